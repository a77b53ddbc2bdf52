"""Figures of the lab's simulated dark web: generation, ground truth at scale, server throughput.

    .venv/bin/python benchmarks/lab_sites.py [--scale 100000] [--requests 3000] [--threads 4]

Prints one line per figure. The server load is bounded (a fixed number of requests over
keep-alive connections on 127.0.0.1) and skips the deliberately slow and very large pages.
"""

from __future__ import annotations

import argparse
import http.client
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from lab.sites import World  # noqa: E402
from lab.sites.serve import write_ground_truth  # noqa: E402


def default_world() -> list[dict[str, Any]]:
    start = time.perf_counter()
    world = World(seed=7)
    built = time.perf_counter() - start
    start = time.perf_counter()
    truth = list(world.ground_truth())
    gt = time.perf_counter() - start
    start = time.perf_counter()
    size = sum(len(world.by_onion(str(g["onion"])).handle("GET", str(g["url"])[69:], {}).body) for g in truth)
    rendered = time.perf_counter() - start
    records = sum(len(g["records"]) for g in truth)
    print(f"default world: {len(truth)} pages, {records} records, build {built * 1000:.0f} ms, "
          f"ground truth {gt:.2f} s, render all {rendered:.2f} s ({size / 1e6:.1f} MB)")
    return truth


def scaled(n: int) -> None:
    start = time.perf_counter()
    world = World(seed=7, scale=n)
    built = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        pages = write_ground_truth(world, Path(tmp) / "groundtruth.jsonl")
        took = time.perf_counter() - start
        size = (Path(tmp) / "groundtruth.jsonl").stat().st_size
    print(f"scale {n}: {pages} pages, build {built * 1000:.0f} ms, ground truth written in {took:.1f} s "
          f"({pages / took:.0f} pages/s, {size / 1e6:.0f} MB)")


def load(truth: list[dict[str, Any]], total: int, threads: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.Popen([sys.executable, "-m", "lab.sites.serve", "--seed", "7", "--state-dir", tmp],
                                cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        try:
            assert proc.stdout is not None
            ports = json.loads(proc.stdout.readline())["sites"]
            targets = [(ports[str(g["site"])], str(g["url"])[69:], str(g["onion"])) for g in truth
                       if not g.get("delay") and "large" not in g.get("notes", [])]
            done = [0]
            lock = threading.Lock()

            def worker(offset: int) -> None:
                conns: dict[int, http.client.HTTPConnection] = {}
                for i in range(offset, total, threads):
                    port, path, host = targets[i % len(targets)]
                    conn = conns.setdefault(port, http.client.HTTPConnection("127.0.0.1", port, timeout=30))
                    conn.request("GET", path, headers={"Host": host})
                    conn.getresponse().read()
                    with lock:
                        done[0] += 1
                for c in conns.values():
                    c.close()

            # one warm-up pass fills the render caches, as a crawl's second visit would
            start = time.perf_counter()
            pool = [threading.Thread(target=worker, args=(k,)) for k in range(threads)]
            for t in pool:
                t.start()
            for t in pool:
                t.join()
            took = time.perf_counter() - start
            print(f"server: {done[0]} requests over {threads} keep-alive clients in {took:.1f} s = "
                  f"{done[0] / took:.0f} req/s (client and server on the same 2 shared cores)")
        finally:
            proc.terminate()
            proc.wait(timeout=20)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--threads", type=int, default=4)
    args = parser.parse_args()
    truth = default_world()
    scaled(args.scale)
    load(truth, args.requests, args.threads)


if __name__ == "__main__":
    main()
