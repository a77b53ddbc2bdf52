"""Prices a template builds from pieces: the currency sign, the whole units and the cents each in an
element of its own ("<span>$</span><span>24</span><span>50</span>", "18<sup>50</sup> €"), which
the page's text reads as "$ 24 50" or as three lines, and a text reader as $24.

    >>> from parsers.dom import load
    >>> doc = load(b"<div><span>$</span><span>24</span><sup>50</sup></div>")
    >>> piece_price(doc.root.find(".//div"))
    (24.5, 'USD')
    >>> first_piece_price(load(b"<p><b>12</b><small>90</small> <i>EUR</i></p>").root)
    (12.9, 'EUR')
    >>> piece_price(load(b"<p><span>Qty</span><span>3</span><span>12</span></p>").root.find(".//p"))

A block of the pieces is read only when its pieces are all it holds: a currency (before or
after), an integer, then exactly two digits set apart (the cents, in their own element, often
raised); nothing else, so a count beside a number or a date's parts are never a price.
"""

from __future__ import annotations

import re
from typing import Any

from parsers.prices import CURRENCY_TOKENS, parse_price

__all__ = ["first_piece_price", "mend_integral", "piece_price"]

_INT_RE = re.compile(r"\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d{1,7}")
_CENTS_RE = re.compile(r"[.,]?\d{2}")
_MAX_PIECES = 5


def _currency(token: str) -> str | None:
    if token.lower() not in CURRENCY_TOKENS:
        return None
    found = parse_price(f"{token} 1")
    return found[1] if found else None


def piece_price(el: Any) -> tuple[float, str] | None:
    """The price ``el``'s child elements spell piece by piece, or None."""
    if not isinstance(el.tag, str) or len(el) < 2 or len(el) > _MAX_PIECES:
        return None
    texts = [el.text.strip()] if el.text and el.text.strip() else []
    for child in el:
        if not isinstance(child.tag, str) or len(child):
            return None  # a comment, or a piece that is a block of its own
        if child.text and child.text.strip():
            texts.append(child.text.strip())
        if child.tail and child.tail.strip():
            texts.append(child.tail.strip())
    if not 3 <= len(texts) <= 4:
        return None
    currency = _currency(texts[0])
    rest = texts[1:]
    if currency is None:
        currency = _currency(texts[-1])
        rest = texts[:-1]
    if currency is None or len(rest) != 2:
        return None
    whole, cents = rest
    if not _INT_RE.fullmatch(whole) or not _CENTS_RE.fullmatch(cents):
        return None
    units = float(re.sub(r"\D", "", whole))
    return units + int(cents[-2:]) / 100, currency


def _piece_prices(scope: Any, limit: int) -> Any:
    for i, el in enumerate(scope.iter()):
        if i >= limit:
            break
        if len(el) >= 2:
            found = piece_price(el)
            if found:
                yield found


def first_piece_price(scope: Any, *, limit: int = 4000) -> tuple[float, str] | None:
    """The first price spelt in pieces inside ``scope`` (document order; at most ``limit``
    elements looked at)."""
    return next(_piece_prices(scope, limit), None)


def mend_integral(
    price: tuple[float, str] | None, scope: Any, *, limit: int = 4000
) -> tuple[float, str] | None:
    """``price`` read from text, or the first price spelt in pieces in ``scope`` whose whole units
    and currency it is (a text reader stops at the units, "$ 24 50" read as $24, or runs the
    pieces together, "8<i>40</i>€" read as 840 €). Only an
    integral price is looked at again, so the common case costs nothing."""
    if price is None or not float(price[0]).is_integer():
        return price
    for found in _piece_prices(scope, limit):
        # Read as the units alone, or as units and cents run together ("<i>8</i><i>40</i>€": 840).
        if found[1] == price[1] and price[0] in (int(found[0]), round(found[0] * 100)):
            return found
    return price
