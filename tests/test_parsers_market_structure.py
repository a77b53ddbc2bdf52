"""parsers.markets and its readers (parsers.cards, parsers.market_fields, parsers.vendor_page,
parsers.dates): market pages read by STRUCTURE, not by any template's class names or words.

Each mechanism is shown on at least two made-up layouts in different languages (small synthetic
pages written here; none is a copy of a generality round's page):

* a price whose amount and currency stand in sibling elements of their own is a card's price;
* the cards of a list put their titles in one column (the same tag path in every card): a card
  whose longest link is a button elsewhere ("notify me") takes its link in that column;
* a lone price block whose only link follows the price is the item's own price box and action,
  not a list of one card; a profile link under a short label of any language near the title is
  the seller; a labelled seller's name with spaces is whole when one link shows it;
* a profile at an address that holds an id the page never shows is named by the heading its
  <title> repeats; dates between spaced separators and month words known by their first letters;
* an item's page known by its shape: the heading the <title> repeats, then within a few lines a
  line that is a price and nothing more (a short label at most); a price in prose is no offer;
* cards whose titles are words beside a link of any kind (an image's, an "order" button's): three
  repeated priced blocks or more, each first line words and a different one; a link whose words
  are the same in every card is a button, never a title;
* a sold-out card that shows no price, beside priced cards of the same look and place, is a card;
* a single seller's shop (its own plain h1, repeated by the <title> and by its copyright line
  after the cards, on a page that links no seller's profile) is each vendorless listing's vendor;
* a seller's page known by its shape, whatever its address: an armoured key in no dated repeated
  block (a key posted in a thread is in one) and an element that shows a part of the <title>
  whole (the seller's name, of several words too); the count a heading shows in brackets over
  a list of dated blocks (the reviews shown) is the feedback count;
* a label that repeats the price label's words and adds some ("Bei" / "Bei ya Ofa", "Cena" /
  "Cena promocyjna") over a lower price in the same currency is the price asked (a sale);
* the ringgit, Tanzanian and Kenyan shillings and the Serbian dinar as shops print them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from typing import Any

import pytest

from parsers import parse_page
from parsers.records import Listing


def _listings(html: str, url: str) -> tuple[str, list[Listing]]:
    result = parse_page(html.encode("utf-8"), url=url)
    return result.page.page_type, [r for r in result.records if isinstance(r, Listing)]


# --- a price split into an amount element and a currency element --------------------------------

_TILES_PL = """<html><head><title>Herbaty - Sklep Liść</title></head><body>
<h1>Herbaty</h1><div class="kafle">
<div class="kafel"><h3><a href="/herbata/sencha">Sencha z Shizuoki, 100 g</a></h3>
  <p class="cena"><b>24,50</b> <b>zł</b></p></div>
<div class="kafel"><h3><a href="/herbata/oolong">Oolong Tieguanyin, 50 g</a></h3>
  <p class="cena"><b>31,00</b> <b>zł</b></p></div>
<div class="kafel"><h3><a href="/herbata/puerh">Pu-erh shou, prasowany, 100 g</a></h3>
  <p class="cena"><b>45,90</b> <b>zł</b></p></div>
</div></body></html>"""

_ROWS_PT = """<html><head><title>Sementes</title></head><body><table>
<tr><th>Produto</th><th>Valor</th></tr>
<tr><td><a href="/s/11">Tomate coração-de-boi</a></td><td><span>3.20</span><span>€</span></td></tr>
<tr><td><a href="/s/12">Pimento padrón</a></td><td><span>2.75</span><span>€</span></td></tr>
<tr><td><a href="/s/13">Abóbora-menina</a></td><td><span>4.10</span><span>€</span></td></tr>
</table></body></html>"""


def test_an_amount_and_its_currency_in_sibling_elements_make_a_cards_price_in_polish_tiles() -> None:
    kind, found = _listings(_TILES_PL, "http://lisc.example/herbaty")
    assert kind == "listing_index"
    assert [(r.title, r.price, r.currency) for r in found] == [
        ("Sencha z Shizuoki, 100 g", 24.5, "PLN"),
        ("Oolong Tieguanyin, 50 g", 31.0, "PLN"),
        ("Pu-erh shou, prasowany, 100 g", 45.9, "PLN"),
    ]


def test_an_amount_and_its_currency_in_sibling_elements_make_a_rows_price_in_a_portuguese_table() -> None:
    kind, found = _listings(_ROWS_PT, "http://sementes.example/lista")
    assert kind == "listing_index"
    assert [(r.title, r.price, r.currency) for r in found] == [
        ("Tomate coração-de-boi", 3.2, "EUR"),
        ("Pimento padrón", 2.75, "EUR"),
        ("Abóbora-menina", 4.1, "EUR"),
    ]


# --- the title column found by alignment ---------------------------------------------------------

_GRID_EN = """<html><head><title>Candles - Wax Works</title></head><body><h1>Candles</h1><div class="grid">
<div class="cell"><div class="pic"><a href="/candles/beeswax-taper"><img src="/i/1.jpg" alt=""></a></div>
  <div class="name"><span><a href="/candles/beeswax-taper">Beeswax taper, pair</a></span></div>
  <div class="buy"><span class="amount">$8.00</span>
  <div class="act"><button type="submit">Add to basket</button></div></div></div>
<div class="cell"><div class="pic"><a href="/candles/soy-jar"><img src="/i/2.jpg" alt=""></a></div>
  <div class="name"><span><a href="/candles/soy-jar">Soy jar</a></span></div>
  <div class="buy"><span class="amount">$12.50</span>
  <div class="act"><a href="/notify?c=soy-jar">Email me when this candle is back in stock</a>
  </div></div></div>
<div class="cell"><div class="pic"><a href="/candles/pillar"><img src="/i/3.jpg" alt=""></a></div>
  <div class="name"><span><a href="/candles/pillar">Pillar candle, unscented</a></span></div>
  <div class="buy"><span class="amount">$15.00</span>
  <div class="act"><button type="submit">Add to basket</button></div></div></div>
<div class="cell"><div class="pic"><a href="/candles/tea-lights"><img src="/i/4.jpg" alt=""></a></div>
  <div class="name"><span><a href="/candles/tea-lights">Tea lights</a></span></div>
  <div class="buy"><span class="amount">$4.20</span>
  <div class="act"><a href="/notify?c=tea-lights">Email me when this candle is back in stock</a>
  </div></div></div>
</div></body></html>"""

_LIST_DE = """<html><head><title>Honig</title></head><body><ul class="waren">
<li><article><header><a href="/w/raps">Rapshonig</a></header>
  <footer>6,90 € <p><a href="/merken/raps">Benachrichtigen Sie mich, sobald dieser Honig wieder
  lieferbar ist</a></p></footer></article></li>
<li><article><header><a href="/w/linde">Lindenhonig</a></header>
  <footer>7,40 € <p><a href="/korb/linde">Kaufen</a></p></footer></article></li>
<li><article><header><a href="/w/heide">Heidehonig</a></header>
  <footer>9,80 € <p><a href="/korb/heide">Kaufen</a></p></footer></article></li>
</ul></body></html>"""


def test_an_out_of_stock_cards_title_is_in_the_title_column_of_an_english_grid() -> None:
    kind, found = _listings(_GRID_EN, "http://waxworks.example/candles")
    assert kind == "listing_index"
    assert [(r.title, r.price) for r in found] == [
        ("Beeswax taper, pair", 8.0),
        ("Soy jar", 12.5),
        ("Pillar candle, unscented", 15.0),
        ("Tea lights", 4.2),
    ]
    assert found[1].listing_url == "http://waxworks.example/candles/soy-jar"


def test_an_out_of_stock_cards_title_is_in_the_title_column_of_a_german_list() -> None:
    kind, found = _listings(_LIST_DE, "http://imkerei.example/honig")
    assert kind == "listing_index"
    assert [(r.title, r.price) for r in found] == [
        ("Rapshonig", 6.9),
        ("Lindenhonig", 7.4),
        ("Heidehonig", 9.8),
    ]


# --- an item's own price box is no list of cards --------------------------------------------------

_ITEM_NO = """<html><head><title>Tørket kamille, 100 g | Urtemarked</title></head><body>
<div id="top"><h1><a href="/">Urtemarked</a></h1></div>
<div class="innhold"><h2>Tørket kamille, 100 g</h2>
<p>Selges av: <a href="/user/4f0c2d">fjellurt</a> (12 handler)</p>
<p>Plukket i Telemark, tørket i skyggen.</p>
<div class="kjop">Koster 0.0031 BTC | <a href="/bestill/77ab">Bestill varen</a></div></div>
</body></html>"""

_ITEM_CS = """<html><head><title>Levandulový olej :: Bylinkový trh</title></head><body>
<section><h3>Levandulový olej</h3><div>Nabízí: <a href="/profile/bylinkarka">bylinkarka</a></div>
<p>Deset mililitrů čistého oleje z Moravy.</p>
<table><tr><td>250 Kč</td><td><a href="/objednat?id=31">Chci objednat</a></td></tr></table></section>
</body></html>"""


def test_a_lone_price_box_whose_link_follows_the_price_is_an_items_own_in_norwegian() -> None:
    kind, found = _listings(_ITEM_NO, "http://urtemarked.example/vare/77ab")
    assert kind == "listing"
    assert [(r.title, r.price, r.currency, r.vendor) for r in found] == [
        ("Tørket kamille, 100 g", 0.0031, "BTC", "fjellurt"),
    ]


def test_a_lone_price_box_whose_link_follows_the_price_is_an_items_own_in_czech() -> None:
    kind, found = _listings(_ITEM_CS, "http://bylinky.example/zbozi/31")
    assert kind == "listing"
    assert [(r.title, r.price, r.currency, r.vendor) for r in found] == [
        ("Levandulový olej", 250.0, "CZK", "bylinkarka"),
    ]


def test_one_card_whose_title_precedes_its_price_is_still_a_result_list() -> None:
    page = ("<html><head><title>Search: kamille</title></head><body><h1>Search: kamille</h1>"
            "<div class=hits><div class=hit><a href='/item/9'>Kamille, 50 g</a> 0.002 BTC "
            "<a href='/user/x'>fjellurt</a></div></div></body></html>")
    kind, found = _listings(page, "http://urtemarked.example/search?q=kamille")
    assert kind == "listing_index"
    assert [(r.title, r.price) for r in found] == [("Kamille, 50 g", 0.002)]


# --- a seller linked under a label of any language ----------------------------------------------

def test_a_profile_link_under_an_unknown_label_near_the_title_is_the_seller_in_two_languages() -> None:
    # "Selges av" (Norwegian, "sold by") and "Nabízí" (Czech, "offers") are in no label list: the
    # link to a profile address under a short label is what names the seller.
    assert _listings(_ITEM_NO, "http://urtemarked.example/vare/77ab")[1][0].vendor == "fjellurt"
    assert _listings(_ITEM_CS, "http://bylinky.example/zbozi/31")[1][0].vendor == "bylinkarka"


def test_a_labelled_sellers_name_with_spaces_is_whole_when_one_link_shows_it() -> None:
    page = ("<html><head><title>Miere de tei | Piața</title></head><body><h1>Miere de tei</h1>"
            "<p>Vânzător: <a href='/stupina-valea-lunga'>Stupina Valea Lungă</a></p>"
            "<p>Preț: 31,50 lei</p><button>Adaugă în coș</button></body></html>")
    kind, found = _listings(page, "http://piata.example/miere-de-tei")
    assert kind == "listing"
    assert [(r.title, r.price, r.currency, r.vendor) for r in found] == [
        ("Miere de tei", 31.5, "RON", "Stupina Valea Lungă"),
    ]
    page = ("<html><head><title>Honning | Bigården</title></head><body><h1>Honning</h1>"
            "<p>Sælger: <a href='/bigaarden-paa-fyn'>Bigården på Fyn</a></p>"
            "<p>Pris: 85,00 DKK</p><form action='/kurv'><button>Læg i kurv</button></form></body></html>")
    kind, found = _listings(page, "http://bigaarden.example/honning")
    assert [(r.title, r.price, r.currency, r.vendor) for r in found] == [
        ("Honning", 85.0, "DKK", "Bigården på Fyn"),
    ]


# --- a profile's owner named by the heading its <title> repeats, not by an id in its address ---

_PROFILE_FI = """<html><head><title>metsamarja - Marjatori</title></head><body>
<div class="yla"><h1><a href="/">Marjatori</a></h1></div>
<div class="profiili"><h2>metsamarja</h2>
<p>Liittynyt: 3 / 4 / 2023<br>Myyntejä: 41</p></div></body></html>"""

_PROFILE_SV = """<html><head><title>Kaasboer_Nils | Ostmarknaden</title></head><body>
<header><a href="/">Ostmarknaden</a></header>
<main><h3>Kaasboer_Nils</h3><div>Medlem sedan: 21 / augusti / 2020<br>
<a href="/meddelanden/ny/77f3aa01">Skicka meddelande</a></div></main></body></html>"""


def test_a_profile_at_an_opaque_id_is_named_by_the_heading_its_title_repeats_in_finnish() -> None:
    result = parse_page(_PROFILE_FI.encode(), url="http://marjatori.example/u/8c1f0e2a")
    assert result.page.page_type == "vendor"
    vendor = result.records[0]
    assert (vendor.name, vendor.member_since) == ("metsamarja", "2023-04-03")


def test_a_profile_at_an_opaque_id_is_named_by_the_heading_its_title_repeats_in_swedish() -> None:
    result = parse_page(_PROFILE_SV.encode(), url="http://ostmarknad.example/user/77f3aa01")
    assert result.page.page_type == "vendor"
    vendor = result.records[0]
    assert (vendor.name, vendor.member_since) == ("Kaasboer_Nils", "2020-08-21")


def test_a_profile_whose_address_names_a_handle_the_page_shows_keeps_that_handle() -> None:
    page = _PROFILE_SV.replace("<div>Medlem", "<p>@ostlover</p><div>Medlem")
    result = parse_page(page.encode(), url="http://ostmarknad.example/user/ostlover")
    assert result.records[0].name == "ostlover"


# --- dates between separators set apart by spaces, months by their first letters ----------------

def test_a_date_with_spaced_separators_or_an_unlisted_month_word_is_read() -> None:
    from parsers.dates import parse_date

    assert parse_date("21 / augusti / 2020") == "2020-08-21"  # Swedish: "aug" is a month's
    assert parse_date("Registrert: 2 - oktober - 2019") == "2019-10-02"  # Norwegian
    assert parse_date("5 . 06 . 2019") == "2019-06-05"
    assert parse_date("14/03/2024") == "2024-03-14"  # the plain numeric form as before
    assert parse_date("12 / cats / 2024") is None  # a word no month's letters start


# --- a single seller's shop: its own heading, repeated by the <title> and its copyright line ----

def _shop_pl(
    heading: str = "<h1>Zielarnia Pod Lipą</h1>", footer: str = "© 2025 Zielarnia Pod Lipą"
) -> str:
    rows = "".join(
        f"<tr><td><a href='/towar/{n}'>{name}</a></td><td>{price} BTC</td><td>{state}</td></tr>"
        for n, (name, price, state) in enumerate(
            [("Melisa, 100 g", "0.0004", "jest"), ("Mięta pieprzowa, 100 g", "0.0003", "brak"),
             ("Rumianek, 50 g", "0.0002", "jest")]
        )
    )
    return (f"<html><head><title>Zielarnia Pod Lipą | Produkty</title></head><body>{heading}"
            "<p>Jeden sprzedawca, wysyłka w 24 h.</p>"
            f"<table><tr><th>Towar</th><th>Cena</th><th>Stan</th></tr>"
            f"{rows}</table><p><small>{footer}</small></p></body></html>")


_SHOP_IT = """<html><head><title>Catalogo - Bottega Ombrosa</title></head><body>
<div class="testa"><h1>Bottega Ombrosa</h1>
<nav><a href="/">Catalogo</a> <a href="/chi-siamo">Chi siamo</a></nav></div>
<div class="vetrina">
<div class="pezzo"><h4><a href="/pezzo/1">Candela di cera d'api</a></h4><span>7,00 €</span></div>
<div class="pezzo"><h4><a href="/pezzo/2">Sapone all'olio d'oliva</a></h4><span>4,50 €</span></div>
<div class="pezzo"><h4><a href="/pezzo/3">Miele di castagno, 500 g</a></h4><span>9,80 €</span></div>
</div><footer>Copyright 2026 Bottega Ombrosa. Tutti i diritti riservati.</footer></body></html>"""


def test_a_single_sellers_shop_names_every_listings_vendor_in_a_polish_table() -> None:
    kind, found = _listings(_shop_pl(), "http://zielarnia.example/")
    assert kind == "listing_index"
    assert [(r.title, r.price, r.vendor) for r in found] == [
        ("Melisa, 100 g", 0.0004, "Zielarnia Pod Lipą"),
        ("Mięta pieprzowa, 100 g", 0.0003, "Zielarnia Pod Lipą"),
        ("Rumianek, 50 g", 0.0002, "Zielarnia Pod Lipą"),
    ]


def test_a_single_sellers_shop_names_every_listings_vendor_in_italian_cards() -> None:
    kind, found = _listings(_SHOP_IT, "http://ombrosa.example/")
    assert kind == "listing_index"
    assert [(r.title, r.vendor) for r in found] == [
        ("Candela di cera d'api", "Bottega Ombrosa"),
        ("Sapone all'olio d'oliva", "Bottega Ombrosa"),
        ("Miele di castagno, 500 g", "Bottega Ombrosa"),
    ]


def test_a_logo_heading_linking_home_or_no_copyright_line_names_no_shop() -> None:
    # A logo that links home is on every site, markets of many sellers too; without the site's
    # copyright line after the cards the heading may be a category's name.
    linked = _shop_pl(heading="<h1><a href='/'>Zielarnia Pod Lipą</a></h1>")
    assert {r.vendor for r in _listings(linked, "http://zielarnia.example/")[1]} == {None}
    unsigned = _shop_pl(footer="Wysyłka pocztą.")
    assert {r.vendor for r in _listings(unsigned, "http://zielarnia.example/")[1]} == {None}


def test_a_market_that_links_its_sellers_profiles_gives_no_listing_the_markets_name() -> None:
    seller = "<span>4,50 €</span> <a href='/vendor/saponaio'>saponaio</a>"
    page = _SHOP_IT.replace("<span>4,50 €</span>", seller)
    found = _listings(page, "http://ombrosa.example/")[1]
    assert [r.vendor for r in found] == [None, "saponaio", None]


# --- an item's page known by its shape: its titled heading, then a line that is only a price ----

def test_a_heading_the_title_repeats_over_a_line_that_is_only_a_price_is_an_items_page_in_estonian() -> None:
    page = ("<html><head><title>Kootud kampsun | Villapood</title></head><body>"
            "<div class=logo>Villapood</div><h1>Kootud kampsun</h1><p class=hind>49,00 €</p>"
            "<p>Käsitsi kootud meriinovillast, suurus M.</p></body></html>")
    kind, found = _listings(page, "http://villapood.example/kootud-kampsun")
    assert kind == "listing"
    assert [(r.title, r.price, r.currency) for r in found] == [("Kootud kampsun", 49.0, "EUR")]


def test_a_heading_the_title_repeats_over_a_labelled_price_line_is_an_items_page_in_hungarian() -> None:
    page = ("<html><head><title>Szilvapálinka, 0,5 l :: Pince</title></head><body>"
            "<table><tr><td><h2>Szilvapálinka, 0,5 l</h2><div><span>Ár:</span> <b>6 900 HUF</b></div>"
            "<p>Szatmári szilvából, kétszer főzve.</p></td></tr></table></body></html>")
    kind, found = _listings(page, "http://pince.example/szilva")
    assert kind == "listing"
    assert [(r.title, r.price, r.currency) for r in found] == [("Szilvapálinka, 0,5 l", 6900.0, "HUF")]


def test_a_titled_article_that_names_a_price_in_its_prose_is_no_items_page() -> None:
    page = ("<html><head><title>Tea prices rise | Leaf News</title></head><body><h1>Tea prices rise</h1>"
            "<p>Green tea now costs $5 a pound at the market, up from $4 last spring, traders say.</p>"
            "</body></html>")
    assert _listings(page, "http://leafnews.example/tea-prices-rise")[0] != "listing"


# --- cards whose titles are words beside a link of any kind (an image's, an order button's) ------

def test_rows_whose_titles_are_words_beside_an_order_link_are_cards_in_a_spanish_table() -> None:
    rows = "".join(
        f"<tr><td>{name}</td><td>{price} XMR</td><td><a href='/pedir/{n}'>Pedir</a></td></tr>"
        for n, (name, price) in enumerate([("Pimentón de la Vera", "0.05"), ("Azafrán de La Mancha", "0.31"),
                                           ("Comino molido", "0.02")])
    )
    page = f"<html><head><title>Especias</title></head><body><h1>Especias</h1><table>{rows}</table></body>"
    kind, found = _listings(page, "http://especias.example/")
    assert kind == "listing_index"
    assert [(r.title, r.price, r.currency, r.listing_url) for r in found] == [
        ("Pimentón de la Vera", 0.05, "XMR", "http://especias.example/pedir/0"),
        ("Azafrán de La Mancha", 0.31, "XMR", "http://especias.example/pedir/1"),
        ("Comino molido", 0.02, "XMR", "http://especias.example/pedir/2"),
    ]


def test_tiles_whose_titles_are_headings_under_an_image_link_are_cards_in_a_dutch_grid() -> None:
    tiles = "".join(
        f"<div class='tegel'><a href='/kaas/{n}'><img src='/k/{n}.jpg' alt=''></a><h4>{name}</h4>"
        f"<div><span>{price}</span> <span>€</span></div><button>In mandje</button></div>"
        for n, (name, price) in enumerate([("Boerenkaas belegen", "8,95"), ("Geitenkaas jong", "6,40"),
                                           ("Leidse komijnekaas", "7,25")])
    )
    page = f"<html><head><title>Kaas</title></head><body><h1>Kaas</h1><div>{tiles}</div></body></html>"
    kind, found = _listings(page, "http://kaashandel.example/kaas")
    assert kind == "listing_index"
    assert [(r.title, r.price, r.listing_url) for r in found] == [
        ("Boerenkaas belegen", 8.95, "http://kaashandel.example/kaas/0"),
        ("Geitenkaas jong", 6.4, "http://kaashandel.example/kaas/1"),
        ("Leidse komijnekaas", 7.25, "http://kaashandel.example/kaas/2"),
    ]


def test_an_items_postage_choices_without_links_make_no_cards() -> None:
    options = "".join(
        f"<tr><td><input type=radio name=p> {name}</td><td>{price} €</td></tr>"
        for name, price in [("Brief", "2,50"), ("Paket", "5,90"), ("Express", "12,00")]
    )
    page = ("<html><head><title>Rapshonig | Imkerei</title></head><body><h1>Rapshonig</h1>"
            f"<p>Preis: 6,90 €</p><form action='/warenkorb'><table>{options}</table>"
            "<button>In den Warenkorb</button></form></body></html>")
    kind, found = _listings(page, "http://imkerei.example/rapshonig")
    assert kind == "listing"
    assert [(r.title, r.price) for r in found] == [("Rapshonig", 6.9)]


# --- a sold-out card that shows no price is a card by its place and look ------------------------

def test_a_sold_out_card_without_a_price_beside_priced_cards_is_still_a_card_in_english() -> None:
    cells = "".join(
        f"<div class='cell'><h3><a href='/candles/{n}'>{name}</a></h3><p>{price}</p></div>"
        for n, (name, price) in enumerate([("Beeswax taper", "$8.00"), ("Soy jar", "Sold out"),
                                           ("Pillar candle", "$15.00"), ("Tea lights", "$4.20")])
    )
    page = f"<html><head><title>Candles</title></head><body><h1>Candles</h1><div>{cells}</div></body></html>"
    kind, found = _listings(page, "http://waxworks.example/candles")
    assert kind == "listing_index"
    assert [(r.title, r.price) for r in found] == [
        ("Beeswax taper", 8.0), ("Soy jar", None), ("Pillar candle", 15.0), ("Tea lights", 4.2),
    ]


def test_a_sold_out_row_without_a_price_beside_priced_rows_is_still_a_card_in_russian() -> None:
    rows = "".join(
        f"<li><a href='/tovar/{n}'>{name}</a> — <i>{price}</i></li>"
        for n, (name, price) in enumerate([("Чай иван-чай, 100 г", "350 руб."),
                                           ("Мёд гречишный", "Нет в наличии"), ("Сбор травяной", "280 руб.")])
    )
    page = f"<html><head><title>Чай</title></head><body><h1>Чай</h1><ul>{rows}</ul></body></html>"
    kind, found = _listings(page, "http://lavka.example/chai")
    assert kind == "listing_index"
    assert [(r.title, r.price) for r in found] == [
        ("Чай иван-чай, 100 г", 350.0), ("Мёд гречишный", None), ("Сбор травяной", 280.0),
    ]


def test_a_profile_at_an_opaque_id_whose_title_names_no_one_is_named_by_its_bare_heading() -> None:
    # The logo heading links home (the site's name); the owner's own heading follows it.
    for title, lang_page in [
        ("Brugerprofil :: Urtemarkedet", "<p>Medlem siden: 2 / 5 / 2022</p>"),
        ("Ficha del miembro - Mercado", "<p>Miembro desde: 2 / 5 / 2022</p>"),
    ]:
        page = (f"<html><head><title>{title}</title></head><body><h1><a href='/'>Urtemarkedet</a></h1>"
                f"<div class=main><h3>bjerg_urt</h3>{lang_page}</div></body></html>")
        result = parse_page(page.encode(), url="http://urter.example/user/5d0e9a7c11")
        assert result.page.page_type == "vendor", title
        assert (result.records[0].name, result.records[0].member_since) == ("bjerg_urt", "2022-05-02")


def test_a_linkless_cards_name_and_price_in_spans_side_by_side_are_read_apart_in_two_layouts() -> None:
    # "<span>Widget A</span><span>1.00 USD</span>": text run together as "Widget A1.00 USD".
    rows = "".join(
        f"<div class=row><span class=n>{name}</span><span class=p>{price}</span>"
        f"<a href='/cart/add/{n}'><img src=cart.png alt=''></a></div>"
        for n, (name, price) in enumerate([("Lamp A", "19.00 USD"), ("Lamp B", "24.50 USD"),
                                           ("Lamp C", "31.00 USD")])
    )
    page = f"<html><head><title>Lamps</title></head><body><div class=list>{rows}</div></body></html>"
    kind, found = _listings(page, "http://lamps.example/")
    assert kind == "listing_index"
    assert [(r.title, r.price, r.currency) for r in found] == [
        ("Lamp A", 19.0, "USD"), ("Lamp B", 24.5, "USD"), ("Lamp C", 31.0, "USD"),
    ]
    items = "".join(
        f"<li><b>{name}</b><em>{price}</em><a href='/commande/{n}'><img src=c.png alt=''></a></li>"
        for n, (name, price) in enumerate([("Savon de Marseille", "4,20 €"), ("Savon d'Alep", "6,80 €"),
                                           ("Pierre d'alun", "5,10 €")])
    )
    page = f"<html><head><title>Savons</title></head><body><ul>{items}</ul></body></html>"
    kind, found = _listings(page, "http://savonnerie.example/")
    assert kind == "listing_index"
    assert [(r.title, r.price, r.currency) for r in found] == [
        ("Savon de Marseille", 4.2, "EUR"), ("Savon d'Alep", 6.8, "EUR"), ("Pierre d'alun", 5.1, "EUR"),
    ]


def test_a_heading_that_names_a_control_is_never_the_items_title_in_two_languages() -> None:
    for heading, name, rest in [
        ("Kaufen", "Lindenblütenhonig", "<p>Preis: 7,40 €</p><p>Verkäufer: imker_karl</p>"),
        ("Заказать", "Иван-чай, 100 г", "<p>Цена: 350 руб.</p><p>Продавец: lavka</p>"),
    ]:
        page = f"<html><head><title>Shop</title></head><body><h2>{heading}</h2><h3>{name}</h3>{rest}</body>"
        kind, found = _listings(page, "http://shop.example/x")
        assert kind == "listing"
        assert found[0].title == name


# --- a price spelt in pieces: the sign, the whole units and the cents in elements of their own ---

_PIECE_GRID_PT = """<html><head><title>Chás - Loja Folha</title></head><body><h2>Chás verdes</h2>
<section class="lista">
<article class="peca"><a href="/cha/sencha"><img src="/s.jpg" alt=""><h4>Sencha de Shizuoka</h4>
<p class="valor"><span>R$</span>
  <strong>24</strong>
  <sup>90</sup></p></a></article>
<article class="peca"><a href="/cha/bancha"><img src="/b.jpg" alt=""><h4>Bancha de outono</h4>
<p class="valor"><span>R$</span>
  <strong>13</strong>
  <sup>50</sup></p></a></article>
<article class="peca"><a href="/cha/matcha"><img src="/m.jpg" alt=""><h4>Matcha cerimonial</h4>
<p class="valor"><span>R$</span>
  <strong>1.049</strong>
  <sup>00</sup></p></a></article>
</section></body></html>"""

_PIECE_ROWS_DE = """<html><body><h1>Tees</h1><ul class="reihe">
<li><a href="/tee/assam">Assam Halmari</a><div class="p"><i>8</i><i>40</i><i>€</i></div></li>
<li><a href="/tee/ceylon">Ceylon Uva</a><div class="p"><i>11</i><i>05</i><i>€</i></div></li>
<li><a href="/tee/darjeeling">Darjeeling First Flush</a><div class="p"><i>19</i><i>99</i><i>€</i></div></li>
</ul></body></html>"""


def test_a_price_spelt_in_pieces_is_read_whole_on_cards_of_two_layouts_and_languages() -> None:
    kind, rows = _listings(_PIECE_GRID_PT, "http://folha.example/chas")
    assert kind == "listing_index"
    assert [(r.title, r.price, r.currency) for r in rows] == [
        ("Sencha de Shizuoka", 24.9, "BRL"), ("Bancha de outono", 13.5, "BRL"),
        ("Matcha cerimonial", 1049.0, "BRL")]
    kind, rows = _listings(_PIECE_ROWS_DE, "http://teeladen.example/tee")
    assert kind == "listing_index"
    assert [(r.title, r.price, r.currency) for r in rows] == [
        ("Assam Halmari", 8.4, "EUR"), ("Ceylon Uva", 11.05, "EUR"), ("Darjeeling First Flush", 19.99, "EUR")]


def test_a_price_spelt_in_pieces_is_the_items_price_on_its_own_page() -> None:
    page = """<html><head><title>Sencha de Shizuoka - Loja Folha</title></head><body>
<h1>Sencha de Shizuoka</h1><div class="compra"><span>R$</span>
<b>24</b>
<sup>90</sup></div><p>Vendedor: <a href="/loja/folha">folha_verde</a></p>
<button>Comprar</button></body></html>"""
    kind, rows = _listings(page, "http://folha.example/produto/sencha")
    assert kind == "listing"
    assert (rows[0].title, rows[0].price, rows[0].currency) == ("Sencha de Shizuoka", 24.9, "BRL")


def test_pieces_that_are_no_price_are_never_assembled_into_one() -> None:
    from parsers.dom import load
    from parsers.piece_prices import first_piece_price, piece_price

    # A count and a size beside a word, a date's parts, three cents digits: none is a price.
    for html in (b"<p><span>Qty</span><span>3</span><span>12</span></p>",
                 b"<p><span>17</span><span>11</span><span>2026</span></p>",
                 b"<p><span>$</span><span>24</span><span>500</span></p>",
                 b"<p><span>$</span><span>24</span><span>50</span><span>kg</span></p>"):
        assert piece_price(load(html).root.find(".//p")) is None
    # A whole price in one element is text's to read, not a piece price.
    assert first_piece_price(load(b"<div><p>$24.50</p><p>In stock</p></div>").root) is None


# --- places: a labelled postage price is no destination; a town with its country is one origin -

_PLACES_DE = """<html><head><title>Kräutertee Bergwiese - Teestube</title></head><body>
<h1>Kräutertee Bergwiese</h1><p>Preis: 7,90 €</p><p>Verkäufer: <a href="/profil/almhuette">almhuette</a></p>
<p>Versand: 4,90 €</p><p>Artikelstandort: Innsbruck, Österreich</p>
<p>Versand nach: Deutschland, Österreich und Schweiz</p><button>Kaufen</button></body></html>"""

_PLACES_ES = """<html><head><title>Té de roca - La Tetera</title></head><body>
<h1>Té de roca</h1><p>Precio: 12,50 €</p><p>Vendedor: <a href="/perfil/sierra">sierra_te</a></p>
<ul><li>Envío a: 3,50 €</li><li>Envío desde: Teruel, España</li>
<li>Envío a: España / Portugal</li></ul><button>Comprar</button></body></html>"""


def test_a_labelled_postage_price_is_no_destination_and_a_town_with_its_country_is_one_origin() -> None:
    for page, url, origin, dest in (
        (_PLACES_DE, "http://teestube.example/artikel/bergwiese", "Innsbruck, Österreich",
         ["Deutschland", "Österreich", "Schweiz"]),
        (_PLACES_ES, "http://tetera.example/producto/te-de-roca", "Teruel, España", ["España", "Portugal"]),
    ):
        kind, rows = _listings(page, url)
        assert kind == "listing"
        assert (rows[0].ships_from, rows[0].ships_to) == (origin, dest)


def test_a_price_or_a_place_with_its_region_is_never_read_as_places_together() -> None:
    from parsers.market_places import first_place, places

    assert places("EUR 6,50") == [] and places("$4.00 / 3-5") == []
    assert places("Worldwide ($10)") == ["Worldwide"]
    assert first_place("Germany, Europe") == "Germany"  # a country and its region: two places
    assert first_place("Metzingen, klimaneutral") == "Metzingen"  # a place and a remark
    assert first_place("USA, Canada, Mexico") == "USA"


# --- a seller named by a link to a profile address near the item, in any language --------------

_SELLER_BOX_IT = """<html><head><title>Tè verde Gyokuro - Mercatino</title></head><body>
<div class="menu"><a href="/utente/io">Il mio conto</a></div>
<h1>Tè verde Gyokuro</h1><p>Prezzo: 18,00 €</p><button>Acquista</button>
<p>Spedizione in 2 giorni lavorativi. Confezione sottovuoto da 50 g, raccolto di maggio.</p>
<div class="scheda"><h2>Informazioni sul venditore</h2>
<a href="/venditore/casa_del_te"><b>casa_del_te</b></a> (412)</div></body></html>"""

_SELLER_VISIT_ID = """<html><head><title>Teh hijau Gyokuro - Pasar Teh</title></head><body>
<h1>Teh hijau Gyokuro</h1><a href="/penjual/rumah_teh">Kunjungi lapak rumah_teh</a>
<div>Harga: $18.00</div><button>Beli</button></body></html>"""

_SELLER_OPAQUE_ES = """<html><head><title>Té verde Gyokuro</title></head><body>
<div class="cabecera-tienda">Casa del Té <a href="/store/Qm7bXk2PzR9tLw4NcV8yHs3GdJ">Ir a la tienda</a></div>
<div class="nombre">Té verde Gyokuro</div><div>0.00031 BTC</div><button>Comprar</button></body></html>"""


def test_a_profile_link_near_the_item_names_its_seller_in_three_layouts_and_languages() -> None:
    for page, url, seller in (
        (_SELLER_BOX_IT, "http://mercatino.example/oggetto/8812", "casa_del_te"),
        (_SELLER_VISIT_ID, "http://pasarteh.example/barang/gyokuro", "rumah_teh"),
        (_SELLER_OPAQUE_ES, "http://bazar.example/listing/gyokuro", "Casa del Té"),
    ):
        kind, rows = _listings(page, url)
        assert kind == "listing", url
        assert rows[0].vendor == seller, url


def test_a_menu_link_to_ones_own_profile_or_a_reviewers_link_never_names_the_seller() -> None:
    from parsers.dom import load
    from parsers.market_seller import profile_link_seller

    page = load(b"""<html><body><nav><a href="/user/kopi_tubruk">kopi_tubruk</a></nav>
<h1>Teh hijau</h1><p>$5.00</p><div class="reviews"><a href="/user/pembeli_1">pembeli_1</a>: enak</div>
<a href="/vendor/Qm7bXk2PzR9tLw4NcV8yHs3GdJ">12 produk</a></body></html>""")
    assert profile_link_seller(page, page.root.find(".//h1")) is None


# --- a breadcrumb known by its standard marks (schema.org BreadcrumbList, aria-label) -----------

_CRUMB_SCHEMA_NL = """<html><head><title>Rooibos vanille - Theewinkel</title></head><body>
<table><tr><td><ol itemscope itemtype="https://schema.org/BreadcrumbList">
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
<a itemprop="item" href="/assortiment/"><span itemprop="name">Winkel</span></a></li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
<a itemprop="item" href="/assortiment/kruidenthee/"><span itemprop="name">Kruidenthee</span></a></li>
</ol></td></tr></table>
<h1>Rooibos vanille</h1><p>Prijs: 6,50 €</p><p>Verkoper: <a href="/verkoper/theetante">theetante</a></p>
<button>Kopen</button></body></html>"""

_CRUMB_ARIA_SV = """<html><head><title>Earl Grey - Tebutiken</title></head><body>
<div aria-label="breadcrumb"><a href="/">Hem</a> <a href="/sortiment/svart-te">Svart te</a></div>
<h1>Earl Grey</h1><p>Pris: 89,00 SEK</p><p>Säljare: <a href="/user/tebutiken">tebutiken</a></p>
<button>Köp</button></body></html>"""


def test_a_breadcrumb_marked_as_such_by_schema_org_or_aria_gives_the_items_category() -> None:
    _, rows = _listings(_CRUMB_SCHEMA_NL, "http://theewinkel.example/p/rooibos-vanille")
    assert (rows[0].title, rows[0].category) == ("Rooibos vanille", "Kruidenthee")
    _, rows = _listings(_CRUMB_ARIA_SV, "http://tebutiken.example/p/earl-grey")
    assert (rows[0].title, rows[0].category) == ("Earl Grey", "Svart te")


def test_an_unmarked_list_of_links_above_the_item_is_no_breadcrumb() -> None:
    page = _CRUMB_ARIA_SV.replace(' aria-label="breadcrumb"', ' class="lankar"')
    _, rows = _listings(page, "http://tebutiken.example/p/earl-grey")
    assert rows[0].category is None


# --- a price shown under the item's title wins over a price column's first row ------------------

_TIERS_PT = """<html><head><title>Chá de camomila, 50 g - Ervanária</title></head><body>
<h1>Chá de camomila, 50 g</h1><div class="valor">6,40 € <small>IVA incluído</small></div>
<table><tr><th>Quantidade</th><th>Preço</th></tr><tr><td>10</td><td>5,90 €</td></tr>
<tr><td>25</td><td>5,20 €</td></tr></table>
<p>Vendedor: <a href="/vendedor/ervanaria">ervanaria</a></p><button>Comprar</button></body></html>"""

_POSTAGE_DE = """<html><head><title>Pfefferminztee lose - Kräuterhof</title></head><body>
<h1>Pfefferminztee lose</h1><p><b>8,90 €</b></p><button>In den Warenkorb</button>
<div><div>Ziel</div><div>Dauer</div><div>Preis</div></div>
<div><div>Deutschland</div><div>2 Tage</div><div>3,50 €</div></div>
<p>Verkäufer: <a href="/verkaeufer/kraeuterhof">kraeuterhof</a></p></body></html>"""


def test_a_price_under_the_items_title_wins_over_a_price_columns_first_row_in_two_languages() -> None:
    for page, url, price in (
        (_TIERS_PT, "http://ervanaria.example/produto/camomila", 6.4),
        (_POSTAGE_DE, "http://kraeuterhof.example/artikel/pfefferminze", 8.9),
    ):
        kind, rows = _listings(page, url)
        assert kind == "listing", url
        assert (rows[0].price, rows[0].currency) == (price, "EUR"), url


def test_a_price_columns_first_row_is_the_price_where_no_price_stands_before_it() -> None:
    page = _TIERS_PT.replace('<div class="valor">6,40 € <small>IVA incluído</small></div>', "")
    _, rows = _listings(page, "http://ervanaria.example/produto/camomila")
    assert (rows[0].price, rows[0].currency) == (5.9, "EUR")


# --- an old-price label on the line above its amount ("Antes:" / "12,00 €") --------------------

def _sale_cards(label: str, cur: str) -> str:
    cards = "".join(
        f'<div class="c"><h3><a href="/p/{i}">{name}</a></h3><div><div>{label}</div>'
        f"<span>{old} {cur}</span></div><div><span>{new} {cur}</span></div></div>"
        for i, (name, old, new) in enumerate((("Rooibos", "12,00", "9,50"), ("Sencha", "15,00", "11,00"),
                                              ("Oolong", "20,00", "17,50")))
    )
    return f"<html><body><h1>Ofertas</h1><div class='g'>{cards}</div></body></html>"


def test_an_old_price_labelled_on_the_line_above_is_never_a_cards_price_in_two_languages() -> None:
    for label, cur, code in (("Antes:", "€", "EUR"), ("Было:", "₽", "RUB")):
        kind, rows = _listings(_sale_cards(label, cur), "http://tienda.example/ofertas")
        assert kind == "listing_index"
        assert [(r.price, r.currency) for r in rows] == [(9.5, code), (11.0, code), (17.5, code)]


def test_a_label_above_a_price_that_names_no_old_price_leaves_the_first_price() -> None:
    _, rows = _listings(_sale_cards("Precio:", "€"), "http://tienda.example/ofertas")
    assert [r.price for r in rows] == [12.0, 15.0, 20.0]


# --- a vendor's statistics as tiles: captions over counts, a share over its caption ------------

def _profile(name: str, tiles: str) -> bytes:
    return (f"<html><head><title>{name}</title></head><body><h1>{name}</h1>"
            f"<p>Member since 2024-05-02</p><div class='stats'>{tiles}</div></body></html>").encode()


def _vendor_of(page: bytes, url: str) -> object:
    from parsers.records import Vendor

    result = parse_page(page, url=url)
    return next(r for r in result.records if isinstance(r, Vendor))


def test_a_breakdown_of_captions_over_counts_gives_its_total_in_two_languages() -> None:
    de = "".join(f"<div>\n<span>{w}</span>\n<b>{n}</b>\n</div>" for w, n in
                 (("Positiv", 212), ("Gemischt", 9), ("Negativ", 4), ("Gesamt", 225)))
    es = "".join(f"<div><div>{w}</div><div>{n}</div></div>" for w, n in
                 (("Positivas", 40), ("Regulares", 2), ("Negativas", 1)))
    v = _vendor_of(_profile("teehaus_nord", de), "http://markt.example/vendor/teehaus_nord")
    assert (v.name, v.feedback_count) == ("teehaus_nord", 225)  # type: ignore[attr-defined]
    v = _vendor_of(_profile("cafe_sur", es), "http://mercado.example/vendor/cafe_sur")
    assert (v.name, v.feedback_count) == ("cafe_sur", 43)  # type: ignore[attr-defined]


def test_a_share_over_its_caption_is_the_vendors_rating_in_two_languages() -> None:
    for caption in ("Positive feedback", "Umpan balik positif"):
        tiles = f"<div><div>97,5%</div><div>{caption}</div></div>"
        v = _vendor_of(_profile("leafy", tiles), "http://markt.example/vendor/leafy")
        assert v.rating == 97.5  # type: ignore[attr-defined]


def test_counts_under_captions_that_name_no_feedback_kinds_are_no_feedback_count() -> None:
    from parsers.feedback_breakdown import stacked_breakdown

    # A dispute history ("Won" / "1", "Lost" / "0", "Total" / "1") counts no feedback.
    assert stacked_breakdown(["Disputes", "Won", "1", "Lost", "0", "Total", "1"]) is None
    assert stacked_breakdown(["Positive", "12", "Negative", "1"]) == 13


# --- ships-to read from shipping options that name places --------------------------------------

_SHIP_SELECT_DE = """<html><head><title>Grüner Tee Bancha - Teeladen</title></head><body>
<h1>Grüner Tee Bancha</h1><p>Preis: 6,90 €</p><p>Verkäufer: <a href="/vendor/teeladen">teeladen</a></p>
<form><label>Versandart</label><select name="versand"><option value="">Bitte wählen</option>
<option value="1">Deutschland - 2 Tage - 4,90 €</option><option value="2">Österreich (+7,90 €)</option>
</select><button>Kaufen</button></form></body></html>"""

_SHIP_ROWS_PL = """<html><head><title>Herbata Sencha - Herbaciarnia</title></head><body>
<h1>Herbata Sencha</h1><p>Cena: 24,00 zł</p><p>Sprzedawca: <a href="/vendor/lisc">lisc</a></p>
<p>Wysyłka z: Kraków</p><div class="wysylka">
<div class="naglowek"><span>Polska</span><span>Czas</span><span>Cena</span></div>
<div class="opcja"><span>Kurier</span><span>1-2 dni</span><span>15,00 zł</span></div>
<div class="naglowek"><span>Czechy</span><span>Czas</span><span>Cena</span></div>
<div class="opcja"><span>Poczta</span><span>4-6 dni</span><span>30,00 zł</span></div></div>
<button>Kup teraz</button></body></html>"""


def test_shipping_options_that_name_places_are_where_an_item_ships_to_in_two_layouts() -> None:
    _, rows = _listings(_SHIP_SELECT_DE, "http://teeladen.example/artikel/bancha")
    assert rows[0].ships_to == ["Deutschland", "Österreich"]
    _, rows = _listings(_SHIP_ROWS_PL, "http://herbaciarnia.example/produkt/sencha")
    assert (rows[0].ships_from, rows[0].ships_to) == ("Kraków", ["Polska", "Czechy"])


def test_an_address_forms_country_select_or_options_of_times_are_no_destinations() -> None:
    country = _SHIP_SELECT_DE.replace('name="versand"', 'name="country"').replace(
        "<label>Versandart</label>", "<label>Land</label>")
    _, rows = _listings(country, "http://teeladen.example/artikel/bancha")
    assert rows[0].ships_to == []
    times = _SHIP_SELECT_DE.replace("Deutschland - 2 Tage - 4,90 €", "2-3 Tage").replace(
        "Österreich (+7,90 €)", "5-8 Tage")
    _, rows = _listings(times, "http://teeladen.example/artikel/bancha")
    assert rows[0].ships_to == []


def test_a_link_to_the_visitors_own_account_page_never_names_the_seller() -> None:
    from parsers.dom import load
    from parsers.market_seller import profile_link_seller

    page = load(b"""<html><body><h1>Green tea</h1><p>$5.00</p>
<p><a href="/user/settings">settings</a> <a href="/user/login">Login</a> <a href="/users/me">me</a></p>
</body></html>""")
    assert profile_link_seller(page, page.root.find(".//h1")) is None


# --- a seller's page known by its shape: a name the <title> repeats, a lone key, dated reviews ---


@pytest.fixture(scope="module")
def seller_key(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """A real ed25519 public key, made in a throwaway GnuPG home: (armoured key, fingerprint)."""
    if shutil.which("gpg") is None:
        pytest.skip("gpg binary not installed")
    home = tmp_path_factory.mktemp("gnupg-seller")
    home.chmod(0o700)
    env = {**os.environ, "GNUPGHOME": str(home)}
    base = ["gpg", "--batch", "--yes", "--pinentry-mode", "loopback", "--passphrase", ""]
    uid = "Kedai Sample <kedai@example.org>"
    subprocess.run([*base, "--quick-gen-key", uid, "ed25519", "default", "never"], env=env, check=True,
                   capture_output=True, timeout=120)
    colons = subprocess.run([*base, "--with-colons", "--fingerprint", uid], env=env, check=True,
                            capture_output=True, timeout=60).stdout.decode()
    fpr = next(line.split(":")[9] for line in colons.splitlines() if line.startswith("fpr:"))
    armored = subprocess.run([*base, "--armor", "--export", uid], env=env, check=True, capture_output=True,
                             timeout=60).stdout.decode()
    subprocess.run(["gpgconf", "--kill", "gpg-agent"], env=env, check=False, capture_output=True, timeout=30)
    return armored, fpr


def _seller_ms(key: str) -> str:
    reviews = "".join(
        f"<div class='ulasan'><div class='kiri'><span>{who}</span><span>{when}</span></div>"
        f"<div class='kanan'><p>{text}</p></div></div>"
        for who, when, text in (("ahmad_k", "18/11/2026", "Cepat sampai, dibungkus kemas."),
                                ("siti.n", "16/11/2026", "Kali kedua beli, tetap bagus."),
                                ("wong88", "11/11/2026", "Balas mesej dengan segera."))
    )
    return f"""<html><head><title>Kedai Teh Bukit — penjual — Pasar Malam</title></head><body>
<div class="atas"><a class="logo" href="/">Pasar Malam</a><a href="/masuk">Log masuk</a></div>
<div class="profil"><div class="gambar"><img src="/a/91.jpg" alt=""></div>
<div class="tajuk"><div class="besar">Kedai Teh Bukit</div><div>(dalam talian)</div></div>
<ul><li>Ahli sejak: 12/03/2022</li><li>Johor</li></ul>
<div class="kunci"><div class="besar">Kunci PGP</div><pre>{key}</pre></div>
<div class="maklum"><div class="besar">Apa kata pembeli (37)</div>{reviews}</div>
<a href="/k/91/ulasan?hal=2">Muat lagi</a></div></body></html>"""


def _seller_tl(key: str) -> str:
    reviews = "".join(
        f"<li><em>{who}</em> &middot; <small>{when}</small><br>{text}</li>"
        for who, when, text in (("berto_q", "2026-11-19", "Mabilis dumating, maayos ang balot."),
                                ("liza.m", "2026-11-17", "Pangalawang order ko na, sulit pa rin."))
    )
    return f"""<html><head><title>Palengke | Tindahan ni Aling Rosa | nagbebenta</title></head><body>
<table class="balangkas"><tr><td><strong>Tindahan ni Aling Rosa</strong></td><td>Sumali: 2023-01-15</td></tr>
<tr><td colspan="2"><textarea readonly>{key}</textarea></td></tr></table>
<h3>Mga puna [12]</h3><ul class="puna">{reviews}</ul>
<p>&copy; <a href="/">Palengke</a></p></body></html>"""


def _vendors(html: str, url: str) -> tuple[str, list[Any]]:
    from parsers.records import Vendor

    result = parse_page(html.encode("utf-8"), url=url)
    return result.page.page_type, [r for r in result.records if isinstance(r, Vendor)]


def test_a_sellers_page_is_known_by_its_shape_with_its_reviews_in_malay(seller_key: tuple[str, str]) -> None:
    key, fpr = seller_key
    kind, found = _vendors(_seller_ms(key), "http://pasar-malam.example/k/91")
    assert kind == "vendor"
    v = found[0]
    assert (v.name, v.feedback_count, v.member_since) == ("Kedai Teh Bukit", 37, "2022-03-12")
    assert v.pgp_fingerprint == fpr


def test_a_sellers_page_is_known_by_its_shape_in_a_filipino_table_layout(seller_key: tuple[str, str]) -> None:
    key, fpr = seller_key
    kind, found = _vendors(_seller_tl(key), "http://palengke.example/t?id=5")
    assert kind == "vendor"
    v = found[0]
    assert (v.name, v.feedback_count, v.member_since, v.pgp_fingerprint) == (
        "Tindahan ni Aling Rosa", 12, "2023-01-15", fpr)


def test_a_key_posted_in_a_dated_thread_post_makes_no_sellers_page(seller_key: tuple[str, str]) -> None:
    key, _ = seller_key
    html = f"""<html><head><title>Bagong susi ko - Talakayan</title></head><body>
<h1>Bagong susi ko</h1>
<div class="post"><b>kiwi77</b> <span>17.11.2026 18:40</span><p>Ito ang bago kong susi:</p>
<pre>{key}</pre></div>
<div class="post"><b>mole_x</b> <span>18.11.2026 09:15</span><p>Salamat, nakuha ko na.</p></div>
</body></html>"""
    kind, found = _vendors(html, "http://talakayan.example/topic/88")
    assert kind != "vendor" and found == []


def test_a_count_over_undated_blocks_or_over_more_blocks_than_it_counts_is_no_feedback_count() -> None:
    from parsers.dom import load
    from parsers.vendor_counts import _list_heading_count

    cards = "".join(f"<div class='p'><a href='/p/{i}'>Teh {i}</a> <span>RM {i}.00</span></div>"
                    for i in (1, 2, 3))
    assert _list_heading_count(load(f"<div><div>Produk (3)</div>{cards}</div>".encode()), None) is None
    dated = "".join(f"<div class='r'><i>u{i}</i> <span>1{i}.11.2026</span> ok</div>" for i in (1, 2, 3))
    assert _list_heading_count(load(f"<div><div>Maoni (2)</div>{dated}</div>".encode()), None) is None
    assert _list_heading_count(load(f"<div><div>Maoni (40)</div>{dated}</div>".encode()), None) == 40


# --- currencies of shops in Malay, Swahili and Serbian -------------------------------------------


def test_ringgit_shilling_and_dinar_signs_are_read_as_their_codes() -> None:
    from parsers.prices import find_prices

    got = [(p.amount, p.currency) for t in ("RM 18.90", "TSh 45,000.00", "KSh 300", "1.200 дин.", "25 MYR")
           for p in find_prices(t)]
    assert got == [(18.9, "MYR"), (45000.0, "TZS"), (300.0, "KES"), (1200.0, "RSD"), (25.0, "MYR")]
    # Letters inside a word are no currency sign.
    assert find_prices("farm 5") == [] and find_prices("Kish 20") == []
    assert find_prices("Rm 5, Block B") == [] and find_prices("rm 12") == []


def test_cards_priced_in_ringgit_or_shillings_are_read_in_two_layouts() -> None:
    ms = "".join(f"<li><a href='/p/{i}'>Kuih {name}</a><div><span>RM {price}</span></div></li>"
                 for i, (name, price) in enumerate((("bangkit", "9.90"), ("makmur", "14.50"),
                                                    ("siput", "7.00"))))
    kind, found = _listings(f"<html><body><ul class='g'>{ms}</ul></body></html>", "http://kuih.example/kering")
    assert kind == "listing_index"
    assert [(r.price, r.currency) for r in found] == [(9.9, "MYR"), (14.5, "MYR"), (7.0, "MYR")]
    sw = "".join(f"<tr><td><a href='/b/{i}'>{name}</a></td><td>TSh {price}</td></tr>"
                 for i, (name, price) in enumerate((("Kikapu cha ukili", "12,000"),
                                                    ("Mkeka wa miaa", "25,500"),
                                                    ("Chungu cha udongo", "8,000"))))
    kind, found = _listings(f"<html><body><table>{sw}</table></body></html>", "http://soko.example/bidhaa")
    assert [(r.title, r.price, r.currency) for r in found] == [
        ("Kikapu cha ukili", 12000.0, "TZS"), ("Mkeka wa miaa", 25500.0, "TZS"),
        ("Chungu cha udongo", 8000.0, "TZS")]


# --- a longer label over a lower price after the regular one is the price asked ------------------


def _item(title: str, rows: str) -> str:
    return (f"<html><head><title>{title} - Duka</title></head><body><h2>{title}</h2>"
            f"<dl>{rows}</dl><form action='/cart' method='post'><button>Weka kwenye kikapu</button></form>"
            "</body></html>")


def test_a_label_that_extends_the_price_label_over_a_lower_price_is_the_sale_in_two_languages() -> None:
    sw = _item("Sufuria ya shaba",
               "<dt>Bei</dt><dd>TSh 54,000.00</dd><dt>Bei ya Ofa</dt><dd>TSh 45,000.00</dd>")
    _, found = _listings(sw, "http://duka.example/products/sufuria")
    assert (found[0].price, found[0].currency) == (45000.0, "TZS")
    pl = _item("Czajnik żeliwny", "<dt>Cena</dt><dd>189,00 zł</dd><dt>Cena promocyjna</dt><dd>149,00 zł</dd>")
    _, found = _listings(pl, "http://sklep.example/produkt/czajnik")
    assert (found[0].price, found[0].currency) == (149.0, "PLN")


def test_a_longer_label_over_a_higher_price_is_no_sale() -> None:
    from parsers.market_prices import first_offer, labelled_price

    assert labelled_price(["Tea", "Price", "$54.00", "Price with postage", "$59.00"]) == (54.0, "USD")
    assert first_offer("Bei\nTSh 54,000\nUsafirishaji\nTSh 5,000") == (54000.0, "TZS")
    # A price per quantity under a longer label is no sale, however low.
    assert first_offer("Cena\n189,00 zł\nCena za 100 g\n94,50 zł") == (189.0, "PLN")


def test_more_countries_signs_and_codes_are_read_and_word_like_ones_only_as_printed() -> None:
    from parsers.prices import find_prices

    shown = {"Rp 25.000": (25000.0, "IDR"), "1 290 Ft": (1290.0, "HUF"), "S/ 45.90": (45.9, "PEN"),
             "GH₵ 45": (45.0, "GHS"), "৳ 450": (450.0, "BDT"), "450 сом": (450.0, "KGS"),
             "99 ر.س": (99.0, "SAR"), "COP 45.000": (45000.0, "COP"), "Rs. 450": (450.0, "INR")}
    assert {t: (find_prices(t)[0].amount, find_prices(t)[0].currency) for t in shown} == shown
    # Codes and abbreviations that are words in lower case are no currency so written.
    assert [find_prices(t) for t in ("a pen 2 cm long", "rp 5", "6 ft tall", "mad 99 times")] == [[]] * 4


def test_cards_priced_in_rupiah_or_forint_are_read_in_two_layouts() -> None:
    idr = "".join(f"<div class='k'><h4><a href='/p/{i}'>{name}</a></h4><p>Rp {price}</p></div>"
                  for i, (name, price) in enumerate((("Kopi Gayo 250 g", "85.000"), ("Teh Tubruk", "32.500"),
                                                     ("Gula Aren 1 kg", "41.000"))))
    kind, found = _listings(f"<html><body><div>{idr}</div></body></html>", "http://warung.example/kopi")
    assert kind == "listing_index"
    assert [(r.price, r.currency) for r in found] == [(85000.0, "IDR"), (32500.0, "IDR"), (41000.0, "IDR")]
    huf = "".join(f"<tr><td><a href='/termek/{i}'>{name}</a></td><td>{price} Ft</td></tr>"
                  for i, (name, price) in enumerate((("Akácméz, 500 g", "3 490"), ("Hársméz, 250 g", "2 190"),
                                                     ("Repceméz, 1 kg", "4 990"))))
    kind, found = _listings(f"<html><body><table>{huf}</table></body></html>", "http://mez.example/mezek")
    assert [(r.title, r.price, r.currency) for r in found] == [
        ("Akácméz, 500 g", 3490.0, "HUF"), ("Hársméz, 250 g", 2190.0, "HUF"),
        ("Repceméz, 1 kg", 4990.0, "HUF")]


# --- a profile's statistics as tiles: a value over its caption, read by the block ---------------


def _tiles_page(name: str, tiles: str, title_sep: str = " - ") -> str:
    return (f"<html><head><title>{name}{title_sep}Pasar</title></head><body><h1>{name}</h1>"
            f"<section class='stat'>{tiles}</section><h2>Produk</h2>"
            "<div class='c'><a href='/listing/1'>Teh hijau</a> $5.00</div>"
            "<div class='c'><a href='/listing/2'>Kopi luwak</a> $7.00</div></body></html>")


def test_a_date_and_a_count_over_their_captions_are_the_member_since_and_feedback_in_two_layouts() -> None:
    en = ("<div><b>148</b><span>Feedback</span></div><div><b>387</b><span>Trades</span></div>"
          "<div><b>03.06.2021</b><span>Member since</span></div>"
          "<div><b>17.11.2026</b><span>Last seen</span></div>")
    kind, found = _vendors(_tiles_page("leafy", en), "http://pasar.example/vendor/leafy")
    assert kind == "vendor"
    assert (found[0].feedback_count, found[0].member_since) == (148, "2021-06-03")
    # Malay, the tiles as list items with the value on a line of its own.
    ms = ("<ul><li><strong>2022-03-12</strong><br><em>Ahli sejak</em></li>"
          "<li><strong>9</strong><br><em>Ulasan</em></li><li><strong>14</strong><br><em>Jualan</em></li></ul>")
    kind, found = _vendors(_tiles_page("kedai_bukit", ms), "http://pasar.example/vendor/kedai_bukit")
    assert (found[0].member_since, found[0].feedback_count) == ("2022-03-12", 9)


def test_a_count_that_ends_one_block_before_a_heading_is_no_tile() -> None:
    from parsers.dom import load
    from parsers.labels import LABELS
    from parsers.stat_tiles import captioned, tile_value

    doc = load(b"<div><table><tr><td>387</td></tr></table><h2>Feedback</h2><p>Good seller.</p></div>")
    assert tile_value(doc, LABELS["feedback_count"]) is None
    # Words between the parts make a sentence, not a tile.
    doc = load(b"<p><b>12</b> buyers left <i>feedback</i></p>")
    assert captioned(doc) == []


def test_an_items_page_that_shows_its_sellers_key_stays_an_items_page(seller_key: tuple[str, str]) -> None:
    key, _ = seller_key
    html = f"""<html><head><title>Teh hijau Cameron, 250 g — Pasar Malam</title></head><body>
<div class="nama">Teh hijau Cameron, 250 g</div><div>Harga: RM 24.90</div>
<form action="/troli/tambah" method="post"><input name="kuantiti" value="1"><button>Beli</button></form>
<div class="kunci"><pre>{key}</pre></div></body></html>"""
    kind, found = _listings(html, "http://pasar-malam.example/k/91/teh")
    assert kind == "listing" and (found[0].title, found[0].price) == ("Teh hijau Cameron, 250 g", 24.9)


# --- an item's page known by its shape without a heading element or a known buy word ------------


def _plain_item(name: str, price: str, site: str) -> str:
    return (f"<html><head><title>{name} | {site}</title></head><body>"
            f"<div class='top'><a href='/'>{site}</a></div><div class='jina'>{name}</div>"
            f"<div>{price}</div><p>Maelezo mafupi ya bidhaa, imetengenezwa kwa mkono.</p></body></html>")


def test_a_block_the_title_repeats_over_a_lone_price_is_an_item_without_a_heading_in_two_languages() -> None:
    kind, found = _listings(_plain_item("Kikapu cha ukili, kikubwa", "TSh 18,500", "Soko Huru"),
                            "http://soko-huru.example/k/kikapu")
    assert kind == "listing" and (found[0].title, found[0].price, found[0].currency) == (
        "Kikapu cha ukili, kikubwa", 18500.0, "TZS")
    kind, found = _listings(_plain_item("Banig na tikog, 120 x 180", "Presyo: ₱1,250.00", "Tindahan"),
                            "http://tindahan.example/x/9")
    assert kind == "listing" and (found[0].title, found[0].price) == ("Banig na tikog, 120 x 180", 1250.0)


def test_a_price_in_prose_under_a_block_the_title_repeats_makes_no_item() -> None:
    page = _plain_item("Habari za soko", "Bei ya mchele imepanda hadi TSh 3,200 kwa kilo wiki hii sokoni.",
                       "Gazeti")
    kind, found = _listings(page, "http://gazeti.example/habari/12")
    assert kind != "listing" and found == []


def test_a_post_form_with_one_small_number_is_a_buy_widget_whatever_its_words() -> None:
    from parsers.dom import load
    from parsers.market_buy import buy_form

    for form in ("<form action='/oda/ongeza' method='post'><input name='idadi' value='1'>"
                 "<button>Endelea</button></form>",
                 "<form method='POST' action='/x/9'><input type='number' name='n' value='1'>"
                 "<input type='submit' value='Sige'></form>"):
        assert buy_form(load(f"<html><body>{form}</body></html>".encode())) is not None, form


def test_a_comment_a_login_or_a_search_form_is_no_buy_widget() -> None:
    from parsers.dom import load
    from parsers.market_buy import buy_form

    for form in ("<form method='post'><input name='n' value='1'><textarea name='t'></textarea></form>",
                 "<form method='post'><input name='u' value='1'><input type='password' name='p'></form>",
                 "<form method='get'><input name='page' value='2'></form>",
                 "<form method='post'><input name='a' value='1'><input name='b' value='2'></form>"):
        assert buy_form(load(f"<html><body>{form}</body></html>".encode())) is None, form


def test_a_longer_label_naming_a_price_before_tax_is_no_sale() -> None:
    from parsers.market_prices import labelled_price

    assert labelled_price(["Tea", "Price", "$54.00", "Price excl. VAT", "$45.00"]) == (54.0, "USD")
    assert labelled_price(["Čaj", "Cena", "540 Kč", "Cena bez DPH", "446 Kč"]) == (540.0, "CZK")


def test_a_line_the_title_repeats_over_a_date_and_a_price_in_a_post_is_no_item() -> None:
    page = ("<html><head><title>Nauza baiskeli yangu | Jukwaa</title></head><body>"
            "<div class='kichwa'>Nauza baiskeli yangu</div><div>17.11.2026 18:40</div><div>TSh 350,000</div>"
            "<p>Ni nzuri, imetumika mwaka mmoja tu.</p></body></html>")
    kind, found = _listings(page, "http://jukwaa.example/mada/12")
    assert kind != "listing" and found == []


# --- a seller's statistics read by their values' form, whatever the labels' language ----------

_STATS_SW = """<html><head><title>duka_la_chai</title></head><body><h2>duka_la_chai</h2>
<dl class="takwimu"><dt>Alijiunga:</dt><dd>02.06.2021</dd><dt>Mauzo:</dt><dd>57</dd>
<dt>Maoni chanya:</dt><dd>96,4%</dd><dt>Mara ya mwisho:</dt><dd>19.11.2026</dd></dl></body></html>"""

_STATS_IS = """<html><head><title>tehusid</title></head><body><h2>tehusid</h2><ul>
<li>Síðast séð: 2026-11-20</li><li>Sölur: 18</li><li>Jákvæð umsögn: 100%</li>
<li>Skráð/ur: 2020-11-05</li></ul></body></html>"""


def test_a_sellers_statistics_under_unknown_labels_give_the_earliest_date_and_the_share() -> None:
    kind, found = _vendors(_STATS_SW, "http://soko.example/vendor/duka_la_chai")
    assert kind == "vendor"
    assert (found[0].member_since, found[0].rating) == ("2021-06-02", 96.4)
    kind, found = _vendors(_STATS_IS, "http://markadur.example/vendor/tehusid")
    assert kind == "vendor"
    assert (found[0].member_since, found[0].rating) == ("2020-11-05", 100.0)


def test_two_shares_or_a_run_of_two_rows_give_no_statistic_by_form() -> None:
    from parsers.stat_rows import stat_joined, stat_share

    # Positive and negative shares side by side: neither is the rating by its form alone.
    two = ["Chanya:", "96%", "Hasi:", "4%", "Mauzo:", "57"]
    assert stat_share(two) is None
    # Two rows make no block of statistics (a price and a date on an item's page).
    short = ["Bei:", "12,00 €", "Tarehe:", "02.06.2021", "Maelezo ya bidhaa hapa, marefu kiasi."]
    assert (stat_share(short), stat_joined(short)) == (None, None)
    # A relative day ("bu gün") is no full date.
    assert stat_joined(["Qeydiyyat:", "bu gün", "Satış:", "4", "Reytinq:", "5"]) is None


# --- a discounted price block: the price before, the discount and the price after ---------------

def test_a_price_block_with_a_negative_discount_keeps_the_price_after_it_in_two_layouts() -> None:
    from lxml import html as lxml_html

    from parsers.discounts import drop_discounted

    tr = lxml_html.fromstring(
        "<table><tr><td>Listenpreis</td><td>40,00 €</td></tr><tr><td>Rabatt</td><td>− 8,00 €</td></tr>"
        "<tr><td>Ihr Preis</td><td>32,00 €</td></tr></table>")
    assert drop_discounted(tr) == 2
    assert " ".join(" ".join(tr.itertext()).split()) == "Ihr Preis 32,00 €"
    divs = lxml_html.fromstring(
        "<div class='fiyat'><p>Etiket fiyatı: <s></s><span>₺250,00</span></p>"
        "<p>İndirim: <span>-₺50,00</span></p><p>Satış fiyatı: <span>₺200,00</span></p></div>")
    assert drop_discounted(divs) == 2
    assert " ".join(divs.text_content().split()) == "Satış fiyatı: ₺200,00"


def test_an_item_page_with_a_discount_block_is_priced_after_the_discount() -> None:
    page = ("<html><head><title>Mate de coca, 100 g - Tienda</title></head><body>"
            "<h1>Mate de coca, 100 g</h1><div class='precio'><div>Precio base: <b>12,00 €</b></div>"
            "<div>Descuento: <b>-2,40 €</b></div><div>Precio final: <b>9,60 €</b></div></div>"
            "<form method='post' action='/carrito'><input name='cantidad' value='1'>"
            "<button>Comprar</button></form></body></html>")
    _, found = _listings(page, "http://tienda.example/producto/mate-de-coca")
    assert [(x.title, x.price) for x in found] == [("Mate de coca, 100 g", 9.6)]


def test_tiers_without_a_minus_or_a_discount_that_adds_up_to_nothing_stay() -> None:
    from lxml import html as lxml_html

    from parsers.discounts import drop_discounted

    tiers = lxml_html.fromstring(
        "<ul><li>10 g: 10,00 €</li><li>20 g: 20,00 €</li><li>30 g: 30,00 €</li></ul>")
    assert drop_discounted(tiers) == 0
    # A balance below zero beside prices it is no difference of.
    balance = lxml_html.fromstring(
        "<div><p>Saldo: -3,00 €</p><p>Preis: 12,00 €</p><p>Versand: 4,50 €</p></div>")
    assert drop_discounted(balance) == 0
    assert "12,00 €" in balance.text_content()


_STATS_KA = """<html><head><title>chai_tbilisi</title></head><body><h2>chai_tbilisi</h2>
<table class="sta"><tr><th>წევრია</th><td>11.09.2019</td></tr><tr><th>გაყიდვები</th><td>240</td></tr>
<tr><th>დადებითი</th><td>99,1 %</td></tr><tr><th>ბოლოს</th><td>20.11.2026</td></tr></table></body></html>"""

_STATS_FI = """<html><head><title>teepuoti</title></head><body><h2>teepuoti</h2>
<dl><dt>Liittynyt</dt><dd>2018-02-27</dd><dt>Myynnit</dt><dd>1 204</dd><dt>Tyytyväisiä</dt><dd>97%</dd>
</dl></body></html>"""


def test_two_cell_statistics_rows_without_colons_give_the_date_and_the_share() -> None:
    kind, found = _vendors(_STATS_KA, "http://bazari.example/vendor/chai_tbilisi")
    assert kind == "vendor"
    assert (found[0].member_since, found[0].rating) == ("2019-09-11", 99.1)
    kind, found = _vendors(_STATS_FI, "http://tori.example/vendor/teepuoti")
    assert (found[0].member_since, found[0].rating) == ("2018-02-27", 97.0)


def test_a_table_of_dated_reviews_is_no_statistics_run() -> None:
    from parsers.dom import load
    from parsers.stat_rows import cell_rows

    reviews = load("""<html><body><table><tr><td>18.11.2026</td><td>Hyvä tee</td></tr>
<tr><td>15.11.2026</td><td>Nopea toimitus</td></tr><tr><td>09.11.2026</td><td>Kiitos</td></tr>
</table></body></html>""".encode())
    assert cell_rows(reviews) == []


# --- a percent-off badge between the price before and the price after -------------------------

def test_a_percent_off_badge_leads_to_the_lower_price_in_two_languages() -> None:
    es = ("<html><head><title>Mate de coca, 100 g - Tienda</title></head><body><h1>Mate de coca, 100 g</h1>"
          "<div class='precio'><span>12,00 €</span> <span>-20%</span> <span>9,60 €</span></div>"
          "<form method='post' action='/carrito'><input name='cantidad' value='1'>"
          "<button>Comprar</button></form></body></html>")
    fi = ("<html><head><title>Vihreä tee - Kauppa</title></head><body><h1>Vihreä tee</h1>"
          "<div><div>24,90 €</div><div>Ale -30 %</div><div>17,43 €</div></div>"
          "<form method='post' action='/kori'><input name='maara' value='1'><button>Osta</button></form>"
          "</body></html>")
    _, found = _listings(es, "http://tienda.example/producto/mate")
    assert [(x.title, x.price) for x in found] == [("Mate de coca, 100 g", 9.6)]
    _, found = _listings(fi, "http://kauppa.example/tuote/tee")
    assert [(x.title, x.price) for x in found] == [("Vihreä tee", 17.43)]


def test_a_tax_rate_or_a_share_no_pair_of_prices_bears_out_leaves_the_prices() -> None:
    from lxml import html as lxml_html

    from parsers.discounts import drop_percent_off

    vat = lxml_html.fromstring("<div><p>Hinta: 24,90 €</p><p>ALV 24 %</p><p>Toimitus: 4,90 €</p></div>")
    assert drop_percent_off(vat) == 0
    unrelated = lxml_html.fromstring("<div><p>Precio: 12,00 €</p><p>-20%</p><p>Envío: 4,50 €</p></div>")
    assert drop_percent_off(unrelated) == 0
    assert "12,00 €" in unrelated.text_content()


def test_statistics_dates_with_month_words_count_and_a_month_alone_does_not() -> None:
    from parsers.stat_rows import stat_joined

    lv = ["Pievienojies:", "14. marts 2022", "Pārdošanas:", "412", "Pēdējo reizi:", "vakar"]
    assert stat_joined(lv, "2026-11-20T00:00:00") == "2022-03-14"
    ru = ["С нами:", "3 июня 2021", "Продажи:", "57", "Был:", "20 ноября 2026"]
    assert stat_joined(ru, "2026-11-20T00:00:00") == "2021-06-03"
    # A month alone, a year alone and a relative day are no day a seller joined.
    assert stat_joined(["Od:", "březen 2022", "Prodeje:", "2022", "Naposledy:", "dnes"]) is None


def test_cards_of_a_grid_are_priced_after_their_discount_or_percent_off() -> None:
    cards = [("Chai masala", "<span>8,00 €</span>"),
             ("Rooibos", "<span>10,00 €</span> <span>-25%</span> <span>7,50 €</span>"),
             ("Sencha", "<span>6,40 €</span>"),
             ("Oolong", "<div>Cena: 9,00 €</div><div>Zniżka: -1,80 €</div><div>Cena po zniżce: 7,20 €</div>")]
    body = "".join(f"<div class='k'><h3><a href='/p/{i}'>{t}</a></h3><p>Opis herbaty numer {i}.</p>"
                   f"<div class='c'>{p}</div><a href='/p/{i}'>Więcej</a></div>"
                   for i, (t, p) in enumerate(cards))
    page = (f"<html><head><title>Herbaty - Sklep</title></head><body><h1>Herbaty</h1>"
            f"<div class='grid'>{body}</div></body></html>")
    kind, found = _listings(page, "http://sklep.example/kategoria/herbaty")
    assert kind == "listing_index"
    assert [(x.title, x.price) for x in found] == [
        ("Chai masala", 8.0), ("Rooibos", 7.5), ("Sencha", 6.4), ("Oolong", 7.2)]


def test_a_statistics_share_with_its_count_in_brackets_is_the_rating() -> None:
    from parsers.stat_rows import stat_share

    assert stat_share(["Qo'shilgan:", "02.06.2021", "Sotuvlar:", "57", "Ijobiy:", "97,8% (93)"]) == 97.8
    assert stat_share(["Liitytty:", "2021-06-02", "Myynti:", "57", "Positiivinen:", "100 % [12]"]) == 100.0
    # A share of words ("98% of orders on time") is no bare share.
    assert stat_share(["Liitytty:", "2021-06-02", "Myynti:", "57", "Ajoissa:", "98% ajoissa"]) is None
