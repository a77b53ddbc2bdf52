"""Demand: sales estimated from feedback, per vendor, category, market and month.

One feedback line is one sale. Where a listing shows its own feedback count, its sales value is
that count times its USD price. Otherwise a vendor's feedback count is spread over its listings
in the proportions of the feedback lines seen (each line names the listing bought) and priced at
that listing's USD price. When one vendor has several listings under one title at different
prices, a line cannot tell which was bought: the estimate uses their mean and the report keeps the
lowest and highest possible values (``by_category_low``/``by_category_high``). Between two crawls
(``snapshots``) the growth of a vendor's feedback count is the sales of that period.

Mirrors of one market are counted once: records are keyed by ``market`` (the site when absent) and
listings by their path.

    >>> from parsers.records import Feedback, Listing, Vendor
    >>> tea = Listing(market="m", vendor="leafy", title="Oolong, 10 g", price_usd=20.0, category_norm="tea")
    >>> v = Vendor(market="m", name="leafy", feedback_count=3,
    ...            feedback=[Feedback(listing="Oolong, 10 g", date="2026-01-05")])
    >>> report = estimate_demand([v], [tea])
    >>> report.by_category, report.by_market
    ({'tea': 60.0}, {'m': 60.0})
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from enrichment.markets import market_of
from parsers.records import Feedback, Listing, Vendor

UNKNOWN = "unknown"
Alias = tuple[str, str]


@dataclass
class VendorDemand:
    """Estimated sales of one vendor profile on one market."""

    market: str
    vendor: str
    feedback_count: int
    sales_usd: float
    by_category: dict[str, float] = field(default_factory=dict)
    #: ``listing_feedback`` (per-listing counts), ``feedback_lines``, or ``listing_average`` (a count
    #: but no lines: spread evenly over the vendor's listings).
    method: str = "feedback_lines"
    #: Feedback lines seen (deduplicated) and lines whose listing had no known price.
    lines_seen: int = 0
    lines_unpriced: int = 0
    #: Lines whose title named several listings at different prices.
    lines_ambiguous: int = 0
    #: Sales by month of the feedback lines (``"2026-01"`` -> USD).
    by_month: dict[str, float] = field(default_factory=dict)


@dataclass
class PeriodGrowth:
    """Sales between two snapshots of one vendor: feedback growth times the vendor's mean sale."""

    market: str
    vendor: str
    start: str | None
    end: str | None
    new_feedback: int
    sales_usd: float


@dataclass
class DemandReport:
    vendors: list[VendorDemand] = field(default_factory=list)
    by_category: dict[str, float] = field(default_factory=dict)
    #: Lowest and highest values the data allows where listing titles are ambiguous.
    by_category_low: dict[str, float] = field(default_factory=dict)
    by_category_high: dict[str, float] = field(default_factory=dict)
    by_market: dict[str, float] = field(default_factory=dict)
    #: ``{"2026-01": {"tea": 120.0, ...}}`` from the dates of the feedback lines.
    by_month: dict[str, dict[str, float]] = field(default_factory=dict)
    growth: list[PeriodGrowth] = field(default_factory=list)

    @property
    def total_usd(self) -> float:
        return round(sum(self.by_category.values()), 2)

    def to_json(self) -> dict[str, Any]:
        return {
            "total_usd": self.total_usd, "by_category": self.by_category,
            "by_category_low": self.by_category_low, "by_category_high": self.by_category_high,
            "by_market": self.by_market, "by_month": self.by_month,
            "vendors": [vars(v) for v in self.vendors], "growth": [vars(g) for g in self.growth],
        }


@dataclass
class _Offer:
    """One distinct listing of a vendor."""

    price: float | None
    category: str
    feedback_count: int | None


def _key(record: Vendor | Listing, name: str | None, sites: Mapping[str, str] | None) -> Alias:
    return (market_of(record, sites), name or "?")


def _title(title: str | None) -> str:
    return " ".join((title or "").casefold().split())


def _line_key(fb: Feedback) -> tuple[Any, ...]:
    return (fb.rating, fb.text, fb.date, _title(fb.listing), fb.buyer)


def _offers(listings: Iterable[Listing], sites: Mapping[str, str] | None
            ) -> dict[Alias, dict[str, list[_Offer]]]:
    """(market, vendor) -> title -> distinct listings; index cards, listing pages and mirrors merge."""
    merged: dict[tuple[Alias, str, Any], _Offer] = {}
    for lst in listings:
        alias = _key(lst, lst.vendor, sites)
        where = lst.listing_url or lst.url
        # The same listing seen on a mirror or as an index card has the same path on another host.
        path = urlsplit(where)._replace(scheme="", netloc="").geturl() if where else lst.price_usd
        ident = (alias, _title(lst.title), path)
        offer = merged.setdefault(ident, _Offer(None, UNKNOWN, None))
        offer.price = offer.price if offer.price is not None else lst.price_usd
        if offer.category == UNKNOWN and lst.category_norm:
            offer.category = lst.category_norm
        if lst.feedback_count is not None:
            offer.feedback_count = max(offer.feedback_count or 0, lst.feedback_count)
    out: dict[Alias, dict[str, list[_Offer]]] = defaultdict(lambda: defaultdict(list))
    for (alias, title, _), offer in merged.items():
        out[alias][title].append(offer)
    return out


def _vendor_records(vendors: Iterable[Vendor], sites: Mapping[str, str] | None
                    ) -> dict[Alias, tuple[int | None, list[Feedback]]]:
    counts: dict[Alias, int | None] = {}
    lines: dict[Alias, dict[tuple[Any, ...], Feedback]] = defaultdict(dict)
    for vendor in vendors:
        alias = _key(vendor, vendor.name, sites)
        if vendor.feedback_count is not None:
            counts[alias] = max(counts.get(alias) or 0, vendor.feedback_count)
        else:
            counts.setdefault(alias, None)
        for fb in vendor.feedback:
            lines[alias].setdefault(_line_key(fb), fb)
    return {alias: (counts[alias], list(lines[alias].values())) for alias in counts}


def _price_range(offers: list[_Offer]) -> tuple[float | None, float | None, float | None, str]:
    """(mean, low, high, category) over the priced offers of one title."""
    prices = [o.price for o in offers if o.price is not None]
    known = Counter(o.category for o in offers if o.category != UNKNOWN).most_common(1)
    category = known[0][0] if known else UNKNOWN
    if not prices:
        return None, None, None, category
    return sum(prices) / len(prices), min(prices), max(prices), category


def _mean_sale(offers: dict[str, list[_Offer]], lines: list[Feedback]) -> float | None:
    values = [_price_range(offers[_title(fb.listing)])[0] for fb in lines if _title(fb.listing) in offers]
    priced = [v for v in values if v is not None]
    if not priced:
        priced = [o.price for group in offers.values() for o in group if o.price is not None]
    return sum(priced) / len(priced) if priced else None


class _Totals:
    def __init__(self) -> None:
        self.mid: dict[str, float] = defaultdict(float)
        self.low: dict[str, float] = defaultdict(float)
        self.high: dict[str, float] = defaultdict(float)

    def add(self, category: str, mid: float, low: float, high: float) -> None:
        self.mid[category] += mid
        self.low[category] += low
        self.high[category] += high


def estimate_demand(vendors: Iterable[Vendor], listings: Iterable[Listing],
                    snapshots: Sequence[Iterable[Vendor]] = (), *,
                    sites: Mapping[str, str] | None = None) -> DemandReport:
    """Sales estimates from the vendors and listings of a crawl; ``snapshots`` are earlier crawls' vendors.

    Listings need ``price_usd`` and ``category_norm`` (run :class:`NormalisePipeline` first).
    ``sites`` maps mirror onions to their market's main onion for records without a ``market``.
    """
    vendors = list(vendors)
    table = _offers(listings, sites)
    report = DemandReport()
    totals = _Totals()
    by_market: dict[str, float] = defaultdict(float)
    by_month: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    current = _vendor_records(vendors, sites)
    for alias in sorted(set(current) | set(table)):
        count, lines = current.get(alias, (None, []))
        offers = table.get(alias, {})
        vendor_totals = _Totals()
        entry = VendorDemand(alias[0], alias[1], 0, 0.0, lines_seen=len(lines))
        counted = [o for group in offers.values() for o in group if o.feedback_count is not None]
        if counted:
            entry.method = "listing_feedback"
            for offer in counted:
                value = (offer.price or 0.0) * (offer.feedback_count or 0)
                vendor_totals.add(offer.category, value, value, value)
            entry.feedback_count = sum(o.feedback_count or 0 for o in counted)
        elif alias in current:
            total = count if count is not None else len(lines)
            entry.feedback_count = total
            scale = total / len(lines) if lines else 0.0
            all_prices = [o.price for group in offers.values() for o in group if o.price is not None]
            fallback = sum(all_prices) / len(all_prices) if all_prices else None
            seen_categories = Counter(o.category for g in offers.values() for o in g if o.category != UNKNOWN)
            top = seen_categories.most_common(1)
            fallback_category = top[0][0] if top else UNKNOWN
            for fb in lines:
                mean, low, high, category = _price_range(offers.get(_title(fb.listing), []))
                if mean is None:
                    entry.lines_unpriced += 1
                    mean = low = high = fallback
                    category = category if category != UNKNOWN else fallback_category
                elif low != high:
                    entry.lines_ambiguous += 1
                vendor_totals.add(category, (mean or 0.0) * scale, (low or 0.0) * scale,
                                  (high or 0.0) * scale)
                if fb.date and mean is not None:
                    by_month[fb.date[:7]][category] += mean * scale
                    entry.by_month[fb.date[:7]] = entry.by_month.get(fb.date[:7], 0.0) + mean * scale
            if not lines and fallback is not None:
                # No line says what sold: spread the count evenly over the vendor's priced listings.
                # Any category may have sold nothing (low 0) or everything at its dearest (high).
                entry.method = "listing_average"
                priced = [o for group in offers.values() for o in group if o.price is not None]
                for offer in priced:
                    vendor_totals.add(offer.category, (offer.price or 0.0) * total / len(priced), 0.0, 0.0)
                for category in {o.category for o in priced}:
                    dearest = max(o.price or 0.0 for o in priced if o.category == category)
                    vendor_totals.high[category] += dearest * total
        else:
            continue  # listings of a vendor whose profile was never seen: no sales evidence
        for category in vendor_totals.mid:
            totals.add(category, vendor_totals.mid[category], vendor_totals.low[category],
                       vendor_totals.high[category])
        entry.by_category = {k: round(v, 2) for k, v in vendor_totals.mid.items()}
        entry.by_month = {k: round(v, 2) for k, v in sorted(entry.by_month.items())}
        entry.sales_usd = round(sum(vendor_totals.mid.values()), 2)
        by_market[alias[0]] += entry.sales_usd
        report.vendors.append(entry)

    history = [_vendor_records(snap, sites) for snap in snapshots]
    stamps = [_latest_capture(snap) for snap in snapshots]
    chain = [*history, current]
    chain_stamps = [*stamps, _latest_capture(vendors)]
    for before, after, start, end in zip(chain, chain[1:], chain_stamps, chain_stamps[1:], strict=False):
        for alias, (count, lines) in sorted(after.items()):
            previous = before.get(alias, (None, []))[0]
            if count is None or previous is None or count <= previous:
                continue
            mean = _mean_sale(table.get(alias, {}), lines) or 0.0
            report.growth.append(PeriodGrowth(alias[0], alias[1], start, end, count - previous,
                                              round((count - previous) * mean, 2)))

    report.by_category = {k: round(v, 2) for k, v in sorted(totals.mid.items())}
    report.by_category_low = {k: round(v, 2) for k, v in sorted(totals.low.items())}
    report.by_category_high = {k: round(v, 2) for k, v in sorted(totals.high.items())}
    report.by_market = {k: round(v, 2) for k, v in sorted(by_market.items())}
    report.by_month = {month: {k: round(v, 2) for k, v in sorted(cats.items())}
                       for month, cats in sorted(by_month.items())}
    return report


def _latest_capture(vendors: Iterable[Vendor]) -> str | None:
    stamps = [v.captured_at for v in vendors if v.captured_at]
    return max(stamps) if stamps else None
