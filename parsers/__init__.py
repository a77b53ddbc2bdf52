"""parsers: turn page bytes into typed records, with no network and no Scrapy.

It owns the record model (:mod:`parsers.records`), the page classifier, forum-engine and
market-family extractors, the generic extractor for unseen sites and the declarative YAML site
profiles that take precedence when a site matches.

    >>> from parsers import parse_page
    >>> r = parse_page(b"<html><body><h1>Login</h1><form><input type=password></form></body></html>")
    >>> r.page.page_type
    'login'
"""

from parsers.page import ParseResult, classify, parse_page

__all__ = ["ParseResult", "classify", "parse_page"]
