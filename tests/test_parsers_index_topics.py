"""parsers.parse_page on forum index pages (parsers.index_shape.shaped_topics): a TOPIC LIST's rows
give one Thread record each, in page order, whatever their topics' addresses look like (a row is a
topic's by its structure: its title links a page of its own, and the row names its starter or
links the topic's own last post); a BOARD LIST's rows give none, though each shows its last post's
title ("Re: ..."), a link to a topic that is no topic of that page. Pages written here, of invented
templates in four languages.
"""

from __future__ import annotations

from parsers import parse_page

_NOW = "2026-11-20T12:00:00Z"

# German topic table: addresses "/beitrag/<slug>" (no engine's thread shape), the starter in a
# cell of its own, the last post linking the topic's own later page.
_TOPICS_DE = """<html lang="de"><head><title>Imkerei - Themen</title></head><body>
<h1>Bienenhaltung im Garten</h1>
<table class="zt-liste">
<tr><th>Thema</th><th>Erstellt von</th><th>Antworten</th><th>Zugriffe</th><th>Letzter Beitrag</th></tr>
<tr><td><a href="/beitrag/varroa-im-herbst">Varroa im Herbst behandeln</a></td>
<td><a href="/user/honigtopf">honigtopf</a></td><td>12</td><td>340</td>
<td>19.11.2026 18:40<br>von <a href="/user/wabenbauer">wabenbauer</a>
<a href="/beitrag/varroa-im-herbst?seite=2#b88">&raquo;</a></td></tr>
<tr><td><a href="/beitrag/bienenstand-windschutz">Windschutz für den Bienenstand</a></td>
<td><a href="/user/imme_k">imme_k</a></td><td>4</td><td>97</td>
<td>18.11.2026 09:05<br>von <a href="/user/honigtopf">honigtopf</a>
<a href="/beitrag/bienenstand-windschutz#letzter">&raquo;</a></td></tr>
<tr><td><a href="/beitrag/winterfutter-menge">Wie viel Winterfutter pro Volk?</a></td>
<td><a href="/user/drohnenmutti">drohnenmutti</a></td><td>27</td><td>1.204</td>
<td>17.11.2026 21:30<br>von <a href="/user/imme_k">imme_k</a>
<a href="/beitrag/winterfutter-menge?seite=3#b412">&raquo;</a></td></tr>
</table></body></html>"""

# Indonesian topic table: addresses "baca.php?id=N" (no engine's shape), no starter column; each
# row's last post links the topic's last page.
_TOPICS_ID = """<html lang="id"><head><title>Forum Kebun</title></head><body>
<h2>Tanaman Hias</h2>
<table width="100%">
<tr><td class="kepala">Topik</td><td class="kepala">Balasan</td><td class="kepala">Dilihat</td>
<td class="kepala">Pesan terakhir</td></tr>
<tr><td><a href="baca.php?id=771">Daun monstera menguning setelah dipindah</a></td><td>8</td><td>156</td>
<td><a href="baca.php?id=771&amp;hal=akhir">20-11-2026 07:12</a>
oleh <a href="profile.php?id=31">sri_wulan</a></td></tr>
<tr><td><a href="baca.php?id=768">Media tanam untuk anggrek bulan</a></td><td>15</td><td>402</td>
<td><a href="baca.php?id=768&amp;hal=akhir">19-11-2026 22:48</a>
oleh <a href="profile.php?id=8">pak_darto</a></td></tr>
<tr><td><a href="baca.php?id=760">Cara stek aglonema yang benar</a></td><td>3</td><td>88</td>
<td><a href="baca.php?id=760&amp;hal=akhir">18-11-2026 16:20</a>
oleh <a href="profile.php?id=52">rina.h</a></td></tr>
</table></body></html>"""

# Spanish board list: boards at "sala.php?id=N", each row's last post a phpBB-shaped topic link
# ("Re: ...") with its poster and time; a category's row spans the table.
_BOARDS_ES = """<html lang="es"><head><title>Foro Huerta Viva</title></head><body>
<h1>Foro Huerta Viva</h1>
<table class="salas">
<tr><th>Sala</th><th>Temas</th><th>Mensajes</th><th>Último mensaje</th></tr>
<tr><td colspan="4"><b>Cultivos</b></td></tr>
<tr><td><a href="sala.php?id=3">Tomates y pimientos</a><br>Variedades, semilleros y plagas.</td>
<td>214</td><td>2.031</td>
<td><a href="viewtopic.php?t=812#p9120">Re: ¿Alguien probó el tomate rosa de Barbastro?</a><br>
por <a href="memberlist.php?mode=viewprofile&amp;u=4">luz_del_huerto</a><br>19/11/2026 20:14</td></tr>
<tr><td><a href="sala.php?id=4">Frutales</a><br>Injertos, poda y riego.</td>
<td>96</td><td>870</td>
<td><a href="viewtopic.php?t=799#p9087">Re: Poda del caqui en invierno</a><br>
por <a href="memberlist.php?mode=viewprofile&amp;u=17">abuelo_pedro</a><br>18/11/2026 11:02</td></tr>
<tr><td><a href="sala.php?id=6">Compost y suelo</a><br>Lombrices, abonos y acolchados.</td>
<td>58</td><td>433</td>
<td><a href="viewtopic.php?t=781#p8990">Compost en balcón sin olores</a><br>
por <a href="memberlist.php?mode=viewprofile&amp;u=23">maria_lombriz</a><br>16/11/2026 08:45</td></tr>
</table></body></html>"""

# Polish board list: boards at "/dzial/<slug>", sub-boards under two of them, the last post's
# topic at "/watek/<id>" with its poster; two categories.
_BOARDS_PL = """<html lang="pl"><head><title>Forum Działkowca</title></head><body>
<h1>Forum Działkowca</h1>
<table class="dzialy">
<tr><td colspan="4">Warzywnik</td></tr>
<tr><td><a href="/dzial/pomidory">Pomidory i papryka</a><p>Odmiany, rozsada, choroby.</p>
Poddziały: <a href="/dzial/rozsada">Rozsada</a>, <a href="/dzial/szklarnie">Szklarnie</a></td>
<td>312 wątków</td><td>4 018 postów</td>
<td><a href="/watek/20931">Zaraza ziemniaczana na pomidorach</a>
<br>przez <a href="/u/bogna">bogna</a>, wczoraj 21:40</td></tr>
<tr><td><a href="/dzial/ziola">Zioła</a><p>Mięta, lubczyk, bazylia.</p></td>
<td>87 wątków</td><td>903 postów</td>
<td><a href="/watek/20917">Re: Lubczyk zarasta wszystko</a>
<br>przez <a href="/u/zielarz">zielarz</a>, 18.11.2026 10:15</td></tr>
<tr><td colspan="4">Sad</td></tr>
<tr><td><a href="/dzial/jablonie">Jabłonie i grusze</a><p>Cięcie, szczepienie, opryski.</p></td>
<td>140 wątków</td><td>1 702 postów</td>
<td><a href="/watek/20899">Parch jabłoni po deszczowym lecie</a>
<br>przez <a href="/u/sadownik_z">sadownik_z</a>, 17.11.2026 16:00</td></tr>
</table></body></html>"""


def _parse(html: str, url: str) -> tuple[str, list[str]]:
    result = parse_page(html.encode(), url=url, captured_at=_NOW, use_profiles=False)
    assert all(r.kind == "thread" for r in result.records)
    return result.page.page_type, [r.title for r in result.records]


def test_a_german_topic_table_at_addresses_of_no_known_shape_gives_its_topics_in_order() -> None:
    assert _parse(_TOPICS_DE, "http://imkerplatz.example/bereich/garten") == ("forum_index", [
        "Varroa im Herbst behandeln", "Windschutz für den Bienenstand", "Wie viel Winterfutter pro Volk?"])


def test_a_topic_table_names_each_topics_starter_not_its_last_poster() -> None:
    result = parse_page(_TOPICS_DE.encode(), url="http://imkerplatz.example/bereich/garten",
                        captured_at=_NOW, use_profiles=False)
    assert [r.author for r in result.records] == ["honigtopf", "imme_k", "drohnenmutti"]


def test_an_indonesian_topic_table_whose_rows_link_their_last_page_gives_its_topics() -> None:
    assert _parse(_TOPICS_ID, "http://kebun-kita.example/forum/tanaman.php?id=2") == ("forum_index", [
        "Daun monstera menguning setelah dipindah", "Media tanam untuk anggrek bulan",
        "Cara stek aglonema yang benar"])


def test_a_spanish_board_list_gives_no_thread_for_its_last_posts_titles() -> None:
    assert _parse(_BOARDS_ES, "http://huertaviva.example/foro/index.php") == ("forum_index", [])


def test_a_polish_board_list_with_sub_boards_gives_no_thread() -> None:
    assert _parse(_BOARDS_PL, "http://dzialkowiec.example/") == ("forum_index", [])


def test_a_page_of_boards_above_a_topic_table_gives_the_topics_only() -> None:
    boards = _BOARDS_PL.split("<table", 1)[1].split("</table>", 1)[0]
    page = _TOPICS_DE.replace("<table", "<table" + boards + "</table><table", 1)
    assert _parse(page, "http://imkerplatz.example/bereich/garten") == ("forum_index", [
        "Varroa im Herbst behandeln", "Windschutz für den Bienenstand", "Wie viel Winterfutter pro Volk?"])
