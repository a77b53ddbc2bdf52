"""Where a forum page's posts are: repeated sibling blocks, comment trees, nested replies and an
opening post shown in its own markup.

Posts are the largest set of same-signature siblings that each hold a member link; a block that
wraps a Reddit-like comment tree gives way to the tree's top comments, replies nested inside a
comment are posts of their own, and a submission shown above its comments is the opening post.

    >>> from parsers.dom import load
    >>> from parsers.post_blocks import repeated_blocks
    >>> doc = load(b'<body><div class="p"><a>ann</a></div><div class="p"><a>bob</a></div></body>')
    >>> [b.get("class") for b in repeated_blocks(list(doc.root.iter("a")), doc.root.find("body"), 2)]
    ['p', 'p']
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import pairwise
from typing import Any

from parsers.dated_elements import date_elements
from parsers.dom import clean, xpath
from parsers.forum_members import user_links
from parsers.post_parts import QUOTE_CLASS_RE, WORDY_RE, post_body, wordiest_part

__all__ = [
    "alike", "comment_trees", "in_quote", "opening_post", "repeated_blocks", "row_runs", "unwrap_rows",
    "with_replies", "wrap_runs", "wrapped_replies",
]


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


_STRIPE_RE = re.compile(r"(?:^|(?<=[-_]))(?:odd|even)$", re.IGNORECASE)


def alike(blocks: list[Any]) -> bool:
    """Whether sibling blocks share a class (numbers aside: "windowbg"/"windowbg2"), or only one
    of them carries classes at all: variants of one kind of block, not page columns
    ("left-content"/"right-content")."""
    # Zebra stripes are one kind too: "even"/"odd", "row-odd"/"row-even" (HyperKitty's replies).
    classes = ({_STRIPE_RE.sub("~", t.rstrip("0123456789")) for t in (b.get("class") or "").split()} - {""}
               for b in blocks)
    sets = [s for s in classes if s]
    return len(sets) <= 1 or bool(set.intersection(*sets))


# Text a block shows outside its links and times: a post's own words are there, a sidebar's
# list of who took part ("<li><a>ann</a> <time>08:02</time></li>") has none.
_OWN_TEXT = xpath("descendant::text()[not(ancestor::a) and not(ancestor::time)]")


def _says_something(blocks: list[Any]) -> bool:
    """Whether one of ``blocks`` holds a few words (three or more) outside its links and times."""
    for block in blocks:
        words = 0
        for text in _OWN_TEXT(block):
            words += len(WORDY_RE.findall(text))
            if words >= 3:
                return True
    return False


# How far above a member link a post's block may lie: table-built templates nest the name a dozen
# elements deep (YaBB 2: div > table > tr > td > table > tr > td > div > div > span > a).
_MAX_DEPTH = 14


def repeated_blocks(holders: list[Any], root: Any, min_count: int, *, wordy: bool = False) -> list[Any]:
    """The largest set of same-signature siblings that each contain one of ``holders``.

    Siblings with the same class are preferred; siblings of the same tag that share a class
    are taken when they hold more of the holders (the first post, or every other row, is often
    marked with another class: "topic-owner-post", "windowbg2"). ``wordy``: only sets of which
    a block has words of its own beside its links and times win over as many that have none (posts,
    not a panel of the thread's participants and their last times shown before the posts).
    """
    groups: dict[tuple[Any, str, str], dict[Any, Any]] = defaultdict(dict)
    loose: dict[tuple[Any, str], dict[Any, Any]] = defaultdict(dict)
    for holder in holders:
        el, depth = holder, 0
        while el is not None and el is not root and depth < _MAX_DEPTH:
            parent = el.getparent()
            if parent is None:
                break
            cls = el.get("class") or ""
            groups[(parent, el.tag, cls)][el] = el
            loose[(parent, el.tag)][el] = el
            el, depth = parent, depth + 1
    found = _largest(groups, loose, min_count, False)
    if wordy and found and not _says_something(found):
        # As many blocks that say something win over a wordless set found first; fewer do not
        # (three undated moderator links beside a comment tree leave the tree to be read).
        said = _largest(groups, loose, min_count, True)
        if len(said) >= len(found):
            return said
    return found


def _largest(
    groups: dict[tuple[Any, str, str], dict[Any, Any]], loose: dict[tuple[Any, str], dict[Any, Any]],
    min_count: int, wordy: bool,
) -> list[Any]:
    best: list[Any] = []
    for members in groups.values():
        blocks = list(members.values())
        if len(blocks) >= min_count and len(blocks) > len(best) and (not wordy or _says_something(blocks)):
            best = blocks
    wider: list[Any] = []
    for members in loose.values():
        blocks = list(members.values())
        if len(blocks) < min_count or len(blocks) < len(wider) or not alike(blocks):
            continue
        if wordy and not _says_something(blocks):
            continue
        # Of equally many, the outer blocks (posts, not the avatar and text columns of one).
        if len(blocks) > len(wider) or blocks[0] in set(wider[0].iterancestors()):
            wider = blocks
    if len(wider) > len(best) and set(best) <= set(wider):
        return wider
    return best


def with_replies(
    blocks: list[Any], members: set[Any] | None = None
) -> tuple[list[Any], dict[Any, list[Any]]]:
    """``blocks`` with the replies nested inside them (Reddit-like comment trees: a reply is a
    block of the same tag and kind inside its parent that names a member), in page order, and
    each block's nested replies. A block's kind is its class, or the first name of it: the
    names after it are modifiers ("comment comment--top-level" holds "comment comment--nested",
    BEM's block then modifier)."""
    out: list[Any] = []
    replies_of: dict[Any, list[Any]] = {}
    for block in blocks:
        cls = block.get("class") or ""
        kind = _kind(cls)
        # Unclassed blocks name no kind: an unclassed row of a table nested in an unclassed row
        # (old table layouts: the user panel's own table) is part of the post, not a reply; nor
        # do a CSS framework's helpers ("clearfix post_items" around its "clearfix" header row).
        nested = [] if kind is None else [
            el
            for el in block.iterdescendants(block.tag)
            if ((el.get("class") or "") == cls or _kind(el.get("class") or "") == kind)
            and user_links(el, members)
        ]
        out.append(block)
        out.extend(nested)
        for el in [block, *nested]:
            replies_of[el] = [d for d in nested if el in set(d.iterancestors())]
    return out, replies_of


# A CSS framework's helper classes (Bootstrap, Foundation, Tailwind, the "clearfix" hack): they
# lay a block out, and name no kind of block (a post or its header row alike are "clearfix").
_UTILITY_CLASS_RE = re.compile(
    r"(?:clearfix|cf|clear|row|container(?:-fluid)?|col(?:-[\w-]+)?|pull-(?:left|right)|"
    r"float-[\w-]+|(?:m|p)[tblrxy]?-(?:\d+|auto|n\d+)|d-[\w-]+|flex(?:-[\w-]+)?|"
    r"text-[\w-]+|overflow-[\w-]+|js-[\w-]+)",
    re.IGNORECASE,
)


def _kind(cls: str) -> str | None:
    """A block's kind: its first class name that is no layout helper ("post_items" of "clearfix
    post_items", "comment" of "comment comment--top-level"); None when it names none."""
    for name in cls.split():
        if not _UTILITY_CLASS_RE.fullmatch(name):
            return name
    return None


def in_quote(el: Any, block: Any) -> bool:
    """Whether ``el`` lies in a quote inside ``block``."""
    for anc in el.iterancestors():
        if anc is block:
            return False
        if anc.tag == "blockquote" or QUOTE_CLASS_RE.search(anc.get("class") or ""):
            return True
    return False


def comment_trees(blocks: list[Any], members: set[Any]) -> list[Any]:
    """``blocks`` with each block that wraps a comment tree replaced by the tree's top comments.
    Such a block (the one box around all of a Lemmy or Reddit-like post's comments, found as the
    sibling of the opening post's box) names several members outside quotes, and inside it a
    classed element that names a member holds, nested, an element of its own tag and class
    naming another member: a comment and its reply ("li.comment" in "li.comment"). The nested replies
    are found after, by :func:`with_replies`."""
    # Which block each member link lies in, found upwards from the links (a walk of each block
    # for its links would cost a second walk of every post); a tree names two members or more.
    within: dict[Any, set[str]] = defaultdict(set)
    chosen = set(blocks)
    for a in members:
        for anc in a.iterancestors():
            if anc in chosen:
                within[anc].add(a.get("href") or clean(a.text_content()))
                break
    out: list[Any] = []
    for block in blocks:
        if len(within.get(block, ())) < 2:
            out.append(block)
            continue
        users = [a for a in user_links(block, members) if not in_quote(a, block)]
        if len({a.get("href") or clean(a.text_content()) for a in users}) < 2:
            out.append(block)
            continue
        tops: list[Any] = []
        inside: set[Any] = set()
        for a in users:
            if a in inside:
                continue  # a reply of a tree already found
            for anc in a.iterancestors():
                if anc is block:
                    break
                cls = anc.get("class")
                if not cls:
                    continue
                nested = [
                    el for el in anc.iterdescendants(anc.tag)
                    if el.get("class") == cls and any(u in users for u in user_links(el, members))
                ]
                if nested:
                    tops.append(anc)
                    inside |= set(anc.iter())
                    break
        out.extend(tops if tops and all(any(t in set(a.iterancestors()) for t in tops) for a in users)
                   else [block])
    return out


def opening_post(links: list[Any], blocks: list[Any]) -> Any:
    """A post shown above the replies in its own markup (Reddit-like boards: the submission,
    then comments): the smallest ancestor of an earlier member link that holds a body.

    The submission's element may also hold its comments (Tildes: "article.topic-full" around its
    byline, its text and "section.topic-comments"): the lowest element around both the byline
    and the comments is then the post when it holds, before the comments and outside them, a
    body of its own; its comments are its replies, not its words (:func:`wrapped_replies`)."""
    if not blocks:
        return None
    inside = {el for b in blocks for el in b.iter()}
    first = blocks[0]
    ancestors_of_first = set(first.iterancestors())
    candidates = [link for link in links if link not in inside]
    if not candidates:
        return None
    # Document order, once: only member links that come before the replies count.
    root = first.getroottree().getroot()
    order = {el: i for i, el in enumerate(root.iter())}
    for link in candidates:
        if order.get(link, 0) > order.get(first, 0):
            return None
        el = link.getparent()
        while el is not None and el not in ancestors_of_first:
            body = post_body(el, set(), (link,))
            # Words beside the byline, not the byline itself ("<span class=text-sm>Submitted by
            # <a>ann</a> <time>": a utility class reads like a body's) nor the title over them,
            # nor a score's digits (a vote box "7" beside the asker's card holds no words).
            if body is not None and body.tag not in _HEADINGS and link not in set(body.iter()) \
                    and WORDY_RE.search(body.text_content()):
                return el
            if body is None and _unclassed_body(el, link, order, order.get(first, 0)):
                return el
            el = el.getparent()
        if el is not None and el.tag not in ("body", "html") \
                and _submission_around(el, first, link, candidates):
            # The lowest element around the byline and the comments: a body outside the
            # comments and every wrapper of them, shown before them, with words of its own
            # (a sentence, not a table's column head "Posts" over the posts' own bodies).
            body = post_body(el, inside | ancestors_of_first, (link,))
            if body is not None and body.tag not in _HEADINGS and link not in set(body.iter()) \
                    and order.get(body, 0) < order.get(first, 0) \
                    and len(WORDY_RE.findall(body.text_content())) >= 3 \
                    and not any(b.get("class") == body.get("class") for b in inside if body.get("class")):
                return el
    return None


#: The words (outside links) a submission's unclassed text holds at the least.
_MIN_OPENING_WORDS = 12


def _unclassed_body(el: Any, link: Any, order: dict[Any, int], first: int) -> bool:
    """Whether ``el``, around the byline ``link`` above the comments, holds a submission's text
    that no class names (a table row of its own under the title and byline rows): its wordiest
    part, before the comments, of a few sentences' words outside links, names no other member."""
    part = wordiest_part(el, set(), set(), (link,))
    if part is None or part.tag in _HEADINGS or order.get(part, 0) >= first:
        return False
    words = sum(len(WORDY_RE.findall(t)) for t in _OWN_TEXT(part))
    if words < _MIN_OPENING_WORDS:
        return False
    href = link.get("href")
    return all(a.get("href") == href for a in user_links(el) if a is not link)


def _submission_around(el: Any, first: Any, link: Any, outside: list[Any]) -> bool:
    """Whether ``el``, around the byline ``link`` and the ``first`` comment, is close around
    both (a few levels: "article > section > article.comment", "article > header > div > a"),
    not a page-wide wrapper, and names no other member outside the comments (a page's header
    naming a moderator or the last poster above the posts is no submission's byline)."""
    for node in (first, link):
        steps, anc = 0, node.getparent()
        while anc is not None and anc is not el:
            steps, anc = steps + 1, anc.getparent()
        if anc is None or steps > 6:
            return False
    href = link.get("href")
    return all(
        a.get("href") == href for a in outside if a is not link and el in set(a.iterancestors())
    )


def wrapped_replies(opening: Any, blocks: list[Any], replies_of: dict[Any, list[Any]]) -> None:
    """An opening post whose element also holds the comments (see :func:`opening_post`) has them
    as its replies: their words, names and dates are not its own."""
    if opening is None:
        return
    held = [b for b in blocks if b is not opening and opening in set(b.iterancestors())]
    if held:
        replies_of[opening] = list(dict.fromkeys([*replies_of.get(opening, []), *held]))


def row_runs(links: list[Any], min_count: int) -> list[Any]:
    """Posts laid out as runs of sibling table rows (e107's forum, many table themes: a row with
    the poster's name and the date, a row with the user panel and the text, a row of buttons):
    each run, from a row naming a member to the next such row, wrapped in a ``tbody`` of its own
    (a table may have several; rows keep their identity). [] when the rows holding the members
    are fewer than ``min_count`` or follow each other with no row between (each row is then a
    post of its own and found as one). Undo with :func:`unwrap_rows`."""
    rows_of: dict[Any, dict[Any, None]] = defaultdict(dict)
    for a in links:
        for row in a.iterancestors("tr"):
            parent = row.getparent()
            if parent is not None:
                rows_of[parent][row] = None
    if not rows_of:
        return []
    # The table with the most rows naming a member; of as many, the innermost.
    depth = {p: sum(1 for _ in p.iterancestors()) for p in rows_of}
    parent = max(rows_of, key=lambda p: (len(rows_of[p]), depth[p]))
    leads = list(rows_of[parent])
    if len(leads) < max(min_count, 2):
        return []
    rows = [el for el in parent if el.tag == "tr"]
    at = {row: i for i, row in enumerate(rows)}
    starts = sorted(at[row] for row in leads)
    gaps = [b - a for a, b in pairwise(starts)]
    if min(gaps) < 2:
        return []
    shift = _date_rows_before(rows, starts, gaps)
    starts = [start - shift for start in starts]
    # The last post has as many rows as the one before it; rows after it are the table's footer.
    ends = [*starts[1:], min(len(rows), starts[-1] + gaps[-1])]
    return wrap_runs(parent, rows, starts, ends)


def wrap_runs(parent: Any, rows: list[Any], starts: list[int], ends: list[int],
              tag: str = "tbody") -> list[Any]:
    """Each run of ``rows`` (``parent``'s, from a start to its end) wrapped in an element ``tag``
    of its own (a ``tbody`` for table rows), the rows keeping their identity."""
    wrappers = []
    for start, end in zip(starts, ends, strict=True):
        wrapper = parent.makeelement(tag, {})
        parent.insert(parent.index(rows[start]), wrapper)
        for row in rows[start:end]:
            wrapper.append(row)
        wrappers.append(wrapper)
    return wrappers


def _date_rows_before(rows: list[Any], starts: list[int], gaps: list[int]) -> int:
    """How many rows before the row naming the member each post begins: 0, unless the posts'
    rows repeat in a cycle (gaps alike) whose date row comes before the name row (a row with the
    date and the subject, then a row with the poster and the text): then the fewest rows back at
    which every run holds one date exactly, where runs from the names' rows do not."""
    if len(set(gaps)) != 1:
        return 0
    gap = gaps[0]
    dated = [bool(date_elements(row, None)) for row in rows]

    def one_date_each(shift: int) -> bool:
        return all(sum(dated[start - shift: min(len(rows), start - shift + gap)]) == 1 for start in starts)

    if one_date_each(0):
        return 0
    return next((s for s in range(1, min(gap, starts[0] + 1)) if one_date_each(s)), 0)


def unwrap_rows(wrappers: list[Any]) -> None:
    """Puts the rows that :func:`row_runs` wrapped back where they were."""
    for wrapper in wrappers:
        parent = wrapper.getparent()
        at = parent.index(wrapper)
        for row in list(wrapper):
            parent.insert(at, row)
            at += 1
        parent.remove(wrapper)
