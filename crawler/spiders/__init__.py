"""Spiders: :class:`crawler.spiders.onion.OnionSpider`, one spider for markets, forums and
directories, driven by the scope's targets and the parsers' page classification."""
