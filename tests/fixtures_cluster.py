"""Session fixture ``search_cluster``: one real OpenSearch node for every ``cluster`` test.

Use it by marking the test and asking for the fixture (the mark alone also starts the node)::

    pytestmark = pytest.mark.cluster

    def test_bulk_indexes_listings(search_cluster, cluster_index_prefix):
        client = OpenSearch(search_cluster.url)
        client.indices.create(cluster_index_prefix + "listings")

``search_cluster`` is a ``lab.searchnode.SearchNode`` (``.url``, ``.version``, ``.engine``).
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


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(scope="session")
def search_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchNode]:
    external = os.environ.get(ENV_URL)
    if external:
        try:
            yield SearchNode.external(external)
        except SearchNodeError as exc:
            pytest.fail(f"{ENV_URL}={external} is not a usable cluster: {exc}")
        return
    home = tmp_path_factory.mktemp("searchnode")
    try:
        node = start(home, tie_to_parent=True)
    except SearchNodeUnavailable as exc:
        message = f"no search node on this machine: {exc}"
        if _in_ci():
            pytest.fail(message)
        pytest.skip(message)
    try:
        yield node
    finally:
        node.stop()


@pytest.fixture(autouse=True)
def _cluster_mark_starts_node(request: pytest.FixtureRequest) -> None:
    # A test marked `cluster` gets the node (or its skip/fail) even if it only takes the URL
    # from elsewhere; unmarked tests never pay for a JVM.
    if request.node.get_closest_marker("cluster") is not None:
        request.getfixturevalue("search_cluster")


@pytest.fixture
def cluster_index_prefix(search_cluster: SearchNode) -> Iterator[str]:
    """A unique index-name prefix for one test; its indices are deleted afterwards."""
    prefix = f"t-{uuid.uuid4().hex[:10]}-"
    yield prefix
    request = urllib.request.Request(
        f"{search_cluster.url}/{prefix}*?expand_wildcards=all&ignore_unavailable=true", method="DELETE"
    )
    with urllib.request.urlopen(request, timeout=30) as resp:
        json.load(resp)
