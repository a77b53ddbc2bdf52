"""parsers.kin_months and parsers.dates: a date on a page in a language the CLDR lacks (Scots,
Judaeo-Spanish) is read by its kin's month names a letter off ("Mairch" for March, "Fevrero" for
February, as "febrero"); a short word joining a day to its month is read whatever it is ("di", "ta'").
Invented Scots and Judaeo-Spanish profiles; words no month is, and pages in languages the CLDR
describes, are left alone. The month names of every language ship in parsers/kin_months.json,
which is what Babel's CLDR data builds."""

from __future__ import annotations

import json
from pathlib import Path

from parsers import kin_months, parse_page
from parsers.cldr_dates import page_language
from parsers.dates import parse_date
from parsers.kin_months import build, kin_month

NOW = "2026-11-20T12:00:00Z"


def test_a_scots_month_a_letter_off_an_english_one_is_read_on_a_scots_page() -> None:
    with page_language("sco"):
        assert parse_date("12 Mairch 2021", NOW) == "2021-03-12"
        assert parse_date("Mairch 12, 2021", NOW) == "2021-03-12"


def test_a_word_no_month_is_a_letter_off_gives_no_date() -> None:
    with page_language("sco"):
        assert parse_date("12 Things 2021", NOW) is None
    assert kin_month("3 Posts 2019", "sco") is None


def test_a_language_the_cldr_describes_is_not_read_by_its_kin() -> None:
    assert kin_month("12 Mairch 2021", "en") is None
    with page_language("de"):
        assert parse_date("12 Mairch 2021", NOW) is None


def test_a_short_joining_word_between_day_and_month_is_read() -> None:
    with page_language("pap"):
        assert parse_date("4 di mart 2016", NOW) == "2016-03-04"
    with page_language("mt"):
        assert parse_date("5 ta' Marzu 2020", NOW) == "2020-03-05"
    assert parse_date("3rd of March 2019", NOW) == "2019-03-03"
    # A time's "am" before a month joins nothing: the 15th is no day.
    assert parse_date("10:15 am May 2019", NOW) == "2019-05"


def test_a_scots_profile_reads_its_join_day_in_scots() -> None:
    page = """<html lang="sco"><head><title>glen_roamer - Cairn Crack</title></head><body>
    <a href="/">Cairn Crack</a><h1>glen_roamer</h1>
    <dl><dt>Memmer syne</dt><dd>21 Mairch 2020</dd><dt>Posts</dt><dd>418</dd>
    <dt>Hame</dt><dd>Dundee</dd><dt>Last on</dt><dd>the day at 8.15am</dd></dl>
    <p><a href="/fowk/glen_roamer/posts">See aw posts by glen_roamer</a></p></body></html>"""
    result = parse_page(page.encode(), url="http://cairncrack.onion/fowk/glen_roamer", captured_at=NOW,
                        use_profiles=False)
    assert result.page.page_type == "profile"
    author = result.records[0]
    assert (author.name, author.post_count, author.joined) == ("glen_roamer", 418, "2020-03-21")


def test_a_judaeo_spanish_profile_reads_its_join_day_by_kin_months() -> None:
    page = """<html lang="lad"><head><title>Profil de Rivka_Saloniko | Kaza Muestra</title></head><body>
    <div class="top"><a href="/">Kaza Muestra</a></div>
    <table><tr><td>Mesajes</td><td>1.206</td></tr><tr><td>Entro el</td><td>9 Fevrero 2018</td></tr>
    <tr><td>Sivdad</td><td>Estanbol</td></tr></table>
    <h2>Rivka_Saloniko</h2><a href="/bushka?autor=Rivka_Saloniko">Todos los mesajes</a></body></html>"""
    result = parse_page(page.encode(), url="http://kazamuestra.onion/miembro/Rivka_Saloniko",
                        captured_at=NOW, use_profiles=False)
    assert result.page.page_type == "profile"
    author = result.records[0]
    assert (author.name, author.post_count, author.joined) == ("Rivka_Saloniko", 1206, "2018-02-09")


def test_the_shipped_month_names_are_what_babels_cldr_data_builds() -> None:
    shipped = Path(kin_months.__file__).with_name("kin_months.json").read_text(encoding="utf-8")
    assert json.loads(shipped) == build()
