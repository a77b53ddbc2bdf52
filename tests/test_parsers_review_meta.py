"""parsers.review_rows' meta line: a review row that runs its item, buyer, amount and date
together between dots or bars is a review all the same (its pieces read one by one), and
parsers.dates' CLDR day-first form with a space after each dot ("18. 11. 2026")."""

from __future__ import annotations

from parsers import parse_page
from parsers.dates import parse_date


def test_a_dotted_date_with_spaces_after_its_dots_is_read_day_first() -> None:
    assert parse_date("18. 11. 2026") == "2026-11-18"
    assert parse_date("3. 2. 2025 14:05") == "2025-02-03T14:05:00"
    assert parse_date("14.03.2024") == "2024-03-14"


def test_a_slovak_review_list_with_a_dotted_meta_line_is_a_feedback_page_not_cards() -> None:
    items = [("Lipový med, 500 g", 12, "s***a", 240), ("Propolis, 30 ml", 9, "m***o", 180),
             ("Medovina, 0,7 l", 5, "j***n", 310)]
    rows = "".join(
        f"<li class=hod><div class=hv>★★★★★</div><div>Výborná kvalita, rýchle doručenie, ďakujem.</div>"
        f"<div class=meta>Tovar: <a href='/ponuka/{n}'>{t}</a> · kupujúci {b} · {p} Kč · {d}. 11. 2026</div>"
        "</li>"
        for n, (t, d, b, p) in enumerate(items))
    html = (f"<html><body><h1>Hodnotenia predajcu <a href='/predajca/Vcelar_Tatry'>Vcelar_Tatry</a></h1>"
            f"<ol>{rows}</ol></body></html>")
    result = parse_page(html.encode(), url="http://x.onion/predajca/Vcelar_Tatry/hodnotenia")
    assert result.page.page_type == "feedback"
    vendor = result.records[0]
    assert vendor.name == "Vcelar_Tatry"
    assert [(f.date, f.listing, f.buyer) for f in vendor.feedback] == [
        ("2026-11-12", "Lipový med, 500 g", "s***a"), ("2026-11-09", "Propolis, 30 ml", "m***o"),
        ("2026-11-05", "Medovina, 0,7 l", "j***n")]


def test_an_english_review_table_with_a_barred_meta_cell_is_a_feedback_page() -> None:
    rows = "".join(
        f"<div class=rv><span class=sc>4/5</span><p>Good seeds, most of them sprouted within a week.</p>"
        f"<p>Item <a href='/l/{n}'>Tomato seeds {n}</a> | buyer x***{n} | $ {n}4.00 | {n}. 10. 2026</p></div>"
        for n in (2, 3, 4))
    html = f"<html><body><h2>Reviews of <a href='/u/seedbank'>seedbank</a></h2>{rows}</body></html>"
    result = parse_page(html.encode(), url="http://x.onion/list?p=2")
    assert result.page.page_type == "feedback"
    assert [f.date for f in result.records[0].feedback] == ["2026-10-02", "2026-10-03", "2026-10-04"]
