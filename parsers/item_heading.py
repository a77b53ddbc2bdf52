"""An item's heading that holds its price beside its name, each in an element of its own (a
classifieds template's "<h1><span>Old bicycle</span> - <span class=price>$120</span> <small>(Pune)
</small></h1>"), or written after a separator ("Old bicycle - $120 (Pune)"): the words before the
price are the item's name, the price is the item's.

    >>> from parsers.dom import load
    >>> doc = load(b"<h1><span>Stary rower</span> - <span>450 PLN</span> <small>(Gdynia)</small></h1>")
    >>> priced_heading(doc.root.find(".//h1"))
    ('Stary rower', (450.0, 'PLN'))
    >>> priced_heading(load(b"<h1>Price list 2026</h1>").root.find(".//h1")) is None
    True
    >>> priced_heading(load(b"<h2>Rower miejski - 450 PLN (Sopot)</h2>").root.find(".//h2"))
    ('Rower miejski', (450.0, 'PLN'))
    >>> priced_heading(load(b"<h2>Herbaty od 5 PLN</h2>").root.find(".//h2")) is None
    True
"""

from __future__ import annotations

from typing import Any

from parsers.dom import clean
from parsers.prices import find_prices

__all__ = ["priced_heading"]

_SEPS = " -–—|:·•,"
_MAX_HEADING = 200


def priced_heading(heading: Any) -> tuple[str, tuple[float, str]] | None:
    """(the item's name, (price, currency)) of a heading whose element after the name is a price
    and nothing more, or None. The name must be words (two letters at least), not a label."""
    if heading is None:
        return None
    whole = clean(heading.text_content())
    if not whole or len(whole) > _MAX_HEADING or not any(ch.isdigit() for ch in whole):
        return None
    for el in heading.iterdescendants():
        if not isinstance(el.tag, str):
            continue
        text = clean(el.text_content())
        if not text or len(text) > 40 or not any(ch.isdigit() for ch in text):
            continue
        prices = find_prices(text, limit=2)
        if len(prices) != 1 or prices[0].amount <= 0 or len(text) - (prices[0].end - prices[0].start) > 2:
            continue
        at = whole.find(text)
        name = whole[:at].strip(_SEPS) if at > 0 else ""
        if sum(ch.isalpha() for ch in name) < 2 or name.endswith(":"):
            return None
        return name, (prices[0].amount, prices[0].currency)
    return _text_price(whole)


_PLACE_TAIL_MAX = 40


def _text_price(whole: str) -> tuple[str, tuple[float, str]] | None:
    """The name and price of a heading's words "name - price" with nothing after the price but a
    place in brackets ("Stary rower – 450 zł (Gdynia)"): a separator must stand right before the
    price ("Teas from 5 €" names no item)."""
    prices = find_prices(whole, limit=2)
    if len(prices) != 1 or prices[0].amount <= 0:
        return None
    head, tail = whole[: prices[0].start].rstrip(), whole[prices[0].end :].strip()
    if not head or head[-1] not in "-–—|·•":
        return None
    if tail and not (tail[0] == "(" and tail[-1] == ")" and len(tail) <= _PLACE_TAIL_MAX
                     and not any(ch.isdigit() for ch in tail)):
        return None
    name = head.strip(_SEPS)
    if sum(ch.isalpha() for ch in name) < 2 or name.endswith(":"):
        return None
    return name, (prices[0].amount, prices[0].currency)
