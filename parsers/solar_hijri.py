"""Dates of the Solar Hijri (Persian, Jalali) calendar, Iran's and Afghanistan's civil calendar,
turned into Gregorian ISO dates exactly (``jdatetime``'s conversion).

Persian boards date posts and join days in it: "۲۷ آبان ۱۴۰۵ - ۱۹:۴۲" (a day, a month's name, a
year in Persian digits), "۱۴۰۱/۱۲/۰۳" (year first, numbers only). A year of the Solar Hijri era
(1300-1499) is read so when a Persian-calendar month is named, or, for numbers only, when the
page is in Persian, Dari or Pashto or the numbers are written in Persian digits; an Arabic page's
1447 (a lunar Hijri year, another calendar) is left alone.

    >>> solar_hijri_date("چهارشنبه ۲۷ آبان ۱۴۰۵ - ۱۹:۴۲")
    '2026-11-18T19:42:00'
    >>> solar_hijri_date("تاریخ عضویت: ۱۴۰۱/۱۲/۰۳")
    '2023-02-22'
    >>> solar_hijri_date("1401/12/03") is None  # ASCII digits, no Persian page: not this calendar
    True
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from parsers.cldr_dates import current_language
from parsers.times_of_day import iso_day_time, time_after

__all__ = ["SOLAR_HIJRI_LANGUAGES", "solar_hijri_date"]

#: Languages whose pages write numeric dates in the Solar Hijri calendar (Persian, Dari, Pashto).
SOLAR_HIJRI_LANGUAGES = frozenset({"fa", "prs", "ps"})
# A year of the era as boards show it (1300 AP is 1921, 1499 AP is 2120).
_YEAR = r"(?<![0-9])(?P<y>1[34][0-9][0-9])(?![0-9])"
_YEAR_RE = re.compile(_YEAR)
_PERSIAN_DIGITS_RE = re.compile("[\u06f0-\u06f9]")
_DIGITS = str.maketrans({chr(base + i): str(i) for base in (0x06F0, 0x0660) for i in range(10)})
# The year as _YEAR_RE finds it once the text's digits are ASCII, in the text as written (ASCII,
# Persian or Arabic-Indic digits): lowering changes no digit. Its "1" before its lookbehind, so the
# search skips to a "1" at C speed; most dates read are no Solar Hijri ones.
_ANY_DIGIT = "[0-9\u06f0-\u06f9\u0660-\u0669]"
_RAW_YEAR_RE = re.compile(
    rf"[1\u06f1\u0661](?<!{_ANY_DIGIT}.)[34\u06f3\u06f4\u0663\u0664]{_ANY_DIGIT}{{2}}(?!{_ANY_DIGIT})"
)
_NUMERIC_RE = re.compile(rf"{_YEAR}(?P<sep>[/.\-])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})(?!\d)")


@lru_cache(maxsize=1)
def _named() -> tuple[re.Pattern[str], dict[str, int]]:
    import jdatetime

    # The months' names in Persian script and in the Latin transliteration Iranian sites use.
    numbers = {name.lower(): i for names in (jdatetime.date.j_months_fa, jdatetime.date.j_months_en)
               for i, name in enumerate(names, 1)}
    names = "|".join(re.escape(n) for n in sorted(numbers, key=len, reverse=True))
    # "۲۷ آبان ۱۴۰۵", "27 Aban 1405", and year first "۱۴۰۵ آبان ۲۷".
    regex = re.compile(
        rf"(?<!\d)(?P<d>\d{{1,2}})\s+(?P<mon>{names})(?!\w)[\s,]+{_YEAR}"
        rf"|{_YEAR.replace('?P<y>', '?P<y2>')}\s+(?P<mon2>{names})\s+(?P<d2>\d{{1,2}})(?!\d)",
        re.IGNORECASE,
    )
    return regex, numbers


def _gregorian(year: int, month: int, day: int) -> date | None:
    import jdatetime

    try:
        return jdatetime.date(year, month, day).togregorian()
    except ValueError:
        return None


def solar_hijri_date(text: str) -> str | None:
    """The Gregorian ISO date (with the time shown after it) of a Solar Hijri date in ``text``."""
    if _RAW_YEAR_RE.search(text) is None:
        return None  # no year of the era in any of its digits: nothing translated nor lowered
    persian_digits = _PERSIAN_DIGITS_RE.search(text) is not None
    # Persian (and Arabic-Indic) digits read as ASCII ones: the year's range is matched digit by digit.
    low = text.translate(_DIGITS).lower() if not text.isascii() else text.lower()
    if _YEAR_RE.search(low) is None:
        return None
    regex, numbers = _named()
    match = regex.search(low)
    if match:
        if match["y"]:
            day = _gregorian(int(match["y"]), numbers[match["mon"]], int(match["d"]))
        else:
            day = _gregorian(int(match["y2"]), numbers[match["mon2"]], int(match["d2"]))
    else:
        match = _NUMERIC_RE.search(low)
        if match is None or not (persian_digits or current_language() in SOLAR_HIJRI_LANGUAGES):
            return None
        day = _gregorian(int(match["y"]), int(match["m"]), int(match["d"]))
    return iso_day_time(day, time_after(low, match.end())) if day else None
