"""parsers.card_handles: a card's seller named only by a wordless avatar link's title or picture;
parsers.dash_pieces.piece_route: a card's line of labelled pieces ("Desde: Andalucía · Hacia: ...")
read as a route whose origin may be a region (ISO 3166-2's top subdivisions)."""

from __future__ import annotations

from pathlib import Path

from lxml import html

import parsers
from parsers.card_handles import titled_handle
from parsers.dash_pieces import piece_route

DATA = Path(__file__).parent / "data" / "card_handles"


def _rows(name: str, url: str) -> list[tuple[str | None, str | None, list[str]]]:
    result = parsers.parse_page((DATA / name).read_bytes(), url=url)
    assert result.page.page_type == "listing_index"
    return [(r.vendor, r.ships_from, r.ships_to) for r in result.records]


def test_spanish_cards_with_titled_avatars_and_dotted_routes_give_sellers_and_regions() -> None:
    assert _rows("rejilla_es.html", "http://zoconocturno.onion/seccion/ceramica") == [
        ("Alfar_Triana", "Andalucía", ["Unión Europea"]),
        ("Barro_Galego", "Galicia", ["España", "Portugal"]),
        ("Alfar_Triana", "España", ["Todo el mundo"]),
    ]


def test_german_cards_with_avatar_pictures_and_barred_routes_give_sellers_and_states() -> None:
    assert _rows("raster_de.html", "http://daemmerladen.onion/kategorie/holz") == [
        ("Drechslerei_Alb", "Baden-Württemberg", ["Weltweit"]),
        ("Holz_Kuehn", "Bayern", ["Deutschland", "Österreich"]),
        ("Drechslerei_Alb", "Deutschland", ["Europa"]),
    ]


def test_a_wordless_link_whose_address_does_not_end_with_its_title_names_nobody() -> None:
    card = html.fromstring(
        '<div><a href="/item/9" title="Zoom"><img src="z.png"></a><a href="/item/9">Cup</a></div>'
    )
    assert titled_handle(card) is None


def test_a_region_no_standard_names_is_no_origin() -> None:
    assert piece_route(["Von: Hinterland | Nach: Europa"], "de") is None
    assert piece_route(["Farbe: Rot | Größe: M"], "de") is None
