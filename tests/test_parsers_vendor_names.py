"""parsers.vendor_page: a seller's name of several words, shown by a bare heading that the <title>
repeats whole, is read whole, with or without a key; a heading that runs a handle into its badges
(not repeated by the <title>) still gives the handle; an item's page whose seller box shows the
seller's statistics stays the item's page. Made-up pages written here.
"""

from __future__ import annotations

from parsers import parse_page
from parsers.records import Vendor


def _vendor(html: str, url: str) -> tuple[str, Vendor | None]:
    result = parse_page(html.encode("utf-8"), url=url)
    found = [r for r in result.records if isinstance(r, Vendor)]
    return result.page.page_type, (found[0] if found else None)


# Swahili, no key: the statistics as label / value rows, the name a heading of three words.
_SWAHILI_SELLER = """<html lang="sw">
<head><title>Mama Zawadi Viungo :: muuzaji :: Soko la Pwani</title></head>
<body><div class="kichwa"><a href="/">Soko la Pwani</a></div>
<div class="muuzaji"><h2>Mama Zawadi Viungo</h2>
<dl class="takwimu"><dt>Alijiunga</dt><dd>2022-03-14</dd><dt>Maoni chanya</dt><dd>98.2%</dd>
<dt>Mauzo</dt><dd>412</dd></dl>
<p>Viungo vya Zanzibar: karafuu, mdalasini na iliki.</p></div></body></html>"""

# Georgian, with the shop's name in the <title> and a heading of two words.
_GEORGIAN_SELLER = """<html lang="ka"><head><title>ნინოს ჩაი | გამყიდველი</title></head><body>
<header><a href="/">ბაზარი</a></header><main><section class="profili">
<h1 class="saxeli">ნინოს ჩაი</h1>
<table><tr><td>რეგისტრაცია</td><td>2021-11-02</td></tr><tr><td>დადებითი</td><td>99.1%</td></tr>
<tr><td>გაყიდვები</td><td>230</td></tr></table>
</section></main></body></html>"""

_BADGED_HEADING = """<html><head><title>Tea Market</title></head><body>
<h1>leafy Level 3</h1><p>Member since: 2020-01-05</p><p>Positive feedback: 97%</p></body></html>"""


def test_a_swahili_sellers_name_of_three_words_repeated_by_the_title_is_read_whole() -> None:
    kind, vendor = _vendor(_SWAHILI_SELLER, "http://pwani.example/seller/mama-zawadi-viungo")
    assert kind == "vendor"
    assert vendor is not None
    assert (vendor.name, vendor.member_since) == ("Mama Zawadi Viungo", "2022-03-14")


def test_a_georgian_sellers_name_of_two_words_repeated_by_the_title_is_read_whole() -> None:
    kind, vendor = _vendor(_GEORGIAN_SELLER, "http://bazari.example/vendor/ninos-chai/")
    assert kind == "vendor"
    assert vendor is not None
    assert (vendor.name, vendor.member_since) == ("ნინოს ჩაი", "2021-11-02")


def test_a_heading_that_runs_a_handle_into_its_badges_still_gives_the_handle() -> None:
    kind, vendor = _vendor(_BADGED_HEADING, "http://tea.example/vendor/leafy")
    assert kind == "vendor"
    assert vendor is not None
    assert vendor.name == "leafy"


# An item's page whose seller box shows the same statistics: the item's, not the seller's.
_ITEM_WITH_SELLER_BOX = """<html><head><title>Sencha Kagoshima, 100 g - Market</title></head>
<body><div class="top"><a href="/">Market</a></div>
<div class="item"><h1>Sencha Kagoshima, 100 g</h1><p class="price">Price: 14.00 EUR</p>
<form action="/cart/add" method="post"><input name="qty" value="1"><button>Add to cart</button></form>
<div class="seller"><a href="/vendor/goldenleaf">goldenleaf</a>
<p>Member since: 2022-03-14</p><p>Positive feedback: 98.2%</p></div></div></body></html>"""


def test_an_items_page_with_its_sellers_statistics_stays_an_items_page() -> None:
    result = parse_page(_ITEM_WITH_SELLER_BOX.encode("utf-8"), url="http://market.example/i/77c1")
    assert result.page.page_type == "listing"
    assert [getattr(r, "title", None) for r in result.records] == ["Sencha Kagoshima, 100 g"]
