"""parsers.filter_options.option_categories: the choices of a search form's category filter name
the site's categories, and a card that shows one as a line of its own (a badge) shows its category;
read on grids of invented templates in Spanish (badges over titles, nested choices with counts) and
Polish (list rows, a bracketed field name), beside a sort filter and a ships-from filter whose
choices are no categories."""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.filter_options import option_categories


def _es_card(n: int, kind: str, title: str, price: str) -> str:
    return (f"<article class='ficha'><em>{kind}</em><h2><a href='/producto/{n}'>{title}</a></h2>"
            f"<p>Vendedor: <a href='/tienda/verde_{n}'>verde_{n}</a></p><p>{price}</p></article>")


_ES_GRID = ("<html lang='es'><head><meta charset='utf-8'><title>Mercado — buscar</title></head><body>"
            "<form action='/buscar' method='get'><select name='category_id'>"
            "<option value=''>Todas</option><option value='2'>Té verde (14)</option>"
            "<option value='3'>-- Matcha (5)</option><option value='6'>Cerámica (9)</option></select>"
            "<select name='orden'><option value='p'>Precio</option><option value='n'>Nuevos</option>"
            "</select><button>Filtrar</button></form><main>"
            + _es_card(11, "Té verde", "Sencha de primavera 100 g", "12,50 EUR")
            + _es_card(12, "Matcha", "Matcha ceremonial 30 g", "21,00 EUR")
            + _es_card(13, "Cerámica", "Cuenco de barro cocido", "18,00 EUR")
            + "</main></body></html>")


def _pl_row(n: int, title: str, kind: str, origin: str) -> str:
    return (f"<li class='wiersz'><a href='/oferta/{n}'>{title}</a><div>{kind}</div>"
            f"<div>Wysyłka z: {origin}</div><div>{n * 7},00 zł</div></li>")


_PL_LIST = ("<html lang='pl'><head><meta charset='utf-8'><title>Targ</title></head><body>"
            "<form action='/szukaj'><label>Dział <select name='filter[category]'>"
            "<option value='0'></option><option value='ks'>Książki</option>"
            "<option value='nar'>Narzędzia ogrodowe</option></select></label>"
            "<label>Skąd <select name='cat_from'><option value='PL'>Polska</option>"
            "<option value='DE'>Niemcy</option></select></label></form><ul>"
            + _pl_row(1, "Atlas grzybów", "Książki", "Polska")
            + _pl_row(2, "Sekator nożycowy", "Narzędzia ogrodowe", "Niemcy")
            + _pl_row(3, "Rękawice robocze", "Narzędzia ogrodowe", "Polska")
            + "</ul></body></html>")


def test_the_choices_of_a_category_filter_are_the_site_category_names():
    assert option_categories(load(_ES_GRID.encode())) == {"té verde", "matcha", "cerámica"}
    assert option_categories(load(_PL_LIST.encode())) == {"książki", "narzędzia ogrodowe"}


def test_a_sort_filter_and_a_filter_of_countries_name_no_category():
    page = ("<form><select name='sort'><option value='a'>Matcha</option></select>"
            "<select name='cat'><option value='1'>Poland</option><option value='2'>Germany</option>"
            "</select></form>")
    assert option_categories(load(page.encode())) == frozenset()


def test_a_jump_menu_of_addresses_into_category_pages_names_categories_outside_any_form():
    page = ("<div><select onchange='location=this.value'><option value=''>Kategorien</option>"
            "<option value='/kategorie/tee'>Tee</option><option value='/kategorie/kaffee'>Kaffee</option>"
            "<option value='/hilfe'>Hilfe</option></select>"
            "<select name='category'><option value='9'>Gewürze</option></select></div>")
    assert option_categories(load(page.encode())) == {"tee", "kaffee", "gewürze"}


def test_a_page_without_a_select_names_no_category_by_its_choices():
    assert option_categories(load(b"<div><a href='/category/1'>Tea</a></div>")) == frozenset()


def test_spanish_cards_take_their_category_from_a_badge_that_is_a_filter_choice():
    records = parse_page(_ES_GRID.encode(), url="http://mercadoverdeverde.onion/buscar?q=te").records
    assert [(r.title, r.category) for r in records] == [
        ("Sencha de primavera 100 g", "Té verde"),
        ("Matcha ceremonial 30 g", "Matcha"),
        ("Cuenco de barro cocido", "Cerámica"),
    ]


def test_polish_rows_take_their_category_and_not_their_origin_from_the_filter_choices():
    records = parse_page(_PL_LIST.encode(), url="http://targtargtargtarg.onion/szukaj").records
    assert [(r.category, r.ships_from) for r in records] == [
        ("Książki", "Polska"), ("Narzędzia ogrodowe", "Niemcy"), ("Narzędzia ogrodowe", "Polska"),
    ]
