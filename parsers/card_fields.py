"""Fields of one listing card read from its structure: the seller (labelled, "by x", a vendor
link, the link after a user icon, an element classed as the vendor), its category (its own category
links or a site category name among its lines) and places named by element classes. The seller of
an item's own page when no label names it is :func:`parsers.detail_seller.detail_seller`'s.

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

from parsers.bylines import BY_WORDS
from parsers.card_handles import at_handle, titled_handle
from parsers.card_links import item_hrefs
from parsers.dom import Doc, clean
from parsers.filter_options import option_categories
from parsers.labels import LABEL_WORDS
from parsers.market_fields import labelled
from parsers.market_names import (
    LISTING_URL_RE,
    TITLE_SEP_RE,
    VENDOR_URL_RE,
    category_url,
    vendor_links,
    vendor_name,
)
from parsers.market_places import first_place, places
from parsers.rated_handle import rated_handle

__all__ = [
    "card_vendor", "category_names", "class_places", "known_category", "linked_category",
    "named_shop", "preposition_category", "shop_owner",
]

# "by NAME" in any language the bylines know ("por Alfarero_Coyotepec", "przez herbaciarnia"), or
# "from NAME"; the longest words first ("publicado por" before "por").
_BY_WORDS = sorted({"by", "from", "von", "de", "par", "от", *(w for ws in BY_WORDS.values() for w in ws)},
                   key=len, reverse=True)
_BY_RE = re.compile(rf"^(?:{'|'.join(map(re.escape, _BY_WORDS))})\s+([^\W\d]\S*)", re.IGNORECASE)


# An icon that marks the next link as a person or shop ("<i class='glyphicon glyphicon-user'>").
_USER_ICON_RE = re.compile(r"\b(?:glyphicon|fa|fas|far|icon|bi|icono|ti|la)-(?:user|person|shop|store)\b")


_PART_SEP_RE = re.compile(r"\s+[-|\u00b7\u2022/\u2013\u2014]+\s+")


_SEP_CHARS = " -|\u00b7\u2022/\u2013\u2014"
# Between the steps of a path of categories written as text (a breadcrumb's separators).
_PATH_SEP_RE = re.compile(r"\s*(?:[\u203a\u00bb\u2192>]|::)\s*|\s+/\s+")


_COUNT_SUFFIX_RE = re.compile(r"\s*[(\[]?\d[\d,.]*[)\]]?\s*$")


def linked_category(card: Any) -> str | None:
    """The most specific category a card links to ("Drugs / Opiates" -> "Opiates")."""
    found = None
    own: frozenset[str] | None = None
    for a in card.iter("a"):
        href = a.get("href") or ""
        if category_url(href) and not LISTING_URL_RE.search(href):
            own = item_hrefs(card) if own is None else own
            if href in own:
                continue
            text = _COUNT_SUFFIX_RE.sub("", clean(a.text_content()))
            if 1 < len(text) < 60:
                found = text
    return found


# "In <strong>Seeds</strong>", "en <b>Semillas</b>", "в <a>Семена</a>": a card names its category
# after a bare preposition, the name itself set apart (bold or a link) and ending the line.
_IN_WORDS = frozenset(("in", "en", "dans", "im", "em", "na", "nella", "nel", "в", "во", "w", "posted in"))


def preposition_category(card: Any) -> str | None:
    """The category a card names as "In <strong>X</strong>" (in several languages), or None."""
    for el in card.iter("strong", "b", "em", "a"):
        parent = el.getparent()
        if parent is None or (el.tail or "").strip():
            continue
        before = el.getprevious()
        lead = (before.tail if before is not None else parent.text) or ""
        if before is not None and before.tag != "br":
            continue  # only the text right before the name, on its own line
        if clean(lead).casefold() not in _IN_WORDS:
            continue
        if el.getnext() is not None and el.getnext().tag != "br":
            continue
        name = clean(el.text_content())
        if 1 < len(name) < 40 and not name[0].isdigit():
            return name
    return None


def card_vendor(card: Any, lines: list[str]) -> str | None:
    value = labelled(lines, "vendor")
    if value:
        return vendor_name(value)
    for line in lines:
        match = _BY_RE.match(line)
        name = vendor_name(match.group(1)) if match else None
        if name:
            return name
    own: frozenset[str] | None = None
    for a in card.iter("a"):
        href = a.get("href") or ""
        if VENDOR_URL_RE.search(href) and not LISTING_URL_RE.search(href):
            own = item_hrefs(card) if own is None else own
            if href in own:
                continue
            name = vendor_name(a.text_content())
            if name:
                return name
    return (icon_vendor(card) or class_vendor(card) or _avatar_vendor(card)
            or (at_handle(card) if any("@" in line for line in lines) else None) or rated_handle(card))


def _avatar_vendor(card: Any) -> str | None:
    """A seller named only by an avatar link's title, unless that link is the item's own."""
    name = titled_handle(card)
    if name is None:
        return None
    own = item_hrefs(card)
    links = [a.get("href") for a in card.iter("a") if (a.get("href") or "").rstrip("/").endswith(name)]
    return None if any(href in own for href in links) else name


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
    return named_shop(doc, cards)


def named_shop(doc: Doc, cards: list[Any]) -> str | None:
    """The shop a single seller's page is, by its shape: the page's first h1, no logo linking
    home but the page's own heading, stands before the
    cards, the <title> repeats it as one of its parts, and the page's copyright line after the
    cards names it again ("© 2026 Some Shop"): the site's own name, not a category's. Only on a
    page that links no seller's profile (a market of many sellers links them) and whose cards
    name none (the caller's to check)."""
    if not doc.title or not cards or vendor_links(doc):
        return None
    first = next(iter(doc.tagged("h1")), None)
    if first is None or first.find(".//a") is not None or any(a.tag == "a" for a in first.iterancestors()):
        return None  # a logo linking home: every site has one, a market of many sellers too
    text = clean(first.text_content())
    parts = {clean(p) for p in TITLE_SEP_RE.split(doc.title)}
    if text not in parts or not 1 < len(text) <= 60 or len(text.split()) > 5:
        return None
    if text.casefold() in LABEL_WORDS or vendor_name(text.split()[0]) is None:
        return None
    members = set(cards)
    if first in members or any(anc in members for anc in first.iterancestors()):
        return None
    lines, last = doc.text_lines, Doc.lines(cards[-1])
    if not last or text not in lines:
        return None
    start, end = lines.index(text), len(lines) - 1 - lines[::-1].index(last[-1])
    first_card = Doc.lines(cards[0])
    if not first_card or first_card[0] not in lines[start:end + 1]:
        return None  # the heading is not before the cards
    # Its copyright line: a category's name may show after the cards too (a menu), not there;
    # the name as a word of its own ("Kaffi" is no shop of "© Kaffisrëschterei Iechternach").
    named = re.compile(rf"(?<!\w){re.escape(text)}(?!\w)")
    after = (line for line in lines[end + 1 :] if text in line and named.search(line))
    return text if any(_COPYRIGHT_RE.search(line) for line in after) else None


_COPYRIGHT_RE = re.compile(r"©|\(c\)|copyright", re.IGNORECASE)


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
        # A path of categories ("Books › Cookbooks", "Tea » Green"): its most specific one, as a
        # card's own category links give it (linked_category).
        path = _PATH_SEP_RE.split(ln) if _PATH_SEP_RE.search(ln) else ()
        for part in reversed(path):
            if part.strip(_SEP_CHARS).lower() in categories:
                return part.strip(_SEP_CHARS)
        for part in _PART_SEP_RE.split(ln):
            part = part.strip(_SEP_CHARS)
            if part.lower() in categories:
                return part
    return None


def category_names(doc: Doc, cards: list[Any] | None = None) -> set[str]:
    """Texts of links to category pages (the site's own category names) and the choices of a
    search form's category filter (:func:`parsers.filter_options.option_categories`), lower-cased; not the
    links to the ``cards``' own items (:func:`parsers.card_links.item_hrefs`), whose address may
    carry the category they were listed under."""
    names = set()
    own: frozenset[str] | None = None
    for a in doc.root.iter("a"):
        href = a.get("href") or ""
        if category_url(href):
            if own is None:
                own = frozenset().union(*(item_hrefs(card) for card in cards[:200])) if cards else frozenset()
            if href in own:
                continue
            text = _COUNT_SUFFIX_RE.sub("", clean(a.text_content())).lower()
            if 1 < len(text) < 60:
                names.add(text)
    # The choices of a search form's category filter name the site's categories too.
    return names | option_categories(doc)
