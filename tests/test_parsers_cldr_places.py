"""parsers.cldr_places.destinations_after, as parsers.listing_detail reads an item page: after an
origin under a known label ("Enviado de", "Versand aus"), the value of CLDR countries a row or two
further on is where the item ships to, whatever its label's words; a second origin label
("Herkunftsland") gives no destinations. The names of places in every language (ANY_LANGUAGE)
ship in parsers/cldr_places.json, which is what Babel's CLDR data builds."""

from __future__ import annotations

import json
from pathlib import Path

from parsers import cldr_places, parse_page
from parsers.cldr_places import ANY_LANGUAGE, build, country_names, destinations_after

_PORTUGUESE = """<html lang="pt"><head><meta charset="utf-8">
<title>Chá verde dos Açores - Feira da Noite</title></head><body><nav><a href="/">Feira da Noite</a></nav>
<h1>Chá verde dos Açores, 100 g</h1><p class="valor">€ 14,50</p>
<table class="ficha"><tr><th>Vendedor</th><td><a href="/vendedor/Cha_Gorreana">Cha_Gorreana</a></td></tr>
<tr><th>Enviado de</th><td>Portugal</td></tr>
<tr><th>Entregamos em</th><td>Portugal, Espanha, França</td></tr>
<tr><th>Stock</th><td>30</td></tr></table>
<div class="texto"><p>Folhas colhidas à mão na ilha de São Miguel.</p></div>
<button>Comprar</button></body></html>"""

_GERMAN = """<html lang="de"><head><meta charset="utf-8"><title>Bergkäse 12 Monate | Nachtmarkt</title></head>
<body><h1>Bergkäse, 12 Monate gereift, 500 g</h1><div class="preis">Preis: 18,90 EUR</div>
<dl class="daten"><dt>Verkäufer</dt><dd><a href="/verkaeufer/Sennerei_Alp">Sennerei_Alp</a></dd>
<dt>Versand aus</dt><dd>Österreich</dd><dt>Liefergebiet</dt><dd>Deutschland, Schweiz</dd></dl>
<p>Aus Heumilch, im Felsenkeller gereift.</p><button>In den Warenkorb</button></body></html>"""


def test_an_item_page_gives_the_countries_after_its_origin_as_destinations_whatever_their_label() -> None:
    listing = parse_page(_PORTUGUESE.encode(), url="http://feiradanoite.onion/produto/88").records[0]
    assert (listing.ships_from, listing.ships_to) == ("Portugal", ["Portugal", "Espanha", "França"])
    listing = parse_page(_GERMAN.encode(), url="http://nachtmarkt.onion/artikel/12").records[0]
    assert (listing.ships_from, listing.ships_to) == ("Österreich", ["Deutschland", "Schweiz"])


def test_a_second_origin_or_countries_far_below_or_another_origin_give_no_destinations() -> None:
    lines = ["Versand aus:", "Österreich", "Herkunftsland:", "Frankreich"]
    assert destinations_after(lines, "Österreich", "de") == []
    far = ["Versand aus: Österreich", "Gewicht: 500 g", "Reifung: 12 Monate", "Milch: Heumilch",
           "Rinde: Natur", "Lager: Keller", "Sorte: Bergkäse", "Liefergebiet: Deutschland"]
    assert destinations_after(far, "Österreich", "de") == []
    assert destinations_after(["Versand aus: Schweiz", "Liefergebiet: Deutschland"], "Österreich", "de") == []
    assert destinations_after(["Versand aus: Schweiz", "Liefergebiet: Deutschland"], "Schweiz", "de") == [
        "Deutschland"]


def test_the_shipped_names_of_every_language_are_what_babels_cldr_data_builds() -> None:
    shipped = Path(cldr_places.__file__).with_name("cldr_places.json").read_text(encoding="utf-8")
    assert json.loads(shipped) == build()


def test_any_language_reads_a_place_in_a_language_other_than_the_pages() -> None:
    names = country_names(ANY_LANGUAGE)
    assert {"polska", "deutschland", "türkiye", "日本"} <= names
    assert "no such country" not in names
