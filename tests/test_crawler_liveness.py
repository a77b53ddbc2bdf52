"""crawler.liveness: per-onion up/down/dead/blocked history with exponential backoff."""

from __future__ import annotations

import json

from click.testing import CliRunner

from crawler.liveness import LivenessStore, backoff_delay
from onionscope.cli import main


def test_backoff_doubles_per_failure_and_is_capped():
    assert [backoff_delay(n, 60, 1000) for n in range(6)] == [0.0, 60.0, 120.0, 240.0, 480.0, 960.0]
    assert backoff_delay(7, 60, 1000) == 1000.0
    assert backoff_delay(10_000, 1, 5) == 5.0


def test_dead_onion_is_skipped_until_its_next_try(tmp_path):
    store = LivenessStore(tmp_path / "l.sqlite3", backoff_base=10, backoff_max=100)
    rec = store.record_failure("d.onion", "descriptor_not_found", dead=True, now=1000.0)
    assert rec == {
        "onion": "d.onion",
        "state": "dead",
        "failures": 1,
        "next_try": 1010.0,
        "reason": "descriptor_not_found",
    }
    assert store.available("d.onion", now=1005.0) == (False, "dead:descriptor_not_found")
    assert store.available("d.onion", now=1011.0) == (True, "ok")
    assert (
        store.record_failure("d.onion", "descriptor_not_found", dead=True, now=1011.0)["next_try"] == 1031.0
    )


def test_success_resets_the_failure_count(tmp_path):
    store = LivenessStore(tmp_path / "l.sqlite3", backoff_base=10)
    store.record_failure("a.onion", "intro_failed", dead=False, now=1.0)
    store.record_up("a.onion", now=20.0)
    row = store.sites()[0]
    assert (row["state"], row["failures"], row["next_try"]) == ("up", 0, None)
    assert [h["state"] for h in store.history("a.onion")] == ["down", "up"]


def test_blocked_site_stays_blocked_until_unblocked(tmp_path):
    store = LivenessStore(tmp_path / "l.sqlite3")
    assert store.mark_blocked("c.onion", "captcha", "http://c.onion/")
    assert not store.mark_blocked("c.onion", "captcha", "http://c.onion/")
    store.record_up("c.onion")
    assert store.available("c.onion") == (False, "blocked:captcha")
    store.unblock("c.onion")
    assert store.available("c.onion") == (True, "ok")


def test_state_survives_reopening(tmp_path):
    path = tmp_path / "l.sqlite3"
    LivenessStore(path).record_failure("d.onion", "descriptor_not_found", dead=True)
    assert LivenessStore(path).sites()[0]["state"] == "dead"


def test_sites_command_lists_states_and_walls(tmp_path):
    store = LivenessStore(tmp_path / "liveness.sqlite3")
    store.record_failure("d.onion", "descriptor_not_found", dead=True)
    store.record_up("u.onion")
    store.record_wall("u.onion", "http://u.onion/login", "login")
    store.close()
    result = CliRunner().invoke(main, ["sites", "--home", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    rows = {r["onion"]: r for r in json.loads(result.output)}
    assert rows["d.onion"]["state"] == "dead" and rows["d.onion"]["next_try"] > rows["d.onion"]["last_fail"]
    assert rows["u.onion"]["walls"][0]["reason"] == "login"
    text = CliRunner().invoke(main, ["sites", "--home", str(tmp_path)])
    assert "dead" in text.output and "descriptor_not_found" in text.output


def test_sites_without_data_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(main, ["sites", "--home", str(tmp_path)])
    assert result.exit_code == 1 and "no liveness data" in result.output and "Traceback" not in result.output
