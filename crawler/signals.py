"""Signals of the crawler (Scrapy-style sentinels). Connect with ``crawler.signals.connect``.

- :data:`page_archived` ``(request, response, location)``: the response is safely in WARC
  (``location`` is a :class:`crawler.warc.WarcLocation`).
- :data:`page_done` ``(url)``: nothing more will come of this page (its records, if any, were
  handed on); without an index it is final.
- :data:`records_flushed` ``(urls)``: the index made the records of these page URLs durable.
"""

page_archived = object()
page_done = object()
records_flushed = object()
