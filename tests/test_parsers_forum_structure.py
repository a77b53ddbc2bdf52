"""Structural forum mechanisms of parsers (parsers.post_read, parsers.post_columns, parsers.dates,
parsers.quotes, parsers.post_names, parsers.thread_title, parsers.index_shape) on small made-up
pages of this module's own: each mechanism shown on at least two different layouts. None of these
pages copies a page of a generality round."""

from __future__ import annotations

from typing import Any

from parsers import parse_page
from parsers.dates import parse_date

NOW = "2026-11-20T12:00:00Z"


def _records(html: str, url: str = "http://board.example/thread/7/") -> tuple[str, list[Any]]:
    result = parse_page(html.encode(), url=url, captured_at=NOW, use_profiles=False)
    return result.page.page_type, result.records


def _posts(records: list[Any]) -> list[Any]:
    return [r for r in records if r.kind == "post"]


def test_a_time_of_day_written_with_a_dot_after_a_date_or_day_word_is_read() -> None:
    assert parse_date("17.11.2026 klo 18.40", NOW) == "2026-11-17T18:40:00"
    assert parse_date("ieri ore 8.02", NOW) == "2026-11-19T08:02:00"
    assert parse_date("yesterday at 21.15", NOW) == "2026-11-19T21:15:00"
    assert parse_date("2026-11-17 kl. 06.05.09", NOW) == "2026-11-17T06:05:09"


def test_a_dotted_number_far_from_the_date_or_a_decimal_is_no_time() -> None:
    assert parse_date("17.11.2026, shipped 3 parcels for 12.50", NOW) == "2026-11-17"
    assert parse_date("17.11.2026 1.234", NOW) == "2026-11-17"
    assert parse_date("12.50", NOW) is None


# --- a post dated in words no reader knows is still a post, where its siblings show their dates


_DIV_POSTS = """<html><head><title>Garden club :: Which soil for lemons?</title></head><body>
<h1>Which soil for lemons?</h1>
<div class="entry"><div class="who"><a href="/u/tarmo">tarmo</a></div>
  <div class="when"><span>Saadetud 14.11.2026 10:05</span></div>
  <div class="text">My lemon tree drops its leaves since I moved it inside for the winter.</div></div>
<div class="entry"><div class="who"><a href="/u/liis">liis</a></div>
  <div class="when"><span>Saadetud üleeile</span></div>
  <div class="text">Lemons want a sandy soil that drains well and a bright window in winter.</div></div>
<div class="entry"><div class="who"><a href="/u/tarmo">tarmo</a></div>
  <div class="when"><span>Saadetud 20.11.2026 08:02</span></div>
  <div class="text">I repotted it with sand and bark and it looks better already, thanks.</div></div>
</body></html>"""

_LIST_POSTS = """<html><head><title>Bikes: squeaky brakes</title></head><body>
<h2>Squeaky brakes</h2>
<ul class="replies">
<li class="reply"><p><b>minh</b> <small>17.11.2026 18:40</small></p>
  <p>My disc brakes squeak every time it rains, what can I clean them with?</p></li>
<li class="reply"><p><b>lan</b> <small>hôm qua 21:15</small></p>
  <p>Clean the rotors with alcohol and sand the pads lightly, then bed them in again.</p></li>
<li class="reply"><p><b>minh</b> <small>20.11.2026 08:02</small></p>
  <p>Alcohol and sandpaper did it, they are silent now even in the rain.</p></li>
</ul></body></html>"""


def test_a_post_whose_date_no_reader_knows_is_kept_undated_where_its_siblings_show_dates() -> None:
    kind, records = _records(_DIV_POSTS)
    posts = _posts(records)
    assert kind == "thread"
    assert [(p.author, p.posted_at, p.index) for p in posts] == [
        ("tarmo", "2026-11-14T10:05:00", 0), ("liis", None, 1), ("tarmo", "2026-11-20T08:02:00", 2)]
    assert posts[1].body == "Lemons want a sandy soil that drains well and a bright window in winter."


def test_an_undated_post_among_aligned_name_and_date_lines_keeps_its_place() -> None:
    kind, records = _records(_LIST_POSTS)
    posts = _posts(records)
    assert kind == "thread"
    assert [(p.author, p.posted_at) for p in posts] == [
        ("minh", "2026-11-17T18:40:00"), ("lan", None), ("minh", "2026-11-20T08:02:00")]
    assert posts[1].body == "Clean the rotors with alcohol and sand the pads lightly, then bed them in again."


def test_a_block_with_no_date_where_its_siblings_have_none_either_is_no_post() -> None:
    html = _DIV_POSTS.replace("Saadetud 14.11.2026 10:05", "Saadetud eelmisel nädalal").replace(
        "Saadetud 20.11.2026 08:02", "Saadetud täna hommikul")
    assert _posts(_records(html)[1]) == []


# --- a post's subject line repeating the thread's title ("Re: ...") is frame, not words


_HEADED_SUBJECTS = """<html><head><title>Stove club - The stove smokes when windy</title></head><body>
<h2>The stove smokes when windy</h2>
<div class="item"><div class="side"><a href="/members/88">pekka</a></div>
  <div class="mainContent"><h4><a href="#i1">The stove smokes when windy</a></h4>
  <p class="stamp">17.11.2026 18:40</p>
  <div><p>Our old stove smokes into the kitchen whenever the west wind blows.</p></div></div></div>
<div class="item"><div class="side"><a href="/members/12">aino</a></div>
  <div class="mainContent"><h4><a href="#i2">Vs: The stove smokes when windy</a></h4>
  <p class="stamp">19.11.2026 21:15</p>
  <div><p>The chimney is too short for the roof ridge, the wind pushes the smoke down.</p></div></div></div>
</body></html>"""

_BOLD_SUBJECTS = """<html><head><title>Aquarium board</title></head><body>
<table class="posts">
<tr class="row"><td class="poster"><a href="/u/kofi">kofi</a><br>17.11.2026 18:40</td>
  <td class="postbody"><b>Cloudy water after a week</b><br>
    The water in my new tank turned cloudy after one week.</td></tr>
<tr class="row"><td class="poster"><a href="/u/ama">ama</a><br>19.11.2026 21:15</td>
  <td class="postbody"><b>Odp: Cloudy water after a week</b><br>
    That is a bacterial bloom, it clears by itself in days.</td></tr>
<tr class="row"><td class="poster"><a href="/u/kofi">kofi</a><br>20.11.2026 08:02</td>
  <td class="postbody"><b>Odp: Cloudy water after a week</b><br>
    It cleared up this morning, thank you very much.</td></tr>
</table></body></html>"""


def test_a_heading_over_each_post_repeating_the_thread_title_is_not_the_posts_words() -> None:
    posts = _posts(_records(_HEADED_SUBJECTS)[1])
    assert [p.body for p in posts] == [
        "Our old stove smokes into the kitchen whenever the west wind blows.",
        "The chimney is too short for the roof ridge, the wind pushes the smoke down."]


def test_a_bold_first_line_that_replies_to_another_posts_subject_is_not_the_posts_words() -> None:
    posts = _posts(_records(_BOLD_SUBJECTS)[1])
    assert [p.body for p in posts] == [
        "The water in my new tank turned cloudy after one week.",
        "That is a bacterial bloom, it clears by itself in days.",
        "It cleared up this morning, thank you very much."]


def test_a_first_line_that_repeats_nothing_stays_in_the_words() -> None:
    html = _BOLD_SUBJECTS.replace("<b>Odp: Cloudy water after a week</b>", "<b>Bacteria</b>", 1)
    html = html.replace("<b>Odp: Cloudy water after a week</b>", "<b>Solved</b>", 1)
    html = html.replace("<b>Cloudy water after a week</b>", "<b>Help</b>")
    posts = _posts(_records(html)[1])
    assert posts[1].body == "Bacteria\nThat is a bacterial bloom, it clears by itself in days."


# --- a number link to another post of the page is a quote of that post's author, not words


_BOARD_REFS = """<html><head><title>/fish/ - Pond in winter</title></head><body>
<div class="thread">
<div class="op" id="p5101"><p class="head"><span class="nick">koi_keeper</span>
  <time datetime="2026-11-17T18:40:00Z">17.11.26 18:40</time> <a href="#p5101">5101</a></p>
  <div class="text">Do my koi survive the winter in a pond one metre deep?</div></div>
<div class="reply" id="p5107"><p class="head"><span class="nick">Anonymous</span>
  <time datetime="2026-11-19T21:15:00Z">19.11.26 21:15</time> <a href="#p5107">5107</a></p>
  <div class="text"><a href="/fish/t/5101#p5101">&gt;&gt;5101</a><br>
    One metre is enough if a hole stays open in the ice.</div></div>
<div class="reply" id="p5112"><p class="head"><span class="nick">koi_keeper</span>
  <time datetime="2026-11-20T08:02:00Z">20.11.26 08:02</time> <a href="#p5112">5112</a></p>
  <div class="text"><a href="#p5107">&gt;&gt;5107</a><br>
    I bought a floating heater for the hole, thanks.</div></div>
</div></body></html>"""

_COMMENT_REFS = """<html><head><title>Kayak forum</title></head><body><h1>Which paddle length?</h1>
<article class="c" id="c-301"><header><a href="/u/ines">ines</a> · 17.11.2026 18:40</header>
  <section class="content">I am 1.70 m tall, which paddle length should I buy for touring?</section></article>
<article class="c" id="c-302"><header><a href="/u/ravi">ravi</a> · 19.11.2026 21:15</header>
  <section class="content"><a href="#c-301">@301</a>
     For touring at your height, 220 cm is right.</section></article>
<article class="c" id="c-303"><header><a href="/u/ines">ines</a> · 20.11.2026 08:02</header>
  <section class="content"><a href="#c-302">@302</a> Thanks, I ordered a 220 cm paddle.</section></article>
</body></html>"""


def test_a_number_link_to_an_earlier_post_is_a_quote_of_its_author_not_words() -> None:
    posts = _posts(_records(_BOARD_REFS)[1])
    assert [(p.author, p.quotes, p.body) for p in posts] == [
        ("koi_keeper", [], "Do my koi survive the winter in a pond one metre deep?"),
        ("Anonymous", ["koi_keeper"], "One metre is enough if a hole stays open in the ice."),
        ("koi_keeper", ["Anonymous"], "I bought a floating heater for the hole, thanks."),
    ]


def test_a_numbered_mention_of_a_comment_anchor_is_a_quote_of_that_comments_author() -> None:
    posts = _posts(_records(_COMMENT_REFS)[1])
    assert [(p.author, p.quotes) for p in posts] == [("ines", []), ("ravi", ["ines"]), ("ines", ["ravi"])]
    assert posts[1].body == "For touring at your height, 220 cm is right."


# --- a quote whose first line names a poster of the page quotes that poster, in any language


_NAMED_QUOTES_A = """<html><head><title>Bees</title></head><body><h1>Wintering bees</h1>
<div class="msg"><a href="/u/jurij">jurij</a> <span>17.11.2026 18:40</span>
  <div class="body">Should I wrap my hives before the frost comes this year?</div></div>
<div class="msg"><a href="/u/maja">maja</a> <span>19.11.2026 21:15</span>
  <div class="body"><blockquote><div>jurij je napisal:</div>Should I wrap my hives?</blockquote>
  No, keep them dry and leave an upper vent open.</div></div>
</body></html>"""

_NAMED_QUOTES_B = """<html><head><title>Bread</title></head><body><h1>Sourdough starter</h1>
<table><tr class="p"><td><a href="/profile/aroha">aroha</a></td><td>17.11.2026 18:40</td>
  <td class="text">My starter smells of acetone, is it dead?</td></tr>
<tr class="p"><td><a href="/profile/wiremu">wiremu</a></td><td>19.11.2026 21:15</td>
  <td class="text"><div class="quote">aroha i tuhi: <i>is it dead?</i></div>
    It is hungry, feed it twice a day.</td></tr>
</table></body></html>"""


def test_a_quote_whose_first_line_names_a_poster_quotes_that_poster() -> None:
    posts = _posts(_records(_NAMED_QUOTES_A)[1])
    assert [(p.author, p.quotes) for p in posts] == [("jurij", []), ("maja", ["jurij"])]
    assert posts[1].body == "No, keep them dry and leave an upper vent open."


def test_a_quote_box_opening_with_a_posters_name_and_a_colon_quotes_that_poster() -> None:
    posts = _posts(_records(_NAMED_QUOTES_B)[1])
    assert [(p.author, p.quotes) for p in posts] == [("aroha", []), ("wiremu", ["aroha"])]


# --- an author's post count is the column of count lines that shows one number per author


_LABELLED_COUNTS = """<html><head><title>Cheese</title></head><body><h1>Aging cheese at home</h1>
<div class="post"><div class="panel"><a href="/u/318">goran</a><div>Poruka: 37</div></div>
  <div class="meta">17.11.2026 18:40, pročitano: 214</div>
  <div class="text">Can I age a hard cheese in a wine fridge at twelve degrees?</div></div>
<div class="post"><div class="panel"><a href="/u/12">vesna</a><div>Poruka: 2 318</div></div>
  <div class="meta">19.11.2026 21:15, pročitano: 198</div>
  <div class="text">Yes, twelve degrees is right, keep the humidity near eighty percent.</div></div>
<div class="post"><div class="panel"><a href="/u/318">goran</a><div>Poruka: 37</div></div>
  <div class="meta">20.11.2026 08:02, pročitano: 41</div>
  <div class="text">A bowl of salted water keeps it humid enough, thanks.</div></div>
</body></html>"""

_COUNT_THEN_WORD = """<html><head><title>Knives</title></head><body><h1>Whetstone grit</h1>
<div class="p"><div class="u"><b>dimitar</b><br><span>Newcomer</span><br><span>64 мнения</span></div>
  <p class="d">17.11.2026 18:40</p><div class="t">Which grit should my first whetstone have?</div></div>
<div class="p"><div class="u"><b>elena</b><br><span>1 907 мнения</span></div>
  <p class="d">19.11.2026 21:15</p>
  <div class="t">A combination stone of 1000 and 6000 grit covers it all.</div></div>
</body></html>"""


def _authors(records: list[Any]) -> list[tuple[Any, Any]]:
    return [(r.name, r.post_count) for r in records if r.kind == "author"]


def test_a_labelled_count_shown_alike_for_each_post_of_an_author_is_their_post_count() -> None:
    records = _records(_LABELLED_COUNTS)[1]
    assert [p.author for p in _posts(records)] == ["goran", "vesna", "goran"]
    # The read count differs between posts of one author: a post's statistic, not its author's.
    assert _authors(records) == [("goran", 37), ("vesna", 2318)]


def test_a_number_before_its_word_in_each_panel_is_the_post_count_though_a_rank_shifts_it() -> None:
    records = _records(_COUNT_THEN_WORD)[1]
    assert [p.author for p in _posts(records)] == ["dimitar", "elena"]
    assert _authors(records) == [("dimitar", 64), ("elena", 1907)]


def test_a_count_column_that_changes_within_one_authors_posts_is_no_post_count() -> None:
    last = _LABELLED_COUNTS.rindex("Poruka: 37")
    html = _LABELLED_COUNTS[:last] + "Poruka: 38" + _LABELLED_COUNTS[last + len("Poruka: 37"):]
    assert _authors(_records(html)[1]) == []


def test_a_number_shown_in_the_authors_address_is_no_post_count() -> None:
    html = _LABELLED_COUNTS.replace("Poruka: 37", "Član: 318").replace("Poruka: 2 318", "Član: 12")
    assert _authors(_records(html)[1]) == []


# --- an imageboard's opening post: its subject is the thread's title, not its author's name


_SUBJECT_OPS = """<html><head><title>/tea/ - Cold brew in winter?</title></head><body>
<h1>/tea/ - Tea and kettles</h1>
<div class="t"><div class="p first"><div class="hd"><span class="sub">Cold brew in winter?</span>
  <span class="nm">leaf_lover</span> <span>17.11.2026 18:40</span></div>
  <blockquote class="msg-text">Does anyone cold brew green tea when it is freezing outside?</blockquote></div>
<div class="p"><div class="hd"><span class="nm">Anonymous</span> <span>19.11.2026 21:15</span></div>
  <div class="words">All year round, it tastes sweeter than hot brewed green tea.</div></div>
<div class="p"><div class="hd"><span class="nm">leaf_lover</span> <span>20.11.2026 08:02</span></div>
  <div class="words">Trying it tonight then, thanks.</div></div></div></body></html>"""

_SUBJECT_TABLE = """<html><head><title>Ham radio | Antenna for 40 m</title></head><body>
<h1>Radio amateurs of Accra</h1>
<table class="thr">
<tr class="r"><td><i class="subj">Antenna for 40 m</i> <i class="who">kwame</i> 17.11.2026 18:40</td>
  <td>What antenna fits a small garden for the 40 m band?</td></tr>
<tr class="r"><td><i class="who">abena</i> 19.11.2026 21:15</td>
  <td>An end-fed half wave along the fence works well for that band.</td></tr>
<tr class="r"><td><i class="who">kwame</i> 20.11.2026 08:02</td>
  <td>Ordered an end-fed one, thank you for the tip.</td></tr>
</table></body></html>"""


def test_an_opening_posts_subject_beside_its_name_is_the_title_and_not_its_author() -> None:
    records = _records(_SUBJECT_OPS)[1]
    assert [p.author for p in _posts(records)] == ["leaf_lover", "Anonymous", "leaf_lover"]
    assert records[0].kind == "thread" and records[0].title == "Cold brew in winter?"


def test_an_opening_rows_subject_in_the_name_column_is_the_title_and_not_its_author() -> None:
    records = _records(_SUBJECT_TABLE)[1]
    assert [p.author for p in _posts(records)] == ["kwame", "abena", "kwame"]
    assert records[0].kind == "thread" and records[0].title == "Antenna for 40 m"


def test_a_number_shown_under_the_words_or_numbering_the_posts_is_no_post_count() -> None:
    # "Likes: N" under each post's words is no statistic of its author's panel.
    footer = _LABELLED_COUNTS.replace('<div>Poruka: 37</div></div>', '</div>').replace(
        '<div>Poruka: 2 318</div></div>', '</div>')
    footer = footer.replace('twelve degrees?</div>', 'twelve degrees?<p>Likes: 3</p></div>')
    footer = footer.replace('near eighty percent.</div>', 'near eighty percent.<p>Likes: 9</p></div>')
    assert _authors(_records(footer)[1]) == []
    # "Odgovor: 1, 2, 3" in each panel of three authors numbers the posts.
    third = _LABELLED_COUNTS.rindex('<a href="/u/318">goran</a>')
    numbered = _LABELLED_COUNTS[:third] + '<a href="/u/77">mirko</a>' + _LABELLED_COUNTS[third + 26:]
    numbered = numbered.replace("Poruka: 37", "Odgovor: 1", 1).replace("Poruka: 2 318", "Odgovor: 2")
    numbered = numbered.replace("Poruka: 37", "Odgovor: 3")
    assert [p.author for p in _posts(_records(numbered)[1])] == ["goran", "vesna", "mirko"]
    assert _authors(_records(numbered)[1]) == []
    # The same panels with counts that do not follow the posts' order are post counts.
    counted = numbered.replace("Odgovor: 1", "Odgovor: 40").replace("Odgovor: 3", "Odgovor: 7")
    assert _authors(_records(counted)[1]) == [("goran", 40), ("vesna", 2), ("mirko", 7)]


def test_a_number_link_to_no_post_of_the_page_stays_in_the_words() -> None:
    html = _COMMENT_REFS.replace('<a href="#c-301">@301</a>', '<a href="/t/8#c-999">@999</a>')
    posts = _posts(_records(html)[1])
    assert [(p.author, p.quotes) for p in posts] == [("ines", []), ("ravi", []), ("ines", ["ravi"])]
    assert posts[1].body == "@999\nFor touring at your height, 220 cm is right."


def test_a_quote_whose_head_names_no_poster_of_the_page_quotes_no_one() -> None:
    html = _NAMED_QUOTES_A.replace("jurij je napisal:", "nekdo je napisal:")
    posts = _posts(_records(html)[1])
    assert [(p.author, p.quotes) for p in posts] == [("jurij", []), ("maja", [])]


# --- dates written year first, in CJK numbers, with Korean and Japanese halves of the day


def test_a_date_written_year_first_with_a_month_name_is_read() -> None:
    assert parse_date("2026 m. gruodžio 3 d. 07:15", NOW) == "2026-12-03T07:15:00"
    assert parse_date("2026. március 9. 21:05", NOW) == "2026-03-09T21:05:00"
    assert parse_date("Paskelbta 2025 m. vasario 3 d.", NOW) == "2025-02-03"


def test_a_date_in_cjk_numbers_takes_the_half_of_the_day_written_before_or_after_its_time() -> None:
    assert parse_date("2026년 3월 9일 9:05 오후", NOW) == "2026-03-09T21:05:00"
    assert parse_date("2026년 3월 9일 오전 12:30", NOW) == "2026-03-09T00:30:00"
    assert parse_date("2025年12月1日 午後3:07", NOW) == "2025-12-01T15:07:00"
    assert parse_date("2025年12月1日 15:07", NOW) == "2025-12-01T15:07:00"


def test_a_year_and_numbers_without_the_cjk_unit_signs_are_no_date() -> None:
    assert parse_date("2026 3 9", NOW) is None
    assert parse_date("2026년 3권 9장", NOW) is None


# --- a comment tree whose comments nest in lists under their parents, read by structure alone

_NESTED_LISTS = """<html><head><title>Why does my sourdough not rise?</title></head><body>
<ul class="tree">
 <li class="node"><div class="note"><p class="line"><a href="/people/oskar">oskar</a>
   <span title="2026-11-17 08:00:00 +0000">3 days back</span></p>
   <div class="said">
 <p>The starter bubbles nicely but the loaf stays flat and dense after twelve hours.</p></div></div>
  <ul class="tree">
   <li class="node"><div class="note"><p class="line"><a href="/people/greta">greta</a>
     <span title="2026-11-18 09:30:00 +0000">2 days back</span></p>
     <div class="said"><p>Your kitchen is too cold in winter; let the dough rise near the oven light.</p>
 </div></div>
    <ul class="tree">
     <li class="node"><div class="note"><p class="line"><a href="/people/oskar">oskar</a>
       <span title="2026-11-19 10:45:00 +0000">a day back</span></p>
       <div class="said"><p>The oven light did it, the loaf doubled in five hours this time.</p></div>
 </div></li>
    </ul></li>
  </ul></li>
</ul></body></html>"""

_NESTED_DIVS = """<html><head><title>Fixing a dripping tap</title></head><body><main>
<section class="c"><header><i>bruno</i> <abbr title="2026-11-16T07:10:00Z">Monday</abbr></header>
 <article>The kitchen tap drips all night even when I close it as hard as I can.</article>
 <div class="kids"><section class="c"><header>
 <i>dalia</i> <abbr title="2026-11-16T09:40:00Z">Monday</abbr></header>
  <article>The washer inside is worn out; a new one costs nothing and takes ten minutes.</article>
  <div class="kids"><section class="c"><header>
 <i>bruno</i> <abbr title="2026-11-17T18:05:00Z">Tuesday</abbr></header>
   <article>New washer fitted this evening and the dripping stopped at once.</article></section></div>
 </section></div></section>
</main></body></html>"""


def test_comments_nested_in_lists_under_their_parents_are_read_in_page_order() -> None:
    kind, records = _records(_NESTED_LISTS)
    posts = _posts(records)
    assert kind == "thread"
    assert [(p.author, p.posted_at) for p in posts] == [
        ("oskar", "2026-11-17T08:00:00"), ("greta", "2026-11-18T09:30:00"), ("oskar", "2026-11-19T10:45:00")]
    assert posts[1].body == "Your kitchen is too cold in winter; let the dough rise near the oven light."
    assert all(p.quotes == [] for p in posts)  # a reply quotes nobody unless it quotes


def test_comments_nested_in_divisions_without_member_links_are_read_by_their_aligned_names() -> None:
    kind, records = _records(_NESTED_DIVS)
    posts = _posts(records)
    assert kind == "thread"
    assert [(p.author, p.posted_at) for p in posts] == [
        ("bruno", "2026-11-16T07:10:00"), ("dalia", "2026-11-16T09:40:00"), ("bruno", "2026-11-17T18:05:00")]
    assert posts[2].body == "New washer fitted this evening and the dripping stopped at once."


def test_a_dated_menu_nested_in_itself_without_words_of_its_own_is_no_comment_tree() -> None:
    html = """<html><body><ul class="m"><li class="e"><span><a href="/a">Spring</a>
      <span title="2026-03-01 10:00:00">March</span></span><ul class="m"><li class="e"><span>
 <a href="/b">Summer</a>
      <span title="2026-06-01 10:00:00">June</span></span><ul class="m"><li class="e"><span>
 <a href="/c">Autumn</a>
      <span title="2026-09-01 10:00:00">Sept</span></span></li></ul></li></ul></li></ul></body></html>"""
    kind, records = _records(html)
    assert kind != "thread" and _posts(records) == []


# --- a thread that links a few other threads (its tags, related topics) is a thread, not a topic list

_THREAD_WITH_TAGS = """<html><head><title>Best wood for a cutting board?</title></head><body>
<div class="tags"><a href="/topic/wood-101">wood basics</a>
 <a href="/topic/kitchen-crafts">kitchen crafts</a></div>
<div class="row"><div class="sig"><em>ivo</em> <span title="2026-11-18T08:00:00Z">2d</span></div>
 <div class="txt">I want to make a cutting board for my sister. \
Is oak fine or does it hold bacteria?</div></div>
<div class="row"><div class="sig"><em>mila</em> <span title="2026-11-18T10:20:00Z">2d</span></div>
 <div class="txt">Oak is open grained and soaks up juice; maple or beech are the usual choice.</div></div>
<div class="row"><div class="sig"><em>ivo</em> <span title="2026-11-19T16:45:00Z">1d</span></div>
 <div class="txt">Maple it is then, the lumber yard has a nice board of it for a fair price.</div></div>
</body></html>"""

_THREAD_WITH_RELATED = """<html><head><title>Rust on my bike chain</title></head><body>
<table class="list">
<tr><td class="w"><b>sven</b><br><font size="1">17.11.2026 18:40</font></td>
 <td>My chain turned orange after one week of riding in the rain. Can it be saved at all?</td></tr>
<tr><td class="w"><b>ana</b><br><font size="1">18.11.2026 07:05</font></td>
 <td>Scrub it with a brush and some oil, then wipe it dry; light surface rust comes off.</td></tr>
<tr><td class="w"><b>sven</b><br><font size="1">19.11.2026 20:30</font></td>
 <td>Scrubbed and oiled it tonight and it runs smoothly again, thank you very much.</td></tr>
</table>
<p>Related: <a href="/thread/881-chain-wax">Chain wax or oil?</a></p>
<p>Related: <a href="/thread/902-rusty-bolts">Freeing rusty bolts</a></p>
</body></html>"""


def test_a_thread_linking_two_topics_by_its_tags_is_read_as_a_thread() -> None:
    kind, records = _records(_THREAD_WITH_TAGS)
    posts = _posts(records)
    assert kind == "thread"
    assert [(p.author, p.posted_at) for p in posts] == [
        ("ivo", "2026-11-18T08:00:00"), ("mila", "2026-11-18T10:20:00"), ("ivo", "2026-11-19T16:45:00")]


def test_a_thread_of_table_rows_linking_two_related_topics_is_read_as_a_thread() -> None:
    kind, records = _records(_THREAD_WITH_RELATED)
    posts = _posts(records)
    assert kind == "thread"
    assert [p.author for p in posts] == ["sven", "ana", "sven"]
    assert posts[1].body == (
        "Scrub it with a brush and some oil, then wipe it dry; light surface rust comes off.")


def test_a_topic_list_of_short_titles_with_names_and_dates_stays_a_topic_list() -> None:
    html = """<html><head><title>Woodwork board</title></head><body><h1>Woodwork</h1><table>
    <tr class="t"><td><a href="/thread/11-oak-boards">Oak boards</a></td><td><em>ivo</em></td>
 <td>17.11.2026 18:40</td></tr>
    <tr class="t"><td><a href="/thread/12-maple">Maple or beech</a></td><td><em>mila</em></td>
 <td>18.11.2026 08:02</td></tr>
    <tr class="t"><td><a href="/thread/13-glue">Which glue?</a></td><td><em>sven</em></td>
 <td>19.11.2026 21:15</td></tr>
    </table></body></html>"""
    kind, records = _records(html, url="http://board.example/forum/3/")
    assert kind == "forum_index"
    assert [r.title for r in records if r.kind == "thread"] == ["Oak boards", "Maple or beech", "Which glue?"]


# --- a submission over its comments: its text in an unclassed row, its title a link before its byline

_SUBMISSION_ROWS = """<html><head><title>Keeping bees in a city garden</title></head><body>
<table class="item"><tr><td><a href="/go?id=70">Can I keep bees in a small city garden?</a></td></tr>
<tr><td>12 points by <a href="/who?u=rasmus">rasmus</a> <span title="2026-11-18T09:00:00Z">2 days ago</span>
 | <a href="/hide?id=70">hide</a></td></tr>
<tr><td>My garden is ten metres long and the neighbours have children. \
Is one hive too much for such a small place?</td></tr>
</table>
<table class="thread">
<tr class="r"><td><img src="s.gif" width="0"></td><td><p><a href="/who?u=frida">frida</a>
 <span title="2026-11-18T11:00:00Z">2 days ago</span> | <a href="#r2">next</a></p>
 <div>One hive is fine; face the entrance towards a hedge so the bees fly up and over people.</div></td></tr>
<tr class="r"><td><img src="s.gif" width="40"></td><td><p><a href="/who?u=rasmus">rasmus</a>
 <span title="2026-11-19T08:30:00Z">1 day ago</span> | <a href="#r1">parent</a></p>
 <div>A hedge is already there along the back fence, so that should work out well.</div></td></tr>
</table></body></html>"""

_SUBMISSION_DIVS = """<html><head><title>Painting a metal door</title></head><body><div id="page">
<div class="top"><h2><a href="/view/55">Which paint for an old metal door?</a></h2>
 <div>posted by <a href="/who?u=tomas">tomas</a> <span title="2026-11-17T14:00:00Z">3 days ago</span></div>
 <div>The front door of our shed is steel and flaking badly. \
Which paint lasts outside through a wet winter?</div></div>
<div class="cmts">
 <div class="k"><div>
 <a href="/who?u=eva">eva</a> <span title="2026-11-17T16:00:00Z">3 days ago</span>
 | <a href="#k2">next</a></div>
  <div>Brush off the loose flakes, put a rust primer on, then two coats of alkyd enamel.</div></div>
 <div class="k"><div>
 <a href="/who?u=tomas">tomas</a> <span title="2026-11-18T09:10:00Z">2 days ago</span>
 | <a href="#k1">prev</a></div>
  <div>Primer and enamel bought today, I will paint it on the first dry weekend.</div></div>
</div></div></body></html>"""


def test_a_submissions_unclassed_text_row_under_its_title_and_byline_is_the_opening_post() -> None:
    kind, records = _records(_SUBMISSION_ROWS)
    posts = _posts(records)
    assert kind == "thread"
    assert [(p.author, p.posted_at) for p in posts] == [
        ("rasmus", "2026-11-18T09:00:00"), ("frida", "2026-11-18T11:00:00"),
        ("rasmus", "2026-11-19T08:30:00")]
    assert posts[0].body == (
        "My garden is ten metres long and the neighbours have children. "
        "Is one hive too much for such a small place?")
    # The byline's links ("| next", "| parent") are the comment's frame, not its words.
    assert posts[2].body == "A hedge is already there along the back fence, so that should work out well."


def test_a_submission_in_divisions_over_its_comments_is_the_opening_post_without_its_title() -> None:
    kind, records = _records(_SUBMISSION_DIVS)
    posts = _posts(records)
    assert kind == "thread"
    assert [p.author for p in posts] == ["tomas", "eva", "tomas"]
    assert posts[0].body == (
        "The front door of our shed is steel and flaking badly. "
        "Which paint lasts outside through a wet winter?")
    assert posts[1].body == (
        "Brush off the loose flakes, put a rust primer on, then two coats of alkyd enamel.")


def test_a_header_naming_a_moderator_over_a_few_words_is_no_opening_post() -> None:
    start, end = _SUBMISSION_DIVS.index('<div class="top">'), _SUBMISSION_DIVS.index('<div class="cmts">')
    html = _SUBMISSION_DIVS.replace(_SUBMISSION_DIVS[start:end], """<div class="top">
 <div>Moderated by <a href="/who?u=ruth">ruth</a></div><div>Be kind.</div></div>""")
    posts = _posts(_records(html)[1])
    assert [p.author for p in posts] == ["eva", "tomas"]


# --- a post count written after its number in any language the post-count labels know

def _counts(records: list[Any]) -> dict[str, Any]:
    return {r.name: r.post_count for r in records if r.kind == "author"}


_COUNT_AFTER = """<html><head><title>Ule w zimie</title></head><body><h1>Ule w zimie</h1>
<div class="p"><div class="side"><a href="/u/marek">marek</a><span class="n">1 204 postów</span></div>
 <div class="when">17.11.2026 18:40</div>\
<div class="content">Czy ule trzeba ocieplać na zimę, czy wystarczy daszek?</div></div>
<div class="p"><div class="side"><a href="/u/ewa">ewa</a><span class="n">56 postów</span></div>
 <div class="when">18.11.2026 09:15</div>\
<div class="content">Wystarczy daszek i zwężony wylot, pszczoły same się grzeją.</div></div>
</body></html>"""

_COUNT_LABELLED = """<html><head><title>Fer coca de recapte</title></head><body><h2>Fer coca de recapte</h2>
<table><tr class="m"><td><a href="/membres/pere">pere</a><ul><li>Missatges: 1.204</li></ul></td>
 <td><p>17/11/2026 18:40</p><div class="text">Quina farina feu servir per a la coca de recapte?</div>\
</td></tr>
<tr class="m"><td><a href="/membres/nuria">nuria</a><ul><li>Missatges: 56</li></ul></td>
 <td><p>18/11/2026 09:15</p>\
<div class="text">Farina de força i una mica d'oli, i la pasta ben fina.</div></td></tr>
</table></body></html>"""


def test_a_post_count_written_after_its_number_in_polish_is_the_authors() -> None:
    kind, records = _records(_COUNT_AFTER)
    assert kind == "thread"
    assert _counts(records) == {"marek": 1204, "ewa": 56}


def test_a_catalan_post_count_label_is_read() -> None:
    kind, records = _records(_COUNT_LABELLED)
    assert kind == "thread"
    assert _counts(records) == {"pere": 1204, "nuria": 56}


def test_a_number_before_a_word_that_names_no_posts_is_no_inline_post_count() -> None:
    from parsers.forums import POSTS_INLINE_RE
    assert POSTS_INLINE_RE.match("1 204 postów") and POSTS_INLINE_RE.match("56 missatges")
    assert POSTS_INLINE_RE.match("87 ulów") is None
    assert POSTS_INLINE_RE.match("12 postów temu napisałem") is None


# --- a heading that shows the thread's status or prefix beside the name the <title> gives

def test_a_status_in_brackets_before_the_heading_is_left_out_of_the_title() -> None:
    html = _COUNT_LABELLED.replace("<h2>Fer coca de recapte</h2>", "<h2>[tancat] Fer coca de recapte</h2>") \
        .replace("<title>Fer coca de recapte</title>", "<title>Fer coca de recapte - Forn de casa</title>")
    thread = next(r for r in _records(html)[1] if r.kind == "thread")
    assert thread.title == "Fer coca de recapte"


def test_a_solved_prefix_before_the_heading_is_left_out_of_the_title() -> None:
    html = _COUNT_AFTER.replace("<h1>Ule w zimie</h1>", "<h1>Rozwiązane: Ule w zimie bez ocieplenia</h1>") \
        .replace("<title>Ule w zimie</title>", "<title>Pasieka | Ule w zimie bez ocieplenia</title>")
    thread = next(r for r in _records(html)[1] if r.kind == "thread")
    assert thread.title == "Ule w zimie bez ocieplenia"


def test_a_heading_the_title_holds_whole_is_the_title_as_before() -> None:
    html = _COUNT_AFTER.replace("<title>Ule w zimie</title>", "<title>Ule w zimie - Pasieka</title>")
    thread = next(r for r in _records(html)[1] if r.kind == "thread")
    assert thread.title == "Ule w zimie"


# --- a display name before its account's handle; a link to the post shown as its date names no one

_SOCIAL_CARDS = """<html><head><title>Thread</title></head><body><div class="feed">
<div class="card"><a href="/@lotte/5501"><time datetime="2026-11-18T08:00:00Z">18 Nov 2026, 08:00</time></a>
 <a href="/@lotte"><b>Lotte</b> <span>@lotte@tuin.example</span></a>
 <div class="content"><p>My tulip bulbs are still in the shed, is it too late to plant them now?</p>\
</div></div>
<div class="card"><a href="/@joris/5502"><time datetime="2026-11-18T09:30:00Z">18 Nov 2026, 09:30</time></a>
 <a href="/@joris"><b>Joris</b> <span>@joris@bollen.example</span></a>
 <div class="content"><p>Plant them this week, tulips are fine until the ground freezes hard.</p></div></div>
</div></body></html>"""

_SOCIAL_ROWS = """<html><head><title>Thread</title></head><body><table>
<tr><td><a href="/users/mees/status/7">17.11.2026 18:40</a></td><td><a href="/users/mees">Mees @mees</a></td>
 <td class="message">Does anyone know a good mix for seed trays? Mine keep growing mould.</td></tr>
<tr><td><a href="/users/bas/status/8">18.11.2026 07:05</a></td><td><a href="/users/bas">Bas @bas</a></td>
 <td class="message">Use a fine sieved compost with sand and water the trays from below only.</td></tr>
</table></body></html>"""


def test_a_display_name_before_its_handle_in_one_link_is_the_name_not_the_date_link() -> None:
    posts = _posts(_records(_SOCIAL_CARDS)[1])
    assert [(p.author, p.posted_at) for p in posts] == [
        ("Lotte", "2026-11-18T08:00:00"), ("Joris", "2026-11-18T09:30:00")]


def test_a_date_link_first_in_a_table_row_is_no_author() -> None:
    posts = _posts(_records(_SOCIAL_ROWS)[1])
    assert [(p.author, p.posted_at) for p in posts] == [
        ("Mees", "2026-11-17T18:40:00"), ("Bas", "2026-11-18T07:05:00")]


def test_a_name_with_an_at_sign_inside_its_words_keeps_them() -> None:
    from parsers.forum_members import member_name
    assert member_name("meet me @ noon") == "meet me @ noon"
    assert member_name("@lotte") == "lotte"


# --- a reply preview: a link to another post's own address holding its first words quotes its author

_CHAT = """<html><head><title>Plant swap</title></head><body><section class="feed">
<div class="msg"><a class="who" href="/u/ines">ines</a>
 <div class="text">Who wants cuttings of my monstera? I have six of them rooted in water.</div>
 <a class="when" href="/c/plants/101"><time datetime="2026-11-18T08:00:00Z">08:00</time></a></div>
<div class="msg"><a class="who" href="/u/pavel">pavel</a>
 <a class="rp" href="/c/plants/101"><b>ines</b> <i>Who wants cuttings of my monstera? I have six…</i></a>
 <div class="text">I would love two of them, I can bring a pothos in return.</div>
 <a class="when" href="/c/plants/102"><time datetime="2026-11-18T09:10:00Z">09:10</time></a></div>
<div class="msg"><a class="who" href="/u/ines">ines</a>
 <div class="text">Deal, they are yours; I will bring them on Saturday morning.</div>
 <a class="when" href="/c/plants/103"><time datetime="2026-11-18T10:20:00Z">10:20</time></a></div>
</section></body></html>"""

_ROWS_WITH_REPLY = """<html><head><title>Old radios</title></head><body><table>
<tr><td><a href="/member/kai">kai</a></td><td><a href="/p/7">17.11.2026 18:40</a></td>
 <td><div class="body">My old tube radio hums loudly as soon as it warms up. Capacitors?</div></td></tr>
<tr><td><a href="/member/lea">lea</a></td><td><a href="/p/8">18.11.2026 07:05</a></td>
 <td><a href="/p/7">in reply to kai: My old tube radio hums loudly</a>\
<div class="body">Almost surely the filter capacitors; replace them all at once.</div></td></tr>
<tr><td><a href="/member/kai">kai</a></td><td><a href="/p/9">19.11.2026 20:30</a></td>
 <td><a href="/p/8">↑</a><div class="body">New capacitors are in and the hum is gone, thanks!</div></td></tr>
</table></body></html>"""


def test_a_chat_reply_preview_linking_the_replied_message_quotes_its_author() -> None:
    posts = _posts(_records(_CHAT)[1])
    assert [(p.author, p.quotes) for p in posts] == [("ines", []), ("pavel", ["ines"]), ("ines", [])]
    assert posts[1].body == "I would love two of them, I can bring a pothos in return."


def test_a_reply_link_in_a_table_row_to_an_earlier_posts_address_quotes_its_author() -> None:
    posts = _posts(_records(_ROWS_WITH_REPLY)[1])
    assert [(p.author, p.quotes) for p in posts] == [("kai", []), ("lea", ["kai"]), ("kai", [])]
    assert posts[1].body == "Almost surely the filter capacitors; replace them all at once."


def test_a_bare_arrow_link_to_another_posts_address_is_no_quote() -> None:
    posts = _posts(_records(_ROWS_WITH_REPLY)[1])
    assert posts[2].quotes == []


# --- a <title> that is a post's author and its opening words in quotes names no thread


def _title(html: str) -> Any:
    return next(r for r in _records(html)[1] if r.kind == "thread").title


def test_a_title_quoting_the_first_posts_opening_words_under_its_author_is_no_title() -> None:
    html = _SOCIAL_CARDS.replace(
        "<title>Thread</title>", "<title>Lotte: „My tulip bulbs are still in the…“</title>")
    assert _title(html) is None


def test_a_title_quoting_a_posts_opening_words_after_its_authors_name_and_site_is_no_title() -> None:
    html = _SOCIAL_ROWS.replace(
        "<title>Thread</title>", '<title>Mees on Kweekbak: "Does anyone know a good mix..."</title>')
    assert _title(html) is None


def test_a_title_naming_an_author_without_quoting_a_post_stays_the_title() -> None:
    html = _SOCIAL_CARDS.replace("<title>Thread</title>", "<title>Lotte: planting tulips late</title>")
    assert _title(html) == "Lotte: planting tulips late"
    quoted = _SOCIAL_CARDS.replace("<title>Thread</title>", "<title>Lotte: „Tulips of the year 2026“</title>")
    assert _title(quoted) == "Lotte: „Tulips of the year 2026“"


# --- a date a script shows from a data attribute named for a time, the visible words unknown

_DATA_TIMES = """<html><head><title>Sharpening chisels</title></head><body><h1>Sharpening chisels</h1>
<div class="m"><div class="n"><a href="/u/arne">arne</a></div>\
<span class="t" data-utime="1794940800">lørdag</span>
 <div class="content">Which grit do you finish a chisel on, and do you strop it afterwards?</div></div>
<div class="m"><div class="n"><a href="/u/siri">siri</a></div>\
<span class="t" data-utime="1794993300">søndag</span>
 <div class="content">Eight thousand grit, then a leather strop with green compound on it.</div></div>
</body></html>"""

_DATA_TIMES_MS = """<html><head><title>Sharpening chisels</title></head><body><ol class="list">
<li class="e"><p><em>arne</em> · <abbr data-created-at="1794940800000">ayer por la tarde</abbr></p>
 <p>Which grit do you finish a chisel on, and do you strop it afterwards?</p></li>
<li class="e"><p><em>siri</em> · <abbr data-created-at="2026-11-19T21:05:00Z">esta noche</abbr></p>
 <p>Eight thousand grit, then a leather strop with green compound on it.</p></li>
</ol></body></html>"""


def test_a_unix_time_in_a_data_attribute_named_for_a_time_is_the_posts_date() -> None:
    posts = _posts(_records(_DATA_TIMES)[1])
    assert [(p.author, p.posted_at) for p in posts] == [
        ("arne", "2026-11-17T18:40:00"), ("siri", "2026-11-18T09:15:00")]


def test_milliseconds_or_an_iso_date_in_a_data_attribute_date_posts_aligned_by_structure() -> None:
    posts = _posts(_records(_DATA_TIMES_MS)[1])
    assert [(p.author, p.posted_at) for p in posts] == [
        ("arne", "2026-11-17T18:40:00"), ("siri", "2026-11-19T21:05:00")]


def test_a_number_in_a_data_attribute_named_for_no_time_is_no_date() -> None:
    from parsers.dom import load
    from parsers.post_dates import data_date
    doc = load(b'<p><span data-id="1794940800" data-count="1794993300">x</span>'
               b'<span data-timestamp="17949">y</span></p>')
    assert [data_date(el, NOW) for el in doc.root.iter("span")] == [None, None]


# --- "3 days ago" in more languages: the ago word before or after, or CJK signs without spaces


def test_a_time_ago_with_its_word_after_the_unit_is_read_in_more_languages() -> None:
    assert parse_date("3 dni temu", NOW) == "2026-11-17"
    assert parse_date("2 uur geleden", NOW) == "2026-11-20T10:00:00"
    assert parse_date("3 minggu yang lalu", NOW) == "2026-10-30"  # weeks, not minutes ("min")
    assert parse_date("5 phút trước", NOW) == "2026-11-20T11:55:00"


def test_a_time_ago_with_its_word_before_the_number_is_read_in_more_languages() -> None:
    assert parse_date("před 3 dny", NOW) == "2026-11-17"
    assert parse_date("לפני 3 ימים", NOW) == "2026-11-17"
    assert parse_date("fa 2 hores", NOW) == "2026-11-20T10:00:00"


def test_a_time_ago_in_cjk_signs_without_spaces_is_read() -> None:
    assert parse_date("3일 전", NOW) == "2026-11-17"
    assert parse_date("2時間前", NOW) == "2026-11-20T10:00:00"
    assert parse_date("3天前", NOW) == "2026-11-17"


def test_a_number_and_a_unit_without_an_ago_word_are_no_date() -> None:
    assert parse_date("3 dni", NOW) is None
    assert parse_date("2 uur", NOW) is None
    assert parse_date("3일", NOW) is None


# --- the structural reader: a post count beside the name is no name; an opening post shaped
# otherwise among its replies is named where its replies are

from parsers.dom import load as _load  # noqa: E402
from parsers.post_names import aligned_thread  # noqa: E402


def _aligned(html: str) -> list[tuple[Any, Any]]:
    records = aligned_thread(_load(html.encode()), now=NOW)
    return [(r.author, r.posted_at) for r in records if r.kind == "post"]


def test_a_hinted_post_count_beside_each_name_is_no_name_column() -> None:
    html = """<html><body>
    <div class="p"><div class="side"><div class="h"><a href="/m/1"><span>marek</span></a></div>\
<span class="user-count">87 postów</span></div>
     <div class="when">17.11.2026 18:40</div>\
<div>Czy ule trzeba ocieplać na zimę, czy wystarczy daszek?</div></div>
    <div class="p"><div class="side"><div class="h"><a href="/m/2"><span>ewa</span></a></div>\
<span class="user-count">1 204 postów</span></div>
     <div class="when">18.11.2026 09:15</div>\
<div>Wystarczy daszek i zwężony wylot, pszczoły same się grzeją.</div></div>
    </body></html>"""
    assert _aligned(html) == [("marek", "2026-11-17T18:40:00"), ("ewa", "2026-11-18T09:15:00")]


_OPENING_APART = """<html><body><main>
<div class="e"><div class="big"><p class="who"><a href="/@rosa"><span><bdi>\
<strong class="dn">rosa</strong></bdi></span></a></p>
 <div class="c"><p>My basil turns black at the tips every night since it got colder outside.</p></div>
 <p class="meta"><time datetime="2026-11-17T18:40:00Z">17 Nov 2026</time></p></div></div>
<div class="e"><div class="small"><div class="info"><time datetime="2026-11-18T09:15:00Z">18 Nov</time>
 <div class="who"><a href="/@tom"><span><bdi><strong class="dn">tom</strong></bdi></span></a></div></div>
 <div class="c"><p>Basil hates anything under ten degrees; bring it inside at night.</p></div></div>\
</div>
<div class="e"><div class="small"><div class="info"><time datetime="2026-11-19T20:30:00Z">19 Nov</time>
 <div class="who"><a href="/@rosa"><span><bdi><strong class="dn">rosa</strong></bdi></span></a>\
</div></div>
 <div class="c"><p>Inside on the kitchen sill now and the new leaves look healthy.</p></div></div></div>
</main></body></html>"""


def test_an_opening_post_in_markup_of_its_own_among_its_replies_is_named_like_them() -> None:
    assert _aligned(_OPENING_APART) == [
        ("rosa", "2026-11-17T18:40:00"), ("tom", "2026-11-18T09:15:00"), ("rosa", "2026-11-19T20:30:00")]


def test_an_opening_post_in_table_rows_of_its_own_is_named_like_its_replies() -> None:
    html = """<html><body><table>
    <tr class="r"><td><table><tr><td><font><b>lena</b></font></td><td>17.11.2026 18:40</td></tr></table>
     <p>How long do you boil beetroot before pickling it, whole and unpeeled?</p></td></tr>
    <tr class="r"><td><div><span>18.11.2026 09:15</span><font><b>ole</b></font></div>
     <p>About forty minutes for medium ones, until a knife slides in easily.</p></td></tr>
    <tr class="r"><td><div><span>19.11.2026 20:30</span><font><b>lena</b></font></div>
     <p>Forty minutes was right, the jars are on the shelf now, thank you.</p></td></tr>
    </table></body></html>"""
    assert _aligned(html) == [
        ("lena", "2026-11-17T18:40:00"), ("ole", "2026-11-18T09:15:00"), ("lena", "2026-11-19T20:30:00")]


def test_a_first_block_without_a_name_shaped_as_the_replies_names_gives_no_opening() -> None:
    html = _OPENING_APART.replace('<strong class="dn">rosa</strong></bdi></span></a></p>',
                                  '<em>rosa</em></bdi></span></a></p>')
    assert [name for name, _ in _aligned(html)] != ["rosa", "tom", "rosa"]


# --- month names of more languages: a thread in one of them is found by its dates


def test_dates_with_month_names_of_more_languages_are_read() -> None:
    assert parse_date("17 Kasım 2026 18:40", NOW) == "2026-11-17T18:40:00"
    assert parse_date("3 martie 2026, 09:05", NOW) == "2026-03-03T09:05:00"
    assert parse_date("17. marraskuuta 2026 klo 18.40", NOW) == "2026-11-17T18:40:00"
    assert parse_date("17. studenoga 2026. u 18:40", NOW) == "2026-11-17T18:40:00"
    assert parse_date("17 Νοεμβρίου 2026, 6:40 μ.μ.", NOW) == "2026-11-17T18:40:00"


def test_a_thread_dated_in_ukrainian_month_names_is_read_by_structure() -> None:
    html = """<html><head><title>Розсада взимку</title></head><body><h1>Розсада взимку</h1>
    <div class="m"><p><i>olena</i> <span>17 листопада 2026 о 18:40</span></p>
     <p>Чи можна тримати розсаду перцю на заскленому балконі взимку?</p></div>
    <div class="m"><p><i>taras</i> <span>18 листопада 2026 о 09:15</span></p>
     <p>Можна, якщо вночі там не холодніше п'яти градусів тепла.</p></div>
    </body></html>"""
    kind, records = _records(html)
    assert kind == "thread"
    assert [(p.author, p.posted_at) for p in _posts(records)] == [
        ("olena", "2026-11-17T18:40:00"), ("taras", "2026-11-18T09:15:00")]


def test_a_month_name_two_languages_share_keeps_the_meaning_the_lists_had() -> None:
    # "listopad" is November in Polish and Czech, October in Croatian: November stays.
    assert parse_date("17 listopada 2026", NOW) == "2026-11-17"


def test_day_words_of_more_languages_date_a_post_to_the_capture_day() -> None:
    assert parse_date("어제 오후 9:15", NOW) == "2026-11-19T21:15:00"
    assert parse_date("昨日 21:15", NOW) == "2026-11-19T21:15:00"
    assert parse_date("kemarin pukul 21.15", NOW) == "2026-11-19T21:15:00"
    assert parse_date("ahir a les 21:15", NOW) == "2026-11-19T21:15:00"
    assert parse_date("一昨日 10:00", NOW) == "2026-11-18T10:00:00"


def test_a_day_word_inside_a_longer_word_is_no_day() -> None:
    assert parse_date("vakare 21:15", NOW) is None  # Lithuanian "in the evening", not "vakar"


# --- a byline's "by" word in more languages names the author after it


def test_an_indonesian_byline_names_the_author_after_oleh() -> None:
    from parsers.bylines import byline_thread
    html = """<h2>Sambal</h2><p class="x">Ditulis oleh rani, 17 November 2026 18:40</p>
    <div>Berapa lama sambal terasi tahan di kulkas?</div>
    <p class="x">Ditulis oleh budi, 18 November 2026 09:15</p>
    <div>Kira-kira satu minggu kalau wadahnya rapat.</div>"""
    posts = [r for r in byline_thread(_load(html.encode()), now=NOW) if r.kind == "post"]
    assert [(p.author, p.posted_at) for p in posts] == [
        ("rani", "2026-11-17T18:40:00"), ("budi", "2026-11-18T09:15:00")]


def test_a_catalan_byline_names_the_author_after_per() -> None:
    from parsers.bylines import byline_thread
    html = """<h2>Coca</h2><div class="b">Publicat per marta | 17/11/2026 18:40</div>
    <div>Quanta estona cal deixar llevar la massa de la coca?</div>
    <div class="b">Publicat per jordi | 18/11/2026 09:15</div><div>Unes dues hores en un lloc calent.</div>"""
    posts = [r for r in byline_thread(_load(html.encode()), now=NOW) if r.kind == "post"]
    assert [(p.author, p.posted_at) for p in posts] == [
        ("marta", "2026-11-17T18:40:00"), ("jordi", "2026-11-18T09:15:00")]


# --- quote heads of more languages name the quoted poster


def test_quote_heads_of_more_languages_name_the_quoted_poster() -> None:
    from parsers.quotes import quote_author
    pages = ('<blockquote><cite>Kutipan dari rani</cite>Berapa lama?</blockquote>',
             '<blockquote><b>ציטוט מאת dana</b> כמה זמן?</blockquote>',
             '<blockquote><div>budi je napisao:</div>Koliko dugo?</blockquote>')
    names = [quote_author(_load(html.encode()).root.find(".//blockquote")) for html in pages]
    assert names == ["rani", "dana", "budi"]


def test_a_quote_without_a_head_names_no_one() -> None:
    from parsers.quotes import quote_author
    doc = _load(b"<blockquote><div>Koliko dugo se kuha cikla?</div></blockquote>")
    assert quote_author(doc.root.find(".//blockquote")) is None


# --- a forum's index or topic list (rows of a linked title, counts and a last post) is no thread


def _aligned_names(html: str) -> list[Any]:
    from parsers.post_names import aligned_names
    return aligned_names(_load(html.encode()).root.find("body"), NOW, 2)


def _aligned_posts(html: str, url: str = "http://board.example/forum/") -> list[Any]:
    from parsers.post_names import aligned_thread
    return [r for r in aligned_thread(_load(html.encode(), url=url), now=NOW) if r.kind == "post"]


_INDEX_TABLE = """<html><head><title>Garden board</title></head><body><table>
<tr><th>Board</th><th>Topics</th><th>Posts</th><th>Last post</th></tr>
<tr><td><a href="index.php?board=3">Tomatoes and peppers</a><br>
<small>Seeds, grafting and blight.</small></td>
<td>41</td><td>388</td><td>18.11.2026 19:02<br><small>by <i>greta</i></small></td></tr>
<tr><td><a href="index.php?board=4">Fruit trees</a><br>
<small>Pruning, pests and old varieties.</small></td>
<td>17</td><td>1,204</td><td>17.11.2026 08:40<br><small>by <i>oskar</i></small></td></tr>
<tr><td><a href="index.php?board=5">Compost heaps</a><br>
<small>Worms, heat and what never to add.</small></td>
<td>9</td><td>75</td><td>16.11.2026 21:15<br><small>by <i>ilse</i></small></td></tr>
</table></body></html>"""

_TOPIC_LIST = """<html><body><ul class="topics">
<li><div><a href="/topic/88/winter-bees">Feeding the bees over winter</a> <em>started by nils</em></div>
<span>12</span><span>340</span><p>Last: <b>ruth</b> <span>19.11.2026 10:05</span></p></li>
<li><div><a href="/topic/87/swarm-season">Catching a swarm in May</a> <em>started by ruth</em></div>
<span>4</span><span>97</span><p>Last: <b>nils</b> <span>18.11.2026 16:30</span></p></li>
<li><div><a href="/topic/86/varroa">Counting varroa on the board</a> <em>started by alva</em></div>
<span>30</span><span>1 022</span><p>Last: <b>alva</b> <span>15.11.2026 07:45</span></p></li>
</ul></body></html>"""


def test_a_board_index_whose_rows_show_a_last_post_is_read_as_no_posts() -> None:
    assert _aligned_names(_INDEX_TABLE) == []
    page_type, records = _records(_INDEX_TABLE, "http://board.example/index.php")
    assert page_type != "thread" and not _posts(records)


def test_a_topic_list_whose_rows_show_counts_and_a_last_poster_is_read_as_no_posts() -> None:
    assert _aligned_names(_TOPIC_LIST) == []
    assert _records(_TOPIC_LIST, "http://board.example/category/2")[0] != "thread"


def test_posts_whose_author_panels_show_labelled_counts_are_still_posts() -> None:
    html = """<html><body>
    <div class="m"><dl><dt>Posts</dt><dd>215</dd><dt>Likes</dt><dd>12</dd></dl><i>greta</i>
    <span>17.11.2026 18:40</span><a href="/topic/88/winter-bees#p2">Re: Feeding the bees</a>
    <p>Give them fondant from November on, never syrup in the cold.</p></div>
    <div class="m"><dl><dt>Posts</dt><dd>1,532</dd><dt>Likes</dt><dd>40</dd></dl><i>oskar</i>
    <span>18.11.2026 09:15</span><a href="/topic/88/winter-bees#p3">Re: Feeding the bees</a>
    <p>Fondant here too, and a mouse guard on the entrance.</p></div></body></html>"""
    assert [el.text for el in _aligned_names(html)] == ["greta", "oskar"]


# --- a seller's page with dated, signed reviews is no thread when it shows a key or prices


_KEY = """-----BEGIN PGP PUBLIC KEY BLOCK-----

mDMEZ0h9bBYJKwYBBAHaRw8BAQdAexampleexampleexampleexampleexamplexx
=abcd
-----END PGP PUBLIC KEY BLOCK-----"""

_REVIEWS = """
<div class="r"><b>kiwi77</b> <span>17.11.2026</span><p>Arrived in four days, well packed.</p></div>
<div class="r"><b>mole_x</b> <span>18.11.2026</span><p>Second order, same quality as the first.</p></div>
<div class="r"><b>tern</b> <span>19.11.2026</span><p>Slow answer to messages but fine goods.</p></div>"""


def test_dated_signed_reviews_beside_a_sellers_pgp_key_are_no_thread() -> None:
    html = f"<html><body><h1>greenleaf</h1><pre>{_KEY}</pre><h2>Reviews</h2>{_REVIEWS}</body></html>"
    assert _aligned_posts(html, "http://shop.example/seller/greenleaf") == []


def test_dated_signed_reviews_beside_a_sellers_prices_are_no_thread() -> None:
    html = f"""<html><body><h1>greenleaf</h1><table><tr><td>Tea, 10 g</td><td>$12.00</td></tr>
    <tr><td>Tea, 50 g</td><td>$49.00</td></tr></table>{_REVIEWS}</body></html>"""
    assert _aligned_posts(html, "http://shop.example/seller/greenleaf") == []


def test_a_thread_whose_member_posts_a_key_and_a_price_is_still_a_thread() -> None:
    html = f"""<html><body>
    <div class="r"><b>kiwi77</b> <span>17.11.2026</span><p>My key for orders, please check it:</p>
    <pre>{_KEY}</pre></div>
    <div class="r"><b>mole_x</b> <span>18.11.2026</span>
    <p>Got it, and I paid $12.00 last time, fair.</p></div>
    </body></html>"""
    assert [p.author for p in _aligned_posts(html)] == ["kiwi77", "mole_x"]


# --- an article above its comment list is the thread's first post, its author named by class


_COMMENTS = """<ol class="notes">
<li><div class="note"><p><strong>Tómas</strong></p><p><a href="#n1">19. nóvember 2026 kl. 21:15</a></p>
<div>Rakinn er verri en kuldinn, settu spæni undir lokið.</div></div></li>
<li><div class="note"><p><strong>Kolbrún</strong></p><p><a href="#n2">20. nóvember 2026 kl. 11:13</a></p>
<div>Skjól við suðurvegg hjálpar búunum mest.</div></div></li></ol>"""


def test_a_blog_post_above_its_comments_is_the_first_post_by_its_classed_author() -> None:
    html = f"""<html><head><title>Vetur í búinu | Dagbók</title></head><body>
    <div class="story"><h1>Vetur í búinu</h1><time datetime="2026-11-17T18:40:00">17. nóvember 2026</time>
    <a class="byline-author" href="/hofundur/sigrun/">sigrun_h</a>
    <div class="text"><p>Í fyrra missti ég tvö bú í febrúar, bæði sterk í september.</p></div></div>
    <h2>Athugasemdir</h2>{_COMMENTS}</body></html>"""
    page_type, records = _records(html, "http://blog.example/2026/11/vetur/")
    assert page_type == "thread"
    assert [(p.author, p.posted_at) for p in _posts(records)] == [
        ("sigrun_h", "2026-11-17T18:40:00"), ("Tómas", "2026-11-19T21:15:00"),
        ("Kolbrún", "2026-11-20T11:13:00")]


def test_an_issue_above_its_replies_is_the_first_post_by_the_innermost_classed_name() -> None:
    html = """<html><body><section><h2>Pump stops below 11 V</h2>
    <div class="meta"><span class="reporter"><span class="user-name">lena.k</span></span>
    <span>17.11.2026 18:40</span></div>
    <div class="description">The drip pump stops every morning when the battery drops.</div>
    </section><div class="replies">
    <div class="r"><b>tomas</b> <span>19.11.2026 21:15</span>
    <p>Set the controller to shed the lights first.</p></div>
    <div class="r"><b>lena.k</b> <span>20.11.2026 08:02</span>
    <p>Done, the pump ran its full round today.</p></div>
    </div></body></html>"""
    page_type, records = _records(html, "http://tracker.example/issue/42")
    assert page_type == "thread"
    assert [(p.author, p.posted_at) for p in _posts(records)] == [
        ("lena.k", "2026-11-17T18:40:00"), ("tomas", "2026-11-19T21:15:00"),
        ("lena.k", "2026-11-20T08:02:00")]


def test_a_signed_in_name_in_the_page_header_opens_no_post() -> None:
    html = f"""<html><body><header><h1>Dagbók</h1><span class="username">gestur_9</span></header>
    <h2>Athugasemdir</h2>{_COMMENTS}</body></html>"""
    page_type, records = _records(html, "http://blog.example/2026/11/vetur/")
    assert page_type == "thread"
    assert [p.author for p in _posts(records)] == ["Tómas", "Kolbrún"]


def test_icelandic_month_names_are_read() -> None:
    assert parse_date("19. nóvember 2026 kl. 21:15", NOW) == "2026-11-19T21:15:00"
    assert parse_date("3. júlí 2025", NOW) == "2025-07-03"
    assert parse_date("1. maí 2026", NOW) == "2026-05-01"


# --- a name written inside each post's dated line of words ("ann commented on 17.11.26")


def test_names_written_inside_templated_comment_lines_are_the_authors() -> None:
    html = """<html><body><h1>Hive scale drifts</h1><div id="c">
    <div class="c"><p class="h">nils_b kommenterade 17.11.26</p>
    <p>The scale drifts by a kilo at night.</p></div>
    <div class="c"><p class="h">ruth.a kommenterade 18.11.26</p>
    <p>Cold cells: calibrate it at dusk.</p></div>
    <div class="c"><p class="h">nils_b kommenterade 19.11.26</p>
    <p>Calibrated at dusk, it holds now.</p></div>
    </div></body></html>"""
    page_type, records = _records(html, "http://tracker.example/issue/7")
    assert page_type == "thread"
    assert [(p.author, p.posted_at) for p in _posts(records)] == [
        ("nils_b", "2026-11-17"), ("ruth.a", "2026-11-18"), ("nils_b", "2026-11-19")]


def test_a_name_placed_mid_line_in_a_table_of_notes_is_the_author() -> None:
    html = """<html><body><table>
    <tr><td>Note from <i>x</i> kari9 at 17.11.2026 18:40</td><td>Frost cracked the lid seal again.</td></tr>
    <tr><td>Note from <i>x</i> jonas at 18.11.2026 09:15</td><td>Tape it until spring, then reseal.</td></tr>
    </table></body></html>"""
    _, records = _records(html, "http://notes.example/n/3")
    assert [p.author for p in _posts(records)] == ["kari9", "jonas"]


def test_lines_with_two_changing_name_like_words_name_no_one() -> None:
    from parsers.post_lines import line_names
    from parsers.post_names import _name_like
    doc = _load(b"<div><p>ann to bob 17.11.26</p><p>cid to dee 18.11.26</p></div>")
    assert line_names(list(doc.root.iter("p")), NOW, name_like=_name_like) == []


def test_a_thai_byline_above_the_comments_names_the_opening_post() -> None:
    html = """<html><body><h1>ปั๊มหยุด</h1><div class="issue"><p class="m">รายงานโดย lek.s เมื่อ 17.11.26</p>
    <div class="description">ปั๊มน้ำหยุดทำงานทุกเช้าเมื่อแบตเตอรี่ต่ำ</div></div><div>
    <div class="c"><p class="m">nok_p แสดงความคิดเห็นเมื่อ 19.11.26</p>
    <p>ตั้งค่าตัดไฟสองระดับ ไฟส่องสว่างตัดก่อน ส่วนปั๊มตัดทีหลัง</p></div>
    <div class="c"><p class="m">lek.s แสดงความคิดเห็นเมื่อ 20.11.26</p>
    <p>ตั้งค่าแล้ว เช้านี้ปั๊มรดน้ำครบรอบ ขอบคุณมาก</p></div>
    </div></body></html>"""
    page_type, records = _records(html, "http://tracker.example/issue/9")
    assert page_type == "thread"
    assert [p.author for p in _posts(records)] == ["lek.s", "nok_p", "lek.s"]


# --- posts as runs of table rows whose date row comes before the poster's row


def _rows_thread(rows: str) -> str:
    return (f"<html><head><title>Wax moths</title></head><body><h1>Wax moths</h1><table>{rows}</table>"
            "</body></html>")


def test_posts_whose_date_row_precedes_the_posters_row_take_their_own_dates() -> None:
    post = """<tr><td colspan="2"><a name="p{n}"></a></td></tr>
    <tr><td>{date}</td><td><a href="viewthread.php?t=5&amp;pid={n}">Wax moths</a></td></tr>
    <tr><td><a href="/user/{who}">{who}</a><br>Posts: 12</td><td>{text}</td></tr>
    <tr><td><a href="pm.php?to={who}">PM</a></td><td>-- bees first</td></tr>"""
    html = _rows_thread("".join(post.format(n=n, date=d, who=w, text=t) for n, d, w, t in (
        (1, "17-11-2026 18:40", "aksel", "Wax moths ate two stored frames over the summer."),
        (2, "19-11-2026 21:15", "berit", "Freeze the frames two days before storing them."),
        (3, "20-11-2026 08:02", "aksel", "Froze the rest last night, thank you for that."))))
    _, records = _records(html, "http://board.example/viewthread.php?t=5")
    assert [(p.author, p.posted_at) for p in _posts(records)] == [
        ("aksel", "2026-11-17T18:40:00"), ("berit", "2026-11-19T21:15:00"), ("aksel", "2026-11-20T08:02:00")]


def test_two_row_posts_with_the_date_row_first_are_read_post_by_post() -> None:
    post = """<tr><td colspan="2"><small>Posted {date}</small></td></tr>
    <tr><td><a href="profile.php?lookup={uid}">{who}</a></td><td>{text}</td></tr>"""
    html = _rows_thread("".join(post.format(date=d, uid=u, who=w, text=t) for d, u, w, t in (
        ("17.11.2026 18:40", 4, "sanna", "My smoker goes out every few minutes, any advice?"),
        ("18.11.2026 09:15", 9, "olli", "Pack the fuel tighter and use dry pine needles."))))
    _, records = _records(html, "http://board.example/viewthread.php?t=6")
    assert [(p.author, p.posted_at) for p in _posts(records)] == [
        ("sanna", "2026-11-17T18:40:00"), ("olli", "2026-11-18T09:15:00")]


def test_posts_whose_date_shares_the_posters_row_keep_their_runs() -> None:
    post = """<tr><td><a href="/user/{who}">{who}</a> {date}</td><td>{text}</td></tr>
    <tr><td colspan="2"><a href="pm.php?to={who}">PM</a></td></tr>"""
    html = _rows_thread("".join(post.format(date=d, who=w, text=t) for d, w, t in (
        ("17.11.2026 18:40", "sanna", "My smoker goes out every few minutes, any advice?"),
        ("18.11.2026 09:15", "olli", "Pack the fuel tighter and use dry pine needles."))))
    _, records = _records(html, "http://board.example/viewthread.php?t=7")
    assert [(p.author, p.posted_at) for p in _posts(records)] == [
        ("sanna", "2026-11-17T18:40:00"), ("olli", "2026-11-18T09:15:00")]


def test_vietnamese_post_count_and_join_labels_and_php_fusion_member_links_are_read() -> None:
    from parsers.forum_members import USER_HREF_RE
    from parsers.labels import LABELS
    assert USER_HREF_RE.search("../profile.php?lookup=31")
    assert LABELS["posts"].match("Bài viết: 215") and LABELS["member_since"].match("Tham gia: 12.03.19")


# --- a hidden copy of a post's words (an edit box's markdown source) is not its body


def test_a_hidden_markdown_source_beside_the_rendered_text_is_not_the_body() -> None:
    from parsers.post_parts import post_body
    doc = _load(b'<div class="c"><div class="post-content"><p>Try <code>fix-timer</code> now.</p></div>'
                b'<div class="source-content hide">Try the `fix-timer` branch, then tell me.</div></div>')
    assert post_body(doc.root.find(".//div[@class='c']"), set()).get("class") == "post-content"


def test_a_copy_hidden_by_style_or_attribute_is_not_the_body() -> None:
    from parsers.post_parts import post_body
    for hidden in (b'<div class="message-text" style="display: none">Longer **raw** words here.</div>',
                   b'<div class="message-text" hidden>Longer **raw** words of it here, again.</div>'):
        doc = _load(b'<div class="c"><div class="body">Short shown words.</div>' + hidden + b"</div>")
        assert post_body(doc.root.find(".//div[@class='c']"), set()).get("class") == "body"


def test_a_body_whose_class_only_contains_hide_as_part_of_a_word_is_still_read() -> None:
    from parsers.post_parts import post_body
    doc = _load(b'<div class="c"><div class="hideout-content">Words about the hideout.</div></div>')
    assert post_body(doc.root.find(".//div[@class='c']"), set()).get("class") == "hideout-content"


def test_an_index_whose_counts_name_themselves_after_the_number_is_read_as_no_posts() -> None:
    row = """<li class="row"><dl><dt><a href="./viewforum.php?f={f}">{title}</a><br>{about}</dt>
    <dd class="topics">{t} <dfn>Topics</dfn></dd><dd class="posts">{p} <dfn>Posts</dfn></dd>
    <dd class="lastpost"><span><dfn>Last post</dfn> by
    <a href="./memberlist.php?mode=viewprofile&amp;u={u}">{who}</a><br>{date}</span></dd></dl></li>"""
    html = "<html><body><ul class='forums'>" + "".join(row.format(**r) for r in (
        dict(f=2, title="Sourdough starters", about="Feeding, smells and rescues.", t=41, p=388, u=3,
             who="ada", date="18.11.2026 19:02"),
        dict(f=3, title="Rye and spelt loaves", about="Dense crumbs and how to open them.", t=17, p=204, u=5,
             who="ben", date="17.11.2026 08:40"),
        dict(f=4, title="Ovens and stones", about="Steam, stones and home ovens.", t=9, p=75, u=8,
             who="cy", date="16.11.2026 21:15"))) + "</ul></body></html>"
    assert _aligned_names(html) == []


def test_a_members_priced_offer_inside_a_post_leaves_the_thread_a_thread() -> None:
    html = """<html><body>
    <div class="r"><b>kiwi77</b> <span>17.11.2026</span>
    <div class="text"><p>Selling my old course notes, message me.</p><p>Vendor: kiwi77</p>
    <p>Price: $100</p></div></div>
    <div class="r"><b>mole_x</b> <span>18.11.2026</span>
    <div class="text"><p>Is that price firm, or would you take less?</p></div></div>
    </body></html>"""
    from parsers.markets import looks_like_market
    assert looks_like_market(_load(html.encode()))  # the offer alone reads as market content
    assert [p.author for p in _aligned_posts(html)] == ["kiwi77", "mole_x"]


def test_the_unit_word_of_relative_date_lines_names_no_one() -> None:
    from parsers.post_lines import line_names
    from parsers.post_names import _name_like
    doc = _load(b"<div><p>3 days ago</p><p>14 hours ago</p><p>2 weeks ago</p></div>")
    assert line_names(list(doc.root.iter("p")), NOW, name_like=_name_like) == []


# --- a join date labelled by the element before it is no post's date


def test_a_join_date_in_a_definition_list_is_not_the_posts_date() -> None:
    html = """<html><body>
    <div class="m"><dl><dt>Joined:</dt><dd>Feb 9, 2024</dd></dl><b>ann</b>
    <div class="text">Unite the weak colony over newspaper now.</div><span>Nov 17, 2026</span></div>
    <div class="m"><dl><dt>Joined:</dt><dd>May 30, 2019</dd></dl><b>bob</b>
    <div class="text">Four frames will not winter alone, unite it.</div><span>Nov 19, 2026</span></div>
    </body></html>"""
    posts = _aligned_posts(html)
    assert [(p.author, p.posted_at) for p in posts] == [("ann", "2026-11-17"), ("bob", "2026-11-19")]


def test_a_join_date_in_a_table_row_beside_its_label_cell_is_not_the_posts_date() -> None:
    from parsers.post_dates import post_date
    doc = _load(b"<table><tr><td>Registrado</td><td>09.02.2024</td></tr>"
                b"<tr><td>x</td><td>17.11.2026 18:40</td></tr></table>")
    assert post_date(doc.root.find(".//table"), set(), NOW)[0] == "2026-11-17T18:40:00"


def test_a_date_after_a_label_of_another_kind_is_still_the_posts_date() -> None:
    from parsers.post_dates import post_date
    doc = _load(b"<dl><dt>Posted:</dt><dd>Feb 9, 2024</dd></dl>")
    assert post_date(doc.root.find(".//dl"), set(), NOW)[0] == "2024-02-09"


# A forum's index known by its rows' shape (parsers.index_shape), its addresses of no known engine.

def test_a_board_list_whose_rows_link_titles_beside_counts_and_a_date_is_a_forum_index() -> None:
    row = ('<tr><td><h3><a href="/room.php?id={0}">Hives {0}</a></h3><p>About hives</p></td>'
           '<td>{0}4 rooms<br>3{0}1 notes</td><td>Nov 1{0}, 2026 21:15<br>in <a href="/note.php?id=9{0}">'
           'Wax moths again</a></td></tr>')
    html = ("<html><body><h1>Bee keepers</h1><table><tr><td>Room</td><td>Stats</td><td>Last</td></tr>"
            + "".join(row.format(i) for i in range(1, 4)) + "</table></body></html>")
    kind, records = _records(html, url="http://board.example/index.php")
    assert kind == "forum_index"
    assert not _posts(records)


def test_a_topic_table_whose_rows_show_a_poster_a_dated_tooltip_and_a_reply_count_is_a_forum_index() -> None:
    row = ('<tr><td class="x"><a href="/entry/{0}">Why do my tomato leaves curl {0}</a>'
           '<div>They curl since last week, water is fine.</div></td>'
           '<td><a href="/people/?name=u{0}">u{0}</a> on '
           '<span title="2026-11-1{0} 10:05:00">recently</span></td>'
           '<td class="n">{0}</td></tr>')
    html = ("<html><body><h2>Garden</h2><table><tr><th>Topic</th><th>By</th><th>Replies</th></tr>"
            + "".join(row.format(i) for i in range(1, 5)) + "</table></body></html>")
    kind, _ = _records(html, url="http://board.example/entries")
    assert kind == "forum_index"


def test_a_table_of_members_with_counts_and_join_dates_is_no_forum_index_by_shape() -> None:
    from parsers.dom import load
    from parsers.index_shape import shaped_index
    row = ('<tr><td><a href="/profile.php?id={0}">member_{0}</a></td><td>1{0}2</td>'
           '<td>Feb {0}, 2024</td></tr>')
    doc = load(("<table>" + "".join(row.format(i) for i in range(1, 5)) + "</table>").encode())
    assert shaped_index(doc) == []


def test_a_shops_table_of_priced_items_or_a_file_listing_is_no_forum_index_by_shape() -> None:
    from parsers.dom import load
    from parsers.index_shape import shaped_index
    item = '<tr><td><a href="/item?id={0}">Blue tea pot {0}</a></td><td>$1{0}.00</td><td>3</td></tr>'
    files = '<tr><td><a href="notes{0}.txt">notes{0}.txt</a></td><td>2026-11-1{0} 10:05</td><td>4</td></tr>'
    for row in (item, files):
        doc = load(("<table>" + "".join(row.format(i) for i in range(1, 5)) + "</table>").encode())
        assert shaped_index(doc) == []


# Posts that show no date, aligned on their authors' panels' join dates (parsers.dated_elements
# join_elements), each read without a date; a profile shows one join date, a thread one a post.

def test_posts_without_dates_are_aligned_on_their_authors_join_dates_in_a_panel_list() -> None:
    post = ('<div class="w"><p><a href="/member.php?id={0}">{1}</a></p><ul><li><span>Posts:</span> '
            '<span>1{0}</span></li><li><span>Joined:</span> <span>0{0}.03.2019</span></li></ul>'
            '<div class="t">{2}</div></div>')
    html = ("<html><body><h1>Storing apples</h1>"
            + post.format(1, "ann", "Half my apples rotted in the cellar before February.")
            + post.format(2, "bob", "Wrap every apple in paper and leave room between the crates.")
            + "</body></html>")
    kind, records = _records(html)
    assert kind == "thread"
    posts = _posts(records)
    assert [(p.author, p.posted_at) for p in posts] == [("ann", None), ("bob", None)]
    assert "rotted" in (posts[0].body or "") and "Joined" not in (posts[0].body or "")


def test_posts_without_dates_in_table_rows_are_aligned_on_their_authors_join_dates() -> None:
    row = ('<tr><td><b><a href="/users/{1}">{1}</a></b>'
           '<dl><dt>Registered</dt><dd>Feb {0}, 2024</dd></dl></td><td>{2}</td></tr>')
    html = ("<html><body><h2>Seed potatoes</h2><table>"
            + row.format(3, "kai", "Should I chit seed potatoes on the window sill this early?")
            + row.format(9, "lena", "Yes, six weeks before planting on a cool bright sill is right.")
            + "</table></body></html>")
    kind, records = _records(html)
    assert kind == "thread"
    assert [(p.author, p.posted_at) for p in _posts(records)] == [("kai", None), ("lena", None)]


def test_a_profile_showing_one_join_date_is_still_a_profile_and_an_armenian_label_is_read() -> None:
    html = ("<html><body><h2>Profile of ann</h2><ul><li><span>Գրառումներ՝</span> <span>148</span></li>"
            "<li><span>Միացել է՝</span> <span>12.03.2019</span></li></ul></body></html>")
    kind, records = _records(html, url="http://board.example/profile.php?id=5")
    assert kind == "profile"
    assert (records[0].name, records[0].post_count, records[0].joined) == ("ann", 148, "2019-03-12")


def test_a_member_list_of_names_and_join_dates_gives_no_undated_posts() -> None:
    row = '<tr><td><a href="/member.php?id={0}">member{0}</a></td><td>Joined: 0{0}.03.2019</td></tr>'
    html = ("<html><body><h1>Members</h1><table>" + "".join(row.format(i) for i in range(1, 5))
            + "</table></body></html>")
    _, records = _records(html, url="http://board.example/members.php")
    assert not _posts(records)


# A heading all one link to a board above the thread's own heading (parsers.thread_title): the
# <title> holding the board's name does not make it the thread's.

def test_a_heading_linking_the_board_is_not_the_title_though_the_page_title_holds_it() -> None:
    post = ('<div class="p"><a href="/profile/?name={0}">{0}</a> on <span>Nov 1{1}, 2026</span>'
            '<div class="m">{2}</div></div>')
    body = (post.format("ann", 7, "Which soil mix suits tomatoes in a balcony box?")
            + post.format("bob", 8, "Half compost and half garden soil, with some perlite."))
    for frame in ('<h3><a href="/forum">Garden talk</a></h3><h2>Tomato soil mix</h2>',
                  '<h1><a href="/garden/">Garden talk</a></h1><div><h3>Tomato soil mix</h3></div>'):
        html = f"<html><head><title>Site - Garden talk</title></head><body>{frame}{body}</body></html>"
        records = _records(html, url="http://board.example/forumpost/402")[1]
        assert next(r for r in records if r.kind == "thread").title == "Tomato soil mix"


def test_a_heading_linking_the_thread_itself_is_still_the_title_the_page_title_holds() -> None:
    post = ('<div class="p"><a href="/profile/?name={0}">{0}</a> on <span>Nov 1{1}, 2026</span>'
            '<div class="m">{2}</div></div>')
    html = ('<html><head><title>Garden talk - Tomato soil mix</title></head><body>'
            '<h2><a href="/viewtopic.php?t=402">Tomato soil mix</a></h2><h3>Other things</h3>'
            + post.format("ann", 7, "Which soil mix suits tomatoes in a balcony box?")
            + post.format("bob", 8, "Half compost and half garden soil, with some perlite.")
            + "</body></html>")
    records = _records(html, url="http://board.example/viewtopic.php?t=402&start=20")[1]
    assert next(r for r in records if r.kind == "thread").title == "Tomato soil mix"


# Posts as rows whose poster's cell spans the row below (rowspan), the words in that row
# (parsers.generic_forum): each post is its run of rows.

def _spanned(panel_cell: str, date_cell: str, text_cell: str) -> str:
    rows = "".join(
        f"<tr>{panel_cell.format(n=n, i=i)}{date_cell.format(d=10 + i)}</tr><tr>{text_cell.format(t=t)}</tr>"
        for i, (n, t) in enumerate([("ann", "Should apple scions be cut in December or in March?"),
                                    ("bob", "Cut them while the trees rest, and keep them in damp sand."),
                                    ("cy", "Thanks, I will cut mine tomorrow then.")])
    )
    return f"<html><body><h1>Grafting apples</h1><table>{rows}</table></body></html>"


def test_posts_in_rows_spanned_by_the_posters_cell_take_their_words_from_the_row_below() -> None:
    html = _spanned('<td rowspan="2"><b><a href="/users.php?id={i}">{n}</a></b><p>31{i} posts<br>'
                    '<a href="http://site{i}.example/">site{i}.example</a></p></td>',
                    "<td>#<a href='#p{d}'>{d}</a> 2026-11-{d} 18:40</td>", "<td><div>{t}</div></td>")
    posts = _posts(_records(html)[1])
    assert [p.author for p in posts] == ["ann", "bob", "cy"]
    assert posts[0].body == "Should apple scions be cut in December or in March?"
    assert posts[1].body == "Cut them while the trees rest, and keep them in damp sand."


def test_posts_in_rows_spanned_by_a_panel_on_the_other_layout_read_the_same() -> None:
    html = _spanned('<td rowspan="2" class="u"><a href="/member/{n}">{n}</a><br><i>Member</i></td>',
                    "<td class='d'><span>{d}.11.2026 09:15</span></td>", "<td class='m'>{t}</td>")
    posts = _posts(_records(html)[1])
    assert [p.author for p in posts] == ["ann", "bob", "cy"]
    assert posts[1].body == "Cut them while the trees rest, and keep them in damp sand."


def test_posts_in_rows_with_no_spanning_cell_are_read_row_by_row_as_before() -> None:
    row = ('<tr><td><a href="/member/{0}">{0}</a></td><td><span>1{1}.11.2026 09:15</span>'
           '<div>{2}</div></td></tr>')
    html = ("<html><body><h1>Grafting</h1><table>" + row.format("ann", 1, "Cut the scions in winter, please.")
            + row.format("bob", 2, "Keep them in damp sand until April.") + "</table></body></html>")
    posts = _posts(_records(html)[1])
    assert [(p.author, p.body) for p in posts] == [("ann", "Cut the scions in winter, please."),
                                                  ("bob", "Keep them in damp sand until April.")]


# A forum path whose last step links the thread itself, the page showing no heading
# (parsers.thread_title): that step is the title when the <title> holds it.

_PATH_POSTS = ('<div class="p"><a href="/users.php?id=1">ann</a> <span>2026-11-17 18:40</span>'
               '<div class="m">When should apple scions be cut, in December or March?</div></div>'
               '<div class="p"><a href="/users.php?id=2">bob</a> <span>2026-11-18 09:15</span>'
               '<div class="m">While the trees rest, and keep them in damp sand.</div></div>')


def test_the_linked_last_step_of_a_forum_path_is_the_title_the_page_title_holds() -> None:
    for path in ('<div><a href="/f.php">Forums</a> &raquo; <a href="/f.php?c=2">Orchard</a> &raquo; '
                 '<a href="/f.php?m=posts&amp;q=77">Grafting apples</a><span>When and how</span></div>',
                 '<p class="path"><a href="/">Home</a> / <a href="/board/3">Orchard</a> / '
                 '<a href="/board/3/77">Grafting apples</a></p>'):
        html = (f"<html><head><title>Garden club - Grafting apples</title></head><body>{path}"
                f"{_PATH_POSTS}</body></html>")
        records = _records(html, url="http://board.example/f.php?m=posts&q=77")[1]
        assert next(r for r in records if r.kind == "thread").title == "Grafting apples"


def test_a_heading_the_page_title_holds_still_wins_over_a_forum_paths_last_link() -> None:
    html = ('<html><head><title>Orchard - Grafting apples</title></head><body>'
            '<div><a href="/">Home</a> &raquo; <a href="/board/3">Orchard</a></div>'
            f"<h2>Grafting apples</h2>{_PATH_POSTS}</body></html>")
    records = _records(html, url="http://board.example/board/3/77")[1]
    assert next(r for r in records if r.kind == "thread").title == "Grafting apples"


def test_a_latvian_post_count_written_after_its_number_is_the_authors() -> None:
    html = _COUNT_AFTER.replace("1 204 postów", "1 204 ziņas").replace("56 postów", "56 ziņas")
    kind, records = _records(html)
    assert kind == "thread"
    assert _counts(records) == {"marek": 1204, "ewa": 56}


def test_an_albanian_date_and_post_count_label_are_read() -> None:
    assert parse_date("17 nëntor 2026, 18:40", NOW) == "2026-11-17T18:40:00"
    assert parse_date("3 prill 2025", NOW) == "2025-04-03"
    html = _COUNT_LABELLED.replace("Missatges:", "Postime:")
    assert _counts(_records(html)[1]) == {"pere": 1204, "nuria": 56}


def test_a_heading_a_forum_path_links_above_the_page_is_not_the_title_the_page_title_holds() -> None:
    for crumbs, head in (('<li><a href="/group/view.php?id=31">Bee keepers</a></li>', "h1"),
                         ('<a href="/club/">Bee keepers</a> &raquo; <a href="/club/forum/">Forum</a>', "h2")):
        html = ("<html><head><title>Robbing in autumn - Bee keepers - School</title></head><body>"
                f"<ul>{crumbs}</ul><{head}>Bee keepers</{head}><h3>Robbing in autumn</h3>"
                f"{_PATH_POSTS}</body></html>")
        records = _records(html, url="http://board.example/interaction/forum/topic.php?id=512")[1]
        assert next(r for r in records if r.kind == "thread").title == "Robbing in autumn"


def test_a_heading_only_a_thread_link_repeats_is_still_the_title() -> None:
    html = ("<html><head><title>Robbing in autumn - Bee keepers</title></head><body>"
            '<a href="/topic/512">Robbing in autumn</a><h1>Robbing in autumn</h1>'
            f"{_PATH_POSTS}</body></html>")
    records = _records(html, url="http://board.example/interaction/forum/topic.php?id=512")[1]
    assert next(r for r in records if r.kind == "thread").title == "Robbing in autumn"


# Posts in a Tamil list (alternating classes, the poster's name in a plain span, "பதிவுகள்" =
# posts): short posts whose words are spelled with vowel signs and viramas between their letters.
_TAMIL_POST = ('<li class="msg msg-{par}"><div class="side"><span class="who">{name}</span>'
               '<span class="rank">உறுப்பினர்</span><span class="cnt">பதிவுகள்: {count}</span></div>'
               '<div class="main"><span class="when">{date}</span><div class="txt">{words}</div></div></li>')
_TAMIL_POSTS = [("அருண் குமார்", "214", "17.11.2026 18:40", "மழைக்காலத்தில் மாமரக் கன்று நடலாமா?"),
                ("மீனா ராஜ்", "1,386", "18.11.2026 09:15", "ஆம், மழையின் கடைசி வாரங்கள் நல்லது."),
                ("அருண் குமார்", "214", "19.11.2026 20:05", "நன்றி மீனா, நாளையே நடுகிறேன்.")]


def test_words_spelled_with_combining_vowel_signs_count_as_words_for_the_posts_and_their_counts() -> None:
    from parsers.post_parts import WORDY_RE

    assert WORDY_RE.findall("நன்றி மீனா, நாளையே") == ["நன்றி", "மீனா", "நாளையே"]
    page = ('<html lang="ta"><head><title>தோட்டம் - மாமரக் கன்று</title></head><body><h1>மாமரக் கன்று</h1>'
            '<ul class="thread">' + "".join(
                _TAMIL_POST.format(par="odd" if i % 2 == 0 else "even", name=n, count=c, date=d, words=w)
                for i, (n, c, d, w) in enumerate(_TAMIL_POSTS)) + "</ul></body></html>")
    kind, records = _records(page, "https://thottam.example/thread/4")
    assert kind == "thread"
    assert [(p.author, p.posted_at[:10], p.body) for p in _posts(records)] == [
        (n, f"2026-11-{d[:2]}", w) for n, _, d, w in _TAMIL_POSTS]
    assert {(a.name, a.post_count) for a in records if a.kind == "author"} == {
        ("அருண் குமார்", 214), ("மீனா ராஜ்", 1386)}
