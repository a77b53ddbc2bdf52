"""parsers: turn page bytes into typed records, with no network and no Scrapy.

    >>> from parsers import parse_page
    >>> r = parse_page(b"<html><body><h1>Login</h1><form><input type=password></form></body></html>")
    >>> r.page.page_type
    'login'

``parse_page(body, url=, content_type=, captured_at=, profile=)`` parses once with lxml and returns
a :class:`ParseResult` (``.page``: :class:`~parsers.records.Page`; ``.records``: listings, vendors,
threads, posts, authors in page order). It never raises. The pieces, in the order a page meets them:

* :mod:`parsers.dom` - encoding detection, size cap, one lxml tree, text lines, links;
* :mod:`parsers.profiles` - YAML site profiles (``parsers/profiles/*.yaml``), the precise layer;
* :mod:`parsers.classify` - login walls, captchas, DDoS queues, error pages, link directories;
* :mod:`parsers.engines` + :mod:`parsers.forums` - known forum engines' thread pages;
* :mod:`parsers.generic_forum` - posts, topic lists and member profiles of unknown forums
  (member links: :mod:`parsers.forum_members`; post blocks: :mod:`parsers.post_blocks`; a post's
  words and date: :mod:`parsers.post_parts`);
* :mod:`parsers.markets` - listings, index cards, vendor and feedback pages of any market
  (prices: :mod:`parsers.market_prices`, :mod:`parsers.postage`; places and routes:
  :mod:`parsers.market_places`; vendor names, links and headings: :mod:`parsers.market_names`;
  labelled values, escrow, keys: :mod:`parsers.market_fields`);
* :mod:`parsers.labels`, :mod:`parsers.prices`, :mod:`parsers.dates` - multilingual labels,
  number and price formats, absolute and relative dates;
* :mod:`parsers.pgp` - armored OpenPGP keys and their fingerprints;
* :mod:`parsers.regex_gate` - first-character lookaheads for case-insensitive alternations;
* :mod:`parsers.drift` - per-site extraction completeness and template-change alerts.
"""

from parsers.page import ParseResult, classify, parse_page

__all__ = ["ParseResult", "classify", "parse_page"]
