"""``onionscope demo``: the README's first command once set up."""

from __future__ import annotations

import json
from pathlib import Path

import click

from lab.errors import LabError
from onionscope.cli.app import main
from onionscope.demo import run_demo


@main.command()
@click.option("--dir", "workdir", type=click.Path(path_type=Path), default=Path(".onionscope/demo"),
              show_default=True, help="Where the demo keeps its lab, captures, index and audit log.")
@click.option("--json", "as_json", is_flag=True, help="End with one JSON object of counts.")
def demo(workdir: Path, as_json: bool) -> None:
    """Lab Tor network and simulated sites -> crawl -> parse -> enrich -> index -> summary."""
    try:
        summary = run_demo(workdir, log=lambda msg: click.echo(msg, err=as_json))
    except LabError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(summary))
    else:
        click.echo(" ".join(f"{k}={v}" for k, v in summary.items()))
