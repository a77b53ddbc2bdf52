"""Field readers shared by the market extractors: labelled values, prices, places, escrow, keys.

>>> from parsers.market_fields import vendor_name, places, escrow_value
>>> vendor_name("PHARMORA (1000) (4.97)"), places("EU, Worldwide, EU"), escrow_value("No (FE)")
('PHARMORA', ['EU', 'Worldwide'], False)
"""

from __future__ import annotations

import re
from typing import Any

from parsers.dom import Doc, clean, xpath
from parsers.labels import CONTROL_WORDS, LABEL_WORDS, LABELS, iter_labels
from parsers.pgp import find_armored_keys, parse_armored_keys
from parsers.prices import CURRENCY_CODES, CURRENCY_TOKENS, find_prices, parse_number

__all__ = [
    "CATEGORY_URL_RE",
    "GENERIC_HEADING_RE",
    "LISTING_URL_RE",
    "MARKER_RE",
    "ROUTE_RE",
    "TITLE_SEP_RE",
    "VENDOR_URL_RE",
    "alt_prices",
    "armored_keys",
    "breadcrumb_category",
    "breadcrumb_current",
    "escrow_value",
    "first_offer",
    "first_place",
    "has_marker",
    "headings",
    "home_link_texts",
    "is_rate",
    "item_price",
    "labelled",
    "labelled_price",
    "page_has_marker",
    "places",
    "positive_price",
    "postage_lines",
    "price_from_lines",
    "priced_options",
    "route",
    "shipping_route",
    "ships_from_value",
    "vendor_links",
    "vendor_name",
]

_NAME_TOKEN_RE = re.compile(r"^[^\s(\[|,]+")


_SPLIT_PLACES_RE = re.compile(r"\s*(?:,|;|/|\||\band\b|\bund\b|\bet\b|\by\b|\bи\b)\s*")


# Chinese and Japanese sites join a <title>'s parts with a bare "_" ("商品名_分类_店名").
TITLE_SEP_RE = re.compile(
    r"\s+(?:-|\||::|—|–|»)\s+|(?<=[\u3040-\u9fff\uff00-\uffef])_|_(?=[\u3040-\u9fff\uff00-\uffef])"
)


# Relative links ("user.php?u_id=x") count as well as absolute ones ("/vendor/x").
VENDOR_URL_RE = re.compile(
    r"(?:(?:^|/)(?:vendor|vendors|seller|sellers|user|users|u|profile|profiles|shop|store|v)"
    r"(?:/|\.php|$|\?))|(?:[?&](?:vendor|seller|user|u|id_vendor|vendor_id|seller_id|user_id|u_id|"
    r"username|member)=)",
    re.IGNORECASE,
)


LISTING_URL_RE = re.compile(
    r"(?:^|/)(?:listing|listings|product|products|item|items|offer|viewproduct|p|goods|produto|produtos|"
    r"producto|productos|produit|produits|prodotto|prodotti)"
    r"(?:/|\.php|\?|$)|[?&](?:offer|listing|product|item|pid|ls_id|listing_id|product_id|item_id|"
    r"offer_id)=",
    re.IGNORECASE,
)


MARKERS = (
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


# Every symbol and code the price reader knows is a marker too ("р.", "₴", "UAH"): a cheap filter
# that missed one hid every card priced in it. Frequent lower-case first letters stay out ("try",
# "nok" are English words, "a$" starts at every "a": the filter would pass most lines of text).
_ALL_MARKERS = sorted(
    {
        *MARKERS, *CURRENCY_CODES, "Грн", "RMB",
        # Words in non-Latin scripts ("грн", "元", "人民币") are rare enough to look for as they are.
        *(t for t in CURRENCY_TOKENS if t.isalpha() and not t.isascii()),
        # Symbols as written: "р.", "Р.", "₴"; with Latin letters in capitals only ("A$", "CA$").
        *(t.upper() if re.search("[a-z]", t) else t for t in CURRENCY_TOKENS if not t.isalpha()),
        "Р.",
    },
    key=len,
    reverse=True,
)
MARKER_RE = re.compile("|".join(re.escape(m) for m in _ALL_MARKERS))
try:
    from ahocorasick_rs import BytesAhoCorasick as _MarkerAutomaton

    # Over UTF-8 bytes: the str automaton converts and maps indices, three times slower.
    _MARKERS_AC: Any = _MarkerAutomaton([m.encode() for m in _ALL_MARKERS])
except ImportError:  # pragma: no cover - the dependency is declared
    _MARKERS_AC = None
#: Texts longer than this are searched for markers with Aho-Corasick, not the regex.
_LONG_TEXT = 4096


def has_marker(text: str) -> bool:
    """Whether ``text`` holds a currency marker (:data:`MARKER_RE`). A whole page's text is
    searched in one Aho-Corasick pass: the regex tries its ~90 alternatives at every capital
    letter, and takes 75 ms on the text of a 4 MB archive page, the automaton 5 ms.

    >>> has_marker("Price: 12 EUR"), has_marker("no money here")
    (True, False)
    """
    if _MARKERS_AC is None or len(text) < _LONG_TEXT:
        return MARKER_RE.search(text) is not None
    return bool(_MARKERS_AC.find_matches_as_indexes(text.encode("utf-8", "surrogatepass"), overlapping=False))


def page_has_marker(doc: Doc) -> bool:
    """:func:`has_marker` of the page's text, searched once per page (several readers ask)."""
    found = doc.memo.get("has_marker")
    if found is None:
        found = doc.memo["has_marker"] = has_marker(doc.text)
    return bool(found)


_YES = frozenset({"yes", "ja", "sí", "si", "oui", "да", "true", "enabled", "escrow", "sim", "tak"})


_NO = frozenset({"no", "nein", "non", "нет", "false", "disabled", "fe", "finalize early", "não", "nie"})


def vendor_name(value: str | None) -> str | None:
    """The vendor's handle from a labelled value ("PHARMORA (1000) (4.97)", "leafy - 12 sold")."""
    if not value:
        return None
    value = clean(value).lstrip("@:-– ")
    match = _NAME_TOKEN_RE.match(value)
    if not match:
        return None
    name = match.group(0).strip(".,:;-–")
    folded = name.casefold()
    if folded in LABEL_WORDS:
        return None  # a label ("Category: Cannabis", "Rating 98.70 %") names no one
    if folded in CONTROL_WORDS or value.casefold() in CONTROL_WORDS:
        return None  # nor does a control ("<h3>Купить</h3>" over a price table, "Add to cart")
    return name if 1 < len(name) <= 60 else None


_HOME_HREF_RE = re.compile(r"^(?:https?://[^/]+)?(?:/|\./|/?index\.\w+)?$", re.IGNORECASE)


def _link_texts(doc: Doc) -> tuple[frozenset[str], frozenset[str]]:
    """(texts of links to vendor profiles or shops, lower-cased texts of links home), one pass."""
    found = doc.memo.get("link_texts")
    if found is None:
        vendors, home = set(), set()
        for a in doc.root.iter("a"):
            href = a.get("href") or ""
            if VENDOR_URL_RE.search(href) and not LISTING_URL_RE.search(href):
                text = clean(a.text_content())
                if 1 < len(text) <= 60:
                    vendors.add(text)
            elif href and _HOME_HREF_RE.match(href):
                home.add(clean(a.text_content()).casefold())
        found = doc.memo["link_texts"] = (frozenset(vendors), frozenset(home))
    return found


def vendor_links(doc: Doc) -> frozenset[str]:
    """Texts of the page's links to vendor profiles or shops (computed once per page)."""
    return _link_texts(doc)[0]


def home_link_texts(doc: Doc) -> frozenset[str]:
    """Lower-cased texts of the page's links to its home page (the site's name, "Home")."""
    return _link_texts(doc)[1]


def places(value: str | None) -> list[str]:
    if not value:
        return []
    parts = [clean(p).strip(".") for p in _SPLIT_PLACES_RE.split(value)]
    return list(dict.fromkeys(p for p in parts if p and len(p) <= 60))  # "Worldwide, Worldwide" once


ROUTE_RE = re.compile(r"\s*(?:→|->|=>|⇒|➜|➔)\s*")


# A card line that is only a route: "US → US", "Germany -> EU, Worldwide" (no digits, no label).
_ROUTE_LINE_RE = re.compile(r"^([^\W\d][^\d:→]{0,40}?)\s*(?:→|->|=>|⇒|➜|➔)\s*([^\d:→]{2,300})$")


def route(lines: list[str]) -> tuple[str, list[str]] | None:
    """(ships from, ships to) from a line that shows the route alone ("DE → AT, BE, FR")."""
    for line in lines:
        if len(line) < 300 and ROUTE_RE.search(line):
            match = _ROUTE_LINE_RE.match(line)
            if match and places(match.group(2)):
                return clean(match.group(1)), places(match.group(2))
    return None


# "Shipping: from Germany to Worldwide", or a "Shipping" cell over "From Germany" / "To Worldwide".
_SHIPPING_WORDS_RE = re.compile(
    r"^(?:shipping|shipment|delivery|versand|lieferung|livraison|envío|envio|spedizione|доставка)\b",
    re.IGNORECASE,
)
_SHIPPING_RE = re.compile(
    r"^\w+\s*:?\s*(?:from|von|aus|de|depuis|desde|da|из|с)\s+(?P<f>[^\d:]{2,40}?)\s+"
    r"(?:to|nach|à|vers|a|hacia|para|в|по)\s+(?P<t>[^\d:]{2,200})$",
    re.IGNORECASE,
)


def shipping_route(lines: list[str]) -> tuple[str, list[str]] | None:
    """(ships from, ships to) under a "Shipping" word with "from ... to ..." words, on one line or
    over the next two lines."""
    for i, line in enumerate(lines):
        if len(line) < 120 and _SHIPPING_WORDS_RE.match(line):
            match = _SHIPPING_RE.match(" ".join(lines[i : i + 3]) if line.isalpha() else line)
            if match and places(match["t"]):
                return clean(match["f"]), places(match["t"])
    return None


def ships_from_value(lines: list[str]) -> str | None:
    """The labelled place goods ship from: under a shipping label ("Ships from", "Expédié de",
    "Versand aus", "Envío desde"), else under an origin label ("Origin country", "Herkunft") only
    when the lines also name where it ships to (a market's route: "Origin country: Canada" /
    "Ship to: Canada"). Alone, an origin is the product's (a shop's "Origine: Lozère, France")."""
    value = labelled(lines, "ships_from")
    if value is None:
        dest = places(labelled(lines, "ships_to"))
        if dest and not any(ch.isdigit() for place in dest for ch in place):
            value = labelled(lines, "origin")
    return value


def first_place(value: str | None) -> str | None:
    found = places(value)
    return found[0] if found else None


# "ur_here" ("you are here"): ECShop's and its derivatives' breadcrumb.
_CRUMB_RE = re.compile(r"crumb|nav-?path|navlinks|location|ur_?here|you-?are-?here", re.IGNORECASE)
CATEGORY_URL_RE = re.compile(
    r"categor|/cat/|[?&](?:cat(?:egory)?|c|sc|cs|subcat)_?id=|[?&]cat(?:egory)?=|kategorie|/c/|/browse/",
    re.IGNORECASE,
)


def breadcrumb_category(doc: Doc, title: str | None) -> str | None:
    """The last category link of a breadcrumb ("Home > Tea > Green tea" -> "Tea")."""
    for el in doc.root.iter("div", "nav", "ul", "ol", "p", "span"):
        marker = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not marker.strip() or not _CRUMB_RE.search(marker):
            continue
        anchors = [a for a in el.iter("a") if clean(a.text_content()) and clean(a.text_content()) != title]
        cats = [a for a in anchors if CATEGORY_URL_RE.search(a.get("href") or "")]
        if cats:
            # A last item that is not a link, and not the item's own name, is the most precise
            # category ("Drugs > Cannabis > <li class=active>Weed</li>" above "<h2>Blue Dream").
            items = list(el.iter("li"))
            last = clean(items[-1].text_content()) if items else ""
            if (
                last
                and len(last.split()) <= 4
                and not any(a.get("href") for a in items[-1].iter("a"))
                and (not title or (last not in title and title not in last))
            ):
                return last
            return clean(cats[-1].text_content())
        # Category links named like any page ("/optics.html"): a crumb that ends with the item's
        # own name has the item's category just before it (after the home link).
        items = [li for li in el.iter("li") if clean(li.text_content())]
        if title and len(items) >= 3 and clean(items[-1].text_content()) == title:
            prev = [a for a in items[-2].iter("a") if a.get("href")]
            if prev and not _HOME_HREF_RE.match(prev[0].get("href") or ""):
                text = clean(prev[0].text_content())
                if text and len(text.split()) <= 4:
                    return text
        # A path of two links or more that stops at a link (not at the item): the item's
        # category is that last link ("Genuss > Tees" over a product of Tees).
        inner = [a for a in anchors if not _HOME_HREF_RE.match(a.get("href") or "")]
        if title and len(inner) >= 2 and items and clean(items[-1].text_content()) != title:
            last_links = [a for a in items[-1].iter("a") if a.get("href")]
            text = clean(last_links[0].text_content()) if last_links else ""
            if text and text == clean(inner[-1].text_content()) and len(text.split()) <= 4:
                return text
    return None


# Headings that name a kind of page or section, not an item or a vendor ("Product Details",
# "Vendor Profile", "Beschreibung", "Контактная информация", "About the shop"), in the languages
# the labels cover: a profile's section headings are never its owner's name.
GENERIC_HEADING_RE = re.compile(
    r"^(?:(?:product|item|listing|offer|vendor|seller|user|member|shop|store|contact)\s+)?"
    r"(?:details?|information|info|description|profile|overview|reviews?|feedbacks?|listings?|products?|"
    r"items?|ratings?|comments?|statistics|stats|contacts?|policy|policies|terms|rules|shipping|"
    r"shipping options|payment|staff|agreement|news|announcements?)$|"
    r"^(?:about|about (?:us|me|the (?:shop|store|vendor|seller))|contact (?:us|me|the (?:vendor|seller))|"
    r"terms (?:and|&) conditions|refund policy|shipping (?:policy|information|info))$|"
    r"^(?:produktdetails|produktbeschreibung|beschreibung|verkäuferprofil|profil|détails du produit|"
    r"description du produit|détails|detalles del producto|descripción|perfil|описание|"
    r"информация о товаре|профиль|профиль продавца|"
    # Sections of a store or profile, by language: contact, about, reviews, items, shipping, terms.
    r"kontakt|kontaktdaten|kontaktinformationen|über uns|über den shop|über mich|bewertungen|"
    r"rezensionen|artikel|produkte|angebote|versand|versandoptionen|statistik|agb|"
    r"coordonnées|informations de contact|à propos|avis|évaluations|produits|annonces|livraison|"
    r"conditions|statistiques|contacto|información de contacto|acerca de|sobre nosotros|"
    r"sobre mí|opiniones|reseñas|valoraciones|productos|anuncios|envío|envíos|condiciones|"
    r"estadísticas|contatti|informazioni di contatto|chi siamo|recensioni|prodotti|spedizione|"
    r"statistiche|kontakt|dane kontaktowe|o nas|o sklepie|opinie|recenzje|produkty|dostawa|"
    r"statystyki|kontaktní údaje|o nás|recenze|hodnocení|produkty|doprava|statistiky|"
    r"contactgegevens|over ons|beoordelingen|recensies|producten|verzending|"
    r"контакты|контактная информация|контактные данные|о магазине|о продавце|о нас|отзывы|"
    r"товары|объявления|доставка|способы доставки|статистика|соглашение|правила|персонал|"
    r"контакти|про магазин|відгуки|товари|доставка)$",
    re.IGNORECASE,
)


def breadcrumb_current(doc: Doc) -> str | None:
    """The page's own name as the last item of a breadcrumb, when that item is not a link
    ("Home > Tea > <li class=active>Green tea</li>")."""
    for el in doc.root.iter("ul", "ol", "nav", "div"):
        marker = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not marker.strip() or not _CRUMB_RE.search(marker):
            continue
        items = [li for li in el.iter("li")]
        if len(items) < 2:
            continue
        last = items[-1]
        text = clean(last.text_content())
        if 2 < len(text) < 200 and not any(a.get("href") for a in last.iter("a")):
            return text
    return None


def headings(doc: Doc) -> list[tuple[str, Any]]:
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


def labelled(lines: list[str], field: str) -> str | None:
    for _, value in iter_labels(lines, LABELS[field]):
        if value and len(value) <= 200:
            return value
    return None


# An exchange rate, not an offer: "1 BTC = 8404.77 EUR", "1 USD = 74.53 руб.", "BTC/USD 9100.10".
_RATE_RE = re.compile(
    r"(?:^|[\s(|])1(?:[.,]0+)?\s*(?:[A-Za-z]{3,4}|[$€£₿ɱ])\s*=|\b[A-Z]{3,4}\s*/\s*[A-Z]{3}\b\s*:?\s*\d"
)


def is_rate(text: str) -> bool:
    return bool(_RATE_RE.search(text))


# A price before tax, which shops print beside (often before) what the buyer pays: "372 Kč bez
# DPH", "€9.00 excl. VAT", "7,56 € ohne MwSt.", "10,00 € HT", "netto", "sin IVA", "без НДС".
_NET_RE = re.compile(
    r"\b(?:bez|excl?|exkl|excluding|ohne|zzgl|sin|senza|sans|hors|without|plus|без)\.?\s*"
    r"(?:dph|vat|mwst|ust|iva|tva|btw|moms|alv|pdv|áfa|afa|ндс|пдв|taxe?s?|tax)\b|"
    r"\b(?:netto|net price|nett|ht|prix ht|ex\.? vat|ex tax)\b",
    re.IGNORECASE,
)


# A price named as the old one right before it, in text: "Old price: 18,50 €", "statt 29,90 €",
# "Ancien prix : 18,50 €", "Antes 20 €", "Старая цена 900 ₽" (a sale's struck price spelled out).
_OLD_LABEL_RE = re.compile(
    r"(?:\b(?:old|original|regular|former|list|was|previous)\s+price|\bwas|\brrp|\bmsrp|\buvp|\bstatt|"
    r"\bvorher|alter\s+preis|ursprünglicher\s+preis|ancien\s+prix|prix\s+barré|prix\s+initial|\bau\s+lieu\s+de|"
    r"precio\s+(?:anterior|original|habitual)|\bantes|prezzo\s+(?:originale|precedente|di\s+listino)|"
    r"старая\s+цена|\bбыло|\bвместо|stara\s+cena|cena\s+regularna|poprzednia\s+cena|preço\s+(?:antigo|original)|"
    r"oude\s+prijs|adviesprijs|původní\s+cena|"
    # The EU's "lowest price in the 30 days before the discount" (Omnibus directive), in shops'
    # words: "Niedrigster Preis der letzten 30 Tage", "Najniższa cena z 30 dni przed obniżką".
    r"(?:lowest|niedrigster|najniższa|plus\s+bas|más\s+bajo|più\s+basso|mais\s+baixo|laagste|nejnižší)"
    r"[^\n\d]{0,40}\b30\b[^\n\d]{0,50})\s*[:：]?\s*$",
    re.IGNORECASE,
)


# A price per quantity of goods, which shops print beside the item's price (German "Grundpreis",
# EU unit pricing): "(99,00 €* / 1 Kilogramm)", "2,50 €/kg", "12 € le kg", "3,20 € pro 100 g",
# "150 ₽ за кг", "$4.99 per lb". Units of mass, volume, length and area only: "pro Packung" or
# "per piece" is the item's price. With a quantity ("/ 5g") it is a tier of an offer on markets
# ("$10 / 1g, $45 / 5g") unless it is in brackets or under a unit-price label.
_UNIT_PRICE_RE = re.compile(
    r"[ \t*]*\)?[ \t]*(?:/|\bper\b|\bpro\b|\bje\b|\ble\b|\bla\b|\bpor\b|\bal\b|\bza\b|\bза\b)[ \t]*"
    r"(?P<q>\d+(?:[.,]\d+)?[ \t]*)?"
    r"(?:kg|kgs|kilo|kilos|kilogramm|kilogram|kilogramme|kilogramo|g|gr|grams?|gramm|gramme|gramo|mg|lbs?|oz|"
    r"l|ltr|liter|litre|litro|ml|cl|dl|m|meter|metre|metro|m²|m2|qm|кг|г|гр|л|мл|м)(?![\w²])",
    re.IGNORECASE,
)
_UNIT_LABEL_RE = re.compile(
    r"grundpreis|unit price|price per|prix (?:au|par|unitaire)|precio (?:por|unitario)|"
    r"prezzo (?:al|unitario)|цена за",
    re.IGNORECASE,
)


def _unit_price(text: str, start: int, p_start: int, p_end: int) -> bool:
    """Whether the price at ``p_start:p_end`` of ``text`` (its line starting at ``start``) is a
    price per kilogram, litre or metre."""
    match = _UNIT_PRICE_RE.match(text, p_end)
    if match is None:
        return False
    if not match["q"]:
        return True
    before = text[start:p_start]
    return before.count("(") > before.count(")") or _UNIT_LABEL_RE.search(before) is not None


def priced_options(doc: Doc) -> frozenset[str]:
    """Texts of the page's ``<option>`` elements that hold a price: postage or variant choices of
    a form ("Großbrief - 3 Tage - 2.50 €"), never the item's price while another price shows
    (computed once per page)."""
    found = doc.memo.get("priced_options")
    if found is None:
        found = frozenset()
        raw = doc.raw or b""
        if b"<option" in raw or b"<OPTION" in raw:
            texts = (" ".join(el.text_content().split()) for el in doc.root.iter("option"))
            found = frozenset(t for t in texts if t and MARKER_RE.search(t) and find_prices(t, limit=1))
        doc.memo["priced_options"] = found
    return found


# A column header that names a shipping method: the rows under it are postage choices, with their
# prices ("Versandname | Dauer | Preis": Eckmar's delivery tab).
_POSTAGE_HEADER_RE = re.compile(
    r"^(?:shipping|shipping (?:method|option|name|type|service)s?|postage(?: options?)?|"
    r"delivery(?: method| option)?s?|versand|versandart|versandname|versandoption|versandmethode|"
    r"livraison|mode de livraison|envío|envio|método de envío|forma de envío|spedizione|"
    r"metodo di spedizione|доставка|способ доставки)$",
    re.IGNORECASE,
)


def _postage_table(table: Any) -> bool:
    """Whether a table's first row names a shipping method in one of its cells."""
    head = next(table.iter("tr"), None)
    if head is None:
        return False
    names = (" ".join(c.text_content().split()) for c in head if c.tag in ("th", "td"))
    return any(_POSTAGE_HEADER_RE.match(name) for name in names)


def postage_lines(doc: Doc) -> frozenset[str]:
    """:func:`priced_options` and the priced cells of tables whose header names a shipping method
    (as the page's lines show them): postage prices, never the item's while another price shows
    (computed once per page)."""
    found = doc.memo.get("postage_lines")
    if found is None:
        cells: set[str] = set(priced_options(doc))
        raw = doc.raw or b""
        if b"<table" in raw or b"<TABLE" in raw:
            for table in doc.root.iter("table"):
                if not _postage_table(table):
                    continue
                for td in table.iter("td"):
                    lines = Doc.lines(td)
                    if lines and find_prices("\n".join(lines), limit=1):
                        cells.add("\n".join(lines))
                        cells.update(lines)
        found = doc.memo["postage_lines"] = frozenset(cells)
    return found


def first_offer(text: str, *, avoid: frozenset[str] = frozenset()) -> tuple[float, str] | None:
    """The first price in ``text`` (lines joined by newlines) outside exchange-rate lines. A price
    before tax, one named as the old price ("statt 29,90 €"), a price per kilogram or litre
    ("99,00 € / 1 Kilogramm") and a price on one of the lines ``avoid`` names (a form's postage
    options) are taken only when no other price follows (for an old or per-kilogram price: no
    other in its currency)."""
    weak: tuple[float, str] | None = None
    aside: tuple[float, str] | None = None  # the first old or per-kilogram price
    while text:
        found = find_prices(text, limit=1)  # rates are rare: one price is usually all it takes
        if not found:
            return weak
        p = found[0]
        start = text.rfind("\n", 0, p.start) + 1
        end = text.find("\n", p.end)
        resume = end + 1 if end >= 0 else len(text)
        # A zero amount is a balance ("Wallet 0.00000000 BTC"), never an offer; a signed one is
        # an extra charge ("Tracked post (+15.00 USD)").
        signed = "+" in text[max(start, p.start - 2) : p.start + 1]
        line = text[start : end if end >= 0 else len(text)]
        if p.amount > 0 and not signed and not is_rate(line):
            if _OLD_LABEL_RE.search(text[max(start, p.start - 120) : p.start]) or _unit_price(
                text, start, p.start, p.end
            ):
                # The item's own price follows in the same currency (on the same line, maybe);
                # a conversion that follows ("€21.50 / gram 0.00231 BTC") shows this one is it.
                resume = p.end
                if aside is None:
                    aside = p.amount, p.currency
            elif aside is not None and p.currency != aside[1]:
                return aside
            elif not _NET_RE.search(line) and line not in avoid:
                return p.amount, p.currency
            if weak is None:
                weak = p.amount, p.currency
        text = text[resume:]
    return weak


def labelled_price(lines: list[str], *, avoid: frozenset[str] = frozenset()) -> tuple[float, str] | None:
    """The price under the first price label whose value parses (on its line, the next line, or
    the first row under a column header); a value on one of the lines ``avoid`` names (postage
    prices under a "Price" column of a shipping table) is no item's price."""
    for i, value in iter_labels(lines, LABELS["price"]):
        src = value
        prices = find_prices(value)
        if not prices and i + 1 < len(lines):
            src = lines[i + 1]
            prices = find_prices(src)
        if not prices and i > 0 and lines[i - 1] != value:
            # A column header ("Стоимость", "Price") over a table of rows: the first row's price.
            for line in lines[i + 2 : i + 5]:
                if line.endswith(":"):
                    break
                src, prices = line, find_prices(line)
                if prices:
                    break
        if prices and (not avoid or (src not in avoid and value not in avoid)):
            return prices[0].amount, prices[0].currency
    return None


_ITEMPROP_PRICES = xpath("//*[@itemprop='price'][position() <= 20]")
_OG_AMOUNT = xpath("//meta[@property='product:price:amount' or @property='og:price:amount'][1]/@content")
_OG_CURRENCY = xpath(
    "//meta[@property='product:price:currency' or @property='og:price:currency'][1]/@content"
)
_OFFER_PROPS = frozenset({"offers", "pricespecification", "pricecomponent"})


def _scope(el: Any) -> Any:
    """The microdata item an ``itemprop`` element belongs to, past its offer: the nearest
    ``itemscope`` ancestor that is no offer ("<p itemprop=offers itemscope>"), None for the page."""
    for anc in el.iterancestors():
        if anc.get("itemscope") is not None and (anc.get("itemprop") or "").casefold() not in _OFFER_PROPS:
            return anc
    return None


def _currency_near(el: Any) -> str | None:
    """The ``priceCurrency`` of the offer an ``itemprop=price`` element stands in."""
    for anc in el.iterancestors():
        for cur in anc.iter():
            if cur.get("itemprop") == "priceCurrency":
                code = (cur.get("content") or clean(cur.text_content())).upper()
                return code if code in CURRENCY_CODES else None
        if anc.get("itemscope") is not None:
            break
    return None


def _amount(text: str | None) -> float | None:
    text = (text or "").strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)  # schema.org's own form: "27.92"
    return parse_number(text) if re.fullmatch(r"\d[\d.,\s]*", text) else None


def item_price(doc: Doc, heading: Any = None) -> tuple[float, str] | None:
    """The price the page's markup gives its own item: the first schema.org ``itemprop=price``
    of the item whose name is the page's heading ``heading`` (or of the page, outside any item),
    not one of the related items' cards further down ("<article itemscope
    itemtype=Product>" accessories); else the OpenGraph ``product:price:amount`` meta.

    >>> from parsers.dom import load
    >>> page = (b"<div itemscope itemtype='https://schema.org/Product'><h1 itemprop=name>Moka</h1>"
    ...         b"<span itemprop=price content='27.92'>27,92 EUR</span>"
    ...         b"<article itemscope itemtype='https://schema.org/Product'><h2>Filter</h2>"
    ...         b"<span itemprop=price content='5.45'>5,45 EUR</span></article></div>")
    >>> doc = load(page)
    >>> item_price(doc, doc.root.find(".//h1"))
    (27.92, 'EUR')
    """
    raw = doc.raw or b""
    if b"itemprop" in raw:
        for el in _ITEMPROP_PRICES(doc.root):
            scope = _scope(el)
            if scope is not None and (heading is None or scope not in set(heading.iterancestors())):
                continue  # another item's price (a related product's card)
            shown = find_prices(clean(el.text_content()), limit=1) if el.tag != "meta" else []
            if shown and shown[0].amount > 0:
                return shown[0].amount, shown[0].currency
            amount, currency = _amount(el.get("content")), _currency_near(el)
            if amount and currency:
                return amount, currency
    if b"price:amount" in raw:
        amounts, codes = _OG_AMOUNT(doc.root), _OG_CURRENCY(doc.root)
        if amounts and codes:
            amount, code = _amount(str(amounts[0])), str(codes[0]).strip().upper()
            if amount and code in CURRENCY_CODES:
                return amount, code
    return None


def price_from_lines(
    lines: list[str], start: int = 0, *, avoid: frozenset[str] = frozenset()
) -> tuple[float, str] | None:
    # A price label whose value parses wins; otherwise the first price after ``start``.
    found = labelled_price(lines, avoid=avoid)
    if found:
        return found
    return first_offer("\n".join(lines[start:]), avoid=avoid)  # one pass, not one call per line


def alt_prices(
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
    for i, line in enumerate(lines):
        if not MARKER_RE.search(line):
            continue
        prices = find_prices(line)
        if any(p.currency == primary[1] and p.amount == primary[0] for p in prices):
            if len(prices) == 1 and i + 1 < len(lines):
                # "1 500 руб." then "0.00044 BTC" in the next cell: a line that is only a price.
                after = find_prices(lines[i + 1])
                if len(after) == 1 and len(lines[i + 1]) - (after[0].end - after[0].start) <= 3:
                    prices = prices + after
            for p in prices:
                if p.currency != primary[1]:
                    out.setdefault(p.currency, p.amount)
            break  # the line that shows the primary price shows its conversions
    return out


def positive_price(text: str) -> bool:
    # A zero amount is a wallet balance or an empty cart, not an offer; a rate is no offer either.
    prices = find_prices(text, limit=1)
    return bool(prices) and prices[0].amount > 0 and not is_rate(text)


def escrow_value(value: str | None) -> bool | None:
    if not value:
        return None
    word = clean(value).lower().split("(")[0].strip(" .:")
    if word in _YES or word.startswith(("yes", "ja", "sí", "oui", "да")):
        return True
    if word in _NO or word.startswith(("no", "nein", "non", "нет")):
        return False
    return None


def armored_keys(doc: Doc) -> tuple[list[str], list[Any]]:
    """Armored keys as the page shows them (raw text, line breaks kept) and the readable ones."""
    if "PGP PUBLIC KEY BLOCK" not in doc.text:
        return [], []
    body = doc.root.find("body")
    raw = (body if body is not None else doc.root).text_content()
    keys = find_armored_keys(raw)
    return keys, parse_armored_keys(raw) if keys else []
