"""parsers.native_figures: a seller's counts and shares written in a script's own digits (Arabic-
Indic, Persian, Bengali), the CLDR's separators and percent signs, read as ASCII figures by the
vendor and feedback readers. Made-up pages of tests/data/vendor_figures (a Persian profile, an
Arabic page of reviews), no round's page."""

from __future__ import annotations

from pathlib import Path

from parsers import parse_page
from parsers.feedback_vendor import feedback_total
from parsers.native_figures import ascii_figures

DATA = Path(__file__).parent / "data" / "vendor_figures"


def test_a_persian_profiles_counts_by_kind_and_share_give_its_count_and_rating() -> None:
    result = parse_page((DATA / "forushande_fa.html").read_bytes(),
                        url="http://bazarshab.example.onion/vendor/Zaferan_Mashhad")
    assert result.page.page_type == "vendor"
    (vendor,) = result.records
    # ۱٬۱۸۰ + ۱۲ + ۸ = 1 200; 1 180 / 1 200 = 98.3 %, the "۹۸٫۳٪" shown.
    assert (vendor.name, vendor.feedback_count, vendor.rating) == ("Zaferan_Mashhad", 1200, 98.3)
    assert vendor.has_pgp_key is True


def test_an_arabic_page_of_reviews_gives_its_sellers_totals_in_arabic_indic_digits() -> None:
    result = parse_page((DATA / "taqyimat_ar.html").read_bytes(),
                        url="http://suqallayl.example.onion/albaai/Bayt_Alzaatar/araa")
    assert result.page.page_type == "feedback"
    (vendor,) = result.records
    assert (vendor.name, vendor.feedback_count, vendor.rating) == ("Bayt_Alzaatar", 842, 98.6)
    assert len(vendor.feedback) == 3 and vendor.has_pgp_key is None


def test_digits_separators_and_percent_signs_of_other_scripts_become_ascii() -> None:
    assert ascii_figures(["٣٬١٥٦ تقييم", "٩٨٫٣٪", "۱٬۲۰۴", "৯৭.৫%", "９８％"]) == [
        "3,156 تقييم", "98.3%", "1,204", "97.5%", "98%"]
    assert feedback_total(ascii_figures(["Відгуків: ٣٬١٥٦"])) == 3156


def test_lines_of_ascii_figures_come_back_as_the_same_list() -> None:
    lines = ["Reviews: 1,204", "Positive: 98.1 %", "Déjà vu"]
    assert ascii_figures(lines) is lines
