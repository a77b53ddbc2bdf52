"""Posts whose posters link to pages at addresses no convention knows, told by the pictures that
link there (parsers.avatar_links, called by parsers.forum_members.member_links), dated by the
byline's day and time written after the poster's link (parsers.post_dates._byline_tail_date):
"Scritto da <a href=/autore/ann>Ann</a> il 2026/05/03 18:20". A poster shown without a picture
is linked alike; a shop's links to its books' authors, with no pictures, name no poster.

Made-up pages written here (Italian, Czech), none a generality round's page.
"""

from __future__ import annotations

from parsers import parse_page
from parsers.avatar_links import avatar_named_links
from parsers.dom import clean, load
from parsers.forum_members import member_links
from parsers.records import Post

NOW = "2026-06-10T12:00:00"

_IT_POST = """<div class="messaggio"><div class="testa"><h3>{subject}</h3>
Scritto da <a href="/autore/{slug}">{name}</a> il {date}</div>
<div class="corpo">{picture}<div class="parole"><p>{body}</p></div></div></div>"""

_IT_PICTURE = '<a href="/autore/{slug}"><img class="avatar" src="/f/{n}.jpg"></a>'

_IT_PAGE = """<!DOCTYPE html><html lang="it"><head><meta charset="utf-8">
<title>Come potare il basilico — Orto in Comune</title></head><body>
<nav><a href="/">Orto in Comune</a> <a href="/forum">Forum</a></nav>
<h1>Come potare il basilico</h1>{posts}<p>Orto in Comune gira su un forum libero.</p></body></html>"""

_CS_POST = """<table class="prispevek"><tr><td class="hlava">
<a href="/lide/{slug}">{picture}</a></td><td><b>{subject}</b><br>
Napsal <a href="/lide/{slug}">{name}</a> dne {date}</td></tr>
<tr><td colspan="2" class="obsah">{body}</td></tr></table>"""

_CS_PAGE = """<!DOCTYPE html><html lang="cs"><head><meta charset="utf-8">
<title>Kdy sázet česnek — Zahrádkáři</title></head><body>
<div class="menu"><a href="/">Zahrádkáři</a></div><h2>Kdy sázet česnek</h2>{posts}</body></html>"""

_IT_POSTS = [
    ("Giulia Ferri", "2026-05-03T18:20:00",
     "Il mio basilico fa subito i fiori e le foglie diventano piccole e dure."),
    ("Marco Riva", "2026-05-04T07:45:00",
     "Taglia le cime sopra il secondo paio di foglie, così la pianta cresce folta."),
    ("Elena Sala", "2026-05-05T21:10:00",
     "Anche io lo poto ogni settimana e lo tengo lontano dal sole del pomeriggio."),
]

_CS_POSTS = [
    ("Jana Malá", "2026-04-11T09:30:00",
     "Loni jsem sázela česnek na jaře a hlavičky byly úplně malé a slabé."),
    ("Petr Novák", "2026-04-12T16:05:00",
     "Ozimý česnek se sází na podzim, nejlépe v říjnu, aby stihl zakořenit."),
    ("Karel Dvořák", "2026-04-13T20:50:00",
     "Souhlasím, a stroužky dávej špičkou nahoru asi pět centimetrů hluboko."),
]


def _slug(name: str) -> str:
    return name.split()[0].lower()


def _posts(html: str, url: str) -> list[tuple[str | None, str | None, str | None]]:
    result = parse_page(html.encode(), url=url, captured_at=NOW)
    assert result.page.page_type == "thread"
    posts = sorted((r for r in result.records if isinstance(r, Post)), key=lambda p: p.index or 0)
    return [(p.author, p.posted_at, p.body) for p in posts]


def test_an_italian_board_linking_its_posters_under_an_unknown_folder_is_read_by_their_pictures() -> None:
    assert _posts(_it_page(), "http://it.example.onion/forum/basilico") == _IT_POSTS


def _it_page() -> str:
    return _IT_PAGE.format(posts="".join(
        _IT_POST.format(
            subject=("Re: " if n else "") + "Come potare il basilico", slug=_slug(a), name=a,
            date=f"{d[:4]}/{d[5:7]}/{d[8:10]} {d[11:16]}", body=b,
            # The last poster has no picture: linked alike, still a poster.
            picture="" if n == 2 else _IT_PICTURE.format(slug=_slug(a), n=n),
        )
        for n, (a, d, b) in enumerate(_IT_POSTS)
    ))


def test_the_posters_names_linked_where_their_pictures_link_are_the_member_links() -> None:
    doc = load(_it_page().encode())
    links = member_links(doc, doc.root.find("body"), 2)
    assert [clean(a.text_content()) for a in links] == [a for a, _, _ in _IT_POSTS]


def test_a_czech_board_dated_after_each_posters_link_is_read_by_their_portraits() -> None:
    posts = "".join(
        _CS_POST.format(
            subject="Kdy sázet česnek", slug=_slug(a), name=a, body=b,
            date=f"{d[8:10]}.{d[5:7]}.{d[:4]} {d[11:16]}",
            picture=f'<img src="/data/portraits/{_slug(a)}.png" alt="">',
        )
        for a, d, b in _CS_POSTS
    )
    assert _posts(_CS_PAGE.format(posts=posts), "http://cs.example.onion/tema/cesnek") == _CS_POSTS


def test_a_shops_links_to_its_books_authors_without_pictures_name_no_poster() -> None:
    doc = load(b"""<html><body><div class="kniha"><a href="/author/karel-capek">Karel Capek</a>
    <img src="/covers/1.jpg" alt="R.U.R."></div><div class="kniha"><a href="/author/bozena-nemcova">
    Bozena Nemcova</a><img src="/covers/2.jpg" alt="Babicka"></div></body></html>""")
    assert avatar_named_links(doc.root.find("body"), 2) == []
