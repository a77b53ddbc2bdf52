"""The word a language joins the last two items of a list with ("Malaysia dan Singapura", "Norge og
Sverige"), from the Unicode CLDR's list patterns (Babel): a list of places written as a sentence
splits at it as at a comma.

    >>> conjoined("Malaysia dan Singapura", "ms")
    ['Malaysia', 'Singapura']
    >>> conjoined("Lietuva, Latvija ir Estija", "lt")
    ['Lietuva', 'Latvija', 'Estija']
    >>> conjoined("Trinidad and Tobago", "ms") is None
    True
"""

from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale, UnknownLocaleError

__all__ = ["conjoined"]

_SPLIT_RE = re.compile(r"\s*[,;、،]\s*")


@lru_cache(maxsize=64)
def _and_re(lang: str) -> re.Pattern[str] | None:
    """The pattern of ``lang``'s words between a list's last two items, or None (none known, or
    a mark only: commas split already)."""
    try:
        patterns = Locale.parse(lang).list_patterns.get("standard") or {}
    except (UnknownLocaleError, ValueError, TypeError):
        return None
    words = set()
    for key in ("2", "end"):
        pattern = patterns.get(key) or ""
        if "{0}" in pattern and "{1}" in pattern:
            joint = pattern.split("{0}", 1)[1].split("{1}", 1)[0].strip(" ,、،")
            if joint and any(ch.isalpha() for ch in joint):
                words.add(re.escape(joint))
    if not words:
        return None
    alternatives = "|".join(sorted(words, key=len, reverse=True))
    return re.compile(rf",?\s+(?:{alternatives})\s+", re.IGNORECASE)


def conjoined(text: str, lang: str | None) -> list[str] | None:
    """The items of a list ``text`` whose last two ``lang`` joins with its word for "and", or
    None when no such word stands between two items."""
    if not lang:
        return None
    joint = _and_re(lang.replace("-", "_").split("_")[0])
    if joint is None:
        return None
    parts = [q.strip() for p in _SPLIT_RE.split(text) for q in joint.split(p)]
    if len(parts) < 2 or any(not p for p in parts):
        return None
    return parts
