"""The WSGI application: routing, who consults and why, audit entries, formats and headers.

Example::

    >>> import io, os, tempfile
    >>> from pathlib import Path
    >>> tmp = Path(tempfile.mkdtemp())
    >>> os.environ["ONIONSCOPE_AUDIT_KEY"] = str(tmp / "audit.key")
    >>> from index import open_index
    >>> open_index(tmp / "index.sqlite").close()          # an (empty) index to serve
    >>> app = WebApp(str(tmp / "index.sqlite"), audit_log=tmp / "audit" / "audit.jsonl", user="ana")
    >>> seen = []
    >>> body = app({"REQUEST_METHOD": "GET", "PATH_INFO": "/search.json",
    ...             "QUERY_STRING": "q=tea&why=case+17", "wsgi.input": io.BytesIO()},
    ...            lambda status, headers: seen.append(status))
    >>> seen, b'"total": 0' in b"".join(body)
    (['200 OK'], True)
    >>> app.close()

One :class:`WebApp` serves many threads: the index backend is opened on first use and shared
(the SQLite backend serialises its connection, the cluster client is thread-safe).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable
from http import HTTPStatus
from pathlib import Path
from threading import Lock
from typing import Any
from urllib.parse import quote, urlsplit

from ethics.errors import EthicsError
from index import default_sqlite_path, open_index
from index.base import IndexBackend
from index.errors import BadQuery, IndexBackendError
from onionscope.consultation import append_consultation, default_user
from onionscope.web import legal_pages, pages, views
from onionscope.web.errors import (
    BadRequest,
    Forbidden,
    HTTPError,
    JustificationNeeded,
    MethodNotAllowed,
    NotFound,
    Unavailable,
)
from onionscope.web.export import csv_bytes
from onionscope.web.render import layout, url
from onionscope.web.request import CONTROL, Request, clean_justification
from onionscope.web.response import Reply, Response
from onionscope.web.server import is_loopback

log = logging.getLogger("onionscope.web")

StartResponse = Callable[..., Any]
#: The browser may load nothing from anywhere; only the page's own inline style is allowed.
SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    (
        "Content-Security-Policy",
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; "
        "frame-ancestors 'none'",
    ),
    ("X-Frame-Options", "DENY"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Content-Type-Options", "nosniff"),
    ("Cache-Control", "no-store"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
)
#: Session cookie keeping the justification between pages (no expiry: gone with the browser).
COOKIE = "onionscope_why"
#: Header an API client may send its justification in instead of ``why=``.
WHY_HEADER = "X-Onionscope-Justification"


def sqlite_path(target: str | None) -> Path | None:
    """The SQLite file a target names (None for a cluster URL or a target open_index refuses)."""
    text = (target or "").strip()
    if not text:
        return default_sqlite_path()
    if text.startswith("sqlite://"):
        return Path(text[len("sqlite://") :]) if len(text) > len("sqlite://") else None
    return None if "://" in text else Path(text)


class Context:
    """One request being answered: who asks, why, and the audit entry written for it."""

    def __init__(self, app: WebApp, req: Request) -> None:
        self.app, self.req = app, req
        self.user = app.user_of(req)
        self.justification: str | None = None
        self.set_cookie: str | None = None
        self.entry: dict[str, Any] | None = None
        for source, value in (
            ("param", req.one("why")),
            ("header", req.header(WHY_HEADER)),
            ("cookie", req.cookie(COOKIE)),
        ):
            try:
                why = clean_justification(value) if value else ""
            except BadRequest:
                if source != "cookie":
                    raise
                why = ""  # a damaged cookie must not lock the browser out of /why
            if why:
                self.justification = why
                if source == "param" and req.format == "html":
                    self.set_cookie = why
                break

    def require_justification(self) -> str:
        if not self.justification:
            raise JustificationNeeded(
                "a justification is needed: add why=<case reference or reason> "
                "(it is written to the audit log with your name)"
            )
        return self.justification

    def index(self) -> IndexBackend:
        return self.app.index()

    def require_officer(self, what: str) -> None:
        """Refuse (403) a user who is not one of the app's legal officers, when it names them;
        the refusal is itself an audit entry (who tried to read what, and why)."""
        officers = self.app.officers
        if officers is None or self.user in officers:
            return
        self.log(what, outcome="refused: not a legal officer of this app")
        names = ", ".join(sorted(officers))
        raise Forbidden(f"only the legal officers named to this app ({names}) may open this")

    def log(
        self,
        what: str,
        *,
        operation: str = "consultation",
        scope_id: str | None = None,
        outcome: str = "ok",
        details: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Write this request's audit entry (``what``: its object); :class:`Unavailable` if it cannot.

        Views call it after the library call and before answering, so no data leaves without
        its entry.
        """
        try:
            self.entry = append_consultation(
                operation,
                what,
                user=self.user,
                justification=self.require_justification(),
                audit_log=self.app.audit_log,
                scope_id=scope_id,
                outcome=outcome,
                details={"via": "web", "client": self.req.client, **(details or {})},
            )
        except (EthicsError, OSError) as exc:
            log.error("audit entry not written, nothing shown: %s", exc)
            raise Unavailable(f"cannot write the audit log, so nothing is shown: {exc}") from None
        return self.entry


Route = tuple[re.Pattern[str], Callable[[Context, dict[str, str]], Reply | Response]]


class WebApp:
    """The onionscope web app: a WSGI callable over one index and one audit log.

    ``index_target``: as the CLI's ``--index`` (None: ``$ONIONSCOPE_INDEX`` is *not* read here,
    pass it; None means ``<home>/index.sqlite``). ``audit_log``: default ``<home>/audit/audit.jsonl``.
    ``user``: who consults (default :func:`onionscope.cli.ethics.default_user`);
    ``trust_user_header``: take the user from this request header, set by an authenticating
    reverse proxy (requests without it are refused). ``officers``: the only users who may open
    the audit pages (None: everyone who reaches the app). ``allowed_hosts``: Host header names
    answered besides loopback ones (the name a reverse proxy serves the app under; any other is
    refused, against DNS rebinding). ``index_options`` go to
    :func:`index.open_index` (e.g. ``prefix``).
    """

    def __init__(
        self,
        index_target: str | None = None,
        *,
        audit_log: Path | None = None,
        user: str | None = None,
        trust_user_header: str | None = None,
        officers: Iterable[str] | None = None,
        allowed_hosts: Iterable[str] = (),
        index_options: dict[str, Any] | None = None,
    ) -> None:
        self.index_target = index_target
        self.officers = frozenset(officers) if officers is not None else None
        #: Host names answered besides loopback ones ("localhost", 127.0.0.1, [::1]).
        self.allowed_hosts = frozenset(h.lower() for h in allowed_hosts)
        self.audit_log = audit_log
        self.user = user or default_user()
        self.trust_user_header = trust_user_header
        self.index_options = dict(index_options or {})
        self._backend: IndexBackend | None = None
        self._lock = Lock()
        self.routes: list[Route] = [
            (re.compile(r"/"), views.home),
            (re.compile(r"/search"), views.search),
            (re.compile(r"/vendor/(?P<name>.+)"), views.vendor),
            (re.compile(r"/record/(?P<doc_id>.+)"), views.record),
            (re.compile(r"/ecosystem"), views.ecosystem_list),
            (re.compile(r"/ecosystem/(?P<kind>[^/]+)"), views.ecosystem),
            (re.compile(r"/audit"), views.audit),
            (re.compile(r"/audit/report/(?P<scope_id>.+)"), views.audit_report),
            (re.compile(r"/export/graph"), views.export_graph),
            (re.compile(r"/health"), views.health),
            (re.compile(r"/why"), views.why),
        ]

    # -- the index -----------------------------------------------------------------------------
    def index(self) -> IndexBackend:
        """The shared backend, opened on first use; never creates a missing SQLite index."""
        with self._lock:
            if self._backend is None:
                self._backend = open_index(self.index_target, must_exist=True, **self.index_options)
            return self._backend

    def close(self) -> None:
        with self._lock:
            if self._backend is not None:
                self._backend.close()
                self._backend = None

    def describe_index(self) -> str:
        path = sqlite_path(self.index_target)
        return str(path) if path is not None else str(self.index_target)

    # -- who -----------------------------------------------------------------------------------
    def user_of(self, req: Request) -> str:
        if not self.trust_user_header:
            return self.user
        name = req.header(self.trust_user_header)
        user = " ".join(CONTROL.sub(" ", name or "").split())[:200]
        if not user:
            raise Forbidden(f"no user: the reverse proxy did not send the {self.trust_user_header} header")
        return user

    # -- WSGI ----------------------------------------------------------------------------------
    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        resp = self.respond(environ)
        headers = [
            ("Content-Type", resp.content_type),
            ("Content-Length", str(len(resp.body))),
            *SECURITY_HEADERS,
            *resp.headers,
        ]
        start_response(f"{resp.status} {HTTPStatus(resp.status).phrase}", headers)
        return [b"" if environ.get("REQUEST_METHOD") == "HEAD" else resp.body]

    def respond(self, environ: dict[str, Any]) -> Response:
        """The response to one request; never raises (unexpected errors are logged, then 500)."""
        req: Request | None = None
        ctx: Context | None = None
        try:
            req = Request(environ)
            self._known_host(req)
            ctx = Context(self, req)
            return self._dispatch(ctx)
        except JustificationNeeded as exc:
            if req is not None and ctx is not None and req.format == "html":
                return self._html(
                    ctx, "Why do you consult this data?", legal_pages.justification_form(ctx), 400
                )
            return self._error(req, ctx, exc.status, str(exc))
        except MethodNotAllowed as exc:
            resp = self._error(req, ctx, exc.status, str(exc))
            resp.headers.append(("Allow", ", ".join(exc.allowed)))
            return resp
        except HTTPError as exc:
            return self._error(req, ctx, exc.status, str(exc))
        except BadQuery as exc:
            return self._error(req, ctx, 400, str(exc))
        except IndexBackendError as exc:
            log.warning("index unavailable: %s", exc)
            return self._error(req, ctx, 503, f"the index is unavailable: {exc}")
        except Exception:
            log.exception("internal error on %s %s", environ.get("REQUEST_METHOD"), environ.get("PATH_INFO"))
            return self._error(req, ctx, 500, "internal error; the details are in the server log")

    def _known_host(self, req: Request) -> None:
        """Refuse a Host header the app does not answer to. A web page the analyst opens elsewhere
        could otherwise point a name of its own at 127.0.0.1 (DNS rebinding) and read collected
        data through the browser as if it were this app's own page."""
        value = req.header("Host")
        if not value:
            return
        name = urlsplit(f"//{value}").hostname or ""
        if name in self.allowed_hosts or is_loopback(name):
            return
        raise Forbidden(f"this app does not answer to the host {name!r}: start it with --allowed-host {name} "
                        "if a reverse proxy serves it under that name")

    def _dispatch(self, ctx: Context) -> Response:
        req = ctx.req
        for pattern, view in self.routes:
            m = pattern.fullmatch(req.path)
            if m is None:
                continue
            allowed = ("GET", "HEAD", "POST") if view is views.why else ("GET", "HEAD")
            if req.method not in allowed:
                raise MethodNotAllowed(
                    f"{req.method} is not allowed here; use {' or '.join(allowed)}", allowed
                )
            if req.method == "POST":
                self._same_origin(req)
            if req.format == "csv" and view not in views.CSV_VIEWS:
                raise BadRequest(f"{req.path} has no CSV form; ask for .json")
            result = view(ctx, m.groupdict())
            if isinstance(result, Response):
                result.headers += self._cookies(ctx)
                return result
            if req.format == "json":
                return self._json(ctx, result.data, result.status)
            if req.format == "csv" and result.table is not None:
                header, rows = result.table()
                name = "onionscope-" + (req.path.strip("/").replace("/", "-") or "export") + ".csv"
                disposition = ("Content-Disposition", f'attachment; filename="{name}"')
                return Response(
                    result.status,
                    csv_bytes(header, rows),
                    "text/csv; charset=utf-8",
                    [disposition, *self._cookies(ctx)],
                )
            body = result.body() if callable(result.body) else result.body
            return self._html(ctx, result.title, body, result.status, csv=view in views.CSV_VIEWS)
        raise NotFound(f"no page {req.path}")

    @staticmethod
    def _same_origin(req: Request) -> None:
        # The justification form is the only POST; a form posted from another site is refused.
        origin, host = req.header("Origin"), req.header("Host")
        if req.header("Sec-Fetch-Site") == "cross-site" or (
            origin and origin != "null" and host and urlsplit(origin).netloc != host
        ):
            raise Forbidden("a form from another site cannot set the justification")

    # -- responses -----------------------------------------------------------------------------
    def _cookies(self, ctx: Context | None) -> list[tuple[str, str]]:
        if ctx is None or ctx.set_cookie is None:
            return []
        value = quote(ctx.set_cookie, safe="")
        attrs = "Path=/; HttpOnly; SameSite=Strict" + ("; Max-Age=0" if not value else "")
        return [("Set-Cookie", f"{COOKIE}={value}; {attrs}")]

    def _json(self, ctx: Context | None, data: Any, status: int) -> Response:
        body = json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n"
        return Response(status, body.encode("utf-8"), "application/json; charset=utf-8", self._cookies(ctx))

    def _html(self, ctx: Context, title: str, body: str, status: int, csv: bool = False) -> Response:
        req = ctx.req
        json_href = csv_href = None
        if status < 400 and req.path not in ("/why",):
            extra = [(k, v) for k, vs in req.params.items() for v in vs if k not in ("why", "_format")]
            json_href = url(req.path.rstrip("/") + ".json" if req.path != "/" else "/.json", extra)
            if csv and ctx.entry is not None:
                csv_href = url(req.path + ".csv", extra)
        page = layout(
            title,
            body,
            user=ctx.user,
            justification=ctx.justification,
            here=req.full_path if req.method != "POST" else "/",
            json_href=json_href,
            csv_href=csv_href,
            logged=ctx.entry,
        )
        return Response(status, page.encode("utf-8"), "text/html; charset=utf-8", self._cookies(ctx))

    def _error(self, req: Request | None, ctx: Context | None, status: int, message: str) -> Response:
        line = " ".join(message.split())
        if req is None or req.format != "html" or ctx is None:
            if req is not None and req.format == "html" and ctx is None:
                return Response(status, _bare_error(status, line), "text/html; charset=utf-8")
            return self._json(ctx, {"error": line, "status": status}, status)
        return self._html(ctx, f"{status} {HTTPStatus(status).phrase}", pages.error(line), status)


def _bare_error(status: int, line: str) -> bytes:
    # Before the user is known (refused proxy header, bad _format): no navigation, just the line.
    page = layout(f"{status} {HTTPStatus(status).phrase}", pages.error(line), user=None, justification=None)
    return page.encode("utf-8")
