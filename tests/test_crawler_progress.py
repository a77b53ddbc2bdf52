"""crawler.progress.ProgressExtension: one line per report on stderr, never the same line twice."""

from __future__ import annotations

import logging

import pytest
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from crawler.progress import ProgressExtension


def _extension() -> ProgressExtension:
    crawler = get_crawler(settings_dict={"PROGRESS_ENABLED": True, "PROGRESS_INTERVAL": 60})
    crawler.stats.open_spider()
    return ProgressExtension.from_crawler(crawler)


def test_progress_is_off_unless_enabled_and_says_so_at_info_not_as_a_warning(caplog) -> None:
    crawler = get_crawler(settings_dict={"PROGRESS_ENABLED": False})
    with caplog.at_level(logging.INFO, logger="crawler.progress"), pytest.raises(NotConfigured) as raised:
        ProgressExtension.from_crawler(crawler)
    assert raised.value.args == ()  # Scrapy logs a NotConfigured with a reason as a WARNING
    assert [(r.levelname, r.getMessage()) for r in caplog.records if r.name == "crawler.progress"] == [
        ("INFO", "ProgressExtension is off: PROGRESS_ENABLED is off")
    ]


def test_a_report_counts_pages_denials_errors_dead_sites_and_interstitials(capsys) -> None:
    ext = _extension()
    stats = ext.crawler.stats
    for key, value in {"warc/records": 40, "warc/metadata": 2, "ethics/denied": 5,
                       "tor/error_count/timeout": 3, "liveness/failed/dead": 1,
                       "crawler/interstitial/captcha": 2}.items():
        stats.set_value(key, value)
    ext.report()
    line = capsys.readouterr().err.strip()
    assert line.startswith("[crawl]") and " 42 pages" in line
    assert "denied 5  errors 3  dead 1  blocked 2" in line


def test_the_closing_report_is_not_printed_again_when_nothing_changed(capsys) -> None:
    ext = _extension()
    ext.crawler.stats.set_value("warc/records", 600)
    ext.report()
    ext.closed()
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    ext.crawler.stats.set_value("warc/records", 601)
    ext.closed()
    assert " 601 pages" in capsys.readouterr().err
