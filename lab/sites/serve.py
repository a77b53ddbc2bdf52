"""Serve the lab's sites over HTTP/1.1 on 127.0.0.1, one server per published site.

Run ``python -m lab.sites.serve --seed 7 --state-dir DIR [--scale N] [--sites a,b] [--https a]``: it
prints one JSON line ``{"sites": {"<name>": <port>, ...}}`` on stdout once every server listens,
writes ``DIR/groundtruth.jsonl`` (atomically renamed into place when complete) and one access log
per site, ``DIR/access/<name>.jsonl`` (one JSON line per request, flushed at once), and stops
cleanly on SIGTERM or SIGINT.

``--https a,b`` also serves those sites over TLS, on a second port, with a self-signed
certificate made at start (:mod:`lab.sites.tls`, kept in ``DIR/tls/``): the same pages, logged in
the same access log with ``"scheme": "https"``; the JSON line then also holds
``"https": {"<name>": {"port", "cert", "sha256"}}``. In-process::

    >>> import tempfile
    >>> from lab.sites import World
    >>> servers = start_servers(World(seed=7), tempfile.mkdtemp(), names=["lanterna-links"])
    >>> sorted(servers.ports)
    ['lanterna-links']
    >>> servers.close()
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import signal
import socket
import ssl
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import IO, Any

from .errors import SitesError, UnknownSite
from .tls import Certificate, make_certificate, server_context
from .world import Site, World

log = logging.getLogger("lab.sites.serve")


class AccessLog:
    """One JSON line per request, flushed per line so tests can read it while the server runs."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._fh: IO[str] = path.open("a", encoding="utf-8")
        self._lock = threading.Lock()

    def write(self, entry: dict[str, Any]) -> None:
        line = json.dumps(entry, ensure_ascii=False) + "\n"
        with self._lock:
            if not self._fh.closed:
                self._fh.write(line)
                self._fh.flush()

    def close(self) -> None:
        with self._lock:
            self._fh.close()


def _handler(site: Site, access: AccessLog, scheme: str = "http") -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def version_string(self) -> str:
            return "nginx"

        timeout = 60  # idle keep-alive connections are dropped after a minute

        def setup(self) -> None:
            super().setup()
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def _serve(self, method: str) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(min(length, 1 << 20))  # drain a request body to keep the connection usable
            path = self.path
            if path.startswith(("http://", "https://")):  # absolute-form request target
                path = "/" + path.split("/", 3)[3] if path.count("/") >= 3 else "/"
            resp = site.handle(method, path, {k: v for k, v in self.headers.items()})
            if resp.delay:
                time.sleep(resp.delay)
            reason = self.responses.get(resp.status, ("",))[0]
            head = [f"HTTP/1.1 {resp.status} {reason}", f"Date: {self.date_time_string()}"]
            head += [f"{key}: {value}" for key, value in resp.headers]
            # Headers and body leave in one write: two small writes on a keep-alive connection meet
            # Nagle's algorithm and the peer's delayed ACK, which costs ~40 ms per response.
            # Logged before sending, so a client that has its answer always finds the log line.
            entry = {
                "ts": dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds"),
                "method": method,
                "path": self.path,
                "status": resp.status,
                "host": self.headers.get("Host"),
                "user_agent": self.headers.get("User-Agent"),
                "bytes": len(resp.body),
            }
            if scheme != "http":
                entry["scheme"] = scheme
            access.write(entry)
            self.wfile.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + resp.body)

        def do_GET(self) -> None:
            self._serve("GET")

        def do_HEAD(self) -> None:
            self._serve("HEAD")

        def do_POST(self) -> None:
            self._serve("POST")

        def log_message(self, format: str, *args: Any) -> None:
            log.debug("%s %s", site.name, format % args)

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128


class _TlsServer(_Server):
    """The same server behind TLS. The handshake runs in the connection's own thread (at its
    first read), so a slow or broken client never holds up ``accept``."""

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler],
                 context: ssl.SSLContext) -> None:
        super().__init__(address, handler)
        self.context = context

    def get_request(self) -> tuple[socket.socket, Any]:
        sock, address = self.socket.accept()
        return self.context.wrap_socket(sock, server_side=True, do_handshake_on_connect=False), address

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that gives up mid-handshake (or speaks plain HTTP here) is no server error.
        exc = sys.exc_info()[1]
        if isinstance(exc, (ssl.SSLError, ConnectionError, TimeoutError)):
            log.debug("TLS connection from %s failed: %s", client_address, exc)
            return
        super().handle_error(request, client_address)


class Servers:
    """Running servers: ``ports`` maps site name to port; ``close()`` stops them all."""

    def __init__(self) -> None:
        self.ports: dict[str, int] = {}
        #: Sites also served over TLS: their port and certificate.
        self.https_ports: dict[str, int] = {}
        self.certificates: dict[str, Certificate] = {}
        self._servers: list[_Server] = []
        self._threads: list[threading.Thread] = []
        self._logs: list[AccessLog] = []
        self.ground_truth_ready = threading.Event()
        self.ground_truth_path: Path | None = None

    def close(self) -> None:
        for srv in self._servers:
            srv.shutdown()
            srv.server_close()
        for th in self._threads:
            th.join(timeout=5)
        for lg in self._logs:
            lg.close()
        self._servers.clear()


def read_access_log(state_dir: str | os.PathLike[str], name: str) -> list[dict[str, Any]]:
    """The requests a site has answered so far, oldest first (empty when it never was asked)."""
    path = Path(state_dir) / "access" / f"{name}.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def write_ground_truth(world: World, path: Path) -> int:
    """Stream the world's ground truth to ``path`` (via a temporary file); returns the page count."""
    tmp = path.with_suffix(".jsonl.tmp")
    n = 0
    with tmp.open("w", encoding="utf-8") as fh:
        for line in world.ground_truth():
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
            n += 1
    os.replace(tmp, path)
    return n


def start_servers(
    world: World,
    state_dir: str | os.PathLike[str],
    names: list[str] | None = None,
    ground_truth: bool = True,
    https: list[str] | None = None,
) -> Servers:
    """Start one server per published site (or the named ones) on 127.0.0.1 with OS-chosen ports.

    Sites named in ``https`` (among those served) get a second server speaking TLS with a fresh
    self-signed certificate for their onion, written to ``state_dir/tls/``.

    Ground truth is written by a background thread; ``Servers.ground_truth_ready`` is set when
    ``groundtruth.jsonl`` is complete.
    """
    state = Path(state_dir)
    state.mkdir(parents=True, exist_ok=True)
    wanted = [world.site(n) for n in names] if names else [s for s in world.sites if s.published]
    for site in wanted:
        if not site.published:
            raise SitesError(f"{site.name} is the lab's dead onion: it is never published")
    tls_names = set(https or ())
    for name in tls_names - {s.name for s in wanted}:
        world.site(name)  # an unknown name raises UnknownSite
        raise SitesError(f"{name} is not served, so it cannot be served over https")
    servers = Servers()

    def serve(srv: _Server, label: str) -> None:
        servers._servers.append(srv)
        th = threading.Thread(target=srv.serve_forever, name=label, daemon=True)
        th.start()
        servers._threads.append(th)

    try:
        for site in wanted:
            access = AccessLog(state / "access" / f"{site.name}.jsonl")
            servers._logs.append(access)
            srv = _Server(("127.0.0.1", 0), _handler(site, access))
            servers.ports[site.name] = srv.server_address[1]
            serve(srv, f"lab-site-{site.name}")
            if site.name in tls_names:
                cert = make_certificate(state / "tls", site.onion)
                tls_srv = _TlsServer(("127.0.0.1", 0), _handler(site, access, "https"), server_context(cert))
                servers.https_ports[site.name] = tls_srv.server_address[1]
                servers.certificates[site.name] = cert
                serve(tls_srv, f"lab-site-{site.name}-tls")
    except Exception:
        servers.close()
        raise
    if ground_truth:
        servers.ground_truth_path = state / "groundtruth.jsonl"

        def run() -> None:
            try:
                assert servers.ground_truth_path is not None
                n = write_ground_truth(world, servers.ground_truth_path)
                log.info("ground truth: %d pages in %s", n, servers.ground_truth_path)
            finally:
                servers.ground_truth_ready.set()

        threading.Thread(target=run, name="lab-ground-truth", daemon=True).start()
    else:
        servers.ground_truth_ready.set()
    return servers


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m lab.sites.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--scale", type=int, default=None, help="grow markets and forums to about N pages")
    parser.add_argument("--sites", default=None, help="comma-separated site names (default: all published)")
    parser.add_argument("--https", default=None, help="comma-separated sites also served over TLS")
    parser.add_argument("--state-dir", required=True)
    args = parser.parse_args(argv)
    logging.basicConfig(stream=sys.stderr, level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    if args.scale is not None and args.scale < 1:
        print("error: --scale must be a positive number of pages", file=sys.stderr)
        return 2
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    world = World(seed=args.seed, scale=args.scale)
    names = [n.strip() for n in args.sites.split(",") if n.strip()] if args.sites else None
    https = [n.strip() for n in args.https.split(",") if n.strip()] if args.https else None
    try:
        servers = start_servers(world, args.state_dir, names, https=https)
    except (UnknownSite, SitesError) as exc:
        print(f"error: {exc.args[0] if exc.args else exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: cannot serve: {exc}", file=sys.stderr)
        return 1
    ready: dict[str, Any] = {"sites": servers.ports}
    if servers.https_ports:
        ready["https"] = {
            name: {"port": port, "cert": servers.certificates[name].cert_path,
                   "sha256": servers.certificates[name].sha256}
            for name, port in servers.https_ports.items()
        }
    sys.stdout.write(json.dumps(ready) + "\n")
    sys.stdout.flush()
    log.info("serving %d lab sites on 127.0.0.1", len(servers.ports))
    while not stop.wait(0.5):
        pass
    log.info("stopping")
    servers.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
