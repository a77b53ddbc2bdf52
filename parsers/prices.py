"""Prices as pages print them: numbers in several national formats plus a currency.

    >>> from parsers.prices import parse_number, parse_price, find_prices
    >>> parse_number("1.234,56"), parse_number("1,234.56"), parse_number("1 234,56"), parse_number("12,50")
    (1234.56, 1234.56, 1234.56, 12.5)
    >>> parse_price("€12,50"), parse_price("12.50 EUR"), parse_price("BTC 0.0012"), parse_price("ɱ 0.35")
    ((12.5, 'EUR'), (12.5, 'EUR'), (0.0012, 'BTC'), (0.35, 'XMR'))
    >>> [p.currency for p in find_prices("USD 50.96 / 0.0097 BTC")]
    ['USD', 'BTC']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["CRYPTO", "CURRENCY_CODES", "Price", "find_prices", "parse_number", "parse_price"]

CRYPTO = frozenset({"BTC", "XMR", "LTC", "ETH", "BCH", "ZEC", "DASH", "DOGE", "USDT"})
CURRENCY_CODES = frozenset({
    "USD", "EUR", "GBP", "AUD", "CAD", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "RUB", "UAH", "BRL", "JPY",
    "CNY", "CNH", "INR", "TRY", "NZD", "HKD", "MXN", "ZAR", *CRYPTO,
})
# Symbols and words; longest first when building the regex so "US$" wins over "$".
_SYMBOLS: dict[str, str] = {
    "us$": "USD", "usd$": "USD", "a$": "AUD", "au$": "AUD", "aud$": "AUD", "c$": "CAD", "ca$": "CAD",
    "cad$": "CAD", "nz$": "NZD", "$": "USD", "€": "EUR", "£": "GBP", "₿": "BTC", "฿": "BTC", "ɱ": "XMR",
    "Ƀ": "BTC", "₽": "RUB", "₴": "UAH", "¥": "JPY", "₹": "INR", "₺": "TRY", "zł": "PLN", "kč": "CZK",
    "руб": "RUB", "руб.": "RUB", "р.": "RUB", "грн": "UAH", "mbtc": "mBTC", "μbtc": "uBTC", "ubtc": "uBTC",
    "euro": "EUR", "euros": "EUR", "eur": "EUR", "dollars": "USD", "dollar": "USD", "bitcoin": "BTC",
    "bitcoins": "BTC", "monero": "XMR", "litecoin": "LTC", "xbt": "BTC", "pounds": "GBP",
}
_SCALE = {"mBTC": ("BTC", 0.001), "uBTC": ("BTC", 0.000001)}
_CODE_ALT = "|".join(sorted(CURRENCY_CODES, key=len, reverse=True))
_SYM_ALT = "|".join(re.escape(s) for s in sorted(_SYMBOLS, key=len, reverse=True))
_CUR = rf"(?P<{{name}}>(?<![A-Za-z])(?:{_CODE_ALT})(?![A-Za-z])|{_SYM_ALT})"
_AMOUNT = r"(?P<{name}>\d{{1,3}}(?:[ ,.'\u00a0\u202f]\d{{3}})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?|[.,]\d+)"
_PRICE_RE = re.compile(
    "(?:" + _CUR.format(name="c1") + r"\s?" + _AMOUNT.format(name="a1") + r"(?![\d])" + ")|(?:"
    + r"(?<![\w.,])" + _AMOUNT.format(name="a2") + r"\s?" + _CUR.format(name="c2")
    + r"(?![A-Za-zа-яё])" + ")",
    re.IGNORECASE,
)
_NUMBER_RE = re.compile(r"[-+]?" + _AMOUNT.format(name="n").replace("(?P<n>", "(?:"))


@dataclass(frozen=True)
class Price:
    """One price found in text."""

    amount: float
    currency: str
    start: int
    end: int


def parse_number(text: str, *, crypto: bool = False) -> float | None:
    """A number in any common national format (1.234,56 / 1,234.56 / 1 234,56 / 1'234.56)."""
    match = _NUMBER_RE.search(text or "")
    if not match:
        return None
    raw = match.group(0).replace("\u00a0", " ").replace("\u202f", " ").replace("'", " ")
    sign = -1.0 if raw.startswith("-") else 1.0
    raw = raw.lstrip("+-").replace(" ", "")
    dots, commas = raw.count("."), raw.count(",")
    if dots and commas:
        decimal = "." if raw.rfind(".") > raw.rfind(",") else ","
        thousands = "," if decimal == "." else "."
        raw = raw.replace(thousands, "").replace(decimal, ".")
    elif dots + commas == 1:
        sep = "." if dots else ","
        head, tail = raw.split(sep)
        # One separator before exactly three digits is a thousands mark ("1,234"), except after
        # a leading zero or for crypto amounts, which are small ("0.123", "1.234 XMR").
        if len(tail) == 3 and head not in ("", "0") and not crypto:
            raw = head + tail
        else:
            raw = f"{head or '0'}.{tail}"
    elif dots + commas > 1:
        raw = raw.replace(",", "").replace(".", "") if (dots > 1 or commas > 1) else raw
    try:
        return sign * float(raw)
    except ValueError:
        return None


def _currency(token: str) -> str:
    up = token.upper()
    if up in CURRENCY_CODES:
        return up
    return _SYMBOLS.get(token.lower(), up)


def find_prices(text: str, *, limit: int = 50) -> list[Price]:
    """Every price (amount with a currency marker) in ``text``, in order."""
    out: list[Price] = []
    if not text:
        return out
    for match in _PRICE_RE.finditer(text):
        cur_tok = match["c1"] or match["c2"]
        amount_tok = match["a1"] or match["a2"]
        currency = _currency(cur_tok)
        factor = 1.0
        if currency in _SCALE:
            currency, factor = _SCALE[currency]
        amount = parse_number(amount_tok, crypto=currency in CRYPTO)
        if amount is None:
            continue
        out.append(Price(round(amount * factor, 10), currency, match.start(), match.end()))
        if len(out) >= limit:
            break
    return out


def parse_price(text: str | None) -> tuple[float, str] | None:
    """The first price in ``text`` as (amount, currency), or None."""
    prices = find_prices(text or "", limit=1)
    return (prices[0].amount, prices[0].currency) if prices else None
