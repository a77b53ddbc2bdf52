"""parsers.generic_forum.generic_topics: a topic list's rows open with their topic's title; a
board list's rows open with their board's link and link a topic only as their last post, which
is no topic of the page. Invented templates in Polish, Catalan (board lists) and Slovene (a topic
list whose rows name their board after the title)."""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.generic_forum import generic_topics

NOW = "2026-11-20T12:00:00Z"

# A Polish board list: a category's table, each row an icon, the board's link and description,
# topic and post counts, and the last post (date, poster, "Odp: ..." linking the post).
_POLISH_ROW = """<tr><td><img src="/i/f.png" alt="Forum"></td>
<td><a href="/viewforum.php?f={n}">{board}</a><br><small>{desc}</small></td><td>{t}</td><td>{p}</td>
<td>{day}.11.2026 18:{n}0<br>przez <a href="/memberlist.php?mode=viewprofile&u=1{n}">{who}</a>
<a href="/viewtopic.php?p=88{n}#p88{n}">{last}</a></td></tr>"""
_POLISH = ("""<html lang="pl"><head><title>Pszczelarze - Strona główna</title></head><body>
<h1>Pszczelarze</h1><table><tr><th></th><th>Forum</th><th>Tematy</th><th>Posty</th>
<th>Ostatni post</th></tr>"""
           + "".join(_POLISH_ROW.format(n=n, board=b, desc=d, t=t, p=p, day=day, who=w, last=last)
                     for n, b, d, t, p, day, w, last in (
                         (1, "Ule i ramki", "Budowa uli", 41, 388, 18, "bartnik",
                          "Odp: Ul wielkopolski czy dadant?"),
                         (2, "Choroby pszczół", "Warroza i inne", 77, 902, 19, "matecznik",
                          "Kwasek mrówkowy jesienią"),
                         (3, "Miód", "Wirowanie i sprzedaż", 25, 141, 20, "lipowy_jan",
                          "Odp: Krystalizacja rzepaku"),
                     ))
           + "</table></body></html>")

# A Catalan board list built of blocks: each board a "div" with its link, counts and its last
# post's date, poster and topic, under a category's heading.
_CATALAN_BOARD = """<div class="forum"><div class="nom"><a href="/forum/{slug}">{board}</a></div>
<div class="xifres"><span>{t}</span> temes <span>{p}</span> missatges</div>
<div class="darrer">{day}/11/2026 10:0{t1} per <a href="/u/{who}">{who}</a>
<a href="/topic/{tid}-{slug}">Re: {last}</a></div></div>"""
_CATALAN = ("""<html lang="ca"><head><title>Fòrum del Vi</title></head><body><h2>Vinyes i cellers</h2>"""
            + "".join(_CATALAN_BOARD.format(slug=s, board=b, t=t, t1=t % 10, p=p, day=day, who=w, tid=tid,
                                            last=last)
                      for s, b, t, p, day, w, tid, last in (
                          ("vinya", "La vinya", 52, 610, 17, "garnatxa", 301, "Poda en verd"),
                          ("celler", "Al celler", 38, 455, 18, "ull_de_llebre", 302, "Bótes de castanyer"),
                          ("tast", "Tast i maridatge", 64, 811, 19, "sumiller_pep", 303,
                           "Formatges i negres"),
                      ))
            + "</body></html>")

# A Slovene topic list (a search's results): each row opens with its topic's title, then its
# board's link, its author and its replies.
_SLOVENE_ROW = """<tr><td><a href="/viewtopic.php?t={n}">{title}</a></td>
<td><a href="/viewforum.php?f=4">Čebelarstvo</a></td>
<td><a href="/memberlist.php?mode=viewprofile&u={n}">{who}</a></td><td>{r}</td></tr>"""
_SLOVENE = ("""<html lang="sl"><head><title>Rezultati iskanja</title></head><body>
<h2>Rezultati iskanja</h2><table>"""
            + "".join(_SLOVENE_ROW.format(n=n, title=t, who=w, r=r) for n, t, w, r in (
                (11, "Kranjska čebela pozimi", "satnik", 4), (12, "Točenje akacijevega medu", "medar", 9),
                (13, "Rojenje v maju", "panjar", 2)))
            + "</table></body></html>")


def test_a_board_lists_last_posts_are_no_topics() -> None:
    for html, url in ((_POLISH, "http://pszczoly.example/index.php"), (_CATALAN, "http://vi.example/forums")):
        assert generic_topics(load(html.encode(), url=url)) == []


def test_a_board_list_is_a_forum_index_of_no_records() -> None:
    for html, url in ((_POLISH, "http://pszczoly.example/index.php"), (_CATALAN, "http://vi.example/forums")):
        result = parse_page(html.encode(), url=url, captured_at=NOW, use_profiles=False)
        assert (result.page.page_type, result.records) == ("forum_index", [])


def test_a_topic_list_whose_rows_name_their_board_after_the_title_keeps_its_topics() -> None:
    topics = generic_topics(load(_SLOVENE.encode(), url="http://cebele.example/search.php"))
    assert [(t.title, t.author) for t in topics] == [
        ("Kranjska čebela pozimi", "satnik"), ("Točenje akacijevega medu", "medar"),
        ("Rojenje v maju", "panjar")]
