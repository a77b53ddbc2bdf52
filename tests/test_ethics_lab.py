"""ethics on the private Tor lab: a blocklisted onion is never contacted, an expired scope never
starts a crawl — checked against the lab sites' own access logs.

The crawl runs in a subprocess (``python -m crawler.run``), as ``onionscope crawl`` does.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ethics.audit import read_entries, verify
from ethics.blocklist import Blocklist

pytestmark = [pytest.mark.lab, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


def _requests_to(lab: dict[str, Any], onion: str, since: str) -> list[dict[str, Any]]:
    out = []
    for log in Path(lab["access_dir"]).glob("*.jsonl"):
        for line in log.read_text().splitlines():
            e = json.loads(line)
            if e["ts"] >= since and onion in (e.get("host") or ""):
                out.append(e)
    return out


def _crawl(lab: dict[str, Any], work: Path, scope: Path) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "crawler.run", "--scope", str(scope), "--tor", "lab",
           "--lab-state", lab["dir"], "--home", str(work / "home"), "--jobdir", str(work / "job"),
           "--index", f"sqlite:///{work / 'index.sqlite'}", "--no-enrich", "--json"]
    env = {**os.environ, "ONIONSCOPE_AUDIT_KEY": str(work / "audit.key")}
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)


def _onion(lab: dict[str, Any], name: str) -> str:
    from lab.sites import World

    return World(seed=7).site_onion(name)


def test_a_blocklisted_onion_is_never_contacted(lab: dict[str, Any], tmp_path: Path) -> None:
    names = ("lanterna-links", "tessera-market", "sombra-mercado")
    directory, market, blocked = (_onion(lab, n) for n in names)
    scope = tmp_path / "scope.yaml"
    scope.write_text(f"""id: ethics-lab-blocklist
case_reference: LAB-TEST-BL
legal_basis: {{kind: research, text: lab test of the blocklist}}
purpose: show that a blocklisted onion is never contacted, even when the scope lists it
authorised_by: onionscope tests
valid_from: 2026-01-01
valid_until: 2030-12-31
targets: [{directory}, {market}, {blocked}]
retention_days: 1
rate_limits: {{requests_per_second: 50, concurrency: 4}}
max_pages: 25
max_depth: 2
""")
    Blocklist.create(tmp_path / "home" / "blocklist.txt").add(blocked)
    since = _now()
    out = _crawl(lab, tmp_path, scope)
    assert out.returncode == 0, out.stderr[-3000:]
    summary = json.loads(out.stdout)
    assert _requests_to(lab, blocked, since) == []
    assert _requests_to(lab, market, since), "the crawl reached no other target: nothing was shown"
    assert summary["denied_by_reason"].get("blocklisted", 0) >= 1
    log = tmp_path / "home" / "audit" / "audit.jsonl"
    assert verify(log, tmp_path / "audit.key").ok
    denials = [e for e in read_entries(log) if (e.get("details") or {}).get("reason") == "blocklisted"]
    assert denials and all(e["outcome"] == "denied" for e in denials)
    assert blocked.split(".")[0] not in log.read_text()  # the address is never written in the log


def test_an_expired_scope_never_starts_a_crawl(lab: dict[str, Any], tmp_path: Path) -> None:
    market = _onion(lab, "tessera-market")
    since = _now()
    out = _crawl(lab, tmp_path, ROOT / "scopes" / "examples" / "expired.yaml")
    assert out.returncode != 0
    assert "expired" in (out.stderr + out.stdout)
    assert _requests_to(lab, market, since) == []
