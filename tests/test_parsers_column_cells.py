"""parsers.column_cells: a market's result table's row read with its column headers as labels, so
a country under a header in no known language ("Alkuperä", "Származás") is where it ships from; a
shop's table, naming no seller, keeps such a column the product's origin."""

from __future__ import annotations

from pathlib import Path

from parsers import parse_page
from parsers.column_cells import column_cells
from parsers.dom import load

DATA = Path(__file__).parent / "data" / "column_places"


def _rows(name: str) -> list[tuple[str | None, list[str]]]:
    result = parse_page((DATA / name).read_bytes(), url="http://kauppa.example.onion/haku?q=x")
    assert result.page.page_type == "listing_index"
    return [(r.ships_from, r.ships_to) for r in result.records]


def test_a_finnish_table_ships_from_the_country_under_its_origin_header() -> None:
    assert _rows("kauppa_fi.html") == [("Suomi", []), ("Ruotsi", []), ("Suomi", [])]


def test_a_hungarian_table_with_a_thead_and_image_columns_ships_from_its_origin_column() -> None:
    assert _rows("piac_hu.html") == [("Magyarország", []), ("Irán", []), ("Magyarország", [])]


def test_a_row_whose_cells_do_not_match_its_header_gets_no_labels() -> None:
    doc = load(b"<table><tr><th>A</th><th>B</th></tr><tr><td>x</td><td>y</td><td>z</td></tr></table>")
    assert column_cells(doc, doc.root.xpath("//tr")[1]) == []


def test_headers_holding_figures_or_empty_cells_label_nothing() -> None:
    doc = load(b"<table><tr><th></th><th>2024</th><th>Maa</th></tr>"
               b"<tr><td>x</td><td>5</td><td>Norja</td></tr></table>")
    assert column_cells(doc, doc.root.xpath("//tr")[1]) == [("Maa", "Norja")]


def test_a_shops_table_naming_no_seller_keeps_its_origin_column_the_products() -> None:
    rows = "".join(
        f"<tr><td><a href='/tuote/{i}'>Hunaja {i}</a></td><td>{p},00 €</td><td>France</td></tr>"
        for i, p in ((1, 9), (2, 12), (3, 15))
    )
    head = "<thead><tr><th>Tuote</th><th>Hinta</th><th>Alkuperä</th></tr></thead>"
    html = f"<html><body><table>{head}<tbody>{rows}</tbody></table></body></html>"
    result = parse_page(html.encode(), url="http://kauppa.example/hunaja/")
    assert result.page.page_type == "listing_index"
    assert [(r.price, r.ships_from) for r in result.records] == [(9.0, None), (12.0, None), (15.0, None)]
