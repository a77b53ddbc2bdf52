"""A country's name as the people of a language write it at home, from the C library's locales
(glibc localedata: each locale's ``LC_ADDRESS`` ``country_name``), where the Unicode CLDR writes
another or none: Kurmanji writes Turkey "Tirkiye" (the CLDR "Türkiye"), Czech "Česká republika"
(the CLDR "Česko"), Tatar Russia "Русия" (the CLDR none in Tatar, "Россия" by Russian). Only the
names the CLDR lacks are kept: :func:`parsers.cldr_places.country_names` adds them to its own.

    >>> own_country_names("ku")
    ('Tirkiye',)
    >>> own_country_names("ku-TR"), own_country_names("en")
    (('Tirkiye',), ())

The table was written by ``python -m parsers.locale_countries /usr/share/i18n/locales`` (Debian's
``locales`` package), which prints it again from the locales installed: each locale's language (the
CLDR's alias of it: "cmn" is "zh"), its country's own name when the CLDR names that country
otherwise in that language.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

__all__ = ["own_country_names", "read_locales"]

#: Language -> the names its locales give their countries that the CLDR does not.
OWN_NAMES: dict[str, tuple[str, ...]] = {
    "ab": ("Кырҭтәыла",),
    "agr": ("Perú",),
    "anp": ("भारत",),
    "ayc": ("Piruw",),
    "az": ("ایران",),
    "be": ("Biełaruś",),
    "ber": ("Lezzayer", "ⵜⴰⴳⵍⴷⵉⵜ ⵏ ⵍⵎⵖⵔⵉⴱ"),
    "bhb": ("भारत",),
    "bho": ("नेपाल",),
    "bi": ("Vanuatu",),
    "cs": ("Česká republika",),
    "csb": ("Pòlskô",),
    "dv": ("ދިވެހިރާއްޖެ",),
    "ha": ("Najeriya",),
    "hak": ("中華民國",),
    "hif": ("Fiji",),
    "hne": ("भारत",),
    "ht": ("Ayiti",),
    "ik": ("Kanada",),
    "iu": ("ᑲᓇᑕ",),
    "ks": ("भारत",),
    "ku": ("Tirkiye",),
    "li": ("Bèlsj", "Nederland"),
    "ln": ("Repibiki demokratiki ya Kongó",),
    "lzh": ("中華民國",),
    "mag": ("भारत",),
    "miq": ("Nicaragua",),
    "mjw": ("Bhorot",),
    "mk": ("Македонија",),
    "mni": ("ভারত",),
    "mnw": ("ဗၟာ",),
    "nan": ("中華民國", "Tâi-oân"),
    "nhn": ("Mexihco",),
    "niu": ("Niuē",),
    "nr": ("iSewula Afrika",),
    "pa": ("پکستان",),
    "rif": ("Lmerruk",),
    "sa": ("भारतम्",),
    "sat": ("ᱥᱤᱧᱚᱛ",),
    "sd": ("انڊيا", "भारत"),
    "sgs": ("Lietova",),
    "shn": ("မၢၼ်ႈ",),
    "sm": ("Sāmoa",),
    "so": ("Kiiniya",),
    "sq": ("Maqedoni",),
    "sr": ("Srbija",),
    "ss": ("iNingizimu Afrika",),
    "tcy": ("ಭಾರತ",),
    "the": ("नेपाल",),
    "ts": ("Afrika Dzonga",),
    "tt": ("Русия", "Urıs Patşahlıq"),
    "unm": ("USA",),
    "uz": ("Ўзбекистон",),
    "ve": ("Afurika Tshipembe",),
    "wa": ("Beldjike",),
    "xh": ("uMzantsi Afrika",),
    "yo": ("Orilẹ̀-èdè Nàìjíríà",),
    "yue": ("中華人民共和國香港特別行政區",),
    "yuw": ("Papua New Guinea",),
    "zh": ("中華民國", "中华人民共和国"),
}


def own_country_names(lang: str | None) -> tuple[str, ...]:
    """The names ``lang``'s locales give their own countries where the CLDR has none of them."""
    return OWN_NAMES.get((lang or "").replace("_", "-").split("-")[0].casefold(), ())


_LOCALE_RE = re.compile(r"^([a-z]{2,3})_([A-Z]{2})(?:@\w+)?$")
_COUNTRY_RE = re.compile(r'^country_name\s+"([^"]*)"', re.MULTILINE)
_CODEPOINT_RE = re.compile(r"<U([0-9A-Fa-f]{4,6})>")


def read_locales(folder: str | Path) -> dict[str, tuple[str, ...]]:
    """The table :data:`OWN_NAMES` from the glibc locale sources in ``folder``."""
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global

    aliases = get_global("language_aliases")
    found: dict[str, list[str]] = {}
    for path in sorted(Path(folder).glob("*_*")):
        match = _LOCALE_RE.match(path.name)
        country = _COUNTRY_RE.search(path.read_text(encoding="utf-8", errors="replace")) if match else None
        if match is None or country is None:
            continue
        name = _CODEPOINT_RE.sub(lambda m: chr(int(m.group(1), 16)), country.group(1)).strip()
        lang = aliases.get(match.group(1), match.group(1)).split("_")[0]
        try:
            cldr = Locale.parse(lang).territories.get(match.group(2))
        except (UnknownLocaleError, ValueError):
            cldr = None
        if name and (cldr is None or cldr.casefold() != name.casefold()) and name not in found.get(lang, ()):
            found.setdefault(lang, []).append(name)
    return {lang: tuple(names) for lang, names in sorted(found.items())}


def _render(table: dict[str, tuple[str, ...]]) -> str:
    def quoted(names: tuple[str, ...]) -> str:
        return ", ".join(f'"{name}"' for name in names) + ("," if len(names) == 1 else "")

    return "\n".join(f'    "{lang}": ({quoted(names)}),' for lang, names in table.items())


if __name__ == "__main__":  # pragma: no cover - rewrites the table from the machine's locales
    print(_render(read_locales(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/i18n/locales")))
