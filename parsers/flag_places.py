"""A place written with pictographs: a flag beside a country's name ("🇩🇪 Germany", "Polska 🇵🇱"),
a globe or a plane before a region ("🌍 Worldwide", "✈ EU"). No place's name holds a pictograph:
the name is the words without them; a flag alone names its country, as the Unicode CLDR (Babel)
spells the region its two letters code in the page's language.

    >>> plain_place("🇩🇪 Germany", "en"), plain_place("🌍 Worldwide", "en"), plain_place("🇵🇱", "pl")
    ('Germany', 'Worldwide', 'Polska')

Text without a symbol is returned as it is, at the cost of one scan of its characters.
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["plain_place"]

# A flag: two regional indicator letters ("🇩🇪" is D, E).
_FLAG_RE = re.compile("[\U0001f1e6-\U0001f1ff]{2}")
_INDICATOR_A = 0x1F1E6
# Joiners and variation selectors that emoji sequences hold between their symbols.
_JOINERS = frozenset("\u200d\ufe0e\ufe0f\u20e3")


def _symbol(ch: str) -> bool:
    return ch in _JOINERS or unicodedata.category(ch) in ("So", "Sk", "Cs", "Cf", "Co")


@functools.lru_cache(maxsize=512)
def _region_name(code: str, lang: str | None) -> str | None:
    from babel import Locale, UnknownLocaleError

    for tag in ((lang or "en").replace("-", "_"), "en"):
        try:
            name = Locale.parse(tag).territories.get(code)
        except (UnknownLocaleError, ValueError, TypeError):
            continue
        if name:
            return str(name)
    return None


def plain_place(text: str, lang: str | None) -> str:
    """``text`` without its pictographs; the country of its flags when they are all it shows."""
    if text.isascii() or not any(ord(ch) > 0x2000 and _symbol(ch) for ch in text):
        return text
    words = "".join(" " if _symbol(ch) else ch for ch in text)
    words = " ".join(words.split()).strip(" -–—:")
    if words:
        return words
    names = [
        _region_name("".join(chr(ord(ch) - _INDICATOR_A + ord("A")) for ch in flag.group(0)), lang)
        for flag in _FLAG_RE.finditer(text)
    ]
    found = [name for name in names if name]
    return ", ".join(found) if found else ""
