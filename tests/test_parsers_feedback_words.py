"""The words for reviews that label a seller's feedback count, in languages the vocabulary lacked
(parsers.label_words.FEEDBACK_WORDS, through parsers.vendor_counts.feedback_count and parse_page):
Icelandic "Umsagnir", Latvian "Atsauksmes", Lithuanian "Atsiliepimai", Estonian "Arvustused",
Finnish "Arvostelut", Hungarian "Értékelések", Romanian "Recenzii", Greek "Αξιολογήσεις".

Made-up pages written here (Latvian, Estonian), none a generality round's page.
"""

from __future__ import annotations

import pytest

from parsers import parse_page
from parsers.dom import load
from parsers.vendor_counts import feedback_count

_KEY = """-----BEGIN PGP PUBLIC KEY BLOCK-----

mDMEZx1aBhYJKwYBBAHaRw8BAQdA3u7bVQxk0b3W2nq0cF3b8Yf2yQy9v3o1m8Zx
aQ1c2Ye0HFpp0Ybrv8ZWEgPHppZWxuYUBleGFtcGxlLm9yZz6IkAQTFggAOBYhBA==
=abcd
-----END PGP PUBLIC KEY BLOCK-----"""


def _profile(lang: str, name: str, stats: list[tuple[str, str]]) -> str:
    rows = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in stats)
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{name}</title></head>'
            f"<body><h1>{name}</h1><pre>{_KEY}</pre><dl>{rows}</dl></body></html>")


# Latvian: the statistics as terms over definitions, the reviews' count before the share.
_PROFILE_LV = _profile("lv", "Dzintars_Liepaja", [
    ("Biedrs kopš", "2020. gada 7. maijs"), ("Atsauksmes", "2 318"), ("Pozitīvas", "97,9%"),
    ("Pārdošanas", "4 102")])
# Estonian: the sales first, then the reviews' count.
_PROFILE_ET = _profile("et", "Villane_Saaremaa", [
    ("Liige alates", "12.03.2019"), ("Müük", "951"), ("Arvustused", "640"), ("Positiivsed", "99,1%")])


@pytest.mark.parametrize("word", [
    "Umsagnir", "Atsauksmes", "Atsiliepimai", "Arvustused", "Arvostelut", "Értékelések", "Recenzii",
    "Αξιολογήσεις",
])
def test_a_count_under_the_languages_word_for_reviews_is_the_feedback_count(word: str) -> None:
    doc = load(f"<h1>x_y</h1><p>{word}</p><p>1.204</p><p>Sales: 3.418</p>".encode())
    assert feedback_count(doc, doc.text_lines, "x_y", None) == 1204


def test_a_latvian_profile_counts_its_reviews_not_its_sales() -> None:
    result = parse_page(_PROFILE_LV.encode(), url="http://tirgus.example/vendor/Dzintars_Liepaja")
    assert result.page.page_type == "vendor"
    assert [(v.name, v.feedback_count) for v in result.records] == [("Dzintars_Liepaja", 2318)]


def test_an_estonian_profile_counts_its_reviews_not_its_sales() -> None:
    result = parse_page(_PROFILE_ET.encode(), url="http://turg.example/seller/Villane_Saaremaa")
    assert result.page.page_type == "vendor"
    assert [(v.name, v.feedback_count) for v in result.records] == [("Villane_Saaremaa", 640)]
