"""parsers.stats_seller: an item page's seller named only in a sentence ("Šo preci pārdod NAME,
... Vērtējums 98,7 %, 230 pārdošanas"): a link whose address spells the handle it shows (its
accents dropped too), followed in the same short paragraph by the seller's share and a count.
A link followed by a share alone ("50% off!") names no seller. Made-up pages written here."""

from __future__ import annotations

import parsers
from parsers.dom import load
from parsers.records import Listing
from parsers.stats_seller import stats_seller


def _vendor(page: str, url: str) -> str | None:
    result = parsers.parse_page(page.encode(), url=url)
    listings = [r for r in result.records if isinstance(r, Listing)]
    assert result.page.page_type == "listing" and len(listings) == 1
    return listings[0].vendor


_LATVIAN = """<html lang="lv"><head><meta charset="utf-8"><title>Latviešu tautasdziesmas — Tirgus</title>
</head><body><h1>Latviešu tautasdziesmas, 3 sējumi</h1><div class="cena">24,00 €</div>
<p>Šo preci pārdod <a href="/pardevejs/Gramatu_Maja">Grāmatu_Māja</a>, tirgū kopš 2019. gada.
Vērtējums 98,7 %, 230 pārdošanas.</p>
<form action="/grozs" method="post"><input type="number" name="daudzums" value="1">
<button>Ielikt grozā</button></form></body></html>"""

_PORTUGUESE = """<html lang="pt"><head><meta charset="utf-8"><title>Café torrado, 250 g — Feira</title></head>
<body><h1>Café torrado, 250 g</h1><p class="preco">R$ 24,90</p>
<p>Vendido e enviado por <a href="/loja/Cafe_Sao_Joao">Café_São_João</a>: 97 % de avaliações
positivas em 1 204 vendas.</p>
<form action="/carrinho" method="post"><input type="number" name="qtd" value="1">
<button>Adicionar ao carrinho</button></form></body></html>"""


def test_a_seller_named_in_a_sentence_with_its_figures_is_the_items_seller() -> None:
    assert _vendor(_LATVIAN, "http://tirgus.example/prece/41") == "Grāmatu_Māja"
    assert _vendor(_PORTUGUESE, "http://feira.example/produto/9") == "Café_São_João"


def test_a_link_followed_by_a_share_alone_names_no_seller() -> None:
    doc = load(b"<h1>Tea</h1><p>Today <a href='/u/ann'>ann</a> says: 50% off everything, hurry.</p>")
    assert stats_seller(doc) is None


def test_a_link_whose_address_spells_another_name_names_no_seller() -> None:
    page = _LATVIAN.replace("/pardevejs/Gramatu_Maja", "/pardevejs/Cits_Veikals")
    assert stats_seller(load(page.encode())) is None
