"""lab.searchnode: the embedded OpenSearch node (build, start/stop/status, plugins, opensearch-py)
and the optional Elasticsearch 7.17 engine (elasticsearch-py)."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from elasticsearch import Elasticsearch
from elasticsearch import exceptions as es_exceptions
from elasticsearch import helpers as es_helpers
from opensearchpy import OpenSearch, helpers

from lab.searchnode import SearchNode, SearchNodeError, free_port, read_state, status, stop
from lab.searchnode.build import get_engine
from lab.searchnode.node import _alive

REPO = Path(__file__).resolve().parent.parent


def _cli(*args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lab.searchnode", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=timeout,
        check=False,
    )


def _wait_gone(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not _alive(pid):
            return True
        time.sleep(0.2)
    return False


# --- without a node -------------------------------------------------------------------------


def test_free_port_is_bindable_on_loopback() -> None:
    port = free_port()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", port))


def test_status_and_stop_of_an_empty_home_report_no_node(tmp_path: Path) -> None:
    assert status(tmp_path) == {"running": False, "home": str(tmp_path.resolve())}
    assert stop(tmp_path) is False
    result = _cli("status", "--home", str(tmp_path), "--json")
    assert result.returncode == 3
    assert json.loads(result.stdout)["running"] is False


def test_corrupt_state_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "node.json").write_text("{not json")
    with pytest.raises(SearchNodeError, match=r"not a search node state file"):
        read_state(tmp_path)
    result = _cli("stop", "--home", str(tmp_path))
    assert result.returncode == 1
    assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr


def test_stale_state_file_of_a_dead_process_is_cleared_by_stop(tmp_path: Path) -> None:
    dead = subprocess.Popen(["true"])
    dead.wait()
    (tmp_path / "node.json").write_text(json.dumps({"url": "http://127.0.0.1:1", "pid": dead.pid}))
    assert stop(tmp_path) is False
    assert not (tmp_path / "node.json").exists()


def test_start_on_a_busy_port_refuses_in_one_line(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        result = _cli("start", "--home", str(tmp_path), "--port", str(port))
    assert result.returncode == 1
    assert result.stderr.strip() == f"error: port {port} on 127.0.0.1 is already in use"


def test_unknown_engine_is_refused() -> None:
    with pytest.raises(SearchNodeError, match="unknown engine 'solr'"):
        get_engine("solr")


# --- against the session node ---------------------------------------------------------------

cluster = pytest.mark.cluster


@pytest.fixture
def client(search_cluster: SearchNode) -> OpenSearch:
    return OpenSearch(search_cluster.url, timeout=60)


@cluster
def test_node_is_opensearch_2_19_and_healthy(client: OpenSearch, search_cluster: SearchNode) -> None:
    info = client.info()
    assert info["version"]["distribution"] == "opensearch"
    assert info["version"]["number"].startswith("2.19.")
    assert search_cluster.version == info["version"]["number"]
    assert client.cluster.health()["status"] in ("green", "yellow")


@cluster
def test_node_listens_on_loopback_only(client: OpenSearch, search_cluster: SearchNode) -> None:
    if search_cluster.pid is None:
        pytest.skip("external cluster: its binding is not ours")
    nodes = client.nodes.info(metric="http,transport")["nodes"]
    for node in nodes.values():
        bound = node["http"]["bound_address"] + node["transport"]["bound_address"]
        assert bound and all(addr.startswith("127.0.0.1:") for addr in bound), bound


@cluster
def test_node_loads_the_plugins_the_index_backend_needs(client: OpenSearch) -> None:
    plugins = {
        p["classname"]
        for node in client.nodes.info(metric="plugins")["nodes"].values()
        for p in node["plugins"]
    }
    assert {
        "org.opensearch.transport.Netty4Plugin",
        "org.opensearch.analysis.common.CommonAnalysisPlugin",
        "org.opensearch.index.mapper.MapperExtrasPlugin",
        "org.opensearch.index.reindex.ReindexPlugin",
        "org.opensearch.painless.PainlessPlugin",
    } <= plugins


@cluster
@pytest.mark.parametrize(
    ("analyzer", "text", "stem"),
    [
        ("english", "vendors running shops", "run"),
        ("russian", "продавцы наркотиков", "продавц"),
        ("german", "Verkäufer Häuser", "haus"),
        ("french", "vendeurs chevaux", "cheval"),
        ("spanish", "vendedores mercados", "mercad"),
        ("standard", "Vendor-42 SHOP", "vendor"),
    ],
)
def test_language_analyzers_stem_words(client: OpenSearch, analyzer: str, text: str, stem: str) -> None:
    tokens = [t["token"] for t in client.indices.analyze(body={"analyzer": analyzer, "text": text})["tokens"]]
    assert stem in tokens, tokens


def _listing_index(client: OpenSearch, name: str) -> None:
    client.indices.create(
        index=name,
        body={
            "settings": {"number_of_shards": 1, "number_of_replicas": 0},
            "mappings": {
                "properties": {
                    "title": {"type": "text", "analyzer": "english"},
                    "price_usd": {"type": "scaled_float", "scaling_factor": 100},
                    "market": {"type": "keyword"},
                }
            },
        },
    )


def _docs() -> list[dict[str, Any]]:
    return [
        {"_id": "1", "title": "Fresh cards shipping worldwide", "price_usd": 12.345, "market": "alpha"},
        {"_id": "2", "title": "Card dumps with track data", "price_usd": 99.99, "market": "alpha"},
        {"_id": "3", "title": "Counterfeit banknotes", "price_usd": 250.0, "market": "bravo"},
    ]


@cluster
def test_opensearch_py_bulk_then_search_finds_stemmed_matches(
    client: OpenSearch, cluster_index_prefix: str
) -> None:
    index = cluster_index_prefix + "listings"
    _listing_index(client, index)
    ok, errors = helpers.bulk(client, ({"_index": index, **doc} for doc in _docs()), refresh=True)
    assert (ok, errors) == (3, [])
    hits = client.search(index=index, body={"query": {"match": {"title": "card"}}})["hits"]["hits"]
    assert sorted(h["_id"] for h in hits) == ["1", "2"]


@cluster
def test_scaled_float_rounds_to_its_scaling_factor(client: OpenSearch, cluster_index_prefix: str) -> None:
    index = cluster_index_prefix + "prices"
    _listing_index(client, index)
    helpers.bulk(client, ({"_index": index, **doc} for doc in _docs()), refresh=True)
    body = {"size": 0, "aggs": {"total": {"sum": {"field": "price_usd"}}}}
    total = client.search(index=index, body=body)["aggregations"]["total"]["value"]
    # 12.345 is stored as 1235 hundredths: the sum proves the field is a scaled_float.
    assert total == pytest.approx(12.35 + 99.99 + 250.0)


@cluster
def test_delete_and_update_by_query_run_with_painless(client: OpenSearch, cluster_index_prefix: str) -> None:
    index = cluster_index_prefix + "retention"
    _listing_index(client, index)
    helpers.bulk(client, ({"_index": index, **doc} for doc in _docs()), refresh=True)
    updated = client.update_by_query(
        index=index,
        body={
            "query": {"term": {"market": "alpha"}},
            "script": {"lang": "painless", "source": "ctx._source.price_usd *= params.f", "params": {"f": 2}},
        },
        refresh=True,
    )
    assert updated["updated"] == 2
    assert client.get(index=index, id="2")["_source"]["price_usd"] == pytest.approx(199.98)
    deleted = client.delete_by_query(index=index, body={"query": {"term": {"market": "alpha"}}}, refresh=True)
    assert deleted["deleted"] == 2
    assert client.count(index=index)["count"] == 1


# --- own node lifecycles (each starts a second JVM) -------------------------------------------


@cluster
@pytest.mark.slow
def test_cli_start_status_stop_round_trip(tmp_path: Path) -> None:
    home = tmp_path / "node"
    started = _cli("start", "--home", str(home), "--json")
    assert started.returncode == 0, started.stderr
    info = json.loads(started.stdout)
    try:
        assert info["url"].startswith("http://127.0.0.1:") and info["version"].startswith("2.19.")
        assert json.loads((home / "node.json").read_text())["pid"] == info["pid"]
        state = json.loads(_cli("status", "--home", str(home), "--json").stdout)
        assert state["running"] is True and state["health"] in ("green", "yellow")
        again = _cli("start", "--home", str(home))
        assert again.returncode == 1 and "already running" in again.stderr
    finally:
        stopped = _cli("stop", "--home", str(home), "--json")
    assert json.loads(stopped.stdout)["stopped"] is True
    assert not _alive(info["pid"])
    assert not (home / "node.json").exists()


@cluster
@pytest.mark.slow
def test_node_tied_to_its_parent_exits_when_the_parent_is_killed(tmp_path: Path) -> None:
    script = (
        "import json, sys, time\n"
        "from pathlib import Path\n"
        "from lab.searchnode import start\n"
        "node = start(Path(sys.argv[1]), tie_to_parent=True)\n"
        "print(json.dumps(node.as_dict()), flush=True)\n"
        "time.sleep(600)\n"
    )
    parent = subprocess.Popen(
        [sys.executable, "-c", script, str(tmp_path)], cwd=REPO, stdout=subprocess.PIPE, text=True
    )
    try:
        assert parent.stdout is not None
        pid = json.loads(parent.stdout.readline())["pid"]
    finally:
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
    assert _wait_gone(pid, 60), f"search node {pid} outlived its killed parent"


# --- the optional Elasticsearch 7.17 engine ---------------------------------------------------


@pytest.fixture
def es(elasticsearch_cluster: SearchNode) -> Elasticsearch:
    return Elasticsearch(elasticsearch_cluster.url, request_timeout=60)


@cluster
@pytest.mark.slow
def test_elasticsearch_engine_is_7_17_and_accepted_by_elasticsearch_py(
    es: Elasticsearch, elasticsearch_cluster: SearchNode
) -> None:
    info = es.info()
    assert info["version"]["number"].startswith("7.17.")
    assert elasticsearch_cluster.engine == "elasticsearch"
    nodes = es.nodes.info(metric="http,transport")["nodes"]
    for node in nodes.values():
        bound = node["http"]["bound_address"] + node["transport"]["bound_address"]
        assert all(addr.startswith("127.0.0.1:") for addr in bound), bound


@cluster
@pytest.mark.slow
@pytest.mark.parametrize(
    ("analyzer", "text", "stem"),
    [
        ("english", "vendors running shops", "run"),
        ("russian", "продавцы наркотиков", "продавц"),
        ("german", "Verkäufer Häuser", "haus"),
        ("french", "vendeurs chevaux", "cheval"),
        ("spanish", "vendedores mercados", "mercad"),
    ],
)
def test_elasticsearch_engine_has_language_analyzers(
    es: Elasticsearch, analyzer: str, text: str, stem: str
) -> None:
    tokens = [t["token"] for t in es.indices.analyze(analyzer=analyzer, text=text)["tokens"]]
    assert stem in tokens, tokens


@cluster
@pytest.mark.slow
def test_elasticsearch_engine_bulk_search_scaled_float_and_delete_by_query(
    es: Elasticsearch, es_index_prefix: str
) -> None:
    index = es_index_prefix + "listings"
    es.indices.create(
        index=index,
        settings={"number_of_shards": 1, "number_of_replicas": 0},
        mappings={
            "properties": {
                "title": {"type": "text", "analyzer": "english"},
                "price_usd": {"type": "scaled_float", "scaling_factor": 100},
                "market": {"type": "keyword"},
            }
        },
    )
    ok, errors = es_helpers.bulk(es, ({"_index": index, **doc} for doc in _docs()), refresh=True)
    assert (ok, errors) == (3, [])
    hits = es.search(index=index, query={"match": {"title": "card"}})["hits"]["hits"]
    assert sorted(h["_id"] for h in hits) == ["1", "2"]
    total = es.search(index=index, size=0, aggs={"t": {"sum": {"field": "price_usd"}}})["aggregations"]["t"]
    assert total["value"] == pytest.approx(12.35 + 99.99 + 250.0)
    deleted = es.delete_by_query(index=index, query={"term": {"market": "alpha"}}, refresh=True)
    assert deleted["deleted"] == 2


@cluster
@pytest.mark.slow
def test_elasticsearch_engine_refuses_scripts_for_want_of_painless(
    es: Elasticsearch, es_index_prefix: str
) -> None:
    # A known limit of this engine (lang-painless 7.17 is not on Maven Central): backends must
    # not rely on scripts when they run against it.
    index = es_index_prefix + "scripts"
    es.index(index=index, id="1", document={"n": 1}, refresh=True)
    with pytest.raises(es_exceptions.BadRequestError, match="painless"):
        es.update_by_query(index=index, script={"source": "ctx._source.n += 1"})


# --- the fixture's contract when this machine cannot run a node -------------------------------

_PROBE = "def test_probe(search_cluster):\n    assert search_cluster.url\n"


def _run_probe(tmp_path: Path, ci: str | None) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_probe.py").write_text(_PROBE)
    env = {"PATH": str(tmp_path), "PYTHONPATH": str(REPO), "HOME": str(tmp_path)}
    if ci is not None:
        env["CI"] = ci
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-c", os.devnull, "-p", "tests.fixtures_cluster",
         "-p", "no:cacheprovider", str(tmp_path / "test_probe.py")],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120, check=False,
    )  # fmt: skip


def test_missing_java_skips_cluster_tests_with_the_reason_outside_ci(tmp_path: Path) -> None:
    result = _run_probe(tmp_path, ci=None)
    assert result.returncode == 0, result.stdout
    assert "1 skipped" in result.stdout
    assert "java not found" in result.stdout


def test_missing_java_fails_cluster_tests_under_ci(tmp_path: Path) -> None:
    result = _run_probe(tmp_path, ci="true")
    assert result.returncode == 1, result.stdout
    assert "1 error" in result.stdout
    assert "no opensearch node on this machine: java not found" in result.stdout
