"""parsers.kind_shares (and parsers.feedback_vendor's count written first): a seller's rating
read by arithmetic where no vocabulary knows its label: a share that is a shown count's part of
the total, or counts by kind with no share at all."""

from __future__ import annotations

from pathlib import Path

from parsers import parse_page
from parsers.feedback_vendor import feedback_total
from parsers.kind_shares import kind_rating, part_share

DATA = Path(__file__).parent / "data" / "kind_shares"


def test_a_total_written_count_first_is_the_feedback_count() -> None:
    assert feedback_total(["1.204 avaliações no total"]) == 1204
    assert feedback_total(["2 318 отзывов всего"]) == 2318
    assert feedback_total(["12 positive reviews in total"]) is None  # one kind's count


def test_a_share_under_an_unknown_word_is_the_rating_when_a_shown_count_is_that_part_of_the_total() -> None:
    lines = ["1.204 avaliações no total", "Contentamento 98,6 %", "Boas", "1.187", "Más", "7"]
    assert part_share(lines, 1204) == 98.6


def test_a_share_no_shown_count_makes_is_no_rating() -> None:
    assert part_share(["Reviews: 1204", "Discount 15 %", "Orders", "180"], 1204) is None
    assert part_share(["Reviews: 1204", "Uptime 99,9 %", "Visits", "412"], 1204) is None


def test_a_portuguese_feedback_page_gives_its_total_and_its_unlabelled_share() -> None:
    result = parse_page((DATA / "avaliacoes_pt.html").read_bytes(),
                        url="http://feira.example.onion/vendedor/Oleiro_Barcelos/avaliacoes")
    assert result.page.page_type == "feedback"
    vendor = result.records[0]
    assert (vendor.name, vendor.feedback_count, vendor.rating) == ("Oleiro_Barcelos", 1204, 98.6)


def test_counts_by_kind_with_no_share_rate_the_positive_part_of_their_sum() -> None:
    assert kind_rating(["Waardering", "1.532 positief", "14 neutraal", "3 negatief"], None) == (1549, 98.9)
    assert kind_rating(["Olumlu 402", "Olumsuz 6"], 408) == (408, 98.5)


def test_counts_by_kind_that_do_not_sum_to_the_known_count_rate_nothing() -> None:
    assert kind_rating(["Olumlu 402", "Olumsuz 6"], 950) is None
    assert kind_rating(["3 positive", "9 negative"], None) is None  # the positive kind is the greater


def test_a_turkish_seller_page_of_counts_by_kind_gets_count_and_rating() -> None:
    result = parse_page((DATA / "satici_tr.html").read_bytes(), url="http://kervan.example.onion/vendor/Bakirci_Usta")
    assert result.page.page_type == "vendor"
    vendor = result.records[0]
    assert (vendor.name, vendor.feedback_count, vendor.rating) == ("Bakirci_Usta", 408, 98.5)
