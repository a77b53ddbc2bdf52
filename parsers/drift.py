"""Extraction drift: per site, how complete extraction is, and alerts when it drops sharply.

A site that changes its templates keeps serving pages, but the parser starts filling fewer fields
or finding fewer records. :class:`DriftMonitor` keeps, per site and page type, a baseline over the
first pages seen and compares a recent window against it.

    >>> from parsers.drift import DriftMonitor
    >>> from parsers.page import ParseResult
    >>> from parsers.records import Listing, Page
    >>> mon = DriftMonitor(baseline=5, window=5)
    >>> full = Listing(title="t", price=1.0, currency="EUR", vendor="v")
    >>> good = ParseResult(Page(page_type="listing"), [full])
    >>> bad = ParseResult(Page(page_type="listing"), [Listing(title="t")])
    >>> for _ in range(5): mon.feed("shop.onion", good)
    >>> for _ in range(5): mon.feed("shop.onion", bad)
    >>> [a["reason"] for a in mon.report()["shop.onion"]["alerts"]]  # per page type, and site-wide
    ['probable template change: field fill fell from 0.57 to 0.14 on listing pages', \
'probable template change: field fill fell from 0.57 to 0.14 on all pages']
"""

from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Any

from parsers.records import to_json

__all__ = ["DriftMonitor", "completeness"]

#: Fields that count for completeness, per record kind (the parse contract's fields).
FIELDS: dict[str, tuple[str, ...]] = {
    "listing": ("title", "price", "currency", "vendor", "category", "ships_from", "ships_to"),
    "vendor": ("name", "feedback_count", "rating", "member_since", "pgp_fingerprint", "has_pgp_key"),
    "thread": ("title",),
    "post": ("author", "posted_at", "body"),
    "author": ("name", "post_count", "joined"),
}
_CONTENT_TYPES = frozenset(
    {"listing", "listing_index", "vendor", "feedback", "thread", "forum_index", "profile"}
)


def completeness(records: list[Any]) -> float:
    """Share of contract fields filled over the records (0.0 when there are none)."""
    filled = total = 0
    for rec in records:
        names = FIELDS.get(getattr(rec, "kind", ""), ())
        data = to_json(rec)
        for name in names:
            total += 1
            if data.get(name) not in (None, [], "", {}):
                filled += 1
    return filled / total if total else 0.0


@dataclass
class _Stats:
    pages: int = 0
    records: int = 0
    fill_sum: float = 0.0
    recent: deque[tuple[int, float]] = field(default_factory=deque)
    baseline_pages: int = 0
    baseline_records: int = 0
    baseline_fill: float = 0.0


class DriftMonitor:
    """Feed ``(site, ParseResult)`` per page; :meth:`report` gives completeness and alerts per site.

    ``baseline`` pages per site and page type form the reference; the last ``window`` pages are
    compared to it. A drop of ``drop`` (relative) in records per page or field fill raises an alert.
    """

    def __init__(self, *, baseline: int = 50, window: int = 50, drop: float = 0.5) -> None:
        self.baseline, self.window, self.drop = baseline, window, drop
        self._stats: dict[str, dict[str, _Stats]] = defaultdict(lambda: defaultdict(_Stats))
        self._types: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))

    def feed(self, site: str, result: Any) -> None:
        ptype = result.page.page_type
        self._types[site][ptype] += 1
        if ptype not in _CONTENT_TYPES and ptype != "other":
            return  # walls and errors say nothing about the templates
        n, fill = len(result.records), completeness(result.records)
        # Per page type, and over all content pages: a changed template often turns listing pages
        # into "other" pages, which only the site-wide stream shows.
        for key in (ptype, "all"):
            self._add(self._stats[site][key], n, fill)

    def _add(self, st: _Stats, n: int, fill: float) -> None:
        st.pages += 1
        st.records += n
        st.fill_sum += fill
        if st.baseline_pages < self.baseline:
            st.baseline_pages += 1
            st.baseline_records += n
            st.baseline_fill += fill
        else:
            st.recent.append((n, fill))
            if len(st.recent) > self.window:
                st.recent.popleft()

    def report(self) -> dict[str, dict[str, Any]]:
        """Per site: pages, page-type counts, per-type records/page and fill, and alerts."""
        out: dict[str, dict[str, Any]] = {}
        for site, types in self._types.items():
            entry: dict[str, Any] = {
                "pages": sum(types.values()),
                "page_types": dict(types),
                "by_type": {},
                "alerts": [],
            }
            for ptype, st in self._stats[site].items():
                entry["by_type"][ptype] = {
                    "pages": st.pages,
                    "records_per_page": round(st.records / st.pages, 3) if st.pages else 0.0,
                    "field_fill": round(st.fill_sum / st.pages, 3) if st.pages else 0.0,
                }
                if ptype == "other" or not st.recent or st.baseline_pages < self.baseline:
                    continue
                base_rpp = st.baseline_records / st.baseline_pages
                base_fill = st.baseline_fill / st.baseline_pages
                rpp = sum(n for n, _ in st.recent) / len(st.recent)
                fill = sum(f for _, f in st.recent) / len(st.recent)
                if base_rpp > 0 and rpp < base_rpp * (1 - self.drop):
                    entry["alerts"].append(
                        {
                            "page_type": ptype,
                            "metric": "records_per_page",
                            "baseline": base_rpp,
                            "recent": rpp,
                            "reason": f"probable template change: records per "
                            f"page fell from {base_rpp:.2f} to {rpp:.2f} on {ptype} pages",
                        }
                    )
                if base_fill > 0 and fill < base_fill * (1 - self.drop):
                    entry["alerts"].append(
                        {
                            "page_type": ptype,
                            "metric": "field_fill",
                            "baseline": base_fill,
                            "recent": fill,
                            "reason": f"probable template change: field fill "
                            f"fell from {base_fill:.2f} to {fill:.2f} on {ptype} pages",
                        }
                    )
            out[site] = entry
        return out
