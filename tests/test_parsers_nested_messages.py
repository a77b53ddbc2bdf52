"""parsers.nested_messages: a threaded forum's messages, each a message element of one kind
whether it stands in the list or in the list of replies under another, are read one post each
in page order (not a message and its replies run together). Small made-up pages of this
module's own (none copies a round's page)."""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.nested_messages import nested_messages

NOW = "2026-11-20T12:00:00Z"


def _posts(html: str, url: str) -> list[tuple[str | None, str | None, str | None]]:
    result = parse_page(html.encode(), url=url, captured_at=NOW, use_profiles=False)
    assert result.page.page_type == "thread"
    return [(r.author, r.posted_at, r.body) for r in result.records if r.kind == "post"]


# Portuguese recipe site: a recipe, then its comments as threads of a list, each a comment and the
# list of its replies; names unlinked, in bold after "por".
_RECEITA_PT = """<html lang="pt"><head><title>Pão de centeio - Forno de Lenha</title></head><body>
<h1>Pão de centeio</h1>
<p>O centeio pede mais água e uma fermentação longa, de pelo menos doze horas.</p>
<h2>3 comentários</h2>
<ol class="conversa">
 <li class="ramo">
  <div class="nota"><p class="cab">por <b>Rui P.</b> em 17/11/2026 20:05</p>
   <div class="corpo"><p>Posso usar farinha de centeio integral em vez da peneirada?</p></div></div>
  <ol><li><div class="nota"><p class="cab">por <b>Amélia Souto</b> em 18/11/2026 08:40</p>
   <div class="corpo"><p>Pode, mas junte mais um pouco de água e deixe levedar mais tempo.</p></div>
  </div></li></ol>
 </li>
 <li class="ramo">
  <div class="nota"><p class="cab">por <b>Teresa M.</b> em 19/11/2026 18:12</p>
   <div class="corpo"><p>Fiz ontem e ficou ótimo, com uma côdea bem estaladiça.</p></div></div>
 </li>
</ol></body></html>"""

# Czech board with linked members: each thread of the discussion a list item holding its first
# message and a list of answers, the answers' messages in the same kind of block.
_DISKUSE_CS = """<html lang="cs"><head><title>Včelaři - Krmení na zimu</title></head><body>
<h1>Krmení na zimu</h1>
<ul class="diskuse">
 <li class="vlakno">
  <div class="zprava"><div class="hlava"><a href="/user/jan_vcelar">jan_vcelar</a> 14.11.2026 19:30</div>
   <div class="text">Kolik cukru dáváte na jedno včelstvo na zimu?</div></div>
  <ul><li><div class="zprava"><div class="hlava"><a href="/user/medarka">medarka</a> 15.11.2026 07:10</div>
   <div class="text">Počítám patnáct kilo cukru na silné včelstvo, méně na oddělky.</div></div></li>
   <li><div class="zprava"><div class="hlava"><a href="/user/petr_z">petr_z</a> 15.11.2026 12:45</div>
   <div class="text">Já krmím invertem, včely ho lépe zpracují.</div></div></li></ul>
 </li>
 <li class="vlakno">
  <div class="zprava"><div class="hlava"><a href="/user/medarka">medarka</a> 18.11.2026 21:00</div>
   <div class="text">A kdy už je na krmení pozdě, koncem září?</div></div>
 </li>
</ul></body></html>"""


def test_a_comment_and_its_nested_reply_are_two_posts() -> None:
    assert _posts(_RECEITA_PT, "http://fornodelenha.example/artigo/12") == [
        ("Rui P.", "2026-11-17T20:05:00", "Posso usar farinha de centeio integral em vez da peneirada?"),
        ("Amélia Souto", "2026-11-18T08:40:00",
         "Pode, mas junte mais um pouco de água e deixe levedar mais tempo."),
        ("Teresa M.", "2026-11-19T18:12:00", "Fiz ontem e ficou ótimo, com uma côdea bem estaladiça."),
    ]


def test_linked_members_messages_in_threads_of_a_list_are_read_in_page_order() -> None:
    assert _posts(_DISKUSE_CS, "http://vcelari.example/tema/77") == [
        ("jan_vcelar", "2026-11-14T19:30:00", "Kolik cukru dáváte na jedno včelstvo na zimu?"),
        ("medarka", "2026-11-15T07:10:00", "Počítám patnáct kilo cukru na silné včelstvo, méně na oddělky."),
        ("petr_z", "2026-11-15T12:45:00", "Já krmím invertem, včely ho lépe zpracují."),
        ("medarka", "2026-11-18T21:00:00", "A kdy už je na krmení pozdě, koncem září?"),
    ]


def test_a_post_naming_a_second_member_in_an_undated_part_stays_one_post() -> None:
    doc = load(b'<div id=p><div class=row><a href=/user/ann>ann</a> 17.11.2026 18:40 said this</div>'
               b'<div class=row>thanks to <a href=/user/bob>bob</a> for the green tea tip</div></div>')
    block = doc.root.get_element_by_id("p")
    members = set(doc.root.iter("a"))
    assert nested_messages([block], members, NOW) == [block]
