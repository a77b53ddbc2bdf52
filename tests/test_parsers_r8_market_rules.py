"""parsers.parse_page on market pages: the general rules round 8's blind misses asked for
(tests/test_parsers_general_r8.py), each specified on small pages written here (none is a copy of
a round-8 page):

- an item's page that shows its seller's card (member since, feedback) is a listing, not the
  seller's profile, and a buy control's word ("Купить", "Kaufen", "Add to cart") is never a name;
- the seller of an item is the store whose address the item's lies under, not a reviewer;
"""

from __future__ import annotations

import pytest

import parsers
from parsers.dom import load
from parsers.market_fields import vendor_name
from parsers.vendor_page import page_owner


def _parse(html: str, url: str):
    return parsers.parse_page(html.encode("utf-8"), url=url, use_profiles=False)


# --- an item's page beside its seller's card -------------------------------------------------------


def _item_page(buy_heading: str, seller_label: str = "") -> str:
    # An item, its packages under a "Preis" column with a buy heading over them, reviews by two
    # buyers, then the seller's card with the seller's stats.
    return (
        "<html><head><title>Bergkräutertee, lose — kraeuterhof — Teemarkt</title></head><body>"
        "<nav><a href='/'>Teemarkt</a> <a href='/user/gast_42'>Mein Konto</a></nav>"
        "<h2>Bergkräutertee, lose</h2><p>Zwölf Kräuter aus den Alpen, von Hand gepflückt.</p>"
        f"<h3>{buy_heading}</h3>"
        "<table><tr><th>Menge</th><th>Preis</th></tr>"
        "<tr><td>100 g</td><td><a class='button' href='/store/kraeuterhof/item/b7/package/1'>6.50 EUR</a>"
        "</td></tr>"
        "<tr><td>250 g</td><td><a class='button' href='/store/kraeuterhof/item/b7/package/2'>14.00 EUR</a>"
        "</td></tr>"
        "</table>"
        "<h3>Bewertungen</h3>"
        "<div class='comment'><a href='/user/almhuette'>@almhuette</a> <span>18.11.2026</span>"
        "<p>Schnell geliefert, duftet herrlich.</p></div>"
        "<div class='comment'><a href='/user/bergziege'>@bergziege</a> <span>09.11.2026</span>"
        "<p>Wie beschrieben.</p></div>"
        "<div class='card'><a class='header' href='/store/kraeuterhof'>@kraeuterhof</a>"
        f"{seller_label}<div>Mitglied seit 12.03.2024</div><div>Bewertungen: 88</div></div>"
        "</body></html>"
    )


@pytest.mark.parametrize("word", ["Kaufen", "Купить", "Buy", "Comprar", "Acheter", "Add to cart"])
def test_an_item_page_whose_buy_heading_stands_over_its_packages_is_a_listing_with_its_seller(word):
    result = _parse(_item_page(word), "http://teemarkt.example/store/kraeuterhof/item/b7")
    assert result.page.page_type == "listing"
    (listing,) = result.records
    assert listing.title == "Bergkräutertee, lose"
    assert (listing.price, listing.currency) == (6.5, "EUR")  # the first package's price
    assert listing.vendor == "kraeuterhof"


def test_an_item_page_is_a_listing_even_when_the_sellers_card_labels_the_seller_and_his_stats():
    # "Verkäufer: kraeuterhof" and "Mitglied seit" make the card read as a profile on its own:
    # a titled item with a labelled price and a buy control is still the page's subject.
    page = _item_page("Kaufen", "<div>Verkäufer: kraeuterhof</div>")
    result = _parse(page, "http://teemarkt.example/store/kraeuterhof/item/b7")
    assert result.page.page_type == "listing"
    assert [type(r).__name__ for r in result.records] == ["Listing"]
    assert result.records[0].vendor == "kraeuterhof"


def test_the_sellers_own_profile_with_the_same_card_stays_a_profile():
    # No item, no price, no buy control: the card and its stats are the page.
    page = (
        "<html><head><title>kraeuterhof — Teemarkt</title></head><body>"
        "<div class='card'><a class='header' href='/store/kraeuterhof'>@kraeuterhof</a>"
        "<div>Verkäufer: kraeuterhof</div><div>Mitglied seit 12.03.2024</div>"
        "<div>Bewertungen: 88</div></div></body></html>"
    )
    result = _parse(page, "http://teemarkt.example/store/kraeuterhof")
    assert result.page.page_type == "vendor"
    assert result.records[0].name == "kraeuterhof"


@pytest.mark.parametrize(
    "control",
    ["Купить", "Buy", "Buy now", "Kaufen", "In den Warenkorb", "Comprar", "Acheter", "Add to cart",
     "Ajouter au panier", "Acquista", "Zamów", "Koupit", "Send message", "Написать", "Contact"],
)
def test_a_control_word_is_never_a_vendors_name(control):
    assert vendor_name(control) is None
    assert vendor_name(f"@{control}") is None


def test_a_handle_is_still_a_name():
    assert vendor_name("@kraeuterhof") == "kraeuterhof"
    assert vendor_name("buyer_joe (12)") == "buyer_joe"


# --- the item's seller ------------------------------------------------------------------------------


def test_the_seller_is_the_store_whose_address_the_items_lies_under_not_a_reviewer():
    doc = load(_item_page("Kaufen").encode(), url="http://teemarkt.example/store/kraeuterhof/item/b7")
    assert page_owner(doc) == "kraeuterhof"
    # Not under it: the item of another store names no owner here.
    doc = load(_item_page("Kaufen").encode(), url="http://teemarkt.example/store/almhof/item/b7")
    assert page_owner(doc) is None


def test_a_link_to_the_page_is_its_owner_only_when_its_text_is_the_handle_its_address_names():
    page = (
        b"<a href='/store'>Store</a> <a href='/store/kraeuterhof'>About the shop</a> "
        b"<a href='/user.php?u=bob'>bob</a> <a href='/user.php?u=leafy'>leafy</a>"
    )
    assert page_owner(load(page, url="http://m.example/store/kraeuterhof?section=contacts")) is None
    assert page_owner(load(page, url="http://m.example/user.php?u=leafy&tab=feedback")) == "leafy"
