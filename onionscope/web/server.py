"""A threaded WSGI server for the web app (the standard library's wsgiref, one thread a request).

Example::

    >>> from onionscope.web.server import make_server
    >>> def hello(environ, start_response):
    ...     start_response("200 OK", [("Content-Type", "text/plain")])
    ...     return [b"hello"]
    >>> server = make_server(hello, "127.0.0.1", 0)    # port 0: any free port
    >>> server.server_address[0]
    '127.0.0.1'
    >>> server.server_close()

Binding a non-loopback address is refused unless ``allow_remote`` is given: the app shows
collected dark-web data and must sit behind an authenticating reverse proxy to leave the host.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer
from wsgiref.simple_server import make_server as _wsgiref_server

log = logging.getLogger("onionscope.web")


class ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    """wsgiref's server answering each request in its own (daemon) thread."""

    daemon_threads = True
    allow_reuse_address = True


class QuietHandler(WSGIRequestHandler):
    """Access lines without the query string: justifications and search words stay out of logs."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        path = self.path.split("?", 1)[0]
        log.info('%s "%s %s" %s %s', self.address_string(), self.command, path, code, size)

    def log_message(self, format: str, *args: Any) -> None:
        log.info("%s %s", self.address_string(), format % args)


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback addresses (127.0.0.0/8, ::1)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def make_server(
    app: Any, host: str = "127.0.0.1", port: int = 8001, *, allow_remote: bool = False
) -> WSGIServer:
    """A bound, threaded server for ``app``; call ``serve_forever()`` then ``server_close()``.

    Raises :class:`OSError` when the port cannot be bound and :class:`ValueError` for a
    non-loopback host without ``allow_remote``.
    """
    if not is_loopback(host) and not allow_remote:
        raise ValueError(f"{host} is not a loopback address; binding it needs allow_remote")
    server_class: type[WSGIServer] = ThreadingWSGIServer
    if ":" in host:
        server_class = type(
            "ThreadingWSGIServer6", (ThreadingWSGIServer,), {"address_family": socket.AF_INET6}
        )
    return _wsgiref_server(host.strip("[]"), port, app, server_class=server_class, handler_class=QuietHandler)
