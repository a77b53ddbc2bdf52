"""parsers.member_card and parsers.index_shape on shapes their earlier pages did not show:
member profiles whose statistics' labels and values sit in elements glued in the page's lines
("Mensagens3.118": spans, bold and italic items) read in the page's text nodes, besides a
definition list and a two-column table (invented Czech, Turkish, Romanian and Indonesian pages,
tests/data/profile_shapes); and topic lists whose topics' addresses go on below their board's
("/board/bread/2041", "/forum/garden/77") read as topics, the board list's rows still none."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers import parse_page

NOW = "2026-11-20T12:00:00Z"
DATA = Path(__file__).parent / "data" / "profile_shapes"

PROFILES = {
    "cs_definition_list.html": ("hrnčíř_petr", 1204, "2019-03-14"),
    "tr_two_column_table.html": ("deniz_kabugu", 5310, "2016-08-02"),
    "ro_label_value_divs.html": ("vulpea_rosie", 742, "2020-01-09"),
    "id_card_with_tabs.html": ("ayu_rahma", 86, "2022-05-03"),
}


@pytest.mark.parametrize("page", sorted(PROFILES))
def test_a_profile_of_any_layout_gives_its_member_name_post_count_and_join_day(page: str) -> None:
    result = parse_page((DATA / page).read_bytes(), url="http://forum.onion/member/7",
                        captured_at=NOW, use_profiles=False)
    assert result.page.page_type == "profile"
    assert [(a.name, a.post_count, a.joined) for a in result.records] == [PROFILES[page]]


# Join labels no vocabulary knows, written with no colon: a German table's cells and a Polish
# page's glued spans; the date is the member's when it sits among the post count's statistics.
_GERMAN_CELLS = """<html lang="de"><head><title>Mitglied roter_fuchs | Teichforum</title></head><body>
<a href="/">Teichforum</a><h2>roter_fuchs</h2><table><tr><td>Beiträge</td><td>512</td></tr>
<tr><td>Dabei seit dem</td><td>12.03.2019</td></tr><tr><td>Zuletzt online</td><td>heute 10:02</td></tr>
</table><p>Copyright © 2011 Teichforum</p></body></html>"""
_POLISH_SPANS = """<html lang="pl"><head><title>Profil użytkownika kruk_77 - Forum Ptasie</title></head>
<body><a href="/">Forum Ptasie</a><h1>kruk_77</h1><div><span>Posty</span><span>77</span></div>
<div><span>Z nami od</span><span>14 lutego 2016</span></div></body></html>"""


@pytest.mark.parametrize(("page", "member"), [(_GERMAN_CELLS, ("roter_fuchs", 512, "2019-03-12")),
                                              (_POLISH_SPANS, ("kruk_77", 77, "2016-02-14"))])
def test_a_join_day_labelled_by_unknown_words_without_a_colon_is_read_beside_the_post_count(
        page: str, member: tuple[str, int, str]) -> None:
    result = parse_page(page.encode(), url="http://forum.onion/u/9", captured_at=NOW, use_profiles=False)
    assert result.page.page_type == "profile"
    assert [(a.name, a.post_count, a.joined) for a in result.records] == [member]


def test_dates_far_from_a_header_message_count_make_no_members_profile() -> None:
    rows = "".join(f"<tr><td>Listing {i}</td><td>Added</td></tr><tr><td>0{i}/02/2018</td></tr>"
                   for i in range(1, 5))
    page = f"""<html><head><title>Welcome | Shop</title></head><body><div>Shop</div><div>Messages: 0</div>
    <h1>Welcome</h1><p>Browse</p><p>Categories</p><p>Drugs</p><p>Digital</p><p>Services</p><p>Other</p>
    <table>{rows}</table><p>Copyright © 2013 by Shop</p></body></html>"""
    result = parse_page(page.encode(), url="http://shop.onion/", captured_at=NOW, use_profiles=False)
    assert result.page.page_type != "profile"


def test_a_sellers_page_with_glued_statistics_stays_no_members_profile() -> None:
    page = """<html lang="ro"><head><title>Profilul lui vulpea_rosie - Piata</title></head><body>
    <div class="p"><span class="n">vulpea_rosie</span></div>
    <div><span>Mesaje</span><span>742</span></div>
    <div><span>Înregistrat</span><span>9 ianuarie 2020</span></div>
    <div><span>Vânzări</span><span>1.204</span></div>
    <pre>-----BEGIN PGP PUBLIC KEY BLOCK-----
    mQENBF0000000
    -----END PGP PUBLIC KEY BLOCK-----</pre></body></html>"""
    result = parse_page(page.encode(), url="http://piata.onion/vanzator/vulpea_rosie",
                        captured_at=NOW, use_profiles=False)
    assert result.page.page_type != "profile"


def _rows(base: str, rows: list[tuple[str, str, str, str]]) -> str:
    return "".join(
        f'<tr><td class="n">{no}</td><td><a href="{base}/{no}">{title}</a></td>'
        f'<td><a href="/member/{who}">{who}</a></td><td>{views}</td><td>2026.11.1{no[-1]}</td></tr>'
        for no, title, who, views in rows
    )


def test_a_topic_list_whose_topics_live_below_the_boards_address_gives_its_topics() -> None:
    rows = [("3011", "Rajčata praskají po dešti", "zahradnik_jan", "412"),
            ("3007", "Kdy sázet česnek", "babicka_eva", "1 093"),
            ("3002", "Kompost v zimě", "kopac", "88")]
    page = f"""<html lang="cs"><head><title>Zelenina | Zahrádkáři</title></head><body>
    <ul><li><a href="/forum/zelenina">Zelenina</a></li><li><a href="/forum/ovoce">Ovoce</a></li></ul>
    <h2>Zelenina</h2><table><tr><th>Č.</th><th>Téma</th><th>Autor</th><th>Zobrazení</th><th>Datum</th></tr>
    {_rows("/forum/zelenina", rows)}</table></body></html>"""
    result = parse_page(page.encode(), url="http://zahrada.onion/forum/zelenina", captured_at=NOW,
                        use_profiles=False)
    assert result.page.page_type == "forum_index"
    assert [(t.title, t.author) for t in result.records] == [(r[1], r[2]) for r in rows]


def test_a_vietnamese_topic_list_below_its_board_gives_its_topics_in_page_order() -> None:
    rows = [("5104", "Cách ủ cà phê lạnh", "ca_phe_sua", "2.310"),
            ("5099", "Máy xay tay nào tốt", "hat_moc", "574")]
    page = f"""<html lang="vi"><head><title>Pha chế - Diễn đàn Cà phê</title></head><body>
    <h1>Pha chế</h1><table class="ds">{_rows("/board/pha-che", rows)}</table>
    <p><a href="/board/pha-che?page=2">Trang sau</a></p></body></html>"""
    result = parse_page(page.encode(), url="http://caphe.onion/board/pha-che", captured_at=NOW,
                        use_profiles=False)
    assert [t.title for t in result.records] == ["Cách ủ cà phê lạnh", "Máy xay tay nào tốt"]


def test_a_board_list_whose_boards_live_below_a_category_still_gives_no_topics() -> None:
    page = """<html lang="cs"><head><title>Zahrádkáři</title></head><body><h1>Fóra</h1><table>
    <tr><td><a href="/forum/zahrada/zelenina">Zelenina</a></td><td>214 témat</td><td>3 180</td>
    <td><a href="/forum/zahrada/zelenina/3011#last">Re: Rajčata praskají</a><br>
    <a href="/member/kopac">kopac</a> 2026.11.19</td></tr>
    <tr><td><a href="/forum/zahrada/ovoce">Ovoce</a></td><td>98 témat</td><td>1 022</td>
    <td><a href="/forum/zahrada/ovoce/2870#last">Re: Řez jabloní</a><br>
    <a href="/member/babicka_eva">babicka_eva</a> 2026.11.18</td></tr></table></body></html>"""
    result = parse_page(page.encode(), url="http://zahrada.onion/forum", captured_at=NOW,
                        use_profiles=False)
    assert result.page.page_type == "forum_index"
    assert result.records == []


def test_a_heading_holding_the_members_handle_among_words_names_a_profile_titled_by_the_site() -> None:
    page = """<html lang="es"><head><title>Club del Bosque</title></head><body>
    <a href="/">Club del Bosque</a><h1>Ficha del socio mets_karu</h1>
    <table><tr><td>Mensajes</td><td>318</td></tr><tr><td>Alta en el foro</td><td>11.05.2018</td></tr></table>
    <h3>Firma</h3><p>En el bosque se está bien.</p></body></html>"""
    result = parse_page(page.encode(), url="http://mets.onion/u/5", captured_at=NOW, use_profiles=False)
    assert [(a.name, a.post_count, a.joined) for a in result.records] == [("mets_karu", 318, "2018-05-11")]


def test_a_one_post_threads_heading_is_no_member_when_the_posters_name_stands_before_the_count() -> None:
    page = """<html><head><title>Tech Board</title></head><body>
    <a href="/">Tech Board</a> <a href="/board/software">Software</a><h1>Help with WinRAR5 install</h1>
    <div class="post"><div class="panel"><a href="/member/old_tom">old_tom</a><br>Posts: 120<br>
    Joined: 12.03.2019</div><div class="body"><div class="date">19.11.2026 10:02</div>
    <p>My install fails with an error about a missing DLL every time I start the setup.</p></div></div>
    </body></html>"""
    result = parse_page(page.encode(), url="http://t.onion/topic/5", captured_at=NOW, use_profiles=False)
    assert result.page.page_type != "profile"
