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
from urllib.parse import parse_qs, unquote, urlsplit

from parsers.cards import card_listing, category_names, find_cards, header_columns
from parsers.dates import parse_date
from parsers.dom import Doc, clean
from parsers.feedback import feedback_lines, feedback_page
from parsers.labels import LABELS, iter_labels, label_re
from parsers.market_fields import (
    LISTING_URL_RE,
    VENDOR_URL_RE,
    alt_prices,
    armored_keys,
    breadcrumb_category,
    escrow_value,
    first_place,
    labelled,
    labelled_price,
    places,
    price_from_lines,
    vendor_name,
)
from parsers.prices import parse_number
from parsers.records import Listing, Vendor
from parsers.regex_gate import gated

__all__ = ["extract_as", "extract_market", "feedback_lines", "find_cards", "vendor_name"]

_NAME_LABEL = label_re(
    (
        "username",
        "user name",
        "vendor name",
        "seller name",
        "name",
        "benutzername",
        "nutzername",
        "nom d'utilisateur",
        "pseudo",
        "usuario",
        "nombre de usuario",
        "пользователь",
        "логин",
        "ник",
        "vendor",
        "seller",
        "verkäufer",
        "vendeur",
        "vendedor",
        "продавец",
    )
)


_BUY_RE = gated(re.compile(
    r"\b(?:add to cart|buy now|buy|order now|purchase|place order|checkout|купить|заказать|"
    r"in den warenkorb|kaufen|bestellen|acheter|commander|comprar|añadir al carrito|acquista)\b",
    re.IGNORECASE,
))


_SEARCH_URL_RE = re.compile(
    r"[?&](?:q|query|search|keywords?|term)=|/(?:search|suche|buscar|recherche|poisk|"
    r"cerca)(?:\.php)?(?:[/?]|$)",
    re.IGNORECASE,
)


_FEEDBACK_WORDS_RE = re.compile(
    r"\b(?:feedback|feedbacks|reviews|ratings|отзывы|bewertungen|avis|valoraciones|"
    r"opiniones)\b",
    re.IGNORECASE,
)


_PROFILE_HEAD_RE = re.compile(
    r"^(?:(?P<a>[^|:\-–]{2,40}?)\s*(?:\||-|–|:|'s)\s*(?:user |vendor |seller )?(?:profile|store|shop)\b.*|"
    r"(?:(?:user |vendor |seller )?profile|vendor|seller|shop|store|профиль|продавец|магазин|profil|perfil|"
    r"verkäufer|vendeur|vendedor)\s*(?:of|de|von|:|-|–)?\s*(?P<b>[^\s|,:]{2,40}).*)$",
    re.IGNORECASE,
)


_TITLE_CONTACT_RE = re.compile(
    r"^(?:contact|profile of|profile|vendor|seller|user)\s*[:\-]?\s*(?P<n>[^\s|]{2,40})$", re.IGNORECASE
)


_PERCENT_RE = re.compile(r"(\d{1,3}(?:[.,]\d{1,2})?)\s*%")


_COUNT_BEFORE_WORD_RE = re.compile(
    r"(?<![\d.,])(\d[\d,.\u00a0 ]*)\s+(?:feedbacks?|reviews?|ratings?|sales|orders|отзыв\w*|продаж\w*|"
    r"bewertungen|verkäufe|opiniones|valoraciones|ventas|avis|ventes|recensioni)\b",
    re.IGNORECASE,
)
_PAREN_COUNT_RE = re.compile(r"^\S+\s*\(\s*(\d[\d,.]*)\s*\)")


def _headings(doc: Doc) -> list[tuple[str, Any]]:
    """(text, element) of the h1, then h2, h3 and h4 headings (computed once per page; read-only)."""
    cached = doc.memo.get("headings")
    if cached is not None:
        return list(cached)
    out = []
    for tag in ("h1", "h2", "h3", "h4"):
        for el in doc.root.iter(tag):
            text = clean(el.text_content())
            if 2 < len(text) < 300:
                out.append((text, el))
    doc.memo["headings"] = tuple(out)
    return out


def _listing_title(doc: Doc, lines: list[str]) -> tuple[str | None, int]:
    """The listing's title and the line where it appears (prices are searched after it)."""
    title = doc.title
    parts = [clean(p) for p in re.split(r"\s+(?:-|\||::|—|–|»)\s+", title) if clean(p)] if title else []
    candidates = [text for text, _ in _headings(doc)]
    chosen = None
    # A heading that the <title> repeats is the listing's name; the longest such heading, since
    # the site's own name is repeated too and is usually the shorter.
    repeated = [text for text in candidates if title and text in title and len(text) >= 4]
    if repeated:
        chosen = max(repeated, key=len)
    if chosen is None and parts:
        longest = max(parts, key=len)
        if longest in lines:
            chosen = longest
    if chosen is None and candidates:
        chosen = candidates[0]
    if chosen is None and parts:
        chosen = max(parts, key=len)
    index = 0
    if chosen:
        for i, line in enumerate(lines):
            if line == chosen:
                index = i
                break
    return chosen, index


def _has_buy_button(doc: Doc) -> bool:
    """A buy/order control on the page (asked by several checks: computed once per page)."""
    if "buy" not in doc.memo:
        # Buttons, inputs and short lines only: running the regex over all the text is slow.
        controls = [clean(el.text_content()) for el in doc.root.iter("button", "a", "label", "option")]
        controls += [el.get("value") or "" for el in doc.root.iter("input")]
        text = "\n".join(c for c in controls if 0 < len(c) < 60)
        short = "\n".join(line for line in doc.text_lines if len(line) < 40)
        doc.memo["buy"] = bool(_BUY_RE.search(text) or _BUY_RE.search(short))
    return bool(doc.memo["buy"])


def _linked_vendor(doc: Doc, near: list[str]) -> str | None:
    """An unlabelled seller: a link to a vendor profile whose name stands near the title
    ("by leafy", "leafy (12)")."""
    names = set()
    for a in doc.root.iter("a"):
        href = a.get("href") or ""
        if VENDOR_URL_RE.search(href) and not LISTING_URL_RE.search(href):
            name = vendor_name(a.text_content())
            if name and len(clean(a.text_content()).split()) == 1:
                names.add(name)
    if not names:
        return None
    for line in near:
        match = re.match(r"^(?:by|from|von|par|de|от)?\s*(\S+)", line, re.IGNORECASE)
        token = vendor_name(match.group(1)) if match else None
        if token in names:
            return token
    return None


def _listing_detail(doc: Doc, lines: list[str]) -> tuple[Listing | None, bool]:
    """The listing of a detail page and whether its price was labelled ("Price: ...")."""
    title, start = _listing_title(doc, lines)
    scope = lines[start:] if start else lines
    price_label = labelled_price(scope) or labelled_price(lines)
    # Unlabelled, the price is the first one shown near the title (headers show exchange rates).
    price = price_label or price_from_lines(scope[:80]) or (None if start else price_from_lines(lines[:200]))
    vendor = None
    for _, value in iter_labels(scope, LABELS["vendor"]):
        vendor = vendor_name(value)
        if vendor:
            break
    if vendor is None:
        vendor = _linked_vendor(doc, scope[:40])
    ships_from = first_place(labelled(scope, "ships_from"))
    ships_to = places(labelled(scope, "ships_to"))
    # One signal is enough: the buy-control scan (whole tree) runs only when the others fail.
    signal = (
        vendor is not None
        or bool(ships_from)
        or bool(ships_to)
        or bool(doc.url and LISTING_URL_RE.search(doc.url))
        or _has_buy_button(doc)
    )
    if price is None or price[0] <= 0 or not signal:
        return None, False
    cat = labelled(scope, "category") or breadcrumb_category(doc, title)
    stock_val = labelled(scope, "stock")
    stock = parse_number(stock_val) if stock_val else None
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


def _vendor_from_url(url: str | None) -> str | None:
    if not url:
        return None
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    for key in ("vendor", "seller", "user", "username", "u", "name"):
        if query.get(key) and not query[key][0].isdigit():
            return unquote(query[key][0])
    segs = [s for s in parts.path.split("/") if s]
    for i, seg in enumerate(segs[:-1]):
        if seg.lower() in (
            "vendor",
            "vendors",
            "seller",
            "sellers",
            "user",
            "users",
            "u",
            "profile",
            "v",
            "shop",
        ):
            nxt = unquote(segs[i + 1])
            if not nxt.isdigit() and len(nxt) <= 60:
                return nxt
    return None


def _vendor_detail(doc: Doc, lines: list[str], now: str | None) -> Vendor | None:
    name = None
    name_line = None
    for i, value in iter_labels(lines, _NAME_LABEL, strict=True):
        name = vendor_name(value)
        if name:
            name_line = lines[i]
            break
    if name is None:
        for text, _ in _headings(doc):
            match = _PROFILE_HEAD_RE.match(text)
            if match:
                name = vendor_name(match["a"] or match["b"])
                if name:
                    break
    if name is None and doc.title:
        # "Contact leafy", "Hansa - vendor leafy": any part of the <title>.
        for part in [doc.title, *re.split(r"\s+(?:-|\||::|—|–|»)\s+", doc.title)]:
            match = _TITLE_CONTACT_RE.match(part.strip())
            name = vendor_name(match["n"]) if match else None
            if name:
                break
    if name is None:
        name = _vendor_from_url(doc.url)
    since_val = labelled(lines, "member_since")
    member_since = parse_date(since_val, now) if since_val else None
    keys, parsed = armored_keys(doc)
    url_hint = bool(doc.url and VENDOR_URL_RE.search(doc.url))
    if name is None and (member_since or keys) and url_hint:
        # A profile that shows its owner only as a bare heading ("<h1>leafy <span>Level 3</span>").
        for text, _ in _headings(doc)[:3]:
            token = vendor_name(text)
            if token and len(text.split()) <= 4:
                name = token
                break
    if name is None or not (member_since or keys or url_hint):
        return None
    feedback_count = None
    rating = None
    # "name (385)" next to the name, then a labelled count.
    for line in ([name_line] if name_line else []) + [ln for ln in lines if ln.startswith(name)][:3]:
        match = _PAREN_COUNT_RE.match(line)
        if match:
            number = parse_number(match.group(1))
            feedback_count = int(number) if number is not None else None
            break
    if feedback_count is None:
        for _, value in iter_labels(lines, LABELS["feedback_count"]):
            number = parse_number(value) if re.match(r"^\s*[\d(]", value) else None
            if number is not None:
                feedback_count = int(number)
                break
    if feedback_count is None:
        for line in lines:  # "1,234 feedbacks", "532 отзыва"
            match = _COUNT_BEFORE_WORD_RE.search(line) if len(line) < 80 else None
            if match:
                number = parse_number(match.group(1))
                feedback_count = int(number) if number is not None else None
                break
    for _, value in iter_labels(lines, LABELS["rating"]):
        match = _PERCENT_RE.search(value)
        if match and len(value) < 40:
            rating = float(match.group(1).replace(",", "."))
            break
    for line in lines if rating is None else []:
        if len(line) <= 90 and re.search(r"positiv|рейтинг|rating|score|satisf", line, re.IGNORECASE):
            match = _PERCENT_RE.search(line)
            if match and "(0%" not in line:
                share = float(match.group(1).replace(",", "."))
                if 0 <= share <= 100:
                    rating = share
                    break
    return Vendor(
        name=name,
        feedback_count=feedback_count,
        rating=rating,
        member_since=member_since,
        pgp_fingerprint=parsed[0].fingerprint if parsed else None,
        has_pgp_key=bool(keys),
        pgp_key=keys[0] if keys else None,
        url=doc.url,
    )


def extract_as(doc: Doc, page_type: str, *, now: str | None = None) -> list[Any]:
    """Generic records of a market page whose type is already known (a site profile said so)."""
    if page_type == "listing_index":
        cards = find_cards(doc)
        columns = header_columns(cards[0]) if cards and cards[0].tag == "tr" else {}
        categories = category_names(doc) if cards else set()
        return [card_listing(doc, c, categories, columns) for c in cards]
    if page_type == "listing":
        listing, _ = _listing_detail(doc, doc.text_lines)
        return [listing] if listing else []
    if page_type in ("vendor", "feedback"):
        vendor = feedback_page(doc) or _vendor_detail(doc, doc.text_lines, now)
        if vendor is not None:
            vendor.feedback = feedback_lines(doc, now=now)
            return [vendor]
    return []


def extract_market(
    doc: Doc, *, now: str | None = None, deadline: float | None = None
) -> tuple[str | None, list[Any]]:
    """(page type, records) for a market page, or (None, []) when it does not look like one."""
    lines = doc.text_lines
    feedback = feedback_page(doc)
    if feedback is not None:
        feedback.feedback = feedback_lines(doc, now=now)
        return "feedback", [feedback]
    cards = find_cards(doc)
    vendor = _vendor_detail(doc, lines, now)
    listing, price_labelled = _listing_detail(doc, lines)
    if vendor is not None and (listing is None or vendor.has_pgp_key or vendor.member_since):
        vendor.feedback = feedback_lines(doc, now=now)
        return "vendor", [vendor]
    # Many cards make an index; one or two only when no labelled price says "this is one item".
    single_item = price_labelled or _has_buy_button(doc)
    if cards and (listing is None or len(cards) >= 3 or not single_item):
        categories = category_names(doc)
        # One header per table: looking it up per row would be quadratic on long tables.
        columns = header_columns(cards[0]) if cards[0].tag == "tr" else {}
        out = []
        for n, card in enumerate(cards):
            if deadline is not None and n % 200 == 199 and time.monotonic() > deadline:
                break  # the page's time budget is spent: keep the cards read so far
            out.append(card_listing(doc, card, categories, columns))
        return "listing_index", out
    if listing is not None:
        return "listing", [listing]
    if doc.url and _SEARCH_URL_RE.search(doc.url):
        return "listing_index", []  # a search that found nothing is still a result page
    return None, []
