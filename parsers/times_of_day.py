"""Times of day as pages write them after a date ("4:34 pm", "18h40", "오후 6:40", "klo 18.40"),
and the ISO text of a day with its time, at an offset or not.

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

import re
from datetime import date, datetime, timedelta

__all__ = ["iso_day_time", "time_after", "utc_time"]


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
        match = _DOT_TIME_RE.search(text, start) if start else None
        if not match or match.start() - start > 12:
            return None
    hour, minute, second = int(match["H"]), int(match["M"]), int(match["S"] or 0)
    ampm = _AMPM.get((match.groupdict().get("ap") or "").lower().replace(".", "").replace(" ", ""), "")
    if not ampm and not text.isascii():
        before = _AMPM_BEFORE_RE.search(text, max(start, match.start() - 4), match.start())
        ampm = _AMPM[before.group(1)] if before else ""
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return None
    return hour, minute, second


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
