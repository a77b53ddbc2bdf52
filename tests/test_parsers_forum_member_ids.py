"""parsers.post_columns.stat_columns: a column of numbers is the posters' member numbers only when
every poster's address holds the number shown; one poster's post count equal to their member
number by chance is still their post count. Pages of this module's own (Occitan, Frisian), none
copied from a generality round."""

from __future__ import annotations

from typing import Any

from parsers import parse_page

NOW = "2026-11-20T12:00:00Z"


def _post(member: int, name: str, count: int, day: str, words: str, number: bool) -> str:
    shown = f"<br>Numerò: {member}" if number else ""
    return (f'<div class="messatge"><div class="autor"><a href="/membre/{member}">{name}</a>'
            f"<br>Messatges: {count}{shown}</div><div class=\"cors\"><p class=\"data\">{day}</p>"
            f"<p>{words}</p></div></div>")


def _page(number: bool) -> str:
    posts = (_post(88, "Bernat", 88, "17.11.2026 18:40", "Quora cal podar los pomièrs?", number)
             + _post(4, "Joana", 2301, "18.11.2026 09:15", "Al mes de febrièr, passat lo gel.", number)
             + _post(88, "Bernat", 88, "19.11.2026 20:05", "Mercé plan, o farai aital.", number))
    return f"<html><body><h1>Podar los pomièrs</h1>{posts}</body></html>"


def _counts(html: str) -> dict[str, Any]:
    records = parse_page(html.encode(), url="http://vergier.example/fil/12", captured_at=NOW,
                         use_profiles=False).records
    return {r.name: r.post_count for r in records if r.kind == "author"}


def test_a_post_count_equal_to_one_posters_member_number_is_still_the_count() -> None:
    assert _counts(_page(number=False)) == {"Bernat": 88, "Joana": 2301}


def test_a_column_of_every_posters_member_number_beside_the_counts_is_no_count() -> None:
    assert _counts(_page(number=True)) == {"Bernat": 88, "Joana": 2301}


def test_frisian_table_rows_read_a_count_that_equals_the_members_number() -> None:
    rows = "".join(
        f'<tr><td class="brûker"><a href="/lid.php?id={mid}">{name}</a><br>Berjochten: {count}</td>'
        f'<td><span>{day}</span><div class="tekst">{words}</div></td></tr>'
        for mid, name, count, day, words in [
            (12, "Sjoerd", 12, "17-11-2026 18:40", "Wannear moat ik de beammen snoeie?"),
            (7, "Aukje", 640, "18-11-2026 09:15", "Yn febrewaris, as de froast foarby is."),
        ])
    assert _counts(f"<html><body><h1>Snoeie</h1><table>{rows}</table></body></html>") == {
        "Sjoerd": 12, "Aukje": 640}
