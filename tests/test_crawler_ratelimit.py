"""crawler.ratelimit: RateSchedule keeps the scope rate in every 1 s window; late timers lose nothing."""

from __future__ import annotations

import bisect
import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from scrapy.core.downloader import Downloader
from scrapy.settings import Settings

from crawler.ratelimit import RateLimitedDownloader, RateSchedule
from ethics.scope import load_scope

ROOT = Path(__file__).resolve().parent.parent
RPS = load_scope(ROOT / "scopes" / "lab-demo.yaml").rate_limits.requests_per_second
DELAY = 1.0 / RPS


def drive(lateness: list[float], duration: float, delay: float = DELAY, start: float = 100.0) -> list[float]:
    """Send times of a slot that always has a request queued, when each timer fires late by lateness[i]."""
    s = RateSchedule()
    now, sent, i = start, [], 0
    while now < start + duration:
        wait = s.wait(now, delay)
        if wait == 0:
            s.record(now, delay)
            sent.append(now)
            continue
        now += wait + lateness[i % len(lateness)]
        i += 1
    return sent


def most_in_any_second(sent: list[float]) -> int:
    # The busiest half-open window [t, t + 1) starts at a send.
    return max(bisect.bisect_left(sent, t + 1.0) - k for k, t in enumerate(sent))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(min_value=0.0, max_value=0.2), min_size=1, max_size=50))
def test_the_schedule_never_exceeds_the_scope_rate_in_any_one_second_window(lateness):
    sent = drive(lateness, duration=5.0)
    assert most_in_any_second(sent) <= RPS


def test_late_timers_still_reach_the_scope_rate():
    # Every timer fires 0-20 ms late, as on a busy reactor.
    rng = random.Random(5)
    lateness = [rng.uniform(0.0, 0.02) for _ in range(1000)]
    sent = drive(lateness, duration=20.0)
    rate = len(sent) / 20.0
    assert rate >= 0.97 * RPS
    # Scrapy's own pacing (next send = previous *actual* send + delay) loses the lateness.
    now, lastseen, n, i = 100.0, -1e9, 0, 0
    while now < 120.0:
        if now - lastseen >= DELAY:
            lastseen, n = now, n + 1
            continue
        now += (lastseen + DELAY - now) + lateness[i % len(lateness)]
        i += 1
    assert n / 20.0 < 0.8 * RPS < rate


def test_an_idle_slot_gets_at_most_one_delay_of_credit():
    s = RateSchedule()
    s.record(0.0, DELAY)
    # A long idle time earns no burst: two sends at once, then the delay again.
    assert s.wait(60.0, DELAY) == 0.0
    s.record(60.0, DELAY)
    assert s.wait(60.0, DELAY) == 0.0
    s.record(60.0, DELAY)
    assert s.wait(60.0, DELAY) > 0.0


def test_the_window_holds_for_slow_delays_that_autothrottle_sets():
    sent = drive([0.3, 0.0, 0.9], duration=30.0, delay=0.4)
    assert most_in_any_second(sent) <= RateSchedule.per_second(0.4) == 2


def test_the_crawler_settings_use_the_rate_limited_downloader():
    s = Settings()
    s.setmodule("crawler.settings", priority="project")
    assert s["DOWNLOADER"] == "crawler.ratelimit.RateLimitedDownloader"
    assert issubclass(RateLimitedDownloader, Downloader)


def test_the_scrapy_internals_the_downloader_overrides_are_still_there():
    # RateLimitedDownloader replaces _process_queue and calls _latercall, _wait_for_download and
    # _slot_gc: a Scrapy upgrade that renames them must fail here, not pace a crawl wrongly.
    import inspect

    for name in ("_process_queue", "_latercall", "_slot_gc"):
        assert callable(getattr(Downloader, name, None)), name
    assert inspect.iscoroutinefunction(Downloader._wait_for_download)
    assert list(inspect.signature(Downloader._process_queue).parameters) == ["self", "slot"]
