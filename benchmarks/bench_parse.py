"""Pages/s per core: parsers.parse_page against a bare lxml.html.fromstring on the same pages.

.venv/bin/python benchmarks/bench_parse.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import contextlib
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html

from parsers import parse_page

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "realpages"


def _pages() -> dict[str, list[bytes]]:
    sets: dict[str, list[bytes]] = {}
    try:
        from lab.sites import World

        world = World(seed=7)
        lab = []
        for truth in world.ground_truth():
            site = world.site(truth["site"])
            lab.append(site.handle("GET", truth["url"][len(site.base_url) :] or "/", {}).body)
        sets["lab"] = lab
    except ImportError:
        pass
    if REAL.is_dir():
        sets["realpages"] = [
            p.read_bytes()
            for p in sorted(REAL.rglob("*"))
            if p.is_file() and p.suffix not in (".md", ".tsv") and "expected_values" not in str(p)
        ]
    return sets


def _rate(fn: Callable[[bytes], object], pages: list[bytes], rounds: int) -> float:
    best = 0.0
    for _ in range(rounds):
        start = time.process_time()
        for body in pages:
            with contextlib.suppress(Exception):  # bare lxml refuses some bodies; parse_page never raises
                fn(body)
        elapsed = time.process_time() - start
        best = max(best, len(pages) / elapsed if elapsed else 0.0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3, help="repeat each measurement, keep the best")
    args = ap.parse_args()
    print("CPU time of one process (pages/s per core); best of --rounds")
    print(f"{'set':10s} {'pages':>6s} {'avg KB':>7s} {'lxml p/s':>9s} {'parse_page p/s':>15s}", end=" ")
    print(f"{'ms/page':>8s} {'ratio':>6s}")
    for name, pages in _pages().items():
        bare = _rate(lxml.html.fromstring, pages, args.rounds)
        full = _rate(lambda b: parse_page(b, captured_at="2026-11-20T12:00:00Z"), pages, args.rounds)
        kb = sum(len(p) for p in pages) / len(pages) / 1024
        ms, ratio = 1000 / full, full / bare
        print(f"{name:10s} {len(pages):6d} {kb:7.1f} {bare:9.1f} {full:15.1f} {ms:8.2f} {ratio:6.3f}")


if __name__ == "__main__":
    main()
