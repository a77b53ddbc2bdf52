"""parsers.card_regions and parsers.cldr_places, as parsers.markets uses them: an item's page
read by structure and by the Unicode CLDR's country names, in any language.

* a page whose header, main column and footer (blocks the template names apart by their ids)
  each show a price (a balance, the item's price, an exchange rate) is an item's page, not a
  list of three cards;
* an item's table of rows under labels no vocabulary knows ships from the first value that is
  one country (as the CLDR spells it in the page's language) and to the countries of the next.

The pages are small synthetic ones written here, none a copy of a generality round's page.
"""

from __future__ import annotations

from parsers import parse_page
from parsers.cldr_places import labelled_countries
from parsers.records import Listing


def _listings(html: str, url: str) -> tuple[str, list[Listing]]:
    result = parse_page(html.encode("utf-8"), url=url)
    return result.page.page_type, [r for r in result.records if isinstance(r, Listing)]


# Polish: the regions are <section>s with ids, the item's facts a definition list.
_REGIONS_PL = """<!DOCTYPE html><html lang="pl"><head><title>Rynek Wisła | Miód gryczany, 1 kg</title></head>
<body>
<section id="naglowek"><a href="/">Rynek Wisła</a> <a href="/konto">konto</a>
 saldo: <i>0.1250 XMR</i></section>
<section id="tresc">
  <nav class="okruszki"><a href="/">start</a> / <a href="/kat/spozywcze">Spożywcze</a></nav>
  <h1>Miód gryczany, 1 kg</h1>
  <dl class="fakty">
    <dt>cena</dt><dd>0.0210 XMR</dd>
    <dt>sprzedawca</dt><dd><a href="/u/pasieka_ola">pasieka_ola</a></dd>
    <dt>skąd</dt><dd>Polska</dd>
    <dt>dokąd</dt><dd>Polska, Czechy, Słowacja</dd>
  </dl>
  <form action="/koszyk" method="post"><input name="ile" value="1"><button>do koszyka</button></form>
</section>
<section id="stopka"><a href="/faq">faq</a> | 1 XMR = 612.40 PLN</section>
</body></html>"""

# Swahili: the regions are <div>s with ids, the item's facts lines of "label: value".
_REGIONS_SW = """<html lang="sw"><head><title>Soko Huru - Kahawa ya Kilimanjaro</title></head>
<body>
<div id="kichwa"><a href="/">Soko Huru</a> | salio: ฿0.0000 | <a href="/toka">toka</a></div>
<div id="kati">
  <h2>Kahawa ya Kilimanjaro</h2>
  <p>bei: ฿0.0150</p>
  <p>muuzaji: <a href="/user/Moshi_Estate">Moshi_Estate</a></p>
  <p>inatoka: Tanzania</p>
  <p>inakwenda: Kenya, Uganda, Rwanda</p>
  <form action="/cart/add" method="post"><input name="qty" value="1">
  <input type="submit" value="nunua"></form>
</div>
<div id="mguu"><a href="/wiki">wiki</a> | ฿1 = $927.40</div>
</body></html>"""


def test_a_polish_item_page_whose_header_and_footer_show_prices_is_one_item_with_its_countries() -> None:
    kind, found = _listings(_REGIONS_PL, "http://wisla.example/oferta/77")
    assert kind == "listing"
    (item,) = found
    assert (item.title, item.price, item.currency) == ("Miód gryczany, 1 kg", 0.021, "XMR")
    assert item.vendor == "pasieka_ola"
    assert (item.ships_from, item.ships_to) == ("Polska", ["Polska", "Czechy", "Słowacja"])


def test_a_swahili_item_page_laid_out_in_regions_by_id_is_one_item_with_its_countries() -> None:
    kind, found = _listings(_REGIONS_SW, "http://sokohuru.example/item/kahawa")
    assert kind == "listing"
    (item,) = found
    assert (item.title, item.price, item.currency, item.vendor) == (
        "Kahawa ya Kilimanjaro",
        0.015,
        "BTC",
        "Moshi_Estate",
    )
    assert (item.ships_from, item.ships_to) == ("Tanzania", ["Kenya", "Uganda", "Rwanda"])


def test_cards_whose_ids_share_their_word_are_still_a_grid() -> None:
    cards = "".join(
        f'<div id="item-{n}" class="k"><a href="/p/{n}">Chai {n}</a> {n},50 €</div>' for n in range(1, 4)
    )
    kind, found = _listings(f"<html><body>{cards}</body></html>", "http://chai.example/")
    assert kind == "listing_index"
    assert [r.title for r in found] == ["Chai 1", "Chai 2", "Chai 3"]


def test_cards_named_by_their_items_slugs_and_sharing_a_class_are_still_a_grid() -> None:
    teas = ("sencha", "oolong", "pu-erh")
    cards = "".join(
        f'<div id="{t}" class="herbata"><a href="/h/{t}">Herbata {t}</a> {n},50 zł</div>'
        for n, t in enumerate(teas, 1)
    )
    kind, found = _listings(f'<html lang="pl"><body>{cards}</body></html>', "http://herbaty.example/")
    assert kind == "listing_index"
    assert [r.title for r in found] == ["Herbata sencha", "Herbata oolong", "Herbata pu-erh"]


def test_one_labelled_country_alone_or_countries_with_no_label_say_no_route() -> None:
    assert labelled_countries(["asili:", "Tanzania", "bei:", "12 TZS"], "sw") is None
    assert labelled_countries(["Tanzania", "Kenya, Uganda"], "sw") is None
    route = labelled_countries(["from: Tanzania", "to: Kenya, Uganda"], "sw")
    assert route == ("Tanzania", ["Kenya", "Uganda"])
