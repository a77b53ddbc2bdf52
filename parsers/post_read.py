"""A forum post's record read from its block: its author, date, words, quotes and the author's
statistics, once :mod:`parsers.post_blocks` has found the posts' blocks.

    >>> from parsers.dom import load
    >>> from parsers.post_read import read_posts
    >>> doc = load(b'<body><div class="p"><a href="/u/ann">ann</a> <span>17.11.2026 18:40</span>'
    ...            b'<div class="body">Green or black tea today?</div></div></body>')
    >>> block = doc.root.find(".//div")
    >>> posts, _ = read_posts(doc, [block], {}, set(block.iter("a")), None)
    >>> posts[0].author, posts[0].posted_at, posts[0].body
    ('ann', '2026-11-17T18:40:00', 'Green or black tea today?')
"""

from __future__ import annotations

import re
from typing import Any

from parsers.body_byline import inner_byline
from parsers.dated_elements import join_elements
from parsers.dates import parse_date
from parsers.dom import Doc, clean
from parsers.edit_dates import dated_above
from parsers.forum_members import member_name, post_author_link, shown_name, user_links
from parsers.forums import POSTS_INLINE_RE
from parsers.labels import LABELS, find_label, iter_labels
from parsers.lone_parts import lone_parts
from parsers.mail_quotes import without_signature
from parsers.post_columns import date_column, date_path
from parsers.post_dates import post_date, titled_join
from parsers.post_mend import PostRead, frame_texts, mend_posts
from parsers.post_notes import edit_notes
from parsers.post_parts import (
    QUOTE_CLASS_RE,
    SIG_CLASS_RE,
    WORDY_RE,
    body_frame,
    hidden_box,
    post_body,
    post_cell,
    wordiest_part,
)
from parsers.poster_panels import own_permalinks, panel_dated, poster_panel, side_panel
from parsers.prices import parse_number
from parsers.quotes import attributed_quote, quote_author, quote_heads
from parsers.records import Author, Post
from parsers.repeated_controls import repeated_controls
from parsers.reply_to import mark_replies
from parsers.stat_pieces import labelled_pieces, stat_boxes
from parsers.thread_records import post_links, text_without
from parsers.tooltip_counts import tooltip_count

__all__ = ["THREAD_HREF_RE", "read_posts"]


THREAD_HREF_RE = re.compile(
    r"viewtopic\.php|showthread\.php|/threads?/[^/?#]+|/topic/[^/?#]+|/t/[^/?#]+|/post/[^/?#]+|/Thread-|"
    r"[?&]topic=\d|/comments/[^/?#]+|/discussion/[^/?#]+",
    re.IGNORECASE,
)

_META_CLASS_RE = re.compile(
    r"meta|info|header|author|user|time|date|signature|footer|controls|actions", re.IGNORECASE
)
_FILLER_RE = re.compile(r"[\d\s:.,/()#-]+")


def read_posts(
    doc: Doc, blocks: list[Any], replies_of: dict[Any, list[Any]], members: set[Any], now: str | None,
    rows: bool = False, heads: list[str] | None = None, undated: bool = False,
    dated: dict[Any, Any] | None = None,
) -> tuple[list[Post], dict[str, Author]]:
    """The posts of ``blocks`` that name a member and a date, and the authors whose statistics
    their blocks show. ``rows``: the blocks are runs of table rows (:func:`row_runs`). ``heads``,
    when given, gains the short texts of the first post's frame (its subject shown beside its
    author's name), for :func:`parsers.thread_title.thread_title`. ``undated``: the page's posts
    show no date (they were aligned on their authors' panels), and each is a post without one.
    ``dated``: the element showing each block's date, where its reader knows it (the column of
    the posts' dates, not a join date shown before it in the poster's panel)."""
    posts: list[Post] = []
    authors: dict[str, Author] = {}
    reads: list[PostRead] = []
    date_paths: dict[Any, Any] = {}
    posters: set[str] | None = None  # the names members show, for an edit note naming one
    controls: set[str] | None = None  # the words of a thread link most blocks repeat
    # Rows of a topic list, each opening with its title linking the topic: no posts. One such
    # block is a submission's opening post (its title links the story or the page itself).
    titled = {block for block in blocks if _titled_row(doc, block, members)}
    if len(titled) < 2 or 2 * len(titled) < len(blocks):
        titled = set()
    for block in blocks:
        if block in titled:
            continue
        # Replies nested in this block are posts of their own, not part of this one.
        replies: set[Any] = set()
        for reply in replies_of.get(block, ()):
            replies |= set(reply.iter())
        # Elements around the nested replies (a submission's "section.comments") are no body.
        wrappers = {anc for reply in replies_of.get(block, ()) for anc in reply.iterancestors()}
        users = [a for a in user_links(block, members) if a not in replies]
        if not users:
            continue
        quotes = [
            el
            for el in block.iter()
            if isinstance(el.tag, str)
            and el is not block
            and el not in replies
            and (
                el.tag == "blockquote" or QUOTE_CLASS_RE.search(el.get("class") or "") or attributed_quote(el)
            )
        ]
        # Sets of elements (not id()): lxml proxies are recycled once unreferenced.
        quote_ids: set[Any] = set(replies)
        # A quote the page hides (the post's own words kept for a quote button's script, in
        # "display: none") is read by no one: neither a quote nor words.
        hidden = {box for q in quotes if (box := hidden_box(q, block)) is not None}
        for box in hidden:
            quote_ids |= set(box.iter())
        quotes = [q for q in quotes if q not in quote_ids]
        for q in quotes:
            quote_ids |= set(q.iter())
        author_link = post_author_link([a for a in users if a not in quote_ids])
        if author_link is None:
            continue
        # "@ann said in <a>Topic</a>:" written before a Markdown blockquote belongs to it.
        said = quote_heads([q for q in quotes if not any(anc in quote_ids for anc in q.iterancestors())])
        for head, _ in said.values():
            quote_ids |= set(head.iter())
        shown = dated.get(block) if dated else None
        date, date_el = post_date(shown if shown is not None else block, quote_ids, now)
        if date_el is not None and author_link in set(date_el.iter()) and date_el is not block:
            # A date read from the poster's whole panel (name, rank, "Joined: ..."): the join
            # day, when the block shows a date outside the panel.
            outside = panel_dated(shown if shown is not None else block, date_el, author_link, quote_ids, now)
            if outside is not None:
                date, date_el = outside
                date_paths[block] = date_path(date_el, block)  # where its undated siblings' dates are
        if date is None:
            # A post's header row shown as the sibling just before it (bbPress: date and
            # permalink in div.bbp-reply-header, then the author and the text): its date.
            prev = block.getprevious()
            if prev is not None and isinstance(prev.tag, str) and not user_links(prev, members) \
                    and (prev.tag, prev.get("class")) != (block.tag, block.get("class")):
                date, date_el = post_date(prev, quote_ids, now)
        if date is None:
            # Dated where its siblings are, in words no reader knows: a post all the same.
            date_el = date_column(block, blocks, quote_ids, now, date_paths)
            if date_el is None and not undated:
                continue
            if date_el is None:
                # The join date the posts were aligned on: its panel is the post's frame.
                date_el = _panel(block, next(iter(join_elements(block, now)), None))
        # Dates shown beside the post (<time>), its date and its author's link are not its words.
        times = [el for el in block.iter("time") if el not in quote_ids]
        # Every link to the author (the byline's and the user panel's) is the post's frame.
        same = [a for a in users if a not in quote_ids and a.get("href") == author_link.get("href")]
        body = post_body(block, quote_ids | wrappers, (author_link, date_el, *times, *same))
        sigs = {
            el
            for el in block.iter()
            if isinstance(el.tag, str) and SIG_CLASS_RE.search(el.get("class") or "")
        }
        if body is None and block.tag == "tr" and not rows:
            body = post_cell(block, author_link, date_el)
        if body is None and rows:
            # A run of table rows (name and date row, panel and words row, buttons row): its
            # words are the cell that holds most of them, not the run's whole text.
            body = wordiest_part(block, quote_ids, sigs, (author_link, date_el, *times, *same))
        # Dated by the note under the words that its poster changed them: dated above them.
        date, date_el = dated_above(block, body, date, date_el, quote_ids, now, author_link)
        byline: set[Any] = set()
        if body is not None:
            drop = quote_ids | sigs | body_frame(body, date_el, quote_ids | sigs)
            if body in set(author_link.iterancestors()):
                # The poster's name and the date on a line atop the words, in the one box: its
                # links (the poster's, the permalink, "Report") are no more the post's than its words.
                byline = inner_byline(body, author_link, date_el, drop)
                drop |= byline
            if posters is None:
                posters = {n for el in members if (n := member_name(clean(el.text_content())))}
            drop |= edit_notes(body, drop, now, posters)
            text = text_without(body, drop)
        else:
            meta = {
                el
                for el in block.iter()
                if isinstance(el.tag, str)
                and el is not block
                and _META_CLASS_RE.search(el.get("class") or "")
            }
            # Links to threads are a topic list's titles, not a post's words: a block without a
            # body element whose main link is a titled thread link is a topic row. A short link
            # most blocks repeat in the same words ("Report to a moderator" -> /thread/9/report)
            # is a control on each post, their frame: no sign of a topic row.
            tlinks = {a for a in block.iter("a") if THREAD_HREF_RE.search(a.get("href") or "")}
            worded = {t for a in tlinks if WORDY_RE.search(t := clean(a.text_content()).casefold())}
            if worded and controls is None:
                controls = repeated_controls(blocks, THREAD_HREF_RE)
            if worded - (controls or set()):
                continue
            drop = quote_ids | sigs | meta | tlinks | {author_link}
            drop |= _author_panel(block, author_link, date_el)
            # The poster's panel of statistics below the block's parts (a table row's poster
            # cell beside the words' cell) and the post's own number link ("#2").
            drop |= poster_panel(block, author_link, date_el, drop) | own_permalinks(block)
            drop |= side_panel(block, author_link, date_el, drop)  # a panel apart from the name
            drop |= _byline(block, author_link, date_el, drop)
            drop |= _title_before(block, author_link, drop)
            drop |= stat_boxes(block, drop)  # the poster's statistics on a line of their own
            drop |= lone_parts(block, blocks, drop)  # a signature no other post shows
            drop |= body_frame(block, date_el, drop)
            if posters is None:
                posters = {n for el in members if (n := member_name(clean(el.text_content())))}
            drop |= edit_notes(block, drop, now, posters)
            text = text_without(block, drop)
            if len(_FILLER_RE.sub("", text)) < 15:
                # Classes that name neither a body nor a frame ("forumheader3" around both the
                # user panel and the words): the cell holding most of the words, its signature
                # under a rule left out.
                body = wordiest_part(block, quote_ids, sigs, (author_link, date_el, *times, *same))
                if body is None:
                    continue
                drop = quote_ids | sigs
                text = text_without(body, drop)
                if not text:
                    continue
        text = without_signature(text)  # a mail's signature after its "-- " line
        entries: list[tuple[Any, str | None]] = []
        head_els = {head for head, _ in said.values()}
        for q in quotes:
            if q in head_els:
                continue
            if any(anc in quote_ids for anc in q.iterancestors()):
                # A quote's own title bar ("div.quotetitle") is no quote of its own; a quote
                # box inside a quote, its attribution over its words, names whom the quoted
                # post quoted (after the outer quote's member).
                outer = next((anc for anc in q.iterancestors() if anc in quotes), None)
                if (q.tag == "blockquote" or attributed_quote(q)) and (name := quote_author(q)) \
                        and outer is not None and name != quote_author(outer):
                    entries.append((q, member_name(name) or name))
                continue
            name = quote_author(q) or said.get(q, (None, None))[1]
            if name is None:
                match = re.search(
                    r"\(\s*(?:/?u/|@)([\w.-]+)\s*\)|(?:^|\s)(?:/?u/|@)([\w.-]+)", clean(q.text_content())
                )
                name = (match.group(1) or match.group(2)) if match else None
                if name is None:
                    inner = user_links(q, members)
                    name = member_name(inner[0].text_content()) if inner else None
            entries.append((q, (member_name(name) or name) if name else None))
        name = shown_name(author_link)
        posts.append(
            Post(
                author=name,
                posted_at=date,
                index=len(posts),
                body=text or None,
                quotes=[n for _, n in entries if n],
                links=post_links(doc, body if body is not None else block, quote_ids | sigs | byline),
            )
        )
        container = body if body is not None else block
        reads.append(PostRead(block, container, drop, quote_ids, entries, author_link, date_el))
        if heads is not None and len(reads) == 1:
            heads.extend(frame_texts(block, container, quote_ids, author_link, date_el))
        if name and name not in authors:
            lines = [ln for ln in Doc.lines(block) if len(ln) < 80]
            # "(posts 1583, joined 12.4.2015) · date": statistics run into the date's line.
            lines += labelled_pieces(lines)
            # A count written before its word in one cell ("<p>86</p>帖子", "1,412 posts") is
            # unambiguous; a label on a line of its own may have its value before or after it.
            pc = None
            for cell in block.iter("th", "td", "li", "dd", "span", "div", "p"):
                match = POSTS_INLINE_RE.match(clean(cell.text_content())) if len(cell) <= 3 else None
                if match:
                    pc = match.group(1)
                    break
            if pc is None:  # "投稿：2026年11月16日" labels the post's date, no count
                pc = next((v for _, v in iter_labels(lines, LABELS["posts"])
                           if len(parse_date(v, now) or "") < 10), None)
            if pc is None:  # the count alone, its word in its tooltip ("214 mensajes")
                pc = tooltip_count(block)
            jn = find_label(lines, LABELS["member_since"])
            number = parse_number(pc) if pc else None
            joined = (parse_date(jn, now) if jn else None) or (titled_join(block, now) if jn else None)
            # A reputation score ("(215 puntos)", "Reputation: 12") is a shown author statistic
            # too, though no field holds it: the member is recorded by name alone.
            if number is not None or joined or _POINTS_RE.search(" ".join(lines)):
                authors[name] = Author(
                    name=name, post_count=int(number) if number is not None else None, joined=joined
                )
    if posts:
        mark_replies([r.block for r in reads], posts)
        authors = mend_posts(doc, posts, reads, authors, now)
    return posts, authors


def _titled_row(doc: Doc, body: Any, members: set[Any]) -> bool:
    """Whether ``body`` opens with a heading that is wholly a link to another page, as a topic or
    board row's title does ("<h3><a href=thread.php?id=380>Title</a></h3><p>description</p>");
    a post's own subject links to the page it is on, if anywhere, and a heading linking a member
    is the post's author."""
    heading = next((el for el in body.iter("h1", "h2", "h3", "h4", "h5", "h6") if el is not body), None)
    if heading is None or clean(heading.text_content()) != (Doc.lines(body) or [""])[0]:
        return False
    links = [a for a in heading.iter("a") if (a.get("href") or "#")[:1] != "#"]
    if len(links) != 1 or clean(links[0].text_content()) != clean(heading.text_content()):
        return False
    if any(el in members for el in heading.iter()):
        return False  # the heading names the post's author
    target = doc.absolute(links[0].get("href") or "").split("#")[0]
    return target != (doc.url or "").split("#")[0]


# Words an author's panel of statistics shows at the most ("Posts: 148 Joined: 12.03.2019").
_PANEL_WORDS = 8


def _panel(block: Any, el: Any) -> Any:
    """The panel of statistics around ``el`` (a join date) inside ``block``: its largest ancestor
    below the block that shows a few words only."""
    if el is None:
        return None
    while (up := el.getparent()) is not None and up is not block \
            and len(clean(up.text_content()).split()) <= _PANEL_WORDS:
        el = up
    return el


def _author_panel(block: Any, author: Any, date_el: Any) -> set[Any]:
    """The part of ``block`` around its author's name and not its date, when it says little: a
    side panel of name, rank and avatar without classes to tell it ("<div><span>ann</span>
    <span>Newcomer</span></div>") is no part of the post's words."""
    part = author
    while part is not None and part.getparent() is not block:
        part = part.getparent()
    if part is None or part is author or (date_el is not None and date_el in set(part.iter())):
        return set()
    return set(part.iter()) if len(WORDY_RE.findall(part.text_content())) <= 12 else set()


def _byline(block: Any, author: Any, date_el: Any, drop: set[Any]) -> set[Any]:
    """The line naming the post's author and its date ("ann 2 hours ago | parent | next"): the
    smallest element around both, when it says little and words lie outside it, is the post's
    frame, its links and separators too."""
    if date_el is None or author is date_el:
        return set()
    around = set(author.iterancestors())
    line = next((a for a in date_el.iterancestors() if a in around), None)
    if line is None or line is block or len(WORDY_RE.findall(line.text_content())) > 12:
        return set()
    own = set(line.iter())
    if not WORDY_RE.search(text_without(block, drop | own)):
        return set()
    return own


def _title_before(block: Any, author: Any, drop: set[Any]) -> set[Any]:
    """A link shown before the author's name with no other words before it (a submission's
    title over its byline and its text): the post's subject, not its words, when a few
    sentences' words follow."""
    titles: list[Any] = []
    before = 0
    around = set(author.iterancestors())
    for el in block.iter():
        if el is author:
            break
        if not isinstance(el.tag, str) or el in drop or any(t in titles for t in el.iterancestors()):
            continue
        if el.tag == "a" and WORDY_RE.search(el.text_content()):
            titles.append(el)
            before += len(WORDY_RE.findall(el.tail or "")) if el not in around else 0
            continue
        before += len(WORDY_RE.findall(el.text or ""))
        if el not in around and el is not block:
            before += len(WORDY_RE.findall(el.tail or ""))
    if not titles or before:
        return set()
    own = {d for t in titles for d in t.iter()}
    if len(WORDY_RE.findall(text_without(block, drop | own))) < 12:
        return set()
    return own


_POINTS_RE = re.compile(
    r"(?:\(\s*[\d.,\s]+\s*(?:points?|pts|puntos|punti|pontos|punkte|очк\w*|баллов)\s*\)"
    r"|(?:reputation|réputation|reputación|reputazione|репутация|karma)\s*:?\s*[\d.,-]+)",
    re.IGNORECASE,
)
