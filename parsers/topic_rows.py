"""A topic list laid out in lists or divisions, read by its rows' shape: sibling elements of one
tag and class (list items, divisions, articles) that each open with a linked title of a page of
its own and name members (the topic's starter, its last poster) beside counts and a date, in few
words of their own. A board list's rows give none: each links another titled page besides its own
(its last post "Re: ...", a sub-board). Tables are :mod:`parsers.index_shape`'s.

    >>> from parsers.dom import load
    >>> row = ('<li><a href="/t/{0}">Topic number {0}</a> by <a href="/people/ann">ann</a>'
    ...        ' 4 replies, last <a href="/people/bob">bob</a> 19.11.2026</li>')
    >>> doc = load(("<ul>" + row.format(1) + row.format(2) + "</ul>").encode())
    >>> [(t.title, t.author) for t in listed_topics(doc)]
    [('Topic number 1', 'ann'), ('Topic number 2', 'ann')]
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any
from urllib.parse import unquote

from parsers.dom import Doc, clean
from parsers.forum_members import member_name, user_links
from parsers.post_read import THREAD_HREF_RE
from parsers.records import Thread
from parsers.thread_records import FORUM_HREF_RE

__all__ = ["listed_index", "listed_topics"]

# The elements a list's rows are: not inline pieces (a menu's links, a row's spans).
_ROW_TAGS = ("li", "div", "article", "section", "p", "dd")
_MIN_ROWS = 2
# Words a topic row says besides its links at the most ("started by · 14 replies · 522 views ·
# last: , 19.11.2026. 21:05"): a post says more.
_MAX_OWN_WORDS = 30
# A further segment of an address after a board's part of it: a page in the board.
_BELOW_RE = re.compile(r"/[^/?#]+")
_FIGURE_RE = re.compile(r"\d")
# A time or a date in figures ("10:41", "16.11.2026", "2026-11-16", "Nov 18, 2026").
# A year alone is no date: a row's number ("2041") may look like one.
_TIME_RE = re.compile(
    r"\d{1,2}:\d{2}|\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|(?:\d{1,2},?|[^\W\d_]{3,}\.?) (?:19|20)\d\d(?!\d)"
)


def _is_member(a: Any, members: set[Any]) -> bool:
    """A member's link: a known member address, or a one-word name its address ends with
    ("/clan/jugo_vjetar", "/mtumiaji/mama_shamba") or gives as a parameter ("?name=ann")."""
    if a in members:
        return True
    text = clean(a.text_content())
    if len(text) < 2 or " " in text:
        return False
    href = (a.get("href") or "").split("#")[0]
    last = unquote(href.split("?")[0].rstrip("/").rsplit("/", 1)[-1])
    # Or the value of one of its query's parameters ("/profile/?name=rahim_uddin").
    values = {unquote(pair.partition("=")[2]).casefold() for pair in href.partition("?")[2].split("&")}
    return last.casefold() == text.casefold() or text.casefold() in values


def _board_address(href: str) -> bool:
    """Whether an address is a board's: a board's shape ending there (not a page below it)."""
    board = FORUM_HREF_RE.search(href)
    return board is not None and not THREAD_HREF_RE.search(href) and not _BELOW_RE.match(href, board.end())


def _row(doc: Doc, row: Any, members: set[Any]) -> tuple[Any, list[Any], bool] | None:
    """(title link, member links, whether a board's) of a topic's or a board's row, else None."""
    links = [a for a in row.iter("a") if (a.get("href") or "")[:1] not in ("", "#")
             and not (a.get("href") or "").startswith("javascript:")]
    named = [a for a in links if _is_member(a, members)]
    if not named:
        return None
    titles = [a for a in links if a not in named]
    if not titles or links.index(titles[0]) > links.index(named[0]):
        return None  # the title opens the row, before its members
    title = titles[0]
    said = clean(title.text_content())
    if len(said) < 3 or not any(ch.isalpha() for ch in said):
        return None
    board = _board_address(title.get("href") or "")
    own = doc.absolute(title.get("href") or "").split("#")[0]
    for a in titles[1:]:
        address = doc.absolute(a.get("href") or "").split("#")[0]
        text = clean(a.text_content())
        # A later page of the topic ("2", "»", "?page=3") is its own; another titled page is a
        # board's last post or sub-board.
        if address != own and not address.startswith(own) and len(text) >= 3 \
                and not text.replace(".", "").isdigit():
            board = True
    whole = clean(row.text_content())
    words = whole.split()
    linked = sum(len(clean(a.text_content()).split()) for a in links)
    if len(words) - linked > _MAX_OWN_WORDS or not _FIGURE_RE.search(whole):
        return None  # a post's words, or a row of no count nor date
    # A topic's row names its starter before any time ("by ann · 4 replies · last: bob, 19:05")
    # or links a later part of its own page; a row naming only its last poster after the last
    # post's time ("today 10:41, ann") is a board's, as in an index table.
    before = whole[:max(whole.find(clean(named[0].text_content())), 0)].replace(said, "")
    own_part = any(doc.absolute(a.get("href") or "").split("#")[0].startswith(own) for a in titles[1:])
    if not own_part and _TIME_RE.search(before):
        board = True
    return title, named, board


def listed_index(doc: Doc) -> list[Thread] | None:
    """Thread records of the largest run of topic rows in lists or divisions (two at the least,
    two thirds of their siblings), one per distinct topic, in page order; [] when the run is a
    board list's (its rows boards' or linking their last posts); None when the page shows none."""
    body = doc.root.find("body")
    root = body if body is not None else doc.root
    groups: dict[tuple[Any, str, str], list[Any]] = defaultdict(list)
    for el in root.iter(*_ROW_TAGS):
        parent = el.getparent()
        if parent is not None and next(el.iterancestors("table"), None) is None:
            groups[(parent, el.tag, el.get("class") or "")].append(el)
    members = set(user_links(root))
    best: list[tuple[Any, list[Any], bool]] = []
    for rows in groups.values():
        if len(rows) < _MIN_ROWS or len(rows) <= len(best):
            continue
        read = [r for row in rows if (r := _row(doc, row, members)) is not None]
        addresses = {doc.absolute(t.get("href") or "").split("#")[0] for t, _, _ in read}
        if len(read) >= _MIN_ROWS and len(read) * 3 >= len(rows) * 2 and len(addresses) == len(read):
            best = read
    if not best:
        return None
    if sum(board for _, _, board in best) * 2 >= len(best):
        return []  # a board list: its rows' titles are boards, no topic's
    heading = next((clean(h.text_content()) for h in root.iter("h1", "h2")), None) or None
    return [Thread(title=clean(t.text_content()), board=heading, thread_url=doc.absolute(t.get("href") or ""),
                   author=member_name(named[0].text_content()) if len(named) >= 2 else None)
            for t, named, board in best if not board]


def listed_topics(doc: Doc) -> list[Thread]:
    """The topics of :func:`listed_index` ([] for a board list or no list)."""
    return listed_index(doc) or []
