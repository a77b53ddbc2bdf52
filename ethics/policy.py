"""Per-request decisions under a scope: what the crawler asks before any network I/O.

    >>> import datetime as dt
    >>> from ethics.scope import parse_scope
    >>> onion = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaam2dqd.onion"
    >>> scope = parse_scope(f'''
    ... {{id: s1, case_reference: C-1, legal_basis: {{kind: research, text: board EB-12}},
    ...  purpose: price study, authorised_by: Dr. Example, valid_from: 2026-01-01, valid_until: 2026-12-31,
    ...  targets: [{{onion: {onion}, deny: ["/admin*"]}}], retention_days: 30, max_pages: 2}}''')
    >>> policy = Policy(scope, now=dt.datetime(2026, 6, 1, tzinfo=dt.UTC))
    >>> policy.check(f"http://{onion}/market").allowed
    True
    >>> d = policy.check(f"http://{onion}/admin/login")
    >>> d.allowed, d.reason, d.rule
    (False, 'path_denied', 'deny:/admin*')
    >>> policy.check("https://example.com/").reason
    'clearnet'
    >>> policy.confirm(f"http://{onion}/market").allowed      # the download handler's second check
    True
    >>> policy.confirm(f"http://{onion}/never-admitted").reason
    'not_admitted'

How the crawler uses it (defence in depth):

1. ``policy = Policy.start(scope_path, blocklist=..., audit=AuditLog(...))`` before the engine
   starts: raises :class:`~ethics.errors.ScopeError` (malformed) or
   :class:`~ethics.errors.ScopeNotInForce` (expired / not yet valid) before any connection.
2. Downloader middleware: ``d = policy.check(url, depth=..., discovered=..., media=...)``; if
   ``not d.allowed`` raise ``IgnoreRequest(d.reason)``. Admitted URLs count toward ``max_pages``.
3. Download handler, right before Tor: ``policy.confirm(url)``; refuses anything the middleware
   did not admit (``not_admitted``) and re-checks blocklist, scope validity, host and path.
4. On each response: ``v = policy.process_response(url, body, status=...)``: ``v.action`` is
   ``store`` (pass on), ``hash`` (keep only ``v.sha256`` and ``v.mime``), ``discard`` or
   ``content_stop`` (store nothing; the site is now suspended). It writes the collection entry.

With an ``audit`` log every decision (``op`` ``decision``), response (``collection``) and content
stop (``suspension``) is recorded. Denial reasons are stable codes, listed in :data:`REASONS`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ethics.audit import AuditLog
from ethics.blocklist import Blocklist
from ethics.content import ContentStop, Hit, MediaPolicy, Suspensions
from ethics.errors import ScopeNotInForce
from ethics.onion import is_valid_onion, normalise_host
from ethics.pseudonym import DEFAULT_FIELDS, KnownNames, Pseudonymiser, load_pseudonym_key
from ethics.scope import Scope, load_scope

#: Every decision reason code, with its meaning in plain words.
REASONS: dict[str, str] = {
    "in_scope": "a target of the scope, path allowed",
    "discovered_onion": "a newly discovered onion, within the scope's discovery allowance",
    "bad_url": "not an http(s) URL with a host",
    "clearnet": "not an onion address: clear-web sites are never crawled",
    "invalid_onion": "not a valid onion v3 address",
    "scope_expired": "the scope's validity has ended",
    "scope_not_yet_valid": "the scope is not valid yet",
    "blocklisted": "the onion is on the blocklist: never contacted",
    "site_suspended": "the site was suspended by a content stop",
    "out_of_scope_host": "the onion is not a target of the scope and discovery is not allowed",
    "discovery_limit": "the scope's allowance of newly discovered onions is used up",
    "path_denied": "the page's path is excluded by the scope",
    "depth_limit": "the link is deeper than the scope allows",
    "media_policy": "media is not downloaded under this scope",
    "auth_not_allowed": "logged-in crawling is not allowed on this site",
    "page_limit": "the scope's maximum number of pages is reached",
    "not_admitted": "the download handler got a request the policy never admitted",
}


@dataclass(frozen=True)
class Decision:
    """An allow/deny answer: a stable ``reason`` code, the deciding ``rule`` and a human ``message``."""

    allowed: bool
    reason: str
    rule: str
    message: str

    def __bool__(self) -> bool:
        return self.allowed


@dataclass(frozen=True)
class ResponseVerdict:
    """What to do with a fetched response: ``store``, ``hash`` (keep the hash only), ``discard``
    or ``content_stop`` (store nothing; site suspended)."""

    action: str
    sha256: str
    mime: str
    reason: str

    @property
    def keep_body(self) -> bool:
        return self.action == "store"


Clock = Callable[[], dt.datetime]


class Policy:
    """Decisions for one crawl under one scope; thread-safe counters for the page/discovery limits.

    Raises :class:`ScopeNotInForce` at construction when the scope is not in force at ``now``.
    ``now``: a fixed datetime, a clock callable, or None for the real UTC time.
    """

    def __init__(self, scope: Scope, blocklist: Blocklist | None = None, *,
                 now: dt.datetime | Clock | None = None, audit: AuditLog | None = None,
                 actor: str = "crawler", content_stop: ContentStop | None = None,
                 suspensions: Suspensions | None = None, pseudonym_key: bytes | None = None) -> None:
        self.scope = scope
        self.blocklist = blocklist
        self.audit = audit
        self.actor = actor
        if now is None:
            self._clock: Clock = lambda: dt.datetime.now(dt.UTC)
        elif isinstance(now, dt.datetime):
            fixed = now
            self._clock = lambda: fixed
        else:
            self._clock = now
        self.content_stop = content_stop or ContentStop.for_scope(scope.content_stop)
        self.suspensions = suspensions or Suspensions()
        self.media = MediaPolicy(scope.media)
        self._pseudonym_key = pseudonym_key
        self._pseudonymiser: Pseudonymiser | None = None
        self._lock = threading.Lock()
        self._admitted: set[str] = set()
        self._new_onions: set[str] = set()
        #: Written with every decision and collection; the purpose itself is in the ``scope`` entry.
        self.justification = f"case {scope.case_reference} ({scope.legal_basis.kind.replace('_', ' ')})"
        code, message = scope.status(self._clock())
        if audit is not None:
            audit.append("scope", actor=actor, justification=self.justification, scope_id=scope.id,
                         object=scope.source or scope.id,
                         outcome="started" if code == "in_force" else "refused",
                         details=scope_snapshot(scope) | {"status": code})
        if code != "in_force":
            raise ScopeNotInForce(scope.id, code, message)

    @classmethod
    def start(cls, scope_path: str | Path, *, blocklist: str | Path | Blocklist | None = None,
              audit: AuditLog | None = None, now: dt.datetime | Clock | None = None,
              actor: str = "crawler", suspensions: str | Path | Suspensions | None = None) -> Policy:
        """Load the scope (ScopeError if malformed) and blocklist, check validity, log the start."""
        scope = load_scope(scope_path)
        if blocklist is not None and not isinstance(blocklist, Blocklist):
            blocklist = Blocklist.load(blocklist) if Path(blocklist).exists() else None
        if suspensions is not None and not isinstance(suspensions, Suspensions):
            suspensions = Suspensions(suspensions)
        return cls(scope, blocklist, now=now, audit=audit, actor=actor, suspensions=suspensions)

    @property
    def pages_admitted(self) -> int:
        with self._lock:
            return len(self._admitted)

    def restore_admitted(self, urls: Iterable[str]) -> int:
        """Count again the pages a stopped crawl under this scope already fetched, so that a
        resumed crawl continues its ``max_pages`` count instead of starting from nothing (and
        its discovered onions count toward ``discovery.max_new_onions``). Returns how many
        pages were added."""
        with self._lock:
            before = len(self._admitted)
            for url in urls:
                key = url.split("#", 1)[0]
                try:
                    host = normalise_host(urlsplit(key).hostname or "")
                except ValueError:
                    continue
                if not host.endswith(".onion"):
                    continue  # never admitted: only onion pages are fetched
                if self.scope.target(host) is None:
                    self._new_onions.add(host)
                self._admitted.add(key)
            return len(self._admitted) - before

    @property
    def new_onions(self) -> frozenset[str]:
        with self._lock:
            return frozenset(self._new_onions)

    def _deny(self, reason: str, rule: str, detail: str = "") -> Decision:
        return Decision(False, reason, rule, REASONS[reason] + (f" ({detail})" if detail else ""))

    def _decide(self, url: str, depth: int, discovered: bool, media: bool, authenticated: bool,
                admit: bool) -> Decision:
        try:
            parts = urlsplit(url)
            host = parts.hostname or ""
        except ValueError:
            return self._deny("bad_url", "url")
        if parts.scheme not in ("http", "https") or not host:
            return self._deny("bad_url", "url")
        host = normalise_host(host)
        if not host.endswith(".onion"):
            return self._deny("clearnet", "onion-only")
        if not is_valid_onion(host):
            return self._deny("invalid_onion", "onion-v3")
        code, message = self.scope.status(self._clock())
        if code != "in_force":
            return self._deny(code, "validity", message)
        if self.blocklist is not None and self.blocklist.contains(host):
            return self._deny("blocklisted", "blocklist")
        if self.suspensions.is_suspended(host):
            return self._deny("site_suspended", "content_stop", self.suspensions.reason(host) or "")
        target = self.scope.target(host)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        if target is not None:
            ok, rule = target.path_allowed(path)
            if not ok:
                return self._deny("path_denied", rule)
        if depth > self.scope.max_depth:
            return self._deny("depth_limit", "max_depth", f"{depth} > {self.scope.max_depth}")
        if media and self.scope.media == "none":
            return self._deny("media_policy", "media:none")
        if authenticated and (not self.scope.authenticated.allowed
                              or host not in self.scope.authenticated.sites):
            return self._deny("auth_not_allowed", "authenticated")
        key = url.split("#", 1)[0]
        with self._lock:
            new_host = target is None and host not in self._new_onions
            if new_host:
                if not (discovered and self.scope.discovery.allowed):
                    return self._deny("out_of_scope_host", "targets")
                if not admit:
                    return self._deny("not_admitted", "defence-in-depth")
                if len(self._new_onions) >= self.scope.discovery.max_new_onions:
                    return self._deny("discovery_limit", "discovery.max_new_onions",
                                      str(self.scope.discovery.max_new_onions))
            allowed = Decision(True, "in_scope" if target else "discovered_onion",
                               "target" if target else "discovery", "allowed")
            if not admit:
                return allowed if key in self._admitted else self._deny("not_admitted", "defence-in-depth")
            if key in self._admitted:
                return allowed
            if len(self._admitted) >= self.scope.max_pages:
                return self._deny("page_limit", "max_pages", str(self.scope.max_pages))
            self._admitted.add(key)
            if new_host:
                self._new_onions.add(host)
            return allowed

    def audit_object(self, url: str, decision: Decision) -> str:
        """What the audit log records as the object: the URL, except for blocklisted onions,
        whose address is never written anywhere (only the blocklist's hash of it)."""
        if decision.reason == "blocklisted" and self.blocklist is not None:
            return f"blocklisted onion sha256:{self.blocklist.digest(url)}"
        return url

    def check(self, url: str, *, depth: int = 0, discovered: bool = False, media: bool = False,
              authenticated: bool = False, admit: bool = True, stage: str = "middleware") -> Decision:
        """Allow or deny one request. With ``admit`` (the default) an allowed URL counts toward
        ``max_pages`` (once per URL, so retries do not count twice)."""
        decision = self._decide(url, depth, discovered, media, authenticated, admit)
        if self.audit is not None:
            self.audit.append(
                "decision", actor=self.actor, justification=self.justification, scope_id=self.scope.id,
                object=self.audit_object(url, decision), outcome="allowed" if decision.allowed else "denied",
                details={"reason": decision.reason, "rule": decision.rule, "stage": stage, "depth": depth},
            )
        return decision

    def confirm(self, url: str, *, depth: int = 0, media: bool = False,
                authenticated: bool = False) -> Decision:
        """The download handler's re-check: everything again, and the URL must have been admitted."""
        return self.check(url, depth=depth, media=media, authenticated=authenticated, admit=False,
                          stage="handler")

    def check_content(self, url: str, text: str) -> Hit | None:
        """Run the content stops on a page's text; on a hit suspend its site and audit it."""
        hit = self.content_stop.check(text)
        if hit is not None:
            host = normalise_host(urlsplit(url).hostname or "")
            self.suspensions.suspend(host, f"content_stop:{hit.pattern_index}")
            if self.audit is not None:
                self.audit.append("suspension", actor=self.actor, justification=self.justification,
                                  scope_id=self.scope.id, object=url, outcome="suspended",
                                  details={"site": host, "pattern_index": hit.pattern_index,
                                           "stored": False})
        return hit

    def process_response(self, url: str, body: bytes, *, status: int | None = None,
                         text: str | None = None, details: dict[str, Any] | None = None) -> ResponseVerdict:
        """Media policy by real type, then content stops; writes the ``collection`` audit entry."""
        digest = hashlib.sha256(body).hexdigest()
        media = self.media.decide(body)
        action, reason = media.action, media.reason
        if action == "store" and not self.media.is_media_type(media.mime):
            page_text = text if text is not None else body.decode("utf-8", errors="replace")
            hit = self.check_content(url, page_text)
            if hit is not None:
                action, reason = "content_stop", f"content_stop:{hit.pattern_index}"
        outcome = {"store": "stored", "hash": "hashed", "discard": "discarded",
                   "content_stop": "discarded"}[action]
        if self.audit is not None:
            self.audit.append(
                "collection", actor=self.actor, justification=self.justification, scope_id=self.scope.id,
                object=url, outcome=outcome, sha256=digest,
                details={"status": status, "size": len(body), "mime": media.mime, "reason": reason,
                         **(details or {})},
            )
        return ResponseVerdict(action, digest, media.mime, reason)

    def pseudonymise(self, record: dict[str, Any], fields: tuple[str, ...] = DEFAULT_FIELDS,
                     names: KnownNames | Iterable[str] = ()) -> dict[str, Any]:
        """A record's JSON form with non-target user names pseudonymised, when the scope asks for it
        (``personal_data.pseudonymise_non_targets``); otherwise the record unchanged. Free text
        (post bodies, feedback and page text) loses the record's own names, ``names`` (other users
        the crawl has seen) and "@mentions" too. The key is the default pseudonym key
        (:func:`ethics.pseudonym.load_pseudonym_key`) unless given."""
        if not self.scope.personal_data.pseudonymise_non_targets:
            return record
        if self._pseudonymiser is None:
            self._pseudonymiser = Pseudonymiser(self._pseudonym_key or load_pseudonym_key())
        targets = self.scope.personal_data.target_identifiers
        return self._pseudonymiser.apply(record, fields=fields, targets=targets, names=names)

    def finish(self, outcome: str = "finished", details: dict[str, Any] | None = None) -> None:
        """Record the end of the crawl (``scope`` entry; outcome e.g. ``finished`` or ``page_limit``)."""
        if self.audit is not None:
            with self._lock:
                counts = {"pages_admitted": len(self._admitted), "new_onions": len(self._new_onions)}
            self.audit.append("scope", actor=self.actor, justification=self.justification,
                              scope_id=self.scope.id, object=self.scope.source or self.scope.id,
                              outcome=outcome, details=counts | (details or {}))

    def scrapy_settings(self) -> dict[str, Any]:
        """Scrapy settings that enforce the scope's rate, concurrency, depth and page limits."""
        rl = self.scope.rate_limits
        return {
            "DOWNLOAD_DELAY": 1.0 / rl.requests_per_second,
            "RANDOMIZE_DOWNLOAD_DELAY": False,
            "CONCURRENT_REQUESTS_PER_DOMAIN": rl.concurrency,
            "DEPTH_LIMIT": self.scope.max_depth,
            "CLOSESPIDER_PAGECOUNT": self.scope.max_pages,
        }


def scope_snapshot(scope: Scope) -> dict[str, Any]:
    """The authority facts of a scope, as written into the audit log when a crawl starts."""
    return {
        "case_reference": scope.case_reference, "legal_basis": scope.legal_basis.kind,
        "legal_basis_text": scope.legal_basis.text, "purpose": scope.purpose,
        "authorised_by": scope.authorised_by, "valid_from": scope.valid_from.isoformat(),
        "valid_until": scope.valid_until.isoformat(), "targets": len(scope.targets),
        "retention_days": scope.retention_days, "media": scope.media, "scope_sha256": scope.sha256,
    }
