"""Who wrote each post, found by the page's structure when no address or class names a member.

A thread shows its posts as repeated blocks, each holding a date; the author's name sits at the
same place in every block (the same chain of tags and classes from the block down), a short
handle that is not a date, a number or a button's word. That column is found by aligning the
blocks, not by any engine's markup: a static archive, an imageboard or a board whose member
pages have addresses no convention knows is read the same way.

    >>> from parsers.dom import load
    >>> from parsers.post_names import aligned_names
    >>> html = b'''<body>
    ...   <div class="m"><p><i>ann</i> <span>17.11.2026 18:40</span></p><p>Green or black tea today?</p></div>
    ...   <div class="m"><p><i>bob</i> <span>18.11.2026 09:15</span></p><p>Green, always, not black.</p></div>
    ...   </body>'''
    >>> doc = load(html)
    >>> [el.text for el in aligned_names(doc.root.find("body"), None, 2)]
    ['ann', 'bob']
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from parsers.dated_elements import date_elements, join_elements, page_dates, page_joins
from parsers.dom import Doc, clean, xpath
from parsers.generic_forum import generic_thread
from parsers.post_blocks import alike
from parsers.post_gates import index_rows, market_evidence
from parsers.post_lines import byline_name, line_names
from parsers.post_name_column import HINT_RE as _HINT_RE
from parsers.post_name_column import NAME_TAGS as _NAME_TAGS
from parsers.post_name_column import hinted as _hinted
from parsers.post_name_column import name_column
from parsers.post_name_column import name_like as _name_like
from parsers.post_name_column import signature as _signature
from parsers.post_parts import WORDY_RE

__all__ = ["aligned_names", "aligned_thread"]

# How far above its date a post's block may lie (table-built templates nest a dozen deep).
_MAX_DEPTH = 14
_OWN_WORDS = xpath("descendant::text()[not(ancestor::a)]")


def _words(block: Any) -> int:
    return sum(len(WORDY_RE.findall(text)) for text in _OWN_WORDS(block))


def _words_after(block: Any, dates: set[Any]) -> int:
    nxt = block.getnext()
    if nxt is None or not isinstance(nxt.tag, str) or nxt in dates or any(d in dates for d in nxt.iter()):
        return 0
    return _words(nxt)


def _dated_blocks(dates: list[Any], root: Any, min_posts: int) -> list[Any]:
    """The posts' blocks: the largest set of alike siblings that each hold a date and words of
    their own (a sidebar's dated titles say little); of as many, the innermost (the posts, not
    the page's two halves that each happen to hold a date)."""
    # Siblings of one tag, and of one tag and class (a question over its answers: one "div"
    # group, two "div.answer").
    groups: dict[tuple[Any, str, str], dict[Any, int]] = defaultdict(lambda: defaultdict(int))
    # Blocks of one tag and class holding their date at one place, at any depth: a comment tree
    # nests each reply in the list under its parent, so its posts are no siblings.
    trees: dict[tuple[str, str, tuple[str, ...]], dict[Any, int]] = defaultdict(lambda: defaultdict(int))
    for date in dates:
        el, depth = date, 0
        while el is not None and el is not root and depth < _MAX_DEPTH:
            parent = el.getparent()
            if parent is None:
                break
            groups[(parent, el.tag, "")][el] += 1
            groups[(parent, el.tag, el.get("class") or "")][el] += 1
            if el.get("class"):
                trees[(el.tag, el.get("class"), _signature(date, el))][el] += 1
            el, depth = parent, depth + 1
    dated = set(dates)
    best: list[Any] = []
    best_key: tuple[int, int] = (0, 0)
    for children in groups.values():
        blocks = list(children)
        if len(blocks) < min_posts or not alike(blocks):
            continue
        # A post's words may be the sibling after its dated head (a table row of name and date,
        # then a row of words).
        said = sum(_words(b) + _words_after(b, dated) for b in blocks)
        if said < 4 * len(blocks):
            continue
        key = (len(blocks), sum(1 for _ in blocks[0].iterancestors()))
        if key > best_key:
            best, best_key = blocks, key
    nested = max((_tree(list(found), dated) for found in trees.values() if len(found) > len(best)), key=len,
                 default=[])
    return nested if len(nested) > len(best) else best


def _nearest(el: Any, among: set[Any]) -> Any:
    """The nearest ancestor of ``el`` that is one of ``among`` (None when none is)."""
    return next((a for a in el.iterancestors() if a in among), None)


def _tree(blocks: list[Any], dated: set[Any]) -> list[Any]:
    """``blocks`` (one tag and class, in page order) when they are a comment tree: at two depths
    or more, each with one date of its own (outside the replies it holds) and words of its own;
    else []."""
    depths = set()
    inside = set(blocks)
    for block in blocks:
        own = [d for d in block.iter() if d in dated and _nearest(d, inside) is block]
        if len(own) != 1:
            return []  # a block holding two dates of its own is a box of posts, not one
        depths.add(sum(1 for _ in block.iterancestors()))
    if len(depths) < 2 or any(_words(b) < 4 for b in blocks):
        return []
    return blocks


def _with_undated(blocks: list[Any]) -> list[Any]:
    """The dated blocks with their siblings of the same tag and class that show no date a reader
    knows ("hôm qua 21:15"): posts too, their names on the same column (their dates are found
    where the others show theirs, by :func:`parsers.post_columns.date_column`)."""
    parent = blocks[0].getparent()
    kinds = {(b.tag, b.get("class")) for b in blocks}
    if parent is None or len(kinds) != 1:
        return blocks
    kind = kinds.pop()
    siblings = [child for child in parent if (child.tag, child.get("class")) == kind]
    if siblings[0] is blocks[0]:
        return siblings
    # A table's heading row over its posts ("Author | Topic: Bread"): before the first dated
    # block, saying less than half of what the least wordy post says, no post.
    least = min(_words(b) for b in blocks)
    first = siblings.index(blocks[0])
    return [b for i, b in enumerate(siblings) if i >= first or 2 * _words(b) >= least]


def aligned_names(
    root: Any, now: str | None, min_posts: int, dates: list[Any] | None = None,
    joins: Callable[[], list[Any]] | None = None,
) -> list[Any]:
    """One element per post naming its author, found by aligning dated repeated blocks; [] when
    the page shows fewer than ``min_posts`` such blocks or no column of names runs through them.
    ``dates``: :func:`parsers.dated_elements.date_elements` of ``root``, when found already;
    ``joins``: what finds its :func:`parsers.dated_elements.join_elements`, when asked."""
    dates = date_elements(root, now) if dates is None else dates
    if len(dates) < min_posts:
        # Posts that show no date: their author panels' join dates align them (each post's date
        # is then read, and found none, by the post's own reader).
        dates = join_elements(root, now) if joins is None else joins()
        if len(dates) < min_posts:
            return []
    blocks = _dated_blocks(dates, root, min_posts)
    if len(blocks) < min_posts or index_rows(blocks, now):
        return []  # an index's rows show a date and a last poster each, and are no posts
    date_set = set(dates)
    more = _with_undated(blocks)
    # Undated siblings first (a post whose date no reader knows); without them when they name
    # no one on the column (a table's rows of words under its rows of names and dates).
    names = (name_column(more, date_set, now, min_posts) if len(more) > len(blocks) else []) \
        or name_column(blocks, date_set, now, min_posts) \
        or _opening_apart(blocks, date_set, now, min_posts) or _in_lines(blocks, date_set, now)
    if not names:
        return []
    opening = _opening_name(root, blocks, names, date_set, now)
    return [opening, *names] if opening is not None else names


def _in_lines(blocks: list[Any], date_set: set[Any], now: str | None) -> list[Any]:
    """The names written inside the posts' dated lines ("ann commented on 17.11.26"), each
    wrapped in an element of its own (:func:`parsers.post_lines.line_names`)."""
    lines = [next((d for d in block.iter() if d in date_set), None) for block in blocks]
    if any(line is None for line in lines):
        return []
    return line_names(lines, now, name_like=_name_like)


def _opening_apart(blocks: list[Any], date_set: set[Any], now: str | None, min_posts: int) -> list[Any]:
    """The names of blocks whose first is shaped otherwise (an opening post in markup of its own
    among its replies: "div.detailed-status" before "div.status"): the replies' column, and in
    the first block the first element of the same tag, class and inner tags that reads as a
    name; [] when the replies show no column or the first block no such name."""
    if len(blocks) <= min_posts:
        return []
    rest = name_column(blocks[1:], date_set, now, min_posts)
    if not rest:
        return []
    model = rest[0]
    inner = tuple(d.tag for d in model.iter())
    for el in blocks[0].iter(model.tag):
        if el.get("class") == model.get("class") and tuple(d.tag for d in el.iter()) == inner \
                and el not in date_set and _name_like(clean(el.text_content()), now):
            return [el, *rest]
    return []


def _stem(href: str | None) -> str:
    """A member address without the member's part: its path before a query, else its folder."""
    if not href:
        return ""
    return href.split("?")[0] if "?" in href else href.rstrip("/").rsplit("/", 1)[0]


def _opening_name(root: Any, blocks: list[Any], names: list[Any], dates: set[Any], now: str | None) -> Any:
    """The name of a post shown above the replies in markup of its own (a question over its
    answers, a submission over its comments): the nearest element before the replies shaped as
    their names are (same tag, in the same tag) in a part of the page that holds a date too."""
    shapes = {(el.tag, el.getparent().tag) for el in names}
    if len(shapes) != 1:
        return _opening_other(root, blocks[0], dates, now)
    tag, parent_tag = shapes.pop()
    first = blocks[0]
    before = []
    # A submission's byline in markup of its own (a table cell, not the comments' line): its name
    # is a link as theirs are, to an address of the same stem ("/who?u=", "/people/").
    stems = {_stem(el.get("href")) for el in names} if tag == "a" else set()
    stem = stems.pop() if len(stems) == 1 else ""
    linked = []
    for el in root.iter():
        if el is first:
            break
        if el.tag == tag and (parent := el.getparent()) is not None:
            if parent.tag == parent_tag:
                before.append(el)
            elif stem and _stem(el.get("href")) == stem:
                linked.append(el)
    before = before or linked
    named = {clean(el.text_content()) for el in names}
    found = []
    for el in reversed(before[-6:]):
        if len(el) > 2 or not _name_like(text := clean(el.text_content()), now):
            continue
        anc = el.getparent()
        while anc is not None and anc is not root and first not in set(anc.iterdescendants()):
            if any(d in dates for d in anc.iter()):
                # The asker often answers too: a name the replies show wins, then a name in an
                # element classed as the author's, then the nearest.
                found.append(((text in named, _hinted(el, anc)), el))
                break
            anc = anc.getparent()
    if found:
        return max(found, key=lambda pair: pair[0])[1]
    return _opening_other(root, first, dates, now)


def _opening_other(root: Any, first: Any, dates: set[Any], now: str | None) -> Any:
    """The name of a post above the replies shown otherwise than theirs: by a class, or by a
    "by" word in its dated line."""
    found = _article_author(root, first, dates, now)
    return found if found is not None else _opening_byline(root, first, dates)


def _opening_byline(root: Any, first: Any, dates: set[Any]) -> Any:
    """The author of a post shown above the replies whose dated line names them after a "by"
    word ("Reported by ann on 17.11.26"): the nearest dated line before the replies."""
    last = None
    for el in root.iter():
        if el is first:
            break
        if el in dates:
            last = el
    if last is None or first in set(last.iterdescendants()):
        return None
    return byline_name(last)


def _article_author(root: Any, first: Any, dates: set[Any], now: str | None) -> Any:
    """The author of an article shown above its comments (a blog post, an issue over its
    replies), in markup unlike the comments' names: an element before the comments whose class
    says it holds the author's name, in a part of the page that holds a date and a heading (the
    article's title) and none of the comments; None when there is none."""
    inside = set(first.iterancestors())
    for el in root.iter(_NAME_TAGS):
        if el is first:
            break
        if len(el) > 1 or el in dates or not _HINT_RE.search(el.get("class") or "") \
                or not _name_like(text := clean(el.text_content()), now):
            continue
        anc = el.getparent()
        while anc is not None and anc is not root and anc not in inside:
            if any(d in dates for d in anc.iter()) and next(anc.iter("h1", "h2"), None) is not None:
                if len(WORDY_RE.findall(text)) > 3:
                    return None
                while len(el) == 1 and clean(el[0].text_content()) == text:
                    el = el[0]  # "<a class=author-link><span class=author-name>ann</span></a>"
                return el
            anc = anc.getparent()
    return None


def aligned_thread(doc: Doc, *, now: str | None = None, min_posts: int = 2) -> list[Any]:
    """Thread, Post and Author records of posts whose authors :func:`aligned_names` finds; []
    when it finds none. Weaker evidence than a member link: for pages no other reader took."""
    body_el = doc.root.find("body")
    root = body_el if body_el is not None else doc.root
    holders = aligned_names(root, now, min_posts, page_dates(doc, root, now),
                            lambda: page_joins(doc, root, now))
    if len(holders) < min_posts:
        return []
    # Aligned on join dates when the page shows no post's date: each post read without one.
    undated = len(page_dates(doc, root, now)) < min_posts
    records = generic_thread(doc, now=now, min_posts=min_posts, holders=holders, undated=undated)
    # A seller's dated, signed reviews are no thread: the page shows a key or prices besides.
    if records and market_evidence(doc, [r.body or "" for r in records if r.kind == "post"]):
        return []
    return records
