"""enrichment: item pipelines that turn extracted records into intelligence.

Per record: language (:mod:`enrichment.language`), real file type (:mod:`enrichment.filetype`),
validated entities (:mod:`enrichment.entities`) and normalisation (:mod:`enrichment.normalise`).
Across a crawl: vendor identity (:mod:`enrichment.identity`), demand (:mod:`enrichment.demand`),
forum producers (:mod:`enrichment.producers`), link graph and mirrors (:mod:`enrichment.linkgraph`).

    >>> from parsers.records import Listing
    >>> from enrichment import enrich_records
    >>> [rec] = enrich_records([Listing(title="Oolong, 10 g", price=9.0, currency="USD",
    ...                                 description="Pay to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")])
    >>> rec.price_usd, rec.category_norm, [e.entity_type for e in rec.entities]
    (9.0, 'tea', ['btc'])
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["ITEM_PIPELINES", "enrich_records", "pipelines", "summary"]

#: The per-record steps as Scrapy ``ITEM_PIPELINES`` (merge into a crawl's settings).
ITEM_PIPELINES: dict[str, int] = {
    "enrichment.language.LanguagePipeline": 500,
    "enrichment.filetype.FileTypePipeline": 510,
    "enrichment.entities.EntityPipeline": 520,
    "enrichment.normalise.NormalisePipeline": 530,
}


def pipelines(settings: Mapping[str, Any] | None = None) -> list[Any]:
    """The per-record pipelines in the order they run, built from Scrapy-style ``settings``."""
    from enrichment.entities import EntityPipeline
    from enrichment.filetype import FileTypePipeline
    from enrichment.language import LanguagePipeline
    from enrichment.normalise import NormalisePipeline

    return [LanguagePipeline(settings), FileTypePipeline(settings), EntityPipeline(settings),
            NormalisePipeline(settings)]


def enrich_records(records: Iterable[Any], *, page_lang: str | None = None,
                   settings: Mapping[str, Any] | None = None) -> list[Any]:
    """Apply every per-record step to ``records`` (in place) and return them as a list.

    Records of one page follow their page record in parser output, so a short record with no
    language of its own takes the language of the page before it (or ``page_lang``).
    """
    from enrichment.language import LanguagePipeline
    from parsers.records import Page

    steps = pipelines(settings)
    out = []
    current_lang = page_lang
    for record in records:
        for step in steps:
            if isinstance(step, LanguagePipeline):
                record = step.process_item(record, page_lang=current_lang)
            else:
                record = step.process_item(record)
        if isinstance(record, Page) and record.lang:
            current_lang = record.lang or page_lang
        out.append(record)
    return out


def summary(records: Iterable[Any], *, enriched: bool = False, top: int = 10,
            settings: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The intelligence view of a crawl: see :func:`enrichment.summary_view.summarise`."""
    from enrichment.summary_view import summarise

    return summarise(records, enriched=enriched, top=top, settings=settings)
