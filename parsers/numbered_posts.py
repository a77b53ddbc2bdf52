"""Imageboard and textboard threads (Kareha, Shiichan, wakaba, futaba, 0chan, LynxChan, jschan
and their kin) that no other reader of posts took: posts are repeated blocks numbered by their
id ("reply3", "p_48127", "2091"), each a header line holding the post's number, the poster's
name and the date, over the post's words. ">>N" references quote post N's author and are no
words; a line opening with one ">" (greentext) is a quote too (:mod:`parsers.board_refs`).

The page is asked only when its markup shows the ">>N" convention (a reply button inserting
">>3", a reference link), a test on the raw bytes; the posts are then found by structure: the
blocks of one tag whose ids end alike with a number, each holding a date; the header is the
part of the block around the date, the words the wordiest part beside it; the name the element
of the header at the place (the chain of tags) where every post shows a name. A 2channel-style
textboard numbers no block: its posts are pairs of sibling elements, a header line opening with
the post's number and holding the date ("<dt>1 ：<b>name</b>：2026/11/17(月) 18:40</dt>"), then
the words ("<dd>"), the numbers rising through the run. An opening post written loose before
its replies (wakaba, futaba: anchor, header and words as siblings of the replies' tables) is
read from that run of elements.

    >>> from parsers.dom import load
    >>> from parsers.numbered_posts import numbered_thread
    >>> page = b'''<html><head><title>Tea - Green or black?</title></head><body>
    ... <h2>Green or black?</h2>
    ... <div id="r1"><p><i>1</i> Name: <b>ann</b> 2026-11-17 18:40</p><p>Green or black tea?</p></div>
    ... <div id="r2"><p><i>2</i> Name: <b>bob</b> 2026-11-18 09:15</p>
    ...   <p><a href="#r1">&gt;&gt;1</a><br>Green tea, always.</p></div></body></html>'''
    >>> recs = numbered_thread(load(page), now="2026-11-20T12:00:00")
    >>> [(r.author, r.body, r.quotes) for r in recs if r.kind == "post"]
    [('ann', 'Green or black tea?', []), ('bob', 'Green tea, always.', ['ann'])]
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from parsers.board_refs import END_NUMBER_RE, green_lines, number_refs, owners, split_refs
from parsers.dates import parse_date
from parsers.dom import Doc, clean
from parsers.post_name_column import name_like
from parsers.post_parts import WORDY_RE
from parsers.records import Post
from parsers.thread_records import post_links, text_without, thread_records
from parsers.thread_title import thread_title

__all__ = ["numbered_thread"]

# ">>3" in the markup: a reference link or a reply button's script ("insert('&gt;&gt;3')").
# The two marks written out, not "{2}": a pattern that opens with a plain alternation lets the
# regex engine skip to the bytes that can start it, five times faster over a page's bytes.
_GATE_RE = re.compile(rb"(?:&gt;|>|&#62;|\xef\xbc\x9e)(?:&gt;|>|&#62;|\xef\xbc\x9e)\s?\d")
# Elements a post's block is: never an inline element (a link's name="12", a checkbox's id).
_BLOCK_TAGS = frozenset({"div", "article", "section", "li", "td", "tr", "table", "tbody", "dl", "dd", "p",
                         "blockquote"})
# A post's header line says little: longer texts are words, not a header.
_HEAD_CHARS = 200
# Groups of numbered blocks read at the most (the largest first).
_GROUPS = 3
# A poster's unique id shown beside the name ("ID:Qx7rTa", "ID: 4c7a2e"): no name.
_ID_RE = re.compile(r"^(?:id|ip)\s*[:：]", re.IGNORECASE)


@dataclass
class _Read:
    """One numbered block read: its number(s), header, words and the name candidates."""

    block: Any
    numbers: set[str]
    date: str
    header: Any
    body: Any
    names: list[tuple[tuple[str, ...], Any]] = field(default_factory=list)


def numbered_thread(doc: Doc, now: str | None = None) -> list[Any]:
    """Thread and Post records of an imageboard or textboard thread; [] when the page shows no
    ">>N" convention or no numbered dated blocks."""
    if not _GATE_RE.search(doc.raw):
        return []
    body_el = doc.root.find("body")
    root = body_el if body_el is not None else doc.root
    groups: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for el in root.iter(*_BLOCK_TAGS):
        value = el.get("id") or el.get("name")
        if value and len(value) <= 40 and (match := END_NUMBER_RE.match(value)):
            groups[(el.tag, value[: match.start(1)])].append(el)
    best: list[_Read] = []
    chosen: list[Any] = []
    for members in sorted((g for g in groups.values() if len(g) >= 2), key=len, reverse=True)[:_GROUPS]:
        reads = _read_blocks(members, now)
        if len(reads) > len(best):
            best, chosen = reads, members
    if len(best) < 2:
        # A 2channel-style textboard: numbered header lines each followed by the post's words
        # ("<dt>1 ：<b>name</b>：2026/11/17 18:40</dt><dd>words</dd>"), no block around both.
        best = _pairs(root, now)
        return _records(doc, best, now) if len(best) >= 2 else []
    # The opening post numbered otherwise ("op_48120" before "reply_48127") among its replies.
    parent = chosen[0].getparent()
    if all(m.getparent() is parent for m in chosen):
        ids = {id(m) for m in chosen}
        others = [el for el in parent if el.tag == chosen[0].tag and id(el) not in ids
                  and (value := el.get("id") or el.get("name")) and END_NUMBER_RE.match(value)]
        if others:
            reads = _read_blocks(others + chosen, now)
            if len(reads) > len(best):
                best = sorted(reads, key=lambda r: parent.index(r.block))
    opening = _loose_opening(best[0].block, now)
    return _records(doc, [opening, *best] if opening is not None else best, now)


# Elements an opening post's loose parts run over at the most (anchor, header, links, words).
_LOOSE_PARTS = 12


def _loose_opening(first: Any, now: str | None) -> _Read | None:
    """The opening post written loose before its first reply (wakaba, futaba: its anchor, its
    header line and its words are siblings of the replies' tables, in no block of their own):
    the run of elements before the first reply's outermost wrapper that says nothing else (the
    "&gt;&gt;" cell beside it), back to a rule or the container's start; its header the first
    holding a date, its words the wordiest element after that."""
    unit = first
    while (up := unit.getparent()) is not None and up.tag not in ("body", "form", "html") \
            and not WORDY_RE.search(text_without(up, set(unit.iter()))):
        unit = up
    run: list[Any] = []
    for sib in unit.itersiblings(preceding=True):
        if not isinstance(sib.tag, str) or sib.tag == "hr" or len(run) >= _LOOSE_PARTS:
            break
        run.append(sib)
    run.reverse()
    for k, el in enumerate(run):
        text = clean(el.text_content())
        if len(text) > _HEAD_CHARS or len(date := parse_date(text, now) or "") < 10:
            continue
        words = [(len(WORDY_RE.findall(b.text_content())), i) for i, b in enumerate(run[k + 1:], k + 1)]
        most, i = max(words, default=(0, 0))
        if not most:
            return None
        numbers = set()
        for part in run[:i]:
            for sub in part.iter():
                if not isinstance(sub.tag, str):
                    continue
                if match := END_NUMBER_RE.match(sub.get("id") or sub.get("name") or ""):
                    numbers.add(match.group(1))
                elif shown := number_refs(clean(sub.text_content())):
                    numbers.add(shown)
        return _Read(el, numbers, date, el, run[i], _names(el, set(), now))
    return None


# A header line opening with its post's number ("1 ：", "12 Name:", "No.3 ").
_NUMBERED_LINE_RE = re.compile(r"^(?:no\.?\s*)?(\d{1,6})\s*(?:[:：]|\s)", re.IGNORECASE)
_PAIR_TAGS = ("dt", "div", "p", "h3", "h4", "h5", "span", "td", "li")


def _pairs(root: Any, now: str | None) -> list[_Read]:
    """Posts as sibling pairs of a numbered dated header line and the element of words after
    it: the largest such run of one parent and tag, its numbers rising."""
    groups: dict[tuple[Any, str], list[_Read]] = defaultdict(list)
    for el in root.iter(*_PAIR_TAGS):
        text = el.text or ""
        first = text.lstrip()[:1]
        if not first or not (first.isdigit() or first in "Nn"):
            continue  # most elements fail here, on their first letter
        head = clean(el.text_content())
        if len(head) > _HEAD_CHARS or not (match := _NUMBERED_LINE_RE.match(head)):
            continue
        nxt = el.getnext()
        if nxt is None or not isinstance(nxt.tag, str) or nxt.tag == el.tag \
                or not WORDY_RE.search(nxt.text_content()):
            continue
        if len(date := parse_date(head, now) or "") < 10:
            continue
        read = _Read(el, {match.group(1)}, date, el, nxt, _names(el, set(), now))
        groups[(el.getparent(), el.tag)].append(read)
    best: list[_Read] = []
    for reads in groups.values():
        numbers = [int(next(iter(r.numbers))) for r in reads]
        if len(reads) > len(best) and numbers == sorted(numbers):
            best = reads
    return best


def _names(header: Any, nested: set[Any], now: str | None) -> list[tuple[tuple[str, ...], Any]]:
    """The header's elements that read as a name, each with its place in the header."""
    names = []
    for el in header.iter():
        if not isinstance(el.tag, str) or el is header or el in nested or len(el):
            continue
        text = clean(el.text_content())
        if number_refs(text) or _ID_RE.match(text) or not name_like(text, now):
            continue
        names.append((_place(el, header), el))
    return names


def _read_blocks(members: list[Any], now: str | None) -> list[_Read]:
    inside = set(members)
    reads = []
    for block in members:
        # Replies a block holds (an opening post wrapping its replies) are posts of their own.
        nested = {el for m in block.iterdescendants() if m in inside for el in m.iter()}
        read = _read(block, nested, now)
        if read is not None:
            reads.append(read)
    return reads


def _read(block: Any, nested: set[Any], now: str | None) -> _Read | None:
    date_el, date = _date(block, nested, now)
    if date_el is None or date is None:
        return None
    header, body = _parts(block, date_el, nested)
    if body is None:
        return None
    numbers = set()
    value = block.get("id") or block.get("name") or ""
    if match := END_NUMBER_RE.match(value):
        numbers.add(match.group(1))
    for el in header.iter():
        if isinstance(el.tag, str) and el is not header and el not in nested \
                and (shown := number_refs(clean(el.text_content()))):
            numbers.add(shown)
    return _Read(block, numbers, date, header, body, _names(header, nested, now))


def _place(el: Any, header: Any) -> tuple[str, ...]:
    """Where ``el`` sits in its header: the tags and first classes down to it (a subject and a
    name side by side in one label differ by their classes only)."""
    path = []
    while el is not None and el is not header:
        path.append(f"{el.tag}.{(el.get('class') or '').split(' ')[0]}")
        el = el.getparent()
    return tuple(reversed(path))


def _date(block: Any, nested: set[Any], now: str | None) -> tuple[Any, str | None]:
    """The innermost element of ``block`` (less ``nested``) whose short text holds a date."""
    for el in block.iter():
        if el is block or not isinstance(el.tag, str) or el in nested:
            continue
        text = clean(el.text_content())
        if len(text) > _HEAD_CHARS or len(date := parse_date(text, now) or "") < 10:
            continue
        while True:  # down to the innermost element still holding it
            inner = [c for c in el if isinstance(c.tag, str) and c not in nested
                     and len(parse_date(clean(c.text_content()), now) or "") >= 10]
            if not inner:
                return el, date
            el = inner[0]
            date = parse_date(clean(el.text_content()), now) or date
    return None, None


def _parts(block: Any, date_el: Any, nested: set[Any]) -> tuple[Any, Any]:
    """The header (the part of ``block`` around its date) and the words (the wordiest element
    beside it, at any level between the date and the block)."""
    best, best_words, header = None, 0, None
    el = date_el
    while el is not block:
        parent = el.getparent()
        if parent is None:
            return None, None
        for sib in parent:
            if sib is el or not isinstance(sib.tag, str) or sib in nested:
                continue
            words = len(WORDY_RE.findall(text_without(sib, nested))) if nested else \
                len(WORDY_RE.findall(sib.text_content()))
            if words > best_words:
                best, best_words, header = sib, words, el
        el = parent
    return header, best


def _records(doc: Doc, reads: list[_Read], now: str | None) -> list[Any]:
    # The name's column: the place where most posts show a name, the first such in the header;
    # not the place where a post shows the thread's title (the posts' subjects: "無念" below it).
    title = thread_title(doc)
    subjects = {sig for read in reads for sig, el in read.names if clean(el.text_content()) == title}
    counts: dict[tuple[str, ...], int] = defaultdict(int)
    order: dict[tuple[str, ...], int] = {}
    for read in reads:
        for k, (sig, _) in enumerate(read.names):
            if sig in subjects:
                continue
            if sig not in {s for s, _ in read.names[:k]}:
                counts[sig] += 1
            order.setdefault(sig, k)
    column = max(counts, key=lambda s: (counts[s], -order[s])) if counts else None
    owner = owners([r.numbers for r in reads], [r.numbers for r in reads])
    posts: list[Post] = []
    for i, read in enumerate(reads):
        name_el = next((el for sig, el in read.names if sig == column), None)
        author = clean(name_el.text_content()) if name_el is not None else None
        posts.append(Post(author=author, posted_at=read.date, index=i))
    for i, read in enumerate(reads):
        green = set(green_lines(read.body, set()))
        refs: list[str] = []
        lines = []
        for line in text_without(read.body, green).split("\n"):
            numbers, rest = split_refs(line)
            refs += numbers
            if rest and not rest.startswith((">", "＞")):
                lines.append(rest)
        # Reference links point into the page: no links of the post's words.
        drop = green | {el for a in read.body.iter("a") if split_refs(clean(a.text_content()))[1] == ""
                        for el in a.iter()}
        quotes: list[str] = []
        for number in refs:
            j = owner.get(number)
            if j is not None and j != i and (name := posts[j].author) and name not in quotes:
                quotes.append(name)
        post = posts[i]
        post.body = "\n".join(lines) or None
        post.quotes = quotes
        post.links = [link for a in read.body.iter("a") if a not in drop
                      for link in post_links(doc, a, set())]
    return thread_records(doc, title, posts, [])
