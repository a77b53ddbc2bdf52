"""parsers.kind_counts: a seller's positive and negative counts written by their signs alone
("+N / -M": signed_counts) and counts by kind shown as tiles, each label over its figure
(split_counts); read into a vendor's profile (parsers.vendor_page) and a feedback page's vendor
(parsers.feedback_vendor)."""

from __future__ import annotations

from parsers import parse_page
from parsers.kind_counts import signed_counts, split_counts


def test_a_czech_profile_showing_only_signed_counts_sums_them_and_derives_the_rating() -> None:
    html = ("<html><head><title>Sklarna_Novak · prodejce · Noční trh</title></head><body>"
            "<a href='/'>Noční trh</a><section class=pf><h1>Sklarna_Novak</h1>"
            "<p>Hodnocení: <span class=g>+ 642</span> | <span class=b>− 18</span></p>"
            "<ul><li>Registrován: 12. 3. 2023</li><li>Odesílá z: Česko</li></ul></section></body></html>")
    result = parse_page(html.encode(), url="http://x.onion/u/Sklarna_Novak")
    vendor = result.records[0]
    assert result.page.page_type == "vendor"
    assert (vendor.name, vendor.feedback_count, vendor.rating) == ("Sklarna_Novak", 660, 97.3)


def test_an_indonesian_profile_reads_signed_counts_in_brackets_grouped_by_dots() -> None:
    assert signed_counts(["Ulasan (+2.104 / -31)"]) == (2135, 98.5)
    html = ("<html><head><title>Batik_Solo - penjual - Pasar Malam</title></head><body>"
            "<div class=atas><a href='/'>Pasar Malam</a></div><div class=penjual>"
            "<h2>Batik_Solo</h2><div>Ulasan (+2.104 / -31)</div>"
            "<table><tr><td>Bergabung</td><td>4 Mei 2022</td></tr></table></div></body></html>")
    vendor = parse_page(html.encode(), url="http://x.onion/penjual/Batik_Solo").records[0]
    assert (vendor.feedback_count, vendor.rating) == (2135, 98.5)


def test_signed_figures_that_are_too_few_or_mostly_negative_or_shares_are_no_feedback() -> None:
    assert signed_counts(["Votes +3 / -1"]) is None
    assert signed_counts(["+12 / -40"]) is None
    assert signed_counts(["Change +5% / -3%"]) is None
    assert signed_counts(["UTC+02:00 / -"]) is None


def test_a_polish_feedback_page_reads_tiles_each_label_over_its_figure() -> None:
    tiles = [("Wszystkie oceny", "1 406"), ("Pozytywne", "1 391"), ("Negatywne", "15"),
             ("Zadowolenie", "98,9 %")]
    rows = "".join(
        f"<tr><td>★★★★★</td><td>Szybka wysyłka, polecam sprzedawcę.</td><td>k***{n}</td>"
        f"<td>{n}.11.2026</td></tr>" for n in (10, 11, 12))
    html = ("<html><body><h1>Oceny sprzedawcy <a href='/sprzedawca/Miodek_Kaszuby'>Miodek_Kaszuby</a></h1>"
            + "".join(f"<div class=kafel>{label}<br><strong>{value}</strong></div>" for label, value in tiles)
            + f"<table>{rows}</table></body></html>")
    result = parse_page(html.encode(), url="http://x.onion/sprzedawca/Miodek_Kaszuby/oceny")
    vendor = result.records[0]
    assert result.page.page_type == "feedback"
    assert (vendor.name, vendor.feedback_count, vendor.rating) == ("Miodek_Kaszuby", 1406, 98.9)


def test_romanian_tiles_with_a_neutral_kind_sum_all_three_kinds() -> None:
    lines = ["Calificative", "Pozitive", "512", "Neutre", "4", "Negative", "6", "Mulțumire", "98,1%"]
    assert split_counts(lines) == (522, 98.1)


def test_tiles_whose_share_is_no_part_of_their_counts_give_nothing() -> None:
    lines = ["Comenzi", "300", "Dispute", "2", "Reducere", "15%"]
    assert split_counts(lines) is None
