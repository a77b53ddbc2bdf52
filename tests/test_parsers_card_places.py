"""Where the cards of a grid ship from when their labels are of a language no vocabulary knows
(parsers.card_places, used by parsers.cards.card_listing):

* a card's labelled value that is a country as the CLDR spells it in the page's language is a
  place: the first such value of one country is the origin, a following value of countries the
  destinations, whatever the labels say;
* a card's element classed as its origin ("tile__origin", "x-from") holds the origin after its
  label, a town or a region no vocabulary needs to know;
* a lone list of countries names no origin, and a price classed "from" is no place.

Made-up pages written here (Icelandic, Swahili, Samoan), none a generality round's page.
"""

from __future__ import annotations

from parsers import parse_page
from parsers.card_places import card_places, country_places, marked_origin
from parsers.dom import load
from parsers.records import Listing

_GRID_IS = """<!DOCTYPE html><html lang="is"><head><meta charset="utf-8">
<title>Prjónavörur — Ullarmarkaður</title>
</head><body><div class="topp"><a href="/">Ullarmarkaður</a> <a href="/flokkar">Flokkar</a></div>
<h1>Prjónavörur</h1>
<div class="vorur">
 <div class="vara"><a class="vh" href="/vara/11">Lopapeysa, stór</a>
  <div>Seljandi: <a href="/seljandi/ullarkona">ullarkona</a></div>
  <div>Sent frá: Ísland</div><div>Sent til: Ísland, Noregur, Danmörk</div>
  <div class="verd">0.0031 BTC</div></div>
 <div class="vara"><a class="vh" href="/vara/12">Ullarsokkar, þrjú pör</a>
  <div>Seljandi: <a href="/seljandi/ullarkona">ullarkona</a></div>
  <div>Sent frá: Ísland</div><div>Sent til: Ísland</div>
  <div class="verd">0.0004 BTC</div></div>
 <div class="vara"><a class="vh" href="/vara/14">Vettlingar með mynstri</a>
  <div>Seljandi: <a href="/seljandi/prjonari">prjonari</a></div>
  <div>Sent frá: Danmörk</div><div>Sent til: Danmörk, Þýskaland</div>
  <div class="verd">0.0006 BTC</div></div>
</div></body></html>"""

_GRID_SW = """<!DOCTYPE html><html lang="sw"><head><meta charset="utf-8"><title>Vikapu — Soko la Pwani</title>
</head><body><nav><a href="/">Soko la Pwani</a> <a href="/aina">Aina</a></nav>
<h2>Vikapu</h2>
<ul class="bidhaa">
 <li class="kipengee"><h3><a href="/bidhaa/5">Kikapu cha ukili, kikubwa</a></h3>
  <span class="lbl">Kinatoka:</span><span>Tanzania</span>
  <span class="bei">12.50 USD</span></li>
 <li class="kipengee"><h3><a href="/bidhaa/6">Mkeka wa miyaa</a></h3>
  <span class="lbl">Kinatoka:</span><span>Kenya</span>
  <span class="bei">30.00 USD</span></li>
 <li class="kipengee"><h3><a href="/bidhaa/9">Kapu la mianzi</a></h3>
  <span class="lbl">Kinatoka:</span><span>Uganda</span>
  <span class="bei">8.75 USD</span></li>
</ul></body></html>"""

_GRID_SM = """<!DOCTYPE html><html lang="sm"><head><meta charset="utf-8"><title>Ie lalaga — Maketi Vai</title>
</head><body><div class="hdr"><a href="/">Maketi Vai</a></div>
<h1>Ie lalaga</h1>
<section class="tiles">
 <article class="tile"><h4 class="tile__name"><a href="/mea/301">Ie toga, lalaga lima</a></h4>
  <p class="tile__by">e <a href="/faatau/Lalaga_Upolu">Lalaga_Upolu</a></p>
  <p class="tile__origin">Auina mai: Savaiʻi</p>
  <p class="tile__price">0.0150 BTC</p></article>
 <article class="tile"><h4 class="tile__name"><a href="/mea/302">Fala lauiʻi, laʻititi</a></h4>
  <p class="tile__by">e <a href="/faatau/Lalaga_Upolu">Lalaga_Upolu</a></p>
  <p class="tile__origin">Auina mai: Upolu</p>
  <p class="tile__price">0.0022 BTC</p></article>
 <article class="tile"><h4 class="tile__name"><a href="/mea/305">Ili lau, lanu mumu</a></h4>
  <p class="tile__by">e <a href="/faatau/Fale_Ili">Fale_Ili</a></p>
  <p class="tile__origin">Auina mai: Savaiʻi</p>
  <p class="tile__price">0.0009 BTC</p></article>
</section></body></html>"""


def _listings(html: str) -> list[Listing]:
    result = parse_page(html.encode(), url="http://ullar.example/flokkur/2")
    assert result.page.page_type == "listing_index"
    return [r for r in result.records if isinstance(r, Listing)]


def test_icelandic_cards_ship_from_their_first_country_and_to_the_countries_after_it() -> None:
    got = [(r.title, r.ships_from, r.ships_to) for r in _listings(_GRID_IS)]
    assert got == [
        ("Lopapeysa, stór", "Ísland", ["Ísland", "Noregur", "Danmörk"]),
        ("Ullarsokkar, þrjú pör", "Ísland", ["Ísland"]),
        ("Vettlingar með mynstri", "Danmörk", ["Danmörk", "Þýskaland"]),
    ]


def test_swahili_cards_with_the_label_in_an_element_of_its_own_ship_from_the_country_after_it() -> None:
    got = [(r.title, r.price, r.ships_from) for r in _listings(_GRID_SW)]
    assert got == [
        ("Kikapu cha ukili, kikubwa", 12.5, "Tanzania"),
        ("Mkeka wa miyaa", 30.0, "Kenya"),
        ("Kapu la mianzi", 8.75, "Uganda"),
    ]


def test_samoan_cards_ship_from_the_place_their_origin_classed_line_names() -> None:
    got = [(r.title, r.price, r.ships_from) for r in _listings(_GRID_SM)]
    assert got == [
        ("Ie toga, lalaga lima", 0.015, "Savaiʻi"),
        ("Fala lauiʻi, laʻititi", 0.0022, "Upolu"),
        ("Ili lau, lanu mumu", 0.0009, "Savaiʻi"),
    ]


def test_a_lone_list_of_countries_names_no_origin() -> None:
    assert country_places(["Lopapeysa", "Sent til: Ísland, Noregur", "0.0031 BTC"], "is") is None


def test_a_country_after_the_destinations_is_not_taken_for_the_origin() -> None:
    lines = ["Mat", "Bolsaj al: Francia, Italia", "Bolsaj: Alemania"]
    assert country_places(lines, "es") is None


def test_a_price_classed_from_is_no_place() -> None:
    card = load(b"<div><h4>Mat</h4><span class='price-from'>From: 7.00 USD</span></div>").root
    assert marked_origin(card) is None
    assert card_places(card, ["Mat", "From: 7.00 USD"], "en") is None


def test_a_card_line_whose_value_is_no_country_is_no_place() -> None:
    assert country_places(["Mat", "Aina: Vikapu", "12 USD"], "sw") is None


_GRID_FR = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Épicerie</title></head>
<body><div class="liste">
 <div class="fiche"><a href="/article/1">Sencha du Japon</a><div>Article : Thé vert, France</div>
  <div>Départ : Lyon, France</div><div>12,50 EUR</div></div>
 <div class="fiche"><a href="/article/2">Darjeeling</a><div>Article : Thé noir, Inde</div>
  <div>Départ : Marseille, France</div><div>9,00 EUR</div></div>
</div></body></html>"""

_GRID_ES = """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Tienda</title></head>
<body><ul>
 <li><a href="/p/1">Yerba mate</a><p>Producto: Yerba suave, Argentina</p><p>12 USD</p></li>
 <li><a href="/p/2">Café molido</a><p>Producto: Café tostado, Colombia</p><p>9 USD</p></li>
</ul></body></html>"""


def test_a_french_card_names_its_item_before_a_country_and_ships_from_the_town_below():
    records = parse_page(_GRID_FR.encode(), url="http://epicerieepicerie.onion/").records
    assert [r.ships_from for r in records if isinstance(r, Listing)] == ["Lyon, France", "Marseille, France"]


def test_a_spanish_card_whose_only_labelled_value_is_an_item_and_a_country_ships_from_nowhere_shown():
    records = parse_page(_GRID_ES.encode(), url="http://tiendatiendatienda.onion/").records
    assert [(r.title, r.ships_from) for r in records if isinstance(r, Listing)] == [
        ("Yerba mate", None), ("Café molido", None),
    ]


_GRID_HU = """<!DOCTYPE html><html lang="hu"><head><meta charset="utf-8"><title>Piac</title></head>
<body><div class="racs">
 <div class="termek"><a href="/termek/1">Akácméz 1 kg</a>
  <div>Szállítás: Magyarország → Ausztria, Szlovákia</div>
  <div>4 500 HUF</div></div>
 <div class="termek"><a href="/termek/2">Pálinka pohár</a><div>Szállítás: Ausztria → Magyarország</div>
  <div>2 900 HUF</div></div>
</div></body></html>"""

_GRID_TH = """<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>ตลาด</title></head>
<body><ul>
 <li><a href="/sinkha/1">ชาเขียว 100 ก.</a>
  <span class="card-from">เส้นทาง: ไทย → ลาว, กัมพูชา</span><b>120 THB</b></li>
 <li><a href="/sinkha/2">กาแฟดอยช้าง</a><span class="card-from">เส้นทาง: ลาว → ไทย</span><b>250 THB</b></li>
</ul></body></html>"""


def test_a_hungarian_card_writes_its_route_with_an_arrow_under_a_label_no_vocabulary_knows():
    records = parse_page(_GRID_HU.encode(), url="http://piacpiacpiac.onion/").records
    assert [(r.ships_from, r.ships_to) for r in records if isinstance(r, Listing)] == [
        ("Magyarország", ["Ausztria", "Szlovákia"]), ("Ausztria", ["Magyarország"]),
    ]


def test_a_thai_card_element_classed_as_its_origin_holds_a_route_whose_start_is_the_origin():
    records = parse_page(_GRID_TH.encode(), url="http://talattalattalat.onion/").records
    assert [(r.ships_from, r.ships_to) for r in records if isinstance(r, Listing)] == [
        ("ไทย", ["ลาว", "กัมพูชา"]), ("ลาว", ["ไทย"]),
    ]
    card = load("<div><p class='tile__from'>ທາງ: ໄທ → ລາວ</p></div>".encode()).root
    assert marked_origin(card) == "ໄທ"


_GRID_SW_CLASSED = """<!DOCTYPE html><html lang="sw"><head><meta charset="utf-8"><title>Duka</title></head>
<body><div class="gridi">
 <div class="kadi"><a href="/bidhaa/1">Chai ya Kericho</a>
  <p class="kadi-origin">Inatoka Kenya</p><p>6,50 USD</p></div>
 <div class="kadi"><a href="/bidhaa/2">Karafuu</a>
  <p class="kadi-origin">Inatoka Tanzania</p><p>4,00 USD</p></div>
</div></body></html>"""

_GRID_FIL_CLASSED = """<!DOCTYPE html><html lang="fil"><head><meta charset="utf-8">
<title>Tindahan</title></head><body><ul>
 <li><a href="/item/1">Barako na kape</a><div class="shipfrom">Galing sa Pilipinas</div><div>9 USD</div></li>
 <li><a href="/item/2">Tsokolate</a><div class="shipfrom">Galing sa Vietnam</div><div>5 USD</div></li>
</ul></body></html>"""


def test_a_classed_origin_line_without_a_colon_gives_the_place_its_words_end_with():
    records = parse_page(_GRID_SW_CLASSED.encode(), url="http://dukadukaduka.onion/").records
    assert [r.ships_from for r in records if isinstance(r, Listing)] == ["Kenya", "Tanzania"]
    records = parse_page(_GRID_FIL_CLASSED.encode(), url="http://tindahantindahan.onion/").records
    assert [r.ships_from for r in records if isinstance(r, Listing)] == ["Pilipinas", "Vietnam"]
    card = load(b"<div><p class='item_origin'>Mji wa Arusha</p></div>").root
    assert marked_origin(card, "sw") == "Mji wa Arusha"  # no known place ends it: the line whole


def test_a_category_or_a_seller_that_ends_with_a_country_is_no_origin():
    lines = ["Tee", "Kategorie: Grüner Tee, China", "Verkäufer: Teehaus Berlin, Deutschland", "5 EUR"]
    assert country_places(lines, "de") is None
    lines = ["Té", "Categoría: Té verde, China", "Envío desde: España", "Envío a: Francia, Italia"]
    assert country_places(lines, "es") == ("España", ["Francia", "Italia"])
