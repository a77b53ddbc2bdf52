"""parsers.prices: an ISO 4217 code written after an amount says whose currency a shared sign
before it is ('$ 12.500 ARS' is pesos, 'kr 349 NOK' Norwegian crowns), on item pages of any
language; a sign alone still reads as before."""

from __future__ import annotations

import parsers
from parsers.prices import find_prices

_ARGENTINE = """<html lang="es"><head><meta charset="utf-8"><title>Mate - Almacén Sur</title></head>
<body><h1>Mate de calabaza curado con bombilla</h1>
<div class="precio"><b>$ 12.500,00 ARS</b> <small>(≈ 0,00014 BTC)</small></div>
<p>Vendedor: <a href="/v/Mates_Cordoba">Mates_Cordoba</a></p>
<p>Envío desde: Argentina</p><form><button>Comprar</button></form></body></html>"""

_NORWEGIAN = """<html lang="nb"><head><meta charset="utf-8"><title>Ullsokker - Nattmarked</title></head>
<body><h1>Ullsokker, strikket for hånd</h1>
<table><tr><th>Pris</th><td>kr 349,00 NOK</td></tr>
<tr><th>Selger</th><td><a href="/selger/Strikk_Bergen">Strikk_Bergen</a></td></tr></table>
<form><button>Kjøp nå</button></form></body></html>"""


def test_an_argentine_listing_priced_with_a_dollar_sign_and_ars_is_in_pesos() -> None:
    result = parsers.parse_page(_ARGENTINE.encode(), url="http://almacensur.onion/item/41")
    [listing] = [r for r in result.records if type(r).__name__ == "Listing"]
    assert (listing.price, listing.currency) == (12500.0, "ARS")


def test_a_norwegian_listing_priced_with_kr_and_nok_is_in_norwegian_crowns() -> None:
    result = parsers.parse_page(_NORWEGIAN.encode(), url="http://nattmarked.onion/vare/7")
    [listing] = [r for r in result.records if type(r).__name__ == "Listing"]
    assert (listing.price, listing.currency) == (349.0, "NOK")


def test_the_code_after_the_amount_wins_over_the_sign_and_its_span_covers_both() -> None:
    [price] = find_prices("Precio: $ 35.00 CAD por unidad")
    assert (price.amount, price.currency, price.start, price.end) == (35.0, "CAD", 8, 19)


def test_a_dollar_sign_with_no_code_after_it_stays_a_dollar() -> None:
    assert [(p.amount, p.currency) for p in find_prices("$ 5 and more")] == [(5.0, "USD")]
