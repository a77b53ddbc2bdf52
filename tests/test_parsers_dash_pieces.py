"""parsers.dash_pieces: a result card written as one row of text pieces between dashes or bars,
its category and route read piece by piece."""

from __future__ import annotations

from pathlib import Path

import parsers
from parsers.dash_pieces import piece_fields

DATA = Path(__file__).parent / "data" / "dash_pieces"


def _rows(name: str, url: str) -> list[tuple[str | None, str | None, list[str]]]:
    result = parsers.parse_page((DATA / name).read_bytes(), url=url)
    assert result.page.page_type == "listing_index"
    return [(r.category, r.ships_from, r.ships_to) for r in result.records]


def test_spanish_rows_between_en_dashes_give_each_item_its_rubric_and_route() -> None:
    assert _rows("busqueda_es.html", "http://mercadofaro.onion/buscar?q=velas") == [
        ("Hogar y Decoración", "España", ["Portugal"]),
        ("Artesanía", "Portugal", ["España", "Francia"]),
        ("Hogar y Decoración", "España", ["Europa"]),
    ]


def test_german_rows_between_bars_give_each_item_its_rubric_and_route() -> None:
    assert _rows("suche_de.html", "http://nachtkontor.onion/suche?q=Messer") == [
        ("Werkzeug", "Deutschland", ["Österreich", "Schweiz"]),
        ("Küche", "Polen", ["Deutschland"]),
        ("Küche", "Deutschland", ["Europa"]),
    ]


def test_the_seller_piece_the_title_and_figures_are_no_rubric() -> None:
    row = ["Mug — 4 € — Seller Bob — ships from Wales to Europe"]
    assert piece_fields(row, "Mug", "Bob") == (None, "Wales", ["Europe"])


def test_two_rubric_like_pieces_leave_the_category_unsure() -> None:
    row = ["Mug — 4 € — Handmade — Kitchen — ships from Wales to Europe"]
    assert piece_fields(row, "Mug", None)[0] is None


def test_a_line_with_one_dash_or_hyphenated_words_is_no_row_of_pieces() -> None:
    assert piece_fields(["Hand-turned dipper — Crafts"], "Hand-turned dipper", None) == (None, None, [])


def test_a_route_of_labelled_pieces_after_a_description_s_sentences_is_read() -> None:
    from parsers.dash_pieces import piece_route

    line = "Ручна робота з вовни. Звідки: Україна · Куди: Європа"
    assert piece_route([line], "uk") == ("Україна", ["Європа"])
    assert piece_route(["Hecho a mano en Oaxaca. Origen: México · Destino: Todo el mundo"], "es") == (
        "México", ["Todo el mundo"])
    assert piece_route(["Ships fast. Great quality · Buy now: here"], "en") is None
