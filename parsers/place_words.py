"""Whether a labelled value names a place, by the Unicode CLDR (Babel) in the page's language and
English: a country or territory, a city the CLDR names (its time zones' exemplar cities: "香港",
"Москва", "New York"), a country written with a part of it ("中国云南", "中国大陆": the country,
then a region or qualifier of a few letters; "Lyon, France": a town, then its country, the town
written as a name is, "Thé vert, France" being an item's). And where
an item ships from and to, read from a card's or an item's labelled values of any language:

    >>> place_list("中国大陆、香港、台湾", "zh"), place_list("Lyon, France", "fr")
    (['中国大陆', '香港', '台湾'], ['Lyon, France'])
    >>> pairs = [(0, "Vendeur", "leafy"), (1, "Envoi de", "Nantes"), (2, "Envoi vers", "France, Belgique")]
    >>> labelled_route(pairs, "fr")
    ('Nantes', ['France', 'Belgique'])

A route's two labels share their first word ("Envoi de" / "Envoi vers", "ارسال از" / "ارسال به"):
the one before the destinations names the origin, a town no vocabulary needs to know; and under the
origin's label's pair, the destinations may name regions no vocabulary knows beside CLDR places
("Baltijos šalys, Lenkija": :func:`region_list`). After an origin, words for the whole world (the
CLDR's name of territory 001 ending a few words, "Todo el mundo", "جميع أنحاء العالم") are a
destination too (:func:`whole_world`).
"""

from __future__ import annotations

import functools
import re

from parsers.cldr_places import country_names, locale_tags
from parsers.flag_places import plain_place
from parsers.labels import LABELS
from parsers.list_words import conjoined
from parsers.region_codes import grouping_code

__all__ = [
    "is_place", "labelled_route", "line_pairs", "line_route", "other_field", "place_list", "place_names",
    "region_list", "whole_world",
]

_SPLIT_RE = re.compile(r"\s*(?:[,;/|،、，]|\s-\s)\s*")
# The letters a country may be written with as one word (no spaces): Chinese, Japanese, Korean.
_CJK_RE = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+$")
_MAX_PART = 40
# Fields whose values are never where an item ships from or to ("Category: 日本茶").
_OTHER_FIELDS = ("category", "vendor", "price", "stock", "escrow", "feedback_count", "rating")
_CONTINENTS = ("Africa/", "America/", "Asia/", "Atlantic/", "Australia/", "Europe/", "Indian/", "Pacific/")
# A route's labels stand one after the other (a row or two apart at most).
_GAP = 2
# A region's name no vocabulary knows is a phrase of a few words ("Baltijos šalys").
_REGION_WORDS = 5


@functools.lru_cache(maxsize=64)
def place_names(lang: str | None) -> frozenset[str]:
    """Casefolded CLDR countries, regions and exemplar cities in ``lang`` and English."""
    from babel import Locale, UnknownLocaleError

    names: set[str] = set(country_names(lang))
    for code in locale_tags(lang):
        try:
            zones = Locale.parse(code).time_zones
        except (UnknownLocaleError, ValueError, TypeError):
            continue
        for zone in zones.values():
            city = zone.get("city")
            if city:
                names.add(city.casefold())
    # English names its cities by their zones' ids where the CLDR writes no name of its own.
    for zone_id in _zone_ids():
        if zone_id.count("/") == 1 and zone_id.startswith(_CONTINENTS):
            names.add(zone_id.rsplit("/", 1)[1].replace("_", " ").casefold())
    return frozenset(names)


@functools.lru_cache(maxsize=1)
def _zone_ids() -> frozenset[str]:
    import zoneinfo

    try:
        return frozenset(zoneinfo.available_timezones())
    except OSError:  # pragma: no cover - no tz database on the machine
        return frozenset()


@functools.lru_cache(maxsize=64)
def _country_codes(lang: str | None) -> dict[str, str]:
    """Casefolded CLDR country name (``lang`` and English) -> its region code."""
    from babel import Locale, UnknownLocaleError

    out: dict[str, str] = {}
    for code in locale_tags(lang):
        try:
            territories = Locale.parse(code).territories
        except (UnknownLocaleError, ValueError, TypeError):
            continue
        out.update({name.casefold(): key for key, name in territories.items() if key.isalpha()})
    return out


@functools.lru_cache(maxsize=256)
def _regions(lang: str | None, country: str) -> tuple[str, ...]:
    """The ISO 3166-2 subdivisions of ``country`` (pycountry's iso-codes), in ``lang`` where its
    catalogue translates them ("云南省", "愛知"), casefolded."""
    import gettext

    import pycountry

    subdivisions = pycountry.subdivisions.get(country_code=country) or []
    tag = (lang or "en").replace("-", "_")
    languages = [tag, tag.split("_")[0]] + (["zh_CN", "zh_TW"] if tag.startswith("zh") else [])
    catalogue = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=languages, fallback=True)
    return tuple(catalogue.gettext(sub.name).casefold() for sub in subdivisions)


def _country_with_part(text: str, lang: str | None, loose: bool = False) -> bool:
    """A country written with a part of it: "中国云南" (the country, then the start of one of its
    regions' names, in a script written without spaces; with ``loose`` any few letters: "中国大陆"
    beside other places), "Lyon, France" / "Kyiv (Ukraine)" (a town, then its country)."""
    low = text.casefold()
    countries = country_names(lang)
    if _CJK_RE.match(low):
        for name, code in _country_codes(lang).items():
            rest = low[len(name) :]
            if len(name) < 2 or not low.startswith(name) or not 0 < len(rest) <= 6:
                continue
            if (loose and len(rest) <= 4) or (
                len(rest) >= 2 and any(region.startswith(rest) for region in _regions(lang, code))
            ):
                return True
        return False
    m = re.match(r"^([^\W\d_][^,()\d]{1,30}?)\s*(?:,\s*|\()([^,()\d]{2,40}?)\)?$", text)
    return bool(m and m.group(2).strip().casefold() in countries and _proper_name(m.group(1).split()))


def _proper_name(words: list[str]) -> bool:
    """Whether ``words`` are written as a town's name is: at most three, the first and the last
    capitalised in a script with capitals, a lower-case word between them a short particle
    ("Rio de Janeiro", "Frankfurt am Main"); "Thé vert" (before ", France") is an item's name."""
    if not 0 < len(words) <= 3 or words[0][0].islower() or words[-1][0].islower():
        return False
    return all(len(word) <= 4 or not word[0].islower() for word in words[1:-1])


# Kept across pages: a site shows the same filter of a hundred choices, the same labels, on each
# of its pages, and the answer hangs on the text and the CLDR's names alone.
@functools.lru_cache(maxsize=8192)
def is_place(text: str, lang: str | None, *, loose: bool = False) -> bool:
    """Whether ``text`` is one place the CLDR names in ``lang`` or English (see the module)."""
    text = plain_place(text, lang).strip().rstrip(".")
    if not 0 < len(text) <= _MAX_PART or any(ch.isdigit() for ch in text):
        return False
    if text.casefold() in place_names(lang):
        return True
    return _country_with_part(text, lang, loose)


# Words for everywhere that are no CLDR name of the world (territory 001) but say it.
_WORLDWIDE = frozenset({"worldwide", "world wide", "weltweit", "wereldwijd", "mondial", "global"})


@functools.lru_cache(maxsize=64)
def _world_names(lang: str | None) -> tuple[str, ...]:
    """The CLDR's casefolded names of the whole world (territory 001) in ``lang`` and English."""
    from babel import Locale, UnknownLocaleError

    names = set()
    for code in locale_tags(lang):
        try:
            name = Locale.parse(code).territories.get("001")
        except (UnknownLocaleError, ValueError, TypeError):
            continue
        if name:
            names.add(str(name).casefold())
    return tuple(names)


def whole_world(text: str, lang: str | None) -> bool:
    """Everywhere said in a few words: one of :data:`_WORLDWIDE`, or words ending with the CLDR's
    name of the world ("Todo el mundo", "Cały świat", "جميع أنحاء العالم", "全世界") whose words
    after the first are not capitalised ("Hello World" is a name)."""
    low = text.casefold()
    if low in _WORLDWIDE:
        return True
    words = text.split()
    if len(words) > 4 or any(w[:1].isupper() for w in words[1:]):
        return False
    for world in _world_names(lang):
        head = low[: len(low) - len(world)] if low.endswith(world) else None
        if head is None and len(world) >= 4 and world[-1].isalpha():
            # The name in another case: its last letter changed for an ending of one or two
            # (Albanian "gjithë botën", all the world, where the CLDR names it "Bota").
            last = low.rsplit(" ", 1)[-1]
            ending = last[len(world) - 1:]
            inflected = last.startswith(world[:-1]) and 1 <= len(ending) <= 2 and ending.isalpha()
            head = low[: len(low) - len(last)] if inflected else None
        if head is not None and (not head or head.endswith(" ") or _CJK_RE.match(head)):
            return True
    return False


def place_list(text: str, lang: str | None, *, world: bool = False) -> list[str] | None:
    """The places of a value that names only places ("中国大陆、香港、台湾"), or None. A town with
    its country ("Lyon, France") is one place. With ``world`` (where destinations stand), words
    for everywhere are a place too ("Todo el mundo": :func:`whole_world`)."""
    text = text.strip().rstrip(".")
    if not text or len(text) > 400:
        return None
    # A flag beside a place's name is no part of it (parsers.flag_places).
    parts = [q for p in _SPLIT_RE.split(text) if p for q in _SPLIT_RE.split(plain_place(p, lang)) if q]
    if not parts or len(parts) > 60:
        return None
    proper = [is_place(p, lang) or (world and whole_world(p, lang)) for p in parts]
    if all(proper):
        return parts
    # Beside places proper, a country with a qualifier ("中国大陆": mainland China) is one too.
    pairs = zip(parts, proper, strict=True)
    if len(parts) >= 2 and any(proper) and all(ok or is_place(p, lang, loose=True) for p, ok in pairs):
        return parts
    if "," in text and is_place(text, lang):
        return [text]
    # Places joined by the language's "and" ("Malaysia dan Singapura": CLDR's list patterns).
    joined = conjoined(text, lang)
    if joined and all(is_place(p, lang) or (world and whole_world(p, lang)) for p in joined):
        return joined
    return None


def other_field(label: str) -> bool:
    """Whether ``label`` names a field that is no place (a category, a seller, a price)."""
    return any(LABELS[name].match(label) for name in _OTHER_FIELDS)


def _first_word(label: str) -> str:
    words = label.casefold().split()
    return words[0] if words and len(words) >= 2 and len(words[0]) >= 2 else ""


def _town(value: str, words: int = 3) -> bool:
    """A short value of words alone, as a town's name is ("Shiraz", "Ново-Савиновский")."""
    return 0 < len(value) <= _MAX_PART and len(value.split()) <= words and not any(
        ch.isdigit() or ch in ":()[]@" for ch in value
    )


def labelled_route(pairs: list[tuple[int, str, str]], lang: str | None) -> tuple[str, list[str]] | None:
    """(origin, destinations) from ``pairs`` (line index, label, value) in page order: the first
    value that is one place, then within a row or two a value of places; or, before a value of
    places, a town under a label that shares the destinations' label's first word ("Envoi de" /
    "Envoi vers"). None when no such pair shows (one lone place says neither)."""
    origin: tuple[int, str, str] | None = None
    prev: tuple[int, str, str] | None = None
    for i, label, value in pairs:
        if is_place(label.rstrip(":： "), lang) or other_field(label):
            prev = None
            continue
        after = origin is not None and i - origin[0] <= _GAP
        found = place_list(value, lang, world=after)  # "Todo el mundo" a destination, no origin
        if found is None and origin is not None and after and (_paired(label, origin[2]) or _grouped(value)):
            # Under the origin's label's pair ("Siunčiama iš" / "Siunčiama į"), or beside a union
            # of countries by its CLDR code ("Norden, EU"), regions the CLDR does not name
            # ("Baltijos šalys", "دول الخليج العربي") beside places it does.
            found = region_list(value, lang)
        if found is not None:
            if origin is not None and i - origin[0] <= _GAP:
                return origin[1], found
            if (
                prev is not None
                and i - prev[0] <= _GAP
                and _first_word(label)
                and _first_word(label) == _first_word(prev[1])
                and _town(prev[2])
            ):
                return prev[2], found
            if origin is None and len(found) == 1:
                origin = (i, found[0], label)
        prev = (i, label, value)
    return None


def _paired(label: str, other: str) -> bool:
    """Whether two labels are a route's pair: they share their first word, the rest differs."""
    first = _first_word(label)
    return bool(first) and first == _first_word(other) and label.casefold() != other.casefold()


def region_list(value: str, lang: str | None) -> list[str] | None:
    """The parts of a value of places some of which are regions no vocabulary names: each part a
    CLDR place or a short phrase of words (five at most: "کشورهای حاشیه خلیج فارس"), a CLDR place
    among them when there are several; None otherwise."""
    parts = [p for p in _SPLIT_RE.split(plain_place(value.strip().rstrip("."), lang)) if p]
    if not parts or len(parts) > 20 or not all(_town(p, _REGION_WORDS) for p in parts):
        return None
    if len(parts) >= 2 and not any(is_place(p, lang) or grouping_code(p) for p in parts):
        return None
    return parts


def _grouped(value: str) -> bool:
    """Whether a value of a few parts names a union of countries by its CLDR code ("Norden, EU")."""
    return len(value) <= _MAX_PART * 2 and any(grouping_code(p) for p in _SPLIT_RE.split(value))


# "label: value" on one line; a label of a few words of any script, no figure.
_LABEL_RE = re.compile(r"^([^\W\d_][^:：\d]{0,40})[:：]\s*(.*)$")


def _bare_label(line: str) -> bool:
    return 0 < len(line) <= _MAX_PART and ":" not in line and "：" not in line and not any(
        ch.isdigit() for ch in line
    )


def line_pairs(lines: list[str]) -> list[tuple[int, str, str]]:
    """(line index of the value, label, value) of ``lines``: "label: value", a label's line
    ("label:") before its value's, or a short line of words before a line (two cells of a row,
    a term and its definition) where neither holds a colon."""
    out = []
    for i, line in enumerate(lines):
        m = _LABEL_RE.match(line)
        if m is not None:
            value = m.group(2).strip()
            if value:
                out.append((i, m.group(1).strip(), value))
            elif i + 1 < len(lines) and not _LABEL_RE.match(lines[i + 1]):
                out.append((i + 1, m.group(1).strip(), lines[i + 1]))
        elif i and _bare_label(lines[i - 1]) and ":" not in line and "：" not in line:
            out.append((i, lines[i - 1], line))
    return out


def line_route(lines: list[str], lang: str | None) -> tuple[str, list[str]] | None:
    """(origin, destinations) from the labelled values of ``lines`` (:func:`labelled_route`)."""
    if len(lines) < 2:
        return None
    return labelled_route(line_pairs(lines), lang)
