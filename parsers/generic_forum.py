"""Forum pages of engines nobody wrote selectors for: posts, topic lists and member profiles.

Posts are repeated sibling blocks that each hold a link to a member and a date (or the nested
comments of a Reddit-like tree, :mod:`parsers.comment_tree`); topic lists are repeated rows that
each hold a link to a thread; a member profile is a member page with labelled post count and join
date. All three rely on link conventions shared by forum software (``/u/name``, ``/members/x.1/``,
``viewtopic.php``, ``/threads/``...), not on one site's classes; a member link at an address no
convention knows is found in the element classed as the post's author ("author-name"). Member
links are found by :mod:`parsers.forum_members`, the posts' blocks by :mod:`parsers.post_blocks`,
a post's words and date by :mod:`parsers.post_parts`, a thread's title by
:mod:`parsers.thread_title`.

    >>> from parsers.dom import load
    >>> from parsers.generic_forum import generic_thread
    >>> html = b'''<h2>Tea talk</h2><div class="c"><a href="/u/ann">/u/ann</a> <span>2 days ago</span>
    ...   <div class="body">Hello</div></div><div class="c"><a href="/u/bob">bob</a> <span>1 day ago</span>
    ...   <div class="quote">&gt; Hello (u/ann)</div><div class="body">Hi</div></div>'''
    >>> recs = generic_thread(load(html, url="http://f.onion/post/1/"), now="2026-11-20T12:00:00Z")
    >>> [(r.kind, getattr(r, "author", None), getattr(r, "quotes", None)) for r in recs]
    [('thread', 'ann', None), ('post', 'ann', []), ('post', 'bob', ['ann'])]
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from parsers.comment_tree import comment_tree
from parsers.dates import parse_date
from parsers.dom import Doc, clean
from parsers.forum_members import href_count, member_links, member_name, user_links
from parsers.head_runs import head_runs
from parsers.labels import LABELS, find_label, iter_labels
from parsers.nested_messages import nested_messages
from parsers.post_blocks import (
    comment_trees,
    opening_post,
    repeated_blocks,
    row_runs,
    unwrap_rows,
    with_replies,
    wrapped_replies,
)
from parsers.post_comments import post_comments
from parsers.post_gates import index_rows
from parsers.post_parts import WORDY_RE, post_body
from parsers.post_read import THREAD_HREF_RE, read_posts
from parsers.post_split import split_containers
from parsers.prices import parse_number
from parsers.quotes import quote_author
from parsers.records import Author, Post, Thread
from parsers.table_rows import whole_table
from parsers.thread_records import post_links, text_without, thread_records
from parsers.thread_title import thread_title

__all__ = [
    "THREAD_HREF_RE", "generic_profile", "generic_thread", "generic_topics", "headed_thread",
    "posts_outweigh_topics",
]


_PROFILE_HEAD_RE = re.compile(r"^(?:/?u/|@)?(?P<n>[^\s/]{2,40})$")


def generic_thread(
    doc: Doc, *, now: str | None = None, min_posts: int = 2, holders: list[Any] | None = None,
    undated: bool = False,
) -> list[Any]:
    """Thread, Post and Author records from repeated member-link-and-date blocks; [] when none.
    ``holders``: the elements naming each post's author when found otherwise than by member links
    (:func:`parsers.post_names.aligned_names`); ``undated``: the posts show no date (aligned on
    their authors' panels), each read without one."""
    body_el = doc.root.find("body")
    root = body_el if body_el is not None else doc.root
    links = member_links(doc, root, min_posts) if holders is None else holders
    if len(links) < min_posts:
        return []
    members = set(links)  # every block, reply and quote below lies under root
    blocks = split_containers(repeated_blocks(links, root, min_posts, wordy=True), links)
    if index_rows(blocks, now):
        return []  # a board's rows, each with its last poster's link and date, are no posts
    opening = opening_post(links, blocks)
    blocks = nested_messages(comment_trees(blocks, members), members, now)  # a threaded list's messages
    if opening is not None:
        blocks = [opening, *blocks]
    blocks, replies_of = with_replies(blocks, members)
    wrapped_replies(opening, blocks, replies_of)
    # Comments under a post's words (a question's and its answers'): posts of their own.
    blocks, replies_of, commenters = post_comments(blocks, replies_of, members, now)
    members |= commenters
    heads: list[str] = []  # the first post's frame texts: its subject, when it shows one
    own_blocks = blocks  # the blocks around the member links, whatever is tried after them
    # A page that wraps each post's rows in a table or tbody of their own: each a run of rows.
    own_rows = all(_row_count(b) >= 2 for b in blocks)
    posts, authors = read_posts(doc, blocks, replies_of, members, now, rows=own_rows, heads=heads,
                                undated=undated)
    if posts and (_spans_rows(blocks) or _words_below(blocks, members)):
        # Rows whose poster's cell spans the rows below (rowspan), or header rows of a name and
        # a date over rows of words: the words are in those rows, and each post is its run of rows.
        spans = row_runs(links, min_posts)
        span_heads: list[str] = []
        found = read_posts(doc, spans, {}, members, now, rows=True, heads=span_heads) if spans else ([], {})
        if len(found[0]) >= len(posts):
            (posts, authors), heads = found, span_heads
        else:
            unwrap_rows(spans)
    if len(posts) < max(min_posts, 2 if opening is not None else 1):
        # No repeated blocks made posts (a sidebar's list of moderators is repeated, undated): a
        # comment tree whose replies lie inside their parents (one top-level comment and its
        # reply are no siblings), after its opening post, when it makes more posts.
        tree, tree_replies = comment_tree(links, root, min_posts)
        if tree:
            opening = opening_post(links, tree)
            blocks = [opening, *tree] if opening is not None else tree
            wrapped_replies(opening, blocks, tree_replies)
            tree_heads: list[str] = []
            found = read_posts(doc, blocks, tree_replies, members, now, heads=tree_heads)
            if len(found[0]) > len(posts):
                (posts, authors), heads = found, tree_heads
    if len(posts) < min_posts:
        # Posts as runs of table rows (name and date in one row, the words in the next): each
        # run wrapped as one block, the wrapping undone when they make no posts either.
        runs = row_runs(links, min_posts)
        run_heads: list[str] = []
        found = read_posts(doc, runs, {}, members, now, rows=True, heads=run_heads) if runs else ([], {})
        if len(found[0]) > len(posts):
            (posts, authors), heads = found, run_heads
        else:
            unwrap_rows(runs)
    if len(posts) < min_posts and holders is None and (runs := head_runs(own_blocks, members)):
        # Each post's head a line of its own, its panel and words the siblings after it.
        run_heads = []
        found = read_posts(doc, runs, {}, members, now, heads=run_heads)
        if len(found[0]) > len(posts):
            (posts, authors), heads = found, run_heads
        else:
            unwrap_rows(runs)
    if len(posts) < min_posts:
        return []
    return thread_records(doc, thread_title(doc, heads), posts, list(authors.values()))


def _row_count(block: Any) -> int:
    """How many rows a table or tbody holds of its own (0 for any other element)."""
    if block.tag not in ("table", "tbody"):
        return 0
    return sum(1 if el.tag == "tr" else sum(1 for _ in el.iterchildren("tr"))
               for el in block.iterchildren("tr", "tbody", "thead", "tfoot"))


def _spans_rows(blocks: list[Any]) -> bool:
    """Whether the blocks are table rows each with a cell spanning the rows below it."""
    return all(b.tag == "tr" and any((td.get("rowspan") or "1").strip() not in ("", "1") for td in b)
               for b in blocks)


def _words_below(blocks: list[Any], members: set[Any]) -> bool:
    """Whether the blocks are table rows each followed by a row that names no member and says
    more than it (a header row of the poster's name, the date and buttons over the row of the
    user panel and the words)."""
    for block in blocks:
        below = block.getnext()
        if block.tag != "tr" or below is None or below.tag != "tr" \
                or any(el in members for el in below.iter()):
            return False
        if len(WORDY_RE.findall(below.text_content())) <= len(WORDY_RE.findall(block.text_content())):
            return False
    return bool(blocks)


_HANDLE_RE = re.compile(r"^@?[^\s@]{2,40}$")


def headed_thread(doc: Doc, *, min_posts: int = 2) -> list[Any]:
    """Thread and Post records from posts shown as a bare name heading over a body element, with
    no member link and no date: the server-rendered fallback of a JavaScript board (Flarum's
    ``<noscript>`` view: "<div><h3>ann</h3><div class=Post-body>...</div></div>"); [] otherwise."""
    body_el = doc.root.find("body")
    root = body_el if body_el is not None else doc.root
    heads = [
        h for h in root.iter("h2", "h3", "h4", "h5")
        if _HANDLE_RE.match(clean(h.text_content())) and not any(a.get("href") for a in h.iter("a"))
    ]
    if len(heads) < min_posts:
        return []
    blocks = repeated_blocks(heads, root, min_posts)
    if len(blocks) < min_posts:
        return []
    owned = set(heads)
    posts: list[Post] = []
    for block in blocks:
        mine = [h for h in block.iter("h2", "h3", "h4", "h5") if h in owned]
        if len(mine) != 1:
            return []  # one name per post, or these are not posts
        body = post_body(block, set(), (mine[0],))
        if body is None or body is block or mine[0] in set(body.iter()):
            return []
        quotes = [q for q in body.iter("blockquote") if q is not body]
        quote_ids: set[Any] = set()
        for q in quotes:
            quote_ids |= set(q.iter())
        text = text_without(body, quote_ids)
        if len(text.split()) < 3:
            return []
        names = [quote_author(q) for q in quotes if not any(a in quote_ids for a in q.iterancestors())]
        posts.append(
            Post(
                author=member_name(mine[0].text_content()),
                posted_at=None,
                index=len(posts),
                body=text,
                quotes=[n for n in names if n],
                links=post_links(doc, body, quote_ids),
            )
        )
    return thread_records(doc, thread_title(doc), posts, [])


_POST_NUMBER_RE = re.compile(r"^(?:#|№|no\.?\s*)?\d+$", re.IGNORECASE)


def _topic_link(doc: Doc, a: Any) -> bool:
    """A link to a thread with a title: not a post number ("#1207", "12"), nor a permalink to a
    post of this very page ("/topic/x/#post-1207" on /topic/x/), which a thread page shows once
    per post."""
    href = a.get("href") or ""
    if not THREAD_HREF_RE.search(href):
        return False
    text = clean(a.text_content())
    if len(text) < 3 or _POST_NUMBER_RE.match(text):
        return False
    # A post's permalink shown as its day and time ("17-Ноя-26 21:30 | #1"): no topic's title.
    if len(text) <= 40 and text[:1].isdigit() and len(parse_date(text) or "") >= 16:
        return False
    if "#" in href and doc.url:
        return doc.absolute(href).split("#")[0] != doc.url.split("#")[0]
    return True


def _board_row(row: Any, topic: Any) -> bool:
    """Whether a row is a board's, its topic link only the board's last post ("Re: ..."): the
    row opens with a titled link to a board's address, or to any page that is no thread's nor a
    member's, before any topic link. A topic list's row opens with its topic's title, whatever it
    links after it (its board, its last post)."""
    members = set(user_links(row))
    for a in row.iter("a"):
        if a is topic:
            return False
        href = a.get("href") or ""
        if len(clean(a.text_content())) >= 3 and a not in members and not THREAD_HREF_RE.search(href) \
                and not href.startswith(("#", "javascript:")):
            return True
    return False


def generic_topics(doc: Doc, *, min_topics: int = 2) -> list[Thread]:
    """Thread records of a topic list: repeated rows that each link to a thread."""
    body_el = doc.root.find("body")
    root = body_el if body_el is not None else doc.root
    if not href_count(doc, THREAD_HREF_RE, 1):
        return []
    links = [a for a in root.iter("a") if _topic_link(doc, a)]
    if not links:
        return []
    if len(links) == 1:
        # The last page of a board may hold one topic: accept it when its row names a member.
        row = links[0].getparent()
        for _ in range(4):
            if row is None or user_links(row):
                break
            row = row.getparent()
        rows = [row] if row is not None and user_links(row) else []
    elif len(links) < min_topics:
        return []
    else:
        rows = whole_table(repeated_blocks(links, root, min_topics), links)
    board = None
    for tag in ("h1", "h2"):
        for h in root.iter(tag):
            board = clean(h.text_content()) or None
            break
        if board:
            break
    out = []
    for row in rows:
        tlinks = [a for a in row.iter("a") if _topic_link(doc, a)]
        if not tlinks or _board_row(row, tlinks[0]):
            continue
        link = max(tlinks[:3], key=lambda a: len(clean(a.text_content())))
        users = user_links(row)
        out.append(
            Thread(
                title=clean(link.text_content()),
                board=board,
                author=member_name(users[0].text_content()) if users else None,
                thread_url=doc.absolute(link.get("href")),
            )
        )
    if len(out) >= 2 and 2 * max(Counter(t.title for t in out).values()) > len(out):
        # One title on most rows ("Report to a moderator", "Reply"): a link each post repeats
        # to an action on it, no list of topics (a list's topics are told apart by their titles).
        return []
    return out if len(out) >= min(min_topics, len(links)) else []


#: The words a post's body holds at the least, on average, to be a post and not a row's title.
_MIN_POST_WORDS = 6


def posts_outweigh_topics(records: list[Any], topics: list[Any]) -> bool:
    """Whether the posts of ``records`` (the page read as a thread, by structure) outweigh
    ``topics`` (the same page read as a topic list). A topic list's rows are short linked
    titles; a thread's posts each hold words of their own, and a thread may link a few other
    threads too (its tags, related topics): more posts than topics, every post with words, and
    on average a few sentences' worth, make it a thread.

    >>> posts = [Post(author=n, body="a few words of this post's own, said at length") for n in "ab"]
    >>> posts_outweigh_topics(posts, [Thread(title="Tea")]), posts_outweigh_topics(posts, [Thread()] * 2)
    (True, False)
    """
    posts = [r for r in records if isinstance(r, Post)]
    if len(posts) < 2 or len(posts) <= len(topics):
        return False
    counts = [len(WORDY_RE.findall(p.body or "")) for p in posts]
    return min(counts) > 0 and sum(counts) >= _MIN_POST_WORDS * len(posts)


def generic_profile(doc: Doc, *, now: str | None = None) -> Author | None:
    """The member shown on a forum profile page (labelled post count and join date), or None."""
    # Lines of 120 characters and more are prose, not labels (filtered in the lookup: the page's
    # own lines are indexed once for every extractor).
    pc = find_label(doc.head_lines, LABELS["posts"], max_line=119)
    number = parse_number(pc) if pc and re.match(r"^\s*\d", pc) else None
    if number is None:
        return None  # most pages: the join date is not looked up
    jn = find_label(doc.head_lines, LABELS["member_since"], max_line=119)
    joined = parse_date(jn, now) if jn else None
    if joined is None:
        return None
    # A profile shows one member's join date; a thread's author panels show one each.
    joins = {parse_date(v, now) for _, v in iter_labels(doc.head_lines, LABELS["member_since"], max_line=119)}
    if len(joins - {None}) > 1:
        return None
    name = _profile_name(doc)
    if name is None:
        return None
    return Author(name=name, post_count=int(number), joined=joined, url=doc.url)


def _profile_name(doc: Doc) -> str | None:
    """The member a profile page's headings name: the first heading naming one, unless a later
    one names the member the page's title names too ("kohaku_neko さんのプロフィール"), when an
    earlier heading is a section's one word ("<h3>署名</h3>", the signature's box)."""
    names: list[str] = []
    for tag in ("h1", "h2", "h3"):
        for h in doc.root.iter(tag):
            text = clean(h.text_content())
            match = re.search(
                r"(?:profile|профиль|profil|perfil)\s*(?:of|de|von|:|-|–)?\s*(\S+)$", text, re.IGNORECASE
            )
            name = None
            if match:
                name = member_name(match.group(1))
            elif _PROFILE_HEAD_RE.match(text):
                name = member_name(text)
            elif (tail := re.search(r"[:\-–—]\s*(?P<n>[^\s:]{2,40})$", text)) and len(text) < 80:
                name = member_name(tail["n"])  # "Viewing profile - ann", "Пользователи: ann"
            elif len(h) and _PROFILE_HEAD_RE.match(own := clean(h.text or "")):
                name = member_name(own)  # the name before its rank's badge ("ann <span>常連さん</span>")
            if name:
                names.append(name)
    if not names:
        return None
    title = doc.title.casefold()
    titled = [n for n in names if re.search(rf"(?<!\w){re.escape(n.casefold())}(?!\w)", title)]
    return titled[0] if titled else names[0]
