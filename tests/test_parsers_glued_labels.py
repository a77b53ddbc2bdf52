"""parsers.glued_labels: a facts list's label and value elements written with nothing between them;
parsers.market_places: a longer label run on before its colon, and an origin labelled right above
labelled destinations."""

from __future__ import annotations

from pathlib import Path

import parsers
from parsers.cldr_dates import page_language
from parsers.dom import load
from parsers.glued_labels import unglued
from parsers.market_places import labelled_places, origin_above

DATA = Path(__file__).parent / "data" / "glued_labels"


def _listing(name: str, url: str) -> parsers.records.Listing:
    result = parsers.parse_page((DATA / name).read_bytes(), url=url)
    assert result.page.page_type == "listing"
    (listing,) = result.records
    return listing


def test_a_spanish_facts_list_of_strong_labels_gives_the_seller_and_the_route() -> None:
    listing = _listing("tienda_es.html", "http://mercadolunar.onion/producto/77")
    assert listing.vendor == "Telar_Andino"
    assert listing.ships_from == "Perú"
    assert listing.ships_to == ["Perú", "Chile", "Bolivia"]
    assert listing.stock == 7


def test_a_polish_table_of_span_pairs_gives_the_seller_the_route_and_the_category() -> None:
    listing = _listing("toko_pl.html", "http://nocnykram.onion/oferta/12")
    assert listing.vendor == "Glina_Kaszuby"
    assert listing.ships_from == "Polska"
    assert listing.ships_to == ["Polska", "Czechy", "Niemcy"]
    assert listing.category == "Ceramika"


def test_glued_rows_are_written_label_colon_value_and_other_lines_stay() -> None:
    doc = load(
        b"<h1>Teapot</h1><div><p><b>Seller</b><span>kiln_fox</span></p>"
        b"<p><b>Origin</b><span>Japan</span></p></div><p>Free text</p>"
    )
    assert unglued(doc, doc.text_lines) == ["Teapot", "Seller: kiln_fox", "Origin: Japan", "Free text"]


def test_a_lone_glued_pair_or_spaced_elements_are_left_alone() -> None:
    lone = load(b"<p><b>Note</b><span>fragile</span></p><p>Other</p>")
    assert unglued(lone, lone.text_lines) is lone.text_lines
    spaced = load(b"<ul><li><b>Seller</b> <span>a</span></li><li><b>Origin</b> <span>b</span></li></ul>")
    assert unglued(spaced, spaced.text_lines) is spaced.text_lines


def test_a_longer_label_run_on_past_the_known_word_gives_only_its_value() -> None:
    # "gönderim" is a known destinations label; "Gönderim bölgesi" is the page's longer one.
    assert labelled_places(["Gönderim bölgesi: Türkiye, Avrupa"], "ships_to") == "Türkiye, Avrupa"


def test_a_place_labelled_right_above_labelled_destinations_is_their_origin() -> None:
    lines = ["Rubro: Ropa", "País de origen: Perú", "Envíos a zonas: Perú, Chile"]
    with page_language("es"):  # the page's language, as parse_page sets it
        assert origin_above(lines) == "Perú"
        assert origin_above(["Rubro: Ropa", "Envíos a zonas: Perú, Chile"]) is None
        assert origin_above(["Color: Rojo", "Envíos a zonas: Perú, Chile"]) is None


# Tiles whose label is their own text and whose value an inline element right after it
# ("Opinie<strong>1 204</strong>"): tests/data/vendor_figures/sprzedawca_pl.html, made up here.
def test_a_polish_sellers_tiles_of_glued_text_and_values_give_its_count_and_join_day() -> None:
    page = Path(__file__).parent / "data" / "vendor_figures" / "sprzedawca_pl.html"
    result = parsers.parse_page(page.read_bytes(), url="http://nocnyrynek.example.onion/sprzedawca/Bursztyn_Hel")
    assert result.page.page_type == "vendor"
    (vendor,) = result.records
    assert (vendor.name, vendor.feedback_count, vendor.rating) == ("Bursztyn_Hel", 1204, 98.1)
    assert vendor.member_since == "2020-03-05" and vendor.has_pgp_key is True


def test_glued_text_rows_are_read_when_several_and_a_spaced_or_lone_one_is_not() -> None:
    doc = load(b"<div><p>Sales<b>4 108</b></p><p>Disputes<b>6</b></p></div><p>About us</p>")
    assert unglued(doc, doc.text_lines) == ["Sales: 4 108", "Disputes: 6", "About us"]
    lone = load(b"<div><p>Sales<b>4 108</b></p><p>About us</p></div>")
    assert unglued(lone, lone.text_lines) is lone.text_lines
    spaced = load(b"<div><p>Sales <b>4 108</b></p><p>Disputes <b>6</b></p></div>")
    assert unglued(spaced, spaced.text_lines) is spaced.text_lines
    tailed = load(b"<div><p>Sales<b>4</b> this week</p><p>Sales<b>9</b> this month</p></div>")
    assert unglued(tailed, tailed.text_lines) is tailed.text_lines
