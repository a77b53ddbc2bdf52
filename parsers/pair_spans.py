"""Labelled values written side by side in inline elements of one line, read apart.

A card may show its facts as ``<p><span>Sale de: España</span> <span>Llega a: Francia</span></p>``:
the spans are inline, so the card's text runs them into one line ("Sale de: España Llega a:
Francia") and a label reader takes the second label for a part of the first value. Where a line
holds two colons or more, an element whose children are two or more "label: value" elements, with
nothing between them but spaces or separators, gives each child's text as a line of its own.

    >>> from parsers.dom import Doc, load
    >>> card = load(b"<div><h4>Mat</h4><p><span>Von: Polen</span> <span>Nach: Europa</span></p></div>").root
    >>> pair_lines(card, Doc.lines(card))
    ['Mat', 'Von: Polen', 'Nach: Europa']
"""

from __future__ import annotations

import re
from typing import Any

from parsers.dom import clean

__all__ = ["pair_lines"]

# "label: value": a label of a few words of any script, no figure, then a value.
_PAIR_RE = re.compile(r"^[^\W\d_][^:：\d]{0,40}[:：]\s*\S")
# What may stand between two such elements: spaces and the dots, bars and commas that part them.
_BETWEEN = " \t\r\n\u00a0·|•,;/—–-"


def _parts(el: Any) -> list[str] | None:
    """The texts of ``el``'s children when they are two or more "label: value" elements and
    nothing else stands between them; None otherwise."""
    kids = [k for k in el if isinstance(k.tag, str)]
    if len(kids) < 2 or len(kids) != len(el) or (el.text and el.text.strip(_BETWEEN)):
        return None
    if any(k.tail and k.tail.strip(_BETWEEN) for k in kids):
        return None
    texts = [clean(k.text_content()) for k in kids]
    return texts if all(_PAIR_RE.match(t) for t in texts) else None


def pair_lines(card: Any, lines: list[str]) -> list[str] | None:
    """``lines`` (the card's text lines) with each line that runs labelled elements together
    written as one line per element; None when no line does."""
    # Two colons in the whole card first (two counts in C): most cards hold fewer, and no line
    # of theirs is asked.
    text = "\n".join(lines)
    if text.count(":") + text.count("：") < 2:
        return None
    if not any(line.count(":") + line.count("：") >= 2 for line in lines):
        return None
    out = list(lines)
    changed = False
    for el in card.iter():
        if not isinstance(el.tag, str) or len(el) < 2:
            continue
        parts = _parts(el)
        if parts is None:
            continue
        joined = clean(el.text_content())
        if joined in out:
            i = out.index(joined)
            out[i : i + 1] = parts
            changed = True
    return out if changed else None
