"""Scrapy download handlers of the crawler: :class:`crawler.handlers.socks.SocksDownloadHandler`."""
