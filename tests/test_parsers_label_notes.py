"""parsers.market_prices.labelled_price and parsers.market_places.labelled_places: a note in
brackets after a price label qualifies the label (its value follows); a label's word that begins
a phrase with no separator and no place after it ("Livraison numérique") labels nothing."""

from __future__ import annotations

from parsers import parse_page
from parsers.market_places import labelled_places
from parsers.market_prices import labelled_price

NOW = "2026-11-20T12:00:00Z"


def test_a_price_label_with_a_bracketed_note_reads_the_value_under_it() -> None:
    # German: the list price first under a label no vocabulary names, then the price with its note.
    lines = [
        "Holzbrett Eiche", "UVP (inkl. MwSt.)", "49,00 €", "Preis (inkl. MwSt.)", "39,00 €",
        "Lieferzeit 3 Tage",
    ]
    assert labelled_price(lines, columns=False) == (39.0, "EUR")
    # Chinese: full-width brackets.
    lines = ["青瓷茶杯", "市场价（含税）", "168 元", "售价（含税）", "128 元", "库存：12"]
    assert labelled_price(lines, columns=False) == (128.0, "CNY")


def test_an_item_page_takes_the_price_under_its_noted_label_not_the_list_price_above() -> None:
    page = """<html lang="de"><head><title>Schneidebrett aus Eiche</title></head><body>
    <h1>Schneidebrett aus Eiche</h1>
    <div class="box"><div class="n">UVP<em>(inkl. MwSt.)</em></div><div class="v">49,00 €</div>
    <div class="n">Preis<em>(inkl. MwSt.)</em></div><div class="v">39,00 €</div></div>
    <form action="/warenkorb" method="post"><input name="menge" value="1">
    <button>In den Warenkorb</button></form>
    </body></html>"""
    result = parse_page(page.encode(), url="http://x.onion/artikel/12", captured_at=NOW, use_profiles=False)
    got = [(r.title, r.price, r.currency) for r in result.records]
    assert got == [("Schneidebrett aus Eiche", 39.0, "EUR")]


def test_a_shipping_word_beginning_a_phrase_names_no_destination() -> None:
    assert labelled_places(["Livraison numérique"], "ships_to") is None
    assert labelled_places(["Envío a domicilio incluido"], "ships_to") is None


def test_a_destination_after_a_label_still_reads_with_or_without_a_colon() -> None:
    assert labelled_places(["Livraison France, Belgique"], "ships_to") == "France, Belgique"
    assert labelled_places(["Envío a: todo el mundo"], "ships_to") == "todo el mundo"
    assert labelled_places(["Ships to worldwide"], "ships_to") == "worldwide"
