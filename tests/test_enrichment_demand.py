"""Unit: enrichment.demand -- sales from feedback, per vendor, category, market, month and snapshot."""

from __future__ import annotations

import pytest

from enrichment.demand import estimate_demand
from parsers.records import Feedback, Listing, Vendor


def _fb(title: str, date: str, buyer: str = "a***b") -> Feedback:
    return Feedback(rating="positive", text="ok", date=date, listing=title, buyer=buyer)


TEA = Listing(market="m", vendor="v", title="Oolong, 10 g", price_usd=20.0, category_norm="tea",
              url="http://a.onion/l/1")
SOAP = Listing(market="m", vendor="v", title="Soap bar, 3 pcs", price_usd=5.0, category_norm="soap",
               url="http://a.onion/l/2")


def test_feedback_count_is_spread_by_the_lines_seen_and_priced_per_listing() -> None:
    vendor = Vendor(market="m", name="v", feedback_count=4,
                    feedback=[_fb("Oolong, 10 g", "2026-01-03"), _fb("Soap bar, 3 pcs", "2026-02-01")])
    report = estimate_demand([vendor], [TEA, SOAP])
    assert report.by_category == {"soap": 10.0, "tea": 40.0}
    assert report.by_month == {"2026-01": {"tea": 40.0}, "2026-02": {"soap": 10.0}}
    assert report.vendors[0].method == "feedback_lines" and report.total_usd == 50.0
    assert report.vendors[0].by_month == {"2026-01": 40.0, "2026-02": 10.0}


def test_mirror_pages_and_index_cards_are_counted_once() -> None:
    mirror_listing = Listing(market="m", vendor="v", title="Oolong, 10 g", price_usd=20.0,
                             category_norm="tea", url="http://b.onion/l/1")
    card = Listing(market="m", vendor="v", title="Oolong, 10 g", price_usd=20.0,
                   listing_url="http://a.onion/l/1")
    profile = Vendor(market="m", site="a.onion", name="v", feedback_count=2,
                     feedback=[_fb("Oolong, 10 g", "2026-01-01"), _fb("Oolong, 10 g", "2026-01-02")])
    mirror = Vendor(market="m", site="b.onion", name="v", feedback_count=2,
                    feedback=[_fb("Oolong, 10 g", "2026-01-01")])
    report = estimate_demand([profile, mirror], [TEA, mirror_listing, card])
    assert report.by_category == {"tea": 40.0} and report.by_market == {"m": 40.0}


def test_per_listing_feedback_counts_are_used_when_shown() -> None:
    tea = Listing(market="m", vendor="v", title="Oolong, 10 g", price_usd=20.0, category_norm="tea",
                  url="http://a.onion/l/1", feedback_count=7)
    report = estimate_demand([Vendor(market="m", name="v", feedback_count=7)], [tea])
    assert report.by_category == {"tea": 140.0} and report.vendors[0].method == "listing_feedback"


def test_a_title_shared_by_two_prices_gives_a_range_around_the_mean() -> None:
    cheap = Listing(market="m", vendor="v", title="Print", price_usd=100.0, category_norm="art", url="/l/1")
    dear = Listing(market="m", vendor="v", title="Print", price_usd=300.0, category_norm="art", url="/l/2")
    vendor = Vendor(market="m", name="v", feedback_count=1, feedback=[_fb("Print", "2026-01-01")])
    report = estimate_demand([vendor], [cheap, dear])
    assert report.by_category == {"art": 200.0}
    assert (report.by_category_low, report.by_category_high) == ({"art": 100.0}, {"art": 300.0})
    assert report.vendors[0].lines_ambiguous == 1


def test_lines_naming_unknown_listings_use_the_vendor_average_price() -> None:
    vendor = Vendor(market="m", name="v", feedback_count=1, feedback=[_fb("Gone listing", "2026-01-01")])
    report = estimate_demand([vendor], [TEA, SOAP])
    assert report.vendors[0].lines_unpriced == 1 and report.total_usd == pytest.approx(12.5)


def test_growth_between_snapshots_is_priced_as_sales_of_the_period() -> None:
    line = [_fb("Oolong, 10 g", "2026-01-01")]
    before = Vendor(market="m", name="v", feedback_count=10, feedback=line,
                    captured_at="2026-01-01T00:00:00Z")
    after = Vendor(market="m", name="v", feedback_count=15, feedback=line,
                   captured_at="2026-02-01T00:00:00Z")
    report = estimate_demand([after], [TEA], snapshots=[[before]])
    [growth] = report.growth
    assert (growth.new_feedback, growth.sales_usd) == (5, 100.0)
    assert (growth.start, growth.end) == ("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z")


def test_a_vendor_without_feedback_has_no_sales_and_json_is_serialisable() -> None:
    import json

    report = estimate_demand([Vendor(market="m", name="v", feedback_count=0)], [TEA])
    assert report.total_usd == 0.0
    assert json.loads(json.dumps(report.to_json()))["vendors"][0]["sales_usd"] == 0.0


def test_a_count_without_lines_is_spread_evenly_over_the_listings_with_honest_bounds() -> None:
    report = estimate_demand([Vendor(market="m", name="v", feedback_count=4)], [TEA, SOAP])
    assert report.vendors[0].method == "listing_average"
    assert report.by_category == {"soap": 10.0, "tea": 40.0}
    assert report.by_category_low == {"soap": 0.0, "tea": 0.0}
    assert report.by_category_high == {"soap": 20.0, "tea": 80.0}


def test_mirror_sites_fold_into_one_market() -> None:
    tea = Listing(site="b.onion", vendor="v", title="Oolong, 10 g", price_usd=20.0, category_norm="tea",
                  url="http://b.onion/l/1")
    vendors = [Vendor(site=s, name="v", feedback_count=1, feedback=[_fb("Oolong, 10 g", "2026-01-01")])
               for s in ("a.onion", "b.onion")]
    report = estimate_demand(vendors, [tea], sites={"b.onion": "a.onion"})
    assert report.by_market == {"a.onion": 20.0} and report.by_category == {"tea": 20.0}
