"""``onionscope demo``: the README's first command once set up."""

from __future__ import annotations

import json
from pathlib import Path

import click

from crawler.errors import CrawlerError
from ethics.errors import EthicsError
from index.errors import IndexBackendError
from lab.errors import LabError
from onionscope.cli.app import main
from onionscope.demo import run_demo


@main.command()
@click.option("--dir", "workdir", type=click.Path(path_type=Path), default=Path(".onionscope/demo"),
              show_default=True, help="Where the demo keeps its lab, WARC captures, index and audit log.")
@click.option("--index", "target", default=None, metavar="TARGET",
              help="Index into this cluster (http://127.0.0.1:9200) instead of <dir>/index.sqlite.")
@click.option("--json", "as_json", is_flag=True, help="End with one JSON object of counts.")
def demo(workdir: Path, target: str | None, as_json: bool) -> None:
    """Lab Tor network and simulated sites -> crawl -> parse -> enrich -> index -> summary."""
    try:
        summary = run_demo(workdir, index=target, log=lambda msg: click.echo(msg, err=as_json))
    except (LabError, CrawlerError, IndexBackendError, EthicsError) as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(summary))
        return
    click.echo("summary: " + ", ".join(f"{k} {v}" for k, v in summary.items() if k != "audit_log"))
    click.echo(f"audit log: {summary['audit_log']}  (onionscope audit report --log {summary['audit_log']} "
               f"--scope lab-demo)")
    index = target or str((workdir / "index.sqlite").resolve())
    click.echo(f"web app: onionscope serve --index {index} --audit-log {summary['audit_log']}  "
               "(then open http://127.0.0.1:8001/)")
