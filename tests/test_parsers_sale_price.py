"""parsers.sale_price: two kinds of one price whose labels share a word, each with a word of its own
(a recommended price, then the shop's own), the second lower: the second is the price asked, on its
label's line or under it. Item pages of invented templates in Breton and Maltese; refusals on lines."""

from __future__ import annotations

from parsers import parse_page
from parsers.sale_price import sale_after

_BR = """<!DOCTYPE html><html lang="br"><head><meta charset="utf-8">
<title>Chistr Kerne, 6 boutailh</title></head>
<body><div class="penn"><a href="/">Stal an Noz</a></div>
<div class="produ">
 <h1>Chistr Kerne, 6 boutailh</h1>
 <div class="prizioù">
  <div class="erbedet"><div>Priz erbedet:</div><div>45,00 €</div></div>
  <div class="hor"><span>Hor priz:</span> <span>39,90 €</span> <span>an unan</span></div>
 </div>
 <form action="/paner/ouzhpennan" method="post"><input name="niver" value="1">
 <button>Lakaat er paner</button></form>
 <p>Chistr a Gerne, graet gant avaloù hon liorzh.</p>
</div></body></html>"""

_MT = """<!DOCTYPE html><html lang="mt"><head><meta charset="utf-8">
<title>Lampa tal-bronż | Suq il-Lejl</title></head>
<body><header><a href="/">Suq il-Lejl</a></header>
<section class="prodott">
 <h1>Lampa tal-bronż</h1>
 <p>Prezz rakkomandat:</p>
 <p>€120.00</p>
 <p>Il-prezz tagħna:</p>
 <p>€99.00</p>
 <form action="/karrettun/zid" method="post"><button>Żid mal-karrettun</button></form>
</section></body></html>"""


def test_a_breton_items_price_is_the_shops_own_after_the_recommended_one() -> None:
    (listing,) = parse_page(_BR.encode(), url="http://stal.example.onion/produ/12").records
    assert (listing.title, listing.price, listing.currency) == ("Chistr Kerne, 6 boutailh", 39.9, "EUR")


def test_a_maltese_items_price_is_the_lower_of_two_kinds_under_labels_of_their_own() -> None:
    (listing,) = parse_page(_MT.encode(), url="http://suq.example.onion/prodott/7").records
    assert (listing.price, listing.currency) == (99.0, "EUR")


def test_a_price_by_weight_after_the_items_price_is_no_sale() -> None:
    lines = ["Priz erbedet:", "45,00 €", "Hor priz: 9,90 € / kg"]
    assert sale_after(lines, 1, (45.0, "EUR")) is None
    assert sale_after(["Priz erbedet:", "45,00 €", "Hor priz: 9,90 € pro kg"], 1, (45.0, "EUR")) is None


def test_a_higher_second_kind_or_labels_that_share_no_word_say_nothing() -> None:
    assert sale_after(["Priz erbedet:", "45,00 €", "Hor priz: 52,00 €"], 1, (45.0, "EUR")) is None
    assert sale_after(["Priz:", "45,00 €", "Koust ar c'has: 5,00 €"], 1, (45.0, "EUR")) is None
