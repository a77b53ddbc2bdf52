"""parsers.parse_page and parsers.dates.parse_date: round 9's general forum rules, each stated on
small pages written for it (never copies of the round's pages): a rank that starts like "now" is
no date; a guest's greeting is no thread title; a panel of participants and times is not the
posts; member page scripts given a number are member links; posts laid out as runs of table rows;
a post's words where no class names a body; boxes opened by an attribution line are quotes; the
thread's part of a <title> and the plain-text last step of a forum path as the title; "next" in
more languages; posts shown as a byline over their words; a body wrapper around a bar of
controls; today and yesterday with a time."""

from __future__ import annotations

import pytest

from parsers import parse_page
from parsers.dates import parse_date

NOW = "2026-11-20T12:00:00Z"


def _page(title: str, body: str) -> bytes:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode()


@pytest.mark.parametrize("word", ["Nowicjusz", "Nowy użytkownik", "Nowak", "nowhere"])
def test_a_word_that_only_starts_with_now_is_not_the_present_moment(word: str) -> None:
    assert parse_date(word, NOW) is None


@pytest.mark.parametrize("text", ["now", "Just now", "now.", "à l'instant"])
def test_the_now_words_alone_are_the_capture_moment(text: str) -> None:
    assert parse_date(text, NOW) == "2026-11-20T12:00:00"


def _tables_thread(frame: str) -> bytes:
    """Two messages in a table per post, a rank under each name and no headings: the title comes
    from the page frame or the <title>."""
    rows = "".join(
        f"<table><tr><td class=poster><b><a href='/index.php?action=profile;u={i}'>{name}</a></b>"
        f"<div class=smalltext>Nowicjusz<br/>Posts: 1{i}</div></td><td><div class=smalltext>{date}</div>"
        f"<div class=post>{words}</div></td></tr></table>"
        for i, (name, date, words) in enumerate(
            [
                ("ola_k", "17 November 2026, 18:40:00", "The grout in my shower keeps cracking."),
                ("tiler_tom", "18 November 2026, 09:15:00", "Use flexible silicone there, never grout."),
            ]
        )
    )
    return _page("Cracking grout by the tub", frame + rows)


@pytest.mark.parametrize(
    "greeting",
    [
        "Witaj, <b>Gość</b>. Proszę <a href='/login'>zaloguj się</a> lub <a href='/reg'>zarejestruj</a>.",
        "Welcome, <b>Guest</b>. Please <a href='/login'>login</a> or <a href='/reg'>register</a>.",
        "Hallo, <b>Gast</b>. Bitte <a href='/login'>anmelden</a> oder <a href='/reg'>registrieren</a>.",
        "Bienvenue, <b>Invité</b>. Merci de vous <a href='/login'>connecter</a>.",
        "Добро пожаловать, <b>Гость</b>. Пожалуйста, <a href='/login'>войдите</a>.",
    ],
)
def test_a_guests_greeting_in_a_title_classed_cell_is_never_the_thread_title(greeting: str) -> None:
    page = _tables_thread(f"<table><tr><td class=titlebg2><span>{greeting}</span></td></tr></table>")
    result = parse_page(page, url="http://grout.example/index.php?topic=5.0", captured_at=NOW)
    assert result.page.page_type == "thread"
    assert result.records[0].title == "Cracking grout by the tub"


def test_a_greeting_without_a_guest_or_login_word_can_still_be_a_title() -> None:
    page = _tables_thread("<table><tr><td class=titlebg2>Hello from Lisbon, tilers</td></tr></table>")
    result = parse_page(page, url="http://grout.example/index.php?topic=5.0", captured_at=NOW)
    assert result.records[0].title == "Hello from Lisbon, tilers"


def test_a_rank_under_the_name_does_not_make_a_post_dated_now() -> None:
    result = parse_page(_tables_thread(""), url="http://grout.example/index.php?topic=5.0", captured_at=NOW)
    posts = [r for r in result.records if type(r).__name__ == "Post"]
    assert [p.posted_at for p in posts] == ["2026-11-17T18:40:00", "2026-11-18T09:15:00"]


def _panel_then_comments(panel_rows: int) -> bytes:
    """A discussion whose side panel, shown BEFORE the posts, lists who took part and when: as
    many rows as there are comments, each a member link and a time, and no words."""
    people = [("ann", "2026-11-17T18:40:00"), ("bob", "2026-11-19T21:15:00"), ("cat", "2026-11-20T08:02:00")]
    panel = "".join(
        f"<li><a href='/profile/{n}'>{n}</a> <span><time datetime='{t}+00:00'>{t[11:16]}</time></span></li>"
        for n, t in people[:panel_rows]
    )
    words = ["Why does my kettle whistle so early?", "The lid is not seated well.", "Thanks, fixed now."]
    comments = "".join(
        f"<li class='entry'><div class='head'><a href='/profile/{n}'>{n}</a> "
        f"<time datetime='{t}+00:00'>{t[8:10]} Nov</time></div><div class='msg'>{w}</div></li>"
        for (n, t), w in zip(people, words, strict=True)
    )
    return _page(
        "Kettle whistles early",
        f"<div class=side><h4>In this discussion</h4><ul>{panel}</ul></div>"
        f"<div class=main><h1>Kettle whistles early</h1><ul>{comments}</ul></div>",
    )


@pytest.mark.parametrize("panel_rows", [2, 3])
def test_a_panel_of_participants_and_times_above_the_posts_is_not_the_posts(panel_rows: int) -> None:
    result = parse_page(_panel_then_comments(panel_rows), url="http://kettle.example/discussion/9/kettle",
                        captured_at=NOW, use_profiles=False)
    assert result.page.page_type == "thread"
    assert result.records[0].title == "Kettle whistles early"
    posts = [r for r in result.records if type(r).__name__ == "Post"]
    assert [(p.author, p.body) for p in posts] == [
        ("ann", "Why does my kettle whistle so early?"), ("bob", "The lid is not seated well."),
        ("cat", "Thanks, fixed now."),
    ]


@pytest.mark.parametrize(
    "href", ["../../user.php?id.5", "/user.php?id=5", "/modules/profile/userinfo.php?uid=5", "member.php?u=5"]
)
def test_a_member_page_script_given_a_members_number_is_a_member_link(href: str) -> None:
    from parsers.forum_members import USER_HREF_RE

    assert USER_HREF_RE.search(href)


@pytest.mark.parametrize("href", ["/user.php?action=login", "/user.php", "/users.php?sort=name"])
def test_a_member_page_script_without_a_members_number_is_no_member_link(href: str) -> None:
    from parsers.forum_members import USER_HREF_RE

    assert not USER_HREF_RE.search(href)


_PEOPLE = [
    ("ann", 5, "Tue Nov 17 2026, 06:40PM", "Novice", "Joined: Tue Mar 12 2019", "Posts: 88",
     "My brushes shed hairs into every wash, even the new sable ones I bought last month.", "Ann paints"),
    ("bob", 12, "Thu Nov 19 2026, 09:15PM", "Master", "Joined: Mon May 05 2014", "Posts: 1412",
     "Rinse them in cold water and never leave them standing in the jar.", "Bob teaches"),
    ("ann", 5, "Fri Nov 20 2026, 08:02AM", "Novice", "Joined: Tue Mar 12 2019", "Posts: 88",
     "That helped, thanks!", "Ann paints"),
]


def _row_run_thread() -> bytes:
    """A table theme: per post a row with the name and the date, a row with the user panel and
    the words (the signature under a short rule), a row of icon links and an empty spacer row; no
    class names a body ("cellA", "cellB")."""
    posts = "".join(
        f"<tr><td class=cellA><a href='../user.php?id.{uid}'><b>{name}</b></a></td>"
        f"<td class=cellA><div class=tiny><img src=p.png alt=''> {when}</div></td></tr>"
        f"<tr><td class=cellB>{rank}<br/><span class=tiny>ID: {uid}<br/>{joined}<br/>{count}<br/></span></td>"
        f"<td class=cellB><div class=w>{words}</div><br/><hr/><span class=tiny>{sig}</span></td></tr>"
        f"<tr><td class=bar><a href='#top'>Top</a></td><td class=bar><a href='../user.php?id.{uid}'>"
        f"<img src=profile.png alt=''></a></td></tr><tr><td colspan=2></td></tr>"
        for name, uid, when, rank, joined, count, words, sig in _PEOPLE
    )
    return _page(
        "Brushes shedding hairs",
        "<div>Moderators: <a href='../user.php?id.2'>mod_ed</a></div>"
        f"<table class=border><tr><td class=cap>Author</td><td class=cap>Message</td></tr>{posts}</table>",
    )


def test_posts_laid_out_as_runs_of_table_rows_are_read_one_run_a_post() -> None:
    result = parse_page(_row_run_thread(), url="http://paint.example/forum/viewtopic.php?77",
                        captured_at=NOW, use_profiles=False)
    assert result.page.page_type == "thread"
    posts = [r for r in result.records if type(r).__name__ == "Post"]
    assert [(p.author, p.posted_at, p.body) for p in posts] == [
        ("ann", "2026-11-17T18:40:00", _PEOPLE[0][6]),
        ("bob", "2026-11-19T21:15:00", _PEOPLE[1][6]),
        ("ann", "2026-11-20T08:02:00", _PEOPLE[2][6]),
    ]
    authors = [r for r in result.records if type(r).__name__ == "Author"]
    assert [(a.name, a.post_count, a.joined) for a in authors] == [
        ("ann", 88, "2019-03-12"), ("bob", 1412, "2014-05-05"),
    ]


def test_rows_wrapped_as_runs_are_put_back_as_they_were() -> None:
    from parsers.dom import load
    from parsers.forum_members import member_links
    from parsers.post_blocks import row_runs, unwrap_rows

    doc = load(_row_run_thread(), url="http://paint.example/forum/viewtopic.php?77")
    before = doc.root.getroottree().getroot().text_content()
    table = doc.root.find(".//table")
    rows = list(table)
    runs = row_runs(member_links(doc, doc.root.find("body"), 2), 2)
    assert [len(run) for run in runs] == [4, 4, 4]
    unwrap_rows(runs)
    assert list(table) == rows
    assert doc.root.text_content() == before


def test_rows_that_each_hold_a_whole_post_are_no_runs() -> None:
    from parsers.dom import load
    from parsers.forum_members import member_links
    from parsers.post_blocks import row_runs

    rows = "".join(f"<tr><td><a href='/user.php?id={i}'>m{i}</a></td><td>Words of post {i} here</td></tr>"
                   for i in range(3))
    doc = load(_page("t", f"<table>{rows}</table>"))
    assert row_runs(member_links(doc, doc.root.find("body"), 2), 2) == []


def _boxed_quote_thread(second: str) -> bytes:
    posts = [
        ("ann", "17 November 2026, 18:40", "<div class=content>Should I stretch the paper first?</div>"),
        ("bob", "19 November 2026, 21:15", f"<div class=content>{second}</div>"),
    ]
    rows = "".join(
        f"<div class=item><a href='/user.php?id={i}'>{n}</a> <span>{d}</span>{w}</div>"
        for i, (n, d, w) in enumerate(posts)
    )
    return _page("Stretching paper", f"<h1>Stretching paper</h1>{rows}")


@pytest.mark.parametrize(
    "head",
    [
        "<em>ann escreveu ...</em>", "<b>ann wrote:</b>", "<i>ann schrieb:</i>", "<b>ann napisał:</b>",
        "<strong>Zitat von ann</strong>", "<b>Quote from: ann on 17 November 2026</b>",
    ],
)
def test_a_box_opened_by_an_emphasised_attribution_line_is_a_quote(head: str) -> None:
    second = (f"<div class=indent>{head}<br/>Should I stretch the paper first?</div>"
              "Yes, wet it and tape it to a board.")
    result = parse_page(_boxed_quote_thread(second), url="http://paint.example/t/5", captured_at=NOW)
    posts = [r for r in result.records if type(r).__name__ == "Post"]
    assert (posts[1].body, posts[1].quotes) == ("Yes, wet it and tape it to a board.", ["ann"])


def test_a_post_that_itself_opens_with_an_attribution_line_is_not_a_quote_of_itself() -> None:
    from parsers.dom import load
    from parsers.quotes import attributed_quote

    doc = load(b"<div id=p><div id=q><b>ann wrote:</b> the paper curls.</div></div>")
    assert not attributed_quote(doc.root.get_element_by_id("q"))
    doc = load(b"<div id=p><div id=q><b>ann wrote:</b> the paper curls.</div>It does.</div>")
    assert attributed_quote(doc.root.get_element_by_id("q"))


_TOPIC = "http://paint.example/forum/viewtopic.php?77"


@pytest.mark.parametrize(
    "title", ["Paint Club / Forum / Brushes shedding hairs", "Brushes shedding hairs | Forum | Paint Club"]
)
def test_without_headings_the_title_is_the_part_of_the_title_that_no_link_reads(title: str) -> None:
    old = b"<title>Brushes shedding hairs</title>"
    page = _row_run_thread().replace(old, f"<title>{title}</title>".encode())
    page = page.replace(b"<body>", b"<body><a href='/'>Paint Club</a> <a href='/forum.php'>Forum</a>")
    result = parse_page(page, url=_TOPIC, captured_at=NOW, use_profiles=False)
    assert result.records[0].title == "Brushes shedding hairs"


def _with_pager(pager: str) -> bytes:
    at = b"<table class=border>"
    return _row_run_thread().replace(at, f"<div>{pager}</div>".encode() + at)


@pytest.mark.parametrize(
    "word", ["Próxima »", "Seguinte", "Nästa", "Seuraava", "Další", "Következő", "Dalej »"]
)
def test_a_link_saying_next_in_more_languages_is_the_next_page(word: str) -> None:
    page = _with_pager(f"[1] <a href='viewtopic.php?77.10'>{word}</a>")
    result = parse_page(page, url=_TOPIC, captured_at=NOW, use_profiles=False)
    assert result.page.next_page == "http://paint.example/forum/viewtopic.php?77.10"


def test_a_link_to_the_next_topic_is_not_the_next_page() -> None:
    page = _with_pager("<a href='viewtopic.php?78'>Próximo tópico</a>")
    result = parse_page(page, url=_TOPIC, captured_at=NOW, use_profiles=False)
    assert result.page.next_page is None


def _byline_page(lines: list[str], words: list[str], before: list[str] | None = None) -> bytes:
    items = "".join(
        f"{(before or [''] * len(lines))[i]}<div class=who>{line}</div><div class=said>{w}</div>"
        for i, (line, w) in enumerate(zip(lines, words, strict=True))
    )
    head = "<h2><a href='/t/yellow/318'>Yellow leaves on tomatoes</a></h2>"
    return _page("Yellow leaves on tomatoes - Garden Forum", head + items)


_SAID = [
    "<p>The lower leaves turn yellow and dry.</p>",
    "<aside class=quote><div class=title>lucia_f dijo:</div>"
    "<blockquote>The lower leaves turn yellow.</blockquote></aside>"
    "<p>That is early blight, take them off.</p>",
    "<p>Done, thank you for the help!</p>",
]


@pytest.mark.parametrize(
    "lines",
    [
        ["#1 By: <b>Lucía F</b>, November 17th, 2026 18:40", "#2 By: <b>Tom A</b>, November 19th, 2026 21:15",
         "#3 By: <b>Lucía F</b>, November 20th, 2026 08:02"],
        ["Verfasst von Lucía F am 17.11.2026 18:40", "Verfasst von Tom A am 19.11.2026 21:15",
         "Verfasst von Lucía F am 20.11.2026 08:02"],
        ["Publicado por Lucía F, 17/11/2026 18:40", "Publicado por Tom A, 19/11/2026 21:15",
         "Publicado por Lucía F, 20/11/2026 08:02"],
    ],
)
def test_posts_shown_as_a_byline_over_their_words_without_member_links_are_read(
    lines: list[str],
) -> None:
    page = _byline_page(lines, _SAID)
    result = parse_page(page, url="http://garden.example/t/yellow/318", captured_at=NOW, use_profiles=False)
    assert result.page.page_type == "thread"
    assert result.records[0].title == "Yellow leaves on tomatoes"
    posts = [r for r in result.records if type(r).__name__ == "Post"]
    assert [(p.author, p.posted_at, p.body, p.quotes) for p in posts] == [
        ("Lucía F", "2026-11-17T18:40:00", "The lower leaves turn yellow and dry.", []),
        ("Tom A", "2026-11-19T21:15:00", "That is early blight, take them off.", ["lucia_f"]),
        ("Lucía F", "2026-11-20T08:02:00", "Done, thank you for the help!", []),
    ]


def test_a_list_of_articles_each_under_its_linked_title_is_no_thread() -> None:
    lines = ["By <b>Ann</b>, 17 Nov 2026", "By <b>Bob</b>, 18 Nov 2026", "By <b>Cat</b>, 19 Nov 2026"]
    titles = [f"<h3><a href='/news/{i}'>Garden news number {i}</a></h3>" for i in range(3)]
    words = ["Frost is coming early this year.", "Mulch keeps the soil warm.", "Seed swap on Sunday."]
    page = _byline_page(lines, words, titles)
    result = parse_page(page, url="http://garden.example/news/", captured_at=NOW, use_profiles=False)
    assert result.page.page_type != "thread"


_HUMMING = "http://trains.example/discussion/4/humming"


def _wrapped_bodies(extra: str) -> bytes:
    items = "".join(
        f"<li class=comment><a href='/profile/{n}'>{n}</a> "
        f"<time datetime='2026-11-1{i}T10:00:00+00:00'>x</time>"
        f"<div class=Item-Body><div class=Message>{w}</div>{extra}</div></li>"
        for i, (n, w) in enumerate([("ann", "The point motor hums all day."), ("bob", "Check the switch.")])
    )
    return _page("Humming motor", f"<h1>Humming motor</h1><ul>{items}</ul>")


def test_a_body_wrapper_around_the_words_and_a_bar_of_reaction_links_gives_the_inner_words() -> None:
    page = _wrapped_bodies("<div class=Reactions><a href='/react/like'><span>Gefällt mir</span></a></div>")
    result = parse_page(page, url=_HUMMING, captured_at=NOW, use_profiles=False)
    posts = [r for r in result.records if type(r).__name__ == "Post"]
    assert [p.body for p in posts] == ["The point motor hums all day.", "Check the switch."]


def test_a_body_wrapper_with_words_of_its_own_beside_the_inner_body_is_kept_whole() -> None:
    page = _wrapped_bodies("<p>Edited once for spelling.</p>")
    result = parse_page(page, url=_HUMMING, captured_at=NOW, use_profiles=False)
    posts = [r for r in result.records if type(r).__name__ == "Post"]
    assert posts[0].body == "The point motor hums all day.\nEdited once for spelling."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dzisiaj o 14:05", "2026-11-20T14:05:00"),
        ("Wczoraj o 21:15:00", "2026-11-19T21:15:00"),
        ("Today at 2:05 pm", "2026-11-20T14:05:00"),
        ("Gestern, 21:15", "2026-11-19T21:15:00"),
        ("Ontem às 21:15", "2026-11-19T21:15:00"),
        ("Ayer a las 21:15", "2026-11-19T21:15:00"),
        ("Вчера в 21:15", "2026-11-19T21:15:00"),
        ("Igår kl. 21:15", "2026-11-19T21:15:00"),
    ],
)
def test_today_and_yesterday_take_the_time_written_after_them(text: str, expected: str) -> None:
    assert parse_date(text, NOW) == expected


def test_a_day_word_in_its_own_bold_element_before_the_time_dates_the_post() -> None:
    # SMF 1.1: "« <b>Reply #1 on:</b> <b>Wczoraj</b> o 21:15:00 »" under a rank "Nowicjusz".
    smf = "&#171; <b>Odpowiedź #1 dnia:</b> <b>Wczoraj</b> o 21:15:00 &#187;"
    page = _tables_thread("").replace(b"18 November 2026, 09:15:00", smf.encode())
    result = parse_page(page, url="http://grout.example/index.php?topic=5.0", captured_at=NOW)
    posts = [r for r in result.records if type(r).__name__ == "Post"]
    assert [p.posted_at for p in posts] == ["2026-11-17T18:40:00", "2026-11-19T21:15:00"]


def test_the_plain_text_last_step_of_a_forum_path_is_the_title_the_title_tag_holds() -> None:
    page = _row_run_thread().replace(b"<title>Brushes shedding hairs</title>",
                                     b"<title>Paint Club: Brushes shedding hairs</title>")
    crumbs = (b"<div><a href='/'>Paint Club</a> :: <a href='/forum.php'>Forum</a> :: "
              b"Brushes shedding hairs</div>")
    page = page.replace(b"<body>", b"<body>" + crumbs)
    result = parse_page(page, url=_TOPIC, captured_at=NOW, use_profiles=False)
    assert result.records[0].title == "Brushes shedding hairs"


def test_text_after_the_last_link_of_a_footer_is_no_title() -> None:
    footer = b"<div><a href='/'>Home</a> | <a href='/rules'>Rules</a> | Powered by our board</div>"
    page = _row_run_thread().replace(b"</body>", footer + b"</body>")
    result = parse_page(page, url=_TOPIC, captured_at=NOW, use_profiles=False)
    assert result.records[0].title == "Brushes shedding hairs"


_CAT = "http://paint.example/cat/x/1"


@pytest.mark.parametrize(
    "current",
    [
        "<a class='page-link current-page' href='/cat/x/1'>1</a>",
        "<a aria-current=page href='/cat/x/1'>1</a>",
        "<a class=active href='/cat/x/1'>1</a>",
    ],
)
def test_a_pager_whose_current_number_is_a_link_marked_current_gives_the_next_number(current: str) -> None:
    pager = f"More: {current} <a class=page-link href='/cat/x/2'>2</a> <a href='/cat/x/3'>3</a>"
    result = parse_page(_with_pager(pager), url=_CAT, captured_at=NOW, use_profiles=False)
    assert result.page.next_page == "http://paint.example/cat/x/2"


def test_a_pager_of_plain_links_names_no_current_page() -> None:
    pager = "<a href='/cat/x/1'>1</a> <a href='/cat/x/2'>2</a> <a href='/cat/x/3'>3</a>"
    result = parse_page(_with_pager(pager), url=_CAT, captured_at=NOW, use_profiles=False)
    assert result.page.next_page is None
