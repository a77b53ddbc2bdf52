"""parsers.topic_rows.topics_over_cards: a topic list one of whose titles names a price ("Busco
osciloscopio usado por menos de 120 €", "Looking for a used ThinkPad, budget $150") is a forum
index of one Thread per topic, not a market's listing index of the one priced row; a market's own
grid, each card priced and naming its seller, stays a listing index. Invented Spanish (divisions)
and English (articles, sub-boards above) topic lists, an invented Italian market grid."""

from __future__ import annotations

from pathlib import Path

from parsers import parse_page
from parsers.dom import load
from parsers.markets import extract_market
from parsers.page import ParseResult
from parsers.topic_rows import topics_over_cards

NOW = "2026-11-20T12:00:00Z"
DATA = Path(__file__).parent / "data" / "mend_forum_lists"


def _parse(name: str, url: str) -> ParseResult:
    return parse_page((DATA / name).read_bytes(), url=url, captured_at=NOW, use_profiles=False)


def test_a_spanish_topic_list_with_a_price_in_one_title_gives_every_topic() -> None:
    result = _parse("temas_precio_es.html", "http://antena.onion/foro/electronica")
    assert result.page.page_type == "forum_index"
    assert [(t.title, t.author) for t in result.records] == [
        ("Normas del subforo: leer antes de publicar", "moderadora_ana"),
        ("Busco osciloscopio usado por menos de 120 €", "trasto_pepe"),
        ("Antena dipolo casera para 2 metros", "luz_de_gas"),
        ("Fuente de alimentación que zumba: ¿condensadores?", "chispa77"),
        ("Primeros pasos con Arduino y sensores de humedad", "regadera"),
    ]
    assert not any(r.kind == "listing" for r in result.records)


def test_an_english_topic_list_with_a_budget_in_one_title_gives_every_topic() -> None:
    result = _parse("topics_price_en.html", "http://quietwire.onion/board/hardware")
    assert result.page.page_type == "forum_index"
    assert [t.thread_url for t in result.records] == [
        f"http://quietwire.onion/topic/{n}" for n in (9001, 8994, 8990, 8985, 8977)
    ]
    assert result.records[1].title == "Looking for a used ThinkPad, budget $150"


def test_the_market_reader_alone_takes_the_priced_row_for_a_card() -> None:
    # What the topics win over: without the rule, the one priced title is a listing index's card.
    doc = load((DATA / "topics_price_en.html").read_bytes(), url="http://quietwire.onion/board/hardware")
    kind, records = extract_market(doc, now=NOW)
    assert kind == "listing_index"
    assert [r.title for r in records] == ["Looking for a used ThinkPad, budget $150"]
    assert [t.title for t in topics_over_cards(doc, records) or []][1] == records[0].title


_GRID = """<html lang="it"><head><meta charset="utf-8"><title>Ceramiche – Bottega Nera</title></head><body>
<h1>Ceramiche</h1><div class="griglia">{}</div></body></html>"""
_CARD = """<div class="scheda"><a href="/articolo/{n}">{title}</a>
<span>venduto da <a href="/venditore/{seller}">{seller}</a></span><span>Prezzo: {price},00 €</span>
<span>{n} vendite</span></div>"""


def test_a_market_grid_whose_every_card_is_priced_stays_a_listing_index() -> None:
    cards = [(11, "Tazza smaltata blu", "forno_antico", 18), (12, "Piatto dipinto", "argilla_viva", 34),
             (13, "Vaso da fiori grande", "forno_antico", 52), (14, "Ciotola", "argilla_viva", 12)]
    html = _GRID.format("".join(_CARD.format(n=n, title=t, seller=s, price=p) for n, t, s, p in cards))
    result = parse_page(html.encode(), url="http://bottega.onion/categoria/ceramiche", captured_at=NOW,
                        use_profiles=False)
    assert result.page.page_type == "listing_index"
    assert [(r.title, r.price) for r in result.records] == [(t, float(p)) for _, t, _, p in cards]
