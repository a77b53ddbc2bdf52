"""The typed, immutable model of a scope (see :mod:`ethics.scope` for the file format and loading).

    >>> t = Target("x.onion", deny=("/admin*",))
    >>> t.path_allowed("/admin/"), t.path_allowed("/shop")
    ((False, 'deny:/admin*'), (True, 'target'))
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import re
from dataclasses import dataclass, field

from ethics.errors import ScopeNotInForce
from ethics.onion import normalise_host

LEGAL_BASES: tuple[str, ...] = ("criminal_investigation", "intelligence", "research", "other")
MEDIA_MODES: tuple[str, ...] = ("none", "hashes", "store")
PATTERN_SYNTAXES: tuple[str, ...] = ("glob", "regex")
MAX_RETENTION_DAYS = 3650
_ID_RE = re.compile(r"[A-Za-z0-9._-]{1,64}")
UTC = dt.UTC


@dataclass(frozen=True)
class LegalBasis:
    """The legal ground of the authorisation: a kind from :data:`LEGAL_BASES` and free text."""

    kind: str
    text: str


@dataclass(frozen=True)
class Target:
    """One onion site the scope authorises, with optional path allow/deny patterns."""

    onion: str
    label: str = ""
    allow: tuple[str, ...] = ()
    deny: tuple[str, ...] = ()
    patterns: str = "glob"
    #: How the site is reached: ``https`` for onion services that only answer on port 443.
    scheme: str = "http"

    def _match(self, pattern: str, path: str) -> bool:
        if self.patterns == "regex":
            return re.match(pattern, path) is not None
        return fnmatch.fnmatchcase(path, pattern)

    def path_allowed(self, path: str) -> tuple[bool, str]:
        """``(allowed, rule)`` for a path (plus query); rule names the deciding pattern."""
        path = path or "/"
        for pattern in self.deny:
            if self._match(pattern, path):
                return False, f"deny:{pattern}"
        if not self.allow:
            return True, "target"
        for pattern in self.allow:
            if self._match(pattern, path):
                return True, f"allow:{pattern}"
        return False, "allow:none-matched"


@dataclass(frozen=True)
class Discovery:
    """Whether onions not listed as targets may be crawled when found, and how many."""

    allowed: bool = False
    max_new_onions: int = 0


@dataclass(frozen=True)
class Authenticated:
    """Whether crawling with analyst-supplied sessions is allowed, and on which sites."""

    allowed: bool = False
    sites: tuple[str, ...] = ()


@dataclass(frozen=True)
class PersonalData:
    """Personal-data handling: pseudonymise users who are not targets of the investigation."""

    pseudonymise_non_targets: bool = False
    target_identifiers: tuple[str, ...] = ()


@dataclass(frozen=True)
class RateLimits:
    """Politeness per onion: requests per second and simultaneous requests."""

    requests_per_second: float = 0.5
    concurrency: int = 1


@dataclass(frozen=True)
class Scope:
    """A loaded, validated authorisation. Build it with :func:`load_scope` or :func:`parse_scope`."""

    id: str
    case_reference: str
    legal_basis: LegalBasis
    purpose: str
    authorised_by: str
    valid_from: dt.datetime
    valid_until: dt.datetime
    targets: tuple[Target, ...]
    retention_days: int
    discovery: Discovery = field(default_factory=Discovery)
    authenticated: Authenticated = field(default_factory=Authenticated)
    media: str = "none"
    personal_data: PersonalData = field(default_factory=PersonalData)
    rate_limits: RateLimits = field(default_factory=RateLimits)
    max_pages: int = 10000
    max_depth: int = 10
    content_stop: tuple[str, ...] = ()
    #: File the scope was loaded from, if any.
    source: str | None = None
    #: SHA-256 of the scope file's text: which version of the authorisation was used.
    sha256: str | None = None

    def target(self, host: str) -> Target | None:
        """The target entry for a host (any case, port or subdomain), or None."""
        host = normalise_host(host)
        for t in self.targets:
            if t.onion == host:
                return t
        return None

    def status(self, now: dt.datetime | None = None) -> tuple[str, str]:
        """``(code, message)``: code is ``in_force``, ``scope_expired`` or ``scope_not_yet_valid``."""
        now = _utc(now or dt.datetime.now(UTC))
        if now < self.valid_from:
            return "scope_not_yet_valid", (
                f"scope {self.id} is not valid before {self.valid_from.isoformat()} "
                f"(now {now.isoformat(timespec='seconds')})"
            )
        if now >= self.valid_until:
            return "scope_expired", (
                f"scope {self.id} expired at {self.valid_until.isoformat()} "
                f"(now {now.isoformat(timespec='seconds')})"
            )
        return "in_force", f"scope {self.id} is in force until {self.valid_until.isoformat()}"

    def in_force(self, now: dt.datetime | None = None) -> bool:
        """True when ``now`` (default: the current time) lies inside the validity window."""
        return self.status(now)[0] == "in_force"

    def ensure_in_force(self, now: dt.datetime | None = None) -> None:
        """Raise :class:`ScopeNotInForce` when the scope is expired or not yet valid."""
        code, message = self.status(now)
        if code != "in_force":
            raise ScopeNotInForce(self.id, code, message)

    def retention_cutoff(self, now: dt.datetime | None = None) -> dt.datetime:
        """Records captured before this instant are past their retention period."""
        return _utc(now or dt.datetime.now(UTC)) - dt.timedelta(days=self.retention_days)


def _utc(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        raise ValueError("naive datetime: give a timezone-aware UTC time")
    return value.astimezone(UTC)
