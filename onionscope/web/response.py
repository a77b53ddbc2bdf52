"""What views answer: a :class:`Reply` (rendered as HTML or JSON by the app) or a raw :class:`Response`.

Example::

    >>> from onionscope.web.response import Reply
    >>> Reply("Health", {"ok": True}).status
    200
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Reply:
    """A title, JSON-ready data and the HTML body (a callable, built only when HTML is asked)."""

    title: str
    data: Any
    body: Callable[[], str] | str = ""
    status: int = 200
    #: Header and rows for the CSV download (pages that have one).
    table: Callable[[], tuple[Sequence[str], list[list[Any]]]] | None = None


@dataclass
class Response:
    """A finished HTTP response (redirects, errors, and pages once rendered)."""

    status: int
    body: bytes
    content_type: str
    headers: list[tuple[str, str]] = field(default_factory=list)
