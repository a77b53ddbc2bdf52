"""lab.sites markets (lab.sites.market_data, lab.sites.markets): listing titles, review counts, contacts.

What enrichment needs from the lab's markets to measure itself: feedback names a listing by its
title, so a vendor never sells two listings under one title on one market; a listing page's
"Reviews (N)" is in its ground truth; and a contact identifier belongs to one actor, however
alike two actors' handles look.
"""

from __future__ import annotations

import html
import re
from collections import Counter, defaultdict
from typing import Any

import pytest

from lab.sites import World
from lab.sites.market_data import MarketData


@pytest.fixture(scope="module")
def world(lab_world: World) -> World:
    return lab_world


@pytest.fixture(scope="module")
def truth(lab_ground_truth: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return lab_ground_truth


@pytest.fixture(scope="module")
def big() -> World:
    """A world large enough that title keys clash and unrelated handles look alike."""
    return World(seed=7, scale=5000)


def _markets(world: World) -> list[MarketData]:
    return [s.app.data for s in world.sites if s.kind == "market" and not s.mirror_of]


def _fold(handle: str) -> str:
    """A handle as a lenient matcher sees it: letters only, 0 read as o."""
    return re.sub(r"[^a-z]", "", handle.lower().replace("0", "o"))


def test_no_vendor_has_two_listings_with_the_same_title_on_one_market(
    world: World, truth: list[dict[str, Any]], big: World
) -> None:
    # As the pages show it (mirrors are the same market: their pages repeat, not clash).
    seen: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for g in truth:
        if g["page_type"] == "listing":
            r = g["records"][0]
            seen[r["market"], r["vendor"], " ".join(r["title"].casefold().split())].add(r["url"][69:])
    clashes = [key for key, paths in seen.items() if len(paths) > 1]
    assert seen and not clashes, clashes
    # And in every vendor of the larger world, where the raw title keys do clash.
    retitled = 0
    for data in _markets(world) + _markets(big):
        for v in range(data.n_vendors):
            mine = data.vendor_listings(v)
            titles = Counter(" ".join(data.listing(j).title.casefold().split()) for j in mine)
            assert titles.most_common(1)[0][1] == 1, (data.name, data.vendor_name(v)[0], titles)
            retitled += sum(1 for j in mine if data.title_key(j) != data.noun_key(j))
    assert retitled >= 3


def test_unique_titles_are_deterministic_and_keep_search_hits_on_their_noun(big: World) -> None:
    again = World(seed=7, scale=5000)
    for data, other in zip(_markets(big), _markets(again), strict=True):
        assert [data.listing(j).title for j in range(data.n_listings)] == [
            other.listing(j).title for j in range(other.n_listings)
        ]
    site = big.site("tessera-market")
    for noun, _, _ in site.app.searches:
        hits = site.app.search_hits(noun)
        assert hits and all(noun in site.app.data.listing(j).title for j in hits)


def test_every_feedback_line_names_exactly_one_listing_of_its_vendor(big: World) -> None:
    for data in _markets(big):
        for v in range(0, data.n_vendors, 7):
            titles = Counter(data.listing(j).title for j in data.vendor_listings(v))
            lines = data.vendor_feedback(v)
            assert all(titles[f["listing"]] == 1 for f in lines)
            per_title = Counter(f["listing"] for f in lines)
            assert all(per_title[data.listing(j).title] == data.listing(j).feedback_count
                       for j in data.vendor_listings(v))


def test_listing_pages_carry_the_review_count_they_show_and_cards_do_not(
    world: World, truth: list[dict[str, Any]]
) -> None:
    pages = cards = 0
    for g in truth:
        if g["page_type"] == "listing":
            r = g["records"][0]
            body = world.by_onion(g["onion"]).handle("GET", g["url"][69:], {}).body
            shown = html.unescape(body.decode()).split(r["title"], 1)[1]
            label = world.by_onion(g["onion"]).app.labels["reviews"]
            assert f"{label} ({r['feedback_count']})" in shown, g["url"]
            app = world.by_onion(g["onion"]).app
            j = next(j for j in range(app.data.n_listings) if app.urls.listing(j) == g["url"][69:])
            assert r["feedback_count"] == app.data.listing(j).feedback_count
            pages += 1
        elif g["page_type"] == "listing_index":
            cards += sum(1 for r in g["records"] if r["type"] == "listing")
            assert all(r["feedback_count"] is None for r in g["records"] if r["type"] == "listing")
    assert pages > 50 and cards > 50


def test_review_counts_on_listing_pages_add_up_to_the_vendor_feedback_count(
    truth: list[dict[str, Any]]
) -> None:
    per_vendor: Counter[tuple[str, str]] = Counter()
    listed: set[tuple[str, str]] = set()
    for g in truth:
        r = g["records"][0] if g["page_type"] == "listing" else None
        if r is not None and (r["market"], r["url"][69:]) not in listed:  # a mirror's copy counts once
            listed.add((r["market"], r["url"][69:]))
            per_vendor[r["market"], r["vendor"]] += r["feedback_count"]
    shown = {
        (r["market"], r["name"]): r["feedback_count"]
        for g in truth
        if g["page_type"] == "vendor"
        for r in g["records"]
        if r["type"] == "vendor"
    }
    assert per_vendor and all(shown[key] == count for key, count in per_vendor.items())


def test_contacts_follow_the_actor_not_the_handle(big: World) -> None:
    actors_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    contacts_of: dict[str, set[tuple[str, str]]] = defaultdict(set)
    handles: dict[str, set[str]] = defaultdict(set)
    for data in _markets(big):
        for v in range(data.n_vendors):
            vendor = data.vendor(v)
            actors_of[vendor.contact].add(vendor.actor)
            contacts_of[vendor.actor].add(vendor.contact)
            handles[_fold(vendor.name)].add(vendor.actor)
    # The case of the finding: kornblume's unrelated night_owl next to the real NightOwl.
    alike = {k: a for k, a in handles.items() if len(a) > 1}
    assert "kornblume-markt/night_owl" in alike.get("nightowl", set()) and "nightowl" in alike["nightowl"]
    assert all(len(a) == 1 for a in actors_of.values()), {c: a for c, a in actors_of.items() if len(a) > 1}
    # One real vendor on two markets shows one contact on both.
    assert all(len(c) == 1 for c in contacts_of.values())
    assert len(actors_of) == len(contacts_of) > 150
    assert {kind for kind, _ in actors_of} == {"xmpp", "telegram", "session", "email"}


def test_linked_vendor_pages_show_the_same_contact_and_others_differ(
    world: World, truth: list[dict[str, Any]]
) -> None:
    kinds = {"xmpp", "telegram", "session", "email"}
    contact = {
        (g["site"], g["records"][0]["name"]): next(
            (r["entity_type"], r["value"])
            for r in g["records"]
            if r["type"] == "entity" and r["entity_type"] in kinds
        )
        for g in truth
        if g["page_type"] == "vendor" and not world.site(g["site"]).mirror_of
    }
    linked = world.linked_vendors()
    for group in linked:
        assert len({contact[alias] for alias in group}) == 1, group
    unlinked = [c for alias, c in contact.items() if not any(alias in g for g in linked)]
    assert len(set(unlinked)) == len(unlinked) and not set(unlinked) & {contact[g[0]] for g in linked}
    # Shown values are valid identifiers of their kind.
    for kind, value in contact.values():
        if kind == "telegram":
            assert re.fullmatch(r"@[a-z][a-z0-9_]{3,30}[a-z0-9]", value) and "__" not in value
        elif kind in ("email", "xmpp"):
            assert re.fullmatch(r"[a-z0-9.]+@[a-z.]+\.(?:org|net)", value)
        else:
            assert re.fullmatch(r"05[0-9a-f]{64}", value)
