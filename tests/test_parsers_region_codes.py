"""parsers.region_codes: a union of countries written by its CLDR code ("EU") beside a region no
vocabulary names, read as an item's destinations after its origin, on item pages of invented
templates in Swedish and German."""

from __future__ import annotations

from parsers import parse_page
from parsers.place_words import labelled_route, line_pairs, region_list
from parsers.region_codes import grouping_code


def _listing(html: str, url: str = "http://butikbutikbutik.onion/produkt/41"):
    result = parse_page(html.encode(), url=url)
    assert result.page.page_type == "listing"
    return next(r for r in result.records if type(r).__name__ == "Listing")


_SV_ITEM = """<html lang="sv"><head><meta charset="utf-8"><title>Handstickade vantar | Butiken</title></head>
<body><header><a href="/">Butiken</a></header>
<main><h1>Handstickade vantar, ull</h1>
<p class="pris">Pris: 320 SEK</p>
<table class="fakta">
<tr><td>Säljare</td><td><a href="/saljare/stickan">stickan</a></td></tr>
<tr><td>Skickas från</td><td>Sverige</td></tr>
<tr><td>Levereras till</td><td>Skandinavien, EU</td></tr>
<tr><td>Material</td><td>100 % ull</td></tr>
</table>
<form method="post" action="/varukorg"><button>Köp</button></form></main></body></html>"""

_DE_ITEM = """<html lang="de"><head><meta charset="utf-8"><title>Bergkäse 1 kg - Marktplatz</title></head>
<body><nav><a href="/">Marktplatz</a></nav>
<h1>Bergkäse, 1 kg</h1>
<dl class="details"><dt>Preis</dt><dd>24,00 EUR</dd>
<dt>Versand aus</dt><dd>Österreich</dd>
<dt>Lieferung nach</dt><dd>DACH, EU</dd></dl>
<form method="post" action="/warenkorb"><button>Kaufen</button></form></body></html>"""


def test_the_cldr_codes_of_unions_of_countries_are_groupings_and_a_countrys_code_is_not():
    assert grouping_code("EU") and grouping_code("EZ") and grouping_code("UN")
    assert not grouping_code("NO") and not grouping_code("SE") and not grouping_code("eu")
    assert not grouping_code("XA") and not grouping_code("ZZ")


def test_a_region_no_vocabulary_names_beside_a_union_by_its_code_is_a_list_of_regions():
    assert region_list("Norden, EU", "nb") == ["Norden", "EU"]
    assert region_list("Norden, Baltikum", "nb") is None


def test_destinations_naming_a_union_by_its_code_follow_an_origin_under_an_unpaired_label():
    pairs = line_pairs(["Skickas från: Sverige", "Levereras till: Skandinavien, EU"])
    assert labelled_route(pairs, "sv") == ("Sverige", ["Skandinavien", "EU"])


def test_without_a_union_by_its_code_unpaired_labels_name_no_regions():
    pairs = line_pairs(["Skickas från: Sverige", "Levereras till: Skandinavien, Baltikum"])
    assert labelled_route(pairs, "sv") is None
    pairs = line_pairs(["Skickas från: Sverige", "Levereras till: NO, DK"])
    assert labelled_route(pairs, "sv") is None


def test_a_swedish_item_table_ships_from_sweden_to_scandinavia_and_the_eu():
    listing = _listing(_SV_ITEM)
    assert listing.ships_from == "Sverige"
    assert listing.ships_to == ["Skandinavien", "EU"]


def test_a_german_item_list_ships_from_austria_to_dach_and_the_eu():
    listing = _listing(_DE_ITEM, url="http://marktmarktmarkt.onion/artikel/7")
    assert listing.ships_from == "Österreich"
    assert listing.ships_to == ["DACH", "EU"]
