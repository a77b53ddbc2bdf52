"""Which of day and month an all-numeric date writes first, as the page itself shows it.

"06/02/2022" is the 6th of February to most of the world and June 2nd in the United States. A
page tells which it means in two ways, read only when such an ambiguous date is met:

* its own dates: a date whose second number is over 12 ("11/13/2026 07:15 PM") proves the month
  comes first, one whose first number is over 12 ("25/12/2025") that the day does; a page that
  shows only proofs of the month first writes every numeric date month first;
* its declared language with a region (``<html lang="en-US">``): the region's short date pattern
  in the Unicode CLDR (through Babel) orders the month before the day ("M/d/yy") or not. A bare
  language ("en") names no country's custom, and a page whose own dates prove the day comes
  first is read so whatever its tag.

Dotted dates ("02.06.2022") are day first everywhere and are not asked about.

    >>> from parsers.date_order import month_first, page_date_order
    >>> with page_date_order("Joined: 06/02/2022 ... posted 11/13/2026 07:15 PM", None):
    ...     month_first()
    True
    >>> with page_date_order("Joined: 06/02/2022 ... posted 25/12/2025", "en-US"):
    ...     month_first()
    False
    >>> with page_date_order("Joined: 06/02/2022", "en-US"):
    ...     month_first()
    True
    >>> month_first()  # outside any page
    False
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

__all__ = ["month_first", "page_date_order"]

# Two numbers and a year, by slashes or dashes (one kind in a date): "06/02/2022", "11-13-26".
# The pattern opens on a digit and tests what stands before it only after it ("no [\d./-] before
# the first digit" as a lookbehind over that digit): a pattern opening on a lookbehind is tried at
# every character of the page, one opening on a digit only where the search finds a digit, at C
# speed (2.5 times faster over the real pages; the same matches).
_NUMERIC_RE = re.compile(r"(\d(?<![\d./-]\d)\d?)([/-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/-])")
# Characters of text looked through for proofs at the most (a page's dates show near its top).
_SCAN_CHARS = 200_000


class _Page:
    __slots__ = ("found", "tag", "text")

    def __init__(self, text: str, tag: str | None) -> None:
        self.text = text
        self.tag = tag
        self.found: bool | None = None


_PAGE: ContextVar[_Page | None] = ContextVar("page_date_order", default=None)


@contextmanager
def page_date_order(text: str | None, tag: str | None) -> Iterator[None]:
    """Within the block, :func:`month_first` answers for the page of ``text`` whose root element
    declares language ``tag`` (its ``lang`` attribute, or None)."""
    token = _PAGE.set(_Page(text or "", tag))
    try:
        yield
    finally:
        _PAGE.reset(token)


def month_first() -> bool:
    """Whether the page set by :func:`page_date_order` writes ambiguous numeric dates month
    first (False outside any page). Worked out once per page, when first asked."""
    page = _PAGE.get()
    if page is None:
        return False
    if page.found is None:
        page.found = _month_first(page.text, page.tag)
    return page.found


def _month_first(text: str, tag: str | None) -> bool:
    month_proofs = 0
    for match in _NUMERIC_RE.finditer(text, 0, _SCAN_CHARS):
        first, second = int(match[1]), int(match[3])
        if first > 12 and 1 <= second <= 12:
            return False  # the day first: "25/12/2025"
        if second > 12 and 1 <= first <= 12 and second <= 31:
            month_proofs += 1
    return month_proofs > 0 or (tag is not None and _region_month_first(tag.strip()))


@lru_cache(maxsize=64)
def _region_month_first(tag: str) -> bool:
    """Whether the CLDR short date pattern of a language tag with a region ("en-US") orders the
    month before the day, the year last ("M/d/yy"); False for a bare language or an unknown tag."""
    parts = re.split(r"[-_]", tag)
    if len(parts) < 2 or not re.fullmatch(r"[A-Za-z]{2}|\d{3}", parts[-1]):
        return False
    try:
        from babel import Locale

        pattern = Locale.parse(f"{parts[0].lower()}_{parts[-1].upper()}").date_formats["short"].pattern
    except Exception:  # an unknown language or region: no custom known
        return False
    # The order its fields first appear in: "M/d/yy" is "Mdy"; "dd/MM/y", "y-MM-dd" are not.
    return "".join(dict.fromkeys(c for c in pattern if c in "yMd")) == "Mdy"
