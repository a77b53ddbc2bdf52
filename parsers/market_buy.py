"""Whether a market page sells the item it shows: a buy or order control, by its words in several
languages ("Add to cart", "In de winkelwagen", "Купить") or by its form alone (a form that posts
to a cart or checkout, or that asks for a quantity), whatever language its button speaks.

    >>> from parsers.dom import load
    >>> from parsers.market_buy import has_buy_control
    >>> has_buy_control(load(b"<form action='/checkout/line-item/add'><input name='qty'>"
    ...                      b"<button>Ajouter</button></form>"))
    True
    >>> has_buy_control(load(b"<form action='/search'><input name='q'></form>"))
    False
"""

from __future__ import annotations

import re
from typing import Any

from parsers.dom import Doc, clean
from parsers.labels import BUY_WORDS
from parsers.regex_gate import gated

__all__ = ["BUY_RE", "buy_form", "has_buy_control"]

BUY_RE = gated(re.compile(r"\b(?:" + "|".join(re.escape(w) for w in BUY_WORDS) + r")\b", re.IGNORECASE))

# Where a buy widget posts: a cart, a basket or a checkout, in the words shops' routes use.
_CART_ACTION_RE = re.compile(
    r"cart|basket|checkout|line-?items?/add|add-?to|warenkorb|panier|carrito|carrello|winkelwagen|"
    r"korzin|koszyk|kosik|sepet|order|add[-_]?product",
    re.IGNORECASE,
)

# A form named for the cart ("cart_quantity", "basket"): a sort or search form never is.
_CART_NAME_RE = re.compile(r"cart|basket|warenkorb|panier|carrito|carrello", re.IGNORECASE)

# A quantity field: "qty", "quantity", "lineItems[...][quantity]", "menge", "cantidad", "aantal".
_QUANTITY_RE = re.compile(r"qty|quantit|menge|cantidad|quantidade|aantal|kolichestvo|ilosc", re.IGNORECASE)


# Fields a buy widget never holds: a login's, a message's or an upload's.
_OTHER_FIELDS = frozenset({"password", "email", "file", "search"})


def _posts_a_count(form: Any) -> bool:
    """A form that posts one small whole number a visitor may change (a quantity, whatever its
    field's name and its button's language: "<input name=kuantiti value=1>", "<input
    type=number>") and nothing a login, a message or a search asks for."""
    if (form.get("method") or "get").lower() != "post" or form.find(".//textarea") is not None:
        return False
    counts = 0
    for field in form.iter("input"):
        kind = (field.get("type") or "text").lower()
        if kind in _OTHER_FIELDS:
            return False
        value = (field.get("value") or "").strip()
        if kind == "number" or (kind == "text" and value.isdigit() and 0 < int(value) < 100):
            counts += 1
    return counts == 1


def buy_form(doc: Doc) -> Any | None:
    """The page's buy widget: a form that posts to a cart or checkout, or that asks for a quantity
    (computed once per page). A search, login or message form is none."""
    if "buy_form" not in doc.memo:
        found = None
        for form in doc.root.iter("form"):
            # osCommerce and Zen Cart post to "product_info.php?action=add_product" from a form
            # named "cart_quantity".
            action, name = form.get("action") or "", form.get("name") or ""
            if _CART_ACTION_RE.search(action) or _CART_NAME_RE.search(name):
                found = form
                break
            fields = (f.get("name") or "" for f in form.iter("input", "select"))
            if any(_QUANTITY_RE.search(name) for name in fields) or _posts_a_count(form):
                found = form
                break
        doc.memo["buy_form"] = found
    return doc.memo["buy_form"]


def has_buy_control(doc: Doc) -> bool:
    """A buy/order control on the page (asked by several checks: computed once per page)."""
    if "buy" not in doc.memo:
        # Buttons, inputs and short lines only: running the regex over all the text is slow.
        controls = [clean(el.text_content()) for el in doc.root.iter("button", "a", "label", "option")]
        controls += [el.get("value") or "" for el in doc.root.iter("input")]
        text = "\n".join(c for c in controls if 0 < len(c) < 60)
        found = BUY_RE.search(text) is not None
        if not found:
            # The page's short lines, only when no control said so (an archive page has
            # hundreds of thousands of lines).
            short = "\n".join([line for line in doc.text_lines if len(line) < 40])
            found = BUY_RE.search(short) is not None or buy_form(doc) is not None
        doc.memo["buy"] = found
    return bool(doc.memo["buy"])
