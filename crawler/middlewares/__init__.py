"""Scrapy middlewares of the crawler, one concern per module.

Downloader (order): session 40, scope 50, liveness 60, retry 550, response policy 960 and WARC 950
(process_response runs from the highest order down, so the policy verdict comes before WARC).
Spider: canonical 960.

``request.meta`` keys (all prefixed ``onionscope_``): ``scope`` ("allowed" once admitted),
``scope_id``, ``discovered`` (link to an onion outside the targets), ``session`` (analyst cookies
attached), ``retry_count``, ``wire`` (raw response from the handler), ``tor`` (SOCKS endpoint),
``verdict`` (ethics ResponseVerdict), ``warc`` (dict file/offset/sha256/captured_at),
``replay`` ((file, offset): serve from WARC, no network), ``replayed`` (served from WARC).
"""
