"""Posts' dates read from the place each post of a page shows its own (its header's date), when
the words are not all known: the label the headers share is left out ("Scriptum:", "發表於"),
a relative day or a unit of time is looked up in every CLDR language's words
(:mod:`parsers.cldr_pool`: "heri" is yesterday, "uri" hours), the word that says "ago" need not
be known (a post's date is never to come: "ante 40 minuta" is 40 minutes ago), and a day's word
or a unit no language's words hold is the one only reading that falls between the dates of the
posts before and after it (posts stand in the order they were written, none after the capture
time): "琴日 下晝3:15" after a post of the day before yesterday at 21:40 and before the capture
at noon can be yesterday only.

    >>> from parsers.loose_dates import loose_dates
    >>> loose_dates(["Scriptum: 17 Novembris 2026, 21:30", "Scriptum: heri, 08:05",
    ...              "Scriptum: ante 40 minuta"], "2026-11-20T12:00:00Z", "la")
    ['2026-11-17T21:30:00', '2026-11-19T08:05:00', '2026-11-20T11:20:00']
    >>> loose_dates(["18.11.2026 21:40", "Blorp 15:15", "10 minutes ago"], "2026-11-20T12:00:00Z", None)
    ['2026-11-18T21:40:00', '2026-11-19T15:15:00', '2026-11-20T11:50:00']
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from typing import Any

from parsers.cldr_dates import current_language, page_language, to_english
from parsers.cldr_pool import day_offset, time_unit
from parsers.dates import parse_date, parse_now

__all__ = ["day_words", "loose_dates"]

# A post's own number before its header's label ("#2", "№ 2"): a label token all the same.
_NUMBER_TOKEN_RE = re.compile(r"^(?:#|№|no\.?)\d+$", re.IGNORECASE)
# "heri, 08:05", "琴日 3:15 pm": one word of a day, maybe a short word joining it ("at", "à", "um"),
# and a time of day.
_DAY_TIME_RE = re.compile(
    r"(?P<w>[^\W\d_][^\s,]{0,19})\s*,?\s*(?:[^\W\d_]{1,4}\s+)?(?P<h>\d{1,2})[:.](?P<m>\d{2})"
    r"(?:\s*(?P<p>am|pm))?"
)
# "3 uri fa", "ante 40 minuta", "3 uairean air ais", "5 個鐘頭前": a count and its unit, a word
# or two before or after it.
_AGO_RE = re.compile(
    r"(?:[^\W\d_]{1,12}\s+){0,2}(?P<n>\d{1,3})\s*(?P<u>[^\W\d_]{1,15})\.?(?:\s+[^\W\d_]{1,12}){0,2}"
)
# The units a count of no known word may be in, with the days a week and the rest add up to.
_SPANS = {"second": timedelta(seconds=1), "minute": timedelta(minutes=1), "hour": timedelta(hours=1),
          "day": timedelta(days=1), "week": timedelta(days=7), "month": timedelta(days=30),
          "year": timedelta(days=365)}
# Days back a day's unknown word may say (today to a week ago: a weekday's name).
_DAYS_BACK = 7

# A date not yet read: the time of a day's unknown word, or the count of an unknown unit.
Pending = tuple[str, Any]


def _label(texts: list[str]) -> int:
    """The number of leading words every text shares (its post's number aside), each text
    saying more after them: the header's label."""
    split = [t.split() for t in texts]
    if len(split) < 2:
        return 0
    k = 0
    while all(len(words) > k + 1 for words in split):
        first = split[0][k]
        if all(words[k] == first for words in split) or all(_NUMBER_TOKEN_RE.match(w[k]) for w in split):
            k += 1
        else:
            break
    return k


def _hms(match: re.Match[str]) -> tuple[int, int] | None:
    hour, minute = int(match["h"]), int(match["m"])
    if match["p"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match["p"] == "pm" else 0)
    return (hour, minute) if hour < 24 and minute < 60 else None


def _iso(when: datetime, to_time: bool = True) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:00") if to_time else when.date().isoformat()


def _pooled(text: str, ref: datetime, lang: str | None) -> str | Pending | None:
    """``text`` read by the pooled words, or what is left to find of it (:data:`Pending`)."""
    english = (to_english(text, lang) if lang else None) or text.casefold()
    english = english.strip()
    match = _DAY_TIME_RE.fullmatch(english)
    if match:
        hms = _hms(match)
        if hms is None:
            return None
        offset = day_offset(match["w"])
        if offset is None:
            return ("day", hms)
        if offset > 0:
            return None  # tomorrow: no post's date
        day = ref.date() + timedelta(days=offset)
        return _iso(datetime.combine(day, time(*hms)))
    match = _AGO_RE.fullmatch(english)
    if match:
        count = int(match["n"])
        unit = time_unit(match["u"])
        if unit is None:
            return ("ago", count)
        return _iso(ref - count * _SPANS[unit], unit in ("second", "minute", "hour"))
    return None


def _bound(value: str, upper: bool) -> datetime:
    """A read date as a bound: a day alone stands for its whole day."""
    if len(value) == 10:
        day = date.fromisoformat(value)
        return datetime.combine(day, time(23, 59, 59) if upper else time(0, 0))
    return datetime.fromisoformat(value[:19])


def _readings(pending: Pending, ref: datetime) -> list[str]:
    """Every date a pending reading may be."""
    kind, value = pending
    if kind == "day":
        return [_iso(datetime.combine(ref.date() - timedelta(days=k), time(*value)))
                for k in range(_DAYS_BACK)]
    return [_iso(ref - value * span, unit in ("second", "minute", "hour")) for unit, span in _SPANS.items()]


def _infer(found: list[str | Pending | None], ref: datetime) -> list[str | None]:
    """Pending readings resolved by the order of the posts: the one reading between the read
    dates before and after it (and not after ``ref``), again while any is resolved."""
    out: list[Any] = list(found)
    read = [v for v in out if isinstance(v, str)]
    if any(b < a for a, b in pairwise(read)):
        return [v if isinstance(v, str) else None for v in out]  # not in the order written
    changed = True
    while changed:
        changed = False
        for i, value in enumerate(out):
            if not isinstance(value, tuple):
                continue
            lo = max((_bound(v, False) for v in out[:i] if isinstance(v, str)), default=None)
            hi = min((_bound(v, True) for v in out[i + 1:] if isinstance(v, str)), default=ref)
            hi = min(hi, ref)
            fits = {r for r in _readings(value, ref)
                    if (lo is None or _bound(r, True) >= lo) and _bound(r, False) <= hi}
            if len(fits) == 1:
                out[i] = fits.pop()
                changed = True
    return [v if isinstance(v, str) else None for v in out]


def loose_dates(
    texts: list[str], now: str | datetime | None, lang: str | None, known: list[str | None] | None = None
) -> list[str | None]:
    """The dates of posts whose headers say ``texts`` (one per post, in page order), read as
    this module says; ``known``: dates read already (from an attribute), kept. None where no
    reading is sure."""
    if lang and lang != current_language():
        with page_language(lang):
            return loose_dates(texts, now, lang, known)
    ref = parse_now(now).replace(tzinfo=None)
    skip = _label(texts)
    found: list[str | Pending | None] = []
    for i, text in enumerate(texts):
        value: str | Pending | None = (known[i] if known else None) or parse_date(text, now)
        rest = " ".join(text.split()[skip:])
        if value is None and skip:
            value = parse_date(rest, now)
        if value is None:
            value = _pooled(rest, ref, lang)
        if isinstance(value, str) and len(value) < 10:
            value = None  # a month or a year: no post's date
        found.append(value)
    return _infer(found, ref)


def day_words(texts: list[str], dates: list[str | None], now: str | datetime | None,
              lang: str | None) -> dict[str, int]:
    """The words of relative days the headers ``texts`` were read by (their ``dates`` as
    :func:`loose_dates` gave them) that no reader knows, each with the day it says (-1: yesterday):
    the page's own words, for its other dates (an edit note's "琴日 下晝3:22"). A word read as two
    days is none."""
    ref = parse_now(now).replace(tzinfo=None).date()
    skip = _label(texts)
    found: dict[str, set[int]] = {}
    for text, value in zip(texts, dates, strict=True):
        if not value:
            continue
        rest = " ".join(text.split()[skip:])
        english = (to_english(rest, lang) if lang else None) or rest.casefold()
        match = _DAY_TIME_RE.fullmatch(english.strip())
        if match and parse_date(f"{match['w']} 10:00", now) is None:  # a word read already is none
            found.setdefault(match["w"], set()).add((date.fromisoformat(value[:10]) - ref).days)
    return {w: next(iter(days)) for w, days in found.items() if len(days) == 1}
