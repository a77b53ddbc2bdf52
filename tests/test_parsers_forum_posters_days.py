"""parsers.post_mend._posters_days: posts first dated by a day their posters' panels show (a join
day under a label no reader knows, a script's data attribute), found by one poster's posts dated
alike there, are dated by the later date each post shows. Pages of this module's own (Faroese,
Breton), none copied from a generality round."""

from __future__ import annotations

from typing import Any

from parsers import parse_page

NOW = "2026-11-20T12:00:00Z"

# Faroese, divs: the panel's join day and the post's date both rendered by a script from a
# data attribute in unix seconds, the shown words relative ("í gjár") or a label no reader knows.
_FAROESE = """<html><head><title>Garðveiting :: Nær skal eg planta lauk?</title></head><body>
<h1>Nær skal eg planta lauk?</h1>
<div class="tradur">
<div class="innlegg" id="i-301"><div class="vinstru"><a class="limur" href="/limir/14">Jógvan</a>
  <div class="kort">Innlegg: 57<br>Limur síðan: <span data-ts="1710201600">12. mars 2024</span></div></div>
  <div class="hogru"><div class="hovd"><span class="ts" data-ts="1794940800">í fyrradag</span></div>
  <div class="tekstur">Várið er kalt í ár, og moldin er enn vát eftir regnið.</div></div></div>
<div class="innlegg" id="i-302"><div class="vinstru"><a class="limur" href="/limir/3">Sunneva</a>
  <div class="kort">Innlegg: 1204<br>Limur síðan: <span data-ts="1546473600">3. jan 2019</span></div></div>
  <div class="hogru"><div class="hovd"><span class="ts" data-ts="1795079700">í gjár</span></div>
  <div class="tekstur">Planta nú, laukurin tolir kuldan væl um hann fær rætur fyrst.</div></div></div>
<div class="innlegg" id="i-303"><div class="vinstru"><a class="limur" href="/limir/14">Jógvan</a>
  <div class="kort">Innlegg: 57<br>Limur síðan: <span data-ts="1710201600">12. mars 2024</span></div></div>
  <div class="hogru"><div class="hovd"><span class="ts" data-ts="1795170600">í dag</span></div>
  <div class="tekstur">Takk fyri, Sunneva! Eg byrji í morgin.</div></div></div>
</div></body></html>"""

# Breton, table rows: the join day a plain date after an unknown label in the panel cell, the
# post's date a plain date in the words' cell; one poster twice.
_BRETON = """<html><head><title>Forom ar Wenan :: Mel kaletaet</title></head><body>
<h2>Mel kaletaet</h2>
<table class="kemennadennou">
<tr class="kemennadenn"><td class="skrivagner"><a href="/ezel.php?id=4">Maiwenn</a><br>Ezel abaoe
  <span>03/04/2022</span><br>Kemennadennou 88</td>
  <td class="danvez"><div class="deiziad"><span>17/11/2026 18:40</span></div>
  <div class="testenn">Kaletaet eo ar mel er podou goude pemzektez hepken, petra ober?</div></td></tr>
<tr class="kemennadenn"><td class="skrivagner"><a href="/ezel.php?id=9">Yann</a><br>Ezel abaoe
  <span>21/09/2015</span><br>Kemennadennou 2301</td>
  <td class="danvez"><div class="deiziad"><span>18/11/2026 09:15</span></div>
  <div class="testenn">Lakait ar podou en dour tomm hag e teuzo ar mel en-dro.</div></td></tr>
<tr class="kemennadenn"><td class="skrivagner"><a href="/ezel.php?id=4">Maiwenn</a><br>Ezel abaoe
  <span>03/04/2022</span><br>Kemennadennou 88</td>
  <td class="danvez"><div class="deiziad"><span>19/11/2026 20:05</span></div>
  <div class="testenn">Trugarez, mont a ra mat gant ar pod kentan.</div></td></tr>
</table></body></html>"""


def _records(html: str, url: str) -> list[Any]:
    return parse_page(html.encode(), url=url, captured_at=NOW, use_profiles=False).records


def test_posts_dated_by_their_posters_script_rendered_join_day_are_dated_by_their_own_time() -> None:
    records = _records(_FAROESE, "http://gardur.example/trad/88")
    posts = [r for r in records if r.kind == "post"]
    assert [p.posted_at for p in posts] == [
        "2026-11-17T18:40:00", "2026-11-19T09:15:00", "2026-11-20T10:30:00"]
    assert posts[2].body == "Takk fyri, Sunneva! Eg byrji í morgin."


def test_the_join_day_then_reads_as_the_authors_join_day() -> None:
    authors = {r.name: r for r in _records(_FAROESE, "http://gardur.example/trad/88") if r.kind == "author"}
    assert (authors["Jógvan"].joined, authors["Jógvan"].post_count) == ("2024-03-12", 57)
    assert (authors["Sunneva"].joined, authors["Sunneva"].post_count) == ("2019-01-03", 1204)


def test_rows_whose_panel_shows_a_join_day_first_are_dated_by_the_posts_own_dates() -> None:
    posts = [r for r in _records(_BRETON, "http://gwenan.example/forom/kaoz.php?id=12") if r.kind == "post"]
    assert [(p.author, p.posted_at) for p in posts] == [
        ("Maiwenn", "2026-11-17T18:40:00"), ("Yann", "2026-11-18T09:15:00"),
        ("Maiwenn", "2026-11-19T20:05:00")]
    assert all(p.body and "/2026" not in p.body for p in posts)


def _visit_row(name: str, day: str, words: str) -> str:
    return (f'<tr class="kemennadenn"><td class="danvez"><div class="deiziad"><span>{day}</span></div>'
            f'<div class="testenn">{words}</div></td><td class="skrivagner"><a href="/ezel.php?u={name}">'
            f'{name}</a><br>Gweladenn diwezhan <span>20/11/2026</span></td></tr>')


def test_a_posters_two_posts_of_one_day_keep_that_day_though_a_later_day_shows_beside() -> None:
    # Dates shown as days only, a poster posting twice on one day, each panel (after the words)
    # showing the poster's last visit, later than every post: the posts' days are alike by right.
    rows = (_visit_row("Maiwenn", "18/11/2026", "Kaletaet eo ar mel er podou goude pemzektez hepken.")
            + _visit_row("Yann", "18/11/2026", "Lakait ar podou en dour tomm hag e teuzo ar mel en-dro.")
            + _visit_row("Maiwenn", "18/11/2026", "Trugarez, mont a ra mat gant ar pod kentan."))
    page = f"<html><body><h2>Mel kaletaet</h2><table>{rows}</table></body></html>"
    posts = [r for r in _records(page, "http://gwenan.example/forom/kaoz.php?id=12") if r.kind == "post"]
    assert [(p.author, p.posted_at) for p in posts] == [
        ("Maiwenn", "2026-11-18"), ("Yann", "2026-11-18"), ("Maiwenn", "2026-11-18")]


def _edited_row(name: str, panel_day: str, day: str, words: str, note: str) -> str:
    return (f'<tr class="kemennadenn"><td class="skrivagner"><a href="/ezel.php?u={name}">{name}</a><br>'
            f'Ezel abaoe <span>{panel_day}</span></td><td class="danvez">'
            f'<div class="deiziad">Kaset d\'an <span>{day}</span></div>'
            f'<article><div class="testenn">{words}</div>{note}</article>'
            f'<div class="traon"><div class="signature">Mel ha gwin</div></div></td></tr>')


def test_an_edit_note_under_the_words_of_a_post_dated_again_is_no_words() -> None:
    note = '<div class="kemmet">Kemmet: 19/11/2026 20:31 gant Maiwenn</div>'
    rows = (_edited_row("Maiwenn", "03/04/2022", "17/11/2026 18:40", "Kaletaet eo ar mel er podou.", "")
            + _edited_row("Yann", "21/09/2015", "18/11/2026 09:15", "Lakait ar podou en dour tomm.", "")
            + _edited_row("Maiwenn", "03/04/2022", "19/11/2026 20:05", "Trugarez, mont a ra mat.", note))
    page = f"<html><body><h2>Mel kaletaet</h2><table>{rows}</table></body></html>"
    posts = [r for r in _records(page, "http://gwenan.example/forom/kaoz.php?id=12") if r.kind == "post"]
    assert [p.posted_at for p in posts] == [
        "2026-11-17T18:40:00", "2026-11-18T09:15:00", "2026-11-19T20:05:00"]
    assert [p.body for p in posts] == [
        "Kaletaet eo ar mel er podou.", "Lakait ar podou en dour tomm.", "Trugarez, mont a ra mat."]
