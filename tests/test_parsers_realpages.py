"""parsers.parse_page on real saved pages (../shared/realpages), against hand annotations."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from parsers import parse_page
from parsers.records import to_json
from tests.parsers_scoring import equal

REPO = Path(__file__).resolve().parents[1]
REAL = REPO.parent / "shared" / "realpages"
TRUTH = json.loads((Path(__file__).parent / "data" / "realpages_truth.json").read_text())["pages"]

pytestmark = pytest.mark.skipif(not REAL.is_dir(), reason="../shared/realpages is absent")


def _score(use_profiles: bool) -> tuple[float, dict[str, list[int]], list[str]]:
    """Field F1 over the annotated values: a wrong value is a FP and a FN, a missing one a FN."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
    misses = []
    for rel, truth in TRUTH.items():
        result = parse_page((REAL / rel).read_bytes(), captured_at="2019-11-01T00:00:00Z",
                            use_profiles=use_profiles)
        checks: list[tuple[str, Any, Any]] = [("page_type", truth["page_type"], result.page.page_type)]
        got = [to_json(r) for r in result.records]
        seen: dict[str, int] = defaultdict(int)
        for exp in truth["records"]:
            kind = exp["type"]
            same = [g for g in got if g["type"] == kind]
            rec = same[seen[kind]] if seen[kind] < len(same) else {}
            seen[kind] += 1
            checks += [(f"{kind}.{key}", value, rec.get(key)) for key, value in exp.items() if key != "type"]
        for key, expected, value in checks:
            c = counts[key]
            if equal(expected, value):
                c[0] += 1
                continue
            c[2] += 1
            if value not in (None, [], ""):
                c[1] += 1
            misses.append(f"{rel}: {key} {value!r} != {expected!r}")
    tp, fp, fn = (sum(c[i] for c in counts.values()) for i in range(3))
    return 2 * tp / (2 * tp + fp + fn), counts, misses


@pytest.mark.parametrize("use_profiles", [True, False], ids=["profiles", "generic"])
def test_annotated_real_pages_reach_field_f1_095(use_profiles: bool) -> None:
    f1, counts, misses = _score(use_profiles)
    for key, (tp, fp, fn) in sorted(counts.items()):
        print(f"{key:24s} F1={2 * tp / (2 * tp + fp + fn):.3f} tp={tp} fp={fp} fn={fn}")
    print("misses:", *misses, sep="\n  ")
    print(f"overall field F1 ({'profiles' if use_profiles else 'generic only'}) = {f1:.3f}")
    assert f1 >= 0.95


def test_every_real_page_parses_without_error() -> None:
    for path in sorted(p for p in REAL.rglob("*") if p.is_file() and p.suffix not in (".md", ".tsv")):
        result = parse_page(path.read_bytes())
        assert result.page.error is None or "truncated" in result.page.error, (path, result.page.error)
