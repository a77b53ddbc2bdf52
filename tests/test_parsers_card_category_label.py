"""parsers.card_facts.taught_category: the words a page heads its list of category links with
label each card's category, in a language no vocabulary knows; read on grids of invented
templates in Swahili (table cards) and Georgian (labelled lines)."""

from __future__ import annotations

from parsers import parse_page
from parsers.card_facts import page_category_label
from parsers.dom import load


def _sw_card(n: int, title: str, price: str, kind: str) -> str:
    return f"""<div class="k"><table>
<tr><td colspan="2"><a href="/bidhaa/{n}">{title}</a></td></tr>
<tr><th>Bei</th><td>{price}</td></tr><tr><th>Aina</th><td>{kind}</td></tr></table></div>"""


_SW_GRID = ("<html lang='sw'><head><meta charset='utf-8'><title>Soko</title></head><body>"
            "<aside><h4>Aina</h4><ul><li><a href='/orodha?cat=1'>Chai</a></li>"
            "<li><a href='/orodha?cat=2'>Kahawa</a></li>"
            "<li><a href='/orodha?cat=3'>Viungo</a></li></ul></aside>"
            "<main>"
            + _sw_card(1, "Chai ya Kericho", "$6.00", "Chai nyeusi")
            + _sw_card(2, "Kahawa ya Arabika", "$11.50", "Kahawa ya kusaga")
            + _sw_card(3, "Karafuu za Zanzibar", "$4.25", "Viungo vikavu")
            + "</main></body></html>")


def _ka_card(n: int, title: str, price: str, kind: str) -> str:
    return f"""<li class="p"><a href="/nivti/{n}">{title}</a><p>{price}</p><p>კატეგორია: {kind}</p></li>"""


_KA_GRID = ("<html lang='ka'><head><meta charset='utf-8'><title>ბაზარი</title></head><body>"
            "<div class='menu'><b>კატეგორია</b><div><a href='/category/chai'>ჩაი</a> "
            "<a href='/category/ghvino'>ღვინო</a></div></div><ul class='grid'>"
            + _ka_card(1, "მწვანე ჩაი", "12 USD", "ჩაი")
            + _ka_card(2, "საფერავი 2019", "25 USD", "ღვინო")
            + _ka_card(3, "ქისი 2021", "22 USD", "ღვინო")
            + "</ul></body></html>")


def test_the_heading_over_the_category_links_is_the_page_category_label():
    assert page_category_label(load(_SW_GRID.encode())) == "aina"
    assert page_category_label(load(_KA_GRID.encode())) == "კატეგორია"


def test_a_page_without_a_list_of_category_links_teaches_no_label():
    page = (b"<div><h4>Aina</h4><ul><li><a href='/p/1'>Chai</a></li>"
            b"<li><a href='/p/2'>Kahawa</a></li></ul></div>")
    assert page_category_label(load(page)) is None


def test_swahili_table_cards_take_their_category_from_the_cell_under_the_taught_label():
    records = parse_page(_SW_GRID.encode(), url="http://sokosokosoko.onion/orodha").records
    assert [r.category for r in records] == ["Chai nyeusi", "Kahawa ya kusaga", "Viungo vikavu"]


def test_georgian_cards_take_their_category_from_the_line_under_the_taught_label():
    records = parse_page(_KA_GRID.encode(), url="http://bazarbazarbazar.onion/").records
    assert [r.category for r in records] == ["ჩაი", "ღვინო", "ღვინო"]
