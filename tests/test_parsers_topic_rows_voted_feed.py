"""parsers.topic_rows: a board's front page of voted posts (a Dread- or Reddit-like feed: each row
a vote's arrows and score, a title linking its thread, "submitted ... by /u/ann to /b/board", a
comment count and the post's save and report links) is a topic list, one Thread per row, not one
thread whose posts are the rows. The arrows name nothing, the controls carrying the post's key are
its own, and the board named after the poster is the one it was posted to, no sub-board. Invented
Polish (divisions) and French (list items, an "all" page of several boards) feeds."""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.topic_rows import listed_index

NOW = "2026-11-20T12:00:00Z"

_PL_ROWS = [
    ("9a1c33e07b", 88, "Jak długo parzyć yerba mate?", "mate_marek", "3 godziny", 14),
    ("4f02d7aa19", 31, "Czajnik elektryczny czy na gaz", "zofia_k", "5 godzin", 9),
    ("c7e5510b2d", 12, "Gdzie kupić dobrą herbatę w Krakowie", "herbaciarz", "1 dzień", 22),
]


def _pl_page() -> bytes:
    rows = "".join(
        f'<div class="wpis"><div class="glosy"><a href="/glos/{key}/plus">&#9650;</a>'
        f'<b>{score}</b><a href="/glos/{key}/minus">&#9660;</a></div><div class="tresc">'
        f'<a class="tytul" href="/wpis/{key}">{title}</a> <span class="etykieta">Pytanie</span>'
        f'<div>dodane {age} temu przez <a href="/u/{who}">/u/{who}</a> do '
        f'<a href="/k/Herbata">/k/Herbata</a></div>'
        f'<div><a href="/wpis/{key}">{n} komentarzy</a> · <a href="/zapisz/{key}">zapisz</a> · '
        f'<a href="/zglos/{key}">zgłoś</a></div></div></div>'
        for key, score, title, who, age, n in _PL_ROWS
    )
    return f"""<html lang="pl"><head><title>/k/Herbata - Nora</title></head><body>
    <div class="menu"><a href="/">Nora</a> <a href="/k/Herbata">Herbata</a>
    <a href="/u/ja_sam">/u/ja_sam</a></div>
    <h1>/k/Herbata</h1><div class="lista">{rows}</div>
    <div class="dalej"><a href="/k/Herbata?s=2">dalej ›</a></div></body></html>""".encode()


def test_a_feeds_voted_rows_give_one_topic_each_not_a_thread_of_posts() -> None:
    result = parse_page(_pl_page(), url="http://nora.onion/k/Herbata", captured_at=NOW, use_profiles=False)
    assert result.page.page_type == "forum_index"
    assert [(t.title, t.thread_url, t.board) for t in result.records] == [
        (title, f"http://nora.onion/wpis/{key}", "/k/Herbata") for key, _, title, _, _, _ in _PL_ROWS
    ]
    assert not [r for r in result.records if r.kind == "post"]


def test_rows_of_several_boards_named_after_their_posters_are_still_topics() -> None:
    rows = "".join(
        f'<li class="sujet"><span class="vote"><a href="/v/{key}?d=1">+</a> {score} '
        f'<a href="/v/{key}?d=-1">-</a></span> <a href="/s/{key}">{title}</a>'
        f'<p>posté il y a {age} par <a href="/membre/{who}">{who}</a> dans '
        f'<a href="/b/{board}">/b/{board}</a></p><p><a href="/s/{key}#commentaires">{n} commentaires</a> '
        f'<a href="/signaler/{key}">signaler</a></p></li>'
        for key, score, title, who, age, board, n in [
            ("81f2", 40, "Quel thé vert pour débuter ?", "camille_t", "2 heures", "The", 7),
            ("77a9", 25, "Tour de potier d'occasion : que vérifier", "argile_paul", "4 heures", "Poterie", 3),
            ("65c0", 18, "Reliure japonaise : quel fil choisir", "papier_lune", "6 heures", "Reliure", 11),
        ]
    )
    page = f"""<html lang="fr"><head><title>Tout - Terrier</title></head><body><h1>Tout</h1>
    <ul class="fil">{rows}</ul></body></html>""".encode()
    doc = load(page, url="http://terrier.onion/b/tout")
    topics = listed_index(doc)
    assert [t.title for t in topics or []] == [
        "Quel thé vert pour débuter ?", "Tour de potier d'occasion : que vérifier",
        "Reliure japonaise : quel fil choisir",
    ]


def test_a_board_list_naming_its_sub_boards_before_any_member_still_gives_no_topics() -> None:
    rows = "".join(
        f'<div class="forum"><a href="/b/{b}">{name}</a> <a href="/b/{sub}">{sub_name}</a>'
        f'<span>{n} sujets</span> dernier par <a href="/membre/{who}">{who}</a></div>'
        for b, name, sub, sub_name, n, who in [
            ("the", "Thé et tisanes", "oolong", "Oolong et wulong", 41, "camille_t"),
            ("poterie", "Poterie et céramique", "emaux", "Émaux et glaçures", 17, "argile_paul"),
        ]
    )
    doc = load(f"<html><body>{rows}</body></html>".encode(), url="http://terrier.onion/")
    assert listed_index(doc) == []
