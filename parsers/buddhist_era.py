"""Years of the Buddhist era (B.E.), the calendar Thai pages count years by: 543 years ahead of the
common era, so "12 มีนาคม 2565" is 12 March 2022. A date read with a year of 2400 or later on a
Thai page (its language, or Thai letters in the date's text) is moved back by 543 years.

    >>> common_era("2565-03-12", "12 มีนาคม 2565")
    '2022-03-12'
    >>> common_era("2565-03-12", "12 March 2565") is None  # no sign the page counts so
    True
"""

from __future__ import annotations

import re

from parsers.cldr_dates import current_language

__all__ = ["BUDDHIST_ERA_LANGUAGES", "common_era"]

#: Languages whose pages count years by the Buddhist era (the CLDR's calendar preference for
#: Thailand: buddhist before gregorian).
BUDDHIST_ERA_LANGUAGES = frozenset({"th"})
_OFFSET = 543
_THAI_RE = re.compile("[\u0e00-\u0e7f]")
# A year the common era has not reached and the Buddhist era has (2400 B.E. = 1857).
_FIRST = 2400
_LAST = 2700


def common_era(iso: str, text: str) -> str | None:
    """``iso`` (a date read from ``text``) with its Buddhist-era year put in the common era, or
    None when the year is none or the page gives no sign of counting so."""
    year = int(iso[:4]) if iso[:4].isdigit() else 0
    if not _FIRST <= year <= _LAST:
        return None
    if current_language() not in BUDDHIST_ERA_LANGUAGES and _THAI_RE.search(text) is None:
        return None
    return f"{year - _OFFSET:04d}{iso[4:]}"
