"""parsers.currency_marks (with parsers.prices and parsers.page): the rupee's and the krona's marks
("Rs", "रु", "₨", "රු.", "kr", "kr.") name the currency of the page's language, else of its host's
country domain, else of its text's script; a "kr" of no known country is left unread. Made-up pages
written here, in languages and markup of their own.
"""

from __future__ import annotations

import pytest

from parsers import parse_page
from parsers.currency_marks import page_locale, resolve
from parsers.prices import find_prices, parse_price
from parsers.records import Listing


def _listings(html: str, url: str) -> tuple[str, list[Listing]]:
    result = parse_page(html.encode("utf-8"), url=url)
    return result.page.page_type, [r for r in result.records if isinstance(r, Listing)]


@pytest.mark.parametrize(("lang", "mark", "code"), [
    ("sv", "kr", "SEK"), ("da", "kr.", "DKK"), ("nb", "kr", "NOK"), ("is", "kr.", "ISK"),
    ("ne", "रु", "NPR"), ("hi", "रु", "INR"), ("ur", "rs", "PKR"), ("si", "₨", "LKR"), ("en", "rs.", "INR"),
])
def test_a_mark_names_the_currency_of_the_pages_language(lang: str, mark: str, code: str) -> None:
    with page_locale(lang):
        assert resolve(mark) == code


def test_a_host_in_a_country_domain_names_the_currency_when_the_language_does_not() -> None:
    with page_locale("en", host="kaffe.example.no"):
        assert resolve("kr") == "NOK"
    with page_locale(None, host="shop.example.pk"):
        assert resolve("rs") == "PKR"


def test_sinhala_letters_make_a_page_without_lang_sri_lankan() -> None:
    with page_locale(None, text="මෙම පොත ගෙදර කෑම වට්ටෝරු හැටක් පියවරෙන් පියවර පැහැදිලි කරයි"):
        assert parse_price("₨ 750") == (750.0, "LKR")


def test_a_krona_of_no_known_country_is_no_price_and_a_rupee_is_indias() -> None:
    assert parse_price("199 kr") is None
    assert parse_price("Rs 250") == (250.0, "INR")
    assert find_prices("Krakow 5 krank") == []


def test_an_amount_glued_to_a_mark_ending_in_a_dot_is_read_from_its_first_digit() -> None:
    assert parse_price("Rs.1,500.00") == (1500.0, "INR")
    assert parse_price("дин.1.200") == (1200.0, "RSD")
    with page_locale("da"):
        assert parse_price("kr.249,95") == (249.95, "DKK")
    assert parse_price("total .5 BTC") == (0.5, "BTC")


_SWEDISH_GRID = """<html lang="sv-SE"><head><title>Ljus - Vaxverkstan</title></head><body>
<h1>Ljus</h1><ul class="produkter">
<li class="produkt"><a class="namn" href="/ljus/bivax">Bivaxljus, två styck</a>
  <em class="belopp">89 kr</em></li>
<li class="produkt"><a class="namn" href="/ljus/soja">Sojaljus i glasburk</a>
  <em class="belopp">149 kr</em></li>
<li class="produkt"><a class="namn" href="/ljus/blockljus">Blockljus, oparfymerat</a>
  <em class="belopp">115 kr</em></li>
</ul></body></html>"""

_NEPALI_ITEM = """<!DOCTYPE html><html lang="ne">
<head><title>हिमाली मह, ५०० ग्राम | मह पसल</title></head><body>
<nav><a href="/">गृहपृष्ठ</a> <a href="/mah">मह</a></nav>
<section class="vastu"><h2 class="naam">हिमाली मह, ५०० ग्राम</h2>
<div class="mulya"><bdi>रु 1,250</bdi></div>
<p>पहाडी फूलबाट सङ्कलित शुद्ध मह।</p><button>टोकरीमा राख्नुहोस्</button></section>
</body></html>"""

_DANISH_NO_LANG = """<html><head><title>Kaffe - Bønnebutikken</title></head><body>
<h1>Kaffe</h1><div class="varer">
<div class="vare">
<h4><a href="/kaffe/etiopien">Etiopien Yirgacheffe, 250 g</a></h4><span>kr. 79,00</span></div>
<div class="vare">
<h4><a href="/kaffe/colombia">Colombia Huila, 250 g</a></h4><span>kr. 69,00</span></div>
<div class="vare">
<h4><a href="/kaffe/kenya">Kenya AA, 250 g</a></h4><span>kr. 89,50</span></div>
</div></body></html>"""


def test_a_swedish_grid_priced_in_kr_is_read_in_kronor() -> None:
    kind, found = _listings(_SWEDISH_GRID, "http://vaxverkstan.example/ljus")
    assert kind == "listing_index"
    assert [(r.title, r.price, r.currency) for r in found] == [
        ("Bivaxljus, två styck", 89.0, "SEK"),
        ("Sojaljus i glasburk", 149.0, "SEK"),
        ("Blockljus, oparfymerat", 115.0, "SEK"),
    ]


def test_a_nepali_item_page_priced_in_devanagari_rupees_is_read_in_nepalese_rupees() -> None:
    kind, found = _listings(_NEPALI_ITEM, "http://mah-pasal.example/mah/himali")
    assert kind == "listing"
    assert [(r.title, r.price, r.currency) for r in found] == [("हिमाली मह, ५०० ग्राम", 1250.0, "NPR")]


def test_a_danish_shop_without_lang_is_read_in_kroner_by_its_dk_domain_and_not_elsewhere() -> None:
    kind, found = _listings(_DANISH_NO_LANG, "http://bonnebutikken.example.dk/kaffe")
    assert kind == "listing_index"
    assert [(r.price, r.currency) for r in found] == [(79.0, "DKK"), (69.0, "DKK"), (89.5, "DKK")]
    _, elsewhere = _listings(_DANISH_NO_LANG, "http://bonnebutikken.example/kaffe")
    assert all(r.currency is None and r.price is None for r in elsewhere)


def test_the_kronas_words_and_a_whole_amounts_dash_are_read() -> None:
    assert parse_price("149 kronor") == (149.0, "SEK")
    assert parse_price("149 kroner") is None  # Danish and Norwegian alike: the page must say
    with page_locale("nb"):
        assert parse_price("149 kroner") == (149.0, "NOK")
        assert parse_price("149,- kr") == (149.0, "NOK")
    with page_locale("is"):
        assert parse_price("2.490 krónur") == (2490.0, "ISK")
    assert parse_price("99,- Kč") == (99.0, "CZK")


def test_an_urdu_page_reads_rupees_as_pakistani() -> None:
    with page_locale("ur"):
        assert parse_price("1,200 روپے") == (1200.0, "PKR")
        assert parse_price("₨ 1,200") == (1200.0, "PKR")


_PESO_GRID = """<html lang="{tag}"><head><title>Yerba mate - Almacén del Sur</title></head><body>
<h1>Yerba mate</h1><div class="gondola">
<div class="producto"><a href="/p/tradicional-1kg">Yerba tradicional, 1 kg</a>
  <span class="precio">$ 4.250</span></div>
<div class="producto"><a href="/p/suave-500g">Yerba suave, 500 g</a>
  <span class="precio">$ 2.180</span></div>
<div class="producto"><a href="/p/barbacua-1kg">Yerba barbacuá, 1 kg</a>
  <span class="precio">$ 5.990</span></div>
</div></body></html>"""


@pytest.mark.parametrize(("tag", "host", "code"), [
    ("es-AR", "almacen.example", "ARS"),  # the language tag's region
    ("es", "almacen.example.mx", "MXN"),  # the host's country domain
    ("es", "almacen.example", "USD"),  # a language alone names no country
    ("es", "almacen.co", "USD"),  # a generic domain names none either
    ("es-CO", "almacen.co", "COP"),
])
def test_a_dollar_sign_is_the_peso_of_the_country_the_page_names(tag: str, host: str, code: str) -> None:
    kind, found = _listings(_PESO_GRID.format(tag=tag), f"http://{host}/yerba")
    assert kind == "listing_index"
    assert [(r.price, r.currency) for r in found] == [(4250.0, code), (2180.0, code), (5990.0, code)]


def test_a_pages_region_names_its_rupee_over_its_language() -> None:
    with page_locale("en", tag="en-PK"):
        assert parse_price("Rs. 2,499") == (2499.0, "PKR")
    with page_locale("en"):
        assert parse_price("Rs. 2,499") == (2499.0, "INR")
        assert parse_price("US$ 12") == (12.0, "USD")


def test_a_swedish_whole_kronor_price_is_read_on_a_swedish_page_only() -> None:
    with page_locale("sv"):
        assert parse_price("Pris 1 295:-") == (1295.0, "SEK")
        assert parse_price("kl 10:30") is None
    assert parse_price("149:-") is None
