"""parsers.quotes / parsers.generic_forum / parsers.comment_tree / parsers.engines: the general
forum rules that round 7 (tests/test_parsers_general_r7.py) found missing, each specified on
small pages written here (none is a copy of a round-7 page):

- a quote's attribution in the words of common languages, before the name ("Citazione da: ann il
  <date>", SMF) or after it ("ann hat geschrieben:", phpBB's German pack);
- a post block of two side-by-side columns, the author's panel and the post (wpForo);
- a Reddit-like comment tree whose posts name their author in a header line beside a <time>
  ("<strong>ann</strong> escribió <time>", Postmill), read as a thread in page order.
"""

from __future__ import annotations

import pytest

from parsers import parse_page
from parsers.dom import load
from parsers.quotes import QUOTE_HEAD_WORDS, QUOTE_SAID_WORDS, quote_author
from parsers.records import Author, Post, Thread

NOW = "2026-11-20T12:00:00Z"


def _quote(html: str) -> object:
    return load(html.encode()).root.find(".//blockquote")


# -- quote attributions --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cite",
    [
        "ann hat geschrieben: ↑Mo 17. Nov 2026, 18:40",  # phpBB 3.3, German
        "ann schrieb:",
        "ann ha scritto: ↑17 nov 2026, 18:40",  # Italian
        "ann a écrit : ↑17 nov. 2026, 18:40",  # French
        "ann escribió: ↑17 Nov 2026, 18:40",  # Spanish
        "ann escreveu: ↑17 Nov 2026, 18:40",  # Portuguese
        "ann schreef: ↑17 nov 2026, 18:40",  # Dutch
        "ann napisał(a): ↑17 lis 2026, 18:40",  # Polish
        "ann писал(а): ↑17 ноя 2026, 18:40",  # Russian
        "ann пишет:",
        "ann yazdı: ↑17 Kas 2026, 18:40",  # Turkish
        "ann skrev:",  # Swedish, Danish, Norwegian
    ],
)
def test_a_cite_naming_the_author_before_the_verb_gives_the_name_in_many_languages(cite: str) -> None:
    # phpBB 3.3's cite: the name links to the profile, the arrow links to the quoted post.
    name, _, rest = cite.partition(" ")
    quote = _quote(f'<blockquote><div><cite><a href="./memberlist.php?u=2">{name}</a> {rest}'
                   f'</cite>The quoted words.</div></blockquote>')
    assert quote_author(quote) == "ann"


def test_a_cite_in_plain_text_with_the_verb_after_a_name_of_two_words_gives_both_words() -> None:
    quote = _quote("<blockquote><cite>Ann Lee hat geschrieben:</cite>Words.</blockquote>")
    assert quote_author(quote) == "Ann Lee"


@pytest.mark.parametrize(
    "header",
    [
        "Citazione da: ann il 17 Novembre 2026, 18:40:00",  # SMF 2.1, Italian
        "Quote from: ann on November 17, 2026, 06:40:00 PM",  # SMF, English
        "Zitat von: ann am 17. November 2026, 18:40:00",  # SMF, German
        "Cita de: ann en 17 de noviembre de 2026, 18:40:00",  # SMF, Spanish
        "Citation de : ann le 17 novembre 2026 à 18:40:00",  # SMF, French (a space before the colon)
        "Цитата: ann от 17 Ноября 2026, 18:40:00",  # SMF, Russian
        "Citação de: ann em 17 de Novembro de 2026, 18:40:00",  # Portuguese
        "Citaat van: ann op 17 november 2026, 18:40:00",  # Dutch
    ],
)
def test_a_quote_header_opening_with_its_word_gives_the_name_before_the_date(header: str) -> None:
    # SMF 2.1: blockquote.bbc_standard_quote > cite > a (the link to the quoted message).
    quote = _quote(f'<blockquote class="bbc_standard_quote"><cite><a href="index.php?msg=1#msg1">{header}'
                   f'</a></cite>The quoted words.</blockquote>')
    assert quote_author(quote) == "ann"


def test_a_cite_holding_only_a_name_is_the_name() -> None:
    assert quote_author(_quote("<blockquote><cite>ann</cite>Words.</blockquote>")) == "ann"


def test_a_sentence_that_only_speaks_of_saying_is_no_attribution() -> None:
    # Verbs of speech ("a dit", "dijo") name a quote's author only when a colon follows them.
    quote = _quote("<blockquote><p>Il a dit que le frein siffle encore.</p></blockquote>")
    assert quote_author(quote) is None
    assert quote_author(_quote("<blockquote><p>ann a dit :</p><p>Words.</p></blockquote>")) == "ann"


def test_the_attribution_words_are_one_table_per_language() -> None:
    for lang in ("de", "it", "fr", "es", "pt", "nl", "pl", "ru", "tr"):
        assert QUOTE_SAID_WORDS[lang]
    assert "hat geschrieben" in QUOTE_SAID_WORDS["de"]
    assert "citazione da" in QUOTE_HEAD_WORDS["it"]


def test_a_german_phpbb_thread_names_the_quoted_author() -> None:
    page = (
        '<html><head><title>Honig - Imker</title></head><body><h2 class="topic-title">'
        '<a href="./viewtopic.php?t=9">Honig</a></h2>'
        '<div id="p1" class="post bg2"><div class="postbody"><p class="author">von <strong>'
        '<a href="./memberlist.php?mode=viewprofile&amp;u=2" class="username">ann</a></strong> » '
        '<time datetime="2026-11-17T18:40:00+00:00">Mo 17. Nov 2026, 18:40</time></p>'
        '<div class="content">Wann schleudert ihr?</div></div></div>'
        '<div id="p2" class="post bg1"><div class="postbody"><p class="author">von <strong>'
        '<a href="./memberlist.php?mode=viewprofile&amp;u=3" class="username">bob</a></strong> » '
        '<time datetime="2026-11-19T21:15:00+00:00">Gestern, 21:15</time></p>'
        '<div class="content"><blockquote cite="./viewtopic.php?p=1#p1"><div><cite>'
        '<a href="./memberlist.php?mode=viewprofile&amp;u=2">ann</a> hat geschrieben: '
        '<a href="./viewtopic.php?p=1#p1">↑</a><span>Mo 17. Nov 2026, 18:40</span></cite>'
        'Wann schleudert ihr?</div></blockquote>Im Juli.</div></div></div>'
        '<p class="footer">phpBB</p></body></html>'
    ).encode()
    result = parse_page(page, url="http://imker.example/viewtopic.php?t=9", captured_at=NOW,
                        use_profiles=False)
    posts = [r for r in result.records if isinstance(r, Post)]
    assert [(p.author, p.body, p.quotes) for p in posts] == [
        ("ann", "Wann schleudert ihr?", []), ("bob", "Im Juli.", ["ann"]),
    ]


# -- posts of two side-by-side columns (wpForo) ---------------------------------------------------


def _wpforo_post(pid: int, name: str, joined: str, count: int, date: str, content: str, sig: str = "") -> str:
    # wpForo's classic layout: div.post-wrap#post-N > div.wpforo-post > div.wpf-left (the author's
    # panel) | div.wpf-right (the date line, the post, the signature), then the action bar.
    return (
        f'<div id="post-{pid}" class="post-wrap"><div class="wpforo-post wpfcl-1">'
        f'<div class="wpf-left"><div class="author-avatar"><img alt="{name}" src="/a.png"></div>'
        f'<div class="author-data"><div class="author-name">'
        f'<a href="http://velo.example/community/participant/{name}/">{name}</a></div>'
        f'<div class="author-title">Member</div><div class="author-joined">Joined: {joined}</div>'
        f'<div class="author-posts">Posts: {count}</div></div></div>'
        f'<div class="wpf-right"><div class="wpforo-post-content-top"><span>{date}</span> '
        f'<a href="#post-{pid}">#</a></div><div class="wpforo-post-content">{content}</div>'
        + (f'<div class="wpforo-post-signature"><p>{sig}</p></div>' if sig else "")
        + '</div><div class="bottom"><span class="wpf-action">Reply</span>'
        '<span class="wpf-action">Quote</span></div></div></div>'
    )


_WPFORO = (
    '<html><head><title>Squeaky brakes - Bike Workshop</title></head><body><div id="wpforo">'
    '<div id="wpforo-wrap" class="wpft-topic wpforo"><div class="wpforo-main">'
    '<h1 id="wpforo-title">Squeaky brakes</h1><div class="wpfl-1">'
    + _wpforo_post(11, "ann", "March 3, 2023", 88, "2026-11-17 18:40:00",
                   "<p>My rear brake squeaks.<br>\nNew pads?</p>")
    + _wpforo_post(12, "bob", "May 30, 2019", 1412, "2026-11-19 21:15:00",
                   '<blockquote data-userid="1" data-postid="11" data-mention="ann">'
                   '<div class="wpforo-post-quote-author"><strong> Posted by: @ann </strong></div>'
                   "<p>New pads?</p></blockquote><p>Sand them first.</p>", sig="Ride on.")
    + "</div></div></div></div></body></html>"
)


def test_a_wpforo_topic_reads_the_author_column_beside_the_post_column() -> None:
    result = parse_page(_WPFORO.encode(), url="http://velo.example/community/brakes/squeaky-brakes/",
                        captured_at=NOW, use_profiles=False)
    assert (result.page.page_type, result.page.engine) == ("thread", "wpforo")
    thread = result.records[0]
    assert isinstance(thread, Thread) and thread.title == "Squeaky brakes" and thread.author == "ann"
    posts = [r for r in result.records if isinstance(r, Post)]
    # The signature is not the post's words; the quote names whom it quotes (data-mention).
    assert [(p.author, p.posted_at, p.body, p.quotes) for p in posts] == [
        ("ann", "2026-11-17T18:40:00", "My rear brake squeaks.\nNew pads?", []),
        ("bob", "2026-11-19T21:15:00", "Sand them first.", ["ann"]),
    ]
    authors = [(a.name, a.post_count, a.joined) for a in result.records if isinstance(a, Author)]
    assert authors == [("ann", 88, "2023-03-03"), ("bob", 1412, "2019-05-30")]


def _wpforo_page(posts: str, layout: int) -> bytes:
    return (
        '<html><head><title>Squeaky brakes - Bike Workshop</title></head><body><div id="wpforo">'
        '<div id="wpforo-wrap" class="wpft-topic wpforo"><div class="wpforo-main">'
        f'<h1 id="wpforo-title">Squeaky brakes</h1><div class="wpfl-{layout}">{posts}</div>'
        "</div></div></div></body></html>"
    ).encode()


def _layout2_post(pid: int, name: str, date: str, content: str, sig: str = "") -> str:
    # Layout 2: the date under the post ("Posted : date" in div.wpforo-post-content-bottom), the
    # signature and the action buttons INSIDE div.wpforo-post-content.
    return (
        f'<div id="post-{pid}" class="post-wrap"><div class="wpforo-post wpfcl-1"><div class="wpf-left">'
        f'<div class="author-data"><div class="author-name"><a href="/community/participant/{name}/">'
        f'{name}</a></div><div class="author-title">Member</div></div></div><div class="wpf-right">'
        f'<div class="wpforo-post-content-top"><div class="wpf-post-actions"><span class="wpf-action">'
        f'Report</span></div><a href="#post-{pid}">#</a></div><div class="wpforo-post-content">{content}'
        + (f'<div class="wpforo-post-signature"><p>{sig}</p></div>' if sig else "")
        + '<div class="wpf-post-button-actions"><span class="wpf-action">Reply</span>'
        '<span class="wpf-action">Quote</span></div></div>'
        f'<div class="wpforo-post-content-bottom"><div class="cbleft wpfcl-0">Posted : {date} '
        f'<span class="bleft"></span></div></div></div></div></div>'
    )


def test_a_wpforo_topic_in_the_layout_with_the_date_under_the_post_is_read() -> None:
    page = _wpforo_page(
        _layout2_post(21, "ann", "17/11/2026 6:40 pm", "<p>My rear brake squeaks.</p>")
        + _layout2_post(22, "bob", "19/11/2026 9:15 pm", "<p>Sand the pads.</p>", sig="Ride on."),
        layout=2,
    )
    result = parse_page(page, url="http://velo.example/community/brakes/squeaky-brakes/", captured_at=NOW,
                        use_profiles=False)
    assert (result.page.page_type, result.page.engine) == ("thread", "wpforo")
    posts = [r for r in result.records if isinstance(r, Post)]
    # Neither the signature nor the Reply/Quote buttons printed in the content are its words.
    assert [(p.author, p.posted_at, p.body) for p in posts] == [
        ("ann", "2026-11-17T18:40:00", "My rear brake squeaks."),
        ("bob", "2026-11-19T21:15:00", "Sand the pads."),
    ]


def test_a_wpforo_question_and_its_answers_comments_are_read_in_page_order() -> None:
    # Layout 3 (Q&A): the date in div.wpforo-post-date, the author under the post in
    # div.wpforo-post-author ("88 Posts"), an answer's comments after it in div.comment-wrap.
    def answer(pid: int, name: str, count: int, date: str, words: str) -> str:
        return (
            f'<div id="post-{pid}" class="post-wrap wpf-answer-wrap"><div class="wpforo-post wpfcl-1">'
            '<div class="wpf-left"><div class="wpforo-post-voting"><span>3</span></div></div>'
            '<div class="wpf-right"><div class="wpforo-post-content-top"><div class="wpforo-post-link">'
            f'<a href="#post-{pid}">#</a></div><div class="wpforo-post-date">{date}</div></div>'
            f'<div class="wpforo-post-content"><p>{words}</p></div><div class="wpforo-post-author">'
            '<div class="wpforo-post-author-data"><div class="wpforo-box-l3a-right">'
            f'<span class="author-name"><a href="/community/participant/{name}/">{name}</a></span><br>'
            '<span class="author-posts">'
            f"{count} Posts</span></div></div></div></div></div></div>"
        )

    comment = (
        '<div id="post-33" class="comment-wrap"><div class="wpforo-comment wpfcl-1"><div class="wpf-left">'
        '</div><div class="wpf-right"><div class="wpforo-comment-content"><p>Which grit?</p>'
        '<div class="wpforo-comment-footer"><span class="wpfcl-0">by <a href="/community/participant/ann/">'
        'ann</a> 20/11/2026 9:00 am</span></div><div class="wpforo-comment-action-links">Report Edit</div>'
        "</div></div></div></div>"
    )
    page = _wpforo_page(
        answer(31, "ann", 88, "17/11/2026 6:40 pm", "How do I stop the squeak?")
        + answer(32, "bob", 1412, "19/11/2026 9:15 pm", "Sand the pads.") + comment,
        layout=3,
    )
    result = parse_page(page, url="http://velo.example/community/brakes/squeaky-brakes/", captured_at=NOW,
                        use_profiles=False)
    assert (result.page.page_type, result.page.engine) == ("thread", "wpforo")
    posts = [r for r in result.records if isinstance(r, Post)]
    assert [(p.author, p.posted_at, p.body) for p in posts] == [
        ("ann", "2026-11-17T18:40:00", "How do I stop the squeak?"),
        ("bob", "2026-11-19T21:15:00", "Sand the pads."),
        ("ann", "2026-11-20T09:00:00", "Which grit?"),
    ]
    authors = [(a.name, a.post_count) for a in result.records if isinstance(a, Author)]
    assert authors == [("ann", 88), ("bob", 1412)]


def test_a_quote_with_a_posted_by_line_names_the_member_after_it() -> None:
    # wpForo's quote title ("Posted by: @ann", French "Posté par: @ann") when no data-mention is set.
    for line in ("Posted by: @ann", "Posté par: @ann", "Publicado por: @ann"):
        quote = _quote(f'<blockquote><div class="wpforo-post-quote-author"><strong> {line} </strong>'
                       "</div><p>Words.</p></blockquote>")
        assert quote_author(quote) == "ann"


def test_two_column_posts_linking_members_under_participant_are_read_without_an_engine() -> None:
    # Member pages at /participant/<name>/ (wpForo's address for them) are member links: the
    # generic reader then finds the repeated blocks whatever their class names.
    page = _WPFORO.replace("wpforo", "board").replace("wpf-", "col-").replace("wpfl-", "list-")
    result = parse_page(page.encode(), url="http://velo.example/community/brakes/squeaky-brakes/",
                        captured_at=NOW, use_profiles=False)
    assert (result.page.page_type, result.page.engine) == ("thread", None)
    posts = [r for r in result.records if isinstance(r, Post)]
    assert [(p.author, p.posted_at, p.body, p.quotes) for p in posts] == [
        ("ann", "2026-11-17T18:40:00", "My rear brake squeaks.\nNew pads?", []),
        ("bob", "2026-11-19T21:15:00", "Sand them first.", ["ann"]),
    ]


# -- Reddit-like comment trees (Postmill) ---------------------------------------------------------


def _comment(cid: int, name: str, when: str, words: str, replies: str = "", level: int = 1) -> str:
    # Postmill's comment: article.comment > div.comment__row > div.comment__main > header (the
    # byline "<a><strong>name</strong></a> wrote <time>"), div.comment__body, nav; the replies in
    # div.comment__replies INSIDE the parent's article.
    kind = "comment--top-level" if level == 1 else "comment--nested"
    return (
        f'<article class="comment {kind} hideable" id="comment_{cid}" data-level="{level}">'
        f'<div class="comment__row"><div class="comment__main"><header class="comment__header">'
        f'<h1 class="comment__info break-text unheaderize"><span class="fg-muted text-sm">'
        f'<a href="/user/{name}" class="fg-inherit"><strong>{name}</strong></a> wrote '
        f'<time datetime="{when}" class="relative-time">some hours ago</time></span></h1></header>'
        f'<div class="comment__body break-text">{words}</div>'
        f'<nav class="comment__nav"><a href="/f/garden/7/comment/{cid}" class="text-sm">Permalink</a>'
        f'</nav></div></div>'
        + (f'<div class="comment__replies">{replies}</div>' if replies else "")
        + "</article>"
    )


def _postmill(comments: str, *, sidebar: bool = True) -> bytes:
    page = (
        '<html><head><title>Yellow leaves - Garden</title></head><body><main class="site-content__body">'
        '<article class="submission submission--has-body"><div class="submission__row">'
        '<div class="submission__inner"><header class="submission__header">'
        '<h1 class="submission__title break-text"><a href="/f/garden/7/yellow-leaves" '
        'class="submission__link">Yellow leaves</a></h1><p class="submission__info">'
        '<span class="text-sm fg-muted">Submitted by <a href="/user/ann" class="submission__submitter">'
        '<strong>ann</strong></a> <time datetime="2026-11-17T18:40:00+00:00" class="relative-time">'
        'on November 17, 2026</time> in <a href="/f/garden"><strong>garden</strong></a></span></p>'
        '</header><div class="submission__body break-text"><p>My tomato leaves turn yellow.</p>'
        '<p>Why?</p></div></div></div></article>'
        f'<h2 class="page-heading">3 comments</h2><div class="comment-list">{comments}</div></main>'
        '<aside class="sidebar"><section><h1 class="sidebar__title"><a href="/f/garden">garden</a></h1>'
        '<h1>Moderators</h1><ul><li><a href="/user/mod1">mod1</a></li><li><a href="/user/mod2">mod2</a>'
        "</li><li><a href=\"/user/mod3\">mod3</a></li></ul></section></aside></body></html>"
    )
    if not sidebar:
        page = page[: page.index("<aside")] + "</body></html>"
    return page.encode()


def test_a_submission_with_one_comment_tree_gives_the_posts_in_page_order() -> None:
    # One top-level comment, its reply nested in it, the reply's reply nested in that: no two
    # comments are siblings; the sidebar lists three moderators (member links without dates).
    tree = _comment(1, "bob", "2026-11-19T21:15:00+00:00", "<p>Magnesium. Try Epsom salt.</p>",
                    _comment(2, "ann", "2026-11-20T09:00:00+00:00",
                             "<blockquote><p>Try Epsom salt.</p></blockquote><p>How much?</p>",
                             _comment(3, "bob", "2026-11-20T10:30:00+00:00", "<p>A spoon per litre.</p>",
                                      level=3), level=2))
    result = parse_page(_postmill(tree), url="http://garden.example/f/garden/7/yellow-leaves",
                        captured_at=NOW, use_profiles=False)
    assert result.page.page_type == "thread"
    thread = result.records[0]
    assert isinstance(thread, Thread) and (thread.title, thread.author) == ("Yellow leaves", "ann")
    posts = [r for r in result.records if isinstance(r, Post)]
    # The submission first, then the comments depth first; a reply is no quote of its parent,
    # a Markdown blockquote in a reply is a quote (of nobody named).
    assert [(p.index, p.author, p.posted_at, p.body) for p in posts] == [
        (0, "ann", "2026-11-17T18:40:00", "My tomato leaves turn yellow.\nWhy?"),
        (1, "bob", "2026-11-19T21:15:00", "Magnesium. Try Epsom salt."),
        (2, "ann", "2026-11-20T09:00:00", "How much?"),
        (3, "bob", "2026-11-20T10:30:00", "A spoon per litre."),
    ]
    assert [p.quotes for p in posts] == [[], [], [], []]
    assert not [r for r in result.records if isinstance(r, Author)]  # no statistics shown


@pytest.mark.parametrize("sidebar", [True, False])
def test_a_submission_with_sibling_comments_and_a_nested_reply_keeps_page_order(sidebar: bool) -> None:
    # A reply's kind is its class's first name: "comment comment--nested" in "comment
    # comment--top-level" is a reply, a post of its own (with or without a moderator list beside).
    comments = (
        _comment(1, "bob", "2026-11-19T21:15:00+00:00", "<p>Magnesium.</p>",
                 _comment(2, "ann", "2026-11-20T09:00:00+00:00", "<p>Thanks.</p>", level=2))
        + _comment(3, "cat", "2026-11-20T10:30:00+00:00", "<p>Or too much water.</p>")
    )
    result = parse_page(_postmill(comments, sidebar=sidebar), url="http://garden.example/f/garden/7/yellow-leaves",
                        captured_at=NOW, use_profiles=False)
    assert result.page.page_type == "thread"
    posts = [r for r in result.records if isinstance(r, Post)]
    assert [(p.author, p.body) for p in posts] == [
        ("ann", "My tomato leaves turn yellow.\nWhy?"), ("bob", "Magnesium."), ("ann", "Thanks."),
        ("cat", "Or too much water."),
    ]


def test_a_layout_grid_nested_in_itself_is_no_comment_tree() -> None:
    from parsers.comment_tree import comment_tree

    # The outer row names no member of its own: its links all lie in the inner rows.
    grid = load(
        b'<main><div class="row"><div class="row"><a href="/user/ann">ann</a></div>'
        b'<div class="row"><a href="/user/bob">bob</a></div></div></main>'
    )
    assert comment_tree(list(grid.root.iter("a")), grid.root) == ([], {})
    tree = load(
        b'<main><div class="c"><a href="/user/ann">ann</a><div class="c"><a href="/user/bob">bob</a>'
        b"</div></div></main>"
    )
    found, replies_of = comment_tree(list(tree.root.iter("a")), tree.root)
    assert [len(replies_of[c]) for c in found] == [1, 0]


def test_a_tree_is_read_even_when_one_post_would_do() -> None:
    from parsers.generic_forum import generic_thread

    # When an engine was recognised one post is enough; the opening post alone, beside undated
    # moderator links, is still no reason to leave its comments unread.
    tree = _comment(1, "bob", "2026-11-19T21:15:00+00:00", "<p>Magnesium.</p>",
                    _comment(2, "ann", "2026-11-20T09:00:00+00:00", "<p>Thanks a lot.</p>", level=2))
    doc = load(_postmill(tree), url="http://garden.example/f/garden/7/yellow-leaves")
    posts = [r for r in generic_thread(doc, now=NOW, min_posts=1) if isinstance(r, Post)]
    assert [p.author for p in posts] == ["ann", "bob", "ann"]


def test_two_column_posts_whose_member_links_no_convention_knows_are_read_by_their_author_class() -> None:
    # No engine's class names and member pages at "/gens/<name>": the link in each element
    # classed as the post's author ("author-name") names it, and the blocks around them repeat.
    page = (_WPFORO.replace("wpforo", "board").replace("wpf-", "col-").replace("wpfl-", "list-")
            .replace("/community/participant/", "/gens/"))
    assert "participant" not in page
    result = parse_page(page.encode(), url="http://velo.example/community/brakes/squeaky-brakes/",
                        captured_at=NOW, use_profiles=False)
    assert (result.page.page_type, result.page.engine) == ("thread", None)
    posts = [r for r in result.records if isinstance(r, Post)]
    assert [(p.author, p.posted_at, p.body, p.quotes) for p in posts] == [
        ("ann", "2026-11-17T18:40:00", "My rear brake squeaks.\nNew pads?", []),
        ("bob", "2026-11-19T21:15:00", "Sand them first.", ["ann"]),
    ]
    authors = [(a.name, a.post_count, a.joined) for a in result.records if isinstance(a, Author)]
    assert authors == [("ann", 88, "2023-03-03"), ("bob", 1412, "2019-05-30")]


def test_a_page_without_member_links_or_author_classes_gives_no_posts() -> None:
    from parsers.generic_forum import generic_thread

    page = load(b'<div class="card"><a href="/item/1">Tea</a><span>2026-11-17</span><p class="text">Good'
                b' tea.</p></div><div class="card"><a href="/item/2">Mate</a><span>2026-11-18</span>'
                b'<p class="text">Strong mate.</p></div>')
    assert generic_thread(page, now=NOW) == []
