"""parsers.kind_shares (and parsers.feedback_vendor's count written first): a seller's rating
read by arithmetic where no vocabulary knows its label: a share that is a shown count's part of
the total."""

from __future__ import annotations

from pathlib import Path

from parsers import parse_page
from parsers.feedback_vendor import feedback_total
from parsers.kind_shares import part_share

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
