"""WarcMiddleware and ResponsePolicyMiddleware: the evidence copy of every response.

``ResponsePolicyMiddleware`` (order 960, so its ``process_response`` runs first) asks
:meth:`ethics.policy.Policy.process_response` what may be kept (media policy by python-magic,
content stops): ``store``, ``hash`` (digest and type only), ``discard``, or ``content_stop``
(nothing stored, site suspended, request dropped).

``WarcMiddleware`` (order 950, next to the download handler) writes the raw exchange to WARC
with :class:`crawler.warc.WarcWriter` (``WARC_DIR``, ``WARC_MAX_SIZE``, ``WARC_PREFIX``,
``WARC_FSYNC``), or a metadata record when the body may not be kept, and sets
``request.meta["onionscope_warc"]`` = ``{"file", "offset", "sha256", "captured_at"}``. Requests
carrying ``onionscope_replay`` = ``(file, offset)`` are answered from the WARC (resume).

Stats: ``warc/records``, ``warc/bytes``, ``warc/metadata``, ``warc/replayed``,
``ethics/response/<action>``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes
from warcio.statusandheaders import StatusAndHeadersParser

from crawler import signals
from crawler.context import CrawlContext, jobdir_path
from crawler.errors import StorageError
from crawler.stop import stop_crawl
from crawler.warc import WarcLocation, WarcWriter, read_record, tls_from_headers, tls_headers
from ethics import stores
from ethics.onion import normalise_host

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler



class NotArchived(IgnoreRequest):
    """A response that could not be written to WARC (the crawl stops): not done, fetched again
    when the crawl resumes."""

    key = "not_archived"


class ContentStopped(IgnoreRequest):
    """A content stop matched: nothing of the page is stored and its site is suspended."""


class ResponsePolicyMiddleware:
    """Get the ethics verdict for each fresh response before anything of it is stored."""

    def __init__(self, crawler: Crawler) -> None:
        self.ctx = CrawlContext.of(crawler)
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ResponsePolicyMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if request.meta.get("onionscope_replayed") or "onionscope_wire" not in request.meta:
            return response
        verdict = self.ctx.policy.process_response(
            request.url,
            response.body,
            status=response.status,
            details={"onion": normalise_host(urlsplit(request.url).hostname or "")},
        )
        request.meta["onionscope_verdict"] = verdict
        assert self.stats is not None
        self.stats.inc_value(f"ethics/response/{verdict.action}")
        if verdict.action == "content_stop":
            request.meta.pop("onionscope_wire", None)
            raise ContentStopped(f"{verdict.reason}: {request.url} (nothing stored, site suspended)")
        if not verdict.keep_body and response.body:
            return response.replace(body=b"")
        return response


def _warc_dir(crawler: Crawler) -> Path:
    configured = crawler.settings.get("WARC_DIR")
    if configured:
        return Path(configured)
    inside = jobdir_path(crawler.settings, "warc", "x")
    return inside.parent if inside else CrawlContext.of(crawler).home / "warc"


def response_from_warc(request: Request, path: str, offset: int) -> tuple[Response, dict[str, Any]]:
    """Rebuild the Scrapy response of ``request`` from its WARC record (no network).

    A ``metadata`` record (a body the media policy did not keep) gives an empty body and puts
    the original verdict back in ``request.meta["onionscope_verdict"]``.
    """
    import hashlib
    import io
    import json

    from ethics.policy import ResponseVerdict

    rec_type, head, body, warc_headers = read_record(path, offset)
    if rec_type == "metadata":
        facts = json.loads(body or b"{}")
        request.meta["onionscope_verdict"] = ResponseVerdict(
            facts.get("action", "discard"),
            facts.get("sha256", ""),
            facts.get("mime", ""),
            facts.get("reason", ""),
        )
        response = Response(
            url=request.url, status=int(facts.get("status") or 200), body=b"", request=request
        )
        return response, {
            "file": path,
            "offset": offset,
            "sha256": facts.get("sha256"),
            "captured_at": warc_headers.get("WARC-Date"),
        }
    parsed = StatusAndHeadersParser(["HTTP/1.0", "HTTP/1.1"]).parse(io.BytesIO(head))
    status = int(parsed.get_statuscode() or 200)
    headers = Headers([(k, v) for k, v in parsed.headers if k.lower() != "transfer-encoding"])
    cls = responsetypes.from_args(headers=headers, url=request.url, body=body)
    response = cls(url=request.url, status=status, headers=headers, body=body, request=request)
    tls = tls_from_headers(warc_headers, urlsplit(request.url).hostname)
    if tls is not None:
        request.meta["onionscope_tls"] = tls  # as the handler set it on the first capture
    info = {
        "file": path,
        "offset": offset,
        "sha256": hashlib.sha256(body).hexdigest(),
        "captured_at": warc_headers.get("WARC-Date"),
    }
    return response, info


class WarcMiddleware:
    """Write every fresh exchange to WARC; serve replays from it."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        if not settings.getbool("WARC_ENABLED", True):
            raise NotConfigured("WARC_ENABLED is off")
        self.crawler = crawler
        self.ctx = CrawlContext.of(crawler)
        directory = _warc_dir(crawler)
        # Retention must find these captures wherever they go (a --jobdir, WARC_DIR).
        stores.register(self.ctx.home, "warc", directory)
        self.writer = WarcWriter(
            directory,
            scope_id=self.ctx.scope_id,
            prefix=settings.get("WARC_PREFIX", "onionscope"),
            max_size=settings.getint("WARC_MAX_SIZE", 512 * 1024 * 1024),
            gzip_level=settings.getint("WARC_GZIP_LEVEL", 1),
            fsync=settings.getbool("WARC_FSYNC", False),
        )
        self.ctx.warc_files = self.writer.files
        self.stats = crawler.stats
        from scrapy import signals as scrapy_signals

        crawler.signals.connect(self._closed, signal=scrapy_signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcMiddleware:
        return cls(crawler)

    def _closed(self) -> None:
        self.writer.close()

    @property
    def files(self) -> list[str]:
        return self.writer.files

    def process_request(self, request: Request) -> Response | None:
        replay = request.meta.get("onionscope_replay")
        if not replay:
            return None
        response, info = response_from_warc(request, replay[0], int(replay[1]))
        request.meta["onionscope_replayed"] = True
        request.meta["onionscope_warc"] = info
        assert self.stats is not None
        self.stats.inc_value("warc/replayed")
        return response

    def process_response(self, request: Request, response: Response) -> Response:
        raw = request.meta.pop("onionscope_wire", None)
        if raw is None or request.meta.get("onionscope_replayed"):
            return response
        onion = normalise_host(urlsplit(request.url).hostname or "")
        verdict = request.meta.get("onionscope_verdict")
        # https captures name the certificate the onion showed (evidence of which service answered).
        tls = tls_headers(raw.tls.as_dict() if raw.tls is not None else None)
        try:
            loc = self._write(request, raw, verdict, onion, tls)
        except StorageError as exc:
            self._stop(str(exc))
            # Not archived, so not done: the frontier keeps it for the resumed crawl.
            raise NotArchived(str(exc)) from None
        self.stats.inc_value("warc/bytes", loc.length)
        request.meta["onionscope_warc"] = {
            "file": loc.file,
            "offset": loc.offset,
            "sha256": loc.sha256,
            "captured_at": loc.captured_at,
        }
        self.crawler.signals.send_catch_log(
            signals.page_archived, request=request, response=response, location=loc
        )
        return response

    def _stop(self, reason: str) -> None:
        """Captures cannot be written: every later page would be fetched for nothing (and again on
        resume), so the crawl stops."""
        assert self.stats is not None
        self.stats.inc_value("warc/write_failed")
        stop_crawl(self.crawler, reason)

    def _write(
        self, request: Request, raw: Any, verdict: Any, onion: str, tls: dict[str, str]
    ) -> WarcLocation:
        assert self.stats is not None
        loc: WarcLocation
        if verdict is None or verdict.keep_body or not raw.body:
            extra = {"WARC-Onionscope-Tor": request.meta.get("onionscope_tor", ""), **tls}
            loc = self.writer.write_exchange(
                request.url,
                request.meta.pop("onionscope_wire_request", b""),
                raw.head,
                raw.wire_body if raw.chunked and raw.wire_body is not None else raw.body,
                onion=onion,
                extra_headers=extra,
            )
            self.stats.inc_value("warc/records")
        else:
            loc = self.writer.write_metadata(
                request.url,
                {
                    "status": raw.status,
                    "mime": verdict.mime,
                    "action": verdict.action,
                    "reason": verdict.reason,
                    "size": len(raw.body),
                    "sha256": verdict.sha256,
                },
                verdict.sha256,
                onion=onion,
                extra_headers=tls or None,
            )
            self.stats.inc_value("warc/metadata")
        return loc
