"""A seller's feedback counted by kind over several periods in one table: rows of kinds
(positive, neutral, negative, a total, a positive share) across columns of periods ("last month",
"3 months", "all time"), or the same grid turned (rows of periods across columns of kinds). The
profile's figures are those of the widest period, known by arithmetic in any language: counts
over a longer period are never smaller, so along the period axis every kind's count grows one
way, and the widest period is the end where they are largest.

    >>> from parsers.dom import load
    >>> doc = load(b"<table><tr><th></th><th>Month</th><th>Year</th><th>Ever</th></tr>"
    ...            b"<tr><th>Good</th><td>40</td><td>310</td><td>1,204</td></tr>"
    ...            b"<tr><th>Bad</th><td>1</td><td>4</td><td>12</td></tr>"
    ...            b"<tr><th>Share</th><td>97.6 %</td><td>98.7 %</td><td>99.0 %</td></tr></table>")
    >>> widest_period(doc)
    ['Ever', 'Good: 1,204', 'Bad: 12', 'Share: 99.0 %']

The lines are a label and its value each, for the readers of labelled statistics. A table whose
counts grow along both axes, or along neither (a table of prices by quantity, of kinds alone),
gives nothing.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from parsers.dom import Doc, clean
from parsers.kind_breakdown import kind_word

__all__ = ["period_figures", "widest_period"]

# A cell's count ("1.874", "1 204") or share ("98,3 %", "% 97,6").
_COUNT_RE = re.compile(r"\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d{1,7}")
_SHARE_RE = re.compile(r"%\s*\d{1,3}(?:[.,]\d{1,2})?|\d{1,3}(?:[.,]\d{1,2})?\s*%")
# A heading or label holds a word ("3 months", "% positive"), not a figure alone.
_LABEL_RE = re.compile(r"[^\W\d_]")


def _count(text: str) -> int | None:
    return int(re.sub(r"\D", "", text)) if _COUNT_RE.fullmatch(text) else None


def _rows(table: Any) -> list[list[str]] | None:
    """The table's rows of cell texts; None when their shape is no grid's (see :func:`_grid`):
    the shape is known from the cells alone, so most tables are never read for their text."""
    rows = []
    for tr in table.iter("tr"):
        if next(anc for anc in tr.iterancestors("table")) is not table:
            continue  # a nested table's row
        rows.append([cell for cell in tr if cell.tag in ("td", "th")])
    if len(rows) < 3 or any(len(r) != len(rows[0]) for r in rows) or not 3 <= len(rows[0]) <= 8:
        return None
    # The value cells first, each a figure or none is: a layout table of the grid's shape stops at
    # its first block of prose, its headings' and labels' texts (whole menus) never read.
    values = []
    for row in rows[1:]:
        texts = []
        for cell in row[1:]:
            text = clean(cell.text_content())
            if not _figure(text):
                return None
            texts.append(text)
        values.append(texts)
    return [
        [clean(cell.text_content()) for cell in rows[0]],
        *([clean(row[0].text_content()), *texts] for row, texts in zip(rows[1:], values, strict=True)),
    ]


def _figure(text: str) -> bool:
    return _count(text) is not None or _SHARE_RE.fullmatch(text) is not None


def _grid(rows: list[list[str]]) -> tuple[list[str], list[str], list[list[str]]] | None:
    """(column headings, row labels, value cells) of a labelled grid of figures, or None."""
    if len(rows) < 3 or any(len(r) != len(rows[0]) for r in rows) or not 3 <= len(rows[0]) <= 8:
        return None
    heads = rows[0][1:]
    if not all(_LABEL_RE.search(h) for h in heads):
        return None
    labels = [r[0] for r in rows[1:]]
    cells = [r[1:] for r in rows[1:]]
    if not all(_LABEL_RE.search(label) for label in labels):
        return None
    if not all(_count(c) is not None or _SHARE_RE.fullmatch(c) for row in cells for c in row):
        return None
    return heads, labels, cells


def _grows(series: list[list[int]]) -> int:
    """1 when every series grows along its length, -1 when every one shrinks, else 0 (none
    or both: flat everywhere)."""
    up = all(a <= b for s in series for a, b in pairwise(s))
    down = all(a >= b for s in series for a, b in pairwise(s))
    return 0 if up == down or not series else (1 if up else -1)


def widest_period(doc: Doc) -> list[str] | None:
    """The widest period's heading then its "label: value" lines, from the page's first table of
    feedback by kind and period; None when no table is one."""
    if "%" not in doc.text:
        return None  # a feedback table shows the positive share
    for table in doc.root.iter("table"):
        rows = _rows(table)
        grid = _grid(rows) if rows is not None else None
        if grid is None:
            continue
        heads, labels, cells = grid
        # The block of counts: the rows all of counts (else every row), across the columns that
        # are counts in each of them (a row or a column of shares stays out).
        kept = [i for i, row in enumerate(cells) if all(_count(c) is not None for c in row)]
        kept = kept if len(kept) >= 2 else list(range(len(cells)))
        cols = [j for j in range(len(heads)) if all(_count(cells[i][j]) is not None for i in kept)]
        if len(cols) < 2:
            continue
        block = [[_count(cells[i][j]) or 0 for j in cols] for i in kept]
        # Columns of periods: each row of counts grows along the columns; rows of periods: each
        # column grows down the rows.
        by_column = _grows(block)
        by_row = _grows([list(col) for col in zip(*block, strict=True)])
        if by_column and by_row:
            # Both ways: the axis whose labels name a kind ("Positiv") is the kinds', else kinds
            # are listed the positive (the most) first and periods the shortest first.
            named = (any(kind_word(label) for label in labels), any(kind_word(h) for h in heads))
            if named[0] != named[1]:
                by_column, by_row = (by_column, 0) if named[0] else (0, by_row)
            elif by_column == by_row:
                continue
            else:
                by_column, by_row = (by_column, 0) if by_column > 0 else (0, by_row)
        if not by_column and not by_row:
            continue
        if by_column:
            at = cols[-1] if by_column > 0 else cols[0]
            return [heads[at], *(f"{label}: {row[at]}" for label, row in zip(labels, cells, strict=True))]
        at = kept[-1] if by_row > 0 else kept[0]
        return [labels[at], *(f"{head}: {cell}" for head, cell in zip(heads, cells[at], strict=True))]
    return None


def _share(text: str) -> float:
    return float(re.sub(r"[^\d,.]", "", text).replace(",", "."))


def period_figures(doc: Doc) -> tuple[int | None, float | None] | None:
    """(feedback count, positive share) of the widest period of a table of feedback by period,
    or None when the page shows no such table. The count is the column's total (a count that is
    the sum of the others), else the sum of its counts by kind; the share is the column's one
    share, else the one that is the greatest count's part of the total as the page rounds it.

    >>> from parsers.dom import load
    >>> period_figures(load(b"<table><tr><th>Period</th><th>Good</th><th>Bad</th><th>Share</th></tr>"
    ...                     b"<tr><td>30 days</td><td>12</td><td>0</td><td>100 %</td></tr>"
    ...                     b"<tr><td>All</td><td>230</td><td>5</td><td>97,9 %</td></tr></table>"))
    (235, 97.9)
    """
    column = widest_period(doc)
    if column is None:
        return None
    values = [value for _, _, value in (line.partition(": ") for line in column[1:])]
    counts = [n for n in map(_count, values) if n is not None]
    shares = [_share(v) for v in values if _count(v) is None]
    total = next((n for n in counts if 2 * n == sum(counts) and n > 0), sum(counts)) if counts else None
    if len(shares) > 1 and total:
        exact = 100 * max(n for n in counts if n != total) / total if len(counts) > 1 else None
        shares = [s for s in shares if exact is not None and abs(s - exact) < 0.06]
    share = shares[0] if len(shares) == 1 and 0 <= shares[0] <= 100 else None
    return (total or None), share
