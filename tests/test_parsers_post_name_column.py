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


# Posts whose panels link members at addresses no convention knows, one handle written of four
# words or more joined by underscores ("pak_budi_dari_bandung"): one token, one name (Indonesian
# and Swahili pages).
_INDONESIAN = """<html><head><title>Kopi tubruk</title></head><body>
<h1>Kopi tubruk: gilingan kasar atau halus?</h1>
{posts}</body></html>"""
_INDONESIAN_POST = """<section class="pesan">
<div class="panel"><a class="nm" href="/anggota/{name}">{name}</a>
<small>Anggota</small></div><div class="isi"><p class="waktu">{date}</p><p>{words}</p></div></section>"""
_SWAHILI = """<html><head><title>Chai ya tangawizi</title></head><body><h2>Chai ya tangawizi asubuhi</h2>
<table class="mjadala">{posts}</table></body></html>"""
_SWAHILI_POST = """<tr class="ujumbe"><td class="mwandishi"><b><a href="/watu/{name}">{name}</a></b></td>
<td><div class="tarehe">{date}</div><div class="maneno">{words}</div></td></tr>"""


def test_a_handle_of_many_underscored_words_is_one_name_on_the_names_column() -> None:
    posts = "".join(_INDONESIAN_POST.format(name=n, date=d, words=w) for n, d, w in [
        ("rina_kopi", "17/11/2026 08:30", "Saya mau coba kopi tubruk di rumah, gilingannya seperti apa?"),
        ("pak_budi_dari_bandung", "18/11/2026 21:10",
         "Gilingan kasar, seperti pasir pantai, supaya ampasnya turun."),
        ("rina_kopi", "19/11/2026 09:00", "Terima kasih pak, besok saya coba dengan gula aren."),
    ])
    found = _posts(_INDONESIAN.format(posts=posts), "https://kopi.example/topik/55")
    assert [p.author for p in found] == ["rina_kopi", "pak_budi_dari_bandung", "rina_kopi"]


def test_a_long_underscored_handle_in_a_table_of_posts_is_read_whole() -> None:
    posts = "".join(_SWAHILI_POST.format(name=n, date=d, words=w) for n, d, w in [
        ("mama_chai_wa_pwani_mombasa", "16.11.2026 07:45", "Tangawizi mbichi au ya unga ni bora kwa chai?"),
        ("juma_k", "17.11.2026 10:20", "Mbichi ni bora, iponde kidogo kabla ya kuchemsha maji."),
    ])
    found = _posts(_SWAHILI.format(posts=posts), "https://chai.example/mada/8")
    assert [p.author for p in found] == ["mama_chai_wa_pwani_mombasa", "juma_k"]
