"""parsers.facts_seller: an item page's seller named as a member's handle (words joined by
underscores) among the item's labelled facts, under a label no vocabulary knows. Pages of invented
templates in Basque (a table, the handle unlinked) and Faroese (label and linked handle on one
line); the rule's refusals on lines."""

from __future__ import annotations

from parsers import parse_page
from parsers.facts_seller import facts_seller

_EU = """<!DOCTYPE html><html lang="eu"><head><meta charset="utf-8">
<title>Ezti garbia, 1 kg · Gaueko Azoka</title></head><body>
<div class="ga-goiburua"><a href="/">Gaueko Azoka</a> <a href="/saskia">Saskia</a></div>
<div class="ga-produktua">
 <h1>Ezti garbia, 1 kg</h1>
 <p class="ga-prezioa">18,50 €</p>
 <form action="/saskia/gehitu/88" method="post"><input name="kop" value="1"><button>Erosi</button></form>
 <table class="ga-datuak">
  <tr><th>Kodea</th><td>EZT-1000</td></tr>
  <tr><th>Saltzailea</th><td>Ezti_Etxea</td></tr>
  <tr><th>Pisua</th><td>1 kg</td></tr>
 </table>
 <div class="ga-iruzkinak"><p>Oso ona! — Miren_Goikoa</p></div>
</div></body></html>"""

_FO = """<!DOCTYPE html><html lang="fo"><head><meta charset="utf-8">
<title>Turrur fiskur, 500 g | Náttmarknaður</title></head><body>
<nav><a href="/">Náttmarknaður</a> <a href="/seljarar">Seljarar</a></nav>
<main>
 <h1>Turrur fiskur, 500 g</h1>
 <div class="nm-prisur">0,0125 XMR</div>
 <ul class="nm-upplysingar">
  <li>Seljari: <a href="/seljarar/Fiskur_Klaksvik">Fiskur_Klaksvik</a></li>
  <li>Vekt: 500 g</li>
 </ul>
 <form action="/keyp/41" method="post"><button>Keyp</button></form>
</main></body></html>"""


def test_a_basque_items_seller_is_the_handle_in_its_table_of_facts() -> None:
    result = parse_page(_EU.encode(), url="http://gaueko.example.onion/produktua/88")
    (listing,) = result.records
    assert (listing.title, listing.price, listing.vendor) == ("Ezti garbia, 1 kg", 18.5, "Ezti_Etxea")


def test_a_faroese_items_seller_is_the_linked_handle_after_a_label_and_colon() -> None:
    result = parse_page(_FO.encode(), url="http://natt.example.onion/vara/41")
    (listing,) = result.records
    assert (listing.price, listing.currency, listing.vendor) == (0.0125, "XMR", "Fiskur_Klaksvik")


def test_a_code_of_capitals_or_a_reviewers_name_is_no_seller() -> None:
    assert facts_seller(["Kodea", "EZT_1000_B", "Pisua", "1 kg"]) is None
    assert facts_seller(["Iruzkina", "Miren_Goikoa"], avoid=["Miren_Goikoa"]) is None


def test_two_different_handles_among_the_facts_say_nothing() -> None:
    assert facts_seller(["Saltzailea", "Ezti_Etxea", "Ekoizlea", "Erle_Zaintza"]) is None


def test_a_handle_inside_a_sentence_is_no_labelled_value() -> None:
    assert facts_seller(["Oso ona, eskerrik asko Ezti_Etxea!"]) is None
