"""crawler.frontier.FrontierScheduler in a real crawl of the private Tor lab whose frontier fills its
disk: the crawl stops in one line, and the resumed crawl still reaches every page reachable in scope
(the links of the pages in progress when the frontier could not be written included).

Only the frontier is on ``small_disk`` (WARC, index and audit log have room), so its own writes
fail first, in the middle of the crawl, while pages' links are being recorded.
"""

from __future__ import annotations

import collections
import subprocess

import pytest
from warcio.archiveiterator import ArchiveIterator

from ethics.scope import load_scope
from tests.test_crawler_lab import (
    ROOT,
    SCOPE,
    crawl_cmd,
    crawl_env,
    fetched_urls,
    norm,
    reachable_in_scope,
    run_crawl,
)

pytestmark = [pytest.mark.lab, pytest.mark.slow]


def test_a_full_frontier_disk_stops_the_crawl_and_the_resume_reaches_every_page(lab, tmp_path, small_disk):
    frontier = ["--set", f"FRONTIER_DB={small_disk / 'frontier.sqlite3'}"]
    text_output = [a for a in crawl_cmd(lab, tmp_path, *frontier, cli=True) if a != "--json"]
    out = subprocess.run(text_output, cwd=ROOT, env=crawl_env(tmp_path), capture_output=True, text=True,
                         timeout=600)
    assert out.returncode == 1, out.stderr[-2000:]
    last = out.stderr.strip().splitlines()[-1]
    assert last.startswith("Error: cannot write the crawl frontier ") and "full" in last
    assert "the crawl stopped; make room" in last and "Traceback" not in out.stderr

    # Resumed before room was made: refused at once, in one line, the frontier left as it was.
    again = subprocess.run(text_output, cwd=ROOT, env=crawl_env(tmp_path), capture_output=True, text=True,
                           timeout=600)
    assert again.returncode == 1 and "Traceback" not in again.stderr, again.stderr[-2000:]
    last = again.stderr.strip().splitlines()[-1]
    assert last.startswith("Error: cannot write the crawl frontier ") and "full" in last

    small_disk.grow()
    second = run_crawl(lab, tmp_path, *frontier)
    assert second["finish_reason"] == "finished" and second["fatal"] is None
    reachable = set(reachable_in_scope(lab, load_scope(SCOPE)))
    assert sorted(reachable - fetched_urls(small_disk)) == []
    archived: collections.Counter[str] = collections.Counter()
    for path in sorted((tmp_path / "job" / "warc").glob("*.warc.gz")):
        with open(path, "rb") as fh:
            for record in ArchiveIterator(fh):
                if record.rec_type in ("response", "metadata"):
                    archived[norm(record.rec_headers.get_header("WARC-Target-URI"))] += 1
    assert sorted(reachable - set(archived)) == []
    # Pages answered after the frontier's last commit were read back from WARC, not fetched again.
    assert [u for u, n in archived.items() if n > 1] == []
