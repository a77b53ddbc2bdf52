"""parsers.index_shape (and parsers.pagination): a table of topics whose rows open with a heading
cell of their own (``<th scope=row>``), behind a control cell going nowhere (a favourite's star),
whose members are plain names and whose topics' addresses look like a board's (a script below a
forum folder), read as the topic list it is, not as posts; small made-up pages of this module's own."""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.index_shape import shaped_topics

_NOW = "2026-11-20T12:00:00Z"

# German course forum: each row's title in its own heading cell (th scope=row), the starter and
# the last poster as plain names over a day, the last post a link into the topic's own page
# ("beitrag.php?t=71&antwort=502"); a pager whose "next" is an arrow and words for screen readers.
_DE_ROW = """<tr class="zeile">
 <td class="mark"><a href="#" title="Als Favorit markieren"><i class="icon-star"></i></a></td>
 <th scope="row" class="thema"><a href="/kurs/forum/beitrag.php?t={id}">{title}</a></th>
 <td class="von"><img src="/bild/{id}.png" alt=""><div class="name">{starter}</div><div>{day}</div></td>
 <td class="zuletzt"><img src="/bild/l{id}.png" alt=""><div class="name">{last}</div>
   <div><a href="/kurs/forum/beitrag.php?t={id}&amp;antwort=5{id}">{when}</a></div></td>
 <td class="zahl"><span>{count}</span></td>
</tr>"""
_DE_ROWS = [
    ("71", "Welcher Leim für Eichenfurnier?", "Jonas Becker", "Mo., 16. Nov. 2026", "Klara Vogt",
     "Mi., 18. Nov. 2026, 09:12", "3"),
    ("72", "Hobelmesser richtig schärfen", "Klara Vogt", "Di., 17. Nov. 2026", "Paul Sommer",
     "Do., 19. Nov. 2026, 17:40", "6"),
    ("74", "Übung 2: Schwalbenschwanz zu locker", "Paul Sommer", "Mi., 18. Nov. 2026", "Jonas Becker",
     "Do., 19. Nov. 2026, 20:05", "1"),
]
_DE = """<html lang="de"><head><title>Kurs: Fragenforum</title></head><body>
<h1>Holzwerkstatt 2026</h1><h2>Fragenforum</h2>
<nav class="seiten"><a href="#" aria-current="page"><span aria-hidden="true">1</span></a>
 <a href="/kurs/forum/liste.php?id=9&amp;s=1"><span aria-hidden="true">2</span>
  <span class="nur-vorleser">Seite 2</span></a>
 <a href="/kurs/forum/liste.php?id=9&amp;s=2"><span aria-hidden="true">3</span>
  <span class="nur-vorleser">Seite 3</span></a>
 <a href="/kurs/forum/liste.php?id=9&amp;s=1"><span aria-hidden="true">&raquo;</span>
  <span class="nur-vorleser">Weiter</span></a></nav>
<table class="themen"><thead><tr><th></th><th>Thema</th><th>Begonnen von</th><th>Letzter Beitrag</th>
<th>Antworten</th></tr></thead><tbody>
""" + "".join(_DE_ROW.format(id=i, title=t, starter=s, day=d, last=la, when=w, count=c)
              for i, t, s, d, la, w, c in _DE_ROWS) + "</tbody></table></body></html>"

# Czech school forum: no leading cell, the title in a heading cell, names over days, the last
# post linked with a further parameter of the topic's address.
_CS_ROW = """<tr><th scope="row"><a href="/skola/forum/tema.php?d={id}">{title}</a></th>
<td><span class="jmeno">{starter}</span><br>{day}</td>
<td><span class="jmeno">{last}</span><br>
 <a href="/skola/forum/tema.php?d={id}&amp;prispevek=8{id}">{when}</a></td>
<td>{count}</td></tr>"""
_CS_ROWS = [
    ("40", "Jaký papír na akvarel?", "Eva Malá", "12. 11. 2026", "Petr Novák", "19. 11. 2026 14:02", "5"),
    ("41", "Štětce z veverčích chlupů", "Petr Novák", "13. 11. 2026", "Jana Dvořáková",
     "18. 11. 2026 08:30", "2"),
    ("43", "Domácí úkol č. 4", "Jana Dvořáková", "15. 11. 2026", "Eva Malá", "17. 11. 2026 21:45", "9"),
]
_CS = """<html lang="cs"><body><h1>Malířský kroužek</h1><table>
<tr><th>Téma</th><th>Založil</th><th>Poslední příspěvek</th><th>Odpovědi</th></tr>
""" + "".join(_CS_ROW.format(id=i, title=t, starter=s, day=d, last=la, when=w, count=c)
              for i, t, s, d, la, w, c in _CS_ROWS) + "</table></body></html>"

# A board list of the same addresses' kind: each row's board is a script below a forum folder,
# its last post a link to another page (a topic's), none to a part of the board's own page.
_BOARDS = """<html><body><h1>Fóra</h1><table>
<tr><th scope="row"><a href="/skola/forum/seznam.php?f=1">Malování</a></th><td>14 témat</td>
<td><a href="/skola/forum/tema.php?d=40">Jaký papír na akvarel?</a><br>19. 11. 2026</td></tr>
<tr><th scope="row"><a href="/skola/forum/seznam.php?f=2">Kresba</a></th><td>8 témat</td>
<td><a href="/skola/forum/tema.php?d=52">Uhel nebo rudka?</a><br>18. 11. 2026</td></tr>
</table></body></html>"""


def _parsed(html: str, url: str) -> tuple[str, list[str], str | None]:
    result = parse_page(html.encode(), url=url, captured_at=_NOW, use_profiles=False)
    return result.page.page_type, [getattr(r, "title", None) for r in result.records], result.page.next_page


def test_a_topic_table_with_heading_cells_and_plain_names_is_a_topic_list() -> None:
    kind, titles, _ = _parsed(_DE, "http://holz.example/kurs/forum/liste.php?id=9")
    assert kind == "forum_index"
    assert titles == [row[1] for row in _DE_ROWS]


def test_a_czech_topic_table_without_a_leading_cell_is_read_alike() -> None:
    kind, titles, _ = _parsed(_CS, "http://skola.example/skola/forum/seznam.php?f=1")
    assert kind == "forum_index"
    assert titles == [row[1] for row in _CS_ROWS]


def test_a_row_linking_a_further_parameter_of_its_topics_address_is_a_topic_row() -> None:
    doc = load(_CS.encode(), url="http://skola.example/skola/forum/seznam.php?f=1")
    assert [t.thread_url for t in shaped_topics(doc, now=_NOW)] == [
        f"http://skola.example/skola/forum/tema.php?d={row[0]}" for row in _CS_ROWS]


def test_a_board_list_whose_rows_link_other_pages_gives_no_topics() -> None:
    assert shaped_topics(load(_BOARDS.encode(), url="http://skola.example/skola/forum/"), now=_NOW) == []


def test_an_arrow_before_the_next_pages_words_for_screen_readers_is_the_next_page() -> None:
    # Its pages counted from naught ("s=1" the second): the link that says so, not the address's number.
    _, _, following = _parsed(_DE, "http://holz.example/kurs/forum/liste.php?id=9")
    assert following == "http://holz.example/kurs/forum/liste.php?id=9&s=1"
