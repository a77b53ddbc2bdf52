"""A forum's index or topic list known by its shape, whatever its addresses look like: a table
whose rows each open with a linked title (a board's or a topic's) and show, in cells of their
own, counts ("64 threads", "5") or a date (the last post's). Boards whose links name neither
``viewforum.php`` nor ``/topic/`` (``/forum.php?id=8``, ``/forumpost/402``) are read by it.

    >>> from parsers.dom import load
    >>> row = '<tr><td><a href="/b?id={0}">Board {0}</a></td><td>4{0} topics</td><td>12</td></tr>'
    >>> doc = load(("<table>" + row.format(1) + row.format(2) + "</table>").encode())
    >>> [t.title for t in shaped_index(doc)]
    ['Board 1', 'Board 2']
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from parsers.dates import parse_date
from parsers.dom import Doc, clean
from parsers.forum_members import user_links
from parsers.prices import find_prices
from parsers.records import Thread

__all__ = ["index_row", "shaped_index"]

_NUMBER_RE = re.compile(r"^\d{1,3}(?:[,.\u00a0\u202f]?\d{3})*$")
# A file's or an address's name ("notes.txt", "host/path"), a directory listing's, not a title.
_FILE_RE = re.compile(r"^\S*[./]\S*$")
# Words a count names itself with at the most ("64 threads", "12 408 posts").
_COUNT_WORDS = 2
_MIN_ROWS = 2
# A table's first rows say whether it is an index: a huge table (a wiki's archive of 40,000
# rows) is judged, and read, by them alone.
_MAX_ROWS = 200
# Words a date's cell shows besides its links at the most ("Nov 19, 2026 21:15 in:", "on ... (2 days ago)").
_DATE_CELL_WORDS = 8
# A member's labelled statistic ("Posts: 37"): a cell showing one is an author's, not a title's.
_STAT_RE = re.compile(r"\S:\s*\d")
# Words a row's leading mark shows at the most ("Forum topic", "Téma fóra", "Sticky").
_LEAD_WORDS = 3


def _count_cell(cell: Any) -> bool:
    """Whether a cell shows counts and little else: it opens with a number, and every number is
    followed by two words at most ("64 threads"; a labelled "Posts: 37" is a member's)."""
    tokens = clean(cell.text_content()).split()
    numbers = sum(1 for t in tokens if _NUMBER_RE.match(t))
    return bool(tokens) and bool(_NUMBER_RE.match(tokens[0])) \
        and len(tokens) <= numbers * (1 + _COUNT_WORDS)


def _dated_cell(cell: Any, now: str | None) -> bool:
    """Whether a cell shows a date, in its text or an element's tooltip (a full time), and few
    words besides its links (a last post's title and poster): a post's cell holds its words."""
    said = clean(cell.text_content())
    linked = sum(len(clean(a.text_content()).split()) for a in cell.iter("a"))
    if len(said.split()) - linked > _DATE_CELL_WORDS:
        return False
    if said and len(said) < 200 and parse_date(said, now):
        return True
    return any(parse_date(el.get("title"), now) for el in cell.iter() if el.get("title"))


def _title_link(cell: Any) -> Any:
    """The linked title opening a row's first cell: words, not a number, a file's name or a
    member's name (a list of members shows names, counts and join dates as well)."""
    if _STAT_RE.search(clean(cell.text_content())):
        return None
    for a in cell.iter("a"):
        text = clean(a.text_content())
        if len(text) < 3 or text.replace(",", "").isdigit() or _FILE_RE.match(text):
            continue
        if user_links(a.getparent()) and a in user_links(a.getparent()):
            return None
        return a
    return None


def _section_head(tr: Any) -> bool:
    """A row of one cell spanning the table's columns: a category's name over its boards."""
    cells = [c for c in tr if c.tag in ("td", "th")]
    return len(cells) == 1 and (cells[0].get("colspan") or "1").strip() not in ("", "1")


def _lead_cell(cell: Any) -> bool:
    """Whether a row's first cell only marks the row (an icon, a status, a kind of a few words),
    no link in it: the row's title comes after it."""
    return next(cell.iter("a"), None) is None and len(clean(cell.text_content()).split()) <= _LEAD_WORDS


def index_row(tr: Any, now: str | None) -> Any:
    """A table row's title link when the row is an index's row (a linked title opening it, counts
    or a date in a cell of their own), else None."""
    cells = [c for c in tr if c.tag == "td"]
    # A leading cell of no link (a folder's or a status's icon, the item's kind: "Forum topic")
    # opens the row before its title.
    while len(cells) > 2 and _lead_cell(cells[0]):
        cells = cells[1:]
    if len(cells) < 2:
        return None
    link = _title_link(cells[0])
    if link is None:
        return None
    others = cells[1:]
    if any(_count_cell(c) or _dated_cell(c, now) for c in others):
        return link
    return None


def shaped_index(doc: Doc, *, now: str | None = None) -> list[Thread]:
    """Thread records of a page's index tables (a board's title, its address and the heading
    above): rows of two thirds of a table or more, two at the least, each a linked title with
    counts or a date in a cell of its own. None when the rows show prices (a shop's table)."""
    out: list[Thread] = []
    board = next((clean(h.text_content()) for h in doc.root.iter("h1", "h2")), None) or None
    for table in doc.root.iter("table"):
        rows = list(islice((tr for tr in table.iter("tr") if any(c.tag == "td" for c in tr)
                            and not _section_head(tr)
                            and next(tr.iterancestors("table"), None) is table), _MAX_ROWS))
        links = [link for tr in rows if (link := index_row(tr, now)) is not None]
        if len(links) < _MIN_ROWS or len(links) * 3 < len(rows) * 2:
            continue
        if find_prices(clean(table.text_content())):
            return []
        out.extend(
            Thread(title=clean(a.text_content()), board=board, thread_url=doc.absolute(a.get("href")))
            for a in links
        )
    return out
