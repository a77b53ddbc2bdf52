"""How many feedbacks a seller has, read from a run of statistics whose labels no vocabulary knows:
the count in the row right before the positive share is what the share is of ("Valitaziuns
1’386" over "Positivas 98,6 %", "Hevitra: 1 873" over "Tsara: 98,6 %"), as a page writes a total,
then which part of it was good.

    >>> count_before_share(["Hevitra:", "1 873", "Tsara:", "98,6 %", "Varotra vita:", "2 406"])
    1873
    >>> count_before_share(["Orders:", "2 940", "Positive:", "98,6 %", "Reviews:", "1 386"]) is None
    True

A smaller count right after the share leaves it unsaid (the feedback, fewer than the orders
before the share, may be that one), as does a larger count earlier in the run (the count before
the share may be the last of the kinds that total it: "Hyvä: 640", "Neutraali: 5", "Huono: 3"),
or a run with no share or several. The rows are those
:func:`parsers.stat_rows.stat_rows` reads (label / value lines or rows of two cells).
"""

from __future__ import annotations

import re

from parsers.number_symbols import ascii_separators
from parsers.stat_rows import stat_rows

__all__ = ["count_before_share"]

# A share alone ("98,6 %", "%98.6"); a count alone, its thousands grouped or not ("1’386", "1 873").
_SHARE_RE = re.compile(r"^(?:\d{1,3}(?:[.,]\d{1,2})?\s*%|%\s*\d{1,3}(?:[.,]\d{1,2})?)$")
_COUNT_RE = re.compile(r"^\d{1,3}(?:[,.'\u00a0\u202f ]\d{3})+$|^\d{1,7}$")
# A bare year is no count ("Member since" over "2021").
_YEAR_RE = re.compile(r"^(?:19|20)\d\d$")


def _count(value: str) -> int | None:
    value = ascii_separators(value.strip())
    if not _COUNT_RE.match(value) or _YEAR_RE.match(value):
        return None
    return int(re.sub(r"\D", "", value))


def count_before_share(lines: list[str]) -> int | None:
    """The count of the row right before the one share of a statistics run, or None."""
    rows = stat_rows(lines)
    at = [k for k, (_, value) in enumerate(rows) if _SHARE_RE.match(value.strip())]
    if len(at) != 1 or at[0] == 0:
        return None
    count = _count(rows[at[0] - 1][1])
    after = _count(rows[at[0] + 1][1]) if at[0] + 1 < len(rows) else None
    if count is None or (after is not None and after < count):
        return None
    if any((c := _count(value)) is not None and c > count for _, value in rows[: at[0] - 1]):
        return None  # a larger count before it: the kinds it is one of, or orders, may total it
    return count
