"""Per-onion buffers of the crawl frontier: which queued request goes out next.

    >>> from crawler.frontier_store import connect
    >>> db = connect(":memory:")
    >>> _ = db.executemany("INSERT INTO requests(key, url, host, state, priority, data) VALUES (?,?,?,0,0,?)",
    ...                    [(u, u, h, b"") for u, h in [("a1", "a"), ("a2", "a"), ("b1", "b")]])
    >>> buffers = HostBuffers(per_host_buffer=64)
    >>> buffers.refill(db), len(buffers)
    (3, 3)
    >>> [row[0] for row in iter(lambda: buffers.pop({}), None)]
    [1, 2, 3]

Handing out requests per site, rather than in one global order, keeps every onion busy: with a
single queue, a burst of one site's links fills the downloader while the other onions wait (their
politeness delay then limits the whole crawl).
"""

from __future__ import annotations

import sqlite3
import time
from collections import deque
from typing import Any

#: A buffered row: id, pickled request, replay flag, WARC file and offset of its capture.
Row = tuple[int, bytes, int, str | None, int | None]


def _queue_allowance(delay: float) -> int:
    """Requests a delayed slot may hold waiting: about 0.1 s of its rate, at least 2.

    Enough that the slot never runs dry between two pulls of the engine (which would waste its
    politeness budget), few enough that it does not take the downloader's places from other onions.
    """
    return max(2, int(0.1 / delay)) if delay > 0 else 2


class HostBuffers:
    """Rows taken from the queue (state inflight), a few per onion, and the order they go out in."""

    def __init__(self, per_host_buffer: int = 64, refill_interval: float = 0.25) -> None:
        self.per_host_buffer = per_host_buffer
        self.refill_interval = refill_interval
        self._by_host: dict[str, deque[Row]] = {}
        self._hosts: deque[str] = deque()
        self._buffered = 0
        self._backlog: dict[str, int] = {}
        self._last_refill = 0.0

    def __len__(self) -> int:
        return self._buffered

    def refill_due(self) -> bool:
        """Empty, or not topped up for ``refill_interval`` seconds."""
        return not self._buffered or time.monotonic() - self._last_refill > self.refill_interval

    def refill(self, db: sqlite3.Connection) -> int:
        """Top up every host's buffer from the database (a few rows per host, best first).

        Returns how many rows were taken (marked inflight in ``db``'s open transaction).
        """
        self._last_refill = time.monotonic()
        wanted = []
        for host, _count in db.execute(
            "SELECT host, COUNT(*) FROM requests WHERE state=0 GROUP BY host"
        ):
            room = self.per_host_buffer - len(self._by_host.get(host, ()))
            if room > 0:
                wanted.append((host, room))
        taken = 0
        for host, room in wanted:
            rows = db.execute(
                "SELECT id, data, replay, warc_file, warc_offset FROM requests WHERE state=0 AND host=? "
                "ORDER BY priority DESC, id LIMIT ?",
                (host, room),
            ).fetchall()
            if not rows:
                continue
            db.executemany("UPDATE requests SET state=1 WHERE id=?", [(r[0],) for r in rows])
            queue = self._by_host.get(host)
            if queue is None:
                queue = self._by_host[host] = deque()
                self._hosts.append(host)
            queue.extend(rows)
            taken += len(rows)
        self._buffered += taken
        return taken

    def pop(self, slots: dict[str, Any]) -> Row | None:
        """The next row of the onion with the longest backlog whose downloader slot has room.

        ``slots`` are the downloader's slots by host; None when every onion with work is at its
        concurrency.
        """
        # Longest backlog first: the biggest site bounds the crawl's length under a per-onion
        # rate limit, so it must never wait while smaller ones are served.
        for host in sorted(self._hosts, key=lambda h: -self._backlog.get(h, 0)):
            queue = self._by_host.get(host)
            if not queue:
                continue
            slot = slots.get(host)
            if slot is not None and (
                len(slot.active) >= max(1, slot.concurrency)
                or len(slot.queue) >= _queue_allowance(slot.delay)
            ):
                # At its concurrency, or already holding requests that wait for its politeness
                # delay: more would only sit there while other onions could use the downloader.
                continue
            row = queue.popleft()
            self._buffered -= 1
            self._backlog[host] = self._backlog.get(host, 1) - 1
            if not queue:
                del self._by_host[host]
                self._hosts.remove(host)
            return row
        return None

    def give_back(self, db: sqlite3.Connection) -> None:
        """Put the buffered rows back in the queue (in ``db``'s open transaction)."""
        # Requests taken from the queue but never started go back, so a resume finds them.
        for queue in self._by_host.values():
            for row_id, *_ in queue:
                db.execute("UPDATE requests SET state=0 WHERE id=? AND state=1", (row_id,))

    def clear(self) -> None:
        self._by_host.clear()
        self._hosts.clear()
        self._buffered = 0
