"""Exceptions of :mod:`ethics`: one root, :class:`EthicsError`, and a class per failure.

    >>> from ethics.errors import ScopeError, Problem, EthicsError
    >>> err = ScopeError("scope.yaml", [Problem("valid_until", 7, "is before valid_from")])
    >>> isinstance(err, EthicsError), str(err)
    (True, 'scope.yaml: 1 problem: line 7, valid_until: is before valid_from')
"""

from __future__ import annotations

from dataclasses import dataclass


class EthicsError(Exception):
    """Root of every error raised by :mod:`ethics`."""


@dataclass(frozen=True)
class Problem:
    """One problem in a scope file: the field (dotted path), its 1-based line and what is wrong."""

    field: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}, " if self.line else ""
        return f"{where}{self.field}: {self.message}"


class ScopeError(EthicsError):
    """A scope file is missing, unreadable or malformed; ``problems`` lists every problem found."""

    def __init__(self, path: str, problems: list[Problem]) -> None:
        self.path = path
        self.problems = list(problems)
        count = len(self.problems)
        listed = "; ".join(str(p) for p in self.problems)
        super().__init__(f"{path}: {count} problem{'s' if count != 1 else ''}: {listed}")


class ScopeNotInForce(EthicsError):
    """The scope is expired or not yet valid at the time asked: nothing may be crawled under it."""

    def __init__(self, scope_id: str, reason: str, message: str) -> None:
        self.scope_id = scope_id
        #: ``scope_expired`` or ``scope_not_yet_valid``.
        self.reason = reason
        super().__init__(message)


class ScopeViolation(EthicsError):
    """A request was refused by the policy; ``decision`` says which rule and why."""

    def __init__(self, url: str, reason: str, message: str) -> None:
        self.url = url
        self.reason = reason
        super().__init__(f"{reason}: {message}")


class AuditError(EthicsError):
    """The audit log cannot be written or read (bad key, bad operation, missing justification...)."""


class AuditWriteError(AuditError):
    """An entry could not be written (disk full, read-only or failing disk). Nothing was appended:
    the log and its head still agree, and whatever needed the entry must not happen."""


class AuditChainBroken(AuditError):
    """The audit log fails verification; ``index`` is the 0-based number of the first bad entry."""

    def __init__(self, index: int | None, reason: str) -> None:
        self.index = index
        self.reason = reason
        where = f"entry {index}" if index is not None else "log"
        super().__init__(f"{where}: {reason}")


class BlocklistError(EthicsError):
    """A blocklist file is malformed or an address given to it is not an onion name."""


class RetentionError(EthicsError):
    """Retention or legal-hold state cannot be applied or read."""


class RecordBusy(RetentionError):
    """A record cannot be erased now (its file is still being written by a running crawl); the
    next retention run erases it."""


class PseudonymError(EthicsError):
    """A pseudonym cannot be made or reversed (bad key, foreign or corrupted token)."""
