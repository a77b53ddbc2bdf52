"""Where a card's item ships from when its label is of a language no vocabulary knows: read by the
value or by the markup, not by the label's words.

* by the value: a card line "label: value" (or a label's line, then the value's) whose value is a
  country as the Unicode CLDR (Babel) spells it in the page's language or English is a place; the
  first such line of one country is where the item ships from, a following one of countries the
  destinations (a card lists its origin first); a value written as a route ("Polska → Niemcy,
  Czechy": a place, an arrow, places) is both;
* by the markup: an element whose class ends in "from" or "origin" ("card-from", "item_origin"),
  the word templates name their origin line with whatever language the page shows, holds a short
  line of words without a figure: its value after the label is the origin (a town, a state: no
  vocabulary needs to know it), the start of a route it writes with an arrow.

>>> from parsers.dom import load
>>> card = load(b"<div><h4>Mat</h4><p>Bolsaj: Alemania</p><p>Bolsaj al: Francia, Italia</p></div>").root
>>> card_places(card, ["Mat", "Bolsaj: Alemania", "Bolsaj al: Francia, Italia"], "es")
('Alemania', ['Francia', 'Italia'])
>>> card = load(b"<div><h4>Mat</h4><p class='tile__from'>Kuna: Oaxaca</p><b>3 USD</b></div>").root
>>> card_places(card, ["Mat", "Kuna: Oaxaca", "3 USD"], None)
('Oaxaca', [])
"""

from __future__ import annotations

import re
from typing import Any

from parsers.card_facts import cell_pairs
from parsers.cldr_places import country_names
from parsers.dom import clean
from parsers.flag_places import plain_place
from parsers.market_places import ROUTE_RE, places
from parsers.place_words import is_place, labelled_route, other_field, place_list

__all__ = ["card_places"]

_SPLIT_RE = re.compile(r"\s*(?:[,;/|،、]|\s-\s)\s*")
# A label: a few words of any script, no figure (a price's "From: 7 $" is none).
_LABEL_RE = re.compile(r"^([^\W\d_][^:：\d]{0,40})[:：]\s*(.*)$")
# A class whose last word is "from" / "origin": "hk-from", "card__origin", "shipfrom".
# Or a class whose last word names where the item is ("card-place", "item_location", "x-district").
_FROM_CLASS_RE = re.compile(
    r"(?:^|[-_]|ship|ships)(?:from|origin)$|(?:^|[-_])(?:place|location|locality|district|region)$"
)
_MAX_VALUE = 60
# A card's destinations stand a line or two after its origin.
_GAP = 3


def _countries(text: str, names: frozenset[str], lang: str | None = None) -> list[str] | None:
    # A flag beside the name ("🇵🇱 Polska") is no part of it; a flag alone names its country.
    parts = [
        q for p in _SPLIT_RE.split(text.strip().rstrip(".")) if p
        for q in _SPLIT_RE.split(plain_place(p, lang)) if q
    ]
    if not parts or len(parts) > 60 or any(p.casefold() not in names for p in parts):
        return None
    return parts


def _labelled_values(lines: list[str]) -> list[tuple[int, str, str]]:
    """(line index, label, value) of the lines that are "label: value", or a label's line ("label:")
    before its value's."""
    out = []
    for i, line in enumerate(lines):
        m = _LABEL_RE.match(line)
        if m is None:
            continue
        value = m.group(2).strip()
        if not value and i + 1 < len(lines):
            value = lines[i + 1]
        if value:
            out.append((i, m.group(1).strip(), value))
    return out


def country_places(
    lines: list[str], lang: str | None, cells: list[tuple[str, str]] | None = None
) -> tuple[str, list[str]] | None:
    """(origin, destinations) from a card's labelled lines (and its header cells' values,
    ``cells``) whose values are CLDR places (:mod:`parsers.place_words`); None when no labelled
    value is one place (a lone list of countries says no origin)."""
    pairs = [(len(lines) + n, label, value) for n, (label, value) in enumerate(cells or [])]
    if not pairs and not any(":" in ln or "：" in ln for ln in lines):
        return None
    pairs = _labelled_values(lines) + pairs
    route = labelled_route(pairs, lang)
    if route is not None:
        return route
    names = country_names(lang)
    origin: tuple[int, str] | None = None
    for i, label, value in pairs:
        if label.casefold() in names or len(value) > 400 or other_field(label):
            continue  # "Kategorie: Grüner Tee, China", "Seller: Teehaus Berlin, Deutschland"
        if origin is None and (way := _route_value(value, lang)) is not None:
            return way
        # After the origin, words for everywhere are a destination ("Cały świat").
        found = _countries(value, names, lang) or place_list(value, lang, world=origin is not None)
        if found is None:
            continue
        if origin is None:
            if len(found) != 1:
                return None  # destinations first: the card names no origin before them
            origin = (i, found[0])
        elif i - origin[0] <= _GAP:
            return origin[1], found
    return (origin[1], []) if origin else None


def _route_value(value: str, lang: str | None) -> tuple[str, list[str]] | None:
    """(origin, destinations) of a value written as a route, "Polska → Niemcy, Czechy": a place,
    an arrow, places; None otherwise."""
    if not ROUTE_RE.search(value):
        return None
    start, end = ROUTE_RE.split(value, maxsplit=1)
    to = place_list(end, lang)
    if to is None or not is_place(start, lang):
        return None
    return plain_place(start, lang), to


def _marked_value(card: Any, lang: str | None = None) -> str | None:
    """The value of the card's element classed as its origin, after its label, or None; without
    a colon after the label ("Envoi depuis France"), the CLDR place its words end with."""
    for el in card.iter("p", "div", "span", "li", "small", "dd", "td"):
        cls = el.get("class")
        if not cls or not any(_FROM_CLASS_RE.search(word) for word in cls.lower().split()):
            continue
        text = clean(el.text_content())
        if not text or len(text) > _MAX_VALUE + 40 or any(ch.isdigit() for ch in text):
            continue
        m = _LABEL_RE.match(text)
        value = m.group(2).strip() if m else (_place_end(text, lang) or text)
        start = ROUTE_RE.split(value, maxsplit=1)[0]  # "Polska → EU": the route's start
        if 0 < len(start) <= _MAX_VALUE and places(start):
            return value
    return None


def _place_end(text: str, lang: str | None) -> str | None:
    """The last words of ``text`` (three at most, not all of it) that name a CLDR place, or None."""
    words = text.split()
    for n in range(min(3, len(words) - 1), 0, -1):
        tail = " ".join(words[-n:])
        if is_place(tail, lang):
            return tail
    return None


def marked_origin(card: Any, lang: str | None = None) -> str | None:
    """The value of the card's element classed as its origin ("<p class='x-from'>label: place")."""
    value = _marked_value(card, lang)
    return places(ROUTE_RE.split(value, maxsplit=1)[0])[0] if value else None


def card_places(
    card: Any, lines: list[str], lang: str | None, columns: list[tuple[str, str]] | None = None
) -> tuple[str | None, list[str]] | None:
    """(origin, destinations) of a card whose places no label vocabulary reads, or None.
    ``columns``: a table row's cells under its header's words (:mod:`parsers.column_cells`)."""
    # Header cells beside value cells ("<th>発送元</th><td>日本</td>"): labels without a colon.
    cells = cell_pairs(card) if card.find(".//th") is not None or card.find(".//dt") is not None else None
    if columns:
        cells = [*(cells or []), *columns]  # "Menşei" over "Türkiye": a label above its value
    found = country_places(lines, lang, cells)
    if found is not None:
        return found
    value = _marked_value(card, lang)
    if value is None:
        return None
    return _route_value(value, lang) or (places(ROUTE_RE.split(value, maxsplit=1)[0])[0], [])
