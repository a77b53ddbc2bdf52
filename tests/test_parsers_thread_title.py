"""parsers.thread_title: a heading that is all one link to the front page of the thread's own
folder ("modules/forum/index.php", its board "index.php?kat=3") names the board above the thread,
not the thread, though the <title> holds both. Pages of this module's own (Catalan and Polish),
none a round's."""

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
