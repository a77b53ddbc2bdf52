"""The README demo as a library function: the whole pipeline on the private lab, then a summary.

lab up -> crawl under ``scopes/lab-demo.yaml`` (fetch, WARC, parse, enrich, index) -> lab down ->
the ecosystem view from the index (linked vendors, top producers, demand) -> an audited search ->
audit-log verification::

    >>> summary = run_demo(Path(".onionscope/demo"))                  # doctest: +SKIP
    >>> summary["pages_fetched"], summary["actors_linked"], summary["audit_ok"]   # doctest: +SKIP
    (495, 1, True)

``index`` may name a cluster (``http://127.0.0.1:9200``) instead of the default SQLite file.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from lab import control

Log = Callable[[str], None]

#: The scope the demo crawls under: the lab's sites, signed off for training use.
DEMO_SCOPE = Path(__file__).resolve().parent.parent / "scopes" / "lab-demo.yaml"
#: The search the demo runs at the end, as an analyst would.
DEMO_QUERY = "tea"
DEMO_USER = "demo-analyst"
DEMO_WHY = "README demo: show an audited search over the lab crawl"


def iter_records(backend: Any, types: tuple[str, ...] = ("page", "listing", "vendor", "thread", "post",
                                                         "author")) -> Iterator[Any]:
    """Every stored record of ``types``, read back through the search API's cursor."""
    from index import Query
    from parsers.records import from_json

    for doc_type in types:
        cursor = None
        while True:
            result = backend.search(Query(types=[doc_type], size=1000, search_after=cursor, highlight=False))
            for hit in result.hits:
                yield from_json(hit.record)
            cursor = result.next_cursor
            if not cursor or not result.hits:
                break


def run_demo(workdir: Path, *, index: str | None = None, log: Log = lambda _m: None) -> dict[str, Any]:
    """Run the whole pipeline on a fresh lab under ``workdir``; return the demo's counts."""
    from crawler.run import run_crawl
    from enrichment import summary as intelligence
    from ethics.audit import summary as audit_summary
    from ethics.paths import audit_log_path
    from index import Query, open_index
    from onionscope.cli.ethics import record_consultation

    workdir = workdir.resolve()
    lab_dir = workdir / "lab"
    if (lab_dir / control.STATE_FILE).exists():
        control.down(lab_dir)  # left over from an interrupted demo
    for stale in (lab_dir, workdir / "warc", workdir / "audit", workdir / "index.sqlite"):
        if stale.is_dir():
            shutil.rmtree(stale)
        else:
            stale.unlink(missing_ok=True)
    target = index or str(workdir / "index.sqlite")
    started = time.monotonic()

    log("1/5 lab: private Tor network (authority, 5 relays, onion-service host, client) + simulated sites")
    state = control.up(lab_dir, log=lambda m: log("    " + m))
    log(f"    {len(state['sites'])} onion sites up in {state['startup_seconds']} s")
    log(f"2/5 crawl under {DEMO_SCOPE.name}: fetch through Tor, WARC, parse, enrich, index into {target}")
    try:
        crawl = run_crawl(DEMO_SCOPE, "lab", target, home=workdir, lab_state=str(lab_dir),
                          progress=True, overrides={"LOG_LEVEL": "ERROR"})
    finally:
        control.down(lab_dir)
    log(f"    {crawl['pages_fetched']} pages fetched in {crawl['elapsed_s']} s, "
        f"{crawl['pages_denied']} requests denied by the scope ({_fmt(crawl['denied_by_reason'])}), "
        f"{len(crawl['sites_dead'])} site(s) dead, {len(crawl['interstitials'])} interstitial(s) recorded")

    log("3/5 enrich across records: vendor identities, producers, demand")
    backend = open_index(target)
    try:
        records = list(iter_records(backend))
        view = intelligence(records, enriched=True)
        for actor in view["linked_vendors"]:
            aliases = ", ".join(f"{handle}@{market}" for market, handle in actor["aliases"])
            evidence = sorted({e for link in actor["links"] for e in link["evidence"]})
            log(f"    linked vendor {actor['actor_id']}: {aliases}")
            log(f"        evidence: {'; '.join(evidence)[:300]}")
        for producer in view["top_producers"][:5]:
            log(f"    producer {producer['name']}@{producer['site'][:16]}: score {producer['score']:.2f}"
                f" ({'; '.join(producer['reasons'][:2])})")

        log(f"4/5 search: onionscope search {DEMO_QUERY!r} --type listing --why {DEMO_WHY!r}")
        result = backend.search(Query(text=DEMO_QUERY, types=["listing"], facets=["site"], size=5))
        record_consultation("consultation", f"search: {DEMO_QUERY}", user=DEMO_USER, justification=DEMO_WHY,
                            audit_log=audit_log_path(workdir), outcome=f"{result.total} hits",
                            details={"index": backend.engine})
        for hit in result.hits:
            r = hit.record
            price = f"{r.get('price')} {r.get('currency') or ''}"
            log(f"    {r.get('title')!s:<40} {price:<12} {r.get('vendor')!s:<12} {r.get('site', '')[:16]}")
        log(f"    {result.total} listing(s) match")
        counts = {t: backend.count(t) for t in ("listing", "vendor", "thread", "post", "author", "page")}
        engine = backend.engine
    finally:
        backend.close()

    log("5/5 audit log: verify the hash chain and signed checkpoints")
    audit = audit_summary(audit_log_path(workdir))
    log(f"    {audit['audit_entries']} entries, intact: {audit['audit_ok']}  ({audit['audit_log']})")
    return {
        "sites": len(state["sites"]),
        "pages": crawl["pages_fetched"],
        "pages_fetched": crawl["pages_fetched"],
        "pages_denied": crawl["pages_denied"],
        "sites_dead": len(crawl["sites_dead"]),
        "sites_blocked": len(crawl["sites_blocked"]),
        "interstitials": len(crawl["interstitials"]),
        "listings": counts["listing"],
        "vendors": counts["vendor"],
        "threads": counts["thread"],
        "posts": counts["post"],
        "authors": counts["author"],
        "entities": view["entities"],
        "actors_linked": view["actors_linked"],
        "search_hits": result.total,
        "index": engine,
        "warc_files": len(crawl["warc_files"]),
        "audit_log": audit["audit_log"],
        "audit_entries": audit["audit_entries"],
        "audit_ok": audit["audit_ok"],
        "lab_startup_seconds": state["startup_seconds"],
        "crawl_seconds": crawl["elapsed_s"],
        "seconds": round(time.monotonic() - started, 1),
    }


def _fmt(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "none"
