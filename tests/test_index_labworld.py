"""index on the lab's ground truth (lab.sites.World(seed=7)): real generated markets and forums.

The expected figures are computed from the ground truth itself, independently of the index; the
``cluster`` variant then checks the cluster answers like SQLite on this corpus too.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from index import ClusterBackend, SQLiteBackend
from index.base import Query
from parsers.records import from_json

lab_world = pytest.importorskip("lab.sites.world")


def ground_truth() -> list[Any]:
    out = []
    for page in lab_world.World(seed=7).ground_truth():
        for data in page["records"]:
            rec = from_json(data)
            if rec.kind != "entity":
                rec.captured_at = rec.captured_at or page["now"]
                rec.scope_id = "lab-7"
            out.append(rec)
    return out


@pytest.fixture(scope="module")
def world() -> list[Any]:
    return ground_truth()


def _open(kind: str, request: pytest.FixtureRequest, tmp: Path) -> Any:
    if kind == "sqlite":
        return SQLiteBackend(tmp / "world.sqlite")
    node = request.getfixturevalue("search_cluster")
    return ClusterBackend(
        node.url, node.engine, spool_dir=tmp / "spool", prefix=f"t-{uuid.uuid4().hex[:10]}-"
    )


@pytest.fixture(
    scope="module", params=[pytest.param("sqlite"), pytest.param("cluster", marks=pytest.mark.cluster)]
)
def indexed(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, world: list[Any]
) -> Iterator[Any]:
    backend = _open(request.param, request, tmp_path_factory.mktemp("world"))
    backend.add(world)
    backend.flush()
    yield backend
    if isinstance(backend, ClusterBackend):
        backend.drop()
    backend.close()


def test_every_vendor_profile_is_one_document(indexed: Any, world: list[Any]) -> None:
    profiles = {(v.site, v.name.casefold()) for v in world if v.kind == "vendor"}
    assert indexed.count("vendor") == len(profiles)


def test_listings_per_market_match_the_ground_truth(indexed: Any, world: list[Any]) -> None:
    keys = {
        (r.site, r.listing_url or (r.title or "").strip().casefold(), (r.vendor or "").casefold())
        for r in world
        if r.kind == "listing"
    }
    expected = Counter(site for site, _, _ in keys)
    res = indexed.search(Query(types=["listing"], facets=["site"], facet_size=100))
    assert dict(res.facets["site"]) == dict(expected)


def test_a_vendor_selling_on_several_markets_is_found_on_each(indexed: Any, world: list[Any]) -> None:
    sites: dict[str, set[str]] = {}
    for v in world:
        if v.kind == "vendor":
            sites.setdefault(v.name.casefold(), set()).add(v.site)
    name, where = max(sites.items(), key=lambda kv: (len(kv[1]), kv[0]))
    assert len(where) >= 2
    view = indexed.vendor_view(name)
    assert set(view["markets"]) >= where


def test_titles_are_found_in_their_own_language(indexed: Any, world: list[Any]) -> None:
    for lang in ("en", "de", "ru"):
        sample = next((r for r in world if r.kind == "thread" and r.lang == lang and r.title), None)
        if sample is None:
            continue
        res = indexed.search(Query(text=f'"{sample.title}"', types=["thread"], lang=lang, size=100))
        assert sample.title in [h.record["title"] for h in res.hits]


@pytest.mark.cluster
def test_sqlite_and_the_cluster_agree_on_the_lab_world(
    request: pytest.FixtureRequest, tmp_path: Path, world: list[Any]
) -> None:
    lite, cluster = _open("sqlite", request, tmp_path), _open("cluster", request, tmp_path)
    try:
        for b in (lite, cluster):
            b.add(world)
            b.flush()
        for q in (
            Query(text="espresso"),
            Query(text="доставка", facets=["site", "author"]),
            Query(types=["listing"], sort="price", size=100, facets=["category", "currency"]),
            Query(types=["post"], sort="date", size=100),
            Query(types=["entity"], facets=["entity_type"]),
        ):
            a, b = lite.search(q), cluster.search(q)
            assert ([h.id for h in a.hits], a.total, a.facets) == ([h.id for h in b.hits], b.total, b.facets)
        for kind in ("top-vendors", "market-shares"):
            assert lite.ecosystem(kind) == cluster.ecosystem(kind)
        g1, g2 = lite.graph(), cluster.graph()
        assert (g1.nodes, g1.edges) == (g2.nodes, g2.edges)
    finally:
        cluster.drop()
        cluster.close()
        lite.close()
