"""parsers.poster_stats: the posters' counts and join days read as columns through their panels,
whatever the labels' language, on invented threads (tests/data/thread_frames: a Swahili board
of divisions, a Chinese one, a Japanese one in Shift_JIS), none a copy of a round's page: a
count and a join day set apart by a middle dot on one line, a join day after its label with no
colon, a count labelled by a two-character CJK word, a count with full-width digits and comma."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from parsers import parse_page
from parsers.dom import load
from parsers.poster_stats import stat_columns

DATA = Path(__file__).parent / "data" / "thread_frames"
NOW = "2026-11-20T12:00:00Z"


def _authors(name: str) -> dict[str, tuple[int | None, str | None]]:
    result = parse_page((DATA / name).read_bytes(), url="http://example.onion/t/5", captured_at=NOW,
                        use_profiles=False)
    assert result.page.page_type == "thread"
    return {r.name: (r.post_count, r.joined) for r in result.records if r.kind == "author"}


def test_a_count_and_a_join_day_between_middle_dots_are_each_posters_statistics() -> None:
    # "412 ujumbe · aliingia 03.03.2019": no label of the line is in any word list.
    assert _authors("chai_jioni_sw.html") == {
        "amani_k": (412, "2019-03-03"), "zuhura_m": (2318, "2016-06-14"), "baraka_o": (57, "2023-11-21")}


def test_a_chinese_count_of_a_two_character_word_and_a_join_day_after_its_label_are_read() -> None:
    # "1,024 回帖 · 加入于 2015年5月6日"
    assert _authors("chaguan_zh.html") == {
        "laocha_wang": (1024, "2015-05-06"), "xiao_longjing": (86, "2022-01-09")}


def test_a_japanese_count_in_full_width_digits_and_comma_is_read_whole() -> None:
    # "記事数：１，５０２", beside "投稿：２０２６年…", a date under a label of posts, no count.
    assert _authors("mokei_kobo_ja_sjis.html") == {
        "tetsu_kobo": (1502, "2018-02-11"), "hanshin_5001": (314, "2021-07-03")}


def _columns(panels: list[tuple[str, str]]) -> tuple[dict[str, int], dict[str, str]]:
    html = "".join(f"<div class=p><div class=u><b>{name}</b><span>{line}</span></div><p>Words of post {i}"
                   " long enough to read.</p></div>" for i, (name, line) in enumerate(panels))
    doc = load(f"<html><body>{html}</body></html>".encode())
    blocks = doc.root.findall(".//div[@class='p']")
    none: list[set[Any]] = [set()] * len(blocks)
    return stat_columns(blocks, [n for n, _ in panels], none, [b.find(".//b") for b in blocks],
                        [b.find("p") for b in blocks], none, ["2026-11-19"] * len(blocks))


def test_a_korean_column_of_counts_under_a_two_syllable_word_is_each_posters_count() -> None:
    counts, joins = _columns([("minji", "게시 88 · 가입 2020.03.04"),
                              ("junho", "게시 1,203 · 가입 2017.11.02"),
                              ("minji", "게시 88 · 가입 2020.03.04")])
    assert counts == {}  # a label before its number needs a colon
    counts, joins = _columns([("minji", "88 게시 | 가입 2020.03.04"),
                              ("junho", "1,203 게시 | 가입 2017.11.02"),
                              ("minji", "88 게시 | 가입 2020.03.04")])
    assert counts == {"minji": 88, "junho": 1203}
    assert joins == {"minji": "2020-03-04", "junho": "2017-11-02"}


def test_a_line_of_statistics_the_same_for_every_poster_is_no_column() -> None:
    counts, joins = _columns([("ann", "0 warnings · joined 03.03.2019"),
                              ("bob", "0 warnings · joined 04.04.2018"),
                              ("cy", "0 warnings · joined 05.05.2017")])
    assert counts == {}
    assert joins == {"ann": "2019-03-03", "bob": "2018-04-04", "cy": "2017-05-05"}
