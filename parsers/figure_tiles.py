"""A member's statistics shown as tiles: a figure and its label in one small block, the figure
over the label ("1 893" over "Viestit") or under it, read by the block. A page's lines misread
such tiles: inline parts glue the figure to the label that follows it ("1 893Viestit", no label
at a line's start), and block parts put each figure between two labels, where a label reads the
next tile's figure as its value ("Viestit" over "412", the likes of the tile after it).

    >>> from parsers.dom import load
    >>> from parsers.figure_tiles import tile_lines
    >>> doc = load('''<div><div><b>2 140</b><span>Posts</span></div>
    ...   <div><b>38</b><span>Likes</span></div></div>'''.encode())
    >>> tile_lines(doc, doc.head_lines)
    ['Posts: 2 140', 'Likes: 38']
"""

from __future__ import annotations

import re

from parsers.dom import Doc
from parsers.labels import POSTS_WORDS
from parsers.stat_tiles import tile_texts

__all__ = ["tile_lines"]

# A whole figure alone on its line ("1 893", "12.408", "57").
_FIGURE_RE = re.compile(r"^\d{1,3}(?:[.,'\u00a0\u202f ]\d{3})+$|^\d+$")
# A figure glued before a post count's word, the whole line ("1 893Viestit", "212 Posts").
_GLUED_FIGURE_RE = re.compile(
    r"\d[\d.,'\u00a0\u202f ]*(?:" + "|".join(re.escape(w) for w in sorted(POSTS_WORDS, key=len, reverse=True))
    + r")[ \t]*",
    re.IGNORECASE,
)
# The lines opening with a figure: their newline is a literal the search finds at C speed, where a
# line start ("^" with re.MULTILINE) is tried at every character. Only those ending with a letter:
# most lines opening with a figure are figures (prices, dates).
_FIGURE_LINE_RE = re.compile(r"\n(\d[^\n]*[^\W\d_])[ \t]*(?![^\n])")
_POSTS_ENDS = tuple({w.casefold() for w in POSTS_WORDS})
# The post count's words as a line may write them alone (a set of the lines finds them at C speed).
_POSTS_ALONE = frozenset(
    form + colon
    for w in POSTS_WORDS for form in (w, w.capitalize(), w.title(), w.upper()) for colon in ("", ":")
)
# A tile's label: a few words, no figure; its figure a count or a date, no sentence.
_MAX_LABEL = 40
_MAX_FIGURE = 24


def _misread(lines: list[str]) -> bool:
    """Whether the lines show a post count's word after its figure: glued to it on one line, or
    alone on a line under a line of a figure alone (a tile's parts as blocks)."""
    for match in _FIGURE_LINE_RE.finditer("\n" + "\n".join(lines)):
        line = match[1]
        if len(line) <= 60 and line.casefold().endswith(_POSTS_ENDS) and _GLUED_FIGURE_RE.fullmatch(line):
            return True
    alone = _POSTS_ALONE.intersection(lines)
    if alone:
        for i, line in enumerate(lines):
            if line in alone and i >= 1 and _FIGURE_RE.match(lines[i - 1]):
                return True
    return False


def tile_lines(doc: Doc, lines: list[str]) -> list[str] | None:
    """Every tile of the page of a figure (a count, a date: it holds a digit) and a label (a few
    words, no digit), in either order, as a "label: figure" line, in page order; None when the
    page's ``lines`` show no post count's word after a figure (the cheap gate: pages whose lines
    read their labels before their values need no tiles) or no tile is found."""
    if not _misread(lines):
        return None
    out = []
    for first, second in tile_texts(doc):
        first_figure = any(ch.isdigit() for ch in first)
        if first_figure == any(ch.isdigit() for ch in second):
            continue  # two figures or two labels: no figure and its label
        figure, label = (first, second) if first_figure else (second, first)
        if len(figure) <= _MAX_FIGURE and len(label) <= _MAX_LABEL and any(ch.isalpha() for ch in label):
            out.append(f"{label}: {figure}")
    return out or None
