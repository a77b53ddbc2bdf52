"""A thread's posts mended once all are read, by what they show alike (:mod:`parsers.post_columns`):
posts dated by a line of their posters' panels (a join day) dated by the later date outside it,
subject lines left out of the words, number links to other posts read as quotes of their authors,
quotes whose first line names a poster of the page, and the columns of the authors' post counts
and join days.

    >>> from parsers import parse_page
    >>> page = b'''<body><h1>Tea or coffee?</h1>
    ... <div class="m" id="m11"><p><b>ann</b> <span>17.11.2026 18:40</span></p><div class="text">
    ...   <h4>Tea or coffee?</h4><p>Which one do you drink in the morning?</p></div></div>
    ... <div class="m" id="m12"><p><b>bob</b> <span>18.11.2026 09:15</span></p><div class="text">
    ...   <h4>Re: Tea or coffee?</h4><p><a href="#m11">&gt;&gt;11</a> Green tea, always.</p></div></div>
    ... </body>'''
    >>> posts = [r for r in parse_page(page).records if r.kind == "post"]
    >>> [(p.body, p.quotes) for p in posts]
    [('Which one do you drink in the morning?', []), ('Green tea, always.', ['ann'])]
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from parsers.board_refs import board_lines, board_quotes
from parsers.cldr_dates import page_day_words
from parsers.date_slots import slot_dates
from parsers.dom import Doc, clean
from parsers.file_boxes import file_boxes
from parsers.name_heads import name_heads
from parsers.named_boxes import named_boxes
from parsers.note_lines import note_line
from parsers.post_columns import (
    first_line,
    named_quote,
    subject_lines,
)
from parsers.post_dates import post_date
from parsers.post_name_column import signature
from parsers.post_notes import edit_notes
from parsers.post_parts import LABEL_LINE_RE, WORDY_RE, panel_like
from parsers.post_quotes import repeated_quotes
from parsers.post_signatures import repeated_signatures
from parsers.poster_panels import join_dated, poster_panel
from parsers.poster_signatures import poster_signatures
from parsers.poster_stats import stat_columns
from parsers.records import Author, Post
from parsers.repeated_controls import repeated_counts, repeated_links
from parsers.thread_records import text_without
from parsers.thread_title import thread_title
from parsers.typed_rule_tail import typed_rule_cut

__all__ = ["PostRead", "frame_texts", "mend_posts"]


@dataclass
class PostRead:
    """What reading one post found: its block, the element its words were read from and what
    was left out of them, its quotes' elements, each with the name it quotes (None: unknown),
    its author's element and its date's."""

    block: Any
    container: Any
    drop: set[Any]
    quoted: set[Any]
    entries: list[tuple[Any, str | None]]
    author: Any
    date: Any


def frame_texts(block: Any, container: Any, quoted: set[Any], author: Any, date: Any) -> list[str]:
    """Short texts of a post's frame that are neither its words, its quotes, its author nor its
    date ("<span class=subject>Shelves for the balcony</span>" beside the name): the post's
    subject when it has one."""
    skip = set(container.iter()) if container is not block else set()
    skip |= quoted
    if author is not None:
        skip |= set(author.iter()) | set(author.iterancestors())
    if date is not None:  # the line the date is read from may hold the subject too
        skip |= {date, *date.iterancestors()}
    out = []
    for el in block.iter():
        if not isinstance(el.tag, str) or el in skip or len(el):
            continue
        text = clean(el.text or "")
        if 4 <= len(text) <= 150:
            out.append(text)
    return out


def _order(block: Any) -> dict[Any, int]:
    return {el: i for i, el in enumerate(block.iter())}


def mend_posts(
    doc: Doc, posts: list[Post], reads: list[PostRead], authors: dict[str, Author], now: str | None = None
) -> dict[str, Author]:
    """Mends ``posts`` (read from ``reads``, one each) in place and returns ``authors`` with the
    post counts of the authors' column and join days of the authors' columns
    (:func:`parsers.poster_stats.stat_columns`)."""
    changed = [False] * len(posts)
    for i in [*_past_panels(posts, reads, now), *_posters_days(posts, reads, now)]:
        changed[i] = True
    # Still plainly misdated: dated at the one place every post shows its own date, in any words
    # (its words of days read so in an edit note too).
    slotted, day_words = slot_dates(posts, reads, now)
    with page_day_words(day_words):
        for i, (date, el) in slotted.items():
            posts[i].posted_at, reads[i].date = date, el
            _drop_date_line(reads[i], el, now, {p.author for p in posts if p.author})
            changed[i] = True
    # A post dated by its poster's join day where its siblings show theirs too: dated where they are.
    for i, (date, el) in join_dated([r.block for r in reads], [r.date for r in reads],
                                    [r.quoted for r in reads], now).items():
        r = reads[i]
        posts[i].posted_at, r.date = date, el
        r.drop = r.drop | set(el.iter())
        if r.container is r.block:
            r.drop = r.drop | poster_panel(r.block, r.author, el, r.drop)
        changed[i] = True
    # Subject lines: the thread's title is looked up only when a post opens with a line.
    lines = [first_line(r.container, r.drop) for r in reads]
    if sum(1 for line in lines if line is not None) >= 2:
        subjects = subject_lines(lines, thread_title(doc))
        for i in subjects:
            reads[i].drop = reads[i].drop | set(lines[i].iter())
            changed[i] = True
    # Number links to other posts of the page: quotes of their authors; greentext lines, quotes.
    for i in board_quotes(posts, reads):
        changed[i] = True
    # Reply previews: a link holding another post's first words, to that post's own address.
    for i, j, a in _reply_previews(reads):
        if posts[j].author:
            reads[i].entries.append((a, posts[j].author))
            reads[i].drop = reads[i].drop | set(a.iter())
            changed[i] = True
    # Boxes repeating an earlier post's line word for word: quotes of it.
    for i, box, poster in repeated_quotes([p.body for p in posts], [p.author for p in posts],
                                          [r.container for r in reads], [r.drop | r.quoted for r in reads]):
        reads[i].entries.append((box, poster))
        reads[i].drop = reads[i].drop | set(box.iter())
        changed[i] = True
    # Quotes whose first line names a poster of the page.
    names = list(dict.fromkeys(p.author for p in posts if p.author))
    for i, r in enumerate(reads):
        for k, (q, name) in enumerate(r.entries):
            # A head no reader took apart, or took for words no poster of the page is named.
            if (name is None or name not in names) and (named := named_quote(q, names)):
                r.entries[k] = (q, named)
                changed[i] = True
    # A poster's name alone just over a quote's box: the quote's head.
    for i, r in enumerate(reads):
        for k, named, head in name_heads(r.entries, r.quoted, names):
            r.entries[k] = (r.entries[k][0], named)
            r.drop, changed[i] = r.drop | set(head.iter()), True
    # Boxes no reader took for quotes whose head line names a poster ("mbada77 akanyora:").
    for i, r in enumerate(reads):
        for box, named in named_boxes(r.container, r.drop | r.quoted, names, (r.author, r.date)):
            r.entries.append((box, named))
            r.drop = r.drop | set(box.iter())
            r.quoted = r.quoted | set(box.iter())
            changed[i] = True
    # Closing parts a poster repeats word for word (a signature in a class of the board's own
    # language): the frame of every post, and an edit note above one is then the last part.
    sigs = repeated_signatures([p.author for p in posts], [r.container for r in reads],
                               [r.drop | r.quoted for r in reads])
    _drop_closing(reads, sigs, changed, now, names)
    # Closing parts of a kind that closes some posters' posts only, each poster's alike.
    _drop_closing(reads, poster_signatures([p.author for p in posts], [r.container for r in reads],
                                           [r.drop | r.quoted for r in reads]), changed, now, names)
    # A short link every post shows alone in a box of its own, in the same words ("Denunciar a un
    # moderador"): a control on each post, their frame, not their words; an edit note above the
    # controls is then the last part.
    _drop_closing(reads, repeated_links([r.container for r in reads], [r.drop | r.quoted for r in reads]),
                  changed, now, names)
    # A bare number every post shows apart from its words, among its controls (a like counter).
    counters = repeated_counts([r.container for r in reads], [r.drop | r.quoted for r in reads])
    for i, r in enumerate(reads):
        if counters[i]:
            r.drop = r.drop | counters[i]
            changed[i] = True
    for i, r in enumerate(reads):  # the box of files attached below the words: no words
        if files := file_boxes(r.container, r.drop | r.quoted):
            r.drop, changed[i] = r.drop | files, True
    for i, r in enumerate(reads):
        if not changed[i]:
            continue
        order = _order(r.block)
        posts[i].quotes = [n for _, n in sorted(r.entries, key=lambda e: order.get(e[0], 0)) if n]
        posts[i].body = text_without(r.container, r.drop) or None
    board_lines(posts, reads)  # references and greentext written as plain text
    for post, r in zip(posts, reads, strict=True):
        post.body = typed_rule_cut(post.body, r.container)  # a signature under "-----" in loose text
        post.body = note_line(post.body, now, names)  # an edit note run into the words' last line
    return _with_counts(posts, reads, authors)


def _drop_closing(reads: list[PostRead], parts: list[set[Any]], changed: list[bool], now: str | None,
                  names: Collection[str]) -> None:
    """Drop each post's closing ``parts`` (a repeated signature, repeated controls) and the edit
    note that stands last once they are gone."""
    for i, r in enumerate(reads):
        if parts[i]:
            r.drop = r.drop | parts[i] | edit_notes(r.container, r.drop | parts[i] | r.quoted, now, names)
            changed[i] = True


def _past_panels(posts: list[Post], reads: list[PostRead], now: str | None) -> list[int]:
    """Posts dated by their poster's panel: when every post's date was read from a labelled line
    of a panel of "Label: value" lines or a definition list (the member's join day under a label
    no reader knows, "Anëtarësuar: 03.04.2022", "<dt>Reģistrējies</dt><dd>03.04.2022</dd>"), and
    every block shows a later date outside it and outside the post's words (an edit note's date
    is no post's), that is the post's date; its line leaves the words. The indexes re-dated."""
    panels = []
    for r in reads:
        el = r.date
        if el is None or not _labelled_line(el):
            return []
        while el is not None and el is not r.block and el.tag != "dl" and not panel_like(el):
            el = el.getparent()
        if el is None or el is r.block:
            return []
        panels.append(el)
    later = []
    for post, r, panel in zip(posts, reads, panels, strict=True):
        words = set(r.container.iter()) if r.container is not r.block else set()
        date, el = post_date(r.block, r.quoted | words | set(panel.iter()), now)
        if date is None or not post.posted_at or date <= post.posted_at:
            return []
        later.append((date, el))
    posters = {p.author for p in posts if p.author}
    for post, r, (date, el) in zip(posts, reads, later, strict=True):
        post.posted_at, r.date = date, el
        _drop_date_line(r, el, now, posters)
    return list(range(len(posts)))


def _posters_days(posts: list[Post], reads: list[PostRead], now: str | None) -> list[int]:
    """Posts dated by a day their posters' panels show, under a label no reader knows or from a
    script's data attribute ("Аъзо аз: <abbr data-timestamp=..>"): when the posts' dates were all
    read at one place of their blocks, a poster's posts there are dated alike, and every block
    shows a later date elsewhere (outside that place and the quotes) that differs between that
    poster's posts, the later one is each post's date; its line leaves the words. The indexes of
    the posts re-dated."""
    seen: set[tuple[str, str]] = set()
    twice = set()
    for post in posts:
        if post.author and post.posted_at:
            if (post.author, post.posted_at) in seen:
                twice.add(post.author)
            seen.add((post.author, post.posted_at))
    if not twice or any(r.date is None for r in reads):
        return []
    if len({signature(r.date, r.block) for r in reads}) != 1 or any(
        len({p.posted_at for p in posts if p.author == name}) != 1 for name in twice
    ):
        return []
    later = []
    for post, r in zip(posts, reads, strict=True):
        panel = {r.date, *r.date.iter(), *r.date.iterancestors()}
        date, el = post_date(r.block, r.quoted | panel, now)
        if date is None or not post.posted_at or date <= post.posted_at:
            return []
        later.append((date, el))
    for name in twice:
        if len({d for p, (d, _) in zip(posts, later, strict=True) if p.author == name}) < 2:
            return []  # as alike as before: no poster's day
    posters = {p.author for p in posts if p.author}
    for post, r, (date, el) in zip(posts, reads, later, strict=True):
        post.posted_at, r.date = date, el
        _drop_date_line(r, el, now, posters)
    return list(range(len(posts)))


def _drop_date_line(r: PostRead, el: Any, now: str | None, posters: set[str]) -> None:
    """A post's date line ``el`` found after its words were read leaves them, when inside them."""
    if r.container in set(el.iterancestors()) and len(clean(el.text_content())) <= 80:
        line = el  # the date's line, its label with it ("Sent on <span>DATE</span>")
        while (up := line.getparent()) is not r.container and len(clean(up.text_content())) <= 80 \
                and not any(isinstance(c.tag, str) and c is not line and WORDY_RE.search(c.text_content())
                            for c in up):
            line = up
        r.drop = r.drop | set(line.iter())
        # The words' part is found again without the date's line: an edit note ends it.
        r.drop = r.drop | edit_notes(r.container, r.drop | r.quoted, now, posters)


def _labelled_line(el: Any) -> bool:
    """Whether an element shows a value under a label: a "Label: value" line, a panel of such
    lines, or a value after its label's element ("<dt>Label</dt><dd>value</dd>")."""
    if LABEL_LINE_RE.match(clean(el.text_content())) or panel_like(el):
        return True
    before = el.getprevious()
    label = clean(before.text_content()) if before is not None and isinstance(before.tag, str) else ""
    return 0 < len(label) <= 30 and not any(c.isdigit() for c in label)


_HREF_NUMBER_RE = re.compile(r"\d+")
_WORDS_RE = re.compile(r"[^\W\d_]{2,}")


def _permalink(date: Any) -> str | None:
    """The address of a post shown as its date: the link that is, or holds, the post's date."""
    if date is None:
        return None
    for el in (date, *date.iterancestors("a")):
        if el.tag == "a" and (href := (el.get("href") or "").strip()) and not href.startswith("#"):
            return href
    return None


def _reply_previews(reads: list[PostRead]) -> list[tuple[int, int, Any]]:
    """(reply, replied, link): a link in a post to another post's own address (the link its
    date is shown in) that holds words of that post, as chat channels and social sites show the
    message replied to above the reply: a quote of its author."""
    owner: dict[str, int | None] = {}
    for i, r in enumerate(reads):
        href = _permalink(r.date)
        if href:
            owner[href] = i if owner.get(href, i) == i else None
    if len(owner) < 2:
        return []
    out = []
    for i, r in enumerate(reads):
        for a in r.block.iter("a"):
            j = owner.get((a.get("href") or "").strip())
            if j is None or j == i or a in r.drop or a in r.quoted or a is r.author:
                continue
            if r.date is not None and (a is r.date or a in set(r.date.iterancestors())):
                continue
            if len(_WORDS_RE.findall(a.text_content())) >= 3:
                out.append((i, j, a))
    return out


def _with_counts(posts: list[Post], reads: list[PostRead], authors: dict[str, Author]) -> dict[str, Author]:
    names = [p.author for p in posts]
    if all(n is None or (n in authors and authors[n].post_count is not None and authors[n].joined)
           for n in names):
        return authors
    skips = [(set(r.container.iter()) if r.container is not r.block else set()) | r.quoted for r in reads]
    ids = [set(_HREF_NUMBER_RE.findall(r.author.get("href") or "")) for r in reads]
    counts, joins = stat_columns([r.block for r in reads], names, skips, [r.author for r in reads],
                                 [r.container for r in reads], ids, [p.posted_at for p in posts])
    if not counts and not joins:
        return authors
    out: dict[str, Author] = {}
    for name in names:
        if not name or name in out:
            continue
        author = authors.get(name) or Author(name=name)
        if author.post_count is None and name in counts:
            author.post_count = counts[name]
        if author.joined is None and name in joins:
            author.joined = joins[name]
        if author.post_count is not None or author.joined or name in authors:
            out[name] = author
    return out
