"""Scopes: one YAML file per legal authorisation, loaded into a typed, immutable :class:`Scope`.

A scope says under which authority (case reference, legal basis, who authorised it, for what
purpose and for how long) which onion sites may be crawled, how deep, how fast, whether new
onions may be discovered, whether media is fetched and how long the collected data is kept.

    >>> text = '''
    ... id: demo-1
    ... case_reference: CASE-2026-17
    ... legal_basis: {kind: research, text: "University ethics board approval EB-12"}
    ... purpose: Measure prices of fictional goods on a lab market
    ... authorised_by: Dr. A. Example, ethics board chair
    ... valid_from: 2026-01-01T00:00:00Z
    ... valid_until: 2026-12-31
    ... targets:
    ...   - onion: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaam2dqd.onion
    ...     deny: ["/admin*", "/account*"]
    ... media: hashes
    ... retention_days: 90
    ... '''
    >>> scope = parse_scope(text, "demo.yaml")
    >>> scope.id, scope.media, scope.max_pages, scope.targets[0].path_allowed("/admin/users")
    ('demo-1', 'hashes', 10000, (False, 'deny:/admin*'))
    >>> scope.valid_until.isoformat()   # a bare date is valid through that whole day (UTC)
    '2027-01-01T00:00:00+00:00'
    >>> problems = validate_scope_text("id: x\\nmedia: pictures\\n", "bad.yaml")
    >>> len(problems), str(problems[-1])
    (9, "line 2, media: must be one of none, hashes, store (got 'pictures')")

File format (every field; ``*`` marks required ones)::

    id*: short stable identifier, [A-Za-z0-9._-]+ (appears in every audit entry)
    case_reference*: the case or project number of the authorisation
    legal_basis*: {kind*: criminal_investigation|intelligence|research|other, text*: free text}
    purpose*: what the crawl is for, in plain words
    authorised_by*: who signed the authorisation (name, role)
    valid_from*, valid_until*: ISO 8601 with timezone, or a date (UTC; valid_until is inclusive)
    targets*: list of {onion*: v3 name, label, allow: [patterns], deny: [patterns],
              patterns: glob|regex (default glob)}
    discovery: {allowed: false, max_new_onions: 0}
    authenticated: {allowed: false, sites: [onion names]}  (sessions supplied by analysts)
    media: none|hashes|store (default none)
    personal_data: {pseudonymise_non_targets: false, target_identifiers: [user names]}
    retention_days*: how long collected records are kept (1..3650)
    rate_limits: {requests_per_second: 0.5, concurrency: 1}  (per onion)
    max_pages: 10000, max_depth: 10
    content_stop: [keywords, or "re:REGEX"]  extra content stops for this scope

Path patterns are matched against the URL path plus its query (``/a/b?x=1``). ``glob`` patterns
use :func:`fnmatch.fnmatchcase` (``*`` crosses ``/``); ``regex`` patterns use :func:`re.match`,
so they are anchored at the start of the path. Deny patterns win over allow patterns; when a
target has allow patterns, a path must match one of them.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ethics.errors import Problem, ScopeError, ScopeNotInForce
from ethics.onion import is_valid_onion, normalise_host

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


# --- reading YAML with line numbers --------------------------------------------------------------

_TOP_FIELDS = {
    "id", "case_reference", "legal_basis", "purpose", "authorised_by", "valid_from", "valid_until",
    "targets", "discovery", "authenticated", "media", "personal_data", "retention_days",
    "rate_limits", "max_pages", "max_depth", "content_stop",
}
_SUB_FIELDS = {
    "legal_basis": {"kind", "text"},
    "discovery": {"allowed", "max_new_onions"},
    "authenticated": {"allowed", "sites"},
    "personal_data": {"pseudonymise_non_targets", "target_identifiers"},
    "rate_limits": {"requests_per_second", "concurrency"},
}
_TARGET_FIELDS = {"onion", "label", "allow", "deny", "patterns"}


def _line_map(node: yaml.Node, path: str, lines: dict[str, int], problems: list[Problem]) -> None:
    """Record the 1-based line of every value under ``path``; report duplicate keys."""
    lines[path or "<top>"] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            sub = f"{path}.{key}" if path else key
            if key in seen:
                problems.append(Problem(sub, key_node.start_mark.line + 1, "appears twice"))
            seen.add(key)
            _line_map(value_node, sub, lines, problems)
            lines[sub] = value_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _line_map(item, f"{path}[{i}]", lines, problems)


class _Checker:
    """Collects every problem of a parsed document, each with its field and line."""

    def __init__(self, lines: dict[str, int]) -> None:
        self.lines = lines
        self.problems: list[Problem] = []

    def line(self, path: str) -> int | None:
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path.rsplit(".", 1)[0] if "." in path else ""
        return self.lines.get("<top>", 1)

    def bad(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, self.line(path), message))

    def unknown(self, data: dict[str, Any], allowed: set[str], prefix: str) -> None:
        for key in data:
            if str(key) not in allowed:
                hint = _closest(str(key), allowed)
                self.bad(f"{prefix}{key}", "unknown field" + (f" (did you mean {hint}?)" if hint else ""))

    def text(self, data: dict[str, Any], key: str, prefix: str = "", required: bool = True) -> str:
        path = prefix + key
        if key not in data or data[key] is None:
            if required:
                self.bad(path, "is missing")
            return ""
        value = data[key]
        if not isinstance(value, str | int | float) or isinstance(value, bool) or not str(value).strip():
            self.bad(path, "must be a non-empty text")
            return ""
        return str(value).strip()

    def boolean(self, data: dict[str, Any], key: str, prefix: str, default: bool) -> bool:
        value = data.get(key, default)
        if not isinstance(value, bool):
            self.bad(prefix + key, f"must be true or false (got {value!r})")
            return default
        return value

    def integer(self, data: dict[str, Any], key: str, prefix: str, default: int | None,
                low: int, high: int) -> int:
        path = prefix + key
        if key not in data or data[key] is None:
            if default is None:
                self.bad(path, "is missing")
                return low
            return default
        value = data[key]
        if isinstance(value, bool) or not isinstance(value, int):
            self.bad(path, f"must be a whole number (got {value!r})")
            return default if default is not None else low
        if not low <= value <= high:
            self.bad(path, f"must be between {low} and {high} (got {value})")
        return value

    def choice(self, data: dict[str, Any], key: str, prefix: str, choices: tuple[str, ...],
               default: str | None) -> str:
        path = prefix + key
        if key not in data or data[key] is None:
            if default is None:
                self.bad(path, f"is missing (one of {', '.join(choices)})")
                return choices[0]
            return default
        value = data[key]
        if value not in choices:
            self.bad(path, f"must be one of {', '.join(choices)} (got {value!r})")
            return default or choices[0]
        return str(value)

    def mapping(self, data: dict[str, Any], key: str) -> dict[str, Any]:
        value = data.get(key)
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.bad(key, "must be a mapping of fields")
            return {}
        self.unknown(value, _SUB_FIELDS[key], f"{key}.")
        return value

    def strings(self, data: dict[str, Any], key: str, prefix: str) -> tuple[str, ...]:
        value = data.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.bad(prefix + key, "must be a list")
            return ()
        out = []
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item:
                self.bad(f"{prefix}{key}[{i}]", "must be a non-empty text")
            else:
                out.append(item)
        return tuple(out)

    def onion(self, value: str, path: str) -> str | None:
        name = normalise_host(value)
        if not name.endswith(".onion"):
            self.bad(path, f"{value!r} is not an onion address (clear-web hosts are never crawled)")
            return None
        if not is_valid_onion(name):
            self.bad(path, f"{value!r} is not a valid onion v3 address (56 characters, checksum)")
            return None
        return name

    def instant(self, data: dict[str, Any], key: str, end_of_day: bool) -> dt.datetime | None:
        if key not in data or data[key] is None:
            self.bad(key, "is missing (ISO 8601 date or time with timezone)")
            return None
        value = data[key]
        if isinstance(value, str):
            try:
                value = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                try:
                    value = dt.date.fromisoformat(value)
                except ValueError:
                    self.bad(key, f"{value!r} is not an ISO 8601 date or time")
                    return None
        if isinstance(value, dt.datetime):
            if value.tzinfo is None:
                self.bad(key, "needs a timezone (e.g. 2026-05-01T00:00:00Z for UTC)")
                return None
            return value.astimezone(UTC)
        if isinstance(value, dt.date):
            start = dt.datetime(value.year, value.month, value.day, tzinfo=UTC)
            return start + dt.timedelta(days=1) if end_of_day else start
        self.bad(key, f"must be a date or time (got {value!r})")
        return None


def _closest(word: str, choices: set[str]) -> str | None:
    import difflib

    found = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.6)
    return found[0] if found else None


def _check_pattern(c: _Checker, syntax: str, pattern: str, path: str) -> None:
    if syntax == "regex":
        try:
            re.compile(pattern)
        except re.error as exc:
            c.bad(path, f"bad regular expression: {exc}")
    elif not pattern.startswith(("/", "*", "?", "[")):
        c.bad(path, f"glob pattern {pattern!r} must start with / (it is matched against the URL path)")


def _build(data: Any, lines: dict[str, int], problems: list[Problem], source: str | None) -> Scope | None:
    c = _Checker(lines)
    c.problems.extend(problems)
    if not isinstance(data, dict):
        c.bad("<top>", "a scope file must be a YAML mapping of fields")
        raise ScopeError(source or "<scope>", c.problems)
    c.unknown(data, _TOP_FIELDS, "")
    scope_id = c.text(data, "id")
    if scope_id and not _ID_RE.fullmatch(scope_id):
        c.bad("id", "use 1-64 letters, digits, dot, dash or underscore")
    case_reference = c.text(data, "case_reference")
    lb = data.get("legal_basis")
    if lb is None:
        c.bad("legal_basis", f"is missing (kind: one of {', '.join(LEGAL_BASES)}; text: free text)")
        legal = LegalBasis("other", "")
    elif not isinstance(lb, dict):
        c.bad("legal_basis", "must be a mapping with kind and text")
        legal = LegalBasis("other", "")
    else:
        c.unknown(lb, _SUB_FIELDS["legal_basis"], "legal_basis.")
        legal = LegalBasis(c.choice(lb, "kind", "legal_basis.", LEGAL_BASES, None),
                           c.text(lb, "text", "legal_basis."))
    purpose = c.text(data, "purpose")
    authorised_by = c.text(data, "authorised_by")
    valid_from = c.instant(data, "valid_from", end_of_day=False)
    valid_until = c.instant(data, "valid_until", end_of_day=True)
    if valid_from and valid_until and valid_until <= valid_from:
        c.bad("valid_until", "must be after valid_from")

    targets: list[Target] = []
    raw_targets = data.get("targets")
    if raw_targets is None:
        c.bad("targets", "is missing (list the onion sites the authorisation covers)")
    elif not isinstance(raw_targets, list) or not raw_targets:
        c.bad("targets", "must be a non-empty list of {onion: ...} entries")
    else:
        seen: set[str] = set()
        for i, item in enumerate(raw_targets):
            prefix = f"targets[{i}]."
            if isinstance(item, str):
                item = {"onion": item}
            if not isinstance(item, dict):
                c.bad(f"targets[{i}]", "must be an onion name or a mapping with onion:")
                continue
            c.unknown(item, _TARGET_FIELDS, prefix)
            name = c.onion(c.text(item, "onion", prefix), prefix + "onion") if item.get("onion") else None
            if "onion" not in item:
                c.bad(prefix + "onion", "is missing")
            syntax = c.choice(item, "patterns", prefix, PATTERN_SYNTAXES, "glob")
            allow = c.strings(item, "allow", prefix)
            deny = c.strings(item, "deny", prefix)
            for kind, pats in (("allow", allow), ("deny", deny)):
                for j, pat in enumerate(pats):
                    _check_pattern(c, syntax, pat, f"{prefix}{kind}[{j}]")
            if name:
                if name in seen:
                    c.bad(prefix + "onion", f"{name} is listed twice")
                seen.add(name)
                label = c.text(item, "label", prefix, required=False)
                targets.append(Target(name, label, allow, deny, syntax))

    d = c.mapping(data, "discovery")
    discovery = Discovery(c.boolean(d, "allowed", "discovery.", False),
                          c.integer(d, "max_new_onions", "discovery.", 0, 0, 100000))
    if discovery.allowed and discovery.max_new_onions == 0:
        c.bad("discovery.max_new_onions", "must be at least 1 when discovery is allowed")
    a = c.mapping(data, "authenticated")
    auth_sites = []
    for j, s in enumerate(c.strings(a, "sites", "authenticated.")):
        name = c.onion(s, f"authenticated.sites[{j}]")
        if name:
            if targets and name not in {t.onion for t in targets}:
                c.bad(f"authenticated.sites[{j}]", f"{name} is not one of the targets")
            auth_sites.append(name)
    authenticated = Authenticated(c.boolean(a, "allowed", "authenticated.", False), tuple(auth_sites))
    if auth_sites and not authenticated.allowed:
        c.bad("authenticated.allowed", "sites are listed but allowed is not true")
    media = c.choice(data, "media", "", MEDIA_MODES, "none")
    p = c.mapping(data, "personal_data")
    personal = PersonalData(c.boolean(p, "pseudonymise_non_targets", "personal_data.", False),
                            c.strings(p, "target_identifiers", "personal_data."))
    retention_days = c.integer(data, "retention_days", "", None, 1, MAX_RETENTION_DAYS)
    r = c.mapping(data, "rate_limits")
    rps = r.get("requests_per_second", 0.5)
    if isinstance(rps, bool) or not isinstance(rps, int | float) or not 0 < rps <= 50:
        c.bad("rate_limits.requests_per_second", f"must be a number above 0 and at most 50 (got {rps!r})")
        rps = 0.5
    rates = RateLimits(float(rps), c.integer(r, "concurrency", "rate_limits.", 1, 1, 64))
    max_pages = c.integer(data, "max_pages", "", 10000, 1, 10_000_000)
    max_depth = c.integer(data, "max_depth", "", 10, 0, 1000)
    content_stop = c.strings(data, "content_stop", "")
    for j, pat in enumerate(content_stop):
        if pat.startswith("re:"):
            try:
                re.compile(pat[3:])
            except re.error as exc:
                c.bad(f"content_stop[{j}]", f"bad regular expression: {exc}")

    if c.problems:
        raise ScopeError(source or "<scope>", sorted(c.problems, key=lambda p: p.line or 0))
    assert valid_from is not None and valid_until is not None
    return Scope(
        id=scope_id, case_reference=case_reference, legal_basis=legal, purpose=purpose,
        authorised_by=authorised_by, valid_from=valid_from, valid_until=valid_until,
        targets=tuple(targets), retention_days=retention_days, discovery=discovery,
        authenticated=authenticated, media=media, personal_data=personal, rate_limits=rates,
        max_pages=max_pages, max_depth=max_depth, content_stop=content_stop, source=source,
    )


def parse_scope(text: str, source: str | None = None) -> Scope:
    """Parse scope YAML text; raise :class:`ScopeError` listing every problem with its line."""
    name = source or "<scope>"
    problems: list[Problem] = []
    lines: dict[str, int] = {}
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise ScopeError(name, [Problem("<yaml>", line, f"not valid YAML: {exc.problem or exc}")]) from None
    except yaml.YAMLError as exc:
        raise ScopeError(name, [Problem("<yaml>", None, f"not valid YAML: {exc}")]) from None
    if node is None:
        raise ScopeError(name, [Problem("<top>", 1, "the file is empty")])
    _line_map(node, "", lines, problems)
    scope = _build(data, lines, problems, source)
    assert scope is not None
    return scope


def load_scope(path: str | Path) -> Scope:
    """Load and validate a scope file; raise :class:`ScopeError` listing every problem."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ScopeError(str(p), [Problem("<file>", None, f"cannot read: {exc}")]) from None
    return parse_scope(text, str(p))


def open_scope(path: str | Path, now: dt.datetime | None = None) -> Scope:
    """Load a scope and make sure it is in force: what a crawl calls before any connection."""
    scope = load_scope(path)
    scope.ensure_in_force(now)
    return scope


def validate_scope_text(text: str, source: str | None = None) -> list[Problem]:
    """Every problem of scope YAML text (empty list: the scope is well formed)."""
    try:
        parse_scope(text, source)
    except ScopeError as exc:
        return exc.problems
    return []


def validate_scope_file(path: str | Path) -> list[Problem]:
    """Every problem of a scope file, each with field and 1-based line (empty: well formed)."""
    try:
        load_scope(path)
    except ScopeError as exc:
        return exc.problems
    return []


def find_scope(scope_id: str, dirs: list[Path]) -> Scope | None:
    """The well-formed scope with this id among the ``*.yaml``/``*.yml`` files of ``dirs``."""
    for d in dirs:
        if not d.is_dir():
            continue
        for p in sorted([*d.glob("*.yaml"), *d.glob("*.yml")]):
            try:
                scope = load_scope(p)
            except ScopeError:
                continue
            if scope.id == scope_id:
                return scope
    return None


def when_words(value: dt.datetime, *, end: bool = False) -> str:
    """A time for humans; with ``end`` a midnight reads as the end of the day before."""
    if end and (value.hour, value.minute, value.second, value.microsecond) == (0, 0, 0, 0):
        return "the end of " + (value - dt.timedelta(days=1)).strftime("%d %B %Y (UTC)")
    return value.strftime("%d %B %Y, %H:%M UTC")


def status_words(scope: Scope, now: dt.datetime | None = None) -> str:
    """``IN FORCE, 12 day(s) left``, ``EXPIRED 3 day(s) ago: ...`` or ``NOT YET VALID: ...``."""
    code, _ = scope.status(now)
    now = now or dt.datetime.now(UTC)
    if code == "scope_expired":
        return f"EXPIRED {(now - scope.valid_until).days} day(s) ago: nothing may be crawled under it"
    if code == "scope_not_yet_valid":
        return f"NOT YET VALID: it starts in {(scope.valid_from - now).days + 1} day(s)"
    return f"IN FORCE, {(scope.valid_until - now).days} day(s) left"


def explain(scope: Scope, now: Callable[[], dt.datetime] | dt.datetime | None = None) -> str:
    """The scope in plain words, for a legal officer."""
    when = now() if callable(now) else now
    basis = scope.legal_basis.kind.replace("_", " ")
    out = [
        f"Scope {scope.id}: {status_words(scope, when)}",
        "",
        f"Case reference: {scope.case_reference}",
        f"Legal basis: {basis}. {scope.legal_basis.text}",
        f"Authorised by: {scope.authorised_by}",
        f"Purpose: {scope.purpose}",
        f"Valid from {when_words(scope.valid_from)} until {when_words(scope.valid_until, end=True)}.",
        "",
        f"Sites that may be visited ({len(scope.targets)}):",
    ]
    for t in scope.targets:
        out.append(f"  - {t.label}: {t.onion}" if t.label else f"  - {t.onion}")
        kind = "regular expressions" if t.patterns == "regex" else "wildcard patterns"
        if t.allow:
            out.append(f"      only pages matching ({kind}): {', '.join(t.allow)}")
        if t.deny:
            out.append(f"      never pages matching ({kind}): {', '.join(t.deny)}")
    out.append("")
    if scope.discovery.allowed:
        out.append(f"New onion sites found by following links may be visited: at most "
                   f"{scope.discovery.max_new_onions}.")
    else:
        out.append("No other onion site may be visited, even when linked from a target.")
    out.append("Clear-web sites are never visited, and blocklisted onion sites never, "
               "whatever this scope says.")
    if scope.authenticated.allowed and scope.authenticated.sites:
        out.append("Logged-in crawling (with sessions supplied by analysts) is allowed on: "
                   + ", ".join(scope.authenticated.sites) + ".")
    else:
        out.append("Logged-in crawling is not allowed: only pages visible without an account.")
    out.append({
        "none": "Images, video and other media are not downloaded.",
        "hashes": "Media is downloaded only to compute its SHA-256 fingerprint; the file itself is not kept.",
        "store": "Media files are downloaded and kept.",
    }[scope.media])
    if scope.personal_data.pseudonymise_non_targets:
        n = len(scope.personal_data.target_identifiers)
        out.append("User names of people who are not targets are replaced by stable pseudonyms "
                   f"(reversible only with the key); {n} target identifier(s) are kept in clear.")
    else:
        out.append("User names are kept as they appear on the sites (no pseudonymisation).")
    out.append(f"Collected data is kept for {scope.retention_days} days after capture, then erased "
               "unless a legal hold applies.")
    rps = scope.rate_limits.requests_per_second
    out.append(f"Limits: at most {scope.max_pages} pages, {scope.max_depth} links deep, "
               f"{rps:g} request(s) per second and {scope.rate_limits.concurrency} at a time per site.")
    if scope.content_stop:
        out.append(f"{len(scope.content_stop)} extra content-stop pattern(s): a page matching one "
                   "suspends its site and nothing of the page is stored.")
    return "\n".join(out) + "\n"
