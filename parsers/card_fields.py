"""Fields of one listing card read from its structure: the seller (labelled, "by x", a vendor
link, the link after a user icon, an element classed as the vendor), its category (its own category
links or a site category name among its lines) and places named by element classes.

    >>> from parsers.dom import load
    >>> from parsers.card_fields import card_vendor, class_places
    >>> card = load(b"<div><a href='/item/1'>Tea</a> <span class='vendor-name'>leafy</span>"
    ...             b"<div class='shipping-info'><div class='from'>Spain</div><div class='to'>EU</div></div>"
    ...             b"</div>").root.find(".//body/div")
    >>> card_vendor(card, []), class_places(card)
    ('leafy', ('Spain', ['EU']))
"""

from __future__ import annotations

import re
from typing import Any

from parsers.dom import Doc, clean
from parsers.labels import LABEL_WORDS
from parsers.market_fields import (
    CATEGORY_URL_RE,
    LISTING_URL_RE,
    VENDOR_URL_RE,
    first_place,
    labelled,
    places,
    vendor_name,
)

__all__ = [
    "card_vendor", "category_names", "class_places", "known_category", "linked_category", "shop_owner",
]

_BY_RE = re.compile(r"^(?:by|from|von|de|par|от)\s+([^\W\d]\S*)", re.IGNORECASE)


# An icon that marks the next link as a person or shop ("<i class='glyphicon glyphicon-user'>").
_USER_ICON_RE = re.compile(r"\b(?:glyphicon|fa|fas|far|icon|bi|icono|ti|la)-(?:user|person|shop|store)\b")


_PART_SEP_RE = re.compile(r"\s+[-|\u00b7\u2022/\u2013\u2014]+\s+")


_SEP_CHARS = " -|\u00b7\u2022/\u2013\u2014"


_COUNT_SUFFIX_RE = re.compile(r"\s*[(\[]?\d[\d,.]*[)\]]?\s*$")


def linked_category(card: Any) -> str | None:
    """The most specific category a card links to ("Drugs / Opiates" -> "Opiates")."""
    found = None
    for a in card.iter("a"):
        href = a.get("href") or ""
        if CATEGORY_URL_RE.search(href) and not LISTING_URL_RE.search(href):
            text = _COUNT_SUFFIX_RE.sub("", clean(a.text_content()))
            if 1 < len(text) < 60:
                found = text
    return found


def card_vendor(card: Any, lines: list[str]) -> str | None:
    value = labelled(lines, "vendor")
    if value:
        return vendor_name(value)
    for line in lines:
        match = _BY_RE.match(line)
        name = vendor_name(match.group(1)) if match else None
        if name:
            return name
    for a in card.iter("a"):
        href = a.get("href") or ""
        if VENDOR_URL_RE.search(href) and not LISTING_URL_RE.search(href):
            name = vendor_name(a.text_content())
            if name:
                return name
    return icon_vendor(card) or class_vendor(card)


def class_vendor(card: Any) -> str | None:
    """A seller named by its element's class instead of a label: "<div class='oVendor'>",
    "<a class='vendor'>", "<span class='seller-name'>"."""
    for el in card.iter("a", "div", "span", "p", "td"):
        if _VENDOR_CLASS_RE.search(el.get("class") or ""):
            name = vendor_name(el.text_content())
            if name:
                return name
    return None


_VENDOR_CLASS_RE = re.compile(r"vendor|seller|merchant|продав", re.IGNORECASE)


# A storefront's header: Hydra's "header_shop", WC Vendors' "wcv-store-header", Dokan's
# "store-name", "vendor-profile", "seller-info".
_SHOP_HEAD_RE = re.compile(
    r"(?:^|[\s_-])(?:shop|store|vendor|seller|merchant|storefront|магазин)(?:[\s_-]|$)", re.IGNORECASE
)


def shop_owner(doc: Doc, cards: list[Any]) -> str | None:
    """The seller whose storefront the page is, for cards that name none: the first h1/h2
    outside the cards that is, or stands in an element (four levels up at most), classed as a
    shop's or vendor's header. A shop's name is whole ("Травяная Лавка"), not a handle."""
    members = set(cards)
    for h in doc.tagged("h1", "h2"):
        chain = [h]
        for anc in h.iterancestors():
            if anc.tag in ("body", "html") or len(chain) > 4:
                break  # a page-wide class ("<body class='shop'>") says nothing of this heading
            chain.append(anc)
        if not any(_SHOP_HEAD_RE.search(f"{el.get('class') or ''} {el.get('id') or ''}") for el in chain):
            continue
        if any(a in members for a in h.iterancestors()):
            continue
        text = clean(h.text_content())
        if 1 < len(text) <= 60 and len(text.split()) <= 5 and text.casefold() not in LABEL_WORDS:
            return text
    return None


def class_places(card: Any) -> tuple[str | None, list[str]] | None:
    """Places named by their elements' classes instead of labels: "<div class='shipping-info'>
    <div class='from'>Germany</div><div class='to'>Europe</div></div>", "<span class='ships-to'>"."""
    origin: str | None = None
    dest: list[str] = []
    for el in card.iter("div", "span", "li", "p", "td", "ul"):
        classes = (el.get("class") or "").lower().replace("_", "-").split()
        if not classes:
            continue
        parent = el.getparent()
        shipping = parent is not None and "ship" in (parent.get("class") or "").lower()
        names = {c.replace("-", " ") for c in classes}
        # "<ul class='i_location'><li>Москва</li>": a card's location is where the goods are.
        located = any(c.endswith("location") for c in classes) and len(clean(el.text_content())) <= 40
        if origin is None and (names & _FROM_CLASSES or (shipping and "from" in names) or located):
            origin = first_place(clean(el.text_content()))
        elif not dest and (names & _TO_CLASSES or (shipping and "to" in names)):
            dest = places(clean(el.text_content()))
    return (origin, dest) if origin or dest else None


_FROM_CLASSES = frozenset({"ships from", "ship from", "shipping from", "origin", "ships from country"})


_TO_CLASSES = frozenset({"ships to", "ship to", "shipping to", "destination", "destinations"})


def icon_vendor(card: Any) -> str | None:
    """The link right after a user/shop icon, whole ("Sample Tea House"): opaque links only say
    who they name by the icon beside them."""
    marked = False
    for el in card.iter("i", "span", "a", "img"):
        if el.tag == "a" and marked:
            text = clean(el.text_content())
            if 1 < len(text) <= 40 and not any(ch.isdigit() or ch in "()[]" for ch in text):
                return text
            return vendor_name(text)
        if el.tag != "a" and _USER_ICON_RE.search(el.get("class") or ""):
            marked = True
    return None


def known_category(lines: list[str], title: str | None, categories: set[str]) -> str | None:
    """A card line that is one of the site's category names, or one such part of a line like
    "From: 7.00 $ - Cannabis - physical" (cards often pack price, category and kind together)."""
    others = [ln for ln in lines if ln != title]
    for ln in others:
        if ln.lower() in categories:
            return ln
    for ln in others:
        for part in _PART_SEP_RE.split(ln):
            part = part.strip(_SEP_CHARS)
            if part.lower() in categories:
                return part
    return None


def category_names(doc: Doc) -> set[str]:
    """Texts of links to category pages (the site's own category names), lower-cased."""
    names = set()
    for a in doc.root.iter("a"):
        if CATEGORY_URL_RE.search(a.get("href") or ""):
            text = _COUNT_SUFFIX_RE.sub("", clean(a.text_content())).lower()
            if 1 < len(text) < 60:
                names.add(text)
    return names
