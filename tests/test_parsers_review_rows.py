"""A page of reviews known by its rows whatever its language (parsers.review_rows, through
parsers.markets.extract_market): repeated rows each with a rating mark (stars, a score over 5 or
10, a kind's word), a date and a comment of a few words, naming the item bought and what was paid
but offering nothing to buy, are a vendor's feedback, not listings; cards on sale (a buy button,
no mark or no date) stay listings.

Made-up pages written here (Portuguese, Turkish, German, Polish, Finnish) and in
tests/data/vendor_figures (Italian, Czech), none a generality round's page.
"""

from __future__ import annotations

from pathlib import Path

from parsers import parse_page
from parsers.dom import load
from parsers.feedback_vendor import feedback_total, page_seller, positive_share
from parsers.records import Listing
from parsers.review_rows import page_reviews, review_rows
from parsers.vendor_counts import feedback_count

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


# The vendor record of a page of reviews (parsers.feedback_vendor): the seller the page is about,
# the total of reviews it shows (None when it shows none; a count of one kind never is the total),
# the positive share it shows, no word about a key, and the reviews as its feedback.

# Polish: a summary of totals above blocks of reviews sharing a class; each block links the item
# bought; the kind filters count one kind each ("Pozytywne (1 180)").
_TOTALS_PL = """<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8">
<title>Opinie o sprzedawcy Zielna_Polka – Nocny Targ</title></head><body>
<nav><a href="/">Nocny Targ</a> <a href="/sklepy">Sklepy</a> <a href="/koszyk">Koszyk</a></nav>
<p class="okruszki"><a href="/">Start</a> / <a href="/sklepy">Sklepy</a> /
<a href="/sklep/Zielna_Polka">Zielna_Polka</a> / Opinie</p>
<h1>Opinie o sprzedawcy Zielna_Polka</h1>
<ul class="podsumowanie"><li>Wszystkich opinii: <strong>1 204</strong></li>
<li>Pozytywnych: <strong>98,1%</strong></li></ul>
<p class="filtry"><a href="/sklep/Zielna_Polka/opinie?r=poz">Pozytywne (1 180)</a>
<a href="/sklep/Zielna_Polka/opinie?r=neg">Negatywne (24)</a></p>
<section class="lista">
<div class="opinia"><span class="ocena">5/5</span><p>Zioła świeże i pięknie pachną, polecam.</p>
<a href="/oferta/melisa">Melisa suszona, 100 g</a><span class="kwota">24,00 zł</span>
<span class="data">17.11.2026</span></div>
<div class="opinia"><span class="ocena">4/5</span><p>Dobra jakość, ale paczka szła tydzień.</p>
<a href="/oferta/mieta">Mięta pieprzowa, 200 g</a><span class="kwota">31,50 zł</span>
<span class="data">14.11.2026</span></div>
<div class="opinia"><span class="ocena">5/5</span><p>Kolejne zamówienie i znowu wszystko idealnie.</p>
<a href="/oferta/melisa">Melisa suszona, 100 g</a><span class="kwota">24,00 zł</span>
<span class="data">09.11.2026</span></div>
</section>
</body></html>"""

# Finnish: a table of reviews whose items are named in plain text (no link, no amount), under a
# heading that links the seller; no total and no share shown.
_PLAIN_FI = """<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8">
<title>Palautteet – Yötori</title></head><body>
<div class="ylä"><a href="/">Yötori</a> <a href="/tili">Oma tili</a></div>
<h2>Palautteet myyjälle <a href="/myyja/Kuusi_Kauppa">Kuusi_Kauppa</a></h2>
<table class="palaute">
<tr><th>Arvio</th><th>Kommentti</th><th>Tuote</th><th>Päivä</th></tr>
<tr><td>★★★★★</td><td>Nopea toimitus ja hyvin pakattu, kiitos paljon.</td>
<td>Kuusenkerkkäsiirappi 0,5 l</td><td>18.11.2026</td></tr>
<tr><td>★★★★☆</td><td>Maku oli hyvä, pullo vähän tahmea.</td>
<td>Koivunmahla 1 l</td><td>16.11.2026</td></tr>
<tr><td>★★☆☆☆</td><td>Paketti tuli kaksi viikkoa myöhässä.</td>
<td>Kuusenkerkkäsiirappi 0,5 l</td><td>11.11.2026</td></tr>
</table>
</body></html>"""


def test_a_page_of_reviews_with_totals_gives_its_seller_the_total_and_the_positive_share() -> None:
    result = parse_page(_TOTALS_PL.encode(), url="http://nocny.onion/sklep/Zielna_Polka/opinie",
                        captured_at=_NOW, use_profiles=False)
    assert result.page.page_type == "feedback"
    (vendor,) = result.records
    assert (vendor.name, vendor.feedback_count, vendor.rating, vendor.member_since) == (
        "Zielna_Polka", 1204, 98.1, None)
    assert (vendor.has_pgp_key, vendor.pgp_fingerprint) == (None, None)
    assert [(f.rating, f.date, f.listing) for f in vendor.feedback] == [
        ("5/5", "2026-11-17", "Melisa suszona, 100 g"), ("4/5", "2026-11-14", "Mięta pieprzowa, 200 g"),
        ("5/5", "2026-11-09", "Melisa suszona, 100 g")]
    assert vendor.feedback[1].text == "Dobra jakość, ale paczka szła tydzień."


def test_a_page_of_reviews_without_totals_gives_its_seller_and_no_count() -> None:
    result = parse_page(_PLAIN_FI.encode(), url="http://yotori.onion/myyja/Kuusi_Kauppa/palaute",
                        captured_at=_NOW, use_profiles=False)
    assert result.page.page_type == "feedback"
    (vendor,) = result.records
    assert (vendor.name, vendor.feedback_count, vendor.rating, vendor.has_pgp_key) == (
        "Kuusi_Kauppa", None, None, None)
    assert [(f.rating, f.date, f.text) for f in vendor.feedback] == [
        ("5/5", "2026-11-18", "Nopea toimitus ja hyvin pakattu, kiitos paljon."),
        ("4/5", "2026-11-16", "Maku oli hyvä, pullo vähän tahmea."),
        ("2/5", "2026-11-11", "Paketti tuli kaksi viikkoa myöhässä.")]


def test_every_run_of_rows_on_a_page_is_looked_at_not_only_cards() -> None:
    # The Finnish rows link nothing and show no price: no card finder takes them.
    doc = load(_PLAIN_FI.encode())
    assert [f.date for f in page_reviews(doc, _NOW)] == ["2026-11-18", "2026-11-16", "2026-11-11"]
    doc = load(_TOTALS_PL.encode())
    assert len(page_reviews(doc, _NOW)) == 3
    assert page_reviews(load(_CARDS_DE.encode()), _NOW) == []


def test_a_kind_filters_count_is_no_total_and_a_labelled_total_is() -> None:
    assert feedback_total(["Pozytywne (1 180) Negatywne (24)"]) is None
    assert feedback_total(["Total Positive Feedback : 433"]) is None
    assert feedback_total(["Всего отзывов: 2 318"]) == 2318
    assert feedback_total(["Recensioni totali", "412"]) == 412
    assert feedback_total(["Total number of reviews: 1,204"]) == 1204
    assert positive_share(["Average: 4,8 / 5", "Positive: 97.5 %"]) == 97.5


def test_the_seller_is_the_handle_a_link_names_in_a_heading_or_above_the_pages_address() -> None:
    assert page_seller(load(_PLAIN_FI.encode())) == "Kuusi_Kauppa"
    doc = load(_TOTALS_PL.encode(), url="http://nocny.onion/sklep/Zielna_Polka/opinie")
    assert page_seller(doc) == "Zielna_Polka"
    assert page_seller(load(_CARDS_DE.encode(), url="http://nacht.onion/angebote")) is None


def test_a_tab_that_filters_one_kind_of_feedback_counts_no_total() -> None:
    # Dutch tabs to a seller's reviews: the kind filters' counts are no feedback count.
    page = ("<h1>Beoordelingen</h1><p><a href='/verkoper/tulp_3/reviews?soort=pos'>Positief (40)</a> "
            "<a href='/verkoper/tulp_3/reviews?soort=neg'>Negatief (2)</a></p>")
    doc = load(page.encode(), url="http://m.onion/verkoper/tulp_3")
    assert feedback_count(doc, doc.text_lines, "tulp_3", None) is None
    doc = load(page.replace("Negatief (2)", "Alle (42)").encode(), url="http://m.onion/verkoper/tulp_3")
    assert feedback_count(doc, doc.text_lines, "tulp_3", None) == 42


# A review's mark drawn by an element of its own: a sign alone ("+", "−") or a title naming its
# kind ("<span title='Neutra'>=</span>"). Made-up pages of tests/data/vendor_figures (Italian
# blocks, Czech list items), no round's page.
_FIGURES = Path(__file__).parent / "data" / "vendor_figures"


def test_italian_review_blocks_marked_by_a_titled_sign_are_the_sellers_feedback() -> None:
    result = parse_page((_FIGURES / "recensioni_it.html").read_bytes(), captured_at=_NOW,
                        url="http://bottega.example.onion/venditore/Oliveto_Sole/recensioni")
    assert result.page.page_type == "feedback"
    (vendor,) = result.records
    assert (vendor.name, vendor.feedback_count, vendor.rating) == ("Oliveto_Sole", 1216, 98.9)
    assert [f.rating for f in vendor.feedback] == ["positive", "positive", "neutral", "positive"]
    assert [f.buyer for f in vendor.feedback] == ["g***a", "p***o", "l***i", "f***e"]
    assert vendor.feedback[2].listing == "Olio extravergine, 1 l"


def test_czech_list_items_marked_by_a_sign_alone_are_reviews_not_listings() -> None:
    result = parse_page((_FIGURES / "hodnoceni_cs.html").read_bytes(), captured_at=_NOW,
                        url="http://trziste.example.onion/prodejce/Medovar_Brno/hodnoceni")
    assert result.page.page_type == "feedback"
    assert not any(isinstance(r, Listing) for r in result.records)
    (vendor,) = result.records
    assert (vendor.name, vendor.feedback_count) == ("Medovar_Brno", 846)
    assert [(f.rating, f.date) for f in vendor.feedback] == [
        ("positive", "2026-11-18"), ("positive", "2026-11-15"), ("negative", "2026-11-12"),
        ("positive", "2026-11-10")]


def test_only_a_rows_first_element_of_text_is_read_as_its_drawn_mark() -> None:
    rows = "".join(
        f"<li><div>Zestaw {n}</div><div>+</div><div>Świetna herbata, szybka wysyłka.</div>"
        f"<div>1{n}.11.2026</div></li>" for n in (1, 2, 3))
    assert page_reviews(load(f"<ul>{rows}</ul>".encode()), _NOW) == []
    titled = rows.replace("<div>Zestaw", "<div title='Neutralna'>0</div><div>Zestaw")
    assert [f.rating for f in page_reviews(load(f"<ul>{titled}</ul>".encode()), _NOW)] == ["neutral"] * 3
