"""parsers thread reading, the frame around a post's words: account pages under the members' path,
layout helper classes, members folders given by query, times ago in several units, a byline
inside the content box, a count named by its tooltip. Small made-up pages of this module's own
(none copies a round's page), each mechanism on two templates in two languages."""

from __future__ import annotations

from typing import Any

from parsers import parse_page
from parsers.dates import parse_date
from parsers.dom import load
from parsers.forum_members import member_links
from parsers.generic_forum import generic_thread

NOW = "2026-11-20T12:00:00Z"


def _records(html: str, url: str) -> list[Any]:
    return parse_page(html.encode(), url=url, captured_at=NOW, use_profiles=False).records


def _posts(records: list[Any]) -> list[tuple[Any, ...]]:
    return [(r.author, r.posted_at, r.body, r.quotes) for r in records if r.kind == "post"]


def _authors(records: list[Any]) -> set[tuple[Any, ...]]:
    return {(r.name, r.post_count, r.joined) for r in records if r.kind == "author"}


# A Polish forum whose opening post stands before the wrapper of its replies (the same "wpis"
# class), its menu and its reply box linking the visitor's login and sign-up under "/user/".
_OPENING_OUTSIDE_PL = """<html><head><title>Ule na zimę | Pasieka</title></head><body><div id="strona">
<div id="menu"><a href="/forum">Forum</a> <a href="/user/login">Zaloguj</a>
 <a href="/user/register">Załóż konto</a></div>
<div id="glowna"><h1>Ule na zimę</h1>
<div class="wpis pierwszy"><div class="kto"><a href="/user/31">pszczelarz_jan</a></div>
 <div class="kiedy">17.11.2026 18:40</div>
 <div class="tresc entry"><p>Kiedy zakładać daszki i ocieplenie na zimę?</p></div>
 <div class="stopka"><a href="/user/login?destination=node/5">Zaloguj się</a>, aby odpowiedzieć</div></div>
<div class="odpowiedzi">
<div class="wpis"><div class="kto"><a href="/user/8">ola_miodek</a></div>
 <div class="kiedy">18.11.2026 09:15</div>
 <div class="tresc entry"><p>Po ostatnim przeglądzie, zanim przyjdą mrozy.</p></div></div>
<div class="wpis"><div class="kto"><a href="/user/44">trzmiel</a></div>
 <div class="kiedy">19.11.2026 21:05</div>
 <div class="tresc entry"><p>Ja ocieplam dopiero w grudniu, matą słomianą.</p></div></div>
</div></div></div></body></html>"""

# A German board linking its sign-in and password pages the Rails way ("/users/sign_in").
_OPENING_OUTSIDE_DE = """<html><head><title>Sauerteig | Backstube</title></head><body>
<nav><a href="/users/sign_in">Anmelden</a> <a href="/users/password/new">Passwort vergessen</a></nav>
<h1>Sauerteig wird nicht sauer</h1>
<article class="beitrag start"><header><a href="/users/brotbaecker">brotbaecker</a>
 <span>16.11.2026 08:00</span></header>
 <section class="text">Mein Roggensauer riecht nach drei Tagen immer noch nach Mehl.</section></article>
<section class="antworten">
<article class="beitrag"><header><a href="/users/hefe_hilde">hefe_hilde</a>
 <span>17.11.2026 10:30</span></header>
 <section class="text">Stell ihn wärmer, bei sechsundzwanzig Grad geht es schneller.</section></article>
<article class="beitrag"><header><a href="/users/korn">korn</a> <span>18.11.2026 19:45</span></header>
 <section class="text">Und füttere ihn zweimal am Tag mit Vollkornmehl.</section></article>
</section></body></html>"""


def test_a_login_link_under_the_members_path_names_no_member() -> None:
    for html, url in ((_OPENING_OUTSIDE_PL, "http://pasieka.example/node/5"),
                      (_OPENING_OUTSIDE_DE, "http://backstube.example/t/9")):
        doc = load(html.encode(), url=url)
        names = [a.text_content() for a in member_links(doc, doc.root.find("body"), 2)]
        assert not any(n.startswith(("Zaloguj", "Załóż", "Anmelden", "Passwort")) for n in names)


def test_an_opening_post_before_its_replies_wrapper_is_the_first_post() -> None:
    pl = _posts(_records(_OPENING_OUTSIDE_PL, "http://pasieka.example/node/5"))
    assert [p[0] for p in pl] == ["pszczelarz_jan", "ola_miodek", "trzmiel"]
    assert pl[0][1:3] == ("2026-11-17T18:40:00", "Kiedy zakładać daszki i ocieplenie na zimę?")
    de = _posts(_records(_OPENING_OUTSIDE_DE, "http://backstube.example/t/9"))
    assert [p[0] for p in de] == ["brotbaecker", "hefe_hilde", "korn"]
    assert de[0][2] == "Mein Roggensauer riecht nach drei Tagen immer noch nach Mehl."


# An Italian Bootstrap theme: each post "clearfix voce" holds a "clearfix" header row with the
# poster's link and the date; the header is no reply nested in the post.
_HELPER_CLASSES_IT = """<html><head><title>Pane | Forno</title></head><body><h2>Lievito madre</h2>
<div class="clearfix voce"><div class="clearfix"><span class="rango">Veterano</span>
 <a href="/profile.php?lookup=5">fornaio</a> Veterano · 17.11.2026 18:40</div>
 <div class="overflow-hide"><div class="campi"><span>Messaggi</span> <span>1.204</span></div>
 <div class="testo message">Il mio lievito non raddoppia più in quattro ore, cosa sbaglio?</div></div></div>
<div class="clearfix voce"><div class="clearfix"><span class="rango">Nuovo</span>
 <a href="/profile.php?lookup=9">farina00</a> Nuovo · 18.11.2026 09:10</div>
 <div class="overflow-hide"><div class="campi"><span>Messaggi</span> <span>12</span></div>
 <div class="testo message">Rinfrescalo due volte al giorno con farina forte.</div></div></div>
</body></html>"""

# A Portuguese theme of list items "row mensagem", each with its "row" header inside.
_HELPER_CLASSES_PT = """<html><head><title>Bicicletas | Oficina</title></head><body><h2>Corrente nova</h2>
<ul class="lista"><li class="row mensagem"><div class="row"><a href="/members/ze.4/">ze</a>
 <em>Membro</em> <span>16.11.2026 20:00</span></div>
 <div class="corpo">Que corrente serve numa pedaleira antiga de três pratos?</div></li>
<li class="row mensagem"><div class="row"><a href="/members/rita.7/">rita</a>
 <em>Moderadora</em> <span>17.11.2026 08:20</span></div>
 <div class="corpo">Uma de nove velocidades serve, mas troca também os carretos.</div></li>
</ul></body></html>"""


def test_a_header_row_sharing_only_layout_helper_classes_is_no_nested_reply() -> None:
    it = _posts(_records(_HELPER_CLASSES_IT, "http://forno.example/viewthread.php?thread_id=3"))
    assert [(p[0], p[2]) for p in it] == [
        ("fornaio", "Il mio lievito non raddoppia più in quattro ore, cosa sbaglio?"),
        ("farina00", "Rinfrescalo due volte al giorno con farina forte.")]
    pt = _posts(_records(_HELPER_CLASSES_PT, "http://oficina.example/threads/corrente.12/"))
    assert [(p[0], p[1]) for p in pt] == [("ze", "2026-11-16T20:00:00"), ("rita", "2026-11-17T08:20:00")]
    assert pt[1][2] == "Uma de nove velocidades serve, mas troca também os carretos."


# A French board linking members as a folder given the member by query ("/membres/?id=5" is
# unknown, "/forum/members/?id=5" and "/profile/?u=7" are), posts dated "il y a ..." in two units.
_FOLDER_QUERY_FR = """<html><head><title>Thé vert | Salon</title></head><body><h1>Thé vert du Japon</h1>
<div class="msg"><a href="/forum/members/?id=5">camille</a> <span>il y a 2 jours et 3 heures</span>
 <p class="texte">Quel sencha pour débuter, sans trop d'amertume ?</p></div>
<div class="msg"><a href="/forum/members/?id=11">theiere</a> <span>il y a 1 jour, 2 heures</span>
 <p class="texte">Un fukamushi, infusé à soixante-dix degrés pas plus.</p></div>
</body></html>"""

_FOLDER_QUERY_CS = """<html><head><title>Čaj | Čajovna</title></head><body><h1>Zelený čaj</h1>
<div class="prispevek"><a href="/profile/?u=7">lucie</a> <span>před 2 dny, 3 hodinami</span>
 <p class="text">Jaký zelený čaj doporučíte na začátek?</p></div>
<div class="prispevek"><a href="/profile/?u=12">konvicka</a> <span>před 45 minutami</span>
 <p class="text">Zkus sencha a nelij na něj vařící vodu.</p></div>
</body></html>"""


def test_a_members_folder_given_the_member_by_query_is_a_member_page() -> None:
    fr = generic_thread(load(_FOLDER_QUERY_FR.encode(), url="http://salon.example/sujet/4"), now=NOW)
    assert [(r.author, r.posted_at) for r in fr if r.kind == "post"] == [
        ("camille", "2026-11-18T09:00:00"), ("theiere", "2026-11-19T10:00:00")]
    cs = generic_thread(load(_FOLDER_QUERY_CS.encode(), url="http://cajovna.example/tema/8"), now=NOW)
    assert [(r.author, r.posted_at) for r in cs if r.kind == "post"] == [
        ("lucie", "2026-11-18T09:00:00"), ("konvicka", "2026-11-20T11:15:00")]


def test_a_time_ago_told_in_several_units_counts_them_all() -> None:
    assert parse_date("hace 2 días, 3 horas", NOW) == "2026-11-18T09:00:00"
    assert parse_date("2 days, 3 hours ago", NOW) == "2026-11-18T09:00:00"
    assert parse_date("1 hour and 20 minutes ago", NOW) == "2026-11-20T10:40:00"
    assert parse_date("2 gün 3 saat önce", NOW) == "2026-11-18T09:00:00"
    assert parse_date("vor 1 Tag und 4 Stunden", NOW) == "2026-11-19T08:00:00"
    assert parse_date("před 1 dnem a 4 hodinami", NOW) == "2026-11-19T08:00:00"


def test_a_time_ago_stops_at_an_amount_of_something_else() -> None:
    assert parse_date("3 days ago, 5 replies", NOW) == "2026-11-17"
    assert parse_date("hace 2 días, 3 respuestas", NOW) == "2026-11-18"
    assert parse_date("2 days ago at 14:05", NOW) == "2026-11-18T14:05:00"


# The poster's name and the post's number and time on a heading atop the words, with a bar of
# links, all in the one content box (English; then Turkish with the bar before the heading).
_BYLINE_INSIDE_EN = """<html><head><title>Kettles | Tea room</title></head><body><h1>Kettles</h1>
<ol class="posts">
<li class="entry"><div class="who"><a href="/users/?user=3"><img alt="ann" src="/a.png"></a></div>
 <div class="post-content"><h4><a href="/users/?user=3">ann</a>
 <a href="#p1">Reply #1, 2 days, 3 hours ago</a></h4>
 <ul class="tools"><li><a href="#p1">Permalink</a></li><li><a href="/report?p=1">Report</a></li></ul>
 <div>Which kettle keeps water at eighty degrees for green tea?</div></div></li>
<li class="entry"><div class="who"><a href="/users/?user=8"><img alt="bob" src="/b.png"></a></div>
 <div class="post-content"><h4><a href="/users/?user=8">bob</a>
 <a href="#p2">Reply #2, 45 minutes ago</a></h4>
 <ul class="tools"><li><a href="#p2">Permalink</a></li><li><a href="/report?p=2">Report</a></li></ul>
 <div>Any gooseneck kettle with a dial, they hold the heat for an hour.</div></div></li>
</ol></body></html>"""

_BYLINE_INSIDE_TR = """<html><head><title>Demlik | Çay ocağı</title></head><body><h1>Demlik seçimi</h1>
<div class="ileti"><div class="icerik post-body">
 <p class="araclar"><a href="#m1">Bağlantı</a> | <a href="/sikayet?m=1">Şikayet</a></p>
 <h5><a href="/members/?id=4">caykolik</a> · 3 gün 2 saat önce</h5>
 <div>Porselen mi döküm mü, demlik için hangisi daha iyi?</div></div></div>
<div class="ileti"><div class="icerik post-body">
 <p class="araclar"><a href="#m2">Bağlantı</a> | <a href="/sikayet?m=2">Şikayet</a></p>
 <h5><a href="/members/?id=9">rize53</a> · 1 gün önce</h5>
 <div>Porselen, çünkü tadı değiştirmiyor ve temizlemesi kolay.</div></div></div>
</body></html>"""


def test_a_byline_atop_the_words_in_the_content_box_is_no_words() -> None:
    en = generic_thread(load(_BYLINE_INSIDE_EN.encode(), url="http://tearoom.example/thread/?t=5"), now=NOW)
    assert [(r.author, r.posted_at, r.body) for r in en if r.kind == "post"] == [
        ("ann", "2026-11-18T09:00:00", "Which kettle keeps water at eighty degrees for green tea?"),
        ("bob", "2026-11-20T11:15:00", "Any gooseneck kettle with a dial, they hold the heat for an hour.")]
    assert [r.links for r in en if r.kind == "post"] == [[], []]  # the byline's and the bar's are no post's
    tr = generic_thread(load(_BYLINE_INSIDE_TR.encode(), url="http://cay.example/konu/?k=2"), now=NOW)
    assert [(r.author, r.posted_at, r.body) for r in tr if r.kind == "post"] == [
        ("caykolik", "2026-11-17T10:00:00", "Porselen mi döküm mü, demlik için hangisi daha iyi?"),
        ("rize53", "2026-11-19", "Porselen, çünkü tadı değiştirmiyor ve temizlemesi kolay.")]


# The poster's count shown alone beside the avatar, its word only in the tooltip (German
# "Beiträge", Czech "příspěvků").
_TOOLTIP_DE = """<html><head><title>Fahrrad | Werkstatt</title></head><body><h1>Nabendynamo</h1>
<div class="post"><a href="/user/5">schrauber</a> <b class="zahl" title="1.204 Beiträge">1.204</b>
 <span>17.11.2026 18:40</span><div class="content">Welcher Nabendynamo passt in ein altes Rad?</div></div>
<div class="post"><a href="/user/9">speiche</a> <b class="zahl" title="37 Beiträge">37</b>
 <span>18.11.2026 09:10</span><div class="content">Jeder mit hundert Millimetern Einbaubreite.</div></div>
</body></html>"""

_TOOLTIP_CS = """<html><head><title>Kola | Dílna</title></head><body><h1>Dynamo v náboji</h1>
<table class="vlakno">
<tr class="radek"><td><a href="/user/12">kolar</a><br>
 <span title="2 871 příspěvků">2,8k</span></td>
 <td><span>16.11.2026 19:05</span><div class="text">Jaké dynamo do starého kola Favorit?</div></td></tr>
<tr class="radek"><td><a href="/user/57">dratenice</a><br><span title="356 příspěvků">356</span></td>
 <td><span>17.11.2026 21:40</span><div class="text">Jakékoli s roztečí sto milimetrů.</div></td></tr></table>
</body></html>"""


def test_a_count_whose_word_is_only_in_its_tooltip_is_the_posters_count() -> None:
    de = _records(_TOOLTIP_DE, "http://werkstatt.example/thema/3")
    assert _authors(de) == {("schrauber", 1204, None), ("speiche", 37, None)}
    cs = _records(_TOOLTIP_CS, "http://dilna.example/tema/4")
    assert _authors(cs) == {("kolar", 2871, None), ("dratenice", 356, None)}
