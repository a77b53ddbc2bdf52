"""parsers.dash_pieces.piece_route: after one place, a labelled piece naming a region no
vocabulary knows ('Til: Norden', 'إلى: دول الخليج') is the destination; parsers.cldr_places: the
iso-codes translations' country names, read without their combining marks, are places beside the
CLDR's long ones ('السعودية' beside 'المملكة العربية السعودية')."""

from __future__ import annotations

import parsers
from parsers.cldr_places import country_names

_ARABIC = """<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>سوق الليل - التمور</title></head>
<body><h1>التمور</h1><div class="shabaka">
<div class="b"><a href="/sanf/71">تمر سكري، 1 كغ</a>
<div>الشحن من: السعودية · إلى: دول الخليج</div><div>0.0004 BTC</div></div>
<div class="b"><a href="/sanf/72">تمر مجدول، 500 غ</a>
<div>الشحن من: الأردن · إلى: بلاد الشام</div><div>0.0006 BTC</div></div>
<div class="b"><a href="/sanf/75">دبس التمر، 400 مل</a>
<div>الشحن من: مصر · إلى: مصر، السودان</div><div>0.0002 BTC</div></div>
</div></body></html>"""

_NORWEGIAN = """<html lang="nb"><head><meta charset="utf-8"><title>Nytt | Nattmarked</title></head>
<body><h1>Nytt i butikken</h1><ul class="rutenett">
<li class="vare"><a href="/vare/11">Ullvotter, strikket</a><p>Fra: Norge | Til: Norden</p><p>349 kr</p></li>
<li class="vare"><a href="/vare/12">Brunost, 500 g</a><p>Fra: Norge | Til: Hele verden</p><p>129 kr</p></li>
<li class="vare"><a href="/vare/14">Lefse, 6 stk</a><p>Fra: Sverige | Til: Skandinavia</p><p>79 kr</p></li>
</ul></body></html>"""


def _routes(page: str, url: str) -> list[tuple[str | None, list[str]]]:
    result = parsers.parse_page(page.encode(), url=url)
    assert result.page.page_type == "listing_index"
    return [(r.ships_from, r.ships_to) for r in result.records]


def test_arabic_cards_give_short_country_names_and_regions_as_their_route() -> None:
    assert _routes(_ARABIC, "http://souqallayl.onion/qism/tumur") == [
        ("السعودية", ["دول الخليج"]), ("الأردن", ["بلاد الشام"]), ("مصر", ["مصر", "السودان"])]


def test_norwegian_cards_give_regions_after_their_origin() -> None:
    assert _routes(_NORWEGIAN, "http://nattmarked.onion/nytt") == [
        ("Norge", ["Norden"]), ("Norge", ["Hele verden"]), ("Sverige", ["Skandinavia"])]


def test_iso_codes_short_names_count_as_countries_without_their_marks() -> None:
    assert "السعودية" in country_names("ar")
    assert "المملكة العربية السعودية" in country_names("ar")
