"""parsers.card_rubric: a card's category shown as a bare chip above its title is read even when
another element of the card repeats its tag and class (a route's two "<i>Česko</i>")."""

from __future__ import annotations

from pathlib import Path

from parsers import parse_page

DATA = Path(__file__).parent / "data" / "card_chips"


def _categories(name: str) -> list[str | None]:
    result = parse_page((DATA / name).read_bytes(), url="http://trh.example.onion/kat/1")
    assert result.page.page_type == "listing_index"
    return [r.category for r in result.records]


def test_chips_on_a_market_of_several_sellers_are_read_despite_a_route_of_twice_the_same_tag() -> None:
    assert _categories("trziste_cs.html") == ["Svíčky", "Textil", "Svíčky", "Keramika"]


def test_chips_that_the_menu_links_are_read_despite_two_prices_of_the_same_class() -> None:
    assert _categories("torget_sv.html") == ["Fröer", "Verktyg", "Fröer", "Krukor"]


def test_the_repeated_element_itself_is_never_taken_as_the_category() -> None:
    result = parse_page((DATA / "trziste_cs.html").read_bytes(), url="http://trh.example.onion/kat/1")
    assert all(r.category not in {"Česko", "Polsko"} for r in result.records)
    assert [r.ships_from for r in result.records] == ["Česko", "Česko", "Polsko", "Česko"]
