"""parsers.post_columns.stat_columns on posts that are each a table of rows of its own (no tbody:
a header row of the poster's name and the date, a row of the poster's panel and the words):
the panel's count and join day read from any row; and parsers.short_years: a join day written
with a two-digit year after its month ("12-Maris 04") under a label no reader knows. Pages of
this module's own (Hausa, Malay), none copied from a generality round."""

from __future__ import annotations

from typing import Any

from parsers import parse_page
from parsers.short_years import four_digit_year

NOW = "2026-11-20T12:00:00Z"


def _table(uid: int, name: str, day: str, panel: str, words: str) -> str:
    return (f'<table class="rubutu" cellspacing="1"><tr><td class="kai"><b><a href="/mamba?id={uid}">'
            f'{name}</a></b></td><td class="kai"><span class="lokaci">{day}</span></td></tr>'
            f'<tr><td class="panel">{panel}</td><td class="jiki"><div class="kalmomi">{words}</div></td></tr>'
            f'<tr><td colspan="2" class="maballi"><a href="/amsa?p={uid}">Ambato</a></td></tr></table>')


def _page(lang: str, panels: tuple[str, str]) -> str:
    return (f'<html lang="{lang}"><head><title>Shuka barkono</title></head><body><h1>Shuka barkono</h1>'
            + _table(12, "Amina", "17.11.2026 18:40", panels[0], "Ganyen barkono na ya yi rawaya.")
            + _table(3, "Musa", "18.11.2026 09:15", panels[1], "Rage ruwa kuma ka zuba taki.")
            + _table(12, "Amina", "19.11.2026 20:05", panels[0], "Na gode, zan gwada wannan mako.")
            + "</body></html>")


def _authors(html: str) -> dict[str, Any]:
    records = parse_page(html.encode(), url="http://gona.example/batu?t=88", captured_at=NOW,
                         use_profiles=False).records
    return {r.name: (r.post_count, r.joined) for r in records if r.kind == "author"}


def test_a_posts_table_of_rows_shows_its_posters_count_and_join_day_in_its_panel_row() -> None:
    panels = ("Rukuni: Mamba<br>Saƙonni: 57<br>Ya shiga: 12.03.2004",
              "Rukuni: Mai kula<br>Saƙonni: 1,204<br>Ya shiga: 03.01.2019")
    assert _authors(_page("ha", panels)) == {"Amina": (57, "2004-03-12"), "Musa": (1204, "2019-01-03")}


def test_a_join_day_with_a_two_digit_year_after_its_month_is_of_that_year() -> None:
    panels = ("Rukuni: Mamba<br>Saƙonni: 57<br>Ya shiga: 12-Maris 04",
              "Rukuni: Mai kula<br>Saƙonni: 1,204<br>Ya shiga: 3-Janairu 19")
    assert _authors(_page("ha", panels)) == {"Amina": (57, "2004-03-12"), "Musa": (1204, "2019-01-03")}


def test_a_two_digit_year_after_a_later_one_than_the_captures_is_of_the_last_century() -> None:
    assert four_digit_year("3-Jan 98", NOW) == "3 Jan 1998"
    assert four_digit_year("12-Mac 26", NOW) == "12 Mac 2026"
    assert four_digit_year("12-Mac-2004", NOW) is None
