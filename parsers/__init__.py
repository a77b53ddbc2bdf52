"""parsers: turn page bytes into typed records, with no network and no Scrapy.

    >>> from parsers import parse_page
    >>> r = parse_page(b"<html><body><h1>Login</h1><form><input type=password></form></body></html>")
    >>> r.page.page_type
    'login'

``parse_page(body, url=, content_type=, captured_at=, profile=)`` parses once with lxml and returns
a :class:`ParseResult` (``.page``: :class:`~parsers.records.Page`; ``.records``: listings, vendors,
threads, posts, authors in page order). It never raises. The pieces, in the order a page meets them:

* :mod:`parsers.dom` - encoding detection, size cap, one lxml tree, text lines, links;
  :mod:`parsers.pagination` - the next page; :mod:`parsers.page_lang` - the page's language;
* :mod:`parsers.profiles` - YAML site profiles (``parsers/profiles/*.yaml``), the precise layer;
* :mod:`parsers.classify` - login walls, captchas, DDoS queues, error pages, link directories, with
  :mod:`parsers.front_gates` (a front service's challenge and frame);
* forums: :mod:`~parsers.engines` and :mod:`~parsers.forums` (known engines), then for unknown
  ones :mod:`~parsers.generic_forum` with :mod:`~parsers.forum_members`,
  :mod:`~parsers.post_blocks`, :mod:`~parsers.post_parts`, :mod:`~parsers.post_dates`,
  :mod:`~parsers.post_comments` (comments inside a post's block: a Q&A site's question and answers),
  :mod:`~parsers.post_read` (a post's record from its block), :mod:`~parsers.post_mend` with
  :mod:`~parsers.post_columns` (what the posts show alike: undated posts, subject lines, number
  links to posts, named quotes), :mod:`~parsers.poster_stats` (post counts, join days) and
  :mod:`~parsers.post_signatures` (closing parts
  a poster repeats word for word: signatures), :mod:`~parsers.comment_tree`,
  :mod:`~parsers.bylines`, :mod:`~parsers.quotes`, :mod:`~parsers.thread_title`; last, for pages
  no reader took, :mod:`~parsers.post_names` (posts whose authors are found by aligning dated
  blocks) with :mod:`~parsers.dated_elements` (the elements that show a date),
  :mod:`~parsers.post_lines` (names written inside each post's dated line) and
  :mod:`~parsers.post_gates` (an index's rows or a seller's reviews, which are no posts), and
  :mod:`~parsers.index_shape` (a forum's index known by its rows' shape, any addresses);
* markets: :mod:`~parsers.markets` (listing, index, vendor and feedback pages of any market) with
  :mod:`~parsers.listing_detail` (an item page's own listing), :mod:`~parsers.item_title`,
  :mod:`~parsers.cards` (with :mod:`~parsers.card_prices`, :mod:`~parsers.pair_spans`),
  :mod:`~parsers.card_links`,
  :mod:`~parsers.card_fields`, :mod:`~parsers.detail_seller` (an item page's unlabelled seller),
  :mod:`~parsers.card_facts`, :mod:`~parsers.card_places`,
  :mod:`~parsers.place_words`, :mod:`~parsers.flag_places`, :mod:`~parsers.filter_options`,
  :mod:`~parsers.item_badge`, :mod:`~parsers.market_prices`, :mod:`~parsers.sale_price`,
  :mod:`~parsers.piece_prices`, :mod:`~parsers.struck`, :mod:`~parsers.discounts`, :mod:`~parsers.postage`,
  :mod:`~parsers.ship_options`, :mod:`~parsers.market_buy`, :mod:`~parsers.market_places`,
  :mod:`~parsers.market_names`, :mod:`~parsers.market_seller`, :mod:`~parsers.market_fields`,
  :mod:`~parsers.market_profile`, :mod:`~parsers.vendor_page` (with :mod:`~parsers.titled_names`),
  :mod:`~parsers.vendor_counts` (with :mod:`~parsers.feedback_breakdown`),
  :mod:`~parsers.stat_tiles`, :mod:`~parsers.stat_rows`, :mod:`~parsers.feedback`, :mod:`~parsers.pgp`,
  :mod:`~parsers.kind_counts`, :mod:`~parsers.shop_paths`, :mod:`~parsers.card_rubric`;
* shared readers: :mod:`~parsers.labels`, :mod:`~parsers.prices` with :mod:`~parsers.number_symbols`,
  :mod:`~parsers.dates` with :mod:`~parsers.times_of_day`,
  :mod:`~parsers.date_words`, :mod:`~parsers.regex_gate`;
* :mod:`parsers.records` - the record model; :mod:`parsers.errors` - the exception root;
  :mod:`parsers.drift` - extraction completeness per site and template-change alerts.
"""

from parsers.page import ParseResult, classify, parse_page

__all__ = ["ParseResult", "classify", "parse_page"]
