"""A seller's statistics read by the form of their values, whatever the labels' language.

A seller's page shows its statistics as a run of label / value rows ("Member since:" over
"14.03.2022", "Sales:" over "412", "Positive feedback:" over "98.9%"). When no known label names
them, their values still say what they are: the earliest full date of the run is the day the
seller joined (a last visit is later), and the one bare share of the run is the positive-feedback
rating.

    >>> rows = ["Üzv olub:", "14.03.2022", "Satışlar:", "412", "Müsbət rəylər:", "98,9%"]
    >>> stat_rows(rows)
    [('Üzv olub', '14.03.2022'), ('Satışlar', '412'), ('Müsbət rəylər', '98,9%')]
    >>> stat_share(rows), stat_joined(rows)
    (98.9, '2022-03-14')

Rows of two cells (a table's, a definition list's) are label / value rows without a colon too
(:func:`cell_rows`, flattened into lines that end their labels so).
"""

from __future__ import annotations

import re
import threading
from itertools import pairwise
from typing import Any

from parsers.dates import parse_date
from parsers.dom import Doc, clean, xpath

# A short label that ends with its colon ("Üzv olub:", "Продажи :"), no figure of its own.
_LABEL_RE = re.compile(r"^(?P<l>[^\d:|]{2,30}?)\s*[:：]$")

# "Label: value" on one line, the value short.
_INLINE_RE = re.compile(r"^(?P<l>[^\d:|]{2,30}?)\s*[:：]\s+(?P<v>\S.{0,29})$")

# A share alone, or with the count it is of in brackets, maybe after a word of what it counts
# ("98,9%", "98.9 % (93)", "98.6% ດີ (512)": positive, in Lao).
_SHARE_RE = re.compile(
    r"^(\d{1,3}(?:[.,]\d{1,2})?)\s*%(?:(?:\s*[^\s\d()\[\]%]{1,15})?\s*[(\[]\s*(\d[\d\s.,]{0,8})[)\]])?$"
)

# A date shown whole holds a four-figure year ("14.03.2022", "14 mart 2022", "2022年3月14日"): a
# relative one ("3 days ago", "today") is read from now, and says when the page was saved.
_YEAR_RE = re.compile(r"(?<!\d)\d{4}(?!\d)")

# Rows in a run before it counts as a block of statistics (a lone "Price:" pair is no block).
_MIN_ROWS = 3


def _pair(lines: list[str], i: int) -> tuple[tuple[str, str], int] | None:
    """The label / value row at line ``i`` and how many lines it takes, or None."""
    line = lines[i]
    inline = _INLINE_RE.match(line)
    if inline:
        return (inline["l"].strip(), inline["v"].strip()), 1
    label = _LABEL_RE.match(line)
    if label and i + 1 < len(lines):
        value = lines[i + 1]
        if 0 < len(value) <= 30 and not value.rstrip().endswith((":", "：")):
            return (label["l"].strip(), value.strip()), 2
    return None


def stat_rows(lines: list[str]) -> list[tuple[str, str]]:
    """The (label, value) rows of the longest run of at least three label / value rows (found
    once per list of lines: a profile's reader asks for its rows, its join day and its share)."""
    cache: list[tuple[list[str], int, list[tuple[str, str]]]] | None = getattr(_CACHE, "rows", None)
    if cache is None:
        cache = _CACHE.rows = []
    for held, size, rows in cache:
        if held is lines and size == len(lines):
            return list(rows)
    rows = _stat_rows(lines)
    cache.insert(0, (lines, len(lines), rows))  # the list itself is held: its identity is safe
    del cache[4:]
    return list(rows)


_CACHE = threading.local()  # parsing may run in worker threads: one cache each


def _stat_rows(lines: list[str]) -> list[tuple[str, str]]:
    best: list[tuple[str, str]] = []
    i = 0
    while i < len(lines):
        run: list[tuple[str, str]] = []
        j = i
        while j < len(lines) and (found := _pair(lines, j)):
            run.append(found[0])
            j += found[1]
        if len(run) > len(best):
            best = run
        i = j if run else i + 1
    return best if len(best) >= _MIN_ROWS else []


# The count first and its share in brackets, the sign before the number or after it as the
# language writes it (CLDR's Turkish "%#,##0": "874 (%97,9 olumlu)", "512 (98.6% positive)"); a
# word or two of what is counted may follow the count, and the share's stand before it ("1,284
# รีวิว (เชิงบวก 98.6%)": reviews, positive).
_COUNT_SHARE_RE = re.compile(
    r"^(\d[\d\s.,]{0,8}?)(?:\s*[^\s\d()\[\]%]{1,15}){0,2}\s*[(\[]\s*(?:[^\s\d()\[\]%]{1,15}\s*){0,2}"
    r"(?:%\s*(\d{1,3}(?:[.,]\d{1,2})?)|(\d{1,3}(?:[.,]\d{1,2})?)\s*%)"
    r"(?:\s*[^\s\d()\[\]%]{1,15})?\s*[)\]]$"
)
# A share alone with its sign before it ("%98,9").
_SIGN_FIRST_RE = re.compile(r"^%\s*(\d{1,3}(?:[.,]\d{1,2})?)$")


def _shares(lines: list[str]) -> list[tuple[str, str | None]]:
    """The (share, count or None) of each value of a statistics run that shows a share."""
    out: list[tuple[str, str | None]] = []
    for _, v in stat_rows(lines):
        if m := _SHARE_RE.match(v):
            out.append((m.group(1), m.group(2)))
        elif m := _SIGN_FIRST_RE.match(v):
            out.append((m.group(1), None))
        elif m := _COUNT_SHARE_RE.match(v):
            out.append((m.group(2) or m.group(3), m.group(1)))
    return out


def stat_share(lines: list[str]) -> float | None:
    """The one bare share of a statistics run ("98,9%", "%98,9", "874 (%97,9 olumlu)"), None when
    there are none or several (positive and negative shares side by side say nothing by their
    form)."""
    shares = _shares(lines)
    if len(shares) != 1:
        return None
    share = float(shares[0][0].replace(",", "."))
    return share if 0 <= share <= 100 else None


def stat_share_count(lines: list[str]) -> int | None:
    """The count beside the one bare share of a statistics run, in brackets after it ("98.6% ດີ
    (512)") or before it with the share in brackets ("874 (%97,9 olumlu)"): how many feedbacks
    the share is of; None when the share shows none (or there are several)."""
    shares = _shares(lines)
    if len(shares) != 1 or shares[0][1] is None:
        return None
    digits = re.sub(r"\D", "", shares[0][1] or "")
    return int(digits) if digits and len(digits) <= 9 else None


def stat_joined(lines: list[str], now: str | None = None) -> str | None:
    """The earliest full date of a statistics run as an ISO day: when a seller joined."""
    days = [
        d[:10] for _, v in stat_rows(lines)
        # A day, month and year: a month or a year alone ("2022-03", "2022") is no day.
        if _YEAR_RE.search(v) and (d := parse_date(v, now)) and len(d) >= 10
    ]
    return min(days) if days else None


def _cells(row: Any) -> tuple[str, str] | None:
    cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("th", "td")]
    if len(cells) != 2:
        return None
    label, value = clean(cells[0].text_content()).rstrip(":： "), clean(cells[1].text_content())
    return (label, value) if _LABEL_RE.match(label + ":") and 0 < len(value) <= 30 else None


# Blocks of exactly two elements and little text: one statistic of a grid, its label over (or
# beside) its value ("<div><div>Відгуків</div><div>1 318</div></div>").
_PAIR_BLOCKS = xpath(
    "(//body//*[count(*) = 2][not(descendant::*[5])][string-length(normalize-space()) < 70])"
    "[position() <= 300]"
)


def _block_pair(block: Any) -> tuple[str, str] | None:
    """(label, value) of a block of two elements, the label first, nothing written between."""
    if (block.text or "").strip():
        return None
    kids = [k for k in block if isinstance(k.tag, str)]
    if len(kids) != 2 or any((k.tail or "").strip() for k in kids):
        return None
    label, value = clean(kids[0].text_content()).rstrip(":： "), clean(kids[1].text_content())
    return (label, value) if _LABEL_RE.match(label + ":") and 0 < len(value) <= 30 else None


def grid_rows(doc: Doc) -> list[tuple[str, str]]:
    """The (label, value) statistics of the largest grid of same-looking sibling blocks (three
    at least), each of two elements, a label of no figure then a short value: a profile's
    statistics laid out as cells of <div>s or <span>s rather than a table's rows. Their lines
    may run label and value together ("Member sinceMar 03, 2023"), so they are read by block."""
    found = doc.memo.get("grid_rows")
    if found is not None:
        return list(found)
    groups: dict[Any, list[tuple[str, str]]] = {}
    for block in _PAIR_BLOCKS(doc.root):
        parent = block.getparent()
        pair = _block_pair(block) if parent is not None else None
        if pair is None:
            continue
        key = (parent, block.tag, block.get("class"))
        groups.setdefault(key, []).append(pair)
    best = max(groups.values(), key=len, default=[])
    doc.memo["grid_rows"] = tuple(best) if len(best) >= _MIN_ROWS else ()
    return list(doc.memo["grid_rows"])


def cell_rows(doc: Doc) -> list[str]:
    """The longest run of two-cell label / value rows of a table, a definition list or a grid of
    two-element blocks (labels of no figure, values short), as lines "label:" / "value" for
    :func:`stat_rows`; or []. Read once a page: a vendor page's readers ask for it again."""
    found: tuple[str, ...] | None = doc.memo.get("cell_rows")
    if found is None:
        found = doc.memo["cell_rows"] = tuple(_cell_rows(doc))
    return list(found)


def _cell_rows(doc: Doc) -> list[str]:
    best: list[tuple[str, str]] = grid_rows(doc)
    for table in doc.root.iter("table"):
        rows = [r for row in table.iter("tr") if (r := _cells(row))]
        best = rows if len(rows) > len(best) else best
    for dl in doc.root.iter("dl"):
        # HTML 5 lets a list wrap each term and its description in a <div> of their own.
        kids = [k for c in dl if isinstance(c.tag, str) for k in (c if c.tag == "div" else [c])]
        kids = [k for k in kids if isinstance(k.tag, str)]
        rows = []
        for dt, dd in pairwise(kids):
            if dt.tag == "dt" and dd.tag == "dd":
                label, value = clean(dt.text_content()).rstrip(":： "), clean(dd.text_content())
                if _LABEL_RE.match(label + ":") and 0 < len(value) <= 30:
                    rows.append((label, value))
        best = rows if len(rows) > len(best) else best
    return [line for label, value in best for line in (label + ":", value)] if len(best) >= _MIN_ROWS else []
