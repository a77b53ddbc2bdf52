"""Failed writes of the crawl frontier: one failure turns it read-only and stops the crawl.

    >>> import sqlite3
    >>> class Frontier:
    ...     unwritable = None
    ...     def _give_up(self, exc):
    ...         self.unwritable = f"cannot write the crawl frontier: {exc}"
    ...     @stops_when_unwritable(False)
    ...     def write(self):
    ...         raise sqlite3.OperationalError("database or disk is full")
    ...     @stops_when_unwritable(0)
    ...     def count(self):
    ...         return 1
    >>> f = Frontier()
    >>> f.count(), f.write(), f.unwritable, f.count()
    (1, False, 'cannot write the crawl frontier: database or disk is full', 0)

:class:`crawler.frontier.FrontierScheduler` wraps every method that writes with
:func:`stops_when_unwritable`; its ``_give_up`` rolls back and stops the crawl.
"""

from __future__ import annotations

import functools
import inspect
import sqlite3
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


class Writer(Protocol):
    """What :func:`stops_when_unwritable` needs of the object whose methods it wraps."""

    #: Why it stopped writing (its first failed write), or None while it writes.
    unwritable: str | None

    def _give_up(self, exc: sqlite3.Error) -> None: ...


def stops_when_unwritable(default: Any = None) -> Callable[[F], F]:
    """A frontier write that fails (disk full, I/O error) stops the crawl in one line instead of
    a traceback per page: what the frontier cannot record, a resume could not find again.

    After the first failure the method is not run at all and returns ``default``: the frontier is
    :attr:`crawler.frontier.FrontierScheduler.unwritable` for the rest of the run.
    """

    def deco(method: F) -> F:
        # Scrapy's signals pass every argument a receiver's own signature does not refuse
        # (``signal``, ``sender``...): keep only the method's own.
        accepted = set(inspect.signature(method).parameters)

        @functools.wraps(method)
        def run(self: Writer, *args: Any, **kwargs: Any) -> Any:
            if self.unwritable is not None:
                return default
            kwargs = {k: v for k, v in kwargs.items() if k in accepted}
            try:
                return method(self, *args, **kwargs)
            except sqlite3.Error as exc:
                self._give_up(exc)
                return default

        return run  # type: ignore[return-value]

    return deco
