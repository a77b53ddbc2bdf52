"""The shared backend suite of ``index``: SQLiteBackend always, ClusterBackend with ``-m cluster``.

Every test runs once per backend (the ``backend`` fixture) and asserts literal expected answers,
so the two backends give the same hits, order, totals, facet counts, views and aggregations;
``test_index_parity.py`` then compares them query by query on a larger corpus.
"""

from __future__ import annotations

import json
import uuid
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from ethics.retention import ErasableStore, apply_retention
from index import ClusterBackend, SQLiteBackend
from index.base import Query
from index.errors import BadQuery
from index.export import render
from parsers.records import Author, Entity, Feedback, Listing, Page, Post, Thread, Vendor

M1, M2, M3 = "m1mart.onion", "m2bazaar.onion", "m3souk.onion"
F1 = "f1forum.onion"
FPR_A = "A" * 8 + "0123456789ABCDEF0123456789ABCDEF"
BTC = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"


def corpus() -> list[Any]:
    """A small market-and-forum world: two captures, four currencies, four languages."""
    wallet = Entity(entity_type="btc", value=BTC, context="send to")
    mail = Entity(entity_type="email", value="leafy@example.org")
    recs: list[Any] = [
        Vendor(
            site=M1,
            name="Leafy",
            rating=98.5,
            feedback_count=120,
            pgp_fingerprint=FPR_A,
            actor_id="actor-1",
            captured_at="2026-01-05T10:00:00Z",
            scope_id="op-tea",
            lang="en",
            market="M1 Mart",
            feedback=[Feedback(rating="positive", text="fast stealth shipping, great tea")],
            entities=[wallet],
        ),
        Vendor(
            site=M2,
            name="leafy",
            rating=97.0,
            feedback_count=40,
            actor_id="actor-1",
            captured_at="2026-01-06T10:00:00Z",
            scope_id="op-tea",
            lang="en",
        ),
        Vendor(
            site=M3,
            name="GreenLeaf",
            rating=91.0,
            feedback_count=15,
            pgp_fingerprint=FPR_A,
            captured_at="2026-01-07T10:00:00Z",
            scope_id="op-tea",
            lang="de",
        ),
        Vendor(
            site=M1,
            name="Kräuter",
            rating=88.0,
            feedback_count=9,
            captured_at="2026-01-05T11:00:00Z",
            scope_id="op-tea",
            lang="de",
            entities=[mail],
        ),
        Vendor(
            site=M2,
            name="spiceking",
            rating=99.9,
            feedback_count=300,
            captured_at="2026-01-06T11:00:00Z",
            scope_id="op-spice",
            lang="en",
        ),
    ]
    listings = [
        # (site, title, vendor, price, currency, usd, category, description, lang, captured, stock)
        (
            M1,
            "Fictional green tea, 100 g",
            "Leafy",
            12.5,
            "USD",
            12.5,
            "tea",
            "Hand picked green tea leaves. Crème of the harvest.",
            "en",
            "2026-01-05T10:00:00Z",
            40,
        ),
        (
            M1,
            "Fictional black tea, 250 g",
            "Leafy",
            20.0,
            "EUR",
            21.6,
            "tea",
            "Strong breakfast blend, ships worldwide",
            "en",
            "2026-01-05T10:05:00Z",
            12,
        ),
        (
            M2,
            "Fictional green tea, 100 g",
            "leafy",
            0.00021,
            "BTC",
            13.02,
            "tea",
            "Same green tea as on M1, escrow only",
            "en",
            "2026-01-06T10:00:00Z",
            30,
        ),
        (
            M3,
            "Grüner Tee aus Fiktion",
            "GreenLeaf",
            11.0,
            "EUR",
            11.88,
            "tea",
            "Frischer grüner Tee, Versand weltweit",
            "de",
            "2026-01-07T10:00:00Z",
            None,
        ),
        (
            M1,
            "Kräutermischung Nr. 5",
            "Kräuter",
            8.0,
            "EUR",
            8.64,
            "herbs",
            "Eine milde Mischung aus Kräutern",
            "de",
            "2026-01-05T11:00:00Z",
            5,
        ),
        (
            M2,
            "Smoked paprika (fictional)",
            "spiceking",
            5.0,
            "USD",
            5.0,
            "spices",
            "Spice of the month, contact via BTC only",
            "en",
            "2026-01-06T11:00:00Z",
            100,
        ),
        (
            M2,
            "Saffron threads (fictional), 1 g",
            "spiceking",
            0.05,
            "XMR",
            9.1,
            "spices",
            "Premium saffron, green tea pairing notes",
            "en",
            "2026-01-06T11:05:00Z",
            7,
        ),
        (
            M3,
            "Épices du monde (fictif)",
            "spiceking",
            14.0,
            "EUR",
            15.12,
            "spices",
            "Mélange d'épices, livraison rapide",
            "fr",
            "2026-01-07T11:00:00Z",
            3,
        ),
        (
            M3,
            "Mystery sample pack",
            "GreenLeaf",
            None,
            None,
            None,
            "tea",
            "Price on request",
            "en",
            "2026-01-07T12:00:00Z",
            None,
        ),
    ]
    for site, title, vendor, price, cur, usd, cat, desc, lang, cap, stock in listings:
        recs.append(
            Listing(
                site=site,
                title=title,
                vendor=vendor,
                price=price,
                currency=cur,
                price_usd=usd,
                category=cat.title(),
                category_norm=cat,
                description=desc,
                lang=lang,
                captured_at=cap,
                stock=stock,
                scope_id="op-spice" if vendor == "spiceking" else "op-tea",
                url=f"http://{site}/listing/{zlib.crc32(title.encode())}",
                entities=[wallet] if "BTC" in desc else [],
            )
        )
    recs += [
        Thread(
            site=F1,
            title="Best green tea vendors?",
            board="Marketplace talk",
            author="tealover",
            thread_url=f"http://{F1}/t/1",
            url=f"http://{F1}/t/1",
            captured_at="2026-01-08T09:00:00Z",
            scope_id="op-tea",
            lang="en",
        ),
        Post(
            site=F1,
            author="tealover",
            index=0,
            body="Who sells good green tea? Leafy seems legit.",
            thread="Best green tea vendors?",
            thread_url=f"http://{F1}/t/1",
            url=f"http://{F1}/t/1",
            posted_at="2026-01-02T08:00:00Z",
            captured_at="2026-01-08T09:00:00Z",
            scope_id="op-tea",
            lang="en",
        ),
        Post(
            site=F1,
            author="brewmaster",
            index=1,
            reply_to=0,
            body="Leafy on M1 Mart, PGP checks out. Paid to " + BTC,
            thread="Best green tea vendors?",
            thread_url=f"http://{F1}/t/1",
            url=f"http://{F1}/t/1",
            posted_at="2026-01-03T08:00:00Z",
            captured_at="2026-01-08T09:00:00Z",
            scope_id="op-tea",
            lang="en",
            entities=[Entity(entity_type="btc", value=BTC)],
        ),
        Post(
            site=F1,
            author="brewmaster",
            index=0,
            body="Schwarzer Tee ist besser als grüner.",
            thread="Tee Diskussion",
            thread_url=f"http://{F1}/t/2",
            url=f"http://{F1}/t/2",
            posted_at="2026-01-04T08:00:00Z",
            captured_at="2026-01-08T09:05:00Z",
            scope_id="op-tea",
            lang="de",
        ),
        Author(
            site=F1,
            name="brewmaster",
            post_count=310,
            producer_score=0.8,
            producer_reasons=["posts wallet addresses"],
            captured_at="2026-01-08T09:00:00Z",
            scope_id="op-tea",
        ),
        Page(
            site=M1,
            url=f"http://{M1}/",
            page_type="listing_index",
            title="M1 Mart — green tea and more",
            text="Welcome to M1 Mart. Browse tea, herbs and spices.",
            captured_at="2026-01-05T09:59:00Z",
            scope_id="op-tea",
            lang="en",
        ),
    ]
    return recs


def later_captures() -> list[Any]:
    """The second crawl: a price change, a stock change and grown vendor stats."""
    return [
        Listing(
            site=M1,
            title="Fictional green tea, 100 g",
            vendor="Leafy",
            price=11.0,
            currency="USD",
            price_usd=11.0,
            category="Tea",
            category_norm="tea",
            description="Hand picked green tea leaves.",
            lang="en",
            captured_at="2026-02-05T10:00:00Z",
            stock=25,
            scope_id="op-tea",
            url=f"http://{M1}/listing/{zlib.crc32(b'Fictional green tea, 100 g')}",
        ),
        Vendor(
            site=M1,
            name="Leafy",
            rating=98.7,
            feedback_count=160,
            pgp_fingerprint=FPR_A,
            actor_id="actor-1",
            captured_at="2026-02-05T10:00:00Z",
            scope_id="op-tea",
            lang="en",
            market="M1 Mart",
        ),
    ]


class ElasticProductProxy:
    """A 127.0.0.1 pass-through to the OpenSearch node adding ``X-Elastic-Product: Elasticsearch``.

    The ``elasticsearch`` client refuses servers without that header; with it, the backend's
    Elasticsearch code path (client, NDJSON bulk, error translation) runs against the real node.
    The node still answers everything: no search result is simulated. For the retry tests it can
    also turn away bulk requests the way a busy cluster does: ``refuse_bulk`` whole requests with
    HTTP 429, then ``refuse_items`` times mark the first item of a (really executed) bulk 429.
    """

    refuse_bulk = 0
    refuse_items = 0
    bulk_requests = 0

    def __init__(self, upstream: str) -> None:
        proxy = self
        import http.server
        import threading

        import requests

        local = threading.local()

        class Handler(http.server.BaseHTTPRequestHandler):
            def _forward(self) -> None:
                if not hasattr(local, "session"):
                    local.session = requests.Session()
                    local.session.trust_env = False
                body = self.rfile.read(int(self.headers.get("content-length") or 0)) or None
                is_bulk = self.path.split("?")[0].endswith("/_bulk")
                if is_bulk:
                    proxy.bulk_requests += 1
                if is_bulk and proxy.refuse_bulk > 0:
                    proxy.refuse_bulk -= 1
                    self._reply(429, b'{"error":{"type":"es_rejected_execution_exception","reason":"busy"}}')
                    return
                headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept")}
                for k, v in list(headers.items()):
                    if "compatible-with" in v:  # Elasticsearch's versioned media types
                        headers[k] = "application/x-ndjson" if "x-ndjson" in v else "application/json"
                resp = local.session.request(self.command, upstream + self.path, data=body, headers=headers)
                content = resp.content
                if is_bulk and proxy.refuse_items > 0 and resp.status_code == 200:
                    proxy.refuse_items -= 1
                    answer = json.loads(content)
                    first = next(iter(answer["items"][0].values()))
                    first.update(
                        status=429, error={"type": "es_rejected_execution_exception", "reason": "busy"}
                    )
                    answer["errors"] = True
                    content = json.dumps(answer).encode()
                self._reply(resp.status_code, content, resp.headers.get("content-type", "application/json"))

            def _reply(self, status: int, content: bytes, ctype: str = "application/json") -> None:
                self.send_response(status)
                self.send_header("content-type", ctype)
                self.send_header("content-length", str(len(content)))
                self.send_header("x-elastic-product", "Elasticsearch")
                self.end_headers()
                self.wfile.write(content)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _forward

            def log_message(self, *args: Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def es_client_url(search_cluster: Any) -> Iterator[str]:
    proxy = ElasticProductProxy(search_cluster.url)
    yield proxy.url
    proxy.close()


def make_backend(kind: str, request: pytest.FixtureRequest, tmp: Path) -> Any:
    if kind == "sqlite":
        return SQLiteBackend(tmp / f"{uuid.uuid4().hex}.sqlite")
    if kind == "es-client":
        url = request.getfixturevalue("es_client_url")
        return ClusterBackend(
            url, "elasticsearch", spool_dir=tmp / "spool", prefix=f"t-{uuid.uuid4().hex[:10]}-"
        )
    node = request.getfixturevalue("search_cluster")
    return ClusterBackend(
        node.url,
        node.engine,
        version=node.version,
        spool_dir=tmp / "spool",
        prefix=f"t-{uuid.uuid4().hex[:10]}-",
    )


def drop(backend: Any) -> None:
    if isinstance(backend, ClusterBackend):
        backend.drop()
    backend.close()


BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("cluster", id="cluster", marks=pytest.mark.cluster),
    # the same node through the elasticsearch client (see ElasticProductProxy)
    pytest.param("es-client", id="es-client", marks=pytest.mark.cluster),
]


@pytest.fixture(scope="module", params=BACKENDS)
def loaded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A backend holding both crawls of the corpus (read-only tests share it)."""
    backend = make_backend(request.param, request, tmp_path_factory.mktemp("idx"))
    backend.add(corpus())
    backend.add(later_captures())
    backend.flush()
    yield backend
    drop(backend)


@pytest.fixture(params=BACKENDS)
def fresh(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    """An empty backend of its own (tests that write or erase)."""
    backend = make_backend(request.param, request, tmp_path)
    yield backend
    drop(backend)


def titles(res: Any) -> list[str]:
    return [h.record.get("title") or h.record.get("name") or h.record.get("body") for h in res.hits]


# -- indexing -----------------------------------------------------------------------------------


def test_counts_by_type_after_two_crawls(loaded: Any) -> None:
    assert loaded.count() == 20
    assert [loaded.count(t) for t in ("vendor", "listing", "thread", "post", "author", "page")] == [
        5,
        9,
        1,
        3,
        1,
        1,
    ]


def test_reindexing_the_same_records_changes_nothing(fresh: Any) -> None:
    fresh.add(corpus())
    fresh.flush()
    first = fresh.search(Query(size=50, facets=["type"]))
    fresh.add(corpus())
    fresh.flush()
    again = fresh.search(Query(size=50, facets=["type"]))
    assert again.total == first.total == 20
    assert [h.id for h in again.hits] == [h.id for h in first.hits]
    leafy = next(h.id for h in again.hits if h.record.get("name") == "Leafy")
    assert len(fresh.history(leafy)) == 1


def test_later_capture_updates_the_listing_and_keeps_its_price_history(loaded: Any) -> None:
    res = loaded.search(Query(text="green tea", site=M1, types=["listing"]))
    assert res.total == 1
    hit = res.hits[0]
    assert hit.record["price"] == 11.0 and hit.record["captured_at"] == "2026-02-05T10:00:00Z"
    series = loaded.history(hit.id)
    assert [(p["captured_at"], p["price_usd"], p["stock"]) for p in series] == [
        ("2026-01-05T10:00:00.000Z", 12.5, 40),
        ("2026-02-05T10:00:00.000Z", 11.0, 25),
    ]


def test_one_document_is_read_back_by_its_id(loaded: Any) -> None:
    hit = loaded.search(Query(text="green tea", site=M1, types=["listing"])).hits[0]
    doc = loaded.get(hit.id)
    assert doc is not None and doc["id"] == hit.id and doc["type"] == "listing"
    assert doc["record"] == hit.record and doc["site"] == M1
    assert loaded.get("0" * 40) is None


def test_an_older_capture_never_overwrites_the_current_state(fresh: Any) -> None:
    fresh.add(later_captures())
    fresh.add(corpus())  # arrives late: first crawl after the second
    fresh.flush()
    res = fresh.search(Query(vendor="leafy", site=M1, types=["vendor"]))
    assert [h.record["feedback_count"] for h in res.hits] == [160]
    assert [p["feedback_count"] for p in fresh.history(res.hits[0].id)] == [120, 160]


# -- merging captures of one document -------------------------------------------------------------

OWL_FPR = "4C98DEDC1F05716A0B2DA72E569948EFF3380628"
MAIL = "owl@example.org"


def owl_profile(at: str = "2026-03-01T12:00:00Z", **kw: Any) -> Vendor:
    """The vendor's profile page: key, member since, rating, a wallet."""
    fields: dict[str, Any] = dict(
        site=M1,
        name="night_0wl",
        url=f"http://{M1}/vendor.php?name=night_0wl",
        feedback_count=16,
        rating=100.0,
        member_since="2024-08-25",
        pgp_fingerprint=OWL_FPR,
        has_pgp_key=True,
        captured_at=at,
        scope_id="op-owl",
        entities=[Entity(entity_type="btc", value=BTC, context="pay to")],
    )
    fields.update(kw)
    return Vendor(**fields)


def owl_feedback(at: str = "2026-03-01T12:01:00Z", **kw: Any) -> Vendor:
    """Its feedback page: the same vendor, no key, no rating, a contact address."""
    fields: dict[str, Any] = dict(
        site=M1,
        name="night_0wl",
        url=f"http://{M1}/feedback.php?name=night_0wl",
        feedback_count=17,
        captured_at=at,
        scope_id="op-owl",
        feedback=[Feedback(rating="positive", text="owl ships fast")],
        entities=[Entity(entity_type="email", value=MAIL)],
    )
    fields.update(kw)
    return Vendor(**fields)


def owl(backend: Any) -> dict[str, Any]:
    hits = backend.search(Query(types=["vendor"], vendor="night_0wl")).hits
    assert len(hits) == 1
    return hits[0].record


def test_a_feedback_page_after_the_profile_keeps_the_pgp_fingerprint(fresh: Any) -> None:
    fresh.add([owl_profile(), owl_feedback()])  # one batch: merged within it as well
    fresh.flush()
    rec = owl(fresh)
    assert (rec["pgp_fingerprint"], rec["has_pgp_key"], rec["member_since"], rec["rating"]) == (
        OWL_FPR,
        True,
        "2024-08-25",
        100.0,
    )
    # the newer page's own values: its count, its URL, its feedback lines
    assert (rec["feedback_count"], rec["url"], rec["captured_at"]) == (
        17,
        f"http://{M1}/feedback.php?name=night_0wl",
        "2026-03-01T12:01:00Z",
    )
    assert [f["text"] for f in rec["feedback"]] == ["owl ships fast"]
    # the fingerprint stays searchable and links the vendor to its key elsewhere
    assert [h.record["name"] for h in fresh.search(Query(text=OWL_FPR)).hits] == ["night_0wl"]
    fresh.add([Vendor(site=M2, name="owl_again", pgp_fingerprint=OWL_FPR, captured_at="2026-03-02")])
    fresh.flush()
    view = fresh.vendor_view("night_0wl")
    assert [(i["site"], i["link"]) for i in view["identities"]] == [(M1, "name"), (M2, "pgp")]


def test_a_profile_after_the_feedback_page_fills_the_fingerprint_in(fresh: Any) -> None:
    fresh.add([owl_feedback(at="2026-03-01T12:00:00Z")])
    fresh.flush()
    assert owl(fresh)["pgp_fingerprint"] is None
    fresh.add([owl_profile(at="2026-03-01T12:05:00Z")])  # stored separately: read, merged, written
    fresh.flush()
    rec = owl(fresh)
    assert (rec["pgp_fingerprint"], rec["member_since"], rec["feedback_count"]) == (OWL_FPR, "2024-08-25", 16)
    # the profile shows no feedback lines: the feedback page's stay
    assert [f["text"] for f in rec["feedback"]] == ["owl ships fast"]
    assert fresh.count("vendor") == 1


def test_identifiers_of_every_capture_are_unioned_and_stay_searchable(fresh: Any) -> None:
    fresh.add([owl_profile()])
    fresh.flush()
    fresh.add([owl_feedback(), owl_feedback()])  # the same capture twice adds nothing twice
    fresh.flush()
    rec = owl(fresh)
    assert sorted((e["entity_type"], e["value"]) for e in rec["entities"]) == [("btc", BTC), ("email", MAIL)]
    for value in (BTC, MAIL):
        assert [h.record["name"] for h in fresh.search(Query(entity=value, types=["vendor"])).hits] == [
            "night_0wl"
        ]
    facets = fresh.search(Query(types=["vendor"], facets=["entity_type"])).facets
    assert facets["entity_type"] == [("btc", 1), ("email", 1)]
    edges = {(src, dst) for src, dst, a in fresh.graph().edges if a["kind"] == "uses"}
    assert edges == {
        (f"vendor:{M1}/night_0wl", f"{t}:{v}") for t, v in (("btc", BTC), ("email", MAIL), ("pgp", OWL_FPR))
    }


def test_a_newer_non_null_value_replaces_the_older_one(fresh: Any) -> None:
    fresh.add([owl_profile(at="2026-03-01T12:00:00Z")])
    fresh.flush()
    fresh.add([owl_profile(at="2026-04-01T12:00:00Z", rating=97.5, feedback_count=40, member_since=None)])
    fresh.flush()
    rec = owl(fresh)
    assert (rec["rating"], rec["feedback_count"], rec["member_since"]) == (97.5, 40, "2024-08-25")
    assert fresh.search(Query(types=["vendor"], date_from="2026-04-01")).total == 1
    # each capture keeps its own history point
    series = fresh.history(fresh.search(Query(types=["vendor"])).hits[0].id)
    assert [(p["rating"], p["feedback_count"]) for p in series] == [(100.0, 16), (97.5, 40)]


def test_an_older_capture_fills_unknown_fields_but_never_replaces_newer_values(fresh: Any) -> None:
    fresh.add([owl_feedback(at="2026-04-01T12:00:00Z", rating=97.5)])
    fresh.flush()
    fresh.add([owl_profile(at="2026-03-01T12:00:00Z")])  # crawled earlier, indexed late
    fresh.flush()
    rec = owl(fresh)
    # newer values stay; what the newer capture did not know comes from the older one
    assert (rec["rating"], rec["feedback_count"], rec["url"], rec["captured_at"]) == (
        97.5,
        17,
        f"http://{M1}/feedback.php?name=night_0wl",
        "2026-04-01T12:00:00Z",
    )
    assert (rec["pgp_fingerprint"], rec["member_since"], rec["has_pgp_key"]) == (OWL_FPR, "2024-08-25", True)
    assert fresh.search(Query(types=["vendor"], date_to="2026-03-31")).total == 0
    assert sorted(e["value"] for e in rec["entities"]) == sorted([BTC, MAIL])


# -- full text ----------------------------------------------------------------------------------


def test_all_words_must_match_somewhere_in_the_record(loaded: Any) -> None:
    res = loaded.search(Query(text="green tea", types=["listing"], sort="price"))
    assert titles(res) == [
        "Saffron threads (fictional), 1 g",
        "Fictional green tea, 100 g",
        "Fictional green tea, 100 g",
    ]


def test_accents_and_case_are_folded(loaded: Any) -> None:
    assert titles(loaded.search(Query(text="KRAUTERMISCHUNG"))) == ["Kräutermischung Nr. 5"]
    assert loaded.search(Query(text="CREME")).total == 0  # the second crawl dropped "Crème" from M1's text
    assert titles(loaded.search(Query(text="epices"))) == ["Épices du monde (fictif)"]
    assert titles(loaded.search(Query(text="grüner", types=["listing"]))) == ["Grüner Tee aus Fiktion"]
    assert loaded.search(Query(text="gruner")).total == 2  # the listing and the German post


def test_phrase_prefix_and_exclusion(loaded: Any) -> None:
    assert loaded.search(Query(text='"green tea"', types=["listing"])).total == 3
    assert loaded.search(Query(text='"tea green"', types=["listing"])).total == 0
    assert titles(loaded.search(Query(text="saff*"))) == ["Saffron threads (fictional), 1 g"]
    res = loaded.search(Query(text="green tea -saffron", types=["listing"]))
    assert res.total == 2 and "Saffron threads (fictional), 1 g" not in titles(res)
    assert loaded.search(Query(text="-tea", types=["listing"])).total == 3


def test_a_title_match_outranks_a_body_match(loaded: Any) -> None:
    res = loaded.search(Query(text="green"))
    scores = [(h.score, titles_one(h)) for h in res.hits]
    assert scores[0][0] >= scores[-1][0]
    top = [t for s, t in scores if s == scores[0][0]]
    assert "Fictional green tea, 100 g" in top
    assert [h.score for h in res.hits] == sorted((h.score for h in res.hits), reverse=True)
    saffron = next(h for h in res.hits if titles_one(h).startswith("Saffron"))
    assert saffron.score == 1.0  # only its description says green


def titles_one(h: Any) -> str:
    return str(h.record.get("title") or h.record.get("name") or h.record.get("body"))


def test_identifiers_are_searchable_and_filterable(loaded: Any) -> None:
    # Leafy's first capture named the wallet, its second does not: identifiers of every capture
    # stay with the document, so Leafy (current as of February) is found by it too
    res = loaded.search(Query(entity=BTC, sort="date_asc"))
    assert [h.type for h in res.hits] == ["post", "listing", "vendor"]
    assert [h.record.get("name") for h in res.hits][2] == "Leafy"
    assert loaded.search(Query(text=BTC)).total == 3


def test_stemmed_search_uses_the_records_language_on_the_cluster_only(loaded: Any) -> None:
    if isinstance(loaded, SQLiteBackend):
        with pytest.raises(BadQuery, match="needs a cluster"):
            loaded.search(Query(text="teas", stem=True))
        return
    assert loaded.search(Query(text="teas")).total == 0
    stemmed = loaded.search(Query(text="teas", types=["listing"], stem=True, size=50))
    assert stemmed.total == 4  # every English listing saying "tea"; the German "Tee" is no English stem
    assert loaded.search(Query(text="kräutern", stem=True, types=["listing"])).total == 1  # "Kräutern" (de)
    assert loaded.search(Query(text="mischungen", stem=True)).total == 1  # "Mischung" by the German stemmer


def test_highlights_wrap_the_matched_words(loaded: Any) -> None:
    res = loaded.search(Query(text="saffron pairing"))
    assert res.hits[0].highlight == {
        "title": ["<em>Saffron</em> threads (fictional), 1 g"],
        "description": ["Premium <em>saffron</em>, green tea <em>pairing</em> notes"],
    }


# -- filters, sorts, pages, facets --------------------------------------------------------------


def test_filters_by_site_vendor_category_language_and_scope(loaded: Any) -> None:
    assert loaded.search(Query(site=M3, types=["listing"])).total == 3
    assert loaded.search(Query(vendor="LEAFY", types=["listing"])).total == 3
    assert loaded.search(Query(category="spices")).total == 3
    assert loaded.search(Query(lang="de")).total == 5
    assert loaded.search(Query(scope_id="op-spice")).total == 4
    assert loaded.search(Query(author="brewmaster", types=["post"])).total == 2


def test_price_range_in_usd_and_in_the_displayed_currency(loaded: Any) -> None:
    res = loaded.search(Query(price_min=9.1, price_max=12.0, sort="price"))
    assert [h.record["price_usd"] for h in res.hits] == [9.1, 11.0, 11.88]
    eur = loaded.search(Query(currency="eur", price_max=14.0, sort="price_desc"))
    assert [h.record["price"] for h in eur.hits] == [14.0, 11.0, 8.0]
    btc = loaded.search(Query(currency="BTC", price_min=0.00021, price_max=0.00021))
    assert btc.total == 1


def test_dates_filter_posts_by_their_posting_date(loaded: Any) -> None:
    res = loaded.search(Query(types=["post"], date_from="2026-01-03", date_to="2026-01-03"))
    assert [h.record["author"] for h in res.hits] == ["brewmaster"]
    # a date without time ends at the day's last millisecond
    assert loaded.search(Query(date_to="2026-01-05")).total == 7


def test_sorting_by_price_puts_unpriced_records_last(loaded: Any) -> None:
    res = loaded.search(Query(types=["listing"], sort="price", size=50))
    usd = [h.record["price_usd"] for h in res.hits]
    assert usd[-1] is None and usd[:-1] == sorted(u for u in usd if u is not None)
    desc = loaded.search(Query(types=["listing"], sort="price_desc", size=50))
    assert desc.hits[0].record["price_usd"] == 21.6
    assert desc.hits[-1].record["price_usd"] is None


def test_facets_count_by_value_then_name(loaded: Any) -> None:
    res = loaded.search(Query(types=["listing"], facets=["site", "category", "currency", "lang", "vendor"]))
    assert res.facets["site"] == [(M1, 3), (M2, 3), (M3, 3)]
    assert res.facets["category"] == [("tea", 5), ("spices", 3), ("herbs", 1)]
    assert res.facets["currency"] == [("EUR", 4), ("USD", 2), ("BTC", 1), ("XMR", 1)]
    assert res.facets["lang"] == [("en", 6), ("de", 2), ("fr", 1)]
    assert res.facets["vendor"][0] == ("spiceking", 3)
    ents = loaded.search(Query(facets=["entity_type", "type"]))
    assert ents.facets["entity_type"] == [("btc", 3), ("email", 1)]


def test_page_numbers_and_the_cursor_walk_the_same_order(loaded: Any) -> None:
    everything = loaded.search(Query(size=100, sort="date"))
    assert everything.total == 20
    by_page = [h.id for p in range(1, 6) for h in loaded.search(Query(size=5, page=p, sort="date")).hits]
    by_cursor: list[str] = []
    cursor = None
    while True:
        res = loaded.search(Query(size=4, sort="date", search_after=cursor))
        by_cursor += [h.id for h in res.hits]
        cursor = res.next_cursor
        if cursor is None:
            break
    assert by_page == by_cursor == [h.id for h in everything.hits]
    relevance = loaded.search(Query(text="tea", size=100))
    walked, cursor = [], None
    while True:
        res = loaded.search(Query(text="tea", size=3, search_after=cursor))
        walked += [h.id for h in res.hits]
        if not (cursor := res.next_cursor):
            break
    assert walked == [h.id for h in relevance.hits]


def test_mistakes_in_a_query_are_one_line_errors(loaded: Any) -> None:
    for bad in (
        Query(sort="cheapest"),
        Query(types=["shop"]),
        Query(facets=["colour"]),
        Query(size=0),
        Query(price_min=5, price_max=1),
        Query(date_from="last tuesday"),
        Query(search_after="%%%"),
        Query(page=600, size=20),
    ):
        with pytest.raises(BadQuery) as err:
            loaded.search(bad)
        assert "\n" not in str(err.value)
    assert loaded.search(Query(text="!!! ???")).total == 0


# -- views --------------------------------------------------------------------------------------


def test_vendor_view_follows_the_actor_id_and_the_pgp_key(loaded: Any) -> None:
    view = loaded.vendor_view("leafy")
    assert view["found"] and view["markets"] == [M1, M2, M3]
    assert [(i["site"], i["link"]) for i in view["identities"]] == [(M1, "name"), (M2, "name"), (M3, "pgp")]
    assert view["names"] == ["greenleaf", "leafy"]
    assert len(view["listings"]) == 5
    m1 = next(i for i in view["identities"] if i["site"] == M1)
    assert [(h["feedback_count"], h["rating"]) for h in m1["history"]] == [(120, 98.5), (160, 98.7)]
    assert m1["first_seen"] == "2026-01-05T10:00:00.000Z"
    green = next(x for x in view["listings"] if x["site"] == M1 and "green" in x["title"])
    assert [p["price"] for p in green["history"]] == [12.5, 11.0]
    assert view["entities"] == [BTC]  # from Leafy's January capture
    assert loaded.vendor_view("SpiceKing")["entities"] == [BTC]
    assert loaded.vendor_view("nobody")["found"] is False


def test_top_vendors_per_category(loaded: Any) -> None:
    rows = loaded.ecosystem("top-vendors", limit=2)
    assert rows == [
        {"category": "tea", "vendor": "leafy", "listings": 3, "markets": 2, "avg_price_usd": 15.21},
        {"category": "tea", "vendor": "greenleaf", "listings": 2, "markets": 1, "avg_price_usd": 11.88},
        {"category": "spices", "vendor": "spiceking", "listings": 3, "markets": 2, "avg_price_usd": 9.74},
        {"category": "herbs", "vendor": "kräuter", "listings": 1, "markets": 1, "avg_price_usd": 8.64},
    ]


def test_market_shares(loaded: Any) -> None:
    rows = loaded.ecosystem("market-shares")
    assert [(r["site"], r["listings"], r["vendors"], r["share"]) for r in rows] == [
        (M1, 3, 2, 0.3333),
        (M2, 3, 2, 0.3333),
        (M3, 3, 2, 0.3333),
    ]
    assert rows[1]["volume_usd"] == 27.12
    assert loaded.ecosystem("market-shares", category="herbs") == [
        {"site": M1, "listings": 1, "vendors": 1, "share": 1.0, "volume_usd": 8.64}
    ]


def test_category_trends_count_listings_seen_per_month(loaded: Any) -> None:
    rows = loaded.ecosystem("category-trends")
    assert rows == [
        {"period": "2026-01", "category": "tea", "listings": 5, "observations": 5, "avg_price_usd": 14.75},
        {"period": "2026-01", "category": "spices", "listings": 3, "observations": 3, "avg_price_usd": 9.74},
        {"period": "2026-01", "category": "herbs", "listings": 1, "observations": 1, "avg_price_usd": 8.64},
        {"period": "2026-02", "category": "tea", "listings": 1, "observations": 1, "avg_price_usd": 11.0},
    ]
    with pytest.raises(BadQuery):
        loaded.ecosystem("category-trends", interval="fortnight")


def test_graph_links_vendors_markets_actors_and_shared_identifiers(loaded: Any) -> None:
    g = loaded.graph()
    kinds = sorted({a["kind"] for a in g.nodes.values()})
    assert kinds == ["actor", "identifier", "market", "member", "vendor"]
    edges = {(s, t, a["kind"]) for s, t, a in g.edges}
    assert (f"vendor:{M1}/leafy", "actor:actor-1", "is") in edges
    assert (f"vendor:{M2}/leafy", "actor:actor-1", "is") in edges
    assert (f"vendor:{M1}/leafy", f"pgp:{FPR_A}", "uses") in edges
    assert (f"vendor:{M3}/greenleaf", f"pgp:{FPR_A}", "uses") in edges
    assert (f"vendor:{M2}/spiceking", f"btc:{BTC}", "uses") in edges
    sells = {(s, t): a["weight"] for s, t, a in g.edges if a["kind"] == "sells_on"}
    assert sells[(f"vendor:{M3}/spiceking", f"market:{M3}")] == 1
    for fmt in ("graphml", "gexf", "json"):
        text = render(g, fmt)
        assert f"pgp:{FPR_A}" in text


def test_graph_links_forum_members_who_answer_each_other(loaded: Any) -> None:
    g = loaded.graph()
    answers = {(s, t): a["weight"] for s, t, a in g.edges if a["kind"] == "answers"}
    # brewmaster's post answers tealover's (reply_to 0 on the same page); the lone posts of
    # thread 2 answer nobody and make no member node.
    assert answers == {(f"member:{F1}/brewmaster", f"member:{F1}/tealover"): 1}
    members = {n: a for n, a in g.nodes.items() if a["kind"] == "member"}
    assert set(members) == {f"member:{F1}/brewmaster", f"member:{F1}/tealover"}
    assert members[f"member:{F1}/tealover"]["label"] == "tealover"
    assert f"member:{F1}/brewmaster" in render(g, "graphml")


# -- retention ----------------------------------------------------------------------------------


def test_records_before_a_cutoff_are_listed_and_erased_with_their_history(fresh: Any) -> None:
    fresh.add(corpus())
    fresh.add(later_captures())
    fresh.flush()
    cutoff = datetime(2026, 1, 6, tzinfo=UTC)
    old = list(fresh.records_before("op-tea", cutoff))
    docs = [i for i in old if not i.startswith("history:")]
    # Kräuter, its listing, M1's black tea and the M1 page; Leafy and M1's green tea were seen again
    # in February, so only their January history points go
    assert len(docs) == 4 and len(old) == 6
    assert fresh.erase(old) == 6
    assert fresh.erase(old) == 0
    assert list(fresh.records_before("op-tea", cutoff)) == []
    assert fresh.count() == 16
    assert all(fresh.history(i) == [] for i in docs)
    green = fresh.search(Query(text="green tea", site=M1, types=["listing"])).hits[0]
    assert [p["captured_at"] for p in fresh.history(green.id)] == ["2026-02-05T10:00:00.000Z"]
    # spiceking and its 3 listings; their history points go with them, not listed separately
    assert len(list(fresh.records_before("op-spice", "2030-01-01"))) == 4


def test_the_index_is_an_erasable_store_for_retention(fresh: Any, tmp_path: Path) -> None:
    fresh.add(corpus())
    fresh.flush()
    store: object = fresh
    assert isinstance(store, ErasableStore) and fresh.name == "index"

    class Scope:
        id = "op-spice"
        retention_days = 30

    res = apply_retention([fresh], [Scope], None, audit=None, now=datetime(2026, 3, 1, tzinfo=UTC))
    assert len(res.erased) == 4 and all(r.store == "index" for r in res.erased)
    assert fresh.search(Query(scope_id="op-spice")).total == 0
    assert fresh.count() == 16
