"""parsers.item_badge.badge_category: an item page's category shown as a badge of text beside its
heading, known as one of the site's category names (its links into category pages, its category
filter's choices); read on item pages of invented templates in German (a menu of category links)
and Vietnamese (a search form's category filter), and never from the menu itself."""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.item_badge import badge_category, site_categories
from parsers.records import Listing

_DE_ITEM = """<html lang="de"><head><meta charset="utf-8"><title>Glaskanne 1 l — Teehaus</title></head>
<body><nav class="menue"><a href="/kategorie/teekannen">Teekannen</a> <a href="/kategorie/tassen">Tassen</a>
<a href="/kategorie/tee">Tee</a></nav>
<section class="artikel"><div class="kopf"><small class="marke">Teekannen</small><h1>Glaskanne 1 l</h1></div>
<div>Verkäufer: <a href="/haendler/teefreund">teefreund</a></div><div class="preis">24,90 EUR</div>
<form method="post" action="/warenkorb"><button>In den Warenkorb</button></form>
<p>Hitzebeständiges Borosilikatglas mit Edelstahlsieb.</p></section></body></html>"""

_VI_ITEM = """<html lang="vi"><head><meta charset="utf-8"><title>Trà sen Tây Hồ</title></head>
<body><form action="/tim"><select name="category"><option value="">Tất cả</option>
<option value="1">Trà</option><option value="2">Ấm chén</option></select></form>
<main><article><h1>Trà sen Tây Hồ 100 g</h1><div class="nhan"><span>Trà</span></div>
<div>Người bán: <a href="/shop/tra_sen">tra_sen</a></div><div>450.000 VND</div>
<form method="post" action="/gio"><button>Mua ngay</button></form></article></main></body></html>"""


def test_the_site_categories_are_its_category_links_and_filter_choices():
    assert site_categories(load(_DE_ITEM.encode())) == {"teekannen", "tassen", "tee"}
    assert site_categories(load(_VI_ITEM.encode())) == {"trà", "ấm chén"}


def test_a_german_item_shows_its_category_as_a_badge_over_its_heading():
    records = parse_page(_DE_ITEM.encode(), url="http://teehausteehaus.onion/artikel/7").records
    listings = [(r.title, r.category) for r in records if isinstance(r, Listing)]
    assert listings == [("Glaskanne 1 l", "Teekannen")]


def test_a_vietnamese_item_shows_its_category_as_a_badge_under_its_heading():
    records = parse_page(_VI_ITEM.encode(), url="http://trasentrasen.onion/sp/3").records
    listings = [(r.title, r.category) for r in records if isinstance(r, Listing)]
    assert listings == [("Trà sen Tây Hồ 100 g", "Trà")]


def test_the_menu_link_to_a_category_or_a_far_away_line_is_no_badge():
    doc = load(b"<div><nav><a href='/category/1'>Tea</a></nav><h1>Sencha</h1></div>"
               b"<footer><div><div><span>Tea</span></div></div></footer>")
    assert badge_category(doc, doc.root.find(".//h1")) is None
    doc = load(b"<div><a href='/category/1'>Tea</a><h1>Sencha</h1><span>Teapots</span></div>")
    assert badge_category(doc, doc.root.find(".//h1")) is None
