"""parsers.market_names.breadcrumb_category and parsers.market_seller, for classified ads:

* a marked breadcrumb of links each wrapped in an element of its own (schema.org's
  "<span itemprop=itemListElement><a>...</a></span>") that stops at a link ends at the item's
  category, as one of bare links does;
* a profile link whose address holds an id, not a handle ("/user/a81f0c3d/profile"), inside a
  block the template classes for the seller shows the seller's name (a person's, in words).

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


_AD_RO = """<html lang="ro"><head><title>Bicicletă de oraș, 26" - Anunțuri Cluj</title></head><body>
<nav class="breadcrumb"><span><a href="/cluj">Cluj</a></span> › <span><a href="/cluj/sport">Sport</a></span> ›
<span><a href="/cluj/sport/biciclete">Biciclete</a></span></nav>
<div class="anunt"><h1>Bicicletă de oraș, 26"</h1><p class="pret">1.200 lei</p>
<p>Bicicletă folosită două veri, frâne noi.</p>
<div class="vendor-box"><p class="vendor-name"><a href="/user/a81f0c3d/profile">Ioana Pop</a></p>
<p>pe site din 2020</p></div></div></body></html>"""

_AD_LT = """<html lang="lt"><head><title>Ąžuolinis stalas - Skelbimai</title></head><body>
<div class="crumbs" id="kelias"><b><a href="/vilnius">Vilnius</a></b> /
<b><a href="/vilnius/baldai">Baldai</a></b></div>
<table class="skelbimas"><tr><td><h2>Ąžuolinis stalas</h2></td></tr>
<tr><td>Kaina: 240 €</td></tr>
<tr><td class="seller"><a href="/users/9f2c71/skelbimai">Jonas Petraitis</a></td></tr>
<tr><td>Stalas iš ąžuolo, 160 x 90 cm.</td></tr></table></body></html>"""


def test_a_romanian_ad_names_its_category_and_its_seller_behind_an_id_address() -> None:
    item = _listing(_AD_RO, "http://anunturi-cluj.example/anunt/bicicleta-oras-77812")
    assert (item.title, item.price, item.currency) == ('Bicicletă de oraș, 26"', 1200.0, "RON")
    assert (item.category, item.vendor) == ("Biciclete", "Ioana Pop")


def test_a_lithuanian_ad_names_its_category_and_its_seller_behind_an_id_address() -> None:
    item = _listing(_AD_LT, "http://skelbimai.example/skelbimas/55102")
    assert (item.title, item.price, item.currency) == ("Ąžuolinis stalas", 240.0, "EUR")
    assert (item.category, item.vendor) == ("Baldai", "Jonas Petraitis")
