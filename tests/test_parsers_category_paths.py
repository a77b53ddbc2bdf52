"""parsers.card_fields.known_category: a card line that writes a path of the site's categories as
text ("Чай › Зелёный чай", "Kitap / Roman") shows its most specific one, as a card's own category
links do; read on grids of invented templates in Russian (category links in a side menu) and
Turkish (a search form's category filter, its field named in Turkish: 'kategori_id')."""

from __future__ import annotations

from parsers import parse_page
from parsers.card_fields import known_category
from parsers.records import Listing


def _ru_card(n: int, title: str, path: str) -> str:
    return (f"<div class='tovar'><a href='/tovar/{n}'>{title}</a><div>{path}</div>"
            f"<div>{n * 300} RUB</div></div>")


_RU_GRID = ("<html lang='ru'><head><meta charset='utf-8'><title>Лавка</title></head><body>"
            "<nav><a href='/category/chai'>Чай</a> <a href='/category/chai/zelenyi'>Зелёный чай</a> "
            "<a href='/category/posuda'>Посуда</a></nav><main>"
            + _ru_card(1, "Лунцзин весенний", "Чай › Зелёный чай")
            + _ru_card(2, "Гайвань фарфоровая", "Посуда")
            + _ru_card(3, "Сенча", "Чай » Зелёный чай")
            + "</main></body></html>")


def _tr_row(n: int, title: str, path: str) -> str:
    return f"<li><a href='/urun/{n}'>{title}</a><div>{path}</div><div>{n * 40},00 TL</div></li>"


_TR_LIST = ("<html lang='tr'><head><meta charset='utf-8'><title>Sahaf</title></head><body>"
            "<form action='/ara'><select name='kategori_id'><option value=''>Tümü</option>"
            "<option value='1'>Kitap</option><option value='2'>Roman</option><option value='3'>Şiir</option>"
            "</select></form><ul>"
            + _tr_row(1, "Tutunamayanlar", "Kitap / Roman")
            + _tr_row(2, "Sevda Sözleri", "Kitap / Şiir")
            + "</ul></body></html>")


def test_a_path_of_categories_gives_its_last_known_step():
    cats = {"чай", "зелёный чай"}
    assert known_category(["Сенча", "Чай › Зелёный чай"], "Сенча", cats) == "Зелёный чай"
    assert known_category(["Сенча", "Чай › Улун"], "Сенча", cats) == "Чай"
    assert known_category(["Сенча", "Чай - 100 г"], "Сенча", cats) == "Чай"


def test_russian_cards_take_the_most_specific_category_of_their_text_path():
    records = parse_page(_RU_GRID.encode(), url="http://lavkalavkalavka.onion/").records
    assert [r.category for r in records if isinstance(r, Listing)] == ["Зелёный чай", "Посуда", "Зелёный чай"]


def test_turkish_rows_take_the_last_step_of_a_path_the_category_filter_names():
    records = parse_page(_TR_LIST.encode(), url="http://sahafsahafsahaf.onion/ara").records
    assert [r.category for r in records if isinstance(r, Listing)] == ["Roman", "Şiir"]


def test_a_category_address_or_field_may_spell_the_word_kategori():
    from parsers.market_names import CATEGORY_URL_RE

    assert CATEGORY_URL_RE.search("/kategoriler/kitap") and CATEGORY_URL_RE.search("?kategoria=3")
    assert CATEGORY_URL_RE.search("?kategori_id=") and not CATEGORY_URL_RE.search("/urun/12")
