"""Imageboard and textboard conventions for a post's words: posts are known by a number, a
">>N" reference quotes post N (its author, not words), and a line opening with one ">"
("greentext") repeats words the post answers: a quote, not the poster's words.

A post's number is the last number of its block's id or name attributes ("reply_48127",
"teh-2087-2091": the thread's number before the post's own) or one it shows alone in its
header ("No.12", "1"); a number every post's block holds (the thread's) belongs to the post
that ends an attribute with it.

    >>> from parsers.board_refs import number_refs, owners, split_refs
    >>> split_refs(">>12 >>14 agreed")
    (['12', '14'], 'agreed')
    >>> number_refs("&gt;&gt;3"), number_refs("No.3"), number_refs("reply")
    (None, '3', None)
    >>> sorted(owners([{"11"}, {"11", "12"}], [{"11"}, {"12"}]).items())
    [('11', 0), ('12', 1)]
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from parsers.dom import clean
from parsers.post_columns import post_numbers, reference_links

__all__ = [
    "END_NUMBER_RE", "block_numbers", "board_lines", "board_quotes", "end_numbers", "green_lines",
    "number_refs", "owners", "split_refs",
]

#: The number an id or name attribute ends with ("reply1", "p_48127", "2091").
END_NUMBER_RE = re.compile(r"^[^\d\s]{0,24}?(?:\d+[-_])*(\d{1,12})$")
# ">>12", "＞＞12", not ">>>/board/12" (another board's thread).
_REF_RE = re.compile(r"(?<![>＞])(?:>>|＞＞)\s?(\d{1,12})(?!\d)")
_NUMBER_TEXT_RE = re.compile(r"^(?:no\.?\s*|#)?(\d{1,12})$", re.IGNORECASE)


def end_numbers(block: Any, skip: set[Any] | None = None) -> set[str]:
    """The numbers the id and name attributes of ``block`` and its elements (less ``skip``:
    replies nested in it) end with."""
    out: set[str] = set()
    for el in block.iter():
        if not isinstance(el.tag, str) or (skip and el in skip):
            continue
        for attr in ("id", "name"):
            value = el.get(attr)
            if value and len(value) <= 40 and (match := END_NUMBER_RE.match(value)):
                out.add(match.group(1))
    return out


# A data attribute naming a post's number ("data-post-id", "data-id", "data-num", "data-no").
_DATA_NUMBER_RE = re.compile(r"^data-(?:post-?|reply-?)?(?:id|num|number|no)$")
_DIGITS_RE = re.compile(r"^\d{1,12}$")


def block_numbers(block: Any) -> set[str]:
    """The numbers a post's block is known by (:func:`parsers.post_columns.post_numbers`), and
    those the page gives it outside its ids: a number in a data attribute of the block
    ("data-post-id=4123") and the id or name of the empty anchor just before it ("<div
    class=anchor id=4123></div>", "<a name=4123></a>" over the post's box)."""
    out = post_numbers(block)
    for attr, value in block.attrib.items():
        if _DATA_NUMBER_RE.match(attr) and _DIGITS_RE.match(value.strip()):
            out.add(value.strip())
    prev = block.getprevious()
    if prev is not None and isinstance(prev.tag, str) and not (prev.tail or "").strip() \
            and not prev.text_content().strip() and len(prev) == 0:
        out |= post_numbers(prev)
    return out


def owners(held: list[set[str]], ends: list[set[str]]) -> dict[str, int]:
    """The post each number belongs to: the one post holding it, else the one post whose
    attributes end with it (the thread's number in every reply's checkbox name "teh-2087-2091"
    is the opening post's, whose own ends "teh-2087")."""
    by_held: dict[str, set[int]] = defaultdict(set)
    by_end: dict[str, set[int]] = defaultdict(set)
    for i, numbers in enumerate(held):
        for n in numbers:
            by_held[n].add(i)
    for i, numbers in enumerate(ends):
        for n in numbers:
            by_end[n].add(i)
    out: dict[str, int] = {}
    for n in by_held.keys() | by_end.keys():
        posts = by_held.get(n, set())
        if len(posts) != 1:
            posts = by_end.get(n, set())
        if len(posts) == 1:
            out[n] = next(iter(posts))
    return out


def number_refs(text: str) -> str | None:
    """The number a post's number element shows ("12", "No.12", "#12"); None for other texts."""
    match = _NUMBER_TEXT_RE.match(clean(text))
    return match.group(1) if match else None


def split_refs(line: str) -> tuple[list[str], str]:
    """The post numbers a line's ">>N" references name, and the line without them."""
    numbers = _REF_RE.findall(line)
    return numbers, clean(_REF_RE.sub(" ", line)) if numbers else line


def green_lines(container: Any, drop: set[Any]) -> list[Any]:
    """The elements of a post's words (less ``drop``) that are a line of their own opening with
    one ">" (greentext: "<span class=quote>&gt;words answered</span><br>"), outermost first."""
    out: list[Any] = []
    for el in container.iter():
        if el is container or not isinstance(el.tag, str) or el.tag == "br" or el in drop:
            continue
        if any(anc in drop for anc in el.iterancestors()) or any(anc in out for anc in el.iterancestors()):
            continue
        text = clean(el.text_content())
        if not text.startswith((">", "＞")) or text.startswith((">>", "＞＞")) or len(text) < 2:
            continue
        if _own_line(el):
            out.append(el)
    return out


def _own_line(el: Any) -> bool:
    """Whether ``el`` stands on a line of its own: nothing but a line break or its parent's
    edge before and after it."""
    prev = el.getprevious()
    if prev is None:
        parent = el.getparent()
        if parent is not None and (parent.text or "").strip():
            return False
    elif (prev.tag != "br" and not _block_tag(prev)) or (prev.tail or "").strip():
        return False
    if (el.tail or "").strip():
        return False
    nxt = el.getnext()
    return nxt is None or nxt.tag == "br" or _block_tag(nxt) or _block_tag(el)


def _block_tag(el: Any) -> bool:
    return el.tag in ("p", "div", "blockquote", "li", "pre")


def board_quotes(posts: list[Any], reads: list[Any]) -> list[int]:
    """Mends the quotes of ``posts`` (each read as :class:`parsers.post_mend.PostRead`) in place:
    number links to other posts of the page (">>48120" to "#48120") quote those posts' authors,
    also the links a reader took for quotes whose poster it could not name ("a.quoteLink");
    greentext lines are quotes, not words. The indexes of the posts changed."""
    changed: set[int] = set()
    refs = [reference_links(r.container, r.drop - _unnamed(r.entries)) for r in reads]
    if any(refs):
        owner = owners([block_numbers(r.block) for r in reads], [end_numbers(r.block) for r in reads])
        for i, found in enumerate(refs):
            for a, number in found:
                j = owner.get(number)
                if j is None or j == i or not posts[j].author:
                    continue
                r = reads[i]
                r.entries = [e for e in r.entries if e[0] is not a] + [(a, posts[j].author)]
                r.drop = r.drop | set(a.iter())
                changed.add(i)
    for i, r in enumerate(reads):
        if ">" in (posts[i].body or "") or "＞" in (posts[i].body or ""):
            for el in green_lines(r.container, r.drop | r.quoted):
                r.entries.append((el, None))
                r.drop = r.drop | set(el.iter())
                changed.add(i)
    return sorted(changed)


def _unnamed(entries: list[tuple[Any, str | None]]) -> set[Any]:
    """The links among a post's quotes that no poster was found for."""
    return {el for q, name in entries if name is None and q.tag == "a" for el in q.iter()}


def board_lines(posts: list[Any], reads: list[Any]) -> None:
    """Mends the words of ``posts`` in place where the page writes references and greentext as
    plain text (a textboard's "&gt;&gt;1" unlinked): a ">>N" naming another post of the page
    quotes its author and leaves the words, and so does a line opening with one ">"."""
    owner: dict[str, int] | None = None
    for i, post in enumerate(posts):
        body = post.body
        if not body or (">" not in body and "＞" not in body):
            continue
        lines, refs = [], []
        for line in body.split("\n"):
            numbers, rest = split_refs(line)
            refs += numbers
            if rest and not (rest.startswith((">", "＞")) and not rest.startswith((">>", "＞＞"))):
                lines.append(rest)
        if refs and owner is None:
            owner = owners([block_numbers(r.block) for r in reads], [end_numbers(r.block) for r in reads])
        for number in refs:
            j = (owner or {}).get(number)
            if j is not None and j != i and (name := posts[j].author) and name not in post.quotes:
                post.quotes = [*post.quotes, name]
        post.body = "\n".join(lines) or None
