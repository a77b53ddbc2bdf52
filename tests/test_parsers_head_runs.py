"""parsers.head_runs: posts whose head (the poster's link and the date) and words are siblings,
each head over a table of its poster's panel and words; with what such tracker boards show besides
(TBDev's heirs): "userdetails.php?id=N" member pages, "pid901body" bodies, quotes drawn as a
fieldset captioned by its legend, edit notes styled by their one child, a forum path whose
separators are elements, Chinese times ago in several units. Small made-up pages of this module's
own (tests/data/thread_heads), none a round's copy."""

from __future__ import annotations

from pathlib import Path

from parsers import parse_page
from parsers.dates import parse_date
from parsers.dom import load
from parsers.head_runs import head_runs

DATA = Path(__file__).parent / "data" / "thread_heads"
NOW = "2026-11-20T12:00:00Z"


def _read(name: str) -> tuple[str, list]:
    result = parse_page((DATA / name).read_bytes(), url="http://tracker.example/forums.php?action=viewtopic&topicid=77",
                        captured_at=NOW, use_profiles=False)
    return result.page.page_type, result.records


def test_a_chinese_tracker_topic_gives_each_head_over_its_table_as_a_post() -> None:
    kind, records = _read("qinfang_topic_zh.html")
    assert kind == "thread"
    assert records[0].title == "古琴换弦要注意什么？"
    posts = [(r.author, r.posted_at, r.body, r.quotes) for r in records if r.kind == "post"]
    assert posts == [
        # The span titles' exact times, not the relative texts shown.
        ("流水", "2026-11-16T20:05:41", "家里的琴七弦断了，想自己换一根。\n需要先把雁足上的弦都松开吗？", []),
        # The edit note under the words ("最后被 NAME 编辑于 ...") is no word of them.
        ("焦尾", "2026-11-17T09:30:12",
         "不用全松，只松断弦那一根的位置就行。\n新弦先在水里泡一会儿，打蝇头结会容易很多。", []),
        # The fieldset's legend names whom it quotes; its words are the quote's.
        ("流水", "2026-11-20T10:40:00", "泡过水果然好打结，已经换好了，音色很稳。", ["焦尾"]),
    ]
    assert [(r.name, r.post_count) for r in records if r.kind == "author"] == [("流水", 212), ("焦尾", 3870)]


def test_a_polish_tracker_topic_with_arrow_elements_in_its_forum_path() -> None:
    kind, records = _read("rowerowy_temat_pl.html")
    assert kind == "thread"
    assert records[0].title == "Jaki smar do łańcucha na zimę?"
    posts = [(r.author, r.posted_at, r.quotes) for r in records if r.kind == "post"]
    assert posts == [("Szprycha", "2026-11-10T18:20:00", []), ("Dętka", "2026-11-11T07:55:00", ["Szprycha"]),
                     ("Szprycha", "2026-11-19T21:10:00", [])]
    bodies = [r.body for r in records if r.kind == "post"]
    assert bodies[1] == ("Na zimę tylko mokry smar, suchy zmywa pierwsza kałuża.\n"
                         "Raz w tygodniu przetrzyj łańcuch szmatką.")
    assert bodies[2] == "Kupiłem mokry smar, po tygodniu łańcuch wciąż czysty."
    authors = [(r.name, r.post_count) for r in records if r.kind == "author"]
    assert authors == [("Szprycha", 87), ("Dętka", 1530)]


def test_heads_without_wordier_siblings_after_them_are_left_as_they_are() -> None:
    doc = load(b"<body><div><p><a href='/u/ann'>ann</a> 17.11.2026</p>"
               b"<p><a href='/u/bob'>bob</a> 18.11.2026</p><p>ok</p></div></body>")
    heads = doc.root.xpath("//p[a]")
    assert head_runs(heads, set(doc.root.xpath("//a"))) == []
    assert [el.tag for el in doc.root.find("body")[0]] == ["p", "p", "p"]


def test_the_last_head_takes_as_many_siblings_as_the_fewest_between_two_heads() -> None:
    doc = load(b"<body><div><p class=h><a href='/u/ann'>ann</a></p>"
               b"<div>Green or black tea today, friends?</div><p class=h><a href='/u/bob'>bob</a></p>"
               b"<div>Green, always, never black.</div>"
               b"<div>The page's own footer, long enough to say more than a head.</div></div></body>")
    runs = head_runs(doc.root.xpath("//p"), set(doc.root.xpath("//a")))
    assert [[el.tag for el in run] for run in runs] == [["p", "div"], ["p", "div"]]


def test_chinese_times_ago_in_several_units_count_them_all() -> None:
    assert parse_date("3天15时前", NOW) == "2026-11-16T21:00:00"
    assert parse_date("1时20分钟前", NOW) == "2026-11-20T10:40:00"
    assert parse_date("2일 3시간 전", NOW) == "2026-11-18T09:00:00"
    # One unit as before; a Japanese clock time before a word is no time ago.
    assert parse_date("57分钟前", NOW) == "2026-11-20T11:03:00"
    assert parse_date("3時前", NOW) is None


def test_bylines_each_under_an_articles_linked_title_are_no_heads() -> None:
    doc = load(b"<body><div><h3><a href='/news/1'>Frost</a></h3><p><a href='/u/ann'>ann</a> 17.11.2026</p>"
               b"<div>Frost is coming early this year, cover the beds.</div>"
               b"<h3><a href='/news/2'>Mulch</a></h3><p><a href='/u/bob'>bob</a> 18.11.2026</p>"
               b"<div>Mulch keeps the soil warm in the winter months.</div></div></body>")
    assert head_runs(doc.root.xpath("//p"), set(doc.root.xpath("//p/a"))) == []
