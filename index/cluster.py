"""The cluster backend: OpenSearch 2/3 (opensearch-py) or Elasticsearch 8/9 (elasticsearch).

Example (needs a running node, e.g. ``python -m lab.searchnode start --home /tmp/node``)::

    from index import open_index
    from index.base import Query
    idx = open_index("http://127.0.0.1:9200")        # probes GET /, creates templates and indices
    idx.add(records); idx.flush()                     # bulk, retried; spooled if the cluster is down
    idx.search(Query(text="tea", facets=["site"]))

Writes are buffered and sent with ``_bulk`` in chunks (:attr:`chunk_docs` documents or
:attr:`chunk_bytes` bytes) by one sender thread, so the next chunk is built while one is on the
wire; at most one chunk is in flight, and :meth:`add` waits for it before handing over the next:
that is the backpressure on a fast producer. Items refused with 429/503 are retried with exponential backoff;
a connection failure (or retries exhausted) writes the chunk's records to the local
:class:`~index.spool.Spool`, replayed by :meth:`replay` (called by ``open`` when the cluster is
back). A capture of a document already stored is merged into it client-side
(:func:`index.merge.merge_document`, as on SQLite): the chunk's stored documents are read with
one ``_mget``, merged, and written back only if unchanged meanwhile (``if_seq_no``; a conflict
reads and merges again). So an older capture never overwrites newer values, a capture that lacks
a field does not erase it, and re-sending is idempotent.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any

from index.base import DOC_TYPES, Graph, Hit, Query, SearchResult
from index.client import ClusterClient, ClusterHTTPError
from index.cluster_query import SOURCE_EXCLUDES, ecosystem_body, ecosystem_rows, encode_cursor, search_body
from index.docs import HISTORY_PREFIX, iso_ms, to_document
from index.ecosystem import check_params
from index.errors import BadQuery, ClusterUnavailable, IndexBackendError, IndexingRejected
from index.mapping import cluster_source, install, names, uninstall
from index.merge import merge_document, merge_update
from index.spool import Spool
from index.text import parse_text
from index.views import add_highlights, graph_from_docs, vendor_view
from parsers.records import to_json

_RETRYABLE = {429, 502, 503, 504}
#: Index-name prefix of the cluster backend (``$ONIONSCOPE_INDEX_PREFIX`` overrides it in open_index).
DEFAULT_PREFIX = "onionscope-"
#: One bulk operation: its action and source lines, the chunk positions it carries, its doc id.
_Op = tuple[list[dict[str, Any]], list[int], str | None]


class ClusterBackend:
    """:class:`index.base.IndexBackend` on an OpenSearch or Elasticsearch cluster."""

    chunk_docs = 1000
    chunk_bytes = 5_000_000
    max_retries = 5
    backoff = 0.5

    def __init__(
        self,
        url: str,
        engine: str,
        *,
        spool_dir: str | Path,
        prefix: str = DEFAULT_PREFIX,
        replicas: int = 0,
        version: str = "",
        online: bool = True,
        replay: bool = True,
    ) -> None:
        self.url = url.rstrip("/")
        self.name = "index"
        self.engine = engine
        self.version = version
        self.prefix = prefix
        self.replicas = replicas
        self.n = names(prefix)
        self.spool = Spool(spool_dir, self._spool_target(self.url))
        self.client: ClusterClient | None = None
        self._buffer: list[tuple[dict[str, Any], dict[str, Any] | None, dict[str, Any]]] = []
        self._buffer_bytes = 0
        self.rejected = 0
        self.spooled = 0
        self._sender: ThreadPoolExecutor | None = None
        self._inflight: Future[int] | None = None
        self._write_lock = threading.RLock()
        if online:
            self.client = ClusterClient(self.url, engine)
            self._setup()
            if replay:
                self.replay()

    def _spool_target(self, url: str) -> str:
        # one spool per cluster and index prefix, so a replay lands in the indices it was meant for
        return url if self.prefix == DEFAULT_PREFIX else f"{url}/{self.prefix}"

    # -- setup ---------------------------------------------------------------------------------
    def _req(self, method: str, path: str, body: Any = None, params: dict[str, Any] | None = None) -> Any:
        if self.client is None:
            raise ClusterUnavailable(f"search cluster {self.url} is not reachable (records are spooled)")
        return self.client.request(method, path, body=body, params=params)

    def _setup(self) -> None:
        install(self._req, self.prefix, self.replicas)

    def drop(self) -> None:
        """Delete this prefix's indices and templates (tests, benchmarks)."""
        uninstall(self._req, self.prefix)

    # -- writing -------------------------------------------------------------------------------
    def add(self, records: Iterable[Any]) -> int:
        n = 0
        for rec in records:
            doc, point = to_document(rec)
            with self._write_lock:  # producers in several threads share one buffer
                self._buffer.append((doc, point, doc["record"]))
                self._buffer_bytes += len(doc.get("text_orig") or "") + 500
                n += 1
                if len(self._buffer) >= self.chunk_docs or self._buffer_bytes >= self.chunk_bytes:
                    self._send_buffer()
        return n

    def _send_buffer(self, wait: bool = False) -> None:
        """Hand the buffer to the sender thread; at most one chunk is in flight (backpressure)."""
        chunk, self._buffer, self._buffer_bytes = self._buffer, [], 0
        self._wait_inflight()
        if chunk:
            if self.client is None:
                self.spooled += self.spool.write(rec for _, _, rec in chunk)
            else:
                if self._sender is None:
                    self._sender = ThreadPoolExecutor(max_workers=1, thread_name_prefix="onionscope-bulk")
                # the next chunk's documents are built while this one is on the wire
                self._inflight = self._sender.submit(self._send_or_spool, chunk)
        if wait:
            self._wait_inflight()

    def _wait_inflight(self) -> None:
        fut, self._inflight = self._inflight, None
        if fut is not None:
            self.spooled += fut.result()  # re-raises IndexingRejected in the caller's thread

    def _send_or_spool(
        self, chunk: list[tuple[dict[str, Any], dict[str, Any] | None, dict[str, Any]]]
    ) -> int:
        try:
            self._send(chunk)
        except ClusterUnavailable:
            # nothing is lost: the chunk waits in the spool for replay
            return self.spool.write(rec for _, _, rec in chunk)
        return 0

    def _stored(self, ids: list[str]) -> dict[str, dict[str, Any]]:
        """``_mget`` answers (``_source``, ``_seq_no``, ``_primary_term``) of the documents that exist."""
        if not ids:
            return {}
        # the whole _source: the node's source filtering costs twice the transfer (1000 ids: 130 vs 60 ms)
        resp = self._req("POST", f"/{self.n['docs']}/_mget", body={"ids": ids})
        return {d["_id"]: d for d in resp.get("docs", []) if d.get("found")}

    def _doc_ops(self, incoming: dict[str, tuple[dict[str, Any], list[int]]], ids: list[str]) -> list[_Op]:
        """Bulk operations writing ``ids``, each merged into its stored version (read just before).

        A stored document is replaced only if nobody wrote it since it was read (``if_seq_no``),
        a new one only created if still missing: a concurrent writer makes the item fail with 409
        and the caller merges it again, so no capture's values are lost to a race.
        """
        stored = self._stored(ids)
        ops: list[_Op] = []
        for doc_id in ids:
            doc, indices = incoming[doc_id]
            got = stored.get(doc_id)
            if got is None:
                action = {"create": {"_index": self.n["docs"], "_id": doc_id}}
            else:
                src = got.get("_source") or {}
                if src.get("record"):
                    merged = merge_update(src["record"], int(src.get("version") or 0), doc)
                    if merged is None:
                        continue  # nothing new: no write
                    doc = merged
                action = {
                    "index": {
                        "_index": self.n["docs"],
                        "_id": doc_id,
                        "if_seq_no": got["_seq_no"],
                        "if_primary_term": got["_primary_term"],
                    }
                }
            ops.append(([action, cluster_source(doc)], indices, doc_id))
        return ops

    def _send(self, chunk: list[tuple[dict[str, Any], dict[str, Any] | None, dict[str, Any]]]) -> None:
        """Bulk one chunk; retries refused items; raises ClusterUnavailable to spool the chunk.

        Captures of one document within the chunk are merged first (in order), then merged into
        the stored document (:mod:`index.merge`); history points are written as they come.
        """
        incoming: dict[str, tuple[dict[str, Any], list[int]]] = {}
        history: list[_Op] = []
        for i, (doc, point, _) in enumerate(chunk):
            prev = incoming.get(doc["id"])
            if prev is None:
                incoming[doc["id"]] = (doc, [i])
            else:
                incoming[doc["id"]] = (
                    merge_document(prev[0]["record"], prev[0]["version"], doc),
                    [*prev[1], i],
                )
            if point is not None:
                history.append(
                    ([{"index": {"_index": self.n["history"], "_id": point["id"]}}, point], [i], None)
                )
        rejected: list[tuple[int, str]] = []
        docs, others = list(incoming), history
        attempt = 0
        while docs or others:
            try:
                assert self.client is not None
                ops = self._doc_ops(incoming, docs) + others
                if not ops:
                    break  # every document already held what the chunk brings
                resp = self.client.bulk([line for op, _, _ in ops for line in op])
            except ClusterHTTPError as exc:
                if exc.status not in _RETRYABLE:
                    raise
                retry_docs, retry_others = docs, others
            else:
                retry_docs, retry_others = [], []
                for (op, indices, doc_id), item in zip(ops, resp.get("items", []), strict=False):
                    result = next(iter(item.values()))
                    status = result.get("status", 500)
                    if status < 300:
                        continue
                    if doc_id is not None and status in (409, *_RETRYABLE):
                        retry_docs.append(doc_id)  # written meanwhile, or refused: read, merge, write again
                    elif status in _RETRYABLE:
                        retry_others.append((op, indices, doc_id))
                    else:
                        reason = json.dumps(result.get("error"))[:500]
                        rejected += [(i, reason) for i in indices]
            if not retry_docs and not retry_others:
                break
            attempt += 1
            if attempt > self.max_retries:
                # still refused: these records wait in the spool
                raise ClusterUnavailable(f"search cluster {self.url} kept refusing writes (HTTP 429/503/409)")
            time.sleep(self.backoff * 2 ** (attempt - 1))
            docs, others = retry_docs, retry_others
        if rejected:
            self.rejected += len(rejected)
            bad = Spool(self.spool.dir, self.spool.target + "-rejected")
            bad.write({**chunk[i][2], "_rejected": reason} for i, reason in rejected)
            raise IndexingRejected(f"the cluster refused {len(rejected)} record(s); kept in {bad.path}")

    def flush(self) -> None:
        with self._write_lock:
            self._send_buffer(wait=True)
        if self.client is not None:
            # what was sent is durable; if the refresh fails, searches see it after the next one
            with contextlib.suppress(ClusterUnavailable):
                self._req("POST", f"/{self.n['docs']},{self.n['history']}/_refresh")

    def replay(self, source: str | None = None) -> int:
        """Send the spooled records; returns how many. Raises ClusterUnavailable if still down.

        ``source``: the URL of another cluster target whose spool to send here (records spooled
        for a cluster that moved); default this cluster's own spool.
        """
        spool = Spool(self.spool.dir, self._spool_target(source.rstrip("/"))) if source else self.spool
        taken = spool.take()
        if taken is None:
            return 0
        n = 0
        try:
            batch: list[tuple[dict[str, Any], dict[str, Any] | None, dict[str, Any]]] = []
            for rec in spool.read(taken):
                doc, point = to_document(rec)
                batch.append((doc, point, to_json(rec)))
                if len(batch) >= self.chunk_docs:
                    self._send(batch)
                    n, batch = n + len(batch), []
            if batch:
                self._send(batch)
                n += len(batch)
        except (ClusterUnavailable, IndexingRejected):
            spool.give_back(taken)
            raise
        spool.done(taken)
        self._req("POST", f"/{self.n['docs']},{self.n['history']}/_refresh")
        return n

    # -- reading -------------------------------------------------------------------------------
    def search(self, query: Query) -> SearchResult:
        q = query.normalized()
        clauses = parse_text(q.text)
        if q.text and not clauses:
            return SearchResult(hits=[], total=0, facets={f: [] for f in q.facets})
        body = search_body(q, clauses)
        try:
            resp = self._req("POST", f"/{self.n['docs']}/_search", body=body)
        except ClusterHTTPError as exc:
            if exc.status == 400:
                raise BadQuery(f"the cluster cannot run this query: {exc}") from exc
            raise
        raw = resp["hits"]["hits"]
        hits = [
            Hit(
                id=h["_id"],
                type=h["_source"]["type"],
                score=float(h.get("_score") or 0.0),
                record=h["_source"]["record"],
            )
            for h in raw
        ]
        if q.highlight:
            add_highlights(hits, clauses)
        facets = {
            f: [
                (b["key"], b["doc_count"]) for b in resp.get("aggregations", {}).get(f, {}).get("buckets", [])
            ]
            for f in q.facets
        }
        cursor = encode_cursor(raw[-1]["sort"]) if raw and len(raw) == q.size else None
        return SearchResult(
            hits=hits, total=resp["hits"]["total"]["value"], facets=facets, next_cursor=cursor
        )

    def _scan(
        self, index: str, query: dict[str, Any], sort: list[Any], page: int = 1000, source: Any = None
    ) -> Iterator[dict[str, Any]]:
        after = None
        while True:
            body: dict[str, Any] = {"query": query, "sort": sort, "size": page, "track_total_hits": False}
            body["_source"] = source if source is not None else {"excludes": SOURCE_EXCLUDES}
            if after is not None:
                body["search_after"] = after
            raw = self._req("POST", f"/{index}/_search", body=body)["hits"]["hits"]
            for h in raw:
                yield h["_source"]
            if len(raw) < page:
                return
            after = raw[-1]["sort"]

    def _fetch(self, field: str, values: list[str], types: list[str]) -> list[dict[str, Any]]:
        if not values:
            return []
        query = {"bool": {"filter": [{"terms": {field: values}}, {"terms": {"type": types}}]}}
        return list(self._scan(self.n["docs"], query, [{"id": "asc"}]))

    def _history_of(self, ids: list[str]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for i in range(0, len(ids), 1000):
            query = {"terms": {"doc_id": ids[i : i + 1000]}}
            out += self._scan(
                self.n["history"],
                query,
                [{"captured_at": {"order": "asc", "missing": "_first"}}, {"id": "asc"}],
            )
        out.sort(key=lambda p: (p.get("captured_at") or "", p["id"]))
        return out

    def get(self, doc_id: str) -> dict[str, Any] | None:
        docs = self._fetch("id", [doc_id], list(DOC_TYPES))
        return docs[0] if docs else None

    def history(self, doc_id: str) -> list[dict[str, Any]]:
        return self._history_of([doc_id])

    def vendor_view(self, name: str) -> dict[str, Any]:
        return vendor_view(name, self._fetch, self._history_of)

    def graph(self) -> Graph:
        sellers = {
            "bool": {
                "filter": [{"terms": {"type": ["vendor", "listing"]}}, {"exists": {"field": "vendor_key"}}]
            }
        }
        query = {"bool": {"should": [sellers, {"term": {"type": "post"}}], "minimum_should_match": 1}}
        return graph_from_docs(self._scan(self.n["docs"], query, [{"id": "asc"}]))

    def ecosystem(self, kind: str, **params: Any) -> list[dict[str, Any]]:
        p = check_params(kind, params)
        index = self.n["history"] if kind == "category-trends" else self.n["docs"]
        aggs = self._req("POST", f"/{index}/_search", body=ecosystem_body(kind, p))["aggregations"]
        return ecosystem_rows(kind, aggs)

    # -- retention -----------------------------------------------------------------------------
    def records_before(self, scope_id: str, cutoff: str | datetime) -> Iterator[str]:
        iso, _ = iso_ms(cutoff)
        if iso is None:
            raise BadQuery(f"not an ISO 8601 date: {cutoff!r}")
        query = {
            "bool": {"filter": [{"term": {"scope_id": scope_id}}, {"range": {"captured_at": {"lt": iso}}}]}
        }
        docs = [d["id"] for d in self._scan(self.n["docs"], query, [{"id": "asc"}], source=["id"])]
        gone = set(docs)
        points = [
            f"{HISTORY_PREFIX}{p['id']}"
            for p in self._scan(self.n["history"], query, [{"id": "asc"}], source=["id", "doc_id"])
            if p["doc_id"] not in gone
        ]
        return iter(docs + points)

    def erase(self, ids: Iterable[str]) -> int:
        ids = list(dict.fromkeys(ids))
        points = [i[len(HISTORY_PREFIX) :] for i in ids if i.startswith(HISTORY_PREFIX)]
        ids = [i for i in ids if not i.startswith(HISTORY_PREFIX)]
        n = 0
        if points:
            if self.client is None:
                raise ClusterUnavailable(f"search cluster {self.url} is not reachable; nothing was erased")
            resp = self.client.bulk(
                [{"delete": {"_index": self.n["history"], "_id": p}} for p in points],
                params={"refresh": "true"},
            )
            n += sum(1 for item in resp.get("items", []) if item["delete"].get("status") == 200)
        for i in range(0, len(ids), 1000):
            chunk = ids[i : i + 1000]
            assert self.client is not None or not chunk
            if self.client is None:
                raise ClusterUnavailable(f"search cluster {self.url} is not reachable; nothing was erased")
            resp = self.client.bulk(
                [{"delete": {"_index": self.n["docs"], "_id": d}} for d in chunk], params={"refresh": "true"}
            )
            for item in resp.get("items", []):
                status = item["delete"].get("status")
                if status == 200:
                    n += 1
                elif status != 404:
                    raise IndexBackendError(
                        f"the cluster could not erase {item['delete'].get('_id')}: {status}"
                    )
            self._req(
                "POST",
                f"/{self.n['history']}/_delete_by_query",
                body={"query": {"terms": {"doc_id": chunk}}},
                params={"refresh": "true", "conflicts": "proceed"},
            )
        return n

    def count(self, type: str | None = None) -> int:
        body = {"query": {"term": {"type": type}}} if type else None
        return int(self._req("POST", f"/{self.n['docs']}/_count", body=body)["count"])

    def close(self) -> None:
        try:
            with self._write_lock:
                self._send_buffer(wait=True)
        finally:
            if self._sender is not None:
                self._sender.shutdown(wait=True)
                self._sender = None
            if self.client is not None:
                self.client.close()
                self.client = None

    def __enter__(self) -> ClusterBackend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
