"""parsers.figure_tiles and the member profile reader (parsers.member_card) on statistics shown as
tiles of a figure and its label: invented cards (tests/data/member_tiles) in English (block tiles,
each figure between two labels on the page's lines), German (inline tiles gluing a figure to its
label) and Spanish (label over figure, read as lines already)."""

from __future__ import annotations

from pathlib import Path

from parsers import parse_page
from parsers.dom import load
from parsers.figure_tiles import tile_lines

DATA = Path(__file__).parent / "data" / "member_tiles"
NOW = "2026-11-20T12:00:00Z"


def _authors(name: str) -> tuple[str, list[tuple[str | None, int | None, str | None]]]:
    result = parse_page((DATA / name).read_bytes(), url="http://hidehidehide.onion/m/7", captured_at=NOW,
                        use_profiles=False)
    authors = [(r.name, r.post_count, r.joined) for r in result.records if r.kind == "author"]
    return result.page.page_type, authors


def test_a_card_of_block_tiles_gives_the_posts_tile_and_not_the_figure_of_the_tile_after_it() -> None:
    # The lines read "2,046 / Posts / 318 / Reactions": a label over the next tile's figure.
    assert _authors("heron_card_en.html") == ("profile", [("marsh_heron", 2046, "2017-03-03")])


def test_inline_tiles_glue_a_figure_to_its_label_and_a_date_tile_gives_the_join_day() -> None:
    assert _authors("eisvogel_kachel_de.html") == ("profile", [("alte_eiche", 3112, "2014-02-14")])


def test_tiles_with_the_label_over_the_figure_still_read_as_before() -> None:
    assert _authors("boats_block_label_first_es.html") == ("profile", [("vela_latina", 905, "2012-06-22")])


def test_a_handle_written_after_an_at_sign_names_the_member() -> None:
    _, authors = _authors("heron_card_en.html")
    assert authors[0][0] == "marsh_heron"


def test_tile_lines_reads_figure_and_label_in_either_order_as_label_colon_figure() -> None:
    doc = load("""<div><div><b>1 204</b><i>Inlägg</i></div><div><i>Trådar</i><b>38</b></div>
        <div><b>9</b><b>10</b></div></div>""".encode())
    assert tile_lines(doc, doc.head_lines) == ["Inlägg: 1 204", "Trådar: 38"]


def test_a_page_whose_lines_put_every_label_before_its_figure_asks_for_no_tiles() -> None:
    doc = load(b"<div><div><i>Posts</i><b>12</b></div><div><i>Joined</i><b>3.4.2021</b></div></div>")
    assert tile_lines(doc, doc.head_lines) is None


def test_a_list_of_members_tiles_gives_no_profile() -> None:
    # Two members' tiles: two post counts, no one member's page.
    page = b"""<html><head><title>Members</title></head><body><h1>Members</h1>
      <div class="m"><a href="/m/1">reed_warbler</a><div><b>88</b><span>Posts</span></div>
        <p>Joined: 2 May 2020</p></div>
      <div class="m"><a href="/m/2">stone_curlew</a><div><b>1,310</b><span>Posts</span></div>
        <p>Joined: 9 July 2015</p></div></body></html>"""
    result = parse_page(page, url="http://hidehidehide.onion/members", captured_at=NOW, use_profiles=False)
    assert result.page.page_type != "profile"
    assert not [r for r in result.records if r.kind == "author"]
