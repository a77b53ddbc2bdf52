"""Regexes of long alternations of words (month names, "ago" words), made fast without changing
what they match: words grouped under their first letters, and case-sensitive twins for lower-cased
text that holds none of the characters ``re.IGNORECASE`` pairs with letters beyond lower case.

    >>> import re
    >>> from parsers.word_regex import by_first_letter, cased, fold_extras
    >>> by_first_letter("may|march|june")
    'm(?:ay|arch)|j(?:une)'
    >>> months = re.compile("(?P<m>may|march) (?P<d>\\\\d+)", re.IGNORECASE)
    >>> cased(months, "may|march", by_first_letter("may|march")).pattern
    '(?P<m>m(?:ay|arch)) (?P<d>\\\\d+)'
    >>> bool(fold_extras(months).search("ſ"))  # long s: IGNORECASE pairs it with s
    False
"""

from __future__ import annotations

import importlib
import re

__all__ = ["by_first_letter", "cased", "fold_extras"]


def by_first_letter(alternation: str) -> str:
    """``alternation`` (escaped words) regrouped under their first letters, each group keeping
    its words' order: two words of different first letters never match at the same place, so
    the matches are the same, and the regex engine tries a dozen letters instead of every word."""
    groups: dict[str, list[str]] = {}
    if any(word[:1] in "\\(" for word in alternation.split("|")):
        return alternation  # an escaped or grouped first letter: left as it is
    for word in alternation.split("|"):
        groups.setdefault(word[:1], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


def fold_extras(*patterns: re.Pattern[str]) -> re.Pattern[str]:
    """The characters that ``re.IGNORECASE`` matches to a letter of ``patterns`` beyond lower case
    (long s for s, the old Cyrillic forms of в, д, о...): on lower-cased text without them, a
    case-sensitive search for a lower-case word finds what the case-insensitive one finds."""
    try:
        extra: dict[int, tuple[int, ...]] = importlib.import_module("re._casefix")._EXTRA_CASES
    except (ImportError, AttributeError):  # pragma: no cover - other Python versions
        return re.compile(r"[^\x00-\x7f]")  # unknown: every non-ASCII text takes the full path
    chars = {chr(x) for rx in patterns for ch in set(rx.pattern) for x in extra.get(ord(ch), ())}
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]" if chars else r"(?!)")


def cased(rx: re.Pattern[str], alternation: str = "", grouped: str = "") -> re.Pattern[str]:
    """``rx`` (lower-case words, re.IGNORECASE) as a case-sensitive regex, its ``alternation``
    replaced by the same words ``grouped`` (:func:`by_first_letter`): the same matches in
    lower-cased text without case-folding extras, and far faster for long alternations of words
    (the regex engine skips a word on its first letter only when case-sensitive)."""
    bare = re.sub(r"\\.|\(\?P[<=]", "", rx.pattern)
    if bare != bare.lower():
        raise ValueError(f"not a lower-case pattern: {rx.pattern[:60]!r}")
    pattern = rx.pattern.replace(alternation, grouped) if alternation else rx.pattern
    return re.compile(pattern, rx.flags & ~re.IGNORECASE)
