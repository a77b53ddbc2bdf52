"""A table's price column named by its currency: a header cell that is a currency's code or mark,
alone or in brackets after words of any language ("कीमत (XMR)", "Preis [€]", "USD"), over bare
figures ("0.0215"). Where no header is a price label the vocabulary knows, the first such column
is each row's price; the others are its conversions, as is any column whose figures are another's
at an exchange rate the page shows ("1 XMR ≈ ₹ 67,540"), or whose header says it is approximate
("≈ USD").

    >>> from parsers.dom import load
    >>> page = (b"<table><tr><th>Art</th><th>Hinta (XMR)</th><th>~ (EUR)</th></tr>"
    ...         b"<tr><td><a href=/i/1>Tea</a></td><td>0.0215</td><td>3,20</td></tr></table>")
    >>> doc = load(page)
    >>> rows = doc.root.xpath("//tr[td]")
    >>> column_prices(doc, rows)
    [(0.0215, 'XMR', {'EUR': 3.2})]
"""

from __future__ import annotations

import re
from typing import Any

from parsers.cards import header_row
from parsers.dom import Doc, clean
from parsers.labels import LABELS
from parsers.prices import CRYPTO, find_prices, parse_number, parse_price

__all__ = ["column_prices", "currency_heads", "mend_currency_columns"]

# A header: words, then a currency's code or mark in brackets; or the code or mark alone.
_BRACKETED_RE = re.compile(r"^(?P<words>.{0,30}?)\s*[(\[（]\s*(?P<mark>[^\s()\[\]（）\d]{1,4})\s*[)\]）]$")
_ALONE_RE = re.compile(r"^[≈~∼≃±]?\s*(?P<mark>[^\s\d]{1,4})$")
# An approximate figure's mark: the header of a column of conversions.
_APPROX_RE = re.compile(r"^\s*[≈~∼≃±]")
# A rate the page shows: "1 XMR ≈ ₹ 67,540", "1 BTC = 61 250 EUR".
_RATE_RE = re.compile(r"(?<![\d.,])1\s*(?P<code>[A-Z]{3,4})\s*[≈=~]\s*(?P<rest>[^·|\n]{1,30})")
# Conversions are rounded: a figure within this share of another's times the rate is one.
_TOLERANCE = 0.03


def currency_heads(heads: list[str]) -> list[tuple[int, str, bool]]:
    """(column, currency, approximate) of each header cell that names a currency ("Price (XMR)",
    "₹", "≈ USD")."""
    out = []
    for i, text in enumerate(heads):
        m = _BRACKETED_RE.match(text) or _ALONE_RE.match(text)
        if m is None:
            continue
        found = parse_price(f"1 {m['mark']}")
        if found is None or found[0] != 1:
            continue
        out.append((i, found[1], bool(_APPROX_RE.match(text))))
    return out


def _cell_amount(text: str, currency: str) -> float | None:
    """The figure of a cell under a currency's header: bare, or written with that currency."""
    if not text:
        return None
    prices = find_prices(text, limit=2)
    if prices:
        return prices[0].amount if len(prices) == 1 and prices[0].currency == currency else None
    if not re.fullmatch(r"[\d\s.,'\u00a0\u202f]+", text):
        return None
    return parse_number(text, crypto=currency in CRYPTO)


def _rates(doc: Doc) -> dict[tuple[str, str], float]:
    """(from, to) -> rate of the exchange rates the page's text shows ("1 XMR ≈ ₹ 67,540")."""
    out: dict[tuple[str, str], float] = {}
    for m in _RATE_RE.finditer(doc.text):
        found = parse_price(m["rest"])
        if found is not None and found[0] > 0:
            out.setdefault((m["code"], found[1]), found[0])
    return out


def _converted(amounts: list[float | None], base: list[float | None], rate: float) -> bool:
    pairs = [(a, b) for a, b in zip(amounts, base, strict=True) if a is not None and b]
    return bool(pairs) and all(abs(a - b * rate) <= _TOLERANCE * b * rate for a, b in pairs)


def column_prices(doc: Doc, cards: list[Any]) -> list[tuple[float, str, dict[str, float]]] | None:
    """Each row's (price, currency, conversions) read from its table's currency columns, or None
    when the table has no such column, or a price column the vocabulary names."""
    if not cards or cards[0].tag != "tr":
        return None
    header = header_row(cards[0])
    if header is None:
        return None
    heads = [clean(c.text_content()) for c in header if c.tag in ("th", "td")]
    found = currency_heads(heads)
    if not found or any((m := LABELS["price"].match(h)) and not m["value"] for h in heads):
        return None
    rows = [[clean(c.text_content()) for c in card if c.tag in ("td", "th")] for card in cards]
    columns = {
        i: [_cell_amount(row[i], cur) if i < len(row) else None for row in rows] for i, cur, _ in found
    }
    rates = _rates(doc) if len(found) > 1 else {}
    price_cols = []
    for i, cur, approx in found:
        if approx or not all(a is not None for a in columns[i]):
            continue
        derived = any(
            j != i and (rate := rates.get((other, cur))) and _converted(columns[i], columns[j], rate)
            for j, other, _ in found
        )
        if not derived:
            price_cols.append((i, cur))
    if not price_cols:
        return None
    col, currency = price_cols[0]
    out = []
    for n in range(len(cards)):
        alt = {
            cur: a for i, cur, _ in found if i != col and (a := columns[i][n]) is not None and cur != currency
        }
        amount = columns[col][n]
        assert amount is not None
        out.append((amount, currency, alt))
    return out


def mend_currency_columns(doc: Doc, cards: list[Any], records: list[Any]) -> None:
    """Set each record's price from its row's currency column (see the module)."""
    if len(records) != len(cards) or not cards or cards[0].tag != "tr":
        return
    prices = column_prices(doc, cards)
    for r, (amount, currency, alt) in zip(records, prices or [], strict=False):
        if amount > 0:
            r.price, r.currency, r.alt_prices = amount, currency, alt
