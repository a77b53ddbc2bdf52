"""crawler: the Scrapy project that fetches onion sites through Tor inside a legal scope.

It owns the SOCKS5 download handler (remote name resolution, keep-alive per onion, extended
onion errors), the middlewares (scope enforcement, liveness, retries per Tor error class,
sessions, WARC evidence), the crash-safe frontier, the stem-controlled pool of tor clients and
one spider for markets, forums and directories. Run a crawl in-process::

    from crawler.run import run_crawl
    summary = run_crawl("scopes/lab-demo.yaml", tor="lab", index="sqlite:///tmp/i.sqlite",
                        jobdir="crawls/lab-1")        # resumable; SIGINT stops cleanly
    summary["pages_fetched"], summary["pages_denied"], summary["sites_dead"], summary["sites_blocked"]

or from the shell: ``onionscope crawl --scope FILE [--tor lab|socks5://H:P,control=H:P] [--index T]``.
The crawler imports :mod:`parsers` and :mod:`ethics` only; enrichment and the index are wired in
through Scrapy settings (``ITEM_PIPELINES``) by :mod:`crawler.run`.
"""
