"""Country names in en/ru/de/fr/es (and codes, and market shorthands) to ISO 3166-1 alpha-2 codes.

Names come from pycountry's ISO 3166 data and its translations; market shorthands ("UK", "USA",
"Worldwide") are added here. Worldwide maps to ``XW``, a user-assigned ISO 3166 code, and the
European Union to ``EU``, which ISO 3166 reserves for it.

    >>> [country_code(n) for n in ("Germany", "Deutschland", "Allemagne", "Германия")]
    ['DE', 'DE', 'DE', 'DE']
    >>> country_code("UK"), country_code("Worldwide"), country_code("nowhere") is None
    ('GB', 'XW', True)
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from functools import lru_cache

import pycountry

WORLDWIDE = "XW"
LANGUAGES = ("de", "fr", "es", "ru")
_ALIASES = {
    "uk": "GB", "u.k.": "GB", "great britain": "GB", "britain": "GB", "england": "GB", "scotland": "GB",
    "wales": "GB", "northern ireland": "GB", "usa": "US", "u.s.a.": "US", "u.s.": "US", "america": "US",
    "united states of america": "US", "holland": "NL", "the netherlands": "NL", "russia": "RU",
    "south korea": "KR", "north korea": "KP", "czech republic": "CZ", "czechia": "CZ", "iran": "IR",
    "vietnam": "VN", "syria": "SY", "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ", "moldova": "MD",
    "laos": "LA", "taiwan": "TW", "europe": "EU", "eu": "EU", "european union": "EU",
    "worldwide": WORLDWIDE, "world wide": WORLDWIDE, "world": WORLDWIDE, "ww": WORLDWIDE,
    "international": WORLDWIDE, "anywhere": WORLDWIDE, "everywhere": WORLDWIDE,
    "weltweit": WORLDWIDE, "monde entier": WORLDWIDE, "international (monde)": WORLDWIDE,
    "mundial": WORLDWIDE, "todo el mundo": WORLDWIDE, "в любую страну": WORLDWIDE, "весь мир": WORLDWIDE,
    "по всему миру": WORLDWIDE, "мир": WORLDWIDE, "россия": "RU", "рф": "RU", "сша": "US",
    "великобритания": "GB", "англия": "GB", "германия": "DE", "голландия": "NL", "ee.uu.": "US",
    "eeuu": "US", "estados unidos": "US", "reino unido": "GB", "royaume-uni": "GB", "états-unis": "US",
    "vereinigte staaten": "US", "großbritannien": "GB", "england (uk)": "GB",
}


def _key(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold().strip()
    return re.sub(r"\s+", " ", text.strip(" .,;:!-–()[]"))


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    translations = []
    for lang in LANGUAGES:
        try:
            translations.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]))
        except OSError:
            continue  # a pycountry build without that locale: English names still work
    for country in pycountry.countries:
        code = country.alpha_2
        names = {country.name, getattr(country, "official_name", None), getattr(country, "common_name", None)}
        for name in [n for n in names if n]:
            table.setdefault(_key(name), code)
            # "Korea, Republic of" style names: also accept the part before the comma.
            if "," in name:
                table.setdefault(_key(name.split(",")[0]), code)
            for tr in translations:
                table.setdefault(_key(tr.gettext(name)), code)
    for alias, code in _ALIASES.items():
        table[_key(alias)] = code
    return table


def country_code(name: str | None) -> str | None:
    """ISO 3166-1 alpha-2 code (or ``XW`` worldwide, ``EU``) of a name or code, None when unknown."""
    if not name or not name.strip():
        return None
    raw = name.strip()
    if re.fullmatch(r"[A-Z]{2}", raw) and (pycountry.countries.get(alpha_2=raw) or raw in ("EU", WORLDWIDE)):
        return raw
    if re.fullmatch(r"[A-Z]{3}", raw):
        found = pycountry.countries.get(alpha_3=raw)
        if found:
            return str(found.alpha_2)
    return _table().get(_key(raw))


def country_codes(names: list[str] | str | None) -> list[str]:
    """Codes of a list of names, or of one comma/slash separated string, unknown names dropped."""
    if not names:
        return []
    items = re.split(r"\s*[,;/|]\s*", names) if isinstance(names, str) else names
    out: list[str] = []
    for item in items:
        code = country_code(item)
        if code and code not in out:
            out.append(code)
    return out
