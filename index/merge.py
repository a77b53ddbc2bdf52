"""Merging a new capture of a record into the stored one: absent means unknown, not erased.

Example::

    >>> from parsers.records import Vendor
    >>> from index.docs import to_document
    >>> from index.merge import merge_document
    >>> profile, _ = to_document(Vendor(site="m1.onion", name="owl", pgp_fingerprint="AB" * 20,
    ...                                 rating=99.0, captured_at="2026-01-05T10:00:00Z"))
    >>> feedback, _ = to_document(Vendor(site="m1.onion", name="owl", feedback_count=16,
    ...                                  captured_at="2026-01-05T10:01:00Z"))
    >>> doc = merge_document(profile["record"], profile["version"], feedback)
    >>> doc["pgp_fingerprint"] == "AB" * 20, doc["feedback_count"], doc["rating"]
    (True, 16, 99.0)

Two pages often describe one document: a vendor's profile (fingerprint, member since) and its
feedback page (the same vendor, no key shown) share the document id. Field by field, the value
of the newer capture wins (the incoming one on a tie, so re-indexing is idempotent) unless it is
empty (``None``, ``""``, ``[]``, ``{}``), in which case the other capture's value stays: an
older capture never replaces newer values but fills the fields they leave unknown. ``entities``
are unioned (one per ``(entity_type, value)``) so identifiers seen in any capture stay
searchable. A page's ``error`` is the newer capture's, even empty. Both backends call
:func:`merge_update`, which keeps them answering alike, and skip the write when the stored
document already holds everything the capture brings.
"""

from __future__ import annotations

from typing import Any

from index.docs import to_document
from parsers.records import from_json

#: Record fields whose lists are unioned across captures instead of replaced.
UNION_FIELDS: frozenset[str] = frozenset({"entities"})
#: Fields about the capture itself, where empty is a statement: no ``error`` means the newer
#: capture parsed fine, so an older capture's error must not stick to the document.
CAPTURE_FIELDS: frozenset[str] = frozenset({"error"})


def _empty(value: Any) -> bool:
    # False and 0 are facts (no PGP key, out of stock); only missing values are unknown
    return value is None or value == "" or (isinstance(value, list | dict) and not value)


def _entity_key(entity: Any) -> tuple[str, str]:
    if isinstance(entity, dict):
        return str(entity.get("entity_type")), str(entity.get("value"))
    return str(getattr(entity, "entity_type", "")), str(getattr(entity, "value", ""))


def _union(first: list[Any], second: list[Any]) -> list[Any]:
    """``first`` then the entries of ``second`` it lacks (by ``(entity_type, value)``)."""
    out, seen = [], set()
    for entity in [*first, *second]:
        key = _entity_key(entity)
        if key not in seen:
            seen.add(key)
            out.append(entity)
    return out


def merge_records(
    stored: dict[str, Any], stored_version: int, incoming: dict[str, Any], incoming_version: int
) -> dict[str, Any]:
    """The JSON form of the merged record (see the module docstring); inputs are not changed.

    ``*_version`` order the captures (epoch ms of ``captured_at``, as in the documents);
    the incoming record wins ties.
    """
    winner, loser = (incoming, stored) if incoming_version >= stored_version else (stored, incoming)
    out: dict[str, Any] = {}
    for key in [*winner, *(k for k in loser if k not in winner)]:
        win, lose = winner.get(key), loser.get(key)
        if key in UNION_FIELDS and isinstance(win, list) and isinstance(lose, list):
            out[key] = _union(win, lose)
        elif key in CAPTURE_FIELDS:
            out[key] = win
        else:
            out[key] = lose if _empty(win) else win
    return out


def merge_document(
    stored_record: dict[str, Any], stored_version: int, incoming: dict[str, Any]
) -> dict[str, Any]:
    """The document to store when ``incoming`` (from :func:`index.docs.to_document`) meets a stored one.

    ``stored_record``/``stored_version`` are the stored document's ``record`` and ``version``.
    The result is rebuilt from the merged record, so search text, filters and the ``record``
    itself agree; its ``version`` is the newer capture's. History points are not merged: each
    capture keeps its own.
    """
    merged = merge_records(stored_record, stored_version, incoming["record"], incoming["version"])
    return _rebuilt(merged, incoming)


def merge_update(
    stored_record: dict[str, Any], stored_version: int, incoming: dict[str, Any]
) -> dict[str, Any] | None:
    """Like :func:`merge_document`, but ``None`` when the stored document already says it all.

    A re-crawl that sees nothing new then costs a read and no write.
    """
    if incoming["record"] == stored_record:
        return None  # the same capture again (a replay, a re-index): the common case, decided in C
    merged = merge_records(stored_record, stored_version, incoming["record"], incoming["version"])
    if merged == stored_record:
        return None
    return _rebuilt(merged, incoming)


def _rebuilt(merged: dict[str, Any], incoming: dict[str, Any]) -> dict[str, Any]:
    if merged == incoming["record"]:
        return incoming  # the stored capture added nothing: the document is already built
    doc, _ = to_document(from_json(merged))
    doc["id"] = incoming["id"]  # the natural key cannot move, whatever the merge filled in
    return doc
