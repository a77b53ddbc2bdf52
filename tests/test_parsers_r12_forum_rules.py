"""parsers.parse_page forum rules mended after round 12: general structural rules for post blocks
and author records that unseen engines share (small pages written here, not round-12 pages)."""

from parsers import parse_page
from parsers.dom import load
from parsers.quotes import quote_author


def _quote(markup: bytes):
    return next(load(b"<html><body>" + markup + b"</body></html>").root.iter("blockquote"))


def _authors(records):
    return {r.name: r for r in records if r.kind == "author"}


def test_an_author_shown_only_with_a_points_score_is_still_recorded_by_name():
    posts = "".join(
        f'<div class="answer"><div class="text">{body}</div>'
        f'<span class="meta">answered <time datetime="2026-11-1{i}T10:00:00">1{i} nov</time> by '
        f'<a href="/user/{name}">{name}</a> ({pts} points)</span></div>'
        for i, (name, pts, body) in enumerate(
            [("ann_q", "1.204", "How do I true a wheel at home?"),
             ("bob_a", "33", "Use a spoke key and go a quarter turn at a time."),
             ("ann_q", "1.204", "That worked, the wheel spins straight now.")]
        )
    )
    page = parse_page(
        f"<html><body><h1>Truing a wheel</h1>{posts}</body></html>".encode(),
        url="http://example.onion/q/1",
    )
    authors = _authors(page.records)
    assert set(authors) == {"ann_q", "bob_a"}
    assert authors["bob_a"].post_count is None and authors["bob_a"].joined is None


def test_posts_whose_author_is_plain_text_in_a_poster_element_are_read_without_any_member_link():
    posts = "".join(
        f'<div class="entry"><div class="head"><span class="author">{name}</span>'
        f'<span class="stamp">{day}-10-2026 09:30:00</span></div>'
        f'<div class="words">{body}</div></div>'
        for name, day, body in [
            ("tomato_tom", "03", "My seedlings grow long and pale near the window."),
            ("green_gina", "04", "They want more light: a lamp twelve hours a day fixes it."),
        ]
    )
    page = parse_page(
        f"<html><body><h1>Pale seedlings</h1>{posts}</body></html>".encode(),
        url="http://example.onion/archive/12/",
    )
    got = [(p.author, p.posted_at, p.body) for p in page.records if p.kind == "post"]
    assert page.page.page_type == "thread"
    assert got == [
        ("tomato_tom", "2026-10-03T09:30:00", "My seedlings grow long and pale near the window."),
        ("green_gina", "2026-10-04T09:30:00", "They want more light: a lamp twelve hours a day fixes it."),
    ]


def test_a_member_script_given_bare_positional_numbers_is_a_member_link():
    posts = "".join(
        f'<div class="msg"><div class="who"><a href="profile.php?7,{uid}">{name}</a></div>'
        f'<div class="when">{day} mars 2026 10:00</div><div class="text">{body}</div></div>'
        for name, uid, day, body in [
            ("Baker_Ann", "31", "3", "Why does my crust go soft an hour after baking?"),
            ("Oven_Olaf", "9", "4", "Leave the loaf in the switched-off oven with the door ajar."),
        ]
    )
    page = parse_page(
        f"<html><body><h1>Soft crust</h1>{posts}</body></html>".encode(),
        url="http://example.onion/read.php?7,100",
    )
    assert [p.author for p in page.records if p.kind == "post"] == ["Baker_Ann", "Oven_Olaf"]


def test_a_quote_head_word_on_its_own_line_over_the_name_names_the_quoted_author():
    quote = _quote(
        b"<blockquote><div><small>Citation<br><strong>Baker_Ann</strong></small><br>"
        b"why does my crust go soft</div></blockquote>"
    )
    assert quote_author(quote) == "Baker_Ann"


def test_a_quote_head_word_is_a_whole_word_not_the_start_of_a_longer_one():
    # "Citation" holds the Swedish head word "Citat": its tail "ion" is no quoted name.
    quote = _quote(b"<blockquote><p>Citation</p><p>the crust goes soft and never crisps</p></blockquote>")
    assert quote_author(quote) != "ion"


def _posts_page(rows: str) -> bytes:
    return f"<html><body><h1>Boiler pressure</h1><div class='posts'>{rows}</div></body></html>".encode()


def test_a_members_script_without_an_extension_given_the_member_by_query_is_a_member_link():
    rows = "".join(
        f'<div class="post"><a href="users?m=details&id={uid}&u={name}">{name}</a>'
        f'<span class="when">{day}.11.2026 18:40</span><div class="text">{body}</div></div>'
        for name, uid, day, body in [
            ("pipe_piotr", "5", "17", "The boiler shows E10 every few hours after a reset."),
            ("valve_vera", "6", "18", "E10 is low water pressure: top it up to one and a half bar."),
        ]
    )
    page = parse_page(_posts_page(rows), url="http://example.onion/forums?m=posts&q=9")
    assert [p.author for p in page.records if p.kind == "post"] == ["pipe_piotr", "valve_vera"]


def test_a_post_date_shown_as_an_item_of_a_list_is_read():
    rows = "".join(
        f'<div class="post"><a href="/user/{name}">{name}</a><ul class="meta"><li>#{i + 1}</li>'
        f'<li>{day}.11.2026 18:40</li><li>Quote</li></ul><div class="text">{body}</div></div>'
        for i, (name, day, body) in enumerate([
            ("pipe_piotr", "17", "The boiler shows E10 every few hours after a reset."),
            ("valve_vera", "18", "E10 is low water pressure: top it up to one and a half bar."),
        ])
    )
    page = parse_page(_posts_page(rows), url="http://example.onion/t/9")
    dates = [p.posted_at for p in page.records if p.kind == "post"]
    assert dates == ["2026-11-17T18:40:00", "2026-11-18T18:40:00"]


def test_a_post_row_of_a_poster_cell_and_a_post_cell_gives_the_post_cell_words_without_its_number():
    rows = "".join(
        f'<tr><td class="side"><b><a href="/user/{name}">{name}</a></b><p>Members</p><p>Online</p></td>'
        f'<td class="main"><ul class="meta"><li><a href="/p/{i}">#{i}</a></li><li>{day}.11.2026 18:40</li>'
        f'<li><a href="/quote/{i}">Quote</a></li></ul>{body}</td></tr>'
        for i, (name, day, body) in enumerate([
            ("pipe_piotr", "17", "The boiler shows E10 every few hours after a reset."),
            ("valve_vera", "18", "E10 is low water pressure: top it up to one and a half bar."),
        ], start=1)
    )
    page = parse_page(
        f"<html><body><h1>Boiler</h1><table>{rows}</table></body></html>".encode(),
        url="http://example.onion/t/9",
    )
    assert [p.body for p in page.records if p.kind == "post"] == [
        "The boiler shows E10 every few hours after a reset.",
        "E10 is low water pressure: top it up to one and a half bar.",
    ]


def test_a_quote_opened_by_a_bold_name_and_colon_after_a_post_reference_names_the_quoted_author():
    quote = _quote(b'<blockquote><a href="/p/1">#1</a> <strong>pipe_piotr :</strong><br>'
                   b"the boiler shows E10</blockquote>")
    assert quote_author(quote) == "pipe_piotr"
