"""A thread's posts dated at the one place of their blocks that shows each post's own date, when
the dates they were read by are plainly not theirs: a poster's posts all dated alike (a day of
the poster's panel, the join day under a label no vocabulary holds: "Adscriptus", "加入日期"),
the posts' dates out of the order they were written in, or some posts left undated. The place
is found by shape: an element at one place of every post's block, outside the poster's name and
the quotes, of a short text that differs between one poster's posts, most of them read as dates
(:mod:`parsers.loose_dates`, whatever its label's words), in the posts' order and mostly no
earlier than the dates read so far.

    >>> from parsers.dom import load
    >>> from parsers.records import Post
    >>> from parsers.post_mend import PostRead
    >>> doc = load('''<div>
    ... <div class=p><p><a href=/u/1>ann</a> Joined: 3 Mar 2024</p><p>Scrip: 17 Nov 2026, 21:30</p>Hi</div>
    ... <div class=p><p><a href=/u/2>bob</a> Joined: 9 Feb 2019</p><p>Scrip: 19 Nov 2026, 08:05</p>Yo</div>
    ... <div class=p><p><a href=/u/1>ann</a> Joined: 3 Mar 2024</p><p>Scrip: 20 Nov 2026, 10:31</p>Ok</div>
    ... </div>'''.encode())
    >>> blocks = doc.root.findall(".//div[@class='p']")
    >>> posts = [Post(author=n, posted_at=d, index=i) for i, (n, d) in
    ...          enumerate([("ann", "2024-03-03"), ("bob", "2019-02-09"), ("ann", "2024-03-03")])]
    >>> reads = [PostRead(b, b, set(), set(), [], b.find(".//a"), b.find("p")) for b in blocks]
    >>> [date for date, _ in slot_dates(posts, reads, "2026-11-20T12:00:00Z")[0].values()]
    ['2026-11-17T21:30:00', '2026-11-19T08:05:00', '2026-11-20T10:31:00']
"""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise
from typing import Any

from parsers.cldr_dates import current_language
from parsers.dates import parse_date
from parsers.dom import clean
from parsers.loose_dates import day_words, loose_dates
from parsers.post_columns import _path

__all__ = ["slot_dates"]

# A date's place shows a short text: its label, the date and the post's number at the most.
_SLOT_CHARS = 60
_SLOT_WORDS = 8


def _misdated(posts: list[Any]) -> bool:
    """Whether the posts' dates are plainly not theirs, or not all read: a poster's several posts
    all dated one day, a post dated before the one above it and after the one below it is not,
    or some posts undated where others are dated."""
    days: dict[str, set[str]] = defaultdict(set)
    counts: dict[str, int] = defaultdict(int)
    for post in posts:
        if post.author and post.posted_at:
            days[post.author].add(post.posted_at[:10])
            counts[post.author] += 1
    if any(counts[name] >= 2 and len(found) == 1 for name, found in days.items()):
        return True
    dated = [p.posted_at[:10] for p in posts if p.posted_at]
    if dated and len(dated) < len(posts):
        return True  # some posts dated in words no reader knows
    return any(b < a for a, b in pairwise(dated)) and any(b > a for a, b in pairwise(dated))


def _places(read: Any) -> dict[Any, Any]:
    """Place in the block -> element, for the elements of a short text outside the poster's
    name and the quotes."""
    block = read.block
    author = read.author
    around = {author, *author.iterancestors(), *author.iter()} if author is not None else set()
    out: dict[Any, Any] = {}
    for el in block.iter():
        if not isinstance(el.tag, str) or el is block or el in around or el in read.quoted:
            continue
        text = clean(el.text_content())
        if not text or len(text) > _SLOT_CHARS or len(text.split()) > _SLOT_WORDS:
            continue
        path = _path(el, block)
        if path is not None:
            out[path] = el
    return out


def _attribute_date(el: Any, now: str | None) -> str | None:
    """The date an attribute of ``el`` gives (a ``datetime``, a tooltip's ``title``)."""
    for attr in ("datetime", "title"):
        value = el.get(attr)
        if value and len(found := parse_date(value, now) or "") >= 10:
            return found
    return None


def _poster_constant(texts: list[str], names: list[str | None]) -> bool:
    """Whether every poster of several posts shows one text in all of them (a panel's line)."""
    shown: dict[str, set[str]] = defaultdict(set)
    counts: dict[str, int] = defaultdict(int)
    for text, name in zip(texts, names, strict=True):
        if name:
            shown[name].add(text)
            counts[name] += 1
    several = [name for name in shown if counts[name] >= 2]
    return bool(several) and all(len(shown[name]) == 1 for name in several)


def slot_dates(
    posts: list[Any], reads: list[Any], now: str | None
) -> tuple[dict[int, tuple[str | None, Any]], dict[str, int]]:
    """(post index -> (its date read at the posts' date place, None where unsure; the element
    there), for every post, when the posts were misdated and such a place is found, else {};
    the words of relative days the place was read by, word -> day: -1 for yesterday)."""
    if len(reads) < 2 or len(posts) != len(reads) or not _misdated(posts):
        return {}, {}
    places = [_places(r) for r in reads]
    common = set(places[0]).intersection(*places[1:])
    names = [p.author for p in posts]
    old = [(p.posted_at or "")[:10] for p in posts]
    lang = current_language()
    best: tuple[int, int, Any, list[str | None]] | None = None
    for path in sorted(common):
        els = [found[path] for found in places]
        texts = [clean(el.text_content()) for el in els]
        if len(set(texts)) == 1 or _poster_constant(texts, names):
            continue
        dates = loose_dates(texts, now, lang, [_attribute_date(el, now) for el in els])
        read = [d for d in dates if d]
        if len(read) < 2 or 2 * len(read) < len(dates):
            continue
        if any(b < a for a, b in pairwise(read)):
            continue  # not in the order the posts were written
        before = sum(1 for d, o in zip(dates, old, strict=True) if d and o and d[:10] < o)
        if 2 * before > len(read):
            continue  # mostly before the dates read so far: a join day, not the post's
        if all(d is None or d[:10] == o for d, o in zip(dates, old, strict=True)):
            continue  # the dates read so far
        score = (len(read), len(path), path, dates)
        if best is None or score[:2] > best[:2]:
            best = score
    if best is None:
        return {}, {}
    path, dates = best[2], best[3]
    els = [found[path] for found in places]
    words = day_words([clean(el.text_content()) for el in els], dates, now, lang)
    return {i: (dates[i], el) for i, el in enumerate(els)}, words
