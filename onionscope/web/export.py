"""Downloads: CSV tables of hits and ecosystem rows, safe to open in a spreadsheet.

Example::

    >>> from onionscope.web.export import csv_bytes
    >>> csv_bytes(["title", "price"], [["=HYPERLINK(\\"http://x\\")", 9.5], ["tea", None]]).decode()
    'title,price\\r\\n"\\'=HYPERLINK(""http://x"")",9.5\\r\\ntea,\\r\\n'

Record text is written by the people under investigation: a cell starting with ``=``, ``+``,
``-``, ``@`` or a control character would run as a formula in a spreadsheet (CSV injection), so
it is prefixed with ``'``. Numbers stay numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

from index.base import SearchResult

#: Columns of a search's CSV, one row per hit.
HIT_COLUMNS: tuple[str, ...] = (
    "id",
    "type",
    "site",
    "title",
    "vendor",
    "author",
    "category",
    "price",
    "currency",
    "price_usd",
    "lang",
    "date",
    "scope_id",
    "url",
)
_FORMULA = ("=", "+", "-", "@", "\t", "\r", "\n")


def cell(value: Any) -> Any:
    """A value as written: numbers as they are, text defused against spreadsheet formulas."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        text = str(value)
        return "'" + text if text.startswith(_FORMULA) else text
    return value


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for row in rows:
        writer.writerow([cell(v) for v in row])
    return out.getvalue().encode("utf-8")


def hit_rows(res: SearchResult) -> list[list[Any]]:
    rows = []
    for h in res.hits:
        r = h.record
        title = r.get("title") or r.get("name") or r.get("value") or ""
        values = {
            "id": h.id,
            "type": h.type,
            "title": title,
            "category": r.get("category_norm") or r.get("category"),
            "date": r.get("posted_at") or r.get("captured_at"),
        }
        rows.append([values[c] if c in values else r.get(c) for c in HIT_COLUMNS])
    return rows
