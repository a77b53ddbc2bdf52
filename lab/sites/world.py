"""The simulated dark web of the lab: sites, onion keys, request handling and ground truth.

>>> from lab.sites import World
>>> w = World(seed=7)
>>> [s.name for s in w.sites][:3]
['lanterna-links', 'tessera-market', 'tessera-mirror']
>>> w.site("tessera-market").handle("GET", "/", {}).status
200
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import threading
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlencode

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from ethics.onion import address_from_public_key, expanded_secret_key

from .errors import UnknownSite
from .extras import OUT_OF_SCOPE, Extras
from .model import PageModel, Response

#: The lab's capture reference clock: relative dates ("Yesterday", "вчера", "3 days ago") are
#: relative to it, and ground truth states it on every line.
NOW = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)

#: (name, kind, family, main language, published, mirror_of, display name)
SPECS: tuple[tuple[str, str, str, str, bool, str | None, str], ...] = (
    ("lanterna-links", "directory", "directory", "en", True, None, "Lanterna Links"),
    ("tessera-market", "market", "grid", "en", True, None, "Tessera Market"),
    ("tessera-mirror", "market", "grid", "en", True, "tessera-market", "Tessera Market"),
    ("kornblume-markt", "market", "table", "de", True, None, "Kornblume Markt"),
    ("sombra-mercado", "market", "text", "es", True, None, "Sombra Mercado"),
    ("mercurio-market", "market", "grid", "es", False, None, "Mercurio Market"),
    ("vorota-forum", "forum", "phpbb", "ru", True, None, "Ворота"),
    ("le-cercle", "forum", "xenforo", "fr", True, None, "Le Cercle"),
    ("undertow", "forum", "dread", "en", True, None, "Undertow"),
)

#: Default sizes: (listings, vendors) of markets and (threads, authors) of forums.
SIZES = {
    "tessera-market": (36, 8),
    "kornblume-markt": (30, 6),
    "sombra-mercado": (24, 6),
    "mercurio-market": (12, 3),
    "vorota-forum": (24, 30),
    "le-cercle": (20, 30),
    "undertow": (22, 40),
}


class App(Protocol):
    def page(self, site: Site, path: str) -> PageModel | None: ...


def onion_keys(seed: int, name: str) -> tuple[str, bytes, bytes]:
    """(onion address, 32-byte public key, 64-byte tor expanded secret key) of a lab name."""
    seed32 = hashlib.sha256(f"onionscope-lab:{seed}:{name}".encode()).digest()
    pub = (
        Ed25519PrivateKey.from_private_bytes(seed32).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    )
    return address_from_public_key(pub), pub, expanded_secret_key(seed32)


@dataclass(eq=False)
class Site:
    """One onion service of the lab. ``handle`` is pure apart from the session-id counter."""

    name: str
    kind: str
    family: str
    lang: str
    onion: str
    onion_public_key: bytes
    onion_secret_key: bytes
    published: bool
    mirror_of: str | None
    world: World
    app: Any = None
    start_path: str = "/"
    #: Query parameter carrying a per-render session id (phpBB's ``sid``), or None.
    session_param: str | None = None
    cache: dict[str, Any] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _renders: Iterator[int] = field(default_factory=itertools.count)

    @property
    def base_url(self) -> str:
        return f"http://{self.onion}"

    def canonical(self, path: str) -> str:
        """The path without its session id, which identifies the same page."""
        if not self.session_param or "?" not in path:
            return path
        head, query = path.split("?", 1)
        if f"{self.session_param}=" not in query:
            return path
        pairs = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k != self.session_param]
        return head + ("?" + urlencode(pairs, safe="/*") if pairs else "")

    def model(self, path: str) -> PageModel:
        """The page model of a canonical path (404 model when there is no such page)."""
        page = self.world.extras.page(self, path)
        if page is None and self.app is not None:
            page = self.app.page(self, path)
        return page if page is not None else self.world.extras.not_found(self)

    def _rendered(self, path: str) -> tuple[PageModel, bytes]:
        hit = self.cache.get(path)
        if hit is not None:
            return hit
        page = self.model(path)
        body = page.bytes()
        if len(body) < 2_000_000 or "large" in page.notes:
            with self._lock:
                if len(self.cache) > 4000:
                    self.cache.clear()
                self.cache[path] = (page, body)
        return page, body

    def handle(self, method: str, path: str, headers: dict[str, str]) -> Response:
        """Answer one request; the server applies ``Response.delay`` (the slow endpoint)."""
        if method not in ("GET", "HEAD"):
            return Response(
                405, [("Content-Type", "text/plain"), ("Allow", "GET, HEAD")], b"method not allowed\n"
            )
        if not path.startswith("/"):
            path = "/" + path
        page, body = self._rendered(self.canonical(path))
        if self.session_param and b"__SID__" in body:
            sid = hashlib.sha256(
                f"{self.world.seed}:{self.name}:sid:{next(self._renders)}".encode()
            ).hexdigest()
            body = body.replace(b"__SID__", sid[:32].encode())
        out = [
            ("Content-Type", page.content_type),
            ("Content-Length", str(len(body))),
            ("Server", "nginx"),
            *page.extra_headers,
        ]
        return Response(page.status, out, b"" if method == "HEAD" else body, page.delay)


class World:
    """All lab sites of one seed. Cheap to build: pages are generated when asked for."""

    now = NOW

    def __init__(self, seed: int = 7, scale: int | None = None):
        from .directory import DirectoryApp
        from .forums import ForumApp
        from .market_data import RATES
        from .markets import MarketApp
        from .scale import sizes_for

        self.seed, self.scale = seed, scale
        self.rates = dict(RATES)
        self.extras = Extras(self)
        self.sizes = sizes_for(scale) if scale else dict(SIZES)
        self.sites: list[Site] = []
        self._names = {s[0]: s[6] for s in SPECS}
        apps: dict[str, Any] = {}
        offsets = itertools.count(1)
        for name, kind, family, lang, published, mirror_of, _ in SPECS:
            onion, pub, sec = onion_keys(seed, name)
            site = Site(
                name=name,
                kind=kind,
                family=family,
                lang=lang,
                onion=onion,
                onion_public_key=pub,
                onion_secret_key=sec,
                published=published,
                mirror_of=mirror_of,
                world=self,
            )
            if mirror_of:
                site.app = apps[mirror_of]
            elif kind == "market":
                n, v = self.sizes[name]
                site.app = MarketApp(self, name, family, lang, n, v, vendor_offset=next(offsets))
            elif kind == "forum":
                n, a = self.sizes[name]
                site.app = ForumApp(self, name, family, lang, n, a, author_offset=next(offsets))
            else:
                site.app = DirectoryApp(self, name)
            if family == "phpbb":
                site.session_param = "sid"
            apps[name] = site.app
            self.sites.append(site)
        self._by_name = {s.name: s for s in self.sites}
        self._by_onion = {s.onion: s for s in self.sites}

    # --- lookups -------------------------------------------------------------------------
    def site(self, name: str) -> Site:
        try:
            return self._by_name[name]
        except KeyError:
            raise UnknownSite(f"no lab site named {name!r}") from None

    def by_onion(self, onion: str) -> Site:
        try:
            return self._by_onion[onion.lower()]
        except KeyError:
            raise UnknownSite(f"no lab site at {onion!r}") from None

    def site_onion(self, name: str) -> str:
        """Onion of a lab name, usable while the world is still being built."""
        return onion_keys(self.seed, name)[0]

    def display_name(self, name: str) -> str:
        return self._names[name]

    def oos_onion(self, name: str) -> str:
        """Onion address of an out-of-scope, never-published service."""
        return onion_keys(self.seed, name)[0]

    def out_of_scope_onions(self) -> list[str]:
        return [self.oos_onion(n) for n in OUT_OF_SCOPE]

    def dead_onions(self) -> list[str]:
        return [s.onion for s in self.sites if not s.published]

    def related(self, site: Site) -> list[Site]:
        """The other onions of the same market (mirrors), in world order."""
        root = site.mirror_of or site.name
        return [s for s in self.sites if s is not site and (s.name == root or s.mirror_of == root)]

    def link_kind(self, url: str) -> str:
        """``page`` (a published lab onion), ``dead``, ``out_of_scope_onion`` or ``clearweb``."""
        host = url.split("/", 3)[2] if "://" in url else ""
        if host in self._by_onion:
            return "page" if self._by_onion[host].published else "dead"
        if host.endswith(".onion"):
            return "out_of_scope_onion"
        return "clearweb"

    def describe(self) -> list[dict[str, Any]]:
        """One dict per site: identity, onion and the messiness it carries (for CLIs and reports)."""
        from .extras import EXTRAS

        traits = {
            "tessera-market": ["mirror onion", "vendor on two markets", "GBP and USD prices"],
            "tessera-mirror": ["mirror of tessera-market"],
            "kornblume-markt": ["1.234,56 € prices", "vendor on two markets"],
            "sombra-mercado": ["XMR prices", "unclosed tags everywhere", "vendor on two markets"],
            "mercurio-market": ["dead onion: listed, never published"],
            "vorota-forum": ["sid session ids per render", "вчера/сегодня dates", "member list behind login"],
            "le-cercle": ["Hier/Aujourd'hui dates", "fr and en boards"],
            "undertow": ["'N hours ago' dates", "es board"],
            "lanterna-links": ["lists dead and out-of-scope onions", "clear-web link"],
        }
        out = []
        for s in self.sites:
            extras = sorted({kind for kind, _ in EXTRAS.get(s.mirror_of or s.name, {}).values()})
            out.append(
                {
                    "name": s.name,
                    "kind": s.kind,
                    "family": s.family,
                    "lang": s.lang,
                    "onion": s.onion,
                    "published": s.published,
                    "mirror_of": s.mirror_of,
                    "messiness": traits.get(s.name, []) + extras,
                }
            )
        return out

    # --- ground truth ----------------------------------------------------------------------
    def ground_truth(self) -> Iterator[dict[str, Any]]:
        """One dict per page reachable from the published sites' start pages and robots.txt files."""
        seen: set[str] = set()
        queue: deque[str] = deque()
        for s in self.sites:
            if s.published:
                # robots.txt is never linked, but crawlers fetch it: it is a page too
                starts = [s.start_path] + (["/robots.txt"] if "/robots.txt" in self.extras.table(s) else [])
                for path in starts:
                    seen.add(s.base_url + path)
                    queue.append(s.base_url + path)
        now = self.now.strftime("%Y-%m-%dT%H:%M:%SZ")
        while queue:
            url = queue.popleft()
            onion = url[7:69]
            site = self._by_onion[onion]
            path = url[69:] or "/"
            page = site.model(path)
            line: dict[str, Any] = {
                "url": url,
                "site": site.name,
                "onion": onion,
                "family": site.family,
                "page_type": page.page_type,
                "lang": page.lang,
                "records": page.records,
                "links": page.links,
                "status": page.status,
                "now": now,
                "content_type": page.content_type,
            }
            if page.next_page:
                line["next_page"] = page.next_page
            if page.notes:
                line["notes"] = page.notes
            if page.delay:
                line["delay"] = page.delay
            yield line
            for link in page.links:
                if link in seen or not link.startswith("http://"):
                    continue
                target = self._by_onion.get(link[7:69])
                if target is not None and target.published:
                    seen.add(link)
                    queue.append(link)

    def demand_truth(self) -> dict[str, float]:
        """Sales value in USD per common category: sum of feedback count x price over listings."""
        out: dict[str, float] = {}
        for s in self.sites:
            if s.kind == "market" and s.published and not s.mirror_of:
                data = s.app.data
                for j in range(data.n_listings):
                    lst = data.listing(j)
                    out[lst.category] = round(
                        out.get(lst.category, 0.0) + lst.feedback_count * lst.price_usd, 2
                    )
        return dict(sorted(out.items()))

    def producers(self) -> list[str]:
        """Authors of the placeholder propaganda threads who produce most of their content."""
        names: list[str] = []
        for s in self.sites:
            if s.kind == "forum" and s.published:
                names.extend(s.app.data.producer_names)
        return names

    def linked_vendors(self) -> list[list[tuple[str, str]]]:
        """Groups of (canonical market, handle) that are one real vendor (mirrors not repeated)."""
        from .market_data import LINKED_VENDORS

        return [
            sorted(where_items)
            for where_items in (
                [(m, h) for m, (_, h) in where.items() if self.site(m).published]
                for _, where, _ in LINKED_VENDORS
            )
        ]
