"""Prices as pages print them: numbers in several national formats plus a currency.

>>> from parsers.prices import parse_number, parse_price, find_prices
>>> parse_number("1.234,56"), parse_number("1,234.56"), parse_number("1 234,56"), parse_number("12,50")
(1234.56, 1234.56, 1234.56, 12.5)
>>> parse_number("1,24,999.00"), parse_number("12,50,000"), parse_number("1,24")  # lakh groups; a decimal
(124999.0, 1250000.0, 1.24)
>>> parse_price("€12,50"), parse_price("12.50 EUR"), parse_price("BTC 0.0012"), parse_price("ɱ 0.35")
((12.5, 'EUR'), (12.5, 'EUR'), (0.0012, 'BTC'), (0.35, 'XMR'))
>>> [p.currency for p in find_prices("USD 50.96 / 0.0097 BTC")]
['USD', 'BTC']
>>> parse_price("12.50\\n€ pro Packung"), parse_price("€\\n12.50")  # split across a line break
((12.5, 'EUR'), (12.5, 'EUR'))
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.cldr_currency import lettered_dollar
from parsers.currency_marks import LOCAL_MARKS, local_mark, resolve
from parsers.number_symbols import ascii_separators

__all__ = [
    "CASED_CODES", "CRYPTO", "CURRENCY_CODES", "CURRENCY_TOKENS", "Price", "find_prices", "parse_number",
    "parse_price",
]

CRYPTO = frozenset({"BTC", "XMR", "LTC", "ETH", "BCH", "ZEC", "DASH", "DOGE", "USDT"})
CURRENCY_CODES = frozenset(
    {
        "USD", "EUR", "GBP", "AUD", "CAD", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "RUB", "UAH",
        "BRL", "JPY", "CNY", "CNH", "INR", "TRY", "NZD", "HKD", "MXN", "ZAR", "VND", "KRW", "ILS",
        "PHP", "NGN", "KZT", "GEL", "THB", "IDR", "RON", "BGN", "HUF", "MYR", "TZS", "KES", "RSD", *CRYPTO,
    }
)
# Codes that are also words ("PEN", "MAD", "COP", "CUP") or common abbreviations: read only in
# capitals, as shops print codes. Latin America, the Arab world, South and Central Asia, Africa,
# the Balkans and East Asia beside the codes above.
CASED_CODES = frozenset(
    {
        "ARS", "CLP", "COP", "PEN", "UYU", "PYG", "CRC", "GTQ", "HNL", "NIO", "DOP", "JMD", "TTD",
        "SAR", "AED", "QAR", "KWD", "BHD", "OMR", "JOD", "EGP", "MAD", "DZD", "TND", "LBP", "IQD", "IRR",
        "PKR", "BDT", "LKR", "NPR", "AFN", "UZS", "KGS", "AZN", "AMD", "MNT", "LAK", "KHR", "MMK", "TWD",
        "SGD", "ISK", "HRK", "BAM", "MKD", "MDL", "BYN", "UGX", "GHS", "ETB", "XOF", "XAF", "RWF",
        "ZMW", "MZN", "AOA", "NAD", "BWP", "MUR",
    }
)
CURRENCY_CODES = CURRENCY_CODES | CASED_CODES
# Symbols and words; longest first when building the regex so "US$" wins over "$".
_SYMBOLS: dict[str, str] = {
    "us$": "USD",
    "usd$": "USD",
    "a$": "AUD",
    "au$": "AUD",
    "aud$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "cad$": "CAD",
    "nz$": "NZD",
    "€": "EUR",
    "£": "GBP",
    "₿": "BTC",
    "฿": "BTC",
    "ɱ": "XMR",
    "Ƀ": "BTC",
    "₽": "RUB",
    "₴": "UAH",
    "¥": "JPY",
    "₹": "INR",
    "₺": "TRY",
    "tl": "TRY",  # how Turkish shops print the lira ("519,00TL", "1.249,00 TL"), the sign ₺ rarer
    "zł": "PLN",
    # Signs no other currency uses (฿ stays BTC: markets use it so far more than for the baht).
    "₫": "VND",
    "vnđ": "VND",
    "₩": "KRW",
    "₪": "ILS",
    "₱": "PHP",
    "₦": "NGN",
    "₸": "KZT",
    "₾": "GEL",
    "kč": "CZK",
    "lei": "RON",  # the Romanian leu's plural, as shops print it ("52,90 lei")
    # Signs of shops in Malay, Swahili and Serbian ("RM 18.90", "TSh 45,000", "1.200 дин.").
    "rm": "MYR",
    "tsh": "TZS",
    "ksh": "KES",
    "дин": "RSD",
    "дин.": "RSD",
    # Signs and abbreviations of more countries' shops: rupiah, rupee, forint, sol, kwanza (these
    # in their printed case only, see _EXACT), cedi, guaraní, taka, tögrög, kip, manat, dram,
    # colón, Egyptian pound, som, denar, riyal, dirham.
    "rp": "IDR",
    "ft": "HUF",
    "s/": "PEN",
    "kz": "AOA",
    "gh₵": "GHS",
    "₵": "GHS",
    "₲": "PYG",
    "৳": "BDT",
    "₮": "MNT",
    "₭": "LAK",
    "₼": "AZN",
    "֏": "AMD",
    "₡": "CRC",
    "e£": "EGP",
    "сом": "KGS",
    "ден": "MKD",
    "ден.": "MKD",
    "ر.س": "SAR",
    "د.إ": "AED",
    "ج.م": "EGP",
    "лв": "BGN",
    "лв.": "BGN",
    "руб": "RUB",
    "руб.": "RUB",
    "рублей": "RUB",
    "рубля": "RUB",
    "рубль": "RUB",
    "р.": "RUB",
    "грн": "UAH",
    "r$": "BRL",
    "￥": "CNY",  # the full-width sign of Chinese pages (the yen sign ¥ stays JPY)
    "元": "CNY",
    "人民币": "CNY",
    "rmb": "CNY",
    "mbtc": "mBTC",
    "μbtc": "uBTC",
    "ubtc": "uBTC",
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "dollars": "USD",
    "dollar": "USD",
    "bitcoin": "BTC",
    "bitcoins": "BTC",
    "monero": "XMR",
    "litecoin": "LTC",
    "xbt": "BTC",
    "pounds": "GBP",
}
_SCALE = {"mBTC": ("BTC", 0.001), "uBTC": ("BTC", 0.000001)}
# The Indian grouping first: groups of two digits before the last three ("1,24,999.00" lakh).
_AMOUNT = (
    r"(?P<{name}>\d{{1,2}}(?:,\d\d)+,\d{{3}}(?:\.\d+)?(?![\d,])|"
    r"\d{{1,3}}(?:[ ,.'\u00a0\u202f]\d{{3}})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?|[.,]\d+)"
)
# Amounts are found first (a cheap digit-anchored regex), then a currency is looked for right
# before or right after each one: far faster than one big regex tried at every position.
_AMOUNT_RE = re.compile(r"(?<![\d.,])" + _AMOUNT.format(name="a") + r"(?!\d)")
# An amount right after a mark that ends in a dot ("Rs.1,500.00", "дин.1.200"): the dot is the
# mark's, and the amount is read from the digit after it, not as ".1".
_GLUED_RE = re.compile(_AMOUNT.format(name="a") + r"(?!\d)")

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
    match = _NUMBER_RE.search(ascii_separators(text or ""))
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


def _currency(token: str) -> str | None:
    up = token.upper()
    if up in CURRENCY_CODES:
        return up
    low = token.lower()
    if low in LOCAL_MARKS:  # "Rs", "kr": the page's language or country says whose
        return resolve(low)
    return _SYMBOLS.get(low, up)


_TOKENS: dict[str, str] = {
    **{c.lower(): c for c in CURRENCY_CODES},
    **{s.lower(): s for s in _SYMBOLS},
    **{m: m for m in LOCAL_MARKS},
}
# Tokens read only as printed (lower-cased token -> the forms that count): "Rp 25.000" but never
# "rp", "Ft" but not "ft" (feet), "PEN 45" but not "pen 2".
_EXACT: dict[str, frozenset[str]] = {
    **{c.lower(): frozenset({c}) for c in CASED_CODES},
    "rp": frozenset({"Rp", "RP"}), "rs": frozenset({"Rs", "RS"}), "rs.": frozenset({"Rs.", "RS."}),
    "ft": frozenset({"Ft"}), "s/": frozenset({"S/"}), "kz": frozenset({"Kz"}),
    "kr": frozenset({"kr", "Kr", "KR"}), "kr.": frozenset({"kr.", "Kr.", "KR."}),
    # "Rm 5" is a room's number; shops print the ringgit and the shillings capitalised.
    "rm": frozenset({"RM"}), "tsh": frozenset({"TSh", "Tsh", "TSH"}), "ksh": frozenset({"KSh", "Ksh", "KSH"}),
}
_MAX_TOKEN = max(len(t) for t in _TOKENS)
#: Every currency token find_prices knows, lower-cased ("usd", "€", "р.", "грн").
CURRENCY_TOKENS = frozenset(_TOKENS)
_SPACES = " \t\u00a0\u202f"


# Token lengths by a token's last and first character, longest first: most numbers have no
# currency beside them, and one dict lookup tells so without slicing every length.
_BY_LAST: dict[str, tuple[int, ...]] = {}
_BY_FIRST: dict[str, tuple[int, ...]] = {}
for _tok in sorted(_TOKENS, key=len, reverse=True):
    _BY_LAST[_tok[-1]] = (*_BY_LAST.get(_tok[-1], ()), len(_tok))
    _BY_FIRST[_tok[0]] = (*_BY_FIRST.get(_tok[0], ()), len(_tok))


def _token_before(text: str, start: int) -> tuple[str, int] | None:
    """A currency token ending right before ``start`` (one space allowed): (token, its start)."""
    end = start - 1 if start and text[start - 1] in _SPACES else start
    if not end:
        return None
    for size in _BY_LAST.get(text[end - 1].lower(), ()):
        if size > end:
            continue
        tok = text[end - size : end].lower()
        if tok in _TOKENS and (tok not in _EXACT or text[end - size : end] in _EXACT[tok]):
            # Letter codes must not be the end of a longer word ("XUSD 5"); symbols may touch.
            if tok.isalpha() and end - size > 0 and text[end - size - 1].isalpha():
                continue
            return tok, end - size
    return None


_NO_CENTS = frozenset({",-", ".-", ",–", ".–", ",—", ".—"})


def _token_after(text: str, end: int) -> tuple[str, int] | None:
    """A currency token right after ``end`` (one space allowed): (token, its end). A whole
    amount's dash for no cents ("149,- kr", "25.– Fr.", "99,- Kč") stands between them too."""
    if text[end : end + 2] in _NO_CENTS:
        end += 2
    pos = end + 1 if end < len(text) and text[end] in _SPACES else end
    if pos >= len(text):
        return None
    room = len(text) - pos
    for size in _BY_FIRST.get(text[pos].lower(), ()):
        if size > room:
            continue
        tok = text[pos : pos + size].lower()
        if tok in _TOKENS and (tok not in _EXACT or text[pos : pos + size] in _EXACT[tok]):
            after = pos + size
            if tok[-1].isalpha() and after < len(text) and text[after].isalpha():
                continue
            return tok, after
    return None


def _token_next_line(text: str, start: int, end: int) -> tuple[str, int] | None:
    """A currency token that starts the line after an amount alone on its line: a template that
    prints the value, a newline, then the symbol ("<strong>12.50\n€</strong> pro Packung", Eckmar's
    currency include). Not when the token's line goes on with an amount of its own ("5\n€ 10.00":
    a count over a price)."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(_SPACES):
        return None  # words before the amount on its line: not the value alone
    pos = end + 1
    while pos < len(text) and text[pos] in _SPACES:
        pos += 1
    found = _token_after(text, pos)
    if found is None:
        return None
    rest = text[found[1] : found[1] + 4].lstrip(_SPACES)
    return None if rest[:1].isdigit() else found


def _token_prev_line(text: str, start: int) -> tuple[str, int] | None:
    """A currency token alone on the line before an amount that starts its line ("€" over
    "12.50": a symbol and a value in adjacent elements): (token, its start)."""
    pos = start
    while pos and text[pos - 1] in _SPACES:
        pos -= 1
    if not pos or text[pos - 1] != "\n":
        return None
    line_end = pos - 1
    while line_end and text[line_end - 1] in _SPACES:
        line_end -= 1
    if not line_end or line_end - text.rfind("\n", 0, line_end) - 1 > _MAX_TOKEN + 2:
        return None
    found = _token_before(text, line_end)
    if found is None:
        return None
    line_start = text.rfind("\n", 0, found[1]) + 1
    if text[line_start : found[1]].strip(_SPACES):
        return None  # words before the token on its line: not the symbol alone
    if line_start and _token_before(text, line_start - 1) is not None:
        return None  # a list of currencies ("USD", "EUR", "BTC" in a switcher), then a number
    return found


def _code_after(text: str, end: int) -> tuple[str, int] | None:
    """An ISO 4217 code right after an amount (one space allowed): (code, its end)."""
    found = _token_after(text, end)
    if found is None or not found[0].isalpha() or found[0].upper() not in CURRENCY_CODES:
        return None
    return found


def find_prices(text: str, *, limit: int = 50) -> list[Price]:
    """Every price (amount with a currency marker) in ``text``, in order."""
    out: list[Price] = []
    if not text:
        return out
    # "۰٫۱۲۵": a CLDR decimal mark of the Arabic script, one character for one (spans stay).
    text = ascii_separators(text)
    glued_end = -1
    for match in _AMOUNT_RE.finditer(text):
        start, end = match.span()
        if start < glued_end:
            continue
        found = local = None
        if text[start] == "." and start and not text[start - 1].isspace():
            found = _token_before(text, start + 1)
            glued = _GLUED_RE.match(text, start + 1) if found and found[0].endswith(".") else None
            if glued is None:
                found = None
            else:
                match, (start, end) = glued, glued.span()
                glued_end = end
        found = found or _token_before(text, start)
        if found is not None:
            cur_tok, p_start, p_end = found[0], found[1], end
            if found[0] in LOCAL_MARKS and (code := _code_after(text, end)) is not None:
                cur_tok, p_end = code  # "$ 1.450,00 MXN": the written code says whose dollar
            elif cur_tok == "$" and p_start and text[p_start - 1].isalpha():
                cur_tok, p_start = lettered_dollar(text, p_start) or (cur_tok, p_start)  # "NT$ 1,280"
        else:
            found = _token_after(text, end)
            if found is None and end < len(text) and text[end] == "\n":
                found = _token_next_line(text, start, end)
            if found is None and start:
                before = _token_prev_line(text, start)
                if before is not None:
                    found, p_start = before, before[1]
            else:
                p_start = start
            if found is None:
                # No built-in mark: one the page's language writes, by the Unicode CLDR ("64,90 Br").
                local = local_mark(text, start, end)
                if local is None or (local[1] == start and start and text[start - 1].isalpha()):
                    continue
                cur_tok, p_start, p_end = local
            elif start and text[start - 1].isalpha():
                continue
            else:
                cur_tok, p_end = found[0], (found[1] if p_start == start else end)
        amount_tok = match["a"]
        currency = _currency(cur_tok) if local is None else cur_tok
        if currency is None:
            continue  # a mark of no known country ("kr" on a page that says nothing of where)
        factor = 1.0
        if currency in _SCALE:
            currency, factor = _SCALE[currency]
        amount = parse_number(amount_tok, crypto=currency in CRYPTO)
        if amount is None:
            continue
        out.append(Price(round(amount * factor, 10), currency, p_start, p_end))
        if len(out) >= limit:
            break
    return out


def parse_price(text: str | None) -> tuple[float, str] | None:
    """The first price in ``text`` as (amount, currency), or None."""
    prices = find_prices(text or "", limit=1)
    return (prices[0].amount, prices[0].currency) if prices else None
