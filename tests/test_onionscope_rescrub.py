"""onionscope.rescrub: a name learnt late in a crawl leaves the free text indexed before it was known."""

from __future__ import annotations

import doctest
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from scrapy.utils.test import get_crawler

import onionscope.rescrub
from crawler.pseudonymise import PseudonymisePipeline, remember_names
from ethics.pseudonym import Pseudonymiser, load_pseudonym_key
from index import open_index
from index.base import Query
from onionscope.pipeline import IndexPipeline, WorkerPipeline
from onionscope.rescrub import rescrub
from parsers.records import Entity, Feedback, Page, Post, Vendor

ROOT = Path(__file__).resolve().parent.parent
SITE = "forum.onion"
AT = "2026-11-01T10:00:00Z"
WALLET = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
PSEUDONYMS = Pseudonymiser(bytes(range(64)))


def _scrub(*names: str, targets: tuple[str, ...] = ()) -> Any:
    return lambda text: PSEUDONYMS.scrub(text, list(names), targets=targets)


def _post(i: int, body: str, scope: str = "case-1", **kw: Any) -> Post:
    kw.setdefault("author", "ps_someone")
    return Post(url=f"http://{SITE}/t/{i}", site=SITE, scope_id=scope, captured_at=AT, index=i,
                body=body, **kw)


def _all_text(db_path: Path) -> str:
    db = sqlite3.connect(db_path)
    try:
        rows = db.execute("SELECT record FROM docs").fetchall()
        fts = db.execute("SELECT t_title, t_meta, t_body FROM fts").fetchall()
    finally:
        db.close()
    return "\n".join(r[0] for r in rows) + "\n".join(" ".join(c or "" for c in r) for r in fts)


def test_the_module_example_runs() -> None:
    assert doctest.testmod(onionscope.rescrub).failed == 0


def test_a_late_name_leaves_post_bodies_page_text_feedback_and_entity_contexts(tmp_path: Path) -> None:
    path = tmp_path / "index.sqlite"
    idx = open_index(str(path))
    mention = Entity(entity_type="btc", value=WALLET, context=f"quiet_reader pays to {WALLET}")
    idx.add([
        _post(1, "ask quiet_reader, he knows", entities=[mention]),
        Page(url=f"http://{SITE}/t/1", site=SITE, scope_id="case-1", captured_at=AT,
             text="quiet_reader wrote"),
        Vendor(url=f"http://{SITE}/v/owl", site=SITE, scope_id="case-1", captured_at=AT, name="owl",
               feedback=[Feedback(buyer="ps_b", text="quiet_reader sent me here")]),
        mention,
    ])
    idx.flush()

    result = rescrub(idx, _scrub("quiet_reader"), scope_id="case-1")

    assert result.changed == 4 and result.scanned == 4
    assert "quiet_reader" not in _all_text(path)
    pseudonym = PSEUDONYMS.pseudonym("quiet_reader")
    post = idx.search(Query(types=["post"])).hits[0].record
    assert post["body"] == f"ask {pseudonym}, he knows"  # the same pseudonym as everywhere else
    assert post["entities"][0]["context"] == f"{pseudonym} pays to {WALLET}"
    assert idx.search(Query(text=pseudonym, types=["post"])).total == 1  # the search text is rebuilt
    assert idx.search(Query(text="quiet_reader")).total == 0
    idx.close()


def test_rescrub_keeps_targets_other_scopes_and_every_other_field(tmp_path: Path) -> None:
    idx = open_index(str(tmp_path / "index.sqlite"))
    idx.add([
        _post(1, "AshHerald and quiet_reader", lang="en"),
        _post(2, "quiet_reader again", scope="case-2"),
    ])
    idx.flush()

    result = rescrub(idx, _scrub("quiet_reader", "AshHerald", targets=("ashherald",)), scope_id="case-1")

    assert result.changed == 1
    ours = idx.search(Query(types=["post"], scope_id="case-1")).hits[0].record
    theirs = idx.search(Query(types=["post"], scope_id="case-2")).hits[0].record
    assert ours["body"].startswith("AshHerald and ps_")  # the target stays in clear
    assert ours["lang"] == "en" and ours["author"] == "ps_someone" and ours["index"] == 1
    assert theirs["body"] == "quiet_reader again"  # another case's data is not this crawl's to touch
    assert idx.count("post") == 2  # rewritten in place, not added beside
    idx.close()


def test_rescrub_is_idempotent(tmp_path: Path) -> None:
    idx = open_index(str(tmp_path / "index.sqlite"))
    idx.add([_post(1, "ask quiet_reader")])
    idx.flush()
    assert rescrub(idx, _scrub("quiet_reader"), scope_id="case-1").changed == 1
    assert rescrub(idx, _scrub("quiet_reader"), scope_id="case-1").changed == 0
    idx.close()


# -- at the end of a crawl: the pipelines call it with every name the crawl learnt -----------------

def _crawler(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **settings: Any) -> Any:
    monkeypatch.setenv("ONIONSCOPE_AUDIT_KEY", str(tmp_path / "keys" / "audit.key"))
    monkeypatch.setenv("ONIONSCOPE_PSEUDONYM_KEY", str(tmp_path / "keys" / "pseudonym.key"))
    text = (ROOT / "scopes" / "lab-demo.yaml").read_text().replace(
        "personal_data:\n  pseudonymise_non_targets: false\n",
        "personal_data:\n  pseudonymise_non_targets: true\n  target_identifiers: [AshHerald]\n",
    )
    scope = tmp_path / "scope.yaml"
    scope.write_text(text)
    crawler = get_crawler(settings_dict={
        "SCOPE_FILE": str(scope), "ONIONSCOPE_HOME": str(tmp_path / "home"),
        "INDEX_TARGET": f"sqlite:///{tmp_path / 'index.sqlite'}", "INDEX_BATCH_SIZE": 1, **settings,
    })
    crawler._apply_settings()
    return crawler


def _crawl(crawler: Any, index_pipeline: Any) -> None:
    from crawler.context import CrawlContext

    pseudonymise = PseudonymisePipeline.from_crawler(crawler)
    index_pipeline.open_spider()
    # Page 1 mentions quiet_reader (and a wallet); quiet_reader's own post is only on page 2.
    first = _post(1, f"ask quiet_reader, he pays to {WALLET}", scope="lab-demo", author="AshHerald")
    second = _post(2, "hello", scope="lab-demo", author="quiet_reader")
    for records in ([first], [second]):
        remember_names(CrawlContext.of(crawler), records)
        for rec in records:
            index_pipeline.process_item(pseudonymise.process_item(rec))
    index_pipeline.close_spider()


def test_the_index_pipeline_rescrubs_what_it_indexed_before_a_name_was_known(tmp_path, monkeypatch) -> None:
    crawler = _crawler(tmp_path, monkeypatch)
    _crawl(crawler, IndexPipeline.from_crawler(crawler))

    text = _all_text(tmp_path / "index.sqlite")
    assert "quiet_reader" not in text and "AshHerald" in text
    assert Pseudonymiser(load_pseudonym_key()).pseudonym("quiet_reader") in text
    assert crawler.stats.get_value("ethics/rescrubbed") == 1


def test_the_worker_pipeline_rescrubs_entity_contexts_after_the_worker_has_finished(tmp_path, monkeypatch):
    crawler = _crawler(tmp_path, monkeypatch,
                       PIPELINE_WORKER_STAGES=["enrichment.entities.EntityPipeline"])
    _crawl(crawler, WorkerPipeline.from_crawler(crawler))

    idx = open_index(str(tmp_path / "index.sqlite"))
    try:
        post = idx.search(Query(types=["post"], entity=WALLET)).hits[0].record
        wallet = idx.search(Query(types=["entity"], entity=WALLET)).hits
    finally:
        idx.close()
    assert post["entities"] and "quiet_reader" not in post["entities"][0]["context"]
    assert "quiet_reader" not in _all_text(tmp_path / "index.sqlite")
    assert crawler.stats.get_value("ethics/rescrubbed") >= 1
    assert all("quiet_reader" not in (h.record.get("context") or "") for h in wallet)


def test_a_scope_that_keeps_names_in_clear_rescrubs_nothing(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("ONIONSCOPE_AUDIT_KEY", str(tmp_path / "keys" / "audit.key"))
    crawler = get_crawler(settings_dict={
        "SCOPE_FILE": str(ROOT / "scopes" / "lab-demo.yaml"), "ONIONSCOPE_HOME": str(tmp_path / "home"),
        "INDEX_TARGET": f"sqlite:///{tmp_path / 'index.sqlite'}",
    })
    crawler._apply_settings()
    pipeline = IndexPipeline.from_crawler(crawler)
    pipeline.open_spider()
    pipeline.process_item(_post(1, "ask quiet_reader", scope="lab-demo"))
    pipeline.close_spider()
    assert "quiet_reader" in _all_text(tmp_path / "index.sqlite")
    assert crawler.stats.get_value("ethics/rescrubbed") is None


@pytest.mark.cluster
def test_rescrub_walks_a_real_cluster_with_its_cursor_and_rewrites_in_place(
    search_cluster, cluster_index_prefix, monkeypatch
):
    monkeypatch.setattr(onionscope.rescrub, "BATCH", 3)  # several pages of search_after, several writes
    idx = open_index(search_cluster.url, prefix=cluster_index_prefix)
    try:
        idx.add([_post(i, f"post {i} asks quiet_reader") for i in range(7)] + [_post(99, "nothing to see")])
        idx.flush()
        result = rescrub(idx, _scrub("quiet_reader"), scope_id="case-1")
        idx.flush()
        assert (result.scanned, result.changed) == (8, 7)
        assert idx.search(Query(text="quiet_reader")).total == 0
        assert idx.count("post") == 8
    finally:
        idx.close()


def test_a_late_name_leaves_in_the_variants_people_write_it_in(tmp_path: Path) -> None:
    idx = open_index(str(tmp_path / "index.sqlite"))
    idx.add([_post(1, "ask Dark Vendor or @dark_vendor; DARKVENDOR's price, the vendor knows")])
    idx.flush()
    scrub = _scrub("DarkVendor", "vendor")

    assert rescrub(idx, scrub, scope_id="case-1").changed == 1
    assert rescrub(idx, scrub, scope_id="case-1").changed == 0  # a variant is not found twice
    ps = PSEUDONYMS.pseudonym("DarkVendor")
    post = idx.search(Query(types=["post"])).hits[0].record
    assert post["body"] == f"ask {ps} or @{ps}; {ps}'s price, the vendor knows"
    assert idx.search(Query(text="vendor")).total == 1  # the word is still searchable
    idx.close()
