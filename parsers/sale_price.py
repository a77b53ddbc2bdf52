"""A sale's price told by its label: a shop lists its regular price under a label, then the price
it asks under a longer label that repeats the first one's words ("Price" / "Sale price", "Bei" /
"Bei ya Ofa", "Cena" / "Cena promocyjna"), in any language, the words themselves not read.

    >>> from parsers.sale_price import sale_after
    >>> sale_after(["Bei", "TSh 54,000", "Bei ya Ofa", "TSh 45,000"], 1, (54000.0, "TZS"))
    (45000.0, 'TZS')
    >>> sale_after(["Price", "$54", "Price with postage", "$59"], 1, (54.0, "USD")) is None
    True

Two kinds of one price whose labels share a word, each with a word of its own, are a reference
price (recommended, regular) then the one asked, when the second is lower ("Rekomendita prezo:"
over "32,00 €", then "Nia prezo: 24,90 € po unuo": recommended, then our price, per unit):

    >>> sale_after(["Rekomendita prezo:", "32,00 €", "Nia prezo: 24,90 € po unuo"], 1, (32.0, "EUR"))
    (24.9, 'EUR')
"""

from __future__ import annotations

import re

from parsers.prices import find_prices

__all__ = ["sale_after", "sale_in_text"]

_WORD_RE = re.compile(r"[^\W\d_]+")
# A price per quantity ("Price per gram", "Cena za kg") is no sale, however low.
_PER_RE = re.compile(r"/|\b(?:per|pro|je|za|за|por|par|kwa|bawat|setiap)\b", re.IGNORECASE)
# "label: price" on one line, the label of a few words and no figure.
_INLINE_RE = re.compile(r"^(?P<l>[^\W\d_][^:：\d]{0,29})[:：]\s*(?P<v>\S.{0,60})$")
# Units of weight and volume a price may be counted by ("12 € pro kg").
_MEASURES = frozenset({"g", "gr", "gram", "grams", "kg", "mg", "l", "ml", "cl", "oz", "lb", "lbs", "ct"})


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
    if i < 1 or i + 1 >= len(lines) or len(lines[i].strip()) > 24 or not find_prices(lines[i], limit=1):
        return None
    # The asked price on its label's line ("Nia prezo: 24,90 € po unuo") or on the line after it.
    inline = _INLINE_RE.match(lines[i + 1])
    if inline:
        label, value = inline["l"], inline["v"]
    else:
        label, value = lines[i + 1], lines[i + 2] if i + 2 < len(lines) else ""
    first, second = _label_words(lines[i - 1]), _label_words(label)
    if not first or not second or _PER_RE.search(label):
        return None
    grown = len(second) > len(first) and set(first) <= set(second)
    if not grown and not _swapped(first, second):
        return None
    if refuse is not None and refuse.search(lines[i + 1]):
        return None
    found = find_prices(value, limit=2)
    if len(found) != 1:
        return None
    tail = value[found[0].end :]
    if len(value) - (found[0].end - found[0].start) > 3 and not (inline and _plain_tail(tail)):
        return None
    offer = found[0]
    # A discount, not a price of a part: a quarter of the regular price at the least.
    if offer.currency != price[1] or not 0.25 * price[0] <= offer.amount < price[0]:
        return None
    return offer.amount, offer.currency


def _swapped(first: list[str], second: list[str]) -> bool:
    """Two kinds of one price: the labels share a word and each qualifies it with its own
    ("Rekomendita prezo" / "Nia prezo", "Prix conseillé" / "Notre prix")."""
    shared = {w for w in set(first) & set(second) if len(w) >= 3}
    return bool(shared) and bool(set(first) - shared) and bool(set(second) - shared)


def _plain_tail(tail: str) -> bool:
    """Whether the words after an asked price say no measure it is counted by ("po unuo", "each"
    pass; "/ kg", "pro 100 g" do not): a few words of letters, none a unit of weight or volume."""
    words = tail.split()
    return len(words) <= 3 and all(w.isalpha() and w.casefold() not in _MEASURES for w in words)


def sale_in_text(
    text: str, start: int, price: tuple[float, str], *, refuse: re.Pattern[str] | None = None
) -> tuple[float, str] | None:
    """:func:`sale_after` for a price whose line starts at ``start`` of ``text`` (lines joined)."""
    lines = text[: start + 200].split("\n")
    i = text.count("\n", 0, start)
    return sale_after(lines, i, price, refuse=refuse) if i + 2 < len(lines) else None
