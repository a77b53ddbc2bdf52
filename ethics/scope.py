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
              patterns: glob|regex (default glob), scheme: http|https (default http: the
              crawl starts at http://ONION/; https for services that only answer on 443)}
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

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Callable
from pathlib import Path

import yaml

from ethics.errors import Problem, ScopeError
from ethics.scope_check import build_scope, line_map
from ethics.scope_types import (
    LEGAL_BASES,
    MEDIA_MODES,
    PATTERN_SYNTAXES,
    UTC,
    Authenticated,
    Discovery,
    LegalBasis,
    PersonalData,
    RateLimits,
    Scope,
    Target,
)

__all__ = [
    "LEGAL_BASES", "MEDIA_MODES", "PATTERN_SYNTAXES", "Authenticated", "Discovery", "LegalBasis",
    "PersonalData", "RateLimits", "Scope", "Target", "explain", "find_scope", "load_scope", "open_scope",
    "parse_scope", "status_words", "validate_scope_file", "validate_scope_text", "when_words",
]


def parse_scope(text: str, source: str | None = None) -> Scope:
    """Parse scope YAML text; raise :class:`ScopeError` listing every problem with its line."""
    return dataclasses.replace(_parse(text, source), sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())


def _parse(text: str, source: str | None) -> Scope:
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
        # A reader error (a NUL byte in a binary file) spans lines: the first says what is wrong.
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ScopeError(name, [Problem("<yaml>", None, f"not valid YAML: {first}")]) from None
    if node is None:
        raise ScopeError(name, [Problem("<top>", 1, "the file is empty")])
    line_map(node, "", lines, problems)
    return build_scope(data, lines, problems, source)


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
