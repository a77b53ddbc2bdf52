"""A table's rows are one list whatever their classes: the rows of a topic table marked apart (a
pinned topic's ``<tr class="sticky">``, an announcement's, a board's row above the topics) are
rows of the same table as the unclassed ones a reader grouped by class found.

    >>> from parsers.dom import load
    >>> doc = load(b'<table><tr class="sticky"><td><a href="/t/1">Rules</a></td></tr>'
    ...            b'<tr><td><a href="/t/2">Tea</a></td></tr>'
    ...            b'<tr><td><a href="/t/3">Cups</a></td></tr></table>')
    >>> links = list(doc.root.iter("a"))
    >>> [r.get("class") for r in whole_table([a.getparent().getparent() for a in links[1:]], links)]
    ['sticky', None, None]
"""

from __future__ import annotations

from typing import Any

__all__ = ["whole_table"]


def whole_table(rows: list[Any], links: list[Any]) -> list[Any]:
    """``rows`` with their sibling table rows that hold one of ``links``, in page order, when
    ``rows`` are rows of one table body; else ``rows`` as they are. The caller tells the rows
    apart (a board's row, which opens with its board's title, is no topic's)."""
    if not rows or rows[0].tag != "tr":
        return rows
    parent = rows[0].getparent()
    if parent is None or any(r.getparent() is not parent for r in rows):
        return rows
    chosen = set(rows)
    holders = set(links)
    whole = [tr for tr in parent.iterchildren("tr")
             if tr in chosen or any(a in holders for a in tr.iter("a"))]
    return whole if len(whole) > len(rows) else rows
