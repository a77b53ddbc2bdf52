"""parsers.boxed_seller: a seller's handle followed on its line by a short badge (a level, a rank)
before the box's statistics is the item page's seller."""

from __future__ import annotations

from parsers import parse_page
from parsers.boxed_seller import boxed_seller
from parsers.dom import load

_ITEM_FI = """<html><head><title>Villasukat</title></head><body><main>
<div class="tuote"><h1>Villasukat, koko 40</h1><p class="hinta">24,00 €</p>
<form action="/kori" method="post"><button>Koriin</button></form></div>
<aside class="myyja"><h2>Myyjä</h2>
<p><a href="/kauppa/Lapin_Neule">Lapin_Neule</a> <span>taso 3</span></p>
<p>Arvosana: 98,5% (412 arviota)</p><p>Myynnit: 1 004</p></aside></main></body></html>"""

_ITEM_TR = """<html><head><title>Bakır cezve</title></head><body>
<h1>Bakır cezve, 2 fincanlık</h1><div>Fiyat: 450 TL</div>
<div class="satici"><a href="/magaza/bakirci_usta">bakirci_usta</a> [Usta]<br>
Puan: 4.8 / 5<br>Satış: 730<br></div></body></html>"""


def test_a_handle_with_a_level_badge_on_its_line_before_statistics_is_the_seller() -> None:
    assert boxed_seller(load(_ITEM_FI.encode())) == "Lapin_Neule"
    assert boxed_seller(load(_ITEM_TR.encode())) == "bakirci_usta"


def test_the_item_page_names_the_badged_seller_as_its_listings_vendor() -> None:
    result = parse_page(_ITEM_FI.encode(), url="http://neule.onion/tuote/77")
    assert [(r.kind, r.vendor) for r in result.records if r.kind == "listing"] == [("listing", "Lapin_Neule")]


def test_a_handle_followed_by_a_labelled_line_on_its_line_is_no_badge() -> None:
    page = b"<div><a href='/u/ann'>ann</a> Rating: 5/5<br>Score: 9/10<br>Sales: 4</div>"
    assert boxed_seller(load(page)) is None
