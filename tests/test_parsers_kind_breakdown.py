"""A seller's feedback broken down by kind on one row (parsers.kind_breakdown, through
parsers.vendor_counts and parsers.vendor_page):

* counts written "1 204 / 9 / 2" under (or beside) a label listing the kinds, positive first and
  negative last, sum to the feedback count; "won / lost" counts are no breakdown;
* shares that make a whole, each with its kind's word ("96,5% positivas, 2,0% neutrales, 1,5%
  negativas"), give the positive one as the rating; shares that make no whole give none.

Made-up pages written here (Polish, Spanish, Romanian), none a generality round's page.
"""

from __future__ import annotations

from lab.sites.pgp import public_key
from parsers import parse_page
from parsers.kind_breakdown import KIND_STEMS, kind_share, kind_word, slashed_count
from parsers.records import Vendor

_NOW = "2026-11-20T12:00:00Z"


def test_counts_under_a_label_of_kinds_sum_to_the_feedback_count() -> None:
    lines = ["Sprzedaż:", "3 118", "Oceny (pozytywne / neutralne / negatywne):", "1 204 / 9 / 2"]
    assert slashed_count(lines) == 1215


def test_counts_beside_their_label_on_one_line_sum_too() -> None:
    assert slashed_count(["Feedback (pozitiv/neutru/negativ): 88/1/0"]) == 89


def test_counts_of_won_and_lost_disputes_are_no_breakdown() -> None:
    assert slashed_count(["Disputes won / lost", "11 / 2"]) is None
    assert slashed_count(["Pedidos (enviados / pendientes):", "40 / 2"]) is None


def test_shares_that_make_a_whole_give_the_positive_one() -> None:
    assert kind_share(["96,5% positivas, 2,0% neutrales, 1,5% negativas"]) == 96.5
    assert kind_share(["1.5% negativ · 98.5% pozitiv"]) == 98.5


def test_shares_that_make_no_whole_or_name_no_kind_give_no_rating() -> None:
    assert kind_share(["96,5% positivas, 12,0% negativas"]) is None
    assert kind_share(["Descuento 10% en pedidos, 90% del precio"]) is None


def test_a_kind_word_alone_names_its_kind() -> None:
    assert [kind_word(w) for w in ("Positivo", "negatywne", "neutre", "bien")] == [
        "positive", "negative", "neutral", None]


def test_a_spanish_profile_reads_its_count_and_rating_from_its_breakdown_rows() -> None:
    key = public_key("kind-breakdown-es", "Yerba Sur (fictional) <yerba@example.org>")
    page = f"""<!DOCTYPE html><html lang="es"><head><meta charset="utf-8">
<title>yerba_sur - Mercado Austral</title></head><body>
<div class="cab"><a href="/">Mercado Austral</a></div>
<h2 class="nombre">yerba_sur</h2>
<table class="datos">
<tr><th>Miembro desde:</th><td>4 de junio de 2022</td></tr>
<tr><th>Valoraciones (positivas / neutrales / negativas):</th><td>318 / 4 / 2</td></tr>
<tr><th>Proporción:</th><td>98,1% positivas, 1,2% neutrales, 0,7% negativas</td></tr>
</table><pre>{key.armored}</pre></body></html>"""
    result = parse_page(page.encode(), url="http://austral.onion/vendedor/yerba_sur", captured_at=_NOW,
                        use_profiles=False)
    [vendor] = [r for r in result.records if isinstance(r, Vendor)]
    assert (vendor.name, vendor.feedback_count, vendor.rating, vendor.member_since) == (
        "yerba_sur", 324, 98.1, "2022-06-04")


def test_every_word_naming_a_positive_or_negative_kind_opens_with_one_of_the_gates_stems() -> None:
    # parsers.review_rows passes over a page whose text holds none of KIND_STEMS: a kind's word
    # with no stem would be read here and never reach that reader.
    words = ["Positive", "pozitív", "pozytywne", "положительные", "позитивний", "olumlu", "θετικά",
             "Negativo", "négatif", "negatywne", "отрицательные", "негативні", "olumsuz", "αρνητικά"]
    assert all(kind_word(w) in ("positive", "negative") for w in words)
    assert all(any(stem in w.lower() for stem in KIND_STEMS) for w in words)
