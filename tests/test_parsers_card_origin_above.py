"""parsers.cards.card_listing with parsers.market_places.origin_above: on a card whose destinations
are under a known label but whose origin's label is none the vocabulary knows ("Nadawca z: Polska"
over "Wysyłka do: Niemcy"), the labelled row right above the destinations that names one CLDR
place is the origin, as on an item's own page. Made-up pages written here (none a generality
round's page).
"""

from __future__ import annotations

from parsers import parse_page
from parsers.records import Listing


def _routes(html: str, url: str) -> list[tuple[str | None, list[str]]]:
    result = parse_page(html.encode("utf-8"), url=url, use_profiles=False)
    return [(r.ships_from, r.ships_to) for r in result.records if isinstance(r, Listing)]


def _grid(lang: str, rows: list[tuple[str, str, str, str]], price_mark: str) -> str:
    cards = "".join(
        f'<div class="towar"><a class="nazwa" href="/towar/{n}">{name}</a><div class="w">'
        f'<span>{origin}</span> <span>{dest}</span></div><div class="cena">{price} {price_mark}</div></div>'
        for n, (name, origin, dest, price) in enumerate(rows)
    )
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Sklep</title></head>'
            f'<body><h1>Sklep</h1><div class="siatka">{cards}</div></body></html>')


def test_a_polish_grid_takes_the_place_above_its_destinations_for_the_origin() -> None:
    html = _grid("pl", [
        ("Ceramiczny kubek", "Nadawca z: Polska", "Wysyłka do: Niemcy, Czechy", "45,00"),
        ("Lniany obrus", "Nadawca z: Polska", "Wysyłka do: Polska", "120,00"),
        ("Miód gryczany 1 kg", "Nadawca z: Polska", "Wysyłka do: Litwa", "38,50"),
    ], "zł")
    assert _routes(html, "http://targ.example/sklep") == [
        ("Polska", ["Niemcy", "Czechy"]), ("Polska", ["Polska"]), ("Polska", ["Litwa"]),
    ]


def test_an_indonesian_grid_takes_the_place_above_its_destinations_for_the_origin() -> None:
    html = _grid("id", [
        ("Batik tulis Solo", "Asal kiriman: Indonesia", "Dikirim ke: Malaysia, Singapura", "350.000"),
        ("Kopi Toraja 200 g", "Asal kiriman: Indonesia", "Dikirim ke: Indonesia", "95.000"),
        ("Anyaman rotan", "Asal kiriman: Indonesia", "Dikirim ke: Brunei", "210.000"),
    ], "IDR")
    assert _routes(html, "http://pasar.example/toko") == [
        ("Indonesia", ["Malaysia", "Singapura"]), ("Indonesia", ["Indonesia"]), ("Indonesia", ["Brunei"]),
    ]
