"""A card's route written as a short sentence: a verb or two, the word for "from", one place, the
word for "to", then places, a region or the whole world ("Sendes fra Danmark til Norden",
"Skickas från Sverige till Hela världen", "Versand aus Österreich nach Deutschland"), or as two
pieces of one line between spaced dots or bars, the first ending with the word for "from" and the
origin, the next with the word for "to" and the destinations ("Frakt fra Sverige · Leveres til
Norden": a noun or a verb before each).

The origin must be one place the CLDR names in the page's language (or a country's top region);
after it and the word for "to", the destinations may be places, words for the whole world, or a
short phrase no vocabulary names, capitalised where the script has cases (a region: "Norden",
"Benelux"), the sentence's shape saying what they are ("from Germany to you" says none).

    >>> sentence_route(["Sendes fra Danmark til Norden"], "da")
    ('Danmark', ['Norden'])
    >>> sentence_route(["Skickas från Sverige till Norge, Finland"], "sv")
    ('Sverige', ['Norge', 'Finland'])
    >>> sentence_route(["Versand aus Österreich | Lieferung nach Deutschland, Schweiz"], "de")
    ('Österreich', ['Deutschland', 'Schweiz'])
    >>> sentence_route(["Leveres fra 3 til 5 dage"], "da"), sentence_route(["from Germany to you"], "en")
    (None, None)
"""

from __future__ import annotations

import re
from itertools import pairwise

from parsers.place_words import is_place, place_list, region_list

__all__ = ["sentence_route"]

# The words for "from" and "to" of the languages whose cards write a route as a sentence (a
# place name follows each: "z Polski", "fra Danmark", "från Sverige", "aus Österreich", Albanian
# "nga Shqipëri për Kosovë").
_FROM = (r"from|fra|från|frå|von|aus|ab|de|desde|da|dal|dalla|z|ze|van|uit|vanuit|из|с|od|iz|iš|no|"
         r"kohteesta|nga")
_TO = r"to|til|till|nach|in|à|vers|a|hacia|para|per|për|do|naar|в|на|u|į|uz"
_SENTENCE_RE = re.compile(
    rf"^(?:[^\W\d_][^\W\d]*\s+){{0,3}}?(?:{_FROM})\s+(?P<f>[^\W\d_][^\d,;:]{{1,40}}?)\s+"
    rf"(?:{_TO})\s+(?P<t>[^\W\d_][^\d:]{{1,200}})$",
    re.IGNORECASE,
)
_MAX_LINE = 160
# Two pieces of a line: a few words, the word for "from" and a place; a few words, the word for
# "to" and places. Pieces stand between spaced dots or bars ("hand-made" stays whole).
_PIECE_SEP_RE = re.compile(r"\s+[—–|·•]\s+")
_FROM_PIECE_RE = re.compile(
    rf"^(?:[^\W\d_][^\W\d]*\s+){{0,3}}?(?:{_FROM})\s+(?P<f>[^\W\d_][^\d,;:]{{1,40}})$", re.IGNORECASE
)
_TO_PIECE_RE = re.compile(
    rf"^(?:[^\W\d_][^\W\d]*\s+){{0,3}}?(?:{_TO})\s+(?P<t>[^\W\d_][^\d:]{{1,200}})$", re.IGNORECASE
)


def sentence_route(
    lines: list[str], lang: str | None, origin_read: str | None = None
) -> tuple[str, list[str]] | None:
    """(origin, destinations) of the first line that is a route sentence (see the module); None
    when no line is one. With ``origin_read`` (an origin another reader took), only a sentence
    whose origin that one runs on past ("Österreich nach Deutschland" under a label "Versand aus")."""
    for line in lines:
        if len(line) > _MAX_LINE or " " not in line:
            continue
        match = _SENTENCE_RE.match(line.strip().rstrip("."))
        found = _route(match["f"], match["t"], lang, origin_read) if match is not None else None
        if found is None and _PIECE_SEP_RE.search(line):
            found = _piece_route(_PIECE_SEP_RE.split(line.strip().rstrip(".")), lang, origin_read)
        if found is not None:
            return found
    return None


def _route(
    origin: str, dest: str, lang: str | None, origin_read: str | None, pieces: bool = False
) -> tuple[str, list[str]] | None:
    """(origin, destinations) when ``origin`` is one place and ``dest`` places (see the module);
    a sentence only when ``origin_read`` runs on past its origin, a piece also when it is it."""
    origin, dest = origin.strip(), dest.strip()
    if not is_place(origin, lang):
        return None
    if origin_read is not None and (
        (origin_read == origin and not pieces) or not origin_read.startswith(origin)
    ):
        return None
    found = place_list(dest, lang, world=True)
    if not found and not dest[0].islower():
        found = region_list(dest, lang)
    return (origin, found) if found else None


def _piece_route(
    pieces: list[str], lang: str | None, origin_read: str | None
) -> tuple[str, list[str]] | None:
    """The route of two neighbouring pieces, "Frakt fra Sverige" then "Leveres til Norden"."""
    for first, then in pairwise(pieces):
        start, end = _FROM_PIECE_RE.match(first.strip()), _TO_PIECE_RE.match(then.strip())
        if start is None or end is None:
            continue
        if found := _route(start["f"], end["t"], lang, origin_read, pieces=True):
            return found
    return None
