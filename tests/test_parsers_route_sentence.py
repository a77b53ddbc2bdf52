"""parsers.route_sentence: a card's route written as a sentence ('Skickas från Sverige till
Norden', 'Versand aus Österreich nach Deutschland, Schweiz'): one CLDR place after the word for
'from', places, the world's words or a region's name after the word for 'to'."""

from __future__ import annotations

import parsers
from parsers.route_sentence import sentence_route

_SWEDISH = """<html lang="sv"><head><meta charset="utf-8"><title>Nyheter | Nattorget</title></head>
<body>
<h1>Nyheter</h1><div class="rutnat">
<div class="kort"><h3><a href="/vara/1">Tovade tofflor, stl 40</a></h3>
<p>av <a href="/saljare/Tova_Dala">Tova_Dala</a></p>
<p>Skickas från Sverige till Norden</p><p>349 kr</p></div>
<div class="kort"><h3><a href="/vara/2">Handsnidad smörkniv i björk</a></h3>
<p>av <a href="/saljare/Slojd_Mora">Slojd_Mora</a></p>
<p>Skickas från Finland till Hela världen</p><p>129 kr</p></div>
<div class="kort"><h3><a href="/vara/3">Lingonsylt, 400 g</a></h3>
<p>av <a href="/saljare/Tova_Dala">Tova_Dala</a></p>
<p>Skickas från Sverige till Norge, Danmark</p><p>79 kr</p></div>
</div></body></html>"""

_GERMAN = """<html lang="de"><head><meta charset="utf-8"><title>Neu - Nachtbasar</title></head><body>
<h2>Neu eingetroffen</h2><ul class="raster">
<li class="ware"><a href="/artikel/71">Zirbenholz-Kissen, 30 x 30 cm</a>
<div>Versand aus Österreich nach Deutschland, Schweiz</div>
<div>39,00 €</div></li>
<li class="ware"><a href="/artikel/72">Bergkäse, 12 Monate, 500 g</a>
<div>Versand aus Schweiz nach Europa</div>
<div>24,50 €</div></li>
<li class="ware"><a href="/artikel/75">Lodenjanker, Gr. 50</a>
<div>Versand aus Österreich nach Weltweit</div>
<div>189,00 €</div></li>
</ul></body></html>"""


def _routes(page: str, url: str) -> list[tuple[str | None, list[str]]]:
    result = parsers.parse_page(page.encode(), url=url)
    assert result.page.page_type == "listing_index"
    return [(r.ships_from, r.ships_to) for r in result.records]


def test_swedish_cards_give_their_route_sentences_regions_and_the_world() -> None:
    assert _routes(_SWEDISH, "http://nattorget.onion/nytt") == [
        ("Sverige", ["Norden"]), ("Finland", ["Hela världen"]), ("Sverige", ["Norge", "Danmark"])]


def test_german_cards_give_their_route_sentences() -> None:
    assert _routes(_GERMAN, "http://nachtbasar.onion/neu") == [
        ("Österreich", ["Deutschland", "Schweiz"]), ("Schweiz", ["Europa"]), ("Österreich", ["Weltweit"])]


def test_a_sentence_with_figures_or_a_lowercase_destination_is_no_route() -> None:
    assert sentence_route(["Leveres fra 3 til 5 hverdage"], "da") is None
    assert sentence_route(["Shipped from Germany to you"], "en") is None


_DUTCH_PIECES = """<html lang="nl"><head><meta charset="utf-8"><title>Aanbod | Nachtmarkt Zuid</title></head>
<body><h1>Nieuw aanbod</h1><section class="rooster">
<div class="vak"><a class="naam" href="/item/11">Handgedraaide kandelaar, eiken</a>
<span class="wie">door Houtdraaierij_Epe</span>
<div class="route">Verzonden vanuit België · Bezorgd naar Nederland, Luxemburg</div>
<div class="bedrag">€ 42,00</div></div>
<div class="vak"><a class="naam" href="/item/12">Bijenwaskaarsen, set van 6</a>
<span class="wie">door Imkerij_Zoet</span>
<div class="route">Verzonden vanuit Nederland · Bezorgd naar Europa</div>
<div class="bedrag">€ 18,50</div></div>
</section></body></html>"""

_GERMAN_PIECES = """<html lang="de"><head><meta charset="utf-8"><title>Schaufenster - Waldbasar</title></head>
<body><ul class="kacheln">
<li><h3><a href="/ware/5">Filzpantoffeln, Gr. 42</a></h3><p>Anbieter: Filzerei_Harz</p>
<p>Versand aus Deutschland | Lieferung nach Österreich, Schweiz</p><p>34,90 EUR</p></li>
<li><h3><a href="/ware/6">Zirbenkissen, 30 x 30 cm</a></h3><p>Anbieter: Filzerei_Harz</p>
<p>Versand aus Österreich | Lieferung nach Deutschland</p><p>29,00 EUR</p></li>
</ul></body></html>"""


def test_a_route_written_as_two_pieces_of_a_line_gives_the_origin_and_destinations() -> None:
    assert _routes(_DUTCH_PIECES, "http://nachtmarktzuid.onion/aanbod") == [
        ("België", ["Nederland", "Luxemburg"]), ("Nederland", ["Europa"])]
    assert _routes(_GERMAN_PIECES, "http://waldbasar.onion/schaufenster") == [
        ("Deutschland", ["Österreich", "Schweiz"]), ("Österreich", ["Deutschland"])]


def test_pieces_whose_origin_is_no_place_or_whose_destination_comes_first_are_no_route() -> None:
    assert sentence_route(["Levering fra 3 dager · Sendes til deg"], "nb") is None
    assert sentence_route(["Bezorgd naar Nederland · Verzonden vanuit België"], "nl") is None
    assert sentence_route(["Verzonden vanuit België, Frankrijk · Bezorgd naar Europa"], "nl") is None
