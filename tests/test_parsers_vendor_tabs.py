"""A seller's statistics and a shop's seller read by structure, whatever the words' language
(parsers.vendor_counts, parsers.stat_rows, parsers.market_seller, parsers.card_fields):

* the tab that leads to the vendor's feedback, known by its address (a feedback segment under the
  vendor's address), counts the feedback in brackets whatever its words;
* a statistic that is a share, a word of what it counts and the count in brackets ("97,5% კარგი
  (240)") is the positive share, and that count the feedback count where nothing else counts it;
* a one-seller shop's item page: a short label before a link home whose words are the shop's
  name (a part of the <title>) names the seller; a link home that is no part of it names none;
* a category's heading whose name starts the shop's name in the copyright line is no shop's name.

Made-up pages written here (Khmer, Georgian, Icelandic, Dutch, Kazakh), none a generality round's page.
"""

from __future__ import annotations

from parsers import parse_page
from parsers.records import Listing, Vendor

_VENDOR_KM = """<!DOCTYPE html><html lang="km"><head><meta charset="utf-8">
<title>Sok_Dara — Angkor Bazaar</title></head>
<body><div class="top"><a href="/">Angkor Bazaar</a> <a href="/account">គណនី</a></div>
<div class="profile"><h3 class="uname">Sok_Dara</h3>
<dl class="facts"><dt>ចូលរួមតាំងពី</dt><dd>14.06.2023</dd><dt>ការលក់</dt><dd>930</dd>
<dt>ចុងក្រោយ</dt><dd>20.11.2026</dd></dl>
<div class="tabs"><a href="/seller/Sok_Dara">អំពី</a> <a href="/seller/Sok_Dara/items">ទំនិញ (21)</a>
<a href="/seller/Sok_Dara/reviews">មតិ (77)</a></div>
<p>ម្រេចកំពតដាំដោយដៃ ផ្ញើក្នុងរយៈពេលបីថ្ងៃ។</p></div></body></html>"""


def test_the_feedback_tab_known_by_its_address_counts_the_feedback() -> None:
    result = parse_page(_VENDOR_KM.encode(), url="http://angkorbz.example/seller/Sok_Dara")
    vendors = [r for r in result.records if isinstance(r, Vendor)]
    assert [(v.name, v.feedback_count, v.member_since) for v in vendors] == [("Sok_Dara", 77, "2023-06-14")]


def test_a_tab_to_another_vendors_feedback_counts_nothing() -> None:
    page = _VENDOR_KM.replace("/seller/Sok_Dara/reviews", "/seller/Chan_Vy/reviews")
    vendors = [r for r in parse_page(page.encode(), url="http://angkorbz.example/seller/Sok_Dara").records
               if isinstance(r, Vendor)]
    assert [v.feedback_count for v in vendors] == [None]


_VENDOR_KA = """<!DOCTYPE html><html lang="ka"><head><meta charset="utf-8">
<title>Nino_Tbs - Mtatsminda Market</title></head>
<body><h2>Nino_Tbs</h2>
<table class="facts">
<tr><td>წევრია</td><td>02.09.2022</td></tr>
<tr><td>გაყიდვები</td><td>1 480</td></tr>
<tr><td>შეფასება</td><td>97,5% კარგი (240)</td></tr>
<tr><td>დავები</td><td>2</td></tr>
</table><p>ჩურჩხელა და ტყემალი, სახლის.</p></body></html>"""


def test_a_share_with_a_word_and_a_count_in_brackets_is_the_positive_share() -> None:
    vendors = [r for r in parse_page(_VENDOR_KA.encode(), url="http://mtatsminda.example/vendor/Nino_Tbs").records
               if isinstance(r, Vendor)]
    assert [(v.name, v.rating, v.member_since) for v in vendors] == [("Nino_Tbs", 97.5, "2022-09-02")]


_ITEM_IS = """<!DOCTYPE html><html lang="is"><head><meta charset="utf-8">
<title>Lopapeysa, grá, stærð M | Prjónastofa Siggu</title></head>
<body><nav><a href="/">Prjónastofa Siggu</a> <a href="/um">Um okkur</a></nav>
<h1>Lopapeysa, grá, stærð M</h1>
<p>Seljandi: <a href="/">Prjónastofa Siggu</a> <span class="merki">Staðfest</span></p>
<p class="verd">24.900 kr.</p>
<form method="post" action="/karfa"><input name="magn" value="1"><button>Setja í körfu</button></form>
<p>Handprjónuð úr íslenskri ull.</p>
<footer>© 2026 Prjónastofa Siggu</footer></body></html>"""


def test_a_one_seller_shops_item_names_its_seller_by_the_link_home_under_a_label() -> None:
    listings = [r for r in parse_page(_ITEM_IS.encode(), url="https://prjon.example/vara/lopapeysa-gra").records
                if isinstance(r, Listing)]
    assert [(r.title, r.price, r.currency, r.vendor) for r in listings] == [
        ("Lopapeysa, grá, stærð M", 24900.0, "ISK", "Prjónastofa Siggu")]


def test_a_link_home_that_is_no_part_of_the_title_names_no_seller() -> None:
    page = _ITEM_IS.replace('<p>Seljandi: <a href="/">Prjónastofa Siggu</a>',
                            '<p>Til baka: <a href="/">Forsíða</a>')
    listings = [r for r in parse_page(page.encode(), url="https://prjon.example/vara/lopapeysa-gra").records
                if isinstance(r, Listing)]
    assert [r.vendor for r in listings] == [None]


_GRID_NL = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
<title>Thee - Theehuis Utrecht</title></head>
<body><header><a href="/"><img src="/logo.png" alt="Theehuis Utrecht"></a></header>
<h1>Thee</h1><div class="raster">
<div class="tegel"><a href="/sencha-100g">Sencha, 100 g</a> <span>€ 7,95</span></div>
<div class="tegel"><a href="/oolong-50g">Oolong, 50 g</a> <span>€ 9,50</span></div>
<div class="tegel"><a href="/rooibos-100g">Rooibos, 100 g</a> <span>€ 4,25</span></div>
</div><footer>© 2026 Theehuis Utrecht</footer></body></html>"""


def test_a_category_heading_that_starts_the_shops_name_is_no_seller() -> None:
    result = parse_page(_GRID_NL.encode(), url="https://theehuis.example/thee")
    listings = [r for r in result.records if isinstance(r, Listing)]
    assert result.page.page_type == "listing_index"
    assert [(r.title, r.price, r.vendor) for r in listings] == [
        ("Sencha, 100 g", 7.95, None), ("Oolong, 50 g", 9.5, None), ("Rooibos, 100 g", 4.25, None)]
    # The same grid where the copyright line names the heading as a word of its own: the shop's.
    shop = _GRID_NL.replace("© 2026 Theehuis Utrecht", "© 2026 Thee")
    shop = shop.replace(" - Theehuis Utrecht", " - Winkel")
    listings = [r for r in parse_page(shop.encode(), url="https://theehuis.example/thee").records
                if isinstance(r, Listing)]
    assert {r.vendor for r in listings} == {"Thee"}


_VENDOR_KK = """<!DOCTYPE html><html lang="kk"><head><meta charset="utf-8">
<title>Dala_Shai - Saryarqa Bazary</title></head>
<body><h2>Dala_Shai</h2>
<table class="korsetkish">
<tr><td>Тіркелген</td><td>21.05.2023</td></tr>
<tr><td>Сатылымдар</td><td>640</td></tr>
<tr><td>Пікірлер</td><td>98,1% жақсы (315)</td></tr>
<tr><td>Даулар</td><td>1</td></tr>
</table><p>Қара шай мен кептірілген жемістер.</p></body></html>"""


def test_the_count_beside_the_share_is_the_feedback_count_where_nothing_else_counts_it() -> None:
    vendors = [r for r in parse_page(_VENDOR_KK.encode(), url="http://saryarqa.example/vendor/Dala_Shai").records
               if isinstance(r, Vendor)]
    assert [(v.name, v.feedback_count, v.rating, v.member_since) for v in vendors] == [
        ("Dala_Shai", 315, 98.1, "2023-05-21")]
