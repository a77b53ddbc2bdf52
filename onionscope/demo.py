"""The README demo as a library function: lab up, fetch through Tor, summarise, lab down.

    >>> summary = run_demo(Path(".onionscope/demo"))     # doctest: +SKIP
    >>> summary["sites"], summary["pages"]               # doctest: +SKIP
    (9, 9)
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import requests

from lab import control

Log = Callable[[str], None]


def fetch_sites(state: dict[str, Any]) -> list[dict[str, Any]]:
    """Fetch every lab site's front page through the lab client (one circuit per onion)."""
    results = []
    for site in state["sites"]:
        proxies = {"http": f"socks5h://{site['name']}:demo@127.0.0.1:{state['socks_port']}"}
        started = time.monotonic()
        try:
            response = requests.get(site["url"], proxies=proxies, timeout=60, allow_redirects=False)
            outcome: dict[str, Any] = {"status": response.status_code, "bytes": len(response.content)}
        except requests.RequestException as exc:
            outcome = {"status": None, "error": str(exc).rsplit(":", 1)[-1].strip()[:80]}
        results.append({"name": site["name"], "kind": site["kind"], "url": site["url"],
                        "seconds": round(time.monotonic() - started, 2), **outcome})
    return results


def run_demo(workdir: Path, *, log: Log = lambda _m: None) -> dict[str, Any]:
    """Bring the lab up under ``workdir``, fetch every site through Tor, take the lab down."""
    lab_dir = workdir / "lab"
    if (lab_dir / control.STATE_FILE).exists():
        control.down(lab_dir)  # a previous demo that was interrupted
    shutil.rmtree(lab_dir, ignore_errors=True)
    started = time.monotonic()
    log("bringing up the private Tor lab (authority, 3 relays, onion-service host, client)...")
    state = control.up(lab_dir, log=log)
    log(f"lab up in {time.monotonic() - started:.1f} s with {len(state['sites'])} sites")
    try:
        fetched = fetch_sites(state)
    finally:
        control.down(lab_dir)
    for row in fetched:
        status = row["status"] if row["status"] is not None else f"failed ({row.get('error')})"
        log(f"  {row['kind']:<9} {row['name']:<18} {status}  {row['seconds']:>5.2f} s")
    return {
        "sites": len(fetched),
        "pages": sum(1 for r in fetched if r["status"] is not None),
        "sites_dead": sum(1 for r in fetched if r["status"] is None),
        "lab_startup_seconds": state["startup_seconds"],
        "seconds": round(time.monotonic() - started, 1),
    }
