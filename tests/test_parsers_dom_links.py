"""parsers.dom: a page's links, made absolute as a browser would (urljoin's answers, found faster)."""

from __future__ import annotations

from urllib.parse import urljoin

from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.dom import Doc, load

BASES = [
    "http://abc.onion/forum/viewtopic.php?t=5&start=20#p9",
    "http://abc.onion",
    "http://abc.onion/",
    "https://abc.onion:8443/a/b/",
    "http://user@abc.onion/a;p/b",
    "http://abc.onion/a/./b/../c",
    "http://abc.onion//double/slash",
    "HTTP://ABC.onion/Upper/Case",
]
HREFS = [
    "/x", "x", "x/y", "?page=2", "?a=1#f", "#top", "../up", "./here", ".", "..", "./", "a//b",
    "//other.onion/p",
    "/a//b", "a;p=1", "x y", " x", "a\tb", "a\nb", "c:d", "mailto:x", "HTTP://X.onion/", ".hidden", "..x",
    "x/./y", "x/../y", "x/..", "?", "/", "", "%2e%2e/x", "a?b=/../c", "é/ü", "x#/../y", "\\x", "a/b/",
]


def _doc(base: str) -> Doc:
    return Doc(root=None, raw=b"", url=base, encoding="utf-8")


def _expected(base: str, href: str) -> str:
    # A link that names its scheme is kept as written (urljoin would lower-case the scheme).
    return href if "://" in href[:12] else urljoin(base, href)


def test_every_usual_and_awkward_link_shape_is_joined_as_urljoin_joins_it() -> None:
    for base in BASES:
        doc = _doc(base)
        for href in HREFS:
            assert doc.absolute(href) == _expected(base, href), (base, href)
    assert _doc(BASES[0]).absolute("HTTP://X.onion/") == "HTTP://X.onion/"


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(BASES), st.text(alphabet="ab/.?#;:=% \t\\é", max_size=12))
def test_any_relative_link_is_joined_as_urljoin_joins_it(base: str, href: str) -> None:
    assert _doc(base).absolute(href) == _expected(base, href)


def test_a_page_lists_each_link_once_in_the_order_it_first_appears() -> None:
    page = (b"<html><body><a href='b'>1</a><a href='/a'>2</a><a href='b'>3</a><img src='i.png'>"
            b"<a href=' b '>4</a><a href='#x'>5</a><a href='javascript:void(0)'>6</a>"
            b"<a href='mailto:x@y'>7</a><area href='?p=2'></body></html>")
    doc = load(page, url="http://abc.onion/d/page")
    assert doc.links == ["http://abc.onion/d/b", "http://abc.onion/a", "http://abc.onion/d/i.png",
                         "http://abc.onion/d/page?p=2"]


def test_session_ids_are_dropped_before_joining() -> None:
    doc = _doc("http://abc.onion/forum/index.php")
    assert doc.absolute("viewtopic.php?t=1&sid=0123456789abcdef0123456789abcdef") == (
        "http://abc.onion/forum/viewtopic.php?t=1")
