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
from parsers.forum_members import member_name, user_links
from parsers.member_menu import about_member, member_keys
from parsers.post_read import THREAD_HREF_RE
from parsers.prices import find_prices
from parsers.records import Thread
from parsers.thread_records import FORUM_HREF_RE
from parsers.title_counts import counted_title
from parsers.topic_rows import is_member

__all__ = ["index_row", "shaped_index", "shaped_topics", "topic_rows"]

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
# A further segment of an address after a board's part of it: a page in the board.
_BELOW_RE = re.compile(r"/[^/?#]+")


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
    """A row heading the rows under it: one cell spanning the table's columns (a category's name
    over its boards), or the columns' captions repeated under each category in plain cells
    ("Sezione | Discussioni | Messaggi | Ultimo messaggio"): a few words each, no link, no figure."""
    cells = [c for c in tr if c.tag in ("td", "th")]
    if len(cells) == 1:
        return (cells[0].get("colspan") or "1").strip() not in ("", "1")
    return len(cells) >= 3 and next(tr.iter("a"), None) is None and all(
        len(said := clean(c.text_content())) > 0 and len(said.split()) <= _LEAD_WORDS
        and not any(ch.isdigit() for ch in said) for c in cells
    )


def _lead_cell(cell: Any) -> bool:
    """Whether a row's first cell only marks the row (an icon, a status, a kind of a few words),
    no link to a page in it (a control going nowhere, "#" or a script, a star to mark the topic a
    favourite, is none): the row's title comes after it."""
    return all((a.get("href") or "#").strip().startswith(("#", "javascript:")) for a in cell.iter("a")) \
        and len(clean(cell.text_content()).split()) <= _LEAD_WORDS


def index_row(tr: Any, now: str | None) -> Any:
    """A table row's title link when the row is an index's row (a linked title opening it, counts
    or a date in a cell of their own), else None. A row's own heading cell (``<th scope=row>``,
    an accessible table's title of each row) is one of its cells."""
    cells = [c for c in tr if c.tag == "td" or c.tag == "th"]
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


def _index_tables(doc: Doc, now: str | None) -> list[list[tuple[Any, Any]]]:
    """Each index table's rows and their title links: rows of two thirds of a table or more, two
    at the least, each a linked title with counts or a date in a cell of its own. None when the
    rows show prices (a shop's table)."""
    out = []
    for table in doc.root.iter("table"):
        rows = list(islice((tr for tr in table.iter("tr") if any(c.tag == "td" for c in tr)
                            and not _section_head(tr)
                            and next(tr.iterancestors("table"), None) is table), _MAX_ROWS))
        pairs = [(tr, link) for tr in rows if (link := index_row(tr, now)) is not None]
        if len(pairs) < _MIN_ROWS or len(pairs) * 3 < len(rows) * 2:
            continue
        if find_prices(clean(table.text_content())):
            return []
        out.append(pairs)
    return out


def shaped_index(doc: Doc, *, now: str | None = None) -> list[Thread]:
    """Thread records of a page's index tables (a board's title, its address and the heading
    above), boards and topics alike: the page's kind is sure by them, their rows' kind is
    :func:`shaped_topics`'s to tell."""
    board = next((clean(h.text_content()) for h in doc.root.iter("h1", "h2")), None) or None
    return [Thread(title=clean(a.text_content()), board=board, thread_url=doc.absolute(a.get("href")))
            for pairs in _index_tables(doc, now) for _, a in pairs]


def _same_page(address: str, title: str) -> bool:
    """Whether ``address`` is the titled page itself or a part of it (its last post "#last", its
    third page "&page=3"), its fragment left out."""
    address = address.split("#")[0]
    return address == title or (address.startswith(title) and address[len(title)] in "?&/;")


def _topic_row(doc: Doc, tr: Any, link: Any) -> bool:
    """Whether an index row is a topic's: its title links a page that is no board's, and it
    links a part of that page (its last post "#last", a later page "&page=2"), or it links no
    other titled page but members' and boards' (a board's row links its last post's topic, "Re:
    ...", or its sub-boards) and names the topic's starter (a member in a cell before its last
    member's: a board's row names only its last poster, in its last cell)."""
    href = link.get("href") or ""
    board = FORUM_HREF_RE.search(href)
    # A board's address that goes on with a page of its own ("/board/bread/2041") is a page in
    # the board, a topic: only an address that ends with the board's is the board's, unless the
    # row links that page with a further parameter of its query (a script below a board's folder,
    # "/forum/discuss.php?d=311", whose row links its last post "...?d=311&parent=1904"): a board's
    # row links its last post's topic, no part of its own page.
    board_like = board is not None and not THREAD_HREF_RE.search(href) \
        and not _BELOW_RE.match(href, board.end())
    if board_like and "?" not in href:
        return False
    full = doc.absolute(href)
    title = full.split("#")[0]
    members = set(_members(tr, link))
    keys = member_keys(list(members))
    foreign = False
    for a in tr.iter("a"):
        # A member's menu beside the name (a message, the member's posts) is the member's.
        if a is link or a in members or about_member(a, keys):
            continue
        other = a.get("href") or ""
        if not other or other.startswith(("#", "javascript:")):
            continue
        address = doc.absolute(other)
        if board_like:
            if address.startswith(title) and address[len(title):len(title) + 1] == "&":
                return True
            continue
        # Below a board's address, a page further down is one in a board ("/forum/a/b/3011" under
        # a sub-board "/forum/a/b"), no part of a topic's page: only its query or fragment is.
        if address != full and _same_page(address, title) and not (
                board and address.split("#")[0][len(title):].startswith("/")):
            return True
        text = clean(a.text_content())
        # A page number ("2"), an icon or a feed's mark, a board: no title of another page.
        if len(text) >= 3 and not text.replace(".", "").isdigit() and not FORUM_HREF_RE.search(other):
            foreign = True
    if foreign or board_like:
        return False
    cells = [c for c in tr if c.tag == "td"]
    named = [i for i, c in enumerate(cells) if any(a in members for a in c.iter("a"))]
    return (bool(named) and named[0] < max(named)) or (len(named) == 1 and named[0] < len(cells) - 1
                                                      and not _dated_cell(cells[named[0]], None))


def _members(tr: Any, link: Any) -> list[Any]:
    """A row's member links: to a member address, else (none such) a one-word name its address
    ends with ("/memba/Kiap_Bung", in a language no address list knows), as in a list's rows;
    not the row's title ("/t/welcome"). A row linking a member's address by its shape names its
    members so: its other one-word links are no names (a category's "?sca=정보")."""
    known = user_links(tr)
    return known or [a for a in tr.iter("a") if a is not link and is_member(a, set())]


def _starter(tr: Any, link: Any) -> str | None:
    """The member a topic row names first when more than its last poster: the starter (by its
    title, or in a cell before the last post's)."""
    members = _members(tr, link)
    cells = [c for c in tr if c.tag == "td"]
    if not members or not cells:
        return None
    last = cells[-1]
    first = members[0]
    if len(members) == 1 and (last is first or first in set(last.iter("a"))):
        return None
    return member_name(first.text_content())


def shaped_topics(doc: Doc, *, now: str | None = None) -> list[Thread]:
    """Thread records of the topic rows of a page's index tables, in page order (a topic list's
    topics whatever their addresses look like); a board list's rows give none, nor a table of
    rows of one title repeated (a link each row repeats is no topic)."""
    board = next((clean(h.text_content()) for h in doc.root.iter("h1", "h2")), None) or None
    return [Thread(title=counted_title(a), board=board, thread_url=doc.absolute(a.get("href") or ""),
                   author=_starter(tr, a)) for tr, a in topic_rows(doc, now=now)]


def topic_rows(doc: Doc, *, now: str | None = None) -> list[tuple[Any, Any]]:
    """The topic rows of a page's index tables and their title links, in page order (as
    :func:`shaped_topics` reads them)."""
    out: list[tuple[Any, Any]] = []
    for pairs in _index_tables(doc, now):
        topics = [a for tr, a in pairs if _topic_row(doc, tr, a)]
        addresses = {doc.absolute(a.get("href") or "").split("#")[0] for a in topics}
        if len(addresses) < len(topics):
            continue
        out.extend((tr, a) for tr, a in pairs if a in topics)
    return out
