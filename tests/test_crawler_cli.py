"""onionscope crawl: user mistakes give one clear line, never a traceback, and no connection."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

from click.testing import CliRunner

from crawler.errors import CrawlConfigError
from crawler.torpool import resolve_tor
from onionscope.cli import main

ROOT = Path(__file__).resolve().parent.parent
SCOPE = ROOT / "scopes" / "lab-demo.yaml"


def _run(*args: str, tmp_path: Path, monkeypatch) -> tuple[int, str]:
    monkeypatch.setenv("ONIONSCOPE_AUDIT_KEY", str(tmp_path / "audit.key"))
    result = CliRunner().invoke(main, ["crawl", "--home", str(tmp_path / "home"), *args])
    return result.exit_code, result.output


def test_missing_scope_file_is_one_line(tmp_path, monkeypatch):
    code, out = _run("--scope", str(tmp_path / "nope.yaml"), tmp_path=tmp_path, monkeypatch=monkeypatch)
    assert code == 1 and "does not exist" in out and "Traceback" not in out


def test_expired_scope_refuses_to_start(tmp_path, monkeypatch):
    expired = tmp_path / "old.yaml"
    expired.write_text(SCOPE.read_text().replace("valid_until: 2030-12-31", "valid_until: 2026-02-01"))
    code, out = _run(
        "--scope", str(expired), "--tor", "socks5://127.0.0.1:9", tmp_path=tmp_path, monkeypatch=monkeypatch
    )
    assert code == 1 and "expired" in out and "Traceback" not in out


def test_lab_mode_without_a_lab_says_so(tmp_path, monkeypatch):
    code, out = _run(
        "--scope",
        str(SCOPE),
        "--tor",
        "lab",
        "--lab-state",
        str(tmp_path / "nolab"),
        tmp_path=tmp_path,
        monkeypatch=monkeypatch,
    )
    assert code == 1 and "onionscope lab up" in out and "Traceback" not in out


def test_non_loopback_tor_and_bad_specs_are_refused(tmp_path, monkeypatch):
    for spec, words in (
        ("socks5://10.0.0.1:9050", "not on loopback"),
        ("http://127.0.0.1:8118", "not a SOCKS5"),
        ("socks5://127.0.0.1:9050,control=x", "bad control"),
        ("socks5://127.0.0.1:9050,bogus=1", "unknown --tor option"),
    ):
        code, out = _run("--scope", str(SCOPE), "--tor", spec, tmp_path=tmp_path, monkeypatch=monkeypatch)
        assert code == 1 and words in out and "Traceback" not in out, (spec, out)


def test_unknown_setting_is_refused(tmp_path, monkeypatch):
    code, out = _run(
        "--scope", str(SCOPE), "--set", "NOT_A_SETTING=1", tmp_path=tmp_path, monkeypatch=monkeypatch
    )
    assert code == 1 and "unknown crawler setting" in out


def test_tor_down_is_reported_before_crawling(tmp_path, monkeypatch):
    code, out = _run(
        "--scope",
        str(SCOPE),
        "--tor",
        "socks5://127.0.0.1:9,control=127.0.0.1:9",
        tmp_path=tmp_path,
        monkeypatch=monkeypatch,
    )
    assert code == 1 and "control port" in out and "Traceback" not in out


def test_a_pool_is_several_clients():
    pool = resolve_tor(["socks5://127.0.0.1:9050", "socks5://127.0.0.1:9052,control=127.0.0.1:9053"])
    assert [(e.port, e.control_port) for e in pool] == [(9050, None), (9052, 9053)]
    try:
        resolve_tor("")
    except CrawlConfigError as exc:
        assert "--tor is empty" in str(exc)


def test_tor_status_without_control_port_says_how(tmp_path):
    result = CliRunner().invoke(main, ["tor", "status", "--tor", "socks5://127.0.0.1:9"])
    assert result.exit_code == 1 and "control=HOST:PORT" in result.output and "Traceback" not in result.output


def test_a_socks_port_where_no_tor_answers_stops_the_crawl_before_it_starts(tmp_path, monkeypatch):
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    code, out = _run("--scope", str(SCOPE), "--tor", f"socks5://127.0.0.1:{port}",
                     tmp_path=tmp_path, monkeypatch=monkeypatch)
    assert code == 1 and f"no tor answers on SOCKS 127.0.0.1:{port}" in out and "Traceback" not in out
    assert not (tmp_path / "home" / "warc").exists() or not any((tmp_path / "home" / "warc").iterdir())


def test_a_port_that_is_not_socks5_is_named_as_such(tmp_path, monkeypatch):
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()

        def answer_like_http() -> None:
            conn, _ = server.accept()
            with conn:
                conn.recv(16)
                conn.sendall(b"HTTP/1.1 400 Bad Request\r\n\r\n")

        thread = threading.Thread(target=answer_like_http, daemon=True)
        thread.start()
        port = server.getsockname()[1]
        code, out = _run("--scope", str(SCOPE), "--tor", f"socks5://127.0.0.1:{port}",
                         tmp_path=tmp_path, monkeypatch=monkeypatch)
        thread.join(5)
    assert code == 1 and "is not a SOCKS5 proxy" in out and "Traceback" not in out


def _summary(**changes):
    summary = {
        "scope_id": "lab-demo", "pages_fetched": 39, "pages_per_s": 21.3, "pages_denied": 57,
        "pages_replayed": 0, "resume": {}, "records": {"page": 37, "post": 97}, "sites_dead": [],
        "interstitials": [{"site": "a.onion", "reason": "login"}, {"site": "a.onion", "reason": "captcha"}],
        "errors": {}, "warc_files": ["/j/warc/1.warc.gz"], "finish_reason": "finished",
    }
    return {**summary, **changes}


def test_the_summary_says_how_a_stopped_crawl_goes_on():
    from onionscope.cli.crawl import summary_lines

    stopped = summary_lines(_summary(finish_reason="shutdown"), Path("/j"))
    assert stopped[-1] == ("stopped before the end (signal): run the same command again (same --jobdir /j) "
                           "to go on where it stopped")
    no_jobdir = summary_lines(_summary(finish_reason="shutdown"))
    assert no_jobdir[-1].endswith("a new run starts from the beginning")
    assert "interstitials on a.onion: captcha 1, login 1" in stopped
    assert not any(line.startswith("stopped") for line in summary_lines(_summary(), Path("/j")))


def test_the_summary_of_a_resumed_crawl_says_what_it_took_over():
    from onionscope.cli.crawl import summary_lines

    resumed = {"pages_admitted_before": 561, "requeued": 50, "replayed": 3, "found_in_warc": 2, "revisits": 0}
    lines = summary_lines(_summary(resume=resumed), Path("/j"))
    assert lines[1] == ("resumed from /j: 561 pages admitted before the stop (they count toward the "
                        "scope's limits), 50 unanswered requests queued again, 3 pages re-read from WARC "
                        "for the index")
