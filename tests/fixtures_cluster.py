"""Session fixture ``search_cluster``: one real OpenSearch node for every ``cluster`` test.

Use it by marking the test and asking for the fixture (the mark alone also starts the node)::

    pytestmark = pytest.mark.cluster

    def test_bulk_indexes_listings(search_cluster, cluster_index_prefix):
        client = OpenSearch(search_cluster.url)
        client.indices.create(cluster_index_prefix + "listings")

``search_cluster`` is a ``lab.searchnode.SearchNode`` (``.url``, ``.version``, ``.engine``).
``elasticsearch_cluster`` is the same for an Elasticsearch 7.17 node (elasticsearch-py client);
it starts only when a test requests it (mark such tests ``cluster`` too).
When ONIONSCOPE_TEST_CLUSTER is set to a URL that cluster is used and left running; otherwise a
node is started under a session tmp dir and stopped at the end. Missing Java/Maven/jars skip the
tests with the reason, except under CI=true where they fail: CI must have run
scripts/searchnode-deps.sh.
"""

from __future__ import annotations

import json
import os
import urllib.request
import uuid
from collections.abc import Iterator

import pytest

from lab.searchnode import SearchNode, SearchNodeError, SearchNodeUnavailable, start

ENV_URL = "ONIONSCOPE_TEST_CLUSTER"
ENV_ES_URL = "ONIONSCOPE_TEST_ES_CLUSTER"


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _session_node(
    engine: str, env_var: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SearchNode]:
    external = os.environ.get(env_var)
    if external:
        try:
            node = SearchNode.external(external)
        except (SearchNodeError, OSError) as exc:
            pytest.fail(f"{env_var}={external} is not a usable cluster: {exc}")
        yield node
        return
    home = tmp_path_factory.mktemp(f"searchnode-{engine}")
    try:
        node = start(home, engine=engine, timeout=300, tie_to_parent=True)
    except SearchNodeUnavailable as exc:
        message = f"no {engine} node on this machine: {exc}"
        if _in_ci():
            pytest.fail(message)
        pytest.skip(message)
    try:
        yield node
    finally:
        node.stop()


@pytest.fixture(scope="session")
def search_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchNode]:
    """The OpenSearch 2.19 node (or ONIONSCOPE_TEST_CLUSTER) shared by the whole session."""
    yield from _session_node("opensearch", ENV_URL, tmp_path_factory)


@pytest.fixture(scope="session")
def elasticsearch_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchNode]:
    """An Elasticsearch 7.17 node (or ONIONSCOPE_TEST_ES_CLUSTER), started only if a test asks.

    Talk to it with elasticsearch-py; it has no painless, and its english/russian/german/french/
    spanish analyzers are Lucene's defaults (see lab/searchnode/elasticsearch).
    """
    yield from _session_node("elasticsearch", ENV_ES_URL, tmp_path_factory)


@pytest.fixture(autouse=True)
def _cluster_mark_starts_node(request: pytest.FixtureRequest) -> None:
    # A test marked `cluster` gets the node (or its skip/fail) even if it only takes the URL
    # from elsewhere; unmarked tests never pay for a JVM.
    marked = request.node.get_closest_marker("cluster") is not None
    if marked and "elasticsearch_cluster" not in request.fixturenames:
        request.getfixturevalue("search_cluster")


def _index_prefix(url: str) -> Iterator[str]:
    prefix = f"t-{uuid.uuid4().hex[:10]}-"
    yield prefix
    request = urllib.request.Request(
        f"{url}/{prefix}*?expand_wildcards=all&ignore_unavailable=true", method="DELETE"
    )
    with urllib.request.urlopen(request, timeout=30) as resp:
        json.load(resp)


@pytest.fixture
def cluster_index_prefix(search_cluster: SearchNode) -> Iterator[str]:
    """A unique index-name prefix for one test; its indices are deleted afterwards."""
    yield from _index_prefix(search_cluster.url)


@pytest.fixture
def es_index_prefix(elasticsearch_cluster: SearchNode) -> Iterator[str]:
    """``cluster_index_prefix`` for the Elasticsearch node."""
    yield from _index_prefix(elasticsearch_cluster.url)
