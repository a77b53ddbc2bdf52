"""parsers.file_boxes: the box of files attached below a post's words (links named as files and
their sizes, nothing else) is no word of the post, whatever it is classed as; a post that says
nothing but a file's name keeps it. Pages of this module's own (Czech and Spanish boards), none a
round's."""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.file_boxes import file_boxes

_NOW = "2026-11-20T12:00:00Z"


def _bodies(page: str, url: str) -> list[str | None]:
    records = parse_page(page.encode(), url=url, captured_at=_NOW, use_profiles=False).records
    return [r.body for r in records if r.kind == "post"]


_CZECH = """<html><head><title>Lepení bambusu | Kolaři</title></head><body><h2>Lepení bambusu</h2>
<div class="prispevek"><a href="/uzivatel/5">petr_kolar</a> <span class="cas">17.11.2026 18:40</span>
<div class="text">Čím lepíte spoje bambusového rámu? Epoxid nebo konopí?</div></div>
<div class="prispevek"><a href="/uzivatel/8">jana_brzda</a> <span class="cas">18.11.2026 09:15</span>
<div class="text">Konopí namočené v epoxidu, drží už dva roky.</div>
<div class="prilohy"><ul><li><a href="/priloha/41/spoj.jpg">spoj.jpg</a> (1,2 MB)</li>
<li><a href="/priloha/42/navod.pdf">navod.pdf</a> (84 kB)</li></ul></div></div>
</body></html>"""

_SPANISH = """<html><head><title>Injertos de limonero | Huerto</title></head><body>
<h1>Injertos de limonero</h1>
<table class="hilo"><tr><td class="autor"><a href="/miembro/3">rosa_huerta</a></td>
<td><span class="fecha">17/11/2026 20:05</span>
<div>¿Cuándo injertáis el limonero, en primavera?</div></td></tr>
<tr><td class="autor"><a href="/miembro/9">tomas_poda</a></td>
<td><span class="fecha">18/11/2026 08:30</span><div>En abril, con la savia ya en movimiento.</div>
<p class="adjuntos">Adjuntos: <a href="/adjunto/7">injerto-abril.png</a> [532 bytes]</p></td></tr>
</table></body></html>"""


def test_a_box_of_attached_files_below_the_words_is_no_word_of_the_post() -> None:
    czech = _bodies(_CZECH, "http://kolari.example/tema/12")
    assert czech[1] == "Konopí namočené v epoxidu, drží už dva roky."
    spanish = _bodies(_SPANISH, "http://huerto.example/hilo/40")
    assert spanish[1] == "En abril, con la savia ya en movimiento."


def test_a_post_saying_nothing_but_a_files_name_keeps_it_and_a_named_link_amid_words_stays() -> None:
    alone = load(b'<div id=p><p><a href="/f/3">notes.pdf</a> (12 KB)</p></div>')
    assert file_boxes(alone.root.get_element_by_id("p"), set()) == set()
    amid = load(b'<div id=p><p>Read <a href="/f/3">notes.pdf</a> before you glue.</p></div>')
    assert file_boxes(amid.root.get_element_by_id("p"), set()) == set()
