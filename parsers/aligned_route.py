"""The cards' route written as a sentence whose words no vocabulary knows, read by how a template
writes it: every card shows a line of the same words around two slots ("Dikirim dari <Indonesia>
ke <Asia>", "Gửi từ <Việt Nam> đến <Toàn cầu>"): a word or two, a place the CLDR names in the
page's language (the origin), a word or two, then the destinations. The words are the template's,
the same on every card; the first slot holds a place on every card; the last slot's words are
taken as they stand (a region no vocabulary names, "domestic") once one card's are places. The
line may be a line of the card or the words of an element of its own.

    >>> lines = [["Kopi Gayo", "Dikirim dari Indonesia ke Asia"],
    ...          ["Teh", "Dikirim dari Indonesia ke Seluruh dunia"]]
    >>> aligned_routes(lines, "id")
    [('Indonesia', ['Asia']), ('Indonesia', ['Seluruh dunia'])]

Only for a page whose cards show no route any other reader took (but an origin run on into the
rest of the sentence); a line with a figure is no route.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from parsers.cldr_dates import current_language
from parsers.dom import Doc, clean
from parsers.place_words import is_place, place_list, region_list
from parsers.records import Listing

__all__ = ["aligned_routes", "mend_aligned_routes"]

_MAX_LINE = 100
_MAX_TOKENS = 10
_MAX_LEAD = 2
_MAX_PLACE = 3
_MAX_JOIN = 2

_Key = tuple[str, str]
_Route = tuple[str, str]


def _splits(line: str, lang: str | None) -> list[tuple[_Key, _Route]]:
    """Each way ``line`` reads as lead words, an origin place, joining words, destinations:
    ((lead, join) casefolded, (origin, destinations))."""
    if len(line) > _MAX_LINE or any(ch.isdigit() for ch in line):
        return []
    tokens = line.split()
    if not 4 <= len(tokens) <= _MAX_TOKENS:
        return []
    out = []
    for i in range(1, _MAX_LEAD + 1):
        for j in range(i + 1, min(i + _MAX_PLACE, len(tokens) - 2) + 1):
            origin = " ".join(tokens[i:j])
            if not is_place(origin, lang):
                continue
            for k in range(j + 1, min(j + _MAX_JOIN, len(tokens) - 1) + 1):
                join = " ".join(tokens[j:k])
                if is_place(join, lang):
                    continue
                key = (" ".join(tokens[:i]).casefold(), join.casefold())
                out.append((key, (origin, " ".join(tokens[k:]))))
    return out


def aligned_routes(
    card_lines: list[list[str]], lang: str | None
) -> list[tuple[str, list[str]] | None] | None:
    """Each card's (origin, destinations) by the route line every card shows alike (see the
    module), in card order; None when the cards show no such line."""
    if len(card_lines) < 2:
        return None
    per_card: list[dict[_Key, _Route]] = []
    for lines in card_lines:
        found: dict[_Key, _Route] = {}
        for line in lines:
            for key, route in _splits(line, lang):
                found.setdefault(key, route)
        if not found:
            return None  # a card without such a line: no line every card shows
        per_card.append(found)
    counts = Counter(key for found in per_card for key in found)
    shared = [key for key, n in counts.items() if n == len(per_card)]
    for key in sorted(shared, key=lambda k: (-len(k[0]) - len(k[1]), k)):
        routes = [found[key] for found in per_card]
        if not any(place_list(dest, lang, world=True) for _, dest in routes):
            continue  # the last slot never holds a place: no destinations
        out: list[tuple[str, list[str]] | None] = []
        for origin, dest in routes:
            places = place_list(dest, lang, world=True) or region_list(dest, lang)
            out.append((origin, places) if places else None)
        return out
    return None


def _texts(card: Any) -> list[str]:
    """The card's lines, then the words of its elements of words alone (a route in a span on the
    line of its title and price)."""
    leaves = (clean(el.text) for el in card.iter() if isinstance(el.tag, str) and not len(el) and el.text)
    return Doc.lines(card) + [text for text in leaves if text]


def mend_aligned_routes(cards: list[Any], listings: list[Listing]) -> None:
    """Give ``listings`` (one per card of ``cards``) the routes their cards' lines show alike,
    when none of them has a route yet, or only an origin that runs on past its place into the
    rest of the sentence (a label of "from" known, "Indonesia ke Asia" taken as the origin)."""
    if len(listings) < 2 or any(r.ships_to for r in listings):
        return
    lang = current_language()
    if any(r.ships_from and is_place(r.ships_from, lang) for r in listings):
        return  # an origin read whole: the cards' routes are read otherwise
    found = aligned_routes([_texts(card) for card in cards], lang)
    for listing, route in zip(listings, found or [], strict=False):
        read = listing.ships_from
        if route is not None and (read is None or read.startswith(route[0] + " ")):
            listing.ships_from, listing.ships_to = route
