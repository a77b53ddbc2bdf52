"""parsers.bylines on messages rendered as flat siblings (a chat archive's export): a heading
naming its poster with the date in brackets in one link ("ann (17.11.2026 18:40)"), then the
message's paragraphs, lists and quotes up to the next heading, a line naming a poster before a
quote its head; the first heading swallowed by an element left open before it; and
parsers.thread_title reading a <title> whose parts a middle dot separates. Pages of this module's
own (Tagalog, Slovak), none copied from a generality round."""

from __future__ import annotations

from typing import Any

from parsers import parse_page

NOW = "2026-11-20T12:00:00Z"

_TAGALOG = """<html><head><title>Pagtatanim ng mais · bukid · Sinupan ng Samahan</title></head><body>
<div class="nilalaman">
<h3>Paksa: <a href="https://sinupan.example/bukid/mais.html">Pagtatanim ng mais</a></h3>
<hr>
<h5 class="mensahe"><a href="/bukid/mais.html#m1">Juan Dela Cruz (17.11.2026 18:40)</a></h5>
<p>Huli ang ulan ngayong taon.</p>
<p>Magtatanim na ba ako ng mais o maghihintay pa ng isang buwan?</p>
<h5 class="mensahe"><a href="/bukid/mais.html#m2">Maria Santos (18.11.2026 09:15)</a></h5>
<p><b>Juan Dela Cruz</b> sinabi:</p>
<blockquote><p>Magtatanim na ba ako ng mais o maghihintay pa ng isang buwan?</p></blockquote>
<p>Magtanim ka na. Sapat pa ang basa ng lupa.</p>
<ul><li>Lalim: 5 sentimetro</li><li>Pagitan: 25 sentimetro</li></ul>
<h5 class="mensahe"><a href="/bukid/mais.html#m3">Juan Dela Cruz (19.11.2026 20:05)</a></h5>
<p>Salamat, Maria! Bukas ako magsisimula.</p>
<hr><p>Huling binago: 20.11.2026</p>
</div></body></html>"""

# The channel's heading is left open (no </h2>): the parser keeps the first message's heading
# inside it, and that message's words after it.
_SLOVAK = """<html><head><title>Kedy strihať jablone · záhrada · Archív</title></head><body>
<main>
<h2>Kanál: <a href="https://archiv.example/zahrada/">záhrada</a>
<h3>Téma: <a href="https://archiv.example/zahrada/jablone.html">Kedy strihať jablone</a></h3>
<h4><a href="https://archiv.example/zahrada/jablone.html#101">Jana Kováčová (17.11.2026 18:40)</a>:</h4>
<p>Jablone som minulý rok strihala na jar a takmer nerodili.</p>
<p>Je lepšie strihať v zime?</p>
<a name="102"></a>
<h4><a href="https://archiv.example/zahrada/jablone.html#102">Peter Horváth (18.11.2026 09:15)</a>:</h4>
<p>Áno, v zime po mrazoch, ale pred pučaním.</p>
<a name="103"></a>
<h4><a href="https://archiv.example/zahrada/jablone.html#103">Jana Kováčová (19.11.2026 20:05)</a>:</h4>
<p>Ďakujem, skúsim to tento rok.</p>
</main></body></html>"""


def _records(html: str, url: str) -> tuple[str, list[Any]]:
    result = parse_page(html.encode(), url=url, captured_at=NOW, use_profiles=False)
    return result.page.page_type, result.records


def test_a_heading_with_its_date_in_brackets_opens_a_post_of_the_paragraphs_after_it() -> None:
    kind, records = _records(_TAGALOG, "https://sinupan.example/bukid/mais.html")
    posts = [r for r in records if r.kind == "post"]
    assert kind == "thread"
    assert [(p.author, p.posted_at) for p in posts] == [
        ("Juan Dela Cruz", "2026-11-17T18:40:00"), ("Maria Santos", "2026-11-18T09:15:00"),
        ("Juan Dela Cruz", "2026-11-19T20:05:00")]
    assert posts[0].body == ("Huli ang ulan ngayong taon.\n"
                             "Magtatanim na ba ako ng mais o maghihintay pa ng isang buwan?")
    assert posts[2].body == "Salamat, Maria! Bukas ako magsisimula."


def test_a_line_naming_a_poster_over_a_quote_is_its_head_and_no_words() -> None:
    _, records = _records(_TAGALOG, "https://sinupan.example/bukid/mais.html")
    post = [r for r in records if r.kind == "post"][1]
    assert post.quotes == ["Juan Dela Cruz"]
    assert post.body == ("Magtanim ka na. Sapat pa ang basa ng lupa.\n"
                         "Lalim: 5 sentimetro\nPagitan: 25 sentimetro")


def test_the_first_message_heading_an_unclosed_heading_swallowed_is_read() -> None:
    kind, records = _records(_SLOVAK, "https://archiv.example/zahrada/jablone.html")
    posts = [r for r in records if r.kind == "post"]
    assert kind == "thread"
    assert [(p.author, p.posted_at) for p in posts] == [
        ("Jana Kováčová", "2026-11-17T18:40:00"), ("Peter Horváth", "2026-11-18T09:15:00"),
        ("Jana Kováčová", "2026-11-19T20:05:00")]
    assert posts[0].body == ("Jablone som minulý rok strihala na jar a takmer nerodili.\n"
                             "Je lepšie strihať v zime?")


def test_a_title_whose_parts_a_middle_dot_separates_gives_the_threads_part() -> None:
    for html, url in ((_TAGALOG, "https://sinupan.example/bukid/mais.html"),
                      (_SLOVAK, "https://archiv.example/zahrada/jablone.html")):
        _, records = _records(html, url)
        assert records[0].title == ("Pagtatanim ng mais" if html is _TAGALOG else "Kedy strihať jablone")
