"""parsers.card_facts.marked_category: a card's element set apart in its text (bold, a span) whose
words are one of the site's category names is the card's category, whatever words lead to it;
read on grids of invented templates in Finnish (category links in a side menu, "Osastossa
<strong>Tee</strong>") and Indonesian (a search form's category filter, "di <em>Kopi</em>")."""

from __future__ import annotations

from parsers import parse_page
from parsers.card_facts import marked_category
from parsers.dom import load
from parsers.records import Listing


def _fi_card(n: int, title: str, dept: str) -> str:
    return (f"<div class='tuote'><a href='/tuote/{n}'>{title}</a><div>Osastossa <strong>{dept}</strong>"
            f"</div><div>{n * 4},50 EUR</div></div>")


_FI_GRID = ("<html lang='fi'><head><meta charset='utf-8'><title>Kauppa</title></head><body>"
            "<aside><a href='/category/tee'>Tee</a> <a href='/category/kahvi'>Kahvi</a></aside><main>"
            + _fi_card(1, "Vihreä tee 100 g", "Tee")
            + _fi_card(2, "Tumma paahto 500 g", "Kahvi")
            + _fi_card(3, "Rooibos 80 g", "Tee")
            + "</main></body></html>")


def _id_card(n: int, title: str, kind: str) -> str:
    return (f"<li><a href='/produk/{n}'>{title}</a><p>Dijual di <em>{kind}</em> oleh "
            f"<a href='/toko/kopi_{n}'>kopi_{n}</a></p><p>{n * 9} USD</p></li>")


_ID_LIST = ("<html lang='id'><head><meta charset='utf-8'><title>Pasar</title></head><body>"
            "<form action='/cari'><select name='cat'><option value=''>Semua</option>"
            "<option value='1'>Kopi</option><option value='2'>Rempah</option></select></form><ul>"
            + _id_card(1, "Kopi Gayo 250 g", "Kopi")
            + _id_card(2, "Kayu manis", "Rempah")
            + "</ul></body></html>")


def test_a_marked_word_is_the_category_only_when_the_site_names_it_so():
    card = load(b"<div><a href='/p/1'>Tee</a> <b>Uutuus</b> <span>Kahvi</span></div>").root
    assert marked_category(card, "Tee", {"tee", "kahvi"}) == "Kahvi"
    assert marked_category(card, "Tee", {"tee"}) is None


def test_finnish_cards_name_their_department_in_bold_after_a_word_no_vocabulary_knows():
    records = parse_page(_FI_GRID.encode(), url="http://kauppakauppakauppa.onion/").records
    assert [r.category for r in records if isinstance(r, Listing)] == ["Tee", "Kahvi", "Tee"]


def test_indonesian_cards_name_a_category_of_the_filter_in_italics_inside_a_sentence():
    records = parse_page(_ID_LIST.encode(), url="http://pasarpasarpasar.onion/cari").records
    assert [r.category for r in records if isinstance(r, Listing)] == ["Kopi", "Rempah"]
