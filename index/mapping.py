"""Versioned index templates and mappings of the cluster backend.

Example::

    >>> from index.mapping import names, docs_template
    >>> names("onionscope-")["docs"], names("onionscope-")["docs_index"]
    ('onionscope-docs', 'onionscope-docs-v1')
    >>> docs_template("onionscope-")["template"]["mappings"]["properties"]["price_usd"]
    {'type': 'scaled_float', 'scaling_factor': 100}

Two indices, each behind an alias named without the version: ``<prefix>docs`` (current state of
every record) and ``<prefix>history`` (one point per capture of a listing or vendor). A mapping
change bumps :data:`TEMPLATE_VERSION`: the new template applies to ``...-v<N+1>`` indices, and
:func:`install` reindexes the old index into the new one before moving the alias, so old and new
never mix under one name.

Search text (``t_title``, ``t_meta``, ``t_body``) is pre-tokenised by :mod:`index.text` and only
split on spaces here, which is what makes hits identical to SQLite's. The original text is also
analysed per language (``lang_text.<code>``, the record's detected language) for stemmed search,
and ``title`` carries a folded full-text field with a ``kw`` keyword sub-field.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from index.client import ClusterHTTPError
from index.docs import PRICE_FACTOR, USD_FACTOR

TEMPLATE_VERSION = 1
#: ISO 639-1 codes with a built-in language analyzer (analysis-common) used for ``lang_text``.
LANGUAGE_ANALYZERS: dict[str, str] = {
    "en": "english",
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "it": "italian",
    "pt": "portuguese",
    "nl": "dutch",
    "ru": "russian",
    "sv": "swedish",
    "no": "norwegian",
    "da": "danish",
    "fi": "finnish",
    "tr": "turkish",
    "cs": "czech",
    "ro": "romanian",
    "hu": "hungarian",
    "el": "greek",
    "ar": "arabic",
    "fa": "persian",
    "hi": "hindi",
    "id": "indonesian",
    "bg": "bulgarian",
    "ca": "catalan",
    "lv": "latvian",
    "lt": "lithuanian",
    "zh": "cjk",
    "ja": "cjk",
    "ko": "cjk",
    "th": "thai",
}
_KW = {"type": "keyword"}
_TERMS = {"type": "text", "analyzer": "onionscope_terms", "norms": False}


def names(prefix: str) -> dict[str, str]:
    """Aliases, concrete indices and template names for one prefix."""
    return {
        "docs": f"{prefix}docs",
        "docs_index": f"{prefix}docs-v{TEMPLATE_VERSION}",
        "history": f"{prefix}history",
        "history_index": f"{prefix}history-v{TEMPLATE_VERSION}",
        "docs_template": f"{prefix}docs",
        "history_template": f"{prefix}history",
    }


def _settings(replicas: int) -> dict[str, Any]:
    # One shard: terms aggregations are then exact, so facet counts equal SQLite's.
    return {
        "number_of_shards": 1,
        "number_of_replicas": replicas,
        "analysis": {
            "analyzer": {
                "onionscope_terms": {"type": "custom", "tokenizer": "whitespace"},
                "onionscope_folded": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding"],
                },
            }
        },
    }


def docs_template(prefix: str, replicas: int = 0) -> dict[str, Any]:
    n = names(prefix)
    props: dict[str, Any] = {
        "id": _KW,
        "type": _KW,
        "site": _KW,
        "market": _KW,
        "url": {"type": "keyword", "ignore_above": 4096},
        "captured_at": {"type": "date"},
        "date": {"type": "date"},
        "version": {"type": "long"},
        "scope_id": _KW,
        "lang": _KW,
        "title": {
            "type": "text",
            "analyzer": "onionscope_folded",
            "fields": {"kw": {"type": "keyword", "ignore_above": 1024}},
        },
        "vendor": _KW,
        "vendor_key": _KW,
        "author": _KW,
        "category": _KW,
        "price": {"type": "scaled_float", "scaling_factor": PRICE_FACTOR},
        "currency": _KW,
        "price_usd": {"type": "scaled_float", "scaling_factor": USD_FACTOR},
        "stock": {"type": "long"},
        "feedback_count": {"type": "long"},
        "rating": {"type": "double"},
        "actor_id": _KW,
        "pgp_fingerprint": _KW,
        "entity_values": _KW,
        "entity_types": _KW,
        "t_title": _TERMS,
        "t_meta": _TERMS,
        "t_body": _TERMS,
        "lang_text": {
            "properties": {
                code: {"type": "text", "analyzer": an} for code, an in sorted(LANGUAGE_ANALYZERS.items())
            }
        },
        "record": {"type": "object", "enabled": False},
    }
    return {
        "index_patterns": [f"{n['docs']}-v*"],
        "version": TEMPLATE_VERSION,
        "priority": 200,
        "template": {
            "settings": _settings(replicas),
            "mappings": {"dynamic": False, "properties": props},
        },
        "_meta": {"owner": "onionscope", "kind": "docs"},
    }


def history_template(prefix: str, replicas: int = 0) -> dict[str, Any]:
    n = names(prefix)
    props: dict[str, Any] = {
        "id": _KW,
        "doc_id": _KW,
        "type": _KW,
        "site": _KW,
        "vendor_key": _KW,
        "category": _KW,
        "captured_at": {"type": "date"},
        "price": {"type": "scaled_float", "scaling_factor": PRICE_FACTOR},
        "currency": _KW,
        "price_usd": {"type": "scaled_float", "scaling_factor": USD_FACTOR},
        "stock": {"type": "long"},
        "feedback_count": {"type": "long"},
        "rating": {"type": "double"},
        "scope_id": _KW,
    }
    return {
        "index_patterns": [f"{n['history']}-v*"],
        "version": TEMPLATE_VERSION,
        "priority": 200,
        "template": {
            "settings": _settings(replicas),
            "mappings": {"dynamic": False, "properties": props},
        },
        "_meta": {"owner": "onionscope", "kind": "history"},
    }


def cluster_source(doc: dict[str, Any]) -> dict[str, Any]:
    """The ``_source`` sent to the cluster for a document of :func:`index.docs.to_document`."""
    src = {k: v for k, v in doc.items() if k != "text_orig"}
    lang = (doc.get("lang") or "").lower().replace("_", "-").split("-")[0]  # zh-cn -> zh
    if doc.get("text_orig") and lang in LANGUAGE_ANALYZERS:
        src["lang_text"] = {lang: doc["text_orig"]}
    return src


Request = Callable[..., Any]


def _ignore(status: int, marker: str = "") -> Callable[[ClusterHTTPError], bool]:
    return lambda exc: exc.status == status and marker in json.dumps(exc.body)


def _try(request: Request, *args: Any, ok: Callable[[ClusterHTTPError], bool], **kw: Any) -> Any:
    try:
        return request(*args, **kw)
    except ClusterHTTPError as exc:
        if not ok(exc):
            raise
        return None


def install(request: Request, prefix: str, replicas: int = 0) -> None:
    """Templates, indices and aliases of ``prefix`` at :data:`TEMPLATE_VERSION`, migrating older ones.

    A template is put when missing or older; the versioned index is created when missing; if the
    alias still names an older index, its documents are reindexed (keeping their external
    versions) into the new one and the alias moves in one atomic ``_aliases`` call. The old
    index is left in place for the operator to delete. ``request(method, path, body=None,
    params=None)`` is :meth:`index.client.ClusterClient.request`.
    """
    n = names(prefix)
    for kind, template in (
        ("docs", docs_template(prefix, replicas)),
        ("history", history_template(prefix, replicas)),
    ):
        name, index, alias = n[f"{kind}_template"], n[f"{kind}_index"], n[kind]
        got = _try(request, "GET", f"/_index_template/{name}", ok=_ignore(404))
        current = got["index_templates"][0]["index_template"].get("version") if got else None
        if current is None or current < template["version"]:
            request("PUT", f"/_index_template/{name}", body=template)
        _try(request, "PUT", f"/{index}", body={}, ok=_ignore(400, "already_exists"))
        holders = sorted(_try(request, "GET", f"/_alias/{alias}", ok=_ignore(404)) or {})
        if index in holders:
            continue
        for old in holders:
            dest: dict[str, Any] = {"index": index}
            if kind == "docs":
                dest["version_type"] = "external"  # keep capture-time versions
            request(
                "POST",
                "/_reindex",
                body={"source": {"index": old}, "dest": dest, "conflicts": "proceed"},
                params={"refresh": "true"},
            )
        actions = [{"remove": {"index": old, "alias": alias}} for old in holders]
        request("POST", "/_aliases", body={"actions": [*actions, {"add": {"index": index, "alias": alias}}]})


def uninstall(request: Request, prefix: str) -> None:
    """Delete every index version and the templates of ``prefix`` (missing ones are fine)."""
    n = names(prefix)
    for kind in ("docs", "history"):
        found = _try(request, "GET", f"/{n[kind]}-v*/_settings", ok=_ignore(404)) or {}
        for index in sorted(found):
            _try(request, "DELETE", f"/{index}", ok=_ignore(404))
        _try(request, "DELETE", f"/_index_template/{n[f'{kind}_template']}", ok=_ignore(404))
