"""Crawl benchmark on the private Tor lab: the crawler next to the raw capacity of the same SOCKS ports.

    python benchmarks/bench_crawl.py --scale 10000            # brings a lab up, measures, takes it down
    python benchmarks/bench_crawl.py --lab-state /tmp/lab10k  # uses a running lab (onionscope lab up --scale)

Prints, for each mode, pages/s, CPU seconds per page, requests per page (from the lab's access
logs) and peak RSS:

- ``raw``: many parallel keep-alive ``requests`` sessions (``--streams``, default 32) fetching
  every in-scope ground-truth URL once through the same tor SOCKS ports (socks5h, one SOCKS
  identity per onion as the crawler uses): the capacity of the transport.
- ``crawl``: ``onionscope crawl --no-parse --no-enrich`` (fetch, scope, WARC, link following).
- ``full``: the whole pipeline (fetch, WARC, parse, enrich, index into SQLite).

Every mode runs in its own process so CPU and RSS are its own. The scope is the lab's
(``scopes/lab-demo.yaml``, its 50 requests/s per onion ceiling) with ``--concurrency``
allowed per onion, and the same number of requests in flight in total.
"""

from __future__ import annotations

import argparse
import bisect
import collections
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SCOPE = ROOT / "scopes" / "lab-demo.yaml"


def in_scope_urls(state: dict[str, Any]) -> list[str]:
    """Ground-truth pages of published sites that the lab scope allows (what a crawl must fetch)."""
    from ethics.scope import load_scope

    scope = load_scope(SCOPE)
    out = []
    for line in Path(state["ground_truth"]).read_text().splitlines():
        url = json.loads(line)["url"]
        parts = urlsplit(url)
        target = scope.target(parts.hostname or "")
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        if target is not None and target.path_allowed(path)[0]:
            out.append(url)
    return out


def access_count(state: dict[str, Any], since: str, agent: str) -> int:
    n = 0
    for log in Path(state["access_dir"]).glob("*.jsonl"):
        for line in log.read_text().splitlines():
            e = json.loads(line)
            if e["ts"] >= since and agent in (e.get("user_agent") or ""):
                n += 1
    return n


def _now() -> str:
    import datetime as dt

    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "+00:00"


def raw_mode(state_path: str, streams: int) -> dict[str, Any]:
    """Child process: fetch every in-scope URL once with keep-alive requests sessions."""
    import requests

    from crawler.torpool import SocksEndpoint, StickyChooser

    state = json.loads(Path(state_path).read_text())
    urls = in_scope_urls(state)
    chooser = StickyChooser([SocksEndpoint.parse(c) for c in state["clients"]])
    local = threading.local()
    agent = f"onionscope-bench-raw/{os.getpid()}"

    def fetch(url: str) -> int:
        session = getattr(local, "session", None)
        if session is None:
            session = local.session = requests.Session()
            session.headers["User-Agent"] = agent
        host = urlsplit(url).hostname or ""
        ep = chooser.choose(host)
        proxy = f"socks5h://{host}:bench@{ep.host}:{ep.port}"
        try:
            r = session.get(url, proxies={"http": proxy}, timeout=60, allow_redirects=False)
            return len(r.content)
        except requests.RequestException:
            return -1

    started = time.monotonic()
    with ThreadPoolExecutor(streams) as pool:
        sizes = list(pool.map(fetch, urls))
    elapsed = time.monotonic() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    ok = sum(1 for s in sizes if s >= 0)
    return {
        "mode": "raw",
        "pages": ok,
        "failed": len(sizes) - ok,
        "elapsed_s": round(elapsed, 2),
        "pages_per_s": round(ok / elapsed, 1),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
        "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
        "agent": agent,
    }


def bench_scope(work: Path, concurrency: int) -> Path:
    """The lab scope with the benchmark's per-onion concurrency (a scope may allow up to 64)."""
    text = SCOPE.read_text().replace("id: lab-demo", "id: lab-bench")
    text = text.replace("concurrency: 8}", f"concurrency: {concurrency}}}")
    path = work / "lab-bench.yaml"
    path.write_text(text)
    return path


def biggest_site_pacing(state: dict[str, Any], since: str, agent: str) -> dict[str, Any]:
    """Requests per second the biggest onion got from this run, from its access log.

    ``busy_rps`` counts only the seconds between the first and the last request; ``idle_gaps``
    are pauses longer than 0.2 s (the slot had nothing queued or was held back).
    """
    import datetime as dt

    best: list[float] = []
    for log in Path(state["access_dir"]).glob("*.jsonl"):
        ts = [
            dt.datetime.fromisoformat(e["ts"]).timestamp()
            for e in map(json.loads, log.read_text().splitlines())
            if e["ts"] >= since and agent in (e.get("user_agent") or "")
        ]
        if len(ts) > len(best):
            best = sorted(ts)
    if len(best) < 2:
        return {}
    span = best[-1] - best[0]
    gaps = [b - a for a, b in itertools.pairwise(best) if b - a > 0.2]
    # Busiest one-second window [t, t + 1) (log timestamps have millisecond resolution).
    busiest = max(bisect.bisect_left(best, t + 1.0) - k for k, t in enumerate(best))
    return {
        "requests": len(best),
        "busy_rps": round((len(best) - 1) / span, 1) if span else None,
        "max_in_any_second": busiest,
        "idle_gaps": len(gaps),
        "idle_s": round(sum(gaps), 2),
    }


def crawl_mode(
    state: dict[str, Any], lab_dir: str, full: bool, concurrency: int, work: Path, extra: list[str]
) -> dict[str, Any]:
    work.mkdir(parents=True, exist_ok=True)
    cmd = [
        sys.executable,
        "-m",
        "crawler.run",
        "--scope",
        str(bench_scope(work, concurrency)),
        "--tor",
        "lab",
        "--lab-state",
        lab_dir,
        "--home",
        str(work / "home"),
        "--jobdir",
        str(work / "job"),
        "--json",
        "--set",
        f"CONCURRENT_REQUESTS={concurrency}",
        "--set",
        "LOG_LEVEL=WARNING",
    ]
    for kv in extra:
        cmd += ["--set", kv]
    if full:
        cmd += ["--index", f"sqlite:///{work / 'index.sqlite'}"]
    else:
        cmd += ["--no-parse", "--no-enrich"]
    env = {**os.environ, "ONIONSCOPE_AUDIT_KEY": str(work / "audit.key")}
    since = _now()
    out = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"crawl failed:\n{out.stderr[-3000:]}")
    s = json.loads(out.stdout)
    requests_seen = access_count(state, since, "Firefox/128.0")
    return {
        "mode": "full" if full else "crawl",
        "pages": s["pages_fetched"],
        "elapsed_s": s["elapsed_s"],
        "pages_per_s": s["pages_per_s"],
        "cpu_s": s["cpu_s"],
        "peak_rss_mb": s["peak_rss_mb"],
        "worker_peak_rss_mb": s.get("worker_peak_rss_mb") or 0.0,
        "requests": requests_seen,
        "records": s["records"],
        "denied": s["pages_denied"],
        "tor_streams": s["tor_streams"],
        "biggest_site": biggest_site_pacing(state, since, "Firefox/128.0"),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lab-state", help="running lab directory (else one is brought up)")
    ap.add_argument("--scale", type=int, default=10000)
    ap.add_argument("--clients", type=int, default=2)
    ap.add_argument("--streams", type=int, default=32, help="parallel keep-alive streams of the raw mode")
    ap.add_argument("--concurrency", type=int, default=32, help="crawler concurrency (total and per onion)")
    ap.add_argument("--modes", default="raw,crawl,full")
    ap.add_argument(
        "--crawl-set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="extra Scrapy setting for the crawl modes (e.g. DOWNLOADER=scrapy.core.downloader.Downloader)",
    )
    ap.add_argument("--raw-child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.raw_child:
        print(json.dumps(raw_mode(args.raw_child, args.streams)))
        return 0

    from lab import control

    own_lab = None
    if args.lab_state:
        lab_dir = args.lab_state
    else:
        own_lab = Path(tempfile.mkdtemp(prefix="bench-lab-"))
        print(f"bringing up a lab at --scale {args.scale} in {own_lab} ...", file=sys.stderr)
        control.up(own_lab, scale=args.scale, clients=args.clients, timeout=600)
        lab_dir = str(own_lab)
    try:
        state = control.load_state(lab_dir)
        state_file = str(Path(lab_dir) / control.STATE_FILE)
        n_urls = len(in_scope_urls(state))
        print(
            f"lab: {len(state['sites'])} sites, {n_urls} in-scope pages, "
            f"{len(state['clients'])} tor clients; cpus: {os.cpu_count()}, load {os.getloadavg()[0]:.1f}",
            file=sys.stderr,
        )
        results = []
        work_root = Path(tempfile.mkdtemp(prefix="bench-crawl-"))
        for mode in args.modes.split(","):
            if mode == "raw":
                since = _now()
                out = subprocess.run(
                    [sys.executable, __file__, "--raw-child", state_file, "--streams", str(args.streams)],
                    cwd=ROOT,
                    capture_output=True,
                    text=True,
                    check=True,
                )
                r = json.loads(out.stdout)
                r["requests"] = access_count(state, since, r.pop("agent"))
            else:
                r = crawl_mode(
                    state, lab_dir, mode == "full", args.concurrency, work_root / mode, args.crawl_set
                )
            r["cpu_s_per_page"] = round(r["cpu_s"] / r["pages"], 5) if r["pages"] else None
            r["requests_per_page"] = round(r["requests"] / r["pages"], 3) if r["pages"] else None
            results.append(r)
            print(
                f"{mode:>5}: {r['pages']:6d} pages {r['pages_per_s']:7.1f} pages/s  "
                f"{r['cpu_s_per_page'] or 0:.4f} CPU s/page  {r['requests_per_page']} requests/page  "
                f"peak RSS {r['peak_rss_mb']:.0f} MiB"
                + (
                    f" (+ pipeline worker {r['worker_peak_rss_mb']:.0f} MiB)"
                    if r.get("worker_peak_rss_mb")
                    else ""
                ),
                flush=True,
            )
            if r.get("biggest_site"):
                print(f"       biggest onion: {json.dumps(r['biggest_site'])}", flush=True)
        by = {r["mode"]: r for r in results}
        # The scope's politeness bounds any crawl: each onion gets at most requests_per_second.
        from ethics.scope import load_scope

        rps = load_scope(SCOPE).rate_limits.requests_per_second
        per_site = collections.Counter(urlsplit(u).hostname for u in in_scope_urls(state))
        ceiling = sum(per_site.values()) / (max(per_site.values()) / rps)
        print(
            f"scope ceiling ({rps:g} requests/s per onion, biggest onion {max(per_site.values())} pages): "
            f"{ceiling:.0f} pages/s"
        )
        for mode in ("crawl", "full"):
            if mode in by:
                print(f"{mode} / scope ceiling: {by[mode]['pages_per_s'] / ceiling:.0%}")
        if "raw" in by:
            raw = by["raw"]["pages_per_s"]
            for mode in ("crawl", "full"):
                if mode in by:
                    print(f"{mode} / raw capacity: {by[mode]['pages_per_s'] / raw:.0%}")
        if "full" in by:
            print(f"full pipeline / Ahmia's 36 pages/s: {by['full']['pages_per_s'] / 36:.1f}x")
        print(json.dumps(results, indent=2))
        counts = collections.Counter(r["mode"] for r in results)
        assert all(v == 1 for v in counts.values())
    finally:
        if own_lab is not None:
            control.down(own_lab)
    return 0


if __name__ == "__main__":
    sys.exit(main())
