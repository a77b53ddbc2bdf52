"""The pool of tor clients: sticky per-site choice, and stem control (auth, bootstrap, circuits).

    >>> pool = StickyChooser([SocksEndpoint.parse("127.0.0.1:9050"), SocksEndpoint.parse("127.0.0.1:9052")])
    >>> pool.choose("a.onion") == pool.choose("a.onion")
    True

With a running tor (control port, cookie authentication)::

    ctl = TorControl("127.0.0.1", 9051)
    ctl.wait_bootstrapped(timeout=60)      # raises TorUnavailable after 60 s
    ctl.circuits()                         # [{"id", "status", "path", "purpose", "socks_username"...}]
    ctl.newnym()                           # new circuits for new streams
    ctl.close()
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawler.errors import CrawlConfigError, TorUnavailable


@dataclass(frozen=True)
class SocksEndpoint:
    """A tor SocksPort, optionally with its ControlPort and cookie file."""

    host: str
    port: int
    control_host: str | None = None
    control_port: int | None = None
    cookie_file: str | None = None

    @classmethod
    def parse(cls, spec: str | dict[str, Any]) -> SocksEndpoint:
        """From ``"host:port"``, ``"socks5://host:port"`` or a dict of the lab state's client."""
        if isinstance(spec, dict):
            return cls(
                host=spec.get("host", "127.0.0.1"),
                port=int(spec["socks_port"]),
                control_host=spec.get("control_host", "127.0.0.1") if spec.get("control_port") else None,
                control_port=int(spec["control_port"]) if spec.get("control_port") else None,
                cookie_file=spec.get("cookie_file"),
            )
        text = spec if "://" in spec else f"socks5://{spec}"
        parts = urlsplit(text)
        if parts.scheme not in ("socks5", "socks5h") or not parts.hostname or not parts.port:
            raise CrawlConfigError(f"not a SOCKS5 endpoint: {spec!r} (want socks5://host:port)")
        return cls(host=parts.hostname, port=parts.port)

    def as_setting(self) -> dict[str, Any]:
        return {
            "host": self.host,
            "socks_port": self.port,
            "control_host": self.control_host,
            "control_port": self.control_port,
            "cookie_file": self.cookie_file,
        }


def lab_state_path(path: str | None = None) -> Path:
    """The lab state file: ``path`` (file or lab directory), else ``$ONIONSCOPE_LAB_DIR/state.json``,
    else ``$ONIONSCOPE_HOME/lab/state.json`` (``./.onionscope/lab/state.json``)."""
    if path:
        p = Path(path)
        return p / "state.json" if p.is_dir() else p
    if os.environ.get("ONIONSCOPE_LAB_DIR"):
        return Path(os.environ["ONIONSCOPE_LAB_DIR"]) / "state.json"
    return Path(os.environ.get("ONIONSCOPE_HOME", ".onionscope")) / "lab" / "state.json"


def resolve_tor(specs: str | list[str], lab_state: str | None = None) -> list[SocksEndpoint]:
    """The tor client pool of a ``--tor`` value.

    ``lab``: every client of the running lab (its state file). ``socks5://host:port`` with
    optional ``,control=host:port`` (cookie or no authentication): a user's own tor; repeat the
    option, or separate clients with ``;``, for a pool.

    >>> [(e.port, e.control_port) for e in resolve_tor("socks5://127.0.0.1:9050,control=127.0.0.1:9051")]
    [(9050, 9051)]
    """
    items = [specs] if isinstance(specs, str) else list(specs)
    parts = [p.strip() for item in items for p in item.split(";") if p.strip()]
    if not parts:
        raise CrawlConfigError("--tor is empty: use `lab` or socks5://host:port[,control=host:port]")
    out: list[SocksEndpoint] = []
    for part in parts:
        if part == "lab":
            path = lab_state_path(lab_state)
            try:
                state = json.loads(path.read_text())
            except FileNotFoundError:
                raise CrawlConfigError(f"no lab state at {path}: run `onionscope lab up` first") from None
            except (OSError, ValueError) as exc:
                raise CrawlConfigError(f"lab state {path} unreadable: {exc}") from None
            clients = state.get("clients") or [
                {
                    "socks_port": state["socks_port"],
                    "control_port": state.get("control_port"),
                    "cookie_file": state.get("cookie_file"),
                }
            ]
            out.extend(SocksEndpoint.parse(c) for c in clients)
            continue
        socks, *options = [x.strip() for x in part.split(",")]
        endpoint = SocksEndpoint.parse(socks)
        if endpoint.host not in ("127.0.0.1", "localhost", "::1"):
            # Tor safety: tor clients are local processes; a remote SOCKS port is not a tor we control.
            raise CrawlConfigError(f"tor SOCKS endpoint {endpoint.host} is not on loopback")
        control_host = control_port = cookie = None
        for opt in options:
            key, _, value = opt.partition("=")
            if key == "control":
                chost, _, cport = value.rpartition(":")
                if not cport.isdigit():
                    raise CrawlConfigError(f"bad control endpoint {value!r}: want host:port")
                control_host, control_port = chost or "127.0.0.1", int(cport)
            elif key == "cookie":
                cookie = value
            else:
                raise CrawlConfigError(f"unknown --tor option {key!r} (control=host:port, cookie=FILE)")
        out.append(SocksEndpoint(endpoint.host, endpoint.port, control_host, control_port, cookie))
    return out


class StickyChooser:
    """Always the same tor client for the same site, spread evenly over the pool.

    Sticky because a site's circuits, its rendezvous and its keep-alive streams live in one
    client; spreading by hash keeps the choice stable across restarts (resumed crawls too).
    """

    def __init__(self, endpoints: list[SocksEndpoint]) -> None:
        if not endpoints:
            raise CrawlConfigError("the tor pool is empty")
        self.endpoints = endpoints
        self._memo: dict[str, SocksEndpoint] = {}

    def choose(self, site: str) -> SocksEndpoint:
        chosen = self._memo.get(site)
        if chosen is None:
            digest = hashlib.sha256(site.encode()).digest()
            chosen = self.endpoints[int.from_bytes(digest[:4], "big") % len(self.endpoints)]
            self._memo[site] = chosen
        return chosen


class TorControl:
    """One authenticated stem controller on a tor ControlPort (cookie or no auth)."""

    def __init__(self, host: str, port: int, password: str | None = None) -> None:
        from stem.control import Controller  # stem only where control is wanted

        try:
            self.controller = Controller.from_port(address=host, port=port)
            self.controller.authenticate(password=password)
        except Exception as exc:  # stem raises SocketError, AuthenticationFailure subclasses
            raise TorUnavailable(f"tor control port {host}:{port}: {exc}") from exc
        self.address = f"{host}:{port}"

    def bootstrap_progress(self) -> int:
        """Bootstrap percentage (0-100)."""
        phase = self.controller.get_info("status/bootstrap-phase")
        for part in phase.split():
            if part.startswith("PROGRESS="):
                return int(part.split("=", 1)[1])
        return 0

    def wait_bootstrapped(self, timeout: float = 120.0) -> None:
        """Block until tor reports 100 % bootstrap; raise :class:`TorUnavailable` on timeout."""
        deadline = time.monotonic() + timeout
        while True:
            progress = self.bootstrap_progress()
            if progress >= 100:
                return
            if time.monotonic() > deadline:
                raise TorUnavailable(f"tor at {self.address} stuck at {progress} % bootstrap")
            time.sleep(0.5)

    def circuits(self) -> list[dict[str, Any]]:
        """Built and building circuits with their path, purpose and SOCKS isolation fields."""
        out = []
        for circ in self.controller.get_circuits():
            out.append(
                {
                    "id": circ.id,
                    "status": circ.status,
                    "purpose": circ.purpose,
                    "path": [fp for fp, _ in circ.path],
                    "hs_state": circ.hs_state,
                    "rend_query": circ.rend_query,
                    "socks_username": circ.socks_username,
                    "socks_password": circ.socks_password,
                }
            )
        return out

    def streams(self) -> list[dict[str, Any]]:
        """Open streams: target, status and the circuit carrying each."""
        return [
            {"id": s.id, "status": s.status, "circ_id": s.circ_id, "target": s.target, "purpose": s.purpose}
            for s in self.controller.get_streams()
        ]

    def newnym(self) -> bool:
        """Ask for new circuits for new streams; False when tor's rate limit refuses it now."""
        if not self.controller.is_newnym_available():
            return False
        from stem import Signal

        self.controller.signal(Signal.NEWNYM)
        return True

    def status(self) -> dict[str, Any]:
        """A summary: bootstrap, circuit and stream counts, tor version."""
        circuits = self.circuits()
        return {
            "control": self.address,
            "version": str(self.controller.get_version()),
            "bootstrap": self.bootstrap_progress(),
            "circuits_built": sum(1 for c in circuits if c["status"] == "BUILT"),
            "circuits": len(circuits),
            "streams": len(self.streams()),
        }

    def close(self) -> None:
        self.controller.close()


def socks_answers(host: str, port: int, timeout: float = 5.0) -> None:
    """Raise :class:`TorUnavailable` unless a SOCKS5 server answers a greeting at ``host:port``.

    Only the method negotiation is sent (no CONNECT): nothing leaves through tor. A crawl told a
    wrong port then stops at once with one line, instead of failing every request.
    """
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            sock.sendall(b"\x05\x02\x00\x02")  # SOCKS5; no auth or username/password
            reply = sock.recv(2)
    except OSError as exc:
        raise TorUnavailable(f"no tor answers on SOCKS {host}:{port}: {exc.strerror or exc}") from None
    if len(reply) != 2 or reply[0] != 5:
        raise TorUnavailable(f"{host}:{port} is not a SOCKS5 proxy (is it tor's SocksPort?)")


def check_pool(endpoints: list[SocksEndpoint], timeout: float = 120.0) -> list[dict[str, Any]]:
    """Authenticate to every control port of the pool and wait for bootstrap; check that every
    SOCKS port answers; statuses returned."""
    statuses = []
    for endpoint in endpoints:
        if endpoint.control_port is None:
            socks_answers(endpoint.host, endpoint.port)
            statuses.append({"socks": f"{endpoint.host}:{endpoint.port}", "control": None})
            continue
        ctl = TorControl(endpoint.control_host or "127.0.0.1", endpoint.control_port)
        try:
            if timeout:
                ctl.wait_bootstrapped(timeout)
            socks_answers(endpoint.host, endpoint.port)  # a control port of one tor, the SocksPort of none
            statuses.append({"socks": f"{endpoint.host}:{endpoint.port}", **ctl.status()})
        finally:
            ctl.close()
    return statuses
