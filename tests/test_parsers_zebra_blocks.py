"""parsers.post_blocks.alike: posts whose blocks are zebra-striped ("odd"/"even", "row-odd"/
"row-even") are one kind of block, every stripe read as a post (invented pages, inline)."""

from __future__ import annotations

from parsers.dom import load
from parsers.page import parse_page
from parsers.post_blocks import alike
from parsers.records import Post

NOW = "2026-11-20T12:00:00Z"

_LIST_PAGE = """<html lang="en"><head><title>Pruning old apple trees - Orchard talk</title></head><body>
<h1>Pruning old apple trees</h1>
<div class="thread">
 <div class="odd"><div class="entry"><a href="/people/4411/">Rosa Field</a>
  <span>17 November 2026 21:14</span>
  <p>My apple trees have not been pruned in ten years. Where do I start?</p></div></div>
 <div class="even"><div class="entry"><a href="/people/5120/">Tom Hedge</a>
  <span>18 November 2026 09:12</span>
  <p>Take out the dead wood first, then a third of the old branches each winter.</p></div></div>
 <div class="odd"><div class="entry"><a href="/people/7033/">Ivy Bramble</a>
  <span>19 November 2026 08:47</span>
  <p>Never more than a quarter of the crown in one year, or you get water shoots.</p></div></div>
</div></body></html>"""

_ROW_PAGE = """<html lang="de"><head><title>Sauerteig wird nicht sauer | Backstube</title></head><body>
<h2>Sauerteig wird nicht sauer</h2>
<section>
 <article class="beitrag row-odd"><header><a href="/mitglied/hanna_k">hanna_k</a>
  <time>03.11.2026 18:20</time></header>
  <div>Mein Sauerteig riecht nach einer Woche nur nach Mehl. Was mache ich falsch?</div></article>
 <article class="beitrag-antwort row-even"><header><a href="/mitglied/bäcker_jo">bäcker_jo</a>
  <time>04.11.2026 07:05</time></header>
  <div>Stell ihn wärmer, 26 Grad, und füttere ihn mit Roggenmehl.</div></article>
 <article class="beitrag-antwort row-odd"><header><a href="/mitglied/hanna_k">hanna_k</a>
  <time>05.11.2026 20:40</time></header><div>Danke, jetzt blubbert er endlich.</div></article>
</section></body></html>"""


def _posts(html: str) -> list[Post]:
    result = parse_page(html.encode(), url="http://x.onion/t/1", captured_at=NOW, use_profiles=False)
    assert result.page.page_type == "thread"
    return [r for r in result.records if isinstance(r, Post)]


def test_odd_and_even_blocks_are_one_kind_and_other_classes_are_not() -> None:
    doc = load(b'<body><div class="odd"></div><div class="even"></div><div class="row-even"></div>'
               b'<div class="left"></div><div class="right"></div></body>')
    odd, even, row_even, left, right = doc.root.find("body")
    assert alike([odd, even]) and alike([odd, even, odd])
    assert not alike([left, right]) and not alike([odd, row_even])


def test_every_post_of_a_thread_in_odd_and_even_rows_is_read() -> None:
    posts = _posts(_LIST_PAGE)
    assert [(p.author, p.posted_at) for p in posts] == [
        ("Rosa Field", "2026-11-17T21:14:00"),
        ("Tom Hedge", "2026-11-18T09:12:00"),
        ("Ivy Bramble", "2026-11-19T08:47:00"),
    ]


def test_every_post_of_a_thread_in_row_odd_and_row_even_articles_is_read() -> None:
    posts = _posts(_ROW_PAGE)
    assert [(p.author, p.posted_at) for p in posts] == [
        ("hanna_k", "2026-11-03T18:20:00"),
        ("bäcker_jo", "2026-11-04T07:05:00"),
        ("hanna_k", "2026-11-05T20:40:00"),
    ]
