"""crawler: the Scrapy project that fetches onion sites through Tor inside a legal scope.

It owns the SOCKS5 download handler (remote name resolution, extended onion errors), the
middlewares (scope enforcement, politeness, liveness, interstitials), the stem-controlled pool of
tor clients, the spiders for markets, forums and discovery, and WARC evidence capture.
"""
