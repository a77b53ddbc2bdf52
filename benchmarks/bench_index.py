"""Benchmark of the index: bulk indexing docs/s and search latency, SQLite and the cluster.

    .venv/bin/python benchmarks/bench_index.py                       # 10^5 docs; starts a lab node
    .venv/bin/python benchmarks/bench_index.py --url http://127.0.0.1:9200 --docs 100000
    .venv/bin/python benchmarks/bench_index.py --no-cluster --docs 20000

Prints, for the same synthetic records (markets, vendors, multilingual listings with history,
forum threads and posts; see tests/test_index_parity.py):

* bulk docs/s into SQLite (``SQLiteBackend.add`` + ``flush``: record -> document, FTS5, history);
* bulk docs/s into the cluster (``ClusterBackend.add`` + ``flush``: record -> document, ``_bulk``
  in chunks of 1000 with retries, refresh), next to raw ``_bulk`` requests of the very same
  documents sent with ``requests`` (documents pre-built, same chunking, same index template):
  the difference is what the backend's own Python work costs;
* search latency p50/p95 (ms) of a fixed query mix over the whole corpus, per backend.

Without ``--url`` a node is started with ``lab.searchnode`` in a temporary home and stopped at
the end. Everything talks to 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402

from index import ClusterBackend, SQLiteBackend  # noqa: E402
from index.base import Query  # noqa: E402
from index.docs import to_document  # noqa: E402
from index.mapping import cluster_source, docs_template, history_template, names  # noqa: E402
from tests.test_index_parity import synthetic  # noqa: E402

QUERY_MIX: list[Query] = [
    Query(text="green tea"),
    Query(text="tea", facets=["site", "category", "vendor"]),
    Query(text="saffron"),
    Query(text='"black tea"'),
    Query(text="sa*"),
    Query(text="grüner tee"),
    Query(text="thé -vert"),
    Query(text="quality", types=["listing"], sort="price"),
    Query(price_min=10, price_max=50, sort="price"),
    Query(category="spices", lang="en", facets=["site"]),
    Query(vendor="vendor0003", sort="date"),
    Query(date_from="2026-02-01", date_to="2026-02-28", types=["listing"]),
    Query(text="escrow", page=5),
    Query(currency="BTC", price_max=0.002),
    Query(types=["post"], text="чай"),
]


def records(n: int) -> list[Any]:
    """``n`` records, nearly all distinct documents (one capture each: listings, vendors, threads, posts)."""
    out = synthetic(int(n / 1.2) + 10, captures=1)
    return out[:n]


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def latency(backend: Any, rounds: int) -> tuple[float, float, int]:
    for q in QUERY_MIX:  # warm caches once
        backend.search(q)
    times = []
    for _ in range(rounds):
        for q in QUERY_MIX:
            t = time.perf_counter()
            backend.search(q)
            times.append((time.perf_counter() - t) * 1000)
    return pct(times, 0.5), pct(times, 0.95), len(times)


def bench_sqlite(recs: list[Any], rounds: int, tmp: Path) -> dict[str, Any]:
    db = SQLiteBackend(tmp / "bench.sqlite")
    t = time.perf_counter()
    db.add(recs)
    db.flush()
    secs = time.perf_counter() - t
    p50, p95, n = latency(db, rounds)
    out = {
        "docs": db.count(),
        "records": len(recs),
        "bulk_docs_per_s": len(recs) / secs,
        "seconds": secs,
        "search_p50_ms": p50,
        "search_p95_ms": p95,
        "searches": n,
        "file_mb": (tmp / "bench.sqlite").stat().st_size / 1e6,
    }
    db.close()
    return out


def raw_bulk(url: str, recs: list[Any], chunk: int = 1000) -> dict[str, Any]:
    """The same documents and history points as ClusterBackend sends, through plain requests."""
    prefix = f"bench-raw-{uuid.uuid4().hex[:8]}-"
    n = names(prefix)
    s = requests.Session()
    s.trust_env = False
    s.put(f"{url}/_index_template/{n['docs_template']}", json=docs_template(prefix)).raise_for_status()
    s.put(f"{url}/_index_template/{n['history_template']}", json=history_template(prefix)).raise_for_status()
    s.put(f"{url}/{n['docs_index']}").raise_for_status()
    s.put(f"{url}/{n['history_index']}").raise_for_status()
    bodies = []
    for i in range(0, len(recs), chunk):
        lines = []
        for rec in recs[i : i + chunk]:
            doc, point = to_document(rec)
            lines.append(
                {
                    "index": {
                        "_index": n["docs"],
                        "_id": doc["id"],
                        "version": doc["version"],
                        "version_type": "external_gte",
                    }
                }
            )
            lines.append(cluster_source(doc))
            if point is not None:
                lines += [{"index": {"_index": n["history"], "_id": point["id"]}}, point]
        bodies.append(
            "".join(json.dumps(x, ensure_ascii=False, separators=(",", ":")) + "\n" for x in lines).encode()
        )
    t = time.perf_counter()
    for body in bodies:
        r = s.post(f"{url}/_bulk", data=body, headers={"content-type": "application/x-ndjson"})
        r.raise_for_status()
        if r.json().get("errors"):
            bad = [i for i in r.json()["items"] if next(iter(i.values()))["status"] not in (200, 201, 409)]
            if bad:
                raise SystemExit(f"raw _bulk refused documents: {bad[0]}")
    s.post(f"{url}/{n['docs']},{n['history']}/_refresh").raise_for_status()
    secs = time.perf_counter() - t
    count = s.get(f"{url}/{n['docs']}/_count").json()["count"]
    for path in (
        n["docs_index"],
        n["history_index"],
        f"_index_template/{n['docs_template']}",
        f"_index_template/{n['history_template']}",
    ):
        s.delete(f"{url}/{path}")
    return {
        "docs": count,
        "bulk_docs_per_s": len(recs) / secs,
        "seconds": secs,
        "bytes_mb": sum(len(b) for b in bodies) / 1e6,
    }


def bench_cluster(url: str, recs: list[Any], rounds: int, tmp: Path) -> dict[str, Any]:
    from index.client import detect, probe

    engine, version = detect(probe(url))
    idx = ClusterBackend(
        url, engine, version=version, spool_dir=tmp / "spool", prefix=f"bench-{uuid.uuid4().hex[:8]}-"
    )
    try:
        t = time.perf_counter()
        idx.add(recs)
        idx.flush()
        secs = time.perf_counter() - t
        p50, p95, n = latency(idx, rounds)
        out = {
            "engine": f"{engine} {version}",
            "docs": idx.count(),
            "records": len(recs),
            "bulk_docs_per_s": len(recs) / secs,
            "seconds": secs,
            "spooled": idx.spooled,
            "search_p50_ms": p50,
            "search_p95_ms": p95,
            "searches": n,
        }
    finally:
        idx.drop()
        idx.close()
    out["raw_bulk"] = raw_bulk(url, recs)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--url", help="Cluster URL (default: start a lab.searchnode node)")
    ap.add_argument("--no-cluster", action="store_true")
    ap.add_argument("--rounds", type=int, default=10, help="Passes over the query mix for latency")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    recs = records(args.docs)
    result: dict[str, Any] = {"records": len(recs)}
    with tempfile.TemporaryDirectory(prefix="bench-index-") as d:
        tmp = Path(d)
        result["sqlite"] = bench_sqlite(recs, args.rounds, tmp)
        if not args.no_cluster:
            node = None
            url = args.url
            if not url:
                from lab.searchnode import start

                node = start(tmp / "node")
                url = node.url
            try:
                result["cluster"] = bench_cluster(url.rstrip("/"), recs, args.rounds, tmp)
            finally:
                if node is not None:
                    node.stop()
    if args.json:
        print(json.dumps(result, indent=2))
        return
    s = result["sqlite"]
    print(f"records: {len(recs)}  (distinct documents: {s['docs']})")
    print(
        f"bulk  sqlite                 {s['bulk_docs_per_s']:8.0f} docs/s  ({s['seconds']:.1f} s, "
        f"file {s['file_mb']:.0f} MB)"
    )
    if "cluster" in result:
        c = result["cluster"]
        print(
            f"bulk  cluster (backend)      {c['bulk_docs_per_s']:8.0f} docs/s  ({c['seconds']:.1f} s, "
            f"{c['engine']}, spooled {c['spooled']})"
        )
        r = c["raw_bulk"]
        print(
            f"bulk  cluster (raw _bulk)    {r['bulk_docs_per_s']:8.0f} docs/s  ({r['seconds']:.1f} s, "
            f"{r['bytes_mb']:.0f} MB of NDJSON)"
        )
    print(
        f"search sqlite   p50 {s['search_p50_ms']:7.1f} ms  p95 {s['search_p95_ms']:7.1f} ms  "
        f"({s['searches']} searches over {s['docs']} docs)"
    )
    if "cluster" in result:
        c = result["cluster"]
        print(
            f"search cluster  p50 {c['search_p50_ms']:7.1f} ms  p95 {c['search_p95_ms']:7.1f} ms  "
            f"({c['searches']} searches over {c['docs']} docs)"
        )


if __name__ == "__main__":
    main()
