"""Figures written in a script's own digits read as ASCII ones, for the readers of counts and shares.

A seller's totals on an Arabic page read "٣٬١٥٦" and "٩٨٫٣٪": Arabic-Indic digits, the Arabic
thousands and decimal separators, the Arabic percent sign. The readers of counts and shares look
for "%" and ASCII marks; :func:`ascii_figures` rewrites every decimal digit of any script (Unicode's
own digit values), the CLDR's non-ASCII group and decimal marks between digits
(:func:`parsers.number_symbols.ascii_separators`) and the CLDR's percent signs of every numbering
system (and the compatibility forms of "%": "％", "﹪") to ASCII.

    >>> ascii_figures(["إجمالي التقييمات", "٣٬١٥٦", "٩٨٫٣٪"])
    ['إجمالي التقييمات', '3,156', '98.3%']
    >>> ascii_figures(["মোট রিভিউ: ১২৪"]), ascii_figures(["Reviews: 12"])
    (['মোট রিভিউ: 124'], ['Reviews: 12'])

Lines of ASCII text come back as the same list: a page in ASCII figures pays one test a line.
Dates are not for this: a Persian page's digits tell its calendar (parsers.solar_hijri).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from parsers.number_symbols import ascii_separators

__all__ = ["ascii_figures"]

# A decimal digit of any script but ASCII's (Python's \d is Unicode's Nd).
_NATIVE_DIGIT_RE = re.compile(r"(?![0-9])\d")


@functools.lru_cache(maxsize=1)
def _percent_signs() -> dict[int, str]:
    """Code point -> "%" for the CLDR's non-ASCII percent signs (their bidi marks left out) and
    the compatibility forms of "%" ("％", "﹪")."""
    from babel import Locale

    table = {ord(s): "%" for s in ("\uff05", "\ufe6a")}
    for symbols in Locale.parse("root").number_symbols.values():
        sign = "".join(ch for ch in symbols.get("percentSign") or "" if unicodedata.category(ch) != "Cf")
        if len(sign) == 1 and not sign.isascii():
            table[ord(sign)] = "%"
    return table


def _ascii_line(line: str) -> str:
    if line.isascii():
        return line
    text = ascii_separators(line)  # before the digits: it looks for marks between digits
    text = _NATIVE_DIGIT_RE.sub(lambda m: str(unicodedata.decimal(m.group(0))), text)
    return text.translate(_percent_signs())


def ascii_figures(lines: list[str]) -> list[str]:
    """``lines`` with the figures of any script, their CLDR separators and percent signs made
    ASCII; the same list when no line changes."""
    out = [_ascii_line(line) for line in lines]
    return out if out != lines else lines
