"""The small base every per-record enrichment pipeline shares: Scrapy-style and offline.

A pipeline is built from settings (``from_crawler`` reads the crawler's settings, ``from_settings``
takes any mapping) and exposes ``process_item(item, spider=None)`` returning the item, so the same
object runs as a Scrapy item pipeline and in ``onionscope enrich``.

    >>> from enrichment.language import LanguagePipeline
    >>> pipe = LanguagePipeline.from_settings({"ENRICH_LANG_MIN_CHARS": 10})
    >>> pipe.min_chars
    10
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self


class RecordPipeline:
    """Base class: settings in, ``process_item`` out."""

    def __init__(self, settings: Mapping[str, Any] | None = None) -> None:
        self.settings: Mapping[str, Any] = settings or {}

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any] | None = None) -> Self:
        """Build the pipeline from a plain mapping of Scrapy-style setting names."""
        return cls(settings)

    @classmethod
    def from_crawler(cls, crawler: Any) -> Self:
        """Scrapy entry point: read the crawler's settings."""
        # Scrapy's Settings answers .get() like a mapping; keep it, settings stay live and typed there.
        return cls.from_settings(crawler.settings)

    def setting(self, name: str, default: Any) -> Any:
        value = self.settings.get(name)
        return default if value is None else value

    def process_item(self, item: Any, spider: Any = None) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError
