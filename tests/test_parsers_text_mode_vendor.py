"""parsers.dot_leaders, parsers.address_handle and parsers.kind_rows: a seller's profile written as
plain text in one <pre> (labels joined to values by dotted leaders, the key after the menu's
links, the feedback split by kind row after row, the handle in the address without its accents),
read on invented text-mode markets in Polish and Swedish (tests/data/text_mode_vendor)."""

from __future__ import annotations

from pathlib import Path

from parsers import parse_page
from parsers.address_handle import folded, title_handle
from parsers.dot_leaders import leader_lines
from parsers.kind_rows import kind_rows

_DATA = Path(__file__).parent / "data" / "text_mode_vendor"


def _vendor(name: str, url: str):
    result = parse_page((_DATA / name).read_bytes(), url=url)
    assert result.page.page_type == "vendor"
    return next(r for r in result.records if type(r).__name__ == "Vendor")


def test_a_run_of_dots_between_a_label_and_its_value_reads_as_a_colon():
    assert leader_lines(["Opinie ....... 415", "Medlem sedan . . . . 2019-08-21"]) == [
        "Opinie: 415", "Medlem sedan: 2019-08-21"]


def test_an_ellipsis_in_a_sentence_and_a_line_of_dots_alone_are_no_leaders():
    lines = ["Wait... then pay", "..........", "3 ... 5"]
    assert leader_lines(lines) == lines


def test_a_title_token_that_folds_to_the_addresss_last_part_is_the_handle():
    assert folded("Fjällbrygg") == "fjallbrygg"
    url = "http://a.onion/saljare/Fjallbrygg"
    assert title_handle("Fjällbrygg - säljare - Nattorget", url) == "Fjällbrygg"
    assert title_handle("Nattorget - säljare", "http://a.onion/saljare/Fjallbrygg") is None
    assert title_handle("Item 4412", "http://a.onion/item/4412") is None
    assert title_handle("Teh hijau Cameron, 250 g", "http://a.onion/k/91/teh") is None


def test_kinds_shares_row_after_row_give_the_positive_share_and_the_count_before_them():
    lines = ["Omdömen:", "2 304", "Positiva:", "99,2 %", "Neutrala:", "0,5 %", "Negativa:", "0,3 %"]
    assert kind_rows(lines) == (2304, 99.2)


def test_shares_that_make_no_whole_or_name_no_kinds_are_no_breakdown():
    assert kind_rows(["Opinie:", "415", "Pozytywne:", "97,1 %", "Negatywne:", "12,0 %"]) is None
    assert kind_rows(["Zamówienia:", "40", "Dostępność:", "99,5 %", "Błędy:", "0,5 %"]) is None


def test_a_larger_count_before_the_one_before_the_kinds_leaves_the_count_unsaid():
    lines = ["Sales:", "3 000", "Reviews:", "415", "Positive:", "97,1 %", "Negative:", "2,9 %"]
    assert kind_rows(lines) == (None, 97.1)


def test_a_polish_text_mode_profile_reads_its_seller_figures_and_key():
    vendor = _vendor("vendor_pl.html", "http://targnocnytargnocny.onion/sprzedawca/Gorski_Miod")
    assert vendor.name == "Górski_Miód"
    assert (vendor.feedback_count, vendor.rating) == (415, 97.1)
    assert vendor.member_since == "2020-05-02"
    assert vendor.has_pgp_key is True


def test_a_swedish_text_mode_profile_with_spaced_leaders_reads_its_seller_figures_and_key():
    vendor = _vendor("vendor_sv.html", "http://nattorgetnattorget.onion/saljare/Fjallbrygg")
    assert vendor.name == "Fjällbrygg"
    assert (vendor.feedback_count, vendor.rating) == (2304, 99.2)
    assert vendor.member_since == "2019-08-21"
    assert vendor.has_pgp_key is True
