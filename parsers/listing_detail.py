"""A market item page's own listing: its title, price (its own, not a related card's), seller,
places, category, stock, reviews and description, read from labels and structure.

    >>> from parsers.dom import load
    >>> from parsers.listing_detail import listing_detail
    >>> page = (b"<html><head><title>Tea shop - Green tea</title></head><body><h1>Green tea</h1>"
    ...         b"<table><tr><td>Price</td><td>12,50 EUR</td></tr>"
    ...         b"<tr><td>Ships from</td><td>Germany</td></tr></table></body></html>")
    >>> doc = load(page)
    >>> listing, labelled = listing_detail(doc, doc.text_lines)
    >>> listing.title, listing.price, listing.currency, listing.ships_from, labelled
    ('Green tea', 12.5, 'EUR', 'Germany', True)
"""

from __future__ import annotations

import re
from typing import Any

from parsers.boxed_seller import boxed_seller
from parsers.cards import found_cards
from parsers.cldr_dates import current_language
from parsers.cldr_places import destinations_after, labelled_countries
from parsers.crumb_trail import trail_category
from parsers.detail_seller import detail_seller, reviewers
from parsers.dom import Doc, clean
from parsers.facts_seller import facts_seller
from parsers.form_price import form_price
from parsers.glued_labels import unglued
from parsers.item_badge import badge_category
from parsers.item_category import filed_category
from parsers.item_fields import field_origin
from parsers.item_heading import priced_heading
from parsers.item_place import item_location
from parsers.item_title import listing_title, titled_offer
from parsers.labels import LABELS, iter_labels
from parsers.market_buy import has_buy_control
from parsers.market_fields import escrow_value, labelled, linked_text
from parsers.market_names import (
    LISTING_URL_RE,
    breadcrumb_category,
    headings,
    vendor_links,
    vendor_name,
)
from parsers.market_places import (
    ROUTE_RE,
    first_place,
    from_to,
    labelled_places,
    origin_above,
    places,
    shipping_route,
    ships_from_value,
)
from parsers.market_prices import alt_prices, first_offer, item_price, labelled_price, price_from_lines
from parsers.market_seller import home_seller, profile_link_seller
from parsers.piece_prices import mend_integral
from parsers.place_words import line_route
from parsers.postage import postage_lines
from parsers.prices import parse_number
from parsers.rated_handle import near_rated_handle
from parsers.records import Listing
from parsers.ship_options import option_places
from parsers.stats_seller import stats_seller
from parsers.stem_route import stem_route

__all__ = ["listing_detail"]


_STOCK_RE = re.compile(r"\d{1,3}(?:[,.]\d{3})+(?![\d.,])|\d+")


def listing_detail(doc: Doc, lines: list[str]) -> tuple[Listing | None, bool]:
    """The listing of a detail page and whether its price was labelled ("Price: ...")."""
    lines = unglued(doc, lines)  # a facts list's "<span>label</span><span>value</span>" rows
    title, start = listing_title(doc, lines)
    scope = lines[start:] if start else lines
    # A form's postage choices ("Großbrief - 3 Tage - 2.50 €") and a table of postage prices are
    # no price of the item's own.
    options = postage_lines(doc)
    # The item's own price block wins over the cards of related items further down (each with
    # its own "Price" label): the price its markup gives the item, else one labelled or shown
    # between the title and the first such card.
    heading = next((el for text, el in headings(doc) if text == title), None) if title else None
    # A heading that holds the item's price beside its name ("<h1><span>name</span> - <span>₱18,500
    # </span></h1>"): the name is the words before the price, the price the item's own.
    priced = priced_heading(heading)
    if priced is not None:
        title = priced[0]
    own = _own_block(doc, scope, title, heading)
    early = None
    price_label = (
        (priced[1] if priced else None)
        or item_price(doc, heading)
        or labelled_price(own, avoid=options, columns=False)
    )
    if price_label is None and (column := labelled_price(own, avoid=options)) is not None:
        # A price column's first row (a table of quantity tiers, of postage per destination)
        # is the item's price only when no price is shown before it, under the item's title.
        lead = first_offer("\n".join(own[:80]), avoid=options)
        price_label = column if lead is None or lead == column else None
        early = lead if price_label is None else None
    if price_label is None and own is not scope and early is None:
        early = first_offer("\n".join(own[:80]), avoid=options)
    if price_label is None and early is None:
        price_label = labelled_price(scope, avoid=options) or labelled_price(lines, avoid=options)
    # Unlabelled, the price is the first one shown near the title (headers show exchange rates).
    price = (
        price_label
        or form_price(doc)  # the buy box's own price, not one the description's prose names
        or early
        or price_from_lines(scope[:80], avoid=options)
        or (None if start else price_from_lines(lines[:200], avoid=options))
    )
    # Whole units read from text may be a price spelt in pieces ("$ 24 50"): read the pieces
    # (where the cents stand apart: raised, or a line of two digits of their own).
    if price is not None and float(price[0]).is_integer() and (
        b"<sup" in (doc.raw or b"") or any(len(ln) == 2 and ln.isdigit() for ln in own)
    ):
        price = mend_integral(price, doc.root)
    if price is None or price[0] <= 0:
        return None, False  # no offer: the seller and places below would not be asked for
    vendor = None
    for _, value in iter_labels(scope, LABELS["vendor"]):
        # A name with spaces ("Sample Tea House") is whole when the page links it as a vendor.
        whole = " " in value and (value in vendor_links(doc) or linked_text(doc, value))
        vendor = value if whole else vendor_name(value)
        if vendor:
            break
    if vendor is None:
        before = lines[max(0, start - 12) : start][::-1] if start else []
        vendor = detail_seller(doc, title, scope[:40], before)
    if vendor is None:
        vendor = (profile_link_seller(doc, heading, title) or home_seller(doc, scope[:40])
                  or stats_seller(doc) or boxed_seller(doc))
    if vendor is None:  # "<a href=/maijia/x>x</a> ★ 4.9" near the title: the item's seller
        vendor = near_rated_handle(doc.root, scope[:40], lambda: reviewers(doc))
    if vendor is None:  # "Vendisto" over "Abelejo_Verda": a member's handle among the item's facts
        vendor = facts_seller(scope[:60], reviewers(doc))
    origin = ships_from_value(scope)
    ships_to = places(labelled_places(scope, "ships_to"))
    if origin and ROUTE_RE.search(origin):
        # "United States → Worldwide": where it ships from, then where to.
        origin, dest = ROUTE_RE.split(origin, maxsplit=1)
        ships_to = ships_to or places(dest)
    ships_from = first_place(origin)
    if ships_from and not ships_to:  # places after the origin under a label of any language
        ships_to = destinations_after(scope[:60], ships_from, current_language())
    if ships_to and not ships_from:
        ships_from = origin_above(scope[:80])
    if not ships_from and not ships_to and (
        shipping := shipping_route(scope[:60])
        or from_to(scope[:60])
        or labelled_countries(scope[:60], current_language())  # labels of any language
        or line_route(scope[:60], current_language())  # CLDR cities, "ارسال از" / "ارسال به"
        or stem_route(scope[:60])  # "Embiado de" / "Embiamos a": places named in any language
    ):
        ships_from, ships_to = shipping
    if not ships_from and not ships_to:
        # A classified's marked location, outside other items' cards (a "card" around the item's
        # own heading is its own block).
        others = [c for c in found_cards(doc) or [] if heading is None or heading not in c.iterdescendants()]
        ships_from = item_location(doc, others) or field_origin(doc)
    if not ships_to:
        # A shipping table's rows are read only where an origin says the page shows shipping.
        ships_to = option_places(doc, rows=bool(ships_from))
    # One signal is enough: the buy-control scan (whole tree) runs only when the others fail.
    signal = (
        priced is not None
        or vendor is not None
        or bool(ships_from)
        or bool(ships_to)
        or bool(doc.url and LISTING_URL_RE.search(doc.url))
        or has_buy_control(doc)
        or titled_offer(doc, title, heading, own)
    )
    if price is None or price[0] <= 0 or not signal:
        return None, False
    # A crumb that names the item's place (a classified's town) is no category.
    where = frozenset(clean(p) for p in (ships_from or "").split(",")) - {""}
    cat = labelled(scope, "category") or breadcrumb_category(doc, title, where)
    cat = cat or filed_category(doc, heading) or trail_category(doc, title, where, heading)
    cat = cat or badge_category(doc, heading)  # a site category's name as a badge by the heading
    stock_val = labelled(scope, "stock")
    # The first number only: "17 112g" is 17 units of 112g, not 17112.
    stock_match = _STOCK_RE.match(stock_val.strip()) if stock_val else None
    stock = parse_number(stock_match.group(0)) if stock_match else None
    reviews = labelled(scope, "feedback_count")
    count_match = _COUNT_IN_PARENS_RE.search(reviews) if reviews else None
    count = parse_number(count_match.group(1) or count_match.group(2)) if count_match else None
    return Listing(
        title=title,
        price=price[0],
        currency=price[1],
        alt_prices=alt_prices(scope, price),
        vendor=vendor,
        category=clean(cat) if cat else None,
        ships_from=ships_from,
        ships_to=ships_to,
        stock=int(stock) if stock is not None and stock < 1e9 else None,
        escrow=escrow_value(labelled(scope, "escrow")),
        feedback_count=int(count) if count is not None else None,
        description=_description(doc, title),
        url=doc.url,
    ), price_label is not None


_COUNT_IN_PARENS_RE = re.compile(r"\(\s*(\d[\d.,]*)\s*\)|^\s*(\d[\d.,]*)\s*$")

_DESC_CLASS_RE = re.compile(r"desc|beschreibung|descripci|описани|about", re.IGNORECASE)


def _description(doc: Doc, title: str | None) -> str | None:
    """A listing's description: an element whose class says so, else None (menus are text too)."""
    for el in doc.root.iter("div", "section", "p", "article"):
        cls = el.get("class") or el.get("id") or ""
        if cls and _DESC_CLASS_RE.search(cls):
            text = "\n".join(Doc.lines(el))
            if text and text != title and len(text) >= 10:
                return text[:20000]
    return None


def _own_block(doc: Doc, scope: list[str], title: str | None, heading: Any) -> list[str]:
    """``scope`` (the lines from the item's title on) up to the first card of a grid of other
    items that follows the title ("You may also like", accessories); all of it when no such
    grid follows, or when the title stands inside a card (the "card" is the item's own block).
    Only the cards the page type's reading already found count: a page whose type a site profile
    gave (:func:`parsers.markets.extract_as`) is not searched for them, which costs more than all the rest."""
    cards = (found_cards(doc) or []) if title and scope else []
    if not cards or heading is None:
        return scope
    members = set(cards)
    if heading in members or any(anc in members for anc in heading.iterancestors()):
        return scope
    first = Doc.lines(cards[0])
    try:
        cut = scope.index(first[0], 1) if first else 0
    except ValueError:
        return scope
    return scope[:cut] if cut > 0 else scope
