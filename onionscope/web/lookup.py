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

The id must look like one (a 40-hex SHA-1), so a path like ``/record/../x`` never reaches
the index.
"""

from __future__ import annotations

import re
from typing import Any

from index.base import IndexBackend

#: Document ids are SHA-1 hex digests (:func:`index.docs.doc_id`).
DOC_ID = re.compile(r"[0-9a-f]{40}")


def fetch_document(idx: IndexBackend, doc_id: str) -> dict[str, Any] | None:
    """The stored document (``type``, ``site``, ``captured_at``... and ``record``), or None."""
    if not DOC_ID.fullmatch(doc_id):
        return None
    return idx.get(doc_id)
