"""parsers.parse_page on market rules mended after round 12 (tests/test_parsers_general_r12.py):
small pages written for each rule, read as specifications.

- A page whose main content is an item's label/value table (a labelled price and a seller label)
  is a listing even when the item's reviews follow under "Reviews for item (N)"; a feedback page
  needs its heading to be the page's subject, not the item's review box.
- A page about one seller (name heading, join date, PGP key) that also lists a few reviews is the
  seller's profile (a vendor page), even at a ".../reviews" address.
"""

from __future__ import annotations

from typing import Any

from parsers import parse_page
from parsers.records import Listing, Vendor

NOW = "2026-11-20T12:00:00Z"


def _parse(html: str, url: str) -> Any:
    return parse_page(html.encode(), url=url, captured_at=NOW, use_profiles=False)


_ITEM_TABLE_DE = """<html><head><title>Grüner Tee Sencha, 100 g - Teemarkt</title></head><body>
<nav><a href="/">Start</a> <a href="/katalog">Katalog</a> <a href="/konto">Konto</a></nav>
<h1>Grüner Tee Sencha, 100 g</h1>
<table class="details">
  <tr><td>Verkäufer:</td><td><a href="/user/teehaus_nord">teehaus_nord</a> (88)</td></tr>
  <tr><td>Kategorie:</td><td>Tee</td></tr>
  <tr><td>Preis:</td><td><b>12,40 €</b></td></tr>
</table>
<form method="post" action="/order/55"><button type="submit">Kaufen</button></form>
<h3>Bewertungen für Artikel (9)</h3>
<table class="reviews">
  <tr><th>Note</th><th>Bewertung</th><th>Käufer</th><th>Datum</th></tr>
  <tr><td>5/5</td><td>Sehr frisch.</td><td>a***n</td><td>18.11.2026</td></tr>
  <tr><td>4/5</td><td>Gut verpackt.</td><td>k***s</td><td>12.11.2026</td></tr>
</table>
</body></html>"""


def test_an_item_label_table_with_a_review_box_below_is_a_listing_not_feedback() -> None:
    result = _parse(_ITEM_TABLE_DE, "http://teemarkt.example/item/55")
    assert result.page.page_type == "listing"
    listings = [r for r in result.records if isinstance(r, Listing)]
    assert len(listings) == 1
    item = listings[0]
    assert (item.title, item.price, item.currency) == ("Grüner Tee Sencha, 100 g", 12.4, "EUR")
    assert (item.vendor, item.category) == ("teehaus_nord", "Tee")


_FEEDBACK_ONLY = """<html><head><title>Feedback - Teemarkt</title></head><body>
<h1>Feedback for teehaus_nord (88)</h1>
<table>
  <tr><th>Rating</th><th>Feedback</th><th>Buyer</th><th>Date</th></tr>
  <tr><td>5/5</td><td>Very fresh.</td><td>a***n</td><td>18.11.2026</td></tr>
  <tr><td>4/5</td><td>Well packed.</td><td>k***s</td><td>12.11.2026</td></tr>
</table>
</body></html>"""


def test_a_page_of_only_a_sellers_feedback_is_still_a_feedback_page() -> None:
    result = _parse(_FEEDBACK_ONLY, "http://teemarkt.example/feedback/teehaus_nord")
    assert result.page.page_type == "feedback"
    vendors = [r for r in result.records if isinstance(r, Vendor)]
    assert [(v.name, v.feedback_count, len(v.feedback)) for v in vendors] == [("teehaus_nord", 88, 2)]


_KEY = """-----BEGIN PGP PUBLIC KEY BLOCK-----

mDMEawuDdxYJKwYBBAHaRw8BAQdAuMXIyTcw/uvP09IfW78RHWl1rUPOMgtuO3z1
iKWwyw60L3NpYmlyc2tpeV9rZWRyIDxzaWJpcnNraXlfa2VkckBleGFtcGxlLmlu
ndmFsaWQ+iJAEExYIADgWIQTAmUuLTn4OSQvj0zpjUXb4LnwH5QUCawuDdwIbAwUL
CQgHAgYVCgkICwIEFgIDAQIeAQIXgAAKCRBjUXb4LnwH5XXFAPkBsRk0LHYbKKCW
vNt7D9t1yHgG4hKNwhE681h5Bl02sAEAsjbelsgGEWRn6CHQIOVlG/h2EQyD+rdE
AVM0gROKHgU=
=xfwY
-----END PGP PUBLIC KEY BLOCK-----"""

_PROFILE_WITH_REVIEWS_RU = f"""<html><head><title>Магазин chaynaya_lavka — Рынок</title></head><body>
<nav><a href="/">Главная</a> <a href="/catalog">Товары</a></nav>
<h1>chaynaya_lavka</h1>
<table class="stats">
  <tr><td>На сайте с:</td><td>02.06.2023</td></tr>
  <tr><td>Отзывов:</td><td>120</td></tr>
  <tr><td>Положительных:</td><td>96,5%</td></tr>
</table>
<h3>Последние отзывы</h3>
<table>
  <tr><th>Оценка</th><th>Отзыв</th><th>Покупатель</th><th>Дата</th></tr>
  <tr><td>5/5</td><td>Отличный чай.</td><td>и***н</td><td>17.11.2026</td></tr>
  <tr><td>5/5</td><td>Быстро пришло.</td><td>о***а</td><td>10.11.2026</td></tr>
</table>
<h3>PGP ключ</h3><pre class="key">{_KEY}</pre>
</body></html>"""


def test_a_sellers_profile_with_key_join_date_and_a_few_reviews_is_a_vendor_page() -> None:
    result = _parse(_PROFILE_WITH_REVIEWS_RU, "http://rynok.example/user/chaynaya_lavka/reviews")
    assert result.page.page_type == "vendor"
    vendors = [r for r in result.records if isinstance(r, Vendor)]
    assert len(vendors) == 1
    vendor = vendors[0]
    assert (vendor.name, vendor.feedback_count, vendor.member_since) == ("chaynaya_lavka", 120, "2023-06-02")
    assert vendor.rating == 96.5  # "Положительных: 96,5%", the genitive of "положительные"
    assert vendor.has_pgp_key and len(vendor.feedback) == 2


def _listing(html: str, url: str) -> Listing:
    result = _parse(html, url)
    assert result.page.page_type == "listing"
    listings = [r for r in result.records if isinstance(r, Listing)]
    assert len(listings) == 1
    return listings[0]


def _shop_item(price_block: str) -> str:
    return f"""<html><head><title>Honigladen</title></head><body>
<h1>Waldhonig, 500 g</h1>
<h2 class="prices">{price_block}</h2>
<form name="cart_quantity" action="index.php?action=add_product" method="post">
Menge: <input type="text" name="cart_quantity" value="1"><input type="submit" value="In den Warenkorb">
</form>
</body></html>"""


def test_a_normal_price_beside_a_lower_special_price_is_the_old_price() -> None:
    block = '<span class="normalprice">11,90 €</span> <span class="productSpecialPrice">8,95 €</span>'
    assert _listing(_shop_item(block), "http://honig.example/index.php?products_id=9").price == 8.95


def test_a_normal_price_alone_is_the_price() -> None:
    block = '<span class="normalprice">11,90 €</span>'
    assert _listing(_shop_item(block), "http://honig.example/index.php?products_id=9").price == 11.9


_TEXT_CRUMB = """<html><head><title>Bottega del Miele</title></head><body>
<table><tr><td class="headerNav"><a href="http://bottega.example">Inizio</a> &raquo;
<a href="index.php">Negozio</a> &raquo; <a href="index.php?cPath=7">Mieli di bosco</a> &raquo;
<a href="product.php?cPath=7&amp;products_id=3">Miele di castagno, 250 g</a></td></tr></table>
<h1>Miele di castagno, 250 g</h1>
<p class="price">9,50 €</p>
<form action="product.php?action=add_product" method="post"><input name="qty" value="1">
<button>Aggiungi al carrello</button></form>
</body></html>"""


def test_a_breadcrumb_of_links_and_separators_gives_the_category_whatever_its_class() -> None:
    item = _listing(_TEXT_CRUMB, "http://bottega.example/product.php?cPath=7&products_id=3")
    assert (item.title, item.price, item.category) == ("Miele di castagno, 250 g", 9.5, "Mieli di bosco")


_ONE_LINK_CRUMB = """<html><head><title>Miele di castagno, 250 g</title></head><body>
<div class="breadcrumb"><a href="/it/">Inizio</a> / Miele di castagno, 250 g</div>
<h1>Miele di castagno, 250 g</h1>
<p class="price">9,50 €</p>
<form action="/cart/add" method="post"><button>Aggiungi al carrello</button></form>
</body></html>"""


def test_a_breadcrumb_with_only_the_home_link_before_the_name_gives_no_category() -> None:
    assert _listing(_ONE_LINK_CRUMB, "http://bottega.example/it/miele-castagno").category is None


_TABLE_SHOP_ITEM = """<html><head><title>Bottega del Miele</title></head><body>
<table><tr><td class="boxText"><a href="index.php?cPath=7">Mieli</a> (4)</td>
<td><form name="cart_quantity" action="product_info.php?products_id=3&amp;action=add_product" method="post">
<table><tr><td class="pageHeading">Miele di castagno, 250 g<br><span class="smallText">[MC-250]</span></td>
<td class="pageHeading" align="right"><s>11,00 €</s>
<span class="productSpecialPrice">9,50 €</span></td></tr></table>
<p>Miele scuro e amarognolo dei boschi di castagno.</p>
<input type="hidden" name="products_id" value="3"><input type="image" src="b.gif" alt="Aggiungi al carrello">
<table class="infoBoxContents"><tr>
<td><a href="product_info.php?products_id=5"><img src="a.jpg" alt="Miele di acacia, 250 g"></a><br>
<a href="product_info.php?products_id=5">Miele di acacia, 250 g</a><br>7,20 €</td>
<td><a href="product_info.php?products_id=6"><img src="t.jpg" alt="Miele di tiglio, 250 g"></a><br>
<a href="product_info.php?products_id=6">Miele di tiglio, 250 g</a><br>6,90 €</td>
<td><a href="product_info.php?products_id=8"><img src="e.jpg" alt="Miele di erica, 250 g"></a><br>
<a href="product_info.php?products_id=8">Miele di erica, 250 g</a><br>8,10 €</td>
</tr></table>
</form></td></tr></table>
</body></html>"""


def test_a_table_shop_item_named_by_a_heading_class_wins_over_its_related_cards() -> None:
    item = _listing(_TABLE_SHOP_ITEM, "http://bottega.example/product_info.php?cPath=7&products_id=3")
    assert (item.title, item.price, item.currency) == ("Miele di castagno, 250 g", 9.5, "EUR")


def test_a_form_named_for_the_cart_is_a_buy_form_whatever_its_action_says() -> None:
    from parsers.dom import load
    from parsers.market_buy import buy_form

    assert buy_form(load(b"<form name='cart_quantity' action='product_info.php?action=add_product'>"
                         b"<input type='image' alt='Aggiungi'></form>")) is not None
    sort = b"<form name='sort_order' action='index.php'><select name='s'></select></form>"
    assert buy_form(load(sort)) is None
