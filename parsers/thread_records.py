"""What every reader of a thread page shares, whichever found its posts (an engine's selectors,
repeated blocks, bylines, runs of table rows): a post's words without its quotes and signature,
the links in them, and the records around the posts (the thread's title, board, starter and
address without page number or session id).

>>> from parsers.thread_records import canonical_thread_url, is_first_page
>>> canonical_thread_url("http://f.example/viewtopic.php?t=5&start=20&sid=0123456789abcdef0123")
'http://f.example/viewtopic.php?t=5'
>>> is_first_page("http://f.example/threads/tea.9/page-3")
False
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from parsers.dom import Doc, clean
from parsers.records import Author, Post, Thread
from parsers.thread_title import quotes_a_post

__all__ = [
    "FORUM_HREF_RE", "board_of", "canonical_thread_url", "is_first_page", "post_links", "post_number",
    "text_without", "thread_records",
]


def text_without(body: Any, drop: set[Any]) -> str:
    """Visible text of ``body`` with the subtrees in ``drop`` left out (quotes, signatures...)."""
    parts: list[str] = []

    def walk(el: Any) -> None:
        if el in drop:
            if el.tail:
                parts.append(el.tail)
            return
        if isinstance(el.tag, str) and el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
        if el is not body and el.tail:
            parts.append(el.tail)

    if drop:
        walk(body)
    else:  # nothing left out: lxml gathers the same texts and tails in C
        parts.append("".join(body.itertext()))
    lines = [clean(x) for x in "".join(parts).split("\n")]
    return "\n".join(x for x in lines if x)



_PAGE_PARAMS = frozenset({"start", "page", "p", "pg", "offset", "pagenum", "sort", "order"})
_PAGE_PATH_RE = re.compile(r"(?:/page[-/]?\d+|/p\d+|-page-\d+)/?$", re.IGNORECASE)
#: Links to boards (sub-forums) in the conventions of common forum software.
FORUM_HREF_RE = re.compile(
    r"viewforum\.php|forumdisplay\.php|/forums?/[^/?#]+|/d/[^/?#]+/?$|/f/[^/?#]+|"
    r"[?&]board=\d|/board/[^/?#]+|/c/[^/?#]+|/subforum/|Forum-[^/?#]+",
    re.IGNORECASE,
)
_CRUMB_RES = (
    re.compile(r"crumb|nav-?path|navlinks|location", re.IGNORECASE),
    re.compile(r"navbar|navigat", re.IGNORECASE),
)  # weaker: also menus of every board
_POST_NUMBER_RE = re.compile(r"^#\s*(\d+)$")
_REPLY_SUBJECT_RE = re.compile(r"^(?:re|aw|sv|ответ|rép|resp)\s*(?:\[\d+\])?\s*:", re.IGNORECASE)


def _is_session(key: str, value: str) -> bool:
    return key.lower() in ("sid", "s", "phpsessid", "sessionid") and bool(
        re.fullmatch(r"[0-9a-fA-F]{16,64}", value)
    )


def canonical_thread_url(url: str | None) -> str | None:
    """A thread's URL without page number (``start=10``, ``page-2``, ``?p=2``), session id or fragment."""
    if not url:
        return url
    parts = urlsplit(url)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    query = [(k, v) for k, v in pairs if k.lower() not in _PAGE_PARAMS and not _is_session(k, v)]
    path = _PAGE_PATH_RE.sub("/", parts.path) if _PAGE_PATH_RE.search(parts.path) else parts.path
    return urlunsplit((parts.scheme, parts.netloc, path, urlencode(query, safe="/*:"), ""))


def is_first_page(url: str | None) -> bool:
    """False for a later page of a paginated thread (its first post is not the thread's)."""
    if not url:
        return True
    parts = urlsplit(url)
    for key, value in parse_qsl(parts.query):
        if key.lower() in ("start", "offset") and value not in ("", "0"):
            return False
        if key.lower() in ("page", "p", "pg", "pagenum") and value not in ("", "0", "1"):
            return False
    match = re.search(r"(\d+)/?$", parts.path) if _PAGE_PATH_RE.search(parts.path) else None
    return not (match and match.group(1) != "1")


def board_of(doc: Doc) -> str | None:
    """The board a thread belongs to: the last link of the page's breadcrumb."""
    for crumb_re in _CRUMB_RES:
        for el in doc.root.iter("div", "nav", "ul", "ol", "p", "span", "fieldset", "td"):
            # schema.org's itemtype=".../BreadcrumbList" marks a crumb bar whatever its class.
            marker = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('itemtype') or ''}"
            if not marker.strip() or not crumb_re.search(marker):
                continue
            anchors = [a for a in el.iter("a") if 0 < len(clean(a.text_content())) < 120]
            # The last link to a board; a crumb bar also holds "Print view" or "Change font size".
            boards = [a for a in anchors if FORUM_HREF_RE.search(a.get("href") or "")]
            chosen = boards or anchors
            if chosen:
                return clean(chosen[-1].text_content())
    return None


def post_number(post: Any) -> int | None:
    """The number a forum shows on a post ("#11"), which says whether it opens the thread; a
    reply's subject ("Re: ...") says it does not (2 then)."""
    # A shown number needs a "#" in the post's text: without one only links are looked at.
    shown = "#" in post.text_content()
    for a in post.iter("a", "strong", "span") if shown else post.iter("a"):
        match = _POST_NUMBER_RE.match(clean(a.text_content())) if shown else None
        if match:
            return int(match.group(1))
        if a.tag == "a" and (a.get("id") or "").startswith("postcount") and (a.get("name") or "").isdigit():
            return int(a.get("name") or 0)  # vBulletin 3: <a id="postcount123" name="3021">
    for el in post.iter("h2", "h3", "h4", "span", "div"):
        cls = el.get("class") or ""
        if el.tag.startswith("h") or "title" in cls or "subject" in cls:
            if _REPLY_SUBJECT_RE.match(clean(el.text_content())):
                return 2
            if el.tag.startswith("h"):
                break
    return None


def post_links(doc: Doc, body: Any, drop: set[Any]) -> list[str]:
    """Absolute links in a post's own words (not in its quotes or signature)."""
    out: dict[str, None] = {}
    for a in body.iter("a"):
        if any(anc in drop for anc in a.iterancestors()):
            continue
        href = (a.get("href") or "").strip()
        if href and not href.startswith(("#", "javascript:", "mailto:")):
            out.setdefault(doc.absolute(href), None)
    return list(out)


def thread_records(
    doc: Doc, title: str | None, posts: list[Post], authors: list[Author], first_number: int | None = None
) -> list[Any]:
    """The Thread record (board, starter, canonical URL) followed by the posts and authors.

    The first post's author is the thread's starter only on the thread's first page (URL without
    a page number, and a first post not numbered beyond #1).
    """
    url = canonical_thread_url(doc.url)
    if title and posts and quotes_a_post(title, posts):
        title = None
    for post in posts:
        post.thread, post.thread_url = title, url
    first_page = is_first_page(doc.url) and (first_number is None or first_number <= 1)
    starter = posts[0].author if posts and first_page else None
    return [Thread(title=title, board=board_of(doc), author=starter, thread_url=url), *posts, *authors]
