"""Errors of the embedded search node.

``SearchNodeUnavailable`` means this machine cannot run a node at all (no Java, no Maven, the jar
dependencies are not cached and cannot be fetched): tests skip on it locally and fail under CI.
"""

from __future__ import annotations


class SearchNodeError(Exception):
    """Root of every error raised by lab.searchnode."""


class SearchNodeUnavailable(SearchNodeError):
    """Java, Maven or the node's jar dependencies are missing on this machine."""


class SearchNodeStartError(SearchNodeError):
    """The node process was launched but did not become healthy."""
