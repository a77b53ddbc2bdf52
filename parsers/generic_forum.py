"""Forum pages of engines nobody wrote selectors for: posts, topic lists and member profiles.

Posts are repeated sibling blocks that each hold a link to a member and a date (or the nested
comments of a Reddit-like tree, :mod:`parsers.comment_tree`); topic lists are repeated rows that
each hold a link to a thread; a member profile is a member page with labelled post count and join
date. All three rely on link conventions shared by forum software (``/u/name``, ``/members/x.1/``,
``viewtopic.php``, ``/threads/``...), not on one site's classes; a member link at an address no
convention knows is found in the element classed as the post's author ("author-name"). A
thread's title is found by :mod:`parsers.thread_title`.

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
from collections import defaultdict
from typing import Any
from urllib.parse import unquote

from parsers.comment_tree import comment_tree
from parsers.dates import parse_date
from parsers.dom import Doc, clean, xpath
from parsers.forums import POSTS_INLINE_RE, post_links, text_without, thread_records
from parsers.labels import LABELS, find_label
from parsers.prices import parse_number
from parsers.quotes import quote_author, quote_heads
from parsers.records import Author, Post, Thread
from parsers.thread_title import thread_title

__all__ = [
    "USER_HREF_RE", "generic_profile", "generic_thread", "generic_topics", "headed_thread", "member_name",
]

USER_HREF_RE = re.compile(
    r"(?:^|/)(?:u|user|users|member|members|profile|profiles|participant)/[^/?#]+|memberlist\.php\?mode=viewprofile|"
    r"member\.php\?|[?&]action=profile|/User-[^/?#]+|showuser=|/@[\w.-]+|"
    # PunBB/FluxBB "profile.php?id=N", phpBB 2 "profile.php?mode=viewprofile&u=N".
    r"(?:^|/)profile\.php\?(?:[^#]*&)?(?:id|u|uid|user)=|"
    # Discuz! "home.php?mod=space&uid=N" and its rewritten "space-uid-N.html".
    r"(?:^|/)home\.php\?(?:[^#]*&)?mod=space&(?:[^#]*&)?uid=\d|(?:^|/)space-uid-\d+\.html|"
    # FUDforum "index.php?t=usrinfo&id=N".
    r"[?&]t=usrinfo&(?:[^#]*&)?id=\d",
    re.IGNORECASE,
)
THREAD_HREF_RE = re.compile(
    r"viewtopic\.php|showthread\.php|/threads?/[^/?#]+|/topic/[^/?#]+|/t/[^/?#]+|/post/[^/?#]+|/Thread-|"
    r"[?&]topic=\d|/comments/[^/?#]+|/discussion/[^/?#]+",
    re.IGNORECASE,
)
_NAME_PREFIX_RE = re.compile(r"^(?:/?u/|@|~)")
# What icon links beside a post say instead of a name (their text is the icon's alt or title).
_ACTION_WORDS = frozenset({
    "profile", "view profile", "pm", "private message", "send private message", "email", "e-mail",
    "website", "www", "find", "posts", "profil", "profilo", "perfil", "профиль", "mp", "個人資料", "个人资料",
})
# The visitor's own account pages ("member.php?mod=register", "member.php?action=login") share
# the member pages' address: they name no member.
_ACCOUNT_HREF_RE = re.compile(
    r"[?&](?:mod|action|do|mode)=(?:register|logging|login|logout|signup|lostpw|activate)\b", re.IGNORECASE
)
_BODY_CLASS_RE = re.compile(
    r"(?:^|[\s_-])(?:body|content|message|text|postbody|post-body|entry|md|bbwrapper|"
    r"cooked|comment-?body|commenttext|messagetext|postmsg|msg)(?:$|[\s_-])",
    re.IGNORECASE,
)
# camelCase class names ("postContent", "commentBody", "messageText"), and the compound names
# an engine prefixes with its own letter or two ("kmsgtext", "kmsgbody": Kunena).
_CAMEL_BODY_RE = re.compile(
    r"[a-z](?:Body|Content|Message|Text)(?:$|[\s_-])|"
    r"(?:^|\s)[a-z]{1,3}(?:msg|post|message|comment)(?:body|text|content)(?:$|\s)"
)
# Typographic "...Text" classes name a style, not a post's words (FUDforum's "SmallText",
# "GenText", "DateText", the subject's "MsgSubText").
_STYLE_TEXT_RE = re.compile(
    r"(?:small|smaller|large|big|tiny|gen|bold|date|time|sub|head|title|nav|link|foot|muted)Text",
    re.IGNORECASE,
)
# Not "js-selectToQuote" (XenForo marks the quotable post body so).
_QUOTE_CLASS_RE = re.compile(r"(?<!to)quote", re.IGNORECASE)
_BODY_PROPS = frozenset({"articleBody", "text", "commentText"})
# A post's text numbered by its post id ("postmessage_88101", "post_message_12", "pid_311").
_BODY_ID_RE = re.compile(r"^(?:post_?message|post_?body|post_?content|message|pid)_\d+$", re.IGNORECASE)
_META_CLASS_RE = re.compile(
    r"meta|info|header|author|user|time|date|signature|footer|controls|actions", re.IGNORECASE
)
_SIG_CLASS_RE = re.compile(r"signature|sig\b", re.IGNORECASE)
_WORDY_RE = re.compile(r"[^\W\d_]{3,}")
_FILLER_RE = re.compile(r"[\d\s:.,/()#-]+")
_PROFILE_HEAD_RE = re.compile(r"^(?:/?u/|@)?(?P<n>[^\s/]{2,40})$")


def member_name(text: str | None) -> str | None:
    """A member's handle as shown in a link ("/u/ann", "u/ann", "@ann" -> "ann")."""
    name = _NAME_PREFIX_RE.sub("", clean(text))
    return name if 0 < len(name) <= 60 else None


def _href_count(doc: Doc, regex: re.Pattern[str], enough: int) -> int:
    """How many ``<a href>`` of the page body match ``regex``, counting up to ``enough``: a gate run
    on attribute strings alone, before any element is visited in Python (most pages fail it)."""
    hrefs = doc.memo.get("body_hrefs")
    if hrefs is None:
        body_el = doc.root.find("body")
        root = body_el if body_el is not None else doc.root
        hrefs = doc.memo["body_hrefs"] = xpath("descendant::a/@href")(root)
    count = 0
    for href in hrefs:
        if regex.search(href):
            count += 1
            if count >= enough:
                break
    return count


_NAME_HOLDERS = xpath(
    "descendant::*[self::span or self::div or self::td or self::b or self::strong]"
    "[contains(concat(' ', normalize-space(@class), ' '), ' name ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' postauthor ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' poster ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' postername ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' poster-name ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' username ')]"
)


def _user_links(node: Any, members: set[Any] | None = None) -> list[Any]:
    """Links to a member page (with some text) under ``node``. ``members``: the member links of
    an element that holds ``node``, found before (each link is then not tested again)."""
    if members is not None:
        # Members are links, or the name elements of boards that do not link names (phpBB 2).
        tags = {el.tag for el in members} if len(members) < 500 else {"a"}
        return [a for a in node.iter(*tags) if a in members]
    return [
        a for a in node.iter("a")
        if USER_HREF_RE.search(href := a.get("href") or "") and not _ACCOUNT_HREF_RE.search(href)
        and clean(a.text_content())
    ]


def _date_in(block: Any, exclude: set[Any], now: str | None) -> str | None:
    return _dated(block, exclude, now)[0]


# Tooltip scripts (Tippy, Bootstrap) hold the full date over a relative one: "3 days ago" shown,
# "Tuesday, November 17, 2026 at 6:40 PM" in data-tippy-content.
_TOOLTIP_ATTRS = ("data-tippy-content", "data-original-title", "data-bs-original-title", "data-tooltip")
_TOOLTIP_DATES = xpath(
    "descendant-or-self::*[" + " or ".join(f"@{a}" for a in _TOOLTIP_ATTRS) + "]"
    "[normalize-space()][string-length(normalize-space()) < 40]"
)


def _tooltip_attr(el: Any) -> str:
    return next(a for a in _TOOLTIP_ATTRS if el.get(a) is not None)


def _dated(block: Any, exclude: set[Any], now: str | None) -> tuple[str | None, Any]:
    """A post's date and the element it was read from (None, None when there is none)."""
    # A machine-readable <time datetime> is the post's own date; labelled dates shown before
    # it in the block ("Joined: Mar 3, 2024" in the user panel) are not.
    for el in block.iter("time"):
        if el not in exclude and (value := el.get("datetime")) and (parsed := parse_date(value, now)):
            return parsed, el
    # So is the full date a tooltip script shows over a relative one ("3 days ago").
    for el in _TOOLTIP_DATES(block):
        if el not in exclude and (value := el.get(_tooltip_attr(el))) and (parsed := parse_date(value, now)):
            return parsed, el
    for el in block.iter("time", "span", "div", "small", "abbr", "p", "dd", "td", "a"):
        if el in exclude:
            continue
        for attr in ("datetime", "data-time", "title"):
            value = el.get(attr)
            if value and (parsed := parse_date(value, now)):
                return parsed, el
        own = clean((el.text or "") if len(el) else el.text_content())
        if own and LABELS["member_since"].match(own):
            continue  # "Joined: 09 Feb 2024" in the user panel is not the post's date
        if own and len(own) <= 60 and any(c.isdigit() for c in own):
            parsed = parse_date(own, now)
            if parsed:
                return parsed, el
        elif own and len(own) <= 20:
            parsed = parse_date(own, now)  # "Yesterday", "вчера"
            if parsed:
                return parsed, el
        if len(el):
            # "<strong>Today</strong> at 09:15 AM": the words are split over child elements.
            whole = clean(el.text_content())
            if (
                whole != own
                and 0 < len(whole) <= 60
                and any(c.isdigit() for c in whole)
                and not any(LABELS["member_since"].match(line) for line in Doc.lines(el))
            ):
                parsed = parse_date(whole, now)
                if parsed:
                    return parsed, el
    return None, None


def _author_link(links: list[Any]) -> Any:
    """The link naming a post's author among its member links: one whose words its own URL
    repeats ("/user/ann", "/members/ann.12/"), else the first that is more than an avatar's
    initial ("P") or status ("F Offline" is an avatar too when a later link is named)."""
    named = [a for a in links if len(clean(a.text_content())) > 1]
    for a in named:
        text = clean(a.text_content()).lower().replace(" ", "")
        if text in unquote(a.get("href") or "").lower():
            return a
    return named[0] if named else (links[0] if links else None)


def _alike(blocks: list[Any]) -> bool:
    """Whether sibling blocks share a class (numbers aside: "windowbg"/"windowbg2"), or only one
    of them carries classes at all: variants of one kind of block, not page columns
    ("left-content"/"right-content")."""
    classes = ({t.rstrip("0123456789") for t in (b.get("class") or "").split()} - {""} for b in blocks)
    sets = [s for s in classes if s]
    return len(sets) <= 1 or bool(set.intersection(*sets))


def _repeated(holders: list[Any], root: Any, min_count: int) -> list[Any]:
    """The largest set of same-signature siblings that each contain one of ``holders``.

    Siblings with the same class are preferred; siblings of the same tag that share a class
    are taken when they hold more of the holders (the first post, or every other row, is often
    marked with another class: "topic-owner-post", "windowbg2").
    """
    groups: dict[tuple[Any, str, str], dict[Any, Any]] = defaultdict(dict)
    loose: dict[tuple[Any, str], dict[Any, Any]] = defaultdict(dict)
    for holder in holders:
        el, depth = holder, 0
        while el is not None and el is not root and depth < 10:
            parent = el.getparent()
            if parent is None:
                break
            cls = el.get("class") or ""
            groups[(parent, el.tag, cls)][el] = el
            loose[(parent, el.tag)][el] = el
            el, depth = parent, depth + 1
    best: list[Any] = []
    for members in groups.values():
        blocks = list(members.values())
        if len(blocks) >= min_count and len(blocks) > len(best):
            best = blocks
    wider: list[Any] = []
    for members in loose.values():
        blocks = list(members.values())
        if len(blocks) < min_count or len(blocks) < len(wider) or not _alike(blocks):
            continue
        # Of equally many, the outer blocks (posts, not the avatar and text columns of one).
        if len(blocks) > len(wider) or blocks[0] in set(wider[0].iterancestors()):
            wider = blocks
    if len(wider) > len(best) and set(best) <= set(wider):
        return wider
    return best


# A link, a menu or a control holds no post's words, whatever its utility classes say
# ("<a class='comment__permalink text-sm'>Permalink</a>" below a two-word reply).
_NOT_BODY_TAGS = frozenset({"a", "nav", "button", "label", "time", "form", "select", "option", "input"})


def _body(block: Any, skip: set[Any], meta: tuple[Any, ...] = ()) -> Any:
    """The element holding a post's own words; of several, one that does not also hold one of
    the post's ``meta`` elements (its author link, its dates: "postbody" around "by ann » date"
    and the "content" div, "ipsComment_content" around "Posted <time>" and the text)."""
    # schema.org microdata names a post's text whatever its class (Discourse, NodeBB, XenForo,
    # vBulletin 5, IP.Board 3): it wins over class names, which also match wrappers around the
    # whole post ("message-inner", "ipsComment_content").
    marked = [
        el
        for el in block.iter()
        if el is not block and isinstance(el.tag, str) and el not in skip
        and el.get("itemprop") in _BODY_PROPS
    ]
    if marked:
        return max(marked, key=lambda el: len(el.text_content()))
    found = []
    for el in block.iter():
        if el is block or not isinstance(el.tag, str) or el in skip or el.tag in _NOT_BODY_TAGS:
            continue
        cls = el.get("class") or ""
        if (_BODY_CLASS_RE.search(cls) or _CAMEL_BODY_RE.search(_STYLE_TEXT_RE.sub(" ", cls))
                or "post" in cls.split()
                or _BODY_ID_RE.match(el.get("id") or "")) \
                and not _QUOTE_CLASS_RE.search(cls) and not _SIG_CLASS_RE.search(cls):
            size = len(el.text_content().strip())
            if size:  # an empty "under_message" bar is not a body
                found.append((el, size))
    marks = [m for m in meta if m is not None]
    if marks:
        holders = {anc for m in marks for anc in m.iterancestors()} | set(marks)
        found = [(el, size) for el, size in found if el not in holders] or found
    if not found:
        return None
    best = max(found, key=lambda item: item[1])[0]
    # A post's subject shown as a heading over its text ("<h4>Re: subject</h4><div
    # class=entry-content>"): the text is the inner body that leaves the heading out.
    heads = [h for h in best.iterdescendants("h1", "h2", "h3", "h4", "h5", "h6") if h not in skip]
    if heads:
        inner = []
        for el, size in found:
            if el is not best and best in set(el.iterancestors()):
                own = set(el.iter())
                if not any(h in own for h in heads):
                    inner.append((el, size))
        if inner:
            best = max(inner, key=lambda item: item[1])[0]
    return best


def _with_replies(
    blocks: list[Any], members: set[Any] | None = None
) -> tuple[list[Any], dict[Any, list[Any]]]:
    """``blocks`` with the replies nested inside them (Reddit-like comment trees: a reply is a
    block of the same tag and kind inside its parent that names a member), in page order, and
    each block's nested replies. A block's kind is its class, or the first name of it: the
    names after it are modifiers ("comment comment--top-level" holds "comment comment--nested",
    BEM's block then modifier)."""
    out: list[Any] = []
    replies_of: dict[Any, list[Any]] = {}
    for block in blocks:
        cls = block.get("class") or ""
        kind = cls.split()[0] if cls.strip() else None
        # Unclassed blocks name no kind: an unclassed row of a table nested in an unclassed row
        # (old table layouts: the user panel's own table) is part of the post, not a reply.
        nested = [] if kind is None else [
            el
            for el in block.iterdescendants(block.tag)
            if ((el.get("class") or "") == cls or (kind and (el.get("class") or "").split()[:1] == [kind]))
            and _user_links(el, members)
        ]
        out.append(block)
        out.extend(nested)
        for el in [block, *nested]:
            replies_of[el] = [d for d in nested if el in set(d.iterancestors())]
    return out, replies_of


def _quoted(el: Any, block: Any) -> bool:
    """Whether ``el`` lies in a quote inside ``block``."""
    for anc in el.iterancestors():
        if anc is block:
            return False
        if anc.tag == "blockquote" or _QUOTE_CLASS_RE.search(anc.get("class") or ""):
            return True
    return False


def _comment_trees(blocks: list[Any], members: set[Any]) -> list[Any]:
    """``blocks`` with each block that wraps a comment tree replaced by the tree's top comments.
    Such a block (the one box around all of a Lemmy or Reddit-like post's comments, found as the
    sibling of the opening post's box) names several members outside quotes, and inside it a
    classed element that names a member holds, nested, an element of its own tag and class
    naming another member: a comment and its reply ("li.comment" in "li.comment"). The nested replies
    are found after, by :func:`_with_replies`."""
    # Which block each member link lies in, found upwards from the links (a walk of each block
    # for its links would cost a second walk of every post); a tree names two members or more.
    within: dict[Any, set[str]] = defaultdict(set)
    chosen = set(blocks)
    for a in members:
        for anc in a.iterancestors():
            if anc in chosen:
                within[anc].add(a.get("href") or clean(a.text_content()))
                break
    out: list[Any] = []
    for block in blocks:
        if len(within.get(block, ())) < 2:
            out.append(block)
            continue
        users = [a for a in _user_links(block, members) if not _quoted(a, block)]
        if len({a.get("href") or clean(a.text_content()) for a in users}) < 2:
            out.append(block)
            continue
        tops: list[Any] = []
        inside: set[Any] = set()
        for a in users:
            if a in inside:
                continue  # a reply of a tree already found
            for anc in a.iterancestors():
                if anc is block:
                    break
                cls = anc.get("class")
                if not cls:
                    continue
                nested = [
                    el for el in anc.iterdescendants(anc.tag)
                    if el.get("class") == cls and any(u in users for u in _user_links(el, members))
                ]
                if nested:
                    tops.append(anc)
                    inside |= set(anc.iter())
                    break
        out.extend(tops if tops and all(any(t in set(a.iterancestors()) for t in tops) for a in users)
                   else [block])
    return out


def _opening_post(links: list[Any], blocks: list[Any]) -> Any:
    """A post shown above the replies in its own markup (Reddit-like boards: the submission,
    then comments): the smallest ancestor of an earlier member link that holds a body.

    The submission's element may also hold its comments (Tildes: "article.topic-full" around its
    byline, its text and "section.topic-comments"): the lowest element around both the byline
    and the comments is then the post when it holds, before the comments and outside them, a
    body of its own; its comments are its replies, not its words (:func:`_wrapped_replies`)."""
    if not blocks:
        return None
    inside = {el for b in blocks for el in b.iter()}
    first = blocks[0]
    ancestors_of_first = set(first.iterancestors())
    candidates = [link for link in links if link not in inside]
    if not candidates:
        return None
    # Document order, once: only member links that come before the replies count.
    root = first.getroottree().getroot()
    order = {el: i for i, el in enumerate(root.iter())}
    for link in candidates:
        if order.get(link, 0) > order.get(first, 0):
            return None
        el = link.getparent()
        while el is not None and el not in ancestors_of_first:
            body = _body(el, set(), (link,))
            # Words beside the byline, not the byline itself ("<span class=text-sm>Submitted by
            # <a>ann</a> <time>": a utility class reads like a body's) nor the title over them.
            if body is not None and body.tag not in _HEADINGS and link not in set(body.iter()):
                return el
            el = el.getparent()
        if el is not None and el.tag not in ("body", "html") \
                and _submission_around(el, first, link, candidates):
            # The lowest element around the byline and the comments: a body outside the
            # comments and every wrapper of them, shown before them, with words of its own
            # (a sentence, not a table's column head "Posts" over the posts' own bodies).
            body = _body(el, inside | ancestors_of_first, (link,))
            if body is not None and body.tag not in _HEADINGS and link not in set(body.iter()) \
                    and order.get(body, 0) < order.get(first, 0) \
                    and len(_WORDY_RE.findall(body.text_content())) >= 3 \
                    and not any(b.get("class") == body.get("class") for b in inside if body.get("class")):
                return el
    return None


def _submission_around(el: Any, first: Any, link: Any, outside: list[Any]) -> bool:
    """Whether ``el``, around the byline ``link`` and the ``first`` comment, is close around
    both (a few levels: "article > section > article.comment", "article > header > div > a"),
    not a page-wide wrapper, and names no other member outside the comments (a page's header
    naming a moderator or the last poster above the posts is no submission's byline)."""
    for node in (first, link):
        steps, anc = 0, node.getparent()
        while anc is not None and anc is not el:
            steps, anc = steps + 1, anc.getparent()
        if anc is None or steps > 4:
            return False
    href = link.get("href")
    return all(
        a.get("href") == href for a in outside if a is not link and el in set(a.iterancestors())
    )


def _wrapped_replies(opening: Any, blocks: list[Any], replies_of: dict[Any, list[Any]]) -> None:
    """An opening post whose element also holds the comments (see :func:`_opening_post`) has them
    as its replies: their words, names and dates are not its own."""
    if opening is None:
        return
    held = [b for b in blocks if b is not opening and opening in set(b.iterancestors())]
    if held:
        replies_of[opening] = list(dict.fromkeys([*replies_of.get(opening, []), *held]))


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


# Elements whose class says they hold a post's author: a link in them is the author's, whatever
# its address ("<div class=author-name><a href=/membres/ann>", "<span class=post-author>").
_AUTHOR_CLASSES = (
    "author", "author-name", "author_name", "authorname", "post-author", "post_author", "postauthor",
    "poster", "poster-name", "postername", "comment-author", "comment__author",
)
_AUTHOR_CLASS_RE = re.compile(r"(?<![\w-])(?:" + "|".join(_AUTHOR_CLASSES) + r")(?![\w-])")
_CLASSES = xpath("descendant::*/@class")
_AUTHOR_HOLDERS = xpath(
    "descendant::*[self::div or self::span or self::p or self::td or self::dt or self::b or self::strong"
    " or self::h3 or self::h4 or self::h5 or self::cite]["
    + " or ".join(f"contains(concat(' ', normalize-space(@class), ' '), ' {c} ')" for c in _AUTHOR_CLASSES)
    + "]"
)


def _member_links(doc: Doc, root: Any, min_posts: int) -> list[Any]:
    """What names each post's author: links to member pages by their address, else the elements
    classed as the poster's name (unlinked names), else the links in elements classed as a
    post's author whatever their address; fewer than ``min_posts`` when the page shows none."""
    if _href_count(doc, USER_HREF_RE, min_posts) >= min_posts:
        # An icon link to the profile ("Profile", "PM") beside an unlinked name is no name, nor
        # is a link to this very page (a profile's tabs: "/user/ann#pgp").
        here = (doc.url or "").split("#")[0]
        links = [
            a for a in _user_links(root)
            if clean(a.text_content()).casefold() not in _ACTION_WORDS
            and not (here and (doc.absolute(a.get("href") or "") or "").split("#")[0] == here)
        ]
        if len(links) >= min_posts:
            return links
        # Boards that show the poster's name unlinked beside each post (the profile link is
        # an icon): the elements classed as the poster's name stand for the member links.
        links = [
            el for el in _NAME_HOLDERS(root)
            if 1 < len(clean(el.text_content())) <= 40 and not any(a.get("href") for a in el.iter("a"))
        ]
        if len(links) >= min_posts:
            return links
    # Member pages at addresses no convention knows ("/membres/ann", "/gens/ann"): the one link
    # with a name in each element classed as a post's author. The page's class names are looked
    # at first, as one string: most pages have no such class, and the element search costs more.
    if not _AUTHOR_CLASS_RE.search(" ".join(_CLASSES(root))):
        return []
    out = []
    for holder in _AUTHOR_HOLDERS(root):
        named = [
            a for a in holder.iter("a")
            if a.get("href") and 1 < len(clean(a.text_content())) <= 40
            and clean(a.text_content()).casefold() not in _ACTION_WORDS
        ]
        if len(named) == 1 and not _ACCOUNT_HREF_RE.search(named[0].get("href") or ""):
            out.append(named[0])
    return list(dict.fromkeys(out))


def generic_thread(doc: Doc, *, now: str | None = None, min_posts: int = 2) -> list[Any]:
    """Thread, Post and Author records from repeated member-link-and-date blocks; [] when none."""
    body_el = doc.root.find("body")
    root = body_el if body_el is not None else doc.root
    links = _member_links(doc, root, min_posts)
    if len(links) < min_posts:
        return []
    members = set(links)  # every block, reply and quote below lies under root
    blocks = _repeated(links, root, min_posts)
    opening = _opening_post(links, blocks)
    blocks = _comment_trees(blocks, members)
    if opening is not None:
        blocks = [opening, *blocks]
    blocks, replies_of = _with_replies(blocks, members)
    _wrapped_replies(opening, blocks, replies_of)
    posts, authors = _read_posts(doc, blocks, replies_of, members, now)
    if len(posts) < max(min_posts, 2 if opening is not None else 1):
        # No repeated blocks made posts (a sidebar's list of moderators is repeated, undated): a
        # comment tree whose replies lie inside their parents (one top-level comment and its
        # reply are no siblings), after its opening post, when it makes more posts.
        tree, tree_replies = comment_tree(links, root, min_posts)
        if tree:
            opening = _opening_post(links, tree)
            blocks = [opening, *tree] if opening is not None else tree
            _wrapped_replies(opening, blocks, tree_replies)
            found = _read_posts(doc, blocks, tree_replies, members, now)
            if len(found[0]) > len(posts):
                posts, authors = found
    if len(posts) < min_posts:
        return []
    return thread_records(doc, thread_title(doc), posts, list(authors.values()))


def _read_posts(
    doc: Doc, blocks: list[Any], replies_of: dict[Any, list[Any]], members: set[Any], now: str | None
) -> tuple[list[Post], dict[str, Author]]:
    """The posts of ``blocks`` that name a member and a date, and the authors whose statistics
    their blocks show."""
    posts: list[Post] = []
    authors: dict[str, Author] = {}
    for block in blocks:
        # Replies nested in this block are posts of their own, not part of this one.
        replies: set[Any] = set()
        for reply in replies_of.get(block, ()):
            replies |= set(reply.iter())
        # Elements around the nested replies (a submission's "section.comments") are no body.
        wrappers = {anc for reply in replies_of.get(block, ()) for anc in reply.iterancestors()}
        users = [a for a in _user_links(block, members) if a not in replies]
        if not users:
            continue
        quotes = [
            el
            for el in block.iter()
            if isinstance(el.tag, str)
            and el is not block
            and el not in replies
            and (el.tag == "blockquote" or _QUOTE_CLASS_RE.search(el.get("class") or ""))
        ]
        # Sets of elements (not id()): lxml proxies are recycled once unreferenced.
        quote_ids: set[Any] = set(replies)
        for q in quotes:
            quote_ids |= set(q.iter())
        author_link = _author_link([a for a in users if a not in quote_ids])
        if author_link is None:
            continue
        # "@ann said in <a>Topic</a>:" written before a Markdown blockquote belongs to it.
        heads = quote_heads([q for q in quotes if not any(anc in quote_ids for anc in q.iterancestors())])
        for head, _ in heads.values():
            quote_ids |= set(head.iter())
        date, date_el = _dated(block, quote_ids, now)
        if date is None:
            # A post's header row shown as the sibling just before it (bbPress: date and
            # permalink in div.bbp-reply-header, then the author and the text): its date.
            prev = block.getprevious()
            if prev is not None and isinstance(prev.tag, str) and not _user_links(prev, members) \
                    and (prev.tag, prev.get("class")) != (block.tag, block.get("class")):
                date, date_el = _dated(prev, quote_ids, now)
        if date is None:
            continue
        # Dates shown beside the post (<time>), its date and its author's link are not its words.
        times = [el for el in block.iter("time") if el not in quote_ids]
        # Every link to the author (the byline's and the user panel's) is the post's frame.
        same = [a for a in users if a not in quote_ids and a.get("href") == author_link.get("href")]
        body = _body(block, quote_ids | wrappers, (author_link, date_el, *times, *same))
        sigs = {
            el
            for el in block.iter()
            if isinstance(el.tag, str) and _SIG_CLASS_RE.search(el.get("class") or "")
        }
        if body is not None:
            text = text_without(body, quote_ids | sigs)
        else:
            meta = {
                el
                for el in block.iter()
                if isinstance(el.tag, str)
                and el is not block
                and _META_CLASS_RE.search(el.get("class") or "")
            }
            # Links to threads are a topic list's titles, not a post's words: a block without a
            # body element whose main link is a titled thread link is a topic row.
            tlinks = {a for a in block.iter("a") if THREAD_HREF_RE.search(a.get("href") or "")}
            if any(_WORDY_RE.search(clean(a.text_content())) for a in tlinks):
                continue
            text = text_without(block, quote_ids | sigs | meta | tlinks | {author_link})
            if len(_FILLER_RE.sub("", text)) < 15:
                continue
        qauthors = []
        head_els = {head for head, _ in heads.values()}
        for q in quotes:
            if q in head_els or any(anc in quote_ids for anc in q.iterancestors()):
                continue  # a quote's own title bar ("div.quotetitle") is no quote of its own
            name = quote_author(q) or heads.get(q, (None, None))[1]
            if name is None:
                match = re.search(
                    r"\(\s*(?:/?u/|@)([\w.-]+)\s*\)|(?:^|\s)(?:/?u/|@)([\w.-]+)", clean(q.text_content())
                )
                name = (match.group(1) or match.group(2)) if match else None
                if name is None:
                    inner = _user_links(q, members)
                    name = member_name(inner[0].text_content()) if inner else None
            if name:
                qauthors.append(member_name(name) or name)
        name = member_name(author_link.text_content())
        posts.append(
            Post(
                author=name,
                posted_at=date,
                index=len(posts),
                body=text or None,
                quotes=qauthors,
                links=post_links(doc, body if body is not None else block, quote_ids | sigs),
            )
        )
        if name and name not in authors:
            lines = [ln for ln in Doc.lines(block) if len(ln) < 80]
            # A count written before its word in one cell ("<p>86</p>帖子", "1,412 posts") is
            # unambiguous; a label on a line of its own may have its value before or after it.
            pc = None
            for cell in block.iter("th", "td", "li", "dd", "span", "div", "p"):
                match = POSTS_INLINE_RE.match(clean(cell.text_content())) if len(cell) <= 3 else None
                if match:
                    pc = match.group(1)
                    break
            if pc is None:
                pc = find_label(lines, LABELS["posts"])
            jn = find_label(lines, LABELS["member_since"])
            number = parse_number(pc) if pc else None
            joined = parse_date(jn, now) if jn else None
            if number is not None or joined:
                authors[name] = Author(
                    name=name, post_count=int(number) if number is not None else None, joined=joined
                )
    return posts, authors


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
    blocks = _repeated(heads, root, min_posts)
    if len(blocks) < min_posts:
        return []
    owned = set(heads)
    posts: list[Post] = []
    for block in blocks:
        mine = [h for h in block.iter("h2", "h3", "h4", "h5") if h in owned]
        if len(mine) != 1:
            return []  # one name per post, or these are not posts
        body = _body(block, set(), (mine[0],))
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
    if "#" in href and doc.url:
        return doc.absolute(href).split("#")[0] != doc.url.split("#")[0]
    return True


def generic_topics(doc: Doc, *, min_topics: int = 2) -> list[Thread]:
    """Thread records of a topic list: repeated rows that each link to a thread."""
    body_el = doc.root.find("body")
    root = body_el if body_el is not None else doc.root
    if not _href_count(doc, THREAD_HREF_RE, 1):
        return []
    links = [a for a in root.iter("a") if _topic_link(doc, a)]
    if not links:
        return []
    if len(links) == 1:
        # The last page of a board may hold one topic: accept it when its row names a member.
        row = links[0].getparent()
        for _ in range(4):
            if row is None or _user_links(row):
                break
            row = row.getparent()
        rows = [row] if row is not None and _user_links(row) else []
    elif len(links) < min_topics:
        return []
    else:
        rows = _repeated(links, root, min_topics)
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
        if not tlinks:
            continue
        link = max(tlinks[:3], key=lambda a: len(clean(a.text_content())))
        users = _user_links(row)
        out.append(
            Thread(
                title=clean(link.text_content()),
                board=board,
                author=member_name(users[0].text_content()) if users else None,
                thread_url=doc.absolute(link.get("href")),
            )
        )
    return out if len(out) >= min(min_topics, len(links)) else []


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
    name = None
    for tag in ("h1", "h2", "h3"):
        for h in doc.root.iter(tag):
            text = clean(h.text_content())
            match = re.search(
                r"(?:profile|профиль|profil|perfil)\s*(?:of|de|von|:|-|–)?\s*(\S+)$", text, re.IGNORECASE
            )
            if match:
                name = member_name(match.group(1))
            elif _PROFILE_HEAD_RE.match(text):
                name = member_name(text)
            elif (tail := re.search(r"[:\-–—]\s*(?P<n>[^\s:]{2,40})$", text)) and len(text) < 80:
                name = member_name(tail["n"])  # "Viewing profile - ann", "Пользователи: ann"
            if name:
                break
        if name:
            break
    if name is None:
        return None
    return Author(name=name, post_count=int(number), joined=joined, url=doc.url)
