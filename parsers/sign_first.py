"""Shares written with the percent sign first, as the languages whose CLDR percent pattern puts
it there write them (Basque "% 97,6", Turkish and Kurdish "%97,6"), turned round ("97,6 %") for
the readers of shares, which look for the sign after the number.

    >>> from parsers.cldr_dates import page_language
    >>> with page_language("eu"):
    ...     sign_last(["764 iritzi guztira", "% 97,6 positiboak"])
    ['764 iritzi guztira', '97,6 % positiboak']
    >>> with page_language("de"):
    ...     sign_last(["% 97,6 positiv"])
    ['% 97,6 positiv']

Only the page's language decides: a sign before a number on an English page ("save % 20" in a
shop's banner) stays as it is.
"""

from __future__ import annotations

import functools
import re

from parsers.cldr_dates import current_language

__all__ = ["sign_first_language", "sign_last"]

# The sign before a share, not after another number ("5 % 20" is a share and a number).
_SIGN_FIRST_RE = re.compile(
    r"(?<![\d.,])(?<!\d\s)%[ \u00a0\u202f]?(\d{1,3}(?:[.,]\d{1,2})?)(?![\d.,]?\d|\s?%)")


@functools.lru_cache(maxsize=64)
def sign_first_language(lang: str) -> bool:
    """Whether ``lang``'s CLDR percent pattern writes the sign before the number."""
    try:
        from babel import Locale

        pattern = Locale.parse(lang.replace("-", "_")).percent_formats[None].pattern
    except Exception:  # an unknown or malformed language tag: the sign is not first
        return False
    return pattern.lstrip().startswith("%")


def sign_last(lines: list[str]) -> list[str]:
    """``lines`` with every share written sign first put sign last, on a page in a language that
    writes them so; the same list otherwise."""
    lang = current_language()
    if not lang or not any("%" in line for line in lines) or not sign_first_language(lang):
        return lines
    return [_SIGN_FIRST_RE.sub(r"\1 %", line) if "%" in line else line for line in lines]
