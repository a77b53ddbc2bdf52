"""Start, find and stop one embedded single-node search cluster on 127.0.0.1.

    >>> from pathlib import Path
    >>> from lab.searchnode import start
    >>> with start(Path("/tmp/node1")) as node:  # doctest: +SKIP
    ...     print(node.url, node.version)       # a free port; waits for yellow health
    http://127.0.0.1:40123 2.19.6

The node is a background ``java`` process (heap -Xms512m -Xmx1g) whose path.home is ``home``;
``home/node.json`` records url, pid and version so ``stop(home)`` and ``status(home)`` work from
another process. Its console log goes to ``home/logs/node.log``.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

from lab.searchnode.build import Launch, ensure_built
from lab.searchnode.errors import SearchNodeError, SearchNodeStartError

HOST = "127.0.0.1"
JVM_OPTS = (
    "-Xms512m",
    "-Xmx1g",
    "-XX:+UseG1GC",
    "-Djava.awt.headless=true",
    "-Dfile.encoding=UTF-8",
    # The launcher's own hook closes the node; log4j's hook would silence its last words.
    "-Dlog4j2.shutdownHookEnabled=false",
    "-Dlog4j2.formatMsgNoLookups=true",
)
STATE_FILE = "node.json"


@dataclass
class SearchNode:
    """A running node: ``url`` for clients, ``pid`` of its JVM (None for an external cluster)."""

    url: str
    pid: int | None
    home: Path | None
    version: str = ""
    engine: str = "opensearch"
    _process: subprocess.Popen[bytes] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def external(cls, url: str, timeout: float = 30.0) -> SearchNode:
        """Describe a cluster someone else runs (e.g. ONIONSCOPE_TEST_CLUSTER); stop() leaves it alone."""
        url = url.rstrip("/")
        _wait_healthy(url, None, timeout, log=None)
        engine, version = _version(url)
        return cls(url=url, pid=None, home=None, version=version, engine=engine)

    def stop(self, timeout: float = 60.0) -> None:
        """Stop the JVM (SIGTERM, then SIGKILL after ``timeout``) and wait for it to exit."""
        if self.pid is None:
            return
        _terminate(self.pid, self._process, timeout)
        if self.home is not None:
            with contextlib.suppress(FileNotFoundError):
                (self.home / STATE_FILE).unlink()
        self.pid = None

    def __enter__(self) -> SearchNode:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def as_dict(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "pid": self.pid,
            "version": self.version,
            "engine": self.engine,
            "home": str(self.home) if self.home else None,
        }


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago, below the kernel's ephemeral range
    (:func:`lab.network.free_ports`: the JVM binds it seconds later)."""
    from lab.network import free_ports

    return free_ports(1)[0]


def _port_in_use(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((HOST, port))
        except OSError:
            return True
        return False


def _get_json(url: str, timeout: float) -> dict[str, Any]:
    with urllib.request.urlopen(url, timeout=timeout) as resp:
        data: dict[str, Any] = json.load(resp)
        return data


def _version(url: str) -> tuple[str, str]:
    info = _get_json(url + "/", timeout=10)
    version = info.get("version", {})
    return str(version.get("distribution", "elasticsearch")), str(version.get("number", ""))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie has exited: it only waits for its parent to read the status.
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return True


def _log_tail(log: Path | None, lines: int = 12) -> str:
    if log is None or not log.is_file():
        return ""
    text = log.read_text(errors="replace").strip().splitlines()
    return "\n".join(text[-lines:])


def _wait_healthy(
    url: str, process: subprocess.Popen[bytes] | None, timeout: float, log: Path | None
) -> None:
    deadline = time.monotonic() + timeout
    health = url + "/_cluster/health?wait_for_status=yellow&timeout=2s"
    last_error = "no answer yet"
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise SearchNodeStartError(
                f"search node exited with code {process.returncode} before it was healthy; "
                f"log {log}:\n{_log_tail(log)}"
            )
        try:
            status = _get_json(health, timeout=5).get("status")
            if status in ("yellow", "green"):
                return
            last_error = f"status {status}"
        except (urllib.error.URLError, ConnectionError, TimeoutError, json.JSONDecodeError) as exc:
            last_error = str(exc)
        time.sleep(0.5)
    raise SearchNodeStartError(f"search node at {url} not healthy after {timeout:.0f}s ({last_error})")


def _terminate(pid: int, process: subprocess.Popen[bytes] | None, timeout: float) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            return
        if process is None and not _alive(pid):
            return
        time.sleep(0.2)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    if process is not None:
        process.wait(timeout=10)


def _is_our_jvm(pid: int, home: Path) -> bool:
    """Guard against a recycled pid: the process must be a launcher JVM for this home."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return any(b"onionscope.searchnode." in part for part in cmdline) and str(home).encode() in cmdline


def start(
    home: Path,
    port: int | None = None,
    timeout: float = 120.0,
    engine: str = "opensearch",
    tie_to_parent: bool = False,
) -> SearchNode:
    """Start a node with path.home ``home`` on ``port`` (a free one when None) and wait for health.

    ``tie_to_parent`` makes the JVM exit when this Python process does (used by the test
    fixture, so a killed test run leaves no node behind); the CLI leaves it running.
    """
    home = Path(home).resolve()
    home.mkdir(parents=True, exist_ok=True)
    running = read_state(home)
    if (
        running is not None
        and running.pid is not None
        and _alive(running.pid)
        and _is_our_jvm(running.pid, home)
    ):
        raise SearchNodeError(f"a node is already running for {home} (pid {running.pid}, {running.url})")
    if port is not None and _port_in_use(port):
        raise SearchNodeError(f"port {port} on {HOST} is already in use")
    launch = ensure_built(engine)
    # A free port can be taken by another process before the JVM binds it (the machine is
    # shared): with a chosen-by-us port, try again on fresh ports.
    attempts = 1 if port is not None else 3
    for attempt in range(1, attempts + 1):
        try:
            node = _launch(launch, home, port if port is not None else free_port(), timeout, tie_to_parent)
        except SearchNodeStartError as exc:
            if attempt == attempts or "already in use" not in str(exc).lower():
                raise
            continue
        (home / STATE_FILE).write_text(json.dumps(node.as_dict(), indent=2) + "\n")
        return node
    raise AssertionError("unreachable")


def _launch(launch: Launch, home: Path, http_port: int, timeout: float, tie_to_parent: bool) -> SearchNode:
    transport = free_port()
    (home / "logs").mkdir(exist_ok=True)
    log = home / "logs" / "node.log"
    opts = list(JVM_OPTS)
    if tie_to_parent:
        opts.append(f"-Dsearchnode.parent.pid={os.getpid()}")
    cmd = [
        launch.java,
        *opts,
        "-cp",
        launch.classpath,
        launch.main_class,
        str(home),
        str(http_port),
        f"{transport}-{transport + 20}",
    ]
    with open(log, "ab") as out:
        process = subprocess.Popen(
            cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True
        )
    url = f"http://{HOST}:{http_port}"
    node = SearchNode(url=url, pid=process.pid, home=home, engine=launch.engine, _process=process)
    try:
        _wait_healthy(url, process, timeout, log)
        _check_is_process(url, process.pid)
        node.engine, node.version = _version(url)
    except BaseException:
        node.stop(timeout=15)
        raise
    return node


def _check_is_process(url: str, pid: int) -> None:
    """The server answering on ``url`` must be our JVM, not someone else's on a reused port."""
    nodes = _get_json(url + "/_nodes/_local/process", timeout=10).get("nodes", {})
    pids = {n.get("process", {}).get("id") for n in nodes.values()}
    if pid not in pids:
        raise SearchNodeStartError(f"{url} is answered by another process (pids {pids}), port already in use")


def read_state(home: Path) -> SearchNode | None:
    """The node recorded in ``home/node.json``, or None (no check that it still runs)."""
    state = Path(home).resolve() / STATE_FILE
    if not state.is_file():
        return None
    try:
        data = json.loads(state.read_text())
        return SearchNode(
            url=data["url"],
            pid=data["pid"],
            home=Path(home).resolve(),
            version=data.get("version", ""),
            engine=data.get("engine", "opensearch"),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise SearchNodeError(f"{state} is not a search node state file: {exc}") from None


def stop(home: Path, timeout: float = 60.0) -> bool:
    """Stop the node recorded for ``home``; False when none was running."""
    home = Path(home).resolve()
    node = read_state(home)
    if node is None or node.pid is None:
        return False
    if not (_alive(node.pid) and _is_our_jvm(node.pid, home)):
        (home / STATE_FILE).unlink()
        return False
    node.stop(timeout)
    return True


def status(home: Path) -> dict[str, Any]:
    """``{"running": bool, ...node.json, "health": status or error}`` for ``home``."""
    home = Path(home).resolve()
    node = read_state(home)
    if node is None or node.pid is None or not (_alive(node.pid) and _is_our_jvm(node.pid, home)):
        return {"running": False, "home": str(home)}
    result: dict[str, Any] = {"running": True, **node.as_dict()}
    try:
        result["health"] = _get_json(node.url + "/_cluster/health", timeout=5).get("status")
    except (urllib.error.URLError, ConnectionError, TimeoutError, json.JSONDecodeError) as exc:
        result["health"] = f"unreachable: {exc}"
    return result
