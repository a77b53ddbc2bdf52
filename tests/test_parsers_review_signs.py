"""parsers.review_rows: a review table whose rows each give their kind by a sign alone in their
first cell ("+", "−"); parsers.markets.looks_like_market: such a seller's page of reviews is
market content, not a forum thread of posts."""

from __future__ import annotations

from parsers import parse_page


def _table(rows: list[tuple[str, str, str, str]]) -> str:
    return "<table>" + "".join(
        f"<tr><td>{sign}</td><td>{text}</td><td>{buyer}</td><td>{day}</td></tr>"
        for sign, text, buyer, day in rows) + "</table>"


def test_a_hungarian_feedback_page_with_sign_marked_rows_is_the_sellers_feedback() -> None:
    rows = [("+", "Gyors szállítás, gondos csomagolás, köszönöm!", "a***1", "2026.11.18."),
            ("+", "Pontosan olyan, mint a képen.", "b***2", "2026.11.16."),
            ("−", "Két hetet késett a csomag sajnos.", "c***3", "2026.11.12."),
            ("+", "Kiváló minőség, újra rendelek.", "d***4", "2026.11.10.")]
    html = ("<html><head><title>Értékelések – Éjjeli Vásár</title></head><body><a href='/'>Éjjeli Vásár</a>"
            "<h1>Értékelések: <a href='/elado/Fazekas_Eger'>Fazekas_Eger</a></h1>"
            + _table(rows) + "</body></html>")
    result = parse_page(html.encode(), url="http://x.onion/elado/Fazekas_Eger/ertekelesek",
                        captured_at="2026-11-29T00:00:00Z")
    assert result.page.page_type == "feedback"
    vendor = result.records[0]
    assert vendor.name == "Fazekas_Eger"
    assert [f.rating for f in vendor.feedback] == ["positive", "positive", "negative", "positive"]
    assert vendor.feedback[2].buyer == "c***3"


def test_an_indonesian_review_table_with_a_header_row_under_the_seller_is_feedback_not_a_thread() -> None:
    rows = [("+", "Barang sampai dengan selamat, terima kasih.", "r***a", "18/11/2026"),
            ("+", "Kualitas bagus sesuai deskripsi.", "s***i", "17/11/2026"),
            ("+", "Penjual ramah dan cepat membalas.", "t***o", "15/11/2026")]
    html = ("<html><head><title>Ulasan Tenun_Sumba</title></head><body>"
            "<div><a href='/'>Pasar Gelap</a> · <a href='/keluar'>Keluar</a></div>"
            "<h2>Ulasan untuk <a href='/toko/Tenun_Sumba'>Tenun_Sumba</a></h2>"
            "<table><tr><th>Nilai</th><th>Komentar</th><th>Pembeli</th><th>Tanggal</th></tr></table>"
            + _table(rows) + "</body></html>")
    result = parse_page(html.encode(), url="http://x.onion/toko/Tenun_Sumba/ulasan",
                        captured_at="2026-11-29T00:00:00Z")
    assert result.page.page_type == "feedback"
    assert result.records[0].name == "Tenun_Sumba"
    assert len(result.records[0].feedback) == 3


def test_signs_outside_a_table_rows_first_cell_are_no_ratings() -> None:
    posts = "".join(
        f"<div class=post><div class=meta><a href='/member/{u}'>{u}</a> · {d}</div>"
        f"<div class=votes>+</div><p>{t}</p></div>"
        for u, d, t in [("kalle", "2026-11-18 10:00", "Har någon provat den nya modellen än?"),
                        ("stina", "2026-11-18 11:00", "Ja, den fungerar bra men laddar långsamt."),
                        ("olle", "2026-11-18 12:00", "Samma här, annars nöjd med den faktiskt.")])
    html = f"<html><head><title>Ny modell - Forum</title></head><body><h1>Ny modell</h1>{posts}</body></html>"
    result = parse_page(html.encode(), url="http://x.onion/thread/55", captured_at="2026-11-29T00:00:00Z")
    assert result.page.page_type != "feedback"
