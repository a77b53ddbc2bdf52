"""parsers.parse_page on every lab page, scored per field against the lab's ground truth."""

from __future__ import annotations

import pytest

from parsers import parse_page
from parsers.records import to_json
from tests.parsers_scoring import Scorer

sites = pytest.importorskip("lab.sites")


@pytest.fixture(scope="module")
def lab_score() -> Scorer:
    world = sites.World(seed=7)
    scorer = Scorer()
    for truth in world.ground_truth():
        site = world.site(truth["site"])
        path = truth["url"][len(site.base_url):] or "/"
        resp = site.handle("GET", path, {})
        result = parse_page(resp.body, url=truth["url"], content_type=resp.header("Content-Type"),
                            captured_at=truth["now"])
        scorer.page(f"{truth['site']} {truth['url']}", truth["page_type"], result.page.page_type,
                    truth["records"], [to_json(r) for r in result.records])
    print("\n" + scorer.table())
    return scorer


def test_lab_extraction_does_not_regress_below_measured_floor(lab_score: Scorer) -> None:
    assert lab_score.overall() >= 0.75


@pytest.mark.xfail(strict=True, reason="generic extraction is at ~0.8 overall on the lab; target 0.99 not reached")
def test_lab_field_f1_reaches_099(lab_score: Scorer) -> None:
    assert min(lab_score.f1().values()) >= 0.99
