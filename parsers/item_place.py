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

# A class or id word that ends in "location" (the item's, not a "locations" filter list), or in
# "address" after the item's or its map's name ("mapaddress", "ad-address": never a bare
# "address", a wallet's or a mail's as often).
_MARK_RE = re.compile(
    r"(?:^|[\s_-])(?:(?:item|ad|listing|product|offer|post)?[_-]?location|(?:item|ad|listing|post|map)[_-]?address)$",
    re.IGNORECASE,
)
_RAW_MARK_RE = re.compile(rb"(?:item|ad|listing|post|map)[_-]?address", re.IGNORECASE)
_LABEL_RE = re.compile(r"^[^\W\d_][^:：\d]{0,30}[:：]\s*")
_MAX_TEXT = 120


def item_location(doc: Doc, cards: list[Any] | None = None) -> str | None:
    """The item's place its marked location element shows (the value after a short label of any
    language), or None: never one inside ``cards`` (other items'), a menu or a breadcrumb (an
    element with a link is no place of the item's)."""
    raw = doc.raw or b""
    if b"ocation" not in raw and (b"ddress" not in raw or not _RAW_MARK_RE.search(raw)):
        return None  # no element can be marked so: the tree is not walked
    members = set(cards or ())
    for el in doc.root.iter("ul", "div", "p", "span", "li", "dd", "address"):
        mark = f"{el.get('class') or ''} {el.get('id') or ''}".strip()
        if not mark or ("location" not in mark.lower() and "address" not in mark.lower()):
            continue
        if not any(_MARK_RE.search(word) for word in mark.split()):
            continue
        if next(el.iter("a"), None) is not None or _inside(el, members):
            continue
        text = clean(el.text_content())
        kids = [k for k in el if isinstance(k.tag, str)]
        if len(kids) >= 2 and not (el.text or "").strip() and _label_element(kids[0]):
            # The label in an element of its own, without a colon ("<div>Адрес</div><span>...").
            text = clean(" ".join(k.text_content() for k in kids[1:]))
        value = _LABEL_RE.sub("", text, count=1).strip(" .")
        if 2 < len(value) <= _MAX_TEXT and not any(ch.isdigit() for ch in value):
            return value
    return None


_LABEL_CLASS_RE = re.compile(r"title|label|caption|head", re.IGNORECASE)


def _label_element(el: Any) -> bool:
    """Whether ``el`` is a label by its tag or class (a part of the place is in neither) and its
    words are a label's: short, a letter first, no digit."""
    hinted = el.tag in ("dt", "label", "b", "strong", "th") or _LABEL_CLASS_RE.search(el.get("class") or "")
    return bool(hinted) and _LABEL_RE.match(clean(el.text_content()) + ":") is not None


def _inside(el: Any, members: set[Any]) -> bool:
    if el in members:
        return True
    return any(anc in members or anc.tag in ("nav", "header", "footer") for anc in el.iterancestors())
