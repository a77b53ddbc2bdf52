"""parsers.bylines: posts known by a header line naming their author and date together, on small
made-up pages of this module's own (none copies a page of a generality round)."""

from __future__ import annotations

from typing import Any

from parsers import parse_page

NOW = "2026-11-20T12:00:00Z"


def _parse(html: str) -> tuple[str, list[Any]]:
    result = parse_page(html.encode(), url="http://werkbank.example/faden/12", captured_at=NOW,
                        use_profiles=False)
    return result.page.page_type, result.records


# Each post in a section of its own: the byline heading and the words are siblings inside it,
# the bylines alike across the sections (German connectives, a permalink control in brackets).
_WRAPPED_DE = """<html><head><title>Werkbank: Forum</title></head><body>
<header><h1>Werkbank</h1></header>
<main>
<section class="beitrag" id="b1"><h2>Hobel richtig einstellen</h2>
<h4 class="kopf">#1 Von greta_h am 17.11.2026 18:40 <a href="/b/1">[Permalink]</a></h4>
<div class="inhalt"><p>Mein Hobel reißt das Holz immer wieder aus.</p><p>Woran kann das liegen?</p></div>
</section>
<section class="beitrag" id="b2">
<h4 class="kopf">#2 Von tischler.jo am 18.11.2026 09:15 <a href="/b/2">[Permalink]</a></h4>
<div class="inhalt"><p>Die Klappe näher an die Schneide stellen und dünner abnehmen.</p></div>
</section>
<section class="beitrag" id="b3">
<h4 class="kopf">#3 Von greta_h am 19.11.2026 20:05 <a href="/b/3">[Permalink]</a></h4>
<div class="inhalt"><p>Danke, jetzt kommen schöne dünne Späne.</p></div>
</section>
</main></body></html>"""

# Another layout: list items per post, an h3 header "Publicado por NAME el DATE" (Spanish).
_WRAPPED_ES = """<html><head><title>Huerta</title></head><body><ul class="hilo">
<li class="msj"><h3 class="cab">(1) Publicado por marisol el 2026-11-16 10:00:00</h3>
<div class="txt">¿Cuándo se siembran las habas en un clima frío?</div></li>
<li class="msj"><h3 class="cab">(2) Publicado por don_pablo el 2026-11-17 11:30:00
 en respuesta a <a href="#1">1</a></h3>
<div class="txt">En febrero, cuando ya no hiela por las noches.</div></li>
</ul></body></html>"""

# A list of articles: each wrapper's byline under the article's linked title is no thread.
_ARTICLES = """<html><head><title>Blog</title></head><body>
<div class="post"><h2><a href="/a/1">Winter pruning of apple trees</a></h2>
<p class="meta">By anna on 17.11.2026 18:40</p>
<div class="teaser">Cut the water shoots first and then the crossing branches.</div></div>
<div class="post"><h2><a href="/a/2">Storing carrots in sand</a></h2>
<p class="meta">By ben on 18.11.2026 09:15</p>
<div class="teaser">Damp sand in a cool cellar keeps them crisp until spring.</div></div>
</body></html>"""


def test_bylines_one_in_each_posts_wrapper_are_read_as_the_posts() -> None:
    page_type, records = _parse(_WRAPPED_DE)
    posts = [r for r in records if r.kind == "post"]
    assert page_type == "thread"
    assert [(p.author, p.posted_at, p.index) for p in posts] == [
        ("greta_h", "2026-11-17T18:40:00", 0), ("tischler.jo", "2026-11-18T09:15:00", 1),
        ("greta_h", "2026-11-19T20:05:00", 2)]
    assert posts[0].body == "Mein Hobel reißt das Holz immer wieder aus.\nWoran kann das liegen?"


def test_a_heading_in_the_first_posts_wrapper_is_the_thread_title_not_the_sites_heading() -> None:
    records = _parse(_WRAPPED_DE)[1]
    assert records[0].kind == "thread" and records[0].title == "Hobel richtig einstellen"


def test_a_bracketed_control_link_in_a_byline_is_no_name() -> None:
    posts = [r for r in _parse(_WRAPPED_DE)[1] if r.kind == "post"]
    assert "[Permalink]" not in {p.author for p in posts}


def test_a_heading_byline_in_list_items_with_a_reply_link_is_read_in_another_language() -> None:
    page_type, records = _parse(_WRAPPED_ES)
    posts = [r for r in records if r.kind == "post"]
    assert page_type == "thread"
    assert [(p.author, p.posted_at, p.body, p.quotes) for p in posts] == [
        ("marisol", "2026-11-16T10:00:00", "¿Cuándo se siembran las habas en un clima frío?", []),
        ("don_pablo", "2026-11-17T11:30:00", "En febrero, cuando ya no hiela por las noches.", [])]


def test_bylines_under_linked_article_titles_one_per_wrapper_are_no_byline_thread() -> None:
    from parsers.bylines import byline_thread
    from parsers.dom import load

    assert byline_thread(load(_ARTICLES.encode())) == []
    assert [r.kind for r in byline_thread(load(_WRAPPED_ES.encode()))] == ["thread", "post", "post"]


# Header lines naming the author first: a verb of writing after the name (Dutch "schreef op"),
# or a pointer to the date ("»"), one opening each post's wrapper.
_SAID_NL = """<html><head><title>Moestuin</title></head><body><div id="berichten">
<article class="bericht"><h3 class="kop">#1 jan_v schreef op 17-11-2026 18:40</h3>
<div class="tekst">Wanneer zaai ik tuinbonen voor een vroege oogst?</div></article>
<article class="bericht"><h3 class="kop">#2 marieke schreef op 18-11-2026 09:15</h3>
<div class="tekst">In november al, onder vlies; ze kunnen een beetje vorst hebben.</div></article>
</div></body></html>"""

_POINTER = """<html><head><title>Bees</title></head><body><main>
<section class="p"><p class="h">ann » 17.11.2026 18:40</p>
 <div class="w">When do I feed the bees sugar syrup?</div></section>
<section class="p"><p class="h">bob » 18.11.2026 09:15</p>
 <div class="w">Late summer, right after the last honey harvest.</div></section>
</main></body></html>"""


def test_a_header_line_naming_the_author_before_a_verb_of_writing_is_the_byline() -> None:
    posts = [r for r in _parse(_SAID_NL)[1] if r.kind == "post"]
    assert [(p.author, p.posted_at) for p in posts] == [
        ("jan_v", "2026-11-17T18:40:00"), ("marieke", "2026-11-18T09:15:00")]
    assert posts[1].body == "In november al, onder vlies; ze kunnen een beetje vorst hebben."


def test_a_header_line_of_a_name_pointing_to_a_date_is_the_byline() -> None:
    from parsers.bylines import byline_thread
    from parsers.dom import load

    posts = [r for r in byline_thread(load(_POINTER.encode()), now=NOW) if r.kind == "post"]
    assert [(p.author, p.posted_at) for p in posts] == [
        ("ann", "2026-11-17T18:40:00"), ("bob", "2026-11-18T09:15:00")]


def test_a_quote_whose_own_head_line_names_a_poster_quotes_that_poster_in_a_byline_thread() -> None:
    # Welsh "ysgrifennodd jan_v" over the quoted words: a verb no list holds, a poster named.
    page = _SAID_NL.replace(
        '<div class="tekst">In november al',
        '<div class="tekst"><blockquote><i>ysgrifennodd jan_v</i><br>Wanneer zaai ik tuinbonen?</blockquote>'
        "In november al")
    posts = [r for r in _parse(page)[1] if r.kind == "post"]
    assert [p.quotes for p in posts] == [[], ["jan_v"]]
    assert posts[1].body == "In november al, onder vlies; ze kunnen een beetje vorst hebben."


def test_an_in_reply_to_link_in_a_wrapped_byline_names_the_post_the_reply_answers() -> None:
    page = _WRAPPED_ES.replace('<li class="msj"><h3 class="cab">(1)',
                               '<li class="msj" id="m1"><h3 class="cab">(1)')
    page = page.replace('en respuesta a <a href="#1">1</a>', 'en respuesta a <a href="#m1">1</a>')
    posts = [r for r in _parse(page)[1] if r.kind == "post"]
    assert [(p.index, p.reply_to, p.quotes) for p in posts] == [(0, None, []), (1, 0, [])]


def test_wrappers_of_alternating_classes_are_one_kind_and_every_post_is_read() -> None:
    page = _WRAPPED_DE.replace('class="beitrag" id="b1"', 'class="beitrag ungerade" id="b1"') \
        .replace('class="beitrag" id="b2"', 'class="beitrag gerade" id="b2"') \
        .replace('class="beitrag" id="b3"', 'class="beitrag ungerade" id="b3"')
    posts = [r for r in _parse(page)[1] if r.kind == "post"]
    assert [p.author for p in posts] == ["greta_h", "tischler.jo", "greta_h"]
