"""parsers.member_card: when no label of the vocabulary names the join day, the labelled dates
near the post count (the member's statistics) win over those labelled further off, in the
member's own words under "about me" (a list of their longest walk or first marathon, with its
day). Invented Dutch (a table) and Finnish (a definition list) profiles; with no date near the
count, the earliest labelled one is read as before."""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.member_card import member_card

NOW = "2026-11-20T12:00:00Z"

_ABOUT_NL = "".join(f"<p>Ik wandel al jaren in de Ardennen en schrijf daar graag over, zin {n}.</p>"
                    for n in range(10))


def test_a_join_day_beside_the_count_wins_over_an_earlier_day_in_the_members_own_list() -> None:
    page = f"""<html lang="nl"><head><title>Profiel van wandel_wim - Padforum</title></head><body>
    <h3>wandel_wim</h3><table class="info">
    <tr><th>Naam</th><td>wandel_wim</td></tr><tr><th>Woonplaats</th><td>Maastricht</td></tr>
    <tr><th>Aangesloten</th><td>3 februari 2015 20:31</td></tr>
    <tr><th>Berichten</th><td>812 (<a href="/zoek/wandel_wim">toon</a>)</td></tr></table>
    <div class="over"><h2>Over mij</h2>{_ABOUT_NL}<ul><li>Mooiste tocht: 18 km, 4 mei 2011</li>
    <li>Eerste GR-route: 12 juni 2009</li></ul></div></body></html>"""
    result = parse_page(page.encode(), url="http://padforum.onion/lid/wandel_wim/", captured_at=NOW,
                        use_profiles=False)
    assert result.page.page_type == "profile"
    author = result.records[0]
    assert (author.name, author.post_count, author.joined) == ("wandel_wim", 812, "2015-02-03")


def test_a_definition_lists_join_day_wins_over_a_marathons_day_told_further_down() -> None:
    about = "".join(f"<p>Juoksen joka aamu ennen töitä, lenkki numero {n} meni hyvin.</p>" for n in range(10))
    page = f"""<html lang="fi"><head><title>juoksija_77 - Lenkkipolku</title></head><body>
    <h1>juoksija_77</h1><dl><dt>Jäsenyys alkoi</dt><dd>3.4.2020</dd><dt>Viestit</dt><dd>214</dd>
    <dt>Paikkakunta</dt><dd>Tampere</dd></dl><h2>Minusta</h2>{about}
    <ul><li>Ensimmäinen maraton: 12.6.2009</li></ul></body></html>"""
    doc = load(page.encode(), url="http://lenkki.onion/jasen/juoksija_77")
    author = member_card(doc, now=NOW)
    assert author is not None
    assert (author.name, author.post_count, author.joined) == ("juoksija_77", 214, "2020-04-03")


def test_with_no_date_near_the_count_the_earliest_labelled_day_is_still_read() -> None:
    filler = "".join(f"<p>Rivi {n}</p>" for n in range(12))
    page = f"""<html><head><title>kettu_7 - Lumen</title></head><body><p>kettu_7</p>
    <p>Viestit: 214</p>{filler}<p>Rekisteröitynyt: 3.4.2024</p></body></html>"""
    author = member_card(load(page.encode(), url="http://lumen.onion/profiili/kettu_7"), now=NOW)
    assert author is not None and author.joined == "2024-04-03"
