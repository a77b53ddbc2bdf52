"""One HTTP request as the views see it: path, format, parameters, cookies and headers.

Example::

    >>> from onionscope.web.request import Request
    >>> req = Request({"REQUEST_METHOD": "GET", "PATH_INFO": "/search.json",
    ...                "QUERY_STRING": "q=green+tea&type=listing&type=vendor&page=2"})
    >>> req.path, req.format, req.one("q"), req.many("type"), req.integer("page", 1)
    ('/search', 'json', 'green tea', ['listing', 'vendor'], 2)

Parameters follow HTML forms: a blank value is the same as no value. A parameter that takes one
value and is given two different ones, a bad number or an unknown parameter is a
:class:`~onionscope.web.errors.BadRequest` (one line), so a typo never silently widens a search.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qs, unquote

from onionscope.web.errors import BadRequest

#: Parameters every page understands.
COMMON_PARAMS: frozenset[str] = frozenset({"why", "_format"})
#: Answer formats: a page, its data, and (searches, ecosystem figures) a spreadsheet table.
FORMATS: tuple[str, ...] = ("html", "json", "csv")
#: Longest justification kept (it travels in a cookie and in every audit entry).
MAX_JUSTIFICATION = 500
#: Control characters: never in a justification or a user name (one line in the log and the page).
CONTROL = re.compile(r"[\x00-\x1f\x7f]")
#: Largest form body read (the justification form is a few hundred bytes).
MAX_BODY = 16 * 1024


class Request:
    """Read-only view of a WSGI ``environ``."""

    def __init__(self, environ: dict[str, Any]) -> None:
        self.environ = environ
        self.method = str(environ.get("REQUEST_METHOD") or "GET").upper()
        raw = str(environ.get("PATH_INFO") or "/")
        # PEP 3333 hands the path over as latin-1 decoded bytes; names are UTF-8 on the wire.
        try:
            path = raw.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            path = raw
        self.query_string = str(environ.get("QUERY_STRING") or "")
        self.params: dict[str, list[str]] = parse_qs(self.query_string, keep_blank_values=True)
        if len(path) > 1 and path.endswith("/"):
            path = path.rstrip("/") or "/"  # /search/ is /search
        fmt = "html"
        for suffix in (".json", ".csv"):
            if (path.endswith(suffix) and len(path) > 1 + len(suffix)) or path == "/" + suffix:
                path, fmt = path[: -len(suffix)], suffix[1:]
        wanted = self.params.get("_format")
        if wanted:
            if wanted[-1] not in FORMATS:
                raise BadRequest(f"unknown _format {wanted[-1]!r}; use {', '.join(FORMATS)}")
            fmt = wanted[-1]
        self.path = path or "/"
        self.format = fmt
        self.client = str(environ.get("REMOTE_ADDR") or "")

    # -- parameters ----------------------------------------------------------------------------
    def check_known(self, allowed: Iterable[str]) -> None:
        """Refuse parameters the page does not know (a typo must not silently widen a search)."""
        known = set(allowed) | COMMON_PARAMS
        unknown = sorted(set(self.params) - known)
        if unknown:
            raise BadRequest(f"unknown parameter {unknown[0]!r}; this page takes {', '.join(sorted(known))}")

    def has_any(self, names: Iterable[str]) -> bool:
        return any(n in self.params for n in names)

    def one(self, name: str) -> str | None:
        """The parameter's value, stripped; None when absent or blank."""
        values = self.many(name)
        if len(set(values)) > 1:
            raise BadRequest(f"{name} takes one value, got {len(values)}")
        return values[0] if values else None

    def many(self, name: str) -> list[str]:
        """Non-blank values of a repeatable parameter, in order."""
        return [v.strip() for v in self.params.get(name, []) if v.strip()]

    def integer(self, name: str, default: int) -> int:
        text = self.one(name)
        if text is None:
            return default
        try:
            return int(text)
        except ValueError:
            raise BadRequest(f"{name} must be a whole number, not {text!r}") from None

    def number(self, name: str) -> float | None:
        text = self.one(name)
        if text is None:
            return None
        try:
            value = float(text)
        except ValueError:
            raise BadRequest(f"{name} must be a number, not {text!r}") from None
        if not math.isfinite(value):
            raise BadRequest(f"{name} must be a finite number")
        return value

    def flag(self, name: str) -> bool:
        text = (self.one(name) or "").lower()
        if text in ("", "0", "false", "off", "no"):
            return False
        if text in ("1", "true", "on", "yes"):
            return True
        raise BadRequest(f"{name} is on or off (1/0), not {text!r}")

    # -- headers, cookies, body ----------------------------------------------------------------
    def header(self, name: str) -> str | None:
        value = self.environ.get("HTTP_" + name.upper().replace("-", "_"))
        return str(value).strip() if value is not None and str(value).strip() else None

    def cookie(self, name: str) -> str | None:
        for part in str(self.environ.get("HTTP_COOKIE") or "").split(";"):
            key, sep, value = part.strip().partition("=")
            if sep and key == name:
                return unquote(value.strip().strip('"')) or None
        return None

    def form(self) -> dict[str, list[str]]:
        """Fields of an ``application/x-www-form-urlencoded`` POST body."""
        ctype = str(self.environ.get("CONTENT_TYPE") or "").split(";")[0].strip().lower()
        if ctype != "application/x-www-form-urlencoded":
            raise BadRequest("the form must be sent as application/x-www-form-urlencoded")
        try:
            length = int(self.environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            raise BadRequest("bad Content-Length") from None
        if length > MAX_BODY:
            raise BadRequest(f"the form is larger than {MAX_BODY} bytes")
        body = self.environ["wsgi.input"].read(length) if length > 0 else b""
        return parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)

    @property
    def full_path(self) -> str:
        """Path and query string as the browser asked (for the justification form's return)."""
        suffix = f".{self.format}" if self.format != "html" and "_format" not in self.params else ""
        return self.path + suffix + (f"?{self.query_string}" if self.query_string else "")


def clean_justification(text: str) -> str:
    """A justification on one line; :class:`BadRequest` when it is too long."""
    why = " ".join(CONTROL.sub(" ", text).split())
    if len(why) > MAX_JUSTIFICATION:
        raise BadRequest(f"the justification is longer than {MAX_JUSTIFICATION} characters")
    return why
