"""Where a market card shows its price when no one line holds it whole: an amount alone in an
element with its currency in the text right after it (:func:`amount_then_mark`), a currency set
apart in an element of its own beside the amount (:func:`split_price`), and the first element
that shows a price by itself where the card's lines run a name and a price together
(:func:`element_price`).

    >>> from parsers.dom import load
    >>> from parsers.card_prices import amount_then_mark, element_price
    >>> card = load(b"<html><body><div><span>Widget</span><span>12.50 USD</span></div></body></html>")
    >>> element_price(card.root.find(".//div"))
    (12.5, 'USD')
    >>> span = load(b"<html><body><p><span>9.50</span> EUR</p></body></html>").root.find(".//span")
    >>> amount_then_mark(span, span.tail)
    True
"""

from __future__ import annotations

import re
from typing import Any

from parsers.dom import clean
from parsers.market_prices import (
    first_offer,
    marker_search,
    positive_price,
)
from parsers.piece_prices import piece_price

__all__ = ["amount_then_mark", "element_price", "split_price"]


def element_price(card: Any) -> tuple[float, str] | None:
    """The first price one element of the card shows by itself, where the card's lines run a
    name and a price together ("Widget A1.00 USD" of two spans side by side)."""
    marker = marker_search()
    for el in card.iter():
        if isinstance(el.tag, str) and el.text and marker(el.text):
            found = first_offer(clean(el.text_content()))
            if found:
                return found
    return None


def amount_then_mark(node: Any, tail: str) -> bool:
    """An amount alone in an element and its currency in the text right after it
    ("<span class=value>9.50</span>&nbsp;€", "<b>120</b> kr"), however the template indents them
    ("<span>\n  64,90\n</span>\n  Br\n  *"): the two make the price."""
    text = node.text or ""
    if len(node) or _BARE_AMOUNT_RE.match(text) is None:
        return False
    if len(tail) > 12 or len(text) > 30:
        amount, tail = text.strip(), " ".join(tail.split())
        return len(amount) <= 30 and len(tail) <= 12 and positive_price(f"{amount} {tail}")
    return positive_price(text + tail)


_BARE_AMOUNT_RE = re.compile(r"^\s*\d[\d.,'\u00a0\u202f ]*\s*$")


def split_price(node: Any, text: str) -> bool:
    """A currency set apart in its own element next to the amount: "58.05 <b>USD</b>",
    "<b>$</b> 5.00" (neither text holds a whole price by itself)."""
    parent = node.getparent()
    if parent is None:
        return False
    prev = node.getprevious()
    before = (prev.tail if prev is not None else parent.text) or ""
    if positive_price(before[-30:] + text) or positive_price(text + (node.tail or "")[:30]):
        return True
    # The amount in an element of its own beside the currency's ("<span>11,90</span>&nbsp;
    # <span>€</span>"): the two siblings' text, when that is all their parent holds.
    # Or a price spelt in pieces ("<span>$</span><span>24</span><span>50</span>").
    whole = parent.text_content()
    if len(whole) <= 40 and positive_price(clean(whole)):
        return True
    return len(whole) <= 400 and piece_price(parent) is not None
