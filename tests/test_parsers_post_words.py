"""parsers.label_words: the post count's words of forum engines' South Slavic and Estonian
language packs (phpBB's Slovenian "Prispevki", "Postova", "Postitusi") label a member's count."""

from __future__ import annotations

from pathlib import Path

from parsers.labels import LABELS, find_label
from parsers.page import parse_page

DATA = Path(__file__).parent / "data" / "post_words"
NOW = "2026-11-20T12:00:00Z"


def _authors(name: str) -> tuple[str, list[tuple[str | None, int | None, str | None]]]:
    result = parse_page((DATA / name).read_bytes(), url="http://forum.onion/clan/7", captured_at=NOW)
    found = [(a.name, a.post_count, a.joined) for a in result.records if a.kind == "author"]
    return result.page.page_type, found


def test_a_slovenian_profile_table_gives_its_member_count_and_join_day() -> None:
    assert _authors("profil_sl.html") == ("profile", [("cebelar_Janez", 873, "2016-05-12")])


def test_an_estonian_profile_card_counts_its_postitusi() -> None:
    assert _authors("profiil_et.html") == ("profile", [("metsa_Mari", 1204, "2020-02-03")])


def test_croatian_and_serbian_labels_are_post_counts() -> None:
    assert find_label(["Broj postova: 57"], LABELS["posts"]) == "57"
    assert find_label(["Постова: 1.204"], LABELS["posts"]) == "1.204"


def test_a_latest_posts_heading_is_no_count() -> None:
    assert find_label(["Zadnji prispevki", "14"], LABELS["posts"]) is None
