"""parsers.stat_pieces: a poster's statistics run into one line with the post's date ("(posts
1583, joined 12.4.2015) · date"): the post's date is read without the join day, the count and the
join day are the author's. Small pages written here, in German and Spanish."""

from __future__ import annotations

from typing import Any

from parsers import parse_page
from parsers.dom import load
from parsers.stat_pieces import labelled_pieces, line_pieces, stat_boxes, without_stats

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


def _boxed_thread(header: str, stats: list[str], words: list[str]) -> bytes:
    names = ["kopr_vaclav", "bazalka_eva", "saturejka_jan"]
    blocks = "".join(
        f"<div class=zprava id=z{n}><div class=hlava><a href='/clen/{n}'>{name}</a> {header} "
        f"{17 + n}. 11. 2026 1{n}:05</div><div class=radek>{stat}</div>"
        f"<div class=radek><p>{text}</p></div></div>"
        for n, (name, stat, text) in enumerate(zip(names, stats, words, strict=True)))
    return f"<html><head><title>Bylinky</title></head><body>{blocks}</body></html>".encode()


def test_a_line_of_the_posters_statistics_of_its_own_is_no_part_of_the_posts_words() -> None:
    czech = _boxed_thread("Vloženo", [
        "Příspěvky: 2 045 | Registrace: 14. 6. 2013", "Příspěvky: 87 | Registrace: 2. 1. 2024",
        "Příspěvky: 310 | Registrace: 30. 9. 2019"], [
        "Kopr vysévám přímo na záhon, přesazování nesnáší.", "Bazalka chce teplo, na parapetu je jí nejlépe.",
        "Saturejku stačí jednou zasít, pak se vysemení sama."])
    result = parse_page(czech, url="http://bylinky.onion/tema/4", captured_at=NOW)
    posts = [r for r in result.records if r.kind == "post"]
    assert [p.body for p in posts] == [
        "Kopr vysévám přímo na záhon, přesazování nesnáší.", "Bazalka chce teplo, na parapetu je jí nejlépe.",
        "Saturejku stačí jednou zasít, pak se vysemení sama."]
    assert [(a.name, a.post_count) for a in result.records if a.kind == "author"] == [
        ("kopr_vaclav", 2045), ("bazalka_eva", 87), ("saturejka_jan", 310)]
    words = ["Dill säe ich direkt ins Beet, er mag kein Umsetzen.",
             "Basilikum braucht Wärme, am Fenster geht es ihm gut.",
             "Bohnenkraut sät sich nach dem ersten Jahr selbst aus."]
    german = _boxed_thread("am", [
        "Beiträge: 1.204 · Dabei seit: 03.2019", "Beiträge: 12 · Dabei seit: 01.2026",
        "Beiträge: 455 · Dabei seit: 07.2021"], words)
    result = parse_page(german, url="http://kraeuter.onion/thema/9", captured_at=NOW)
    assert [p.body for p in result.records if p.kind == "post"] == words


def test_a_line_with_other_words_beside_a_statistic_is_no_box_of_statistics() -> None:
    doc = load("<div><div>Beiträge: 12 · Dabei seit: 01.2026</div><p>Beiträge: 12 und ich lese seit Jahren"
               " mit, jetzt schreibe ich auch</p><p>Dill und Kerbel</p></div>".encode())
    block = doc.root.find(".//div")
    boxes = stat_boxes(block, set())
    assert {el.tag for el in boxes} == {"div"} and len(boxes) == 1
