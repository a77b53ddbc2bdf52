"""An old-school board's topic on the aligned readers (parsers.post_names, parsers.post_parts,
parsers.post_notes): the table's heading row ("Author | Topic: ...") over the posts' rows is no
post, a signature under a rule typed of dashes is no words, nor an edit note written in brackets
in a paragraph of its own. Pages of this module's own (Luxembourgish, Irish), none copied from a
generality round."""

from __future__ import annotations

from typing import Any

from parsers import parse_page

NOW = "2026-11-20T12:00:00Z"


def _row(name: str, rank: str, count: int, day: str, words: str, after: str) -> str:
    return (f'<tr bgcolor="#EEEEEE"><td valign="top"><font size="2"><b>{name}</b></font><br>'
            f'<font size="1">{rank}<br>Beiträg: {count}</font></td>'
            f'<td valign="top"><font size="1">Gepost {day} &nbsp; <a href="/r?n={count}">Zitéieren</a></font>'
            f'<hr size="1"><font size="2">{words}</font>{after}</td></tr>')


_SIG = '<p><font size="1">-----------------<br>Brout ass Liewen.</font></p>'
_LUXEMBOURGISH = (
    '<html><head><title>Bäckerfuerum - Brout am Wanter</title></head><body><table width="95%">'
    '<tr bgcolor="#5A7EAD"><td><font size="1"><b>Auteur</b></font></td>'
    '<td><font size="1"><b>Thema: Brout am Wanter</b></font></td></tr>'
    + _row("Jang", "Member", 57, "17.11.2026 18:40", "Mäi Sauerdeeg geet net méi op, zënter et kal ass.",
           _SIG)
    + _row("Mariette Weber", "Moderatorin", 1204, "19.11.2026 09:15",
           "Stellt en nieft den Uewen, awer net ze no.", "")
    + _row("Jang", "Member", 57, "20.11.2026 10:05", "Merci, Mariette! Ech probéieren et muer.",
           '<p><font size="1">[Dëse Message gouf vum Jang geännert (20.11.2026).]</font></p>' + _SIG)
    + "</table></body></html>")


def _posts(html: str) -> list[Any]:
    records = parse_page(html.encode(), url="http://baecker.example/cgi-bin/bb.cgi?topic=412",
                         captured_at=NOW, use_profiles=False).records
    return [r for r in records if r.kind == "post"]


def test_the_tables_heading_row_over_the_posts_rows_is_no_post() -> None:
    posts = _posts(_LUXEMBOURGISH)
    assert [(p.author, p.posted_at) for p in posts] == [
        ("Jang", "2026-11-17T18:40:00"), ("Mariette Weber", "2026-11-19T09:15:00"),
        ("Jang", "2026-11-20T10:05:00")]


def test_a_signature_under_a_typed_rule_and_a_bracketed_edit_note_are_no_words() -> None:
    assert [p.body for p in _posts(_LUXEMBOURGISH)] == [
        "Mäi Sauerdeeg geet net méi op, zënter et kal ass.", "Stellt en nieft den Uewen, awer net ze no.",
        "Merci, Mariette! Ech probéieren et muer."]


def test_a_signature_typed_under_underscores_in_irish_is_no_words_either() -> None:
    page = (_LUXEMBOURGISH.replace("-----------------", "________________")
            .replace("Brout ass Liewen.", "Is é an t-arán an bheatha."))
    assert _posts(page)[0].body == "Mäi Sauerdeeg geet net méi op, zënter et kal ass."
