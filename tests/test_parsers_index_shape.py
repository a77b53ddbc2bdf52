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
