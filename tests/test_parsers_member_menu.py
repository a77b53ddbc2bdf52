"""parsers.member_menu and parsers.title_counts, as a topic table reads them: the menu beside a
starter's name (send a message, search the member's posts), each link naming the member by the
key the member's own link gives, is the member's, not another page the row links; a profile
script given the member under a prefixed key ("profile.php?user_id=ann") is a member's page;
the reply count inside a title link, with the words a screen reader says around it, is no part
of the title."""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.member_menu import about_member, member_keys
from parsers.records import Thread
from parsers.title_counts import counted_title


def _topics(body: str, url: str) -> tuple[str, list[tuple[str | None, str | None]]]:
    result = parse_page(body.encode(), url=url, captured_at="2026-11-20T12:00:00Z")
    return result.page.page_type, [(r.title, r.author) for r in result.records if isinstance(r, Thread)]


def _vi_row(n: int, title: str, key: str, name: str, count: int) -> str:
    return (
        f"<tr><td class=so>{n}</td><td class=tieude><a href='/dien-dan/list.php?bang=may&amp;bai={n}'>{title}"
        f" <span class=an>bình luận</span><span class=dem>{count}</span></a></td>"
        f"<td class=ten><a href='/dien-dan/profile.php?user_id={key}'>{name}</a>"
        f"<span class=menu><a href='/dien-dan/tin_nhan.php?gui_user_id={key}'>Gửi tin nhắn</a>"
        f"<a href='/dien-dan/list.php?bang=may&amp;tim=user_id&amp;tu={key}'>Tìm bài viết</a></span></td>"
        f"<td class=ngay>11-1{n}</td><td class=xem>{n}07</td></tr>"
    )


def test_a_vietnamese_topic_table_with_a_menu_beside_each_starter_gives_its_topics() -> None:
    rows = "".join([
        _vi_row(1, "Máy may cũ bị kẹt chỉ", "thu_ha", "Thu Hà", 4),
        _vi_row(2, "Chọn kim cho vải jean", "anh_tuan", "Anh Tuấn", 11),
        _vi_row(3, "Khoe chiếc áo dài đầu tiên", "thu_ha", "Thu Hà", 23),
    ])
    body = ("<html lang=vi><head><title>May vá | Diễn đàn Kim Chỉ</title></head><body>"
            "<h1>May vá</h1><table><thead><tr><th>Số</th><th>Tiêu đề</th><th>Người viết</th><th>Ngày</th>"
            f"<th>Xem</th></tr></thead><tbody>{rows}</tbody></table></body></html>")
    kind, topics = _topics(body, "http://x.onion/dien-dan/list.php?bang=may")
    assert kind == "forum_index"
    assert topics == [("Máy may cũ bị kẹt chỉ", "Thu Hà"), ("Chọn kim cho vải jean", "Anh Tuấn"),
                      ("Khoe chiếc áo dài đầu tiên", "Thu Hà")]


def _id_row(n: int, title: str, handle: str, count: int) -> str:
    return (
        f"<tr><td><a href='/diskusi/baca.php?topik={n}0{n}'>{title} <small>({count})</small></a></td>"
        f"<td><a href='/member/{handle}'>{handle}</a> <a href='/pesan/tulis?ke={handle}'>Kirim pesan</a>"
        f" <a href='/cari?penulis={handle}'>Semua tulisan</a></td><td>{count}</td>"
        f"<td>1{n} Nov 2026</td></tr>"
    )


def test_an_indonesian_topic_table_with_member_menus_and_counts_in_its_titles_gives_its_topics() -> None:
    rows = "".join([
        _id_row(1, "Batik tulis luntur setelah dicuci", "sekar_ayu", 6),
        _id_row(2, "Canting tembaga atau kuningan?", "pak_darmo", 15),
        _id_row(3, "Malam batik dari lebah sendiri", "sekar_ayu", 2),
    ])
    body = ("<html lang=id><head><title>Forum Batik</title></head><body><h2>Diskusi batik</h2>"
            f"<table>{rows}</table></body></html>")
    kind, topics = _topics(body, "http://x.onion/diskusi/papan.php?id=3")
    assert kind == "forum_index"
    assert topics == [("Batik tulis luntur setelah dicuci", "sekar_ayu"),
                      ("Canting tembaga atau kuningan?", "pak_darmo"),
                      ("Malam batik dari lebah sendiri", "sekar_ayu")]


def test_a_link_naming_another_member_or_a_topic_is_not_the_members_menu() -> None:
    doc = load(b"<p><a href='/profile.php?user_id=thu_ha'>Thu</a><a href='/pm.php?to=anh_tuan'>PM</a>"
               b"<a href='/topic.php?t=thu_ha_2'>x</a><a href='/search?by=Thu_Ha'>y</a></p>")
    links = list(doc.root.iter("a"))
    keys = member_keys(links[:1])
    assert [about_member(a, keys) for a in links[1:]] == [False, False, True]


def test_a_members_number_is_no_key_a_topics_number_could_share() -> None:
    doc = load(b"<p><a href='/profile.php?id=412'>ann</a><a href='/topic.php?t=412'>Tea</a></p>")
    member, topic = doc.root.iter("a")
    assert not about_member(topic, member_keys([member]))


def test_a_title_that_ends_with_a_number_in_its_own_words_keeps_it() -> None:
    for html, title in [
        (b"<a href='/t/1'>Top <b>10</b> tips</a>", "Top 10 tips"),
        (b"<a href='/t/2'>Ulimi <i>mpya</i> <b>moja</b></a>", "Ulimi mpya moja"),
        (b"<a href='/t/3'>Pot <b>3</b> <b>4</b></a>", "Pot 3 4"),
        (b"<a href='/t/4'>Chai ya tangawizi <span>majibu</span>"
         b"<span>[1,204]</span></a>", "Chai ya tangawizi"),
    ]:
        assert counted_title(load(html).root.find(".//a")) == title
