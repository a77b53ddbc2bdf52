"""The tamper-evident audit log: append-only JSON Lines, hash-chained, with signed checkpoints.

Every processing operation on collected data is written here (EU Directive 2016/680, Art. 25:
collection, consultation, disclosure, combination, alteration, erasure), plus the crawler's
allow/deny *decisions*, content-stop *suspensions* and legal *hold*/*release* events.

    >>> import tempfile, pathlib
    >>> tmp = pathlib.Path(tempfile.mkdtemp())
    >>> log = AuditLog(tmp / "audit" / "audit.jsonl", key=b"k" * 32, checkpoint_every=2)
    >>> e = log.append("consultation", actor="analyst.ana", justification="case 17: find vendor",
    ...                scope_id="demo-1", object="query: leafy", outcome="ok")
    >>> e["seq"], e["op"], len(e["hash"])
    (0, 'consultation', 64)
    >>> _ = log.append("collection", actor="crawler", scope_id="demo-1", object="http://x.onion/",
    ...                outcome="stored", sha256="ab" * 32)
    >>> res = verify(log.path, key=b"k" * 32)          # 2 entries + 1 checkpoint
    >>> res.ok, res.entries, res.checkpoints
    (True, 3, 1)
    >>> summary(log.path, key=b"k" * 32)["audit_ok"]
    True

Entry fields: ``seq``, ``ts`` (UTC, ISO 8601 with microseconds and ``Z``), ``op``, ``actor``,
``justification``, ``scope_id``, ``object`` (URL, record id or query), ``outcome``, ``sha256``
(content hash, for collections), ``details`` (small JSON object), ``prev`` and ``hash`` (chain; see
:mod:`ethics.chain`). Checkpoints are entries with ``op`` ``checkpoint``.

Concurrency: writers in any number of threads and processes may share one log. Each append
takes ``fcntl.flock(LOCK_EX)`` on the log file (and a thread lock), reads the signed head file
(``<log>.head``) to learn the last ``seq`` and ``hash``, writes its line with one ``write`` on an
``O_APPEND`` descriptor, then rewrites the head in place. A writer that finds the head and the
log disagreeing (a crash between the two writes, or tampering) refuses to append
(:class:`AuditError`): the log fails closed, and ``onionscope audit verify`` says where.

Durability (``fsync``): ``"always"`` fsyncs the log and the head after each entry (the slowest;
an OS crash loses nothing acknowledged); ``"checkpoint"`` (default) fsyncs at each checkpoint and
at :meth:`AuditLog.close` (a process crash loses nothing — the data is in the kernel — an OS
crash can lose the entries since the last checkpoint, which verify then reports);
``"never"`` leaves it to the OS.

Key: HMAC-SHA256 with 32 random bytes kept *outside* the log directory, by default in
``$ONIONSCOPE_AUDIT_KEY`` or ``~/.config/onionscope/audit.key`` (hex, created mode 0600 when absent).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import secrets
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ethics.chain import (
    GENESIS,
    HEAD_SIZE,
    ChainVerifier,
    Head,
    VerifyResult,
    canonical,
    checkpoint_message,
    key_id,
    seal,
    sign,
)
from ethics.errors import AuditError, AuditWriteError
from ethics.paths import audit_key_path

#: Processing operations of Directive 2016/680 Art. 25.
ART25_OPERATIONS: tuple[str, ...] = (
    "collection", "consultation", "disclosure", "combination", "alteration", "erasure",
)
#: Further operations: request decisions, content-stop suspensions, legal holds, scope events.
OTHER_OPERATIONS: tuple[str, ...] = ("decision", "suspension", "hold", "release", "scope", "checkpoint")
OPERATIONS: tuple[str, ...] = ART25_OPERATIONS + OTHER_OPERATIONS
#: Operations that must carry a justification (a person looked at or passed on data).
JUSTIFIED: frozenset[str] = frozenset({"consultation", "disclosure", "combination", "alteration",
                                       "hold", "release"})
FSYNC_MODES = ("always", "checkpoint", "never")
KeySpec = bytes | str | Path | None


def load_key(path: str | Path | None = None, *, create: bool = True) -> bytes:
    """The audit key from a hex key file (default :func:`ethics.paths.audit_key_path`).

    With ``create``, a missing file is made with 32 random bytes, mode 0600.
    """
    p = Path(path) if path else audit_key_path()
    if not p.exists():
        if not create:
            raise AuditError(f"audit key {p} does not exist")
        p.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return load_key(p, create=False)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_hex(32) + "\n")
    try:
        key = bytes.fromhex(p.read_text(encoding="ascii").strip())
    except (OSError, ValueError) as exc:
        raise AuditError(f"cannot read audit key {p}: {exc}") from None
    if len(key) < 16:
        raise AuditError(f"audit key {p} is too short (at least 16 bytes, hex)")
    return key


def _resolve_key(key: KeySpec, log_path: Path, create: bool) -> bytes | None:
    if isinstance(key, bytes):
        return key
    key_path = Path(key) if key is not None else audit_key_path()
    log_dir = log_path.resolve().parent
    if key_path.resolve().parent == log_dir or log_dir in key_path.resolve().parents:
        raise AuditError(f"the audit key {key_path} must be kept outside the log directory {log_dir}")
    if not create and not key_path.exists():
        return None
    return load_key(key_path, create=create)


def utc_now() -> str:
    """The current UTC time as written in entries: ``2026-11-28T17:03:04.123456Z``."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def head_path(log_path: str | Path) -> Path:
    """The signed head file of a log: ``<log>.head``."""
    p = Path(log_path)
    return p.with_name(p.name + ".head")


def _read_head(fd: int) -> Head | None:
    raw = os.pread(fd, HEAD_SIZE, 0)
    if not raw:
        return None
    try:
        return Head.decode(raw)
    except (ValueError, KeyError, UnicodeDecodeError):
        raise AuditError("the audit head file is damaged: run `onionscope audit verify`") from None


def _last_line(fd: int, size: int) -> bytes:
    """The last complete line of the file (without its newline)."""
    chunk = 8192
    end = size
    buf = b""
    while end > 0:
        start = max(0, end - chunk)
        buf = os.pread(fd, end - start, start) + buf
        end = start
        body = buf[:-1]
        if b"\n" in body or end == 0:
            return body.rsplit(b"\n", 1)[-1]
    return b""


class AuditLog:
    """An append-only audit log shared safely by threads and processes.

    ``key``: bytes, or a key-file path, or None for the default key file (created if absent).
    ``checkpoint_every``: a signed checkpoint entry after every N entries.
    ``actor``: default actor of appended entries.
    """

    def __init__(self, path: str | Path, key: KeySpec = None, *, checkpoint_every: int = 1000,
                 fsync: str = "checkpoint", actor: str | None = None) -> None:
        if fsync not in FSYNC_MODES:
            raise AuditError(f"fsync must be one of {', '.join(FSYNC_MODES)}")
        if checkpoint_every < 1:
            raise AuditError("checkpoint_every must be at least 1")
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        key_bytes = _resolve_key(key, self.path, create=True)
        assert key_bytes is not None
        self._key = key_bytes
        self._kid = key_id(key_bytes)
        self.checkpoint_every = checkpoint_every
        self.fsync = fsync
        self.actor = actor
        self._lock = threading.Lock()
        self._fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o640)
        self._head_fd = os.open(head_path(self.path), os.O_RDWR | os.O_CREAT, 0o640)
        # What this process last wrote, to skip re-reading the log tail when nobody else wrote.
        self._known: tuple[int, Head] | None = None

    def close(self) -> None:
        """fsync and close (safe to call twice)."""
        with self._lock:
            if self._fd >= 0:
                os.fsync(self._fd)
                os.fsync(self._head_fd)
                os.close(self._fd)
                os.close(self._head_fd)
                self._fd = self._head_fd = -1

    def __enter__(self) -> AuditLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _state(self) -> Head:
        """Last entry count and hash, read under the lock; checks the log agrees with the head."""
        head = _read_head(self._head_fd)
        size = os.fstat(self._fd).st_size
        if head is None:
            if size:
                raise AuditError(f"{self.path} has entries but no head file: run `onionscope audit verify`")
            return Head(0, GENESIS, None)
        if head.key_id is not None and head.key_id != self._kid:
            raise AuditError(f"{self.path} is signed with another audit key (key id {head.key_id}); "
                             "appending refused")
        if self._known is not None and self._known == (size, head):
            return head
        if head.entries == 0 and size == 0:
            return head
        last = _last_line(self._fd, size)
        ok = False
        if size and last:
            try:
                entry = json.loads(last)
                ok = entry.get("seq") == head.entries - 1 and entry.get("hash") == head.hash
            except ValueError:
                ok = False
        if not ok:
            raise AuditError(f"{self.path}: the log and its signed head disagree (crash or tampering): "
                             "run `onionscope audit verify`; appending refused")
        return head

    def _write(self, entry: dict[str, Any]) -> None:
        data = (canonical(entry) + "\n").encode("utf-8")
        written = os.write(self._fd, data)
        while written < len(data):  # a short write: a full disk says so on the next call
            written += os.write(self._fd, data[written:])

    def append(self, operation: str, *, actor: str | None = None, justification: str = "",
               scope_id: str | None = None, object: str = "", outcome: str = "",
               sha256: str | None = None, details: dict[str, Any] | None = None) -> dict[str, Any]:
        """Append one entry and return it (with ``seq``, ``ts`` and ``hash``)."""
        if operation not in OPERATIONS or operation == "checkpoint":
            raise AuditError(f"unknown audit operation {operation!r} (one of {', '.join(OPERATIONS[:-1])})")
        actor = actor or self.actor
        if not actor:
            raise AuditError("every audit entry needs an actor (who did it)")
        if operation in JUSTIFIED and not justification.strip():
            raise AuditError(f"a {operation} needs a justification (why it was done)")
        with self._lock:
            if self._fd < 0:
                raise AuditError("the audit log is closed")
            fcntl.flock(self._fd, fcntl.LOCK_EX)
            try:
                head = self._state()
                start = os.fstat(self._fd).st_size
                try:
                    entry = self._append_locked(head, operation, actor, justification, scope_id, object,
                                                outcome, sha256, details)
                except OSError as exc:
                    self._undo(start, head)
                    raise AuditWriteError(f"cannot write to the audit log {self.path}: "
                                          f"{exc.strerror or exc}; nothing was appended") from None
            finally:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
        return entry

    def _undo(self, size: int, head: Head) -> None:
        """Cut a failed append off the log and put the head back: the two agree again, so a full
        disk never looks like tampering, and the next append works once there is room."""
        with contextlib.suppress(OSError):
            os.ftruncate(self._fd, size)
        with contextlib.suppress(OSError):
            if head.entries == 0 and size == 0:
                os.ftruncate(self._head_fd, 0)  # a new log has no head yet
            else:
                os.pwrite(self._head_fd, head.encode(), 0)
        self._known = None

    def _append_locked(self, head: Head, operation: str, actor: str, justification: str,
                       scope_id: str | None, object: str, outcome: str, sha256: str | None,
                       details: dict[str, Any] | None) -> dict[str, Any]:
        """Write the entry (and a checkpoint when one is due), then the new head."""
        entry = seal({
            "seq": head.entries, "ts": utc_now(), "op": operation, "actor": actor,
            "justification": justification, "scope_id": scope_id, "object": object,
            "outcome": outcome, "sha256": sha256, "details": details or {}, "prev": head.hash,
        })
        self._write(entry)
        n, last = head.entries + 1, entry["hash"]
        sync = self.fsync == "always"
        if n % self.checkpoint_every == 0:
            mac = sign(self._key, checkpoint_message(n, last))
            cp = seal({
                "seq": n, "ts": utc_now(), "op": "checkpoint", "actor": "onionscope-audit",
                "justification": "periodic signed checkpoint", "scope_id": None,
                "object": f"entries 0..{n - 1}", "outcome": "sealed", "sha256": None,
                "details": {"mac": mac, "key_id": self._kid}, "prev": last,
            })
            self._write(cp)
            n, last = n + 1, cp["hash"]
            sync = sync or self.fsync == "checkpoint"
        new_head = Head.signed(self._key, n, last)
        os.pwrite(self._head_fd, new_head.encode(), 0)
        if sync:
            os.fsync(self._fd)
            os.fsync(self._head_fd)
        self._known = (os.fstat(self._fd).st_size, new_head)
        return entry


def read_lines(path: str | Path) -> tuple[list[bytes], Head | None]:
    """The log's lines and its head, read together under a shared lock."""
    p = Path(path)
    if not p.exists():
        raise AuditError(f"audit log {p} does not exist")
    with open(p, "rb") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_SH)
        try:
            data = fh.read()
            hp = head_path(p)
            head: Head | None = None
            if hp.exists():
                raw = hp.read_bytes()
                try:
                    head = Head.decode(raw) if raw else None
                except (ValueError, KeyError, UnicodeDecodeError):
                    head = Head(-1, "damaged", None)
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return lines, head


def verify(path: str | Path, key: KeySpec = None) -> VerifyResult:
    """Verify a whole log: chain, checkpoints and head. O(n); ~10^4 entries in a fraction of a second.

    ``key``: bytes or key-file path; None uses the default key file when it exists (signatures are
    then checked) and otherwise checks the chain and head without signatures (``signed`` False).
    """
    p = Path(path)
    key_bytes = _resolve_key(key, p, create=False) if not isinstance(key, bytes) else key
    lines, head = read_lines(p)
    if head is not None and head.entries < 0:
        return VerifyResult(False, 0, None, "head file damaged")
    return ChainVerifier(key_bytes).run(lines, head)


def read_entries(path: str | Path) -> Iterator[dict[str, Any]]:
    """Every entry of a log as a dict, in order (lines that are not JSON are skipped)."""
    lines, _ = read_lines(path)
    for line in lines:
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if isinstance(entry, dict):
            yield entry


def summary(path: str | Path, key: KeySpec = None) -> dict[str, Any]:
    """What ``onionscope demo --json`` reports: ``audit_log``, ``audit_entries``, ``audit_ok``."""
    p = Path(path)
    if not p.exists():
        return {"audit_log": str(p), "audit_entries": 0, "audit_ok": False}
    result = verify(p, key)
    return {"audit_log": str(p), "audit_entries": result.entries, "audit_ok": result.ok}
