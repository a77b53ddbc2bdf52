"""index.spool and the cluster backend's spool: nothing is lost while the cluster is down."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from index import ClusterBackend, open_index
from index.base import Query
from index.errors import ClusterUnavailable
from index.spool import Spool
from parsers.records import Listing, Vendor
from tests.test_index_backends import M1, corpus


def closed_port() -> str:
    """A 127.0.0.1 URL nobody listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ONIONSCOPE_HOME", str(tmp_path))
    return tmp_path


def test_opening_a_down_cluster_is_a_one_line_error(home: Path) -> None:
    with pytest.raises(ClusterUnavailable) as err:
        open_index(closed_port())
    assert "not reachable" in str(err.value) and "\n" not in str(err.value)


def test_records_sent_to_a_down_cluster_land_in_the_spool(home: Path) -> None:
    url = closed_port()
    idx = open_index(url, spool_when_down=True)
    assert idx.add(corpus()) == 20
    idx.flush()
    idx.close()
    spool = Spool(home / "spool", url)
    assert spool.pending() == 20
    assert [r.kind for r in spool.read()][:5] == ["vendor"] * 5
    with pytest.raises(ClusterUnavailable):
        open_index(url, spool_when_down=True).search(Query(text="tea"))


def test_a_torn_spool_line_is_set_aside_not_dropped(tmp_path: Path) -> None:
    spool = Spool(tmp_path, "http://127.0.0.1:9")
    spool.write([Vendor(site="a.onion", name="x")])
    with open(spool.path, "a") as fh:
        fh.write('{"type": "listing", "title": "half')
    assert [r.name for r in spool.read()] == ["x"]
    assert Path(str(spool.path) + ".bad").read_text().startswith('{"type": "listing"')


def test_a_failed_replay_gives_every_line_back(tmp_path: Path) -> None:
    spool = Spool(tmp_path, "http://127.0.0.1:9")
    spool.write([Listing(title=f"item {i}") for i in range(3)])
    taken = spool.take()
    assert taken is not None and spool.pending() == 3
    spool.write([Listing(title="arrived meanwhile")])
    spool.give_back(taken)
    assert sorted(r.title for r in spool.read()) == ["arrived meanwhile", "item 0", "item 1", "item 2"]
    again = spool.take()
    assert again is not None and spool.pending() == 4
    spool.done(again)
    assert spool.pending() == 0 and spool.take() is None


@pytest.mark.cluster
def test_spooled_records_are_replayed_into_a_live_node_with_nothing_lost(
    home: Path, search_cluster: Any, cluster_index_prefix: str
) -> None:
    down = closed_port()
    idx = open_index(down, spool_when_down=True, prefix=cluster_index_prefix)
    idx.add(corpus())
    idx.close()  # close sends the buffer: to the spool
    spool = Spool(home / "spool", f"{down}/{cluster_index_prefix}")
    assert spool.pending() == 20

    live = ClusterBackend(
        search_cluster.url, search_cluster.engine, spool_dir=home / "spool", prefix=cluster_index_prefix
    )
    try:
        assert live.replay(down) == 20
        assert spool.pending() == 0
        assert live.count() == 20
        assert live.search(Query(text="green tea", types=["listing"])).total == 3
        assert live.replay(down) == 0  # nothing left, nothing sent twice
    finally:
        live.drop()
        live.close()


@pytest.mark.cluster
def test_the_next_open_replays_the_clusters_own_spool(
    home: Path, search_cluster: Any, cluster_index_prefix: str
) -> None:
    target = f"{search_cluster.url}/{cluster_index_prefix}"
    Spool(home / "spool", target).write(corpus())  # as left by a run that found the cluster down
    live = ClusterBackend(
        search_cluster.url, search_cluster.engine, spool_dir=home / "spool", prefix=cluster_index_prefix
    )
    try:
        assert live.count() == 20 and Spool(home / "spool", target).pending() == 0
    finally:
        live.drop()
        live.close()


@pytest.mark.cluster
def test_a_cluster_lost_in_the_middle_of_indexing_spools_then_catches_up(
    home: Path, search_cluster: Any, cluster_index_prefix: str
) -> None:
    from index.client import ClusterClient

    live = ClusterBackend(
        search_cluster.url, search_cluster.engine, spool_dir=home / "spool", prefix=cluster_index_prefix
    )
    try:
        records = corpus()
        live.add(records[:10])
        live.flush()
        real = live.client
        live.client = ClusterClient(closed_port(), search_cluster.engine)  # the node is gone
        live.add(records[10:])
        live.flush()
        assert live.spooled == 10 and live.spool.pending() == 10
        live.client.close()
        live.client = real  # and back
        assert live.replay() == 10
        assert live.count() == 20 and live.spool.pending() == 0
    finally:
        live.drop()
        live.close()


@pytest.fixture
def busy_proxy(search_cluster: Any) -> Iterator[Any]:
    from tests.test_index_backends import ElasticProductProxy

    proxy = ElasticProductProxy(search_cluster.url)
    yield proxy
    proxy.close()


@pytest.mark.cluster
def test_refused_bulks_and_refused_items_are_retried_until_accepted(
    home: Path, busy_proxy: Any, cluster_index_prefix: str
) -> None:
    idx = ClusterBackend(
        busy_proxy.url, "elasticsearch", spool_dir=home / "spool", prefix=cluster_index_prefix
    )
    idx.backoff = 0.01
    try:
        busy_proxy.refuse_bulk, busy_proxy.refuse_items = 2, 1
        idx.add(corpus())
        idx.flush()
        # 2 refused requests, then accepted with item 0 marked refused; a refused document is read
        # and merged again before it is resent, and this proxy had really written it: nothing to
        # resend, so no 4th request
        assert busy_proxy.bulk_requests == 3 and busy_proxy.refuse_items == 0
        assert idx.spooled == 0 and idx.count() == 20
        assert idx.search(Query(vendor="leafy", site=M1, types=["vendor"])).hits[0].record["rating"] == 98.5
    finally:
        idx.drop()
        idx.close()


@pytest.mark.cluster
def test_a_cluster_that_keeps_refusing_gets_the_chunk_spooled(
    home: Path, busy_proxy: Any, cluster_index_prefix: str
) -> None:
    idx = ClusterBackend(
        busy_proxy.url, "elasticsearch", spool_dir=home / "spool", prefix=cluster_index_prefix
    )
    idx.backoff, idx.max_retries = 0.01, 3
    try:
        busy_proxy.refuse_bulk = 100
        idx.add(corpus())
        idx.flush()
        assert busy_proxy.bulk_requests == 4  # first try and 3 retries
        assert idx.spooled == 20 and idx.spool.pending() == 20
        busy_proxy.refuse_bulk = 0
        assert idx.replay() == 20 and idx.count() == 20
    finally:
        idx.drop()
        idx.close()
