"""parsers.member_card: an image that is a link to another page (the site's logo linking its
home, its text the site's name that the title names too) is no avatar naming the member; small
made-up pages of this module's own."""

from __future__ import annotations

from parsers import parse_page

_NOW = "2026-11-20T12:00:00Z"

# Korean profile: the title "<member> 님의 프로필 - <site>", the logo a linked image whose text is
# the site's name; the member's name on a line of its own by an unlinked avatar.
_KO = """<html lang="ko"><head><title>도자기굽는이 님의 프로필 - 흙과불 공방</title></head><body>
<header><a href="/" title="흙과불 공방"><img src="/img/logo.png" alt="흙과불 공방"></a>
<a href="/login">로그인</a></header>
<div class="profile"><img src="/avatar/55.png" alt=""><span class="pname">도자기굽는이</span><br>
<table><tr><td>가입일:</td><td>2020/05/21</td></tr><tr><td>최근 방문:</td><td>2026/11/19 08:10</td></tr>
<tr><td>게시물:</td><td>734</td></tr></table></div>
<footer>Copyright 2026 흙과불 공방</footer></body></html>"""

# Spanish profile: "Perfil de <member> | <site>", a logo image linking home with the site's name,
# the member's name only the text of an avatar that links nowhere ("#", a script's zoom).
_ES = """<html lang="es"><head><title>Perfil de Tejedora Lucía | Asociación Telar Andino</title></head><body>
<div id="cab"><a href="http://telar.example/inicio">
 <img src="/logo.gif" alt="Asociación Telar Andino"></a></div>
<div class="ficha"><a href="#"><img src="/av/9.jpg" alt="Tejedora Lucía"></a>
<ul><li>Registrado: 02/02/2017</li><li>Mensajes: 1.209</li>
<li>Última visita: hoy 10:02</li></ul></div><p>© Asociación Telar Andino</p></body></html>"""


def _author(html: str, url: str) -> tuple[str, list[tuple[str | None, int | None, str | None]]]:
    result = parse_page(html.encode(), url=url, captured_at=_NOW, use_profiles=False)
    return result.page.page_type, [(r.name, r.post_count, r.joined) for r in result.records
                                   if r.kind == "author"]


def test_a_logo_linking_home_is_not_taken_for_the_members_avatar() -> None:
    assert _author(_KO, "http://heuk.example/member/55") == ("profile", [("도자기굽는이", 734, "2020-05-21")])


def test_an_avatar_linking_nowhere_still_names_the_member() -> None:
    assert _author(_ES, "http://telar.example/perfil/9") == (
        "profile", [("Tejedora Lucía", 1209, "2017-02-02")])
