"""Cards laid out as table columns (a shop grid whose rows are fields: a row of titles, a row of
pictures, a row of prices): each column turned into one row, so the card readers, which know a
card by a row or a block, read one card per item.

    >>> from parsers.dom import load
    >>> doc = load(b"<table><tr><td><a href='p?1'>Tea</a></td><td><a href='p?2'>Jam</a></td></tr>"
    ...            b"<tr><td>4.00 EUR</td><td>5.50 EUR</td></tr><tr><td>Buy</td><td>Buy</td></tr></table>")
    >>> column_cards(doc)
    2
    >>> [" ".join(tr.itertext()).split() for tr in doc.root.iter("tr")]
    [['Tea', '4.00', 'EUR', 'Buy'], ['Jam', '5.50', 'EUR', 'Buy']]

A column is a card only when its head cell holds one item link and the column's other cells link
nowhere else (a table of one card a row has other items' links down its columns), and the band
of rows shows a price in at least half its columns.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from parsers.dom import Doc, clean
from parsers.prices import find_prices

__all__ = ["column_cards"]

_MIN_ROWS = 3  # a row of titles, a row of prices and one more: below, too little to tell
# A grid laid out in columns shows a page of items, a few dozen rows: a table of thousands of rows
# is a list of records, and walking it for bands cost a page with one 0.4 s.
_MAX_ROWS = 400


def _rows(table: Any) -> list[Any]:
    rows = [r for r in table if r.tag == "tr"]
    for part in table:
        if part.tag in ("tbody", "thead", "tfoot"):
            rows += [r for r in part if r.tag == "tr"]
    return rows


def _cells(row: Any) -> list[Any]:
    return [c for c in row if c.tag in ("td", "th")]


def _hrefs(cell: Any) -> set[str]:
    return {h for h in cell.xpath(".//a/@href") if h and not h.startswith(("#", "javascript"))}


def _heads(row: Any, least: int = 2) -> list[str | None] | None:
    """The item link of each cell of a row of titles (None for an empty slot), else None; a row
    of titles names ``least`` items at least (a grid's last row may hold one)."""
    heads: list[str | None] = []
    for cell in _cells(row):
        hrefs = _hrefs(cell)
        if len(hrefs) == 1:
            heads.append(next(iter(hrefs)))
        elif not hrefs and not clean(cell.text_content()):
            heads.append(None)
        else:
            return None
    named = [h for h in heads if h]
    if len(heads) < 2 or len(named) < least or len(set(named)) < len(named):
        return None
    return heads


def _bands(rows: list[Any]) -> list[tuple[list[str | None], list[Any]]]:
    """Runs of rows under a row of titles whose columns link only to their own title's item."""
    bands: list[tuple[list[str | None], list[Any]]] = []
    heads: list[str | None] | None = None
    band: list[Any] = []
    for row in rows:
        cells = _cells(row)
        if heads is not None and len(cells) == len(heads) and all(
            _hrefs(c) <= ({h} if h else set()) for c, h in zip(cells, heads, strict=True)
        ):
            band.append(row)
            continue
        if heads is not None and len(band) > 1:
            bands.append((heads, band))
        heads = _heads(row, 1 if bands and len(bands[-1][0]) == len(cells) else 2)
        band = [row] if heads is not None else []
    if heads is not None and len(band) > 1:
        bands.append((heads, band))
    return bands


def _priced(heads: list[str | None], band: list[Any]) -> bool:
    priced = set()
    for row in band[1:]:
        for j, cell in enumerate(_cells(row)):
            if heads[j] and find_prices(clean(cell.text_content()), limit=1):
                priced.add(j)
    return 2 * len(priced) >= len([h for h in heads if h])


def _rebuilt(table: Any, bands: list[tuple[list[str | None], list[Any]]]) -> Any:
    new = etree.Element("table", dict(table.attrib))
    new.tail = table.tail
    for heads, band in bands:
        columns = [_cells(row) for row in band]
        for j, head in enumerate(heads):
            if not head:
                continue
            tr = etree.SubElement(new, "tr", dict(band[0].attrib))
            for cells in columns:
                td = etree.SubElement(tr, cells[j].tag, dict(cells[j].attrib))
                td.text = cells[j].text
                for child in list(cells[j]):
                    td.append(child)  # moves the child, its tail with it
    return new


def column_cards(doc: Doc) -> int:
    """Turn each table of cards laid out as columns into a table of one card a row, once per
    page; the number of cards so laid out (0 when none, the tree then untouched)."""
    if "column_cards" in doc.memo:
        return int(doc.memo["column_cards"])
    made = 0
    raw = doc.raw
    if raw.count(b"<tr") + raw.count(b"<TR") >= _MIN_ROWS:
        for table in list(doc.root.iter("table")):
            if table.getparent() is None or table.xpath(".//table"):
                continue
            rows = _rows(table)
            if not _MIN_ROWS <= len(rows) <= _MAX_ROWS:
                continue
            bands = [b for b in _bands(rows) if _priced(*b)]
            if not bands or sum(len(band) for _, band in bands) * 2 < len(rows):
                continue
            made += sum(1 for heads, _ in bands for h in heads if h)
            table.getparent().replace(table, _rebuilt(table, bands))
    if made:
        doc.forget_derived()
    doc.memo["column_cards"] = made
    return made
