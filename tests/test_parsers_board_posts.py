"""Imageboard and textboard threads: parsers.numbered_posts (posts as numbered blocks with a name
and date header) and parsers.board_refs (">>N" references quote post N's author; greentext
lines are quotes, not words), on pages of invented templates under tests/data/board_posts:
a textboard of numbered articles with plain-text references (Czech), an imageboard of numbered
divisions with reference links and a greentext span (Swahili), an imageboard whose reference
links are classed as quotes and whose checkboxes hold the thread's number (Turkish), a textboard
of replies headed by a heading no other reader of posts takes (Russian), a 2channel-style
textboard of numbered header and words pairs (Japanese), a wakaba-style imageboard whose opening
post is loose before its replies' tables (Polish), a futaba-style imageboard of year-first dates
and a default subject beside each name (Japanese)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from parsers import parse_page
from parsers.board_refs import green_lines, owners, split_refs
from parsers.dom import load
from parsers.numbered_posts import numbered_thread

DATA = Path(__file__).parent / "data" / "board_posts"
NOW = "2026-11-28T12:00:00"


def _page(name: str) -> bytes:
    return (DATA / name).read_bytes()


def _posts(records: list[Any]) -> list[tuple[Any, ...]]:
    return [(r.author, r.posted_at, r.body, r.quotes) for r in records if r.kind == "post"]


CS_POSTS = [
    ("Horal Vašek", "2026-11-16T07:12:00",
     "Mám tři úly ve výšce devět set metrů. Stačí jim zateplit víko,\n"
     "nebo je mám celé zabalit do slámy?", []),
    ("Bezejmenný", "2026-11-16T09:40:00",
     "To ne, sláma drží vlhkost. Zatepli jen víko a nech česno otevřené.", ["Horal Vašek"]),
    ("Horal Vašek", "2026-11-17T18:05:00", "Díky, víko mám z polystyrenu. Česno nechám celé.",
     ["Bezejmenný"]),
    ("Babka Ludmila", "2026-11-18T12:30:00", "A hlavně je v zimě neotvírejte, ať je tam jakkoli ticho.",
     ["Horal Vašek"]),
]

SW_POSTS = [
    ("Mkulima Juma", "2026-11-17T06:30:12",
     "Nyanya zangu zinapata madoa meusi chini kabla hazijaiva.\nJe, ni maji mengi au ni ugonjwa?", []),
    ("Bila Jina", "2026-11-17T08:02:45",
     "Huo ni upungufu wa kalsiamu, si ugonjwa.\nMwagilia kwa kiasi kila siku.", ["Mkulima Juma"]),
    ("Mkulima Juma", "2026-11-18T19:44:03", "Asante sana, nitaweka maganda ya mayai kwenye udongo.",
     ["Bila Jina"]),
]


def test_a_textboard_of_numbered_articles_is_read_as_numbered_posts() -> None:
    doc = load(_page("textboard_articles_cs.html"), url="http://cs.example.onion/vcely/res/1.html")
    records = numbered_thread(doc, now=NOW)
    assert records[0].kind == "thread"
    assert records[0].title == "Jak zazimovat včelstvo na horách?"
    assert _posts(records) == CS_POSTS
    assert [r.index for r in records[1:]] == [0, 1, 2, 3]


def test_an_imageboard_opening_post_numbered_apart_from_its_replies_is_read_with_them() -> None:
    doc = load(_page("imageboard_tables_sw.html"), url="http://sw.example.onion/bus/res/501.html")
    assert _posts(numbered_thread(doc, now=NOW)) == SW_POSTS


def test_the_parsed_textboard_reads_plain_text_references_and_greentext_as_quotes() -> None:
    result = parse_page(_page("textboard_articles_cs.html"), url="http://cs.example.onion/vcely/res/1.html",
                        captured_at=NOW)
    assert result.page.page_type == "thread"
    # The post's number before its name ("#1 · Horal Vašek · date") is no name either.
    assert _posts(result.records) == CS_POSTS


def test_the_parsed_imageboard_drops_its_reference_links_and_greentext_from_the_words() -> None:
    result = parse_page(_page("imageboard_tables_sw.html"), url="http://sw.example.onion/bus/res/501.html",
                        captured_at=NOW)
    assert result.page.page_type == "thread"
    assert _posts(result.records) == SW_POSTS


def test_quote_classed_number_links_quote_the_post_whose_attributes_end_with_the_number() -> None:
    # Every reply's checkbox holds the thread's number 300 ("sil-bal-300-304"): the opening post,
    # whose own ends with it, is the one quoted by ">>300".
    result = parse_page(_page("imageboard_quotelinks_tr.html"), url="http://tr.example.onion/bal/konu/300.html",
                        captured_at=NOW)
    assert [(a, q) for a, _, _, q in _posts(result.records)] == [
        ("Yayla Arıcısı", []), ("İsimsiz", ["Yayla Arıcısı"]), ("Yayla Arıcısı", ["İsimsiz"]),
    ]
    bodies = [b for _, _, b, _ in _posts(result.records)]
    assert bodies[1] == "Kestanede fruktoz oranı yüksek, glikozu az. O yüzden yıllarca sıvı kalır."
    assert bodies[2] == "Teşekkürler, demek ki bal sahte değil."


def test_a_page_without_the_reference_convention_is_no_numbered_thread() -> None:
    page = (b"<body><div id='r1'><p>ann 2026-11-17 18:40</p><p>Green or black tea today?</p></div>"
            b"<div id='r2'><p>bob 2026-11-18 09:15</p><p>Green tea, always, and no sugar.</p></div></body>")
    assert numbered_thread(load(page), now=NOW) == []


def test_a_number_shared_by_every_post_belongs_to_the_post_whose_attribute_ends_with_it() -> None:
    held = [{"2087"}, {"2087", "2091"}, {"2087", "2095"}]
    ends = [{"2087"}, {"2091"}, {"2095"}]
    assert owners(held, ends) == {"2087": 0, "2091": 1, "2095": 2}
    # Ended by two posts' attributes alike: nobody's.
    assert "5" not in owners([{"5"}, {"5"}], [{"5"}, {"5"}])


def test_references_are_split_from_a_line_but_another_boards_link_is_not() -> None:
    assert split_refs(">>12 >>14 agreed") == (["12", "14"], "agreed")
    assert split_refs(">>>/tea/12 see there") == ([], ">>>/tea/12 see there")
    assert split_refs("＞＞3 そうだね") == (["3"], "そうだね")


def test_only_a_line_of_its_own_opening_with_one_angle_bracket_is_greentext() -> None:
    doc = load(b"<div><span class=g>&gt;quoted words</span><br>my answer"
               b"<br>I think <b>&gt;this</b> is inline<br><span>&gt;&gt;12</span></div>")
    box = doc.root.find(".//div")
    assert [el.text for el in green_lines(box, set())] == [">quoted words"]


def test_a_textboard_of_headed_replies_no_other_reader_takes_is_read_by_its_numbers() -> None:
    # The date is the heading's own text after the name's element ("Имя: <span>..</span> — 17.11.2026
    # в 18:40"), the names are classed in no known way: only the numbered blocks say these are posts.
    result = parse_page(_page("textboard_headings_ru.html"), url="http://ru.example.onion/hoz/res/1.html",
                        captured_at=NOW)
    assert result.page.page_type == "thread"
    assert result.records[0].title == "Чем кормить кур зимой?"
    assert _posts(result.records) == [
        ("Дед Макар", "2026-11-17T18:40:00",
         "Куры перестали нестись, как только ударили морозы.\nЧем вы их кормите зимой?", []),
        ("Безымянный", "2026-11-18T07:05:00",
         "Пророщенный овёс и мел. И свет в курятнике до восьми вечера.", ["Дед Макар"]),
        ("Дед Макар", "2026-11-19T21:30:00", "Попробую, лампа как раз есть.", ["Безымянный"]),
    ]


def test_a_heading_naming_the_board_by_its_path_is_no_thread_title() -> None:
    # "<h1>/bal/ - Arıcılık</h1>" opens the <title> "/bal/ - Arıcılık - Kestane balı ...": the board's
    # name; the opening post's subject after it is the thread's.
    result = parse_page(_page("imageboard_quotelinks_tr.html"), url="http://tr.example.onion/bal/konu/300.html",
                        captured_at=NOW)
    assert result.records[0].title == "Kestane balı neden kristalleşmiyor?"


def test_a_textboard_of_numbered_header_and_words_pairs_is_read_pair_by_pair() -> None:
    result = parse_page(_page("textboard_dl_pairs_ja.html"),
                        url="http://ja.example.onion/test/read.cgi/kitchen/1763391600/", captured_at=NOW)
    assert result.page.page_type == "thread"
    assert result.records[0].title == "ぬか漬けの塩分はどれくらい？"
    # ">>1" links to the post's own address ("../1"), not an anchor: the number says which post.
    assert _posts(result.records) == [
        ("名無しの漬物好き", "2026-11-17T18:40:12",
         "初めてぬか床を作ります。塩は米ぬかの何パーセントくらいが普通ですか？\n"
         "夏と冬で変えたほうがいいのでしょうか。", []),
        ("名無しさん", "2026-11-17T19:02:33", "十二パーセント前後。夏は少し多めにしないと酸っぱくなる。",
         ["名無しの漬物好き"]),
        ("名無しの漬物好き", "2026-11-18T07:15:40", "なるほど、ありがとうございます。", ["名無しさん"]),
    ]


def test_an_opening_post_written_loose_before_its_replies_tables_is_the_first_post() -> None:
    result = parse_page(_page("imageboard_loose_op_pl.html"), url="http://pl.example.onion/og/res/1204.html",
                        captured_at=NOW)
    assert result.page.page_type == "thread"
    assert result.records[0].title == "Czym okryć róże na zimę?"
    assert _posts(result.records) == [
        ("Pani Zosia", "2026-11-16T16:20:00",
         "Mam dwanaście krzaków róż przy płocie.\nCzy agrowłóknina wystarczy, czy lepiej kopczyk z kory?",
         []),
        ("Anonim", "2026-11-16T18:03:00", "Kopczyk z kory i ziemi, a włóknina dopiero na mrozy.",
         ["Pani Zosia"]),
        ("Pani Zosia", "2026-11-17T08:45:00", "Dziękuję, tak zrobię w sobotę.", ["Anonim"]),
    ]


def test_a_futaba_style_thread_is_dated_year_first_and_named_beside_its_subjects() -> None:
    # "26/11/17(火)": the weekday says year first; "無念" is every reply's default subject, in the
    # place where the opening post shows the thread's title: no name.
    result = parse_page(_page("imageboard_year_first_ja.html"), url="http://ja.example.onion/en/res/7701.htm",
                        captured_at=NOW)
    assert result.records[0].title == "冬のバラの剪定はいつ？"
    assert _posts(result.records) == [
        ("としあき", "2026-11-17T18:40:12",
         "つるバラの剪定は一月と二月のどちらがいいでしょうか。\n去年は遅すぎて芽が出てしまいました。", []),
        ("としあき", "2026-11-18T07:02:33", "一月の中旬がいい。寒さで樹液が止まっている間に。", ["としあき"]),
        ("ばら園", "2026-11-19T21:15:00", "うちも一月にやってる。", ["としあき"]),
    ]


# Imageboards whose posts' boxes carry their number outside any id or name: in a data attribute of
# the box (Hungarian, "data-post-id"), or in the id of an empty anchor just before the box
# (Indonesian, "<a id=8120></a>"). Their ">>N" links point at "#N" all the same.
_DATA_NUMBERED_HU = """<html lang="hu"><head><title>Méhészet</title></head><body><div class="szal">
<div class="hsz" data-board="meh" data-post-id="512"><div class="fej"><b class="nev">Kaptáros</b>
 <time datetime="2026-11-17T18:40:00Z">2026.11.17. 18:40</time></div>
 <p class="uzenet">Mikor kell betenni a szúnyoghálót a kaptár elé télire?</p></div>
<div class="hsz" data-board="meh" data-post-id="515"><div class="fej"><b class="nev">Névtelen</b>
 <time datetime="2026-11-18T09:15:00Z">2026.11.18. 09:15</time></div>
 <p class="uzenet"><a class="ref" href="/meh/res/512.html#512">&gt;&gt;512</a><br>
 Október végén, amikor már nincs hordás.</p></div>
<div class="hsz" data-board="meh" data-post-id="519"><div class="fej"><b class="nev">Kaptáros</b>
 <time datetime="2026-11-19T20:05:00Z">2026.11.19. 20:05</time></div>
 <p class="uzenet"><a class="ref" href="/meh/res/512.html#515">&gt;&gt;515</a><br>
 Köszönöm, akkor még van időm.</p></div>
</div></body></html>"""

_ANCHORED_ID = """<html lang="id"><head><title>Kopi</title></head><body><div class="utas">
<a id="8120"></a><div class="kiriman"><div class="kepala"><span class="nama">Barista_Tua</span>
 <span class="waktu">17/11/2026 18:40</span></div>
 <div class="isi">Biji kopi Gayo sebaiknya disangrai sampai tingkat berapa untuk seduh manual?</div></div>
<a id="8124"></a><div class="kiriman"><div class="kepala"><span class="nama">Anonim</span>
 <span class="waktu">18/11/2026 09:15</span></div>
 <div class="isi"><a href="#8120">&gt;&gt;8120</a><br>
 Medium saja, supaya rasa buahnya tidak hilang.</div></div>
<a id="8131"></a><div class="kiriman"><div class="kepala"><span class="nama">Barista_Tua</span>
 <span class="waktu">19/11/2026 20:05</span></div>
 <div class="isi"><a href="#8124">&gt;&gt;8124</a><br>Terima kasih, saya coba minggu ini.</div></div>
</div></body></html>"""


def test_a_reference_quotes_the_post_whose_box_holds_its_number_in_a_data_attribute() -> None:
    result = parse_page(_DATA_NUMBERED_HU.encode(), url="http://meh.example.onion/meh/res/512.html",
                        captured_at=NOW)
    assert [(a, b, q) for a, _, b, q in _posts(result.records)] == [
        ("Kaptáros", "Mikor kell betenni a szúnyoghálót a kaptár elé télire?", []),
        ("Névtelen", "Október végén, amikor már nincs hordás.", ["Kaptáros"]),
        ("Kaptáros", "Köszönöm, akkor még van időm.", ["Névtelen"]),
    ]


def test_a_reference_quotes_the_post_under_the_empty_anchor_named_by_its_number() -> None:
    result = parse_page(_ANCHORED_ID.encode(), url="http://kopi.example.onion/kopi/utas/8120",
                        captured_at=NOW)
    assert [(a, b, q) for a, _, b, q in _posts(result.records)] == [
        ("Barista_Tua", "Biji kopi Gayo sebaiknya disangrai sampai tingkat berapa untuk seduh manual?", []),
        ("Anonim", "Medium saja, supaya rasa buahnya tidak hilang.", ["Barista_Tua"]),
        ("Barista_Tua", "Terima kasih, saya coba minggu ini.", ["Anonim"]),
    ]
