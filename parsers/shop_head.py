"""A single seller's shop page read from its head, above its items, whatever its language:

* the seller (:func:`crumb_owner`): the last step of the page's path from home, unlinked, right
  under a step that names the sellers ("Home › Vendors › leafy", "Accueil › Vendeurs ›
  leafy"), where the page's heading names it too ("leafy's shop", "Boutique de leafy"): the page
  is that seller's. A step that names a shop may name the site's catalogue ("Home › Shop ›
  Candles"): no sign;
* the shop's route (:func:`mend_shop_route`): the head's labelled places, one place then places
  ("Ships from: India" over "Ships to: India, Nepal"; labels of any language, the values CLDR
  places: :func:`parsers.card_places.country_places`), are every item's of the shop whose
  items show none of their own.

    >>> from parsers.dom import load
    >>> rows = "".join(f"<li><a href='/i/{n}'>Tea {n}</a> 4 EUR</li>" for n in (1, 2))
    >>> doc = load(f"<div><a href='/'>Start</a> › <a href='/v'>Vendors</a> › leafy</div>"
    ...            f"<h1>leafy's tea shop</h1><ul>{rows}</ul>".encode())
    >>> crumb_owner(doc, doc.root.xpath("//li"))
    'leafy'
"""

from __future__ import annotations

from typing import Any

from parsers.card_places import country_places
from parsers.cldr_dates import current_language
from parsers.crumb_trail import home_paths
from parsers.dom import Doc, clean
from parsers.labels import LABELS

__all__ = ["crumb_owner", "mend_shop_route"]

# Vendor words that also name a site's catalogue ("Home › Shop › Candles").
_CATALOGUE = frozenset({"shop", "store", "магазин", "shops", "stores"})
# The head of a shop: the lines between its heading and its first item, at most.
_MAX_HEAD = 30


def _sellers_step(text: str) -> bool:
    """Whether a path's step names the sellers ("Vendors", "Vendeurs", "विक्रेता")."""
    if text.casefold() in _CATALOGUE:
        return False
    for word in (text, text[:-1] if text.endswith("s") else None, text[:-2] if text.endswith("es") else None):
        m = LABELS["vendor"].match(word) if word else None
        if m and not m["value"].strip():
            return True
    return False


def _first_heading(doc: Doc, cards: list[Any]) -> str | None:
    members = set(cards)
    for h in doc.tagged("h1"):
        if h in members or any(anc in members for anc in h.iterancestors()):
            return None
        return clean(h.text_content())
    return None


def crumb_owner(doc: Doc, cards: list[Any]) -> str | None:
    """The seller whose shop the page is, by its path and its heading (see the module); else None."""
    if len(cards) < 2:
        return None
    heading = _first_heading(doc, cards)
    if not heading:
        return None
    for _, steps in home_paths(doc):
        (above, linked), (name, name_linked) = steps[-2], steps[-1]
        if name_linked or not linked or not 1 < len(name) <= 40 or not _sellers_step(above):
            continue
        if name.casefold() in heading.casefold():
            return name
    return None


def _head_lines(doc: Doc, cards: list[Any]) -> list[str]:
    """The page's lines from its first heading down to its first item (at most :data:`_MAX_HEAD`)."""
    heading = _first_heading(doc, cards)
    first = Doc.lines(cards[0]) if cards else []
    lines = doc.text_lines
    if not heading or not first or heading not in lines:
        return []
    start = lines.index(heading)
    try:
        end = lines.index(first[0], start)
    except ValueError:
        return []
    return lines[start + 1 : end] if end - start <= _MAX_HEAD else []


def mend_shop_route(doc: Doc, cards: list[Any], records: list[Any]) -> None:
    """Give every item of a shop (``records``, whose owner the caller read from the page) its
    head's route when no item shows places of its own."""
    if not records or any(r.ships_from or r.ships_to for r in records):
        return
    head = _head_lines(doc, cards)
    found = country_places(head, current_language()) if head else None
    if found is None or not found[1]:
        return  # an origin alone may be the seller's home, no route of its items
    origin, dests = found
    for r in records:
        r.ships_from, r.ships_to = origin, list(dests)
