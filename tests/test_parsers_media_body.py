"""parsers.media_body: a post whose classed body (a media object's, beside the poster's avatar)
holds only the byline has its words in the element that follows the object; a topic's opening
post shown so above its replies is read first. Small made-up pages of this module's own (none
copies a round's page)."""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.media_body import words_below

NOW = "2026-11-20T12:00:00Z"


def _posts(html: str, url: str) -> list[tuple[str | None, str | None, str | None]]:
    result = parse_page(html.encode(), url=url, captured_at=NOW, use_profiles=False)
    assert result.page.page_type == "thread"
    return [(r.author, r.posted_at, r.body) for r in result.records if r.kind == "post"]


# Italian neighbourhood board: a side column with the group's box (linked at the group's
# profile), the topic as a media object (avatar, then "div.media-body" with the byline and the
# likes) over an unclassed division of its words, then the replies, each a media object whose
# body holds the byline and the words.
_BACHECA_IT = """<html lang="it"><head><title>Orto urbano : Quando seminare le fave?</title></head><body>
<div class="laterale"><div class="gruppo">
 <a href="/groups/profile/77/orto-urbano"><img src="/g.png" alt=""></a>
 <h3><a href="/groups/profile/77/orto-urbano">Orto urbano</a></h3>
 <p>Gruppo aperto a tutti i vicini che coltivano un orto o un balcone.</p></div></div>
<div class="principale">
 <ul class="briciole"><li><a href="/groups/profile/77/orto-urbano">Orto urbano</a></li><li>Fave</li></ul>
 <h2>Quando seminare le fave?</h2>
 <div class="argomento">
  <div class="media">
   <div class="media-img"><a href="/profile/giulia_r"><img src="/a.png" alt="Giulia R."></a></div>
   <div class="media-body"><span>12 mi piace</span>
    <div class="firma">di <a href="/profile/giulia_r">Giulia R.</a>
     <time datetime="2026-11-12T18:30:00+00:00">12 novembre 2026</time></div></div></div>
  <div class="uscita"><p>Ho un'aiuola libera dopo i pomodori e vorrei seminare le fave.</p>
   <p>Conviene farlo adesso o aspettare la fine dell'inverno?</p></div>
 </div>
 <ul class="risposte">
  <li class="risposta"><div class="media">
   <div class="media-img"><a href="/profile/tonio"><img src="/b.png" alt=""></a></div>
   <div class="media-body"><div class="firma">di <a href="/profile/tonio">Tonio</a>
    <time datetime="2026-11-17T09:15:00+00:00">3 giorni fa</time></div>
    <div class="uscita"><p>Adesso va benissimo, le fave reggono il freddo senza problemi.</p></div>
   </div></div></li>
  <li class="risposta"><div class="media">
   <div class="media-img"><a href="/profile/giulia_r"><img src="/a.png" alt=""></a></div>
   <div class="media-body"><div class="firma">di <a href="/profile/giulia_r">Giulia R.</a>
    <time datetime="2026-11-19T20:05:00+00:00">ieri</time></div>
    <div class="uscita"><p>Grazie, le semino domenica con i bambini del cortile.</p></div></div></div></li>
 </ul>
</div></body></html>"""

# Polish club forum: the topic's header a media object ("div.obiekt-body" with the byline) over a
# section of paragraphs; the replies' bodies hold the byline and the words; a club's box linked at
# "/clubs/profile/5" in the side column.
_KLUB_PL = """<html lang="pl"><head><title>Klub działkowców - Jak zabezpieczyć figę na zimę?</title></head>
<body><aside><div class="klub"><a href="/clubs/profile/5/dzialkowcy">Działkowcy spod lasu</a>
 <p>Klub zrzesza działkowców z całej okolicy, spotkania w każdy czwartek.</p></div></aside>
<main><h1>Jak zabezpieczyć figę na zimę?</h1>
<article class="watek">
 <header class="obiekt"><img src="/u/1.png" alt=""><div class="obiekt-body">
  Autor: <a href="/user/marta_k">Marta K.</a> <time datetime="2026-11-10T17:00:00Z">10.11.2026 17:00</time>
  <span class="lubi">7 polubień</span></div></header>
 <section><p>Moja figa rośnie przy południowej ścianie altanki od trzech lat.</p>
  <p>Czym ją owinąć, żeby przetrwała mrozy, agrowłókniną czy słomą?</p></section>
</article>
<div class="komentarz"><div class="obiekt"><img src="/u/2.png" alt=""><div class="obiekt-body">
 <div class="podpis">Autor: <a href="/user/stary_ogrodnik">stary_ogrodnik</a>
  <time datetime="2026-11-18T08:20:00Z">18.11.2026 08:20</time></div>
 <p>Agrowłóknina w dwóch warstwach, a u podstawy kopczyk z ziemi i liści.</p></div></div></div>
<div class="komentarz"><div class="obiekt"><img src="/u/1.png" alt=""><div class="obiekt-body">
 <div class="podpis">Autor: <a href="/user/marta_k">Marta K.</a>
  <time datetime="2026-11-19T19:45:00Z">19.11.2026 19:45</time></div>
 <p>Dziękuję, w sobotę kupię włókninę i zrobię kopczyk.</p></div></div></div>
</main></body></html>"""


def test_an_opening_post_whose_words_follow_its_media_object_is_read_before_the_replies() -> None:
    posts = _posts(_BACHECA_IT, "http://vicini.example/discussion/view/90/fave")
    assert posts == [
        ("Giulia R.", "2026-11-12T18:30:00",
         "Ho un'aiuola libera dopo i pomodori e vorrei seminare le fave.\n"
         "Conviene farlo adesso o aspettare la fine dell'inverno?"),
        ("Tonio", "2026-11-17T09:15:00", "Adesso va benissimo, le fave reggono il freddo senza problemi."),
        ("Giulia R.", "2026-11-19T20:05:00", "Grazie, le semino domenica con i bambini del cortile."),
    ]


def test_a_polish_topic_header_object_over_its_section_of_words_is_the_first_post() -> None:
    posts = _posts(_KLUB_PL, "http://dzialki.example/watek/41")
    assert [(a, d) for a, d, _ in posts] == [
        ("Marta K.", "2026-11-10T17:00:00"), ("stary_ogrodnik", "2026-11-18T08:20:00"),
        ("Marta K.", "2026-11-19T19:45:00"),
    ]
    assert posts[0][2] == ("Moja figa rośnie przy południowej ścianie altanki od trzech lat.\n"
                           "Czym ją owinąć, żeby przetrwała mrozy, agrowłókniną czy słomą?")
    assert posts[1][2] == "Agrowłóknina w dwóch warstwach, a u podstawy kopczyk z ziemi i liści."


def test_a_short_bar_or_a_signature_after_the_object_is_no_post_s_words() -> None:
    doc = load(b'<div id=p><div class=m><div class=m-body><a href=/u/ann>ann</a> 2 Nov, a few words of the'
               b' byline line</div></div><div class=signature>Tea is life, and life is tea, said my'
               b' grandmother</div></div>'
               b'<div id=q><div class=m><div class=m-body><a href=/u/bob>bob</a> 3 Nov</div></div>'
               b'<ul><li><a href=/tag/a>green tea</a> and more of the tags list here</li></ul></div>')
    for key in ("p", "q"):
        block = doc.root.get_element_by_id(key)
        body = next(el for el in block.iter() if el.get("class") == "m-body")
        assert words_below(block, [body], set()) is None
