"""index: storage and search of records, on SQLite (embedded default) or a search cluster.

Example::

    >>> import tempfile, os
    >>> from parsers.records import Listing, Vendor
    >>> from index import open_index, Query
    >>> idx = open_index(os.path.join(tempfile.mkdtemp(), "index.sqlite"))
    >>> idx.add([Vendor(site="m1.onion", name="leafy", rating=99.1, captured_at="2026-01-05"),
    ...          Listing(site="m1.onion", title="Fictional green tea", vendor="leafy", price_usd=9.0,
    ...                  category_norm="tea", captured_at="2026-01-05")])
    2
    >>> res = idx.search(Query(text="green tea", facets=["type"]))
    >>> res.total, res.hits[0].highlight["title"], res.facets["type"]
    (1, ['Fictional <em>green</em> <em>tea</em>'], [('listing', 1)])
    >>> idx.vendor_view("Leafy")["markets"]
    ['m1.onion']
    >>> idx.close()

:func:`open_index` picks the backend from a target string: ``None``, a path or
``sqlite:///path`` -> :class:`~index.sqlite.SQLiteBackend`; ``http(s)://host:port`` -> probe the
root endpoint, then :class:`~index.cluster.ClusterBackend` for OpenSearch 2/3 or Elasticsearch 8/9.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ethics.paths import home
from index.base import Graph, Hit, IndexBackend, Query, SearchResult
from index.cluster import DEFAULT_PREFIX, ClusterBackend
from index.errors import BadTarget, ClusterUnavailable, IndexBackendError
from index.sqlite import SQLiteBackend

__all__ = [
    "ClusterBackend",
    "Graph",
    "Hit",
    "IndexBackend",
    "Query",
    "SQLiteBackend",
    "SearchResult",
    "default_sqlite_path",
    "open_index",
    "spool_dir",
]


def default_sqlite_path() -> Path:
    """``$ONIONSCOPE_HOME/index.sqlite`` or ``.onionscope/index.sqlite``."""
    return home() / "index.sqlite"


def spool_dir() -> Path:
    """Where records wait while a cluster is down: ``<home>/spool``."""
    return home() / "spool"


def open_index(
    target: str | Path | None = None,
    *,
    spool_when_down: bool = False,
    prefix: str | None = None,
    replay: bool = True,
    spool_path: str | Path | None = None,
    must_exist: bool = False,
    **options: Any,
) -> IndexBackend:
    """Open the index named by ``target`` (see the module docstring).

    A cluster that does not answer raises :class:`~index.errors.ClusterUnavailable` (one line),
    unless ``spool_when_down``: then records added go to the spool under ``<home>/spool`` and are
    replayed by the next open that reaches the cluster (``replay``) or by ``onionscope index replay``.
    ``spool_path`` puts the spool elsewhere (a crawl's own data directory).
    ``prefix`` names the cluster's indices (default ``$ONIONSCOPE_INDEX_PREFIX`` or ``onionscope-``);
    the spool is kept per cluster URL and prefix.
    ``must_exist``: a SQLite file that is not there raises :class:`~index.errors.BadTarget` instead
    of being created (readers: a mistyped path would otherwise answer "no hits").
    """
    if target is None or str(target).strip() == "":
        return _sqlite(default_sqlite_path(), must_exist)
    text = str(target).strip()
    if text.startswith("sqlite://"):
        path = text[len("sqlite://") :]
        if not path:
            raise BadTarget("sqlite:// needs a path, e.g. sqlite:///tmp/index.sqlite")
        return _sqlite(path, must_exist)
    if text.startswith(("http://", "https://")):
        from index.client import detect, probe

        url = text.rstrip("/")
        prefix = prefix or os.environ.get("ONIONSCOPE_INDEX_PREFIX") or DEFAULT_PREFIX
        spool = Path(spool_path) if spool_path is not None else spool_dir()
        try:
            engine, version = detect(probe(url))
        except ClusterUnavailable:
            if not spool_when_down:
                raise
            return ClusterBackend(url, "unknown", spool_dir=spool, prefix=prefix, online=False)
        return ClusterBackend(
            url, engine, version=version, spool_dir=spool, prefix=prefix, replay=replay, **options
        )
    if "://" in text:
        raise BadTarget(f"unknown index target {text!r}: use a path, sqlite:///path or http(s)://host:port")
    return _sqlite(text, must_exist)


def _sqlite(path: str | Path, must_exist: bool) -> SQLiteBackend:
    if must_exist and not Path(path).is_file() and str(path) != ":memory:":
        raise BadTarget(f"no index at {path} (a crawl with --index or `onionscope index add` makes one)")
    return SQLiteBackend(path)


# IndexBackendError is re-exported for callers that catch one error type.
__all__ += ["IndexBackendError"]
