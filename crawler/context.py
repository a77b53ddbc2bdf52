"""The objects one crawl shares between its components: policy, audit log, liveness store.

Scrapy builds each component separately from the crawler; they meet here, built once per crawler
from its settings, so the scope middleware, the download handler and the spider ask the *same*
:class:`ethics.policy.Policy` (its page count and admitted set are the crawl's)::

    ctx = CrawlContext.of(crawler)      # first call builds it from the settings
    ctx.policy.check(url)               # ethics Policy
    ctx.liveness.available(onion)       # crawler.liveness.LivenessStore
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crawler.errors import CrawlConfigError
from crawler.liveness import LivenessStore
from ethics.audit import AuditLog
from ethics.paths import audit_log_path, blocklist_path, home, suspensions_path
from ethics.policy import Policy
from ethics.pseudonym import KnownNames

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

_ATTR = "_onionscope_context"


@dataclass
class CrawlContext:
    """Policy (scope, blocklist, audit), liveness store and the crawl's home directory."""

    policy: Policy
    liveness: LivenessStore
    home: Path
    audit: AuditLog | None = None
    #: Interstitials met: {"site", "url", "kind", "reason"} in order.
    interstitials: list[dict[str, Any]] = field(default_factory=list)
    #: WARC files written by this crawl (the WARC middleware's writer list).
    warc_files: list[str] = field(default_factory=list)
    #: User names seen in this crawl's records, registered by the spider before it yields a
    #: page, so that pseudonymisation finds them in that page's text and in later bodies.
    user_names: KnownNames = field(default_factory=KnownNames)
    #: Why the crawl had to stop before its end (captures could not be written), or None.
    fatal: str | None = None

    @property
    def scope_id(self) -> str:
        return self.policy.scope.id

    @classmethod
    def of(cls, crawler: Crawler) -> CrawlContext:
        ctx = getattr(crawler, _ATTR, None)
        if ctx is None:
            ctx = cls.from_settings(crawler.settings)
            setattr(crawler, _ATTR, ctx)
        return ctx

    @classmethod
    def current(cls, crawler: Crawler) -> CrawlContext | None:
        """The crawler's context if a component has made it already, else None."""
        return getattr(crawler, _ATTR, None)

    @classmethod
    def from_settings(cls, settings: Any) -> CrawlContext:
        scope_file = settings.get("SCOPE_FILE")
        if not scope_file:
            raise CrawlConfigError("SCOPE_FILE is not set: a crawl needs a signed scope file")
        base = home(settings.get("ONIONSCOPE_HOME") or None)
        audit = None
        if settings.getbool("AUDIT_ENABLED", True):
            audit = AuditLog(settings.get("AUDIT_LOG") or audit_log_path(base), actor="crawler")
        blocklist = settings.get("SCOPE_BLOCKLIST") or blocklist_path(base)
        policy = Policy.start(
            scope_file,
            blocklist=blocklist if Path(blocklist).exists() else None,
            audit=audit,
            suspensions=suspensions_path(base),
        )
        liveness = LivenessStore(
            settings.get("LIVENESS_DB") or base / "liveness.sqlite3",
            backoff_base=settings.getfloat("LIVENESS_BACKOFF_BASE", 60.0),
            backoff_max=settings.getfloat("LIVENESS_BACKOFF_MAX", 7 * 86400.0),
        )
        return cls(policy=policy, liveness=liveness, home=base, audit=audit)

    def close(self) -> None:
        self.liveness.close()
        if self.audit is not None:
            self.audit.close()


def jobdir_path(settings: Any, *parts: str) -> Path | None:
    """A path inside JOBDIR (created), or None when the crawl has no JOBDIR."""
    jobdir = settings.get("JOBDIR")
    if not jobdir:
        return None
    path = Path(jobdir, *parts)
    os.makedirs(path.parent, exist_ok=True)
    return path
