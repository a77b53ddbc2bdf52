"""PseudonymisePipeline: non-target users' names become keyed pseudonyms before records leave.

Enabled when the scope sets ``personal_data.pseudonymise_non_targets`` (``NotConfigured``
otherwise). Names of forum authors, quoted authors and feedback buyers become stable pseudonyms
(:class:`ethics.pseudonym.Pseudonymiser`: the same name always gives the same pseudonym, so
analysts can still link them; only the key holder can reverse one). Post bodies, feedback texts
and page text lose those names too, with every name the crawl has seen so far
(:func:`remember_names`, called by the spider before it yields a page), in the variants people
write them in ("dark_vendor", "Dark Vendor", "@darkvendor" for ``DarkVendor``; a name that is an
ordinary word only as written: :class:`ethics.pseudonym.KnownNames`), and "@mentions"; text that
left before a name was known is scrubbed again in the index when the crawl ends
(:mod:`onionscope.rescrub`, called by the index pipelines). With a ``JOBDIR`` the names are kept
in ``names.json`` there (0600) until the crawl reaches its end, so a resumed crawl knows those of
the run before the stop. Names
listed in ``personal_data.target_identifiers`` stay in clear. It runs before enrichment and the
index, so no clear name of a non-target user reaches either::

    ITEM_PIPELINES = {"crawler.pseudonymise.PseudonymisePipeline": 100, ...}

Stats: ``ethics/pseudonymised``.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from typing import TYPE_CHECKING, Any

from scrapy import signals as scrapy_signals

from crawler.context import CrawlContext, jobdir_path
from crawler.errors import not_configured
from ethics.pseudonym import DEFAULT_FIELDS
from parsers.records import Author, Page, Vendor, from_json, to_json

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


#: At most this many names are remembered per crawl (a bound on memory and on ``names.json``; the
#: time to scrub a text does not grow with the names: one dict lookup per word).
MAX_NAMES = 20000
#: The names are written to JOBDIR whenever this many new ones were learnt, and at the end.
SAVE_EVERY = 200
logger = logging.getLogger(__name__)


def remember_names(ctx: CrawlContext, records: list[Any]) -> None:
    """Add the user names of a page's records to the crawl's known names (a no-op when the scope
    keeps names in clear)."""
    if not ctx.policy.scope.personal_data.pseudonymise_non_targets or len(ctx.user_names) >= MAX_NAMES:
        return
    for rec in records:
        for name in DEFAULT_FIELDS:
            value = getattr(rec, name, None)
            for v in value if isinstance(value, list) else [value]:
                if isinstance(v, str) and v:
                    ctx.user_names.add(v)
        if isinstance(rec, Author) and rec.name:
            ctx.user_names.add(rec.name)
        if isinstance(rec, Vendor):
            ctx.user_names.update(f.buyer for f in rec.feedback if f.buyer)


class PseudonymisePipeline:
    """Ask the scope's :class:`ethics.policy.Policy` to pseudonymise each record."""

    def __init__(self, crawler: Crawler) -> None:
        self.ctx = CrawlContext.of(crawler)
        self.policy = self.ctx.policy
        self.stats = crawler.stats
        # A resumed crawl knows the names of the run before the stop: text it indexes, and the
        # rescrub at its end, find them too. Kept in JOBDIR, beside the WARC captures that hold
        # the same names in clear.
        self.names_path = jobdir_path(crawler.settings, "names.json")
        self._saved = 0
        if self.names_path is not None and self.names_path.exists():
            try:
                self.ctx.user_names.update(json.loads(self.names_path.read_text(encoding="utf-8")))
            except (OSError, ValueError) as exc:
                logger.error("names of the stopped run not read back from %s: %s", self.names_path, exc)
            self._saved = len(self.ctx.user_names)

    def close_spider(self, spider: Any = None) -> None:
        self._save()

    def _save(self) -> None:
        if self.names_path is None or len(self.ctx.user_names) == self._saved:
            return
        tmp = self.names_path.with_name(self.names_path.name + ".tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(list(self.ctx.user_names), fh, ensure_ascii=False)
            os.replace(tmp, self.names_path)
            self._saved = len(self.ctx.user_names)
        except OSError as exc:  # a full disk: the crawl stops on its own; the names are not lost yet
            logger.error("names not saved to %s: %s", self.names_path, exc)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PseudonymisePipeline:
        if not CrawlContext.of(crawler).policy.scope.personal_data.pseudonymise_non_targets:
            raise not_configured(cls, "the scope keeps user names in clear")
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline._finished, signal=scrapy_signals.spider_closed)
        return pipeline

    def _finished(self, reason: str) -> None:
        # A crawl that reached its end will not be resumed: the clear names go (data minimisation).
        if reason == "finished" and self.names_path is not None:
            with contextlib.suppress(OSError):
                self.names_path.unlink()

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if isinstance(item, Page):
            return self._page(item)
        if not hasattr(item, "kind"):
            return item
        remember_names(self.ctx, [item])  # replayed pages reach here without the spider's call
        if len(self.ctx.user_names) - self._saved >= SAVE_EVERY:
            self._save()  # a crawl killed before its end keeps most of what it learnt
        # An Author record's own name is the same person as a post's author: same field kind.
        fields = ("name",) if isinstance(item, Author) else DEFAULT_FIELDS
        data = to_json(item)
        changed = self.policy.pseudonymise(data, fields=fields, names=self.ctx.user_names)
        if changed == data:
            return item
        if self.stats is not None:
            self.stats.inc_value("ethics/pseudonymised")
        return from_json(changed)

    def _page(self, page: Page) -> Page:
        if not page.text:
            return page
        changed = self.policy.pseudonymise({"text": page.text}, fields=(), names=self.ctx.user_names)
        if changed["text"] == page.text:
            return page
        if self.stats is not None:
            self.stats.inc_value("ethics/pseudonymised")
        page.text = changed["text"]
        return page
