"""Errors of the web app: one root, :class:`HTTPError`, each with its HTTP status.

Example::

    >>> from onionscope.web.errors import BadRequest, HTTPError
    >>> err = BadRequest("page must be a whole number")
    >>> isinstance(err, HTTPError), err.status, str(err)
    (True, 400, 'page must be a whole number')

Messages are one line, written for the analyst in front of the browser; they never carry a
traceback (unexpected errors are logged on the server and answered with a generic 500).
"""

from __future__ import annotations


class HTTPError(Exception):
    """Root of the web app's errors: an HTTP status and a one-line message."""

    status = 500

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))


class BadRequest(HTTPError):
    """A parameter the app cannot use (bad number, unknown parameter, bad date...)."""

    status = 400


class JustificationNeeded(BadRequest):
    """A consultation asked for without a justification (case reference or reason)."""


class Forbidden(HTTPError):
    """The request comes without the user the reverse proxy must name, or from another site."""

    status = 403


class NotFound(HTTPError):
    """No such page, record or vendor."""

    status = 404


class MethodNotAllowed(HTTPError):
    """The app is read-only: GET and HEAD (and POST for the justification form) only."""

    status = 405

    def __init__(self, message: str, allowed: tuple[str, ...] = ("GET", "HEAD")) -> None:
        super().__init__(message)
        self.allowed = allowed


class Unavailable(HTTPError):
    """The index or the audit log cannot be used right now (cluster down, log not writable)."""

    status = 503
