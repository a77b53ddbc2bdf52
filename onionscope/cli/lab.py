"""``onionscope lab up|status|down``: the private Tor network and the simulated dark web."""

from __future__ import annotations

import json
import time
from pathlib import Path

import click

from lab.control import default_dir, down, status, up
from lab.errors import LabError
from onionscope.cli.app import main

_DIR = click.option("--dir", "directory", type=click.Path(path_type=Path), default=None,
                    help="Lab directory (default $ONIONSCOPE_LAB_DIR or .onionscope/lab).")


@main.group()
def lab() -> None:
    """Run the private Tor lab network and its simulated onion sites."""


@lab.command("up")
@_DIR
@click.option("--sites", default=None, help="Comma-separated site names (default: all).")
@click.option("--scale", type=click.IntRange(100, 1_000_000), default=None,
              help="Grow markets and forums to about N pages in total (benchmarks).")
@click.option("--seed", type=int, default=7, show_default=True)
@click.option("--clients", type=click.IntRange(1, 8), default=1, show_default=True,
              help="Number of tor client instances (a pool for the crawler).")
@click.option("--timeout", type=float, default=180.0, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (ports, auth, pids, sites).")
def lab_up(directory: Path | None, sites: str | None, scale: int | None, seed: int, clients: int,
           timeout: float, as_json: bool) -> None:
    """Start the lab; return when every onion service answers through Tor."""
    def log(msg: str) -> None:
        if not as_json:
            click.echo(msg, err=True)

    started = time.monotonic()
    try:
        state = up(directory, seed=seed, scale=scale, clients=clients, timeout=timeout, log=log,
                   sites=[s.strip() for s in sites.split(",") if s.strip()] if sites else None)
    except LabError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(state))
        return
    click.echo(f"lab up in {time.monotonic() - started:.1f} s  (state: {state['dir']}/state.json)")
    click.echo(f"SOCKS 127.0.0.1:{state['socks_port']}  control 127.0.0.1:{state['control_port']} "
               f"(cookie {state['cookie_file']})")
    for site in state["sites"]:
        mark = "" if site["published"] else "  (never published: dead)"
        click.echo(f"  {site['kind']:<9} {site['family']:<10} {site['name']:<22} {site['url']}{mark}")
        if site.get("https_url"):
            click.echo(f"  {'':<9} {'':<10} {'':<22} {site['https_url']} (TLS, certificate "
                       f"sha256 {site['tls_cert_sha256'][:16]}…)")


@lab.command("status")
@_DIR
@click.option("--json", "as_json", is_flag=True)
def lab_status(directory: Path | None, as_json: bool) -> None:
    """Show the lab's processes; exit 1 when one of them has died."""
    try:
        info = status(directory)
    except LabError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(info))
    else:
        click.echo(f"lab at {info['dir']}: {'running' if info['ok'] else 'DEGRADED'}, "
                   f"{info['sites']} sites, SOCKS 127.0.0.1:{info['socks_port']}")
        for name, proc in info["processes"].items():
            click.echo(f"  {name:<14} pid {proc['pid']:<8} {'up' if proc['alive'] else 'DEAD'}")
    if not info["ok"]:
        raise SystemExit(1)


@lab.command("down")
@_DIR
def lab_down(directory: Path | None) -> None:
    """Stop every process the lab started."""
    try:
        stopped = down(directory)
    except LabError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"lab at {directory or default_dir()} stopped ({len(stopped)} processes)")
