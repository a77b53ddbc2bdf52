"""parsers.post_columns: an author's post count read on a line of its own inside a panel's
paragraph (a place or a rank on the line above it); small made-up pages of this module's own."""

from __future__ import annotations

from typing import Any

from parsers import parse_page

NOW = "2026-11-20T12:00:00Z"


def _authors(html: str) -> dict[str, Any]:
    result = parse_page(html.encode(), url="http://vinha.example/topico?id=4", captured_at=NOW,
                        use_profiles=False)
    return {r.name: r.post_count for r in result.records if r.kind == "author"}


# Rows of a poster's cell and a post's cell; the count under the member's town, after a <br>
# (Portuguese "mensagens").
_ROWS_PT = """<html><head><title>Poda de inverno</title></head><body><table class="topico">
<tr><td class="autor"><a href="perfil?id=31">joana_v</a><div class="info">Braga<br>342 mensagens</div></td>
 <td class="msg"><div class="data">Enviado: 16/11/2026 19:05</div>
 <div class="texto">Quando devo podar as videiras novas?</div></td></tr>
<tr><td class="autor"><a href="perfil?id=8">rui.m</a><div class="info">Viseu<br>17 mensagens</div></td>
 <td class="msg"><div class="data">Enviado: 18/11/2026 10:30</div>
 <div class="texto">Depois das geadas fortes, em janeiro, com tempo seco.</div></td></tr>
<tr><td class="autor"><a href="perfil?id=31">joana_v</a><div class="info">Braga<br>342 mensagens</div></td>
 <td class="msg"><div class="data">Enviado: 20/11/2026 07:45</div>
 <div class="texto">Obrigada, vou esperar por janeiro.</div></td></tr>
</table></body></html>"""

# Divisions per post; the count's line after the member's rank in one small element (Swedish).
_DIVS_SV = """<html><head><title>Surdeg</title></head><body>
<div class="inl"><div class="vem"><a href="/medlem/5">elsa</a><p class="st">Stammis<br>88 inlägg</p></div>
 <div class="ord"><span class="tid">17.11.2026 18:40</span>
 <p>Min surdeg jäser inte alls i kylan.</p></div></div>
<div class="inl"><div class="vem"><a href="/medlem/9">nils_b</a><p class="st">Nybörjare<br>3 inlägg</p></div>
 <div class="ord"><span class="tid">18.11.2026 09:15</span>
 <p>Ställ den på kylskåpet, där är det varmt.</p></div></div>
</body></html>"""


def test_a_count_on_its_own_line_under_the_authors_town_is_their_post_count() -> None:
    assert _authors(_ROWS_PT) == {"joana_v": 342, "rui.m": 17}


def test_a_count_on_the_line_after_a_rank_in_one_paragraph_is_the_post_count() -> None:
    assert _authors(_DIVS_SV) == {"elsa": 88, "nils_b": 3}


# --- a quote's head line of its own naming a poster of the page, whatever its verb


def _quotes(html: str) -> list[list[str]]:
    result = parse_page(html.encode(), url="http://vinha.example/topico?id=4", captured_at=NOW,
                        use_profiles=False)
    return [r.quotes for r in result.records if r.kind == "post"]


_QUOTE_PAGE = """<html><head><title>Omenapuut</title></head><body>
<div class="viesti"><a href="/user/liisa">liisa</a> <span>17.11.2026 18:40</span>
 <div class="sisalto">Milloin omenapuut leikataan? Minun puuni ovat jo kymmenen vuotta vanhoja.</div></div>
<div class="viesti"><a href="/user/olli_p">olli_p</a> <span>18.11.2026 09:15</span>
 <div class="sisalto"><blockquote class="lainaus">HEAD
 Milloin omenapuut leikataan?</blockquote>
 Maaliskuussa, ennen kuin silmut aukeavat.</div></div>
</body></html>"""


def test_a_quotes_own_head_line_naming_a_poster_quotes_that_poster() -> None:
    # Welsh "ysgrifennodd liisa" (liisa wrote) in a line of its own, no colon after the name.
    page = _QUOTE_PAGE.replace("HEAD", "<b>ysgrifennodd liisa</b><br>")
    assert _quotes(page) == [[], ["liisa"]]


def test_a_head_line_after_a_one_word_label_names_the_quoted_poster() -> None:
    page = _QUOTE_PAGE.replace("HEAD", "lainaus:<br><i>Alun perin kirjoittanut liisa</i><br>")
    assert _quotes(page) == [[], ["liisa"]]


def test_a_quote_whose_only_line_mentions_a_poster_quotes_no_one() -> None:
    page = _QUOTE_PAGE.replace("HEAD\n Milloin omenapuut leikataan?", "Kiitos liisa")
    assert _quotes(page) == [[], []]


# Heads in scripts written without spaces, the name running into the words around it: Chinese
# "引用<a>2楼</a>竹林听雨 于 DATE 发表的：" (the link's words and the name touch), Korean "산들바람님이
# 쓰신 글:" (the particle "님이" joined to the name).
_CJK_QUOTES = """<html lang="LANG"><head><title>T</title></head><body>
<div class="tiezi"><a href="/user/11">FIRST</a> <span>2026-11-17 18:40</span>
 <div class="neirong">WORDS1</div></div>
<div class="tiezi"><a href="/user/12">SECOND</a> <span>2026-11-18 09:15</span>
 <div class="neirong"><blockquote>HEAD<br>WORDS1</blockquote>WORDS2</div></div>
</body></html>"""


def _cjk(lang: str, first: str, second: str, head: str, words1: str, words2: str) -> str:
    page = _CJK_QUOTES
    for key, value in (("LANG", lang), ("FIRST", first), ("SECOND", second), ("HEAD", head),
                       ("WORDS1", words1), ("WORDS2", words2)):
        page = page.replace(key, value)
    return page


def test_a_chinese_quote_head_naming_a_poster_between_other_words_quotes_that_poster() -> None:
    head = '引用<a href="/read?pid=2">2楼</a>竹林听雨 于 2026-11-17 18:40 发表的：'
    page = _cjk("zh", "竹林听雨", "山间清泉", head, "绿茶用八十度的水泡最好。", "同意，水太烫茶就苦了。")
    assert _quotes(page) == [[], ["竹林听雨"]]


def test_a_korean_quote_head_with_a_particle_joined_to_the_name_quotes_that_poster() -> None:
    page = _cjk("ko", "산들바람", "차마시는곰", "산들바람님이 쓰신 글:", "녹차는 몇 도에서 우려야 하나요?",
                "저는 팔십 도에서 이 분 정도 우립니다.")
    assert _quotes(page) == [[], ["산들바람"]]


def test_a_name_of_a_spaced_script_inside_a_longer_word_is_still_no_quote_of_it() -> None:
    page = _QUOTE_PAGE.replace("liisa", "lii").replace("HEAD", "<b>Kirjoittanut liisan sisko</b><br>")
    assert _quotes(page) == [[], []]


# Posts in divisions whose panels, before the posts' dates, show "label: date" lines in a language
# no label list knows (Albanian "Anëtarësuar" = joined, "Vizita e fundit" = last visit): the posts
# are dated by the later date outside the panel; the join day is the column that shows one day
# per author before their posts (the last visit changes between one author's posts).
_PANEL_SQ = """<div class="p"><div class="who"><a href="/anetar/{uid}">{name}</a>
<div class="st">Anëtarësuar: {joined}</div><div class="st">Vizita e fundit: {seen}</div>
<div class="st">Postime: {count}</div></div>
<div class="w"><span class="t">{date}</span><p>{words}</p></div></div>"""


_ASK, _ANSWER = "Kur i ushqej bletët në dimër?", "Në shkurt, me kallëp sheqeri."


def _read(posts: list[tuple[int, str, str, str, str, str, str]]) -> list[Any]:
    page = ("<html><head><title>Bletaria</title></head><body>"
            + "".join(_PANEL_SQ.format(uid=u, name=n, joined=j, seen=s, count=c, date=d, words=w)
                      for u, n, j, s, c, d, w in posts) + "</body></html>")
    return parse_page(page.encode(), url="http://bletaria.example/tema/5", captured_at=NOW,
                      use_profiles=False).records


def _joins(posts: list[tuple[int, str, str, str, str, str, str]]) -> dict[str, Any]:
    return {r.name: (r.post_count, r.joined) for r in _read(posts) if r.kind == "author"}


def test_the_column_of_one_day_per_author_before_their_posts_is_the_join_day() -> None:
    assert _joins([
        (3, "arben_k", "03.04.2022", "17.11.2026", "86", "17.11.2026 18:40", _ASK),
        (7, "Drita.M", "19.09.2019", "18.11.2026", "1.942", "18.11.2026 09:15", _ANSWER),
        (3, "arben_k", "03.04.2022", "19.11.2026", "86", "19.11.2026 20:05", "Faleminderit, Drita!"),
    ]) == {"arben_k": (86, "2022-04-03"), "Drita.M": (1942, "2019-09-19")}
    dated = _read([(3, "arben_k", "03.04.2022", "17.11.2026", "86", "17.11.2026 18:40", _ASK),
                   (7, "Drita.M", "19.09.2019", "18.11.2026", "1.942", "18.11.2026 09:15", _ANSWER)])
    assert [p.posted_at for p in dated if p.kind == "post"] == ["2026-11-17T18:40:00", "2026-11-18T09:15:00"]


def test_a_panels_days_after_the_posts_are_no_join_day() -> None:
    # "Anëtarësuar" here shows each poster's last visit, after their posts: no join day.
    found = _joins([
        (3, "arben_k", "19.11.2026", "19.11.2026", "86", "17.11.2026 18:40", _ASK),
        (7, "Drita.M", "20.11.2026", "20.11.2026", "1.942", "18.11.2026 09:15", _ANSWER),
    ])
    assert found == {"arben_k": (86, None), "Drita.M": (1942, None)}


# Posters' statistics in definition lists before the posts' own times (Latvian: "Ieraksti" =
# posts, "Reģistrējies" = registered, "Vērtējums" = rating), labels no reader knows.
_DL_LV = ('<article class="ier"><aside class="kas"><a href="/user/{uid}">{name}</a><dl><dt>Ieraksti</dt>'
          '<dd>{count}</dd><dt>Reģistrējies</dt><dd>{joined}</dd>{more}</dl></aside>'
          '<section class="teksts"><time>{date}</time><p>{words}</p></section></article>')
_POSTS_LV = [(3, "andris_k", "214", "03.04.2022", "12", "17.11.2026 18:40", "Kad stādīt ķiplokus ziemai?"),
             (7, "Ilze.B", "1 386", "19.09.2019", "40", "18.11.2026 09:15", "Oktobra vidū, pirms salnām."),
             (3, "andris_k", "214", "03.04.2022", "12", "19.11.2026 20:05", "Paldies, Ilze!")]


def _read_lv(rating: bool) -> list[Any]:
    page = ('<html lang="lv"><head><title>Dārzs - Ķiploki</title></head><body><h1>Ķiploki</h1>' + "".join(
        _DL_LV.format(uid=u, name=n, count=c, joined=j, date=d, words=w,
                      more=f"<dt>Vērtējums</dt><dd>{r}</dd>" if rating else "")
        for u, n, c, j, r, d, w in _POSTS_LV) + "</body></html>")
    return parse_page(page.encode(), url="https://darzs.example/tema/9", captured_at=NOW,
                      use_profiles=False).records


def test_a_definition_lists_labelled_values_are_the_authors_counts_and_join_days() -> None:
    records = _read_lv(rating=False)
    days = [p.posted_at[:10] for p in records if p.kind == "post"]
    assert days == ["2026-11-17", "2026-11-18", "2026-11-19"]
    assert {(a.name, a.post_count, a.joined) for a in records if a.kind == "author"} == {
        ("andris_k", 214, "2022-04-03"), ("Ilze.B", 1386, "2019-09-19")}


def test_two_columns_of_counts_under_unknown_labels_give_no_post_count() -> None:
    # "Ieraksti" and "Vērtējums" both show one number per author: which is the post count is not
    # said by the page's structure, and none is guessed.
    records = _read_lv(rating=True)
    assert {(a.name, a.post_count, a.joined) for a in records if a.kind == "author"} == {
        ("andris_k", None, "2022-04-03"), ("Ilze.B", None, "2019-09-19")}
