"""A classified's item page beside a row of related items' cards (parsers.item_place,
parsers.markets._related_grid, parsers.market_names, parsers.item_title, parsers.card_fields):

* an item page whose heading holds its price and town beside its name, and a related card or
  two below, is still the item's page (the related cards are other items);
* the breadcrumb's last item is the name without the separator the template writes inside it
  ("<li> / <span>name</span></li>"); a crumb naming the item's town is no category;
* the element marked as the item's location by class or id holds one place, whole;
* a seller's whole name (two to four words) a profile link shows under a short label of any
  language is the seller; the site's sign-in link (/user/login) is never a seller.

Made-up pages written here (Portuguese and Swahili), none a generality round's page.
"""

from __future__ import annotations

from parsers import parse_page
from parsers.records import Listing

_ITEM_PT = """<!DOCTYPE html><html lang="pt-BR"><head><meta charset="utf-8">
<title>Bicicleta aro 29, 21 marchas - Bicicletas - Curitiba - Classificados Pinhão</title></head>
<body><header><a href="/">Classificados Pinhão</a>
  <a href="/user/login">Entrar</a> <a href="/user/register">Cadastrar</a></header>
<ol class="crumbs">
  <li><a href="/">Início</a></li>
  <li> / <a href="/esportes">Esportes</a></li>
  <li> / <a href="/esportes/bicicletas">Bicicletas</a></li>
  <li> / <a href="/esportes/bicicletas/curitiba">Curitiba</a></li>
  <li> / <span>Bicicleta aro 29, 21 marchas</span></li>
</ol>
<main>
<h1><em class="valor">R$ 1.850,00</em> <b>Bicicleta aro 29, 21 marchas Curitiba</b></h1>
<div class="datas">Publicado em 12/11/2026</div>
<div class="ad-location"><b>Local</b>: Batel, Curitiba, Paraná, Brasil</div>
<section class="texto"><p>Quadro de alumínio, freio a disco, pouco uso. Acompanha capacete.</p></section>
<aside class="contato"><h3>Fale com o anunciante</h3>
  <p>Anunciante: <a href="/profile/88">Ana Lima</a></p><p>Telefone: (41) 9xxxx-xx21</p></aside>
<section class="parecidos"><h2>Anúncios parecidos</h2>
  <div class="mini">
    <a href="/esportes/bicicletas/curitiba/bicicleta-infantil_i77">Bicicleta infantil aro 16</a>
    <span class="location">Portão</span> <span class="valor">R$ 420,00</span></div>
</section>
</main><footer>© Classificados Pinhão</footer></body></html>"""


def test_a_classified_item_beside_a_related_card_is_the_items_page() -> None:
    result = parse_page(_ITEM_PT.encode(), url="https://pinhao.example/esportes/bicicletas/curitiba/bicicleta-aro-29_i91")
    listings = [r for r in result.records if isinstance(r, Listing)]
    assert result.page.page_type == "listing"
    assert [(r.title, r.price, r.currency, r.vendor, r.category, r.ships_from) for r in listings] == [
        ("Bicicleta aro 29, 21 marchas", 1850.0, "BRL", "Ana Lima", "Bicicletas",
         "Batel, Curitiba, Paraná, Brasil"),
    ]


_ITEM_SW = """<!DOCTYPE html><html lang="sw"><head><meta charset="utf-8">
<title>Friji ya milango miwili, lita 250 | Soko Huru</title></head>
<body><nav class="menu"><a href="/">Soko Huru</a> <a href="/user/signin">Ingia</a></nav>
<h1>Friji ya milango miwili, lita 250</h1>
<p class="bei">TSh 650,000</p>
<p id="listing_location">Mahali: Kariakoo, Dar es Salaam, Tanzania</p>
<div class="maelezo"><p>Inafanya kazi vizuri, imetumika mwaka mmoja tu.</p></div>
<div class="muuzaji">Muuzaji: <a href="/profile/3120">Juma Said Mrisho</a></div>
<div class="mengine"><h3>Matangazo mengine</h3>
  <div class="kadi"><a href="/tangazo/jiko-la-gesi_i55">Jiko la gesi, mioto minne</a> TSh 180,000</div>
  <div class="kadi"><a href="/tangazo/feni-ya-meza_i56">Feni ya meza</a> TSh 45,000</div>
</div></body></html>"""


def test_a_swahili_item_page_with_two_related_cards_reads_its_seller_and_place_whole() -> None:
    result = parse_page(_ITEM_SW.encode(), url="https://sokohuru.example/tangazo/friji-milango-miwili_i54")
    listings = [r for r in result.records if isinstance(r, Listing)]
    assert result.page.page_type == "listing"
    assert [(r.title, r.price, r.currency, r.vendor, r.ships_from) for r in listings] == [
        ("Friji ya milango miwili, lita 250", 650000.0, "TZS", "Juma Said Mrisho",
         "Kariakoo, Dar es Salaam, Tanzania"),
    ]


def test_a_sign_in_link_under_a_user_address_is_no_seller() -> None:
    page = _ITEM_PT.replace('<p>Anunciante: <a href="/profile/88">Ana Lima</a></p>', "")
    result = parse_page(page.encode(), url="https://pinhao.example/esportes/bicicletas/curitiba/bicicleta-aro-29_i91")
    listings = [r for r in result.records if isinstance(r, Listing)]
    assert [r.vendor for r in listings] == [None]
