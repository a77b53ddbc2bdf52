"""Figures of the embedded search node: cold build, warm start, RSS, stop.

    .venv/bin/python benchmarks/searchnode.py [--engine opensearch] [--starts 3] [--docs 20000] [--cold]

``--cold`` also times scripts/searchnode-deps.sh against an empty temporary Maven repository (a
fresh machine: every jar downloaded). Each start is a new JVM on a new home; the RSS is read from
/proc after health is yellow and again after bulk-indexing ``--docs`` small documents.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from opensearchpy import OpenSearch, helpers

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lab.searchnode import ensure_built, start

REPO = Path(__file__).resolve().parent.parent


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cold_build(engine: str) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        shutil.copytree(REPO / "lab", root / "lab", ignore=shutil.ignore_patterns("target", "__pycache__"))
        shutil.copytree(REPO / "scripts", root / "scripts")
        began = time.monotonic()
        subprocess.run(
            ["bash", str(root / "scripts/searchnode-deps.sh"), f"-Dmaven.repo.local={root / 'm2'}"],
            check=True,
            env={"SEARCHNODE_ENGINES": engine, "PATH": "/usr/local/bin:/usr/bin:/bin"},
            stdout=subprocess.DEVNULL,
        )
        return time.monotonic() - began


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--engine", default="opensearch")
    parser.add_argument("--starts", type=int, default=3)
    parser.add_argument("--docs", type=int, default=20000)
    parser.add_argument("--cold", action="store_true")
    args = parser.parse_args()

    if args.cold:
        print(f"cold build (empty Maven repo, download + compile): {cold_build(args.engine):.1f} s")
    began = time.monotonic()
    ensure_built(args.engine)
    print(f"build check (already built): {time.monotonic() - began:.2f} s")

    starts, stops, rss_idle = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.starts):
            began = time.monotonic()
            node = start(Path(tmp) / f"n{i}", engine=args.engine, tie_to_parent=True)
            starts.append(time.monotonic() - began)
            assert node.pid is not None
            rss_idle.append(rss_mb(node.pid))
            if i == args.starts - 1 and args.docs:
                client = OpenSearch(node.url, timeout=120)
                docs = (
                    {"_index": "bench", "title": f"listing {n} fresh cards shipping", "price": n % 500}
                    for n in range(args.docs)
                )
                began = time.monotonic()
                helpers.bulk(client, docs, chunk_size=2000, refresh=True)
                took = time.monotonic() - began
                print(f"bulk {args.docs} docs: {took:.1f} s ({args.docs / took:.0f} docs/s)")
                print(f"RSS after indexing: {rss_mb(node.pid):.0f} MB")
            began = time.monotonic()
            node.stop()
            stops.append(time.monotonic() - began)
    print(
        f"{args.engine} warm start to yellow (n={args.starts}): median {statistics.median(starts):.1f} s, "
        f"all {', '.join(f'{s:.1f}' for s in starts)}"
    )
    print(f"RSS right after start: median {statistics.median(rss_idle):.0f} MB")
    print(f"stop (SIGTERM to exit): median {statistics.median(stops):.1f} s")


if __name__ == "__main__":
    main()
