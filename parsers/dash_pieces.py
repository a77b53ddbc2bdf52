"""A card written as one row of text pieces between dashes, read piece by piece.

Search results are often rows of plain text: "Title — $14.00 — sold by bee — Food & Drink —
ships from Scotland to United Kingdom". No label names the category or the route; the row's
pieces do: a piece "<verb> from X to Y" is the route, and a piece of a few capitalised words that
is no other field (no figure, not the title, not the seller's piece) is the category. A line of
labelled pieces ("Da: Toscana · Per: In tutto il mondo") is a route when its first value is one
place (a country, or a region of one: ISO 3166-2's top subdivisions, from pycountry) and the
next a list of places (:func:`piece_route`).

    >>> piece_fields(["Jar — $4 — by bee — Pantry — ships from Wales to Europe"], "Jar", "bee")
    ('Pantry', 'Wales', ['Europe'])
"""

from __future__ import annotations

import functools
import re
from itertools import pairwise

from parsers.market_places import places
from parsers.place_words import is_place, other_field, place_list, region_list

__all__ = ["piece_fields", "piece_lines", "piece_route"]


# Dashes and bars that stand between pieces (spaced, so that "hand-turned" stays whole).
_SEP_RE = re.compile(r"\s+[—–|·•]\s+")

# "ships from X to Y", "envía desde X a Y": a verb or two, the from word, a place, the to word.
_ROUTE_RE = re.compile(
    r"^(?:[^\W\d_]+\s+){1,2}?(?:from|von|aus|de|depuis|desde|da|из|с|z|ze|van|från|fra|od)\s+"
    r"(?P<f>[^\W\d_][^\d:,]{1,40}?)\s+(?:to|nach|à|vers|a|hacia|para|в|по|do|naar|till|til)\s+"
    r"(?P<t>[^\W\d_][^\d:]{1,200})$",
    re.IGNORECASE,
)

# A rubric: capitalised words (or digits-free joiners: "&", "and", "of") and no more than four.
_RUBRIC_RE = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:\s+(?:&|[^\W\d_][^\W\d_'’-]*)){0,3}$")


def _rubric(piece: str) -> bool:
    if not _RUBRIC_RE.match(piece):
        return False
    return all(w == "&" or w[0].isupper() or len(w) <= 3 for w in piece.split()) and piece[0].isupper()


def piece_fields(lines: list[str], title: str | None, vendor: str | None) -> tuple[
    str | None, str | None, list[str]
]:
    """(category, ships from, ships to) of a card that is one row of three pieces or more between
    spaced dashes or bars; (None, None, []) otherwise or where a piece says none."""
    row = next((ln for ln in lines if len(_SEP_RE.findall(ln)) >= 2), None)
    if row is None:
        return None, None, []
    pieces = [p.strip() for p in _SEP_RE.split(row) if p.strip()]
    origin, dest = None, []
    rubrics = []
    for piece in pieces:
        if piece == title or (vendor and vendor in piece) or any(ch.isdigit() for ch in piece):
            continue
        m = _ROUTE_RE.match(piece)
        if m is not None and origin is None and (found := places(m["t"])):
            origin, dest = m["f"].strip(), found
        elif m is None and _rubric(piece):
            rubrics.append(piece)
    # One rubric only: two would leave the category unsure (a brand and a rubric).
    return (rubrics[0] if len(rubrics) == 1 else None), origin, dest


# "label: value" within a piece: a label of a few words, no figure.
_PAIR_RE = re.compile(r"^([^\W\d_][^:：\d]{0,24})[:：]\s*(\S.*)$")
# The sentences before a piece's label: all up to the last sentence's end.
_SENTENCES_RE = re.compile(r"^.*[.!?。！？]\s+(?=\S)")


@functools.lru_cache(maxsize=1)
def _subdivision_names() -> frozenset[str]:
    """The names of every country's top subdivisions (regions, states, the UK's nations)."""
    import pycountry  # loaded only for a page that shows labelled pieces

    names: set[str] = set()
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            # "Galicia [Galicia]", "Catalunya [Cataluña]": both names; "Madrid, Comunidad de": Madrid.
            for name in _NAME_PARTS_RE.split(sub.name):
                if name.strip():
                    names.add(name.strip().split(",")[0].casefold())
    return frozenset(names)


_NAME_PARTS_RE = re.compile(r"[\[\]]")


def _origin(value: str, lang: str | None) -> bool:
    return is_place(value, lang) or (value[:1].isupper() and value.casefold() in _subdivision_names())


def piece_route(lines: list[str], lang: str | None) -> tuple[str, list[str]] | None:
    """(origin, destinations) of a line of two labelled pieces between spaced dots or bars, the
    first one place, the next places; None otherwise. The first piece may be unlabelled, a place
    and one word of no figure ("대한민국 발송 · 배송지역: 전 세계": a verb after the place, as
    languages that put the verb last write it)."""
    for line in lines:
        if (":" not in line and "：" not in line) or not _SEP_RE.search(line):
            continue
        pairs = []
        for n, piece in enumerate(_SEP_RE.split(line)):
            if n == 0 and _PAIR_RE.match(piece.strip()) is None:
                # The first piece may end a sentence ("Hand-felted. From: Kazakhstan · To: ...").
                piece = _SENTENCES_RE.sub("", piece, count=1)
            if (m := _PAIR_RE.match(piece.strip())) is not None:
                pairs.append(m.groups())
            elif (place := _bare_place(piece.strip(), lang)) is not None:
                pairs.append(("", place))
        for (label, value), (to_label, dest) in pairwise(pairs):
            if not to_label or other_field(label) or other_field(to_label):
                continue  # the destinations are labelled
            if not _origin(value.strip(), lang):
                continue
            dest = dest.strip()
            # After one place, a region no vocabulary names ("دول الخليج العربي", "Norden").
            found = place_list(dest, lang, world=True)
            if not found and not dest[:1].islower():
                found = region_list(dest, lang)
            if found:
                return value.strip(), found
    return None


def _bare_place(piece: str, lang: str | None) -> str | None:
    """The place of a piece without a label that is a CLDR place and one word beside it, short and
    of no figure ("대한민국 발송", "Japan dispatch"), or None."""
    words = piece.split()
    if not 2 <= len(words) <= 4 or ":" in piece or "：" in piece or any(ch.isdigit() for ch in piece):
        return None
    for place, word in ((" ".join(words[:-1]), words[-1]), (" ".join(words[1:]), words[0])):
        if len(word) <= 12 and is_place(place, lang):
            return place
    return None


def piece_lines(lines: list[str]) -> list[str] | None:
    """``lines`` with each line of labelled pieces between spaced dashes, dots or bars ("Gửi từ:
    Việt Nam — Giao đến: Toàn thế giới") split into a line per piece, so that a label's value
    ends where the next piece starts; None when no line is so."""
    out: list[str] = []
    split = False
    for line in lines:
        if (":" in line or "：" in line) and _SEP_RE.search(line):
            pieces = [p.strip() for p in _SEP_RE.split(line) if p.strip()]
            if len(pieces) >= 2 and any(_PAIR_RE.match(p) for p in pieces[1:]):
                out.extend(pieces)
                split = True
                continue
        out.append(line)
    return out if split else None
