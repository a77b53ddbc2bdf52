"""One document of the index by its id, for the record page.

Example::

    >>> import tempfile, pathlib
    >>> from parsers.records import Vendor
    >>> from index import open_index
    >>> from index.docs import natural_key
    >>> idx = open_index(pathlib.Path(tempfile.mkdtemp()) / "index.sqlite")
    >>> v = Vendor(site="m1.onion", name="leafy", captured_at="2026-01-05")
    >>> idx.add([v])
    1
    >>> doc = fetch_document(idx, natural_key(v, "m1.onion"))
    >>> doc["type"], doc["record"]["name"], fetch_document(idx, "0" * 40)
    ('vendor', 'leafy', None)
    >>> idx.close()

:class:`index.base.IndexBackend` has no lookup by id yet, so this reads each backend's own
document store (the SQLite ``docs`` table under the backend's lock; the cluster's exact-term
fetch on ``id``). When the index grows a public ``get(doc_id)``, this module becomes that call.
"""

from __future__ import annotations

import re
from typing import Any

from index.base import DOC_TYPES, IndexBackend
from index.cluster import ClusterBackend
from index.sqlite import SQLiteBackend

#: Document ids are SHA-1 hex digests (:func:`index.docs.doc_id`).
DOC_ID = re.compile(r"[0-9a-f]{40}")


def fetch_document(idx: IndexBackend, doc_id: str) -> dict[str, Any] | None:
    """The stored document (``type``, ``site``, ``captured_at``... and ``record``), or None."""
    if not DOC_ID.fullmatch(doc_id):
        return None
    if isinstance(idx, SQLiteBackend):
        with idx._lock:
            row = idx.db.execute("SELECT * FROM docs WHERE id = ?", (doc_id,)).fetchone()
            return idx._doc(row) if row is not None else None
    if isinstance(idx, ClusterBackend):
        docs = idx._fetch("id", [doc_id], list(DOC_TYPES))
        return docs[0] if docs else None
    raise TypeError(f"cannot look documents up by id in a {type(idx).__name__}")
