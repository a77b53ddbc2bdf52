"""A question shown above its answers in markup of its own, its vote count beside the asker's
card (parsers.post_blocks.opening_post, through parse_page): the box of digits is no post's
words, so the question is read from the element around its words, and every answer keeps its own
author, date and words (none shifted by one).

Made-up pages written here (Polish, Portuguese), none a generality round's page.
"""

from __future__ import annotations

from parsers import parse_page
from parsers.records import Post

NOW = "2026-06-10T12:00:00"

_PL_QUESTION = """<div class="pytanie-ramka"><div class="tresc-pytania post-body"><p>{body}</p></div>
<div class="wiersz"><div class="kol"><div class="glosy largeText"><span>{votes}</span> <span>{votes}</span>
</div></div>
<div class="kol">Zadano {date}</div>
<div class="kol"><div class="karta"><a href="/profile/{uid}/{slug}"><img src="/a.png"></a>
<a href="/profile/{uid}/{slug}">{name}</a> <span>12</span></div></div></div></div>"""

_PL_ANSWER = """<div class="odpowiedz-ramka"><div class="tresc post-body"><p>{body}</p></div>
<div class="wiersz"><div class="kol"><div class="glosy largeText"><span>{votes}</span></div></div>
<div class="kol">Odpowiedziano {date}</div>
<div class="kol"><div class="karta"><a href="/profile/{uid}/{slug}"><img src="/a.png"></a>
<a href="/profile/{uid}/{slug}">{name}</a> <span>3</span></div></div></div></div>"""

_PL_PAGE = """<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8">
<title>Jak zimować pelargonie? — Ogródek</title></head><body>
<nav><a href="/">Ogródek</a> <a href="/pytania">Pytania</a></nav>
<h1>Jak zimować pelargonie?</h1>{question}<h4>Odpowiedzi</h4>{answers}
<footer>Ogródek — pytania i odpowiedzi</footer></body></html>"""

_PT_QUESTION = """<section class="pergunta"><article class="texto message"><p>{body}</p></article>
<table class="rodape"><tr><td class="pontos scoreText"><b>{votes}</b></td><td>
<a href="/u/{uid}/{slug}">{name}</a></td><td>publicada em {date}</td></tr></table></section>"""

_PT_ANSWER = """<section class="resposta"><article class="texto message"><p>{body}</p></article>
<table class="rodape"><tr><td class="pontos scoreText"><b>{votes}</b></td><td>
<a href="/u/{uid}/{slug}">{name}</a></td><td>publicada em {date}</td></tr></table></section>"""

_PT_PAGE = """<!DOCTYPE html><html lang="pt"><head><meta charset="utf-8">
<title>Como podar roseiras? — Quintal</title></head><body>
<header><a href="/">Quintal</a></header><h1>Como podar roseiras?</h1>
{question}<h3>Respostas</h3>{answers}</body></html>"""

_PL_POSTS = [
    ("ogrodnik_jan", "2026-06-01T18:20:00",
     "Mam kilkanaście pelargonii na balkonie i nie wiem, co z nimi zrobić zimą."),
    ("basia_kwiaty", "2026-06-02T09:05:00",
     "Przytnij je mocno i trzymaj w chłodnej, jasnej piwnicy przez całą zimę."),
    ("stary_sadownik", "2026-06-03T14:40:00",
     "Podlewaj bardzo rzadko, tylko żeby bryła korzeniowa nie wyschła całkiem."),
]

_PT_POSTS = [
    ("ana_jardins", "2026-05-20T10:15:00",
     "Tenho seis roseiras antigas no quintal e não sei quando devo podar."),
    ("rui_horta", "2026-05-21T08:30:00",
     "Pode no fim do inverno, quando os gomos começam a inchar nos ramos."),
    ("marta_flor", "2026-05-22T19:45:00",
     "Corte sempre acima de um gomo virado para fora da planta."),
]


def _slug(name: str) -> str:
    return name.replace("_", "-")


def _read(html: str, url: str) -> list[tuple[str | None, str | None, str | None]]:
    result = parse_page(html.encode(), url=url, captured_at=NOW)
    assert result.page.page_type == "thread"
    posts = sorted((r for r in result.records if isinstance(r, Post)), key=lambda p: p.index or 0)
    return [(p.author, p.posted_at, p.body) for p in posts]


def test_the_question_beside_a_vote_box_is_read_before_its_answers_on_a_polish_page() -> None:
    def date(iso: str) -> str:
        return f"{iso[:10]} {iso[11:16]}"
    question = _PL_QUESTION.format(body=_PL_POSTS[0][2], votes=7, date=date(_PL_POSTS[0][1]), uid=41,
                                   slug=_slug(_PL_POSTS[0][0]), name=_PL_POSTS[0][0])
    answers = "".join(
        _PL_ANSWER.format(body=b, votes=20 - n, date=date(d), uid=50 + n, slug=_slug(a), name=a)
        for n, (a, d, b) in enumerate(_PL_POSTS[1:]))
    html = _PL_PAGE.format(question=question, answers=answers)
    assert _read(html, "http://pl.example.onion/pytanie/77/jak-zimowac") == _PL_POSTS


def test_the_question_beside_a_score_cell_keeps_every_answer_in_its_place_on_a_portuguese_page() -> None:
    def date(iso: str) -> str:
        return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]} {iso[11:16]}"
    question = _PT_QUESTION.format(body=_PT_POSTS[0][2], votes=4, date=date(_PT_POSTS[0][1]), uid=9,
                                   slug=_slug(_PT_POSTS[0][0]), name=_PT_POSTS[0][0])
    answers = "".join(
        _PT_ANSWER.format(body=b, votes=11 - n, date=date(d), uid=30 + n, slug=_slug(a), name=a)
        for n, (a, d, b) in enumerate(_PT_POSTS[1:]))
    html = _PT_PAGE.format(question=question, answers=answers)
    assert _read(html, "http://pt.example.onion/pergunta/12/como-podar") == _PT_POSTS
