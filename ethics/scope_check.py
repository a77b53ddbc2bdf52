r"""Reading a scope's YAML with line numbers and collecting every problem (used by :mod:`ethics.scope`).

    >>> import yaml
    >>> lines, problems = {}, []
    >>> line_map(yaml.compose("a: 1\nb:\n  c: [x, y]\n"), "", lines, problems)
    >>> lines["b.c[1]"], problems
    (3, [])
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from typing import Any

import yaml

from ethics.errors import Problem, ScopeError
from ethics.onion import is_valid_onion, normalise_host
from ethics.scope_types import (
    _ID_RE,
    LEGAL_BASES,
    MAX_RETENTION_DAYS,
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
_TARGET_FIELDS = {"onion", "label", "allow", "deny", "patterns", "scheme"}


def line_map(node: yaml.Node, path: str, lines: dict[str, int], problems: list[Problem]) -> None:
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
            line_map(value_node, sub, lines, problems)
            lines[sub] = value_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            line_map(item, f"{path}[{i}]", lines, problems)


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


def build_scope(data: Any, lines: dict[str, int], problems: list[Problem], source: str | None) -> Scope:
    """A :class:`Scope` from parsed YAML, or :class:`ScopeError` listing every problem by line."""
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
            scheme = c.choice(item, "scheme", prefix, ("http", "https"), "http")
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
                targets.append(Target(name, label, allow, deny, syntax, scheme))

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


