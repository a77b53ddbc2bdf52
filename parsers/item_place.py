"""Where an item of a classifieds page is: the element its template marks as the item's location
by class or id ("item_location", "ad-location", "listing_location"), whatever the label's language.
It names one place, however many parts it gives (area, town, region, country), so its whole value
is the place; the related items' cards are not the item's.

>>> from parsers.dom import load
>>> doc = load(b"<h1>Used bicycle</h1><ul id='item_location'><li><b>Lugar</b>: Palermo, Buenos Aires,"
...            b" Argentina</li></ul>")
>>> item_location(doc)
'Palermo, Buenos Aires, Argentina'
>>> item_location(load(b"<div class='location'><a href='/'>Home</a> &gt; <a href='/bikes'>Bikes</a></div>"))
"""

from __future__ import annotations

import re
from typing import Any

from parsers.dom import Doc, clean

__all__ = ["item_location"]

# A class or id word that ends in "location" (the item's, not a "locations" filter list).
_MARK_RE = re.compile(r"(?:^|[\s_-])(?:item|ad|listing|product|offer|post)?[_-]?location$", re.IGNORECASE)
_LABEL_RE = re.compile(r"^[^\W\d_][^:：\d]{0,30}[:：]\s*")
_MAX_TEXT = 120


def item_location(doc: Doc, cards: list[Any] | None = None) -> str | None:
    """The item's place its marked location element shows (the value after a short label of any
    language), or None: never one inside ``cards`` (other items'), a menu or a breadcrumb (an
    element with a link is no place of the item's)."""
    if b"ocation" not in (doc.raw or b""):
        return None  # no element can be marked so: the tree is not walked
    members = set(cards or ())
    for el in doc.root.iter("ul", "div", "p", "span", "li", "dd", "address"):
        mark = f"{el.get('class') or ''} {el.get('id') or ''}".strip()
        if not mark or "location" not in mark.lower():
            continue
        if not any(_MARK_RE.search(word) for word in mark.split()):
            continue
        if next(el.iter("a"), None) is not None or _inside(el, members):
            continue
        text = clean(el.text_content())
        value = _LABEL_RE.sub("", text, count=1).strip(" .")
        if 2 < len(value) <= _MAX_TEXT and not any(ch.isdigit() for ch in value):
            return value
    return None


def _inside(el: Any, members: set[Any]) -> bool:
    if el in members:
        return True
    return any(anc in members or anc.tag in ("nav", "header", "footer") for anc in el.iterancestors())
