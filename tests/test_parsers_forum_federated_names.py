"""parsers.forum_members.shown_name and parsers.post_parts.body_frame on a federated site's
conversation page: the poster's link shows the display name and the account's handle in elements
of their own (the name is the display name), and a post's words under a disclosure's summary (a
content warning, a spoiler's label) are the words without it. Pages of this module's own
(Armenian, Georgian), none copied from a generality round."""

from __future__ import annotations

from typing import Any

from parsers import parse_page

NOW = "2026-11-20T12:00:00Z"


def _status(href: str, name: str, handle: str, day: str, content: str) -> str:
    return (f'<div class="status"><div class="author"><a class="u-url" href="{href}">'
            f'<img src="/a.png" alt=""><span class="display-name"><bdi>{name}</bdi> '
            f'<span class="nickname">{handle}</span></span></a></div>'
            f'<div class="when"><a class="permalink" href="/notice/{day[:2]}">{day}</a></div>'
            f'<div class="content">{content}</div></div>')


_ARMENIAN = ("<html><head><title>Զրույց</title></head><body><h1>Այգի</h1>"
             + _status("/users/ani", "Անի Սարգսյան", "ani", "17.11.2026 18:40",
                       "<details open><summary>Հարց՝ երբ տնկել սխտորը</summary>"
                       "<div><p>Այս տարի աշունը տաք է։</p><p>Հիմա՞ տնկեմ, թե՞ սպասեմ։</p></div></details>")
             + _status("https://other.example/users/aram", "Արամ Պետրոսյան", "aram@other.example",
                       "18.11.2026 09:15", "<p>Տնկիր հիմա, մինչև ցրտերը։</p>")
             + _status("/users/ani", "Անի Սարգսյան", "ani", "19.11.2026 20:05", "<p>Շնորհակալություն։</p>")
             + "</body></html>")


def _posts(html: str) -> list[Any]:
    records = parse_page(html.encode(), url="http://aygi.example/notice/77", captured_at=NOW,
                         use_profiles=False).records
    return [r for r in records if r.kind == "post"]


def test_a_display_name_beside_the_accounts_handle_in_one_link_is_the_name() -> None:
    assert [p.author for p in _posts(_ARMENIAN)] == ["Անի Սարգսյան", "Արամ Պետրոսյան", "Անի Սարգսյան"]


def test_a_content_warning_over_the_words_is_no_words() -> None:
    assert _posts(_ARMENIAN)[0].body == "Այս տարի աշունը տաք է։\nՀիմա՞ տնկեմ, թե՞ սպասեմ։"


def test_a_spoilers_label_is_no_words_but_its_hidden_words_are() -> None:
    page = (_ARMENIAN.replace("Անի Սարգսյան", "ნინო ბერიძე").replace("/users/ani", "/users/nino")
            .replace(">ani<", ">nino<")
            .replace("<p>Շնորհակալություն։</p>",
                     "<p>მადლობა!</p><details><summary>სპოილერი</summary>ნიორი უკვე ამოვიდა.</details>"))
    posts = _posts(page)
    assert posts[0].author == "ნინო ბერიძე"
    assert posts[2].body == "მადლობა!\nნიორი უკვე ამოვიდა."
