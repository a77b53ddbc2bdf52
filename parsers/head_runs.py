"""Posts whose head and words are siblings: a line naming the poster and the date, then the
poster's panel and the words in the elements after it, up to the next head (NexusPHP and other
table themes put each post's head in a division of its own over a table of its panel and words).

Each head is taken with the siblings after it, up to the next head, as one post's block: the
runs are wrapped in a ``div`` of their own (undone by :func:`parsers.post_blocks.unwrap_rows`).

    >>> from parsers.dom import load
    >>> from parsers.head_runs import head_runs
    >>> doc = load(b'''<body><div id=t>
    ...   <p class=h><a href="/u/ann">ann</a> 17.11.2026</p><div>Green or black tea today, friends?</div>
    ...   <p class=h><a href="/u/bob">bob</a> 18.11.2026</p><div>Green, always, and never black.</div>
    ... </div></body>''')
    >>> heads = doc.root.xpath("//p")
    >>> [[el.tag for el in run] for run in head_runs(heads, set(doc.root.xpath("//a")))]
    [['p', 'div'], ['p', 'div']]
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from parsers.post_blocks import wrap_runs
from parsers.post_parts import WORDY_RE

__all__ = ["head_runs"]

# A head is a line: its name, date, number and a button or two, not a post's words.
_HEAD_CHARS = 160
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Parents whose children are a table's or a list's parts: their rows are read as rows elsewhere.
_PARTS_PARENTS = frozenset({"tr", "table", "tbody", "thead", "tfoot", "ul", "ol", "dl", "select"})


def _words(el: Any) -> int:
    return len(WORDY_RE.findall(el.text_content()))


def head_runs(blocks: list[Any], members: set[Any]) -> list[Any]:
    """``blocks`` (the posts' heads, each holding a member's name) each wrapped with its siblings
    up to the next head, in a ``div`` of its own; [] when they are not such heads: siblings of one
    parent, each a short line followed by a sibling that is no head and says more than it, the
    last head's followers as many as the fewest between two heads."""
    if len(blocks) < 2:
        return []
    parent = blocks[0].getparent()
    if parent is None or parent.tag in _PARTS_PARENTS or any(b.getparent() is not parent for b in blocks):
        return []
    heads = set(blocks)
    for block in blocks:
        if len(" ".join(block.text_content().split())) > _HEAD_CHARS \
                or not any(el in members for el in block.iter()):
            return []
        below = block.getnext()
        while below is not None and not isinstance(below.tag, str):
            below = below.getnext()
        if below is None or below in heads or _words(below) <= _words(block):
            return []
        above = block.getprevious()
        if above is not None and above.tag in _HEADINGS and above.find(".//a[@href]") is not None:
            return []  # a list of articles: each byline under its article's linked title
    children = list(parent)
    at = {child: i for i, child in enumerate(children)}
    starts = sorted(at[b] for b in blocks)

    def elements(i: int, j: int) -> int:
        return sum(1 for c in children[i:j] if isinstance(c.tag, str))

    fewest = min(elements(a, b) for a, b in pairwise(starts))
    end, count = starts[-1], 0
    while end < len(children) and count < fewest:
        count += isinstance(children[end].tag, str)
        end += 1
    return wrap_runs(parent, children, starts, [*starts[1:], end], "div")
