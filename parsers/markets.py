"""Market pages read from structure and labels, with no per-site code.

* index/search pages: repeated blocks (cards or table rows) that each hold a link and a price;
* listing pages: the title heading, then labelled values (price, vendor, ships from/to...);
* vendor pages: the vendor's name, feedback count, positive rating, member-since date, PGP key.

    >>> from parsers.dom import load
    >>> from parsers.markets import extract_market
    >>> page = (b"<html><head><title>Tea shop - Green tea</title></head><body><h1>Green tea</h1>"
    ...         b"<table><tr><td>Price</td><td>12,50 EUR</td></tr>"
    ...         b"<tr><td>Vendor</td><td>leafy (12)</td></tr><tr><td>Ships from</td><td>Germany</td></tr>"
    ...         b"<tr><td>Ships to</td><td>EU, Worldwide</td></tr>"
    ...         b"</table></body></html>")
    >>> kind, recs = extract_market(load(page))
    >>> kind, recs[0].title, recs[0].price, recs[0].currency, recs[0].vendor, recs[0].ships_to
    ('listing', 'Green tea', 12.5, 'EUR', 'leafy', ['EU', 'Worldwide'])
"""

from __future__ import annotations

import re
import time
from typing import Any
from urllib.parse import urlsplit

from parsers.aligned_route import mend_aligned_routes
from parsers.card_fields import shop_owner
from parsers.card_links import price_box, title_links
from parsers.card_rubric import rubric_categories
from parsers.cards import card_listing, category_names, find_cards, header_columns
from parsers.cldr_dates import current_language
from parsers.column_cards import column_cards
from parsers.currency_columns import mend_currency_columns
from parsers.dom import Doc, clean
from parsers.facet_names import mend_facet_categories
from parsers.feedback import feedback_lines, feedback_page, read_feedback
from parsers.feedback_vendor import feedback_total, feedback_vendor, page_seller
from parsers.heading_crumb import mend_heading_category
from parsers.labelled_handles import mend_labelled_handles
from parsers.labels import LABELS, iter_labels
from parsers.listing_detail import listing_detail
from parsers.market_buy import buy_form, has_buy_control
from parsers.market_fields import priced_detail
from parsers.market_names import (
    LISTING_URL_RE,
    VENDOR_URL_RE,
    headings,
    named_heading,
    vendor_links,
    vendor_name,
)
from parsers.market_prices import first_offer, labelled_price
from parsers.native_figures import ascii_figures
from parsers.records import Listing, Vendor
from parsers.review_rows import cards_are_reviews, page_reviews
from parsers.shop_head import crumb_owner, mend_shop_route
from parsers.shop_paths import path_owner, titled_owner
from parsers.site_key import site_key_page
from parsers.struck import without_struck_prices
from parsers.table_groups import mend_group_categories
from parsers.vendor_page import profile_heading, vendor_detail, vendor_from_url

__all__ = ["extract_as", "extract_market", "feedback_lines", "find_cards", "looks_like_market", "vendor_name"]

_FEEDBACK_URL_RE = re.compile(
    r"/(?:feedbacks?|comments|reviews|ratings|otzyvy|bewertungen)(?:/|\.php|$)", re.IGNORECASE
)


_SEARCH_URL_RE = re.compile(
    r"[?&](?:q|query|search|keywords?|term)=|/(?:search|suche|buscar|recherche|poisk|"
    r"cerca)(?:\.php)?(?:[/?]|$)",
    re.IGNORECASE,
)


def _own_block(cards: list[Any], title: str | None) -> bool:
    """Whether the one card found is the item's own block: it holds the page's main heading, the
    item's title ("<section><h1>name</h1>... a table of prices by quantity ..."), where a list
    heads its cards from outside them."""
    if len(cards) != 1 or not title:
        return False
    return any(clean(h.text_content()) == title for h in cards[0].iter("h1"))


def _related_grid(doc: Doc, lines: list[str], cards: list[Any], title: str | None) -> bool:
    """Whether ``cards`` are a detail page's "other listings" grid: the <title> names the item (or
    a buy widget, a form that asks for a quantity or posts to a cart, stands outside the cards),
    its heading stands outside the cards, and its own price shows between it and the first card."""
    if not title:
        return False
    members = set(cards)
    if not (doc.title and title in doc.title):
        form = buy_form(doc)
        if form is None or form in members or any(anc in members for anc in form.iterancestors()):
            return False
    named = named_heading(doc)
    for text, el in [*headings(doc), *([named] if named else [])]:
        # The heading may hold the item's price and place beside its name ("<h1><span>1,250 ₹
        # </span> <strong>Used bicycle Pune</strong></h1>").
        if text == title or (title in text and len(text) <= len(title) + 40):
            if any(anc in members for anc in el.iterancestors()) or el in members:
                return False
            break
    else:
        return False
    first = Doc.lines(cards[0])
    # The item's own line, else the first that holds its name (a heading with its price beside it).
    start = lines.index(title) if title in lines else _first_holding(lines, title)
    try:
        if start < 0:
            return False
        end = lines.index(first[0], start) if first else len(lines)
    except ValueError:
        return False
    found = first_offer("\n".join(lines[start:end]))
    return found is not None and found[0] > 0


def _first_holding(lines: list[str], text: str) -> int:
    return next((i for i, line in enumerate(lines) if text in line), -1)


def _index(doc: Doc, cards: list[Any], deadline: float | None = None) -> list[Listing]:
    categories = category_names(doc, cards)
    # One header per table: looking it up per row would be quadratic on long tables.
    columns = header_columns(cards[0]) if cards[0].tag == "tr" else {}
    out = []
    for n, (card, link) in enumerate(zip(cards, title_links(doc, cards), strict=True)):
        if deadline is not None and n % 200 == 199 and time.monotonic() > deadline:
            break  # the page's time budget is spent: keep the cards read so far
        out.append(card_listing(doc, card, categories, columns, link))
    mend_labelled_handles(cards, out)  # "<label>: <b>Some_Handle</b>" alike on every card
    mend_currency_columns(doc, cards, out)  # "कीमत (XMR)" over bare figures: the rows' prices
    if out and all(r.vendor is None for r in out):
        # A shop's own showcase: every card is its (its heading's handle in their addresses too).
        owner = (shop_owner(doc, cards) or path_owner(doc, cards) or titled_owner(doc, cards)
                 or crumb_owner(doc, cards))  # "Home › Vendors › X" over "X's shop"
        if owner:
            for r in out:
                r.vendor = owner
            mend_shop_route(doc, cards, out)  # the shop's head's places: every item's
    mend_group_categories(cards, out)  # "<tr><th colspan=5>Tea</th></tr>" over its rows
    mend_facet_categories(doc, cards, out)  # a category name the page's counted list names
    mend_aligned_routes(cards, out)  # "W1 <place> W2 <places>" alike on every card
    if len(out) == len(cards) and all(r.category is None for r in out):
        # A label every card shows once whose word values sort them: their category.
        rubrics = rubric_categories(cards, current_language(), [r.vendor for r in out])
        for r, rubric in zip(out, rubrics or [], strict=False):
            r.category = rubric
    mend_heading_category(doc, cards, out)  # "Home :: Crafts :: Straw" under <h1>Straw</h1>
    return out


def _item_page(doc: Doc, listing: Listing, seller: str | None, price_labelled: bool) -> bool:
    """Whether a page that shows a seller's card is an item's page all the same: a titled item
    whose price is labelled (a "Price" column over its packages, "Price: ...") beside a buy
    control ("Купить", "Add to cart"), at an item's address or under a heading the <title>
    starts with, that is not the seller's name. A profile that shows a key is a profile. An
    unlabelled price counts beside the item's own buy form (a quantity, a post to a cart): the
    seller's box beside it ("Avaliações: 1.128 · Membro desde") is no profile."""
    title = listing.title
    if not ((price_labelled or buy_form(doc) is not None) and title):
        return False
    if seller and seller.casefold() == title.lstrip("@").casefold():
        return False
    if profile_heading(title):
        return False  # "leafy's store", "Vendor profile: leafy": a profile and its items
    parts = urlsplit(doc.url or "")
    at_item = bool(LISTING_URL_RE.search(f"{parts.path}?{parts.query}"))
    if not at_item and not (doc.title and doc.title.startswith(title)):
        return False
    return has_buy_control(doc) and "PGP PUBLIC KEY BLOCK" not in doc.text


def _shop_front(doc: Doc, vendor: Vendor) -> bool:
    """Whether a page that shows a seller's key is that seller's shop front rather than its
    profile: not at a seller's address, no statistic a profile shows (join day, feedback count,
    rating) read, no link to a seller's profile (a market of many sellers links them)."""
    if vendor.member_since or vendor.feedback_count is not None or vendor.rating is not None:
        return False
    return not (doc.url and VENDOR_URL_RE.search(doc.url)) and not vendor_links(doc)


def extract_as(doc: Doc, page_type: str, *, now: str | None = None) -> list[Any]:
    """Generic records of a market page whose type is already known (a site profile said so)."""
    if page_type == "listing_index":
        cards = find_cards(doc)
        return _index(doc, cards) if cards else []
    if page_type == "listing":
        listing, _ = listing_detail(doc, doc.text_lines)
        return [listing] if listing else []
    if page_type in ("vendor", "feedback"):
        vendor = feedback_page(doc) or vendor_detail(doc, doc.text_lines, now)
        if vendor is not None:
            vendor.feedback = feedback_lines(doc, now=now)
            if page_type == "feedback":
                _as_feedback_page(doc, vendor, now)
            return [vendor]
        if page_type == "feedback":
            found = feedback_vendor(doc, page_reviews(doc, now), now)
            return [found] if found else []
    return []


def _as_feedback_page(doc: Doc, vendor: Vendor, now: str | None) -> None:
    """A profile's record read off a vendor's feedback page, as such a page shows it: the total
    of reviews it shows (a count of one kind is none), whether a key is known only if one shows,
    and its review rows when no feedback table was read."""
    total = feedback_total(ascii_figures(doc.head_lines))  # "٣٬١٥٦" too
    if total is not None:
        vendor.feedback_count = total
    if not vendor.has_pgp_key:
        vendor.has_pgp_key = None  # a feedback page says nothing about a key
        vendor.pgp_fingerprint = None
    if not vendor.feedback:
        vendor.feedback = page_reviews(doc, now)


def looks_like_market(doc: Doc, now: str | None = None) -> bool:
    """Whether a page plainly shows market content: three priced cards or more, a price under
    a price label with a buy control or a vendor label, or a seller's page of review rows (each
    a rating mark, a date and a comment) at a seller's address or under the seller's name. For
    callers that try other readers first (a thread reader may take a seller link and dated
    feedback for posts)."""
    if len(find_cards(doc)) >= 3:
        return True
    lines = doc.head_lines
    if labelled_price(lines) is not None and (
            has_buy_control(doc) or next(iter_labels(lines, LABELS["vendor"]), None) is not None):
        return True
    return page_seller(doc) is not None and bool(page_reviews(doc, now))


def extract_market(
    doc: Doc, *, now: str | None = None, deadline: float | None = None
) -> tuple[str | None, list[Any]]:
    """(page type, records) for a market page, or (None, []) when it does not look like one."""
    column_cards(doc)  # a grid whose columns are cards: one card a row, as the readers expect
    without_struck_prices(doc)  # a sale's crossed-out old price is never the price
    lines = doc.head_lines
    feedback = feedback_page(doc)
    if feedback is not None and not priced_detail(lines):
        feedback.feedback = feedback_lines(doc, now=now)
        return "feedback", [feedback]
    cards = find_cards(doc)
    vendor = vendor_detail(doc, lines, now)
    listing, price_labelled = listing_detail(doc, lines)
    if vendor is not None and site_key_page(doc, vendor):
        # The staff's key beside a canary or news: no seller's, and an unlabelled price in its
        # news ("the bond is now 0.25 XMR") is no item's.
        vendor = None
        listing = listing if price_labelled or has_buy_control(doc) else None
    if listing is not None and (price_box(doc, cards) or _own_block(cards, listing.title)):
        cards = []  # the item's own price and its "order" link: no card of a list
    # A page at its owner's profile address is a profile even when a price shows (one in a
    # feedback row), unless that price is labelled or sits beside a buy control.
    own_profile = (
        vendor is not None
        and listing is not None
        and not price_labelled
        and (vendor_from_url(doc.url) or "").casefold() == (vendor.name or "").casefold()
        and not has_buy_control(doc)
    )
    if vendor is not None and listing is not None and _item_page(doc, listing, vendor.name, price_labelled):
        vendor = None  # the seller's card beside an item on sale: its stats are no profile
    if vendor is not None and (listing is None or vendor.has_pgp_key or vendor.member_since or own_profile):
        if len(cards) >= 3 and not vendor.has_pgp_key:
            # Cards of several sellers, each with its "member since": a result list, not a profile.
            index = _index(doc, cards, deadline)
            if len({r.vendor for r in index if r.vendor}) >= 2:
                return "listing_index", index
        elif len(cards) >= 3 and _shop_front(doc, vendor):
            # One seller's shop front: its cards on sale, its key in a footer, no statistic of a
            # profile; the cards are the seller's listings.
            index = _index(doc, cards, deadline)
            if {r.vendor for r in index if r.vendor} <= {vendor.name}:
                for r in index:
                    r.vendor = vendor.name
                return "listing_index", index
        vendor.feedback, tab = read_feedback(doc, now=now)
        # A profile's feedback tab ("Positive Feedback" over a table of them), or a page whose
        # address says it lists a vendor's feedback, is a feedback page; but a page that shows
        # the seller's whole profile (its key and join date) above a few reviews is the profile.
        full_profile = bool(vendor.has_pgp_key and vendor.member_since)
        if not tab and not full_profile and doc.url and _FEEDBACK_URL_RE.search(urlsplit(doc.url).path):
            # Review rows read by their form where no table's header names them (any language).
            tab = len(vendor.feedback or page_reviews(doc, now)) >= 2
        if tab:
            _as_feedback_page(doc, vendor, now)
        return ("feedback" if tab else "vendor"), [vendor]
    # Many cards make an index; one or two only when no labelled price says "this is one item".
    single_item = price_labelled or has_buy_control(doc)
    related = listing is not None and _related_grid(doc, lines, cards, listing.title) if cards else False
    if cards and (listing is None or len(cards) >= 3 or not single_item) and not related:
        reviews = [] if has_buy_control(doc) else cards_are_reviews(doc, cards, now)
        if reviews:
            # Rows of a rating, a date and a comment on the item bought: a page of reviews, whose
            # items are no listings on offer; its record is the seller's, with the reviews.
            seller = feedback_vendor(doc, reviews, now)
            return "feedback", [seller] if seller else []
        return "listing_index", _index(doc, cards, deadline)
    if listing is not None:
        return "listing", [listing]
    if doc.url and _SEARCH_URL_RE.search(doc.url):
        return "listing_index", []  # a search that found nothing is still a result page
    reviews = [] if cards or has_buy_control(doc) else page_reviews(doc, now)
    if reviews:
        # Review rows that show no amount paid (no card took them): a page of reviews too.
        seller = feedback_vendor(doc, reviews, now)
        return "feedback", [seller] if seller else []
    return None, []
