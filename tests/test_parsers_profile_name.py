"""parsers.generic_forum.generic_profile's member name: a profile's heading writes the member's
name before its rank's badge ("ann <span>Regular</span>"), and a later one-word heading titles a
section of the page (the signature's box); the member the page's title names is the profile's.
Invented profiles in Korean and Greek written here."""

from __future__ import annotations

from parsers import parse_page
from parsers.records import Author

NOW = "2026-11-20T12:00:00Z"

_KO = """<html lang="ko"><head><title>dalbit_gom 님의 프로필 - 나무공방</title></head><body>
<div class="top"><a href="/">나무공방</a> 로그인: <a href="/u/sonamu">sonamu</a></div>
<div class="pf"><h2 class="pf-name">dalbit_gom <em class="badge">단골</em></h2>
<dl><dt>게시물</dt><dd>1,204</dd><dt>가입일</dt><dd>2021-03-15</dd><dt>지역</dt><dd>전주</dd></dl>
<div class="pf-sig"><h3>서명</h3><p>나무는 천천히 마른다.</p></div></div>
</body></html>"""

_EL = """<html lang="el"><head><title>Προφίλ μέλους: meli_thymari | Μελισσοκόμοι</title></head><body>
<nav><a href="/">Αρχική</a> &raquo; Μέλη</nav>
<main><h1>meli_thymari <span class="rank">Έμπειρο μέλος</span></h1>
<table><tr><td>Μηνύματα:</td><td>877</td></tr><tr><td>Εγγραφή:</td><td>05/06/2020</td></tr></table>
<section><h3>Υπογραφή</h3><div>Το θυμαρίσιο μέλι είναι το καλύτερο.</div></section></main>
</body></html>"""


def _authors(html: str) -> list[Author]:
    result = parse_page(html.encode(), url="http://forum.example/member/7", captured_at=NOW,
                        use_profiles=False)
    return [r for r in result.records if isinstance(r, Author)]


def test_a_profiles_name_before_its_rank_badge_is_the_member_not_a_later_sections_heading() -> None:
    assert [(a.name, a.post_count, a.joined) for a in _authors(_KO)] == [("dalbit_gom", 1204, "2021-03-15")]
    assert [(a.name, a.post_count, a.joined) for a in _authors(_EL)] == [("meli_thymari", 877, "2020-06-05")]
