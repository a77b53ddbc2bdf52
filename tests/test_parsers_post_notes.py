"""parsers.post_notes: a note under a post's words saying who changed it and when is the post's
frame, not its words; small made-up pages of this module's own (none copies a round's page)."""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.post_notes import edit_notes

NOW = "2026-11-20T12:00:00Z"


def _bodies(html: str) -> list[str | None]:
    result = parse_page(html.encode(), url="http://werkstatt.example/thema/9", captured_at=NOW,
                        use_profiles=False)
    return [r.body for r in result.records if r.kind == "post"]


# Posts in divisions; the second's words end in a classed note naming the member who changed it
# (German "Zuletzt bearbeitet von NAME am DATE").
_NOTE_DE = """<html><head><title>Drechselbank</title></head><body>
<div class="beitrag"><a href="/user/12">holzwurm</a> <span>17.11.2026 18:40</span>
 <div class="content"><p>Welche Drehzahl nehmt ihr für Schalen aus Eiche?</p></div></div>
<div class="beitrag"><a href="/user/40">span_meister</a> <span>19.11.2026 21:15</span>
 <div class="content"><p>Bei dreißig Zentimetern Durchmesser nicht mehr als achthundert Umdrehungen.</p>
 <div class="geaendert">Zuletzt bearbeitet von <a href="/user/40">span_meister</a> am 19.11.2026 21:32</div>
 </div></div>
</body></html>"""

# A note after a rule, unclassed (Polish "Edytowane przez NAME, DATE"), in list items.
_NOTE_PL = """<html><head><title>Ule</title></head><body><ul class="watek">
<li class="w"><a href="/user/7">pszczelarz</a> <time>17.11.2026 18:40</time>
 <div class="tresc message">Kiedy zakładać daszki na zimę?<hr>
 <span>Edytowane przez <a href="/user/7">pszczelarz</a>,
 18.11.2026 09:00</span></div></li>
<li class="w"><a href="/user/9">ola_m</a> <time>19.11.2026 21:15</time>
 <div class="tresc message">Po ostatnim przeglądzie, zanim przyjdą mrozy.</div></li>
</ul></body></html>"""


def test_a_classed_note_naming_who_changed_the_post_and_when_is_not_its_words() -> None:
    assert _bodies(_NOTE_DE) == [
        "Welche Drehzahl nehmt ihr für Schalen aus Eiche?",
        "Bei dreißig Zentimetern Durchmesser nicht mehr als achthundert Umdrehungen."]


def test_an_unclassed_note_under_a_rule_is_not_the_posts_words() -> None:
    assert _bodies(_NOTE_PL) == [
        "Kiedy zakładać daszki na zimę?", "Po ostatnim przeglądzie, zanim przyjdą mrozy."]


def test_a_plain_closing_paragraph_thanking_a_member_on_a_date_stays_in_the_words() -> None:
    doc = load(b'<div><p>Cut the scions in winter.</p><p>Thanks <a href="/user/5">ann</a>, '
               b'I did it on 17.11.2026.</p></div>')
    assert edit_notes(doc.root.find("body")[0], set(), NOW) == set()
