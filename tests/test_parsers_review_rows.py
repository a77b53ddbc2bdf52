"""A page of reviews known by its rows whatever its language (parsers.review_rows, through
parsers.markets.extract_market): repeated rows each with a rating mark (stars, a score over 5 or
10, a kind's word), a date and a comment of a few words, naming the item bought and what was paid
but offering nothing to buy, are a vendor's feedback, not listings; cards on sale (a buy button,
no mark or no date) stay listings.

Made-up pages written here (Portuguese, Turkish, German), none a generality round's page.
"""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.records import Listing
from parsers.review_rows import review_rows

_NOW = "2026-11-20T12:00:00Z"

# Portuguese: a table of reviews, stars and a score, the item linked, the amount paid, the date.
_TABLE_PT = """<!DOCTYPE html><html lang="pt"><head><meta charset="utf-8">
<title>Avaliações de Cafe_Serra – Feira Escura</title></head><body>
<div class="topo"><a href="/">Feira Escura</a> <a href="/conta">conta</a></div>
<h2>Avaliações recebidas por <a href="/loja/Cafe_Serra">Cafe_Serra</a></h2>
<table class="aval">
<tr><th>Nota</th><th>Comentário</th><th>Produto</th><th>Comprador</th><th>Valor</th><th>Quando</th></tr>
<tr><td>★★★★★ 5/5</td><td>Café fresquinho, chegou em dois dias.</td>
<td><a href="/produto/31">Café arábica torrado, 500 g</a></td>
<td>r***o</td><td>R$ 54,90</td><td>há 3 horas</td></tr>
<tr><td>★★★★☆ 4/5</td><td>Bom café, a embalagem veio amassada.</td>
<td><a href="/produto/44">Café moído fino, 250 g</a></td>
<td>c***a</td><td>R$ 29,50</td><td>ontem</td></tr>
<tr><td>★★★★★ 5/5</td><td>Sempre perfeito, recomendo a todos.</td>
<td><a href="/produto/31">Café arábica torrado, 500 g</a></td>
<td>m***s</td><td>R$ 54,90</td><td>12/11/2026</td></tr>
<tr><td>★★☆☆☆ 2/5</td><td>Demorou muito mais do que o prometido.</td>
<td><a href="/produto/52">Kit coador de pano</a></td>
<td>j***1</td><td>R$ 35,00</td><td>02/11/2026</td></tr>
</table>
<div class="pag">Página 1 de 4 · <a href="/loja/Cafe_Serra/avaliacoes?p=2">Próxima ›</a></div>
</body></html>"""

# Turkish: reviews as blocks of a list, a kind's word for a mark, the item and the price paid.
_BLOCKS_TR = """<!DOCTYPE html><html lang="tr"><head><meta charset="utf-8">
<title>Degerlendirmeler - Gece Pazari</title></head><body>
<header><a href="/">Gece Pazarı</a></header>
<h1>Satıcı yorumları: baharatci_ali</h1>
<div class="yorumlar">
<div class="yorum"><span class="tur">Olumlu</span><p>Baharatlar çok taze, paketleme çok iyiydi.</p>
<a href="/urun/pul-biber">Pul biber, 250 g</a>
<span class="tutar">₺120,00</span><span class="tarih">18.11.2026</span></div>
<div class="yorum"><span class="tur">Olumlu</span><p>Hızlı kargo için teşekkürler, tekrar alırım.</p>
<a href="/urun/sumak">Sumak, 200 g</a>
<span class="tutar">₺95,00</span><span class="tarih">15.11.2026</span></div>
<div class="yorum"><span class="tur">Olumsuz</span><p>Paket eksik geldi, cevap vermedi.</p>
<a href="/urun/kekik">Kekik, 100 g</a>
<span class="tutar">₺60,00</span><span class="tarih">09.11.2026</span></div>
</div></body></html>"""

# German: cards on sale, each with a date it was listed and a buy button: listings.
_CARDS_DE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Angebote - Nachtmarkt</title></head><body>
<div class="liste">
<div class="karte"><a href="/angebot/1">Kräutertee Mischung, 100 g</a><span>4/5</span>
<p>Frisch gemischt aus eigenem Garten.</p>
<span class="preis">12,00 €</span><span>18.11.2026</span><button>In den Warenkorb</button></div>
<div class="karte"><a href="/angebot/2">Pfefferminze lose, 200 g</a><span>5/5</span>
<p>Aus biologischem Anbau im Allgäu.</p>
<span class="preis">9,50 €</span><span>17.11.2026</span><button>In den Warenkorb</button></div>
<div class="karte"><a href="/angebot/3">Kamillenblüten, 150 g</a><span>5/5</span>
<p>Ganze Blüten, schonend getrocknet.</p>
<span class="preis">8,00 €</span><span>16.11.2026</span><button>In den Warenkorb</button></div>
</div></body></html>"""


def test_a_table_of_rated_dated_comments_on_items_bought_is_a_feedback_page() -> None:
    result = parse_page(_TABLE_PT.encode(), url="http://feira.onion/loja/Cafe_Serra/avaliacoes",
                        captured_at=_NOW, use_profiles=False)
    assert result.page.page_type == "feedback"
    assert not [r for r in result.records if isinstance(r, Listing)]


def test_the_rows_of_a_review_table_give_mark_comment_item_buyer_and_date() -> None:
    doc = load(_TABLE_PT.encode(), url="http://feira.onion/loja/Cafe_Serra/avaliacoes")
    rows = [tr for tr in doc.root.iter("tr") if tr.find("td") is not None]
    reviews = review_rows(doc, rows, _NOW)
    assert [(f.rating, f.buyer, f.date[:10] if f.date else None) for f in reviews] == [
        ("5/5", "r***o", "2026-11-20"), ("4/5", "c***a", "2026-11-19"),
        ("5/5", "m***s", "2026-11-12"), ("2/5", "j***1", "2026-11-02")]
    assert reviews[0].text == "Café fresquinho, chegou em dois dias."
    assert reviews[0].listing == "Café arábica torrado, 500 g"


def test_blocks_marked_by_a_kind_word_with_a_date_and_a_comment_are_a_feedback_page() -> None:
    doc = load(_BLOCKS_TR.encode(), url="http://gece.onion/satici/baharatci_ali/yorumlar")
    blocks = list(doc.root.iter("div"))[1:]
    assert [f.rating for f in review_rows(doc, blocks, _NOW)] == ["positive", "positive", "negative"]
    result = parse_page(_BLOCKS_TR.encode(), url="http://gece.onion/satici/baharatci_ali/yorumlar",
                        captured_at=_NOW, use_profiles=False)
    assert result.page.page_type == "feedback"
    assert not [r for r in result.records if isinstance(r, Listing)]


def test_cards_with_a_buy_button_are_no_reviews_even_with_a_score_and_a_date() -> None:
    doc = load(_CARDS_DE.encode())
    cards = list(doc.root.iter("div"))[1:]
    assert review_rows(doc, cards, _NOW) == []
    result = parse_page(_CARDS_DE.encode(), url="http://nacht.onion/angebote", captured_at=_NOW,
                        use_profiles=False)
    assert result.page.page_type == "listing_index"
    assert [r.title for r in result.records if isinstance(r, Listing)] == [
        "Kräutertee Mischung, 100 g", "Pfefferminze lose, 200 g", "Kamillenblüten, 150 g"]


def test_fewer_than_three_rows_are_no_page_of_reviews() -> None:
    doc = load(_TABLE_PT.encode())
    rows = [tr for tr in doc.root.iter("tr") if tr.find("td") is not None][:2]
    assert review_rows(doc, rows, _NOW) == []
