"""parsers.post_split and parsers.path_end on thread pages of this module's own (Italian and
Polish, none a round's): a post whose words mention another member by a link ("@ann") is one
post like its siblings, not a container of two; and a thread's title is the unlinked last step
of its breadcrumb list, not the site's name in a title-classed header the <title> also holds."""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.path_end import path_ends

_NOW = "2026-11-20T12:00:00Z"


def _page(site: str, board: str, title: str, posts: list[tuple[str, str, str]]) -> bytes:
    rows = "".join(f"""<div class="riga-post">
  <div class="colonna-utente"><div class="nome"><a href="/user/{name}">{name}</a></div>
    <div class="rango">Membro</div></div>
  <div class="colonna-testo"><div class="meta"><a href="/post/{i}">{date}</a></div>
    <div class="testo"><p>{words}</p></div></div>
</div>""" for i, (name, date, words) in enumerate(posts, 1))
    return f"""<html><head><title>{title} - {site}</title></head><body>
<div class="site-title">{site}</div>
<ul class="menu"><li><a href="/">Home</a></li><li><a href="/search">Cerca</a></li></ul>
<ol class="briciole"><li><a href="/">{site}</a></li><li><a href="/forum/3">{board}</a></li>
<li class="attivo">{title}</li></ol>
<div class="discussione">{rows}</div></body></html>""".encode()


def _posts(html: bytes, url: str) -> tuple[str, list[tuple[str, str]]]:
    result = parse_page(html, url=url, captured_at=_NOW, use_profiles=False)
    thread = next(r for r in result.records if r.kind == "thread")
    return thread.title, [(r.author, r.body) for r in result.records if r.kind == "post"]


def test_an_italian_post_mentioning_a_member_by_link_is_one_post_by_its_author() -> None:
    html = _page("Sala da tè", "Tè verdi", "Quale tè verde per l'inverno?", [
        ("gelsomino", "12.11.2026 21:05", "Cerco un tè verde che scaldi nelle sere fredde."),
        ("bancha_bea", "13.11.2026 08:40", "Prova un bancha tostato, è morbido e poco amaro."),
        ("ortica", "14.11.2026 10:15",
         '<a href="/user/gelsomino">@gelsomino</a> anche il genmaicha va benissimo di sera.'),
    ])
    title, posts = _posts(html, "http://tea.onion/topic/77-quale-te-verde")
    assert title == "Quale tè verde per l'inverno?"
    assert [a for a, _ in posts] == ["gelsomino", "bancha_bea", "ortica"]
    assert posts[2][1] == "@gelsomino anche il genmaicha va benissimo di sera."


def test_a_polish_thread_reads_every_poster_though_two_posts_mention_others() -> None:
    html = _page("Herbaciarnia", "Czarne herbaty", "Assam czy Cejlon na śniadanie?", [
        ("lipa_ola", "10.11.2026 07:30", "Co pijecie rano, assam czy cejlon? Szukam mocnej herbaty."),
        ("czajnik", "10.11.2026 09:00", '<a href="/user/lipa_ola">@lipa_ola</a> assam z mlekiem, zawsze.'),
        ("melisa_k", "11.11.2026 18:20",
         '<a href="/user/czajnik">@czajnik</a> cejlon jest lżejszy i też dobry.'),
    ])
    title, posts = _posts(html, "http://herbata.onion/topic/12-assam-czy-cejlon")
    assert title == "Assam czy Cejlon na śniadanie?"
    assert [a for a, _ in posts] == ["lipa_ola", "czajnik", "melisa_k"]


def test_a_breadcrumb_list_ending_in_a_linked_step_gives_no_path_end() -> None:
    doc = load(b"<ol><li><a href='/'>Forum</a></li><li><a href='/f/2'>Tea</a></li>"
               b"<li><a href='/t/9'>Green or black?</a></li></ol><p>Green, always.</p>")
    assert path_ends(doc) == []
