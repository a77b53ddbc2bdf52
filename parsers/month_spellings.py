"""A month's name spelt a letter off the way the CLDR writes it in the page's own language: a
language of unsettled spelling (a regional language, a dialect) writes "14 zugno 2012" where the
CLDR's Venetian has "jugno", "27 genaro" for "jenaro", Sicilian "14 maiu" for "maju". A word in a
date's month place (between a day and a year, or before a day and a year) that is one letter
off (changed; or added or dropped, in a word of five letters or more) the names of one month
alone of the language is that month.

    >>> from parsers.month_spellings import respelled
    >>> months = {"jenaro": "january", "jugno": "june", "lujo": "july", "majo": "may"}
    >>> respelled("iscrito: 14 zugno 2012", months)
    'iscrito: 14 june 2012'
    >>> respelled("27 genaro 2021", months), respelled("3 lajo 2020", months)  # lujo or majo?
    ('27 january 2021', None)
"""

from __future__ import annotations

import re

__all__ = ["respelled"]

# A word in a date's month place: a day and the word and a year, or the word, a day and a year.
# An apostrophe may stand in a name ("c'hwevrer", Breton February, the CLDR's "cʼhwevrer").
_WORD = r"[^\W\d_](?:[^\W\d_]|['’ʼ](?=[^\W\d_])){3,13}"
_SHAPE_RE = re.compile(
    rf"(?<!\d)\d{{1,2}}\.?\s+(?P<a>{_WORD})\.?,?\s+\d{{4}}(?!\d)"
    rf"|(?<![^\W\d_])(?P<b>{_WORD})\.?\s+\d{{1,2}},?\s+\d{{4}}(?!\d)"
)


def _one_off(word: str, name: str) -> bool:
    """Whether ``word`` is ``name`` with one letter changed, or, both five letters or more,
    one letter added or dropped."""
    if len(word) == len(name):
        return sum(x != y for x, y in zip(word, name, strict=True)) == 1
    short, long = sorted((word, name), key=len)
    if len(long) != len(short) + 1 or len(short) < 5:
        return False
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def respelled(text: str, months: dict[str, str]) -> str | None:
    """``text`` (lower case) with the word in its date's month place put as the English month
    (``months``: the language's month names -> English months) it is a letter off, when it is
    off one month's names only; else None."""
    match = _SHAPE_RE.search(text)
    if match is None:
        return None
    group = "a" if match["a"] else "b"
    word = match[group]
    if word in months:
        return None  # a month read already
    found = {english for name, english in months.items() if len(name) >= 4 and _one_off(word, name)}
    if len(found) != 1:
        return None
    return text[: match.start(group)] + found.pop() + text[match.end(group):]
