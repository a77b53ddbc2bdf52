"""parsers.locale_countries: a country's name as its own language's C library locale writes it
(glibc's LC_ADDRESS country_name) where the CLDR writes another ("Najeriya" beside the CLDR's
"Nijeriya" in Hausa, "Македонија" beside "Северна Македонија" in Macedonian), a place wherever the
CLDR's names are (parsers.cldr_places.country_names). Made-up pages written here (Hausa,
Macedonian), none a generality round's page.
"""

from __future__ import annotations

from pathlib import Path

from parsers import parse_page
from parsers.cldr_places import country_names
from parsers.locale_countries import OWN_NAMES, own_country_names, read_locales
from parsers.place_words import is_place
from parsers.records import Listing

_HAUSA = """<!DOCTYPE html><html lang="ha"><head><meta charset="utf-8"><title>Sabbin kaya</title></head>
<body><h1>Sabbin kaya</h1>{cards}</body></html>"""
_HAUSA_CARD = """<div class="kaya"><a href="/kaya/{n}">{title}</a><p>Daga {origin} zuwa {dest}</p>
<p>₦{price}</p></div>"""

_MACEDONIAN = """<!DOCTYPE html><html lang="mk"><head><meta charset="utf-8"><title>Ново</title></head>
<body><ul class="lista">{cards}</ul></body></html>"""
_MACEDONIAN_CARD = """<li class="stavka"><h3><a href="/proizvod/{n}">{title}</a></h3>
<span>Од {origin} до {dest}</span><b>{price} €</b></li>"""


def _routes(
    page: str, card: str, rows: list[tuple[str, str, str, str]]
) -> list[tuple[str | None, list[str]]]:
    html = page.format(cards="".join(card.format(n=n, title=t, origin=o, dest=d, price=p)
                                     for n, (t, o, d, p) in enumerate(rows)))
    result = parse_page(html.encode(), url="http://kasuwa.example/sababbi")
    assert result.page.page_type == "listing_index"
    return [(r.ships_from, r.ships_to) for r in result.records if isinstance(r, Listing)]


def test_a_language_s_own_name_for_its_country_is_kept_where_the_cldr_writes_another() -> None:
    assert own_country_names("ha") == ("Najeriya",)
    assert own_country_names("mk-MK") == ("Македонија",)
    assert own_country_names("en") == () and own_country_names(None) == ()
    assert "najeriya" in country_names("ha") and "nijeriya" in country_names("ha")
    assert is_place("Македонија", "mk") and not is_place("Македонија", "en")


def test_hausa_cards_ship_from_nigeria_as_the_hausa_locale_names_it() -> None:
    rows = [("Kwando na kaba", "Najeriya", "Ghana", "4,500"),
            ("Takalmi fata", "Najeriya", "Afirka", "12,000"),
            ("Hula zanna", "Nijar", "Najeriya", "3,200")]
    assert _routes(_HAUSA, _HAUSA_CARD, rows) == [
        ("Najeriya", ["Ghana"]), ("Najeriya", ["Afirka"]), ("Nijar", ["Najeriya"])]


def test_macedonian_cards_ship_from_macedonia_under_its_own_short_name() -> None:
    rows = [("Филигранска брошка", "Македонија", "Европа", "40"),
            ("Охридски бисер", "Македонија", "Србија", "95")]
    assert _routes(_MACEDONIAN, _MACEDONIAN_CARD, rows) == [
        ("Македонија", ["Европа"]), ("Македонија", ["Србија"])]


def test_the_table_is_read_from_glibc_locale_sources_keeping_only_what_the_cldr_lacks(tmp_path: Path) -> None:
    address = 'LC_ADDRESS\ncountry_name "{}"\nEND LC_ADDRESS\n'
    (tmp_path / "ku_TR").write_text(address.format("Tirk<U0069>ye"), encoding="utf-8")
    # The CLDR's own name ("Polska") adds nothing; a file with no country name is passed over.
    (tmp_path / "pl_PL").write_text(address.format("Polska"), encoding="utf-8")
    (tmp_path / "i18n_ctype").write_text("LC_CTYPE\nEND LC_CTYPE\n", encoding="utf-8")
    (tmp_path / "cmn_TW").write_text('country_name "<U4E2D><U83EF><U6C11><U570B>"\n', encoding="utf-8")
    assert read_locales(tmp_path) == {"ku": ("Tirkiye",), "zh": ("中華民國",)}
    assert OWN_NAMES["ku"] == ("Tirkiye",) and OWN_NAMES["zh"][0] == "中華民國"
