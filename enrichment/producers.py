"""Forum producers versus consumers: who creates and spreads material, who only reads and replies.

Per author and site: threads started, original posts (thread openings and long posts), post
length and profile post count against the forum's median, replies received (posts by others in
their threads, quotes of them), links and files shared, and the author's PageRank in the reply
graph (an edge from each replier to the author replied to or quoted). The producer score weighs
what an author put into circulation and how much the forum reacted to it; every score comes with
the reasons behind it. Consumers mostly react: short replies, no threads, nothing shared.

    >>> manual = "Part one of the manual: " + "step " * 40
    >>> threads = [Thread(site="f", thread_url=f"/t/{i}", title="Manual", author="maker") for i in range(3)]
    >>> posts = [p for i in range(3) for p in (
    ...     Post(site="f", thread_url=f"/t/{i}", index=0, author="maker", body=manual, links=["http://f/a.pdf"]),
    ...     Post(site="f", thread_url=f"/t/{i}", index=1, author="reader", body="thanks"))]
    >>> [(s.name, s.role) for s in score_authors(threads, posts, [])]
    [('maker', 'producer'), ('reader', 'consumer')]
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urlsplit

from parsers.records import Author, Post, Thread

FILE_EXTENSIONS = frozenset({
    "pdf", "zip", "rar", "7z", "tar", "gz", "tgz", "epub", "mobi", "doc", "docx", "odt", "txt", "mp4",
    "mkv", "avi", "webm", "mp3", "png", "jpg", "jpeg", "gif", "webp", "exe", "apk", "iso", "torrent",
})
_FILE_PATHS = re.compile(r"/(?:attachments?|files?|download|dl|uploads?)/", re.IGNORECASE)
_URL = re.compile(r"\b(?:https?://|[a-z2-7]{56}\.onion)\S+", re.IGNORECASE)
#: Score weights. Counts enter as log1p; ``length`` (mean words per post), ``prolific`` (profile post
#: count) and ``rank`` (reply-graph PageRank) enter as logs of their ratio to the forum's median or
#: uniform value, counted only above it.
WEIGHTS = {"threads": 1.5, "original": 1.0, "length": 2.0, "prolific": 2.5, "files": 2.0, "links": 0.5,
           "replies_received": 0.5, "rank": 1.0}
#: Score from which an author who put content into circulation counts as a producer.
PRODUCER_THRESHOLD = 6.0
#: Posts this long (words, quotes excluded) are original contributions, not reactions.
LONG_POST_WORDS = 30


@dataclass
class AuthorScore:
    """An author's producer score, its explanation and the role it implies."""

    name: str
    site: str
    score: float
    reasons: list[str]
    role: Literal["producer", "consumer"]
    threads_started: int = 0
    original_posts: int = 0
    posts: int = 0
    replies_received: int = 0
    links_shared: int = 0
    files_shared: int = 0
    pagerank: float = 0.0
    stats: dict[str, float] = field(default_factory=dict)


# Pagination and session parameters; "p" is left alone, phpBB and others use it for post permalinks.
_PAGING = frozenset({"start", "page", "offset", "sid", "s", "seite", "pagina", "pg", "view", "sort"})
_PAGE_SUFFIX = re.compile(r"/page[-/]?\d+$", re.IGNORECASE)


def _thread_key(site: str, url: str | None, title: str | None) -> tuple[str, str]:
    """One key for all pages of a thread: pagination and session parameters dropped."""
    if url:
        parts = urlsplit(url)
        query = "&".join(sorted(q for q in parts.query.split("&")
                                if q and q.split("=", 1)[0].lower() not in _PAGING))
        path = _PAGE_SUFFIX.sub("", parts.path.rstrip("/"))
        return site, f"{path}?{query}" if query else path or url
    return site, (title or "").casefold()


def is_file_link(url: str) -> bool:
    """True when a link points at a file (by extension or an attachment/download path)."""
    path = urlsplit(url).path
    ext = path.rsplit(".", 1)[-1].lower() if "." in path.rsplit("/", 1)[-1] else ""
    return ext in FILE_EXTENSIONS or bool(_FILE_PATHS.search(path))


def _pagerank(edges: Counter[tuple[str, str]], nodes: set[str], iterations: int = 30,
              damping: float = 0.85) -> dict[str, float]:
    if not nodes:
        return {}
    out_weight: Counter[str] = Counter()
    for (src, _), weight in edges.items():
        out_weight[src] += weight
    rank = dict.fromkeys(nodes, 1.0 / len(nodes))
    for _ in range(iterations):
        dangling = sum(rank[n] for n in nodes if out_weight[n] == 0)
        new = dict.fromkeys(nodes, (1 - damping) / len(nodes) + damping * dangling / len(nodes))
        for (src, dst), weight in edges.items():
            new[dst] += damping * rank[src] * weight / out_weight[src]
        rank = new
    return rank


def score_authors(threads: Iterable[Thread], posts: Iterable[Post], authors: Iterable[Author] = (), *,
                  threshold: float = PRODUCER_THRESHOLD) -> list[AuthorScore]:
    """Score every author seen in threads, posts or author records, producers first.

    Also fills ``producer_score`` and ``producer_reasons`` on the :class:`Author` records given.
    """
    threads, posts, authors = list(threads), list(posts), list(authors)
    starter: dict[tuple[str, str], str] = {}
    for thread in threads:
        key = _thread_key(thread.site or "?", thread.thread_url or thread.url, thread.title)
        if thread.author:
            starter.setdefault(key, thread.author)
    # Deduplicate posts seen twice (a mirror, a re-crawl): same thread, author, position and body.
    seen: set[tuple[object, ...]] = set()
    by_thread: dict[tuple[str, str], list[Post]] = defaultdict(list)
    for post in posts:
        if not post.author:
            continue
        key = _thread_key(post.site or "?", post.thread_url or post.url, post.thread)
        ident = (key, post.author, post.posted_at, post.index, post.body)
        if ident not in seen:
            seen.add(ident)
            by_thread[key].append(post)
    for key, items in by_thread.items():
        if key not in starter:
            first = min(items, key=lambda p: (p.posted_at or "", p.index if p.index is not None else 1 << 30))
            if first.index in (0, None):
                starter[key] = first.author or "?"

    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    repliers: dict[tuple[str, str], set[str]] = defaultdict(set)
    edges: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    nodes: dict[str, set[str]] = defaultdict(set)
    for (site, _path), name in starter.items():
        counts[(site, name)]["threads"] += 1
        nodes[site].add(name)
    for key, items in by_thread.items():
        site = key[0]
        owner = starter.get(key)
        # A reply nested in another post answers that post's author, not the thread's starter.
        on_page = {(p.url, p.index): p.author for p in items if p.index is not None}
        opening = min(items, key=lambda p: (p.posted_at or "", p.index if p.index is not None else 1 << 30))
        for post in items:
            name = post.author or "?"
            me = (site, name)
            nodes[site].add(name)
            counts[me]["posts"] += 1
            n_words = len((post.body or "").split())
            counts[me]["words"] += n_words
            if (owner == name and post is opening) or n_words >= LONG_POST_WORDS:
                counts[me]["original"] += 1
            links = set(post.links) | set(_URL.findall(post.body or ""))
            for link in links:
                if is_file_link(link):
                    counts[me]["files"] += 1
                elif (urlsplit(link).hostname or "") not in ("", site):
                    counts[me]["links"] += 1
            targets = set(post.quotes)
            parent = on_page.get((post.url, post.reply_to)) if post.reply_to is not None else None
            if parent:
                targets.add(parent)
            elif owner and owner != name:
                targets.add(owner)
            for target in targets - {name}:
                counts[(site, target)]["replies_received"] += 1
                repliers[(site, target)].add(name)
                edges[site][(name, target)] += 1
                nodes[site].add(target)
    post_counts: dict[tuple[str, str], int] = {}
    for author in authors:
        if author.name:
            nodes[author.site or "?"].add(author.name)
            counts.setdefault((author.site or "?", author.name), Counter())
            if author.post_count is not None:
                key2 = (author.site or "?", author.name)
                post_counts[key2] = max(post_counts.get(key2, 0), author.post_count)

    scores: list[AuthorScore] = []
    for site, members in nodes.items():
        ranks = _pagerank(edges[site], members)
        ordered = sorted(ranks, key=lambda n: -ranks[n])
        position = {name: i + 1 for i, name in enumerate(ordered)}
        baseline = 1.0 / len(members) if members else 0.0
        site_lengths = [counts[(site, n)]["words"] / counts[(site, n)]["posts"]
                        for n in members if counts[(site, n)]["posts"]]
        median_length = statistics.median(site_lengths) if site_lengths else 0.0
        site_counts = [post_counts[(site, n)] for n in members if post_counts.get((site, n))]
        median_count = statistics.median(site_counts) if site_counts else 0.0
        for name in members:
            c = counts[(site, name)]
            rank_ratio = ranks.get(name, 0.0) / baseline if baseline else 0.0
            mean_length = c["words"] / c["posts"] if c["posts"] else 0.0
            length_ratio = mean_length / median_length if median_length else 0.0
            count_ratio = post_counts.get((site, name), 0) / median_count if median_count else 0.0
            parts = {
                "threads": WEIGHTS["threads"] * math.log1p(c["threads"]),
                "original": WEIGHTS["original"] * math.log1p(c["original"]),
                "length": WEIGHTS["length"] * math.log2(max(length_ratio, 1.0)),
                "prolific": WEIGHTS["prolific"] * math.log(max(count_ratio, 1.0)),
                "files": WEIGHTS["files"] * math.log1p(c["files"]),
                "links": WEIGHTS["links"] * math.log1p(c["links"]),
                "replies_received": WEIGHTS["replies_received"] * math.log1p(c["replies_received"]),
                "rank": WEIGHTS["rank"] * math.log(max(rank_ratio, 1.0)),
            }
            score = round(sum(parts.values()), 3)
            reasons = _reasons(c, len(repliers[(site, name)]), position.get(name), len(members),
                               ranks.get(name, 0.0), length_ratio, count_ratio)
            contributed = c["threads"] or c["files"] or c["links"] or c["original"]
            role: Literal["producer", "consumer"] = (
                "producer" if score >= threshold and contributed else "consumer")
            scores.append(AuthorScore(
                name=name, site=site, score=score, reasons=reasons, role=role,
                threads_started=c["threads"], original_posts=c["original"], posts=c["posts"],
                replies_received=c["replies_received"], links_shared=c["links"], files_shared=c["files"],
                pagerank=round(ranks.get(name, 0.0), 5), stats={k: round(v, 3) for k, v in parts.items()}))
    scores.sort(key=lambda s: (-s.score, s.site, s.name))
    by_name = {(s.site, s.name): s for s in scores}
    for author in authors:
        found = by_name.get((author.site or "?", author.name or ""))
        if found:
            author.producer_score, author.producer_reasons = found.score, list(found.reasons)
    return scores


def _reasons(c: Counter[str], distinct_repliers: int, position: int | None, members: int,
             rank: float, length_ratio: float, count_ratio: float) -> list[str]:
    reasons = []
    if c["threads"]:
        reasons.append(f"started {c['threads']} thread(s)")
    if c["original"]:
        reasons.append(f"{c['original']} original post(s) (thread openings, long posts)")
    if length_ratio > 1.5:
        reasons.append(f"posts {length_ratio:.1f}x longer than the forum's median")
    if count_ratio > 1.5:
        reasons.append(f"profile post count {count_ratio:.1f}x the forum's median")
    if c["files"]:
        reasons.append(f"shared {c['files']} file link(s)")
    if c["links"]:
        reasons.append(f"shared {c['links']} outside link(s)")
    if c["replies_received"]:
        reasons.append(f"received {c['replies_received']} replies/quotes from {distinct_repliers} member(s)")
    if position is not None and members > 1:
        reasons.append(f"reply-graph rank {position} of {members} (PageRank {rank:.4f})")
    if c["posts"]:
        replies = c["posts"] - c["original"]
        reasons.append(f"{c['posts']} post(s), {replies} of them replies")
    return reasons or ["no activity seen"]
