"""parsers.card_facts with parsers.card_places: a card's facts set apart by its markup in any
language (header cells beside value cells, terms beside definitions, an element classed as the
card's category or its place), read on grids of invented templates in Vietnamese, Spanish,
Polish, Portuguese and Chinese."""

from __future__ import annotations

from parsers import parse_page
from parsers.card_facts import cell_pairs, class_category
from parsers.dom import load


def _cards(html: str, url: str = "http://gridgridgridgrid.onion/search?q=x"):
    result = parse_page(html.encode(), url=url)
    assert result.page.page_type == "listing_index"
    return result.records


def _vi_card(n: int, title: str, price: str, cat: str, place: str) -> str:
    return f"""<td><table class="o">
<tr><td colspan="2"><a href="/sp/{n}">{title}</a></td></tr>
<tr><th>Giá</th><td>{price}</td></tr>
<tr><th>Danh mục</th><td>{cat}</td></tr>
<tr><th>Xuất phát</th><td>{place}</td></tr></table></td>"""


_VI_GRID = ("<html lang='vi'><head><meta charset='utf-8'><title>Chợ</title></head><body><table><tr>"
            + _vi_card(1, "Cà phê chồn 250 g", "$12.00", "Cà phê", "Việt Nam")
            + _vi_card(2, "Trà sen Tây Hồ", "$30.50", "Trà", "Việt Nam")
            + _vi_card(3, "Hạt điều rang muối", "$8.00", "Hạt", "Campuchia")
            + "</tr></table></body></html>")


def _es_card(n: int, title: str, price: str, place: str) -> str:
    return f"""<div class="prod"><a href="/art/{n}">{title}</a><span>{price}</span>
<dl><dt>Vendido por</dt><dd>mate_sur</dd><dt>Sale de</dt><dd>{place}</dd></dl></div>"""


_ES_GRID = ("<html lang='es'><head><meta charset='utf-8'><title>Mercado</title></head>"
            "<body><div class='list'>"
            + _es_card(1, "Yerba mate 1 kg", "9,50 EUR", "Uruguay")
            + _es_card(2, "Bombilla de alpaca", "14,00 EUR", "Argentina")
            + _es_card(3, "Mate de calabaza", "11,00 EUR", "Argentina")
            + "</div></body></html>")


def _pl_card(n: int, title: str, price: str, cat: str, district: str) -> str:
    return f"""<article class="kafel"><h3><a href="/p/{n}">{title}</a></h3>
<span class="kafel-cat">{cat}</span>
<p class="kafel__district"><em>Dzielnica:</em> {district}</p>
<b>{price}</b></article>"""


_PL_GRID = ("<html lang='pl'><head><meta charset='utf-8'><title>Sklep</title></head><body><section>"
            + _pl_card(1, "Herbata Sencha 100 g", "45 zł", "Herbata", "Mokotów")
            + _pl_card(2, "Czajnik żeliwny", "180 zł", "Akcesoria", "Wola")
            + _pl_card(3, "Kubek ceramiczny", "35 zł", "Akcesoria", "Mokotów")
            + "</section></body></html>")


def _pt_card(n: int, title: str, price: str, cat: str, place: str) -> str:
    return f"""<li class="it"><a href="/produto/{n}">{title}</a>
<div class="it_category">Categoria: {cat}</div><div class="it-place">{place}</div>
<span class="pr">R$ {price}</span></li>"""


_PT_GRID = ("<html lang='pt-BR'><head><meta charset='utf-8'><title>Loja</title></head><body><ul>"
            + _pt_card(1, "Café especial 500 g", "39,90", "Cafés", "Minas Gerais")
            + _pt_card(2, "Chá mate gelado", "12,00", "Chás", "Paraná")
            + _pt_card(3, "Prensa francesa", "89,00", "Utensílios", "São Paulo")
            + "</ul></body></html>")


def _zh_card(n: int, title: str, price: str, cat: str) -> str:
    return f"""<div class="g"><a href="/goods/{n}">{title}</a><p>{price} USDT</p>
<table><tr><th>分类</th><td>{cat}</td></tr><tr><th>产地</th><td>中国福建</td></tr></table></div>"""


_ZH_GRID = ("<html lang='zh-CN'><head><meta charset='utf-8'><title>商品</title></head><body><div class='gs'>"
            + _zh_card(1, "武夷岩茶 100克", "25.00", "乌龙茶")
            + _zh_card(2, "白毫银针 50克", "40.00", "白茶")
            + _zh_card(3, "茶盘 竹制", "18.00", "茶具")
            + "</div></body></html>")


def test_header_cells_beside_value_cells_are_label_value_pairs():
    card = load(b"<table><tr><th>Xu\xe1\xba\xa5t ph\xc3\xa1t:</th><td>Vi\xe1\xbb\x87t Nam</td></tr>"
                b"<tr><td colspan=2>x</td></tr></table>").root
    assert cell_pairs(card) == [("Xuất phát", "Việt Nam")]


def test_an_element_classed_as_the_category_gives_its_words_or_its_labelled_value():
    card = load(b"<div><span class='x-cat'>Herbata</span><div class='y_category'>Kat: Kawa</div></div>").root
    assert class_category(card) == "Herbata"
    card = load(b"<div><div class='y_category'>Kat: Kawa</div></div>").root
    assert class_category(card) == "Kawa"
    assert class_category(load(b"<div><span class='catalogue'>Herbata</span></div>").root) is None


def test_vietnamese_table_cards_read_their_category_and_origin_from_header_cells():
    cards = _cards(_VI_GRID)
    assert [(c.category, c.ships_from) for c in cards] == [
        ("Cà phê", "Việt Nam"), ("Trà", "Việt Nam"), ("Hạt", "Campuchia"),
    ]


def test_spanish_cards_read_their_origin_from_a_term_and_its_definition():
    assert [c.ships_from for c in _cards(_ES_GRID)] == ["Uruguay", "Argentina", "Argentina"]


def test_polish_cards_read_their_category_and_district_from_their_classes():
    cards = _cards(_PL_GRID)
    assert [(c.category, c.ships_from) for c in cards] == [
        ("Herbata", "Mokotów"), ("Akcesoria", "Wola"), ("Akcesoria", "Mokotów"),
    ]


def test_portuguese_cards_read_a_labelled_category_and_a_region_from_their_classes():
    cards = _cards(_PT_GRID)
    assert [(c.category, c.ships_from) for c in cards] == [
        ("Cafés", "Minas Gerais"), ("Chás", "Paraná"), ("Utensílios", "São Paulo"),
    ]


def test_chinese_cards_read_a_category_label_and_a_province_written_after_its_country():
    cards = _cards(_ZH_GRID)
    assert [(c.category, c.ships_from) for c in cards] == [
        ("乌龙茶", "中国福建"), ("白茶", "中国福建"), ("茶具", "中国福建"),
    ]
