"""parsers.chat_log: a thread shown as a chat log (one line a post: a time of day, a recurring
name, the words; the days as divider lines, "yesterday" and "today" among them; lines without a
time no post) is read as its posts, each dated by its day. Pages of this module's own (a German
shoutbox with the names in elements, a Portuguese IRC-like log with the names in the text), none
a round's."""

from __future__ import annotations

from parsers import parse_page
from parsers.chat_log import chat_log
from parsers.dom import load

_NOW = "2026-11-20T12:00:00Z"

_GERMAN = """<html lang="de"><head><title>Plauderecke :: Brotbacken</title></head><body>
<nav><a href="/">Start</a> <a href="/plauderecke">Plauderecke</a></nav>
<h1>Sauerteig will nicht aufgehen</h1>
<div class="schwatz">
<h4>17. November 2026</h4>
<p><time>20:14</time> <strong>backfee</strong>: Mein Sauerteig riecht nach Essig, ist das schlimm?</p>
<p><time>20:19</time> <strong>knetmeister</strong>: Nein, einfach öfter füttern, zweimal am Tag.</p>
<h4>Gestern</h4>
<p class="info">ofenkind hat den Raum betreten.</p>
<p><time>08:02</time> <strong>backfee</strong>: Heute früh war er doppelt so hoch!</p>
<h4>Heute</h4>
<p><time>09:40</time> <strong>ofenkind</strong>: Dann gleich ein Brot backen.</p>
</div><form><input name="text"><button>Senden</button></form></body></html>"""

_PORTUGUESE = """<html lang="pt"><head><title>Sala de conversa</title></head><body>
<h2>Mudas de tomate na varanda</h2>
<ol class="registo">
<li class="dia">15 de novembro de 2026</li>
<li>[21:05] &lt;maria_horta&gt; as minhas mudas estão a ficar muito compridas</li>
<li>[21:07] &lt;zeca&gt; falta de luz, põe mais perto da janela</li>
<li>[21:09] &lt;maria_horta&gt; vou experimentar amanhã, obrigada</li>
<li class="dia">ontem</li>
<li>* zeca mudou o tema</li>
<li>[07:30] &lt;zeca&gt; e então, já mudaste o vaso de sítio?</li>
</ol></body></html>"""

# Comments each timed at their head, by as many people as there are comments: no chat log.
_COMMENTS = """<html><body><h1>Cast iron care</h1><ul class="comments">
<li>10:02 ann says seasoning takes a few rounds of oil</li>
<li>10:15 bob says never soak it overnight in water</li>
<li>11:40 cid says a chain mail scrubber does wonders</li>
</ul></body></html>"""


def _posts(page: str) -> list[tuple[str | None, str | None, str | None]]:
    result = parse_page(page.encode(), url="http://chat.onion/raum/12", captured_at=_NOW, use_profiles=False)
    assert result.page.page_type == "thread"
    return [(r.author, r.posted_at, r.body) for r in result.records if r.kind == "post"]


def test_a_shoutbox_gives_a_post_of_each_timed_line_dated_by_its_days_divider() -> None:
    assert _posts(_GERMAN) == [
        ("backfee", "2026-11-17T20:14:00", "Mein Sauerteig riecht nach Essig, ist das schlimm?"),
        ("knetmeister", "2026-11-17T20:19:00", "Nein, einfach öfter füttern, zweimal am Tag."),
        ("backfee", "2026-11-19T08:02:00", "Heute früh war er doppelt so hoch!"),
        ("ofenkind", "2026-11-20T09:40:00", "Dann gleich ein Brot backen."),
    ]


def test_names_written_in_the_lines_text_are_the_posts_authors_not_their_words() -> None:
    assert _posts(_PORTUGUESE) == [
        ("maria_horta", "2026-11-15T21:05:00", "as minhas mudas estão a ficar muito compridas"),
        ("zeca", "2026-11-15T21:07:00", "falta de luz, põe mais perto da janela"),
        ("maria_horta", "2026-11-15T21:09:00", "vou experimentar amanhã, obrigada"),
        ("zeca", "2026-11-19T07:30:00", "e então, já mudaste o vaso de sítio?"),
    ]


def test_the_log_is_a_thread_titled_by_its_heading() -> None:
    records = parse_page(_GERMAN.encode(), url="http://chat.onion/raum/12", captured_at=_NOW,
                         use_profiles=False).records
    assert records[0].kind == "thread" and records[0].title == "Sauerteig will nicht aufgehen"
    assert [r.index for r in records if r.kind == "post"] == [0, 1, 2, 3]


def test_a_line_without_a_time_is_no_post() -> None:
    bodies = [body for _, _, body in _posts(_GERMAN) + _posts(_PORTUGUESE)]
    assert not any("betreten" in (b or "") or "tema" in (b or "") for b in bodies)


def test_timed_lines_whose_names_never_recur_are_no_chat_log() -> None:
    assert chat_log(load(_COMMENTS.encode()), now=_NOW) == []


def test_a_page_of_two_timed_lines_is_no_chat_log() -> None:
    page = _PORTUGUESE.replace("<li>[21:09]", "<li>21h09").replace("<li>[07:30]", "<li>07h30")
    assert chat_log(load(page.encode()), now=_NOW) == []
