"""The one exception root of enrichment and its specific errors.

    >>> from enrichment.errors import EnrichmentError, RateTableError
    >>> issubclass(RateTableError, EnrichmentError)
    True
"""

from __future__ import annotations


class EnrichmentError(Exception):
    """Root of every error raised by the enrichment package."""


class RateTableError(EnrichmentError):
    """The exchange-rate table is missing, unreadable or malformed."""


class TaxonomyError(EnrichmentError):
    """The category taxonomy file is missing, unreadable or malformed."""


class RecordInputError(EnrichmentError):
    """Records given to enrichment could not be read (bad JSON, unknown record type)."""
