"""parsers.cldr_dates: endings that a language's CLDR date patterns glue to a date's parts (Basque
"2026ko azaroaren 18a": "ko" on the year, "ren" on the month, "a" on the day; Kurdish "9ê adara
2025an"; Scottish Gaelic "9mh dhen Mhàrt 2025") are read off, so such dates parse as any other,
and a feedback page dated so reads its reviews. Made-up texts and pages written here.
"""

from __future__ import annotations

import pytest

from parsers import parse_page
from parsers.cldr_dates import page_language
from parsers.dates import parse_date
from parsers.records import Vendor


@pytest.mark.parametrize(("lang", "text", "day"), [
    ("eu", "2026ko azaroaren 18a", "2026-11-18"),
    ("eu", "2025eko martxoaren 9a, 10:15", "2025-03-09T10:15:00"),
    ("ku", "9ê adara 2025an", "2025-03-09"),
    ("gd", "9mh dhen Mhàrt 2025", "2025-03-09"),
])
def test_a_date_with_its_languages_glued_endings_is_read(lang: str, text: str, day: str) -> None:
    with page_language(lang):
        assert parse_date(text, "2026-11-20T12:00:00Z") == day


def test_a_number_with_such_an_ending_but_no_month_is_no_date() -> None:
    with page_language("eu"):
        assert parse_date("18a", None) is None
        assert parse_date("18a eta 2026ko", None) != "2026-01-18"


def test_a_sellers_reviews_dated_with_glued_endings_make_a_feedback_page() -> None:
    rows = "".join(
        f"<tr><td title='{stars}/5'>{'★' * stars}</td><td>{text}</td><td>{buyer}</td><td>{date}</td></tr>"
        for stars, text, buyer, date in [
            (5, "Oso gazta ona, ondo bilduta.", "k***a", "2026ko azaroaren 12a"),
            (4, "Bidalketa motel samarra.", "x***o", "2026ko azaroaren 3a"),
            (5, "Berriro erosiko dut.", "e***r", "2026ko urriaren 28a"),
        ])
    page = f"""<html lang="eu"><head><title>Idiazabal_Etxea - iritziak</title></head><body>
<nav><a href="/">Hasiera</a> › <a href="/saltzailea/Idiazabal_Etxea">Idiazabal_Etxea</a> › Iritziak</nav>
<h1>Idiazabal_Etxea saltzailearen iritziak</h1>
<table><tr><th>Balorazioa</th><th>Iruzkina</th><th>Erosle</th><th>Data</th></tr>{rows}</table>
</body></html>"""
    result = parse_page(page.encode(), url="http://azoka.example/saltzailea/Idiazabal_Etxea/iritziak",
                        captured_at="2026-11-20T12:00:00Z")
    assert result.page.page_type == "feedback"
    vendors = [r for r in result.records if isinstance(r, Vendor)]
    assert [v.name for v in vendors] == ["Idiazabal_Etxea"]
    assert [f.date for f in vendors[0].feedback] == ["2026-11-12", "2026-11-03", "2026-10-28"]
