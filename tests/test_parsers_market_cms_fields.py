"""parsers.item_fields and parsers.item_category, for product pages of CMS shops (Drupal's
Ubercart and Commerce and sites built like them):

* a field block classed by its machine name for the item's origin ("field-name-field-origin",
  "field--name-field-ships-from") holds where the item is sent from, whatever its label's language;
* a link to a taxonomy term ("/taxonomy/term/12") alone in its box, after a label in an element
  of its own (no colon needed), inside the item's block files the item under that category.

The pages are small synthetic ones written here, none a copy of a generality round's page.
"""

from __future__ import annotations

from parsers import parse_page
from parsers.records import Listing


def _listing(html: str, url: str) -> Listing:
    result = parse_page(html.encode("utf-8"), url=url)
    assert result.page.page_type == "listing"
    (item,) = [r for r in result.records if isinstance(r, Listing)]
    return item


# Malagasy, Drupal 7 markup (single dashes).
_PRODUCT_MG = """<html lang="mg"><head><title>Lamba landy | Tsena Vakinankaratra</title></head><body>
<div id="page"><div class="content"><div class="node-product"><h1 class="title">Lamba landy</h1>
<div class="product-info display-price">Ar 85 000</div>
<div class="field field-name-field-sokajy"><div class="field-label">Sokajy</div>
<div class="field-items">
<div class="field-item even"><a href="/taxonomy/term/12">Lamba nentina</a></div></div></div>
<div class="field field-name-field-origin"><div class="field-label">Avy any:&nbsp;</div>
<div class="field-items"><div class="field-item even">Antsirabe</div></div></div>
<form action="/cart/add" method="post"><input type="submit" value="Ampidiro ao anaty harona"></form>
</div></div></div></body></html>"""

# Yoruba, Drupal 8+ markup (double dashes).
_PRODUCT_YO = """<html lang="yo"><head><title>Aṣọ òfì | Ọjà Ibadan</title></head><body>
<main><div class="block-page-title-block">
<h1 class="page-title"><span class="field--name-title">Aṣọ òfì</span></h1></div>
<article class="product product--view-mode-full">
<div class="field field--name-price field__item">₦12,500.00</div>
<div class="field field--name-field-iru field--label-inline">
  <div class="field__label">Irú</div>
  <div class="field__item"><a href="/taxonomy/term/7">Aṣọ ìbílẹ̀</a></div></div>
<div class="field field--name-field-ships-from field--label-inline">
  <div class="field__label">Ibi tí a ti ń fi ránṣẹ́</div><div class="field__item">Ibadan</div></div>
<form action="/product/9" method="post"><input type="submit" value="Fi kún agbọ̀n"></form>
</article></main></body></html>"""


def test_a_malagasy_ubercart_product_ships_from_its_origin_field_under_its_term() -> None:
    item = _listing(_PRODUCT_MG, "http://tsena.example/node/41")
    assert (item.title, item.price, item.currency) == ("Lamba landy", 85000.0, "MGA")
    assert (item.ships_from, item.category) == ("Antsirabe", "Lamba nentina")


def test_a_yoruba_commerce_product_ships_from_its_ships_from_field_under_its_term() -> None:
    item = _listing(_PRODUCT_YO, "http://oja-ibadan.example/product/9")
    assert (item.title, item.price, item.currency) == ("Aṣọ òfì", 12500.0, "NGN")
    assert (item.ships_from, item.category) == ("Ibadan", "Aṣọ ìbílẹ̀")
