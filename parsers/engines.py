"""Forum engines recognised from markup, and the selectors that read their thread pages.

Detection scores markup conventions (generator meta, class and id names, script names) on the raw
bytes: one multi-word pass over the page finds every signal word, regexes run only where their
words are. Each :class:`EngineSpec` is data: CSS selectors for
posts, authors, dates, bodies, quotes, signatures and author stats.

    >>> from parsers.engines import detect_engine
    >>> detect_engine(b'<meta name="generator" content="vBulletin 4.2.3" /><li class="postcontainer">')
    'vbulletin4'
    >>> detect_engine(b"<html><body>plain</body></html>") is None
    True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.regex_gate import Words, literals

__all__ = ["ENGINES", "EngineSpec", "detect_engine"]


@dataclass(frozen=True)
class EngineSpec:
    """How to read one engine's thread page. Selectors are CSS, tried in order (comma = any)."""

    name: str
    post: str
    author: str
    date: str
    body: str
    #: Quote blocks inside the body (removed from it; their authors become ``quotes``).
    quote: str = "blockquote"
    signature: str = ".signature"
    userinfo: str = ""
    title: str = "h1"
    #: Attributes that may carry the post author or date directly.
    author_attr: str = ""
    #: Day/month order for all-numeric dates in this engine's defaults.
    date_order: str = "auto"
    #: Links to threads, for telling a board index from other pages.
    thread_link: str = ""
    #: Replies nest inside the post they answer (Reddit-like comment trees): a post found
    #: inside another post is a post of its own, not part of its parent.
    nested: bool = False


ENGINES: dict[str, EngineSpec] = {
    spec.name: spec
    for spec in (
        EngineSpec(
            "phpbb",
            post="div.post[id^=p], div.post",
            author="p.author a.username, p.author strong a, "
            ".postprofile a.username-coloured, .postprofile a.username, .postprofile dt a",
            date="p.author time, p.author",
            body="div.content",
            quote="blockquote",
            signature="div.signature",
            userinfo="dl.postprofile",
            title="h2.topic-title, h2 a[href*=viewtopic], #page-body h2, h2",
            thread_link="viewtopic.php",
        ),
        EngineSpec(
            "vbulletin3",
            post="table[id^=post]",
            author="a.bigusername, div[id^=postmenu_] a",
            date="td.thead",
            body="div[id^=post_message_]",
            quote="div.bbcode_container, div[style*='margin:20px']",
            signature="div.signature",
            userinfo="td.alt2",
            title="td.navbar strong, h1, .navbar strong",
            date_order="mdy",
            thread_link="showthread.php",
        ),
        EngineSpec(
            "vbulletin4",
            post="li.postcontainer, li[id^=post_]",
            author="a.username strong, a.username",
            date="span.date, span.postdate",
            body="div[id^=post_message_] blockquote.postcontent, "
            "div[id^=post_message_], blockquote.postcontent",
            quote="div.bbcode_container, div.bbcode_quote",
            signature="blockquote.signature, div.signature",
            userinfo="dl.userinfo_extra, div.userinfo",
            title="span.threadtitle, #pagetitle h1, h1",
            date_order="mdy",
            thread_link="showthread.php",
        ),
        EngineSpec(
            "vbulletin5",
            post="li.b-post, div.b-post",
            author=".b-post__author a, .author a, a.b-avatar, .userinfo a",
            date=".b-post__timestamp time, .b-post__timestamp, time",
            body=".js-post__content-text, .b-post__content",
            quote="div.bbcode_container, .bbcode_quote",
            signature=".b-post__signature, .post-signature, .signature",
            userinfo=".b-userinfo, .userinfo",
            title="h1.main-title, h1",
            date_order="mdy",
            thread_link="/forum/",
        ),
        EngineSpec(
            "xenforo2",
            post="article.message--post, article.message",
            author_attr="data-author",
            author="h4.message-name a, .message-name a, a.username",
            date=".message-attribution-main time, time.u-dt, time",
            body=".message-body .bbWrapper, .message-body, .bbWrapper",
            quote="blockquote.bbCodeBlock--quote, .bbCodeBlock--quote, blockquote.bbCodeBlock",
            signature="aside.message-signature, .message-signature",
            userinfo=".message-userExtras, .message-cell--user, .message-userDetails",
            title="h1.p-title-value, h1",
            thread_link="/threads/",
        ),
        EngineSpec(
            "xenforo1",
            post="li.message[data-author], li.message, li[id^=post-]",
            author_attr="data-author",
            author="a.username, h3.userText a",
            date=".messageMeta .DateTime, .privateControls .DateTime, .DateTime",
            body="blockquote.messageText, .messageContent",
            quote="div.bbCodeQuote, .bbCodeBlock.bbCodeQuote",
            signature=".signature, .baseHtml.signature",
            userinfo=".extraUserInfo, .messageUserInfo",
            title=".titleBar h1, h1",
            thread_link="threads/",
        ),
        EngineSpec(
            "mybb",
            post="div.post[id^=post_], div.post, table[id^=post_]",
            author=".author_information "
            ".largetext a, .post_author strong a, .largetext a, strong span.largetext a",
            date="span.post_date, .post_date, span.smalltext",
            body="div.post_body, .post_body",
            quote="blockquote.mycode_quote, blockquote",
            signature="div.signature",
            userinfo=".author_statistics, .post_author",
            title="td.thead strong, .navigation .active, span.active, h1",
            date_order="mdy",
            thread_link="showthread.php",
        ),
        EngineSpec(
            "smf",
            # Posts alternate "windowbg" and "windowbg2" (SMF 2.0, ElkArte): both, in page order.
            post="div.post_wrapper, //div[contains(concat(' ', normalize-space(@class), ' '), ' windowbg ')"
            " or contains(concat(' ', normalize-space(@class), ' '), ' windowbg2 ')]",
            author=".poster h4 a, .poster h4, .poster a",
            # ElkArte: "<h5 id=info_N><a>Reply #1 &ndash; </a>date</h5>" in div.keyinfo.
            date=".keyinfo .smalltext, .postinfo .smalltext, .keyinfo a.smalltext, .smalltext, .keyinfo h5",
            body="div.inner, div.post",
            quote="blockquote.bbc_standard_quote, blockquote.bbc_alternate_quote, blockquote, "
            "div.quoteheader",
            signature="div.signature",
            userinfo="ul.poster, .poster ul, .poster",
            # 2.1: h2 > span#top_subject; 2.0: "Topic: ... (Read N times)" in the cat_bar h3, the
            # subject alone in each post's h5#subject_N.
            title="#top_subject, #forumposts h3, .cat_bar h3, h5[id^=subject_] a, h1",
            thread_link="topic=",
        ),
        EngineSpec(
            "ipb",
            post="article.ipsComment, div.post_block, article[id^=elComment_]",
            author=".cAuthorPane_author a, .cAuthorPane_author, h3 a, .author a",
            # IPS 4: <time datetime>; IP.Board 3: <abbr class="published" title="ISO">.
            date="time, abbr.published, .published, .posted_info",
            body="div[data-role=commentContent], .cPost_contentWrap .ipsType_richText, .post_body .post",
            quote="blockquote.ipsQuote, blockquote",
            signature="div[data-role=memberSignature], .signature",
            userinfo="ul.cAuthorPane_info, aside, .author_info",
            title="h1.ipsType_pageTitle, h1",
            thread_link="/topic/",
        ),
        EngineSpec(
            "nodebb",
            post="li[component=post], [component=post]",
            author_attr="data-username",
            author="[itemprop=author] a, a[href*='/user/'], .username",
            date=".timeago, time",
            body="[component='post/content'], .content",
            quote="blockquote",
            signature="[component='post/signature']",
            title="[component='topic/title'], h1",
            thread_link="/topic/",
        ),
        EngineSpec(
            "discourse",
            # Crawler view since 2020, then the older one (one microdata block per post).
            post="div.topic-body.crawler-post, div.crawler-post, article.onebox-body, div.topic-post, "
            "div[itemtype$=DiscussionForumPosting]",
            author=".creator a, span[itemprop=author] span[itemprop=name], [itemprop=author], .username a",
            date="time, .crawler-post-infos time, .post-date",
            body="div.post[itemprop=articleBody], div.post[itemprop=text], .cooked, div.post",
            quote="aside.quote, blockquote",
            title="#topic-title h1, h1",
            thread_link="/t/",
        ),
        EngineSpec(
            "wpforo",
            # wpForo (WordPress), classic layouts: each post is a block of two side-by-side
            # columns, the author's panel (div.wpf-left > div.author-data) and the post
            # (div.wpf-right: div.wpforo-post-content-top, div.wpforo-post-content), in
            # div.post-wrap#post-N; the Q&A layout (3) puts the author under the post
            # (div.wpforo-post-author) and each answer's comments after it (div.comment-wrap,
            # "by <a>ann</a> date" in div.wpforo-comment-footer): posts and comments in page order.
            post="//div[contains(concat(' ', normalize-space(@class), ' '), ' post-wrap ')"
            " or contains(concat(' ', normalize-space(@class), ' '), ' comment-wrap ')], div.wpforo-post",
            author=".author-name a, .author-name, .wpforo-comment-footer a, a[href*='/participant/']",
            # The date: its own element (layout 3), the "Posted: date" line under the post (2), the
            # comment's footer, else the first span of the line over the post (1).
            date=".wpforo-post-date, .wpforo-post-content-bottom .cbleft, .wpforo-comment-footer span, "
            ".wpforo-post-content-top span, .wpforo-post-content-top, time",
            body="div.wpforo-post-content, div.wpforo-comment-content",
            quote="blockquote",
            # Not the post's words: the signature, the buttons and a comment's byline, which
            # layouts 2 and 3 print inside the content element.
            signature=".//div[contains(@class, 'wpforo-post-signature')"
            " or contains(@class, 'wpf-post-button-actions') or contains(@class, 'wpforo-comment-footer')"
            " or contains(@class, 'wpforo-comment-action-links')]",
            userinfo=".author-data, .wpforo-post-author-data, .wpf-left",
            title="h1#wpforo-title, #wpforo-title, h1",
        ),
        EngineSpec(
            "dread",
            # The submission (the nearest block around div.postContent that also links to its
            # author's /u/ page) and every comment, in page order; replies nest in their parents.
            post="//div[contains(concat(' ', normalize-space(@class), ' '), ' postContent ')]"
            "/ancestor::*[.//a[contains(@href, '/u/')]][1]"
            " | //div[contains(concat(' ', normalize-space(@class), ' '), ' comment ')], div.post",
            author=".author a, a.username, .username, a[href*='/u/']",
            date=".time, .timestamp, time, .date, .postDate, span[title]",
            body=".postContent, .postText, .commentBody, .commentContent, .content, .body, .md",
            quote="blockquote",
            signature=".signature",
            title="a.title, .postTitle, h1, h2",
            thread_link="/post/",
            nested=True,
        ),
    )
}

_SIGNALS: dict[str, tuple[tuple[bytes, int], ...]] = {
    "phpbb": (
        (rb"phpbb", 3),
        (rb"viewtopic\.php", 2),
        (rb'class="postprofile"', 3),
        (rb'class="postbody"', 2),
        (rb"memberlist\.php\?mode=viewprofile", 2),
        (rb'class="post bg[12]', 3),
    ),
    "vbulletin3": (
        (rb'content="vBulletin 3', 10),
        (rb"vbmenu_register", 3),
        (rb'class="bigusername"', 3),
        (rb'id="post_message_', 1),
        (rb"vBulletin", 1),
    ),
    "vbulletin4": (
        (rb'content="vBulletin 4', 10),
        (rb"postbitlegacy|postcontainer", 4),
        (rb"vBulletin", 1),
        (rb'id="post_message_', 1),
    ),
    "vbulletin5": ((rb'content="vBulletin 5', 10), (rb"b-post__", 4), (rb"js-post__content", 4)),
    "xenforo1": (
        (rb'id="XenForo"', 6),
        (rb"messageUserInfo", 3),
        (rb"messageText", 2),
        (rb"XenForo", 1),
        (rb"bbCodeQuote", 1),
    ),
    "xenforo2": ((rb"data-xf-init", 6), (rb"message--post", 4), (rb"bbWrapper", 2), (rb"XenForo", 1)),
    "mybb": (
        (rb"MyBB", 3),
        (rb'class="post_body', 2),
        (rb"author_information", 3),
        (rb"author_statistics", 2),
        (rb'id="pid_\d', 2),
        (rb"mycode_quote", 2),
    ),
    "smf": (
        (rb"Simple Machines|SMF", 3),
        (rb'class="post_wrapper"', 3),
        (rb'class="poster"', 2),
        (rb'id="msg_\d', 2),
        (rb"keyinfo", 2),
        (rb"index\.php\?topic=", 1),
    ),
    "ipb": (
        (rb"Invision|ipsComment|IP\.Board", 4),
        (rb"cAuthorPane", 3),
        (rb'data-role="commentContent"', 3),
        (rb"ipsType_", 1),
        (rb"post_block", 2),
    ),
    "nodebb": ((rb"NodeBB", 4), (rb'component="post"', 4), (rb'component="post/content"', 3)),
    "discourse": (
        (rb"[Dd]iscourse", 3),
        (rb"crawler-post", 4),
        (rb"topic-body", 2),
        (rb"itemprop=.articleBody", 1),
        # The server-rendered view every Discourse serves to crawlers and Tor Browser users.
        (rb'<body class="crawler', 3),
    ),
    "wpforo": (
        (rb'class="wpforo-post', 4),
        (rb"wpforo-post-content", 3),
        (rb'id="wpforo-wrap"', 3),
        (rb"wpForo|wpforo", 1),
    ),
    # Mentions of Dread (a shop linking its subdread) weigh little; post markup decides.
    "dread": (
        (rb"\b[Dd]read\b", 1),
        (rb"/d/[A-Za-z0-9_]+", 1),
        (rb'class="postContent|class="commentBody', 4),
        (rb'class="comment[ "]', 2),
        (rb"[Ss]ubdread", 1),
    ),
}
def _prefix(pattern: bytes) -> bytes:
    """The literal text every match of ``pattern`` starts with (empty when unknown)."""
    if b"|" in pattern:
        return b""
    match = re.match(rb'(?:[A-Za-z0-9_"=:/ -]|\\\.)*', pattern)
    if not match or pattern[match.end() : match.end() + 1] in (b"?", b"*", b"{"):
        return b""  # the last letter is optional
    return match.group(0).replace(rb"\.", b".")


def _signal(pattern: bytes) -> tuple[tuple[bytes, ...], re.Pattern[bytes] | None]:
    """Words one of which a match contains, and the regex still to run when they do not decide."""
    words = literals(pattern)
    if words is not None:
        return words, (re.compile(pattern) if rb"\b" in pattern else None)
    prefix = _prefix(pattern)
    return ((prefix,) if prefix else ()), re.compile(pattern)


# Heaviest signals first, so that an engine whose remaining signals cannot matter stops early.
_COMPILED = {
    name: tuple((*_signal(p), w) for p, w in sorted(sig, key=lambda s: -s[1]))
    for name, sig in _SIGNALS.items()
}
_TOTALS = {name: sum(w for *_, w in signals) for name, signals in _COMPILED.items()}
_THRESHOLD = 5
_LITERALS = sorted({lit for signals in _COMPILED.values() for lits, _, _ in signals for lit in lits})
# Every signal word in one pass over the page, where searching them one by one scans it ~25 times.
_WORDS = Words(_LITERALS)


def detect_engine(raw: bytes, *, sample: int = 300_000) -> str | None:
    """The forum engine whose markup conventions ``raw`` shows most clearly, or None."""
    head = raw[:sample]
    present = _WORDS.present(head)

    best, best_score = None, 0
    for name, signals in _COMPILED.items():
        # An engine matters only with a score above the best so far and at the threshold: once
        # its remaining signals cannot get it there, the rest are not searched (each search
        # scans the whole page).
        needed = max(best_score + 1, _THRESHOLD)
        left = _TOTALS[name]
        score = 0
        for words, rx, weight in signals:
            if score + left < needed:
                break
            left -= weight
            if words and not any(word in present for word in words):
                continue
            if rx is None or rx.search(head) is not None:
                score += weight
        if score > best_score and score >= needed:
            best, best_score = name, score
    return best if best_score >= _THRESHOLD else None
