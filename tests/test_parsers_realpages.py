"""parsers.parse_page on real saved pages (../shared/realpages), against hand annotations."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from parsers import parse_page
from parsers.records import to_json
from tests.parsers_scoring import equal

REPO = Path(__file__).resolve().parents[1]
REAL = REPO.parent / "shared" / "realpages"
TRUTH = json.loads((Path(__file__).parent / "data" / "realpages_truth.json").read_text())["pages"]

pytestmark = pytest.mark.skipif(not REAL.is_dir(), reason="../shared/realpages is absent")


def test_annotated_real_pages_reach_field_f1_095() -> None:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # [correct, total]
    misses = []
    for rel, truth in TRUTH.items():
        result = parse_page((REAL / rel).read_bytes(), captured_at="2019-11-01T00:00:00Z")
        counts["page_type"][1] += 1
        if result.page.page_type == truth["page_type"]:
            counts["page_type"][0] += 1
        else:
            misses.append(f"{rel}: page_type {result.page.page_type} != {truth['page_type']}")
        got = [to_json(r) for r in result.records]
        seen: dict[str, int] = defaultdict(int)
        for exp in truth["records"]:
            kind = exp["type"]
            same = [g for g in got if g["type"] == kind]
            rec = same[seen[kind]] if seen[kind] < len(same) else {}
            seen[kind] += 1
            for key, value in exp.items():
                if key == "type":
                    continue
                counts[f"{kind}.{key}"][1] += 1
                if equal(value, rec.get(key)):
                    counts[f"{kind}.{key}"][0] += 1
                else:
                    misses.append(f"{rel}: {kind}.{key} {rec.get(key)!r} != {value!r}")
    total = sum(c[1] for c in counts.values())
    correct = sum(c[0] for c in counts.values())
    for key, (ok, n) in sorted(counts.items()):
        print(f"{key:24s} {ok}/{n} = {ok / n:.3f}")
    print("misses:", *misses, sep="\n  ")
    print(f"overall {correct}/{total} = {correct / total:.3f}")
    assert correct / total >= 0.95


def test_every_real_page_parses_without_error() -> None:
    for path in sorted(p for p in REAL.rglob("*") if p.is_file() and p.suffix not in (".md", ".tsv")):
        result = parse_page(path.read_bytes())
        assert result.page.error is None or "truncated" in result.page.error, (path, result.page.error)
