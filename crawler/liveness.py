"""Per-onion up/down history with exponential backoff for dead services (SQLite).

    >>> store = LivenessStore(":memory:", backoff_base=60, backoff_max=3600)
    >>> store.record_up("a.onion", now=1000.0)
    >>> store.record_failure("b.onion", "descriptor_not_found", dead=True, now=1000.0)["next_try"]
    1060.0
    >>> store.record_failure("b.onion", "descriptor_not_found", dead=True, now=1060.0)["next_try"]
    1180.0
    >>> store.available("b.onion", now=1100.0)
    (False, 'dead:descriptor_not_found')
    >>> store.mark_blocked("c.onion", "captcha", "http://c.onion/")
    True
    >>> [(s["onion"], s["state"]) for s in store.sites()]
    [('a.onion', 'up'), ('b.onion', 'dead'), ('c.onion', 'blocked')]

States: ``up`` (last contact answered), ``down`` (transient failures exhausted their retries),
``dead`` (tor says the service is gone: no descriptor, bad address...), ``blocked`` (an
interstitial: login wall, captcha, DDoS-guard queue, or an expired analyst session). A ``down``
or ``dead`` onion is skipped until ``next_try``; the delay doubles after each consecutive failure
(``backoff_base * 2**(failures-1)``, capped at ``backoff_max``) and resets on success.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sites (
    onion TEXT PRIMARY KEY, state TEXT NOT NULL, failures INTEGER NOT NULL DEFAULT 0,
    last_ok REAL, last_fail REAL, next_try REAL, reason TEXT, blocked_url TEXT,
    checks INTEGER NOT NULL DEFAULT 0, ups INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS events (
    onion TEXT NOT NULL, ts REAL NOT NULL, state TEXT NOT NULL, reason TEXT
);
CREATE INDEX IF NOT EXISTS events_onion ON events(onion, ts);
CREATE TABLE IF NOT EXISTS walls (
    onion TEXT NOT NULL, url TEXT NOT NULL, reason TEXT NOT NULL, ts REAL NOT NULL,
    PRIMARY KEY (onion, url)
);
"""


def backoff_delay(failures: int, base: float, cap: float) -> float:
    """Seconds to wait after ``failures`` consecutive failures (1 -> base, 2 -> 2*base, ...)."""
    if failures <= 0:
        return 0.0
    return float(min(cap, base * 2 ** min(failures - 1, 60)))


class LivenessStore:
    """The up/down/dead/blocked state of every onion contacted, and its history."""

    def __init__(
        self, path: str | Path, backoff_base: float = 60.0, backoff_max: float = 7 * 86400.0
    ) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute(
            "PRAGMA journal_mode=WAL" if self.path != ":memory:" else "PRAGMA journal_mode=MEMORY"
        )
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        self._lock = threading.Lock()
        # Success is recorded at most once a minute per onion: a busy crawl would otherwise
        # write a row per page.
        self._last_up_write: dict[str, float] = {}

    def _row(self, onion: str) -> dict[str, Any] | None:
        cur = self._db.execute("SELECT * FROM sites WHERE onion=?", (onion,))
        row = cur.fetchone()
        if row is None:
            return None
        return dict(zip([d[0] for d in cur.description], row, strict=True))

    def _event(self, onion: str, ts: float, state: str, reason: str | None) -> None:
        self._db.execute("INSERT INTO events VALUES (?,?,?,?)", (onion, ts, state, reason))

    def record_up(self, onion: str, now: float | None = None) -> None:
        """The onion answered (any HTTP status)."""
        now = time.time() if now is None else now
        last = self._last_up_write.get(onion)
        if last is not None and now - last < 60:
            return
        self._last_up_write[onion] = now
        with self._lock:
            row = self._row(onion)
            if row is not None and row["state"] == "blocked":
                # An interstitial stays recorded; an answer does not lift it.
                self._db.execute(
                    "UPDATE sites SET last_ok=?, checks=checks+1, ups=ups+1 WHERE onion=?", (now, onion)
                )
            else:
                self._db.execute(
                    "INSERT INTO sites(onion, state, failures, last_ok, next_try, reason, checks, ups) "
                    "VALUES (?, 'up', 0, ?, NULL, NULL, 1, 1) ON CONFLICT(onion) DO UPDATE SET "
                    "state='up', failures=0, last_ok=excluded.last_ok, next_try=NULL, reason=NULL, "
                    "checks=checks+1, ups=ups+1",
                    (onion, now),
                )
                if row is None or row["state"] != "up":
                    self._event(onion, now, "up", None)
            self._last_up_write[onion] = now

    def record_failure(self, onion: str, reason: str, dead: bool, now: float | None = None) -> dict[str, Any]:
        """A contact failed after its retries; back off. ``dead``: tor says the service is gone."""
        now = time.time() if now is None else now
        state = "dead" if dead else "down"
        with self._lock:
            row = self._row(onion)
            failures = (row["failures"] if row else 0) + 1
            next_try = now + backoff_delay(failures, self.backoff_base, self.backoff_max)
            self._db.execute(
                "INSERT INTO sites(onion, state, failures, last_fail, next_try, reason, checks) "
                "VALUES (?,?,?,?,?,?,1) ON CONFLICT(onion) DO UPDATE SET state=excluded.state, "
                "failures=excluded.failures, last_fail=excluded.last_fail, next_try=excluded.next_try, "
                "reason=excluded.reason, checks=checks+1",
                (onion, state, failures, now, next_try, reason),
            )
            self._event(onion, now, state, reason)
            self._last_up_write.pop(onion, None)
        return {"onion": onion, "state": state, "failures": failures, "next_try": next_try, "reason": reason}

    def mark_blocked(self, onion: str, reason: str, url: str, now: float | None = None) -> bool:
        """Record an interstitial; True when the site was not already blocked for that reason."""
        now = time.time() if now is None else now
        with self._lock:
            row = self._row(onion)
            if row is not None and row["state"] == "blocked" and row["reason"] == reason:
                return False
            self._db.execute(
                "INSERT INTO sites(onion, state, reason, blocked_url, last_ok, checks, ups) "
                "VALUES (?, 'blocked', ?, ?, ?, 1, 1) ON CONFLICT(onion) DO UPDATE SET state='blocked', "
                "reason=excluded.reason, blocked_url=excluded.blocked_url",
                (onion, reason, url, now),
            )
            self._event(onion, now, "blocked", reason)
        return True

    def recently_up(self, onion: str, within: float = 300.0, now: float | None = None) -> bool:
        """True when this process saw the onion answer in the last ``within`` seconds."""
        now = time.time() if now is None else now
        last = self._last_up_write.get(onion)
        return last is not None and now - last <= within

    def record_wall(self, onion: str, url: str, reason: str, now: float | None = None) -> None:
        """An interstitial page (login, captcha, queue, expired session) met at ``url``."""
        now = time.time() if now is None else now
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO walls VALUES (?,?,?,?)", (onion, url, reason, now))

    def walls(self, onion: str | None = None) -> list[dict[str, Any]]:
        """Interstitials recorded, per URL."""
        sql = (
            "SELECT onion, url, reason, ts FROM walls"
            + (" WHERE onion=?" if onion else "")
            + " ORDER BY onion, url"
        )
        cur = self._db.execute(sql, (onion,) if onion else ())
        return [{"onion": o, "url": u, "reason": r, "ts": t} for o, u, r, t in cur.fetchall()]

    def available(self, onion: str, now: float | None = None) -> tuple[bool, str]:
        """``(may contact now, reason)``.

        The reason is ``ok``, ``dead:<why>``, ``down:<why>`` or ``blocked:<why>``.
        """
        now = time.time() if now is None else now
        row = self._row(onion)
        if row is None or row["state"] == "up":
            return True, "ok"
        if row["state"] == "blocked":
            return False, f"blocked:{row['reason']}"
        if row["next_try"] is not None and now < row["next_try"]:
            return False, f"{row['state']}:{row['reason']}"
        return True, "ok"

    def unblock(self, onion: str) -> None:
        """Lift a blocked state (after an analyst supplied a fresh session, for instance)."""
        with self._lock:
            self._db.execute(
                "UPDATE sites SET state='up', reason=NULL, blocked_url=NULL WHERE onion=?", (onion,)
            )
            self._event(onion, time.time(), "up", "unblocked")

    def sites(self) -> list[dict[str, Any]]:
        """Every onion with its state, failure count, last success/failure and next try."""
        cur = self._db.execute("SELECT * FROM sites ORDER BY onion")
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def history(self, onion: str) -> list[dict[str, Any]]:
        """State changes of one onion, oldest first."""
        cur = self._db.execute("SELECT ts, state, reason FROM events WHERE onion=? ORDER BY ts", (onion,))
        return [{"ts": ts, "state": st, "reason": r} for ts, st, r in cur.fetchall()]

    def close(self) -> None:
        self._db.close()
