"""parsers.menu_topics: a shop's departments at topic-shaped addresses in its header menu are no
topic list; the page is read as the item it shows (through parsers.parse_page)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from parsers import parse_page

_DATA = Path(__file__).parent / "data" / "menu_topics"


def _parse(name: str, url: str) -> tuple[str | None, list[Any]]:
    result = parse_page((_DATA / name).read_bytes(), url=url)
    return result.page.page_type, result.records


def test_an_item_page_whose_header_menu_links_to_topic_shaped_departments_is_a_listing() -> None:
    kind, records = _parse("item_menu_it.html", "http://bottega.onion/prodotti/olio-5l")
    assert kind == "listing"
    assert [(r.kind, getattr(r, "title", None), getattr(r, "price", None)) for r in records] == [
        ("listing", "Olio extravergine, latta da 5 l", 64.0),
    ]


def test_a_second_shop_with_its_departments_in_a_nav_reads_as_its_item_too() -> None:
    kind, records = _parse("item_menu_pl.html", "http://sklep.onion/produkt/miod-lipowy")
    assert kind == "listing"
    assert [getattr(r, "title", None) for r in records] == ["Miód lipowy 1 kg"]


def test_a_topic_list_in_the_page_body_stays_a_topic_list() -> None:
    kind, records = _parse("topics_body_en.html", "http://board.onion/f/tea")
    assert kind == "forum_index"
    assert [getattr(r, "title", None) for r in records] == ["Storing green tea", "Best kettle for oolong"]
