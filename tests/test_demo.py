"""``onionscope demo``: the README's first command runs the whole pipeline on a fresh lab."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ethics.audit import read_entries
from lab.network import process_argv

pytestmark = [pytest.mark.lab, pytest.mark.slow]


def run_demo(workdir: Path, *extra: str) -> tuple[dict[str, Any], str]:
    command = [sys.executable, "-m", "onionscope", "demo", "--dir", str(workdir), "--json", *extra]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1]), result.stderr


def check_summary(summary: dict[str, Any]) -> None:
    assert summary["pages_fetched"] > 300
    assert summary["pages_denied"] > 0
    assert summary["sites_dead"] == 1
    assert summary["sites_blocked"] >= 1
    assert summary["listings"] > 50 and summary["vendors"] > 10
    assert summary["threads"] > 50 and summary["posts"] > 300 and summary["authors"] > 50
    assert summary["entities"] > 0
    assert summary["actors_linked"] >= 1
    assert summary["search_hits"] > 0
    assert summary["audit_ok"] is True and summary["audit_entries"] > summary["pages_fetched"]
    crawls = [e for e in read_entries(summary["audit_log"]) if e["op"] == "scope"]
    assert [e["outcome"] for e in crawls] == ["started", "finished"]


def test_demo_crawls_the_lab_into_sqlite_and_ends_with_a_json_summary(tmp_path: Path) -> None:
    summary, log = run_demo(tmp_path)
    check_summary(summary)
    assert summary["index"] == "sqlite" and (tmp_path / "index.sqlite").exists()
    assert "linked vendor" in log and "producer" in log and "search:" in log
    stopped = json.loads((tmp_path / "lab" / "state.stopped.json").read_text())
    assert [pid for pid in stopped["pids"] if process_argv(pid)] == []


@pytest.mark.cluster
def test_demo_indexes_into_the_cluster_when_given_its_url(tmp_path: Path, search_cluster: Any) -> None:
    summary, _ = run_demo(tmp_path, "--index", search_cluster.url)
    check_summary(summary)
    assert summary["index"] == "opensearch"
