"""Where a market's goods ship from and to: place lists, routes and shipping lines.

>>> from parsers.market_places import places, route, shipping_route
>>> places("EU, Worldwide, EU"), route(["DE → AT, BE"]), shipping_route(["Shipping: from Germany to EU"])
(['EU', 'Worldwide'], ('DE', ['AT', 'BE']), ('Germany', ['EU']))
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

from parsers.cldr_dates import current_language
from parsers.dom import clean
from parsers.flag_places import plain_place
from parsers.labels import LABELS, iter_labels
from parsers.market_fields import labelled
from parsers.place_words import is_place, line_pairs, other_field, place_list
from parsers.prices import find_prices

__all__ = [
    "ROUTE_RE", "first_place", "from_to", "from_to_pairs", "labelled_places", "origin_above", "places",
    "route", "route_columns",
    "shipping_route", "ships_from_value",
]


_SPLIT_PLACES_RE = re.compile(r"\s*(?:,|;|/|\||\band\b|\bund\b|\bet\b|\by\b|\bи\b)\s*")


# Words of a returns or refund policy, in several languages: "Livraison et retours", "Shipping &
# Returns", "Versand und Rücksendung" head a shop's policy text, and what follows the shipping word
# there is a policy, never a place.
_POLICY_RE = re.compile(
    r"\b(?:returns?|refunds?|retours?|rembourse\w*|rücksendung\w*|rückgabe|retouren?|umtausch|"
    r"devoluci\w+|reembols\w+|devoluç\w+|trocas|resi|reso|rimbors\w+|zwrot\w*|возврат\w*|iade)\b",
    re.IGNORECASE,
)


def places(value: str | None) -> list[str]:
    """The places a shipping value names, in order, once each; none in a returns policy line. A
    price is no place ("Livraison : EUR 6,50" is postage, not a destination), nor is a part
    without a letter (a duration's "3-5", a price's cents)."""
    if not value or _POLICY_RE.search(value):
        return []
    if any(ch.isdigit() for ch in value):
        for found in reversed(find_prices(value)):
            value = value[: found.start] + value[found.end :]
        value = _EMPTY_PARENS_RE.sub("", value)
    # A flag or a globe beside a place's name is no part of it; a flag alone names its country.
    lang = current_language()
    parts = [
        clean(q).strip(".") for p in _SPLIT_PLACES_RE.split(value)
        for q in _SPLIT_PLACES_RE.split(plain_place(clean(p), lang))
    ]
    return list(dict.fromkeys(  # "Worldwide, Worldwide" once
        p for p in parts if p and len(p) <= 60 and any(ch.isalpha() for ch in p)
    ))


_EMPTY_PARENS_RE = re.compile(r"\(\s*\)")


def labelled_places(lines: list[str], field: str) -> str | None:
    """The first value under a ``field`` label ("ships_to", "ships_from") that names a place: a
    page that labels its postage price and its destinations alike ("Livraison : EUR 6,50" above
    "Livraison vers : France, Belgique") is read at the destinations."""
    for i, value in iter_labels(lines, LABELS[field]):
        # A longer label whose first word is the known one ("Gönderim bölgesi: Türkiye" under
        # "gönderim"): its value is what follows the label's own colon.
        if value and (run_on := _RUN_ON_RE.match(value)) is not None:
            value = run_on.group(1)
        if value and _run_in_word(lines[i], value):
            continue  # "Livraison numérique": a word after the label, no separator, no place
        if value and len(value) <= 200 and places(value):
            return value
    return None


def _run_in_word(line: str, value: str) -> bool:
    """Whether ``value`` follows its label on ``line`` with no separator, in lower case, and names
    no place the CLDR knows (nor the whole world): the label's word begins a phrase ("Livraison
    numérique", "Shipping included"), it labels nothing."""
    if not value[:1].islower() or not line.endswith(value):
        return False
    label = line[: len(line) - len(value)]
    if not label.strip() or any(mark in label for mark in ":：-–—|"):
        return False
    return place_list(value, current_language(), world=True) is None


def origin_above(lines: list[str]) -> str | None:
    """The origin of a route whose destinations are labelled but whose origin's label is none
    the vocabulary knows ("Gönderen ülke: Türkiye" above "Gönderim bölgesi: ..."): the value of
    the labelled row right above the destinations' when it is one place the CLDR names."""
    at = next((i for i, _ in iter_labels(lines, LABELS["ships_to"])), None)
    if not at:
        return None
    if not LABELS["ships_to"].match(lines[at]):
        at -= 1  # the label on a line (a cell) of its own over its value: the row starts there
    first = max(0, at - 3)
    rel = at - first  # the destinations' line within the window
    pairs = [p for p in line_pairs(lines[first : at]) if rel - 2 <= p[0] < rel]
    if not pairs:
        return None
    _, label, value = pairs[-1]
    value = clean(value)
    if other_field(label) or not is_place(value, current_language()):
        return None
    return value


# The rest of a label (one or two words, no figure) and its colon, before the value.
_RUN_ON_RE = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?: [^\W\d_]+)?[:：]\s+(\S.*)$")


# Arrows that point elsewhere or say no way ("↛"), and the ones templates use as a bullet or a
# reply mark ("➤", "➢", "➲", "↪") rather than a route.
_NOT_ROUTE = ("LEFT", "UP", "DOWN", "STROKE", "NOT", "ARROWHEAD", "CIRCLED", "HOOK", "QUAD")


def _right_arrows() -> str:
    """Every character the Unicode names an arrow pointing right ("→", "⇒", "➝", "➡", "⟶"), but
    those of :data:`_NOT_ROUTE`: templates draw a route with any of them."""
    names = ((ch, unicodedata.name(ch, "")) for ch in map(chr, range(0x2190, 0x2C00)))
    return "".join(
        ch for ch, name in names
        if "ARROW" in name and "RIGHT" in name
        and not any(word in name for word in _NOT_ROUTE)
    )


_ARROWS = re.escape(_right_arrows())
ROUTE_RE = re.compile(rf"\s*(?:[{_ARROWS}]|->|=>)\s*")


# A card line that is only a route: "US → US", "Germany -> EU, Worldwide" (no digits, no label).
_ROUTE_LINE_RE = re.compile(
    rf"^([^\W\d][^\d:{_ARROWS}]{{0,40}}?)\s*(?:[{_ARROWS}]|->|=>)\s*([^\d:{_ARROWS}]{{2,300}})$"
)


def route(lines: list[str]) -> tuple[str, list[str]] | None:
    """(ships from, ships to) from a line that shows the route alone ("DE → AT, BE, FR")."""
    for line in lines:
        if len(line) < 300 and ROUTE_RE.search(line):
            match = _ROUTE_LINE_RE.match(line)
            if match and places(match.group(2)):
                return clean(match.group(1)), places(match.group(2))
    return None


# "Shipping: from Germany to Worldwide", or a "Shipping" cell over "From Germany" / "To Worldwide".
_SHIPPING_WORDS_RE = re.compile(
    r"^(?:shipping|shipment|delivery|versand|lieferung|livraison|envío|envio|spedizione|доставка)\b",
    re.IGNORECASE,
)
_SHIPPING_RE = re.compile(
    r"^\w+\s*:?\s*(?:from|von|aus|de|depuis|desde|da|из|с)\s+(?P<f>[^\d:]{2,40}?)\s+"
    r"(?:to|nach|à|vers|a|hacia|para|в|по)\s+(?P<t>[^\d:]{2,200})$",
    re.IGNORECASE,
)


def shipping_route(lines: list[str]) -> tuple[str, list[str]] | None:
    """(ships from, ships to) under a "Shipping" word with "from ... to ..." words, on one line or
    over the next two lines."""
    for i, line in enumerate(lines):
        if len(line) < 120 and _SHIPPING_WORDS_RE.match(line):
            match = _SHIPPING_RE.match(" ".join(lines[i : i + 3]) if line.isalpha() else line)
            if match and places(match["t"]):
                return clean(match["f"]), places(match["t"])
    return None


# Bare "From:" / "To:" labels (Agora's cards: a truck icon, "From: <flag> Netherlands", a house
# icon, "To: EU"), in several languages; a colon, and no digits in the value (not "From: $5").
_FROM_WORDS = r"from|von|aus|de|depuis|desde|da|из|от|z|ze|van|från|fra|od"
_TO_WORDS = r"to|nach|à|a|vers|hacia|para|в|до|do|naar|till|til"
_FROM_RE = re.compile(rf"^(?:{_FROM_WORDS})\s*:\s*(?P<v>[^\d:]{{2,60}})$", re.IGNORECASE)
_TO_RE = re.compile(rf"^(?:{_TO_WORDS})\s*:\s*(?P<v>[^\d:]{{2,200}})$", re.IGNORECASE)
_FROM_HEAD_RE = re.compile(rf"^(?:{_FROM_WORDS})\s*:?$", re.IGNORECASE)
_TO_HEAD_RE = re.compile(rf"^(?:{_TO_WORDS})\s*:?$", re.IGNORECASE)


def route_columns(heads: list[str]) -> dict[str, int]:
    """The columns of a table header that names a route by its two bare words, "From" and "To"
    ("Von" / "Nach", "De" / "Vers", "Desde" / "Hacia"...): {"ships_from": i, "ships_to": j}, or
    {} unless both are there (one bare "To" alone heads anything)."""
    origin = next((i for i, h in enumerate(heads) if _FROM_HEAD_RE.match(h)), None)
    dest = next((i for i, h in enumerate(heads) if _TO_HEAD_RE.match(h)), None)
    if origin is None or dest is None or origin == dest:
        return {}
    return {"ships_from": origin, "ships_to": dest}


def from_to_pairs(lines: list[str]) -> bool:
    """Whether the lines show a route as bare labels: a "From:" line right over a "To:" line."""
    return any(_FROM_RE.match(a) and _TO_RE.match(b) for a, b in pairwise(lines)
               if len(a) < 70 and len(b) < 210)


def from_to(lines: list[str], *, pairs_shown: bool = False) -> tuple[str, list[str]] | None:
    """(ships from, ships to) from bare labels: "From: Netherlands" over "To: EU, USA". A "From:"
    line alone is the origin only when ``pairs_shown`` (the page shows such pairs elsewhere, so
    its "From:" is a route label, not a message's sender or a price's "from")."""
    for i, line in enumerate(lines):
        origin = _FROM_RE.match(line) if len(line) < 70 else None
        if origin is None or not places(origin["v"]):
            continue
        dest = _TO_RE.match(lines[i + 1]) if i + 1 < len(lines) and len(lines[i + 1]) < 210 else None
        if dest is not None and places(dest["v"]):
            return places(origin["v"])[0], places(dest["v"])
        if pairs_shown:
            return places(origin["v"])[0], []
    return None


def ships_from_value(lines: list[str]) -> str | None:
    """The labelled place goods ship from: under a shipping label ("Ships from", "Expédié de",
    "Versand aus", "Envío desde"), else under an origin label ("Origin country", "Herkunft") only
    when the lines also name where it ships to (a market's route: "Origin country: Canada" /
    "Ship to: Canada"). Alone, an origin is the product's (a shop's "Origine: Lozère, France")."""
    value = labelled_places(lines, "ships_from")
    if value is None:
        dest = places(labelled_places(lines, "ships_to"))
        if dest and not any(ch.isdigit() for place in dest for ch in place):
            value = labelled(lines, "origin")
    return value


# One place written as a town and its country ("Thiers, France", "Bilbao, España"): two
# comma-separated capitalised names and nothing else, as a single origin is written; not a
# country and a region ("Germany, Europe": two places), nor a name and a remark ("X, klimaneutral").
_TOWN_COUNTRY_RE = re.compile(r"^[^\W\d][^,;/|\d]{1,30},\s*[^\W\d][^,;/|\d]{1,30}$")
_REGION_RE = re.compile(
    r"^(?:eu|europ\w*|world\w*|weltweit|monde|mundo|mondo|asia|asien|asie|africa|afrika|afrique|"
    r"\w*america|\w*amerika|\w*amérique|oceania|ozeanien|océanie|international|intl|ue|ес|европа)$",
    re.IGNORECASE,
)


def first_place(value: str | None) -> str | None:
    """Where goods ship from: the first place of ``value``, or a town with its country whole."""
    found = places(value)
    if (
        len(found) == 2 and value and found[1][0].isupper() and _TOWN_COUNTRY_RE.match(clean(value))
        and not _REGION_RE.match(found[1]) and not _REGION_RE.match(found[0])
    ):
        return f"{found[0]}, {found[1]}"
    return found[0] if found else None
