"""Demand: sales estimated from feedback, per vendor, category, market and month.

Markets show how many feedback lines a vendor has, and each line names the listing bought: one
line is one sale. The sales value of a vendor is its feedback count spread over its listings in
the proportions of the feedback lines seen, times each listing's USD price. Between two crawls
(``snapshots``) the growth of the feedback count is the sales of that period.

Mirrors of one market are counted once: records are keyed by ``market`` (the site when absent).

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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

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
    #: Feedback lines seen (deduplicated) and lines whose listing had no known price.
    lines_seen: int = 0
    lines_unpriced: int = 0


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
    by_market: dict[str, float] = field(default_factory=dict)
    #: ``{"2026-01": {"tea": 120.0, ...}}`` from the dates of the feedback lines.
    by_month: dict[str, dict[str, float]] = field(default_factory=dict)
    growth: list[PeriodGrowth] = field(default_factory=list)

    @property
    def total_usd(self) -> float:
        return round(sum(self.by_category.values()), 2)

    def to_json(self) -> dict[str, Any]:
        return {
            "total_usd": self.total_usd, "by_category": self.by_category, "by_market": self.by_market,
            "by_month": self.by_month,
            "vendors": [vars(v) for v in self.vendors],
            "growth": [vars(g) for g in self.growth],
        }


def _key(record: Vendor | Listing, name: str | None) -> Alias:
    return (record.market or record.site or "?", name or "?")


def _title(title: str | None) -> str:
    return " ".join((title or "").casefold().split())


def _line_key(fb: Feedback) -> tuple[Any, ...]:
    return (fb.rating, fb.text, fb.date, _title(fb.listing), fb.buyer)


def _listing_table(listings: Iterable[Listing]) -> dict[Alias, dict[str, tuple[float | None, str]]]:
    """(market, vendor) -> title -> (mean USD price, category); index cards and mirrors collapse."""
    prices: dict[Alias, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    categories: dict[Alias, dict[str, str]] = defaultdict(dict)
    seen: set[tuple[Any, ...]] = set()
    for lst in listings:
        alias = _key(lst, lst.vendor)
        title = _title(lst.title)
        where = lst.listing_url or lst.url
        # The same listing seen on a mirror or as an index card has the same path on another host.
        path = urlsplit(where)._replace(scheme="", netloc="").geturl() if where else lst.price_usd
        ident = (alias, title, path)
        categories[alias].setdefault(title, lst.category_norm or UNKNOWN)
        if ident in seen or lst.price_usd is None:
            continue
        seen.add(ident)
        prices[alias][title].append(lst.price_usd)
    table: dict[Alias, dict[str, tuple[float | None, str]]] = defaultdict(dict)
    for alias, titles in categories.items():
        for title, category in titles.items():
            values = prices[alias].get(title) or []
            table[alias][title] = ((sum(values) / len(values)) if values else None, category)
    return table


def _vendor_records(vendors: Iterable[Vendor]) -> dict[Alias, tuple[int | None, list[Feedback]]]:
    counts: dict[Alias, int | None] = {}
    lines: dict[Alias, dict[tuple[Any, ...], Feedback]] = defaultdict(dict)
    for vendor in vendors:
        alias = _key(vendor, vendor.name)
        if vendor.feedback_count is not None:
            counts[alias] = max(counts.get(alias) or 0, vendor.feedback_count)
        else:
            counts.setdefault(alias, None)
        for fb in vendor.feedback:
            lines[alias].setdefault(_line_key(fb), fb)
    return {alias: (counts[alias], list(lines[alias].values())) for alias in counts}


def _mean_sale(listings: dict[str, tuple[float | None, str]], lines: list[Feedback]) -> float | None:
    priced = [listings[_title(fb.listing)][0] for fb in lines if _title(fb.listing) in listings]
    values = [p for p in priced if p is not None]
    if not values:
        values = [p for p, _ in listings.values() if p is not None]
    return sum(values) / len(values) if values else None


def estimate_demand(vendors: Iterable[Vendor], listings: Iterable[Listing],
                    snapshots: Sequence[Iterable[Vendor]] = ()) -> DemandReport:
    """Sales estimates from the vendors and listings of a crawl; ``snapshots`` are earlier crawls' vendors.

    Listings need ``price_usd`` and ``category_norm`` (run :class:`NormalisePipeline` first).
    """
    table = _listing_table(listings)
    report = DemandReport()
    by_category: dict[str, float] = defaultdict(float)
    by_market: dict[str, float] = defaultdict(float)
    by_month: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    current = _vendor_records(vendors)
    for alias, (count, lines) in sorted(current.items()):
        own = table.get(alias, {})
        total = count if count is not None else len(lines)
        if total == 0:
            report.vendors.append(VendorDemand(alias[0], alias[1], 0, 0.0))
            continue
        fallback_price = _mean_sale(own, [])
        fallback_cat = Counter(cat for _, cat in own.values()).most_common(1)
        fallback_category = fallback_cat[0][0] if fallback_cat else UNKNOWN
        per_line: list[tuple[Feedback, float | None, str]] = []
        for fb in lines:
            price, category = own.get(_title(fb.listing), (None, fallback_category))
            per_line.append((fb, price if price is not None else fallback_price, category))
        scale = total / len(lines) if lines else 0.0
        vendor_cats: dict[str, float] = defaultdict(float)
        if lines:
            for fb, price, category in per_line:
                value = (price or 0.0) * scale
                vendor_cats[category] += value
                if fb.date:
                    by_month[fb.date[:7]][category] += value
        elif fallback_price is not None:
            vendor_cats[fallback_category] += fallback_price * total
        sales = round(sum(vendor_cats.values()), 2)
        report.vendors.append(VendorDemand(
            market=alias[0], vendor=alias[1], feedback_count=total, sales_usd=sales,
            by_category={k: round(v, 2) for k, v in vendor_cats.items()}, lines_seen=len(lines),
            lines_unpriced=sum(1 for _, price, _ in per_line if price is None)))
        for category, value in vendor_cats.items():
            by_category[category] += value
        by_market[alias[0]] += sales

    history = [_vendor_records(snap) for snap in snapshots]
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

    report.by_category = {k: round(v, 2) for k, v in sorted(by_category.items())}
    report.by_market = {k: round(v, 2) for k, v in sorted(by_market.items())}
    report.by_month = {month: {k: round(v, 2) for k, v in sorted(cats.items())}
                       for month, cats in sorted(by_month.items())}
    return report


def _latest_capture(vendors: Iterable[Vendor]) -> str | None:
    stamps = [v.captured_at for v in vendors if v.captured_at]
    return max(stamps) if stamps else None
