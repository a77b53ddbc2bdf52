"""parsers.place_words.region_list (an item's destinations under its origin's label's pair, regions
no vocabulary names beside CLDR places), parsers.market_places.ROUTE_RE (a route drawn with any
arrow pointing right) and parsers.card_fields.card_vendor's "by NAME" in the bylines' languages.

Pages are invented: a Latvian and a Persian item page, a Polish and a Portuguese grid of cards, a
Dutch and an Italian card."""

from __future__ import annotations

from parsers import parse_page
from parsers.card_fields import card_vendor
from parsers.dom import load
from parsers.market_places import route
from parsers.place_words import labelled_route, place_list, region_list, whole_world
from parsers.records import Listing

_ITEM_LV = """<!DOCTYPE html><html lang="lv"><head><meta charset="utf-8"><title>Dzintara krelles</title>
</head><body><h1>Dzintara krelles, 45 cm</h1><p class="cena">38,00 EUR</p>
<table class="ipasibas">
 <tr><td>Pārdevējs:</td><td>Jurmalas_Dzintars</td></tr>
 <tr><td>Nosūta no:</td><td>Latvija</td></tr>
 <tr><td>Nosūta uz:</td><td>Baltijas valstis, Vācija</td></tr>
 <tr><td>Noliktavā:</td><td>6</td></tr>
</table><button>Pirkt</button></body></html>"""

_ITEM_FA = """<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>فرش دستباف</title>
</head><body><h1>قالیچه دستباف کاشان</h1><div class="gheymat">120 USD</div>
<dl>
 <dt>فروشنده</dt><dd>farsh_kashan</dd>
 <dt>ارسال از</dt><dd>ایران</dd>
 <dt>ارسال به</dt><dd>ترکیه، کشورهای حاشیه خلیج فارس</dd>
</dl><form method="post" action="/buy/7"><button>خرید</button></form></body></html>"""


def test_an_item_page_lists_regions_no_vocabulary_names_under_its_origins_label_pair():
    found = parse_page(_ITEM_LV.encode(), url="http://dzintarsdzintars.onion/prece/44").records
    listing = next(r for r in found if isinstance(r, Listing))
    assert (listing.ships_from, listing.ships_to) == ("Latvija", ["Baltijas valstis", "Vācija"])
    found = parse_page(_ITEM_FA.encode(), url="http://farshfarshfarsh.onion/listing/7").records
    listing = next(r for r in found if isinstance(r, Listing))
    assert (listing.ships_from, listing.ships_to) == ("ایران", ["ترکیه", "کشورهای حاشیه خلیج فارس"])


def test_a_region_beside_a_place_counts_only_under_the_origins_label_pair():
    paired = [(1, "Nosūta no", "Latvija"), (2, "Nosūta uz", "Baltijas valstis, Vācija")]
    assert labelled_route(paired, "lv") == ("Latvija", ["Baltijas valstis", "Vācija"])
    # Another field's label after the origin: an item's name with a country stays no destination.
    unpaired = [(1, "Nosūta no", "Latvija"), (2, "Produkts", "Zaļā tēja, Ķīna")]
    assert labelled_route(unpaired, "lv") is None
    assert place_list("Thé vert, France", "fr") is None  # the town-with-country rule holds


def test_a_region_list_needs_a_cldr_place_among_several_parts_and_short_words_in_each():
    assert region_list("Baltijas valstis, Polija", "lv") == ["Baltijas valstis", "Polija"]
    assert region_list("zaļā tēja, melnā tēja", "lv") is None  # no place among them
    assert region_list("Polija, 3-5 dienas", "lv") is None  # a figure: a delivery time
    assert region_list("Skandināvija", "lv") == ["Skandināvija"]  # one region alone, as a town


_GRID_PL = """<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>Rękodzieło</title></head>
<body><div class="siatka">
 <div class="kafel"><a href="/oferta/1">Misa z gliny</a>
  <p>przez <a href="/sprzedawca/Garncarz_Kaszuby">Garncarz_Kaszuby</a></p>
  <p class="trasa">Polska ⟶ Europa, Kanada</p><p>120,00 zł</p></div>
 <div class="kafel"><a href="/oferta/2">Kubek ręcznie malowany</a>
  <p>przez <a href="/sprzedawca/Boleslawiec_Art">Boleslawiec_Art</a></p>
  <p class="trasa">Polska ⟶ Świat</p><p>45,00 zł</p></div>
</div></body></html>"""

_GRID_PT = """<!DOCTYPE html><html lang="pt"><head><meta charset="utf-8"><title>Artesanato</title></head>
<body><ul class="vitrine">
 <li><h3><a href="/anuncio/10">Cesto de palha</a></h3><p>por <b>Cestaria_Minho</b></p>
  <div>Portugal ➡ União Europeia</div><div>18,00 EUR</div></li>
 <li><h3><a href="/anuncio/11">Lenço bordado</a></h3><p>por <b>Bordados_Viana</b></p>
  <div>Portugal ➡ América Latina, Brasil</div><div>25,00 EUR</div></li>
</ul></body></html>"""


def test_a_cards_route_drawn_with_any_right_arrow_gives_its_origin_and_destinations():
    listings = [r for r in parse_page(_GRID_PL.encode(), url="http://rekodzielo.onion/kat/1").records
                if isinstance(r, Listing)]
    assert [(r.ships_from, r.ships_to) for r in listings] == [
        ("Polska", ["Europa", "Kanada"]), ("Polska", ["Świat"])]
    listings = [r for r in parse_page(_GRID_PT.encode(), url="http://artesanato.onion/c/2").records
                if isinstance(r, Listing)]
    assert [(r.ships_from, r.ships_to) for r in listings] == [
        ("Portugal", ["União Europeia"]), ("Portugal", ["América Latina", "Brasil"])]
    assert route(["Deutschland ⇒ EU"]) == ("Deutschland", ["EU"])
    assert route(["➤ Deutschland"]) is None  # a bullet, no route


def test_a_card_names_its_seller_after_the_word_by_of_its_language():
    listings = [r for r in parse_page(_GRID_PL.encode(), url="http://rekodzielo.onion/kat/1").records
                if isinstance(r, Listing)]
    assert [r.vendor for r in listings] == ["Garncarz_Kaszuby", "Boleslawiec_Art"]
    listings = [r for r in parse_page(_GRID_PT.encode(), url="http://artesanato.onion/c/2").records
                if isinstance(r, Listing)]
    assert [r.vendor for r in listings] == ["Cestaria_Minho", "Bordados_Viana"]
    card = load(b"<div><a href='/p/1'>Klompen</a><p>door Houtsnijder_Ede</p></div>").root
    assert card_vendor(card, ["Klompen", "door Houtsnijder_Ede"]) == "Houtsnijder_Ede"
    card = load(b"<div><a href='/p/2'>Vaso</a><p>Ceramica, fatto a mano</p></div>").root
    assert card_vendor(card, ["Vaso", "Ceramica, fatto a mano"]) is None


_CARDS_TR = """<!DOCTYPE html><html lang="tr"><head><meta charset="utf-8"><title>Baharat</title></head>
<body><div class="liste">
 <div class="urun"><a href="/ilan/5">Pul biber, 250 g</a><p>Çıkış: Türkiye</p><p>Varış: Tüm dünya</p>
  <p>90 TL</p></div>
 <div class="urun"><a href="/ilan/6">Sumak, 200 g</a><p>Çıkış: Türkiye</p><p>Varış: Avrupa, Azerbaycan</p>
  <p>70 TL</p></div>
</div></body></html>"""


def test_words_for_the_whole_world_after_an_origin_are_a_destination():
    listings = [r for r in parse_page(_CARDS_TR.encode(), url="http://baharatci.onion/kategori/3").records
                if isinstance(r, Listing)]
    assert [(r.ships_from, r.ships_to) for r in listings] == [
        ("Türkiye", ["Tüm dünya"]), ("Türkiye", ["Avrupa", "Azerbaycan"])]
    assert labelled_route([(1, "Origen", "Perú"), (2, "Destinos", "Todo el mundo")], "es") == (
        "Perú", ["Todo el mundo"])
    assert whole_world("جميع أنحاء العالم", "ar") and whole_world("Worldwide", "de")
    assert not whole_world("Hello World", "en")
    # A world's words alone are no origin: "Thé du monde" is an item's name.
    assert labelled_route([(1, "Produit", "Thé du monde"), (2, "Destination", "France")], "fr") is None
