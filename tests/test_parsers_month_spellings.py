"""parsers.month_spellings: a month's name spelt a letter off the CLDR's in the page's own
language (an unsettled spelling, an apostrophe of another kind) is that month, when it is off
one month's names only and stands where a date's month does; dates read through
:func:`parsers.dates.parse_date` on pages in Breton and Friulian."""

from __future__ import annotations

from parsers.cldr_dates import page_language
from parsers.dates import parse_date
from parsers.month_spellings import respelled

NOW = "2026-11-20T12:00:00Z"


def _read(text: str, lang: str) -> str | None:
    with page_language(lang):
        return parse_date(text, NOW)


def test_a_breton_month_typed_with_a_plain_apostrophe_is_read() -> None:
    # The CLDR writes February "Cʼhwevrer", with a modifier letter apostrophe.
    assert _read("Enskrivet: 9 C'hwevrer 2019", "br") == "2019-02-09"


def test_a_friulian_month_in_another_spelling_is_read() -> None:
    assert _read("Iscrit ai 3 Genâr 2021", "fur") == "2021-01-03"  # the CLDR's "Zenâr"
    assert _read("Setember 14, 2020", "fur") == "2020-09-14"  # "Setembar"


def test_a_word_two_letters_off_every_month_is_no_month() -> None:
    assert _read("3 Gxnxr 2021", "fur") is None


def test_a_word_a_letter_off_two_months_is_no_month() -> None:
    assert respelled("3 lajo 2020", {"lujo": "july", "majo": "may"}) is None


def test_a_word_off_a_month_outside_a_dates_place_is_left() -> None:
    assert respelled("genâr e fevrâr", {"zenâr": "january", "fevrâr": "february"}) is None
