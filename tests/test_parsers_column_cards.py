"""parsers.column_cards (a grid whose columns are cards) and parsers.heading_crumb (a category
page's heading as its cards' category), read through parsers.parse_page."""

from __future__ import annotations

from pathlib import Path

from parsers import parse_page
from parsers.records import Listing

_DATA = Path(__file__).parent / "data" / "column_cards"

_GRID_DE = (_DATA / "grid_de.html").read_text(encoding="utf-8")

_GRID_PT = (_DATA / "grid_pt.html").read_text(encoding="utf-8")

_ROWS_EN = (_DATA / "rows_en.html").read_text(encoding="utf-8")


def _listings(html: str) -> tuple[str | None, list[Listing]]:
    result = parse_page(html.encode(), url="http://example.onion/list")
    return result.page.page_type, [r for r in result.records if r.kind == "listing"]


def test_a_grid_whose_columns_are_cards_reads_one_listing_per_column() -> None:
    kind, listings = _listings(_GRID_DE)
    assert kind == "listing_index"
    assert [(r.title, r.price, r.currency) for r in listings] == [
        ("Waldhonig 500 g", 12.9, "EUR"),
        ("Rapshonig 250 g", 6.4, "EUR"),
        ("Akazienhonig 500 g", 14.5, "EUR"),
    ]


def test_a_grid_of_header_cells_in_another_language_reads_its_columns_too() -> None:
    kind, listings = _listings(_GRID_PT)
    assert kind == "listing_index"
    assert [(r.title, r.price) for r in listings] == [
        ("Prato azul pintado", 89.0), ("Caneca de barro", 35.0), ("Jarro alentejano", 120.0),
    ]


def test_a_category_pages_heading_ending_its_breadcrumb_is_every_cards_category() -> None:
    assert {r.category for r in _listings(_GRID_DE)[1]} == {"Honig"}
    assert {r.category for r in _listings(_GRID_PT)[1]} == {"Cerâmica"}


def test_a_table_of_one_card_a_row_is_left_as_rows() -> None:
    # Every cell linked, but each column holds other items' links: no column is a card.
    kind, listings = _listings(_ROWS_EN)
    assert kind == "listing_index"
    assert [r.title for r in listings] == ["Green tea 100 g", "Black tea 250 g", "White tea 50 g"]
    assert all(r.category is None for r in listings)
