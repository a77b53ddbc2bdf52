"""PseudonymisePipeline: non-target users' names become keyed pseudonyms before records leave.

Enabled when the scope sets ``personal_data.pseudonymise_non_targets`` (``NotConfigured``
otherwise). Names of forum authors, quoted authors and feedback buyers become stable pseudonyms
(:class:`ethics.pseudonym.Pseudonymiser`: the same name always gives the same pseudonym, so
analysts can still link them; only the key holder can reverse one). Names listed in
``personal_data.target_identifiers`` stay in clear. It runs before enrichment and the index, so
no clear name of a non-target user reaches either::

    ITEM_PIPELINES = {"crawler.pseudonymise.PseudonymisePipeline": 100, ...}

Stats: ``ethics/pseudonymised``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scrapy.exceptions import NotConfigured

from crawler.context import CrawlContext
from ethics.pseudonym import DEFAULT_FIELDS
from parsers.records import Author, Page, from_json, to_json

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


class PseudonymisePipeline:
    """Ask the scope's :class:`ethics.policy.Policy` to pseudonymise each record."""

    def __init__(self, crawler: Crawler) -> None:
        self.policy = CrawlContext.of(crawler).policy
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PseudonymisePipeline:
        if not CrawlContext.of(crawler).policy.scope.personal_data.pseudonymise_non_targets:
            raise NotConfigured("the scope keeps user names in clear")
        return cls(crawler)

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if isinstance(item, Page) or not hasattr(item, "kind"):
            return item
        # An Author record's own name is the same person as a post's author: same field kind.
        fields = ("name",) if isinstance(item, Author) else DEFAULT_FIELDS
        data = to_json(item)
        changed = self.policy.pseudonymise(data, fields=fields)
        if changed == data:
            return item
        if self.stats is not None:
            self.stats.inc_value("ethics/pseudonymised")
        return from_json(changed)
