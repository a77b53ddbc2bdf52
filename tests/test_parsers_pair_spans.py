"""parsers.pair_spans.pair_lines, as parsers.cards reads a card: "label: value" elements written
side by side on one line ("<span>Skąd: Polska</span> <span>Dokąd: Niemcy</span>") are read as
lines of their own, so that each label keeps its value."""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import Doc, load
from parsers.pair_spans import pair_lines

_POLISH = """<html lang="pl"><head><meta charset="utf-8"><title>Nowości · Targ Nocny</title></head><body>
<h2>Nowości</h2><div class="siatka">
<div class="karta"><h3><a href="/towar/41">Miód gryczany, 900 g</a></h3><p>Pasieka_Bory</p>
<p class="droga"><span>Skąd: Polska</span> <span>Dokąd: Niemcy, Czechy</span></p><p>54,00 zł</p></div>
<div class="karta"><h3><a href="/towar/42">Świeca z wosku, walec</a></h3><p>Pasieka_Bory</p>
<p class="droga"><span>Skąd: Polska</span> <span>Dokąd: Unia Europejska</span></p><p>32,00 zł</p></div>
</div></body></html>"""

_FRENCH = """<html lang="fr"><head><meta charset="utf-8"><title>Vitrine - Halle de Minuit</title></head><body>
<ul class="grille">
<li class="objet"><a class="nom" href="/o/7">Savon au lait de chèvre, 100 g</a>
<div><em>Départ : Belgique</em> <em>Arrivée : France, Luxembourg</em></div><b>6,50 €</b></li>
<li class="objet"><a class="nom" href="/o/8">Bougie à la cire d'abeille</a>
<div><em>Départ : France</em> <em>Arrivée : Suisse</em></div><b>12,00 €</b></li>
</ul></body></html>"""


def _routes(page: str, url: str) -> list[tuple[str | None, list[str]]]:
    result = parse_page(page.encode(), url=url)
    assert result.page.page_type == "listing_index"
    return [(r.ships_from, r.ships_to) for r in result.records]


def test_labelled_spans_on_one_line_give_a_cards_origin_and_destinations() -> None:
    assert _routes(_POLISH, "http://targnocny.onion/nowosci") == [
        ("Polska", ["Niemcy", "Czechy"]), ("Polska", ["Unia Europejska"])]
    assert _routes(_FRENCH, "http://hallede.onion/vitrine") == [
        ("Belgique", ["France", "Luxembourg"]), ("France", ["Suisse"])]


def test_each_labelled_element_of_a_line_becomes_a_line_of_its_own() -> None:
    html = "<div><h4>Tee</h4><p><b>Lähtö: Suomi</b> | <b>Kohde: Ruotsi</b></p><p>9 EUR</p></div>"
    card = load(html.encode()).root
    assert pair_lines(card, Doc.lines(card)) == ["Tee", "Lähtö: Suomi", "Kohde: Ruotsi", "9 EUR"]


def test_a_line_with_words_between_its_elements_or_an_unlabelled_element_stays_whole() -> None:
    between = load(b"<div><p><span>A: Polska</span> and then <span>B: Niemcy</span></p></div>").root
    assert pair_lines(between, Doc.lines(between)) is None
    unlabelled = load(b"<div><p><span>Od: Polska</span> <span>nowy</span> <i>Do: Niemcy</i></p></div>").root
    assert pair_lines(unlabelled, Doc.lines(unlabelled)) is None
    one = load(b"<div><p><span>Od: Polska</span></p><p>Do: Niemcy</p></div>").root
    assert pair_lines(one, Doc.lines(one)) is None
