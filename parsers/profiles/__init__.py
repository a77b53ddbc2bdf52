"""Declarative site profiles: YAML files with selectors and small transforms, no Python per site.

A profile matches a page by host pattern and/or markup fingerprint and then decides the page type
and reads fields with CSS (or XPath when a selector starts with ``/`` or ``.``). Where a profile
leaves a field empty the generic extractors' value is kept. Example profile::

    name: teashop
    match: {hosts: ["*.teashop.onion"], markup: ['class="tea-card"']}
    page_types:
      - {type: listing, when: "div.tea-detail"}
    records:
      listing:
        on: [listing]
        fields:
          title: "h1"
          price: {css: ".price", transform: [price]}

    >>> from parsers.profiles import Profile
    >>> p = Profile.from_dict({"name": "t", "match": {"markup": ["tea-card"]},
    ...                        "page_types": [{"type": "listing", "when": "h1"}],
    ...                        "records": {"listing": {"on": ["listing"], "fields": {"title": "h1"}}}})
    >>> from parsers.dom import load
    >>> p.matches(None, b'<div class="tea-card">'), p.apply(load(b"<h1>Green</h1>"))[1][0].title
    (True, 'Green')
"""

from __future__ import annotations

import dataclasses
import fnmatch
import functools
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from parsers.dates import parse_date
from parsers.dom import Doc, clean
from parsers.errors import ProfileError
from parsers.labels import find_label, label_re
from parsers.pgp import find_armored_keys, parse_armored_keys
from parsers.prices import find_prices, parse_number
from parsers.records import Author, Listing, Post, Thread, Vendor
from parsers.regex_gate import literals

__all__ = ["PROFILE_DIR", "Profile", "get", "load_profiles", "match", "profile_dirs", "profiles"]

PROFILE_DIR = Path(__file__).resolve().parent
_KINDS: dict[str, type] = {
    "listing": Listing,
    "vendor": Vendor,
    "thread": Thread,
    "post": Post,
    "author": Author,
}
_LIST_FIELDS = {"ships_to", "quotes", "links"}
_INT_FIELDS = {"feedback_count", "post_count", "stock", "index"}
_FLOAT_FIELDS = {"price", "rating", "quantity", "price_usd"}
_DATE_FIELDS = {"member_since", "posted_at", "joined"}


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


@dataclass
class FieldSpec:
    """How to read one field: a selector (or a label, or a constant) and transforms."""

    css: str | None = None
    label: str | None = None
    const: Any = None
    attr: str | None = None
    all: bool = False
    transform: list[str] = field(default_factory=list)

    @classmethod
    def from_yaml(cls, name: str, value: Any) -> FieldSpec:
        if isinstance(value, str):
            return cls(css=value)
        if not isinstance(value, dict):
            raise ProfileError(f"field {name!r}: expected a selector string or a mapping")
        unknown = set(value) - {"css", "xpath", "label", "const", "attr", "all", "transform"}
        if unknown:
            raise ProfileError(f"field {name!r}: unknown keys {sorted(unknown)}")
        return cls(
            css=value.get("css") or value.get("xpath"),
            label=value.get("label"),
            const=value.get("const"),
            attr=value.get("attr"),
            all=bool(value.get("all", False)),
            transform=[str(t) for t in _as_list(value.get("transform"))],
        )


#: Markup fingerprints are looked for in the first bytes of a page only.
MARKUP_HEAD = 300_000


def _markup_hit(rx: re.Pattern[bytes], head: bytes) -> bool:
    words = literals(rx.pattern)
    if words is None:
        return rx.search(head) is not None
    # Words are searched with ``in`` (C memmem), far faster than the regex engine; the regex
    # runs only where a word boundary must still be checked.
    return any(w in head for w in words) and (rb"\b" not in rx.pattern or rx.search(head) is not None)


@functools.lru_cache(maxsize=256)
def _label_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return label_re(words)


def _transform(values: list[str], steps: list[str], now: str | None) -> list[Any]:
    out: list[Any] = values
    for step in steps:
        name, _, arg = step.partition(":")
        nxt: list[Any] = []
        for v in out:
            if v is None:
                continue
            s = str(v)
            if name == "strip":
                nxt.append(clean(s).strip(arg or None) if arg else clean(s))
            elif name == "regex":
                m = re.search(arg, s)
                if m:
                    nxt.append(m.group(1) if m.groups() else m.group(0))
            elif name == "replace":
                old, _, new = arg.partition("=>")
                nxt.append(s.replace(old, new))
            elif name == "split":
                pieces = [clean(p) for p in re.split(arg or r"\s*,\s*", s)]
                nxt.extend(p for p in dict.fromkeys(pieces) if p and p not in nxt)
            elif name == "first_token":
                tokens = s.split()
                if tokens:
                    nxt.append(tokens[0])
            elif name == "number":
                n = parse_number(s)
                if n is not None:
                    nxt.append(n)
            elif name == "price":
                prices = find_prices(s, limit=1)
                if prices:
                    nxt.append(prices[0].amount)
            elif name == "currency":
                prices = find_prices(s, limit=1)
                if prices:
                    nxt.append(prices[0].currency)
                elif arg:
                    nxt.append(arg)
            elif name == "date":
                d = parse_date(s, now, order=arg or "auto")
                if d:
                    nxt.append(d)
            elif name == "upper":
                nxt.append(s.upper())
            elif name == "lower":
                nxt.append(s.lower())
            elif name == "pgp_fingerprint":
                keys = parse_armored_keys(s)
                if keys:
                    nxt.append(keys[0].fingerprint)
            elif name == "exists":
                nxt.append(bool(s))
            elif name == "has_pgp":
                nxt.append(bool(find_armored_keys(s)))
            else:
                raise ProfileError(f"unknown transform {name!r}")
        out = nxt
    return out


@dataclass
class RecordSpec:
    kind: str
    on: list[str]
    each: str | None
    fields: dict[str, FieldSpec]


@dataclass
class Profile:
    """One site profile (see the module docstring for the YAML form)."""

    name: str
    hosts: list[str] = field(default_factory=list)
    markup: list[re.Pattern[bytes]] = field(default_factory=list)
    markup_min: int = 1
    engine: str | None = None
    page_types: list[dict[str, Any]] = field(default_factory=list)
    records: list[RecordSpec] = field(default_factory=list)
    #: ``profile``: the profile's values win and generic ones fill its gaps; ``generic``: the
    #: other way round (a profile that only adds a field or two to a site read well already).
    precedence: str = "profile"
    source: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any], source: str | None = None) -> Profile:
        if not isinstance(data, dict) or not data.get("name"):
            raise ProfileError(f"{source or 'profile'}: a mapping with a 'name' is required")
        m = data.get("match") or {}
        try:
            markup = [re.compile(str(p).encode()) for p in _as_list(m.get("markup"))]
        except re.error as exc:
            raise ProfileError(f"{data['name']}: bad markup regex: {exc}") from None
        recs = []
        for key, spec in (data.get("records") or {}).items():
            if not isinstance(spec, dict):
                raise ProfileError(f"{data['name']}: records.{key} must be a mapping")
            # The key names the record kind, or any name with an explicit ``kind:``.
            kind = str(spec.get("kind", key))
            if kind not in _KINDS:
                raise ProfileError(f"{data['name']}: unknown record kind {kind!r}")
            recs.append(
                RecordSpec(
                    kind=kind,
                    on=[str(x) for x in _as_list(spec.get("on", spec.get(True)))],
                    each=spec.get("each"),
                    fields={k: FieldSpec.from_yaml(k, v) for k, v in (spec.get("fields") or {}).items()},
                )
            )
        for rule in _as_list(data.get("page_types")):
            if not isinstance(rule, dict) or "type" not in rule:
                raise ProfileError(f"{data['name']}: each page_types entry needs a 'type'")
        return cls(
            name=str(data["name"]),
            hosts=[str(h).lower() for h in _as_list(m.get("hosts"))],
            markup=markup,
            markup_min=int(m.get("markup_min", len(markup) or 1)),
            engine=data.get("engine"),
            page_types=_as_list(data.get("page_types")),
            records=recs,
            precedence=_precedence(data),
            source=source,
        )

    def matches(self, url: str | None, raw: bytes) -> bool:
        """True when the URL's host fits a host pattern or the markup fingerprint is present."""
        if url and self.hosts:
            host = (urlsplit(url).hostname or "").lower()
            if host and any(fnmatch.fnmatch(host, pat) for pat in self.hosts):
                return True
        if self.markup:
            head = raw[:MARKUP_HEAD]
            return sum(1 for rx in self.markup if _markup_hit(rx, head)) >= self.markup_min
        return False

    def _values(self, doc: Doc, spec: FieldSpec, node: Any, now: str | None) -> list[Any]:
        if spec.const is not None:
            return [spec.const]
        raw: list[str] = []
        if spec.label:
            lines = doc.text_lines if node is doc.root else Doc.lines(node)
            value = find_label(lines, _label_pattern(tuple(_as_list(spec.label))))
            raw = [value] if value else []
        elif spec.css:
            try:
                found = doc.select(spec.css, node)
            except Exception as exc:
                raise ProfileError(f"{self.name}: bad selector {spec.css!r}: {exc}") from None
            for el in found:
                if isinstance(el, str):
                    raw.append(el)
                elif spec.attr:
                    if el.get(spec.attr) is not None:
                        raw.append(el.get(spec.attr))
                else:
                    raw.append(
                        "\n".join(Doc.lines(el))
                        if "pgp" in " ".join(spec.transform)
                        else clean(el.text_content())
                    )
                if not spec.all and raw:
                    break
        return _transform(raw, spec.transform or ["strip"], now)

    def page_type(self, doc: Doc) -> str | None:
        for rule in self.page_types:
            ok = True
            if rule.get("when"):
                try:
                    ok = bool(doc.select(rule["when"]))
                except Exception as exc:
                    raise ProfileError(f"{self.name}: bad selector {rule['when']!r}: {exc}") from None
            if ok and rule.get("url"):
                ok = bool(doc.url and re.search(rule["url"], doc.url))
            if ok and rule.get("text"):
                ok = bool(re.search(rule["text"], doc.text, re.IGNORECASE))
            if ok:
                return str(rule["type"])
        return None

    def apply(self, doc: Doc, *, now: str | None = None) -> tuple[str | None, list[Any]]:
        """(page type, records) read by this profile; (None, []) when no page-type rule fits."""
        ptype = self.page_type(doc)
        if ptype is None:
            return None, []
        out: list[Any] = []
        for spec in self.records:
            if spec.on and ptype not in spec.on:
                continue
            nodes = doc.select(spec.each) if spec.each else [doc.root]
            for node in nodes:
                values: dict[str, Any] = {}
                for fname, fspec in spec.fields.items():
                    got = self._values(doc, fspec, node, now)
                    if fname in _LIST_FIELDS:
                        values[fname] = [str(v) for v in got]
                    elif got:
                        v = got[0]
                        if fname in _INT_FIELDS and not isinstance(v, bool):
                            n = parse_number(str(v)) if not isinstance(v, int | float) else v
                            v = int(n) if n is not None else None
                        elif fname in _FLOAT_FIELDS and not isinstance(v, bool):
                            v = float(v) if isinstance(v, int | float) else parse_number(str(v))
                        values[fname] = v
                cls = _KINDS[spec.kind]
                names = {f.name for f in dataclasses.fields(cls)}
                known = {k: v for k, v in values.items() if k in names}
                if any(v not in (None, [], "") for v in known.values()):
                    out.append(cls(**known))
        if spec_index := [r for r in out if isinstance(r, Post)]:
            for i, post in enumerate(spec_index):
                if post.index is None:
                    post.index = i
        return ptype, out


def _precedence(data: dict[str, Any]) -> str:
    value = str(data.get("precedence", "profile"))
    if value not in ("profile", "generic"):
        raise ProfileError(f"{data['name']}: precedence must be 'profile' or 'generic', not {value!r}")
    return value


def _load_file(path: Path) -> Profile:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ProfileError(f"{path}: {exc}".splitlines()[0]) from None
    return Profile.from_dict(data, source=str(path))


def profile_dirs() -> list[Path]:
    """The bundled profile folder, then any in ``ONIONSCOPE_PROFILES`` (``os.pathsep``-separated),
    so that a market can be added with a YAML file and no change to the package."""
    extra = [Path(p) for p in os.environ.get("ONIONSCOPE_PROFILES", "").split(os.pathsep) if p.strip()]
    return [PROFILE_DIR, *extra]


def load_profiles(dirs: Iterable[str | Path] | None = None) -> list[Profile]:
    """Profiles from ``*.yaml`` files in ``dirs`` (default: :func:`profile_dirs`), sorted by name.

    A later folder's profile replaces a bundled one of the same name.
    """
    by_name: dict[str, Profile] = {}
    for d in dirs if dirs is not None else profile_dirs():
        if not Path(d).is_dir():
            raise ProfileError(f"profile folder {d} does not exist")
        for path in sorted(Path(d).glob("*.y*ml")):
            prof = _load_file(path)
            by_name[prof.name] = prof
    return sorted(by_name.values(), key=lambda p: p.name)


_CACHE: list[Profile] | None = None


def profiles() -> list[Profile]:
    """The bundled profiles (and ``ONIONSCOPE_PROFILES`` ones), loaded once per process."""
    global _CACHE
    if _CACHE is None:
        _CACHE = load_profiles()
    return _CACHE


def get(name: str) -> Profile | None:
    """A bundled profile by name (or a path to a YAML file), None when unknown."""
    for prof in profiles():
        if prof.name == name:
            return prof
    path = Path(name)
    if path.suffix in (".yaml", ".yml") and path.is_file():
        return _load_file(path)
    return None


def match(url: str | None, html: bytes | str, candidates: Iterable[Profile] | None = None) -> Profile | None:
    """The first profile (bundled, or of ``candidates``) that matches the page, or None."""
    raw = html.encode("utf-8", "replace") if isinstance(html, str) else html
    for prof in profiles() if candidates is None else candidates:
        if prof.matches(url, raw):
            return prof
    return None
