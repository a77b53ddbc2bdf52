"""parsers.post_dates.post_date on a post's header line longer than a date's (the poster, the
date and whom the post answers in one line): the date is the text after its label, a label
styled apart needing no colon when that text is a whole day."""

from __future__ import annotations

from pathlib import Path

from parsers import parse_page
from parsers.dom import load
from parsers.post_dates import post_date

_NOW = "2026-11-20T12:00:00Z"


def _date(html: str) -> str | None:
    doc = load(html.encode())
    block = doc.root.find(".//div")
    return post_date(block, set(), _NOW)[0]


def test_a_date_after_a_label_without_a_colon_in_a_long_header_line_is_the_posts() -> None:
    german = ("<div class=beitrag><div class=kopf><a href='#b7'>#7</a> <span class=bez>Verfasst von</span> "
              "<a href='/mitglied/71'>hobelbank_uwe</a> <span class=bez>Datum</span> gestern 21:15 "
              "<span class=bez>Antwort auf</span> <a href='#b6'>leimzwinge_karl</a></div>"
              "<div class=text>Mit Knochenleim geht das besser.</div></div>")
    assert _date(german) == "2026-11-19T21:15:00"
    french = ("<div class=msg><p class=tete><b>Auteur</b> <a href='/membre/3'>lavande_odile</a> "
              "<b>Envoyé</b> 14/11/2026 18:30 <b>En réponse à</b> <a href='#m2'>thym_serpolet</a></p>"
              "<p>Il faut tailler après la floraison, pas avant.</p></div>")
    assert _date(french) == "2026-11-14T18:30:00"


def test_a_year_alone_after_a_colonless_label_or_a_day_after_a_link_is_no_date() -> None:
    # "Baujahr 1987" (year of make) is no day; a day after a linked name is the name's line.
    year = ("<div class=beitrag><div class=kopf><span class=bez>Baujahr</span> 1987 "
            "<span class=bez>Thema</span> Werkbank aus Buche, Bauplan gesucht und gefunden</div></div>")
    assert _date(year) is None
    linked = ("<div class=beitrag><div class=kopf><a href='/ware/9'>Hobelbank</a> 17.11.2026 "
              "<span class=bez>Thema</span> Werkbank aus Buche, Bauplan gesucht und gefunden</div></div>")
    assert _date(linked) is None


def test_a_thread_whose_headers_name_the_answered_post_dates_every_post() -> None:
    posts = [("11", "hobelbank_uwe", "17.11.2026 19:42", ""), ("12", "leimzwinge_karl", "gestern 08:05",
             "<span class=bez>Antwort auf</span> <a href='#b11'>hobelbank_uwe</a>"),
             ("13", "raspel_ina", "heute 10:31", "")]
    blocks = "".join(
        f"<div class=beitrag id=b{n}><div class=kopf><a href='#b{n}'>#{n}</a> <span class=bez>Von</span> "
        f"<a href='/profile/{name}'>{name}</a> <span class=bez>Datum</span> {when} {reply}</div>"
        f"<div class=text><p>Beitrag {n}: die Leimfuge hält nach einer Nacht unter Zwingen.</p></div></div>"
        for n, name, when, reply in posts)
    html = f"<html lang=de><head><title>Leimfugen - Werkstattforum</title></head><body>{blocks}</body></html>"
    result = parse_page(html.encode(), url="http://werkstatt.onion/thema/55", captured_at=_NOW)
    assert [(p.author, p.posted_at) for p in result.records if p.kind == "post"] == [
        ("hobelbank_uwe", "2026-11-17T19:42:00"), ("leimzwinge_karl", "2026-11-19T08:05:00"),
        ("raspel_ina", "2026-11-20T10:31:00")]


def test_a_relative_age_takes_the_exact_time_its_links_title_gives_that_day() -> None:
    # Redmine's way: "Added by NAME <a title=EXACT>3 days</a> ago", the title a tooltip.
    german = ("<div class=beitrag><p><span class=autor>Erstellt von <a href='/users/4'>anna_holz</a> vor "
              "<a title='17.11.2026 18:40' href='/aktivitaet?from=2026-11-17'>3 Tagen</a></span></p>"
              "<div class=text>Eiche oder Buche für die Werkbank?</div></div>")
    assert _date(german) == "2026-11-17T18:40:00"
    spanish = ("<div class=mensaje><p><span class=autor>Añadido por <a href='/u/9'>pepa_lino</a> hace "
               "<a title='2026-11-19 07:05' href='/actividad?from=2026-11-19'>1 día</a></span></p>"
               "<div class=cuerpo>Yo riego por la mañana.</div></div>")
    assert _date(spanish) == "2026-11-19T07:05:00"


def test_a_title_naming_another_day_than_the_relative_age_is_not_its_time() -> None:
    other_day = ("<div class=beitrag><p><span class=autor>Erstellt von <a href='/users/4'>anna_holz</a> vor "
                 "<a title='12.11.2026 18:40' href='/a'>3 Tagen</a></span></p>"
                 "<div class=text>Eiche oder Buche?</div></div>")
    assert _date(other_day) == "2026-11-17"


def test_a_day_takes_the_exact_time_a_title_beside_it_gives_that_day() -> None:
    # HyperKitty's way: the day in one element, the time in a sibling whose title holds both.
    danish = ("<div class=mail><div class=hoved><a href='/u/7'>Søren Holm</a></div>"
              "<div class=dato><span class=dag>tirsdag, 17. november 2026</span>"
              "<span class=kort>ti, 17 nov '26</span>"
              "<div class=tid><span title='Afsendt: 17. november 2026 21:14'>21:14</span></div></div>"
              "<div class=tekst>Hvornår skal bistaderne vinterfodres?</div></div>")
    assert _date(danish) == "2026-11-17T21:14:00"
    portuguese = ("<div class=msg><p class=cab><a href='/u/3'>Rita Lopes</a> <small>18/11/2026</small>"
                  " <abbr title='2026-11-18 07:45'>há 2 dias</abbr></p><p>Eu alimento em outubro.</p></div>")
    assert _date(portuguese) == "2026-11-18T07:45:00"


def test_a_title_of_another_day_beside_a_day_gives_it_no_time() -> None:
    other = ("<div class=mail><div class=dato><span class=dag>tirsdag, 17. november 2026</span>"
             "<div class=tid><span title='Redigeret: 19. november 2026 08:00'>redigeret</span></div></div>"
             "<div class=tekst>Hvornår skal bistaderne vinterfodres?</div></div>")
    assert _date(other) == "2026-11-17"


def test_a_line_holding_its_own_join_day_labels_no_date_after_it() -> None:
    polish = ("<div class=w><div class=h><a href='/profil/ola'>ola</a>\n<span>Dołączył: 3 marca 2019</span>\n"
              "<span>2 godziny temu</span></div><div class=t>Przesmaruj pedały.</div></div>")
    portuguese = ("<div class=w><div class=h><a href='/perfil/rui'>rui</a>\n"
                  "<span>Membro desde: 03/03/2019</span>\n<span>ontem, 21:40</span></div>"
                  "<div class=t>Aperta a porca.</div></div>")
    assert _date(polish) == "2026-11-20T10:00:00"
    assert _date(portuguese) == "2026-11-19T21:40:00"
    # A label alone before its value still labels it.
    assert _date("<div class=w><span>Membro desde:</span><span>03/03/2019</span><p>Olá</p></div>") is None


def test_a_polish_thread_dated_beside_its_posters_join_days_reads_every_posts_date() -> None:
    page = Path(__file__).parent / "data" / "thread_frames" / "rowerownia_pl.html"
    result = parse_page(page.read_bytes(), url="http://example.onion/t/5", captured_at=_NOW,
                        use_profiles=False)
    assert [r.posted_at for r in result.records if r.kind == "post"] == [
        "2026-11-19T21:10:00", "2026-11-20T10:00:00", "2026-11-20T11:15:00", "2026-11-20T11:50:00"]


def test_a_bylines_bracketed_asides_do_not_hide_its_date() -> None:
    german = ("<div class=b><table><tr><td>Von: <a href='/users.php?uid=3'><b>drechsler_ida</b></a> (offline)"
              "&nbsp;am&nbsp;November 17 2026 18:40 &nbsp;(142 Mal gelesen)</td></tr></table>"
              "<p>Die Schale ist aus Kirsche gedreht.</p></div>")
    assert _date(german) == "2026-11-17T18:40:00"
    english = ("<div class=b><span>Posted by <a href='/user/9'>thatcher_jo</a> (Moderator) on 18.11.2026 "
               "07:05 (viewed 3,120 times)</span><p>Reed beds are cut in late winter.</p></div>")
    assert _date(english) == "2026-11-18T07:05:00"
