"""parsers.thread_title: a heading all linking another page (a mobile page's way back to its
board) is no thread's title when the <title> puts before it a part the page shows on its own."""

from __future__ import annotations

from parsers.dom import load
from parsers.thread_title import thread_title


def _title(html: str, url: str) -> str | None:
    return thread_title(load(html.encode("utf-8"), url=url))


def test_a_vietnamese_mobile_thread_is_titled_by_its_own_line_not_its_boards_bar() -> None:
    html = ("<html><head><title>Cây lan bị vàng lá phải làm sao - Hỏi đáp trồng lan - Diễn đàn Hoa</title>"
            "</head><body><header><h1><a href='board.php?id=7'>Hỏi đáp trồng lan</a></h1></header>"
            "<div class='head-line'>Cây lan bị vàng lá phải làm sao</div>"
            "<div class='msg'><a href='/u/9'>hoa_mai</a> Lá vàng từ gốc lên.</div></body></html>")
    assert _title(html, "http://hoa.onion/show.php?id=318") == "Cây lan bị vàng lá phải làm sao"


def test_a_german_thread_with_a_board_link_bar_takes_the_shown_title_part() -> None:
    html = ("<html><head><title>Rost am Rahmen entfernen | Werkstatt | Radlerforum</title></head><body>"
            "<div class='bar'><h2><a href='/?section=werkstatt'>Werkstatt</a></h2></div>"
            "<p class='subject'>Rost am Rahmen entfernen</p><div class='post'>Mit Essig?</div>"
            "</body></html>")
    assert _title(html, "http://rad.onion/?section=werkstatt&topic=44") == "Rost am Rahmen entfernen"


def test_a_board_whose_heading_comes_first_in_its_title_keeps_its_heading() -> None:
    html = ("<html><head><title>Werkstatt | Radlerforum</title></head><body>"
            "<h2><a href='/?section=werkstatt&amp;page=1'>Werkstatt</a></h2><p>Radlerforum</p></body></html>")
    assert _title(html, "http://rad.onion/?section=werkstatt") == "Werkstatt"
