"""A sale's price told by its label: a shop lists its regular price under a label, then the price
it asks under a longer label that repeats the first one's words ("Price" / "Sale price", "Bei" /
"Bei ya Ofa", "Cena" / "Cena promocyjna"), in any language, the words themselves not read.

    >>> from parsers.sale_price import sale_after
    >>> sale_after(["Bei", "TSh 54,000", "Bei ya Ofa", "TSh 45,000"], 1, (54000.0, "TZS"))
    (45000.0, 'TZS')
    >>> sale_after(["Price", "$54", "Price with postage", "$59"], 1, (54.0, "USD")) is None
    True
"""

from __future__ import annotations

import re

from parsers.prices import find_prices

__all__ = ["sale_after", "sale_in_text"]

_WORD_RE = re.compile(r"[^\W\d_]+")
# A price per quantity ("Price per gram", "Cena za kg") is no sale, however low.
_PER_RE = re.compile(r"/|\b(?:per|pro|je|za|за|por|par|kwa|bawat|setiap)\b", re.IGNORECASE)


def _label_words(line: str) -> list[str] | None:
    """The words of a short label line ("Sale price:", "Bei ya Ofa"), None for anything else."""
    line = line.strip().rstrip(":：").strip()
    if not line or len(line) > 30 or any(ch.isdigit() for ch in line):
        return None
    words = _WORD_RE.findall(line.casefold())
    return words if words and len(" ".join(words)) >= len(line) - 3 else None


def sale_after(
    lines: list[str], i: int, price: tuple[float, str], *, refuse: re.Pattern[str] | None = None
) -> tuple[float, str] | None:
    """The price a shop asks when ``price`` (alone on line ``i``, under a label) is its regular
    one: the next label repeats this one's words and adds some ("Price" / "Sale price", "Bei" /
    "Bei ya Ofa", "Cena" / "Cena promocyjna") over a lower price in the same currency. A label
    that adds words over a higher price (a total with postage) changes nothing, nor one that
    ``refuse`` matches (a price before tax: "Price" / "Price excl. VAT")."""
    if i < 1 or i + 2 >= len(lines) or len(lines[i].strip()) > 24 or not find_prices(lines[i], limit=1):
        return None
    first, second = _label_words(lines[i - 1]), _label_words(lines[i + 1])
    if not first or not second or len(second) <= len(first):
        return None
    if not set(first) <= set(second) or _PER_RE.search(lines[i + 1]):
        return None
    if refuse is not None and refuse.search(lines[i + 1]):
        return None
    found = find_prices(lines[i + 2], limit=2)
    if len(found) != 1 or len(lines[i + 2]) - (found[0].end - found[0].start) > 3:
        return None
    offer = found[0]
    # A discount, not a price of a part: a quarter of the regular price at the least.
    if offer.currency != price[1] or not 0.25 * price[0] <= offer.amount < price[0]:
        return None
    return offer.amount, offer.currency


def sale_in_text(
    text: str, start: int, price: tuple[float, str], *, refuse: re.Pattern[str] | None = None
) -> tuple[float, str] | None:
    """:func:`sale_after` for a price whose line starts at ``start`` of ``text`` (lines joined)."""
    lines = text[: start + 200].split("\n")
    i = text.count("\n", 0, start)
    return sale_after(lines, i, price, refuse=refuse) if i + 2 < len(lines) else None
