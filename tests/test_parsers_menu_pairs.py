"""A store's owner is not read off its menu or its sidebar's widgets (parsers.menu_pairs, through
parsers.vendor_page.vendor_detail and parse_page): a menu's entry for the sellers' list (an
English "Seller" left in a Polish menu) above the next entry ("Jak działa escrow") is no label
over its value, and a widget's heading in
a sidebar ("Vendedor contacto") names no seller; the store's own heading does.

Made-up pages written here (Polish, Spanish), none a generality round's page.
"""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.menu_pairs import menu_entries, widget_heading

_KEY = """-----BEGIN PGP PUBLIC KEY BLOCK-----

mDMEZx1aBhYJKwYBBAHaRw8BAQdA3u7bVQxk0b3W2nq0cF3b8Yf2yQy9v3o1m8Zx
aQ1c2Ye0HFpp0Ybrv8ZWEgPHppZWxuYUBleGFtcGxlLm9yZz6IkAQTFggAOBYhBA==
=abcd
-----END PGP PUBLIC KEY BLOCK-----"""

# Polish: a store page at its address, the market's menu first (the sellers' list, then how
# escrow works), the store's heading, its join day and its key.
_STORE_PL = f"""<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8">
<title>Zielnik_Podlasie – Nocny Targ</title></head><body>
<nav><ul class="menu"><li><a href="/sklep/">Sklep</a></li><li><a href="/sprzedawcy/">Seller</a></li>
<li><a href="/escrow/">Jak działa escrow</a></li><li><a href="/konto/">Moje konto</a></li></ul></nav>
<main><h1 class="nazwa">Zielnik_Podlasie</h1>
<ul class="info"><li>Białystok, Polska</li><li>Członek od 3 marca 2022</li></ul>
<h2>Regulamin</h2><p>Wysyłka w ciągu 48 godzin.</p><pre>{_KEY}</pre></main></body></html>"""

# Spanish: a store page whose sidebar's contact widget is headed "Vendedor contacto".
_STORE_ES = f"""<!DOCTYPE html><html lang="es"><head><meta charset="utf-8">
<title>Yerbal_Misiones – Mercado Nocturno</title></head><body>
<div id="sidebar" role="complementary"><h3>Vendedor contacto</h3>
<form method="post"><textarea name="m"></textarea><input type="submit" value="Enviar"></form></div>
<div id="main"><h1>Yerbal_Misiones</h1><p>Miembro desde 9 de agosto de 2020</p>
<h2>Términos</h2><pre>{_KEY}</pre></div></body></html>"""


def test_two_entries_of_one_menu_are_no_label_and_value() -> None:
    doc = load(_STORE_PL.encode())
    assert menu_entries(doc, "Seller", "Jak działa escrow")
    assert not menu_entries(doc, "Seller", "Zielnik_Podlasie")


def test_a_heading_in_a_complementary_block_is_a_widgets() -> None:
    doc = load(_STORE_ES.encode())
    heads = {el.text_content().strip(): el for el in doc.root.iter("h1", "h3")}
    assert widget_heading(heads["Vendedor contacto"])
    assert not widget_heading(heads["Yerbal_Misiones"])


def test_a_stores_owner_is_its_heading_not_the_menu_entry_after_the_sellers_list() -> None:
    result = parse_page(_STORE_PL.encode(), url="http://targ.example/sklep/zielnik-podlasie/regulamin/")
    assert result.page.page_type == "vendor"
    assert [(v.name, v.member_since) for v in result.records] == [("Zielnik_Podlasie", "2022-03-03")]


def test_a_stores_owner_is_its_heading_not_a_sidebar_widgets() -> None:
    result = parse_page(_STORE_ES.encode(), url="http://mercado.example/tienda/yerbal-misiones/terminos/")
    assert result.page.page_type == "vendor"
    assert [(v.name, v.member_since) for v in result.records] == [("Yerbal_Misiones", "2020-08-09")]
