"""Late names: free text indexed before a user's name was known loses that name at the crawl's end.

The crawler pseudonymises free text (post bodies, feedback, page text) with the names it has seen
so far (:mod:`crawler.pseudonymise`). A post that mentions ``quiet_reader`` before the crawl
reaches any page by ``quiet_reader`` is indexed with the name in clear. When the crawl ends, the
index pipelines call :func:`rescrub` with every name the crawl learnt: the scope's text-bearing
documents are read back, scrubbed again of every variant of those names ("Dark Vendor",
"@dark_vendor" for ``DarkVendor``: :class:`ethics.pseudonym.KnownNames`; the entities' context
snippets too) and written back where anything changed. The merge of a capture with itself takes
the incoming text (same capture time), so the clear text is replaced, not kept beside the new one::

    >>> from index import open_index
    >>> from parsers.records import Post
    >>> from ethics.pseudonym import Pseudonymiser
    >>> idx = open_index(":memory:")
    >>> _ = idx.add([Post(url="http://a.onion/t/1", site="a.onion", scope_id="case-1", index=1,
    ...                   captured_at="2026-11-01T10:00:00Z", author="ps_x", body="ask quiet_reader")])
    >>> p = Pseudonymiser(bytes(range(64)))
    >>> rescrub(idx, lambda text: p.scrub(text, ["quiet_reader"]), scope_id="case-1").changed
    1
    >>> "quiet_reader" in idx.search(Query(types=["post"])).hits[0].record["body"]
    False
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from ethics.pseudonym import TEXT_FIELDS
from index.base import IndexBackend, Query
from parsers.records import from_json

__all__ = ["RescrubResult", "rescrub"]

#: Document types whose records hold free text (post bodies, page text, feedback texts).
TEXT_TYPES = ("post", "page", "vendor")
#: Documents read per search request, and records written back per ``add``.
BATCH = 500


@dataclass
class RescrubResult:
    """How many documents were read back and how many were written again."""

    scanned: int = 0
    changed: int = 0


def _scan(index: IndexBackend, query: Query) -> Iterator[dict[str, Any]]:
    while True:
        result = index.search(query)
        for hit in result.hits:
            yield hit.record
        if not result.next_cursor or not result.hits:
            return
        query.search_after = result.next_cursor


def _scrubbed(record: dict[str, Any], scrub: Callable[[str], str]) -> dict[str, Any]:
    out = dict(record)
    for name in TEXT_FIELDS:
        if isinstance(out.get(name), str) and out[name]:
            out[name] = scrub(out[name])
    if isinstance(out.get("feedback"), list):
        out["feedback"] = [_scrubbed(f, scrub) if isinstance(f, dict) else f for f in out["feedback"]]
    if isinstance(out.get("context"), str) and out["context"]:
        out["context"] = scrub(out["context"])  # an entity record
    if isinstance(out.get("entities"), list):
        out["entities"] = [_scrubbed(e, scrub) if isinstance(e, dict) else e for e in out["entities"]]
    return out


def rescrub(index: IndexBackend, scrub: Callable[[str], str], *, scope_id: str) -> RescrubResult:
    """Scrub the free text of ``scope_id``'s documents (and every entity's context) again with
    ``scrub`` (a text to text function, as :meth:`ethics.pseudonym.Pseudonymiser.scrub` with the
    crawl's final names); write back the records it changes. Idempotent."""
    result = RescrubResult()
    pending: list[Any] = []
    queries = (
        Query(types=list(TEXT_TYPES), scope_id=scope_id, sort="date", size=BATCH, highlight=False),
        # Entities are shared by every scope that saw them: their context came from some page.
        Query(types=["entity"], sort="date", size=BATCH, highlight=False),
    )
    for query in queries:
        for record in _scan(index, query):
            result.scanned += 1
            changed = _scrubbed(record, scrub)
            if changed != record:
                pending.append(from_json(changed))
    # Written after the scan, so the search cursors never walk documents being rewritten.
    for i in range(0, len(pending), BATCH):
        index.add(pending[i : i + BATCH])
        index.flush()
    result.changed = len(pending)
    return result
