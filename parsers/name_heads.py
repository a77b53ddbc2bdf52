"""A quote's head that is a poster's name alone, written just over the quote's box (BBCode
renderers' "<div class=quoteheader>ann</div><blockquote>...", no "wrote:" of any language): the
quote is of that poster. The head may be a quote's part itself (classed as a quote's) or a
plain line before the box, with nothing written between them.

    >>> from parsers.dom import load
    >>> from parsers.name_heads import name_heads
    >>> doc = load(b'<div><div class="qh">ann</div><blockquote>Green tea.</blockquote>Black!</div>')
    >>> box = doc.root.find(".//blockquote")
    >>> found = name_heads([(box, None)], set(box.iter()), ["ann"])
    >>> [(k, name, head.get("class")) for k, name, head in found]
    [(0, 'ann', 'qh')]
"""

from __future__ import annotations

from typing import Any

from parsers.dom import clean

__all__ = ["name_heads"]


def _named(el: Any, names: list[str]) -> str | None:
    """The poster of ``names`` that ``el``'s whole short text is ("ann", "@ann"), or None."""
    if el is None or not isinstance(el.tag, str) or el.tag in ("a", "img", "br"):
        return None
    text = clean(el.text_content()).lstrip("@").rstrip(":： ")
    return text if text in names else None


def name_heads(
    entries: list[tuple[Any, str | None]], quoted: set[Any], names: list[str]
) -> list[tuple[int, str, Any]]:
    """(entry index, poster, head element): the quotes of a post (``entries``: box and the name
    read for it) whose unknown poster a head just over the box names alone. ``quoted``: the
    elements of the post's quotes."""
    out: list[tuple[int, str, Any]] = []
    boxes = {q for q, _ in entries}
    for k, (box, name) in enumerate(entries):
        if name is not None and name in names:
            continue
        head = box.getprevious()
        if head is None or (head.tail or "").strip():
            continue
        poster = _named(head, names)
        if poster is None:
            continue
        if head in boxes:
            # The head is a quote's part of its own (its entry saying no name): the name is its.
            j = next(i for i, (q, _) in enumerate(entries) if q is head)
            if entries[j][1] is None:
                out.append((j, poster, head))
            continue
        if head not in quoted:
            out.append((k, poster, head))
    return out
