"""A member's post count known by the link to the member's posts, whatever word its label is:
a profile links the posts it counts ("Beiträge: 1.482" beside "Alle Beiträge von ann", phpBB's
"Total posts 214" beside "Search user's posts", "書き込み数 2,318 件" beside "書き込みをすべて
見る") with the same word, and the link's address names the member the page is about
("/search?author=ann" on "/member/ann"). The one statistic whose label shares a word with such
a link's words is the post count; a member's number ("No.1042"), the topics they started or
their last visit share none.

    >>> from parsers.dom import load
    >>> doc = load('''<html><body><dl><dt>Nomor</dt><dd>No.77</dd><dt>Tulisan</dt><dd>512</dd>
    ...   <dt>Topik dibuat</dt><dd>9</dd></dl>
    ...   <a href="/cari?penulis=ayu_w">Lihat semua tulisan</a></body></html>'''.encode(),
    ...   url="http://x.onion/anggota/ayu_w")
    >>> linked_count(doc, doc.head_lines)
    512
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from parsers.dom import Doc, clean
from parsers.prices import parse_number

__all__ = ["linked_count"]

# A whole count opening a value ("2,318 件", "512", "1.482 (0,6 pro Tag)"): no rate, date, time
# nor a number after letters ("No.1042").
_COUNT_RE = re.compile(r"^\s*\d{1,3}(?:[.,'\u00a0\u202f ]\d{3})+(?![.,:/-]?\d)|^\s*\d+(?![.,:/-]?\d)")
# A label: a few words, no figure, an optional colon; on its value's line before it or alone
# above it.
_LABEL_RE = re.compile(r"^(?P<label>[^\W\d_][^\d:：]{0,39}?)\s*(?:[:：]\s*(?P<value>.*))?$")
# Words written with no spaces between them (Chinese, Japanese, Thai): a shared run of letters.
_UNSPACED_RE = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_IDEOGRAPH_RE = re.compile(r"[\u3400-\u9fff]")
# A file's name: a script or a page ("index.php", "profile.html"), no member's.
_FILE_RE = re.compile(r"\.[a-z]{2,5}$", re.IGNORECASE)
# Lines a label and its value may be down the page at the most: a profile's statistics open it.
_MAX_LINES = 120


def _member_keys(url: str) -> set[str]:
    """What names the member in the profile's address: its last segment and its query's values
    that hold a letter ("ann", "hikari_go"); a bare number names too much else, a script's file
    name ("index.php") the site's pages."""
    parts = urlsplit(url)
    keys = {unquote(parts.path.rstrip("/").rsplit("/", 1)[-1])}
    keys |= {unquote(pair.partition("=")[2]) for pair in parts.query.split("&")}
    return {k.casefold() for k in keys if len(k) >= 2 and any(ch.isalpha() for ch in k)
            and not _FILE_RE.search(k)}


def _names_member(href: str, keys: set[str]) -> bool:
    """Whether a link's address names the member by a query value or a path segment."""
    parts = urlsplit(href)
    said = {unquote(pair.partition("=")[2]).casefold() for pair in parts.query.split("&")}
    said |= {unquote(seg).casefold() for seg in parts.path.split("/")}
    return bool(said & keys)


def _shares_word(label: str, words: list[str]) -> bool:
    """Whether a label shares a word with a link's words: a whole word of four letters or more
    in spaced scripts, a run of two letters with an ideograph (or of three) in unspaced ones."""
    folded = label.casefold()
    if _UNSPACED_RE.search(folded):
        for said in words:
            for i in range(len(folded) - 1):
                for j in range(len(folded), i + 1, -1):
                    run = folded[i:j]
                    if (j - i >= 3 or _IDEOGRAPH_RE.search(run)) and run.isalpha() and run in said:
                        return True
        return False
    own = {w for w in re.findall(r"[^\W\d_]{4,}", folded)}
    return any(own & set(re.findall(r"[^\W\d_]{4,}", said)) for said in words)


def linked_count(doc: Doc, lines: list[str]) -> int | None:
    """The one count whose label shares a word with a link to the member's posts (a link, not
    to the page itself, whose address names the member the page's address names); None when
    the page links none or no single count's label shares its words."""
    own = (doc.url or "").split("#")[0]
    keys = _member_keys(own) if own else set()
    if not keys or not any(any(k in link.casefold() for k in keys) for link in doc.links):
        return None  # the cheap gate: no link names the page's member
    words = [
        said.casefold() for a in doc.tagged("a")
        if (href := doc.absolute(a.get("href") or "").split("#")[0]) and href != own
        and _names_member(href, keys) and (said := clean(a.text_content()))
    ]
    if not words:
        return None
    # A link's words are no label: the link to the posts over a count ("Send message" over
    # "1,204 reviews") shares its words with itself.
    linked = {clean(a.text_content()) for a in doc.tagged("a")}
    counts = set()
    for i, line in enumerate(lines[:_MAX_LINES]):
        match = _LABEL_RE.match(line) if len(line) <= 60 else None
        if match is None or line in linked:
            continue
        value = match["value"] if match["value"] else (lines[i + 1] if i + 1 < len(lines) else "")
        number = _COUNT_RE.match(value)
        if number and _shares_word(match["label"], words):
            parsed = parse_number(number[0])
            if parsed is not None:
                counts.add(int(parsed))
    return counts.pop() if len(counts) == 1 else None
