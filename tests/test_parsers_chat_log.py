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


# A board index with a shout box in its side column: the boards, their counts and last posts are
# the page; the shout box's lines are no thread.
_SPANISH_INDEX = """<html lang="es"><head><title>Foro La Huerta - Índice</title></head><body>
<nav><a href="/">Inicio</a> <a href="/normas">Normas</a> <a href="/miembros">Miembros</a></nav>
<div class="principal"><table class="foros">
<tr><th>Foro</th><th>Temas</th><th>Mensajes</th><th>Último mensaje</th></tr>
<tr><td><a href="/foro/1">Presentaciones</a><br>Cuéntanos quién eres y qué cultivas.</td><td>212</td>
<td>1.804</td><td><a href="/tema/77">Hola desde Murcia</a> por <a href="/u/pimiento">pimiento</a></td></tr>
<tr><td><a href="/foro/2">Semilleros</a><br>Germinación, sustratos y trasplantes.</td><td>348</td>
<td>4.120</td><td><a href="/tema/91">Tomates que no germinan</a> por <a href="/u/acelga">acelga</a></td></tr>
<tr><td><a href="/foro/3">Plagas</a><br>Pulgones, caracoles y remedios caseros para la huerta.</td>
<td>190</td><td>2.377</td><td><a href="/tema/88">Jabón potásico, ¿cada cuánto?</a> por
<a href="/u/berza">berza</a></td></tr>
<tr><td><a href="/foro/4">Riego</a><br>Goteo, programadores y aprovechamiento del agua de lluvia.</td>
<td>97</td><td>1.006</td><td><a href="/tema/90">Depósito de 1000 litros</a> por
<a href="/u/pimiento">pimiento</a></td></tr></table></div>
<aside><h4>Charla</h4><ul class="charla">
<li>[10:41] <a href="/u/pimiento">pimiento</a>: buenos días a todos</li>
<li>[10:38] <a href="/u/acelga">acelga</a>: ¿alguien tiene semillas de calabaza?</li>
<li>[10:30] <a href="/u/pimiento">pimiento</a>: yo te mando unas</li>
<li>[10:12] <a href="/u/berza">berza</a>: hoy llueve por fin</li></ul></aside>
<footer>Temas 847 · Mensajes 9.307 · Miembros 1.212</footer></body></html>"""

# A Polish thread of posts with a shout box beside them: the posts are the thread's.
_POLISH_THREAD = """<html lang="pl"><head><title>Kiszenie ogórków - Forum Spiżarnia</title></head><body>
<h1>Kiszenie ogórków</h1><div class="watek">
<div class="post"><div class="autor"><a href="/u/koper">koper</a></div>
<div class="data">18.11.2026 20:14</div>
<div class="tresc">Ile soli dajecie na litr wody do ogórków kiszonych? Babcia dawała łyżkę z czubkiem,
ale nie wiem, czy to nie za dużo, bo w tym roku wyszły mi miękkie i trochę za słone.</div></div>
<div class="post"><div class="autor"><a href="/u/czosnek">czosnek</a></div>
<div class="data">19.11.2026 08:02</div>
<div class="tresc">Płaska łyżka kamiennej soli na litr wystarczy, a do słoika dodaj liść chrzanu i
dębu, wtedy ogórki zostaną twarde i chrupiące przez całą zimę w piwnicy.</div></div></div>
<div class="boczny"><h4>Czat</h4><ul>
<li>[09:10] <b>koper</b>: dzień dobry</li><li>[09:12] <b>czosnek</b>: cześć</li>
<li>[09:15] <b>koper</b>: kto robi dziś przetwory?</li></ul></div></body></html>"""


def test_a_shout_box_in_a_board_indexs_side_column_is_no_thread() -> None:
    assert chat_log(load(_SPANISH_INDEX.encode()), now=_NOW) == []
    result = parse_page(_SPANISH_INDEX.encode(), url="http://huerta.onion/", captured_at=_NOW,
                        use_profiles=False)
    assert result.page.page_type == "forum_index"
    assert not [r for r in result.records if r.kind == "post"]


def test_a_shout_box_beside_a_threads_posts_gives_none_of_the_posts() -> None:
    assert chat_log(load(_POLISH_THREAD.encode()), now=_NOW) == []
    result = parse_page(_POLISH_THREAD.encode(), url="http://spizarnia.onion/t/12", captured_at=_NOW,
                        use_profiles=False)
    bodies = [r.body or "" for r in result.records if r.kind == "post"]
    assert not any(b in ("dzień dobry", "cześć") for b in bodies)
