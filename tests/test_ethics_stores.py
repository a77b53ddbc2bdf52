"""ethics.stores: retention reaches every WARC directory and index a crawl wrote to, wherever it was."""

from __future__ import annotations

import doctest
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from scrapy.utils.test import get_crawler

import ethics.stores
from crawler.middlewares.warc import WarcMiddleware
from ethics import stores
from ethics.errors import EthicsError
from index import open_index
from index.base import Query
from onionscope.cli import main
from onionscope.pipeline import IndexPipeline
from parsers.records import Listing

ROOT = Path(__file__).resolve().parents[1]
SCOPE = ROOT / "scopes" / "lab-demo.yaml"  # retention_days: 30


def test_the_module_example_runs() -> None:
    assert doctest.testmod(ethics.stores).failed == 0


def test_a_damaged_store_list_is_an_error_not_an_empty_list(tmp_path: Path) -> None:
    stores.registry_path(tmp_path).parent.mkdir(parents=True)
    stores.registry_path(tmp_path).write_text("[1, 2")
    with pytest.raises(EthicsError, match="cannot read the store list"):
        stores.registered(tmp_path, "warc")


def test_a_crawl_registers_its_jobdir_captures_and_its_index(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("ONIONSCOPE_AUDIT_KEY", str(tmp_path / "keys" / "audit.key"))
    home, job = tmp_path / "home", tmp_path / "jobs" / "case-17"
    target = f"sqlite:///{tmp_path / 'elsewhere' / 'case17.sqlite'}"
    crawler = get_crawler(settings_dict={"SCOPE_FILE": str(SCOPE), "ONIONSCOPE_HOME": str(home),
                                         "JOBDIR": str(job), "INDEX_TARGET": target})
    crawler._apply_settings()
    WarcMiddleware.from_crawler(crawler).writer.close()
    pipeline = IndexPipeline.from_crawler(crawler)
    pipeline.open_spider()
    pipeline.close_spider()
    saved = json.loads(stores.registry_path(home).read_text())
    assert saved == {"index": [target], "warc": [str((job / "warc").resolve())]}


def test_retention_erases_expired_records_of_an_index_outside_the_data_directory(
    tmp_path: Path, monkeypatch
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("ONIONSCOPE_HOME", str(home))
    monkeypatch.setenv("ONIONSCOPE_AUDIT_KEY", str(tmp_path / "keys" / "audit.key"))
    monkeypatch.delenv("ONIONSCOPE_INDEX", raising=False)
    (home / "scopes").mkdir(parents=True)
    (home / "scopes" / "lab-demo.yaml").write_text(SCOPE.read_text())
    path = tmp_path / "elsewhere" / "case17.sqlite"
    idx = open_index(path)
    captured = ["2026-01-02T00:00:00Z", "2099-01-01T00:00:00Z"]
    idx.add([Listing(url=f"http://m.onion/l/{i}", site="m.onion", scope_id="lab-demo", title=f"tea {i}",
                     captured_at=at) for i, at in enumerate(captured)])
    idx.close()
    stores.register(home, "index", f"sqlite:///{path}")

    result = CliRunner().invoke(main, ["retention", "apply"])

    assert result.exit_code == 0, result.output
    idx = open_index(path)
    assert [h.record["title"] for h in idx.search(Query(types=["listing"])).hits] == ["tea 1"]
    idx.close()
