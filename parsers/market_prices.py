"""The price a market page asks for its item: currency markers, the first offer among a card's
lines, labelled prices, schema.org and OpenGraph prices, conversions shown beside a price.

Exchange rates, prices before tax, old prices ("statt 29,90 €") and prices per kilogram or litre
are taken only when no other price follows; postage prices (:mod:`parsers.postage`) are avoided.

>>> from parsers.market_prices import first_offer, has_marker
>>> first_offer("1 BTC = 8404.77 EUR\\nstatt 29,90 €\\n19,90 €"), has_marker("no money here")
((19.9, 'EUR'), False)
"""

from __future__ import annotations

import re
from typing import Any

from parsers.dom import Doc, clean, xpath
from parsers.labels import LABELS, iter_labels
from parsers.native_figures import ascii_figures
from parsers.price_markers import (
    MARKER_RE,
    MARKERS,
    has_marker,
    marked_indexes,
    marker_search,
    page_has_marker,
)
from parsers.prices import CURRENCY_CODES, find_prices, parse_number
from parsers.sale_price import sale_after, sale_in_text

__all__ = [
    "MARKERS",
    "MARKER_RE",
    "alt_prices",
    "first_offer",
    "has_marker",
    "is_rate",
    "item_price",
    "labelled_price",
    "marked_indexes",
    "marker_search",
    "page_has_marker",
    "positive_price",
    "price_from_lines",
]


# A digit one of a script but ASCII's (Arabic-Indic "١", Persian "۱", Devanagari "१"...): Python's
# \d is Unicode's Nd, and each script's one is its zero's code point plus one.
_NATIVE_ONE_RE = re.compile(r"[\u0661\u06f1\u0967\u09e7\u0a67\u0ae7\u0b67\u0be7\u0c67"
                            r"\u0ce7\u0d67\u0e51\u0ed1\u0f21\u1041\u17e1\u1811\uff11]")
# An exchange rate, not an offer: "1 BTC = 8404.77 EUR", "1 USD = 74.53 руб.", "BTC/USD 9100.10".
_RATE_RE = re.compile(
    r"(?:^|[\s(|])1(?:[.,]0+)?\s*(?:[A-Za-z]{3,4}|[$€£₿ɱ])\s*=|\b[A-Z]{3,4}\s*/\s*[A-Z]{3}\b\s*:?\s*\d"
)


def is_rate(text: str) -> bool:
    if _RATE_RE.search(text):
        return True
    # "۱ XMR = ۲۸٬۴۰۰٬۰۰۰ تومان": the one unit written in the script's own digits.
    return bool(_NATIVE_ONE_RE.search(text)) and bool(_RATE_RE.search(ascii_figures([text])[0]))


# A label's note in brackets, all of its line's rest: no value.
_NOTE_RE = re.compile(r"^[(（\[【][^()（）\[\]【】\d]{1,30}[)）\]】]$")

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
            before = text[max(start, p.start - 120) : p.start]
            if start and not before.strip():
                # The label on the line above, alone ("Was:" / "€ 8,50": the label and the
                # amount in elements of their own).
                before = text[text.rfind("\n", 0, start - 1) + 1 : start - 1][-30:]
            if _OLD_LABEL_RE.search(before) or _unit_price(
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
                alone = len(line.strip()) - (p.end - p.start) <= 3
                sale = None
                if alone and start:
                    sale = sale_in_text(text, start, (p.amount, p.currency), refuse=_NET_RE)
                return sale or (p.amount, p.currency)
            if weak is None:
                weak = p.amount, p.currency
        text = text[resume:]
    return weak


def labelled_price(
    lines: list[str], *, avoid: frozenset[str] = frozenset(), columns: bool = True
) -> tuple[float, str] | None:
    """The price under the first price label whose value parses (on its line, the next line, or,
    with ``columns``, the first row under a column header); a value on one of the lines ``avoid``
    names (postage prices under a "Price" column of a shipping table) is no item's price."""
    for i, value in iter_labels(lines, LABELS["price"]):
        if _NOTE_RE.match(value) and i + 1 < len(lines):
            # A note in brackets after the label qualifies it ("販売価格（税込）", "Price (incl.
            # VAT)"): the label stands alone over its value.
            i, value = i + 1, lines[i + 1]
        src = value
        prices = find_prices(value)
        alone = i > 0 and lines[i - 1] != value  # the label on a line of its own
        if not prices and i + 1 < len(lines) and (columns or not alone):
            # Two lines under a label alone ("Price" / "10" / "5,90 €") is a column's row too.
            src = lines[i + 1]
            prices = find_prices(src)
        if not prices and columns and alone:
            # A column header ("Стоимость", "Price") over a table of rows: the first row's price.
            for line in lines[i + 2 : i + 5]:
                if line.endswith(":"):
                    break
                src, prices = line, find_prices(line)
                if prices:
                    break
        if prices and (not avoid or (src not in avoid and value not in avoid)):
            found = prices[0].amount, prices[0].currency
            if src is not value or not alone:
                return found
            # The label alone over its price: a longer label over a lower price may follow.
            return sale_after(lines, i, found, refuse=_NET_RE) or found
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
    marker = marker_search()
    for i, line in enumerate(lines):
        if not marker(line):
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
