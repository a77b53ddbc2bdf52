"""A day written with a two-digit year after its month's name ("12-March 04", "3-Hānuere 19": how
Invision Power Board 2 shows a member's join day), with the year written out, for the date
readers: they take "Month 04" for the 4th of that month of the current year.

    >>> four_digit_year("12-March 04", "2026-11-20T12:00:00Z")
    '12 March 2004'
    >>> four_digit_year("3-Hānuere 19", "2026-11-20T12:00:00Z"), four_digit_year("7-Jun 98", None)
    ('3 Hānuere 2019', '7 Jun 1998')
    >>> four_digit_year("17-Ноя-26 21:30 | #1", "2026-11-20T12:00:00Z")
    '17 Ноя 2026 21:30 | #1'
    >>> four_digit_year("12 March 2004", None) is None
    True
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

__all__ = ["four_digit_year"]

# The day, a month's word (letters of any script, an abbreviation's dot), the year's two digits.
# A time of day may follow ("17-Ноя-26 21:30": phpBB 2's and its heirs' post dates), and after
# it what the line says besides ("| #1").
_DAY_MONTH_YY_RE = re.compile(
    r"^(?P<d>\d{1,2})[-./ ](?P<m>[^\W\d_][^\W\d_'’]{1,14}\.?)[-./ ](?P<y>\d{2})"
    r"(?P<time>,?\s+\d{1,2}:\d{2}(?!\d).*)?$",
    re.DOTALL,
)


def four_digit_year(text: str, now: str | None) -> str | None:
    """``text`` as "D Month YYYY" when it is a day, a month's word and a two-digit year, else
    None. A year no later than the capture's (``now``, else today) is of this century."""
    match = _DAY_MONTH_YY_RE.match(text.strip())
    if match is None:
        return None
    this_year = int(now[:4]) if now and now[:4].isdigit() else datetime.now(UTC).year
    yy = int(match["y"])
    year = 2000 + yy if 2000 + yy <= this_year else 1900 + yy
    return f"{int(match['d'])} {match['m']} {year}{match['time'] or ''}"
