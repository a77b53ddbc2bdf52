"""Times of day as pages write them after a date ("4:34 pm", "18h40", "오후 6:40", "klo 18.40"),
and the ISO text of a day with its time, at an offset or not. The hour and minutes signed as the
CLDR's time patterns sign them ("午後10時05分", "오후 6시 40분") and the CLDR's words for the halves
of the day in every language ("下午3:20", "3:20 ÖS") are read too. Those signs and words are
gathered from Babel's CLDR data once (``python -m parsers.times_of_day`` writes
``times_of_day.json`` beside this module) and read from that file: a page pays no second for
every language's locale.

    >>> from datetime import date
    >>> from parsers.times_of_day import iso_day_time, time_after, utc_time
    >>> time_after("Sun May 26, 2019 4:34 pm", 16)
    (16, 34, 0)
    >>> iso_day_time(date(2019, 5, 26), (16, 34, 0))
    '2019-05-26T16:34:00'
    >>> utc_time(date(2019, 5, 26), (16, 34, 0), "+0200")
    '2019-05-26T14:34:00'
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timedelta
from typing import Any

from parsers.shipped_tables import read_table, table_path, write_table

__all__ = ["build", "iso_day_time", "time_after", "utc_time"]

_FILE = table_path(__file__)


_TIME_RE = re.compile(
    # French writes "18h40", "18 h 40" and WordPress's "18 h 40 min".
    r"(?<!\d)(?P<H>\d{1,2})(?::|\s?h\s?)(?P<M>\d{2})(?::(?P<S>\d{2}))?(?:\s?min\b\.?)?\s*"
    # am/pm, in Persian ("ق.ظ"/"ب.ظ": before/after noon) and Arabic ("ص"/"م") too.
    # Korean and Japanese write theirs after the time too (Django's "6:40 오후").
    # Greek "π.μ."/"μ.μ." (before/after noon), or "πμ"/"μμ" without dots (CLDR's narrow form).
    r"(?P<ap>[ap]\.?\s?m\.?|[قب]\.\s?ظ|[صم](?!\w)|오[전후]|午[前後]|[πμ]\.\s?μ\.|[πμ]μ(?!\w))?(?!\d)",
    re.IGNORECASE
)

_AMPM = {"am": "am", "pm": "pm", "قظ": "am", "بظ": "pm", "ص": "am", "م": "pm", "오전": "am", "오후": "pm",
         "午前": "am", "午後": "pm", "πμ": "am", "μμ": "pm"}

# Korean and Japanese more often write the half of the day before the time ("오후 6:40", "午後6:40").
_AMPM_BEFORE_RE = re.compile(r"(오[전후]|午[前後])\s*$")

# A time of day written with a dot ("klo 18.40", "ore 8.02", "kl. 21.15.40"): read only just
# after a date or a day word, where no colon time is (alone, "18.40" is as likely a price).
_DOT_TIME_RE = re.compile(r"(?<![\d.,])(?P<H>[01]?\d|2[0-3])\.(?P<M>[0-5]\d)(?:\.(?P<S>[0-5]\d))?(?![\d.,])")


def time_after(text: str, start: int) -> tuple[int, int, int] | None:
    match = _TIME_RE.search(text, start)
    if not match or match.start() - start > 12:
        # The hour and the minutes told by the CLDR's signs ("午後10時05分", "오후 6시 40분").
        match = _MARKED_TIME_RE.search(text, start) if not text.isascii() else None
        if not match or match.start() - start > 12:
            match = _DOT_TIME_RE.search(text, start) if start else None
            if not match or match.start() - start > 12:
                return None
    hour, minute, second = int(match["H"]), int(match["M"]), int(match.groupdict().get("S") or 0)
    ampm = _AMPM.get((match.groupdict().get("ap") or "").lower().replace(".", "").replace(" ", ""), "")
    if not ampm and not text.isascii():
        before = _AMPM_BEFORE_RE.search(text, max(start, match.start() - 4), match.start())
        ampm = _AMPM[before.group(1)] if before else day_half(text, start, match.start(), match.end())
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return None
    return hour, minute, second


def _languages() -> tuple[str, ...]:
    """The CLDR's languages, without their regional variants (which write times alike)."""
    from babel.localedata import locale_identifiers

    return tuple(name for name in locale_identifiers() if "_" not in name)


def _signs() -> tuple[list[str], list[str]]:
    """The non-ASCII signs the CLDR's time patterns write after the hour and after the minutes
    ("時", "分"; "시", "분"), each list sorted."""
    from babel import Locale

    hours: set[str] = set()
    minutes: set[str] = set()
    for name in _languages():
        for fmt in Locale.parse(name).time_formats.values():
            found = _PATTERN_SIGNS_RE.search(fmt.pattern)
            if found is None:
                continue
            hour, minute = (found.group(i).replace("'", "").strip() for i in (1, 2))
            if hour and not hour.isascii() and not minute.isascii():
                hours.add(hour)
                minutes.add(minute)
    return sorted(hours), sorted(minutes)


def _halves() -> dict[str, str]:
    """The CLDR's words for before and after noon in every language (abbreviated and wide), that
    are not ASCII, lower-cased -> "am" or "pm"; a word one language uses for each is left out."""
    from babel import Locale

    found: dict[str, set[str]] = {}
    for name in _languages():
        periods = Locale.parse(name).day_periods
        for context in ("format", "stand-alone"):
            for width in ("abbreviated", "wide"):
                words = periods.get(context, {}).get(width, {})
                for half in ("am", "pm"):
                    if (word := words.get(half)) and not word.isascii() and len(word) > 1:
                        found.setdefault(word.casefold(), set()).add(half)
    return {word: next(iter(halves)) for word, halves in sorted(found.items()) if len(halves) == 1}


def build() -> dict[str, Any]:
    """The tables from Babel's CLDR data, as ``times_of_day.json`` ships them: {"day_halves":
    word -> "am"/"pm", "hour_signs": [...], "minute_signs": [...]}."""
    hours, minutes = _signs()
    return {"day_halves": _halves(), "hour_signs": hours, "minute_signs": minutes}


@functools.lru_cache(maxsize=1)
def _tables() -> dict[str, Any]:
    loaded: dict[str, Any] = read_table(_FILE, {"day_halves": {}, "hour_signs": [], "minute_signs": []})
    return loaded


@functools.lru_cache(maxsize=1)
def _marked_time_re() -> re.Pattern[str]:
    """The hours and minutes as the CLDR's time patterns write them with a sign after each
    ("H時mm分" in Japanese, "h시 m분" in Korean, "H นาฬิกา mm นาที" in Thai); ASCII signs
    ("18h40") are :data:`_TIME_RE`'s."""
    tables = _tables()
    # The longest sign first, so a sign that begins with a shorter one is matched whole.
    alt = "|".join(re.escape(w) for w in sorted(tables["hour_signs"], key=len, reverse=True))
    after = "|".join(re.escape(w) for w in sorted(tables["minute_signs"], key=len, reverse=True))
    return re.compile(rf"(?<!\d)(?P<H>\d{{1,2}})\s?(?:{alt})\s?(?P<M>\d{{1,2}})(?!\d)(?:\s?(?:{after}))?")


# An hour field, its sign, the minutes field and their sign in a CLDR time pattern ("H時mm分ss秒").
_PATTERN_SIGNS_RE = re.compile(r"[Hhk]{1,2}((?:'[^']*'|[^a-zA-Z'])*)m{1,2}((?:'[^']*'|[^a-zA-Z'])*)")


class _Marked:
    """:func:`_marked_time_re` built on first use (a page with no such time never loads it)."""

    def search(self, text: str, pos: int) -> re.Match[str] | None:
        return _marked_time_re().search(text, pos)


_MARKED_TIME_RE = _Marked()


def _day_halves() -> dict[str, str]:
    """The CLDR's words for before and after noon in every language that are not ASCII ("下午",
    "ÖS", "пп"; :data:`_TIME_RE` reads the ASCII ones), lower-cased -> "am" or "pm"."""
    halves: dict[str, str] = _tables()["day_halves"]
    return halves


def _spaceless(ch: str) -> bool:
    """Whether ``ch`` is of a script written without spaces between words (CJK, Thai, Lao)."""
    return "\u0e00" <= ch <= "\u0eff" or "\u2e80" <= ch <= "\u9fff"


def day_half(text: str, start: int, begin: int, end: int) -> str:
    """"am" or "pm" when a CLDR word for the half of the day stands just before the time at
    ``begin``:``end`` (after ``start``) or just after it, else ""."""
    halves = _day_halves()
    before = text[max(start, begin - 13):begin].rstrip()
    after = text[end:end + 14].lstrip()
    for size in range(min(12, max(len(before), len(after))), 1, -1):
        word = before[-size:]
        if len(word) == size and word.casefold() in halves and (
                size == len(before) or not before[-size - 1].isalpha() or _spaceless(word[0])):
            return halves[word.casefold()]
        word = after[:size]
        if len(word) == size and word.casefold() in halves and (
                size == len(after) or not after[size].isalpha() or _spaceless(word[-1])):
            return halves[word.casefold()]
    return ""


def utc_time(day: date, hms: tuple[int, int, int], tz: str) -> str:
    """The UTC time of a wall-clock time at offset ``tz`` ("z", "+0300", "-05:00")."""
    when = datetime(day.year, day.month, day.day, *hms)
    if tz != "z":
        sign = -1 if tz[0] == "-" else 1
        digits = tz[1:].replace(":", "")
        when -= sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return when.strftime("%Y-%m-%dT%H:%M:%S")


def iso_day_time(day: date, hms: tuple[int, int, int] | None) -> str:
    if hms is None:
        return day.isoformat()
    return f"{day.isoformat()}T{hms[0]:02d}:{hms[1]:02d}:{hms[2]:02d}"


if __name__ == "__main__":  # pragma: no cover - regenerates the shipped file
    write_table(_FILE, build())
