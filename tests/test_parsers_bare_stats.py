"""parsers.bare_stats: a member's post count written number-first with no label ("873 posts") and an
unlabelled join day beside it, read on whole profile pages by parsers.page (member_card), the name
taken from the member's address before the site's name in the title."""

from __future__ import annotations

from parsers.bare_stats import bare_stats
from parsers.page import parse_page

NOW = "2026-11-20T12:00:00Z"

_GERMAN = """<html lang="de"><head><title>Imkerforum Nord - Gemeinschaft</title></head><body>
<header><div class="logo">Imkerforum Nord</div><a href="/user/hannes_w">hannes_w</a></header>
<main><section class="karte"><h3><a href="/user/wabe_kiel">wabe_kiel</a></h3>
<img src="/bild/1.png" alt="Bild"><span class="rang">Stammgast</span>
<ul class="zahlen"><li><i class="ic-post"></i> 1.204 Beiträge</li>
<li><i class="ic-cal"></i> 5. Oktober 2020</li></ul>
<div class="tabs"><a href="/user/wabe_kiel/themen">Themen</a></div></section>
<section><h4>Über mich</h4>
<p>Ich halte seit Jahren Bienen an der Förde und teile gern meine Erfahrungen.</p></section>
</main><footer>Imkerforum Nord · 2014 - 2026</footer></body></html>"""

_PORTUGUESE = """<html lang="pt"><head><title>Casa do Tear</title></head><body>
<div id="topo"><span>Casa do Tear</span></div>
<div class="perfil"><div class="lado"><p class="nome">tecela_mina</p>
<p>312 mensagens</p><p>14/03/2019</p></div>
<div class="conteudo">
<p>Teço tapetes de lã em Arraiolos há vinte anos; encomendas por mensagem privada.</p></div>
</div><div class="rodape">Casa do Tear · desde 2012</div></body></html>"""


def test_a_count_line_and_a_bare_day_beside_it_give_the_count_and_the_join_day() -> None:
    lines = ["ann", "Moderator", "873 posts", "Oct 05 2020", "Overview"]
    assert bare_stats(lines, NOW) == (873, "2020-10-05")


def test_a_count_with_no_day_beside_it_gives_nothing() -> None:
    assert bare_stats(["ann", "873 posts", "Overview", "Topics", "Posts", "Oct 05 2020"], NOW) is None


def test_one_count_line_per_poster_is_no_single_member_block() -> None:
    lines = ["ann", "12 posts", "Oct 05 2020", "Hello there", "bob", "40 posts", "Jan 02 2021", "Hi"]
    assert bare_stats(lines, NOW) is None


def test_a_day_after_the_capture_is_no_join_day() -> None:
    assert bare_stats(["ann", "873 posts", "Oct 05 2027"], NOW) is None


def test_a_german_sidebar_profile_gives_its_member_named_by_the_address_not_the_site() -> None:
    result = parse_page(_GERMAN.encode(), url="http://imker.onion/user/wabe_kiel", captured_at=NOW)
    assert result.page.page_type == "profile"
    ((author),) = [r for r in result.records if r.kind == "author"]
    assert (author.name, author.post_count, author.joined) == ("wabe_kiel", 1204, "2020-10-05")


def test_a_portuguese_profile_with_unlabelled_figures_is_read_as_a_profile() -> None:
    result = parse_page(_PORTUGUESE.encode(), url="http://tear.onion/members/tecela_mina", captured_at=NOW)
    assert result.page.page_type == "profile"
    ((author),) = [r for r in result.records if r.kind == "author"]
    assert (author.name, author.post_count, author.joined) == ("tecela_mina", 312, "2019-03-14")
