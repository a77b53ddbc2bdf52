"""parsers.flag_places.plain_place: a place written with pictographs (a flag beside a country's
name, a globe before a region) is its words; a flag alone names its country as the CLDR spells it
in the page's language. Read on grids of invented templates in Polish (labels no vocabulary knows,
destinations shown as flags alone) and English (known labels, a globe before "Worldwide")."""

from __future__ import annotations

from parsers import parse_page
from parsers.flag_places import plain_place
from parsers.market_places import places
from parsers.place_words import place_list
from parsers.records import Listing


def _pl_card(n: int, title: str, origin: str, dest: str) -> str:
    return (f"<div class='oferta'><a href='/oferta/{n}'>{title}</a><div>Nadawane z: {origin}</div>"
            f"<div>Dostawa do: {dest}</div><div>{n * 12},00 PLN</div></div>")


_PL_GRID = ("<html lang='pl'><head><meta charset='utf-8'><title>Targ</title></head><body><main>"
            + _pl_card(1, "Miód gryczany 1 kg", "🇵🇱 Polska", "🇩🇪 🇨🇿")
            + _pl_card(2, "Herbata z lipy", "Czechy 🇨🇿", "🇵🇱")
            + "</main></body></html>")


def _en_card(n: int, title: str, origin: str, dest: str) -> str:
    return (f"<li><a href='/listing/{n}'>{title}</a><p>Ships from: {origin}</p><p>Ships to: {dest}</p>"
            f"<p>${n * 5}.00</p></li>")


_EN_LIST = ("<html lang='en'><head><meta charset='utf-8'><title>Stall</title></head><body><ul>"
            + _en_card(1, "Oolong tea 50 g", "🇹🇼 Taiwan", "🌍 Worldwide")
            + _en_card(2, "Matcha whisk", "🇯🇵 Japan", "🇪🇺 EU, 🇬🇧 United Kingdom")
            + "</ul></body></html>")


def test_a_place_name_is_its_words_without_a_flag_or_a_globe():
    assert plain_place("🇵🇱 Polska", "pl") == "Polska" and plain_place("Czechy 🇨🇿", "pl") == "Czechy"
    assert plain_place("🌍 Worldwide", "en") == "Worldwide" and plain_place("Japan", "en") == "Japan"


def test_a_flag_alone_names_its_country_in_the_page_language():
    assert plain_place("🇩🇪", "pl") == "Niemcy" and plain_place("🇩🇪", "en") == "Germany"
    assert place_list("🇩🇪 🇨🇿", "pl") == ["Niemcy", "Czechy"] == place_list("🇩🇪, 🇨🇿", "pl")
    assert places("🇪🇺 EU, 🇬🇧 United Kingdom") == ["EU", "United Kingdom"]


def test_polish_cards_ship_from_a_flagged_country_to_the_countries_of_their_flags():
    records = parse_page(_PL_GRID.encode(), url="http://targtargtarg.onion/").records
    assert [(r.ships_from, r.ships_to) for r in records if isinstance(r, Listing)] == [
        ("Polska", ["Niemcy", "Czechy"]), ("Czechy", ["Polska"]),
    ]


def test_english_cards_ship_from_a_flagged_country_worldwide():
    records = parse_page(_EN_LIST.encode(), url="http://stallstallstall.onion/").records
    assert [(r.ships_from, r.ships_to) for r in records if isinstance(r, Listing)] == [
        ("Taiwan", ["Worldwide"]), ("Japan", ["EU", "United Kingdom"]),
    ]
