"""parsers.drift: a sharp drop of extraction completeness on a site is reported as a template change."""

from __future__ import annotations

import pytest

from parsers import parse_page
from parsers.drift import DriftMonitor, completeness
from parsers.records import Listing


def test_completeness_counts_contract_fields() -> None:
    assert completeness([]) == 0.0
    full = Listing(
        title="t", price=1.0, currency="EUR", vendor="v", category="c", ships_from="DE", ships_to=["EU"]
    )
    assert completeness([full]) == 1.0
    assert completeness([Listing(title="t")]) == pytest.approx(1 / 7)


def test_template_change_on_a_lab_market_raises_an_alert() -> None:
    sites = pytest.importorskip("lab.sites")
    world = sites.World(seed=7)
    site = world.site("tessera-market")
    paths = [f"/listing/{1000 + i}" for i in range(12)]
    bodies = [site.handle("GET", p, {}).body for p in paths]
    monitor = DriftMonitor(baseline=12, window=12)
    for path, body in zip(paths, bodies, strict=True):
        monitor.feed("tessera", parse_page(body, url=site.base_url + path, use_profiles=False))
    # The "new template": the facts move into an image-like widget the parser cannot read.
    for path, body in zip(paths, bodies, strict=True):
        start, end = body.index(b"<dl>"), body.index(b"</dl>") + 5
        changed = body[:start] + b'<div class="facts" data-src="/facts.png"></div>' + body[end:]
        monitor.feed("tessera", parse_page(changed, url=site.base_url + path, use_profiles=False))
    report = monitor.report()["tessera"]
    assert report["pages"] == 24
    assert report["alerts"], report
    assert all("probable template change" in a["reason"] for a in report["alerts"])


def test_stable_site_raises_no_alert() -> None:
    sites = pytest.importorskip("lab.sites")
    world = sites.World(seed=7)
    site = world.site("kornblume-markt")
    monitor = DriftMonitor(baseline=10, window=10)
    for i in range(1, 21):
        path = f"/angebot.php?id={i}"
        monitor.feed("kornblume", parse_page(site.handle("GET", path, {}).body, url=site.base_url + path))
    report = monitor.report()["kornblume"]
    assert report["alerts"] == []
    assert report["by_type"]["listing"]["field_fill"] > 0.9
