"""The relative-day words and time-unit words of every language the Unicode CLDR describes,
pooled: a word one language says for "yesterday" ("heri", "前日") or for hours ("uri", "ore"),
whatever the page's own language, for a reader that knows where a date stands but not the words
it is written in (a sister language's page, a dialect's spelling). A word the pooled languages
say for two things ("कल": yesterday and tomorrow; "h": hours, days and more) is left out.

The pool is built from Babel's CLDR data once (``python -m parsers.cldr_pool`` writes
``cldr_pool.json`` beside this module) and read from that file, so a page pays no second for
a thousand locales.

    >>> from parsers.cldr_pool import day_offset, time_unit
    >>> day_offset("Heri"), day_offset("前日"), day_offset("no such word")
    (-1, -2, None)
    >>> time_unit("uri"), time_unit("minuta"), time_unit("h")
    ('hour', 'minute', None)
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from parsers.shipped_tables import read_table, table_path, write_table

__all__ = ["build", "day_offset", "time_unit"]

_FILE = table_path(__file__)
UNITS = ("second", "minute", "hour", "day", "week", "month", "year")
# A word of a unit's pattern ("{0} minutas", "{0} ч."), its apostrophes and hyphens inside it.
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


def _items(value: Any) -> list[tuple[Any, Any]]:
    try:
        return list(value.items())
    except (AttributeError, TypeError, ValueError):
        return []


def build() -> dict[str, dict[str, Any]]:
    """The pool from Babel's CLDR data: {"days": word -> day offset (-2..2), "units": word ->
    unit}, each word said for one thing only in every locale that says it."""
    from babel.localedata import LocaleDataDict, load, locale_identifiers

    days: dict[str, set[int]] = {}
    units: dict[str, set[str]] = {}
    for ident in sorted(locale_identifiers()):
        try:
            raw: Any = load(ident)
            data = LocaleDataDict(raw)
        except Exception:  # a locale Babel lists but cannot load: its words are missing
            continue
        fields = data.get("date_fields", {})
        for key in ("day", "day-short", "day-narrow"):
            for offset, word in _items(fields.get(key, {}).get("relative", {})):
                if isinstance(offset, int) and isinstance(word, str) and len(word) >= 2:
                    days.setdefault(word.casefold(), set()).add(offset)
        patterns = data.get("unit_patterns", {})
        for unit in UNITS:
            for _, forms in _items(patterns.get(f"duration-{unit}", {})):
                for form, pattern in _items(forms):
                    if form in ("per", "dnam") or not isinstance(pattern, str) or "{0}" not in pattern:
                        continue
                    for word in _WORD_RE.findall(pattern.replace("{0}", " ").casefold()):
                        if len(word) >= 2:
                            units.setdefault(word, set()).add(unit)
    return {
        "days": {w: next(iter(o)) for w, o in sorted(days.items()) if len(o) == 1},
        "units": {w: next(iter(u)) for w, u in sorted(units.items()) if len(u) == 1},
    }


@lru_cache(maxsize=1)
def _pool() -> dict[str, dict[str, Any]]:
    loaded: dict[str, dict[str, Any]] = read_table(_FILE, {"days": {}, "units": {}})
    return loaded


def day_offset(word: str) -> int | None:
    """The day a relative-day word says (-1: yesterday, -2: the day before, 0: today), in any
    language the CLDR describes, or None."""
    value = _pool()["days"].get(word.strip().casefold())
    return int(value) if value is not None else None


def time_unit(word: str) -> str | None:
    """The unit ("second" ... "year") a word of a duration says in any CLDR language, or None."""
    value = _pool()["units"].get(word.strip().casefold())
    return str(value) if value is not None else None


if __name__ == "__main__":  # pragma: no cover - regenerates the shipped file
    write_table(_FILE, build())
