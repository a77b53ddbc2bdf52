"""parsers.figure_rows and parsers.member_card: a profile whose post count no label of the
vocabulary names (found by the link to the member's posts) still has its statistics where its
figures stand under their labels, and the join day labelled among them, with no colon, is read.
Invented Haitian Creole (a definition list) and Sranan Tongo (label and value divisions)
profiles; a day labelled far from the figures loses to the one beside them."""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.figure_rows import figure_rows
from parsers.member_card import member_card

NOW = "2026-11-20T12:00:00Z"


def test_figures_under_short_labels_are_the_statistics_lines() -> None:
    lines = ["Lakay", "Enskri", "14/02/2019", "Kontribisyon", "2 381", "Sijè", "77",
             "Yon fraz ki long anpil 5"]
    assert figure_rows(lines, []) == [4, 6]
    assert figure_rows(lines, [(9, "12")]) == [9]


def test_a_haitian_creole_profile_reads_its_count_by_its_link_and_its_join_day_beside_it() -> None:
    page = """<html lang="ht"><head><title>Pwofil Jan_Pyebwa - Lakou Forum</title></head><body>
    <nav><a href="/">Lakou Forum</a> · <a href="/manm">Manm yo</a></nav>
    <h1>Jan_Pyebwa</h1>
    <dl class="lk-done"><dt>Enskri</dt><dd>14/02/2019</dd><dt>Kontribisyon</dt><dd>2 381</dd>
    <dt>Sijè louvri</dt><dd>77</dd><dt>Vil</dt><dd>Jakmèl</dd></dl>
    <p><a href="/chache?otè=Jan_Pyebwa">Tout kontribisyon Jan_Pyebwa yo</a></p></body></html>"""
    result = parse_page(page.encode(), url="http://lakouforum.onion/manm/Jan_Pyebwa", captured_at=NOW,
                        use_profiles=False)
    assert result.page.page_type == "profile"
    author = result.records[0]
    assert (author.name, author.post_count, author.joined) == ("Jan_Pyebwa", 2381, "2019-02-14")


def test_a_sranan_profile_in_label_and_value_divisions_reads_its_join_day() -> None:
    page = """<html lang="srn"><head><title>Koffie_Mama – Kondreman – Wi Kondre</title></head><body>
    <header><a href="/">Wi Kondre</a></header>
    <section><div class="wk-nen">Koffie_Mama</div>
    <div class="wk-ri"><div class="wk-l">Kon na ini</div><div class="wk-v">2017-05-12</div></div>
    <div class="wk-ri"><div class="wk-l">Boskopu</div><div class="wk-v">904</div></div>
    <div class="wk-ri"><div class="wk-l">Tori bigin</div><div class="wk-v">31</div></div>
    <a href="/suku?skrifiman=Koffie_Mama">Luku ala boskopu</a></section></body></html>"""
    author = member_card(load(page.encode(), url="http://wikondre.onion/kondreman/Koffie_Mama"), now=NOW)
    assert author is not None
    assert (author.name, author.post_count, author.joined) == ("Koffie_Mama", 904, "2017-05-12")


def test_a_join_day_beside_the_figures_wins_over_an_earlier_day_labelled_far_below() -> None:
    filler = "".join(f"<p>Mwen renmen lanmè a, fraz nimewo {n} nan istwa mwen.</p>" for n in range(12))
    page = f"""<html lang="ht"><head><title>Pwofil Jan_Pyebwa - Lakou Forum</title></head><body>
    <h1>Jan_Pyebwa</h1><dl><dt>Enskri</dt><dd>14/02/2019</dd><dt>Kontribisyon</dt><dd>2 381</dd>
    <dt>Sijè louvri</dt><dd>77</dd></dl>{filler}<p>Premye vwayaj: 03/07/2009</p>
    <p><a href="/chache?otè=Jan_Pyebwa">Tout kontribisyon Jan_Pyebwa yo</a></p></body></html>"""
    author = member_card(load(page.encode(), url="http://lakouforum.onion/manm/Jan_Pyebwa"), now=NOW)
    assert author is not None and author.joined == "2019-02-14"
