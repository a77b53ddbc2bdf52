"""The hash chain under the audit log: entry hashing, signatures, and the incremental verifier.

Each entry is one line of canonical JSON (sorted keys, no spaces) holding ``seq`` (0, 1, 2...),
``prev`` (the previous entry's ``hash``; 64 zeros for the first) and ``hash`` =
SHA-256 of the canonical JSON of the entry without ``hash``. Every N entries a ``checkpoint``
entry carries ``details.mac`` = HMAC-SHA256(key, ``"checkpoint:<seq>:<prev>"``). A *head* file next
to the log holds the number of entries and the last hash, signed the same way
(``"head:<entries>:<hash>"``), rewritten under the writers' lock at every append: it is what
reveals the removal of whole trailing entries.

:class:`ChainVerifier` checks one line at a time and stops at the first bad entry, so its state
after a prefix can be copied and reused (the tamper tests use this)::

    >>> e0 = seal({"seq": 0, "prev": GENESIS, "op": "consultation", "ts": "t0", "actor": "ana"})
    >>> e1 = seal({"seq": 1, "prev": e0["hash"], "op": "collection", "ts": "t1", "actor": "crawler"})
    >>> lines = [canonical(e0), canonical(e1)]
    >>> ChainVerifier().run(lines, Head(2, e1["hash"], None)).ok
    True
    >>> res = ChainVerifier().run([lines[1], lines[0]], Head(2, e1["hash"], None))
    >>> res.ok, res.first_bad, res.reason
    (False, 0, 'out of order or deleted: seq 1 found where 0 was expected')
    >>> ChainVerifier().run(lines[:1], Head(2, e1["hash"], None)).reason
    'log truncated: the signed head records 2 entries, 1 present'
"""

from __future__ import annotations

import copy
import hashlib
import hmac
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64
HEAD_SIZE = 320  # fixed length, so the head is rewritten in place with one pwrite
_REQUIRED = ("seq", "ts", "op", "actor", "prev", "hash")


def canonical(entry: dict[str, Any]) -> str:
    """The one JSON text of an entry (sorted keys, compact, UTF-8 kept)."""
    return json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(entry: dict[str, Any]) -> str:
    """SHA-256 of the canonical JSON of the entry without its ``hash`` field."""
    body = {k: v for k, v in entry.items() if k != "hash"}
    return hashlib.sha256(canonical(body).encode("utf-8")).hexdigest()


def seal(entry: dict[str, Any]) -> dict[str, Any]:
    """The entry with its ``hash`` set."""
    entry = dict(entry)
    entry["hash"] = entry_hash(entry)
    return entry


def key_id(key: bytes) -> str:
    """A short public fingerprint of a key, stored in checkpoints to tell keys apart."""
    return hashlib.sha256(b"onionscope-audit-key-id:" + key).hexdigest()[:16]


def sign(key: bytes, message: str) -> str:
    return hmac.new(key, message.encode("ascii"), hashlib.sha256).hexdigest()


def checkpoint_message(seq: int, prev: str) -> str:
    return f"checkpoint:{seq}:{prev}"


def head_message(entries: int, last_hash: str) -> str:
    return f"head:{entries}:{last_hash}"


@dataclass(frozen=True)
class Head:
    """The signed head: how many entries the log has and the hash of the last one."""

    entries: int
    hash: str
    mac: str | None
    key_id: str | None = None

    def encode(self) -> bytes:
        data = canonical({"entries": self.entries, "hash": self.hash, "key_id": self.key_id, "mac": self.mac})
        raw = data.encode("ascii")
        if len(raw) >= HEAD_SIZE:
            raise ValueError("head record too long")
        return raw.ljust(HEAD_SIZE - 1, b" ") + b"\n"

    @classmethod
    def decode(cls, raw: bytes) -> Head:
        data = json.loads(raw.decode("ascii"))
        return cls(int(data["entries"]), str(data["hash"]), data.get("mac"), data.get("key_id"))

    @classmethod
    def signed(cls, key: bytes, entries: int, last_hash: str) -> Head:
        return cls(entries, last_hash, sign(key, head_message(entries, last_hash)), key_id(key))


@dataclass(frozen=True)
class VerifyResult:
    """Outcome of a verification. ``first_bad`` is the 0-based index of the first bad entry."""

    ok: bool
    entries: int
    first_bad: int | None
    reason: str
    checkpoints: int = 0
    #: True when checkpoint and head signatures were checked with the key.
    signed: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "entries": self.entries, "first_bad": self.first_bad,
                "reason": self.reason, "checkpoints": self.checkpoints, "signed": self.signed}


class ChainVerifier:
    """Checks entries one by one; ``count`` entries good so far, ``prev`` the last good hash."""

    def __init__(self, key: bytes | None = None) -> None:
        self.key = key
        self.kid = key_id(key) if key else None
        self.count = 0
        self.prev = GENESIS
        self.checkpoints = 0
        self.bad: tuple[int, str] | None = None

    def copy(self) -> ChainVerifier:
        return copy.copy(self)

    def feed(self, line: str | bytes) -> bool:
        """Check the next line; False (and ``bad`` set) at the first bad entry."""
        if self.bad is not None:
            return False
        index = self.count
        reason = self._check(line, index)
        if reason is not None:
            self.bad = (index, reason)
            return False
        self.count += 1
        return True

    def _check(self, line: str | bytes, index: int) -> str | None:
        try:
            entry = json.loads(line)
        except (ValueError, UnicodeDecodeError):
            return "not a JSON entry (damaged or cut line)"
        if not isinstance(entry, dict) or any(k not in entry for k in _REQUIRED):
            return "not an audit entry (fields missing)"
        seq = entry["seq"]
        if seq != index:
            if isinstance(seq, int) and seq < index:
                return f"duplicate or out of order: seq {seq} found where {index} was expected"
            return f"out of order or deleted: seq {seq} found where {index} was expected"
        if entry["prev"] != self.prev:
            what = f"entry {index - 1}" if index else "the start of the log"
            return f"does not follow {what}: previous-hash link broken (altered, replaced or inserted)"
        if entry_hash(entry) != entry["hash"]:
            return "content altered: hash does not match"
        if entry["op"] == "checkpoint":
            details = entry.get("details") or {}
            if self.key is not None:
                if details.get("key_id") != self.kid:
                    return "checkpoint signed with another key"
                expected = sign(self.key, checkpoint_message(index, entry["prev"]))
                if not hmac.compare_digest(str(details.get("mac", "")), expected):
                    return "checkpoint signature invalid"
            self.checkpoints += 1
        self.prev = entry["hash"]
        return None

    def finish(self, head: Head | None) -> VerifyResult:
        """Compare the entries seen with the signed head; the final verdict."""
        signed = self.key is not None
        if self.bad is not None:
            index, reason = self.bad
            return VerifyResult(False, index, index, reason, self.checkpoints, signed)
        n = self.count
        if head is None:
            if n == 0:
                return VerifyResult(True, 0, None, "empty log", 0, signed)
            return VerifyResult(False, n, None, "head file missing: truncation cannot be ruled out",
                                self.checkpoints, signed)
        if self.key is not None:
            if head.key_id != self.kid:
                return VerifyResult(False, n, None, "head signed with another key", self.checkpoints, signed)
            expected = sign(self.key, head_message(head.entries, head.hash))
            if not hmac.compare_digest(head.mac or "", expected):
                return VerifyResult(False, n, None, "head signature invalid", self.checkpoints, signed)
        if head.entries > n:
            return VerifyResult(False, n, n, f"log truncated: the signed head records {head.entries} "
                                f"entries, {n} present", self.checkpoints, signed)
        if head.entries < n:
            return VerifyResult(False, n, head.entries, f"entries {head.entries}..{n - 1} are not covered "
                                "by the signed head (appended outside the audit writer?)",
                                self.checkpoints, signed)
        if head.hash != self.prev:
            return VerifyResult(False, n, n - 1, "last entry differs from the signed head (replaced)",
                                self.checkpoints, signed)
        note = "intact" if signed else "intact (chain and head checked; signatures not checked: no key)"
        return VerifyResult(True, n, None, note, self.checkpoints, signed)

    def run(self, lines: Iterable[str | bytes], head: Head | None) -> VerifyResult:
        """Feed lines until the first bad one, then :meth:`finish`."""
        for line in lines:
            if not self.feed(line):
                break
        return self.finish(head)
