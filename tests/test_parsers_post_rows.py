"""parsers.post_rows: posts shown as runs of table rows, found by their dated rows (a date row, a
row of the poster's panel beside the words, a signature row, a row of icon links), and the
authors' statistics read from the columns their panels show (parsers.post_columns.stat_columns),
whatever the labels' language. Pages written here, in Icelandic and Swahili."""

from __future__ import annotations

from typing import Any

from parsers import parse_page
from parsers.dated_elements import date_elements
from parsers.dom import load
from parsers.post_rows import dated_runs

NOW = "2026-11-20T12:00:00Z"

# A date row over each post, the poster's panel (a plain bold name, "Skráður" = registered,
# "Færslur" = posts) spanning the words' row and the signature's, an icon row whose profile link
# is an image only; the second post has no signature (its panel spans two rows).
_ICELANDIC_POST = """
<tr><td colspan="2" class="hd"><span class="when">{date}</span> &nbsp;
  Efni: <a name="p{n}">{subject}</a></td></tr>
<tr><td class="panel" rowspan="{span}"><b>{name}</b><br /><small>Félagi<br />Skráður: {joined}<br />
  Færslur: {count}</small></td><td class="txt">{words}</td></tr>
{signature}
<tr><td><a href="/spjall/notandi/{uid}.html"><img src="/i/profile.gif" alt="" /></a>
  <a href="/spjall/svara/{n}.html"><img src="/i/quote.gif" alt="" /></a></td></tr>
<tr><td colspan="2" class="gap"></td></tr>
"""
_SIGNATURE = '<tr><td class="txt"><hr /><i>Kveðja úr Borgarfirði.</i></td></tr>'


def _icelandic(wrap: str = "") -> bytes:
    posts = [
        ("17.11.2026 18:40", "Hvenær á að klippa rifsber?", "sigga_b", "03.04.2022", "86", 412,
         "Rifsberjarunnarnir mínir eru orðnir stórir og þéttir.<br />"
         "Á ég að klippa þá núna eða í vor?", True),
        ("18.11.2026 09:15", "Sv: Hvenær á að klippa rifsber?", "Gunnar_G", "19.09.2019", "1.942", 77,
         "Klipptu þá síðla vetrar, áður en brumin vakna.<br />Taktu elstu greinarnar alveg niður við jörð.",
         False),
        ("19.11.2026 20:05", "Sv: Hvenær á að klippa rifsber?", "sigga_b", "03.04.2022", "86", 412,
         "Takk fyrir, Gunnar! Ég bíð þá fram í mars.", True),
    ]
    # The page may wrap each post's rows in a tbody or a table of their own.
    opened, closed = (f"<{wrap}>", f"</{wrap}>") if wrap else ("", "")
    rows = "".join(
        opened + _ICELANDIC_POST.format(date=d, n=i, subject=s, name=name, joined=j, count=c, uid=uid,
                                        words=w, span=3 if sig else 2, signature=_SIGNATURE if sig else "")
        + closed
        for i, (d, s, name, j, c, uid, w, sig) in enumerate(posts)
    )
    return (
        '<html lang="is"><head><title>Garðyrkjuspjall - Hvenær á að klippa rifsber?</title></head><body>'
        '<h2>Hvenær á að klippa rifsber?</h2><table class="posts"><tr><th>Höfundur</th><th>Skilaboð</th></tr>'
        + rows + '<tr><td colspan="2" class="foot">&nbsp;</td></tr></table></body></html>'
    ).encode()


# The poster's panel ("Tarehe ya kujiunga" = join date, "Machapisho" = posts) beside the date
# in the first row of each post, the words in the second, icon links in the third; an edit line
# and a signature under a rule in the words' cell.
_SWAHILI_POST = """
<tr><td rowspan="3" class="cell"><font size="2"><strong>{name}</strong></font><br />
  <div class="small">Mwanachama<br /><img src="/i/star.gif" alt="*" /><br />Machapisho: {count}<br />
  Tarehe ya kujiunga: {joined}</div></td>
  <td class="cell"><a href="thread.php?id=9#p{n}">Iliyotumwa {date}</a></td></tr>
<tr><td class="cell"><font size="2">{words}</font>{extra}</td></tr>
<tr><td class="cell"><a href="member.php?do=profile&amp;name={name}"><img src="/i/profile.gif" alt="" />
  </a></td></tr>
"""


def _swahili(edited: bool = False) -> bytes:
    posts = [
        ("Juma_K", "212", "11.2.2020", "16.11.2026 18:05",
         "Nina miti mitatu ya michungwa shambani kwangu.<br />"
         "Je, niipandishe mbolea sasa au nisubiri mvua?", ""),
        ("Neema.M", "2.731", "3.7.2013", "18.11.2026 07:40",
         "Subiri mvua za kwanza kisha weka mbolea ya samadi kuzunguka shina.",
         '<br /><br /><hr /><font size="1">Kilimo ni uti wa mgongo.</font>'),
        ("Juma_K", "212", "11.2.2020", "19.11.2026 20:15", "Asante sana Neema, nitasubiri mvua.", ""),
    ]
    # Every post edited since ("Imehaririwa" = edited): a later date in each post's words.
    note = '<br><font size="1"><em>[Imehaririwa 20.11.2026 10:00 na mhariri]</em></font>' if edited else ""
    rows = "".join(_SWAHILI_POST.format(name=n, count=c, joined=j, date=d, words=w + note, extra=e, n=i)
                   for i, (n, c, j, d, w, e) in enumerate(posts))
    return (
        '<html><head><title>Jukwaa la Wakulima</title></head><body><table><tr><td class="nav">'
        '<a href="index.php">Jukwaa la Wakulima</a> &raquo; Mbolea ya michungwa lini?</td></tr></table>'
        '<table class="outer"><tr><td><table class="posts"><tr class="header"><td>Mwandishi</td>'
        "<td>Mada: Mbolea ya michungwa lini?</td></tr>" + rows + "</table></td></tr></table></body></html>"
    ).encode()


def _records(page: bytes, url: str) -> tuple[str, list[Any]]:
    result = parse_page(page, url=url, captured_at=NOW, use_profiles=False)
    return result.page.page_type, result.records


def test_posts_shown_as_runs_of_rows_under_their_date_rows_are_read_one_a_run() -> None:
    kind, records = _records(_icelandic(), "https://gardyrkja.example/spjall/umraeda/88.html")
    assert kind == "thread"
    posts = [r for r in records if r.kind == "post"]
    assert [(p.author, p.posted_at) for p in posts] == [
        ("sigga_b", "2026-11-17T18:40:00"), ("Gunnar_G", "2026-11-18T09:15:00"),
        ("sigga_b", "2026-11-19T20:05:00")]
    # The signature row under its rule and the panel are no words.
    assert posts[0].body == ("Rifsberjarunnarnir mínir eru orðnir stórir og þéttir.\n"
                             "Á ég að klippa þá núna eða í vor?")
    assert posts[2].body == "Takk fyrir, Gunnar! Ég bíð þá fram í mars."
    assert records[0].title == "Hvenær á að klippa rifsber?"


def test_the_join_days_and_post_counts_of_panels_in_a_language_no_label_knows_are_read_by_column() -> None:
    _, records = _records(_icelandic(), "https://gardyrkja.example/spjall/umraeda/88.html")
    authors = {(a.name, a.post_count, a.joined) for a in records if a.kind == "author"}
    assert authors == {("sigga_b", 86, "2022-04-03"), ("Gunnar_G", 1942, "2019-09-19")}


def test_a_panel_beside_the_date_in_each_runs_first_row_gives_no_post_its_date() -> None:
    kind, records = _records(_swahili(), "https://wakulima.example/jukwaa/thread.php?id=9")
    assert kind == "thread"
    posts = [r for r in records if r.kind == "post"]
    assert [(p.author, p.posted_at) for p in posts] == [
        ("Juma_K", "2026-11-16T18:05:00"), ("Neema.M", "2026-11-18T07:40:00"),
        ("Juma_K", "2026-11-19T20:15:00")]
    assert posts[1].body == "Subiri mvua za kwanza kisha weka mbolea ya samadi kuzunguka shina."
    authors = {(a.name, a.post_count, a.joined) for a in records if a.kind == "author"}
    assert authors == {("Juma_K", 212, "2020-02-11"), ("Neema.M", 2731, "2013-07-03")}


def test_each_run_opens_at_the_date_row_met_first_not_at_the_panels_join_date() -> None:
    doc = load(_icelandic())
    runs = dated_runs(doc.root, date_elements(doc.root, NOW), 2)
    # Date row, panel and words, (signature), icons, spacer: the footer row is no post's.
    assert [len(run) for run in runs] == [5, 4, 5]
    assert all("Efni:" in run[0].text_content() for run in runs)


def test_a_table_of_dated_rows_one_to_an_item_makes_no_runs() -> None:
    row = ('<tr><td><a href="/b/{0}">Board {0}</a></td><td>{0}2 topics</td>'
           '<td>1{0}.11.2026 18:40 <b>ann</b></td></tr>')
    doc = load(("<table>" + "".join(row.format(i) for i in range(1, 5)) + "</table>").encode())
    assert dated_runs(doc.root, date_elements(doc.root, NOW), 2) == []


def test_dated_notes_each_over_a_row_of_words_with_no_names_are_no_thread() -> None:
    # A changelog: a date row over each entry's words, nobody named: no posts.
    entry = ('<tr><td class="d">1{0}.11.2026</td></tr>'
             '<tr><td>Fixed the search box on the {0}th page of results.</td></tr>')
    page = ("<html><body><table>" + "".join(entry.format(i) for i in range(1, 5)) + "</table></body></html>")
    kind, records = _records(page.encode(), "https://notes.example/changes.html")
    assert kind != "thread" and not [r for r in records if r.kind == "post"]


# A header row of the poster's linked name, the post's number, date and a quote button over a row
# classed "post" that holds the poster's panel ("Pridružen" = joined, "Prispevki" = posts) beside
# the words and the signature, then a footer row (Slovenian; no cell spans rows).
_SLOVENIAN_POST = """
<tr class="glava"><td class="ime"><a href="/user/{uid}-{name}">{name}</a></td>
  <td class="cas"><b>#{n}</b> Objavljeno: <span>{date}</span> <a href="/odgovor?q={n}">Citiraj</a></td></tr>
<tr class="post"><td class="okvir"><div>Član</div><div>Pridružen: {joined}</div>
  <div>Prispevki: {count}</div></td>
  <td class="okvir"><div class="vsebinaContent">{words}</div>
  <div class="podpis signature">Lep pozdrav iz Krasa</div></td></tr>
<tr class="noga"><td colspan="2"><a href="#vrh">Na vrh</a></td></tr>
"""


def test_header_rows_of_name_and_date_over_rows_of_words_are_read_as_runs() -> None:
    posts = [(5, "miha_k", "17.11.2026 18:40", "3.4.2022", "86",
              "Kdaj je najbolje obrezati vinsko trto na Krasu?"),
             (9, "Nina.V", "18.11.2026 09:15", "19.9.2019", "1.942",
              "Februarja, ko so dnevi že daljši in suhi."),
             (5, "miha_k", "19.11.2026 20:05", "3.4.2022", "86", "Hvala, Nina, počakam do februarja.")]
    rows = "".join(_SLOVENIAN_POST.format(uid=u, name=n, n=i, date=d, joined=j, count=c, words=w)
                   for i, (u, n, d, j, c, w) in enumerate(posts, 1))
    page = ('<html lang="sl"><head><title>Vinogradniki - Obrezovanje trte</title></head><body>'
            '<h1>Obrezovanje trte</h1><table class="tema">' + rows + "</table></body></html>")
    kind, records = _records(page.encode(), "https://vinogradniki.example/tema/12")
    assert kind == "thread"
    assert [(p.author, p.posted_at, p.body) for p in records if p.kind == "post"] == [
        (n, f"2026-11-{d[:2]}T{d[-5:]}:00", w) for _, n, d, _, _, w in posts]
    assert {(a.name, a.post_count, a.joined) for a in records if a.kind == "author"} == {
        ("miha_k", 86, "2022-04-03"), ("Nina.V", 1942, "2019-09-19")}


# A topic list whose topics are two rows each (Croatian): the title row with its counts, then the
# last reply's row with its date and poster's name. Runs of dated rows, and no posts.
_TOPIC_ROWS = ('<tr class="t"><td rowspan="2"><img src="folder.gif" alt=""></td>'
               '<td><a href="/tema/{n}">{title}</a></td><td>{replies}</td><td>{views}</td></tr>'
               '<tr class="l"><td colspan="3">Zadnji odgovor {date} — <b>{name}</b></td></tr>')


def test_a_topic_lists_two_row_entries_are_no_runs_of_posts() -> None:
    topics = [(11, "Kako saditi krompir u jesen", "12", "340", "17.11.2026 18:40", "ivan_k"),
              (12, "Najbolje sorte paradajza za plastenik", "4", "98", "18.11.2026 09:15", "Marija"),
              (13, "Gnojivo za jagode nakon berbe", "27", "1.204", "19.11.2026 20:05", "Petar.S")]
    page = ('<html><head><title>Vrt - Teme</title></head><body><h1>Povrće</h1><table class="teme">'
            "<tr><th></th><th>Tema</th><th>Odgovori</th><th>Pregledi</th></tr>"
            + "".join(_TOPIC_ROWS.format(n=n, title=t, replies=r, views=v, date=d, name=nm)
                      for n, t, r, v, d, nm in topics) + "</table></body></html>")
    kind, records = _records(page.encode(), "https://vrt.example/forum/povrce")
    assert kind == "forum_index" and not [r for r in records if r.kind == "post"]


# The poster's rank above the name in the panel (both short, both varied: "Nováček" / "Moderátor"),
# the name linked nowhere but in the address of the icon link to the profile (Czech).
_RANKED_POST = ('<tr><td rowspan="3" class="c"><span class="r">{rank}</span><br><b>{name}</b><br>'
                '<small>Příspěvky: {count}</small></td>'
                '<td class="c"><a href="#p{n}">Odesláno {date}</a></td></tr>'
                '<tr><td class="c">{words}</td></tr>'
                '<tr><td class="c"><a href="profil.php?jmeno={name}"><img src="profil.gif" alt=""></a>'
                '</td></tr>')


def test_the_name_a_profile_icons_address_repeats_is_the_poster_not_the_rank_above_it() -> None:
    posts = [(1, "Nováček", "pepa_z", "12", "17.11.2026 18:40", "Kdy je nejlepší čas sázet česnek na zimu?"),
             (2, "Moderátor", "Jana.K", "2 031", "18.11.2026 09:15", "V polovině října, než přijdou mrazy."),
             (3, "Nováček", "pepa_z", "12", "19.11.2026 20:05", "Díky, Jano, zasadím příští týden.")]
    page = ('<html lang="cs"><head><title>Zahrada - Česnek</title></head><body><h1>Česnek</h1><table>'
            + "".join(_RANKED_POST.format(n=n, rank=r, name=nm, count=c, date=d, words=w)
                      for n, r, nm, c, d, w in posts) + "</table></body></html>")
    kind, records = _records(page.encode(), "https://zahrada.example/vlakno/4")
    assert kind == "thread"
    assert [p.author for p in records if p.kind == "post"] == ["pepa_z", "Jana.K", "pepa_z"]
    assert {(a.name, a.post_count) for a in records if a.kind == "author"} == {
        ("pepa_z", 12), ("Jana.K", 2031)}


def test_an_edit_line_in_every_posts_words_dates_no_post() -> None:
    _, records = _records(_swahili(edited=True), "https://wakulima.example/jukwaa/thread.php?id=9")
    assert [p.posted_at for p in records if p.kind == "post"] == [
        "2026-11-16T18:05:00", "2026-11-18T07:40:00", "2026-11-19T20:15:00"]


# Posts whose dated row is not their first: the words over a footer "Objavljeno DATE | Citat"
# (Croatian), and a name row over the date row over the words (Macedonian).
_FOOTER_POST = ('<tr><td class="who"><b>{name}</b></td><td class="txt">{words}</td></tr>'
                '<tr><td class="foot" colspan="2">Objavljeno {date} | <a href="#q{n}">Citat</a></td></tr>')
_NAME_FIRST_POST = ('<tr class="ime"><td><b>{name}</b> <i>{rank}</i></td></tr>'
                    '<tr class="koga"><td>{date}</td></tr><tr class="tekst"><td>{words}</td></tr>')


def test_a_posts_rows_above_its_dated_row_are_its_own() -> None:
    posts = [("marko_p", "17.11.2026 18:40", "Kada je najbolje saditi luk za zimu u Dalmaciji?"),
             ("Ivana.R", "18.11.2026 09:15", "Sredinom listopada, prije prvih mrazeva i kiša."),
             ("marko_p", "19.11.2026 20:05", "Hvala, Ivana, sadim idući tjedan.")]
    page = ('<html lang="hr"><head><title>Vrt - Luk</title></head><body><h1>Luk</h1><table>'
            "<tr><th>Autor</th><th>Poruka</th></tr>" + "".join(
                _FOOTER_POST.format(n=i, name=n, date=d, words=w) for i, (n, d, w) in enumerate(posts))
            + "</table></body></html>")
    _, records = _records(page.encode(), "https://vrt.example/tema/8")
    assert [(p.author, p.posted_at[:10], p.body) for p in records if p.kind == "post"] == [
        (n, f"2026-11-{d[:2]}", w) for n, d, w in posts]
    posts = [("марко_п", "Член", "17.11.2026 18:40", "Кога е најдобро да се сади лук за зима?"),
             ("Ивана.Р", "Модератор", "18.11.2026 09:15", "Средината на октомври, пред првите мразеви."),
             ("марко_п", "Член", "19.11.2026 20:05", "Благодарам, Ивана, садам следната недела.")]
    page = ('<html lang="mk"><head><title>Градина - Лук</title></head><body><h1>Лук</h1><table>'
            "<tr><th>Пораки</th></tr>" + "".join(
                _NAME_FIRST_POST.format(name=n, rank=r, date=d, words=w) for n, r, d, w in posts)
            + "</table></body></html>")
    _, records = _records(page.encode(), "https://gradina.example/tema/8")
    assert [(p.author, p.posted_at[:10], p.body) for p in records if p.kind == "post"] == [
        (n, f"2026-11-{d[:2]}", w) for n, _, d, w in posts]


def test_a_posts_rows_the_page_wraps_in_a_tbody_or_table_of_their_own_are_read_as_a_run() -> None:
    for wrap in ("tbody", "table"):
        kind, records = _records(_icelandic(wrap), "https://gardyrkja.example/spjall/umraeda/88.html")
        assert kind == "thread", wrap
        assert [p.body for p in records if p.kind == "post"] == [
            "Rifsberjarunnarnir mínir eru orðnir stórir og þéttir.\nÁ ég að klippa þá núna eða í vor?",
            "Klipptu þá síðla vetrar, áður en brumin vakna.\nTaktu elstu greinarnar alveg niður við jörð.",
            "Takk fyrir, Gunnar! Ég bíð þá fram í mars."], wrap


# A header row (the poster's linked name, then the date in the second cell) over a row of the
# poster's panel (a recent join date in the first cell) beside the words: both dates are a
# cell's text, told apart by their cells' places. A quote box opens with its header in a
# division of its own ("Cytat (NAME)", "Citação (NAME)"), nested once in the third post; a
# signature under a rule typed of underscores closes the first post's words.
_HEADER_ROW_POST = """
<tr class="{p}-h"><td class="{p}-n"><a href="/{member}/{name}">{name}</a></td>
  <td class="{p}-t">{said} {date}</td></tr>
<tr><td class="{p}-i">{posts_label}: {count}<br>{joined_label}: {joined}</td>
  <td class="{p}-w">{words}</td></tr>
"""


def _header_rows(lang: str) -> tuple[bytes, list[tuple[str, str, str, list[str]]]]:
    if lang == "pl":
        p, member, said, quote = "fx", "profil", "Wysłano:", "Cytat"
        posts_label, joined_label = "Postów", "Dołączył"
        words = ["Jak przesadzić starą paprotkę?", "Wiosną, do luźnej ziemi z korą.",
                 "Dziękuję, spróbuję w marcu."]
    else:
        p, member, said, quote = "qz", "membro", "Enviado:", "Citação"
        posts_label, joined_label = "Mensagens", "Cadastrado em"
        words = ["Como transplantar uma samambaia velha?", "Na primavera, em terra solta com casca.",
                 "Obrigada, vou tentar em março."]
    names = ["ola_k", "bartek.ogrod", "zuza_99"]

    def box(name: str, inner: str) -> str:
        return f'<div class="{p}-c"><div class="{p}-ch">{quote} ({name})</div>{inner}</div>'

    bodies = [
        f'{words[0]}<div class="{p}-s">____________<br>Zielono mi.</div>',
        box(names[0], words[0]) + words[1],
        box(names[1], box(names[0], words[0]) + words[1]) + words[2],
    ]
    dates = ["14.11.2026 19:40", "16.11.2026 11:05", "18.11.2026 09:00"]
    joined = ["02.10.2026", "05.09.2026", "11.09.2026"]
    rows = "".join(_HEADER_ROW_POST.format(p=p, member=member, name=n, said=said, date=d,
                                           posts_label=posts_label, count=40 + i,
                                           joined_label=joined_label, joined=j, words=b)
                   for i, (n, d, j, b) in enumerate(zip(names, dates, joined, bodies, strict=True)))
    page = (f'<html lang="{lang}"><head><title>{words[0]}</title></head><body><h1>{words[0]}</h1>'
            f'<table class="{p}-posts">{rows}</table></body></html>')
    expected = [(names[0], "2026-11-14", words[0], []), (names[1], "2026-11-16", words[1], [names[0]]),
                (names[2], "2026-11-18", words[2], [names[1], names[0]])]
    return page.encode(), expected


def test_a_header_rows_date_and_the_panels_join_date_below_it_open_posts_by_their_cells_places() -> None:
    for lang in ("pl", "pt"):
        page, expected = _header_rows(lang)
        kind, records = _records(page, f"https://{lang}.example/t/5")
        assert kind == "thread", lang
        assert [(p.author, (p.posted_at or "")[:10], p.body, p.quotes) for p in records
                if p.kind == "post"] == expected, lang
        assert [(a.name, a.post_count, a.joined) for a in records if a.kind == "author"] == [
            ("ola_k", 40, "2026-10-02"), ("bartek.ogrod", 41, "2026-09-05"),
            ("zuza_99", 42, "2026-09-11")], lang
