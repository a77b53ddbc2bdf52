"""parsers.topic_rows: a topic list laid out in divisions or list items (no table) gives one
Thread record per topic, in page order, whatever its addresses look like; a board list's items
(each linking its last post "Re: ...") and a thread's short signed posts give none. Invented
Croatian (sibling divisions of one class), Swahili (list items, a board list) and Dutch pages."""

from __future__ import annotations

from pathlib import Path

from parsers import parse_page
from parsers.dom import load
from parsers.topic_rows import listed_index, listed_topics

NOW = "2026-11-20T12:00:00Z"
DATA = Path(__file__).parent / "data" / "topic_rows"


def _parse(name: str, url: str):  # type: ignore[no-untyped-def]
    return parse_page((DATA / name).read_bytes(), url=url, captured_at=NOW, use_profiles=False)


def test_sibling_divisions_of_one_class_give_their_topics_and_starters() -> None:
    result = _parse("hr_topic_divisions.html", "http://ribar.onion/ploca/more")
    assert result.page.page_type == "forum_index"
    assert [(t.title, t.author, t.thread_url) for t in result.records] == [
        ("Lignje u studenom: koje varalice?", "jugo_vjetar", "http://ribar.onion/rasprava/4411"),
        ("Najlon 0,25 ili 0,30 za šaranje s obale", "stari_ribar", "http://ribar.onion/rasprava/4407"),
        ("Kako očistiti mašinicu od soli", "mali_zubatac", "http://ribar.onion/rasprava/4398"),
    ]


def test_list_items_give_their_topics_in_page_order() -> None:
    result = _parse("sw_topic_list_items.html", "http://shamba.onion/chumba/mboga")
    assert result.page.page_type == "forum_index"
    assert [t.title for t in result.records] == [
        "Nyanya zinaoza kabla ya kuiva", "Mbegu bora za sukuma wiki",
        "Umwagiliaji wa matone kwa bustani ndogo",
    ]


def test_a_board_lists_items_linking_their_last_posts_give_no_topics() -> None:
    doc = load((DATA / "sw_board_list_items.html").read_bytes(), url="http://shamba.onion/")
    assert listed_index(doc) == []  # a list of rows, no topic among them
    result = _parse("sw_board_list_items.html", "http://shamba.onion/")
    assert (result.page.page_type, result.records) == ("forum_index", [])


def test_a_threads_short_signed_posts_are_no_topic_rows() -> None:
    posts = "".join(
        f'<div class="bericht"><a href="/lid/{who}">{who}</a> <span>{day}.11.2026 10:0{day}</span>'
        f'<p>{words}</p><a href="/onderwerp/77?antwoord={day}">Reageer</a></div>'
        for who, day, words in [("kikker_jan", 1, "Mooi gedaan!"), ("vijver_els", 2, "Dank je wel."),
                                ("kikker_jan", 3, "Graag gedaan.")]
    )
    page = f"""<html lang="nl"><head><title>Vijverfilter zelf bouwen - Vijverforum</title></head><body>
    <h1>Vijverfilter zelf bouwen</h1><div class="berichten">{posts}</div></body></html>"""
    doc = load(page.encode(), url="http://vijver.onion/onderwerp/77")
    assert listed_topics(doc) == [] and listed_index(doc) is None


def test_list_items_with_an_excerpt_and_members_named_in_the_query_give_their_topics() -> None:
    rows = "".join(
        f'<li><a class="t" href="/irasas/{no}">{title}</a><p class="ist">{excerpt}</p>'
        f'<a href="/narys/?vardas={who}">{who}</a> · atsakymų {no % 7} · 2026-11-1{no % 10}</li>'
        for no, title, who, excerpt in [
            (81, "Bitės neišskrenda iš avilio", "bitininkas_jonas",
             "Jau savaitę šilta, o bitės vis tiek sėdi viduje. Ar verta atidaryti avilį ir pažiūrėti?"),
            (77, "Kada sukti medų", "medaus_puodas",
             "Pirmą kartą suksiu medų ir nežinau, kaip suprasti, kad jis jau subrendęs korėse."),
        ])
    page = f"""<html lang="lt"><head><title>Bitininkystė - Sodo forumas</title></head><body>
    <h1>Bitininkystė</h1><ul class="temos">{rows}</ul></body></html>"""
    result = parse_page(page.encode(), url="http://sodas.onion/skyrius/bites", captured_at=NOW,
                        use_profiles=False)
    assert result.page.page_type == "forum_index"
    assert [t.title for t in result.records] == ["Bitės neišskrenda iš avilio", "Kada sukti medų"]


def test_a_board_lists_rows_naming_only_their_last_poster_after_its_time_give_no_topics() -> None:
    rows = "".join(
        f'<div class="enotita"><a href="/enotita/{slug}">{name}</a><p>{about}</p>'
        f'<span>{topics} θέματα · {posts} μηνύματα</span> <span>{when}, '
        f'<a href="/melos/{who}">{who}</a></span></div>'
        for slug, name, about, topics, posts, when, who in [
            ("elies", "Ελαιόδεντρα", "Κλάδεμα και λίπανση.", 312, "4.120", "σήμερα 10:41", "giorgos_k"),
            ("ampeli", "Αμπέλι", "Ποικιλίες και ασθένειες.", 95, 870, "16.11.2026", "maria_vin"),
        ])
    page = f"""<html lang="el"><head><title>Αγρότες</title></head><body><h1>Αγρότες</h1>
    <div class="enotites">{rows}</div></body></html>"""
    doc = load(page.encode(), url="http://agrotes.onion/")
    assert listed_index(doc) == []
    result = parse_page(page.encode(), url="http://agrotes.onion/", captured_at=NOW, use_profiles=False)
    assert result.records == []
