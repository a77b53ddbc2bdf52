"""Per-onion request pacing that keeps the scope's rate without losing late timer ticks.

Scrapy's downloader paces a slot by ``slot.lastseen = now``: when the reactor fires a delay
timer late (a busy reactor, coarse timers), the lateness is lost for good and the onion gets
less than its legal rate. :class:`RateSchedule` paces by *allowed* times instead (a token
bucket of depth one: the next allowed time is the previous allowed time plus the delay, never
earlier than ``now - delay``), and a sliding window over the last sends keeps the ceiling
strict: never more than ``floor(1 / delay)`` sends in any one-second window::

    >>> s = RateSchedule()
    >>> s.wait(10.0, 0.1), s.record(10.0, 0.1)
    (0.0, None)
    >>> s.wait(10.0, 0.1), s.record(10.0, 0.1)    # at most one delay of credit: two at once
    (0.0, None)
    >>> round(s.wait(10.05, 0.1), 3)              # too early: wait until 10.1
    0.05
    >>> s.wait(10.13, 0.1), s.record(10.13, 0.1)  # the timer fired 0.03 s late ...
    (0.0, None)
    >>> s.wait(10.2, 0.1)                         # ... and the next send is not pushed back by it
    0.0

:class:`RateLimitedDownloader` is Scrapy's downloader with that schedule (``DOWNLOADER``).
"""

from __future__ import annotations

import math
from collections import deque
from time import monotonic

from scrapy.core.downloader import Downloader, Slot
from scrapy.utils.asyncio import call_later
from scrapy.utils.defer import _schedule_coro

# Float slack so that 1 / 0.02 counts as 50, not 49.
_EPS = 1e-9


class RateSchedule:
    """Send times of one downloader slot; ``wait`` says how long until the next send is legal."""

    __slots__ = ("allowed", "sent")

    def __init__(self) -> None:
        self.allowed = -math.inf  # allowed time of the last send
        self.sent: deque[float] = deque()  # send times within the last second

    @staticmethod
    def per_second(delay: float) -> int:
        """Most sends allowed in any one-second window for this delay."""
        return max(1, int(1.0 / delay + _EPS))

    def wait(self, now: float, delay: float) -> float:
        """Seconds to wait before a send at ``now`` is legal (0.0: send now)."""
        if delay <= 0:
            return 0.0
        due = max(self.allowed + delay, now - delay)
        n = self.per_second(delay)
        if len(self.sent) >= n:
            # The n-th last send must be a full second old, whatever credit lateness gave.
            due = max(due, self.sent[-n] + 1.0)
        return max(0.0, due - now)

    def record(self, now: float, delay: float) -> None:
        """Note a send at ``now`` (only after ``wait(now, delay) == 0``)."""
        if delay <= 0:
            return
        self.allowed = min(now, max(self.allowed + delay, now - delay))
        self.sent.append(now)
        n = self.per_second(delay)
        while len(self.sent) > n:
            self.sent.popleft()


class RateLimitedDownloader(Downloader):
    """Scrapy's downloader whose per-slot delay is a :class:`RateSchedule` (late timers credited).

    Concurrency, slots, AutoThrottle (which sets ``slot.delay``) and slot garbage collection
    are Scrapy's; only the decision *when* the next queued request of a slot may leave changes.
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        # Keyed by id(slot), holding the slot so the id cannot be reused while the entry lives.
        self._schedules: dict[int, tuple[Slot, RateSchedule]] = {}

    def _schedule(self, slot: Slot) -> RateSchedule:
        entry = self._schedules.get(id(slot))
        if entry is None:
            entry = self._schedules[id(slot)] = (slot, RateSchedule())
        return entry[1]

    def _process_queue(self, slot: Slot) -> None:
        if slot.latercall:
            return  # a timer is already pending for this slot
        delay = slot.download_delay()
        if not delay:
            super()._process_queue(slot)
            return
        schedule = self._schedule(slot)
        while slot.queue and slot.free_transfer_slots() > 0:
            now = monotonic()
            wait = schedule.wait(now, delay)
            if wait > 0:
                slot.latercall = call_later(wait, self._latercall, slot)
                return
            schedule.record(now, delay)
            slot.lastseen = now  # Scrapy's slot garbage collection reads it
            request, queue_dfd = slot.queue.popleft()
            _schedule_coro(self._wait_for_download(slot, request, queue_dfd))

    def _slot_gc(self, age: float = 60) -> None:
        super()._slot_gc(age)
        live = {id(s) for s in self.slots.values()}
        for key in [k for k in self._schedules if k not in live]:
            del self._schedules[key]
