"""parsers.index_shape: a forum's index known by its table's shape, on small made-up pages of this
module's own (none copies a page of a generality round)."""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.index_shape import shaped_index

NOW = "2026-11-20T12:00:00Z"

# Boards under category rows spanning the table, each row opening with a status icon's cell of
# no words (Italian; the last post's cell "da NAME" with a date).
_ICONS_AND_CATEGORIES = """<html><head><title>Orto e giardino</title></head><body>
<table class="elenco">
<tr><th></th><th>Sezione</th><th>Discussioni</th><th>Messaggi</th><th>Ultimo messaggio</th></tr>
<tr><td class="categoria" colspan="5"><a href="index.php?c=1">Orto</a></td></tr>
<tr><td class="stato"><img src="nuovo.png" alt=""></td>
 <td><a href="sezione.php?s=4">Pomodori e peperoni</a><div class="descr">Semina e trapianto.</div></td>
 <td>88</td><td>1.204</td><td>19.11.2026 20:14<br>da <a href="utente.php?u=3">lucia_r</a></td></tr>
<tr><td class="stato"><img src="vecchio.png" alt=""></td>
 <td><a href="sezione.php?s=5">Legumi</a><div class="descr">Fagioli, piselli, fave.</div></td>
 <td>31</td><td>402</td><td>17.11.2026 08:30<br>da <a href="utente.php?u=9">beppe</a></td></tr>
<tr><td class="categoria" colspan="5"><a href="index.php?c=2">Giardino</a></td></tr>
<tr><td class="stato"><img src="vecchio.png" alt=""></td>
 <td><a href="sezione.php?s=7">Rose rampicanti</a><div class="descr">Potatura e malattie.</div></td>
 <td>12</td><td>96</td><td>11.11.2026 16:40<br>da <a href="utente.php?u=2">ada</a></td></tr>
</table></body></html>"""

# A layout table: an icon cell before plain words in each row, a spanning row above: no index.
_ICON_LAYOUT = """<html><body><table>
<tr><td colspan="2"><a href="/">Home</a></td></tr>
<tr><td><img src="a.png"></td><td><a href="/about">About the allotment society and its aims</a></td>
 <td>Founded by gardeners of the valley long ago.</td></tr>
<tr><td><img src="b.png"></td><td><a href="/rules">Rules for plot holders</a></td>
 <td>Keep the paths clear and the water butts covered.</td></tr>
</table></body></html>"""


def test_boards_under_spanning_category_rows_after_an_icon_cell_are_a_forum_index() -> None:
    doc = load(_ICONS_AND_CATEGORIES.encode())
    assert [t.title for t in shaped_index(doc, now=NOW)] == [
        "Pomodori e peperoni", "Legumi", "Rose rampicanti"]
    result = parse_page(_ICONS_AND_CATEGORIES.encode(), url="http://orto.example/index.php",
                        captured_at=NOW, use_profiles=False)
    assert result.page.page_type == "forum_index"


def test_rows_of_icons_and_words_without_counts_or_dates_are_no_index() -> None:
    assert shaped_index(load(_ICON_LAYOUT.encode()), now=NOW) == []


# Boards whose last post's cell links the poster's profile at a member address every reader
# knows, the boards' own addresses known to none (Maltese): each row shows a member link and a
# date, as a post's block does, and is still a board's row.
_MEMBER_LINKED_ROW = (
    '<tr class="r{i}"><td class="r{i}"><a href="index.php?sezzjoni={n}" class="isem"><b>{title}</b></a><br>'
    '<span class="zghir">{desc}</span></td><td class="r{i}">{topics}</td><td class="r{i}">{replies}</td>'
    '<td class="r{i}"><span class="zghir">{date}<br>minn <a href="profile.php?id={uid}">{name}</a></span>'
    '</td></tr>'
)
_BOARDS_MT = [
    ("Sajd mill-blat", "Linji, snanar u lixka fl-ilma baxx.", "148", "1.902", "19.11.2026 21:04", "Ġorġ_B",
     41),
    ("Dgħajjes u magni", "Manutenzjoni, xiri u bejgħ ta' dgħajjes żgħar.", "87", "640", "18.11.2026 09:37",
     "Marija.C", 7),
    ("Temp u marea", "Tbassir tat-temp u pariri dwar il-marea.", "35", "212", "20.11.2026 06:15", "Toni_Z",
     112),
]


def test_board_rows_each_linking_their_last_poster_and_date_are_no_posts() -> None:
    rows = "".join(_MEMBER_LINKED_ROW.format(i=n % 2 + 1, n=n, title=t, desc=d, topics=a, replies=b, date=dt,
                                             name=name, uid=uid)
                   for n, (t, d, a, b, dt, name, uid) in enumerate(_BOARDS_MT, 1))
    page = ('<html lang="mt"><head><title>Forum tas-Sajjieda</title></head><body><table class="sezzjonijiet">'
            '<tr><td class="kap">Sezzjoni</td><td class="kap">Suġġetti</td><td class="kap">Tweġibiet</td>'
            '<td class="kap">L-aħħar messaġġ</td></tr>' + rows + "</table></body></html>")
    result = parse_page(page.encode(), url="https://sajd.example/forum/index.php", captured_at=NOW,
                        use_profiles=False)
    assert result.page.page_type == "forum_index"
    assert not [r for r in result.records if r.kind == "post"]


def _captioned_boards(lang: str) -> bytes:
    """A board list whose columns' captions are repeated in plain cells under each category row
    (as many caption rows as board rows in a category of one board)."""
    if lang == "cs":
        captions, cats = ("Sekce", "Témata", "Příspěvky", "Poslední příspěvek"), [
            ("Stavba", [("/sekce/housle", "Housle a violy", "1.284", "17.902", "dnes v 10:58")]),
            ("Laky", [("/sekce/laky", "Laky a oleje", "512", "6.037", "17.11.2026 18:40")]),
            ("Ostatní", [("/sekce/pokec", "Pokec z dílny", "1.951", "24.388", "18.11.2026 09:15")])]
    else:
        captions, cats = ("Rubriek", "Onderwerpen", "Berichten", "Laatste bericht"), [
            ("Bouw", [("/rubriek/gitaar", "Klassieke gitaren", "806", "9.415", "19.11.2026 22:14")]),
            ("Afwerking", [("/rubriek/lak", "Lakken en beitsen", "298", "3.110", "12.11.2026 09:03")])]
    rows = []
    for cat, boards in cats:
        rows.append(f'<tr><th colspan="4">{cat}</th></tr>')
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in captions) + "</tr>")
        rows += [f'<tr><td><a href="{href}">{title}</a></td><td>{t}</td><td>{p}</td>'
                 f'<td><a href="/tema/66">Re: lepidlo</a><br>{when}</td></tr>'
                 for href, title, t, p, when in boards]
    return (f'<html lang="{lang}"><head><title>Dílna</title></head><body><table>{"".join(rows)}</table>'
            "</body></html>").encode()


def test_boards_under_their_columns_captions_repeated_in_plain_cells_are_a_forum_index() -> None:
    for lang, titles in (("cs", ["Housle a violy", "Laky a oleje", "Pokec z dílny"]),
                         ("nl", ["Klassieke gitaren", "Lakken en beitsen"])):
        doc = load(_captioned_boards(lang))
        assert [t.title for t in shaped_index(doc, now=NOW)] == titles, lang
        result = parse_page(_captioned_boards(lang), url=f"http://{lang}.example/", captured_at=NOW,
                            use_profiles=False)
        assert result.page.page_type == "forum_index", lang
