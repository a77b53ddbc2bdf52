"""parsers: turn page bytes into typed records, with no network and no Scrapy.

It owns the record model (:mod:`parsers.records`), the page classifier, forum-engine and
market-family extractors, the generic extractor for unseen sites and the declarative YAML site
profiles that take precedence when a site matches.
"""
