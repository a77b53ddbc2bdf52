"""A seller's reviews as a comment list (parsers.review_rows, parsers.feedback_vendor, through
parse_page): the list's items are its rows whatever their classes (a comment list classes each
by its author and parity), a meta line holding the reviewer and the date is no comment, a star
element that writes its score in words ("4 von 5") gives the score, and the seller is the
heading's handle that the shop's address spells with hyphens for its underscores.

Made-up pages written here (German, Brazilian Portuguese), none a generality round's page.
"""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.feedback_vendor import page_seller
from parsers.records import Vendor
from parsers.review_rows import page_reviews

_NOW = "2026-11-20T12:00:00Z"


def _item(cls: str, score: int, who: str, day: str, text: str, reply: str = "") -> str:
    return (f'<li class="bewertung {cls}"><div class="kopf">'
            f'<span class="star-rating" title="{score} von 5"><b>{score}</b> von 5</span></div>'
            f'<p class="meta"><strong>{who}</strong> (verifizierter Kauf) – <time>{day}</time></p>'
            f'<div class="text">{text}</div>{reply}</li>')


# German: an ordered list of reviews, each item classed by its author and parity, a shop's
# reply nested in one; the shop's address spells "Holz_Werk_Nord" as holz-werk-nord.
_LIST_DE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Bewertungen für Holz_Werk_Nord – Nachtmarkt</title></head><body>
<nav><a href="/">Nachtmarkt</a> / <a href="/haendler/">Händler</a> / Holz_Werk_Nord</nav>
<div class="shopkopf"><div class="name">Holz_Werk_Nord</div>
<p>Bewertungen insgesamt: 312</p><p>Positiv: 97,4 %</p></div>
<ul class="reiter"><li><a href="/haendler/holz-werk-nord/">Artikel</a></li>
<li><a href="/haendler/holz-werk-nord/bewertungen/">Bewertungen</a></li></ul>
<h2>Bewertungen für Holz_Werk_Nord</h2>
<ol class="liste">""" + "".join((
    _item("autor-k-m gerade", 5, "k***m", "18. November 2026",
          "Schneidebrett aus Eiche, sauber geölt und schnell verschickt."),
    _item("autor-t-r ungerade", 3, "t***r", "12. November 2026",
          "Gutes Holz, aber die Lieferung hat fast zwei Wochen gedauert.",
          '<ul class="antworten"><li class="bewertung autor-holz-werk-nord gerade"><p class="meta">'
          '<strong>Holz_Werk_Nord</strong> – <time>13. November 2026</time></p>'
          '<div class="text">Entschuldigung für die Verspätung, die Post hatte Rückstau.</div></li></ul>'),
    _item("autor-a-s gerade", 4, "a***s", "2. November 2026",
          "Löffelset wie beschrieben, der Griff könnte glatter sein."),
    _item("autor-p-l ungerade", 5, "p***l", "28. Oktober 2026",
          "Zweite Bestellung, wieder alles bestens verpackt."),
)) + """</ol></body></html>"""

# Brazilian Portuguese: reviews as list items with classes of their own, "4 de 5" in the stars.
_LIST_PT = """<!DOCTYPE html><html lang="pt-BR"><head><meta charset="utf-8">
<title>Avaliações – Feira da Noite</title></head><body>
<header><a href="/">Feira da Noite</a> <a href="/vendedores/">Vendedores</a></header>
<h1>Avaliações de Couro_Mineiro</h1>
<p><a href="/loja/couro-mineiro/">Ver produtos</a></p>
<p>Total de avaliações: 155</p>
<ul class="avaliacoes">
<li class="av av-par autor-rafa"><span class="stars">5 de 5</span><p>r***a · 15 de novembro de 2026</p>
<p>Cinto muito bem costurado, chegou antes do prazo.</p></li>
<li class="av av-impar autor-cris"><span class="stars">4 de 5</span><p>c***s · 10 de novembro de 2026</p>
<p>Carteira bonita, mas a cor é mais escura que na foto.</p></li>
<li class="av av-par autor-dudu"><span class="stars">5 de 5</span><p>d***u · 3 de novembro de 2026</p>
<p>Terceira compra com a loja, sempre impecável.</p></li>
</ul></body></html>"""


def test_a_comment_list_whose_items_differ_in_class_is_a_page_of_reviews() -> None:
    doc = load(_LIST_DE.encode(), url="http://nacht.example/haendler/holz-werk-nord/bewertungen/")
    reviews = page_reviews(doc, _NOW)
    assert [r.buyer for r in reviews] == ["k***m", "t***r", "a***s", "p***l"]
    assert [r.date for r in reviews] == ["2026-11-18", "2026-11-12", "2026-11-02", "2026-10-28"]


def test_the_line_of_the_reviewer_and_the_date_is_no_comment() -> None:
    doc = load(_LIST_DE.encode(), url="http://nacht.example/haendler/holz-werk-nord/bewertungen/")
    texts = [r.text for r in page_reviews(doc, _NOW)]
    assert texts[0] == "Schneidebrett aus Eiche, sauber geölt und schnell verschickt."
    assert not any("verifizierter Kauf" in (t or "") for t in texts)


def test_a_star_element_writing_its_score_in_words_gives_the_score() -> None:
    doc = load(_LIST_DE.encode(), url="http://nacht.example/haendler/holz-werk-nord/bewertungen/")
    assert [r.rating for r in page_reviews(doc, _NOW)] == ["5/5", "3/5", "4/5", "5/5"]
    doc = load(_LIST_PT.encode(), url="http://feira.example/loja/couro-mineiro/avaliacoes/")
    assert [r.rating for r in page_reviews(doc, _NOW)] == ["5/5", "4/5", "5/5"]


def test_the_seller_is_the_heading_handle_an_address_spells_with_hyphens() -> None:
    doc = load(_LIST_DE.encode(), url="http://nacht.example/haendler/holz-werk-nord/bewertungen/")
    assert page_seller(doc) == "Holz_Werk_Nord"
    doc = load(_LIST_PT.encode(), url="http://feira.example/loja/couro-mineiro/avaliacoes/")
    assert page_seller(doc) == "Couro_Mineiro"


def test_a_heading_word_spelled_by_no_address_is_no_seller() -> None:
    page = _LIST_PT.replace("/loja/couro-mineiro/", "/loja/4471/")
    doc = load(page.encode(), url="http://feira.example/loja/4471/avaliacoes/")
    assert page_seller(doc) is None


def test_a_review_list_read_as_posts_is_the_sellers_feedback_page() -> None:
    result = parse_page(_LIST_DE.encode(), url="http://nacht.example/haendler/holz-werk-nord/bewertungen/",
                        captured_at=_NOW)
    assert result.page.page_type == "feedback"
    (vendor,) = result.records
    assert isinstance(vendor, Vendor)
    assert (vendor.name, vendor.feedback_count, vendor.rating, vendor.has_pgp_key) == (
        "Holz_Werk_Nord", 312, 97.4, None)
    assert len(vendor.feedback) == 4
    result = parse_page(_LIST_PT.encode(), url="http://feira.example/loja/couro-mineiro/avaliacoes/",
                        captured_at=_NOW)
    assert result.page.page_type == "feedback"
    assert [(r.name, r.feedback_count) for r in result.records] == [("Couro_Mineiro", 155)]
