"""parsers.list_words (places joined by a language's "and", from CLDR's list patterns) and the
category written as a tag ("#Tea") in parsers.cards."""

from __future__ import annotations

from pathlib import Path

from parsers import parse_page
from parsers.list_words import conjoined
from parsers.place_words import place_list

_DATA = Path(__file__).parent / "data" / "list_words"


def test_places_joined_by_the_languages_and_are_separate_places() -> None:
    assert place_list("Norge og Sverige", "nb") == ["Norge", "Sverige"]
    assert place_list("Lietuva, Latvija ir Estija", "lt") == ["Lietuva", "Latvija", "Estija"]
    assert place_list("Malaysia dan Singapura", "ms") == ["Malaysia", "Singapura"]


def test_words_joined_by_and_that_are_no_places_stay_unsplit() -> None:
    assert place_list("Trinidad and Tobago", "en") is None
    assert place_list("Salt og peber", "da") is None
    assert conjoined("Tea, coffee", "ja") is None


def test_a_cards_route_to_places_joined_by_and_gives_each_destination() -> None:
    result = parse_page((_DATA / "cards_da.html").read_bytes(), url="http://butik.onion/varer")
    listings = [r for r in result.records if r.kind == "listing"]
    assert [(r.title, r.ships_from, r.ships_to) for r in listings] == [
        ("Uldsokker, str. 40", "Danmark", ["Norge", "Sverige"]),
        ("Lyngsæbe 3 stk.", "Danmark", ["Norge", "Sverige"]),
        ("Bivoks lys", "Danmark", ["Tyskland"]),
    ]


def test_a_labelled_destination_of_places_joined_by_and_gives_each_place() -> None:
    result = parse_page((_DATA / "cards_es.html").read_bytes(), url="http://mercadillo.onion/novedades")
    assert [r.ships_to for r in result.records if r.kind == "listing"] == [
        ["Portugal", "Francia"], ["Portugal", "Francia"], ["Francia"],
    ]


def test_a_category_written_as_a_tag_is_the_tags_word() -> None:
    result = parse_page((_DATA / "cards_da.html").read_bytes(), url="http://butik.onion/varer")
    assert [r.category for r in result.records if r.kind == "listing"] == ["Tekstil", "Sæbe", "Lys"]
    result = parse_page((_DATA / "cards_es.html").read_bytes(), url="http://mercadillo.onion/novedades")
    assert [r.category for r in result.records if r.kind == "listing"] == ["Despensa", "Dulces", "Despensa"]
