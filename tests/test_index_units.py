"""index.text, index.docs, index.client.detect and index.open_index: the pieces under the backends."""

from __future__ import annotations

from pathlib import Path

import pytest

from index import SQLiteBackend, open_index
from index.client import detect
from index.docs import iso_ms, scaled_bounds, to_document
from index.errors import BadTarget, UnsupportedCluster
from index.text import highlight, parse_text, terms
from parsers.records import Entity, Listing, Post, Vendor


def test_terms_fold_case_accents_and_punctuation() -> None:
    assert terms("Grüner TEE, 10g — e-mail: a.b@x.org ½") == [
        "gruner",
        "tee",
        "10g",
        "e",
        "mail",
        "a",
        "b",
        "x",
        "org",
        "1",
        "2",
    ]
    assert terms("Straße ﬁne") == ["strasse", "fine"]
    assert terms(None) == [] and terms("¡¿…!") == []


def test_query_text_becomes_terms_phrases_prefixes_and_exclusions() -> None:
    got = [(c.kind, c.terms, c.negate) for c in parse_text('e-mail "Thé vert" -sample pack* -"big bag" ""')]
    assert got == [
        ("phrase", ["e", "mail"], False),
        ("phrase", ["the", "vert"], False),
        ("term", ["sample"], True),
        ("prefix", ["pack"], False),
        ("phrase", ["big", "bag"], True),
    ]


def test_highlight_marks_folded_matches_and_escapes_html() -> None:
    clauses = parse_text("creme <b>")
    assert highlight("Crème <b>brûlée</b>", clauses) == [
        "<em>Crème</em> &lt;<em>b</em>&gt;brûlée&lt;/<em>b</em>&gt;"
    ]
    long = "word " * 100 + "target " + "word " * 100
    [frag] = highlight(long, parse_text("target"))
    assert frag.startswith("…") and frag.endswith("…") and "<em>target</em>" in frag and len(frag) < 200


def test_dates_become_utc_milliseconds() -> None:
    assert iso_ms("2026-01-05T12:00:00+02:00") == ("2026-01-05T10:00:00.000Z", 1767607200000)
    assert iso_ms("2026-01-05", end_of_day=True)[0] == "2026-01-05T23:59:59.999Z"
    assert iso_ms("2026-01-05 10:00:00.123456")[0] == "2026-01-05T10:00:00.123Z"
    assert iso_ms("yesterday") == (None, None) and iso_ms(None) == (None, None)


def test_price_bounds_snap_to_the_stored_grid() -> None:
    assert scaled_bounds(0.1, 0.29, 100) == (0.1, 0.29)
    assert scaled_bounds(10.005, 99.999, 100) == (10.01, 99.99)


def test_ids_are_deterministic_and_follow_natural_keys() -> None:
    a = Listing(site="M1.onion", title="Tea", vendor="Leafy", price=1.0, captured_at="2026-01-01")
    b = Listing(site="m1.onion", title="tea ", vendor="LEAFY", price=2.0, captured_at="2026-02-01")
    assert to_document(a)[0]["id"] == to_document(b)[0]["id"]
    c = Listing(site="m1.onion", title="Tea", vendor="Leafy", listing_url="http://m1.onion/l/1")
    assert to_document(c)[0]["id"] != to_document(a)[0]["id"]
    p0 = Post(
        site="f.onion", thread_url="http://f.onion/t/1", url="http://f.onion/t/1?page=2", index=0, author="x"
    )
    p1 = Post(site="f.onion", thread_url="http://f.onion/t/1", url="http://f.onion/t/1", index=0, author="x")
    assert to_document(p0)[0]["id"] != to_document(p1)[0]["id"]
    assert to_document(Vendor(site="m1.onion", name="Leafy"))[0]["id"] != to_document(a)[0]["id"]


def test_a_document_carries_search_text_filters_and_a_history_point() -> None:
    rec = Vendor(
        site="m1.onion",
        name="Leafy",
        rating=98.456,
        feedback_count=3,
        pgp_fingerprint="ab" * 20,
        entities=[Entity(entity_type="btc", value="bc1qxyz")],
        captured_at="2026-01-01",
    )
    doc, point = to_document(rec)
    assert doc["t_title"] == "leafy" and "bc1qxyz" in doc["t_meta"] and doc["pgp_fingerprint"] == "AB" * 20
    assert doc["entity_values"] == ["bc1qxyz"] and doc["entity_types"] == ["btc"]
    assert point is not None and point["feedback_count"] == 3 and point["rating"] == 98.456
    assert to_document(Vendor(site="m1.onion", name="x"))[1] is None  # no stats, no point


def test_cluster_flavour_is_read_from_the_root_endpoint() -> None:
    assert detect({"version": {"distribution": "opensearch", "number": "3.0.0"}}) == ("opensearch", "3.0.0")
    assert detect({"version": {"number": "8.15.1"}, "tagline": "You Know, for Search"}) == (
        "elasticsearch",
        "8.15.1",
    )
    for info in (
        {"version": {"number": "7.17.0"}, "tagline": "You Know, for Search"},
        {"version": {"distribution": "opensearch", "number": "1.3.0"}},
        {"name": "something else"},
    ):
        with pytest.raises(UnsupportedCluster):
            detect(info)


def test_open_index_picks_sqlite_for_paths_and_the_home_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ONIONSCOPE_HOME", str(tmp_path / "home"))
    for target, path in (
        (None, tmp_path / "home" / "index.sqlite"),
        (str(tmp_path / "a.db"), tmp_path / "a.db"),
        (f"sqlite://{tmp_path}/b.db", tmp_path / "b.db"),
    ):
        idx = open_index(target)
        assert isinstance(idx, SQLiteBackend) and idx.path == path and idx.engine == "sqlite"
        idx.close()
        assert path.exists()
    for bad in ("sqlite://", "ftp://x", "redis://127.0.0.1:6379"):
        with pytest.raises(BadTarget):
            open_index(bad)


def test_the_fast_record_json_equals_the_contracts_to_json() -> None:
    from index.docs import record_json
    from parsers.records import Feedback, to_json
    from tests.test_index_backends import corpus
    from tests.test_index_parity import synthetic

    records = [
        *corpus(),
        *synthetic(200),
        Vendor(
            name="v",
            feedback=[Feedback(rating="positive", text="ok")],
            entities=[Entity(entity_type="pgp", value="AB" * 20, details={"uids": ["a <a@b>"]})],
        ),
        Listing(title="t", alt_prices={"BTC": 0.1}, ships_to=["DE", "FR"]),
    ]
    for rec in records:
        assert record_json(rec) == to_json(rec)
    rec = records[-1]
    record_json(rec)["ships_to"].append("XX")
    assert rec.ships_to == ["DE", "FR"]  # a copy, not the record's own list


def test_both_backends_satisfy_the_index_protocol(tmp_path: Path) -> None:
    from index import ClusterBackend, IndexBackend

    lite = SQLiteBackend(tmp_path / "p.sqlite")
    offline = ClusterBackend("http://127.0.0.1:9", "opensearch", spool_dir=tmp_path, online=False)
    assert isinstance(lite, IndexBackend) and isinstance(offline, IndexBackend)
    assert (lite.name, lite.engine, offline.name) == ("index", "sqlite", "index")
    assert lite.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    lite.close()
    offline.close()


@pytest.mark.parametrize("engine", ["opensearch", "elasticsearch"])
def test_both_clients_report_a_closed_port_as_cluster_unavailable(engine: str) -> None:
    from index.client import ClusterClient
    from index.errors import ClusterUnavailable
    from tests.test_index_spool import closed_port

    client = ClusterClient(closed_port(), engine, timeout=5)
    with pytest.raises(ClusterUnavailable) as err:
        client.request("GET", "/")
    with pytest.raises(ClusterUnavailable):
        client.bulk([{"index": {"_index": "x", "_id": "1"}}, {"a": 1}])
    assert "is not reachable" in str(err.value)
    client.close()


def test_one_sqlite_backend_serves_several_threads(tmp_path: Path) -> None:
    import threading

    from index.base import Query

    idx = SQLiteBackend(tmp_path / "threads.sqlite")
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for i in range(20):
                idx.add([Listing(site=f"m{n}.onion", title=f"item {i} of worker {n}", vendor=f"v{n}")])
                idx.search(Query(text=f"worker {n}", facets=["site"]))
        except BaseException as exc:  # collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and idx.count() == 80
    assert idx.search(Query(text='"worker 2"')).total == 20
    idx.close()
