"""parsers.panel_cards and parsers.post_gates.market_evidence: a thread whose posts a market
reader took for listing cards (each "card" titled by its poster's panel of statistics, a price a
member named in a post and quoted below it) reads as a thread of posts; a shop's grid of product
cards stays a grid. Invented English (division posts, a "said:" quote) and Spanish (table posts
with a spanning panel cell, an "escribió:" quote) boards."""

from __future__ import annotations

from pathlib import Path

from parsers import parse_page
from parsers.dom import load
from parsers.panel_cards import panel_titled
from parsers.post_gates import market_evidence
from parsers.records import Listing

NOW = "2026-11-20T12:00:00Z"
DATA = Path(__file__).parent / "data" / "panel_cards"


def _parse(name: str, url: str):  # type: ignore[no-untyped-def]
    return parse_page((DATA / name).read_bytes(), url=url, captured_at=NOW, use_profiles=False)


def _of(records, kind):  # type: ignore[no-untyped-def]
    return [r for r in records if r.kind == kind]


def test_an_english_thread_with_a_quoted_price_reads_as_posts_not_cards() -> None:
    result = _parse("hearth_thread_en.html", "http://hearth.onion/room/kettles/77")
    assert result.page.page_type == "thread"
    assert _of(result.records, "thread")[0].title == "Which kettle for green tea?"
    posts = _of(result.records, "post")
    assert [(p.author, p.posted_at, p.quotes or []) for p in posts] == [
        ("mossy_pete", "2026-11-16T18:10:00", []),
        ("LinaBrewer", "2026-11-16T21:45:00", ["mossy_pete"]),
        ("oolong_oli", "2026-11-17T07:02:00", ["LinaBrewer"]),
        ("mossy_pete", "2026-11-17T09:30:00", []),
    ]
    assert posts[1].body == ("Mine cost $34.99 and I use it every single day.\n"
                             "Set it to seventy degrees and forget about it.")
    assert [(a.name, a.post_count, a.joined) for a in _of(result.records, "author")] == [
        ("mossy_pete", 311, "2019-03-14"), ("LinaBrewer", 2407, "2014-09-02"),
        ("oolong_oli", 18, "2025-07-30"),
    ]
    assert not _of(result.records, "listing")


def test_a_spanish_table_thread_with_spanning_panels_reads_as_posts_not_cards() -> None:
    result = _parse("veranda_hilo_es.html", "http://veranda.onion/hilo/318")
    assert result.page.page_type == "thread"
    posts = _of(result.records, "post")
    assert [(p.author, p.posted_at, p.quotes or []) for p in posts] == [
        ("gaucho_ruben", "2026-11-12T10:15:00", []),
        ("Marisol_Tereré", "2026-11-12T12:40:00", ["gaucho_ruben"]),
        ("lucho_bombilla", "2026-11-13T08:05:00", ["Marisol_Tereré"]),
    ]
    assert posts[1].body == ("En el mercado de abasto la tienen a 8,50 € el kilo.\n"
                             "Llevá tu propia bolsa de tela.")
    assert [(a.name, a.post_count) for a in _of(result.records, "author")] == [
        ("gaucho_ruben", 540), ("Marisol_Tereré", 1902), ("lucho_bombilla", 23),
    ]


def test_cards_titled_by_two_statistics_of_a_poster_are_panels() -> None:
    assert panel_titled([
        Listing(title="ann Elder Posts: 12 Joined: 02.05.2021 #1 Quote"),
        Listing(title="bob Mensajes: 3 Miembro desde: 01.01.2024 #2"),
        Listing(title="Assam second flush, 250 g"),
    ])


def test_product_cards_and_a_lone_statistic_are_no_panels() -> None:
    assert not panel_titled([Listing(title="Assam tea, 250 g"), Listing(title="Kettle, 1.7 l")])
    # One statistic in a title (a seller's "Vendor since: 2021" beside a product) says too little.
    assert not panel_titled([Listing(title="Sencha 100 g Vendor since: 2021"),
                             Listing(title="Matcha 30 g Vendor since: 2019")])
    assert not panel_titled([Listing(title="ann Posts: 12 Joined: 02.05.2021")])


def test_a_price_a_post_states_and_its_quotes_repeat_is_no_market_evidence() -> None:
    doc = load(b"<body><div><b>ann</b> 17.11.2026<p>It cost 12,90 \xe2\x82\xac at the shop.</p></div>"
               b"<div><b>bob</b> 18.11.2026<blockquote>ann: It cost 12,90 \xe2\x82\xac at the shop."
               b"</blockquote><p>Cheap!</p></div><div><b>cy</b> 19.11.2026<blockquote>bob: ann: It cost"
               b" 12,90 \xe2\x82\xac</blockquote><p>Indeed.</p></div></body>")
    assert not market_evidence(doc, ["It cost 12,90 € at the shop.", "Cheap!", "Indeed."])


def test_prices_no_post_states_are_market_evidence() -> None:
    doc = load(b"<body><div><b>ann</b> 17.11.2026<p>Fast shipping, good seller.</p></div>"
               b"<div class=card>Assam 250 g 12,90 \xe2\x82\xac</div>"
               b"<div class=card>Sencha 9,50 \xe2\x82\xac</div></body>")
    assert market_evidence(doc, ["Fast shipping, good seller."])


def test_a_shop_grid_of_product_cards_stays_a_listing_index() -> None:
    cards = "".join(
        f'<div class="tile"><a href="/item/{i}">{name}</a><span class="cost">{price} €</span>'
        f'<span>by <a href="/seller/leafhouse">leafhouse</a></span></div>'
        for i, (name, price) in enumerate([
            ("Assam second flush 250 g", "12,90"), ("Sencha Uji 100 g", "9,50"),
            ("Darjeeling FTGFOP 100 g", "14,20"), ("Rooibos natur 500 g", "7,80"),
        ])
    )
    html = f"<html><head><title>Tee - Leafhouse</title></head><body><h1>Tee</h1>{cards}</body></html>"
    result = parse_page(html.encode(), url="http://leaf.onion/kategorie/tee", captured_at=NOW,
                        use_profiles=False)
    assert result.page.page_type == "listing_index"
    assert [r.title for r in result.records][:2] == ["Assam second flush 250 g", "Sencha Uji 100 g"]
