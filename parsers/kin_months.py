"""Month names of a language the CLDR does not describe, read by its kin's: Scots writes "3 Mairch
2019", a letter off English "March"; a dialect or a creole spells its months as the languages it
grew from do, give or take a letter. A word in a date's month place (between a day and a year,
or before a day and a year) that the CLDR's month names of every language it describes hold, or
hold a letter off (one letter added, dropped or changed), is the month most of those names are.
Asked only on a page whose language the CLDR lacks (or gives no month names of its own): a
language it describes is read by its own words (:mod:`parsers.cldr_dates`). Every language's
month names are gathered from Babel's CLDR data once (``python -m parsers.kin_months`` writes
``kin_months.json`` beside this module) and read from that file.

    >>> from parsers.kin_months import kin_month
    >>> kin_month("Jined 3 Mairch 2019", "sco")
    'Jined 3 march 2019'
    >>> kin_month("3 Mairch 2019", "en") is None  # a language the CLDR describes
    True
    >>> kin_month("3 Things 2019", "sco") is None  # no month's name, nor one a letter off
    True
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache

from parsers.shipped_tables import read_table, table_path

__all__ = ["build", "kin_month"]

_FILE = table_path(__file__)

_ENGLISH = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december")
# A word in a date's month place: a day, maybe a short joining word ("di", "of"), the word and a
# year; or the word, a day and a year. Five letters at the least: a shorter word is a letter off
# too many others.
_SHAPE_RE = re.compile(
    r"(?<!\d)\d{1,2}(?:st|nd|rd|th|\.)?\s+(?:[^\W\d_]{1,3}['’]?\s+)?(?P<a>[^\W\d_]{5,12})\.?,?\s+\d{4}(?!\d)"
    r"|(?<![^\W\d_])(?P<b>[^\W\d_]{5,12})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}(?!\d)"
)
# The CLDR's placeholder months ("M01") of a language it gives no names of its own.
_PLACEHOLDER_RE = re.compile(r"^M\d\d$")
# A month's name that the CLDR writes with its joining word ("di marzu", "de febrero").
_JOINED_RE = re.compile(r"^[^\W\d_]{1,3}['’]?\s+")


@lru_cache(maxsize=64)
def _described(lang: str) -> bool:
    """Whether the CLDR gives ``lang`` month names of its own."""
    from babel import Locale

    try:
        months = Locale.parse(lang.replace("-", "_")).months["format"]["wide"]
    except Exception:  # an unknown or malformed tag: a language the CLDR lacks
        return False
    return bool(months) and not any(_PLACEHOLDER_RE.match(name) for name in months.values())


def build() -> dict[str, list[int]]:
    """Every language's month names the CLDR gives (wide and abbreviated, in dates and alone),
    folded and without their dot or joining word, with the months each names, from Babel's data
    (as ``kin_months.json`` ships them)."""
    from babel import Locale, localedata

    found: dict[str, set[int]] = {}
    for ident in localedata.locale_identifiers():
        if "_" in ident:
            continue  # a region's variant repeats its language's names
        try:
            months = Locale.parse(ident).months
        except Exception:  # a locale Babel lists but cannot load: its names are missing
            continue
        for context in months.values():
            for width in ("wide", "abbreviated"):
                for number, name in context.get(width, {}).items():
                    word = _JOINED_RE.sub("", name.casefold()).rstrip(".")
                    if len(word) >= 4 and not _PLACEHOLDER_RE.match(name):
                        found.setdefault(word, set()).add(number)
    return {word: sorted(numbers) for word, numbers in sorted(found.items())}


@lru_cache(maxsize=1)
def _names() -> dict[str, frozenset[int]]:
    """The shipped month names (:func:`build`), each with the months it names."""
    loaded: dict[str, list[int]] = read_table(_FILE, {})
    return {word: frozenset(numbers) for word, numbers in loaded.items()}


def _one_off(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter added, dropped or changed."""
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    if len(a) > len(b):
        a, b = b, a
    return len(b) == len(a) + 1 and any(b[:i] + b[i + 1:] == a for i in range(len(b)))


@lru_cache(maxsize=256)
def _month_of(word: str) -> int | None:
    """The month ``word`` names in a kin language: the CLDR's names it is (else those a letter
    off), when more than half of them name one month."""
    names = _names()
    said = names.get(word)
    near = [said] if said else [months for name, months in names.items()
                                if abs(len(name) - len(word)) <= 1 and _one_off(word, name)]
    votes = Counter(number for months in near for number in months)
    if not votes:
        return None
    number, count = votes.most_common(1)[0]
    return number if count * 2 > sum(votes.values()) else None


def kin_month(text: str, lang: str | None) -> str | None:
    """``text`` with the month word of its date put in English, when ``lang`` (the page's) is a
    language the CLDR gives no month names of and the word is a kin language's month; else None."""
    if not lang or _described(lang):
        return None  # the cheap gate first: most pages are in a language the CLDR describes
    match = _SHAPE_RE.search(text)
    if match is None:
        return None
    group = "a" if match["a"] else "b"
    number = _month_of(match[group].casefold())
    if number is None:
        return None
    return text[: match.start(group)] + _ENGLISH[number - 1] + text[match.end(group):]


if __name__ == "__main__":  # pragma: no cover - regenerates the shipped file
    # One name a line: a new CLDR's changes read as a short diff.
    _rows = (f"{json.dumps(w, ensure_ascii=False)}: {json.dumps(n)}" for w, n in build().items())
    _FILE.write_text("{\n" + ",\n".join(_rows) + "\n}\n", encoding="utf-8")
