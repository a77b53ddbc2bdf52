"""onionscope.web: the read-only web app over the index, for analysts and legal officers.

It owns the HTTP face of the tool: search with filters, facets and pages, the vendor view across
markets, one record and its history, the ecosystem figures, the audit log's verification and
per-scope reports, and a health check; every page as HTML and as JSON (``.json`` or
``?_format=json``). It computes nothing itself: searches, views and figures are
:mod:`index` calls, audit entries are written by :func:`onionscope.cli.ethics.append_consultation`
(as the CLI does), verification and reports are :mod:`ethics` calls.

Legal control: every consultation needs a justification (``why=``, the
``X-Onionscope-Justification`` header, or the form that keeps it in a session cookie) and
writes one ``consultation`` entry (actor, justification, what was asked) to the audit log
before any data is answered; if the entry cannot be written nothing is shown (503).

Example (the app is a WSGI callable; ``onionscope serve`` runs it on 127.0.0.1:8001)::

    >>> import io, json, os, tempfile
    >>> from pathlib import Path
    >>> from parsers.records import Listing
    >>> from index import open_index
    >>> from onionscope.web import make_app
    >>> tmp = Path(tempfile.mkdtemp())
    >>> os.environ["ONIONSCOPE_AUDIT_KEY"] = str(tmp / "audit.key")
    >>> with open_index(tmp / "index.sqlite") as idx:
    ...     idx.add([Listing(site="m1.onion", title="Fictional green tea", vendor="leafy",
    ...                      price_usd=9.0, captured_at="2026-01-05")])
    1
    >>> app = make_app(str(tmp / "index.sqlite"), audit_log=tmp / "audit" / "audit.jsonl", user="ana")
    >>> environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/search.json",
    ...            "QUERY_STRING": "q=green&why=case+17", "wsgi.input": io.BytesIO()}
    >>> answer = json.loads(b"".join(app(environ, lambda status, headers: None)))
    >>> answer["total"], answer["hits"][0]["record"]["title"], answer["audit_entry"]
    (1, 'Fictional green tea', 0)
    >>> app.close()
"""

from __future__ import annotations

from onionscope.web.app import WebApp
from onionscope.web.server import make_server

__all__ = ["WebApp", "make_app", "make_server"]


#: The web app (a WSGI callable) over an index target (as the CLI's ``--index``); its options are
#: :class:`WebApp`'s. Call ``close()`` when done.
make_app = WebApp
