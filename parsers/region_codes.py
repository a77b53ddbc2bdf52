"""Groupings of countries written by their Unicode CLDR code, as a destination names a union of
countries ("Norden, EU": the European Union by its code, beside a region no vocabulary names):

    >>> grouping_code("EU"), grouping_code("EZ"), grouping_code("NO"), grouping_code("eu")
    (True, True, False, False)

The CLDR names territories that are no country: the European Union (EU), the euro area (EZ),
the United Nations (UN), Outlying Oceania (QO). They are the territories the CLDR gives no
languages of their own (every country and island has some), less the codes ISO 3166 leaves to
private use (XA-XZ, ZZ: pseudo-locales, the unknown region). A page writes such a grouping by its
code in capitals, as the CLDR does; a country's two letters ("NO", "SE") are no such sign, being
the initials of too many things.
"""

from __future__ import annotations

import functools

__all__ = ["grouping_code", "grouping_codes"]


@functools.lru_cache(maxsize=1)
def grouping_codes() -> frozenset[str]:
    """The CLDR's alphabetic codes of territories that group countries ("EU", "EZ", "UN")."""
    from babel import Locale
    from babel.core import get_global

    spoken = get_global("territory_languages")
    return frozenset(
        code
        for code in map(str, Locale.parse("en").territories)
        if code.isalpha() and code.isupper() and code not in spoken and code[0] != "X" and code != "ZZ"
    )


def grouping_code(text: str) -> bool:
    """Whether ``text`` is a grouping of countries written by its CLDR code, in capitals."""
    text = text.strip()
    return len(text) == 2 and text in grouping_codes()
