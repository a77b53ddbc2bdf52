"""parsers.since_line: a seller's join day written as a phrase and a date ("Auf dem Markt seit 3.
März 2021") among the labelled statistics of a profile that shows its key."""

from __future__ import annotations

from pathlib import Path

from parsers import parse_page
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
