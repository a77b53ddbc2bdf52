"""parsers.post_name_column: the column of posters' names through a thread's posts, where the name
is a link for some posters and plain text for others, and where a control's word ("Reply") is the
one text every post shows at one place. Pages of this module's own (Basque and Welsh comment
lists), none copied from a generality round."""

from __future__ import annotations

from typing import Any

from parsers import parse_page

NOW = "2026-11-20T12:00:00Z"

# Comments in a list, each a header of the commenter's name (a link to the web site the
# commenter gave, else a plain <strong>) and a date, the words, and a footer whose reply link leads
# to no other page.
_BASQUE = """<html><head><title>Baratzea: tomateak neguan</title></head><body>
<h1>Tomateak neguan</h1>
<ol class="iruzkinak">
<li class="iruzkina" id="i-11"><div class="gorputza">
  <header class="goiburua"><strong class="egilea">Miren Etxeberria</strong> ·
    <time datetime="2026-11-16T10:20:00Z">duela 4 egun</time></header>
  <div class="testua"><p>Nire tomateek hosto horiak dituzte hotza iritsi zenetik.</p></div>
  <footer class="oina"><a class="erantzun" href="#i-11">Erantzun</a></footer></div></li>
<li class="iruzkina" id="i-12"><div class="gorputza">
  <header class="goiburua"><a class="egilea" href="https://baserria.example/">Jon Agirre</a> ·
    <time datetime="2026-11-17T08:05:00Z">duela 3 egun</time></header>
  <div class="testua"><p>Estali itzazu gauez eta ez eman ur gehiegi negutegian.</p></div>
  <footer class="oina"><a class="erantzun" href="#i-12">Erantzun</a></footer></div></li>
<li class="iruzkina" id="i-13"><div class="gorputza">
  <header class="goiburua"><strong class="egilea">Ane Zubiri</strong> ·
    <time datetime="2026-11-18T19:45:00Z">duela 2 egun</time></header>
  <div class="testua"><p>Guk landareak barrura eraman genituen eta ondo daude oraindik.</p></div>
  <footer class="oina"><a class="erantzun" href="#i-13">Erantzun</a></footer></div></li>
</ol></body></html>"""

# Welsh: posts whose names are links to profiles for members and plain spans for guests, a
# "Ateb" (reply) button in every post.
_WELSH = """<html><head><title>Fforwm Gwenyn :: Mêl yn crisialu</title></head><body>
<h2>Mêl yn crisialu</h2>
<section class="negeseuon">
<article class="neges"><div class="pen"><a class="awdur" href="/aelod/31">Gwenllian</a>
  <span class="dyddiad">17.11.2026 18:40</span></div>
  <div class="cynnwys">Mae fy mêl wedi crisialu yn y jariau ar ôl pythefnos yn unig.</div>
  <div class="botymau"><button class="ateb" type="button">Ateb</button></div></article>
<article class="neges"><div class="pen"><span class="awdur">Ymwelydd Dafydd</span>
  <span class="dyddiad">18.11.2026 09:15</span></div>
  <div class="cynnwys">Rhowch y jariau mewn dŵr cynnes a bydd y mêl yn toddi eto.</div>
  <div class="botymau"><button class="ateb" type="button">Ateb</button></div></article>
<article class="neges"><div class="pen"><a class="awdur" href="/aelod/31">Gwenllian</a>
  <span class="dyddiad">19.11.2026 20:05</span></div>
  <div class="cynnwys">Diolch, fe weithiodd hynny yn dda iawn gyda'r jar gyntaf.</div>
  <div class="botymau"><button class="ateb" type="button">Ateb</button></div></article>
</section></body></html>"""


def _posts(html: str, url: str) -> list[Any]:
    result = parse_page(html.encode(), url=url, captured_at=NOW, use_profiles=False)
    return [r for r in result.records if r.kind == "post"]


def test_a_name_linked_for_one_commenter_and_plain_for_the_others_is_one_column() -> None:
    posts = _posts(_BASQUE, "https://baratzea.example/tomateak-neguan/")
    assert [p.author for p in posts] == ["Miren Etxeberria", "Jon Agirre", "Ane Zubiri"]
    assert [p.posted_at for p in posts] == [
        "2026-11-16T10:20:00", "2026-11-17T08:05:00", "2026-11-18T19:45:00"]


def test_a_reply_links_word_alike_in_every_comment_is_no_author() -> None:
    posts = _posts(_BASQUE, "https://baratzea.example/tomateak-neguan/")
    assert posts and all(p.author != "Erantzun" for p in posts)


def test_members_linked_and_guests_in_plain_spans_are_one_column_not_the_buttons() -> None:
    posts = _posts(_WELSH, "http://gwenyn.example/pwnc/88")
    assert [p.author for p in posts] == ["Gwenllian", "Ymwelydd Dafydd", "Gwenllian"]


def test_a_column_of_one_control_word_is_no_names_column_but_one_plain_name_is() -> None:
    from parsers.dom import clean, load
    from parsers.post_name_column import name_column

    posts = "".join(f'<div class=p><span class=n>{who}</span><p>Ffrwythau {i} yn aeddfed iawn eleni.</p>'
                    f'<a class=r href="{href}">Ymateb</a></div>'
                    for i, (who, href) in enumerate([("Dienw", "#"), ("Dienw", "javascript:ateb(2)")]))
    doc = load(posts.encode())
    blocks = list(doc.root.iter("div"))
    assert [clean(el.text_content()) for el in name_column(blocks, set(), None, 2)] == ["Dienw", "Dienw"]
    nameless = load(posts.replace("<span class=n>Dienw</span>", "").encode())
    assert name_column(list(nameless.root.iter("div")), set(), None, 2) == []
