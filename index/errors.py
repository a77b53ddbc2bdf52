"""Errors of the index package: one root, :class:`IndexBackendError`.

Example::

    >>> from index.errors import ClusterUnavailable, IndexBackendError
    >>> issubclass(ClusterUnavailable, IndexBackendError)
    True

Messages are one line, written for the person at the command line.
"""

from __future__ import annotations


class IndexBackendError(Exception):
    """Root of every error raised by :mod:`index`."""


class ClusterUnavailable(IndexBackendError):
    """The search cluster does not answer (down, wrong port, refused connection)."""


class UnsupportedCluster(IndexBackendError):
    """The server answers but is not Elasticsearch 8/9 or OpenSearch 2/3."""


class BadQuery(IndexBackendError):
    """A query or filter the backend cannot run (bad cursor, unknown sort, empty negation...)."""


class BadTarget(IndexBackendError):
    """An index target string that is neither a path, ``sqlite:///...`` nor ``http(s)://host:port``."""


class IndexingRejected(IndexBackendError):
    """The cluster refused documents for a reason retrying cannot fix (mapping conflict...)."""


class SpoolError(IndexBackendError):
    """The local spool cannot be written or read back."""
