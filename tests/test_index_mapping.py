"""index.mapping: templates, versioned indices and the alias move of a mapping upgrade (cluster)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import index.mapping as mapping
from index import ClusterBackend
from index.base import Query
from index.client import ClusterClient
from tests.test_index_backends import corpus, later_captures

pytestmark = pytest.mark.cluster


def test_a_new_template_version_reindexes_and_moves_the_aliases(
    search_cluster: Any, cluster_index_prefix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    v1 = ClusterBackend(
        search_cluster.url, search_cluster.engine, spool_dir=tmp_path, prefix=cluster_index_prefix
    )
    v1.add(corpus())
    v1.add(later_captures())
    v1.flush()
    before = v1.search(Query(text="tea", size=50, facets=["site"]))
    v1.close()

    monkeypatch.setattr(mapping, "TEMPLATE_VERSION", 2)
    v2 = ClusterBackend(
        search_cluster.url, search_cluster.engine, spool_dir=tmp_path, prefix=cluster_index_prefix
    )
    client = ClusterClient(search_cluster.url, search_cluster.engine)
    try:
        aliases = client.request("GET", f"/_alias/{cluster_index_prefix}docs")
        assert sorted(aliases) == [f"{cluster_index_prefix}docs-v2"]
        assert sorted(client.request("GET", f"/_alias/{cluster_index_prefix}history")) == [
            f"{cluster_index_prefix}history-v2"
        ]
        tmpl = client.request("GET", f"/_index_template/{cluster_index_prefix}docs")
        assert tmpl["index_templates"][0]["index_template"]["version"] == 2
        after = v2.search(Query(text="tea", size=50, facets=["site"]))
        assert [h.id for h in after.hits] == [h.id for h in before.hits] and after.facets == before.facets
        green = v2.search(Query(text="green tea", site="m1mart.onion", types=["listing"])).hits[0]
        assert len(v2.history(green.id)) == 2
        v2.add(corpus())  # the first crawl again: versions survived the reindex, February stays current
        v2.flush()
        assert (
            v2.search(Query(vendor="leafy", site="m1mart.onion", types=["vendor"]))
            .hits[0]
            .record["feedback_count"]
            == 160
        )
    finally:
        v2.drop()
        v2.close()
        assert client.request("GET", f"/{cluster_index_prefix}*/_settings") == {}
        client.close()
