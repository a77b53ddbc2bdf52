"""An item page's category read from a breadcrumb found by its shape, whatever its classes and
words say (parsers.crumb_trail, used by parsers.markets for a listing's category):

* links side by side from the home link, with a path's marks between them, ending at the current
  step in an element of its own or as text: the last step is the category;
* an ordered list of one link each, starting home, or a list whose links' addresses nest: the
  last step is the category, or the one before it when the last names the item itself;
* a menu of links (no marks between them, in a nav) and a path after the item's heading are no
  breadcrumb.

Made-up pages written here (Welsh, Basque, Finnish), none a generality round's page.
"""

from __future__ import annotations

from parsers import parse_page
from parsers.crumb_trail import trail_category
from parsers.dom import load
from parsers.records import Listing

_ITEM_CY = """<!DOCTYPE html><html lang="cy"><head><meta charset="utf-8">
<title>Carthen wlân, patrwm caernarfon — Marchnad y Fro</title></head><body>
<div class="pen"><a class="logo" href="/">Marchnad y Fro</a> <span>Croeso, <b>prynwr_1</b></span></div>
<div class="llwybr"><a href="/">Hafan</a> » <a href="/adran/4">Tecstilau</a> »
 <strong>Carthenni</strong></div>
<div class="eitem"><h1>Carthen wlân, patrwm caernarfon</h1>
<table class="manylion"><tr><th>Pris</th><td>0.0042 BTC</td></tr>
<tr><th>Adran</th><td>Carthenni</td></tr><tr><th>Stoc</th><td>3</td></tr></table>
<form method="post" action="/prynu/88"><button>Prynu</button></form></div>
<div class="disgrifiad"><p>Carthen wedi'i gwehyddu yn y felin.</p></div></body></html>"""

_ITEM_EU = """<!DOCTYPE html><html lang="eu"><head><meta charset="utf-8">
<title>Txapela beltza, 11 hazbete — Azoka</title></head><body>
<header><a href="/">Azoka</a> <a href="/saskia">Saskia</a></header>
<ol class="bidea"><li><a href="/">Hasiera</a></li><li><a href="/k/jantziak">Jantziak</a></li>
<li><a href="/k/jantziak/txapelak">Txapelak</a></li></ol>
<main><h2 class="izena">Txapela beltza, 11 hazbete</h2>
<div class="prezioa">0.00061 BTC</div>
<dl><dt>Saltzailea</dt><dd><a href="/saltzaile/Tolosa_Txapelak">Tolosa_Txapelak</a></dd>
<dt>Mota</dt><dd>Txapelak</dd></dl>
<form method="post" action="/erosi"><button>Erosi</button></form></main></body></html>"""

_ITEM_FI = """<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8">
<title>Puukko, visakoivua — Tori</title></head><body>
<ol class="polku"><li><a href="/">Etusivu</a></li><li><a href="/osasto/9">Työkalut</a></li>
<li><a href="/osasto/9/32">Veitset</a></li><li>Puukko, visakoivua</li></ol>
<h1>Puukko, visakoivua</h1><p class="hinta">Hinta: 0.0019 BTC</p>
<p>Myyjä: <a href="/kauppias/takoja">takoja</a></p>
<form method="post" action="/osta"><button>Osta</button></form></body></html>"""


def _listing(html: str) -> Listing:
    result = parse_page(html.encode(), url="http://fro.example/eitem/88")
    assert result.page.page_type == "listing"
    return next(r for r in result.records if isinstance(r, Listing))


def test_a_welsh_path_of_links_and_marks_ends_at_the_items_category_in_bold() -> None:
    item = _listing(_ITEM_CY)
    assert (item.title, item.price, item.category) == ("Carthen wlân, patrwm caernarfon", 0.0042, "Carthenni")


def test_a_basque_ordered_list_of_nested_category_links_ends_at_the_items_category() -> None:
    item = _listing(_ITEM_EU)
    assert (item.title, item.category) == ("Txapela beltza, 11 hazbete", "Txapelak")


def test_a_finnish_path_ending_at_the_items_own_name_gives_the_step_before_it() -> None:
    doc = load(_ITEM_FI.encode())
    assert trail_category(doc, "Puukko, visakoivua") == "Veitset"


def test_a_path_ending_at_the_items_name_cut_short_gives_the_step_before_it() -> None:
    doc = load("<div><a href='/'>Hafan</a> › <a href='/a/1'>Llyfrau</a> › <span>Hen lyfr: Drych y…</span>"
               "</div><h1>Hen lyfr: Drych y Prif Oesoedd</h1>".encode())
    assert trail_category(doc, "Hen lyfr: Drych y Prif Oesoedd") == "Llyfrau"


def test_a_last_step_that_is_a_word_of_the_items_name_is_the_category() -> None:
    doc = load(b"<div><a href='/'>Hafan</a> &gt; <a href='/a/1'>Diodydd</a> &gt; <a href='/a/12'>Te</a>"
               b"</div>"
               b"<h1>Te gwyrdd Sencha, 100 g</h1>")
    assert trail_category(doc, "Te gwyrdd Sencha, 100 g") == "Te"


def test_a_path_written_as_text_after_the_last_mark_ends_at_that_text() -> None:
    doc = load(b"<p><a href='/'>Hafan</a> / <a href='/a/1'>Llyfrau</a> / Llyfrau ail-law</p>"
               b"<h1>Hen lyfr</h1>")
    assert trail_category(doc, "Hen lyfr") == "Llyfrau ail-law"


def test_a_menu_of_links_without_marks_is_no_path() -> None:
    doc = load(b"<div><a href='/'>Hafan</a> <a href='/adran'>Adrannau</a> <a href='/holi'>Cwestiynau</a>"
               b"</div><h1>Hen lyfr</h1>")
    assert trail_category(doc, "Hen lyfr") is None


def test_an_unordered_menu_list_starting_home_is_no_path() -> None:
    doc = load(b"<ul><li><a href='/'>Etusivu</a></li><li><a href='/ohje'>Ohje</a></li>"
               b"<li><a href='/ulos'>Kirjaudu ulos</a></li></ul><h1>Puukko</h1>")
    assert trail_category(doc, "Puukko") is None


def test_a_path_after_the_items_heading_is_not_the_items() -> None:
    doc = load(b"<h1>Puukko</h1><ol><li><a href='/'>Etusivu</a></li><li><a href='/o/9'>Veitset</a></li>"
               b"<li><a href='/o/9/1'>Puukot</a></li></ol>")
    heading = doc.root.find(".//h1")
    assert trail_category(doc, "Puukko", heading=heading) is None


def test_a_path_of_marks_in_a_nav_whose_addresses_nest_ends_at_the_items_category() -> None:
    doc = load("<nav class='vag'><a href='/'>Hem</a> › <a href='/avd/hem-och-tradgard'>Hem och trädgård</a>"
               " › <a href='/avd/hem-och-tradgard/mattor'>Mattor</a></nav>"
               "<h1>Trasmatta i ull, 70 × 200 cm</h1>".encode())
    assert trail_category(doc, "Trasmatta i ull, 70 × 200 cm", heading=doc.root.find(".//h1")) == "Mattor"


def test_a_list_in_a_nav_whose_addresses_nest_ends_before_the_items_own_name() -> None:
    doc = load(b"<nav><ul><li><a href='/'>Simula</a></li><li><a href='/uri/damit'>Damit</a></li>"
               b"<li><a href='/uri/damit/pormal'>Pormal</a></li><li>Barong na pinya</li></ul></nav>"
               b"<h1>Barong na pinya</h1>")
    assert trail_category(doc, "Barong na pinya", heading=doc.root.find(".//h1")) == "Pormal"


def test_a_nav_menu_with_marks_whose_addresses_do_not_nest_is_no_path() -> None:
    doc = load(b"<nav><a href='/'>Hem</a> \xc2\xb7 <a href='/butik'>Butik</a> \xc2\xb7 "
               b"<a href='/forum'>Forum</a></nav><h1>Trasmatta</h1>")
    assert trail_category(doc, "Trasmatta", heading=doc.root.find(".//h1")) is None
