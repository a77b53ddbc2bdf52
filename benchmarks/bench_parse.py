"""Pages/s per core: parsers.parse_page against a bare lxml.html.fromstring on the same pages.

.venv/bin/python benchmarks/bench_parse.py [--rounds 5] [--by-type] [--selectors-only]

Next to the whole ``parse_page`` it prints its floor: what every page costs before any
classification or extraction (the parse into a tree with block boundaries marked, the page's
text lines, its links and its SHA-256), and with ``--by-type`` the time per page type.

``--selectors-only`` measures a ceiling for any extractor written in Python over lxml: on the
pages a site profile matches, only ``load`` and the profile's own selectors and transforms (no
classification, no generic extraction, fewer fields than ``parse_page`` fills), against a bare
parse of the same pages.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import lxml.html

from parsers import parse_page
from parsers.dom import load

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


def _once(fn: Callable[[bytes], object], pages: list[bytes]) -> float:
    start = time.process_time()
    for body in pages:
        with contextlib.suppress(Exception):  # bare lxml refuses some bodies; parse_page never raises
            fn(body)
    elapsed = time.process_time() - start
    return len(pages) / elapsed if elapsed else 0.0


def _rates(fns: list[Callable[[bytes], object]], pages: list[bytes], rounds: int) -> list[float]:
    """The best pages/s of each function over ``rounds``, the functions taking turns in each round:
    a slow spell of the machine then hits all of them, not the one measured during it."""
    best = [0.0] * len(fns)
    for _ in range(rounds):
        for i, fn in enumerate(fns):
            best[i] = max(best[i], _once(fn, pages))
    return best


def _floor(body: bytes) -> None:
    doc = load(body)
    _ = doc.text, doc.links
    hashlib.sha256(body).hexdigest()


def _by_type(pages: list[bytes]) -> None:
    spent: Counter[str] = Counter()
    count: Counter[str] = Counter()
    for body in pages:
        start = time.process_time()
        kind = parse_page(body, captured_at="2026-11-20T12:00:00Z").page.page_type
        spent[kind] += time.process_time() - start
        count[kind] += 1
    total = sum(spent.values()) or 1.0
    for kind, secs in spent.most_common():
        print(f"    {kind:16s} {count[kind]:5d} pages {1000 * secs / count[kind]:8.2f} ms/page "
              f"{100 * secs / total:5.1f}% of the time")


def _selectors_only(pages: list[bytes], rounds: int) -> None:
    from parsers import profiles

    matched = [(body, prof) for body in pages if (prof := profiles.match(None, body)) is not None]
    if not matched:
        return
    bodies = [body for body, _ in matched]
    by_body = {id(body): prof for body, prof in matched}
    bare, ceiling, full = _rates(
        [lxml.html.fromstring, lambda b: by_body[id(b)].apply(load(b)),
         lambda b: parse_page(b, captured_at="2026-11-20T12:00:00Z")],
        bodies, rounds,
    )
    print(f"    selectors only, {len(bodies)} pages a profile matches: lxml {bare:.1f} p/s, "
          f"load + profile selectors {ceiling:.1f} p/s (ratio {ceiling / bare:.3f}), "
          f"parse_page {full:.1f} p/s (ratio {full / bare:.3f})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5, help="repeat each measurement, keep the best")
    ap.add_argument("--by-type", action="store_true", help="also print the time per page type")
    ap.add_argument("--selectors-only", action="store_true",
                    help="also print the ceiling of selector-only extraction on profiled pages")
    args = ap.parse_args()
    print("CPU time of one process (pages/s per core); best of --rounds")
    print(f"{'set':10s} {'pages':>6s} {'avg KB':>7s} {'lxml p/s':>9s} {'parse_page p/s':>15s}", end=" ")
    print(f"{'ms/page':>8s} {'ratio':>6s} {'floor p/s':>10s} {'floor ratio':>12s}")
    for name, pages in _pages().items():
        bare, full, floor = _rates(
            [lxml.html.fromstring, lambda b: parse_page(b, captured_at="2026-11-20T12:00:00Z"), _floor],
            pages, args.rounds,
        )
        kb = sum(len(p) for p in pages) / len(pages) / 1024
        ms, ratio = 1000 / full, full / bare
        print(f"{name:10s} {len(pages):6d} {kb:7.1f} {bare:9.1f} {full:15.1f} {ms:8.2f}", end=" ")
        print(f"{ratio:6.3f} {floor:10.1f} {floor / bare:12.3f}")
        if args.by_type:
            _by_type(pages)
        if args.selectors_only:
            _selectors_only(pages, args.rounds)


if __name__ == "__main__":
    main()
