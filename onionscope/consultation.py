"""How a consultation of collected data is written to the audit log, shared by the CLI and the web app.

Example::

    >>> from index.base import Query
    >>> describe_search(Query(text="green tea", types=["listing"], size=5))
    'search: {"facet_size": 20, "page": 1, "size": 5, "sort": "relevance", "text": "green tea", ...}'

``onionscope search`` and ``/search`` of the web app describe the same query with the same
``object``, so a legal officer reads one kind of entry whichever way the data was consulted.
"""

from __future__ import annotations

import getpass
import json
import os
from pathlib import Path
from typing import Any

from ethics import paths
from ethics.audit import AuditLog
from index.base import Query


def default_user() -> str:
    """Who consults when nobody says: ``$ONIONSCOPE_USER`` or the login name."""
    return os.environ.get("ONIONSCOPE_USER") or getpass.getuser()


def append_consultation(
    operation: str,
    object: str,
    *,
    user: str,
    justification: str,
    audit_log: Path | None = None,
    scope_id: str | None = None,
    outcome: str = "ok",
    details: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Write a consultation/disclosure entry and return it; raises EthicsError or OSError."""
    with AuditLog(audit_log or paths.audit_log_path()) as log:
        return log.append(
            operation,
            actor=user,
            justification=justification,
            scope_id=scope_id,
            object=object,
            outcome=outcome,
            details=details,
        )


def describe_search(q: Query) -> str:
    """The audit entry's ``object`` for a search: ``search: {...}`` with the query's set fields."""
    described = {
        k: v
        for k, v in vars(q).items()
        if v is not None and v != [] and v != "" and k != "highlight" and not (k == "stem" and not v)
    }
    return "search: " + json.dumps(described, ensure_ascii=False, sort_keys=True)
