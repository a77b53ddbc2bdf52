"""parsers.stat_pieces: a poster's statistics run into one line with the post's date ("(posts
1583, joined 12.4.2015) · date"): the post's date is read without the join day, the count and the
join day are the author's. Small pages written here, in German and Spanish."""

from __future__ import annotations

from typing import Any

from parsers import parse_page
from parsers.stat_pieces import labelled_pieces, line_pieces, without_stats

NOW = "2026-11-20T12:00:00Z"


def test_a_line_is_split_at_its_brackets_dots_bars_semicolons_and_commas_before_words() -> None:
    assert line_pieces("(Beiträge 88, Registriert 3.1.2020) | 17.11.2026 18:40") == [
        "Beiträge 88", "Registriert 3.1.2020", "17.11.2026 18:40"]
    assert line_pieces("mensajes 52; fecha de ingreso 5/3/2019 · 17 nov 2026, 18:40") == [
        "mensajes 52", "fecha de ingreso 5/3/2019", "17 nov 2026, 18:40"]


def test_a_date_line_without_statistics_is_left_as_it_is() -> None:
    assert without_stats("17 nov 2026, 18:40") is None
    assert without_stats("Mo, 17. Nov 2026 · 18:40") is None
    assert labelled_pieces(["Registriert: 3.1.2020"]) == []


def _page(lang: str) -> bytes:
    if lang == "de":
        stats, posts = "(Beiträge {count}, Registriert {joined}) | {date}", [
            ("hanna_w", "88", "3.1.2020", "17.11.2026 18:40", "Wann schneidet man Johannisbeeren am besten?"),
            ("gartenjule", "1.204", "12.4.2015", "18.11.2026 09:15", "Im späten Winter, vor dem Austrieb."),
            ("hanna_w", "88", "3.1.2020", "19.11.2026 20:05", "Danke, dann warte ich bis Februar.")]
    else:
        stats, posts = "(mensajes {count}; fecha de ingreso {joined}) · {date}", [
            ("pili_huerta", "52", "5/3/2019", "17/11/2026 18:40", "¿Cuándo se podan las grosellas?"),
            ("don_azadon", "3.417", "22/1/2010", "18/11/2026 09:15",
             "A finales del invierno, antes de brotar."),
            ("pili_huerta", "52", "5/3/2019", "19/11/2026 20:05", "Gracias, esperaré a febrero.")]
    blocks = "".join(
        f'<div class="m" id="m{i}"><b>{name}</b> <span class="k">'
        f'{stats.format(count=count, joined=joined, date=date)}</span><p>{words}</p></div>'
        for i, (name, count, joined, date, words) in enumerate(posts))
    return (f'<html lang="{lang}"><head><title>Foro</title></head><body><h2>{posts[0][4]}</h2>{blocks}'
            '<form method="post" action="antwort.php?t=9"><textarea name="t"></textarea></form>'
            "</body></html>").encode()


def _records(lang: str) -> list[Any]:
    result = parse_page(_page(lang), url=f"http://{lang}.example/thema.php?t=9", captured_at=NOW,
                        use_profiles=False)
    assert result.page.page_type == "thread", lang
    return result.records


def test_posts_dated_on_a_line_with_their_posters_statistics_get_their_own_dates() -> None:
    for lang in ("de", "es"):
        assert [(p.author, p.posted_at) for p in _records(lang) if p.kind == "post"] == [
            (("hanna_w", "pili_huerta")[lang == "es"], "2026-11-17T18:40:00"),
            (("gartenjule", "don_azadon")[lang == "es"], "2026-11-18T09:15:00"),
            (("hanna_w", "pili_huerta")[lang == "es"], "2026-11-19T20:05:00")], lang


def test_the_count_and_join_day_on_a_posts_date_line_are_its_authors() -> None:
    assert [(a.name, a.post_count, a.joined) for a in _records("de") if a.kind == "author"] == [
        ("hanna_w", 88, "2020-01-03"), ("gartenjule", 1204, "2015-04-12")]
    assert [(a.name, a.post_count, a.joined) for a in _records("es") if a.kind == "author"] == [
        ("pili_huerta", 52, "2019-03-05"), ("don_azadon", 3417, "2010-01-22")]
