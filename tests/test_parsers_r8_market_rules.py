"""parsers.parse_page on market pages: the general rules round 8's blind misses asked for
(tests/test_parsers_general_r8.py), each specified on small pages written here (none is a copy of
a round-8 page):

- an item's page that shows its seller's card (member since, feedback) is a listing, not the
  seller's profile, and a buy control's word ("Купить", "Kaufen", "Add to cart") is never a name;
- the seller of an item is the store whose address the item's lies under, or the handle the
  <title> names and a link shows, never a reviewer (a name linked only in reviews or comments);
- a store's section heading ("Контактная информация", "About the shop") is never its owner's
  name: the owner is the handle its card links to the page's own address with (or, with no
  address, the handle the <title> names and the card shows); a menu entry or
  tab that counts the feedback ("Отзывы 216", "Reviews (12)") gives the feedback count;
- a product page's own price block (its schema.org price, its OpenGraph price, else the price
  between its title and a grid of related items) wins over the related items' labelled prices.
"""

from __future__ import annotations

import pytest

import parsers
from parsers.dom import load
from parsers.market_names import GENERIC_HEADING_RE, vendor_name
from parsers.market_prices import item_price
from parsers.vendor_page import page_owner, vendor_detail


def _parse(html: str, url: str):
    return parsers.parse_page(html.encode("utf-8"), url=url, use_profiles=False)


# --- an item's page beside its seller's card -------------------------------------------------------


def _item_page(buy_heading: str, seller_label: str = "") -> str:
    # An item, its packages under a "Preis" column with a buy heading over them, reviews by two
    # buyers, then the seller's card with the seller's stats.
    return (
        "<html><head><title>Bergkräutertee, lose — @kraeuterhof — Teemarkt</title></head><body>"
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


@pytest.mark.parametrize("heading", ["Vendor profile: leafy", "leafy's store", "Profil von leafy", "leafy"])
def test_a_profile_that_lists_its_items_with_prices_and_buy_links_stays_a_profile(heading):
    page = (
        f"<html><head><title>{heading} - Teamarket</title></head><body><h1>{heading}</h1>"
        "<p>Member since: 12.03.2024</p><p>Feedback: 88</p>"
        "<table><tr><th>Item</th><th>Price</th><th></th></tr>"
        "<tr><td><a href='/listing/1'>Green tea</a></td><td>6.50 EUR</td><td><a href='/listing/1/buy'>Buy</a>"
        "</td></tr><tr><td><a href='/listing/2'>Black tea</a></td><td>7.50 EUR</td>"
        "<td><a href='/listing/2/buy'>Buy</a></td></tr></table></body></html>"
    )
    result = _parse(page, "http://teamarket.example/vendor/leafy")
    assert result.page.page_type == "vendor"
    assert result.records[0].name == "leafy"


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


def test_without_an_address_the_seller_is_the_handle_the_title_names_and_a_link_shows():
    result = _parse(_item_page("Kaufen"), None)
    assert result.page.page_type == "listing"
    assert result.records[0].vendor == "kraeuterhof"  # not the first reviewer, "almhuette"


def test_a_reviewer_linked_nearer_the_title_is_never_the_seller():
    # The item's address is not under its store's, and the <title> names no seller: the names
    # linked in the reviews (div.comment) are the buyers', the card's is the seller's.
    page = _item_page("Kaufen").replace(" — @kraeuterhof", "")
    result = _parse(page, "http://teemarkt.example/item/b7")
    assert result.page.page_type == "listing"
    assert result.records[0].vendor == "kraeuterhof"


def test_a_link_to_the_page_is_its_owner_only_when_its_text_is_the_handle_its_address_names():
    page = (
        b"<a href='/store'>Store</a> <a href='/store/kraeuterhof'>About the shop</a> "
        b"<a href='/user.php?u=bob'>bob</a> <a href='/user.php?u=leafy'>leafy</a>"
    )
    assert page_owner(load(page, url="http://m.example/store/kraeuterhof?section=contacts")) is None
    assert page_owner(load(page, url="http://m.example/user.php?u=leafy&tab=feedback")) == "leafy"


# --- a store's page: its owner and its feedback count ------------------------------------------------

_KEY = (
    "<pre>-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGexample\n=abcd\n"
    "-----END PGP PUBLIC KEY BLOCK-----</pre>"
)


_CARD = "<a class='header' href='/store/almhof'>@almhof</a>"


def _store(heading: str, menu: str = "", card: str = _CARD) -> str:
    # A store on one of its sections: the menu of its tabs, the section's heading over a key,
    # then the owner's card with the date the store opened.
    return (
        "<html><head><title>Teemarkt</title></head><body>"
        "<div class='menu'><a href='/'>Teemarkt</a> <a href='/user/gast_42'>Mein Konto</a></div>"
        f"<div class='menu tabs'>{menu}</div>"
        f"<div class='section'><h3>{heading}</h3><label>PGP</label>{_KEY}</div>"
        f"<div class='card'>{card}<div>Registriert 12.03.2024</div></div>"
        "</body></html>"
    )


_URL = "http://teemarkt.example/store/almhof?section=contacts"


@pytest.mark.parametrize(
    "heading",
    ["Контактная информация", "Contact information", "About the shop", "Kontaktinformationen", "Über uns",
     "Información de contacto", "À propos", "Dane kontaktowe", "Kontaktní údaje", "Contactgegevens",
     "Отзывы", "Reviews", "Способы доставки", "Shipping options"],
)
def test_a_section_heading_is_never_the_stores_name_in_several_languages(heading):
    assert GENERIC_HEADING_RE.match(heading)
    vendor = vendor_detail(load(_store(heading).encode(), url=_URL))
    assert vendor is not None and vendor.name == "almhof"


def test_the_owner_is_the_handle_on_the_card_that_links_the_pages_own_address():
    result = _parse(_store("Kontakt"), _URL)
    assert result.page.page_type == "vendor"
    (vendor,) = result.records
    assert (vendor.name, vendor.member_since, vendor.has_pgp_key) == ("almhof", "2024-03-12", True)


def test_without_an_address_the_stores_owner_is_the_handle_its_title_names_and_its_card_links():
    page = _store("Контактная информация").replace(
        "<title>Teemarkt</title>", "<title>@almhof — Контактная информация — Teemarkt</title>"
    )
    result = _parse(page, None)
    assert result.page.page_type == "vendor"
    assert result.records[0].name == "almhof"


def test_a_title_naming_the_contact_section_names_no_one():
    # "Contact leafy" in a <title> names leafy; "Contact information" names a section.
    page = _store("Contact information", card="").replace(
        "<title>Teemarkt</title>", "<title>Contact information — Teemarkt</title>"
    )
    vendor = vendor_detail(load(page.encode(), url=_URL))
    assert vendor is None or vendor.name != "information"


@pytest.mark.parametrize(
    "since",
    ["Zarejestrowany 12.03.2024", "Registrován: 12.03.2024", "Geregistreerd: 12.03.2024",
     "Membro desde 12.03.2024", "Зареєстрований 12.03.2024", "Registrato: 12.03.2024"],
)
def test_a_stores_opening_date_is_read_in_several_languages(since):
    page = _store("Kontakt").replace("Registriert 12.03.2024", since)
    vendor = vendor_detail(load(page.encode(), url=_URL))
    assert vendor is not None and vendor.member_since == "2024-03-12"


def test_without_a_card_naming_it_a_section_heading_still_names_no_one():
    vendor = vendor_detail(load(_store("Контактная информация", card="").encode(), url=_URL))
    assert vendor is None or vendor.name != "Контактная"


@pytest.mark.parametrize(
    "entry",
    [
        "<a href='/store/almhof/reviews'>Отзывы<span class='label'>216</span></a>",
        "<a href='/store/almhof/reviews'><i class='icon'></i>Reviews <span class='badge'>216</span></a>",
        "<a href='#feedback'>Feedback (216)</a>",
        "<li>Bewertungen <b>216</b></li>",
        "<a href='#avis'>Avis (216)</a>",
        "<button role='tab'>Opiniones 216</button>",
        "<a href='#r'>Recensioni 216</a>",
        "<a href='#r'>Opinie (216)</a>",
        "<a href='#r'>Recenze 216</a>",
        "<a href='#r'>Відгуки<span>216</span></a>",
    ],
)
def test_a_menu_entry_that_counts_the_feedback_gives_the_feedback_count(entry):
    menu = (
        f"<a href='/store/almhof'>Über den Shop</a> {entry} "
        "<a href='/store/almhof/items'>Artikel<span>14</span></a>"
    )
    vendor = vendor_detail(load(_store("Kontakt", menu=menu).encode(), url=_URL))
    assert vendor is not None and vendor.feedback_count == 216


def test_the_visitors_own_feedback_entry_in_the_site_menu_is_not_the_vendors_count():
    # (A badge glued to the word, as menus print it: "Feedback 3" as one line of text is read
    # as a labelled value by the older label rule.)
    menu = "<a href='/account/feedback'>Отзывы<span class='label'>3</span></a>"
    vendor = vendor_detail(load(_store("Kontakt", menu=menu).encode(), url=_URL))
    assert vendor is not None and vendor.feedback_count is None


def test_a_menu_entry_that_counts_something_else_is_no_feedback_count():
    menu = (
        "<a href='/messages'>Сообщения<span>2</span></a> "
        "<a href='/store/almhof/items'>Товары<span>14</span></a>"
    )
    vendor = vendor_detail(load(_store("Kontakt", menu=menu).encode(), url=_URL))
    assert vendor is not None and vendor.feedback_count is None


# --- a product's own price block and the related items below it -----------------------------------


def _related(n: int, *, microdata: bool) -> str:
    # Cards of other items below the product, each with its labelled price.
    scope = " itemscope itemtype='http://schema.org/Product'" if microdata else ""
    prop = " itemprop='price' content='{p}'" if microdata else ""
    cards = "".join(
        f"<article class='miniature'{scope}><h3><a href='/prodotto/{i}'>Filtro di ricambio {i}</a></h3>"
        f"<p>Prezzo: <span class='price'{prop.format(p=f'{i}.45')}>{i},45 €</span></p>"
        "</article>"
        for i in range(3, 3 + n)
    )
    return f"<section class='accessori'><p>Potrebbe interessarti anche</p>{cards}</section>"


def _product(prices: str, related: str, head: str = "") -> str:
    return (
        f"<html><head><title>Caffettiera in acciaio, 4 tazze - Bottega</title>{head}</head><body>"
        "<nav class='breadcrumb'><ol><li><a href='/'>Home</a></li><li><a href='/3-cucina'>Cucina</a></li>"
        "<li>Caffettiera in acciaio, 4 tazze</li></ol></nav>"
        "<section id='main' itemscope itemtype='https://schema.org/Product'>"
        "<h1 itemprop='name'>Caffettiera in acciaio, 4 tazze</h1>"
        f"{prices}<p>Acciaio inox, adatta all'induzione.</p><button>Aggiungi al carrello</button>"
        f"{related}</section></body></html>"
    )


_URL_IT = "http://bottega.example/cucina/58-caffettiera-acciaio-4-tazze.html"


def test_the_products_schema_price_wins_over_the_labelled_prices_of_related_items_below_it():
    prices = (
        "<div class='product-prices'><span class='regular-price'>39,90 €</span>"
        "<p class='product-price has-discount' itemprop='offers' itemscope itemtype='https://schema.org/Offer'>"
        "<meta itemprop='priceCurrency' content='EUR'><span itemprop='price' content='31.92'>31,92 €</span>"
        "</p><p class='unit'>(7,98 € a tazza)</p></div>"
    )
    result = _parse(_product(prices, _related(2, microdata=True)), _URL_IT)
    assert result.page.page_type == "listing"
    (listing,) = result.records
    assert listing.title == "Caffettiera in acciaio, 4 tazze"
    assert (listing.price, listing.currency) == (31.92, "EUR")


def test_a_schema_price_given_only_as_content_takes_the_offers_currency():
    prices = (
        "<div itemprop='offers' itemscope itemtype='https://schema.org/Offer'>"
        "<meta itemprop='priceCurrency' content='EUR'><meta itemprop='price' content='31.92'></div>"
    )
    doc = load(_product(prices, _related(2, microdata=True)).encode(), url=_URL_IT)
    assert item_price(doc, doc.root.find(".//h1")) == (31.92, "EUR")


def test_a_related_items_schema_price_is_never_the_products():
    doc = load(_product("", _related(2, microdata=True)).encode(), url=_URL_IT)
    assert item_price(doc, doc.root.find(".//h1")) is None


def test_the_opengraph_product_price_is_the_products_price():
    head = (
        "<meta property='product:price:amount' content='31.92'>"
        "<meta property='product:price:currency' content='EUR'>"
    )
    doc = load(_product("", "", head).encode(), url=_URL_IT)
    assert item_price(doc) == (31.92, "EUR")


def test_without_markup_the_price_between_the_title_and_a_grid_of_related_items_wins_over_their_labels():
    prices = "<div class='prices'><span>31,92 €</span> <small>IVA inclusa</small></div>"
    result = _parse(_product(prices, _related(3, microdata=False)), _URL_IT)
    assert result.page.page_type == "listing"
    (listing,) = result.records
    assert (listing.price, listing.currency) == (31.92, "EUR")
