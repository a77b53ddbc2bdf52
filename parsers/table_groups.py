"""A table's group rows: a row of one cell spanning the table's columns ("<tr><th colspan=5>Tea
</th></tr>") among rows of items heads the rows under it, down to the next such row, as a price
list sorted by category is built, whatever its language and classes. Each item row's group is its
category.

    >>> from parsers.dom import load
    >>> doc = load(b"<table><tr><th>Item</th><th>Price</th></tr><tr><th colspan=2>Tea</th></tr>"
    ...            b"<tr><td>Sencha</td><td>4 EUR</td></tr><tr><td>Bancha</td><td>3 EUR</td></tr>"
    ...            b"<tr><td colspan=2>Spices</td></tr><tr><td>Clove</td><td>2 EUR</td></tr></table>")
    >>> row_groups(doc.root.xpath("//tr[count(td)=2]"))
    ['Tea', 'Tea', 'Spices']

It reads a grouping only where every item row stands under a group row, two groups at least and
one of them over two rows or more: a lone spanning row over a table is its title, and a spanning
row after each item (its description, a note) heads no item of its own.
"""

from __future__ import annotations

from typing import Any

from parsers.dom import clean
from parsers.prices import find_prices

__all__ = ["group_row", "mend_group_categories", "row_groups"]

# A group's name is short: a few words ("Tea", "Kitchen ware"), no sentence.
_MAX_WORDS = 5
_MAX_CHARS = 40


def _cells(row: Any) -> list[Any]:
    return [c for c in row if c.tag in ("td", "th")]


def group_row(row: Any) -> str | None:
    """The group a table row names when it is one cell spanning two columns or more, of a few
    words and no figure or price; else None."""
    if row.tag != "tr":
        return None
    cells = _cells(row)
    if len(cells) != 1 or (cells[0].get("colspan") or "1").strip() in ("", "0", "1"):
        return None
    text = clean(cells[0].text_content())
    if not text or len(text) > _MAX_CHARS or len(text.split()) > _MAX_WORDS:
        return None
    if any(ch.isdigit() for ch in text) or text[-1:] in ".!?।。" or find_prices(text, limit=1):
        return None
    return text


def row_groups(cards: list[Any]) -> list[str] | None:
    """The group each of ``cards`` (table rows) stands under, or None when the table is no list
    cut by group rows (see the module)."""
    if len(cards) < 3 or any(c.tag != "tr" for c in cards):
        return None
    index = {id(c): n for n, c in enumerate(cards)}
    found: list[str | None] = [None] * len(cards)
    parents = list(dict.fromkeys(c.getparent() for c in cards))
    if any(p is None for p in parents):
        return None
    for parent in parents:
        current = None
        for row in parent:
            name = group_row(row) if id(row) not in index else None
            if name is not None:
                current = name
            elif id(row) in index:
                found[index[id(row)]] = current
    names = [n for n in found if n is not None]
    if len(names) != len(cards) or len(set(names)) < 2:
        return None
    if max(names.count(n) for n in set(names)) < 2:
        return None  # one row under each: notes after items, not groups
    return names


def mend_group_categories(cards: list[Any], records: list[Any]) -> None:
    """Give each record of ``cards`` that has no category the group row its card stands under."""
    if not cards or cards[0].tag != "tr" or len(records) != len(cards):
        return
    if all(r.category is not None for r in records):
        return
    groups = row_groups(cards)
    for r, group in zip(records, groups or [], strict=False):
        if r.category is None:
            r.category = group
