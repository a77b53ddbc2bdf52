"""parsers.dom.load: bytes as pages really hold them, stray control bytes included."""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load


def test_a_stray_control_byte_in_a_pages_text_is_dropped_not_the_page() -> None:
    body = b"<html><body><h1>Tea\x0b talk</h1><p>Hello\x01 there, \x1ffriends.</p></body></html>"
    assert load(body).text_lines == ["Tea talk", "Hello there, friends."]
    result = parse_page(body, url="http://tea.example/")
    assert result.page.error is None
    assert result.page.text == "Tea talk\nHello there, friends."


def test_tabs_and_line_breaks_are_kept_as_white_space() -> None:
    assert load(b"<p>one\ttwo\r\nthree</p>").text_lines == ["one two", "three"]


def test_an_iso_2022_jp_page_is_read_whose_escapes_are_control_bytes() -> None:
    text = "お茶の話"
    head = b'<html><head><meta charset="iso-2022-jp"></head><body><p>'
    assert text in load(head + text.encode("iso-2022-jp") + b"</p></body></html>").text


def test_a_page_in_an_encoding_libxml2_does_not_name_is_read_through_pythons_codec() -> None:
    for encoding, text in (("euc-kr", "차 이야기"), ("euc-jp", "お茶の話"), ("cp437", "café")):
        head = f'<html><head><meta charset="{encoding}"></head><body><p>'.encode()
        assert text in load(head + text.encode(encoding) + b"</p></body></html>").text, encoding


def test_a_letter_and_its_points_stay_apart_as_the_code_page_writes_them() -> None:
    # windows-1255 writes Yiddish "ײַ" as a ligature letter and a patah (two characters); libxml2's
    # converter composes them into one presentation form, which no search for the word finds.
    body = b'<html><head><meta charset="windows-1255"></head><body><p>\xd6\xc7</p></body></html>'
    doc = load(body)
    assert doc.text == "\u05f2\u05b7" and doc.encoding == "cp1255"
