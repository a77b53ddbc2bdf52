"""``onionscope crawl`` and ``onionscope sites``: crawl under a scope; per-onion liveness.

onionscope crawl --scope scopes/lab-demo.yaml --tor lab --index sqlite:///tmp/i.sqlite
onionscope crawl --scope my.yaml --tor socks5://127.0.0.1:9050,control=127.0.0.1:9051 --jobdir job1
onionscope sites --json
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

import click

from crawler.errors import CrawlerError
from onionscope.cli.app import main


def _fail(exc: Exception) -> click.ClickException:
    return click.ClickException(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)


@main.command()
@click.option(
    "--scope",
    "scope_file",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Signed scope file (YAML) the crawl runs under.",
)
@click.option(
    "--tor",
    "tor",
    multiple=True,
    default=("lab",),
    show_default=True,
    help="`lab` (the running lab's state file) or socks5://HOST:PORT[,control=HOST:PORT]; "
    "repeat for a pool of tor clients.",
)
@click.option("--lab-state", default=None, help="Lab state file or directory (with --tor lab).")
@click.option("--index", "index_target", default=None, help="Index target (path, sqlite:///..., http://...).")
@click.option(
    "--jobdir",
    default=None,
    type=click.Path(file_okay=False, path_type=Path),
    help="Job directory: frontier, WARC files; a second run with it resumes.",
)
@click.option(
    "--home",
    default=None,
    type=click.Path(file_okay=False, path_type=Path),
    help="Data directory (default $ONIONSCOPE_HOME or ./.onionscope).",
)
@click.option("--no-parse", is_flag=True, help="Crawl only: follow links without parsing records.")
@click.option("--no-enrich", is_flag=True, help="Skip the enrichment pipelines.")
@click.option("--progress", is_flag=True, help="Print a progress line every few seconds.")
@click.option("-v", "--verbose", is_flag=True,
              help="Scrapy's INFO log on stderr (settings, components, periodic stats); "
                   "default: warnings and errors only.")
@click.option("--set", "sets", multiple=True, metavar="NAME=VALUE", help="Override a crawler setting.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def crawl(
    scope_file: Path,
    tor: tuple[str, ...],
    lab_state: str | None,
    index_target: str | None,
    jobdir: Path | None,
    home: Path | None,
    no_parse: bool,
    no_enrich: bool,
    progress: bool,
    verbose: bool,
    sets: tuple[str, ...],
    as_json: bool,
) -> None:
    """Crawl the onion sites of a scope through Tor, into WARC files and the index."""
    from crawler import settings as defaults
    from crawler.run import parse_overrides, run_crawl
    from ethics.errors import EthicsError

    if not scope_file.exists():
        raise click.ClickException(f"scope file {scope_file} does not exist")
    for item in sets:
        name, sep, _ = item.partition("=")
        if not sep or not name.isupper():
            raise click.ClickException(
                f"--set wants NAME=VALUE with an upper-case setting name, got {item!r}"
            )
        if not hasattr(defaults, name):
            raise click.ClickException(f"unknown crawler setting {name} (see crawler/settings.py)")
    overrides = parse_overrides(sets)
    overrides.setdefault("LOG_LEVEL", "INFO" if verbose else "WARNING")  # --set LOG_LEVEL=... wins
    try:
        summary = run_crawl(
            scope_file,
            list(tor),
            index_target,
            jobdir=jobdir,
            home=home,
            lab_state=lab_state,
            parse=not no_parse,
            enrich=not no_enrich,
            progress=progress,
            overrides=overrides,
        )
    except (CrawlerError, EthicsError) as exc:
        raise _fail(exc) from exc
    if as_json:
        click.echo(json.dumps(summary, indent=2, default=str))
        if summary.get("fatal"):
            raise SystemExit(1)
        return
    for line in summary_lines(summary, jobdir):
        click.echo(line)
    if summary.get("fatal"):
        raise click.ClickException(f"{summary['fatal']}: the crawl stopped; make room, then run the same "
                                   "command again" + (f" (same --jobdir {jobdir})" if jobdir else ""))


def summary_lines(summary: dict[str, Any], jobdir: Path | None = None) -> list[str]:
    """The crawl summary (:func:`crawler.run.run_crawl`) as the lines ``onionscope crawl`` prints."""
    lines = [
        f"scope {summary['scope_id']}: {summary['pages_fetched']} pages fetched "
        f"({summary['pages_per_s']} pages/s), {summary['pages_denied']} denied by scope, "
        f"{summary['pages_replayed']} replayed from WARC"
    ]
    resumed = summary.get("resume") or {}
    if resumed.get("pages_admitted_before"):
        lines.append(
            f"resumed from {jobdir}: {resumed['pages_admitted_before']} pages admitted before the stop "
            f"(they count toward the scope's limits), {resumed.get('requeued', 0)} unanswered requests "
            f"queued again, {resumed.get('replayed', 0)} pages re-read from WARC for the index"
        )
    lines.append("records: " + (", ".join(f"{k} {v}" for k, v in summary["records"].items()) or "none"))
    lines.append(f"dead sites: {', '.join(summary['sites_dead']) or 'none'}")
    by_site: dict[str, Counter[str]] = {}
    for wall in summary["interstitials"]:
        by_site.setdefault(wall["site"], Counter())[wall["reason"]] += 1
    for site, reasons in sorted(by_site.items()):
        lines.append(f"interstitials on {site}: " + ", ".join(f"{r} {n}" for r, n in sorted(reasons.items())))
    if summary["errors"]:
        lines.append("errors: " + ", ".join(f"{k} {v}" for k, v in summary["errors"].items()))
    lines.append(f"WARC: {', '.join(summary['warc_files']) or 'none'}")
    why = {"shutdown": "signal", "storage_error": "data could not be written"}
    if summary.get("finish_reason") in why:
        lines.append(f"stopped before the end ({why[summary['finish_reason']]}): " + (
            f"run the same command again (same --jobdir {jobdir}) to go on where it stopped"
            if jobdir else "without --jobdir, a new run starts from the beginning"))
    return lines


def _when(ts: float | None) -> str:
    if ts is None:
        return "-"
    return dt.datetime.fromtimestamp(ts, dt.UTC).strftime("%Y-%m-%d %H:%M:%S")


@main.command()
@click.option(
    "--home",
    default=None,
    type=click.Path(file_okay=False, path_type=Path),
    help="Data directory (default $ONIONSCOPE_HOME or ./.onionscope).",
)
@click.option(
    "--db",
    default=None,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Liveness database (default <home>/liveness.sqlite3).",
)
@click.option("--history", "history_of", default=None, help="Show the state changes of one onion.")
@click.option("--unblock", default=None, help="Lift the blocked state of an onion (fresh session supplied).")
@click.option("--json", "as_json", is_flag=True)
def sites(
    home: Path | None, db: Path | None, history_of: str | None, unblock: str | None, as_json: bool
) -> None:
    """Per-onion liveness: up, down, dead (with backoff) or blocked by an interstitial."""
    from crawler.liveness import LivenessStore
    from ethics.onion import normalise_host
    from ethics.paths import home as home_dir

    path = db or home_dir(home) / "liveness.sqlite3"
    if not path.exists():
        raise click.ClickException(f"no liveness data at {path}: run `onionscope crawl` first")
    store = LivenessStore(path)
    try:
        if unblock:
            store.unblock(normalise_host(unblock))
        if history_of:
            rows: list[dict[str, Any]] = store.history(normalise_host(history_of))
            if as_json:
                click.echo(json.dumps(rows, indent=2))
            else:
                for r in rows:
                    click.echo(f"{_when(r['ts'])}  {r['state']:<8} {r['reason'] or ''}")
            return
        rows = store.sites()
        walls = store.walls()
        for r in rows:
            r["walls"] = [w for w in walls if w["onion"] == r["onion"]]
        if as_json:
            click.echo(json.dumps(rows, indent=2))
            return
        if not rows:
            click.echo("no onion contacted yet")
        for r in rows:
            extra = f"next try {_when(r['next_try'])}" if r["state"] in ("dead", "down") else ""
            if r["state"] == "blocked":
                extra = f"at {r['blocked_url']}"
            click.echo(
                f"{r['onion']}  {r['state']:<8} {r['reason'] or '':<22} failures {r['failures']:<3} "
                f"last ok {_when(r['last_ok'])}  {extra}  walls {len(r['walls'])}"
            )
    finally:
        store.close()


@main.group()
def tor() -> None:
    """The tor client pool the crawler uses: status (bootstrap, circuits, streams) and NEWNYM."""


_TOR = click.option(
    "--tor",
    "tor_specs",
    multiple=True,
    default=("lab",),
    show_default=True,
    help="`lab` or socks5://HOST:PORT,control=HOST:PORT (repeatable).",
)
_LAB = click.option("--lab-state", default=None, help="Lab state file or directory (with --tor lab).")


def _controls(tor_specs: tuple[str, ...], lab_state: str | None) -> list[Any]:
    from crawler.torpool import resolve_tor

    endpoints = resolve_tor(list(tor_specs), lab_state)
    if not any(e.control_port for e in endpoints):
        raise click.ClickException("no control port given: use --tor socks5://HOST:PORT,control=HOST:PORT")
    return [e for e in endpoints if e.control_port]


@tor.command("status")
@_TOR
@_LAB
@click.option("--circuits", "show_circuits", is_flag=True, help="List every circuit and stream.")
@click.option("--json", "as_json", is_flag=True)
def tor_status(tor_specs: tuple[str, ...], lab_state: str | None, show_circuits: bool, as_json: bool) -> None:
    """Bootstrap, circuit and stream status of each tor client (stem, cookie authentication)."""
    from crawler.torpool import TorControl

    out = []
    try:
        for ep in _controls(tor_specs, lab_state):
            ctl = TorControl(ep.control_host or "127.0.0.1", int(ep.control_port))
            try:
                row: dict[str, Any] = {"socks": f"{ep.host}:{ep.port}", **ctl.status()}
                if show_circuits:
                    row["circuit_list"] = ctl.circuits()
                    row["stream_list"] = ctl.streams()
                out.append(row)
            finally:
                ctl.close()
    except CrawlerError as exc:
        raise _fail(exc) from exc
    if as_json:
        click.echo(json.dumps(out, indent=2, default=str))
        return
    for row in out:
        click.echo(
            f"socks {row['socks']}  control {row['control']}  tor {row['version']}  "
            f"bootstrap {row['bootstrap']}%  circuits {row['circuits_built']}/{row['circuits']} built  "
            f"streams {row['streams']}"
        )
        for c in row.get("circuit_list", []):
            click.echo(
                f"  circuit {c['id']:>4} {c['status']:<8} {c['purpose']:<16} {c['hs_state'] or '':<18} "
                f"{c['rend_query'] or ''} {c['socks_username'] or ''}"
            )
        for st in row.get("stream_list", []):
            click.echo(f"  stream  {st['id']:>4} {st['status']:<10} circuit {st['circ_id']} {st['target']}")


@tor.command("newnym")
@_TOR
@_LAB
def tor_newnym(tor_specs: tuple[str, ...], lab_state: str | None) -> None:
    """Ask every tor client for new circuits (NEWNYM); tor rate-limits it to once per 10 s."""
    from crawler.torpool import TorControl

    try:
        for ep in _controls(tor_specs, lab_state):
            ctl = TorControl(ep.control_host or "127.0.0.1", int(ep.control_port))
            try:
                done = ctl.newnym()
            finally:
                ctl.close()
            click.echo(
                f"{ep.control_host}:{ep.control_port}: "
                + ("NEWNYM sent" if done else "NEWNYM refused for now (rate limit)")
            )
    except CrawlerError as exc:
        raise _fail(exc) from exc
