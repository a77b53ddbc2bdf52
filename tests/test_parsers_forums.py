"""parsers.engines / parsers.forums / parsers.generic_forum / parsers.dates: thread pages of many
engines (minimal pages written in each engine's markup conventions), relative dates, real pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from parsers import parse_page
from parsers.dates import parse_date
from parsers.engines import detect_engine
from parsers.records import Author, Post, Thread

NOW = "2026-11-20T12:00:00Z"
REAL = Path(__file__).resolve().parents[1].parent / "shared" / "realpages"

PHPBB = """<html><head><title>Forum - View topic - Green tea</title></head><body>
<h2 class="topic-title"><a href="./viewtopic.php?t=1">Green tea</a></h2>
<div id="p1" class="post bg2"><div class="postbody"><p class="author">by <strong>
<a href="./memberlist.php?mode=viewprofile&u=2" class="username">ann</a></strong> &raquo; Yesterday, 10:15</p>
<div class="content"><blockquote><div><cite>bob wrote:</cite>old words</div></blockquote>New words.</div>
<div class="signature">ann's sig</div></div>
<dl class="postprofile"><dt><a href="./memberlist.php?mode=viewprofile&u=2">ann</a></dt>
<dd><strong>Posts:</strong> 1,234</dd><dd><strong>Joined:</strong> 12 Mar 2021</dd></dl></div>
<div id="p2" class="post bg1"><div class="postbody"><p class="author">by <strong>
<a href="./memberlist.php?mode=viewprofile&u=3" class="username">bob</a>
</strong> &raquo; Fri Nov 20, 2026 11:00 am</p>
<div class="content">Second.</div></div></div></body></html>"""

VB4 = """<html><head><meta name="generator" content="vBulletin 4.2.3"><title>Tea</title></head><body>
<span class="threadtitle">Tea</span><ol id="posts">
<li class="postbitlegacy postcontainer" id="post_1"><div class="posthead"><span class="postdate">
<span class="date">06-15-2016,&nbsp;<span class="time">03:03 PM</span></span></span></div>
<div class="userinfo"><a class="username" href="member.php/1-ann"><strong>ann</strong></a>
<dl class="userinfo_extra"><dt>Join Date</dt><dd>Oct 2010</dd><dt>Posts</dt><dd>3,882</dd></dl></div>
<div class="postbody"><div class="content"><div id="post_message_1"><blockquote class="postcontent restore">
<div class="bbcode_container"><div class="bbcode_quote">
<div class="bbcode_postedby">Originally Posted by <strong>bob</strong></div>
quoted</div></div>Reply text.</blockquote></div></div></div>
<blockquote class="signature">sig</blockquote></li></ol></body></html>"""

XF2 = """<html><head><title>Tea | Forum</title></head><body data-xf-init="x">
<h1 class="p-title-value">Tea</h1>
<article class="message message--post" data-author="ann"><div class="message-userDetails">
<h4 class="message-name"><a class="username">ann</a></h4></div>
<div class="message-userExtras"><dl><dt>Messages</dt><dd>519</dd></dl><dl><dt>Inscrit</dt>
<dd>17 sept. 2022</dd></dl></div>
<div class="message-attribution-main">
<time class="u-dt" datetime="2026-11-19T08:30:00+0000">hier à 08:30</time></div>
<div class="message-body"><div class="bbWrapper">
<blockquote class="bbCodeBlock bbCodeBlock--quote" data-quote="bob">
<div class="bbCodeBlock-content">quoted</div></blockquote>Texte.</div></div>
<aside class="message-signature">sig</aside></article></body></html>"""

MYBB = """<html><head><title>Tea</title></head><body><!-- Powered by MyBB -->
<div class="post classic" id="post_1"><div class="post_author"><div class="author_information">
<strong><span class="largetext"><a href="User-ann">ann</a></span></strong></div>
<div class="author_statistics">Posts: 922<br>Joined: Jul 2012</div></div>
<div class="post_content"><div class="post_head"><span class="post_date">07-04-2013, 03:48 PM</span></div>
<div class="post_body" id="pid_1"><blockquote class="mycode_quote">
<cite>bob Wrote:</cite>q</blockquote>Hi.</div>
</div></div></body></html>"""

SMF = """<html><head><title>Tea</title></head><body><span>Powered by SMF</span>
<div id="forumposts"><div class="cat_bar"><h3>Topic: Tea</h3></div>
<div class="windowbg"><div class="post_wrapper"><div class="poster"><h4>
<a href="index.php?action=profile;u=1">ann</a></h4>
<ul><li class="postcount">Posts: 45</li></ul></div>
<div class="postarea"><div class="keyinfo">
<div class="smalltext">&#171; <strong>on:</strong> May 26, 2019, 04:34:12 pm &#187;</div></div>
<div class="post"><div class="inner" id="msg_1"><div class="quoteheader">Quote from: bob on May 25, 2019</div>
<blockquote class="bbc_standard_quote">q</blockquote>Words.</div></div></div></div></div></div></body>
</html>"""

DREADLIKE = """<html><head><title>Guide: tea | Board</title></head><body><h2>Guide: tea</h2>
<div class="comment"><div class="meta"><a href="/u/ann">/u/ann</a> <span class="time">2 days ago</span></div>
<div class="body">First.</div></div>
<div class="comment"><div class="meta"><a href="/u/bob">/u/bob</a> <span class="time">5 hours ago</span></div>
<div class="quote">&gt; First. <span>(u/ann)</span></div><div class="body">Second.</div></div></body>
</html>"""


def _kinds(records: list[Any], kind: type) -> list[Any]:
    return [r for r in records if isinstance(r, kind)]


def test_engines_are_detected_from_markup() -> None:
    assert detect_engine(PHPBB.encode()) == "phpbb"
    assert detect_engine(VB4.encode()) == "vbulletin4"
    assert detect_engine(XF2.encode()) == "xenforo2"
    assert detect_engine(MYBB.encode()) == "mybb"
    assert detect_engine(SMF.encode()) == "smf"


def test_phpbb_posts_dates_quotes_signatures_and_stats() -> None:
    result = parse_page(PHPBB.encode(), url="http://f.onion/viewtopic.php?t=1", captured_at=NOW)
    assert result.page.page_type == "thread" and result.page.engine == "phpbb"
    thread = _kinds(result.records, Thread)[0]
    posts = _kinds(result.records, Post)
    assert thread.title == "Green tea"
    assert [(p.author, p.posted_at, p.index) for p in posts] == [
        ("ann", "2026-11-19T10:15:00", 0),
        ("bob", "2026-11-20T11:00:00", 1),
    ]
    assert posts[0].body == "New words." and posts[0].quotes == ["bob"]
    author = _kinds(result.records, Author)[0]
    assert (author.name, author.post_count, author.joined) == ("ann", 1234, "2021-03-12")


def test_vbulletin4_thread() -> None:
    result = parse_page(VB4.encode(), captured_at=NOW)
    post = _kinds(result.records, Post)[0]
    assert (post.author, post.posted_at, post.body, post.quotes) == (
        "ann",
        "2016-06-15T15:03:00",
        "Reply text.",
        ["bob"],
    )
    author = _kinds(result.records, Author)[0]
    assert (author.post_count, author.joined) == (3882, "2010-10")


def test_xenforo2_thread_uses_datetime_attribute_and_data_quote() -> None:
    result = parse_page(XF2.encode(), captured_at=NOW)
    post = _kinds(result.records, Post)[0]
    assert (post.author, post.posted_at, post.body, post.quotes) == (
        "ann",
        "2026-11-19T08:30:00",
        "Texte.",
        ["bob"],
    )
    author = _kinds(result.records, Author)[0]
    assert (author.post_count, author.joined) == (519, "2022-09-17")


def test_mybb_and_smf_threads() -> None:
    mybb = parse_page(MYBB.encode(), captured_at=NOW)
    post = _kinds(mybb.records, Post)[0]
    assert (post.author, post.posted_at, post.body, post.quotes) == (
        "ann",
        "2013-07-04T15:48:00",
        "Hi.",
        ["bob"],
    )
    assert _kinds(mybb.records, Author)[0].post_count == 922
    smf = parse_page(SMF.encode(), captured_at=NOW)
    post = _kinds(smf.records, Post)[0]
    assert (post.author, post.posted_at, post.quotes) == ("ann", "2019-05-26T16:34:12", ["bob"])
    assert "Words." in (post.body or "") and "q" not in (post.body or "").split()


def test_unknown_reddit_like_board_is_read_by_the_generic_extractor() -> None:
    result = parse_page(DREADLIKE.encode(), url="http://d.onion/post/abc/", captured_at=NOW)
    assert result.page.page_type == "thread"
    posts = _kinds(result.records, Post)
    assert [(p.author, p.posted_at, p.body, p.quotes) for p in posts] == [
        ("ann", "2026-11-18", "First.", []),
        ("bob", "2026-11-20T07:00:00", "Second.", ["ann"]),
    ]
    assert _kinds(result.records, Thread)[0].title == "Guide: tea"


def test_topic_list_is_a_forum_index_with_threads() -> None:
    rows = "".join(
        f'<li class="row"><a href="./viewtopic.php?t={i}" class="topictitle">Topic number {i}</a>'
        f' <a href="./memberlist.php?mode=viewprofile&u={i}">user{i}</a> <span>сегодня, 12:0{i}</span></li>'
        for i in range(4)
    )
    result = parse_page(
        f"<html><body><h2>Board</h2><ul>{rows}</ul></body></html>".encode(),
        url="http://f.onion/viewforum.php?f=1",
        captured_at=NOW,
    )
    assert result.page.page_type == "forum_index"
    assert [(t.title, t.author) for t in result.records] == [
        (f"Topic number {i}", f"user{i}") for i in range(4)
    ]


def test_member_profile_page() -> None:
    body = (
        b"<html><body><h1>u/ann</h1><p>Posts: <b>649</b></p><p>Joined: <b>Mar 5, 2024</b></p></body></html>"
    )
    result = parse_page(body, url="http://d.onion/u/ann")
    assert result.page.page_type == "profile"
    assert (result.records[0].name, result.records[0].post_count, result.records[0].joined) == (
        "ann",
        649,
        "2024-03-05",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yesterday, 10:15", "2026-11-19T10:15:00"),
        ("Today at 8:05 PM", "2026-11-20T20:05:00"),
        ("вчера, 23:59", "2026-11-19T23:59:00"),
        ("сегодня", "2026-11-20"),
        ("gestern, 14:00", "2026-11-19T14:00:00"),
        ("hier à 09:30", "2026-11-19T09:30:00"),
        ("ayer a las 10:00", "2026-11-19T10:00:00"),
        ("3 hours ago", "2026-11-20T09:00:00"),
        ("2 days ago", "2026-11-18"),
        ("vor 2 Tagen", "2026-11-18"),
        ("il y a 3 jours", "2026-11-17"),
        ("hace 5 días", "2026-11-15"),
        ("5 дней назад", "2026-11-15"),
        ("12 марта 2020 в 14:30", "2020-03-12T14:30:00"),
        ("3. März 2021", "2021-03-03"),
        ("1 janv. 2020", "2020-01-01"),
        ("25 de mayo de 2019", "2019-05-25"),
        ("Sun Sep 03, 2006 9:23 pm", "2006-09-03T21:23:00"),
        ("15.03.2021 14:22", "2021-03-15T14:22:00"),
        ("2016-02-01, 02:21", "2016-02-01T02:21:00"),
        ("Join Date: May 2015", "2015-05"),
        ("no date here", None),
    ],
)
def test_dates_absolute_and_relative_in_several_languages(text: str, expected: str | None) -> None:
    assert parse_date(text, NOW) == expected


def test_month_names_written_with_case_folding_variants_of_their_letters_are_read() -> None:
    # "\u1c82" is an old form of "о" that case-insensitive matching pairs with it.
    assert parse_date("5 \u1c82кт 2021", NOW) == "2021-10-05"
    assert parse_date("\u017fept 3, 2019", NOW) == "2019-09-03"  # long s


def test_numeric_dates_follow_the_engine_order_when_ambiguous() -> None:
    assert parse_date("07-04-2013", order="mdy") == "2013-07-04"
    assert parse_date("07-04-2013", order="dmy") == "2013-04-07"
    assert parse_date("13/04/2013", order="mdy") == "2013-04-13"  # impossible month: day first


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/realpages is absent")
def test_real_forum_pages_of_four_engines_and_mybb_pages() -> None:
    for rel, engine in (
        ("forums/phpbb/phpBB.html", "phpbb"),
        ("forums/vbulletin3/vBulletin3.html", "vbulletin3"),
        ("forums/vbulletin4/vBulletin4.html", "vbulletin4"),
        ("forums/xenforo1/RenascenceSV.html", "xenforo1"),
    ):
        result = parse_page((REAL / rel).read_bytes())
        assert (result.page.page_type, result.page.engine) == ("thread", engine), rel
        posts = _kinds(result.records, Post)
        assert len(posts) >= 10 and all(p.author and p.posted_at for p in posts), rel
    for path in sorted((REAL / "forums" / "mybb-sinister.ly").glob("*.html")):
        result = parse_page(path.read_bytes())
        posts = _kinds(result.records, Post)
        assert result.page.page_type == "thread" and posts, path.name
        assert all(p.author and p.posted_at for p in posts), path.name


IPB = """<html><head><title>Tea - Invision Community</title></head><body>
<h1 class="ipsType_pageTitle">Tea</h1>
<article id="elComment_1" class="cPost ipsBox ipsComment">
<aside class="ipsComment_author cAuthorPane"><h3 class="cAuthorPane_author"><strong>
<a href="https://x.onion/profile/12-ann/">ann</a></strong></h3>
<ul class="cAuthorPane_info"><li class="ipsType_light">1,234 posts</li></ul></aside>
<div class="ipsComment_content"><div class="ipsComment_meta">
<time datetime="2019-05-26T16:34:00Z">May 26</time></div>
<div class="cPost_contentWrap"><div data-role="commentContent" class="ipsType_richText">
<blockquote class="ipsQuote" data-ipsquote-username="bob"><div class="ipsQuote_citation">bob said:</div>
<div class="ipsQuote_contents"><p>q</p></div></blockquote><p>Words.</p></div>
<div data-role="memberSignature" class="ipsComment_signature">sig</div></div></div></article></body></html>"""

NODEBB = """<html><head><title>Tea | NodeBB</title></head><body><h1 component="topic/title">Tea</h1><ul>
<li component="post" data-index="0" data-pid="1" data-username="ann"><div class="post-header">
<strong><a href="/user/ann" itemprop="author" data-username="ann">ann</a></strong>
<a class="permalink" href="/post/1"><span class="timeago" title="2019-05-26T16:34:00.000Z"></span></a></div>
<div class="content" component="post/content" itemprop="text"><blockquote><p>
<a href="/user/bob">@bob</a> said in
<a href="/post/0">Tea</a>:</p><p>q</p></blockquote><p>Words.</p></div>
<div component="post/signature" class="post-signature">sig</div></li></ul></body></html>"""

DISCOURSE = """<html><head><title>Tea - Discourse forum</title></head><body>
<div id="topic-title"><h1><a href="/t/tea/5">Tea</a></h1></div>
<div id="post_1" itemprop="comment" class="topic-body crawler-post"><div class="crawler-post-meta">
<span class="creator" itemprop="author"><a itemprop="url" href="/u/ann"><span itemprop="name">ann</span>
</a></span>
<span class="crawler-post-infos">
<time itemprop="datePublished" datetime="2019-05-26T16:34:00Z" class="post-time">
May 26, 2019, 4:34pm</time></span></div><div class="post" itemprop="text">
<aside class="quote no-group" data-username="bob" data-post="1"><div class="title">bob:</div>
<blockquote><p>q</p>
</blockquote></aside><p>Words.</p></div></div></body></html>"""

VB5 = """<html><head><meta name="generator" content="vBulletin 5.6.0"><title>Tea - Forum</title></head><body>
<h1 class="main-title">Tea</h1><ul><li class="b-post js-post" data-node-id="1"><div class="b-userinfo">
<div class="author"><strong><a href="/member/2-ann"><span itemprop="name">ann</span></a></strong></div>
<ul class="b-userinfo__details"><li>Join Date: Oct 2010</li><li>Posts: 3882</li></ul></div>
<div class="b-post__body"><div class="b-post__timestamp">
<time datetime="2016-06-15T15:03:00">06-15-2016</time></div>
<div class="js-post__content-text"><div class="bbcode_container"><div class="bbcode_quote">
<div class="bbcode_postedby">
<label>Quote:</label> Originally posted by <strong>bob</strong></div><div class="message">q</div></div>
</div>Words.</div>
</div></li></ul></body></html>"""


@pytest.mark.parametrize(
    ("html", "engine", "posts_stat"),
    [(IPB, "ipb", 1234), (NODEBB, "nodebb", None), (DISCOURSE, "discourse", None), (VB5, "vbulletin5", 3882)],
)
def test_invision_nodebb_discourse_and_vbulletin5_posts(
    html: str, engine: str, posts_stat: int | None
) -> None:
    result = parse_page(html.encode(), captured_at=NOW)
    assert (result.page.page_type, result.page.engine) == ("thread", engine)
    assert _kinds(result.records, Thread)[0].title == "Tea"
    post = _kinds(result.records, Post)[0]
    when = "2016-06-15T15:03" if engine == "vbulletin5" else "2019-05-26T16:34"
    assert (post.author, (post.posted_at or "")[:16], post.quotes) == ("ann", when, ["bob"])
    assert post.body == "Words."
    authors = _kinds(result.records, Author)
    assert (authors[0].post_count if authors else None) == posts_stat


def test_thread_board_starter_and_canonical_url() -> None:
    crumbs = (
        '<div class="crumbs"><a href="./index.php">Index</a> <a href="./viewforum.php?f=2">Tea talk</a></div>'
    )
    page1 = PHPBB.replace("<body>", f"<body>{crumbs}", 1).encode()
    result = parse_page(
        page1, url="http://f.onion/viewtopic.php?t=1&sid=0123456789abcdef0123456789abcdef", captured_at=NOW
    )
    thread = _kinds(result.records, Thread)[0]
    assert (thread.board, thread.author, thread.thread_url) == (
        "Tea talk",
        "ann",
        "http://f.onion/viewtopic.php?t=1",
    )
    page2 = parse_page(page1, url="http://f.onion/viewtopic.php?t=1&start=10", captured_at=NOW)
    thread2 = _kinds(page2.records, Thread)[0]
    assert thread2.author is None and thread2.thread_url == "http://f.onion/viewtopic.php?t=1"
    assert all(p.thread_url == "http://f.onion/viewtopic.php?t=1" for p in _kinds(page2.records, Post))


def test_post_links_exclude_quotes_and_signatures() -> None:
    html = (
        XF2.replace("Texte.", 'Texte <a href="/goto/1">lien</a>.')
        .replace(
            '<aside class="message-signature">sig</aside>',
            '<aside class="message-signature"><a href="/sig">sig</a></aside>',
        )
        .encode()
    )
    post = _kinds(parse_page(html, url="http://x.onion/threads/tea.1/", captured_at=NOW).records, Post)[0]
    assert post.links == ["http://x.onion/goto/1"]


SUBMISSION = """<html><head><title>Tea guide : Tea</title></head><body>
<div class="header"><a href="/u/me">/u/me</a> (logged in)</div><div class="postContainer"><div class="post">
<div class="postHeader"><a class="username" href="/u/ann">/u/ann</a>
<span class="timestamp">3 hours ago</span></div>
<div class="postTitle">Tea guide</div><div class="postContent">How to brew tea properly.</div></div></div>
<div class="comments"><div class="comment"><div class="commentHead">
<a class="username" href="/u/bob">/u/bob</a>
<span class="time">2 hours ago</span></div><div class="commentBody">Thanks!</div></div><div class="comment">
<div class="commentHead"><a class="username" href="/u/cy">/u/cy</a> <span class="time">1 hour ago</span></div>
<div class="commentBody">Nice.</div></div></div></body></html>"""


def test_submission_above_comments_is_the_first_post() -> None:
    result = parse_page(SUBMISSION.encode(), url="http://d.onion/post/abc/", captured_at=NOW)
    thread = _kinds(result.records, Thread)[0]
    posts = _kinds(result.records, Post)
    assert (thread.title, thread.author) == ("Tea guide", "ann")
    assert [(p.author, p.body, p.index) for p in posts] == [
        ("ann", "How to brew tea properly.", 0), ("bob", "Thanks!", 1), ("cy", "Nice.", 2)]


SELECTOR_PAGE = """<html><body><section class="thread"><ol>
<li class="post first"><p class="meta"><a class="name" href="/u/ann">ann</a> <time>2 days ago</time></p>
<div class="text"><blockquote><a class="name">bob</a> wrote</blockquote>Hi</div></li>
<li class="post"><p class="meta"><b><a class="name" href="/u/bob">bob</a></b></p><div class="text">Yo</div>
<div class="sig"><p class="meta">sig</p></div></li>
<li class="post text"><span>guest</span></li>
</ol></section><p class="meta"><a class="name">footer</a></p></body></html>"""


@pytest.mark.parametrize(
    "selector",
    [
        "p.meta a.name",  # descendant chains, the first alternative matching some posts only
        "b a.name, p.meta a, .name",
        "section.thread a.name, a.name",  # a chain whose top lies above every post: nothing in any post
        "li.text, div.text",  # a post that matches the selector itself
        "p.meta > a, time",  # child combinator
        "p.meta + div, .sig",  # sibling combinator: run once per post
        ".//a[@class='name'], time",  # XPath alternative: run once per post
        "a:nth-child(1), blockquote",
        "a[, time",  # an alternative lxml cannot compile is skipped, as first_match does
    ],
)
def test_first_matches_gives_each_context_what_first_match_gives_it(selector: str) -> None:
    from parsers.dom import load
    from parsers.forums import first_match, first_matches

    doc = load(SELECTOR_PAGE.encode())
    posts = doc.select("li.post")
    expected = {post: first_match(doc, selector, post) for post in posts}
    assert first_matches(doc, selector, posts, disjoint=True) == expected
    assert first_matches(doc, selector, posts) == expected


def test_first_matches_agrees_with_first_match_for_every_engine_selector_on_engine_pages() -> None:
    from parsers.dom import load
    from parsers.engines import ENGINES
    from parsers.forums import first_match, first_matches

    for page in (PHPBB, VB4, XF2, MYBB, SMF, DREADLIKE, IPB, NODEBB, DISCOURSE, VB5, SUBMISSION):
        doc = load(page.encode())
        for spec in ENGINES.values():
            blocks = [el for el in doc.root.iter("div", "li", "article", "table", "td") if len(el)]
            outer = [el for el in blocks if not any(a in blocks for a in el.iterancestors())]
            for selector in (spec.author, spec.date, spec.body, spec.quote, spec.signature, spec.userinfo):
                expected = {post: first_match(doc, selector, post) for post in outer}
                assert first_matches(doc, selector, outer, disjoint=True) == expected, (spec.name, selector)


def test_a_relative_date_gives_way_to_the_full_date_of_its_tooltip() -> None:
    post = (
        '<div class="comment"><a href="/u/{name}">{name}</a> '
        '<span><span class="moment-time" data-tippy-content="{full}">{shown}</span></span>'
        '<div class="md-div"><p>{body}</p></div></div>'
    )
    page = "<html><body><h1>Wet clay garlic</h1>" + "".join(
        post.format(name=n, full=f, shown=s, body=b)
        for n, f, s, b in (
            ("ann", "Tuesday, November 17, 2026 at 6:40:00 PM", "3 days ago", "Which varieties survive?"),
            ("bob", "Thursday, November 19, 2026 at 9:15:00 PM", "14 hours ago", "Raised rows and grit."),
        )
    ) + "</body></html>"
    result = parse_page(page.encode(), url="http://forum.example/post/1", captured_at="2026-11-20T12:00:00Z",
                        use_profiles=False)
    posts = [r for r in result.records if isinstance(r, Post)]
    assert [(p.author, p.posted_at) for p in posts] == [
        ("ann", "2026-11-17T18:40:00"), ("bob", "2026-11-19T21:15:00"),
    ]


def test_an_engines_join_day_with_a_two_digit_year_is_of_that_year_not_this_one() -> None:
    page = PHPBB.replace("<strong>Joined:</strong> 12 Mar 2021", "<strong>Joined:</strong> 12-Mar 04")
    result = parse_page(page.encode(), url="http://f.onion/viewtopic.php?t=1", captured_at=NOW)
    assert _kinds(result.records, Author)[0].joined == "2004-03-12"
