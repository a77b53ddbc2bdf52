"""Ecosystem queries shared by the backends: their names, parameters and row shapes.

Example::

    >>> from index.ecosystem import check_params
    >>> check_params("top-vendors", {"category": "tea"})
    {'category': 'tea', 'site': None, 'limit': 10}

* ``top-vendors`` (``category``, ``site``, ``limit`` per category): rows ``{category, vendor,
  listings, markets, avg_price_usd}``; categories by listings (desc), vendors likewise.
* ``market-shares`` (``category``): rows ``{site, listings, vendors, share, volume_usd}``;
  ``share`` is the market's fraction of all listings (4 decimals).
* ``category-trends`` (``interval`` day/month/year, ``category``): rows ``{period, category,
  listings, observations, avg_price_usd}`` from the listing history, one per period and category;
  ``listings`` counts distinct listings seen, ``observations`` every capture.

Ties are broken by name so both backends list rows in the same order; averages and sums are
rounded to cents.
"""

from __future__ import annotations

from typing import Any

from index.errors import BadQuery

KINDS: dict[str, dict[str, Any]] = {
    "top-vendors": {"category": None, "site": None, "limit": 10},
    "market-shares": {"category": None},
    "category-trends": {"interval": "month", "category": None},
}
#: Period formats: characters of the ISO timestamp kept, and the cluster's date format.
INTERVALS: dict[str, tuple[int, str]] = {
    "day": (10, "yyyy-MM-dd"),
    "month": (7, "yyyy-MM"),
    "year": (4, "yyyy"),
}
#: Bucket cap of the cluster's terms aggregations (large enough to be exhaustive in practice).
MAX_BUCKETS = 10_000


def check_params(kind: str, params: dict[str, Any]) -> dict[str, Any]:
    """Parameters of an ecosystem query with defaults filled; :class:`BadQuery` on mistakes."""
    if kind not in KINDS:
        raise BadQuery(f"unknown ecosystem query {kind!r}; use one of {', '.join(KINDS)}")
    unknown = set(params) - set(KINDS[kind])
    if unknown:
        raise BadQuery(f"{kind} takes no parameter {sorted(unknown)[0]!r}")
    out = {**KINDS[kind], **{k: v for k, v in params.items() if v is not None}}
    if kind == "category-trends" and out["interval"] not in INTERVALS:
        raise BadQuery(f"unknown interval {out['interval']!r}; use day, month or year")
    if kind == "top-vendors" and (not isinstance(out["limit"], int) or out["limit"] < 1):
        raise BadQuery("limit must be a positive integer")
    return out


def money(v: float | None) -> float | None:
    """A sum of prices in USD, rounded to the cent."""
    return None if v is None else cents(v) / 100


def cents(total: float | None) -> int:
    """Whole cents of a sum of cent-rounded prices (float error far below half a cent)."""
    return round((total or 0.0) * 100)


def average(total: float | None, n: int | None) -> float | None:
    """Mean price from a sum and a count, computed the same way for every backend."""
    return round(cents(total) / n / 100, 2) if n else None
