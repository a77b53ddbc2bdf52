"""parsers.post_split: a block holding several posts (the answers' wrapper beside the question)
is read as those posts; small made-up pages of this module's own (none copies a round's page)."""

from __future__ import annotations

from typing import Any

from parsers import parse_page

NOW = "2026-11-20T12:00:00Z"


def _posts(html: str) -> list[Any]:
    result = parse_page(html.encode(), url="http://kysymys.example/q/77", captured_at=NOW,
                        use_profiles=False)
    return [r for r in result.records if r.kind == "post"]


# A question block and, beside it, one block holding every answer (Finnish, sections).
_QA_FI = """<html><head><title>Miten kompostoin talvella?</title></head><body><main>
<h1>Miten kompostoin talvella?</h1>
<section class="kysymys">
 <div class="teksti">Kompostini jäätyy joka talvi. Miten saan sen lämpimänä pakkasella?</div>
 <div class="tekija"><span class="aika">17.11.2026 18:40</span> <a href="/users/12">aino_k</a></div></section>
<section id="vastaukset"><h2>2 vastausta</h2>
 <article class="vastaus hyvaksytty">
  <div class="teksti">Eristä kompostori styroksilla ja lisää kuivaa lehteä joka kerta.</div>
  <div class="tekija"><span class="aika">19.11.2026 21:15</span> <a href="/users/40">pekka.l</a></div>
 </article>
 <article class="vastaus">
  <div class="teksti">Lämpökompostori kestää pakkasen, tavallinen ei.</div>
  <div class="tekija"><span class="aika">20.11.2026 08:02</span> <a href="/users/7">minna</a></div></article>
</section></main></body></html>"""

# Another layout: a post quoting two others, each quote a block with its author's link: the
# quotes are no posts, the post stays whole.
_QUOTES_EN = """<html><head><title>Tomatoes</title></head><body><div class="posts">
<div class="p"><a href="/user/ann">ann</a> <span>17.11.2026 18:40</span>
 <div class="t">Why do my tomatoes split, and what can I do against it?</div></div>
<div class="p"><a href="/user/bob">bob</a> <span>18.11.2026 09:15</span><div class="t">
 <div class="quote"><a href="/user/ann">ann</a> said: Why do my tomatoes split?</div>
 <div class="quote"><a href="/user/cy">cy</a> said: Mine too, every August.</div>
 Uneven watering: water them a little every day, not a lot once a week.</div></div>
</div></body></html>"""


def test_a_block_holding_every_answer_beside_the_question_is_read_as_each_answer() -> None:
    posts = _posts(_QA_FI)
    assert [(p.author, p.posted_at, p.index) for p in posts] == [
        ("aino_k", "2026-11-17T18:40:00", 0), ("pekka.l", "2026-11-19T21:15:00", 1),
        ("minna", "2026-11-20T08:02:00", 2)]
    assert posts[2].body == "Lämpökompostori kestää pakkasen, tavallinen ei."


def test_a_post_holding_quotes_with_their_authors_links_is_not_split_into_them() -> None:
    posts = _posts(_QUOTES_EN)
    assert [p.author for p in posts] == ["ann", "bob"]
    assert posts[1].quotes == ["ann", "cy"]
