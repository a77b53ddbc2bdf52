"""An item page's seller shown in a side box of its statistics (parsers.boxed_seller, through
parse_page): a link named for its own address, alone on its line, followed by labelled
statistics in no known language, one a score over 5 or a share, is the item's seller; a
reviewer's link followed by a comment is not.

Made-up pages written here (Welsh, Icelandic), none a generality round's page.
"""

from __future__ import annotations

from parsers import parse_page
from parsers.boxed_seller import boxed_seller
from parsers.dom import load

# Welsh: an item's page, the seller's box in a right-hand column after the description.
_ITEM_CY = """<!DOCTYPE html><html lang="cy"><head><meta charset="utf-8">
<title>Blanced wlân Cymreig – Marchnad y Nos</title></head><body>
<table><tr><td class="prif">
<h1>Blanced wlân Cymreig, 150 × 200 cm</h1>
<div class="pris">£84.00</div>
<table class="manylion"><tr><td>Ar gael:</td><td>3</td></tr>
<tr><td>Anfonir o:</td><td>Y Deyrnas Unedig</td></tr></table>
<form method="post" action="/basged"><input type="submit" value="Ychwanegu at y fasged"></form>
<h2>Disgrifiad</h2><p>Blanced wedi'i gwehyddu yn Nyffryn Teifi o wlân defaid lleol.</p>
</td><td class="ochr"><div class="blwch"><div class="pennawd">Am y gwerthwr</div>
<a href="/gwerthwr/Melin_Teifi"><b>Melin_Teifi</b></a><br>
Gwerthiannau: 864<br>Sgôr: 4.8 / 5<br>Aelod ers: Ebrill 2021<br>
<a href="/negeseuon/newydd?at=Melin_Teifi">Anfon neges</a></div></td></tr></table>
</body></html>"""

# Icelandic: the box names the seller's share of positive ratings, a review below it.
_ITEM_IS = """<!DOCTYPE html><html lang="is"><head><meta charset="utf-8">
<title>Lopapeysa – Næturmarkaður</title></head><body>
<h1>Lopapeysa, stærð M</h1><p class="verd">24.900 kr.</p>
<form method="post" action="/karfa"><input type="submit" value="Setja í körfu"></form>
<p>Handprjónuð peysa úr íslenskri ull.</p>
<aside class="kassi"><h3>Seljandi</h3><p><a href="/seljandi/Prjonastofa_Sigga">Prjonastofa_Sigga</a><br>
Jákvætt: 99,1 %<br>Sölur: 412</p></aside>
<div class="umsagnir"><p><a href="/notandi/jon_k">jon_k</a><br>Einkunn: 5/5<br>
Frábær peysa, mjög hlý.</p></div>
</body></html>"""


def test_a_link_followed_by_its_statistics_is_the_seller() -> None:
    assert boxed_seller(load(_ITEM_CY.encode())) == "Melin_Teifi"
    assert boxed_seller(load(_ITEM_IS.encode())) == "Prjonastofa_Sigga"


def test_a_reviewers_link_followed_by_a_comment_is_no_seller() -> None:
    page = _ITEM_IS.replace("Jákvætt: 99,1 %<br>Sölur: 412", "Verslun í Reykjavík")
    assert boxed_seller(load(page.encode())) is None


def test_statistics_with_no_grade_name_no_seller() -> None:
    page = _ITEM_CY.replace("Sgôr: 4.8 / 5<br>", "")
    assert boxed_seller(load(page.encode())) is None


def test_an_items_page_names_the_seller_of_its_side_box() -> None:
    result = parse_page(_ITEM_CY.encode(), url="http://marchnad.example/eitem/2231")
    assert result.page.page_type == "listing"
    assert [(r.title, r.vendor, r.price) for r in result.records] == [
        ("Blanced wlân Cymreig, 150 × 200 cm", "Melin_Teifi", 84.0)]
    result = parse_page(_ITEM_IS.encode(), url="http://markadur.example/vara/77")
    assert result.page.page_type == "listing"
    assert [r.vendor for r in result.records] == ["Prjonastofa_Sigga"]
