"""Thread pages of known forum engines: thread title, posts in order, quoted authors, author stats.

>>> from parsers.dom import load
>>> from parsers.forums import extract_thread
>>> page = (b'<html><body><h2 class="topic-title">Tea</h2><div class="post" id="p1">'
...         b'<p class="author">by <a class="username">leafy</a> &raquo; Sun May 26, 2019 4:34 pm</p>'
...         b'<div class="content"><blockquote><cite>mint wrote:</cite>old</blockquote>Fine tea.</div>'
...         b'<dl class="postprofile"><dd>Posts: 12</dd></dl></div></body></html>')
>>> out = extract_thread(load(page), "phpbb")
>>> [(r.kind, getattr(r, "author", None), getattr(r, "body", None), getattr(r, "quotes", None)) for r in out]
[('thread', 'leafy', None, None), ('post', 'leafy', 'Fine tea.', ['mint']), ('author', None, None, None)]
"""

from __future__ import annotations

import re
from typing import Any

from cssselect import SelectorError
from lxml import etree

from parsers.dates import parse_date
from parsers.dom import Doc, clean, css
from parsers.engines import ENGINES, EngineSpec
from parsers.labels import LABELS, POSTS_WORDS, find_label
from parsers.prices import parse_number
from parsers.quotes import (
    QUOTE_DATE_WORDS,
    QUOTE_HEAD_WORDS,
    QUOTE_SAID_COLON_WORDS,
    QUOTE_SAID_WORDS,
    is_quote,
    quote_author,
    quote_heads,
)
from parsers.records import Author, Post
from parsers.reply_to import mark_replies
from parsers.thread_records import post_links, post_number, text_without, thread_records

__all__ = [
    "QUOTE_DATE_WORDS",
    "QUOTE_HEAD_WORDS",
    "QUOTE_SAID_COLON_WORDS",
    "QUOTE_SAID_WORDS",
    "extract_thread",
    "quote_author",
    "quote_heads",
    "split_selector",
]

_DATE_ATTRS = ("datetime", "data-time", "data-timestamp", "title", "data-datestring")
# A count written before its word, in every language the post-count labels know ("87 postów").
POSTS_INLINE_RE = re.compile(
    r"^([\d.,\s]+)\s*(?:post|сообщени[йяе]|contributions|"
    + "|".join(re.escape(w) for w in sorted(POSTS_WORDS, key=len, reverse=True)) + ")$",
    re.IGNORECASE,
)
_SEL_CACHE: dict[str, list[str]] = {}


def split_selector(selector: str) -> list[str]:
    """Top-level alternatives of a comma-separated CSS selector (commas inside quotes kept)."""
    cached = _SEL_CACHE.get(selector)
    if cached is None:
        cached, depth, cur, quote = [], 0, "", ""
        for ch in selector:
            if quote:
                quote = "" if ch == quote else quote
            elif ch in "\"'":
                quote = ch
            elif ch in "([":
                depth += 1
            elif ch in ")]":
                depth -= 1
            elif ch == "," and depth == 0:
                cached.append(cur.strip())
                cur = ""
                continue
            cur += ch
        if cur.strip():
            cached.append(cur.strip())
        _SEL_CACHE[selector] = cached
    return cached


def first_match(doc: Doc, selector: str, node: Any) -> list[Any]:
    """Matches of the first alternative of ``selector`` that matches anything under ``node``."""
    for alt in split_selector(selector):
        try:
            found = doc.select(alt, node)
        except Exception:  # a bad selector in a spec must not break the page
            continue
        if found:
            return found
    return []


_UNION_CACHE: dict[str, etree.XPath | None] = {}
_XPATH_STRING_RE = re.compile(r"'[^']*'|\"[^\"]*\"")
_PREDICATE_RE = re.compile(r"\[[^\[\]]*\]")
_DOWN_STEP_RE = re.compile(r"(?:(?:descendant-or-self|descendant|child|self)::)?(?:\*|[\w.-]+)")


def _downward(path: str) -> bool:
    """Whether an XPath location path only steps down from its context (its predicates aside),
    so that every node it finds lies under the context node it started from."""
    bare = _XPATH_STRING_RE.sub("", path)
    while True:
        stripped = _PREDICATE_RE.sub("", bare)
        if stripped == bare:
            break
        bare = stripped
    steps = bare.split("/")
    return steps[0].startswith("descendant-or-self::") and all(_DOWN_STEP_RE.fullmatch(s) for s in steps)


def _union_xpath(selector: str) -> etree.XPath | None:
    """The CSS ``selector`` as one XPath run from every node of ``$ctx`` at once (the union of
    running it from each), or None when it is XPath already or does not translate to one path."""
    if selector in _UNION_CACHE:
        return _UNION_CACHE[selector]
    compiled = None
    if not (selector.startswith(("/", "./", "../", "(")) or selector in (".", "..") or ":scope" in selector):
        try:
            path = css(selector).path
            if _downward(path):
                compiled = etree.XPath("$ctx/" + path, smart_strings=False)
        except Exception:  # not CSS lxml can compile: left to the per-context fallback
            compiled = None
    _UNION_CACHE[selector] = compiled
    return compiled


def _looks_down(selector: str) -> bool:
    """Whether every alternative of ``selector`` finds only elements under its context."""
    return all(_union_xpath(alt) is not None for alt in split_selector(selector))


def first_matches(
    doc: Doc, selector: str, contexts: list[Any], *, disjoint: bool = False
) -> dict[Any, list[Any]]:
    """``first_match(doc, selector, c)`` for every element ``c`` of ``contexts``.

    When the caller knows that no context contains another (``disjoint``), each alternative runs
    once for all contexts, and its matches are handed to the context that holds them: a post
    page runs each selector for every post, and the fixed cost of a call outweighs the search in
    a small post. Otherwise (replies nested in their parents) it runs once per context.
    """
    out: dict[Any, list[Any]] = {}
    todo = list(contexts)
    for alt in split_selector(selector):
        if not todo:
            break
        union = _union_xpath(alt) if disjoint and len(todo) > 1 else None
        if union is None:
            rest = []
            for context in todo:
                try:
                    found = doc.select(alt, context)
                except Exception:  # a bad selector in a spec must not break the page
                    found = []
                if found:
                    out[context] = found
                else:
                    rest.append(context)
            todo = rest
            continue
        waiting = set(todo)
        # Contexts do not nest and the path only steps down, so the one holding a match (and the
        # ancestors that the selector's compounds matched) is the nearest one above it.
        for match in union(doc.root, ctx=todo):
            el = match
            while el is not None and el not in waiting:
                el = el.getparent()
            if el is None:
                continue
            held = out.get(el)
            if held is None:
                out[el] = [match]
            else:
                held.append(match)
        todo = [context for context in todo if context not in out]
    for context in todo:
        out[context] = []
    return out


def _outermost(nodes: list[Any]) -> list[Any]:
    ids = set(nodes)  # elements, not id(): lxml proxies are recycled once unreferenced
    out = []
    for node in nodes:
        parent = node.getparent()
        nested = False
        while parent is not None:
            if parent in ids:
                nested = True
                break
            parent = parent.getparent()
        if not nested:
            out.append(node)
    return out


_HANDLE_PREFIX_RE = re.compile(r"^/?u/(?=\S)")
_TITLES = etree.XPath("descendant-or-self::*/@title", smart_strings=False)


def _post_date(spec: EngineSpec, found: list[Any], now: str | None) -> str | None:
    for el in found[:4]:
        for attr in _DATE_ATTRS:
            value = el.get(attr)
            if value:
                if attr == "data-datestring" and el.get("data-timestring"):
                    value = f"{value} {el.get('data-timestring')}"
                parsed = parse_date(value, now, order=spec.date_order)
                if parsed:
                    return parsed
        parsed = parse_date(clean(el.text_content()), now, order=spec.date_order)
        if parsed:
            return parsed
    return None


def _author_name(spec: EngineSpec, post: Any, found: list[Any]) -> str | None:
    if spec.author_attr:
        value = post.get(spec.author_attr)
        if value:
            return clean(value)
    for el in found[:3]:
        name = _HANDLE_PREFIX_RE.sub("", clean(el.text_content()))
        if name and len(name) <= 80:
            return name
    return None


def _stats(
    spec: EngineSpec, post: Any, body: Any, infos: list[Any], now: str | None
) -> tuple[int | None, str | None]:
    if not infos:
        infos = [post]  # no user panel found: the post minus its body still shows the stats
    lines: list[str] = []
    # A userinfo selector that matched the body's ancestor is too wide. Its matches lie in the
    # post when it only looks down, so the walk up from the body stops at the post.
    stop = post if _looks_down(spec.userinfo) else None
    for info in infos[:2]:
        anc = body
        while anc is not None and anc is not info and anc is not stop:
            anc = anc.getparent()
        inside = anc is info
        lines.extend(Doc.lines(info) if not inside else text_without(info, {body}).split("\n"))
    posts_val = find_label(lines, LABELS["posts"])
    post_count = None
    if posts_val:
        number = parse_number(posts_val)
        post_count = int(number) if number is not None else None
    if post_count is None:
        for line in lines:
            match = POSTS_INLINE_RE.match(line)
            if match:
                number = parse_number(match.group(1))
                post_count = int(number) if number is not None else None
                break
    if post_count is None:
        # A count shown abbreviated ("3.4k") keeps its exact value in a tooltip ("3,417 posts").
        for info in infos[:2]:
            for tip in _TITLES(info):
                match = POSTS_INLINE_RE.match(clean(tip))
                if match and (number := parse_number(match.group(1))) is not None:
                    post_count = int(number)
                    break
            if post_count is not None:
                break
    joined_val = find_label(lines, LABELS["member_since"])
    joined = parse_date(joined_val, now, order=spec.date_order) if joined_val else None
    return post_count, joined


def _thread_title(doc: Doc, spec: EngineSpec) -> str | None:
    candidates: list[str] = []
    for alt in [*split_selector(spec.title), ".topic-title", ".thread-title", "h1", "h2"]:
        try:
            found = doc.select(alt)
        except (SelectorError, etree.XPathError):  # an engine's selector lxml cannot compile
            continue
        for title in (clean(el.text_content()) for el in found[:10]):
            if title and len(title) < 300:
                # The heading that the <title> repeats is the thread's (sidebars have headings
                # too): the first such candidate wins, so later selectors need not run.
                if doc.title and title in doc.title:
                    return title
                candidates.append(title)
    return candidates[0] if candidates else (doc.title or None)


def extract_thread(doc: Doc, engine: str, *, now: str | None = None) -> list[Any]:
    """Thread, Post and Author records of a thread page of ``engine``; empty when no post is found."""
    spec = ENGINES[engine]
    found = first_match(doc, spec.post, doc.root)
    posts = found if spec.nested else _outermost(found)
    if not posts:
        return []
    first_number = post_number(posts[0])
    # Each selector runs once for all posts (or their bodies) when posts do not nest.
    disjoint = not spec.nested
    bodies_of = first_matches(doc, spec.body, posts, disjoint=disjoint)
    posts = [post for post in posts if bodies_of[post]]
    bodies = [bodies_of[post][0] for post in posts]
    # Bodies lie in their (disjoint) posts when the body selector only looks down.
    apart = disjoint and _looks_down(spec.body)
    quotes_of = first_matches(doc, spec.quote, bodies, disjoint=apart)
    sigs_of = first_matches(doc, spec.signature, bodies, disjoint=apart) if spec.signature else {}
    named = [post for post in posts if not (spec.author_attr and post.get(spec.author_attr))]
    authors_of = first_matches(doc, spec.author, named, disjoint=disjoint)
    dates_of = first_matches(doc, spec.date, posts, disjoint=disjoint)
    records: list[Any] = []
    names = [_author_name(spec, post, authors_of.get(post, [])) for post in posts]
    # The user panels of each name's first post (a later post of a name is read on its own).
    firsts: dict[str, Any] = {}
    for name, post in zip(names, posts, strict=True):
        if name:
            firsts.setdefault(name, post)
    infos_of = (
        first_matches(doc, spec.userinfo, list(firsts.values()), disjoint=disjoint) if spec.userinfo else {}
    )
    authors: dict[str, Author] = {}
    title = _thread_title(doc, spec) if posts else None
    for post_el, body, name in zip(posts, bodies, names, strict=True):
        quotes = [el for el in body.iter() if el is not body and isinstance(el.tag, str) and is_quote(el)]
        quotes += [q for q in quotes_of[body] if q is not body]
        quotes = _outermost(list(dict.fromkeys(quotes)))
        sigs = sigs_of.get(body, [])
        heads = quote_heads(quotes)
        drop = set(quotes) | set(sigs) | {head for head, _ in heads.values()}
        post = Post(
            author=name,
            posted_at=_post_date(spec, dates_of[post_el], now),
            index=len(records),  # records holds only the posts so far
            body=text_without(body, drop) or None,
            quotes=[a for a in (quote_author(q) or heads.get(q, (None, None))[1] for q in quotes) if a],
            links=post_links(doc, body, drop),
        )
        records.append(post)
        if name and name not in authors:
            infos = infos_of.get(post_el)
            if infos is None:
                infos = first_match(doc, spec.userinfo, post_el) if spec.userinfo else []
            post_count, joined = _stats(spec, post_el, body, infos, now)
            if post_count is not None or joined is not None:
                authors[name] = Author(name=name, post_count=post_count, joined=joined)
    if not records:
        return []
    mark_replies(posts, records)
    return thread_records(doc, title, records, list(authors.values()), first_number)
