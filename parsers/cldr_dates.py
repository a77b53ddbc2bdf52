"""Dates in the words of any language the Unicode CLDR describes (through Babel's data): month
names, "3 hours ago"-like phrases, "yesterday"/"today" and AM/PM markers, turned into the English
words :mod:`parsers.dates` reads. Used for the page's language when the built-in vocabulary
(:mod:`parsers.date_words`) reads nothing: a forum in Kannada, Zulu or Marathi is dated like one
in English, without anyone writing its month names down.

    >>> from parsers.cldr_dates import to_english
    >>> to_english("ನವೆಂಬರ್ 17, 2026 - 6:40 pm", "kn")
    'november 17, 2026 - 6:40 pm'
    >>> to_english("3 तासांपूर्वी", "mr"), to_english("izolo, 10:15", "zu")
    ('3 hours ago', 'yesterday, 10:15')
    >>> to_english("no date here", "kn") is None
    True
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from parsers.month_spellings import respelled

__all__ = ["current_language", "page_day_words", "page_language", "to_english"]

_LANGUAGE: ContextVar[str | None] = ContextVar("page_language", default=None)
_ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                   "october", "november", "december")
_MONTH_SET = frozenset(_ENGLISH_MONTHS)
_UNITS = ("second", "minute", "hour", "day", "week", "month", "year")
# The English the built-in vocabulary reads for CLDR's relative days.
_DAYS = {-2: "day before yesterday", -1: "yesterday", 0: "today"}


@contextmanager
def page_language(lang: str | None) -> Iterator[None]:
    """Within the block, dates are read in ``lang`` too (an ISO 639 code; None: no language)."""
    token = _LANGUAGE.set(lang)
    try:
        yield
    finally:
        _LANGUAGE.reset(token)


def current_language() -> str | None:
    """The language set by the innermost :func:`page_language`, or None."""
    return _LANGUAGE.get()


_TAUGHT: ContextVar[dict[str, int]] = ContextVar("page_day_words", default={})  # noqa: B039 - never mutated


@contextmanager
def page_day_words(words: dict[str, int]) -> Iterator[None]:
    """Within the block, ``words`` (a page's own words of relative days, learned from where its
    posts show their dates: word -> -2..0) are read as those days too."""
    token = _TAUGHT.set({w.casefold(): k for w, k in words.items() if k in _DAYS})
    try:
        yield
    finally:
        _TAUGHT.reset(token)


def _taught(low: str) -> str | None:
    """``low`` with the page's taught day words in English, or None when it holds none."""
    out = low
    for word, offset in _TAUGHT.get().items():
        if word in out:
            out = re.sub(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", _DAYS[offset], out)
    return out if out != low else None


@dataclass(frozen=True)
class _Words:
    #: One alternation of the language's words (months, relative days), longest first.
    words: re.Pattern[str]
    english: dict[str, str]
    #: "{0} X ago" phrases, one number group each, and the English unit of each group.
    ago: re.Pattern[str] | None
    units: tuple[str, ...]
    #: AM/PM markers written after a time.
    periods: re.Pattern[str] | None
    period_english: dict[str, str]
    #: Endings the date patterns glue to a day's or year's number ("2026ko", "18a"), or None.
    numbered: re.Pattern[str] | None = None


def _values(mapping: Any) -> dict[Any, str]:
    try:
        return {k: v for k, v in dict(mapping).items() if isinstance(v, str)}
    except (TypeError, ValueError):
        return {}


# A date field of a CLDR pattern and the literal glued right after it: "y('e')'ko' MMMM'ren'
# d('a')" (Basque "2026ko azaroaren 18a") glues "(e)ko" to the year, "ren" to the month, "(a)"
# to the day; a part in brackets may be left out.
_GLUED_RE = re.compile(r"(y+|M{3,4}|d+)((?:\('[^' ]+'\)|'[^' ]+'|\([^)' ]+\))+)")
_GLUED_PART_RE = re.compile(r"\('([^']*)'\)|'([^']*)'|\(([^)']*)\)")


def _glued(locale: Any) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the endings glued to a month's name, those glued to a day's or year's number) in the
    language's date patterns, each with and without its bracketed parts, longest first."""
    months: set[str] = set()
    numbers: set[str] = set()
    for key in ("full", "long", "medium"):
        try:
            pattern = locale.date_formats[key].pattern
        except (KeyError, AttributeError):
            continue
        for field, literal in _GLUED_RE.findall(pattern):
            variants = [""]
            for optional, plain, bare in _GLUED_PART_RE.findall(literal):
                part = (optional or bare).lower()
                variants = ([v + part for v in variants] + variants) if part else [
                    v + plain.lower() for v in variants]
            (months if field[0] == "M" else numbers).update(v for v in variants if v)
    return tuple(sorted(months, key=len, reverse=True)), tuple(sorted(numbers, key=len, reverse=True))


def _bounded(english: dict[str, str], glued: tuple[str, ...] = ()) -> str:
    # A month's name of four letters or more may end in a case ending the CLDR does not list
    # (Tajik "ноябри", of November; "Ноябр" in the CLDR): up to two more letters.
    ordered = sorted(english, key=len, reverse=True)
    months = set(_ENGLISH_MONTHS)

    def inflected(w: str) -> bool:
        return english[w] in months and len(w) >= 4 and w[-1].isalpha()

    long = "|".join(re.escape(w) for w in ordered if inflected(w))
    short = "|".join(re.escape(w) for w in ordered if not inflected(w))
    ending = "".join(f"{re.escape(g)}|" for g in glued)  # "azaroa" + "ren": of November
    parts = [f"(?P<long>{long})(?:{ending}[^\\W\\d_]{{0,2}})" if long else "",
             f"(?P<short>{short})(?:{ending[:-1]})?" if short else ""]
    return r"(?<!\w)(?:" + "|".join(p for p in parts if p) + r")(?!\w)"


@lru_cache(maxsize=64)
def _words(lang: str) -> _Words | None:
    try:
        from babel import Locale
        from babel.core import UnknownLocaleError
    except ImportError:  # pragma: no cover - Babel is a dependency; without it, no more words
        return None
    try:
        locale = Locale.parse(lang)
    except (UnknownLocaleError, ValueError, TypeError):
        return None
    english: dict[str, str] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in _values(locale.months.get(context, {}).get(width, {})).items():
                name = name.lower().rstrip(".")
                # Numbered months ("3月") are read as numbers already; one letter is no month.
                if len(name) >= 2 and not any(c.isdigit() for c in name) and isinstance(number, int):
                    english.setdefault(name, _ENGLISH_MONTHS[number - 1])
    fields = locale._data.get("date_fields", {})  # Babel keeps relative phrases only in its raw data
    for offset, word in _values(fields.get("day", {}).get("relative", {})).items():
        if offset in _DAYS and len(word) >= 2:
            english.setdefault(word.lower(), _DAYS[offset])
    phrases: dict[str, str] = {}
    for unit in _UNITS:
        for key in (unit, f"{unit}-short"):
            for phrase in _values(fields.get(key, {}).get("past", {})).values():
                if "{0}" in phrase:
                    before, _, after = phrase.lower().partition("{0}")
                    tail = re.escape(after.strip().rstrip("."))
                    # The number alone, and no space before it taken when nothing is written
                    # before it: "#3 2 години тому" is post 3, two hours ago, not 32 hours.
                    head = re.escape(before.strip()) + r"\s*" if before.strip() else ""
                    phrases.setdefault(head + r"(?<!\d)(\d+)\s*" + tail, unit)
    # One alternation for every phrase: the group that took the number names the unit.
    ago = re.compile("|".join(phrases)) if phrases else None
    periods = {}
    for width in ("abbreviated", "wide"):
        marks = _values(locale.day_periods.get("format", {}).get(width, {}))
        for key in ("am", "pm"):
            mark = marks.get(key, "").lower()
            # Latin "am"/"pm" are read already, and a lone Latin letter is too loose a mark.
            if mark and (len(mark) >= 2 or not mark.isascii()) and mark not in ("am", "pm", "a.m.", "p.m."):
                periods[mark] = key
    if not english and not phrases and not periods:
        return None
    alternation = "|".join(re.escape(m) for m in sorted(periods, key=len, reverse=True))
    # The mark after the time ("8:40 م") or before it (Korean "오후 3:05").
    time = r"\d{1,2}[:.]\d{2}(?::\d{2})?"
    period_re = re.compile(rf"(?P<t>{time})\s*(?P<m>{alternation})(?!\w)"
                           rf"|(?<!\w)(?P<m2>{alternation})\s*(?P<t2>{time})") if periods else None
    month_ends, number_ends = _glued(locale)
    numbered = re.compile(
        r"(?<=\d)(?:" + "|".join(map(re.escape, number_ends)) + r")(?!\w)") if number_ends else None
    return _Words(re.compile(_bounded(english, month_ends)) if english else re.compile(r"(?!)"), english,
                  ago, tuple(phrases.values()), period_re, periods, numbered)


def to_english(text: str, lang: str | None) -> str | None:
    """``text`` with ``lang``'s date words put in English, or None when it holds none."""
    if text and _TAUGHT.get() and (taught := _taught(text.lower())) is not None:
        return to_english(taught, lang) or taught
    if not lang or lang == "en" or not text:
        return None
    words = _words(lang.lower())
    if words is None:
        return None
    low = text.lower()
    out = words.words.sub(lambda m: words.english[m.groupdict().get("long") or m.groupdict()["short"]], low)
    if words.numbered is not None and out != low:
        out = words.numbered.sub("", out)  # a date's "2026ko azaroaren 18a": its numbers bare
    if words.ago is not None and any(c.isdigit() for c in out):
        units = words.units
        out = words.ago.sub(lambda m: f"{m[m.lastindex or 0]} {units[(m.lastindex or 1) - 1]}s ago", out)
    if words.periods is not None and ":" in out:
        english = words.period_english
        out = words.periods.sub(lambda m: f"{m['t'] or m['t2']} {english[m['m'] or m['m2']]}", out)
    if out == low and any(c.isdigit() for c in low):
        # A month spelt a letter off the CLDR's ("14 zugno 2012" for Venetian "jugno").
        out = respelled(low, {w: e for w, e in words.english.items() if e in _MONTH_SET}) or low
    return out if out != low else None
