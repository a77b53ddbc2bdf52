"""The index as an :class:`ethics.retention.ErasableStore`, for ``onionscope retention apply``.

Example::

    >>> import tempfile
    >>> from index.retention import erasable_store
    >>> erasable_store(tempfile.mkdtemp()) is None      # no index in this home yet
    True

``onionscope retention apply`` calls :func:`erasable_store` with the data directory. The index
is ``$ONIONSCOPE_INDEX`` when set (a path, ``sqlite:///...`` or a cluster URL), else
``<home>/index.sqlite`` when it exists. Both backends list ``records_before(scope, cutoff)`` as
document ids (current state captured before the cutoff, erased with their history) plus
``history:<id>`` for older captures of documents seen again since; ``erase`` deletes either.
"""

from __future__ import annotations

import os
from pathlib import Path

from index.base import IndexBackend


def erasable_store(home: str | Path) -> IndexBackend | None:
    """The index to apply retention to, or None if there is none."""
    from index import open_index

    target = os.environ.get("ONIONSCOPE_INDEX")
    if target:
        return open_index(target)
    path = Path(home) / "index.sqlite"
    return open_index(path) if path.exists() else None
