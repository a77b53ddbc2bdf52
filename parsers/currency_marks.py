"""Currency marks whose currency depends on where the page is from: the rupee's "Rs" / "රු." /
"रु" / "₨", the krona's and krone's "kr", and the dollar sign of the countries of their own dollar
or peso. A mark names a currency by the country the page's language tag names ("es-AR"), else by
the page's language (its ``<html lang>`` or Content-Language, found by
:func:`parsers.page.parse_page`), else by its host's country domain, else by the script its text
is written in; else it names its usual currency, or none.

>>> from parsers.currency_marks import page_locale, resolve
>>> resolve("රු."), resolve("rs")  # Sinhala script is Sri Lanka's; a bare "Rs" India's
('LKR', 'INR')
>>> with page_locale("ne"):
...     resolve("rs"), resolve("रु")
('NPR', 'NPR')
>>> with page_locale("da"):
...     resolve("kr")
'DKK'
>>> resolve("kr") is None  # a krona of no known country is no currency: the amount stays unread
True
>>> with page_locale(None, host="butik.example.se"):
...     resolve("kr.")
'SEK'
>>> with page_locale("es", tag="es-AR"):  # the dollar sign of a country's own peso
...     resolve("$")
'ARS'

:func:`resolve` is called by :mod:`parsers.prices` for every mark in :data:`LOCAL_MARKS`;
:func:`page_locale` is set once per page around extraction, so every reader of prices on the page
(cards, item pages, struck prices, postage) reads the same mark the same way without being told.
"""

from __future__ import annotations

import contextvars
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from parsers.cldr_currency import LocalMarks

_UNSET: Any = object()

__all__ = ["LOCAL_MARKS", "Locale", "local_mark", "page_locale", "page_marks", "price_letters", "resolve"]

# Languages (ISO 639-1 / -3) and country domains of the rupee's and the krona's users.
_RUPEE_BY_LANG = {"si": "LKR", "ne": "NPR", "ur": "PKR", "sd": "PKR", "ps": "PKR", "pa": "INR",
                  "hi": "INR", "mfe": "MUR", "dv": "MVR"}
_RUPEE_BY_TLD = {"lk": "LKR", "np": "NPR", "pk": "PKR", "in": "INR", "mu": "MUR", "sc": "SCR"}
_KRONA_BY_LANG = {"sv": "SEK", "da": "DKK", "fo": "DKK", "kl": "DKK", "no": "NOK", "nb": "NOK",
                  "nn": "NOK", "is": "ISK", "se": "NOK"}
_KRONA_BY_TLD = {"se": "SEK", "dk": "DKK", "fo": "DKK", "gl": "DKK", "no": "NOK", "is": "ISK"}

# The dollar sign of the countries whose own currency it marks; only a country says so (a
# language tag's region, "es-AR", or a country domain), never a language: Spanish is spoken in
# dollar and peso countries alike. Colombia by its region only: ".co" is a generic domain too.
_DOLLAR_BY_COUNTRY = {"ar": "ARS", "mx": "MXN", "cl": "CLP", "co": "COP", "uy": "UYU", "do": "DOP",
                      "ca": "CAD", "au": "AUD", "nz": "NZD", "sg": "SGD", "hk": "HKD", "tw": "TWD"}

#: Mark (lower-cased, as :mod:`parsers.prices` keys its tokens) -> (currency when nothing says
#: otherwise or None, currency by page language, currency by country: the language tag's region,
#: else the host's country domain). The marks in a script only one country writes name that
#: country's currency outright.
LOCAL_MARKS: dict[str, tuple[str | None, dict[str, str], dict[str, str]]] = {
    "$": ("USD", {}, _DOLLAR_BY_COUNTRY),
    "rs": ("INR", _RUPEE_BY_LANG, _RUPEE_BY_TLD),
    "rs.": ("INR", _RUPEE_BY_LANG, _RUPEE_BY_TLD),
    "₨": ("INR", _RUPEE_BY_LANG, _RUPEE_BY_TLD),
    "රු": ("LKR", {}, {}),  # Sinhala
    "රු.": ("LKR", {}, {}),
    "रु": ("INR", _RUPEE_BY_LANG, _RUPEE_BY_TLD),  # Devanagari: Nepali and Hindi pages both
    "रु.": ("INR", _RUPEE_BY_LANG, _RUPEE_BY_TLD),
    "ரூ": ("INR", {"si": "LKR"}, {"lk": "LKR"}),  # Tamil: India's, Sri Lanka's by its domain
    "ரூ.": ("INR", {"si": "LKR"}, {"lk": "LKR"}),
    "روپے": ("PKR", {}, {}),  # Urdu "rupees"
    "kr": (None, _KRONA_BY_LANG, _KRONA_BY_TLD),
    "kr.": (None, _KRONA_BY_LANG, _KRONA_BY_TLD),
    "kronor": ("SEK", {}, {}),
    "kroner": (None, _KRONA_BY_LANG, _KRONA_BY_TLD),  # Danish and Norwegian alike
    "krónur": ("ISK", {}, {}),
    ":-": (None, {"sv": "SEK"}, {"se": "SEK"}),  # Swedish shops' whole kronor: "149:-"
}

# Scripts that tell a page's language when the markup does not: letters of one country's script.
_SCRIPTS = (("si", re.compile("[\u0D80-\u0DFF]")),)


@dataclass(frozen=True)
class Locale:
    """What a page says of where it is from: its language code, its host's last label, the
    language its script tells, the country its language tag names."""

    lang: str | None = None
    tld: str | None = None
    script: str | None = None
    region: str | None = None
    #: The CLDR's marks for the page (:func:`page_marks`), found when first asked.
    marks: Any = field(default=_UNSET, compare=False, hash=False, repr=False)
    #: The page's text, where one-letter marks of its prices are looked for (:func:`price_letters`).
    text: str = field(default="", compare=False, hash=False, repr=False)


_NOWHERE = Locale()
_LOCALE: contextvars.ContextVar[Locale | None] = contextvars.ContextVar("page_locale", default=None)


def _script(text: str) -> str | None:
    """The language a sample of text's letters belong to, for the scripts in :data:`_SCRIPTS`."""
    sample = text[:4000]
    if sample.isascii():
        return None
    for lang, letters in _SCRIPTS:
        if len(letters.findall(sample)) >= 20:
            return lang
    return None


def _region(tag: str | None) -> str | None:
    """The country a language tag names: "es-AR" -> "ar", "zh-Hant-TW" -> "tw", "sv" -> None."""
    for part in (tag or "").replace("_", "-").split("-")[1:]:
        if len(part) == 2 and part.isalpha():
            return part.lower()
    return None


@contextmanager
def page_locale(
    lang: str | None, *, host: str | None = None, text: str = "", tag: str | None = None
) -> Iterator[Locale]:
    """Within the block, :func:`resolve` reads marks as a page in ``lang`` on ``host`` does,
    ``tag`` the page's whole language tag ("es-AR": its region is a country); the text's script
    is looked at only when no language is given."""
    tld = (host or "").rstrip(".").rsplit(".", 1)[-1].lower() or None
    script = None if lang else _script(text)
    locale = Locale((lang or "").lower() or None, tld, script, _region(tag), text=text)
    token = _LOCALE.set(locale)
    try:
        yield locale
    finally:
        _LOCALE.reset(token)


def resolve(mark: str) -> str | None:
    """The currency code of ``mark`` (a key of :data:`LOCAL_MARKS`) on the current page, or None
    when the page does not say which country's it is and the mark has no usual one."""
    default, by_lang, by_country = LOCAL_MARKS[mark]
    locale = _LOCALE.get() or _NOWHERE
    if locale.region and locale.region in by_country:
        return by_country[locale.region]
    lang = locale.lang or locale.script
    if lang and lang in by_lang:
        return by_lang[lang]
    if locale.tld and locale.tld in by_country and locale.tld not in _GENERIC_DOMAINS:
        return by_country[locale.tld]
    return default


def page_marks() -> LocalMarks | None:
    """The marks the Unicode CLDR adds for the current page (:mod:`parsers.cldr_currency`: "Br" on
    a Belarusian page, "؋" on a Pashto one), or None outside a page or where it adds none."""
    locale = _LOCALE.get()
    if locale is None:
        return None
    if locale.marks is _UNSET:
        from parsers.cldr_currency import local_marks, own_letters

        lang = locale.lang or locale.script
        # A page's text is searched for letters beside amounts only where its country's money
        # has a one-letter symbol (the rand's "R"), and that letter shows at all.
        own = own_letters(lang, locale.region, locale.tld) if lang or locale.tld else ""
        letters = price_letters(locale.text, own) if own and any(c in locale.text for c in own) else ""
        marks = local_marks(lang, locale.region, locale.tld, letters) if lang or locale.tld else None
        object.__setattr__(locale, "marks", marks)  # once per page: the locale is the page's
    return locale.marks


# An amount with cents right before or after one capital letter alone ("1 250,00 R", "R 320.00").
# The page's text joins elements with nothing between ("eikehout-steelR 1 299,00"): a lower-case
# letter may touch the mark.
_LETTER_PRICE_RE = re.compile(
    r"(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f.,]\d{3})*[.,]\d\d[ \u00a0\u202f]?([A-Z])(?![a-z\d])"
    r"|(?<![A-Z\d])([A-Z])[ \u00a0\u202f]?\d{1,3}(?:[ \u00a0\u202f.,]\d{3})*[.,]\d\d(?![\d.,])"
)


def price_letters(text: str, only: str | None = None) -> str:
    """The capital letters ``text`` prints as the mark of three amounts with cents or more (of
    ``only``, when given): a one-letter currency symbol ("R", "K", "L") is read only where the
    page uses it so, as prices are printed, not once beside a number (a size, a grade)."""
    counts: dict[str, int] = {}
    for found in _LETTER_PRICE_RE.finditer(text):
        letter = found.group(1) or found.group(2)
        counts[letter] = counts.get(letter, 0) + 1
    return "".join(sorted(c for c, n in counts.items() if n >= 3 and (only is None or c in only)))


def local_mark(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """A CLDR mark of the current page right before or after the amount at ``text[start:end]``
    that no built-in mark was read beside: (currency, the price's start, its end)."""
    locale = _LOCALE.get()
    if locale is None:
        return None
    marks = locale.marks if locale.marks is not _UNSET else page_marks()
    return None if marks is None else marks.around(text, start, end)


# Country domains used by sites of anywhere ("brand.co"): no country's.
_GENERIC_DOMAINS = frozenset({"co", "tv", "io", "me", "ai", "fm", "ws", "cc"})
