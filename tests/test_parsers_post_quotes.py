"""parsers.post_quotes: a box in a post's words that repeats a line of an earlier post by another
poster is a quote of it, whatever its class and its head line's language; a box quoting a post
that quoted another is named by its own head, not the inner quote's; pages written here (Slovak,
Lithuanian, Turkish), none a round's."""

from __future__ import annotations

from typing import Any

from parsers import parse_page

NOW = "2026-11-20T12:00:00Z"

_POST = """<div class="prispevok"><a href="/clen/{uid}">{name}</a> <span class="cas">{date}</span>
<div class="obsah">{words}</div></div>"""


def _posts(posts: list[tuple[int, str, str, str]]) -> list[Any]:
    page = ('<html><head><title>Včelári</title></head><body><h1>Zazimovanie úľov</h1>'
            + "".join(_POST.format(uid=u, name=n, date=d, words=w) for u, n, d, w in posts)
            + "</body></html>")
    result = parse_page(page.encode(), url="https://vcelari.example/tema/31", captured_at=NOW,
                        use_profiles=False)
    return [r for r in result.records if r.kind == "post"]


def test_a_box_repeating_an_earlier_posts_line_under_a_head_naming_its_poster_is_a_quote() -> None:
    posts = _posts([
        (4, "jano_v", "17.11.2026 18:40",
         "Mám šesť úľov na kopci.<br>Treba ich na zimu zatepliť alebo stačí zúžiť česno?"),
        (9, "Marta.K", "18.11.2026 09:15",
         '<div class="ramcek"><div class="hlava">Pôvodne napísal: jano_v</div><div class="telo">Treba ich na '
         'zimu zatepliť alebo stačí zúžiť česno?</div></div>Zúž česno a daj na strop slamený vankúš.'),
    ])
    assert posts[1].quotes == ["jano_v"]
    assert posts[1].body == "Zúž česno a daj na strop slamený vankúš."


def test_a_box_without_a_head_quotes_the_author_of_the_words_it_repeats() -> None:
    posts = _posts([
        (4, "Rūta_P", "17.11.2026 18:40", "Kada geriausia sodinti česnakus prieš žiemą?"),
        (9, "Jonas77", "18.11.2026 09:15",
         '<p class="citata">Kada geriausia sodinti česnakus prieš žiemą?</p>'
         '<p>Spalio viduryje, prieš šalnas.</p>'),
    ])
    assert posts[1].quotes == ["Rūta_P"]
    assert posts[1].body == "Spalio viduryje, prieš šalnas."


def test_a_line_repeated_by_its_own_author_or_making_up_a_whole_post_is_no_quote() -> None:
    posts = _posts([
        (4, "jano_v", "17.11.2026 18:40",
         "Mám šesť úľov na kopci.<br><i>Med je zlato našej prírody vždy.</i>"),
        (9, "Marta.K", "18.11.2026 09:15", "Mám šesť úľov na kopci."),
        (4, "jano_v", "19.11.2026 20:05", "Ďakujem, skúsim to.<br><i>Med je zlato našej prírody vždy.</i>"),
        (9, "Marta.K", "19.11.2026 21:00", "Ďakujem, skúsim to."),
    ])
    assert [p.quotes for p in posts] == [[], [], [], []]
    assert posts[2].body == "Ďakujem, skúsim to.\nMed je zlato našej prírody vždy."


# Each post keeps a hidden copy of its own words in a blockquote for the quote button's script
# ("hidden" attribute, or display: none), as some WordPress forums do; the second post also
# quotes the first in a visible blockquote (Romanian).
_HIDDEN_COPY = """<div class="mesaj"><a href="/user/3">ion_p</a> <span>17.11.2026 18:40</span>
<div class="text"><div hidden><blockquote><div class="cap">Citat de la ion_p</div>Când semăn porumbul?
</blockquote></div>
<p>Când semăn porumbul anul acesta?</p></div></div>
<div class="mesaj"><a href="/user/8">Ana.M</a> <span>18.11.2026 09:15</span>
<div class="text"><div style="display:none"><blockquote><div class="cap">Citat de la Ana.M</div>După ploaie.
</blockquote></div><blockquote><div class="cap">Citat de la ion_p</div>Când semăn porumbul?</blockquote>
<p>După prima ploaie mare, când pământul e umed.</p></div></div>"""


def test_a_quote_the_page_hides_for_a_script_is_neither_a_quote_nor_words() -> None:
    result = parse_page(("<html><body>" + _HIDDEN_COPY + "</body></html>").encode(),
                        url="https://agricultori.example/subiect/7", captured_at=NOW, use_profiles=False)
    posts = [r for r in result.records if r.kind == "post"]
    assert [(p.quotes, p.body) for p in posts] == [
        ([], "Când semăn porumbul anul acesta?"),
        (["ion_p"], "După prima ploaie mare, când pământul e umed.")]


# Boards that quote mail's way, the quoted line after a mark ("» ", "| ") and no head naming
# anyone: the words after the mark repeat the earlier post's line (Czech and Finnish pages).
_MARKED = """<div class="zprava"><a href="/uzivatel/{uid}">{name}</a> <span class="kdy">{date}</span>
<div class="text">{words}</div></div>"""


def _marked(posts: list[tuple[int, str, str, str]], host: str) -> list[Any]:
    page = ("<html><head><title>Zahrada</title></head><body><h1>Rajčata na balkoně</h1>"
            + "".join(_MARKED.format(uid=u, name=n, date=d, words=w) for u, n, d, w in posts)
            + "</body></html>")
    result = parse_page(page.encode(), url=f"https://{host}/tema/12", captured_at=NOW, use_profiles=False)
    return [r for r in result.records if r.kind == "post"]


def test_a_line_quoted_after_a_guillemet_mark_quotes_the_author_of_the_words_it_repeats() -> None:
    posts = _marked([
        (3, "petr_zahradnik", "17.11.2026 18:40",
         "Které rajče vydrží na větrném balkoně?<br>Potřebují rajčata oporu z bambusu?"),
        (7, "jana.k", "18.11.2026 09:15",
         '<span class="citace">» Potřebují rajčata oporu z bambusu?</span><br><br>'
         'Ano, bez opory se koření zlomí.'),
    ], "zahrada.example")
    assert posts[1].quotes == ["petr_zahradnik"]
    assert posts[1].body == "Ano, bez opory se koření zlomí."


def test_a_line_quoted_after_a_bar_mark_quotes_the_author_of_the_words_it_repeats() -> None:
    posts = _marked([
        (3, "Matti_V", "17.11.2026 18:40",
         "Milloin kannattaa istuttaa valkosipulit syksyllä ennen pakkasia?"),
        (7, "liisa88", "18.11.2026 09:15",
         '<div class="lainaus">| Milloin kannattaa istuttaa valkosipulit syksyllä ennen pakkasia?</div>'
         '<p>Lokakuun puolivälissä, ennen kuin maa jäätyy.</p>'),
    ], "puutarha.example")
    assert posts[1].quotes == ["Matti_V"]
    assert posts[1].body == "Lokakuun puolivälissä, ennen kuin maa jäätyy."


def test_a_marked_line_that_repeats_no_earlier_post_stays_in_the_words() -> None:
    posts = _marked([
        (3, "petr_zahradnik", "17.11.2026 18:40", "Které rajče vydrží na větrném balkoně?"),
        (7, "jana.k", "18.11.2026 09:15",
         '<span class="citace">» Tohle jsem četla v jedné staré knize.</span><br><br>'
         'Ano, bez opory se koření zlomí.'),
    ], "zahrada.example")
    assert posts[1].quotes == []
    assert posts[1].body == "» Tohle jsem četla v jedné staré knize.\nAno, bez opory se koření zlomí."


def test_a_box_quoting_a_post_that_quoted_another_names_its_own_poster_first() -> None:
    # The inner box's poster has the longer name: the outer box's head names the shorter one.
    slovak = _posts([
        (4, "JanoZKopcaNadDolinou", "17.11.2026 18:40", "Mám šesť úľov na kopci a bojím sa o ne v zime."),
        (9, "MartaK", "18.11.2026 09:15",
         '<fieldset class="ramcek"><legend>JanoZKopcaNadDolinou napísal:</legend>Mám šesť úľov na kopci '
         'a bojím sa o ne v zime.</fieldset>Zúž im česno a daj na strop slamený vankúš.'),
        (12, "peto_med", "19.11.2026 20:05",
         '<fieldset class="ramcek"><legend>MartaK napísala:</legend><fieldset class="ramcek"><legend>'
         'JanoZKopcaNadDolinou napísal:</legend>Mám šesť úľov na kopci a bojím sa o ne v zime.</fieldset>'
         'Zúž im česno a daj na strop slamený vankúš.</fieldset>Súhlasím, vankúš zo slamy je najlepší.'),
    ])
    assert slovak[2].quotes == ["MartaK", "JanoZKopcaNadDolinou"]
    assert slovak[2].body == "Súhlasím, vankúš zo slamy je najlepší."
    turkish = _posts([
        (4, "AriciDernegiBursa", "17.11.2026 18:40", "Kovanları kışın rüzgârdan nasıl korursunuz acaba?"),
        (9, "ayse_b", "18.11.2026 09:15",
         '<section class="kutu"><h6>AriciDernegiBursa yazdı:</h6>'
         'Kovanları kışın rüzgârdan nasıl korursunuz acaba?</section>Arkalarına saman balyası diziyorum.'),
        (12, "mehmet", "19.11.2026 20:05",
         '<section class="kutu"><h6>ayse_b yazdı:</h6><section class="kutu"><h6>'
         'AriciDernegiBursa yazdı:</h6>Kovanları kışın rüzgârdan nasıl korursunuz acaba?</section>'
         'Arkalarına saman balyası diziyorum.</section>Ben de öyle yapıyorum, işe yarıyor.'),
    ])
    assert turkish[2].quotes == ["ayse_b", "AriciDernegiBursa"]
