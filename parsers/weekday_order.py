"""The weekday a page writes beside an all-numeric date decides the date's order: futaba and
wakaba-style imageboards write "26/11/17(火)" year first, others "17/11/26(Tue)" day first or
"11/17/26 (Tue)" month first. Of the readings of the three numbers, the one falling on the day
named is the date, when it is the only one; the weekday's names are English's and the page
language's, from the Unicode CLDR (through Babel).

    >>> from datetime import date
    >>> from parsers.weekday_order import by_weekday, weekday_after
    >>> word = weekday_after("26/11/17(火)18:40", 8)
    >>> word
    '火'
    >>> by_weekday(date(2017, 11, 26), [date(2026, 11, 17), date(2017, 11, 26)], word, "ja")
    datetime.date(2026, 11, 17)
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

__all__ = ["by_weekday", "weekday_after", "weekday_names"]

# A weekday in brackets right after a date: "(火)", "(Tue)", "（水）", " (Mon.)".
_AFTER_RE = re.compile(r"\s{0,2}[(（]\s?([^\W\d_]{1,12})\.?\s?[)）]")
_ENGLISH = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@lru_cache(maxsize=64)
def weekday_names(lang: str | None) -> dict[str, int]:
    """Weekday names (lower-cased, abbreviated and wide, Monday 0) of English and ``lang``."""
    names = {name: i for i, name in enumerate(_ENGLISH)}
    names.update({f"{name}day": i for i, name in enumerate(("mon", "tues", "wednes", "thurs", "fri",
                                                              "satur", "sun"))})
    if lang:
        try:
            from babel import Locale

            days = Locale.parse(lang).days
        except Exception:  # an unknown or malformed language code: English alone
            return names
        for context in ("format", "stand-alone"):
            for width in ("abbreviated", "wide", "short"):
                for i, name in dict(days.get(context, {}).get(width, {})).items():
                    names.setdefault(str(name).lower().rstrip("."), int(i))
    return names


def weekday_after(text: str, end: int) -> str | None:
    """The weekday word in brackets right after position ``end`` of ``text``, or None."""
    match = _AFTER_RE.match(text, end)
    return match.group(1) if match else None


def by_weekday(default: date | None, readings: list[date], word: str, lang: str | None) -> date | None:
    """``default`` unless it falls on another day than ``word`` names and exactly one of
    ``readings`` falls on it: then that reading."""
    weekday = weekday_names(lang).get(word.lower())
    if weekday is None or (default is not None and default.weekday() == weekday):
        return default
    matching = {d for d in readings if d.weekday() == weekday}
    return matching.pop() if len(matching) == 1 else default
