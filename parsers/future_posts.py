"""Posts dated after the page was captured are no posts: their "dates" are other numbers.

A member's page read as posts takes a number for a year ("UID: 2046" read as 2046): every post
dated in a later year than the capture's is a sign the blocks were no posts.

    >>> from parsers.records import Post
    >>> future_dated([Post(posted_at="2046"), Post(posted_at="2046")], "2026-11-20T20:00:00")
    True
    >>> future_dated([Post(posted_at="2046"), Post(posted_at="2026-11-19")], "2026-11-20T20:00:00")
    False
"""

from __future__ import annotations

from typing import Any

from parsers.records import Post

__all__ = ["future_dated"]


def future_dated(records: list[Any], now: str | None) -> bool:
    """Whether every post of ``records`` is dated in a year after ``now``'s (False without
    ``now``, or with no dated post)."""
    if not now or not now[:4].isdigit():
        return False
    dates = [rec.posted_at for rec in records if isinstance(rec, Post)]
    return bool(dates) and all(d and d[:4].isdigit() and d[:4] > now[:4] for d in dates)
