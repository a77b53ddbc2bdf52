"""parsers.mail_message: one mail of a mailing list's web archive read as a thread of one post,
through parse_page. Pages of this module's own (an MHonArc-like page in Hungarian, a
Hypermail-like page in Finnish, a blog post in Estonian with a code snippet), none copied from a
generality round."""

from __future__ import annotations

from typing import Any

from parsers import parse_page
from parsers.mail_message import quoted_name, subject_title

NOW = "2026-11-20T12:00:00Z"

# MHonArc-like: the header as a list of labelled fields, the sender "NAME <address>", the mail
# in a <pre>, quoted lines under a Hungarian attribution line, a "-- " signature.
_HUNGARIAN = """<html><head><title>[kertesz] Re: Metszes telen</title></head><body>
<!--X-Subject-Header-Begin--><h1>[kertesz] Re: Metszes telen</h1><hr>
<!--X-Head-of-Message--><ul>
<li><em>Feladó</em>: Kovács Eszter &lt;eszter@kert.example&gt;</li>
<li><em>Dátum</em>: Tue, 17 Nov 2026 18:40:12 +0000</li>
<li><em>Tárgy</em>: Re: Metszes telen</li></ul>
<hr><pre>2026. nov. 16., hétfő 21:03 keltezéssel Nagy Péter ezt írta:
&gt; Mikor metsszem az almafákat, ősszel vagy télen?
&gt; Tavaly késő tavasszal metszettem, és alig termett.

Télen, a fagyok után, de még rügyfakadás előtt.
A vastag ágak sebeit kend be oltóviasszal.

--
Eszter, Kecskemét
</pre><hr>
<ul><li>Előző: <a href="msg00411.html">Metszes telen</a></li>
<li>Következő: <a href="msg00413.html">Re: Metszes telen</a></li>
<li>Index: <a href="maillist.html#00412">dátum</a> <a href="threads.html#00412">szál</a></li></ul>
</body></html>"""

# Hypermail-like: the sender's name beside an address obfuscated as "name_at_host", the date in a
# span of its own, the mail in a <pre id="body">, no quote and no signature.
_FINNISH = """<html><head><title>Re: Mehiläisten talvehtiminen</title></head><body>
<h1>Re: Mehiläisten talvehtiminen</h1>
<p><span id="from"><dfn>Lähettäjä</dfn>: Matti Virtanen
  (<a href="mailto:matti_at_pesa.example">matti_at_pesa.example</a>)</span><br>
<span id="date"><dfn>Päivämäärä</dfn>: Wed, 18 Nov 2026 09:15:40 +0200</span></p>
<pre id="body">Pesät kannattaa eristää ennen pakkasia, mutta ilmanvaihto on pidettävä auki.
Sokeriliuosta annetaan syyskuun loppuun mennessä.
</pre>
<ul><li><a href="0412.html">Edellinen viesti</a></li><li><a href="0414.html">Seuraava viesti</a></li></ul>
</body></html>"""

# A blog post whose author links an address, dated, with a snippet preformatted in its prose.
_ESTONIAN_BLOG = """<html><head><title>Kuidas kasta tomateid automaatselt</title></head><body>
<h1>Kuidas kasta tomateid automaatselt</h1>
<p class="autor">Kirjutas <b>Mari Tamm</b> <a href="mailto:mari@aed.example">mari@aed.example</a></p>
<p><i>Wed, 18 Nov 2026 09:15:40 +0200</i></p>
<p>Kasvuhoones on tomatitel suvel palju vett vaja, ja iga päev käsitsi kastmine väsitab. Selles
postituses näitan, kuidas ehitasin lihtsa kastmissüsteemi, mis töötab taimeriga ja kulutab vähe
vett. Vaja läheb pumpa, voolikut, taimerit ja natuke koodi, mida näete allpool.</p>
<pre>if niiskus &lt; 30:
    pump.kaivita(sekundid=20)</pre>
<p>Nii lihtne see ongi, ja tomatid on terve suve rahul olnud.</p>
</body></html>"""


def _records(html: str, url: str) -> tuple[str, list[Any]]:
    result = parse_page(html.encode(), url=url, captured_at=NOW, use_profiles=False)
    return result.page.page_type, result.records


def test_a_mail_shown_under_labelled_header_fields_is_a_thread_of_one_post() -> None:
    kind, records = _records(_HUNGARIAN, "http://lista.example/archiv/kertesz/msg00412.html")
    assert kind == "thread"
    thread, post = records[0], records[1]
    assert thread.title == "Metszes telen"
    assert (post.author, post.posted_at) == ("Kovács Eszter", "2026-11-17T18:40:12")
    assert post.quotes == ["Nagy Péter"]
    assert post.body == ("Télen, a fagyok után, de még rügyfakadás előtt.\n"
                         "A vastag ágak sebeit kend be oltóviasszal.")


def test_a_mail_whose_sender_shows_an_obfuscated_address_is_read() -> None:
    kind, records = _records(_FINNISH, "http://lista.example/mehilaiset/0413.html")
    post = next(r for r in records if r.kind == "post")
    assert kind == "thread" and records[0].title == "Mehiläisten talvehtiminen"
    assert (post.author, post.posted_at, post.quotes) == ("Matti Virtanen", "2026-11-18T09:15:40", [])
    assert post.body and post.body.startswith("Pesät kannattaa eristää")


def test_a_blog_post_with_a_code_snippet_is_no_mail() -> None:
    _, records = _records(_ESTONIAN_BLOG, "http://aed.example/blogi/tomatid")
    assert not any(r.kind == "post" and r.body and "pump.kaivita" in r.body for r in records)


def test_the_lists_tag_and_reply_prefixes_leave_the_subject() -> None:
    assert subject_title("[Fruit-L] Re: AW: Frost on pears") == "Frost on pears"
    assert subject_title("Fwd: [ogrod] Odp: Sadzenie") == "Sadzenie"


def test_an_attribution_line_names_its_last_run_of_capitalised_words() -> None:
    assert quoted_name("On Tue, Nov 17, 2026 at 6:40 PM, Jane Doe <jane@x.example> wrote:") == "Jane Doe"
    assert quoted_name("Am 17.11.2026 um 18:40 schrieb Hans Müller:") == "Hans Müller"
    assert quoted_name("Le mar. 17 nov. 2026 à 18:40, Jean Dupont a écrit :") == "Jean Dupont"
