"""parsers.prose_stats and the member profile reader (parsers.member_card) on profiles that tell a
member's statistics in a sentence: invented pages (tests/data/prose_profiles) in English and
German, and a French list of members' blurbs that is no one member's page."""

from __future__ import annotations

from pathlib import Path

from parsers import parse_page
from parsers.prose_stats import prose_stats

DATA = Path(__file__).parent / "data" / "prose_profiles"
NOW = "2026-11-20T12:00:00Z"


def _parsed(name: str) -> tuple[str, list[tuple[str | None, int | None, str | None]]]:
    result = parse_page((DATA / name).read_bytes(), url="http://lanternlantern.onion/u/9", captured_at=NOW,
                        use_profiles=False)
    authors = [(r.name, r.post_count, r.joined) for r in result.records if r.kind == "author"]
    return result.page.page_type, authors


def test_an_english_profile_tells_its_posts_and_join_day_in_a_sentence() -> None:
    # "has been a member since July 9, 2018 and has written 2,318 posts so far, about 0.9 a day".
    assert _parsed("lantern_about_en.html") == ("profile", [("kiln_keeper", 2318, "2018-07-09")])


def test_a_german_profile_writes_the_day_before_the_join_word_s_verb_and_the_count_after() -> None:
    # "Ist seit dem 21. Mai 2013 registriert und hat seitdem 1.406 Beiträge verfasst".
    assert _parsed("imker_steckbrief_de.html") == ("profile", [("wabe_und_wachs", 1406, "2013-05-21")])


def test_a_list_of_members_blurbs_is_no_profile() -> None:
    page_type, authors = _parsed("blurbs_list_fr.html")
    assert page_type != "profile" and authors == []


def test_a_join_word_with_another_ending_is_the_vocabulary_s_word() -> None:
    # The vocabulary has "iscritto" and "zarejestrowany"; a woman is "iscritta", "zarejestrowana".
    assert prose_stats(["Lei è iscritta dal 02/11/2020 e ha scritto 77 messaggi."], NOW) == (77, "2020-11-02")
    assert prose_stats(["zarejestrowana 12.05.2018, napisała 310 postów"], NOW) == (310, "2018-05-12")


def test_a_rate_a_topic_count_or_a_year_alone_is_no_statistic() -> None:
    assert prose_stats(["Joined 2016, 1,7 posts a day, 188 topics."], NOW) is None
    assert prose_stats(["Has written 2,318 posts."], NOW) is None  # no join day
    assert prose_stats(["Member since March 2016 with 12 posts."], NOW) is None  # no whole day


def test_a_sentence_of_a_count_before_a_join_word_takes_no_day_from_the_count() -> None:
    assert prose_stats(["12 posts since registering on 3 June 2021"], NOW) == (12, "2021-06-03")
