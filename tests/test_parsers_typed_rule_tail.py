"""parsers.post_columns' subject lines held alone in a layout table (beside reply buttons) and
parsers.typed_rule_tail: a signature or an edit note written as loose text under a typed rule
("words<br>-----<br>signature") is no part of a post's words. Small threads written here, one
table per post, in Swedish and Italian."""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.typed_rule_tail import typed_rule_cut

NOW = "2026-11-20T12:00:00Z"


def _page(title: str, prefix: str, posts: list[tuple[str, str, str, str]]) -> bytes:
    tables = "".join(
        f'<table class="box" width="100%"><tr><td class="who" width="150" valign="top">'
        f'<a href="/forum/member?id={name}" class="nick">{name}</a><br>Medlem<br></td>'
        f'<td valign="top"><table width="100%" class="bar"><tr><td class="b">'
        f'<a href="/forum/reply?p={i}"><img src="/i/reply.gif" alt="Reply"></a>&nbsp;</td></tr>'
        f'<tr><td class="b"><span id="subj_{i}">{prefix if i else ""}{title}</span></td></tr></table>'
        f'<hr>{words}<br>{tail}</td></tr><tr><td colspan="2" class="when">[{date}]</td></tr></table>'
        for i, (name, date, words, tail) in enumerate(posts))
    return f"<html><body><h2>{title}</h2>{tables}</body></html>".encode()


def _bodies(page: bytes) -> list[tuple[str | None, list[str], str | None]]:
    result = parse_page(page, url="http://x.onion/forum/thread?id=9", captured_at=NOW, use_profiles=False)
    return [(p.author, p.quotes, p.body) for p in result.records if type(p).__name__ == "Post"]


def test_swedish_posts_lose_their_subject_tables_and_their_signatures_under_dashes() -> None:
    page = _page("Tomaterna spricker", "Sv: ", [
        ("odlar_olle", "17.11.2026 18:40:00", "Varför spricker mina tomater i växthuset?",
         "--------------------<br>Jord under naglarna."),
        ("tradgards_tina", "18.11.2026 09:15:00", "Ojämn vattning, vattna lite varje dag istället.",
         "--------------------<br>[Ändrad 1 gång, senast 18.11.2026 09:20:00]"),
        ("odlar_olle", "19.11.2026 20:05:00", "Tack, jag provar det.", "")])
    assert _bodies(page) == [
        ("odlar_olle", [], "Varför spricker mina tomater i växthuset?"),
        ("tradgards_tina", [], "Ojämn vattning, vattna lite varje dag istället."),
        ("odlar_olle", [], "Tack, jag provar det.")]


_REPLY = "Troppa acqua: lascia asciugare il terriccio tra un'annaffiatura e l'altra."


def test_italian_posts_lose_their_subject_tables_and_their_signatures_under_dashes() -> None:
    page = _page("Il basilico ingiallisce", "R: ", [
        ("orto_di_nonna", "17.11.2026 18:40:00", "Il mio basilico sul balcone ingiallisce dal basso.",
         "==========<br>Chi semina raccoglie."),
        ("pollice_verde", "18.11.2026 09:15:00", _REPLY,
         "==========<br>Un orto al giorno toglie il medico di torno."),
        ("orto_di_nonna", "19.11.2026 20:05:00", "Grazie mille, provo subito.", "")])
    assert _bodies(page) == [
        ("orto_di_nonna", [], "Il mio basilico sul balcone ingiallisce dal basso."),
        ("pollice_verde", [], _REPLY),
        ("orto_di_nonna", [], "Grazie mille, provo subito.")]


def test_a_rule_inside_an_element_or_a_long_tail_under_it_is_left_to_the_words() -> None:
    box = load(b"<div id=w>Steps:<p>-----</p>one</div>").root.get_element_by_id("w")
    assert typed_rule_cut("Steps:\n-----\none", box) == "Steps:\n-----\none"
    loose = load(b"<div id=w>List<br>-----<br>a<br>b<br>c</div>").root.get_element_by_id("w")
    assert typed_rule_cut("List\n-----\na\nb\nc", loose) == "List\n-----\na\nb\nc"
