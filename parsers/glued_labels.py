"""Label and value elements written with nothing between them, read apart.

A facts list built as ``<li><span>Seller</span><span>bob</span></li>`` has no space between its
two inline elements, so the page's text runs them together ("Sellerbob") and no "label: value"
reader finds the label. Where a list holds several such rows, each row's two parts are known
from the tree: :func:`unglued` gives the lines with each glued row written "label: value".

    >>> from parsers.dom import load
    >>> html = (b"<ul><li><span>Seller</span><span>bob</span></li><li><span>Origin</span>"
    ...         b"<span>Peru</span></li><li><span>Stock</span><span>4</span></li></ul>")
    >>> doc = load(html)
    >>> unglued(doc, doc.text_lines)
    ['Seller: bob', 'Origin: Peru', 'Stock: 4']

A tile may write its label as its own text and its value in one inline element right after it
(``<div>Reviews<b>2 731</b></div>``): the same reading, rows of one tag each a text and a value.

    >>> doc = load(b"<div><div>Sales<b>4 108</b></div><div>Disputes<b>6</b></div></div>")
    >>> unglued(doc, doc.text_lines)
    ['Sales: 4 108', 'Disputes: 6']
"""

from __future__ import annotations

import re
from typing import Any

from parsers.dom import Doc, clean

__all__ = ["unglued"]


# An inline element closed and the next opened with no whitespace between: only such pages pay
# for the tree walk.
_GLUE_RE = re.compile(
    rb"</(?:span|b|strong|em|i|label|dt|small)><(?:span|a|b|strong|em|i|dd|small|div)\b", re.IGNORECASE
)
# A letter right before an inline value element's tag ("Reviews<b>"): a text glued to a value.
_TEXT_GLUE_RE = re.compile(rb"(?<=[^\s<>\d;:])<(?:b|strong|span|em)>", re.IGNORECASE)
_VALUE_TAGS = frozenset({"b", "strong", "span", "em"})

# A label: a few words of letters, no figure, no colon of its own (a "label:" is read already).
_LABEL_RE = re.compile(r"^[^\W\d_][^\d:：]{0,30}$")

# Rows of a facts list: at least this many glued rows under one parent.
_MIN_ROWS = 2


def _text_pair(row: Any) -> tuple[str, str, str] | None:
    """(label, value, "") of ``row`` when it is its own text run into one inline value element
    with nothing after it ("Reviews<b>2 731</b>"), else None."""
    kids = [k for k in row if isinstance(k.tag, str)]
    text = row.text or ""
    if len(kids) != 1 or kids[0].tag not in _VALUE_TAGS or clean(kids[0].tail) or text[-1:].isspace():
        return None
    label, value = clean(text), clean(kids[0].text_content())
    if not value or not _LABEL_RE.match(label) or len(label.split()) > 4:
        return None
    return label, value, ""


def _pair(row: Any) -> tuple[str, str, str] | None:
    """(label, value, the label element's tag) of ``row`` when it is two elements run together,
    else None."""
    if clean(row.text):
        return _text_pair(row)
    kids = [k for k in row if isinstance(k.tag, str)]
    if len(kids) != 2 or clean(kids[0].tail) or clean(kids[1].tail):
        return None
    first, second = kids
    if first.tail:  # whitespace between: the text keeps them apart already
        return None
    label = clean(first.text_content())
    value = clean(second.text_content())
    if not value or not _LABEL_RE.match(label) or len(label.split()) > 4:
        return None
    return label, value, first.tag


def _glued(doc: Doc) -> dict[str, str]:
    """Each glued row's text -> the row written "label: value"."""
    # Rows are known by their repetition: several elements of one tag whose label element is of
    # one tag too ("<li><em>", "<td><span>"), wherever they stand (a list, a table's cells).
    found: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for el in doc.root.iter("li", "p", "div", "td", "tr", "dd", "span"):
        if (pair := _pair(el)) is not None:
            found.setdefault((el.tag, pair[2]), []).append(pair[:2])
    glued: dict[str, str] = {}
    for pairs in found.values():
        if len(pairs) >= _MIN_ROWS:
            for label, value in pairs:
                glued.setdefault(label + value, f"{label}: {value}")
    return glued


def unglued(doc: Doc, lines: list[str]) -> list[str]:
    """``lines`` with each line that is a glued row of a facts list written "label: value"
    (the same list when the page has none; the line count never changes)."""
    if "unglued" not in doc.memo:  # an item's and a seller's readers both ask, several times
        raw = doc.raw
        doc.memo["unglued"] = (_glued(doc) if raw and (_GLUE_RE.search(raw) or _TEXT_GLUE_RE.search(raw))
                               else {})
    glued: dict[str, str] = doc.memo["unglued"]
    if not glued:
        return lines
    out = [glued.get(line, line) for line in lines]
    return out if out != lines else lines
