"""The price an item's buy box shows: the element holding the buy form (a post to a cart, a
quantity) and a price standing alone in an element of its own ("<span>64,00</span> <span>€</span>",
its "≈ 0,4120 XMR" conversion beside it). The description's running prose may name other prices
("in the shop we sell it at 89,00 €; the large one costs 124,00 €"); the buy box's is the item's.

    >>> from parsers.dom import load
    >>> doc = load(b"<h1>Lamp</h1><p>Sold at 89,00 EUR in our shop, the large one 124 EUR.</p>"
    ...            b"<div><div><b>64,00</b> <i>\\xe2\\x82\\xac</i></div><div>\\xe2\\x89\\x88 0,41 XMR</div>"
    ...            b"<form action='/cart/add' method='post'><button>Add</button></form></div>")
    >>> form_price(doc)
    (64.0, 'EUR')
"""

from __future__ import annotations

from typing import Any

from parsers.dom import Doc, clean, element_kind
from parsers.market_buy import buy_form
from parsers.prices import find_prices

__all__ = ["form_price"]

# Levels above the buy form that its box may stand; elements of a box's price line.
_LEVELS = 3
# Levels above the form that a card of a grid of items, each with its form, may stand.
_CARD_LEVELS = 6
_MAX_PRICE_TEXT = 24


def _alone(el: Any) -> tuple[float, str] | None:
    """The price an element's whole text is ("64,00 €", "€ 64"), or None."""
    text = clean(el.text_content())
    if not text or len(text) > _MAX_PRICE_TEXT or text.startswith(("≈", "~", "(")):
        return None
    found = find_prices(text, limit=2)
    if len(found) != 1 or found[0].amount <= 0:
        return None
    rest = (text[: found[0].start] + text[found[0].end:]).strip(" :")
    return (found[0].amount, found[0].currency) if not rest else None


def _repeated(el: Any) -> bool:
    """Whether a sibling of ``el`` of its kind (tag and first class) holds a form too: one card of
    a grid of items each with its own cart form."""
    parent = el.getparent()
    if parent is None:
        return False
    kind = element_kind(el)
    return any(sib is not el and isinstance(sib.tag, str) and element_kind(sib) == kind
               and next(sib.iter("form"), None) is not None for sib in parent)


def form_price(doc: Doc) -> tuple[float, str] | None:
    """The one price standing alone in an element of the buy form's box (the form's nearest
    ancestor, up to a few levels, that holds a price outside the form), or None when the page has
    no buy form, its box shows no price or several, or the form is one of a grid of cards."""
    form = buy_form(doc)
    if form is None:
        return None
    above = [a for a in list(form.iterancestors())[:_CARD_LEVELS] if a.tag not in ("body", "html")]
    if any(_repeated(a) for a in above):
        return None  # a card's form among related items' cards: not the item's own box
    for box in above[:_LEVELS]:
        inside = set(form.iter())
        prices = set()
        for el in box.iter():
            if el in inside or not isinstance(el.tag, str) or el.tag in ("option", "script", "style"):
                continue
            found = _alone(el)
            if found is not None:
                prices.add(found)
        if prices:
            return prices.pop() if len(prices) == 1 else None
    return None
