"""parsers.linked_count: a member profile's post count is the one statistic whose label shares a
word with the page's link to the member's posts (an address naming the member the page is about),
whatever the label's word: its other numbers (a member number, topics started, points) are no
post count, and its statistics win over the short list of the member's recent topics beside
them. Invented Indonesian (a definition list, spaced words) and Chinese (a table, unspaced
words) profiles."""

from __future__ import annotations

from pathlib import Path

from parsers import parse_page
from parsers.dom import load
from parsers.linked_count import linked_count
from parsers.page import ParseResult
from parsers.records import Author

NOW = "2026-11-20T12:00:00Z"
DATA = Path(__file__).parent / "data" / "mend_forum_lists"
_ID_URL = "http://sepeda.onion/anggota/ayu_wulandari"
_ZH_URL = "http://chayou.onion/yonghu/laochake"


def _html(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def _parse(html: str, url: str) -> ParseResult:
    return parse_page(html.encode(), url=url, captured_at=NOW, use_profiles=False)


def test_an_indonesian_profile_counts_the_posts_its_link_names_over_its_recent_topics() -> None:
    result = _parse(_html("profil_tulisan_id.html"), _ID_URL)
    assert result.page.page_type == "profile"
    assert result.records == [Author(name="ayu_wulandari", post_count=1204, joined="2018-03-14", url=_ID_URL,
                                     site="sepeda.onion", captured_at=NOW)]


def test_a_chinese_profile_counts_the_posts_its_link_names_in_unspaced_words() -> None:
    result = _parse(_html("yonghu_fatie_zh.html"), _ZH_URL)
    assert result.page.page_type == "profile"
    author = result.records[0]
    assert (author.name, author.post_count, author.joined) == ("老茶客", 3865, "2015-06-21")


def test_without_the_link_to_the_members_posts_no_count_is_the_post_count() -> None:
    link = '<a href="/cari?penulis=ayu_wulandari">Lihat semua tulisan</a>'
    html = _html("profil_tulisan_id.html").replace(link, "")
    result = _parse(html, _ID_URL)
    assert result.page.page_type != "profile"
    assert not any(isinstance(r, Author) for r in result.records)


def test_a_link_to_another_members_posts_counts_nothing() -> None:
    # The reader's own link in the header ("budi_s") names no member of the page.
    html = _html("profil_tulisan_id.html").replace("/cari?penulis=ayu_wulandari", "/cari?penulis=budi_s")
    doc = load(html.encode(), url=_ID_URL)
    assert linked_count(doc, doc.head_lines) is None


def test_two_statistics_sharing_the_links_word_count_nothing() -> None:
    html = _html("profil_tulisan_id.html").replace("<dt>Topik dibuat</dt>", "<dt>Tulisan di blog</dt>")
    doc = load(html.encode(), url=_ID_URL)
    assert linked_count(doc, doc.head_lines) is None


def test_a_page_with_no_address_names_no_member() -> None:
    doc = load(_html("profil_tulisan_id.html").encode())
    assert linked_count(doc, doc.head_lines) is None


def test_the_links_own_words_over_a_count_are_no_label() -> None:
    # A seller's page: the link naming the seller stands over a count of reviews.
    html = ("<html><head><title>quietfern</title></head><body><h1>quietfern</h1><p>Vendor since 2024.</p>"
            "<a href='/msg/quietfern'>Send message</a><p>1,204 reviews</p></body></html>")
    doc = load(html.encode(), url="http://market.onion/vendor/quietfern")
    assert linked_count(doc, doc.head_lines) is None
