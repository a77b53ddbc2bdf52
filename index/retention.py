"""The index as an :class:`ethics.retention.ErasableStore`, for ``onionscope retention apply``.

Example::

    >>> import tempfile
    >>> from index.retention import erasable_store
    >>> erasable_store(tempfile.mkdtemp())      # no index in this home yet
    []

``onionscope retention apply`` calls :func:`erasable_store` with the data directory. The indexes
are ``$ONIONSCOPE_INDEX`` when set (a path, ``sqlite:///...`` or a cluster URL),
``<home>/index.sqlite`` when it exists, and every index a crawl of that home wrote to
(:mod:`ethics.stores`). Both backends list ``records_before(scope, cutoff)`` as
document ids (current state captured before the cutoff, erased with their history) plus
``history:<id>`` for older captures of documents seen again since; ``erase`` deletes either.
"""

from __future__ import annotations

import os
from pathlib import Path

from ethics import stores
from index.base import IndexBackend


def erasable_store(home: str | Path) -> list[IndexBackend]:
    """Every index to apply retention to: ``$ONIONSCOPE_INDEX``, ``<home>/index.sqlite`` and each
    index a crawl of ``home`` wrote to (:mod:`ethics.stores`); a SQLite file no longer there is
    left out. A cluster that does not answer raises (one line): nothing of it can be erased."""
    from index import open_index

    targets: list[str] = []
    env = os.environ.get("ONIONSCOPE_INDEX")
    if env:
        targets.append(env)
    default = Path(home) / "index.sqlite"
    if default.exists():
        targets.append(str(default))
    targets += stores.registered(home, "index")
    out: list[IndexBackend] = []
    seen: set[str] = set()
    for target in targets:
        key = _same(target)
        if key in seen:
            continue
        seen.add(key)
        if not target.startswith(("http://", "https://")) and not Path(target.removeprefix("sqlite://")).is_file():
            continue  # a SQLite index since deleted: nothing left to erase there
        out.append(open_index(target))
    return out


def _same(target: str) -> str:
    # sqlite:///x and /x name one file; a cluster URL is itself
    text = target.strip().rstrip("/")
    if text.startswith(("http://", "https://")):
        return text
    return str(Path(text.removeprefix("sqlite://")).resolve())
