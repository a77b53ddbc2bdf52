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
from collections import defaultdict
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from parsers.dates import parse_date
from parsers.dom import Doc, clean
from parsers.labels import LABELS, iter_labels, label_re
from parsers.pgp import find_armored_keys, parse_armored_keys
from parsers.prices import find_prices, parse_number
from parsers.records import Feedback, Listing, Vendor

__all__ = ["extract_market", "feedback_lines", "find_cards", "vendor_name"]

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
_BUY_RE = re.compile(
    r"\b(?:add to cart|buy now|buy|order now|purchase|place order|checkout|купить|заказать|"
    r"in den warenkorb|kaufen|bestellen|acheter|commander|comprar|añadir al carrito|acquista)\b",
    re.IGNORECASE,
)
_VENDOR_URL_RE = re.compile(
    r"(?:/(?:vendor|vendors|seller|sellers|user|users|u|profile|profiles|shop|store|v)"
    r"(?:/|\.php|$|\?))|(?:[?&](?:vendor|seller|user|u|id_vendor|vendor_id|username)=)",
    re.IGNORECASE,
)
_LISTING_URL_RE = re.compile(
    r"/(?:listing|listings|product|products|item|items|offer|viewproduct|p|goods)"
    r"(?:/|\.php|\?|$)|[?&](?:offer|listing|product|item|pid)=",
    re.IGNORECASE,
)
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
_PAREN_COUNT_RE = re.compile(r"^\S+\s*\(\s*(\d[\d,.]*)\s*\)")
_SPLIT_PLACES_RE = re.compile(r"\s*(?:,|;|/|\||\band\b|\bund\b|\bet\b|\by\b|\bи\b)\s*")
_NAME_TOKEN_RE = re.compile(r"^[^\s(\[|,]+")
_MAX_CARD_TEXT = 2000
_SAMPLE = 100


def vendor_name(value: str | None) -> str | None:
    """The vendor's handle from a labelled value ("PHARMORA (1000) (4.97)", "leafy - 12 sold")."""
    if not value:
        return None
    value = clean(value).lstrip("@:-– ")
    match = _NAME_TOKEN_RE.match(value)
    if not match:
        return None
    name = match.group(0).strip(".,:;-–")
    return name if 1 < len(name) <= 60 else None


def _places(value: str | None) -> list[str]:
    if not value:
        return []
    parts = [clean(p).strip(".") for p in _SPLIT_PLACES_RE.split(value)]
    return list(dict.fromkeys(p for p in parts if p and len(p) <= 60))  # "Worldwide, Worldwide" once


def _lines_of(node: Any) -> list[str]:
    return Doc.lines(node)


def _labelled(lines: list[str], field: str) -> str | None:
    for _, value in iter_labels(lines, LABELS[field]):
        if value and len(value) <= 200:
            return value
    return None


def _labelled_price(lines: list[str]) -> tuple[float, str] | None:
    for i, value in iter_labels(lines, LABELS["price"]):
        prices = find_prices(value) or (find_prices(lines[i + 1]) if i + 1 < len(lines) else [])
        if prices:
            return prices[0].amount, prices[0].currency
    return None


def _price_from_lines(lines: list[str], start: int = 0) -> tuple[float, str] | None:
    # A price label whose value parses wins; otherwise the first price after ``start``.
    labelled = _labelled_price(lines)
    if labelled:
        return labelled
    prices = find_prices("\n".join(lines[start:]), limit=1)  # one pass, not one call per line
    return (prices[0].amount, prices[0].currency) if prices else None


def _alt_prices(
    lines: list[str], primary: tuple[float, str] | None, *, anywhere: bool = False
) -> dict[str, float]:
    """Conversions shown with the primary price: on its line, or (``anywhere``) in a whole card."""
    out: dict[str, float] = {}
    if primary is None:
        return out
    if anywhere:
        for p in find_prices("\n".join(lines)):
            if p.currency != primary[1]:
                out.setdefault(p.currency, p.amount)
        return out
    for line in lines:
        if not _MARKER_RE.search(line):
            continue
        prices = find_prices(line)
        if any(p.currency == primary[1] and p.amount == primary[0] for p in prices):
            for p in prices:
                if p.currency != primary[1]:
                    out.setdefault(p.currency, p.amount)
            break  # the line that shows the primary price shows its conversions
    return out


# ---------------------------------------------------------------- repeated blocks (index pages)


def _signature(el: Any) -> tuple[str, str]:
    return el.tag, " ".join(sorted((el.get("class") or "").split()))


_MARKERS = (
    "$",
    "€",
    "£",
    "₿",
    "฿",
    "ɱ",
    "₽",
    "¥",
    "руб",
    "USD",
    "EUR",
    "GBP",
    "AUD",
    "CAD",
    "BTC",
    "XMR",
    "LTC",
    "ETH",
    "BCH",
    "CHF",
    "RUB",
    "PLN",
    "SEK",
    "NOK",
    "DKK",
    "CZK",
    "ZEC",
    "DASH",
    "Euro",
    "euro",
    "usd",
    "eur",
    "btc",
    "xmr",
    "zł",
    "Kč",
)
_MARKER_RE = re.compile("|".join(re.escape(m) for m in _MARKERS))


def _positive_price(text: str) -> bool:
    # A zero amount is a wallet balance or an empty cart, not an offer.
    prices = find_prices(text, limit=1)
    return bool(prices) and prices[0].amount > 0


def find_cards(doc: Doc, *, min_cards: int = 1) -> list[Any]:
    """Repeated sibling blocks that each contain a price and a text link: listing cards or rows."""
    body = doc.root.find("body")
    if body is None:
        body = doc.root
    holders: list[Any] = []
    # A cheap marker regex first; only text with a currency marker goes through the price regex.
    for node in body.iter():
        text, tail = node.text, node.tail
        if text and _MARKER_RE.search(text) and _positive_price(text) and isinstance(node.tag, str):
            holders.append(node)
        if tail and _MARKER_RE.search(tail) and _positive_price(tail):
            parent = node.getparent()
            if parent is not None:
                holders.append(parent)
    if len(holders) < min_cards:
        return []
    groups: dict[tuple[Any, str, str], dict[Any, Any]] = defaultdict(dict)
    for holder in holders:
        el, depth = holder, 0
        while el is not None and el is not body and depth < 12:
            parent = el.getparent()
            if parent is None:
                break
            groups[(parent, *_signature(el))][el] = el
            el, depth = parent, depth + 1
    best: list[Any] = []
    best_score = 0.0
    # Largest groups first: a group's score never exceeds its size, so smaller ones can stop us.
    for members in sorted(groups.values(), key=len, reverse=True):
        cards = list(members.values())
        if len(cards) < min_cards or len(cards) < best_score:
            break
        if len(cards) > _SAMPLE:
            # Huge lists (thousands of rows): judge the group on a sample, keep every member.
            sample = [c for c in cards[:_SAMPLE] if _card_link(doc, c) is not None]
            good = cards if len(sample) >= 0.8 * _SAMPLE else []
        else:
            sample = good = [c for c in cards if _card_link(doc, c) is not None]
        if len(good) < min_cards:
            continue
        # Prefer many cards, each with its own price, whose text stays card-sized.
        sizes = [len(c.text_content()) for c in sample]
        if max(sizes) > _MAX_CARD_TEXT * 3:
            continue
        score = len(good) - 0.001 * (sum(sizes) / len(sizes))
        if score > best_score:
            best, best_score = good, score
    return best


def _card_link(doc: Doc, card: Any) -> Any:
    best, best_len = None, 0
    for a in card.iter("a"):
        href = a.get("href") or ""
        text = clean(a.text_content())
        if not href or href.startswith(("#", "javascript:")) or len(text) < 3:
            continue
        if find_prices(text, limit=1) and len(text) < 20:
            continue
        if _VENDOR_URL_RE.search(href) and not _LISTING_URL_RE.search(href):
            continue
        score = min(len(text), 300) + (50 if _LISTING_URL_RE.search(href) else 0)
        if a.find(".//p") is not None or a.find(".//div") is not None or a.find(".//li") is not None:
            score -= 1000  # a link wrapped around the whole card: its title link is inside
        if best is None or score > best_len:
            best, best_len = a, score
    return best


def _card_vendor(card: Any, lines: list[str]) -> str | None:
    value = _labelled(lines, "vendor")
    if value:
        return vendor_name(value)
    for line in lines:
        match = re.match(r"^(?:by|from|von|de|par|от)\s+(\S+)", line, re.IGNORECASE)
        if match:
            return vendor_name(match.group(1))
    for a in card.iter("a"):
        href = a.get("href") or ""
        if _VENDOR_URL_RE.search(href) and not _LISTING_URL_RE.search(href):
            name = vendor_name(a.text_content())
            if name:
                return name
    return None


_COLUMN_FIELDS = ("vendor", "price", "ships_from", "ships_to", "category", "stock", "escrow")
_CATEGORY_HREF_RE = re.compile(
    r"categor|/cat/|[?&]cat(?:egory)?(?:_id)?=|kategorie|/c/|/browse/", re.IGNORECASE
)
_COUNT_SUFFIX_RE = re.compile(r"\s*[(\[]?\d[\d,.]*[)\]]?\s*$")


def _category_names(doc: Doc) -> set[str]:
    """Texts of links to category pages (the site's own category names), lower-cased."""
    names = set()
    for a in doc.root.iter("a"):
        if _CATEGORY_HREF_RE.search(a.get("href") or ""):
            text = _COUNT_SUFFIX_RE.sub("", clean(a.text_content())).lower()
            if 1 < len(text) < 60:
                names.add(text)
    return names


def _header_columns(row: Any) -> dict[str, int]:
    """Field -> column index from the header row of ``row``'s table (th cells or first row)."""
    header = None
    for n, prev in enumerate(row.itersiblings(preceding=True)):
        if prev.tag == "tr" and prev.find("th") is not None:
            header = prev
            break
        if n > 50:
            break
    if header is None:
        parent = row.getparent()
        if parent is not None and parent.tag in ("tbody", "table"):
            table = parent if parent.tag == "table" else parent.getparent()
            head = table.find(".//thead/tr") if table is not None else None
            header = head
    if header is None:
        return {}
    cols: dict[str, int] = {}
    for i, cell in enumerate(c for c in header if c.tag in ("th", "td")):
        text = clean(cell.text_content())
        for name in _COLUMN_FIELDS:
            match = LABELS[name].match(text)
            if match and not match["value"] and name not in cols:
                cols[name] = i
                break
    return cols


def _card_listing(doc: Doc, card: Any, categories: set[str] | None = None,
                  columns: dict[str, int] | None = None) -> Listing:
    lines = _lines_of(card)
    link = _card_link(doc, card)
    title = clean(link.text_content()) if link is not None else (lines[0] if lines else None)
    price = _price_from_lines(lines)
    cat = _labelled(lines, "category")
    values: dict[str, str] = {}
    if card.tag == "tr":
        cells = [c for c in card if c.tag in ("td", "th")]
        for name, i in (columns if columns is not None else _header_columns(card)).items():
            if i < len(cells):
                values[name] = clean(cells[i].text_content())
    if values.get("price") and find_prices(values["price"]):
        p = find_prices(values["price"])[0]
        price = (p.amount, p.currency)
    if cat is None and values.get("category"):
        cat = values["category"]
    if cat is None and categories:
        cat = next((ln for ln in lines if ln != title and ln.lower() in categories), None)
    vendor = vendor_name(values["vendor"]) if values.get("vendor") else _card_vendor(card, lines)
    stock = parse_number(values["stock"]) if values.get("stock") else None
    return Listing(
        title=title,
        price=price[0] if price else None,
        currency=price[1] if price else None,
        alt_prices=_alt_prices(lines, price, anywhere=True),
        vendor=vendor,
        category=clean(cat) if cat else None,
        ships_from=_first_place(values.get("ships_from") or _labelled(lines, "ships_from")),
        ships_to=_places(values.get("ships_to") or _labelled(lines, "ships_to")),
        stock=int(stock) if stock is not None and 0 <= stock < 1e9 else None,
        escrow=_escrow(values.get("escrow") or _labelled(lines, "escrow")),
        listing_url=doc.absolute(link.get("href")) if link is not None else None,
        url=doc.url,
    )


_FEEDBACK_HEAD_RE = re.compile(
    r"^(?:feedbacks?|reviews?|ratings?|bewertungen|opiniones|avis|отзывы|valoraciones|recensioni|reseñas)"
    r"\s*(?:for|für|de|pour|о|on|of)?\s*[:\-–]?\s*(?P<name>[^\s()]{2,60})\s*\(\s*(?P<n>\d[\d.,]*)\s*\)",
    re.IGNORECASE,
)


def _feedback_page(doc: Doc) -> Vendor | None:
    """A vendor's feedback page: a heading "Feedback: name (N)" (in any of several languages)."""
    for tag in ("h1", "h2", "h3"):
        for h in doc.root.iter(tag):
            match = _FEEDBACK_HEAD_RE.match(clean(h.text_content()))
            if match:
                count = parse_number(match["n"])
                keys, parsed = _armored(doc)
                return Vendor(
                    name=vendor_name(match["name"]),
                    feedback_count=int(count) if count is not None else None,
                    has_pgp_key=True if keys else None,
                    pgp_fingerprint=parsed[0].fingerprint if parsed else None,
                    url=doc.url,
                )
    return None


def _first_place(value: str | None) -> str | None:
    places = _places(value)
    return places[0] if places else None


# ---------------------------------------------------------------- detail pages


def _headings(doc: Doc) -> list[tuple[str, Any]]:
    out = []
    for tag in ("h1", "h2", "h3", "h4"):
        for el in doc.root.iter(tag):
            text = clean(el.text_content())
            if 2 < len(text) < 300:
                out.append((text, el))
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


def _listing_detail(doc: Doc, lines: list[str]) -> tuple[Listing | None, bool]:
    """The listing of a detail page and whether its price was labelled ("Price: ...")."""
    title, start = _listing_title(doc, lines)
    scope = lines[start:] if start else lines
    labelled = _labelled_price(scope) or _labelled_price(lines)
    # Unlabelled, the price is the first one shown near the title (headers show exchange rates).
    price = labelled or _price_from_lines(scope[:80]) or (None if start else _price_from_lines(lines[:200]))
    vendor = None
    for _, value in iter_labels(scope, LABELS["vendor"]):
        vendor = vendor_name(value)
        if vendor:
            break
    ships_from = _first_place(_labelled(scope, "ships_from"))
    ships_to = _places(_labelled(scope, "ships_to"))
    signals = sum(
        (
            vendor is not None,
            bool(ships_from),
            bool(ships_to),
            bool(_BUY_RE.search(doc.text)),
            bool(doc.url and _LISTING_URL_RE.search(doc.url)),
        )
    )
    if price is None or price[0] <= 0 or signals < 1:
        return None, False
    cat = _labelled(scope, "category")
    stock_val = _labelled(scope, "stock")
    stock = parse_number(stock_val) if stock_val else None
    reviews = _labelled(scope, "feedback_count")
    count_match = _COUNT_IN_PARENS_RE.search(reviews) if reviews else None
    count = parse_number(count_match.group(1) or count_match.group(2)) if count_match else None
    return Listing(
        title=title,
        price=price[0],
        currency=price[1],
        alt_prices=_alt_prices(scope, price),
        vendor=vendor,
        category=clean(cat) if cat else None,
        ships_from=ships_from,
        ships_to=ships_to,
        stock=int(stock) if stock is not None and stock < 1e9 else None,
        escrow=_escrow(_labelled(scope, "escrow")),
        feedback_count=int(count) if count is not None else None,
        description=_description(doc, title),
        url=doc.url,
    ), labelled is not None


def _armored(doc: Doc) -> tuple[list[str], list[Any]]:
    """Armored keys as the page shows them (raw text, line breaks kept) and the readable ones."""
    if "PGP PUBLIC KEY BLOCK" not in doc.text:
        return [], []
    body = doc.root.find("body")
    raw = (body if body is not None else doc.root).text_content()
    keys = find_armored_keys(raw)
    return keys, parse_armored_keys(raw) if keys else []


_YES = frozenset({"yes", "ja", "sí", "si", "oui", "да", "true", "enabled", "escrow", "sim", "tak"})
_NO = frozenset({"no", "nein", "non", "нет", "false", "disabled", "fe", "finalize early", "não", "nie"})
_COUNT_IN_PARENS_RE = re.compile(r"\(\s*(\d[\d.,]*)\s*\)|^\s*(\d[\d.,]*)\s*$")
_DESC_CLASS_RE = re.compile(r"desc|beschreibung|descripci|описани|about", re.IGNORECASE)


def _escrow(value: str | None) -> bool | None:
    if not value:
        return None
    word = clean(value).lower().split("(")[0].strip(" .:")
    if word in _YES or word.startswith(("yes", "ja", "sí", "oui", "да")):
        return True
    if word in _NO or word.startswith(("no", "nein", "non", "нет")):
        return False
    return None


def _description(doc: Doc, title: str | None) -> str | None:
    """A listing's description: an element whose class says so, else None (menus are text too)."""
    for el in doc.root.iter("div", "section", "p", "article"):
        cls = el.get("class") or el.get("id") or ""
        if cls and _DESC_CLASS_RE.search(cls):
            text = "\n".join(Doc.lines(el))
            if text and text != title and len(text) >= 10:
                return text[:20000]
    return None


_FB_COLUMNS: dict[str, re.Pattern[str]] = {
    "text": re.compile(r"^(?:feedbacks?|reviews?|comments?|bewertung(?:en)?|kommentar|opini[oó]n(?:es)?|avis|"
                       r"commentaires?|отзывы?|комментари[йи]|message|text)$", re.IGNORECASE),
    "listing": re.compile(r"^(?:items?|listings?|products?|artikel|produkt|art[ií]culo|anuncio|articles?|"
                          r"produit|товар|offer|angebot)$", re.IGNORECASE),
    "date": re.compile(r"^(?:date|datum|fecha|дата|time|when|posted|le)$", re.IGNORECASE),
    "buyer": re.compile(r"^(?:buyer|käufer|comprador|acheteur|покупатель|user|from|by|customer|kunde)$",
                        re.IGNORECASE),
    "rating": re.compile(r"^(?:rating|note|оценка|calificaci[oó]n|stars?|sterne|score)$", re.IGNORECASE),
}
_RATING_WORDS: dict[str, str] = {
    **dict.fromkeys(("positive", "positiv", "positiva", "positivo", "positif", "positifs", "положительный",
                     "положительно", "good", "+"), "positive"),
    **dict.fromkeys(("negative", "negativ", "negativa", "negativo", "négatif", "negatif", "отрицательный",
                     "отрицательно", "bad", "-"), "negative"),
    **dict.fromkeys(("neutral", "neutra", "neutro", "neutre", "нейтральный", "нейтрально"), "neutral"),
}
_LEADING_RATING_RE = re.compile(r"^\s*[\[(]?\s*([^\W\d_]+|[+-])\s*[\])]?\s*[:\-–]?\s*", re.UNICODE)
_FB_LINE_SPLIT_RE = re.compile(r"\s+(?:--|—|\|)\s+")


def _rating_of(text: str) -> tuple[str | None, str]:
    """(normalised rating, rest of the text) when ``text`` starts with a rating word."""
    match = _LEADING_RATING_RE.match(text)
    if match:
        rating = _RATING_WORDS.get(match.group(1).lower())
        if rating:
            return rating, text[match.end():].strip()
    return None, text


def feedback_lines(doc: Doc, *, now: str | None = None, limit: int = 500) -> list[Feedback]:
    """Feedback lines of a vendor or feedback page: table rows under feedback headers, or
    delimited lines such as ``[Positive] text -- item -- date -- buyer``."""
    out: list[Feedback] = []
    for table in doc.root.iter("table"):
        rows = [r for r in table.iter("tr")]
        if len(rows) < 2:
            continue
        header = [clean(c.text_content()) for c in rows[0] if c.tag in ("th", "td")]
        cols: dict[str, int] = {}
        for i, text in enumerate(header):
            for name, regex in _FB_COLUMNS.items():
                if name not in cols and regex.match(text):
                    cols[name] = i
                    break
        if "date" not in cols or not ({"text", "rating"} & cols.keys()):
            continue
        for row in rows[1:limit + 1]:
            cells = [c for c in row if c.tag in ("td", "th")]
            if len(cells) <= max(cols.values()):
                continue
            cell = {name: clean(cells[i].text_content()) for name, i in cols.items()}
            rating, text = _rating_of(cell.get("text", ""))
            if "rating" in cols:
                rating = _RATING_WORDS.get(cell["rating"].lower(), cell["rating"] or None)
            if rating is None:
                row_class = (row.get("class") or "").lower()
                rating = next((v for k, v in _RATING_WORDS.items() if len(k) > 2 and k in row_class), None)
            out.append(Feedback(rating=rating, text=text or None, date=parse_date(cell["date"], now),
                                listing=cell.get("listing") or None, buyer=cell.get("buyer") or None))
    if out:
        return out
    for line in doc.text_lines:
        parts = _FB_LINE_SPLIT_RE.split(line)
        if len(parts) < 3 or len(line) > 600:
            continue
        rating, text = _rating_of(parts[0])
        date_i = next((i for i, p in enumerate(parts[1:], 1) if len(p) < 40 and parse_date(p, now)), None)
        if rating is None or date_i is None:
            continue
        out.append(Feedback(rating=rating, text=text or None, date=parse_date(parts[date_i], now),
                            listing=parts[1] if date_i > 1 else None,
                            buyer=parts[date_i + 1] if date_i + 1 < len(parts) else None))
        if len(out) >= limit:
            break
    return out


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
    since_val = _labelled(lines, "member_since")
    member_since = parse_date(since_val, now) if since_val else None
    keys, parsed = _armored(doc)
    url_hint = bool(doc.url and _VENDOR_URL_RE.search(doc.url))
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


def extract_market(doc: Doc, *, now: str | None = None,
                   deadline: float | None = None) -> tuple[str | None, list[Any]]:
    """(page type, records) for a market page, or (None, []) when it does not look like one."""
    lines = doc.text_lines
    feedback = _feedback_page(doc)
    if feedback is not None:
        feedback.feedback = feedback_lines(doc, now=now)
        return "feedback", [feedback]
    cards = find_cards(doc)
    vendor = _vendor_detail(doc, lines, now)
    listing, labelled = _listing_detail(doc, lines)
    if vendor is not None and (listing is None or vendor.has_pgp_key or vendor.member_since):
        vendor.feedback = feedback_lines(doc, now=now)
        return "vendor", [vendor]
    # Many cards make an index; one or two only when no labelled price says "this is one item".
    single_item = labelled or bool(_BUY_RE.search(doc.text))
    if cards and (listing is None or len(cards) >= 3 or not single_item):
        categories = _category_names(doc)
        # One header per table: looking it up per row would be quadratic on long tables.
        columns = _header_columns(cards[0]) if cards[0].tag == "tr" else {}
        out = []
        for n, card in enumerate(cards):
            if deadline is not None and n % 200 == 199 and time.monotonic() > deadline:
                break  # the page's time budget is spent: keep the cards read so far
            out.append(_card_listing(doc, card, categories, columns))
        return "listing_index", out
    if listing is not None:
        return "listing", [listing]
    if doc.url and _SEARCH_URL_RE.search(doc.url):
        return "listing_index", []  # a search that found nothing is still a result page
    return None, []
