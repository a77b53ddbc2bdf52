"""parsers.labelled_heads: posts headed by an author's label and a date ("投稿者：<b>name</b>
投稿日：date") over their words, and parsers.classify: a reply form asking a delete key is no login
wall. Small made-up pages of this module's own (tests/data/thread_heads), none a round's copy."""

from __future__ import annotations

from pathlib import Path

from parsers import parse_page
from parsers.dom import load
from parsers.labelled_heads import labelled_thread

DATA = Path(__file__).parent / "data" / "thread_heads"
NOW = "2026-11-20T12:00:00Z"


def _read(name: str, url: str = "http://board.example/board.cgi?res=88") -> tuple[str, list]:
    result = parse_page((DATA / name).read_bytes(), url=url, captured_at=NOW, use_profiles=False)
    return result.page.page_type, result.records


def _posts(records: list) -> list[tuple]:
    return [(r.author, r.posted_at, r.body, r.quotes) for r in records if r.kind == "post"]


def test_a_japanese_cgi_board_in_iso_2022_jp_gives_its_labelled_posters_dates_and_words() -> None:
    kind, records = _read("midori_dengon_ja_iso2022jp.html")
    assert kind == "thread"
    assert records[0].title == "古い文庫本の修理について"
    assert _posts(records) == [
        ("しおり", "2026-10-02T09:15:00",
         "祖父の形見の文庫本の背が割れてしまいました。\n家でできる補修の方法はありますか。", []),
        ("製本屋の娘", "2026-10-03T21:40:00",
         "和紙と薄めた糊で背を裏打ちすると長持ちします。\nボンドは固くなるので避けてください。", []),
        ("しおり", "2026-10-05T07:05:00",
         "和紙で試してみました。きれいに直りました、ありがとうございます。", []),
    ]


def test_a_german_board_of_one_table_per_post_reads_each_head_row_over_its_words_row() -> None:
    kind, records = _read("schachecke_beitraege_de.html", "http://schach.example/forum.pl?t=4")
    assert kind == "thread"
    assert records[0].title == "Eröffnung gegen Sizilianisch"
    posts = _posts(records)
    assert [(a, d) for a, d, _, _ in posts] == [
        ("Turmfalke", "2026-10-14T18:20:00"), ("Läuferpaar", "2026-10-15T07:45:00"),
        ("Turmfalke", "2026-10-16T20:05:00"),
    ]
    # The quote of the question is no word of the answer; the subject over each head is none either.
    assert posts[1][2] == "Auf jeden Fall, mit c3 umgehst du die ganze Theorie der offenen Varianten."
    assert posts[0][2].startswith("Ich spiele mit Weiß") and "Re:" not in posts[2][2]


def test_a_korean_board_naming_its_posters_in_the_line_after_the_label() -> None:
    kind, records = _read("sarangbang_gul_ko.html")
    assert kind == "thread"
    assert [(a, d) for a, d, _, _ in _posts(records)] == [
        ("배추아줌마", "2026-11-02T14:22:00"), ("젓갈장수", "2026-11-03T09:10:00"),
    ]
    assert _posts(records)[1][2].startswith("배추 열 포기면")


def test_a_reply_form_asking_a_delete_key_makes_no_login_wall() -> None:
    # A short page whose only password field is the key of a message to write: a board.
    html = ("<html><body><h3>Gästebuch</h3><p>Noch keine Einträge.</p><form method=post>"
            "Name: <input type=text name=n> <textarea name=t></textarea>"
            "Löschpasswort: <input type=password name=pw></form></body></html>")
    assert parse_page(html.encode()).page.page_type != "login"


def test_a_name_and_password_form_without_a_message_is_still_a_login_wall() -> None:
    html = ("<html><body><h3>Gästebuch</h3><form method=post>Name: <input type=text name=n>"
            "Passwort: <input type=password name=pw><input type=submit></form></body></html>")
    assert parse_page(html.encode()).page.page_type == "login"


def test_one_labelled_head_makes_no_thread() -> None:
    html = ("<html><body><div><p>Autor: <b>ann</b> Datum: 14.10.2026 18:20</p>"
            "<p>Nur ein Beitrag hier, ohne Antwort.</p></div></body></html>")
    assert labelled_thread(load(html.encode()), now=NOW) == []


def test_heads_sharing_one_box_make_no_posts() -> None:
    # Two labelled lines in one paragraph's box (a list of changes, not posts of their own).
    html = ("<html><body><div><p>Autor: <b>ann</b> Datum: 14.10.2026 18:20</p>"
            "<p>Autor: <b>bob</b> Datum: 15.10.2026 09:00</p><p>Die Liste der Änderungen dieser Woche.</p>"
            "</div></body></html>")
    assert labelled_thread(load(html.encode()), now=NOW) == []
