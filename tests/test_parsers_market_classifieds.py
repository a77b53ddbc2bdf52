"""parsers.item_heading and parsers.item_place, as parsers.markets uses them: a classified ad's
page read by its shape in any language.

* a heading that holds the item's price in an element of its own after its name, or written
  after a dash (a place in brackets at most after it), is an item's page (not a list of one
  card): the words before the price are the title, the price the item's;
* the element a template marks as the item's or its map's address ("map-address", "ad_address",
  never a bare "address") holds where the item is, as a location mark does; a label in an element
  of its own (a title or label class, <dt>, <b>) before the value is no part of the place.

The pages are small synthetic ones written here, none a copy of a generality round's page.
"""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.item_place import item_location
from parsers.records import Listing


def _listings(html: str, url: str) -> tuple[str, list[Listing]]:
    result = parse_page(html.encode("utf-8"), url=url)
    return result.page.page_type, [r for r in result.records if isinstance(r, Listing)]


# Indonesian: the name in <b>, the price in <em>, the map's address in a div of its own.
_AD_ID = """<html lang="id"><head><title>Sepeda lipat 20 inci | Iklan Jabar</title></head><body>
<div class="jalur"><a href="/">jabar</a> &gt; <a href="/cari/sepeda">sepeda - pribadi</a></div>
<main class="isi"><div class="bar"><button>balas</button> diposting 2 hari lalu</div>
<h1><b>Sepeda lipat 20 inci</b> | <em>Rp 1.250.000</em> <i>(Bandung)</i></h1>
<div class="peta"><div class="map-address">Bandung, Jawa Barat</div></div>
<section class="teks">Sepeda lipat bekas, masih mulus. Ambil sendiri di Bandung.</section>
<p><a href="/lapor?id=55">laporkan iklan ini</a></p></main></body></html>"""

# Hungarian: the name and price in spans of a <h2>, the location's label in a span of its own.
_AD_HU = """<html lang="hu"><head><title>Apróhirdetés - Fenyő íróasztal</title></head><body>
<nav><a href="/">Főoldal</a></nav>
<div class="hirdetes"><h2><span class="nev">Fenyő íróasztal</span> – <span class="ar">18 000 Ft</span></h2>
<div class="item-location"><span class="label">Helyszín</span><span>Szeged, Csongrád-Csanád</span></div>
<p class="leiras">Keveset használt fenyő íróasztal, két fiókkal. Csak személyes átvétel.</p>
<p><a href="/jelentes/81">hirdetés jelentése</a></p></div></body></html>"""


# Slovenian: the heading's words alone, the price after a dash, the town in brackets.
_AD_SL = """<html lang="sl"><head><title>Mali oglasi Štajerska</title></head><body>
<div class="vrstica"><a href="/">oglasi</a> | <a href="/kolesa">kolesa</a></div>
<h1>Mestno kolo, 28 col – 180 € (Maribor)</h1>
<p>Malo rabljeno mestno kolo, nove zavore. Prevzem v Mariboru.</p>
<p><a href="/prijava/9">prijavi oglas</a></p></body></html>"""


def test_a_slovenian_ad_whose_heading_writes_its_price_after_a_dash_is_one_item() -> None:
    kind, found = _listings(_AD_SL, "http://oglasi-stajerska.example/oglas/9")
    assert kind == "listing"
    (item,) = found
    assert (item.title, item.price, item.currency) == ("Mestno kolo, 28 col", 180.0, "EUR")


def test_an_indonesian_ad_whose_heading_holds_its_price_is_one_item_with_its_map_address() -> None:
    kind, found = _listings(_AD_ID, "http://iklan-jabar.example/sepeda/55.html")
    assert kind == "listing"
    (item,) = found
    assert (item.title, item.price, item.currency) == ("Sepeda lipat 20 inci", 1250000.0, "IDR")
    assert item.ships_from == "Bandung, Jawa Barat"


def test_a_hungarian_ad_whose_h2_holds_its_price_is_one_item_placed_without_its_label() -> None:
    kind, found = _listings(_AD_HU, "http://hirdetes.example/a/81")
    assert kind == "listing"
    (item,) = found
    assert (item.title, item.price, item.currency) == ("Fenyő íróasztal", 18000.0, "HUF")
    assert item.ships_from == "Szeged, Csongrád-Csanád"


def test_a_bare_address_class_or_a_part_of_the_place_in_a_span_is_kept_apart() -> None:
    assert item_location(load(b"<div class='address'>Rua Augusta, Lisboa</div>")) is None
    place = b"<div class='ad-address'><span>Porto,</span> <span>Bonfim</span></div>"
    assert item_location(load(place)) == "Porto, Bonfim"
