"""parsers.thread_title: a heading that is all one link to the front page of the thread's own
folder ("modules/forum/index.php", its board "index.php?kat=3") names the board above the thread,
not the thread, though the <title> holds both; the heading its replies repeat after a reply
prefix ("RE: topic") is the thread's, over a project's name. Pages of this module's own (Catalan,
Polish, Slovak, German), none a round's."""

from __future__ import annotations

from parsers.dom import load
from parsers.thread_title import thread_title

_CATALAN = """<html><head><title>Esqueixos de roser - Fòrums - Jardí de la Plana</title></head><body>
<div class="capcalera"><h2><a href="/modules/forum/index.php">Fòrums</a></h2>
<a href="/modules/forum/index.php">Fòrums</a> &raquo;
<a href="/modules/forum/viewforum.php?forum=3">Roses</a></div>
<div class="tema"><h3>Esqueixos de roser</h3></div>
<div class="missatge">Quan és millor fer esqueixos de roser, a la tardor o a la primavera?</div>
</body></html>"""

_POLISH = """<html><head><title>Ogród - Przycinanie róż jesienią - Forum działkowca</title></head><body>
<h1><a href="/forum/index.php?kat=3">Ogród</a></h1>
<div class="watek"><h2>Przycinanie róż jesienią</h2></div>
<div class="post">Czy róże pnące przycinać jesienią, czy dopiero wiosną po mrozach?</div>
</body></html>"""


def test_a_heading_linking_the_forums_front_page_in_the_threads_folder_is_no_title() -> None:
    doc = load(_CATALAN.encode(), url="http://jardi.example/modules/forum/viewtopic.php?topic_id=41")
    assert thread_title(doc) == "Esqueixos de roser"


def test_a_heading_linking_a_board_by_the_folders_index_script_is_no_title() -> None:
    doc = load(_POLISH.encode(), url="http://dzialka.example/forum/temat.php?id=5")
    assert thread_title(doc) == "Przycinanie róż jesienią"


def test_a_heading_linking_the_page_itself_is_still_its_title() -> None:
    page = _POLISH.replace('<h1><a href="/forum/index.php?kat=3">Ogród</a></h1>', "").replace(
        "<h2>Przycinanie róż jesienią</h2>",
        '<h2><a href="/forum/index.php?t=5">Przycinanie róż jesienią</a></h2>')
    doc = load(page.encode(), url="http://dzialka.example/forum/index.php?t=5")
    assert thread_title(doc) == "Przycinanie róż jesienią"


# A project's name over its board's thread (Redmine's way: "<h1>Project</h1>", the topic an <h2>,
# each reply headed "RE: topic"), in Slovak and German with its mailers' "AW:".
_SLOVAK = """<html><head><title>Ktorá pílka na bambus? - Náradie - Stolárska dielňa Hron</title></head><body>
<div id=header><h1><span class=projekt>Stolárska dielňa Hron</span></h1></div>
<h2>Ktorá pílka na bambus?</h2>
<div class=sprava><p>Pridal <a href='/users/3'>juraj_hobel</a> pred 2 dňami</p>
<p>Odporúčate japonskú pílku?</p></div>
<div class=odpoved><h4><a href='/boards/2/topics/9?r=11#m11'>RE: Ktorá pílka na bambus?</a> - Pridal
<a href='/users/8'>eva_dlato</a> včera</h4><p>Áno, ryoba je výborná.</p></div>
</body></html>"""

_GERMAN = """<html><head><title>Werkbank aus Buche | Holzwerker Stammtisch Kassel</title></head><body>
<header><h1>Holzwerker Stammtisch Kassel</h1></header>
<main><h3>Werkbank aus Buche</h3>
<article><p>Ich plane eine Werkbank aus Buche, zwei Meter lang.</p></article>
<article><div class=betreff>AW: Werkbank aus Buche</div><p>Nimm Multiplex für die Platte.</p></article>
</main></body></html>"""


def test_the_heading_its_replies_repeat_after_a_reply_prefix_is_the_title_not_the_sites_name() -> None:
    slovak = load(_SLOVAK.encode(), url="http://dielna.example/boards/2/topics/9")
    assert thread_title(slovak) == "Ktorá pílka na bambus?"
    german = load(_GERMAN.encode(), url="http://stammtisch.example/thema/52")
    assert thread_title(german) == "Werkbank aus Buche"


def test_a_reply_subject_that_merely_begins_with_a_headings_word_does_not_make_it_the_title() -> None:
    page = """<html><head><title>Leimholz verleimen - Stammtisch</title></head><body>
<h1>Leimholz verleimen</h1><h3>Stammtisch</h3><p>Welcher Leim für Leimholz aus Eiche?</p>
<div class=betreff>AW: Stammtischtermine im Dezember</div><p>Am Freitag um acht.</p></body></html>"""
    doc = load(page.encode(), url="http://stammtisch.example/thema/53")
    assert thread_title(doc) == "Leimholz verleimen"


def test_a_replys_own_subject_repeated_by_a_reply_to_it_is_not_the_title() -> None:
    # A threaded board: each post has its subject; "Re: Buche geölt" answers post 2, not the thread.
    page = """<html><head><title>Holzstammtisch - Werkbank aus Buche (Werkstatt)</title></head><body>
<h1>Werkbank aus Buche <span class=kat>(Werkstatt)</span></h1><p>Wie dick die Platte?</p>
<h2>Buche geölt</h2><p>Ich öle meine Buche.</p><h2>Re: Buche geölt</h2><p>Mit Leinöl?</p></body></html>"""
    doc = load(page.encode(), url="http://stammtisch.example/index.php?mode=thread&id=7")
    assert thread_title(doc) != "Buche geölt"


# The topic's subject shown only in its header row after a label; the page's headings head side
# boxes listing other topics ("Neueste Themen", "Ostatnie wątki").
_SUBJECT_ROW_EN = """<html><head><title>Allotment Society - Netting brassicas against pigeons</title></head>
<body><div class="side"><h2>Recent posts</h2>
<ul><li><a href="/forum/viewtopic.php?showtopic=12">Leeks</a></li>
<li><a href="/forum/viewtopic.php?showtopic=13">Onion sets</a></li></ul></div>
<table class="topic"><tr><td><b>Subject: Netting brassicas against pigeons</b></td></tr>
<tr><td>By <a href="/users.php?uid=4">plot_nine</a> on 17.11.2026 18:40</td></tr></table></body></html>"""
_SUBJECT_ROW_PL = """<html><head><title>Nalewki domowe :: Pigwówka bez cukru?</title></head>
<body><div class="blok"><h3>Ostatnie wątki</h3><a href="/watek.php?t=8">Wiśniówka</a></div>
<div class="naglowek">Temat: Pigwówka bez cukru?</div>
<div class="post">Autor: <a href="/profil.php?id=2">babcia_zosia</a> 18.11.2026 09:15</div></body></html>"""


def test_the_title_part_a_labelled_subject_line_shows_wins_over_a_side_box_heading() -> None:
    english = load(_SUBJECT_ROW_EN.encode(), url="http://allotment.example/forum/viewtopic.php?showtopic=9")
    assert thread_title(english) == "Netting brassicas against pigeons"
    polish = load(_SUBJECT_ROW_PL.encode(), url="http://nalewki.example/watek.php?t=9")
    assert thread_title(polish) == "Pigwówka bez cukru?"


def test_a_labelled_line_naming_the_site_part_of_the_title_is_no_subject() -> None:
    # A greeting's line, and a line naming the site its header links to the front page.
    for line in ("Welcome to: Allotment Society", "Site: Allotment Society"):
        page = f"""<html><head><title>Pigeons and nets - Allotment Society</title></head><body>
<div><a href="/">Allotment Society</a></div><h2>Recent posts</h2><p>{line}</p></body></html>"""
        doc = load(page.encode(), url="http://allotment.example/t/9")
        assert thread_title(doc) == "Recent posts"  # as without the line: no subject shown
