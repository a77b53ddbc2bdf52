"""parsers.stem_route: where an item ships from and to, under two labels whose first words share a
stem, on a page whose language the CLDR names places in little or not at all: places named in any
language of the CLDR (parsers.cldr_places.ANY_LANGUAGE). Item pages of invented templates in
Extremaduran (no CLDR data; a town of no vocabulary as the origin) and Kashubian (a definition
list, the places as Polish names them); refusals on lines."""

from __future__ import annotations

from parsers import parse_page
from parsers.cldr_places import ANY_LANGUAGE, country_names
from parsers.stem_route import stem_route

_EXT = """<!DOCTYPE html><html lang="ext"><head><meta charset="utf-8">
<title>Pimentón de la Vera, 250 g</title></head>
<body><div class="cabeça"><a href="/">Mercau de Noche</a></div>
<div class="artículu">
 <h1>Pimentón de la Vera, 250 g</h1>
 <div class="preciu">0,0410 XMR</div>
 <table>
  <tr><th>Vendeol</th><td><a href="/vendeol/Pimenton_Jaraiz">Pimenton_Jaraiz</a></td></tr>
  <tr><th>Mandau dendi</th><td>Jaraíz</td></tr>
  <tr><th>Mandau a</th><td>Portugal, España</td></tr>
 </table>
 <form action="/mercal/55" method="post"><button>Mercal</button></form>
</div></body></html>"""

_CSB = """<!DOCTYPE html><html lang="csb"><head><meta charset="utf-8"><title>Bursztinowé kòrale</title></head>
<body><header><a href="/">Nocny Tôrg</a></header>
<main>
 <h1>Bursztinowé kòrale</h1>
 <p class="cena">149,00 zł</p>
 <dl>
  <dt>Wësyłô</dt><dd>Gduńsczi_Bursztin</dd>
  <dt>Wësłónô z</dt><dd>Polska</dd>
  <dt>Wësłónié do</dt><dd>Europa</dd>
 </dl>
 <form action="/kòszk/dodôj" method="post"><button>Kùpi</button></form>
</main></body></html>"""


def test_an_extremaduran_item_ships_from_its_town_to_places_named_in_spanish() -> None:
    (listing,) = parse_page(_EXT.encode(), url="http://mercau.example.onion/artículu/55").records
    assert (listing.ships_from, listing.ships_to) == ("Jaraíz", ["Portugal", "España"])


def test_a_kashubian_item_ships_between_places_polish_names() -> None:
    (listing,) = parse_page(_CSB.encode(), url="http://torg.example.onion/tôwôr/9").records
    assert (listing.price, listing.currency) == (149.0, "PLN")
    assert (listing.ships_from, listing.ships_to) == ("Polska", ["Europa"])


def test_labels_that_share_no_stem_name_no_route() -> None:
    assert stem_route(["Farba", "Polska", "Wiôlgòsc", "Europa"]) is None


def test_labels_of_one_stem_over_values_no_language_names_as_places_name_no_route() -> None:
    assert stem_route(["Mandau dendi", "Jaraíz", "Mandau a", "La casa der pueblu"]) is None


def test_every_languages_names_hold_the_names_of_the_neighbours_of_a_language_with_none() -> None:
    names = country_names(ANY_LANGUAGE)
    assert {"turkiya", "evropa", "unión europea", "polska"} <= names
    assert "polska" not in country_names("en")
