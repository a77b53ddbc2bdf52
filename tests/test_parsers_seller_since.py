"""A store's head as shop software translates it (parsers.label_words, parsers.vendor_counts,
through parse_page): "vendor since" in the languages the join-day labels cover ("Verkäufer seit
14. Juni 2021", "Vendeur depuis le 2 mars 2020", "Sprzedawca od 5 maja 2019") is the seller's
join day, and German shops' word for reviews ("aus 1347 Rezensionen") counts its feedback.

Made-up pages written here (German, French, Polish), none a generality round's page.
"""

from __future__ import annotations

import pytest

from parsers import parse_page
from parsers.dom import load
from parsers.labels import LABELS
from parsers.market_fields import labelled
from parsers.vendor_counts import feedback_count

_KEY = """-----BEGIN PGP PUBLIC KEY BLOCK-----

mDMEZx1aBhYJKwYBBAHaRw8BAQdA3u7bVQxk0b3W2nq0cF3b8Yf2yQy9v3o1m8Zx
aQ1c2Ye0HFpp0Ybrv8ZWEgPHppZWxuYUBleGFtcGxlLm9yZz6IkAQTFggAOBYhBA==
=abcd
-----END PGP PUBLIC KEY BLOCK-----"""


def _store(lang: str, name: str, head: str) -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{name} – Markt</title>'
            f'</head><body><h1>{name}</h1><ul class="kopf">{head}</ul><h2>AGB</h2><pre>{_KEY}</pre>'
            "</body></html>")


# German: stars, "4.87 Bewertung aus 2114 Rezensionen", the seller's join day.
_STORE_DE = _store("de", "Kaffeeroesterei_Harz", "<li>Goslar, Deutschland</li>"
                   "<li><a href='/laden/kaffeeroesterei-harz/bewertungen/'>"
                   "4.87 Bewertung aus 2114 Rezensionen</a></li>"
                   "<li>Verkäufer seit 2. Februar 2020</li>")
# French: the join day as a French shop labels it, a count of reviews under its label.
_STORE_FR = _store("fr", "Savonnerie_Arles", "<li>Arles, France</li><li>Avis : 318</li>"
                   "<li>Vendeur depuis le 2 mars 2020</li>")


@pytest.mark.parametrize("line, day", [
    ("Verkäufer seit 14. Juni 2021", "14. Juni 2021"),
    ("Händler seit 3. Mai 2018", "3. Mai 2018"),
    ("Vendeur depuis le 2 mars 2020", "le 2 mars 2020"),
    ("Sprzedawca od 5 maja 2019", "5 maja 2019"),
    ("Seller since May 2017", "May 2017"),
])
def test_vendor_since_as_shops_translate_it_labels_the_join_day(line: str, day: str) -> None:
    assert LABELS["member_since"].match(line)
    assert labelled([line], "member_since") == day


def test_a_count_before_the_german_word_for_reviews_is_the_feedback_count() -> None:
    doc = load(b"<h1>Harz</h1><p>4.87 Bewertung aus 2114 Rezensionen</p>")
    assert feedback_count(doc, doc.text_lines, "Harz", None) == 2114
    doc = load(b"<h1>Harz</h1><p>Rezensionen: 87</p>")
    assert feedback_count(doc, doc.text_lines, "Harz", None) == 87


def test_a_german_stores_head_gives_its_count_and_join_day() -> None:
    result = parse_page(_STORE_DE.encode(), url="http://markt.example/laden/kaffeeroesterei-harz/agb/")
    assert result.page.page_type == "vendor"
    assert [(v.name, v.feedback_count, v.member_since) for v in result.records] == [
        ("Kaffeeroesterei_Harz", 2114, "2020-02-02")]


def test_a_french_stores_head_gives_its_join_day() -> None:
    result = parse_page(_STORE_FR.encode(), url="http://marche.example/boutique/savonnerie-arles/cgv/")
    assert result.page.page_type == "vendor"
    assert [(v.name, v.feedback_count, v.member_since) for v in result.records] == [
        ("Savonnerie_Arles", 318, "2020-03-02")]
