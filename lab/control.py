"""Bring the whole lab up and down: site servers, the Tor network, the onion services.

    >>> state = up(Path(".onionscope/lab"))          # doctest: +SKIP
    >>> state["sites"][0]["url"]                     # doctest: +SKIP
    'http://...onion/'
    >>> down(Path(".onionscope/lab"))                # doctest: +SKIP

``up`` writes ``state.json`` in the lab directory: what the crawler's ``--tor lab`` mode, the tests
and ``status``/``down`` read. Every process the lab starts is recorded there by pid.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from ethics.paths import home
from lab.errors import LabAlreadyRunning, LabError, LabNotRunning
from lab.network import OnionService, TorNetwork, pid_is_tor, process_argv, stop_pids

STATE_FILE = "state.json"
DEFAULT_SEED = 7
#: Sites also published on their onion's port 443, over TLS with a self-signed certificate made at
#: start: the same pages as on port 80 (ground truth and page counts are those of http).
HTTPS_SITES = ("lanterna-links",)


def default_dir() -> Path:
    """``$ONIONSCOPE_LAB_DIR``, else ``<onionscope home>/lab`` (``./.onionscope/lab``)."""
    if os.environ.get("ONIONSCOPE_LAB_DIR"):
        return Path(os.environ["ONIONSCOPE_LAB_DIR"])
    return home() / "lab"


def load_state(path: Path | str | None = None) -> dict[str, Any]:
    """The state of a running lab: a state file, or a lab directory holding one."""
    p = Path(path) if path else default_dir()
    if p.is_dir() or not p.suffix:
        p = p / STATE_FILE
    try:
        return json.loads(p.read_text())
    except FileNotFoundError as exc:
        raise LabNotRunning(f"no lab state at {p}: run `onionscope lab up` first") from exc
    except json.JSONDecodeError as exc:
        raise LabError(f"lab state {p} is not valid JSON ({exc.msg}); run `onionscope lab down`") from exc


def _pid_is_site_server(pid: int) -> bool:
    argv = process_argv(pid)
    return argv is not None and b"lab.sites.serve" in argv


def _all_processes(state: dict[str, Any]) -> list[tuple[str, int, Callable[[int], bool]]]:
    procs: list[tuple[str, int, Callable[[int], bool]]] = [
        (n["name"], n["pid"], pid_is_tor) for n in state.get("nodes", []) if n.get("pid")]
    if state.get("sites_server_pid"):
        procs.append(("sites-server", state["sites_server_pid"], _pid_is_site_server))
    return procs


def status(directory: Path | None = None) -> dict[str, Any]:
    """Which lab processes run; ``ok`` is False when any recorded one has died."""
    state = load_state(directory)
    processes = {name: {"pid": pid, "alive": check(pid)} for name, pid, check in _all_processes(state)}
    return {
        "dir": state["dir"],
        "ok": all(p["alive"] for p in processes.values()),
        "processes": processes,
        "dead": sorted(name for name, p in processes.items() if not p["alive"]),
        "socks_port": state["socks_port"],
        "control_port": state["control_port"],
        "sites": len(state["sites"]),
        "started_at": state.get("started_at"),
    }


def down(directory: Path | None = None) -> list[int]:
    """Stop every process the lab started, by pid; return the pids that were still running."""
    directory = Path(directory) if directory else default_dir()
    state = load_state(directory)
    stopped: list[int] = []
    for _name, pid, check in _all_processes(state):
        if check(pid):
            stopped.append(pid)
            stop_pids([pid], check=check)
    (directory / STATE_FILE).rename(directory / "state.stopped.json")
    return stopped


def _start_sites_server(
    directory: Path, seed: int, scale: int | None, names: Iterable[str] | None,
    https: Iterable[str] = (),
) -> tuple[subprocess.Popen[bytes], dict[str, int], dict[str, dict[str, Any]]]:
    args = [sys.executable, "-m", "lab.sites.serve", "--seed", str(seed), "--state-dir", str(directory)]
    if scale:
        args += ["--scale", str(scale)]
    if names:
        args += ["--sites", ",".join(names)]
    https = list(https)
    if https:
        args += ["--https", ",".join(https)]
    log = open(directory / "sites-server.log", "ab")  # noqa: SIM115 (the child owns it)
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=log, stdin=subprocess.DEVNULL,
                            start_new_session=True)
    log.close()
    assert proc.stdout is not None
    line = proc.stdout.readline()  # the server prints its ports once it listens
    if not line:
        proc.wait(timeout=10)
        tail = (directory / "sites-server.log").read_text(errors="replace").strip().splitlines()[-1:]
        raise LabError(f"the lab's site server failed to start: {' '.join(tail) or 'no output'}")
    ready = json.loads(line)
    return proc, ready["sites"], ready.get("https", {})


def _https_state(onion: str, https: dict[str, Any] | None) -> dict[str, Any]:
    """A site's https entries in the state file (all None when it is not served over TLS)."""
    if not https:
        return {"https_url": None, "https_local_port": None, "tls_cert": None, "tls_cert_sha256": None}
    return {"https_url": f"https://{onion}/", "https_local_port": https["port"],
            "tls_cert": str(Path(https["cert"]).resolve()), "tls_cert_sha256": https["sha256"]}


#: Seconds an onion may stay unreachable before the clients are told to start afresh (NEWNYM).
RENEW_AFTER = 20.0


def wait_onions(socks_port: int, urls: list[str], timeout: float,
                tls_certs: dict[str, str] | None = None,
                renew: Callable[[], None] | None = None) -> dict[str, float]:
    """Fetch each URL through the lab client until it answers; seconds each took to answer.

    An https URL is checked against its certificate file in ``tls_certs`` (the lab's own
    self-signed certificate, so the check proves the TLS server behind port 443 is the lab's).
    ``renew`` is called when an onion has not answered for :data:`RENEW_AFTER` seconds (and again
    every as many seconds): a client that asked an onion's descriptor directories before it knew
    them all marks them failed and would not ask again for many minutes.
    """
    import requests

    start = time.monotonic()
    lock = threading.Lock()
    renewed = [start]

    def renew_once() -> None:
        with lock:
            if renew is None or time.monotonic() - renewed[0] < RENEW_AFTER:
                return
            renewed[0] = time.monotonic()
        with contextlib.suppress(Exception):
            renew()

    def one(url: str) -> float:
        # Each onion gets its own SOCKS credentials, hence its own circuit (IsolateSOCKSAuth).
        proxy = f"socks5h://lab:{abs(hash(url))}@127.0.0.1:{socks_port}"
        isolated = {"http": proxy, "https": proxy}
        verify: str | bool = (tls_certs or {}).get(url, True)
        last = ""
        while time.monotonic() - start < timeout:
            try:
                requests.get(url, proxies=isolated, timeout=30, allow_redirects=False, verify=verify)
                return time.monotonic() - start
            except requests.RequestException as exc:
                last = str(exc)[-120:]
                renew_once()
                time.sleep(0.5)
        raise LabError(f"{url} did not answer through Tor within {timeout:.0f} s ({last})")

    with ThreadPoolExecutor(max_workers=max(1, len(urls))) as pool:
        return dict(zip(urls, pool.map(one, urls), strict=True))


def _newnym(clients: Iterable[Any]) -> None:
    """NEWNYM to every lab client: new circuits, and tor forgets which onion descriptor
    directories it already asked in vain."""
    from stem import Signal
    from stem.control import Controller

    for node in clients:
        with contextlib.suppress(Exception), Controller.from_port("127.0.0.1", node.control_port) as ctl:
            ctl.authenticate()
            ctl.signal(Signal.NEWNYM)


def up(directory: Path | None = None, *, seed: int = DEFAULT_SEED, scale: int | None = None,
       sites: Iterable[str] | None = None, relays: int = 5, clients: int = 1,
       timeout: float = 180.0, log: Callable[[str], None] = lambda _m: None) -> dict[str, Any]:
    """Start the lab and return its state (also written to ``directory/state.json``)."""
    from lab.sites import World

    directory = Path(directory) if directory else default_dir()
    if (directory / STATE_FILE).exists():
        running = False
        with contextlib.suppress(LabError):
            running = any(check(pid) for _n, pid, check in _all_processes(load_state(directory)))
        if running:
            raise LabAlreadyRunning(f"a lab already runs from {directory}: `onionscope lab down` first")
    directory.mkdir(parents=True, exist_ok=True)
    # A new network every time: a stopped lab's tor directories hold consensuses and descriptors
    # naming relays at ports they no longer listen on, and a tor that starts from them stays
    # stuck at "Connecting to a relay" until it times out.
    shutil.rmtree(directory / "tor", ignore_errors=True)
    started = time.monotonic()
    world = World(seed=seed, scale=scale)
    wanted = set(sites) if sites else None
    chosen = [s for s in world.sites if wanted is None or s.name in wanted]
    if wanted and len(chosen) != len(wanted):
        unknown = wanted - {s.name for s in chosen}
        raise LabError(f"unknown lab site(s): {', '.join(sorted(unknown))}")
    published = [s for s in chosen if s.published]

    net = TorNetwork(directory / "tor", relays=relays, clients=clients, log=log)
    server = None
    try:
        server, ports, https = _start_sites_server(
            directory, seed, scale, [s.name for s in published],
            [s.name for s in published if s.name in HTTPS_SITES])
        log(f"site server up with {len(ports)} sites ({len(https)} also over https)")
        net.start_core(timeout=timeout)
        log(f"consensus ready after {time.monotonic() - started:.1f} s")
        net.start_edges([OnionService(s.name, s.onion, s.onion_public_key, s.onion_secret_key,
                                      ports[s.name], https.get(s.name, {}).get("port"))
                         for s in published])
        net.wait_bootstrapped(timeout=timeout)
        log(f"clients bootstrapped after {time.monotonic() - started:.1f} s")
        net.wait_published([s.onion for s in published], timeout=timeout)
        log(f"onion descriptors published after {time.monotonic() - started:.1f} s")
        client = net.by_role("client")[0]
        assert client.socks_port is not None
        remaining = max(10.0, timeout - (time.monotonic() - started))
        tls_certs = {f"https://{s.onion}/": https[s.name]["cert"] for s in published if s.name in https}
        wait_onions(client.socks_port, [f"http://{s.onion}/" for s in published] + list(tls_certs),
                    remaining, tls_certs, renew=lambda: _newnym(net.by_role("client")))
    except BaseException:
        net.stop()
        if server is not None:
            stop_pids([server.pid], check=lambda p: server.poll() is None)
        raise
    clients_info = [{"name": n.name, "socks_port": n.socks_port, "control_port": n.control_port,
                     "cookie_file": n.cookie_file, "pid": n.pid} for n in net.by_role("client")]
    state: dict[str, Any] = {
        "dir": str(directory.resolve()),
        "seed": seed,
        "scale": scale,
        "started_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "startup_seconds": round(time.monotonic() - started, 1),
        "socks_port": clients_info[0]["socks_port"],
        "control_port": clients_info[0]["control_port"],
        "control_auth": {"method": "cookie", "cookie_file": clients_info[0]["cookie_file"]},
        "cookie_file": clients_info[0]["cookie_file"],
        "clients": clients_info,
        "pids": [n.pid for n in net.nodes] + [server.pid],
        "sites_server_pid": server.pid,
        "nodes": net.describe(),
        "sites": [{"name": s.name, "kind": s.kind, "family": s.family, "lang": s.lang,
                   "onion": s.onion, "published": s.published, "mirror_of": s.mirror_of,
                   "url": f"http://{s.onion}/", "local_port": ports.get(s.name),
                   **_https_state(s.onion, https.get(s.name)),
                   "ground_truth": str((directory / "groundtruth.jsonl").resolve())} for s in chosen],
        "ground_truth": str((directory / "groundtruth.jsonl").resolve()),
        "access_dir": str((directory / "access").resolve()),
    }
    tmp = directory / (STATE_FILE + ".tmp")
    tmp.write_text(json.dumps(state, indent=2))
    tmp.replace(directory / STATE_FILE)
    return state
