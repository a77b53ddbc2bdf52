"""parsers.poster_panels.side_panel: the poster's panel of statistics beside a post's words but
apart from the poster's name (the name and date in a header bar over a row of the panel's cell
and the words' cell) is no word of the post; with it gone, the edit note and the signature under
the words are found as such. Pages of this module's own (a Polish table board, an Italian board
of divisions), none a round's."""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.poster_panels import side_panel

_NOW = "2026-11-20T12:00:00Z"

_POLISH = """<html lang="pl"><head><title>Ostrzenie dłut :: Warsztat</title></head><body>
<h1>Ostrzenie dłut na kamieniu wodnym</h1>
<div class="wpis" id="w301"><div class="belka"><a href="/profil/dlutko">dlutko</a>
 <span class="kiedy">17.11.2026, 19:10</span></div>
 <table><tr><td class="lewa"><div>Bywalec</div><div>Postów: 512</div><div>Dołączył: 03.04.2018</div>
 <div>Skąd: Gdańsk</div></td>
 <td class="prawa"><div class="tresc">Jakiej gradacji kamienia używacie do wykańczania dłut?<br>
 Mam tysiączkę i nie wiem, czy wystarczy.</div></td></tr></table></div>
<div class="wpis" id="w305"><div class="belka"><a href="/profil/stolarz_jan">stolarz_jan</a>
 <span class="kiedy">18.11.2026, 08:40</span></div>
 <table><tr><td class="lewa">Moderator<br>Postów: 4 210<br>Dołączył: 11.09.2012</td>
 <td class="prawa"><div class="tresc">Po tysiączce przejdź na sześć tysięcy, wtedy dostaniesz lustro.</div>
 <div class="zmiana">Zmieniony przez stolarz_jan (18.11.2026, 09:02)</div>
 <div class="stopka">Mierz dwa razy.</div></td></tr></table></div>
</body></html>"""

_ITALIAN = """<html lang="it"><head><title>Lievito madre | Forno di casa</title></head><body>
<h2>Lievito madre che non cresce</h2>
<div class="msg"><div class="testa"><a href="/member.php?u=31">farina00</a>
 · <span>16/11/2026 21:30</span></div>
 <div class="corpo"><div class="sx"><p>Apprendista</p><p>Messaggi: 40</p><p>Iscritto: 02/03/2019</p></div>
 <div class="dx">Il mio lievito madre non raddoppia più, lo rinfresco ogni giorno con farina tipo 1.</div>
 </div></div>
<div class="msg"><div class="testa"><a href="/member.php?u=7">nonna_pia</a>
 · <span>17/11/2026 07:55</span></div>
 <div class="corpo"><div class="sx"><p>Maestra fornaia</p><p>Messaggi: 2 871</p><p>Iscritto: 14/01/2014</p>
 <p>Provenienza: Bologna</p></div>
 <div class="dx">Tienilo più al caldo, sui ventisei gradi, e usa acqua non clorata.</div></div></div>
</body></html>"""


def _bodies(page: str) -> list[str | None]:
    result = parse_page(page.encode(), url="http://forum.onion/temat/77", captured_at=_NOW,
                        use_profiles=False)
    return [r.body for r in result.records if r.kind == "post"]


def test_a_panel_cell_beside_the_words_under_a_header_bar_is_no_word_of_the_post() -> None:
    assert _bodies(_POLISH) == [
        "Jakiej gradacji kamienia używacie do wykańczania dłut?\nMam tysiączkę i nie wiem, czy wystarczy.",
        "Po tysiączce przejdź na sześć tysięcy, wtedy dostaniesz lustro.",
    ]


def test_a_panel_aside_in_a_board_of_divisions_is_no_word_of_the_post() -> None:
    assert _bodies(_ITALIAN) == [
        "Il mio lievito madre non raddoppia più, lo rinfresco ogni giorno con farina tipo 1.",
        "Tienilo più al caldo, sui ventisei gradi, e usa acqua non clorata.",
    ]


def test_the_panels_statistics_still_give_the_posters_counts_and_join_days() -> None:
    records = parse_page(_ITALIAN.encode(), url="http://forum.onion/t/5", captured_at=_NOW,
                         use_profiles=False).records
    assert [(a.name, a.post_count, a.joined) for a in records if a.kind == "author"] == [
        ("farina00", 40, "2019-03-02"), ("nonna_pia", 2871, "2014-01-14"),
    ]


def test_statistics_that_are_all_a_block_says_are_no_panel_apart_from_its_words() -> None:
    doc = load(b'<div id="b"><a href="/u/ann">ann</a> <span>17.11.2026</span>'
               b'<div><p>Posts: 12</p><p>Joined: 01.02.2020</p></div></div>')
    block = doc.root.get_element_by_id("b")
    assert side_panel(block, block.find("a"), block.find("span"), set()) == set()


def test_a_panel_holding_the_posts_date_is_not_taken_apart() -> None:
    doc = load(b'<div id="b"><a href="/u/ann">ann</a><div class="p"><p>Posts: 12</p>'
               b'<p>Joined: 01.02.2020</p><span>17.11.2026</span></div>'
               b'<div>Green tea, always, whatever the hour of the day.</div></div>')
    block = doc.root.get_element_by_id("b")
    assert side_panel(block, block.find("a"), block.find(".//span"), set()) == set()
