"""Run a crawl in-process: scope + tor mode + index target in, a summary dict out.

    summary = run_crawl("scopes/lab-demo.yaml", tor="lab", index="sqlite:///tmp/i.sqlite")
    summary["pages_fetched"], summary["pages_denied"], summary["sites_dead"], summary["sites_blocked"]

What ``onionscope crawl`` and ``onionscope demo`` call. Scrapy's reactor runs once per process,
so call it once per process (tests and the benchmark run it in a subprocess:
``python -m crawler.run --scope FILE --tor lab --json``). SIGINT/SIGTERM stop the crawl cleanly
(in-flight requests finish, WARC and frontier are closed); with ``jobdir`` the next run resumes.

Summary keys: ``scope_id``, ``pages_fetched`` (fresh responses archived), ``pages_replayed``
(served from WARC on resume), ``pages_denied`` (refused by the scope), ``pages_skipped``
(dead/down/blocked sites), ``sites_dead``, ``sites_down``, ``sites_blocked`` (sites where an
interstitial stopped the crawler), ``interstitials`` (site, url, kind, reason), ``records`` (count
per record type), ``warc_files``, ``errors`` (count per error class), ``denied_by_reason``,
``tor`` (pool status), ``elapsed_s``, ``pages_per_s``, ``cpu_s``, ``cpu_s_per_page``,
``peak_rss_mb`` (this process) and ``worker_peak_rss_mb`` (pipeline worker), ``finish_reason``,
``jobdir``. CPU counts this process and its pipeline worker.
"""

from __future__ import annotations

import argparse
import json
import logging
import resource
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from scrapy.settings import Settings

from crawler.errors import CrawlConfigError
from crawler.tls import context_from_settings
from crawler.torpool import SocksEndpoint, check_pool, resolve_tor
from ethics.scope import Scope, open_scope

#: Enrichment pipelines, in order (crawler does not import them itself: they are named here).
ENRICHMENT_PIPELINES = {
    "enrichment.normalise.NormalisePipeline": 300,
    "enrichment.language.LanguagePipeline": 310,
    "enrichment.filetype.FileTypePipeline": 320,
    "enrichment.entities.EntityPipeline": 330,
}
INDEX_PIPELINE = "onionscope.pipeline.IndexPipeline"
PSEUDONYMISE_PIPELINE = "crawler.pseudonymise.PseudonymisePipeline"
WORKER_PIPELINE = "onionscope.pipeline.WorkerPipeline"


def build_settings(
    scope: str | Path,
    tor: str | list[str] = "lab",
    *,
    index: str | None = None,
    jobdir: str | Path | None = None,
    home: str | Path | None = None,
    lab_state: str | None = None,
    enrich: bool = True,
    parse: bool = True,
    progress: bool = False,
    overrides: dict[str, Any] | None = None,
) -> tuple[Settings, Scope, list[SocksEndpoint]]:
    """Scrapy settings of a crawl: crawler defaults, the scope's limits, tor pool, pipelines."""
    loaded = open_scope(scope)  # ScopeError / ScopeNotInForce before anything else happens
    endpoints = resolve_tor(tor, lab_state)
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    rl = loaded.rate_limits
    # Before anything leaves the crawler; disables itself unless the scope asks for pseudonyms.
    pipelines: dict[str, int] = {PSEUDONYMISE_PIPELINE: 100}
    stages = list(ENRICHMENT_PIPELINES) if parse and enrich else []
    worker = (overrides or {}).get("PIPELINE_WORKER", True)
    if worker and (stages or index):
        # Enrichment and index in a worker process: another core for the heaviest stages.
        pipelines[WORKER_PIPELINE] = 900
    else:
        pipelines.update({k: ENRICHMENT_PIPELINES[k] for k in stages})
        if index:
            pipelines[INDEX_PIPELINE] = 900
    values: dict[str, Any] = {
        "SCOPE_FILE": str(scope),
        "TOR_SOCKS_ENDPOINTS": [f"{e.host}:{e.port}" for e in endpoints],
        "TOR_CONTROL_ENDPOINTS": [e.as_setting() for e in endpoints],
        # The scope's politeness is the ceiling: delay from requests_per_second, concurrency per onion.
        "DOWNLOAD_DELAY": 1.0 / rl.requests_per_second,
        "DOWNLOAD_DELAY_JITTER": 0,
        "CONCURRENT_REQUESTS_PER_DOMAIN": rl.concurrency,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": float(rl.concurrency),
        "INDEX_TARGET": index,
        "ITEM_PIPELINES": pipelines,
        "PIPELINE_WORKER_STAGES": stages,
        "CRAWL_PARSE": parse,
        "PROGRESS_ENABLED": progress,
    }
    if jobdir:
        values["JOBDIR"] = str(jobdir)
    if home:
        values["ONIONSCOPE_HOME"] = str(home)
    settings.setdict(values, priority="cmdline")
    if overrides:
        settings.setdict(overrides, priority="cmdline")
    context_from_settings(settings)  # a bad TOR_TLS_CA_FILE stops here, not in every request
    return settings, loaded, endpoints


def run_crawl(
    scope: str | Path,
    tor: str | list[str] = "lab",
    index: str | None = None,
    *,
    jobdir: str | Path | None = None,
    home: str | Path | None = None,
    lab_state: str | None = None,
    enrich: bool = True,
    parse: bool = True,
    progress: bool = False,
    wait_bootstrap: float = 120.0,
    overrides: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Crawl under ``scope`` through ``tor`` into ``index``; return the summary (module docstring)."""
    from scrapy import signals as scrapy_signals
    from scrapy.crawler import CrawlerProcess

    from crawler.context import CrawlContext
    from crawler.spiders.onion import OnionSpider

    settings, loaded, endpoints = build_settings(
        scope,
        tor,
        index=index,
        jobdir=jobdir,
        home=home,
        lab_state=lab_state,
        enrich=enrich,
        parse=parse,
        progress=progress,
        overrides=overrides,
    )
    tor_status = check_pool(endpoints, timeout=wait_bootstrap) if wait_bootstrap else []
    process = CrawlerProcess(settings)
    # Scrapy filters by level in its handler only; without this every "Crawled (200)" debug line
    # is still built as a LogRecord and thrown away.
    logging.getLogger("scrapy").setLevel(settings.get("LOG_LEVEL", "INFO"))
    crawler = process.create_crawler(OnionSpider)
    records: Counter[str] = Counter()
    final_stats: dict[str, Any] = {}

    def _item(item: Any) -> None:
        records[getattr(item, "kind", type(item).__name__.lower())] += 1

    def _closed(reason: str) -> None:
        final_stats.update(crawler.stats.get_stats() if crawler.stats else {})
        final_stats["finish_reason"] = reason

    crawler.signals.connect(_item, signal=scrapy_signals.item_scraped)
    crawler.signals.connect(_closed, signal=scrapy_signals.spider_closed)
    started = time.monotonic()
    process.crawl(crawler)
    process.start()
    elapsed = time.monotonic() - started
    ctx = CrawlContext.of(crawler)
    try:
        summary = summarise(ctx, final_stats, records, elapsed, loaded)
    finally:
        ctx.close()
    summary["tor"] = tor_status
    summary["jobdir"] = str(jobdir) if jobdir else None
    usage = resource.getrusage(resource.RUSAGE_SELF)
    # The pipeline worker process (enrichment, index) has exited and been waited for by now.
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = usage.ru_utime + usage.ru_stime + children.ru_utime + children.ru_stime
    summary["cpu_s"] = round(cpu, 2)
    summary["cpu_s_per_page"] = round(cpu / summary["pages_fetched"], 5) if summary["pages_fetched"] else None
    summary["peak_rss_mb"] = round(usage.ru_maxrss / 1024, 1)  # Linux reports KiB
    uses_worker = WORKER_PIPELINE in settings.getdict("ITEM_PIPELINES")
    summary["worker_peak_rss_mb"] = round(children.ru_maxrss / 1024, 1) if uses_worker else None
    return summary


def summarise(
    ctx: Any, stats: dict[str, Any], records: Counter[str], elapsed: float, scope: Scope
) -> dict[str, Any]:
    """The summary dict of a finished crawl from its stats and shared context."""
    fetched = int(stats.get("warc/records", 0)) + int(stats.get("warc/metadata", 0))
    targets = {t.onion for t in scope.targets}
    sites = ctx.liveness.sites()
    relevant = [s for s in sites if s["onion"] in targets or s["onion"] in ctx.policy.new_onions]
    # Failed attempts by class: the handler counts each tor failure, the spider each request that
    # finally failed (the same failure again for tor classes, so the larger count, not the sum).
    errors = {k.split("/", 2)[2]: v for k, v in stats.items() if k.startswith("tor/error_count/")}
    for k, v in stats.items():
        if k.startswith("crawler/error/"):
            errors[k.split("/", 2)[2]] = max(errors.get(k.split("/", 2)[2], 0), v)
    blocked_sites = sorted({i["site"] for i in ctx.interstitials})
    return {
        "scope_id": scope.id,
        "pages_fetched": fetched,
        "pages_replayed": int(stats.get("warc/replayed", 0)),
        "pages_denied": int(stats.get("ethics/denied", 0)),
        "pages_skipped": sum(v for k, v in stats.items() if k.startswith("liveness/skipped/")),
        "pages_duplicate_content": int(stats.get("crawler/dedup/content", 0)),
        "sites_dead": sorted(s["onion"] for s in relevant if s["state"] == "dead"),
        "sites_down": sorted(s["onion"] for s in relevant if s["state"] == "down"),
        "sites_blocked": blocked_sites,
        "interstitials": ctx.interstitials,
        "records": dict(sorted(records.items())),
        "warc_files": list(ctx.warc_files),
        "errors": errors,
        "denied_by_reason": {
            k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("ethics/blocked/")
        },
        "requests": int(stats.get("downloader/request_count", 0)),
        "tor_streams": {
            "opened": int(stats.get("tor/streams/opened", 0)),
            "reused": int(stats.get("tor/streams/reused", 0)),
        },
        "resume": {k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("frontier/resume/")},
        "revisits": {k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("crawler/revisit/")},
        "elapsed_s": round(elapsed, 2),
        "pages_per_s": round(fetched / elapsed, 2) if elapsed > 0 else 0.0,
        "finish_reason": stats.get("finish_reason"),
        "fatal": ctx.fatal,
    }


def parse_overrides(items: list[str] | tuple[str, ...]) -> dict[str, Any]:
    """``NAME=VALUE`` setting overrides; a value is JSON when it parses as JSON, else a string.

    >>> parse_overrides(["DOWNLOAD_DELAY=0.5", "LOG_LEVEL=ERROR"])
    {'DOWNLOAD_DELAY': 0.5, 'LOG_LEVEL': 'ERROR'}
    """
    overrides: dict[str, Any] = {}
    for item in items:
        name, _, value = item.partition("=")
        try:
            overrides[name] = json.loads(value)
        except ValueError:
            overrides[name] = value
    return overrides


def main(argv: list[str] | None = None) -> int:
    """``python -m crawler.run``: the same crawl as ``onionscope crawl``, for subprocesses."""
    ap = argparse.ArgumentParser(prog="python -m crawler.run")
    ap.add_argument("--scope", required=True)
    ap.add_argument("--tor", action="append", default=None)
    ap.add_argument("--index")
    ap.add_argument("--jobdir")
    ap.add_argument("--home")
    ap.add_argument("--lab-state")
    ap.add_argument("--no-parse", action="store_true")
    ap.add_argument("--no-enrich", action="store_true")
    ap.add_argument("--progress", action="store_true")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    overrides = parse_overrides(args.set)
    try:
        summary = run_crawl(
            args.scope,
            args.tor or ["lab"],
            args.index,
            jobdir=args.jobdir,
            home=args.home,
            lab_state=args.lab_state,
            parse=not args.no_parse,
            enrich=not args.no_enrich,
            progress=args.progress,
            overrides=overrides,
        )
    except CrawlConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(summary, indent=2, default=str))
    if summary.get("fatal"):
        print(f"error: {summary['fatal']}: the crawl stopped", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
