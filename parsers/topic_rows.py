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

__all__ = ["is_member", "listed_index", "listed_topics", "rows_taken_for_posts", "topics_over_cards"]

# The elements a list's rows are: not inline pieces (a menu's links, a row's spans).
_ROW_TAGS = ("li", "div", "article", "section", "p", "dd")
_MIN_ROWS = 2
# Words a topic row says besides its links at the most ("started by · 14 replies · 522 views ·
# last: , 19.11.2026. 21:05"): a post says more.
_MAX_OWN_WORDS = 30
# A further segment of an address after a board's part of it: a page in the board.
_BELOW_RE = re.compile(r"/[^/?#]+")
_FIGURE_RE = re.compile(r"\d")
_WORD_RE = re.compile(r"\w")
# What parts an address: its path's segments, its query's names and values.
_SEGMENT_RE = re.compile(r"[/=?&]")
# Words of a "post" at the most that may be a list's row a post reader took (a row's title, its
# description, its counts, its last post's title and poster).
_ROW_POST_WORDS = 40
# A time or a date in figures ("10:41", "16.11.2026", "2026-11-16", "Nov 18, 2026").
# A year alone is no date: a row's number ("2041") may look like one.
_TIME_RE = re.compile(
    r"\d{1,2}:\d{2}|\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|(?:\d{1,2},?|[^\W\d_]{3,}\.?) (?:19|20)\d\d(?!\d)"
)


def is_member(a: Any, members: set[Any]) -> bool:
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


def _own_key(address: str) -> str | None:
    """The key a topic's address ends on when it is an id ("/post/44d2648e", "?t=5120"): the
    addresses of the topic's controls carry it too. A word ("/t/welcome") is no key."""
    last = _SEGMENT_RE.split(address.rstrip("/"))[-1]
    return last if len(last) >= 4 and _FIGURE_RE.search(last) else None


def _clipped_words(row: Any) -> int:
    """The words of a row's clipped previews: its elements of no link whose text ends in an
    ellipsis ("Three weeks after sowing, the leaves are still small…"), the opening of its first post
    a card shows under its title. A post's words run to their end."""
    counted: set[Any] = set()
    clipped = 0
    for el in row.iter("p", "div", "span", "blockquote"):
        if el is row or el.find(".//a") is not None or any(up in counted for up in el.iterancestors()):
            continue
        text = clean(el.text_content())
        if text.endswith(("…", "...")):
            counted.add(el)
            clipped += len(text.split())
    return clipped


def _board_address(href: str) -> bool:
    """Whether an address is a board's: a board's shape ending there (not a page below it)."""
    board = FORUM_HREF_RE.search(href)
    return board is not None and not THREAD_HREF_RE.search(href) and not _BELOW_RE.match(href, board.end())


def _row(doc: Doc, row: Any, members: set[Any]) -> tuple[Any, list[Any], bool] | None:
    """(title link, member links, whether a board's) of a topic's or a board's row, else None."""
    links = [a for a in row.iter("a") if (a.get("href") or "")[:1] not in ("", "#")
             and not (a.get("href") or "").startswith("javascript:")]
    named = [a for a in links if is_member(a, members)]
    if not named:
        return None
    # A vote's or a menu's arrow ("▲", "»") before the title names nothing.
    titles = [a for a in links if a not in named and _WORD_RE.search(a.text_content())]
    if not titles or links.index(titles[0]) > links.index(named[0]):
        return None  # the title opens the row, before its members
    title = titles[0]
    said = clean(title.text_content())
    if len(said) < 3 or not any(ch.isalpha() for ch in said):
        return None
    board = _board_address(title.get("href") or "")
    own = doc.absolute(title.get("href") or "").split("#")[0]
    key = _own_key(own)
    after = links.index(named[0])
    for a in titles[1:]:
        address = doc.absolute(a.get("href") or "").split("#")[0]
        text = clean(a.text_content())
        # A later page of the topic ("2", "»", "?page=3") is its own, as are its controls whose
        # addresses carry its key ("/save/8f3a", "/report/8f3a"); another titled page is a
        # board's last post or sub-board. After the starter's name, only a topic's address is:
        # a board there is the one the topic was posted to ("by ann to /b/tea").
        if address != own and not address.startswith(own) and len(text) >= 3 \
                and not text.replace(".", "").isdigit() and key not in _SEGMENT_RE.split(address) \
                and (links.index(a) < after or THREAD_HREF_RE.search(address)):
            board = True
    whole = clean(row.text_content())
    words = whole.split()
    linked = sum(len(clean(a.text_content()).split()) for a in links)
    own_words = len(words) - linked
    if own_words > _MAX_OWN_WORDS:
        own_words -= _clipped_words(row)
    if own_words > _MAX_OWN_WORDS or not _FIGURE_RE.search(whole):
        return None  # a post's words, or a row of no count nor date
    # A topic's row names its starter before any time ("by ann · 4 replies · last: bob, 19:05")
    # or links a later part of its own page; a row naming only its last poster after the last
    # post's time ("today 10:41, ann") is a board's, as in an index table.
    before = whole[:max(whole.find(clean(named[0].text_content())), 0)].replace(said, "")
    own_part = any(doc.absolute(a.get("href") or "").split("#")[0].startswith(own) for a in titles[1:])
    if not own_part and _TIME_RE.search(before):
        board = True
    return title, named, board


def _groups(doc: Doc) -> tuple[list[list[Any]], set[Any]]:
    """The page's sibling elements of one tag and class (outside tables), and its member links,
    computed once per page."""
    found = doc.memo.get("listed_groups")
    if found is None:
        body = doc.root.find("body")
        root = body if body is not None else doc.root
        groups: dict[tuple[Any, str, str], list[Any]] = defaultdict(list)
        for el in root.iter(*_ROW_TAGS):
            parent = el.getparent()
            if parent is not None and next(el.iterancestors("table"), None) is None:
                # A row's kind is its first class, numbers aside: a pinned topic's "topic sticky"
                # and the zebra's "row1" / "row2" are rows of the list as "topic" is.
                cls = el.get("class")
                kind = (cls.split() or [""])[0].rstrip("0123456789") if cls else ""
                groups[(parent, el.tag, kind)].append(el)
        found = doc.memo["listed_groups"] = (list(groups.values()), set(user_links(root)))
    return found


def _read_rows(doc: Doc, rows: list[Any], members: set[Any]) -> list[tuple[Any, list[Any], bool]] | None:
    """What :func:`_row` reads of each of ``rows``; None as soon as more than a third of them are
    no rows of topics (the run is then none): a page's many runs of blocks (a market's cards,
    its menus) are not read to their ends."""
    read = []
    for n, row in enumerate(rows, 1):
        found = _row(doc, row, members)
        if found is not None:
            read.append(found)
        elif (n - len(read)) * 3 > len(rows):
            return None
    return read


def _run(doc: Doc, rows: list[Any], members: set[Any]) -> list[tuple[Any, list[Any], bool]] | None:
    """The rows read as a list's (two at the least, two thirds of them, each of its own page)."""
    read = _read_rows(doc, rows, members)
    if read is None:
        return None
    addresses = {doc.absolute(t.get("href") or "").split("#")[0] for t, _, _ in read}
    if len(read) >= _MIN_ROWS and len(read) * 3 >= len(rows) * 2 and len(addresses) == len(read):
        return read
    return None


def _best_rows(doc: Doc) -> list[tuple[Any, list[Any], bool]]:
    """(title link, member links, whether a board's) of the largest run of topic rows in lists or
    divisions (two at the least, two thirds of their siblings), computed once per page."""
    found = doc.memo.get("listed_rows")
    if found is not None:
        return list(found)
    groups, members = _groups(doc)
    best: list[tuple[Any, list[Any], bool]] = []
    for rows in groups:
        if len(rows) < _MIN_ROWS or len(rows) <= len(best):
            continue
        best = _run(doc, rows, members) or best
    doc.memo["listed_rows"] = tuple(best)
    return best


def listed_index(doc: Doc) -> list[Thread] | None:
    """Thread records of the largest run of topic rows in lists or divisions (two at the least,
    two thirds of their siblings), one per distinct topic, in page order; [] when the run is a
    board list's (its rows boards' or linking their last posts); None when the page shows none."""
    best = _best_rows(doc)
    if not best:
        return None
    body = doc.root.find("body")
    root = body if body is not None else doc.root
    if sum(board for _, _, board in best) * 2 >= len(best):
        return []  # a board list: its rows' titles are boards, no topic's
    heading = next((clean(h.text_content()) for h in root.iter("h1", "h2")), None) or None
    return [Thread(title=clean(t.text_content()), board=heading, thread_url=doc.absolute(t.get("href") or ""),
                   author=member_name(named[0].text_content()) if len(named) >= 2 else None)
            for t, named, board in best if not board]


def listed_topics(doc: Doc) -> list[Thread]:
    """The topics of :func:`listed_index` ([] for a board list or no list)."""
    return listed_index(doc) or []


def rows_taken_for_posts(doc: Doc, records: list[Any]) -> list[Thread] | None:
    """The records of the topic or board list (as :func:`listed_index`) whose rows a post reader
    took for posts, else None: every post a few words with a figure (a row's counts, its last
    post's time) or a link (its title's), its first line words of a row, its poster a member a
    row names (a row's starter or last poster). A thread's posts say more or hold no figure nor
    link, and their words are no list's (a list of related topics beside them); only pages whose
    posts all pass are walked for rows."""
    posts = [r for r in records if r.kind == "post"]
    # A row's counts may stand apart from its words (a score, "18 comments" in a line of links):
    # its link to its topic is then a "post"'s one link.
    if not posts or any(not p.body or not (_FIGURE_RE.search(p.body) or p.links)
                        or len(p.body.split()) > _ROW_POST_WORDS for p in posts):
        return None
    if not _best_rows(doc):
        return None
    # The members and the words of every run of rows (a board list's categories are runs of
    # their own): each post's first line is words of a row, its poster a member a row names.
    groups, members = _groups(doc)
    named: set[str | None] = set()
    said: list[str] = []
    for rows in groups:
        run = _run(doc, rows, members) if len(rows) >= _MIN_ROWS else None
        if run:
            named |= {member_name(a.text_content()) for _, linked, _ in run for a in linked}
            said += [" ".join(row.text_content().split()) for row in rows]
    for post in posts:
        # Its first line of words: a line of a vote's arrows ("▲▼") names nothing.
        lines = [line for line in (post.body or "").split("\n") if _WORD_RE.search(line)]
        first = " ".join(lines[0].split()) if lines else ""
        if post.author not in named or not first or not any(first in words for words in said):
            return None
    return listed_index(doc)


def topics_over_cards(doc: Doc, records: list[Any]) -> list[Thread] | None:
    """The topics of the page's topic list (as :func:`listed_index`) when a market reader took a
    few of its rows for priced cards, else None: a topic's title may name a price ("Soldering
    iron wanted (up to 80 €)"), and the rows whose titles do not outnumber those that do. Each
    card must link a topic row's title, and the cards must be fewer than half the topics: a
    market's own cards, whose rows name their sellers as a topic row names its starter, are
    each a card read, none passed over."""
    cards = [r for r in records if r.kind == "listing"]
    if not cards or len(cards) != len(records) or any(not c.listing_url for c in cards):
        return None
    topics = listed_index(doc)
    if not topics or len(cards) * 2 >= len(topics):
        return None
    own = {t.thread_url for t in topics}
    if not all(c.listing_url in own for c in cards):
        return None
    return topics
