"""Dates as pages show them, turned into ISO 8601: absolute in several languages, and relative.

Relative forms ("Yesterday, 10:15", "вчера", "gestern", "hier", "ayer", "3 hours ago",
"vor 2 Tagen") resolve against the capture time. Output is ``YYYY-MM-DD`` or
``YYYY-MM-DDTHH:MM:SS`` when a time of day is shown; a month-precision date (``Join Date: May
2015``) gives ``YYYY-MM``.

    >>> from parsers.dates import parse_date
    >>> parse_date("Sun May 26, 2019 4:34 pm")
    '2019-05-26T16:34:00'
    >>> parse_date("вчера, 10:15", now="2026-11-28T12:00:00")
    '2026-11-27T10:15:00'
    >>> parse_date("3. März 2021")
    '2021-03-03'
    >>> parse_date("Join Date: May 2015")
    '2015-05'
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

from parsers.buddhist_era import common_era
from parsers.cldr_dates import current_language, to_english
from parsers.date_order import month_first
from parsers.date_words import DAY_BEFORE as _DAY_BEFORE
from parsers.date_words import MONTH_NAMES as _MONTH_NAMES
from parsers.date_words import NOW_WORDS as _NOW_WORDS
from parsers.date_words import TODAY as _TODAY
from parsers.date_words import UNIT_WORDS as _UNIT_WORDS
from parsers.date_words import YESTERDAY as _YESTERDAY
from parsers.kin_months import kin_month
from parsers.short_years import four_digit_year
from parsers.solar_hijri import SOLAR_HIJRI_LANGUAGES, solar_hijri_date
from parsers.times_of_day import iso_day_time, time_after, utc_time
from parsers.weekday_order import by_weekday, weekday_after
from parsers.word_regex import by_first_letter, cased, fold_extras

__all__ = ["MONTHS", "parse_date", "parse_now"]

MONTHS: dict[str, int] = {name: num for num, names in _MONTH_NAMES.items() for name in names}
_MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_M = rf"(?P<mon>{_MONTH_ALT})\.?"

_ISO_RE = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[Tt ](?P<H>\d{1,2}):(?P<M>\d{2})"
    r"(?::(?P<S>\d{2}))?(?:\.\d+)?(?P<tz>z|[+-](?:0\d|1[0-4]):?[0-5]\d(?!\d))?)?"
)
_NUM_RE = re.compile(r"(?<![\d.])(?P<a>\d{1,4})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{2,4})(?![\d])")
# Year first, its month and day unpadded ("2021/4/9", "2015.12.1": XOOPS, Persian and East Asian
# boards): _NUM_RE's last part has two digits at the least, a year's or a padded day's.
_YMD_NUM_RE = re.compile(r"(?<![\d.])(?P<y>\d{4})(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)")
# A short word may join the day to its month ("3 of March", "4 de março", Papiamento "4 di mart",
# Maltese "5 ta' Marzu"); a time's "am"/"pm" before a month is none.
_DMY_RE = re.compile(
    rf"(?<!\w)(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s*(?:(?![ap]m\s)[^\W\d_]{{1,3}}['’]?\s+)?{_M}(?:\s+de)?"
    r",?\s+(?P<y>\d{4})(?!\d)",
    re.IGNORECASE,
)
_MDY_RE = re.compile(
    rf"(?<!\w){_M}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?!\d)", re.IGNORECASE
)
_MY_RE = re.compile(rf"(?<!\w){_M}\s+(?P<y>\d{{4}})(?!\d)", re.IGNORECASE)
_DM_RE = re.compile(rf"(?<!\w)(?P<d>\d{{1,2}})(?:st|nd|rd|th|\.)?\s+{_M}(?!\w)", re.IGNORECASE)
_MD_RE = re.compile(rf"(?<!\w){_M}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)", re.IGNORECASE)
# Year first, then a month's name and the day (Lithuanian "2026 m. lapkričio 17 d.", Hungarian
# "2026. november 17."), and the CJK numbers with their unit signs ("2026년 11월 17일", "2026年11月17日").
_YMD_RE = re.compile(
    rf"(?<!\d)(?P<y>\d{{4}})(?:\s*m\.|\.|,)?\s*{_M}\s+(?P<d>\d{{1,2}})(?:\s*d\.|\.)?(?!\d)", re.IGNORECASE
)
_CJK_YMD_RE = re.compile(r"(?<!\d)(?P<y>\d{4})\s*[년年]\s*(?P<m>\d{1,2})\s*[월月]\s*(?P<d>\d{1,2})\s*[일日]")
_DIGIT_RE = re.compile(r"\d")
_YEAR_RE = re.compile(r"(?<!\d)((?:19[89]|20[0-4])\d)(?!\d)")
# The words before or after "3 days" that make it a time ago, per language: German, French,
# Spanish, Portuguese, Catalan, Czech, Slovak, Lithuanian, Hebrew, Greek, Swedish before it;
# English, Russian, Italian, Portuguese, Polish, Dutch, Swedish, Danish and Norwegian, Turkish,
# Indonesian, Vietnamese, Romanian after it.
_AGO_BEFORE = r"vor|il y a|hace|há|fa|před|pred|prieš|לפני|πριν από|πριν|för"
_AGO_AFTER = r"ago|назад|fa|atrás|temu|geleden|sedan|siden|önce|yang lalu|lalu|trước|în urmă"
_AGO_RE = re.compile(
    rf"(?:(?:{_AGO_BEFORE})\s+)?(?P<n>\d+|an?|one|une?|ein(?:e|em|er)?)\s+(?P<unit>[^\W\d_]+)\.?"
    rf"(?:\s+(?P<ago>{_AGO_AFTER}))?",
    re.IGNORECASE,
)
# Korean, Japanese and Chinese write the number, the unit and "before" without spaces ("3일 전",
# "3日前", "3天前", "2時間前").
# Chinese counts half a unit ("半小时前", half an hour ago) and may put a measure word between
# the number and its unit ("3个小时前").
_CJK_UNIT_ALT = (
    r"초|분|시간|일|주|개월|달|년|秒|分钟|分鐘|分|時間|小时|小時|日|天|週間|週|周|ヶ月|か月|个月|個月|年"
)
_CJK_AGO_RE = re.compile(rf"(?<!\d)(?P<n>\d+|半)\s*[个個]?(?P<unit>{_CJK_UNIT_ALT})\s*(?:전|前)")
# A time ago in several units run together ("2天14时前", "15时49分钟前": two days and fourteen hours,
# fifteen hours and forty-nine minutes ago), Chinese writing the hour "时" alone in such a run.
_CJK_RUN_RE = re.compile(rf"(?<!\d)((?:\d+\s*[个個]?(?:{_CJK_UNIT_ALT}|时)\s*){{2,3}})(?:전|前)")
_CJK_PART_RE = re.compile(rf"(\d+)\s*[个個]?({_CJK_UNIT_ALT}|时)")
_CJK_UNITS = {
    "초": "seconds", "秒": "seconds", "분": "minutes", "分钟": "minutes", "分鐘": "minutes", "分": "minutes",
    "시간": "hours", "時間": "hours", "小时": "hours", "小時": "hours", "时": "hours",
    "일": "days", "日": "days", "天": "days",
    "주": "weeks", "週間": "weeks", "週": "weeks", "周": "weeks", "개월": "months", "달": "months",
    "ヶ月": "months", "か月": "months", "个月": "months", "個月": "months", "년": "years", "年": "years",
}
# Half a unit, told in the unit below it.
_HALVES = {"seconds": (0, "seconds"), "minutes": (30, "seconds"), "hours": (30, "minutes"),
           "days": (12, "hours"), "weeks": (84, "hours"), "months": (15, "days"), "years": (6, "months")}
_NOW_RE = re.compile("(?:" + "|".join(re.escape(w) for w in _NOW_WORDS) + r")(?!\w)")
_RELATIVE_PREFIX_RE = re.compile(rf"(?:{_AGO_BEFORE})\s", re.IGNORECASE)
# Pre-checks on the lower-cased text, each one search where the checks they guard run many.
# The day words are looked up with str.find: one case-sensitive search tells whether any is there.
_DAY_WORD_RE = re.compile("|".join(re.escape(w) for w in (*_DAY_BEFORE, *_TODAY, *_YESTERDAY)))
# Every month-name regex needs a month name; an "ago" match counts only with an ago or prefix word.
_MONTH_RE = re.compile(_MONTH_ALT)


_AGO_WORD_RE = re.compile(rf"{_AGO_AFTER}|{_AGO_BEFORE}")


_FOLD_EXTRA_RE = fold_extras(
    _MONTH_RE, _AGO_WORD_RE, _DMY_RE, _MDY_RE, _MY_RE, _DM_RE, _MD_RE, _AGO_RE, _YMD_RE
)
_FOUR_DIGITS_RE = re.compile(r"\d{4}")


_MONTH_GROUPS = by_first_letter(_MONTH_ALT)


# (day month year, month day year, month year, day month, month day, "3 days ago"): the
# case-insensitive regexes for texts with case-folding extras, case-sensitive twins for the rest.
_FOLDED = (_DMY_RE, _MDY_RE, _MY_RE, _DM_RE, _MD_RE, _AGO_RE, _YMD_RE)
_PLAIN = tuple(cased(rx, _MONTH_ALT, _MONTH_GROUPS) for rx in _FOLDED)
_MONTH_RE = re.compile(_MONTH_GROUPS)


@lru_cache(maxsize=256)
def _iso_now(now: str) -> datetime | None:
    # One capture time serves every date of a page (and usually of a crawl): parsed once.
    try:
        parsed = datetime.fromisoformat(now.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def parse_now(now: str | datetime | None) -> datetime:
    """The reference clock: an ISO string, a datetime, or the current UTC time."""
    if isinstance(now, datetime):
        return now if now.tzinfo else now.replace(tzinfo=UTC)
    if isinstance(now, str) and now:
        parsed = _iso_now(now)
        if parsed is not None:
            return parsed
    return datetime.now(tz=UTC)


def _year(value: str) -> int:
    year = int(value)
    if year < 100:
        year += 2000 if year < 70 else 1900
    return year


def _mk(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month(name: str) -> int:
    """The number of a month name as matched. The regexes ignore case the way ``re`` does, which
    also pairs letters that ``str.lower`` leaves apart (long s and s, old Cyrillic forms)."""
    number = MONTHS.get(name.lower())
    if number is None:
        number = next(n for word, n in MONTHS.items() if re.fullmatch(re.escape(word), name, re.IGNORECASE))
    return number


# A unit word's unit, by the longest stem it starts with ("minggu", Indonesian weeks, is no "min").
_UNIT_OF_STEM = {stem: name for name, stems in reversed(_UNIT_WORDS) for stem in stems}
_UNIT_STEM_RE = re.compile("|".join(re.escape(s) for s in sorted(_UNIT_OF_STEM, key=len, reverse=True)))


# What joins the amounts of one time ago: a comma, a space, "and" (English, Spanish, French,
# German, Czech and Slovak, Polish, Italian and Portuguese, Turkish, Russian, Dutch, Scandinavian).
_JOIN_RE = re.compile(r"\s*,?\s*(?:(?:and|y|et|und|a|i|e|ve|и|en|og|och|és|și)\s+)?")


def _ago(ref: datetime, parts: list[tuple[int, str]]) -> str:
    """The time the (``n``, ``unit``) ``parts`` add up to before ``ref``: to the second when
    one counts seconds, minutes or hours, else its day."""
    when = ref
    for n, unit in parts:
        if unit == "months":
            when -= timedelta(days=30 * n)
        elif unit == "years":
            when -= timedelta(days=365 * n)
        else:
            when -= timedelta(**{unit: n})
    if any(unit in ("seconds", "minutes", "hours") for _, unit in parts):
        return when.strftime("%Y-%m-%dT%H:%M:%S")
    return when.date().isoformat()


def _relative(low: str, ref: datetime, folds: bool = True) -> str | None:
    """A relative date in ``low`` resolved against ``ref``; ``folds`` False says that ``low`` holds
    none of the case-folding extras (case-sensitive regexes and pre-checks then answer exactly)."""
    for words, delta in ((_DAY_BEFORE, 2), (_TODAY, 0), (_YESTERDAY, 1)) if _DAY_WORD_RE.search(low) else ():
        for word in words:
            idx = low.find(word)
            if idx >= 0 and (idx == 0 or not low[idx - 1].isalpha()):
                end = idx + len(word)
                if end < len(low) and low[end].isalpha():
                    continue
                day = (ref - timedelta(days=delta)).date()
                return iso_day_time(day, time_after(low, end) or time_after(low, 0))
    ago_re = _AGO_RE if folds else _PLAIN[5]
    matches = list(ago_re.finditer(low)) if folds or _AGO_WORD_RE.search(low) else []
    while matches:
        # A time ago told in several units ("hace 2 días, 3 horas", "2 days, 3 hours ago",
        # "2 gün 3 saat önce"): the run of amounts joined by commas or "and", counted together.
        run = [matches.pop(0)]
        while matches and not run[-1]["ago"] and not _RELATIVE_PREFIX_RE.match(matches[0].group(0)) \
                and _JOIN_RE.fullmatch(low[run[-1].end():matches[0].start()]):
            run.append(matches.pop(0))
        if not (run[-1]["ago"] or _RELATIVE_PREFIX_RE.match(run[0].group(0))):
            continue
        parts = []
        for match in run:
            stem = _UNIT_STEM_RE.match(match["unit"].lower())
            if stem is None:
                break
            parts.append((int(match["n"]) if match["n"].isdigit() else 1, _UNIT_OF_STEM[stem.group(0)]))
        if not parts:
            continue
        found = _ago(ref, parts)
        # "2 days ago at 14:05": the day counted back, at the time shown.
        hms = time_after(low, run[len(parts) - 1].end()) \
            if len(found) == 10 and parts[-1][1] in ("days", "weeks") else None
        return iso_day_time(date.fromisoformat(found), hms) if hms else found
    several = _CJK_RUN_RE.search(low) if not low.isascii() else None
    if several:
        return _ago(ref, [(int(n), _CJK_UNITS[u]) for n, u in _CJK_PART_RE.findall(several.group(1))])
    cjk = _CJK_AGO_RE.search(low) if not low.isascii() else None
    if cjk:
        unit = _CJK_UNITS[cjk["unit"]]
        return _ago(ref, [_HALVES[unit] if cjk["n"] == "半" else (int(cjk["n"]), unit)])
    # A whole word only: a rank such as "Nowicjusz" (Polish: novice) starts with "now".
    if _NOW_RE.match(low.strip()):
        return ref.strftime("%Y-%m-%dT%H:%M:%S")
    return None


# Day, month and year between separators set apart by spaces ("14 / marts / 2024", "3 - 04 -
# 2025"), or a month named in a word that no list holds but whose first three letters are a known
# month's abbreviation ("14/marts/2024": Danish for March, as "mar" is).
_SPACED_RE = re.compile(
    r"(?<![\w.])(?P<d>\d{1,2})(?P<s1>\s*)(?P<sep>[/.\-])(?P<s2>\s*)(?P<m>[^\W\d_]{3,12}|\d{1,2})\.?"
    r"\s*(?P=sep)\s*(?P<y>\d{4})(?!\d)"
)


def _spaced(match: re.Match[str]) -> date | None:
    month = match["m"]
    if month.isdigit():
        # "14/03/2024" is _NUM_RE's, with its day-or-month order; a dot with a space after it
        # only is CLDR's day-first form of Czech, Slovak, Slovene, Croatian ("18. 11. 2026").
        if not (match["s1"] and match["s2"]) and not (match["sep"] == "." and match["s2"]):
            return None
        number = int(month)
    else:
        number = MONTHS.get(month) or (MONTHS.get(month[:3]) if len(month) > 3 else None) or 0
    return _mk(int(match["y"]), number, int(match["d"])) if 1 <= number <= 12 else None


def parse_date(text: str | None, now: str | datetime | None = None, *, order: str = "auto") -> str | None:
    """An ISO date (with time when shown) from a human date string, or None.

    ``order`` breaks ties for all-numeric dates: ``"mdy"`` (US forum defaults such as MyBB and
    vBulletin), ``"dmy"`` or ``"auto"`` (day first unless that is impossible, dotted dates day first).
    Within :func:`parsers.cldr_dates.page_language`, a date the built-in words do not read is read
    again with that language's CLDR words put in English.
    """
    if text and text[:1].isdigit():
        # "12-Mar 04": a day, its month's word and a two-digit year (Invision 2's join days); read
        # alone, "Mar 04" would be the 4th of March of this year.
        stamp = now if isinstance(now, str) or now is None else now.isoformat()
        text = four_digit_year(text, stamp) or text
    # A Solar Hijri date ("۲۷ آبان ۱۴۰۵", "۱۴۰۱/۱۲/۰۳"): non-ASCII, or on a Persian page.
    if text and (not text.isascii() or current_language() in SOLAR_HIJRI_LANGUAGES) \
            and (solar := solar_hijri_date(text[:200])) is not None:
        return solar
    found = _parse_date(text, now, order)
    if found is None and text and (lang := current_language()) is not None:
        # A language the CLDR lacks: its months read by its kin's ("Mairch", parsers.kin_months).
        english = to_english(text[:200], lang) or kin_month(text[:200], lang)
        if english is not None:
            found = _parse_date(english, now, order)
    # A year 543 ahead on a Thai page: the Buddhist era's ("12 มีนาคม 2565" is in 2022).
    return (common_era(found, text or "") or found) if found is not None and found[:2] >= "24" else found


def _parse_date(text: str | None, now: str | datetime | None, order: str) -> str | None:
    if not text:
        return None
    low = text.strip().lower()[:200]
    if not low:
        return None
    if low.isdigit() and 9 <= len(low) <= 10:  # unix timestamp (data-time attributes)
        return datetime.fromtimestamp(int(low), tz=UTC).strftime("%Y-%m-%dT%H:%M:%S")
    # Every absolute form has a number; without one only the relative words can match.
    has_digit = _DIGIT_RE.search(low) is not None
    # Lower-cased text without case-folding extras is searched by the case-sensitive twins, and
    # only for the forms whose words it holds (a month name, a four-digit year: looked up below).
    folds = not low.isascii() and _FOLD_EXTRA_RE.search(low) is not None
    dmy_re, mdy_re, my_re, dm_re, md_re, _, ymd_re = _FOLDED if folds else _PLAIN
    match = _ISO_RE.search(low) if has_digit else None
    if match:
        day = _mk(int(match["y"]), int(match["m"]), int(match["d"]))
        if day:
            hms = (int(match["H"]), int(match["M"]), int(match["S"] or 0)) if match["H"] else None
            if hms and hms[0] < 24 and match["tz"]:
                # A machine-readable time with its offset ("21:22:05+0300", datetime attributes
                # of XenForo, IPS, phpBB, Discourse) is given in UTC like unix timestamps are.
                return utc_time(day, hms, match["tz"])
            return iso_day_time(day, hms if hms and hms[0] < 24 else time_after(low, match.end()))
    match = _NUM_RE.search(low) if has_digit else None
    if match:
        a, b, c, sep = match["a"], int(match["b"]), match["c"], match["sep"]
        if len(a) == 4:
            day = _mk(int(a), b, int(c))
        else:
            x, y = int(a), _year(c)
            if x > 12:
                day = _mk(y, b, x)
            # Dotted dates are day first everywhere; an "auto" tie follows the page's own order.
            elif b > 12 or (sep != "." and (order == "mdy" or (order == "auto" and month_first()))):
                day = _mk(y, x, b)
            else:
                day = _mk(y, b, x)
            if len(a) == 2 and len(c) == 2 and (word := weekday_after(low, match.end())):
                # "26/11/17(火)": the weekday shown says which of the orders the numbers are in.
                readings = [d for d in (_mk(_year(a), b, int(c)), _mk(y, x, b), _mk(y, b, x)) if d]
                day = by_weekday(day, readings, word, current_language())
        if day:
            return iso_day_time(day, time_after(low, match.end()))
    match = _YMD_NUM_RE.search(low) if has_digit else None
    if match:
        day = _mk(int(match["y"]), int(match["m"]), int(match["d"]))
        if day:
            return iso_day_time(day, time_after(low, match.end()))
    has_month = has_digit and (folds or _MONTH_RE.search(low) is not None)
    has_year = has_month and _FOUR_DIGITS_RE.search(low) is not None
    match = _CJK_YMD_RE.search(low) if has_digit and not low.isascii() else None
    if match:
        day = _mk(int(match["y"]), int(match["m"]), int(match["d"]))
        if day:
            return iso_day_time(day, time_after(low, match.end()))
    for regex in (dmy_re, mdy_re, ymd_re) if has_year else ():
        match = regex.search(low)
        if match:
            day = _mk(int(match["y"]), _month(match["mon"]), int(match["d"]))
            if day:
                return iso_day_time(day, time_after(low, match.end()))
    match = _SPACED_RE.search(low) if has_digit and ("/" in low or "-" in low or "." in low) else None
    if match:
        day = _spaced(match)
        if day:
            return iso_day_time(day, time_after(low, match.end()))
    rel = _relative(low, parse_now(now), folds)
    if rel or not has_digit:
        return rel
    ref = None
    for regex in (dm_re, md_re) if has_month else ():  # day and month without a year: the capture year
        match = regex.search(low)
        if match:
            ref = ref or parse_now(now)
            day = _mk(ref.year, _month(match["mon"]), int(match["d"]))
            if day:
                if day > ref.date():
                    day = _mk(ref.year - 1, day.month, day.day) or day
                return iso_day_time(day, time_after(low, match.end()))
    match = my_re.search(low) if has_year else None
    if match:
        return f"{int(match['y']):04d}-{_month(match['mon']):02d}"
    # "Member since 2019": a lone year in a short text is a year.
    years = _YEAR_RE.findall(low)
    if len(low) <= 40 and len(years) == 1 and len(re.findall(r"\d+", low)) == 1:
        return years[0]
    return None
