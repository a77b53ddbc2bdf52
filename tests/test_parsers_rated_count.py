"""parsers.rated_count: a member's post count known by its rate per day beside it, whatever word
its label is, and the profile it lets parsers.member_card read; small made-up pages of this
module's own."""

from __future__ import annotations

from parsers import parse_page
from parsers.rated_count import rated_count

_NOW = "2026-11-20T12:00:00Z"

# Finnish profile in a definition list: "Kirjoituksia" (writings) no vocabulary word; the reader's
# own name in the top bar.
_FI = """<html lang="fi"><head><title>Jäsenen tiedot: kirves_ville - Puuseppien kerho</title></head><body>
<div class="ylapalkki"><a href="/">Puuseppien kerho</a> Tervetuloa, <a href="/jasen/liisa_k">liisa_k</a></div>
<div class="kortti"><h2>kirves_ville</h2><div>Kisälli</div>
<dl><dt>Liittynyt:</dt><dd>3. maaliskuuta 2018</dd>
<dt>Viimeksi paikalla:</dt><dd>tänään 09:41</dd>
<dt>Kirjoituksia:</dt><dd>1 482 (0,47 päivässä)</dd>
<dt>Aiheita:</dt><dd>64</dd>
<dt>Kiitoksia saatu:</dt><dd>310</dd></dl></div>
<ul><li><a href="/aihe/77">Tammen öljyäminen</a> eilen 18:02</li></ul>
</body></html>"""

# Slovenian profile in a two-column table: "Prispevkov" (contributions) no vocabulary word either.
_SL = """<html lang="sl"><head><title>Profil uporabnika lesni_mojster | Rezbarji</title></head><body>
<nav><a href="/">Rezbarji</a> · Prijavljeni kot <a href="/uporabnik/ana_zg">ana_zg</a></nav>
<h1>lesni_mojster</h1><table class="podatki">
<tr><td>Registriran:</td><td>14.09.2016</td></tr>
<tr><td>Zadnji obisk:</td><td>danes, 11:20</td></tr>
<tr><td>Prispevkov:</td><td>2.075 (0,55 na dan)</td></tr>
<tr><td>Tem:</td><td>131</td></tr></table></body></html>"""

# A thread whose two posters' panels each show a rated count: no one member's page.
_THREAD = """<html><head><title>Tammen öljyäminen - Puuseppien kerho</title></head><body>
<h1>Tammen öljyäminen</h1>
<div class="viesti"><b>kirves_ville</b><br>Kirjoituksia: 1 482 (0,47 päivässä)<p>Pellavaöljy ensin.</p></div>
<div class="viesti"><b>liisa_k</b><br>Kirjoituksia: 96 (0,08 päivässä)<p>Entä vaha sen päälle?</p></div>
</body></html>"""


def _profile(html: str, url: str) -> tuple[str, list[tuple[str | None, int | None, str | None]]]:
    result = parse_page(html.encode(), url=url, captured_at=_NOW, use_profiles=False)
    return result.page.page_type, [(r.name, r.post_count, r.joined) for r in result.records
                                   if r.kind == "author"]


def test_a_finnish_profiles_count_with_a_rate_per_day_is_its_post_count() -> None:
    assert _profile(_FI, "http://puu.example/jasen/kirves_ville") == (
        "profile", [("kirves_ville", 1482, "2018-03-03")])


def test_a_slovenian_table_profile_is_read_alike() -> None:
    assert _profile(_SL, "http://rez.example/uporabnik/lesni_mojster") == (
        "profile", [("lesni_mojster", 2075, "2016-09-14")])


def test_a_rate_on_the_counts_own_line_after_its_label_is_read() -> None:
    assert rated_count(["Prispevkov: 2.075 (0,55 na dan)", "Tem: 131"]) == 2075


def test_two_rated_counts_are_two_members_and_give_none() -> None:
    assert rated_count(["Kirjoituksia: 1 482 (0,47 päivässä)", "Kirjoituksia: 96 (0,08 päivässä)"]) is None
    assert _profile(_THREAD, "http://puu.example/aihe/77")[0] != "profile"


def test_a_rating_or_a_percentage_in_brackets_is_no_rate() -> None:
    assert rated_count(["Arvio:", "312 (4.95)"]) is None
    assert rated_count(["Palaute:", "312 (98,5 %)"]) is None


def test_an_unlabelled_rated_figure_is_no_count() -> None:
    assert rated_count(["Tammen öljyäminen", "1 482 (0,47 päivässä)"]) is None
