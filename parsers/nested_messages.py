"""A thread's messages nested in lists of replies: each message is one element of one kind,
whatever depth the lists put it at.

A threaded forum (SPIP's article forums, old threaded boards) shows a message, then the list of
its replies, then the next message: "li.thread > div.message + ul > li > div.message". The
repeated blocks found from the posters' names are the threads ("li.thread"), each holding a
message and its replies, and no reply lies inside the message it answers, so
:func:`parsers.post_blocks.comment_trees` finds no tree. Such a block names two members or
more, and each name lies in one element of a kind (tag and class) that every name of the block
lies in once: those elements, each dated and saying something, are the posts.

    >>> from parsers.dom import load
    >>> doc = load(b'''<ul><li class=fil><div class=msg><b>ann</b> 17.11.2026 18:40 <p>Which tea is best?</p>
    ...   </div><ul><li><div class=msg><b>bob</b> 18.11.2026 09:15 <p>Green tea, always.</p></div></li>
    ...   </ul></li></ul>''')
    >>> names = list(doc.root.iter("b"))
    >>> [b.text_content().split()[0] for b in nested_messages([doc.root.find(".//li")], set(names), None)]
    ['ann', 'bob']
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from parsers.dom import clean
from parsers.forum_members import user_links
from parsers.post_blocks import in_quote
from parsers.post_dates import post_date

__all__ = ["nested_messages"]


def _who(el: Any) -> str:
    return el.get("href") or clean(el.text_content())


def nested_messages(blocks: list[Any], members: set[Any], now: str | None) -> list[Any]:
    """``blocks`` with each block that holds several members' messages, each an element of one
    kind at any depth (:mod:`parsers.nested_messages`), replaced by those messages in page
    order; the other blocks as they are."""
    # Which block each member's name lies in, found upwards from the names: most blocks name one
    # member, and are left alone without a walk of their own.
    within: dict[Any, set[str]] = defaultdict(set)
    chosen = set(blocks)
    for a in members:
        for anc in a.iterancestors():
            if anc in chosen:
                within[anc].add(_who(a))
                break
    if all(len(names) < 2 for names in within.values()):
        return blocks
    out: list[Any] = []
    for block in blocks:
        messages = _messages(block, members, now) if len(within.get(block, ())) >= 2 else None
        out.extend(messages or [block])
    return out


def _messages(block: Any, members: set[Any], now: str | None) -> list[Any] | None:
    """The messages of ``block``: of the kinds (tag and class) that every name of the block lies
    in once, the outermost whose elements each name one member, none inside another, together
    hold most of the block's words, each dated and saying something of its own; None when no
    kind does, or when a reply lies in an element of the block's own kind (a comment tree)."""
    users = [a for a in user_links(block, members) if not in_quote(a, block)]
    if len({_who(a) for a in users}) < 2:
        return None
    chains: list[list[Any]] = []
    for a in users:
        chain = []
        for anc in a.iterancestors():
            if anc is block:
                break
            if anc.get("class"):
                chain.append(anc)
        chains.append(chain)  # the name's classed ancestors, innermost first
    # A reply inside an element of its parent's kind ("li.comment" in "li.comment depth-2"): a
    # comment tree, whose nesting says whom each replies to (read by with_replies).
    own = _kind(block)
    if own is not None and any(_kind(el) == own for chain in chains for el in chain):
        return None
    counts = [Counter((el.tag, el.get("class")) for el in chain) for chain in chains]
    kinds = [k for k in counts[0] if all(c.get(k) == 1 for c in counts)]
    said = _words(block)
    # Outermost first: the whole message, not its header line around the name and the date.
    for kind in sorted(kinds, key=lambda k: -_position(chains[0], k)):
        found = [next(el for el in chain if (el.tag, el.get("class")) == kind) for chain in chains]
        pieces = list(dict.fromkeys(found))
        if len(pieces) < 2:
            continue
        names = {p: {_who(a) for a, o in zip(users, found, strict=True) if o is p} for p in pieces}
        if any(len(n) != 1 for n in names.values()):
            continue  # a piece naming two members is no one message
        inside = {anc for p in pieces for anc in p.iterancestors()}
        if any(p in inside for p in pieces):
            continue  # a reply inside its parent: a comment tree, read as one
        if 2 * sum(_words(p) for p in pieces) < said:
            continue  # the messages' bylines only, their words outside them
        if all(_says_something(p) and post_date(p, set(), now)[0] is not None for p in pieces):
            return pieces
    return None


def _kind(el: Any) -> tuple[str, str] | None:
    """An element's kind: its tag and first class name ("li", "comment" of "comment odd depth-2")."""
    names = (el.get("class") or "").split()
    return (el.tag, names[0]) if names else None


def _words(el: Any) -> int:
    return len(" ".join(t for t in el.itertext() if t.strip()).split())


def _position(chain: list[Any], kind: tuple[str, str]) -> int:
    """How far up ``chain`` (a name's classed ancestors, innermost first) the element of ``kind`` lies."""
    return next(i for i, el in enumerate(chain) if (el.tag, el.get("class")) == kind)


def _says_something(el: Any) -> bool:
    """Whether ``el`` holds three words or more outside its links (a message's own words)."""
    text = " ".join(t for t in el.itertext() if t.strip())
    linked = sum(len(" ".join(a.itertext()).split()) for a in el.iter("a"))
    return len(text.split()) - linked >= 3
