"""Talking to a search cluster: probing its root endpoint and one adapter over both clients.

Example::

    >>> from index.client import detect
    >>> detect({"version": {"distribution": "opensearch", "number": "2.19.6"}})
    ('opensearch', '2.19.6')
    >>> detect({"version": {"number": "9.1.0", "build_flavor": "default"}, "tagline": "You Know, for Search"})
    ('elasticsearch', '9.1.0')

:func:`probe` asks ``GET /`` with plain requests (no proxy, never through Tor: the cluster is a
local server); :func:`detect` reads OpenSearch from ``version.distribution`` and Elasticsearch
from the rest. :class:`ClusterClient` then wraps ``opensearch-py`` or ``elasticsearch`` so the
backend speaks one small API and sees only :mod:`index.errors` exceptions.
"""

from __future__ import annotations

import json
from typing import Any

import requests

from index.errors import ClusterUnavailable, IndexBackendError, UnsupportedCluster

SUPPORTED = {"opensearch": (2, 3), "elasticsearch": (8, 9)}


def probe(url: str, timeout: float = 10.0) -> dict[str, Any]:
    """The cluster's root document; :class:`ClusterUnavailable` if nothing answers."""
    session = requests.Session()
    session.trust_env = False  # never route a local cluster through a SOCKS/HTTP proxy
    try:
        resp = session.get(url.rstrip("/") + "/", timeout=timeout)
    except requests.RequestException as exc:
        raise ClusterUnavailable(f"search cluster {url} is not reachable ({type(exc).__name__})") from exc
    finally:
        session.close()
    if resp.status_code != 200:
        raise UnsupportedCluster(f"{url} answered HTTP {resp.status_code} on its root endpoint")
    try:
        info = resp.json()
    except ValueError as exc:
        raise UnsupportedCluster(f"{url} is not a search cluster (its root endpoint is not JSON)") from exc
    return info if isinstance(info, dict) else {}


def detect(info: dict[str, Any]) -> tuple[str, str]:
    """``(engine, version)`` from a root document; :class:`UnsupportedCluster` otherwise."""
    version = info.get("version") or {}
    number = str(version.get("number") or "")
    engine = "opensearch" if version.get("distribution") == "opensearch" else "elasticsearch"
    if engine == "elasticsearch" and info.get("tagline") != "You Know, for Search":
        raise UnsupportedCluster("the server is neither Elasticsearch nor OpenSearch")
    try:
        major = int(number.split(".")[0])
    except ValueError as exc:
        raise UnsupportedCluster(f"cannot read the {engine} version {number!r}") from exc
    if major not in SUPPORTED[engine]:
        wanted = "/".join(str(m) for m in SUPPORTED[engine])
        raise UnsupportedCluster(f"{engine} {number} is not supported (need {engine} {wanted})")
    return engine, number


class ClusterHTTPError(IndexBackendError):
    """The cluster answered a request with an error status."""

    def __init__(self, status: int, body: Any) -> None:
        self.status = status
        self.body = body
        reason = body
        if isinstance(body, dict):
            err = body.get("error")
            reason = err.get("reason") if isinstance(err, dict) else err
        super().__init__(f"search cluster error {status}: {reason}")


class ClusterClient:
    """One API over ``opensearch-py`` and ``elasticsearch``: JSON requests and NDJSON bulk."""

    def __init__(self, url: str, engine: str, timeout: float = 60.0) -> None:
        self.url = url
        self.engine = engine
        if engine == "opensearch":
            from opensearchpy import OpenSearch

            self._os = OpenSearch(
                hosts=[url], timeout=timeout, max_retries=0, retry_on_timeout=False, http_compress=False
            )
        else:
            from elasticsearch import Elasticsearch

            self._es = Elasticsearch(url, request_timeout=timeout, max_retries=0, retry_on_timeout=False)

    def request(self, method: str, path: str, body: Any = None, params: dict[str, Any] | None = None) -> Any:
        """Send one request: the decoded JSON answer, else ClusterHTTPError or ClusterUnavailable."""
        try:
            if self.engine == "opensearch":
                return self._os.transport.perform_request(method, path, params=params, body=body)
            headers = {"accept": "application/json"}
            if body is not None:
                headers["content-type"] = "application/json"
            return self._es.perform_request(method, path, params=params, headers=headers, body=body).body
        except Exception as exc:
            raise self._translate(exc) from exc

    def bulk(self, lines: list[dict[str, Any]], params: dict[str, Any] | None = None) -> dict[str, Any]:
        """POST ``_bulk`` with ``lines`` (actions and sources, in order)."""
        payload = "".join(json.dumps(x, ensure_ascii=False, separators=(",", ":")) + "\n" for x in lines)
        try:
            if self.engine == "opensearch":
                return self._os.transport.perform_request(
                    "POST",
                    "/_bulk",
                    params=params,
                    body=payload,
                    headers={"content-type": "application/x-ndjson"},
                )
            return self._es.perform_request(
                "POST",
                "/_bulk",
                params=params,
                body=payload,
                headers={"accept": "application/json", "content-type": "application/x-ndjson"},
            ).body
        except Exception as exc:
            raise self._translate(exc) from exc

    def _translate(self, exc: Exception) -> Exception:
        if self.engine == "opensearch":
            from opensearchpy import exceptions as ox

            if isinstance(exc, ox.ConnectionError):  # includes timeouts
                return ClusterUnavailable(
                    f"search cluster {self.url} is not reachable ({type(exc).__name__})"
                )
            if isinstance(exc, ox.TransportError) and isinstance(exc.status_code, int):
                return ClusterHTTPError(exc.status_code, exc.info)
            return exc
        import elastic_transport
        from elasticsearch import ApiError

        if isinstance(exc, elastic_transport.TransportError):  # connection refused, timeout, TLS
            return ClusterUnavailable(f"search cluster {self.url} is not reachable ({type(exc).__name__})")
        if isinstance(exc, ApiError):
            return ClusterHTTPError(exc.meta.status, exc.body)
        return exc

    def close(self) -> None:
        client = self._os if self.engine == "opensearch" else self._es
        client.close()
