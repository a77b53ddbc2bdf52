"""Currency marks from the Unicode CLDR: a price mark the built-in tables of :mod:`parsers.prices`
do not know ("64,90 Br", "1,250.00 ؋", "8 900 сом", "12 000 soʻm") is read as the currency whose
local symbol it is where the page is from: the currencies of the countries the page points at (its
language tag's region, its host's country domain, its language's usual country) with their
symbols in the page's language, and the symbols the page's language writes for any currency.
Babel's CLDR data (a project dependency) is read once per language and country.

>>> from parsers.cldr_currency import local_marks
>>> marks = local_marks("be", None, None)
>>> marks.after("64,90 Br *", 5), marks.before("؋ 420", 2) is None
(('BYN', 8), True)
>>> local_marks("ps", None, None).before("؋ 420", 2)
('AFN', 0)
>>> local_marks("ru", None, "kg").after("8 900 сом", 5)  # a Russian page on a Kyrgyz host
('KGS', 9)
>>> "S" in local_marks("so", None, None).codes  # the shilling's "S" alone is no mark to read
False

:func:`parsers.currency_marks.page_marks` gives the current page's marks; :mod:`parsers.prices`
asks them only about an amount beside which no built-in mark was read, and
:mod:`parsers.market_prices` adds them to its cheap marker filter.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

__all__ = ["LocalMarks", "lettered_dollar", "local_marks", "own_letters", "unit_words"]

# Marks that name a currency only together with a country the page does not spell out: any dollar,
# the generic currency sign; one Latin letter ("S" shilling, "K" kyat, "R" rand, "L" lek) is a
# size, a thousand or an initial far more often than a price.
_AMBIGUOUS_RE = re.compile(r"[$¤]|^[A-Za-z]?$")
# Symbols of other countries' money a language lists are read when they are no short Latin
# abbreviation ("Cg" is a centigram's too) and name a currency some country uses today.
_SHORT_LATIN_RE = re.compile(r"^[A-Za-z]{1,2}\.?$")
_DIRECTION_MARKS = "\u200e\u200f\u061c"
# A word after a mark that is a word itself: the two are a phrase, not a price's end.
_WORD_NEXT_RE = re.compile(r"[ \t\u00a0\u202f]*[^\W\d_]")
_SPACES = " \t\u00a0\u202f"
# Country domains used by sites of anywhere ("brand.co"), as parsers.currency_marks has them.
_GENERIC_DOMAINS = frozenset({"co", "tv", "io", "me", "ai", "fm", "ws", "cc"})


@dataclass(frozen=True, eq=False)  # one per page setting, cached: hashed by identity
class LocalMarks:
    """The marks a page's language and countries add, as printed (mark -> currency code)."""

    codes: dict[str, str]
    by_first: dict[str, tuple[int, ...]] = field(default_factory=dict)
    by_last: dict[str, tuple[int, ...]] = field(default_factory=dict)
    marker: re.Pattern[str] = re.compile(r"(?!)")
    #: Marks that are words (:func:`unit_words`): read after an amount only where no word follows
    #: them ("2 đồng hồ" is two clocks).
    words: frozenset[str] = frozenset()

    def after(self, text: str, end: int) -> tuple[str, int] | None:
        """The currency of a mark right after ``end`` (one space allowed): (code, the mark's end)."""
        pos = end + 1 if end < len(text) and text[end] in _SPACES else end
        if pos >= len(text):
            return None
        for size in self.by_first.get(text[pos], ()):
            after = pos + size
            if after > len(text):
                continue
            code = self.codes.get(text[pos:after])
            if code and not (text[after - 1].isalpha() and after < len(text) and text[after].isalpha()):
                if self.words and text[pos:after] in self.words and _WORD_NEXT_RE.match(text, after):
                    continue
                return code, after
        return None

    def before(self, text: str, start: int) -> tuple[str, int] | None:
        """The currency of a mark ending right before ``start`` (one space allowed): (code, its start)."""
        end = start - 1 if start and text[start - 1] in _SPACES else start
        if not end:
            return None
        for size in self.by_last.get(text[end - 1], ()):
            begin = end - size
            code = self.codes.get(text[begin:end]) if begin >= 0 else None
            if code and not (text[begin].isalpha() and begin and text[begin - 1].isalpha()):
                return code, begin
        return None


    def around(self, text: str, start: int, end: int) -> tuple[str, int, int] | None:
        """The currency of a mark beside the amount at ``text[start:end]``: right before it, right
        after it, opening the next line or alone on the line before: (code, the price's start,
        its end). One look at the characters beside the amount rules most amounts out."""
        if start:
            at = start - 1 if text[start - 1] in _SPACES else start
            if at and text[at - 1] in self.by_last and (found := self.before(text, start)) is not None:
                return found[0], found[1], end
        if end < len(text):
            char = text[end]
            at = end + 1 if char in _SPACES else end
            if at < len(text) and text[at] in self.by_first and (found := self.after(text, end)) is not None:
                return found[0], start, found[1]
            if char == "\n" and (found := self.next_line(text, start, end)) is not None:
                return found[0], start, found[1]
        if start and (text[start - 1] == "\n" or text[start - 1] in _SPACES):
            found = self.prev_line(text, start)
            if found is not None:
                return found[0], found[1], end
        return None

    def next_line(self, text: str, start: int, end: int) -> tuple[str, int] | None:
        """A mark opening the line after an amount alone on its line ("64,90" over "Br *": the
        value and the sign in elements of their own), not one followed by an amount of its own."""
        if text[end : end + 1] != "\n" or text[text.rfind("\n", 0, start) + 1 : start].strip(_SPACES):
            return None
        pos = end + 1
        while pos < len(text) and text[pos] in _SPACES:
            pos += 1
        found = self.after(text, pos)
        if found is None or text[found[1] : found[1] + 4].lstrip(_SPACES)[:1].isdigit():
            return None
        return found

    def prev_line(self, text: str, start: int) -> tuple[str, int] | None:
        """A mark alone on the line before an amount that opens its line ("؋" over "420")."""
        line_start = text.rfind("\n", 0, start) + 1
        if not line_start or text[line_start:start].strip(_SPACES):
            return None
        mark = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].strip(_SPACES)
        code = self.codes.get(mark)
        return None if code is None else (code, text.rfind(mark, 0, line_start))


def _territories(lang: str | None, region: str | None, tld: str | None) -> list[str]:
    """The countries a page points at, the surest first: its tag's region, its host's country
    domain, its language's usual country (CLDR's likely subtags: "be" -> BY, "ps" -> AF)."""
    from babel.core import get_global

    known = get_global("territory_currencies")
    out = [c.upper() for c in (region, None if tld in _GENERIC_DOMAINS else tld) if c and len(c) == 2]
    likely = get_global("likely_subtags").get(lang or "")
    if likely:
        out.append(likely.split("_")[-1])
    return [c for i, c in enumerate(out) if c in known and c not in out[:i]]


def _symbols(
    lang: str | None, territories: list[str], letters: str = "", words: set[str] | None = None
) -> dict[str, str]:
    """Symbol -> currency: the territories' currencies as the page's language writes them there
    (else as the countries' official languages do) and the words it names them with (added to
    ``words``), then every symbol the language writes. A one-letter symbol of a territory's own
    money ("R", the rand) only when in ``letters``."""
    from babel import Locale, localedata
    from babel.languages import get_official_languages
    from babel.numbers import get_territory_currencies

    found: dict[str, set[str]] = {}

    def add(symbol: str, code: str, own: bool = False) -> None:
        symbol = symbol.strip(_DIRECTION_MARKS + _SPACES)
        if not _AMBIGUOUS_RE.search(symbol) or (own and len(symbol) == 1 and symbol in letters):
            found.setdefault(symbol, set()).add(code)
            if symbol.endswith(".") and len(symbol) > 2:
                found.setdefault(symbol[:-1], set()).add(code)  # "ден." printed "ден"

    for territory in territories:
        langs = [lang] if lang else list(get_official_languages(territory))[:2]
        for code in get_territory_currencies(territory):
            for name in langs:
                for ident in (f"{name}_{territory}", name):
                    if localedata.exists(ident):
                        locale = Locale.parse(ident)
                        add(locale.currency_symbols.get(code, code), code, own=True)
                        for word in unit_words(locale, code, territory):
                            add(word, code)
                            if words is not None:
                                words.add(word)
                        break
    if lang and localedata.exists(lang):
        # Symbols of other countries' money in this language ("Br" BYN in Belarusian), after the
        # countries' own: a symbol two currencies share is nobody's.
        current = _current_currencies()
        for code, symbol in Locale.parse(lang).currency_symbols.items():
            short = _SHORT_LATIN_RE.match(symbol)
            if symbol not in found and symbol != code and code in current and not short:
                add(symbol, code)
    return {s: codes.pop() for s, codes in found.items() if len(codes) == 1}


def unit_words(locale: Any, code: str, territory: str) -> list[str]:
    """The words a country's money is written with after an amount, from its CLDR names in the
    page's language (singular and plural) once the country's name is set aside: "대한민국 원" ->
    "원" ("38,000원"), "日本円" -> "円", "Đồng Việt Nam" -> "Đồng", "українська гривня" ->
    "гривня" (an adjective of the country's name, its first three letters, is the country's too);
    a one-word name that names no country is the unit itself ("บาท"). As CLDR spells them: a
    lower-cased "đồng" after a figure is a word of titles too ("2 đồng hồ", two clocks)."""
    country = str(locale.territories.get(territory) or "").casefold()
    plural = locale._data["currency_names_plural"].get(code) or {}
    names = {str(locale.currencies.get(code) or ""), *(str(v) for v in plural.values())}
    out = []
    for name in sorted(n.strip() for n in names if n.strip()):
        if " " not in name:
            low = name.casefold()
            if country and low.startswith(country) and _NO_SPACES_RE.match(low):
                name = name[len(country) :]  # "日本円": a script written without spaces
            elif country and country in low:
                continue
            words = [name] if name else []
        else:
            firsts = {w[:3] for w in country.split() if len(w) >= 3}
            words = [
                w for w in name.split()
                if w.casefold() not in country.split() and w.casefold()[:3] not in firsts
            ]
        if len(words) == 1 and not _SHORT_LATIN_RE.match(words[0]) and not words[0].isdigit():
            out.append(words[0])
    return out


# The scripts written without spaces between words (a country's name opens its money's).
_NO_SPACES_RE = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0eff]+$")


def lettered_dollar(text: str, start: int) -> tuple[str, int] | None:
    """The currency of a dollar sign at ``text[start]`` glued to the letters before it that name
    whose it is ("NT$ 1,280", "HK$95", "MX$ 450"), as the CLDR writes those signs in English:
    (code, the letters' start); None for letters it does not know. The letters start a word, or
    follow a lower-case letter in capitals ("Clay mugMX$ 180": elements joined with no space)."""
    table = _lettered_dollars()
    for size in (4, 3, 2, 1):
        begin = start - size
        if begin < 0:
            continue
        code = table.get(text[begin : start + 1])
        if code is None:
            continue
        before = text[begin - 1] if begin else " "
        if not before.isalpha() or (before.islower() and text[begin].isupper()):
            return code, begin
    return None


@functools.lru_cache(maxsize=1)
def _lettered_dollars() -> dict[str, str]:
    from babel import Locale

    return {
        form: code for code, symbol in Locale.parse("en").currency_symbols.items()
        for form in {symbol, symbol.upper()}
        if symbol.endswith("$") and symbol[:-1].isalpha() and symbol[:-1].isascii()
    }


@functools.lru_cache(maxsize=256)
def own_letters(lang: str | None, region: str | None, tld: str | None) -> str:
    """The one-letter symbols of the money of the countries a page points at, as the page's
    language writes them there ("R" for a Xhosa page: the rand), else ""; asked before a page's
    text is searched for letters beside amounts (:func:`parsers.currency_marks.price_letters`)."""
    from babel import Locale, localedata
    from babel.numbers import get_territory_currencies

    found = set()
    try:
        territories = _territories(lang, region, tld)
        for territory in territories:
            idents = [i for i in (f"{lang}_{territory}", lang, "en") if i and localedata.exists(i)]
            for code in get_territory_currencies(territory) if idents else ():
                symbol = Locale.parse(idents[0]).currency_symbols.get(code, code)
                symbol = symbol.strip(_DIRECTION_MARKS + _SPACES)
                if len(symbol) == 1 and "A" <= symbol <= "Z":
                    found.add(symbol)
    except (ValueError, LookupError):
        return ""
    return "".join(sorted(found))


@functools.lru_cache(maxsize=1)
def _current_currencies() -> frozenset[str]:
    """Currencies some country uses today (not the Belgian franc's "FB", nor the rouble's old "р.")."""
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    return frozenset(c for t in get_global("territory_currencies") for c in get_territory_currencies(t))


@functools.lru_cache(maxsize=256)
def local_marks(
    lang: str | None, region: str | None, tld: str | None, letters: str = ""
) -> LocalMarks | None:
    """The marks of a page in ``lang`` (ISO 639 code) whose tag names ``region`` and whose host's
    last label is ``tld``; None when the CLDR adds none (or Babel does not know the language).
    ``letters``: the capital letters the page prints as marks of amounts (its own country's
    one-letter symbol among them is read: "1 250,00 R" on a Xhosa page)."""
    try:
        words: set[str] = set()
        symbols = _symbols(lang, _territories(lang, region, tld), letters, words)
    except (ValueError, LookupError):  # babel's UnknownLocaleError is a ValueError
        return None
    codes: dict[str, str] = {}
    for symbol, code in symbols.items():
        # As printed, and in capitals ("BR" in a shouting price tag), never lower-cased: "br" and
        # "cm" are words of many languages.
        for form in (symbol, symbol.upper()):
            codes.setdefault(form, code)
    if not codes:
        return None
    by_first: dict[str, tuple[int, ...]] = {}
    by_last: dict[str, tuple[int, ...]] = {}
    for mark in sorted(codes, key=len, reverse=True):
        by_first[mark[0]] = (*by_first.get(mark[0], ()), len(mark))
        by_last[mark[-1]] = (*by_last.get(mark[-1], ()), len(mark))
    marker = re.compile("|".join(re.escape(m) for m in sorted(codes, key=len, reverse=True)))
    spelt = frozenset(w for word in words for w in (word, word.upper()) if w in codes)
    return LocalMarks(codes, by_first, by_last, marker, spelt)
