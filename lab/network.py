"""The private Tor network: one directory authority, relays, an onion-service host and clients.

Built like Tor's own chutney test networks from the Debian ``tor`` binary, on 127.0.0.1 only::

    net = TorNetwork(Path("/tmp/lab"), relays=5, clients=1)
    net.start_core()                      # authority + relays, until the consensus lists them all
    net.start_edges([OnionService("site", onion, public_key, secret_key, 8080, https_port=8443)])
    net.wait_bootstrapped()               # every client at 100 % (through stem)
    ...
    net.stop()

Every torrc written here carries ``TestingTorNetwork 1`` and the lab's own ``DirAuthority`` on
127.0.0.1 (:data:`lab.torrc.COMMON`), and is refused unless :func:`lab.torrc.safety_problems` finds
nothing wrong with it.

Start order matters: clients started before the consensus lists every relay pick layer-2 guards
from an authority-only consensus and never reach an onion (../shared/notes/tor-lab.md).
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import socket
import subprocess
import time
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from lab import torrc
from lab.errors import LabError

TOR_BINARY = os.environ.get("ONIONSCOPE_TOR_BINARY", "tor")
GENCERT_BINARY = "tor-gencert"


@dataclass
class OnionService:
    """A v3 onion service published by the lab's service host."""

    name: str
    onion: str
    public_key: bytes
    secret_key: bytes  # tor's 64-byte expanded ed25519 key
    target_port: int
    #: Local TLS port published as the onion's port 443 (None: plain HTTP on port 80 only).
    https_port: int | None = None


@dataclass
class TorNode:
    """One tor process of the lab and the ports it listens on (all on 127.0.0.1)."""

    name: str
    role: str  # authority | relay | services | client
    directory: str
    control_port: int
    or_port: int | None = None
    dir_port: int | None = None
    socks_port: int | None = None
    fingerprint: str | None = None
    pid: int | None = None

    @property
    def torrc_path(self) -> Path:
        return Path(self.directory) / "torrc"

    @property
    def cookie_file(self) -> str:
        return str(Path(self.directory) / "control_auth_cookie")

    @property
    def log_file(self) -> str:
        return str(Path(self.directory) / "notice.log")


#: Where :func:`free_ports` looks when the kernel's ephemeral range leaves room below it.
PORT_FLOOR = 10000


def _ephemeral_range() -> tuple[int, int]:
    try:
        low, high = Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()
        return int(low), int(high)
    except (OSError, ValueError):
        return 32768, 60999  # Linux's default


def free_ports(count: int) -> list[int]:
    """Ports free on 127.0.0.1 right now, all distinct, below the kernel's ephemeral range.

    tor binds them a moment later. A port the kernel hands out (port 0) may meanwhile become the
    source port of any outgoing connection on the machine (a crawl opens hundreds), and tor then
    exits with "Address already in use"; ports below the ephemeral range are never handed out.
    """
    low, _high = _ephemeral_range()
    ports: list[int] = []
    if low - PORT_FLOOR >= 4 * count:
        rng = random.Random()
        tried: set[int] = set()
        while len(ports) < count and len(tried) < low - PORT_FLOOR:
            port = rng.randrange(PORT_FLOOR, low)
            if port in tried:
                continue
            tried.add(port)
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
                try:
                    s.bind(("127.0.0.1", port))
                except OSError:
                    continue
            ports.append(port)
        if len(ports) == count:
            return ports
    sockets = []  # no room below the ephemeral range: let the kernel pick
    try:
        for _ in range(count):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind(("127.0.0.1", 0))
            sockets.append(s)
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


def _run(args: list[str], *, input: str | None = None, cwd: str | None = None) -> None:
    try:
        subprocess.run(args, check=True, capture_output=True, text=True, timeout=60, input=input, cwd=cwd)
    except FileNotFoundError as exc:
        raise LabError(f"{args[0]} not found: install the Debian package 'tor'") from exc
    except subprocess.CalledProcessError as exc:
        raise LabError(f"{args[0]} failed: {(exc.stderr or exc.stdout).strip()[-300:]}") from exc


def process_argv(pid: int) -> list[bytes] | None:
    """The command line of a live (not zombie) process, or None."""
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().rstrip(b"\0").split(b"\0")
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1].split()[0]
    except (OSError, IndexError):
        return None
    return argv if state != "Z" and argv != [b""] else None


def pid_is_tor(pid: int) -> bool:
    """True when ``pid`` is alive and runs tor (guards against pids reused by other programs)."""
    argv = process_argv(pid)
    return argv is not None and os.path.basename(argv[0]) == b"tor"


@dataclass
class TorNetwork:
    """Create, start and stop the lab's tor processes under ``workdir``."""

    workdir: Path
    relays: int = 5
    clients: int = 1
    log: Callable[[str], None] = field(default=lambda _msg: None)
    nodes: list[TorNode] = field(default_factory=list)
    _v3ident: str = ""
    _uploaded: set[str] = field(default_factory=set)
    _service_controller: Any = None
    _procs: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.workdir = Path(self.workdir)

    # -- layout ---------------------------------------------------------------------------------

    def _node(self, name: str, role: str, ports: list[int]) -> TorNode:
        directory = self.workdir / name
        directory.mkdir(parents=True, exist_ok=True)
        os.chmod(directory, 0o700)
        node = TorNode(name=name, role=role, directory=str(directory), control_port=ports.pop())
        if role in ("authority", "relay"):
            node.or_port = ports.pop()
        if role == "authority":
            node.dir_port = ports.pop()
        if role == "client":
            node.socks_port = ports.pop()
        return node

    def _authority_line(self) -> str:
        auth = self.authority
        return (f"auth0 orport={auth.or_port} v3ident={self._v3ident} "
                f"127.0.0.1:{auth.dir_port} {auth.fingerprint}")

    @property
    def authority(self) -> TorNode:
        return self.nodes[0]

    def by_role(self, role: str) -> list[TorNode]:
        return [n for n in self.nodes if n.role == role]

    def _base_options(self, node: TorNode) -> dict[str, str | Iterable[str]]:
        return {
            **torrc.COMMON,
            "DirAuthority": self._authority_line(),
            "DataDirectory": node.directory,
            "Nickname": node.name.replace("-", ""),
            "ControlPort": f"127.0.0.1:{node.control_port}",
            "PidFile": str(Path(node.directory) / "tor.pid"),
            "Log": f"notice file {node.log_file}",
        }

    def _write_torrc(self, node: TorNode, options: dict[str, str | Iterable[str]]) -> None:
        text = torrc.render(options)
        problems = torrc.safety_problems(text)
        if problems:  # never reached with the options above; the guard is the point
            raise LabError(f"refusing to start {node.name}: {'; '.join(problems)}")
        node.torrc_path.write_text(text)

    def _fingerprint(self, node: TorNode) -> str:
        """Relay identity fingerprint, made by tor itself with a throwaway torrc."""
        probe = Path(node.directory) / "fingerprint.torrc"
        probe.write_text(torrc.render(torrc.COMMON, torrc.RELAY, {
            "DirAuthority": "probe orport=1 v3ident=" + "0" * 40 + " 127.0.0.1:1 " + "0" * 40,
            "DataDirectory": node.directory,
            "Nickname": node.name.replace("-", ""),
            "ORPort": f"127.0.0.1:{node.or_port}",
            "PublishServerDescriptor": "0",
            "ControlPort": "0",
        }))
        _run([TOR_BINARY, "--defaults-torrc", "/dev/null", "-f", str(probe),
              "--list-fingerprint", "--quiet"])
        probe.unlink()
        return (Path(node.directory) / "fingerprint").read_text().split()[1]

    def _authority_keys(self, node: TorNode) -> str:
        keys = Path(node.directory) / "keys"
        keys.mkdir(mode=0o700, exist_ok=True)
        if not (keys / "authority_certificate").exists():
            _run([GENCERT_BINARY, "--create-identity-key", "--passphrase-fd", "0",
                  "-i", str(keys / "authority_identity_key"), "-s", str(keys / "authority_signing_key"),
                  "-c", str(keys / "authority_certificate"), "-m", "12",
                  "-a", f"127.0.0.1:{node.dir_port}"], input="\n", cwd=node.directory)
        for line in (keys / "authority_certificate").read_text().splitlines():
            if line.startswith("fingerprint "):
                return line.split()[1]
        raise LabError("tor-gencert wrote no fingerprint")

    # -- processes ------------------------------------------------------------------------------

    def _spawn(self, node: TorNode) -> None:
        with open(Path(node.directory) / "stdout.log", "ab") as out:
            proc = subprocess.Popen(
                [TOR_BINARY, "--defaults-torrc", "/dev/null", "-f", str(node.torrc_path)],
                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                start_new_session=True,  # survives `onionscope lab up` exiting; `down` stops it by pid
            )
        node.pid = proc.pid
        self._procs[node.name] = proc

    def start_core(self, timeout: float = 90.0) -> None:
        """Start the authority and relays; return once the consensus lists every relay usable."""
        self.workdir.mkdir(parents=True, exist_ok=True)
        ports = free_ports(3 + 2 * self.relays)
        authority = self._node("auth0", "authority", ports)
        self.nodes = [authority] + [self._node(f"relay{i}", "relay", ports) for i in range(self.relays)]
        self._v3ident = self._authority_keys(authority)
        for node in self.nodes:
            node.fingerprint = self._fingerprint(node)
        for node in self.nodes:
            options = {**self._base_options(node), **torrc.RELAY, "ORPort": f"127.0.0.1:{node.or_port}"}
            if node.role == "authority":
                options.update(torrc.AUTHORITY)
                options["DirPort"] = f"127.0.0.1:{node.dir_port}"
            self._write_torrc(node, options)
            self._spawn(node)
        self.log(f"authority and {self.relays} relays started; waiting for the consensus")
        self._wait_consensus(timeout)

    def _wait_consensus(self, timeout: float) -> None:
        wanted = {n.fingerprint for n in self.nodes}
        url = f"http://127.0.0.1:{self.authority.dir_port}/tor/status-vote/current/consensus"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.check_alive()
            with contextlib.suppress(OSError), urllib.request.urlopen(url, timeout=5) as resp:
                if wanted <= _usable_relays(resp.read().decode("ascii", "replace")):
                    return
            time.sleep(1)
        raise LabError(f"the lab consensus did not list every relay within {timeout:.0f} s")

    def start_edges(self, services: list[OnionService]) -> None:
        """Start the onion-service host (publishing ``services``) and the clients."""
        ports = free_ports(1 + 2 * self.clients)
        host = self._node("services", "services", ports)
        hidden: list[str] = []
        for service in services:
            hs_dir = Path(host.directory) / "hs" / service.name
            _write_onion_keys(hs_dir, service)
            hidden += [f"HiddenServiceDir {hs_dir}", f"HiddenServicePort 80 127.0.0.1:{service.target_port}"]
            if service.https_port:
                hidden.append(f"HiddenServicePort 443 127.0.0.1:{service.https_port}")
        options = {**self._base_options(host), "SocksPort": "0"}
        self._write_torrc(host, options)
        # HiddenServiceDir/Port pairs must stay in order, so they are appended as lines.
        with open(host.torrc_path, "a") as fh:
            fh.write("\n".join(hidden) + "\n")
        problems = torrc.safety_problems(host.torrc_path.read_text())
        if problems:
            raise LabError(f"refusing to start services: {'; '.join(problems)}")
        self.nodes.append(host)
        self._spawn(host)
        self._watch_uploads(host)
        for i in range(self.clients):
            client = self._node(f"client{i}", "client", ports)
            self._write_torrc(client, {
                **self._base_options(client),
                "SocksPort": f"127.0.0.1:{client.socks_port} ExtendedErrors IsolateSOCKSAuth",
                "SafeSocks": "1",
            })
            self.nodes.append(client)
            self._spawn(client)

    def _watch_uploads(self, host: TorNode, timeout: float = 30.0) -> None:
        """Listen for HS_DESC UPLOADED events from the service host as soon as it starts.

        A client that asks for a descriptor before it is uploaded is told "no more HSDir to query"
        and tor then waits before asking those directories again; so clients fetch only once
        every descriptor is up.
        """
        from stem.control import Controller, EventType

        deadline = time.monotonic() + timeout
        while True:
            self.check_alive()
            try:
                ctl = Controller.from_port("127.0.0.1", host.control_port)
                ctl.authenticate()
                break
            except Exception as exc:
                if time.monotonic() > deadline:
                    raise LabError(f"the onion-service host's control port did not open: {exc}") from exc
                time.sleep(0.2)

        def on_event(event: Any) -> None:
            if getattr(event, "action", None) == "UPLOADED":
                self._uploaded.add(f"{event.address}.onion")

        ctl.add_event_listener(on_event, EventType.HS_DESC)
        self._service_controller = ctl

    def wait_published(self, onions: Iterable[str], timeout: float = 120.0) -> None:
        """Block until the service host has uploaded a descriptor for every onion."""
        wanted = set(onions)
        deadline = time.monotonic() + timeout
        while not wanted <= self._uploaded:
            self.check_alive()
            if time.monotonic() > deadline:
                missing = ", ".join(sorted(wanted - self._uploaded))
                raise LabError(f"onion descriptors not published within {timeout:.0f} s: {missing}")
            time.sleep(0.2)
        if self._service_controller is not None:
            self._service_controller.close()
            self._service_controller = None

    def wait_bootstrapped(self, timeout: float = 90.0) -> None:
        """Block until every client and the service host report 100 % bootstrap through stem."""
        from stem.control import Controller

        deadline = time.monotonic() + timeout
        for node in self.by_role("services") + self.by_role("client"):
            while True:
                self.check_alive()
                progress = 0
                with contextlib.suppress(Exception), \
                        Controller.from_port("127.0.0.1", node.control_port) as ctl:
                    ctl.authenticate()
                    phase = ctl.get_info("status/bootstrap-phase")
                    progress = int(phase.split("PROGRESS=")[1].split()[0])
                if progress >= 100:
                    break
                if time.monotonic() > deadline:
                    raise LabError(f"{node.name} did not bootstrap within {timeout:.0f} s "
                                   f"(at {progress} %; see {node.log_file})")
                time.sleep(0.5)

    def check_alive(self) -> None:
        """Raise LabError naming the first tor process that died."""
        for node in self.nodes:
            proc = self._procs.get(node.name)
            if proc is not None and proc.poll() is not None:
                tail = _tail(node.log_file)
                raise LabError(f"tor {node.name} exited with code {proc.returncode}: {tail}")

    def stop(self) -> None:
        if self._service_controller is not None:
            with contextlib.suppress(Exception):
                self._service_controller.close()
        stop_pids([n.pid for n in self.nodes if n.pid])
        for proc in self._procs.values():
            with contextlib.suppress(Exception):
                proc.wait(timeout=1)

    def describe(self) -> list[dict[str, object]]:
        return [asdict(n) | {"cookie_file": n.cookie_file} for n in self.nodes]


def stop_pids(pids: Iterable[int], grace: float = 5.0, check: Callable[[int], bool] = pid_is_tor) -> None:
    """SIGTERM every live pid that ``check`` accepts, then SIGKILL whatever is left after ``grace``."""
    alive = [p for p in pids if check(p)]
    for pid in alive:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while alive and time.monotonic() < deadline:
        for pid in alive:  # reap our own children so they do not linger as zombies
            with contextlib.suppress(ChildProcessError, OSError):
                os.waitpid(pid, os.WNOHANG)
        alive = [p for p in alive if check(p)]
        time.sleep(0.1)
    for pid in alive:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError, OSError):
            os.waitpid(pid, 0)


def _usable_relays(consensus: str) -> set[str]:
    """Fingerprints (hex) of consensus entries flagged Running, Stable, Guard, HSDir and Valid."""
    import base64

    usable: set[str] = set()
    current = None
    for line in consensus.splitlines():
        if line.startswith("r "):
            identity = line.split()[2]
            current = base64.b64decode(identity + "=" * (-len(identity) % 4)).hex().upper()
        elif line.startswith("s ") and current:
            flags = set(line.split()[1:])
            if {"Running", "Stable", "Guard", "HSDir", "Valid"} <= flags:
                usable.add(current)
    return usable


def _write_onion_keys(hs_dir: Path, service: OnionService) -> None:
    hs_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(hs_dir, 0o700)
    (hs_dir / "hs_ed25519_secret_key").write_bytes(
        b"== ed25519v1-secret: type0 ==\x00\x00\x00" + service.secret_key)
    (hs_dir / "hs_ed25519_public_key").write_bytes(
        b"== ed25519v1-public: type0 ==\x00\x00\x00" + service.public_key)
    (hs_dir / "hostname").write_text(service.onion + "\n")
    for f in hs_dir.iterdir():
        os.chmod(f, 0o600)


def _tail(path: str, lines: int = 3) -> str:
    try:
        return " | ".join(Path(path).read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"
