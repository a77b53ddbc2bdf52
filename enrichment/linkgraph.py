"""The onion link graph and mirror detection (the same content served on several onions).

Pages give directed edges between onion hosts (who links to whom, how often). Mirrors are found
from page content: pages with the same path and the same text hash, or a 64-bit simhash within a
few bits (dynamic bits such as a session id or a clock do not hide a mirror), on different hosts.
Hosts that share enough mirrored pages are grouped.

    >>> from parsers.records import Page
    >>> pages = [Page(url=f"http://{h}/", site=h, text="Welcome to Tessera market, fictional goods")
    ...          for h in ("x" * 56 + ".onion", "y" * 56 + ".onion")]
    >>> [len(m.hosts) for m in find_mirrors(pages)]
    [2]
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ethics.onion import normalise_host
from parsers.records import Page

_WORDS = re.compile(r"\w+", re.UNICODE)
#: Simhash distance (bits of 64) under which two pages are the same content.
SIMHASH_BITS = 3
#: Fraction of a host's compared pages that must match another host's for the pair to be mirrors.
MIN_SHARED = 0.5


@dataclass
class LinkGraph:
    """Onion hosts and the links between them."""

    edges: Counter[tuple[str, str]] = field(default_factory=Counter)
    pages: Counter[str] = field(default_factory=Counter)

    @property
    def nodes(self) -> list[str]:
        return sorted(set(self.pages) | {h for edge in self.edges for h in edge})

    def in_degree(self) -> dict[str, int]:
        """Distinct hosts linking to each host (how discoverable a site is)."""
        out: Counter[str] = Counter()
        for _src, dst in self.edges:
            out[dst] += 1
        return dict(out)

    def out_links(self, host: str) -> dict[str, int]:
        return {dst: n for (src, dst), n in self.edges.items() if src == host}

    def to_json(self) -> dict[str, Any]:
        return {"nodes": self.nodes,
                "edges": [{"from": s, "to": d, "links": n} for (s, d), n in sorted(self.edges.items())],
                "in_degree": self.in_degree()}


@dataclass
class Mirror:
    """Hosts serving the same site, with how the sameness was established."""

    hosts: list[str]
    shared_pages: int
    method: str
    evidence: list[str] = field(default_factory=list)


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname
    return normalise_host(host) if host else None


def link_graph(pages: Iterable[Page]) -> LinkGraph:
    """Directed host-to-host link counts; only links to ``.onion`` hosts other than the page's own."""
    graph = LinkGraph()
    for page in pages:
        src = _host(page.url) or (normalise_host(page.site) if page.site else None)
        if not src:
            continue
        graph.pages[src] += 1
        for link in page.links:
            dst = _host(link)
            if dst and dst != src and dst.endswith(".onion"):
                graph.edges[(src, dst)] += 1
    return graph


def simhash(text: str, *, max_shingles: int = 4000) -> int:
    """64-bit simhash of word 3-shingles (near-identical texts get near-identical hashes).

    Distinct shingles only, at most ``max_shingles`` of them spread over the text, so a huge page
    costs no more than a large one.
    """
    words = _WORDS.findall(text.casefold())
    shingles = sorted({" ".join(words[i:i + 3]) for i in range(max(len(words) - 2, 1))}) if words else []
    if len(shingles) > max_shingles:
        step = len(shingles) / max_shingles
        shingles = [shingles[int(i * step)] for i in range(max_shingles)]
    ones = [0] * 64
    for shingle in shingles:
        digest = hashlib.blake2b(shingle.encode(), digest_size=8).digest()
        bits = format(int.from_bytes(digest, "big"), "064b")
        for i, bit in enumerate(bits):
            if bit == "1":
                ones[i] += 1
    half = len(shingles) / 2
    return sum(1 << (63 - i) for i in range(64) if ones[i] > half)


_ONIONS = re.compile(r"\b[a-z2-7]{16}(?:[a-z2-7]{40})?\.onion\b", re.IGNORECASE)
_TOKENS = re.compile(r"\b[0-9a-z]{24,}\b", re.IGNORECASE)


def _content(page: Page) -> str:
    """Title and text with what differs between mirrors by design blanked: their onion names (a
    mirror lists the others) and long tokens (session ids, CSRF and captcha tokens)."""
    text = " ".join(p for p in (page.title, page.text) if p)
    return _TOKENS.sub(" token ", _ONIONS.sub(" onion ", text))


def find_mirrors(pages: Iterable[Page], *, max_bits: int = SIMHASH_BITS,
                 min_shared: float = MIN_SHARED) -> list[Mirror]:
    """Groups of hosts serving the same content: same path with equal or near-equal text."""
    by_path: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    per_host: Counter[str] = Counter()
    for page in pages:
        host = _host(page.url) or (normalise_host(page.site) if page.site else None)
        text = _content(page)
        if not host or len(text) < 20:
            continue
        parts = urlsplit(page.url or "")
        path = (parts.path or "/") + ("?" + parts.query if parts.query else "")
        digest = hashlib.sha256(" ".join(_WORDS.findall(text.casefold())).encode()).hexdigest()
        by_path[path].append((host, digest, text))
        per_host[host] += 1
    shared: Counter[tuple[str, str]] = Counter()
    exact: Counter[tuple[str, str]] = Counter()
    hashes: dict[str, int] = {}  # simhash only where a path is on two hosts with different bytes

    def near(digest: str, text: str) -> int:
        if digest not in hashes:
            hashes[digest] = simhash(text)
        return hashes[digest]

    for entries in by_path.values():
        for i, (h1, d1, t1) in enumerate(entries):
            for h2, d2, t2 in entries[i + 1:]:
                if h1 == h2:
                    continue
                pair = (min(h1, h2), max(h1, h2))
                if d1 == d2:
                    shared[pair] += 1
                    exact[pair] += 1
                elif bin(near(d1, t1) ^ near(d2, t2)).count("1") <= max_bits:
                    shared[pair] += 1
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    accepted = []
    for (h1, h2), n in shared.items():
        if n >= min_shared * min(per_host[h1], per_host[h2]):
            accepted.append((h1, h2, n))
            parent[find(h1)] = find(h2)
    groups: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
    for h1, h2, n in accepted:
        groups[find(h1)].append((h1, h2, n))
    mirrors = []
    for pairs in groups.values():
        hosts = sorted({h for h1, h2, _ in pairs for h in (h1, h2)})
        exact_n = sum(exact[(h1, h2)] for h1, h2, _ in pairs)
        total = sum(n for _, _, n in pairs)
        mirrors.append(Mirror(
            hosts=hosts, shared_pages=total, method="sha256" if exact_n == total else "simhash",
            evidence=[f"{h1} and {h2}: {n} page(s) with the same path and content" for h1, h2, n in pairs]))
    return sorted(mirrors, key=lambda m: (-len(m.hosts), m.hosts))
