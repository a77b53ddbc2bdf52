"""parsers.since_line: a seller's join day written as a phrase and a date ("Auf dem Markt seit 3.
März 2021") among the labelled statistics of a profile that shows its key."""

from __future__ import annotations

from pathlib import Path

from parsers import parse_page
from parsers.cldr_dates import page_language
from parsers.since_line import since_line

DATA = Path(__file__).parent / "data" / "since_line"


def test_a_german_profile_with_a_key_joins_on_the_day_its_phrase_names() -> None:
    result = parse_page((DATA / "verkaeufer_de.html").read_bytes(),
                        url="http://moos.example.onion/vendor/kraeuterhexe")
    vendor = result.records[0]
    assert (vendor.name, vendor.feedback_count, vendor.rating) == ("kraeuterhexe", 912, 99.1)
    assert vendor.member_since == "2021-03-03"


def test_a_spanish_profile_with_a_key_joins_on_the_day_its_phrase_names() -> None:
    result = parse_page((DATA / "vendedor_es.html").read_bytes(), url="http://alba.example.onion/vendedor/el_solar")
    vendor = result.records[0]
    assert (vendor.name, vendor.member_since) == ("el_solar", "2020-07-09")


def test_a_dated_line_with_no_statistic_beside_it_is_no_join_day() -> None:
    lines = ["Über uns", "Auf dem Markt seit 3. März 2021", "Kräutertees aus dem Wald."]
    assert since_line(lines, None) is None


def test_a_last_visit_written_as_a_phrase_is_no_join_day() -> None:
    assert since_line(["Zuletzt online 3. März 2026", "Bewertungen: 12"], None) is None


def test_a_line_whose_words_hold_figures_or_a_label_is_no_phrase() -> None:
    assert since_line(["Honig 2 kg seit 3. März 2021", "Bewertungen: 12"], None) is None
    assert since_line(["Mitglied seit: 3. März 2021", "Bewertungen: 12"], None) is None


# The phrase among other facts between middle dots, and the year's mark of the page language's
# CLDR dates ("2020 р.", "2021 г."); tests/data/vendor_figures holds the made-up pages.
_FIGURES = Path(__file__).parent / "data" / "vendor_figures"


def test_a_ukrainian_profile_joins_on_the_day_its_phrase_names_with_the_years_mark() -> None:
    result = parse_page((_FIGURES / "prodavets_uk.html").read_bytes(),
                        url="http://nichnyi.example.onion/prodavets/Karpatskyi_Med")
    assert result.page.page_type == "vendor"
    (vendor,) = result.records
    assert (vendor.name, vendor.member_since) == ("Karpatskyi_Med", "2020-03-03")
    # "Відгуків", the form a Ukrainian count takes, labels the feedback count.
    assert (vendor.feedback_count, vendor.rating) == (1318, 97.8)


def test_a_phrase_between_middle_dots_is_read_as_a_piece_of_its_line() -> None:
    lines = ["Медовый_Край", "На площадке с 14 февраля 2021 г. · Был в сети: вчера", "Сделок: 2 417"]
    with page_language("ru"):
        assert since_line(lines, None) == "2021-02-14"
        assert since_line(lines[:2], None) is None  # no statistic beside it
    lines = ["Na rynku od 5 marca 2020 · Ostatnio: wczoraj", "Opinie: 12"]
    with page_language("pl"):
        assert since_line(lines, None) == "2020-03-05"


def test_a_years_mark_is_taken_off_only_where_the_pages_language_writes_it() -> None:
    lines = ["В магазина от 3 март 2020 г.", "Отзиви: 88"]
    with page_language("bg"):
        assert since_line(lines, None) == "2020-03-03"
    with page_language("de"):
        assert since_line(["Im Markt seit 3. März 2020 g.", "Bewertungen: 88"], None) is None
