"""A table row's cells paired with the words of its column's header ("Menşei" over "Türkiye"): the
labels a card of one row shows only in the table's header row, for readers that know a field by
its value (a CLDR country under a header in no known language is where the item ships from).

    >>> from parsers.dom import load
    >>> doc = load(b"<table><tr><th>Nimi</th><th>Alkuper\\xc3\\xa4</th></tr>"
    ...            b"<tr><td>Tee</td><td>Suomi</td></tr></table>")
    >>> column_cells(doc, doc.root.xpath("//tr")[1])
    [('Nimi', 'Tee'), ('Alkuperä', 'Suomi')]
"""

from __future__ import annotations

from typing import Any

from parsers.dom import Doc, clean

__all__ = ["column_cells"]

_MAX_LABEL = 40
_MAX_VALUE = 120


def _header(row: Any) -> Any:
    """The header row above ``row``: a preceding row of header cells, else its table's <thead>."""
    for n, prev in enumerate(row.itersiblings(preceding=True)):
        if prev.tag == "tr" and prev.find("th") is not None:
            return prev
        if n > 50:
            return None
    parent = row.getparent()
    if parent is None or parent.tag not in ("tbody", "table"):
        return None
    table = parent if parent.tag == "table" else parent.getparent()
    return table.find("thead/tr") if table is not None else None


def column_cells(doc: Doc, row: Any) -> list[tuple[str, str]]:
    """(header words, cell text) of each cell of ``row`` under a header of words (no figure), when
    the header row has as many cells as the row; [] otherwise. One header per table is read."""
    if row.tag != "tr":
        return []
    parent = row.getparent()
    memo: dict[Any, list[str]] = doc.memo.setdefault("column_cells", {})
    if parent not in memo:
        header = _header(row)
        cells = [] if header is None else [c for c in header if c.tag in ("th", "td")]
        memo[parent] = [clean(c.text_content()).rstrip(":： ") for c in cells]
    heads = memo[parent]
    cells = [c for c in row if c.tag in ("td", "th")]
    if not heads or len(heads) != len(cells):
        return []
    out = []
    for head, cell in zip(heads, cells, strict=True):
        value = clean(cell.text_content())
        if 0 < len(head) <= _MAX_LABEL and 0 < len(value) <= _MAX_VALUE and not any(
                ch.isdigit() for ch in head):
            out.append((head, value))
    return out
