"""index.merge: merging captures of one document, and the cluster's read-merge-write under a race."""

from __future__ import annotations

import doctest
import uuid
from pathlib import Path
from typing import Any

import pytest

import index.merge
from index import ClusterBackend
from index.base import Query
from index.docs import to_document
from index.merge import merge_document, merge_records
from parsers.records import Entity, Listing, Page, Vendor

FPR = "4C98DEDC1F05716A0B2DA72E569948EFF3380628"


def doc(rec: Any) -> dict[str, Any]:
    return to_document(rec)[0]


def test_the_module_example_runs() -> None:
    assert doctest.testmod(index.merge).failed == 0


def test_false_and_zero_are_facts_that_replace_older_values() -> None:
    old = doc(
        Listing(site="m.onion", title="tea", vendor="v", stock=5, escrow=True, captured_at="2026-01-01")
    )
    new = doc(
        Listing(site="m.onion", title="tea", vendor="v", stock=0, escrow=False, captured_at="2026-01-02")
    )
    merged = merge_document(old["record"], old["version"], new)
    assert (merged["stock"], merged["record"]["escrow"]) == (0, False)


def test_on_a_tie_the_incoming_capture_wins_and_merging_twice_changes_nothing() -> None:
    a = doc(Vendor(site="m.onion", name="v", rating=90.0, captured_at="2026-01-01T00:00:00Z"))
    b = doc(
        Vendor(site="m.onion", name="v", rating=95.0, pgp_fingerprint=FPR, captured_at="2026-01-01T00:00:00Z")
    )
    once = merge_document(a["record"], a["version"], b)
    assert (once["rating"], once["pgp_fingerprint"]) == (95.0, FPR)
    assert merge_document(once["record"], once["version"], b) == once
    assert merge_records(once["record"], once["version"], once["record"], once["version"]) == once["record"]


def test_entities_are_unioned_by_type_and_value_with_the_newer_context_first() -> None:
    old = {
        "type": "vendor",
        "name": "v",
        "entities": [{"entity_type": "btc", "value": "bc1x", "context": "old"}],
    }
    new = {
        "type": "vendor",
        "name": "v",
        "entities": [
            {"entity_type": "btc", "value": "bc1x", "context": "new"},
            {"entity_type": "email", "value": "v@example.org", "context": None},
        ],
    }
    merged = merge_records(old, 1, new, 2)
    assert [(e["entity_type"], e["value"], e["context"]) for e in merged["entities"]] == [
        ("btc", "bc1x", "new"),
        ("email", "v@example.org", None),
    ]
    # an older capture adds its identifiers after the newer ones
    assert [e["context"] for e in merge_records(new, 2, old, 1)["entities"]] == ["new", None]


def test_other_lists_are_values_an_empty_one_keeps_the_stored_list() -> None:
    old = doc(
        Listing(site="m.onion", title="tea", vendor="v", ships_to=["DE", "AT"], captured_at="2026-01-01")
    )
    new = doc(Listing(site="m.onion", title="tea", vendor="v", captured_at="2026-01-02"))
    assert merge_document(old["record"], old["version"], new)["record"]["ships_to"] == ["DE", "AT"]
    newer = doc(Listing(site="m.onion", title="tea", vendor="v", ships_to=["FR"], captured_at="2026-01-03"))
    assert merge_document(old["record"], old["version"], newer)["record"]["ships_to"] == ["FR"]


def test_a_page_parsed_fine_again_loses_the_older_captures_error() -> None:
    broken = doc(
        Page(site="m.onion", url="http://m.onion/", title="M", error="markup cut", captured_at="2026-01-01")
    )
    fine = doc(Page(site="m.onion", url="http://m.onion/", text="welcome", captured_at="2026-01-02"))
    merged = merge_document(broken["record"], broken["version"], fine)["record"]
    assert (merged["error"], merged["title"], merged["text"]) == (None, "M", "welcome")
    # an older broken capture arriving late does not mark the newer one broken either
    assert merge_document(fine["record"], fine["version"], broken)["record"]["error"] is None


def test_the_merged_document_is_rebuilt_from_the_merged_record() -> None:
    profile = doc(Vendor(site="m.onion", name="Owl", pgp_fingerprint=FPR.lower(), captured_at="2026-01-01"))
    feedback = doc(
        Vendor(
            site="m.onion",
            name="owl",
            feedback_count=3,
            captured_at="2026-01-02",
            entities=[Entity(entity_type="btc", value="bc1x")],
        )
    )
    merged = merge_document(profile["record"], profile["version"], feedback)
    assert merged["id"] == profile["id"] == feedback["id"]
    assert (merged["pgp_fingerprint"], merged["vendor"], merged["entity_values"]) == (FPR, "owl", ["bc1x"])
    assert FPR.lower() in merged["t_meta"] and "bc1x" in merged["t_meta"]
    assert merged["version"] == feedback["version"] and merged["captured_at"] == "2026-01-02T00:00:00.000Z"


@pytest.mark.cluster
def test_a_write_between_the_clusters_read_and_its_bulk_is_merged_not_lost(
    search_cluster: Any, tmp_path: Path
) -> None:
    prefix = f"t-{uuid.uuid4().hex[:10]}-"
    mine = ClusterBackend(search_cluster.url, search_cluster.engine, spool_dir=tmp_path / "a", prefix=prefix)
    other = ClusterBackend(search_cluster.url, search_cluster.engine, spool_dir=tmp_path / "b", prefix=prefix)
    try:
        mine.add([Vendor(site="m.onion", name="owl", rating=90.0, captured_at="2026-01-01T00:00:00Z")])
        mine.flush()
        assert mine.client is not None
        real_bulk = mine.client.bulk
        bulks: list[int] = []

        def bulk_after_a_concurrent_write(
            lines: list[dict[str, Any]], params: dict[str, Any] | None = None
        ) -> dict[str, Any]:
            # another crawler indexes the profile after this backend read the stored document
            if not bulks:
                other.add([Vendor(site="m.onion", name="owl", pgp_fingerprint=FPR, captured_at="2026-01-02")])
                other.flush()
            bulks.append(len(lines))
            return real_bulk(lines, params)

        mine.client.bulk = bulk_after_a_concurrent_write  # type: ignore[method-assign]
        mine.add([Vendor(site="m.onion", name="owl", feedback_count=7, captured_at="2026-01-03T00:00:00Z")])
        mine.flush()
        hits = mine.search(Query(types=["vendor"])).hits
        assert [
            (h.record["pgp_fingerprint"], h.record["feedback_count"], h.record["rating"]) for h in hits
        ] == [(FPR, 7, 90.0)]
        # the first bulk met the other write (409): the document was read, merged and written again
        assert len(bulks) == 2 and mine.spooled == 0 and mine.rejected == 0
    finally:
        other.close()
        mine.drop()
        mine.close()
