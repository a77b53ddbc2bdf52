"""Currency markers: the cheap filter every reader of prices runs before the price reader, over a
text, a page or many texts at once (built-in marks and the page's own marks by the CLDR).

>>> from parsers.price_markers import has_marker, marked_indexes
>>> has_marker("Price: 12 EUR"), marked_indexes(["Tea", "12 EUR", "Cup", "$ 3"])
(True, [1, 3])
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate
from operator import add
from typing import Any

from parsers.currency_marks import page_marks
from parsers.dom import Doc
from parsers.prices import CURRENCY_CODES, CURRENCY_TOKENS

__all__ = ["MARKERS", "MARKER_RE", "has_marker", "marked_indexes", "marker_search", "page_has_marker"]


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
    "lei",
    "Lei",
)


# Every symbol and code the price reader knows is a marker too ("р.", "₴", "UAH"): a cheap filter
# that missed one hid every card priced in it. Frequent lower-case first letters stay out ("try",
# "nok" are English words, "a$" starts at every "a": the filter would pass most lines of text).
_ALL_MARKERS = sorted(
    {
        *MARKERS, *CURRENCY_CODES, "Грн", "RMB", "RM", "TSh", "KSh", "Rp", "Rs", "Ft", "Kz",
        # The lira as Turkish shops print it; the krona's mark (parsers.currency_marks reads it only
        # where a page says whose).
        "TL", "kr", "Kr",
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
        found = MARKER_RE.search(text) is not None
    else:
        raw = text.encode("utf-8", "surrogatepass")
        found = bool(_MARKERS_AC.find_matches_as_indexes(raw, overlapping=False))
    if found:
        return True
    local = page_marks()  # the page's own marks by the Unicode CLDR ("Br", "؋")
    return local is not None and local.marker.search(text) is not None


_SEARCHES: dict[Any, Callable[..., Any]] = {}


def marker_search() -> Callable[..., Any]:
    """:data:`MARKER_RE`'s search, with the current page's CLDR marks
    (:func:`parsers.currency_marks.page_marks`) beside the built-in ones."""
    local = page_marks()
    if local is None:
        return MARKER_RE.search
    found = _SEARCHES.get(local)
    if found is None:
        found = _SEARCHES[local] = re.compile(f"{MARKER_RE.pattern}|{local.marker.pattern}").search
    return found


def marked_indexes(texts: list[str]) -> list[int]:
    """The indexes of ``texts`` that hold a currency marker (:func:`marker_search`'s), in order:
    all the texts searched in one pass (Aho-Corasick over their UTF-8, one search per text costs
    a microsecond each on a page's hundreds of country options); no marker holds a NUL, so none
    spans two texts."""
    if _MARKERS_AC is None:
        return _regex_marked(texts, marker_search())
    encoded = [t.encode("utf-8", "surrogatepass") for t in texts]
    ends = list(map(add, accumulate(map(len, encoded)), range(len(encoded))))
    out: list[int] = []
    last = -1
    for _, start, _ in _MARKERS_AC.find_matches_as_indexes(b"\0".join(encoded), overlapping=False):
        i = bisect_right(ends, start)
        if i != last:
            out.append(i)
            last = i
    local = page_marks()  # the page's own marks by the CLDR: a small pattern of their own
    if local is not None and (more := _regex_marked(texts, local.marker.search)):
        out = sorted({*out, *more})
    return out


def _regex_marked(texts: list[str], marker: Callable[..., Any]) -> list[int]:
    ends = list(map(add, accumulate(map(len, texts)), range(len(texts))))
    joined = "\0".join(texts)
    out: list[int] = []
    match = marker(joined)
    while match is not None:
        i = bisect_right(ends, match.start())
        out.append(i)
        match = marker(joined, ends[i] + 1)  # on to the next text: one marker is all it takes
    return out


def page_has_marker(doc: Doc) -> bool:
    """:func:`has_marker` of the page's text, searched once per page (several readers ask)."""
    found = doc.memo.get("has_marker")
    if found is None:
        found = doc.memo["has_marker"] = has_marker(doc.text)
    return bool(found)
