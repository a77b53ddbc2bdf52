"""An item page's seller recognised by the statistics shown with the name, whatever the label's
words and the profile's address (parsers.stats_seller, used by parsers.markets):

* a link whose text is the last step of its own address (a page named for the handle), shown with
  a share of positive feedback in the same value ("name (214 · 98,6 %)", "name <span>99%
  positive</span>"), is the seller;
* a link in a sentence ("ann wrote: 50% off"), a reviewer's link in a feedback block and a link
  whose address does not end on its text are not.

Made-up pages written here (Welsh, Swahili, Maltese), none a generality round's page.
"""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.records import Listing
from parsers.stats_seller import stats_seller

_ITEM_CY = """<!DOCTYPE html><html lang="cy"><head><meta charset="windows-1252">
<title>Hen lyfr: Drych y Prif Oesoedd, 1740 – Siop Lyfrau</title></head><body>
<div class="top"><a href="/">Siop Lyfrau</a> <span>Helo, <b>darllenydd_9</b></span></div>
<div class="cynnyrch"><h1>Hen lyfr: Drych y Prif Oesoedd, 1740</h1>
<table class="ffeithiau"><tr><th>Pris</th><td>0,0840 XMR</td></tr>
<tr><th>Gwerthwr</th><td><a href="/gwerthwyr/Llyfrgell_Aber">Llyfrgell_Aber</a> (88 · 97,5 %)</td></tr>
<tr><th>Ar gael</th><td>1</td></tr></table>
<form method="post" action="/prynu/5521"><button>Prynu</button></form></div>
<div class="adolygon"><h3>Adolygiadau</h3>
<p><a href="/gwerthwyr/prynwr77">prynwr77</a>: da iawn, 100 %</p></div>
</body></html>"""

_ITEM_SW = """<!DOCTYPE html><html lang="sw"><head><meta charset="utf-8">
<title>Kanga ya pamba, jozi — Soko</title></head><body>
<header><a href="/">Soko</a> <a href="/akaunti/mnunuzi_ali">mnunuzi_ali</a></header>
<section class="bidhaa"><h2>Kanga ya pamba, jozi</h2>
<div class="bei">0.0095 BTC</div>
<dl class="taarifa"><dt>Muuzaji</dt><dd><a href="/duka/Mombasa_Kanga">Mombasa_Kanga</a>
<span class="ngazi">Ngazi 4</span> <span class="chanya">98% chanya</span></dd>
<dt>Idadi</dt><dd>2</dd></dl>
<form method="post" action="/kikapu"><button>Weka kikapuni</button></form></section></body></html>"""

_ITEM_MT = """<!DOCTYPE html><html lang="mt"><head><meta charset="utf-8">
<title>Bizzilla tal-Għawdex — Suq</title></head><body>
<h1>Bizzilla tal-Għawdex</h1><p>Prezz: 0.0120 BTC</p>
<p>Bejjiegħ: <a href="/profil?id=51">Bizzilli Marija</a> (40 · 99 %)</p>
<form method="post" action="/ixtri"><button>Ixtri</button></form></body></html>"""


def _listing(html: str, encoding: str = "utf-8") -> Listing:
    result = parse_page(html.encode(encoding), url="http://siop.example/cynnyrch/5521")
    assert result.page.page_type == "listing"
    return next(r for r in result.records if isinstance(r, Listing))


def test_a_welsh_sellers_link_shown_with_its_count_and_share_is_the_seller() -> None:
    item = _listing(_ITEM_CY, "windows-1252")
    assert (item.title, item.price, item.currency, item.vendor) == (
        "Hen lyfr: Drych y Prif Oesoedd, 1740", 0.084, "XMR", "Llyfrgell_Aber")


def test_a_swahili_sellers_link_with_its_share_in_an_element_beside_it_is_the_seller() -> None:
    item = _listing(_ITEM_SW)
    assert (item.title, item.vendor) == ("Kanga ya pamba, jozi", "Mombasa_Kanga")


def test_a_link_whose_address_is_not_named_for_its_text_is_no_seller_by_its_share() -> None:
    assert stats_seller(load(_ITEM_MT.encode())) is None


def test_a_reviewers_link_in_a_reviews_block_and_a_link_in_a_sentence_with_a_share_are_no_seller() -> None:
    doc = load(b"<h1>Llyfr</h1><div class='user-reviews'><p><a href='/gwerthwyr/prynwr77'>prynwr77</a>"
               b" (100 %)</p></div><p><a href='/u/ann'>ann</a> wrote: 50% off!</p>")
    assert stats_seller(doc) is None
