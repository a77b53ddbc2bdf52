"""parsers.crumb_trail: a bulleted list from the home link whose last item, unlinked, is the item's
own title (however long) is the item's breadcrumb, its category the step before; read on item
pages of invented templates in Spanish and Turkish."""

from __future__ import annotations

from parsers import parse_page
from parsers.crumb_trail import trail_category
from parsers.dom import load

_ES_ITEM = """<html lang="es"><head><meta charset="utf-8"><title>Tienda</title></head><body>
<div class="cab"><a href="/">Tienda Sombra</a> <a href="/entrar">Entrar</a></div>
<ul class="ruta"><li><a href="/">Inicio</a></li><li><a href="/seccion/libros">Libros antiguos</a></li>
<li>Don Quijote de la Mancha, edición ilustrada de 1880 en dos tomos</li></ul>
<div class="ficha"><h1>Don Quijote de la Mancha, edición ilustrada de 1880 en dos tomos</h1>
<p>Precio: 0.021 BTC</p><p>Vendedor: <a href="/u/bibliofilo">bibliofilo</a></p>
<form method="post" action="/carrito"><button>Comprar</button></form></div></body></html>"""

_TR_ITEM = """<html lang="tr"><head><meta charset="utf-8"><title>Pazar</title></head><body>
<div class="ust"><a href="/">Pazar</a></div>
<ul class="yol"><li><a href="/">Ana sayfa</a></li><li><a href="/k/12">Çay</a></li>
<li><a href="/liste?id=7">Siyah çay</a></li><li>Rize çayı 1 kg</li></ul>
<h1>Rize çayı 1 kg</h1><div class="fiyat">Fiyat: 9.50 USD</div>
<form method="post" action="/sepet"><button>Satın al</button></form></body></html>"""


def test_a_bulleted_list_ending_at_the_long_title_of_the_item_is_its_breadcrumb():
    title = "Don Quijote de la Mancha, edición ilustrada de 1880 en dos tomos"
    assert trail_category(load(_ES_ITEM.encode()), title) == "Libros antiguos"


def test_a_bulleted_list_ending_elsewhere_is_no_breadcrumb():
    page = _ES_ITEM.replace("<li>Don Quijote de la Mancha, edición ilustrada de 1880 en dos tomos</li>",
                            "<li>Novedades</li>")
    title = "Don Quijote de la Mancha, edición ilustrada de 1880 en dos tomos"
    assert trail_category(load(page.encode()), title) is None


def test_a_spanish_item_page_takes_its_category_from_the_list_before_it():
    listing = parse_page(_ES_ITEM.encode(), url="http://tiendatiendatienda.onion/articulo/9").records[0]
    assert listing.category == "Libros antiguos"


def test_a_turkish_item_page_takes_the_last_step_before_the_item():
    listing = parse_page(_TR_ITEM.encode(), url="http://pazarpazarpazar.onion/urun/4").records[0]
    assert listing.category == "Siyah çay"
