"""parsers.market_places.origin_above: an item's origin under a label no vocabulary knows is
the value of the row right above its labelled destinations, also when each label stands in a
cell (a line) of its own over its value ('Verschickt ab' / 'Deutschland' / 'Liefert nach' / ...)."""

from __future__ import annotations

import parsers

_GERMAN = """<html lang="de"><head><meta charset="utf-8"><title>Filzpantoffeln | Nachtbasar</title></head>
<body><h1>Filzpantoffeln aus Schafwolle, Gr. 38-46</h1>
<p>Angeboten von <a href="/v/Filz_Werkstatt">Filz_Werkstatt</a></p>
<div class="preis">34,90 €</div>
<table class="daten">
<tr><td>Kategorie</td><td>Hausschuhe</td></tr>
<tr><td>Verschickt ab</td><td>Deutschland</td></tr>
<tr><td>Liefert nach</td><td>Deutschland, Österreich, Schweiz</td></tr>
<tr><td>Vorrat</td><td>8</td></tr></table>
<form><button>In den Warenkorb</button></form></body></html>"""

_FRENCH = """<html lang="fr"><head><meta charset="utf-8"><title>Savon d'Alep - Marché de nuit</title></head>
<body><h1>Savon d'Alep 40 % laurier, 200 g</h1>
<p>Vendeur : <a href="/vendeur/Savonnerie_Lyon">Savonnerie_Lyon</a></p>
<p class="prix">9,50 €</p>
<dl><dt>Rayon</dt><dd>Hygiène</dd><dt>Part de</dt><dd>France</dd>
<dt>Livraison vers</dt><dd>France, Belgique, Suisse</dd></dl>
<form><button>Ajouter au panier</button></form></body></html>"""


def _route(page: str, url: str) -> tuple[str | None, list[str]]:
    result = parsers.parse_page(page.encode(), url=url)
    assert result.page.page_type == "listing"
    [listing] = result.records
    return listing.ships_from, listing.ships_to


def test_a_german_item_table_gives_the_origin_in_the_row_over_its_destinations() -> None:
    assert _route(_GERMAN, "http://nachtbasar.onion/artikel/88") == (
        "Deutschland", ["Deutschland", "Österreich", "Schweiz"])


def test_a_french_term_list_gives_the_origin_in_the_term_over_its_destinations() -> None:
    assert _route(_FRENCH, "http://marchedenuit.onion/produit/12") == (
        "France", ["France", "Belgique", "Suisse"])
