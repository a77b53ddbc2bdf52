"""Where an item ships from and to, read as two labelled values that name countries as the Unicode
CLDR (Babel) spells them in the page's language, under labels no built-in vocabulary knows:

    >>> lines = ["Preis:", "12 EUR", "wysyłka z:", "Polska", "wysyłka do:", "Polska, Czechy, Niemcy"]
    >>> labelled_countries(lines, "pl")
    ('Polska', ['Polska', 'Czechy', 'Niemcy'])

An item's table of "label: value" rows names the place it ships from first, then the places it
ships to: the first value that is one country is the origin, the next value of countries (a line
or two further on) the destinations. One such value alone says neither, and a line of countries
with no label before it (a menu of country links, a footer) is no value. Where a known label gave
the origin, the value of countries after it is where the item ships to, whatever its label says
(:func:`destinations_after`).

The names of places in every language (:data:`ANY_LANGUAGE`) are gathered from Babel's CLDR data
once (``python -m parsers.cldr_places`` writes ``cldr_places.json`` beside this module) and read
from that file: a page pays no half second for every language's locale.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from parsers.flag_places import plain_place
from parsers.labels import LABELS
from parsers.locale_countries import own_country_names
from parsers.shipped_tables import read_table, table_path, write_table

__all__ = [
    "ANY_LANGUAGE", "build", "country_names", "destinations_after", "labelled_countries", "locale_tags",
]

_FILE = table_path(__file__)

_SPLIT_RE = re.compile(r"\s*(?:[,;/|،、]|\s-\s)\s*")
_LABEL_MAX = 40
# Rows of one item's table stand close together: a destination one or two rows after the origin.
_GAP = 4


@functools.lru_cache(maxsize=64)
def locale_tags(lang: str | None) -> tuple[str, ...]:
    """English, ``lang`` and the CLDR's locales of ``lang`` in its other scripts: a page tagged
    "zh" may write Traditional characters ("台灣", "澳門": zh_Hant), one tagged "sr" Latin letters
    (sr_Latn); the names of places are looked up in each."""
    from babel import localedata

    tag = (lang or "en").replace("-", "_")
    base = tag.split("_")[0]
    if base == "en":
        return ("en",)
    scripts = sorted(
        i for i in localedata.locale_identifiers() if _SCRIPT_TAG_RE.match(i) and i.startswith(base + "_")
    )
    return tuple(dict.fromkeys(["en", tag, *scripts]))


_SCRIPT_TAG_RE = re.compile(r"^[a-z]{2,3}_[A-Z][a-z]{3}$")


@functools.lru_cache(maxsize=64)
def country_names(lang: str | None) -> frozenset[str]:
    """Casefolded CLDR names of countries and regions ("World", "Europe") in ``lang`` (each of its
    scripts: :func:`locale_tags`) and English."""
    from babel import Locale, UnknownLocaleError

    names: set[str] = set(_every_name()) if lang == ANY_LANGUAGE else set()
    for code in locale_tags(lang):
        try:
            territories = Locale.parse(code).territories
        except (UnknownLocaleError, ValueError, TypeError):
            continue
        names.update(name.casefold() for key, name in territories.items() if key != "ZZ")
    names.update(_iso_names(lang))
    names.update(name.casefold() for name in own_country_names(lang))  # "Tirkiye" beside "Türkiye"
    return frozenset(names)


#: The language tag (ISO 639's "mul", several languages) that looks places up in every language
#: the CLDR describes: a page in a language of little CLDR data names places as a neighbour
#: language does ("Turkiya", "Evropa" on a Ladino page; "Unión Europea" on an Asturian one).
ANY_LANGUAGE = "mul"


def build() -> list[str]:
    """Casefolded CLDR territory names of every language and script, sorted, from Babel's data
    (as ``cldr_places.json`` ships them)."""
    from babel import localedata

    names: set[str] = set()
    for code in localedata.locale_identifiers():
        if "_" in code and not _SCRIPT_TAG_RE.match(code):
            continue  # a country's variant of a language names places as the language does
        try:
            territories = localedata.load(code).get("territories", {})
        except (OSError, ValueError):
            continue
        names.update(name.casefold() for key, name in territories.items() if key != "ZZ")
    return sorted(names)


@functools.lru_cache(maxsize=1)
def _every_name() -> frozenset[str]:
    """The shipped names of places in every language (:func:`build`)."""
    return frozenset(read_table(_FILE, []))


def _iso_names(lang: str | None) -> set[str]:
    """Casefolded country names of the iso-codes translations (pycountry's) in ``lang``, written
    also without their combining marks: common short names where the CLDR writes the long one
    ("السّعوديّة", read "السعودية", where the CLDR has "المملكة العربية السعودية")."""
    code = (lang or "").split("-")[0]
    if not code or code == "en":
        return set()
    import gettext

    import pycountry  # loaded once per language (country_names is cached)

    try:
        names = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[code])
    except OSError:
        return set()
    out: set[str] = set()
    for country in pycountry.countries:
        name = names.gettext(country.name)
        if name != country.name:
            out.add(name.casefold())
            out.add("".join(ch for ch in name if not unicodedata.combining(ch)).casefold())
    return out


def _countries(text: str, names: frozenset[str], lang: str | None = None) -> list[str] | None:
    # A flag beside the name ("🇵🇱 Polska") is no part of it; a flag alone names its country.
    parts = [
        q for p in _SPLIT_RE.split(text.strip()) if p for q in _SPLIT_RE.split(plain_place(p, lang)) if q
    ]
    if not parts or len(parts) > 60 or any(p.casefold() not in names for p in parts):
        return None
    return parts


def _label(text: str, names: frozenset[str]) -> bool:
    text = text.strip().rstrip(":：").strip()
    return 0 < len(text) <= _LABEL_MAX and not any(c.isdigit() for c in text) and text.casefold() not in names


def labelled_countries(lines: list[str], lang: str | None) -> tuple[str, list[str]] | None:
    """(origin, destinations) from ``lines``: a labelled value of one country, then within a few
    lines a second labelled value of one or more countries; None when the lines show no such pair.
    A value stands on the line after its label, or after the label's colon on the same line."""
    names = country_names(lang)
    if not names:
        return None
    found: list[tuple[int, list[str]]] = []
    for i, line in enumerate(lines):
        if len(line) > 400:
            continue
        label, sep, rest = line.partition(":")
        value = _countries(rest, names, lang) if sep and _label(label, names) else None
        if value is None and i > 0 and _label(lines[i - 1], names):
            value = _countries(line, names, lang)
        if value is None:
            continue
        if found and i - found[-1][0] <= _GAP:
            origin = found[-1][1]
            if len(origin) == 1:
                return origin[0], value
        found.append((i, value))
    return None


def destinations_after(lines: list[str], origin: str, lang: str | None) -> list[str]:
    """The countries of the labelled value a few lines after the labelled value that is
    ``origin`` (a value after its label's colon or on the line after its label), unless its label
    names an origin too ("Origin country", "Herkunftsland": a product's, no destination); []
    when there is none."""
    names = country_names(lang)
    want = origin.casefold()
    at: int | None = None
    for i, line in enumerate(lines):
        if len(line) > 400:
            continue
        label, sep, value = line.partition(":")
        if not (sep and _label(label, names)):
            if i == 0 or not _label(lines[i - 1], names):
                continue
            label, value = lines[i - 1], line
        found = _countries(value, names, lang)
        if found is None:
            continue
        if at is None:
            at = i if len(found) == 1 and found[0].casefold() == want else None
            continue
        if i - at > _GAP:
            return []
        label = label.strip().rstrip(":：").strip()
        if not any(LABELS[name].match(label) for name in ("origin", "ships_from")):
            return found
    return []


if __name__ == "__main__":  # pragma: no cover - regenerates the shipped file
    write_table(_FILE, build(), sort_keys=False)
