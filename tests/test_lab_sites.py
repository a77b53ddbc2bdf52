"""lab.sites: the simulated dark web's determinism, ground truth, links, onions, keys and entities."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections import Counter
from typing import Any
from urllib.parse import urljoin, urlsplit

import magic
import pytest
from bs4 import BeautifulSoup

from ethics.onion import address_from_public_key, expanded_secret_key, is_valid_onion
from lab.sites import World, text
from parsers.records import PAGE_TYPES, from_json, to_json


@pytest.fixture(scope="module")
def world() -> World:
    return World(seed=7)


@pytest.fixture(scope="module")
def truth(world: World) -> list[dict[str, Any]]:
    return list(world.ground_truth())


@pytest.fixture(scope="module")
def bodies(world: World, truth: list[dict[str, Any]]) -> dict[str, bytes]:
    return {g["url"]: world.by_onion(g["onion"]).handle("GET", g["url"][69:], {}).body for g in truth}


def _text(body: bytes) -> str:
    return html.unescape(body.decode("utf-8", "replace")).replace("\u00a0", " ")


def _armored_fingerprint(page: str) -> str:
    """v4 fingerprint of the first key in an armored block, computed independently of lab.sites.pgp."""
    block = page.split("-----BEGIN PGP PUBLIC KEY BLOCK-----", 1)[1].split("-----END", 1)[0]
    body_lines = block.split("\n\n", 1)[1].strip().splitlines()  # armor headers end at a blank line
    b64 = "".join(line for line in body_lines if not line.startswith("="))
    raw = base64.b64decode(b64)
    assert raw[0] == 0xC6  # new-format public-key packet
    body = raw[2 : 2 + raw[1]]
    return hashlib.sha1(b"\x99" + len(body).to_bytes(2, "big") + body).hexdigest().upper()


# --- determinism -----------------------------------------------------------------------------


def test_same_seed_gives_identical_ground_truth_and_bytes(
    truth: list[dict[str, Any]], bodies: dict[str, bytes]
) -> None:
    other = World(seed=7)
    again = list(other.ground_truth())
    assert json.dumps(again, sort_keys=True) == json.dumps(truth, sort_keys=True)
    for g in again[::7]:
        body = other.by_onion(g["onion"]).handle("GET", g["url"][69:], {}).body
        if "sid=" in body.decode("utf-8", "replace"):
            continue  # phpBB session ids change per render by design (checked below)
        assert body == bodies[g["url"]], g["url"]


def test_a_different_seed_gives_a_different_world(world: World, truth: list[dict[str, Any]]) -> None:
    other = World(seed=8)
    assert {s.onion for s in other.sites}.isdisjoint({s.onion for s in world.sites})
    titles7 = [r["title"] for g in truth for r in g["records"] if r["type"] == "listing"]
    titles8 = [r["title"] for g in other.ground_truth() for r in g["records"] if r["type"] == "listing"]
    assert titles7 != titles8


def test_world_is_cheap_to_build() -> None:
    import time

    start = time.perf_counter()
    World(seed=11, scale=100_000)
    assert time.perf_counter() - start < 5


# --- shape of the world ------------------------------------------------------------------------


def test_world_has_three_market_families_three_forum_styles_and_a_directory(world: World) -> None:
    fams = {(s.kind, s.family) for s in world.sites if s.published}
    assert {("market", "grid"), ("market", "table"), ("market", "text")} <= fams
    assert {("forum", "phpbb"), ("forum", "xenforo"), ("forum", "dread")} <= fams
    assert ("directory", "directory") in fams
    assert [s.name for s in world.sites if s.mirror_of] == ["tessera-mirror"]
    assert [s.name for s in world.sites if not s.published] == ["mercurio-market"]
    assert world.site("tessera-market") is world.by_onion(world.site("tessera-market").onion)


def test_pages_come_in_all_five_languages(truth: list[dict[str, Any]]) -> None:
    langs = {g["lang"] for g in truth} | {r["lang"] for g in truth for r in g["records"] if r.get("lang")}
    assert {"en", "ru", "de", "fr", "es"} <= langs


def test_every_ground_truth_line_uses_the_contract(truth: list[dict[str, Any]]) -> None:
    assert len(truth) > 300
    for g in truth:
        assert g["page_type"] in PAGE_TYPES
        assert g["url"] == f"http://{g['onion']}" + g["url"][69:]
        assert g["now"] == "2026-11-20T12:00:00Z"
        for r in g["records"]:
            assert to_json(from_json(r)) == r, (g["url"], r["type"])


def test_every_page_type_of_the_issue_is_present(truth: list[dict[str, Any]]) -> None:
    kinds = Counter(g["page_type"] for g in truth)
    for wanted in PAGE_TYPES:
        assert kinds[wanted] > 0, wanted


# --- ground truth matches the pages --------------------------------------------------------------


def test_every_record_value_appears_in_its_rendered_page(
    world: World, truth: list[dict[str, Any]], bodies: dict[str, bytes]
) -> None:
    checked: Counter[str] = Counter()
    for g in truth:
        raw = _text(bodies[g["url"]])
        visible = " ".join(
            BeautifulSoup(bodies[g["url"]], "lxml").get_text(" ").replace("\u00a0", " ").split()
        )
        page = raw + "\n" + visible
        site = world.by_onion(g["onion"])
        for r in g["records"]:
            kind = r["type"]
            want: list[str] = []
            if kind == "listing":
                fmt_lang = "en" if site.family == "grid" else site.lang
                want = [r["title"], r["vendor"], text.fmt_money(r["price"], r["currency"], fmt_lang)]
                want += [r["ships_from"]] if r["ships_from"] else []
                want += [r["category"]] if r["category"] else []
                want += [", ".join(r["ships_to"])] if r["ships_to"] else []
            elif kind == "vendor":
                want = [r["name"], str(r["feedback_count"])]
                want += [f["text"] for f in r["feedback"]] + [f["buyer"] for f in r["feedback"]]
                if r["pgp_key"]:
                    want.append(r["pgp_key"])
            elif kind == "thread":
                want = [r["title"]] + ([r["author"]] if r["author"] else [])
            elif kind == "post":
                want = [r["author"], r["body"], *r["quotes"]]
            elif kind == "author":
                want = [r["name"], str(r["post_count"])]
            elif kind == "entity" and r["entity_type"] == "pgp" and r["value"] not in page:
                want = []
                assert _armored_fingerprint(page) == r["value"], g["url"]
            elif kind == "entity":
                want = [r["value"]]
            for value in want:
                value = value.replace("\u00a0", " ")
                assert value in page or " ".join(value.split()) in visible, (g["url"], kind, value)
            checked[kind] += 1
    assert min(checked[k] for k in ("listing", "vendor", "thread", "post", "author", "entity")) > 10


def test_links_in_ground_truth_are_exactly_the_links_in_the_markup(
    world: World, truth: list[dict[str, Any]], bodies: dict[str, bytes]
) -> None:
    for g in truth:
        if g["status"] not in (200, 404) or not g["content_type"].startswith("text/html"):
            continue
        site = world.by_onion(g["onion"])
        soup = BeautifulSoup(bodies[g["url"]], "lxml")
        found = set()
        for tag, attr in (("a", "href"), ("img", "src")):
            for el in soup.find_all(tag):
                value = el.get(attr)
                if not isinstance(value, str) or value.startswith("data:"):
                    continue
                url = urljoin(g["url"], value)
                if url.startswith(site.base_url):
                    url = site.base_url + site.canonical(url[len(site.base_url) :])
                found.add(url)
        assert found == set(g["links"]), g["url"]


def test_every_link_resolves_to_a_page_or_is_deliberately_unreachable(
    world: World, truth: list[dict[str, Any]]
) -> None:
    pages = {g["url"] for g in truth}
    kinds: Counter[str] = Counter()
    for g in truth:
        for link in g["links"]:
            kind = "page" if link in pages else world.link_kind(link)
            assert kind in ("page", "dead", "out_of_scope_onion", "clearweb"), link
            if kind == "clearweb":
                assert urlsplit(link).hostname in ("example.com", "example.org"), link
            kinds[kind] += 1
    assert kinds["dead"] and kinds["out_of_scope_onion"] and kinds["clearweb"]


def test_paginated_pages_name_their_next_page_and_link_it_as_next(
    truth: list[dict[str, Any]], bodies: dict[str, bytes]
) -> None:
    paged = [g for g in truth if g.get("next_page")]
    assert {g["page_type"] for g in paged} >= {"listing_index", "feedback", "forum_index", "thread"}
    urls = {g["url"] for g in truth}
    for g in paged:
        assert g["next_page"] in urls and g["next_page"] in g["links"]
        nxt = BeautifulSoup(bodies[g["url"]], "lxml").find("a", class_="next")
        assert nxt is not None, g["url"]


def test_ground_truth_statuses_match_the_served_responses(world: World, truth: list[dict[str, Any]]) -> None:
    for g in truth:
        resp = world.by_onion(g["onion"]).handle("GET", g["url"][69:], {})
        assert resp.status == g["status"], g["url"]
        assert resp.header("Content-Type") == g["content_type"]


# --- onions ---------------------------------------------------------------------------------------


def test_every_onion_is_a_valid_v3_name_derived_from_its_key(
    world: World, truth: list[dict[str, Any]]
) -> None:
    for s in world.sites:
        seed32 = hashlib.sha256(f"onionscope-lab:7:{s.name}".encode()).digest()
        assert s.onion == address_from_public_key(s.onion_public_key)
        assert s.onion_secret_key == expanded_secret_key(seed32) and len(s.onion_secret_key) == 64
    onions = {
        r["value"]
        for g in truth
        for r in g["records"]
        if r["type"] == "entity" and r["entity_type"] == "onion"
    }
    onions |= {urlsplit(link).hostname for g in truth for link in g["links"] if ".onion" in link}
    assert len(onions) >= 10
    assert all(is_valid_onion(o) for o in onions)


def test_directory_lists_markets_mirrors_the_dead_onion_and_other_onions(
    world: World, truth: list[dict[str, Any]]
) -> None:
    directory = next(g for g in truth if g["page_type"] == "directory")
    listed = {urlsplit(u).hostname for u in directory["links"]}
    assert world.site("tessera-mirror").onion in listed
    assert world.dead_onions()[0] in listed
    assert set(world.out_of_scope_onions()) <= listed
    assert all(not g["url"].startswith(f"http://{world.dead_onions()[0]}") for g in truth)


# --- the messy parts -------------------------------------------------------------------------------------


def test_session_ids_change_per_render_but_name_the_same_page(world: World) -> None:
    forum = world.site("vorota-forum")
    a = forum.handle("GET", "/viewforum.php?f=1", {}).body
    b = forum.handle("GET", "/viewforum.php?f=1&sid=0123456789abcdef0123456789abcdef", {}).body
    sids_a = set(re.findall(rb"sid=([0-9a-f]{32})", a))
    sids_b = set(re.findall(rb"sid=([0-9a-f]{32})", b))
    assert len(sids_a) == 1 and len(sids_b) == 1 and sids_a != sids_b
    assert re.sub(rb"sid=[0-9a-f]{32}", b"", a) == re.sub(rb"sid=[0-9a-f]{32}", b"", b)


def test_interstitials_redirect_loop_slow_and_large_pages(world: World, truth: list[dict[str, Any]]) -> None:
    ddos_langs = {g["lang"] for g in truth if g["page_type"] == "ddos_protection"}
    assert len(ddos_langs) >= 3
    assert {g["lang"] for g in truth if g["page_type"] == "captcha"} >= {"en", "es"}
    tessera = world.site("tessera-market")
    a = tessera.handle("GET", "/loop/a", {})
    b = tessera.handle("GET", a.header("Location") or "", {})
    assert (a.status, b.status, b.header("Location")) == (302, 302, "/loop/a")
    wall = tessera.handle("GET", "/account/settings", {})
    assert wall.status == 302 and tessera.handle("GET", wall.header("Location") or "", {}).status == 200
    slow = [g for g in truth if g.get("delay")]
    assert slow and slow[0]["delay"] >= 3
    large = next(g for g in truth if "large" in g.get("notes", []))
    assert len(world.by_onion(large["onion"]).handle("GET", large["url"][69:], {}).body) > 2_000_000
    head = world.by_onion(large["onion"]).handle("HEAD", large["url"][69:], {})
    assert head.body == b"" and int(head.header("Content-Length") or 0) > 2_000_000


def test_binary_files_are_real_and_some_declare_the_wrong_type(
    truth: list[dict[str, Any]], bodies: dict[str, bytes]
) -> None:
    binaries = [g for g in truth if "binary" in g.get("notes", [])]
    real = {g["url"]: magic.from_buffer(bodies[g["url"]], mime=True) for g in binaries}
    assert {"image/png", "application/pdf", "application/zip"} <= set(real.values())
    wrong = [g for g in binaries if "wrong_content_type" in g.get("notes", [])]
    assert len(wrong) >= 3
    for g in wrong:
        assert g["content_type"] != real[g["url"]]
    for g in binaries:
        if "wrong_content_type" not in g.get("notes", []):
            assert g["content_type"] == real[g["url"]]


def test_malformed_html_is_served(
    world: World, bodies: dict[str, bytes], truth: list[dict[str, Any]]
) -> None:
    broken = [g for g in truth if "malformed" in g.get("notes", [])]
    assert broken
    body = bodies[broken[0]["url"]]
    assert body.count(b"<div") > body.count(b"</div>") and b"</html>" not in body
    sloppy = next(g for g in truth if g["site"] == "sombra-mercado" and g["page_type"] == "listing")
    assert b"</body>" not in bodies[sloppy["url"]] and b"</p>" not in bodies[sloppy["url"]]


def test_number_formats_and_relative_dates_follow_the_language(
    world: World, truth: list[dict[str, Any]], bodies: dict[str, bytes]
) -> None:
    euro = re.compile(r"\d{1,3}(\.\d{3})+,\d{2} €")
    assert any(euro.search(_text(bodies[g["url"]])) for g in truth if g["site"] == "kornblume-markt")
    yesterday = "2026-11-19T"
    ru = [
        (g, r)
        for g in truth
        if g["site"] == "vorota-forum"
        for r in g["records"]
        if r["type"] == "post" and r["posted_at"].startswith(yesterday)
    ]
    assert ru and all("вчера, " + r["posted_at"][11:] in _text(bodies[g["url"]]) for g, r in ru)
    ago = [r for g in truth if g["site"] == "undertow" for r in g["records"] if r["type"] == "post"]
    assert any(len(r["posted_at"]) == 10 for r in ago) and any(len(r["posted_at"]) == 16 for r in ago)


def test_demand_truth_matches_review_counts_shown_on_listing_pages(
    world: World, truth: list[dict[str, Any]], bodies: dict[str, bytes]
) -> None:
    demand: dict[str, float] = {}
    for g in truth:
        if g["page_type"] != "listing" or world.site(g["site"]).mirror_of:
            continue
        rec = g["records"][0]
        reviews = int(re.findall(r"\((\d+)\)", _text(bodies[g["url"]]).split(rec["title"], 1)[1])[-1])
        demand[rec["category_norm"]] = demand.get(rec["category_norm"], 0.0) + reviews * rec["price_usd"]
    truth_demand = world.demand_truth()
    assert set(truth_demand) == set(demand)
    for cat, value in truth_demand.items():
        assert value == pytest.approx(demand[cat], rel=1e-6)


def test_producers_start_the_placeholder_threads_and_post_far_more_than_consumers(
    world: World, truth: list[dict[str, Any]]
) -> None:
    producers = set(world.producers())
    assert len(producers) == 9
    posts = [
        r for g in truth for r in g["records"] if r["type"] == "post" and "FICTIONAL" in (r["thread"] or "")
    ]
    per_author = Counter(r["author"] for r in posts)
    consumers = [a for a in per_author if a not in producers]
    assert len(consumers) > 3 * len(producers & set(per_author))
    produced = sum(per_author[p] for p in producers) / max(1, len(producers & set(per_author)))
    consumed = sum(per_author[c] for c in consumers) / len(consumers)
    assert produced > 2 * consumed
    starters = {
        r["author"]
        for g in truth
        for r in g["records"]
        if r["type"] == "thread" and "FICTIONAL" in r["title"] and r["author"]
    }
    assert starters <= producers


def test_scale_mode_grows_the_world_to_about_n_pages() -> None:
    world = World(seed=7, scale=5000)
    statuses: Counter[int] = Counter()
    for g in world.ground_truth():
        statuses[g["status"]] += 1
        if g["status"] == 404:
            assert g["url"].endswith("/listing/999")  # the one deliberately dead link, on both onions
    assert 4500 <= sum(statuses.values()) <= 5500
    assert statuses[404] == 2


def test_unknown_site_names_raise_a_clear_error(world: World) -> None:
    from lab.sites import UnknownSite

    with pytest.raises(UnknownSite, match="no lab site named"):
        world.site("nope")
    with pytest.raises(UnknownSite):
        world.by_onion("nope.onion")


def test_post_requests_are_refused_and_unknown_paths_are_404(world: World) -> None:
    site = world.site("le-cercle")
    assert site.handle("POST", "/", {}).status == 405
    resp = site.handle("GET", "/no/such/page", {})
    assert resp.status == 404 and "Page introuvable" in resp.body.decode()


def test_captcha_image_is_inline_and_decodes(world: World) -> None:
    body = world.site("tessera-market").handle("GET", "/captcha?next=/", {}).body.decode()
    data = re.search(r"data:image/png;base64,([A-Za-z0-9+/=]+)", body)
    assert data and base64.b64decode(data.group(1)).startswith(b"\x89PNG")


@pytest.mark.parametrize(
    "module",
    [
        "__init__",
        "coins",
        "pgp",
        "files",
        "chatter",
        "text",
        "model",
        "market_data",
        "markets",
        "forum_data",
        "forums",
        "directory",
        "extras",
        "world",
        "scale",
        "serve",
    ],
)
def test_module_examples_run(module: str) -> None:
    import doctest
    import importlib

    mod = importlib.import_module("lab.sites" if module == "__init__" else f"lab.sites.{module}")
    result = doctest.testmod(mod, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0


def test_robots_txt_disallows_admin_paths_and_is_in_the_ground_truth(
    world: World, truth: list[dict[str, Any]]
) -> None:
    robots = world.site("tessera-market").handle("GET", "/robots.txt", {})
    assert robots.status == 200 and b"Disallow: /admin" in robots.body
    assert robots.header("Content-Type") == "text/plain"
    assert any(g["url"].endswith("/robots.txt") and g["site"] == "tessera-mirror" for g in truth)
    assert world.site("le-cercle").handle("GET", "/robots.txt", {}).status == 404


def test_posts_are_in_time_order_and_never_after_the_capture_clock(truth: list[dict[str, Any]]) -> None:
    for g in truth:
        times = [r["posted_at"] for r in g["records"] if r["type"] == "post"]
        assert all(t <= "2026-11-20T12:00" for t in times), g["url"]
        if all(len(t) == 16 for t in times):  # day-precision "N days ago" pages compare loosely
            assert times == sorted(times), g["url"]
