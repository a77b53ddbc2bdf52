"""Retention: erase records past their scope's retention period, unless under legal hold.

Stores holding collected data (the index, the raw WARC capture store) implement the two-method
:class:`ErasableStore` protocol; :func:`apply_retention` asks each store for the records of each
scope captured before the scope's cutoff, skips held ones, erases the rest one by one and writes
one ``erasure`` audit entry per erased record.

    >>> import datetime as dt, tempfile, pathlib
    >>> class Memory:                      # the smallest store: {record id: (scope id, captured at)}
    ...     name = "memory"
    ...     def __init__(self, rows): self.rows = dict(rows)
    ...     def records_before(self, scope_id, cutoff):
    ...         return [i for i, (s, t) in self.rows.items() if s == scope_id and t < cutoff]
    ...     def erase(self, ids):
    ...         return sum(self.rows.pop(i, None) is not None for i in list(ids))
    >>> old, new = dt.datetime(2026, 1, 1, tzinfo=dt.UTC), dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
    >>> store = Memory({"r1": ("s1", old), "r2": ("s1", new), "r3": ("s1", old)})
    >>> holds = Holds(pathlib.Path(tempfile.mkdtemp()) / "holds.json")
    >>> _ = holds.hold("r3", reason="court order 12/26", actor="officer.lee", kind="record")
    >>> class S: id = "s1"; retention_days = 30          # any object with these two attributes
    >>> res = apply_retention([store], [S], holds, audit=None, now=dt.datetime(2026, 6, 10, tzinfo=dt.UTC))
    >>> [e.record_id for e in res.erased], [h.record_id for h in res.held], sorted(store.rows)
    (['r1'], ['r3'], ['r2', 'r3'])

Protocol contract for implementers (index, WARC store):

* ``name``: short store name used in audit objects (``"index"``, ``"warc"``).
* ``records_before(scope_id, cutoff)``: ids (strings) of records collected under ``scope_id``
  whose capture time is strictly before ``cutoff`` (timezone-aware UTC datetime).
* ``erase(ids)``: delete those records for good (including derived copies such as FTS rows);
  return how many existed and were deleted. Unknown ids are ignored. A record that cannot be
  erased yet (a WARC file a running crawl still writes) raises
  :class:`~ethics.errors.RecordBusy`: it is reported and audited as deferred, and the next run
  erases it.

Legal holds (:class:`Holds`) are kept in a JSON file (default ``<home>/retention/holds.json``);
a hold names a scope id (``kind="scope"``: nothing of the scope is erased) or a record id
(``kind="record"``). Holding and releasing are audited (``hold`` / ``release``).
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from ethics.audit import AuditLog
from ethics.errors import RecordBusy, RetentionError


@runtime_checkable
class ErasableStore(Protocol):
    """A store of collected records that retention can query and erase."""

    name: str

    def records_before(self, scope_id: str, cutoff: dt.datetime) -> Iterable[str]: ...

    def erase(self, ids: Iterable[str]) -> int: ...


class RetentionScope(Protocol):
    """What retention needs of a scope (a :class:`ethics.scope.Scope` has it)."""

    @property
    def id(self) -> str: ...

    @property
    def retention_days(self) -> int: ...


@dataclass(frozen=True)
class HoldEntry:
    target: str
    kind: str
    reason: str
    actor: str
    since: str


class Holds:
    """Legal holds in a JSON file; changes are atomic, serialised by a lock file, and audited."""

    def __init__(self, path: str | Path, audit: AuditLog | None = None) -> None:
        self.path = Path(path)
        self.audit = audit

    def _read(self) -> dict[str, HoldEntry]:
        if not self.path.exists():
            return {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return {f"{h['kind']}:{h['target']}": HoldEntry(**h) for h in data.get("holds", [])}
        except (ValueError, TypeError, KeyError) as exc:
            raise RetentionError(f"legal-hold file {self.path} is damaged: {exc}") from None

    def _write(self, holds: dict[str, HoldEntry]) -> None:
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps({"holds": [asdict(h) for h in holds.values()]}, indent=1), encoding="utf-8")
        os.replace(tmp, self.path)

    def _locked(self) -> int:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path.with_name(self.path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o640)
        fcntl.flock(fd, fcntl.LOCK_EX)
        return fd

    def hold(self, target: str, *, reason: str, actor: str, kind: str = "scope") -> bool:
        """Put a scope or a record under legal hold; False when it already was."""
        if kind not in ("scope", "record"):
            raise RetentionError("a hold is on a scope or on a record")
        if not reason.strip() or not actor.strip():
            raise RetentionError("a legal hold needs a reason and an actor")
        fd = self._locked()
        try:
            holds = self._read()
            key = f"{kind}:{target}"
            if key in holds:
                return False
            since = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
            holds[key] = HoldEntry(target, kind, reason, actor, since)
            self._write(holds)
        finally:
            os.close(fd)
        if self.audit is not None:
            self.audit.append("hold", actor=actor, justification=reason,
                              scope_id=target if kind == "scope" else None,
                              object=f"{kind}:{target}", outcome="held")
        return True

    def release(self, target: str, *, reason: str, actor: str, kind: str = "scope") -> bool:
        """Lift a legal hold; False when there was none."""
        if not reason.strip() or not actor.strip():
            raise RetentionError("releasing a legal hold needs a reason and an actor")
        fd = self._locked()
        try:
            holds = self._read()
            if holds.pop(f"{kind}:{target}", None) is None:
                return False
            self._write(holds)
        finally:
            os.close(fd)
        if self.audit is not None:
            self.audit.append("release", actor=actor, justification=reason,
                              scope_id=target if kind == "scope" else None,
                              object=f"{kind}:{target}", outcome="released")
        return True

    def entries(self) -> list[HoldEntry]:
        return list(self._read().values())

    def scope_hold(self, scope_id: str) -> HoldEntry | None:
        return self._read().get(f"scope:{scope_id}")

    def record_hold(self, record_id: str) -> HoldEntry | None:
        return self._read().get(f"record:{record_id}")


@dataclass(frozen=True)
class RecordRef:
    store: str
    record_id: str
    scope_id: str
    note: str = ""


@dataclass
class RetentionResult:
    """What a retention run erased (or would erase, in a dry run) and what holds kept."""

    erased: list[RecordRef] = field(default_factory=list)
    held: list[RecordRef] = field(default_factory=list)
    missing: list[RecordRef] = field(default_factory=list)
    #: Records past retention that could not be erased yet (see :class:`RecordBusy`).
    deferred: list[RecordRef] = field(default_factory=list)
    dry_run: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {"dry_run": self.dry_run, "erased": [asdict(r) for r in self.erased],
                "held": [asdict(r) for r in self.held], "missing": [asdict(r) for r in self.missing],
                "deferred": [asdict(r) for r in self.deferred]}


def apply_retention(stores: Iterable[ErasableStore], scopes: Iterable[RetentionScope], holds: Holds | None,
                    audit: AuditLog | None, now: dt.datetime | None = None, *, actor: str = "retention",
                    dry_run: bool = False) -> RetentionResult:
    """Erase exactly the records past their scope's retention period that are not held.

    One ``erasure`` audit entry per erased record (object ``<store>:<record id>``); a dry run
    erases and logs nothing.
    """
    now = now or dt.datetime.now(dt.UTC)
    if now.tzinfo is None:
        raise RetentionError("now must be timezone-aware")
    store_list = list(stores)
    result = RetentionResult(dry_run=dry_run)
    for scope in scopes:
        cutoff = now - dt.timedelta(days=scope.retention_days)
        scope_hold = holds.scope_hold(scope.id) if holds else None
        for store in store_list:
            for rid in list(store.records_before(scope.id, cutoff)):
                record_hold = holds.record_hold(rid) if holds else None
                hold = scope_hold or record_hold
                if hold is not None:
                    result.held.append(RecordRef(store.name, rid, scope.id, f"held: {hold.reason}"))
                    continue
                if dry_run:
                    result.erased.append(RecordRef(store.name, rid, scope.id, "would be erased"))
                    continue
                try:
                    count = store.erase([rid])
                except RecordBusy as exc:
                    result.deferred.append(RecordRef(store.name, rid, scope.id, f"deferred: {exc}"))
                    outcome = "deferred"
                else:
                    ref = RecordRef(store.name, rid, scope.id, "erased" if count else "already gone")
                    (result.erased if count else result.missing).append(ref)
                    outcome = "erased" if count else "not_found"
                if audit is not None:
                    audit.append(
                        "erasure", actor=actor, scope_id=scope.id, object=f"{store.name}:{rid}",
                        justification=f"retention period of {scope.retention_days} days expired",
                        outcome=outcome,
                        details={"cutoff": cutoff.isoformat(timespec="seconds")},
                    )
    return result
