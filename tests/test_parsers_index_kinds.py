"""A forum page's kind by its rows: an index's rows are no posts and a post's repeated action link is
no topic. Units: parsers.post_gates (a category's box around a table of boards), parsers.index_shape
(a row's leading mark before its linked title), parsers.generic_forum.generic_topics (one title on
every row). Invented templates in Dutch, Turkish, Slovak, Spanish, Icelandic and Welsh, at addresses
no forum convention names."""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.generic_forum import generic_topics
from parsers.index_shape import index_row, shaped_index
from parsers.post_gates import index_rows

NOW = "2026-11-20T12:00:00Z"


def _box(heading: str, rows: list[tuple[str, str, str, str, str, str]]) -> str:
    cells = "".join(
        f'<tr><td><a href="/bord.php?n={n}"><b>{title}</b></a><div>{desc}</div></td><td>{topics}</td>'
        f'<td>{posts}</td><td><a href="/onderwerp.php?o={n}9">{last}</a><br>door '
        f'<a href="/lid.php?l={n}">lid_{n}</a><br>18-11-2026 21:0{n}</td></tr>'
        for n, title, desc, topics, posts, last in rows
    )
    return (f'<div class="categorie"><h2>{heading}</h2><table><tr><th>Forum</th><th>Onderwerpen</th>'
            f'<th>Berichten</th><th>Laatste bericht</th></tr>{cells}</table></div>')


# A Dutch board list: each category a box of its heading over a table of boards, the last box
# holding one board; every board row dated by its last post and signed by its poster.
_DUTCH_BOARDS = ("<html lang='nl'><head><title>De Zeilkist</title></head><body><h1>De Zeilkist</h1>"
                 + _box("Algemeen", [("1", "Mededelingen", "Nieuws van de beheerders.", "31", "402",
                                      "Nieuwe spiegel"),
                                     ("2", "Voorstellen", "Zeg hallo.", "288", "1.930", "Hoi uit Urk")])
                 + _box("Techniek", [("3", "Tuigage", "Touwwerk en blokken.", "97", "1.112", "Welk val?"),
                                     ("4", "Motoren", "Buitenboord en binnenboord.", "64", "811",
                                      "Impeller vervangen")])
                 + _box("Overig", [("5", "Kombuis", "Koken aan boord.", "120", "2.004", "Pannenkoeken")])
                 + "</body></html>")

# A Turkish "new posts" list: a leading cell naming each row's kind, then the linked topic, its
# starter, its replies and its last update.
_TURKISH_TRACKER = """<html lang="tr"><head><title>Yeni mesajlar | Tekne Kulübü</title></head><body>
<h1>Yeni mesajlar</h1><table><tr><th>Tür</th><th>Konu</th><th>Yazar</th><th>Cevap</th><th>Son</th></tr>
<tr><td>Forum konusu</td><td><a href="/icerik/811">Yelken bezi tamiri</a></td><td>
<a href="/uye/4">denizci_ali</a></td><td>6</td><td>18.11.2026 09:12</td></tr>
<tr><td>Forum konusu</td><td><a href="/icerik/802">Kış bakımı listesi</a></td><td>
<a href="/uye/17">poyraz</a></td><td>11</td><td>17.11.2026 22:40</td></tr>
<tr><td>Makale</td><td><a href="/icerik/790">Kulüp kuralları</a></td><td>
<a href="/uye/1">yonetici</a></td><td>0</td><td>16.11.2026 10:00</td></tr>
</table></body></html>"""

# A Slovak tracker with the same shape, its kind column the row's status icon and word.
_SLOVAK_TRACKER = """<html lang="sk"><head><title>Nové príspevky</title></head><body><table>
<tr><td><img src="/i/novy.png" alt=""> Téma</td><td><a href="/clanok/51">Oprava píšťaly</a></td><td>
<a href="/clen/8">organar</a></td><td>3</td><td>19.11.2026 08:00</td></tr>
<tr><td><img src="/i/stary.png" alt=""> Téma</td><td><a href="/clanok/48">Ladenie harmónia</a></td>
<td><a href="/clen/2">kantor</a></td><td>12</td><td>18.11.2026 17:30</td></tr>
</table></body></html>"""


def _post(n: int, name: str, day: str, words: str) -> str:
    return (f'<div class="entrada" id="m{n}"><div class="autor"><a href="/socio/{n}">{name}</a> '
            f'<span>{day}</span></div><div class="acciones"><a href="/topic/reportar?mensaje={n}">'
            f'Informar de este mensaje</a></div><div class="content">{words}</div></div>')


# A Spanish thread whose every post links "report this message" at a thread-like address.
_SPANISH_THREAD = ("<html lang='es'><head><title>Velas de algodón | Foro Náutico</title></head><body>"
                   "<h1>Velas de algodón</h1>"
                   + _post(1, "marinero_viejo", "18/11/2026 09:00", "¿Alguien sigue usando velas de algodón "
                           "en un barco clásico? Me preocupa el moho durante el invierno.")
                   + _post(2, "ria_de_vigo", "19/11/2026 10:30", "Sí, pero hay que secarlas bien antes de "
                           "guardarlas y revisarlas cada mes hasta la primavera.")
                   + _post(3, "marinero_viejo", "20/11/2026 11:15", "Gracias, las secaré en el pañol con "
                           "un deshumidificador pequeño toda la temporada.")
                   + "</body></html>")


def test_category_boxes_of_board_tables_are_an_index_not_posts() -> None:
    result = parse_page(_DUTCH_BOARDS.encode(), url="http://zeilkist.onion/index.php", captured_at=NOW,
                        use_profiles=False)
    assert result.page.page_type == "forum_index"
    assert not [r for r in result.records if r.kind == "post"]


def test_the_post_gate_knows_a_box_around_an_index_table() -> None:
    doc = load(_DUTCH_BOARDS.encode())
    boxes = [el for el in doc.root.iter("div") if el.get("class") == "categorie"]
    assert index_rows(boxes, NOW)


def test_a_box_around_a_post_row_beside_its_poster_panel_is_no_index() -> None:
    # Each post a box around one table row: the poster's panel, then its words; no bare count.
    post = ('<div class="vloer"><table><tr><td><a href="/ruimte?uid={0}">lid{0}</a><br>Lid sinds 2021'
            '</td><td>18-11-2026 10:0{0}<br>Een bericht van een paar woorden.</td></tr></table></div>')
    doc = load(("<html><body>" + "".join(post.format(n) for n in range(1, 4)) + "</body></html>").encode())
    boxes = [el for el in doc.root.iter("div")]
    assert not index_rows(boxes, NOW)


def test_a_tracker_whose_rows_open_with_their_kind_is_an_index() -> None:
    for html, url in ((_TURKISH_TRACKER, "http://tekne.onion/takip"), (_SLOVAK_TRACKER, "http://org.onion/nove")):
        result = parse_page(html.encode(), url=url, captured_at=NOW, use_profiles=False)
        assert result.page.page_type == "forum_index", url
        assert not [r for r in result.records if r.kind == "post"]


def test_a_row_s_leading_kind_cell_is_passed_over_for_its_linked_title() -> None:
    doc = load(_TURKISH_TRACKER.encode())
    rows = [tr for tr in doc.root.iter("tr") if next(tr.iter("td"), None) is not None]
    assert [index_row(tr, NOW).text_content() for tr in rows] == [
        "Yelken bezi tamiri", "Kış bakımı listesi", "Kulüp kuralları"]
    assert [t.title for t in shaped_index(load(_SLOVAK_TRACKER.encode()), now=NOW)] == [
        "Oprava píšťaly", "Ladenie harmónia"]


def test_a_link_every_post_repeats_with_one_title_is_no_topic_list() -> None:
    doc = load(_SPANISH_THREAD.encode(), url="http://nautico.onion/hilo/?hilo=77")
    assert generic_topics(doc) == []
    result = parse_page(_SPANISH_THREAD.encode(), url="http://nautico.onion/hilo/?hilo=77", captured_at=NOW,
                        use_profiles=False)
    assert result.page.page_type == "thread"
    assert [r.author for r in result.records if r.kind == "post"] == [
        "marinero_viejo", "ria_de_vigo", "marinero_viejo"]


def test_a_topic_list_of_mostly_distinct_titles_stays_a_topic_list() -> None:
    rows = "".join(
        f'<li><a href="/thread/{n}">{title}</a> by <a href="/u/m{n}">m{n}</a></li>'
        for n, title in enumerate(
            ("Hafnarfjörður bryggja", "Segl og reipi", "Vetrargeymsla", "Hafnarfjörður bryggja"))
    )
    doc = load(f"<html><body><ul>{rows}</ul></body></html>".encode(), url="http://bryggja.onion/forum")
    assert [t.title for t in generic_topics(doc)] == [
        "Hafnarfjörður bryggja", "Segl og reipi", "Vetrargeymsla", "Hafnarfjörður bryggja"]
