"""Parity of the index backends: SQLite and the cluster answer a battery of queries identically.

A seeded synthetic corpus (markets, vendors on several markets, multilingual listings with
diacritics, four currencies, prices on awkward cents, missing fields, repeated captures, forum
threads and posts) is indexed into both backends; every query's hit ids, order, scores, total,
facet counts and next cursor walk, and every view and aggregation, must be equal.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from index import ClusterBackend, SQLiteBackend
from index.base import Query
from parsers.records import Entity, Listing, Post, Thread, Vendor


def _words(text: str) -> list[str]:
    return text.split()


WORDS = {
    "en": _words(
        "green black tea leaf fresh organic premium sample pack blend smoked spice saffron pepper herbal "
        "stealth shipping worldwide escrow quality strong mild fictional harvest"
    ),
    "de": _words(
        "grüner schwarzer tee blätter frisch kräuter mischung gewürz versand weltweit qualität mild stark "
        "fiktion ernte"
    ),
    "fr": _words(
        "thé vert noir épices mélange poivre safran livraison rapide qualité fraîche fictif récolte"
    ),
    "ru": _words("чай зелёный чёрный специи доставка качество свежий"),
}
CATEGORIES = ["tea", "herbs", "spices", "coffee", "samples", "books"]
CURRENCIES = [("USD", 1.0), ("EUR", 1.08), ("BTC", 62000.0), ("XMR", 182.0)]


def synthetic(n_listings: int, seed: int = 11, captures: int = 2) -> list[Any]:
    """Deterministic records: ~n_listings listings plus vendors, threads and posts."""
    rnd = random.Random(seed)
    markets = [f"m{i}{'x' * 3}{i}.onion" for i in range(6)]
    n_vendors = max(5, n_listings // 20)
    vendors = [f"vendor{i:04d}" + ("é" if i % 17 == 0 else "") for i in range(n_vendors)]
    fprs = [f"{rnd.getrandbits(160):040X}" for _ in range(max(2, n_vendors // 3))]
    wallets = [f"bc1q{rnd.getrandbits(150):038x}"[:42] for _ in range(max(2, n_vendors // 4))]
    out: list[Any] = []
    for i, name in enumerate(vendors):
        homes = rnd.sample(markets, k=1 + (i % 3 == 0) + (i % 7 == 0))
        for site in homes:
            out.append(
                Vendor(
                    site=site,
                    name=name.upper() if rnd.random() < 0.2 else name,
                    rating=round(rnd.uniform(80, 100), 1),
                    feedback_count=rnd.randint(0, 900),
                    pgp_fingerprint=rnd.choice(fprs) if rnd.random() < 0.6 else None,
                    actor_id=f"actor-{i // 2}" if i % 5 == 0 else None,
                    captured_at=f"2026-{rnd.randint(1, 6):02d}-{rnd.randint(1, 28):02d}T10:00:00Z",
                    scope_id=rnd.choice(["op-a", "op-b"]),
                    lang="en",
                    entities=[Entity(entity_type="btc", value=rnd.choice(wallets))]
                    if rnd.random() < 0.3
                    else [],
                )
            )
    for j in range(n_listings):
        lang = rnd.choices(list(WORDS), weights=[6, 2, 1, 1])[0]
        words = WORDS[lang]
        title = " ".join(rnd.choice(words) for _ in range(rnd.randint(2, 5))).capitalize() + f" {j % 97} g"
        desc = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 25))) or None
        cur, rate = rnd.choice(CURRENCIES)
        usd = round(rnd.uniform(1, 400), rnd.choice([0, 1, 2, 3]))
        priced = rnd.random() > 0.08
        vendor = vendors[min(int(rnd.paretovariate(1.2)) - 1, n_vendors - 1)]
        site = rnd.choice(markets)
        for c in range(captures if rnd.random() < 0.5 else 1):
            month = 1 + c * 2 + rnd.randint(0, 1)
            out.append(
                Listing(
                    site=site,
                    title=title,
                    vendor=vendor,
                    category_norm=rnd.choice(CATEGORIES) if rnd.random() > 0.05 else None,
                    description=desc,
                    lang=lang,
                    currency=cur if priced else None,
                    price=round(usd / rate * (1 - 0.05 * c), 8) if priced else None,
                    price_usd=round(usd * (1 - 0.05 * c), 2) if priced else None,
                    stock=rnd.randint(0, 50) if rnd.random() > 0.3 else None,
                    captured_at=f"2026-{month:02d}-{rnd.randint(1, 28):02d}T{rnd.randint(0, 23):02d}:00:00Z"
                    if rnd.random() > 0.02
                    else None,
                    scope_id=rnd.choice(["op-a", "op-b"]),
                    entities=[Entity(entity_type="btc", value=rnd.choice(wallets))]
                    if rnd.random() < 0.05
                    else [],
                )
            )
    for t in range(max(3, n_listings // 25)):
        site = f"forum{t % 3}.onion"
        lang = rnd.choice(list(WORDS))
        title = " ".join(rnd.choice(WORDS[lang]) for _ in range(4))
        turl = f"http://{site}/t/{t}"
        out.append(
            Thread(
                site=site,
                title=title,
                board="market talk",
                author=f"user{t % 40}",
                thread_url=turl,
                url=turl,
                captured_at="2026-03-01T00:00:00Z",
                lang=lang,
                scope_id="op-a",
            )
        )
        for k in range(rnd.randint(1, 6)):
            out.append(
                Post(
                    site=site,
                    author=f"user{rnd.randint(0, 40)}",
                    index=k,
                    thread=title,
                    thread_url=turl,
                    url=turl,
                    body=" ".join(rnd.choice(WORDS[lang]) for _ in range(rnd.randint(3, 40)))
                    + (" " + rnd.choice(vendors) if rnd.random() < 0.3 else ""),
                    posted_at=f"2026-02-{rnd.randint(1, 28):02d}T12:00:00Z",
                    captured_at="2026-03-01T00:00:00Z",
                    lang=lang,
                    scope_id="op-a",
                )
            )
    return out


QUERIES: list[Query] = [
    Query(),
    Query(text="tea"),
    Query(text="green tea"),
    Query(text="grüner"),
    Query(text="gruner tee"),
    Query(text='"green tea"'),
    Query(text="sa*"),
    Query(text="tea -green"),
    Query(text="thé vert"),
    Query(text="чай"),
    Query(text="vendor0001"),
    Query(text="escrow", types=["listing", "post"]),
    Query(text="tea", sort="price"),
    Query(text="tea", sort="price_desc"),
    Query(sort="date"),
    Query(sort="date_asc", types=["listing"]),
    Query(types=["vendor"], sort="date"),
    Query(price_min=10.005, price_max=99.99, sort="price"),
    Query(price_min=1.005, price_max=5.1, sort="price"),
    Query(currency="BTC", price_max=0.001, sort="price_desc"),
    Query(currency="EUR", price_min=20),
    Query(category="tea", lang="de"),
    Query(site="m2xxx2.onion", facets=["vendor", "category"]),
    Query(vendor="VENDOR0001", facets=["site"]),
    Query(scope_id="op-b", types=["listing"], sort="price"),
    Query(date_from="2026-02-01", date_to="2026-03-31", sort="date"),
    Query(types=["post"], date_to="2026-02-10"),
    Query(
        text="tea",
        facets=[
            "type",
            "site",
            "market",
            "vendor",
            "category",
            "lang",
            "currency",
            "scope_id",
            "entity_type",
            "author",
        ],
    ),
    Query(text="quality", page=3, size=7),
    Query(text="fresh", highlight=True, size=50),
    Query(author="user3", types=["post"]),
]


def make(kind: str, request: pytest.FixtureRequest, tmp: Path) -> Any:
    if kind == "sqlite":
        return SQLiteBackend(tmp / "parity.sqlite")
    node = request.getfixturevalue("search_cluster")
    return ClusterBackend(
        node.url, node.engine, spool_dir=tmp / "spool", prefix=f"t-{uuid.uuid4().hex[:10]}-"
    )


@pytest.fixture(scope="module")
def pair(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Any, Any]]:
    tmp = tmp_path_factory.mktemp("parity")
    records = synthetic(1500)
    lite, cluster = make("sqlite", request, tmp), make("cluster", request, tmp)
    for b in (lite, cluster):
        b.add(records)
        b.flush()
    yield lite, cluster
    cluster.drop()
    cluster.close()
    lite.close()


def snapshot(res: Any) -> dict[str, Any]:
    return {
        "ids": [h.id for h in res.hits],
        "scores": [h.score for h in res.hits],
        "total": res.total,
        "facets": res.facets,
        "highlight": [h.highlight for h in res.hits],
        "more": res.next_cursor is not None,
    }


pytestmark = pytest.mark.cluster


@pytest.mark.parametrize("query", QUERIES, ids=[f"q{i}" for i in range(len(QUERIES))])
def test_both_backends_give_the_same_hits_order_totals_and_facets(
    pair: tuple[Any, Any], query: Query
) -> None:
    lite, cluster = pair
    a, b = snapshot(lite.search(query)), snapshot(cluster.search(query))
    assert a == b
    assert a["total"] > 0 or query.text in ("чай",)  # the battery exercises real hits


@pytest.mark.parametrize(
    "query",
    [
        Query(text="tea", size=37),
        Query(sort="price", size=100),
        Query(sort="date_asc", size=250, types=["listing"]),
    ],
    ids=["rel", "price", "date"],
)
def test_deep_pagination_by_cursor_walks_the_same_sequence(pair: tuple[Any, Any], query: Query) -> None:
    walks = []
    for backend in pair:
        ids: list[str] = []
        q = Query(**{**vars(query)})
        while True:
            res = backend.search(q)
            ids += [h.id for h in res.hits]
            if res.next_cursor is None:
                break
            q = Query(**{**vars(query), "search_after": res.next_cursor})
        walks.append(ids)
        assert len(ids) == len(set(ids)) == res.total or len(ids) == backend.search(query).total
    assert walks[0] == walks[1]


def test_views_aggregations_and_graph_are_equal(pair: tuple[Any, Any]) -> None:
    lite, cluster = pair
    for kind, params in (
        ("top-vendors", {"limit": 5}),
        ("top-vendors", {"site": "m1xxx1.onion"}),
        ("market-shares", {}),
        ("market-shares", {"category": "tea"}),
        ("category-trends", {}),
        ("category-trends", {"interval": "day", "category": "herbs"}),
    ):
        rows = lite.ecosystem(kind, **params)
        assert rows and rows == cluster.ecosystem(kind, **params), (kind, params)
    for name in ("vendor0000", "VENDOR0001", "vendor0017é", "vendor0005", "nobody"):
        assert lite.vendor_view(name) == cluster.vendor_view(name), name
    g1, g2 = lite.graph(), cluster.graph()
    assert g1.nodes == g2.nodes and g1.edges == g2.edges and len(g1.edges) > 100
    assert list(lite.records_before("op-b", "2026-03-01")) == list(
        cluster.records_before("op-b", "2026-03-01")
    )
