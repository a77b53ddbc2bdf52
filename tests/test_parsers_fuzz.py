"""parsers.parse_page never raises: arbitrary bytes and mutated real/lab pages (hypothesis)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers import parse_page
from parsers.records import PAGE_TYPES

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "realpages"
SEEDS = [p.read_bytes()[:60_000] for p in sorted(REAL.rglob("*.html"))[:6]] if REAL.is_dir() else []
try:
    from lab.sites import World

    _world = World(seed=7)
    for _name, _path in (
        ("tessera-market", "/"),
        ("kornblume-markt", "/angebot.php?id=1"),
        ("sombra-mercado", "/v/Silver-Fern"),
        ("vorota-forum", "/viewtopic.php?t=1"),
        ("le-cercle", "/members/frostmoth.16/"),
        ("undertow", "/post/47fe9a77d5/"),
    ):
        SEEDS.append(_world.site(_name).handle("GET", _path, {}).body[:60_000])
except ImportError:  # lab absent in a trimmed checkout: real pages and the inline seed remain
    pass
SEEDS.append(
    b"<html><body><div class='post'><p class='author'>by <a>x</a> Yesterday</p>"
    b"<div class='content'>hi</div></div><td>Price</td><td>1.234,56 EUR</td></body></html>"
)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_arbitrary_bytes_never_raise(body: bytes) -> None:
    result = parse_page(body)
    assert result.page.page_type in PAGE_TYPES


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SEEDS), st.integers(0, 59_999), st.integers(1, 400), st.binary(max_size=200))
def test_mutated_pages_never_raise(seed: bytes, at: int, cut: int, junk: bytes) -> None:
    at = at % (len(seed) + 1)
    body = seed[:at] + junk + seed[at + cut :]
    result = parse_page(body, url="http://example.onion/x", captured_at="2026-11-20T12:00:00Z")
    assert result.page.page_type in PAGE_TYPES
