"""The exception root of the lab's simulated dark web."""

from __future__ import annotations


class SitesError(Exception):
    """A lab site was asked for something that does not exist or was misconfigured."""


class UnknownSite(SitesError, KeyError):
    """No site of that name or onion in the world."""
