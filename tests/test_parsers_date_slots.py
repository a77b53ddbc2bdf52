"""parsers.date_slots and parsers.loose_dates: a thread's posts dated at the one place each post
shows its own date, when the dates read first are plainly not theirs (a poster's join day under a
label no vocabulary holds) or not read at all; the dates there read whatever their label's words,
by every CLDR language's words of days and units and by the order of the posts. Invented threads
(tests/data/date_slots: a Breton board whose panels are definition lists, a Scottish Gaelic board
of one table per post) and texts of this module's own."""

from __future__ import annotations

from pathlib import Path

from parsers import parse_page
from parsers.date_slots import slot_dates
from parsers.dom import load
from parsers.loose_dates import day_words, loose_dates
from parsers.post_mend import PostRead
from parsers.records import Post

DATA = Path(__file__).parent / "data" / "date_slots"
NOW = "2026-11-20T12:00:00Z"


def _records(name: str, kind: str) -> list:
    result = parse_page((DATA / name).read_bytes(), url="http://example.onion/t/5", captured_at=NOW,
                        use_profiles=False)
    assert result.page.page_type == "thread"
    return [r for r in result.records if r.kind == kind]


def test_a_breton_thread_is_dated_by_its_headers_not_by_its_posters_join_days() -> None:
    posts = _records("kempenn_thread_br.html", "post")
    assert [(p.author, p.posted_at) for p in posts] == [
        ("yann_kerne", "2026-11-18T21:30:00"),
        # "dec'h" (the CLDR writes "decʼh"): between the day before at 21:30 and today at 09:00,
        # 15:15 can be yesterday only.
        ("mona_gwened", "2026-11-19T15:15:00"),
        ("per_leon", "2026-11-20T09:00:00"),
        ("yann_kerne", "2026-11-20T11:50:00"),
    ]


def test_the_header_line_and_an_edit_note_in_its_day_word_leave_the_breton_words() -> None:
    posts = _records("kempenn_thread_br.html", "post")
    assert posts[0].body == ("Ma c'harr-tan a ra un trouz spontus abaoe an diskar-amzer.\n"
                             "Petra a c'hallan ober a-raok ar goañv?")
    assert posts[1].body == ("Gwiriit ar chadenn da gentañ, alies e vez re lausk.\n"
                             "Un tammig eoul warni ha setu.")


def test_the_breton_join_days_under_a_label_no_vocabulary_holds_are_the_posters() -> None:
    authors = {a.name: (a.post_count, a.joined) for a in _records("kempenn_thread_br.html", "author")}
    assert authors == {"yann_kerne": (31, "2021-03-03"), "mona_gwened": (2418, "2010-09-17"),
                       "per_leon": (406, "2019-02-09")}


def test_a_gaelic_thread_keeps_and_dates_its_posts_dated_in_words_no_vocabulary_holds() -> None:
    posts = _records("ceilidh_thread_gd.html", "post")
    assert [(p.author, p.posted_at) for p in posts] == [
        ("morag_dhubh", "2026-11-18T22:10:00"),
        ("seumas_an_fhidhleir", "2026-11-19T21:40:00"),  # "an-dé" (the CLDR's "an-dè")
        ("catrìona_nic", "2026-11-20T09:00:00"),  # "3 uairean air ais": the CLDR's hours
        ("morag_dhubh", "2026-11-20T11:48:00"),
    ]
    assert posts[1].body == ("Tòisichidh mi an-còmhnaidh le ruidhle sìmplidh, "
                             "gus am bi na dannsairean deiseil.")


def test_words_of_other_languages_and_an_unknown_ago_word_read_headers() -> None:
    # "ièr" is Occitan's yesterday, "oras" Occitan and Sardinian hours; "avant" says "ago" unread:
    # no post is to come.
    assert loose_dates(["17.11.2026 10:00", "ièr, 08:05", "avant 2 oras", "10 minutes ago"], NOW, None) == [
        "2026-11-17T10:00:00", "2026-11-19T08:05:00", "2026-11-20T10:00:00", "2026-11-20T11:50:00"]


def test_a_label_every_header_shares_is_left_out_post_numbers_and_all() -> None:
    assert loose_dates(["#1 Gesendet: 17.11.2026 10:00", "#2 Gesendet: 3 oras fa"], NOW, None) == [
        "2026-11-17T10:00:00", "2026-11-20T09:00:00"]


def test_an_unknown_unit_is_the_one_unit_that_falls_between_its_neighbours() -> None:
    # Seconds and minutes would come after the post below; days before the post above.
    found = loose_dates(["19.11.2026 21:00", "3 zlorbs back", "11:50 today"], NOW, None)
    assert found[1] == "2026-11-20T09:00:00"


def test_an_unknown_day_word_that_fits_two_days_stays_unread() -> None:
    assert loose_dates(["17.11.2026 10:00", "Blorp 08:05", "10 minutes ago"], NOW, None)[1] is None


def test_posts_out_of_their_order_date_no_unknown_word() -> None:
    assert loose_dates(["20.11.2026 10:00", "18.11.2026 10:00", "Blorp 08:05"], NOW, None)[2] is None


def test_the_day_words_a_page_was_read_by_are_learned_for_its_other_dates() -> None:
    texts = ["Sent: 18.11.2026 21:30", "Sent: dec'h 15:15", "Sent: hiziv 09:00"]
    assert day_words(texts, loose_dates(texts, NOW, "br"), NOW, "br") == {"dec'h": -1}


def _reads(html: str, dates: list[str]) -> tuple[list[Post], list[PostRead]]:
    doc = load(html.encode())
    blocks = doc.root.findall(".//div[@class='p']")
    reads = [PostRead(b, b, set(), set(), [], b.find(".//a"), b.find("p")) for b in blocks]
    posts = [Post(author=b.find(".//a").text, posted_at=d, index=i)
             for i, (b, d) in enumerate(zip(blocks, dates, strict=True))]
    return posts, reads


_PAGE = """<div>
<div class=p><p><a href=/u/1>ann</a> Kayıt: 3.3.2024</p><p>Gönderildi: 17.11.2026 21:30</p>Merhaba</div>
<div class=p><p><a href=/u/2>bob</a> Kayıt: 9.2.2019</p><p>Gönderildi: 19.11.2026 08:05</p>Selam</div>
<div class=p><p><a href=/u/1>ann</a> Kayıt: 3.3.2024</p><p>Gönderildi: 20.11.2026 10:31</p>Tamam</div>
</div>"""


def test_posts_dated_by_their_posters_panel_are_dated_at_their_headers() -> None:
    posts, reads = _reads(_PAGE, ["2024-03-03", "2019-02-09", "2024-03-03"])
    dated, _ = slot_dates(posts, reads, NOW)
    assert [d for d, _ in dated.values()] == ["2026-11-17T21:30:00", "2026-11-19T08:05:00",
                                              "2026-11-20T10:31:00"]


def test_posts_dated_right_are_left_as_they_are() -> None:
    posts, reads = _reads(_PAGE, ["2026-11-17T21:30:00", "2026-11-19T08:05:00", "2026-11-20T10:31:00"])
    assert slot_dates(posts, reads, NOW) == ({}, {})
