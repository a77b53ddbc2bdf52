"""A real OpenSearch 2.19 node built from Maven Central jars, for tests and the demo.

    >>> from pathlib import Path
    >>> import lab.searchnode as searchnode
    >>> with searchnode.start(Path("/tmp/onionscope-node")) as node:  # doctest: +SKIP
    ...     node.url                                   # 'http://127.0.0.1:<free port>'

Command line (``--json`` prints ``{"url", "pid", "version", ...}``)::

    python -m lab.searchnode start --home /tmp/node [--port 9200] [--json]
    python -m lab.searchnode status --home /tmp/node
    python -m lab.searchnode stop --home /tmp/node

Everything binds 127.0.0.1 only (HTTP and transport); single-node discovery; disk watermarks off;
heap -Xms512m -Xmx1g. Plugins on the classpath: transport-netty4 (HTTP), analysis-common,
mapper-extras, reindex, lang-painless. Jars come from ~/.m2, filled by
``scripts/searchnode-deps.sh``. ``--engine elasticsearch`` starts Elasticsearch 7.17 instead (for
the elasticsearch-py backend): no painless, Lucene's language analyzers (see README.md here).
Tests get a node from the ``search_cluster`` / ``elasticsearch_cluster`` fixtures
(tests/fixtures_cluster.py).
"""

from lab.searchnode.build import ENGINES, ensure_built
from lab.searchnode.errors import SearchNodeError, SearchNodeStartError, SearchNodeUnavailable
from lab.searchnode.node import SearchNode, free_port, read_state, start, status, stop

__all__ = [
    "ENGINES",
    "SearchNode",
    "SearchNodeError",
    "SearchNodeStartError",
    "SearchNodeUnavailable",
    "ensure_built",
    "free_port",
    "read_state",
    "start",
    "status",
    "stop",
]
