"""Unit: enrichment.linkgraph -- the onion link graph and mirror detection."""

from __future__ import annotations

from enrichment.linkgraph import find_mirrors, link_graph, simhash
from parsers.records import Page

A, B, C = ("a" * 56 + ".onion"), ("b" * 56 + ".onion"), ("c" * 56 + ".onion")
TEXT = "Tessera market: fictional teas, stamps and candles. Vendor list, escrow rules and support desk."


def test_links_between_onions_are_counted_per_host_pair() -> None:
    pages = [Page(url=f"http://{A}/", links=[f"http://{B}/x", f"http://{B}/y", f"http://{A}/self",
                                           "http://example.com/"]),
             Page(url=f"http://{C}/", links=[f"http://{B}/"])]
    graph = link_graph(pages)
    assert dict(graph.edges) == {(A, B): 2, (C, B): 1}
    assert graph.in_degree() == {B: 2} and graph.out_links(A) == {B: 2}
    assert graph.to_json()["edges"][0] == {"from": A, "to": B, "links": 2}


def test_same_content_on_two_onions_is_a_mirror_and_a_different_site_is_not() -> None:
    pages = []
    for path in ("/", "/market", "/rules"):
        pages.append(Page(url=f"http://{A}{path}", text=f"{TEXT} {path}"))
        pages.append(Page(url=f"http://{B}{path}", text=f"{TEXT} {path}"))
        pages.append(Page(url=f"http://{C}{path}", text=f"A forum about birds and boats, page {path} " * 3))
    [mirror] = find_mirrors(pages)
    assert mirror.hosts == [A, B] and mirror.shared_pages == 3 and mirror.method == "sha256"


def test_a_mirror_with_a_changing_clock_is_found_by_simhash() -> None:
    body = " ".join(f"listing {i} fictional tea and candles from the lab market" for i in range(30))
    pages = [Page(url=f"http://{A}/", text=body + " server time 12:01"),
             Page(url=f"http://{B}/", text=body + " server time 12:07")]
    [mirror] = find_mirrors(pages)
    assert mirror.method == "simhash"


def test_simhash_is_stable_and_sensitive_to_real_change() -> None:
    assert simhash(TEXT) == simhash(TEXT)
    other = simhash("Completely different words about something else entirely")
    assert bin(simhash(TEXT) ^ other).count("1") > 10


def test_mirrors_that_list_each_other_and_carry_session_tokens_are_exact_matches() -> None:
    pages = [Page(url=f"http://{A}/", text=f"{TEXT} Mirrors: {B}/login sid=0f3a9c2e7b1d4f6a8c0e2b4d6f8a1c3e"),
             Page(url=f"http://{B}/", text=f"{TEXT} Mirrors: {A}/login sid=9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b")]
    [mirror] = find_mirrors(pages)
    assert mirror.hosts == [A, B] and mirror.method == "sha256"
