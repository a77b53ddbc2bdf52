"""parsers.cldr_dates: dates in the words of any CLDR language, read for the page's language; and
parsers.parse_page dating a forum written in a language no built-in table names a month of."""

from __future__ import annotations

import pytest

from parsers import parse_page
from parsers.cldr_dates import current_language, page_language, to_english
from parsers.dates import parse_date

NOW = "2026-11-20T12:00:00Z"


@pytest.mark.parametrize(("lang", "shown", "expected"), [
    ("ta", "நவம்பர் 12, 2026", "2026-11-12"),  # Tamil month name
    ("sw", "12 Novemba 2026 08:30", "2026-11-12T08:30:00"),  # Swahili
    ("ka", "12 ნოემბერი 2026", "2026-11-12"),  # Georgian
    ("gu", "12 માર્ચ 2024", "2024-03-12"),  # Gujarati
    ("cy", "3 Mawrth 2024", "2024-03-03"),  # Welsh
    ("km", "12 វិច្ឆិកា 2026", "2026-11-12"),  # Khmer
    ("hi", "2 घंटे पहले", "2026-11-20T10:00:00"),  # Hindi: 2 hours ago
    ("te", "5 నిమిషాల క్రితం", "2026-11-20T11:55:00"),  # Telugu: 5 minutes ago
    ("sw", "jana, 21:15", "2026-11-19T21:15:00"),  # Swahili: yesterday
    ("bs", "prije 3 dana u 10:20", "2026-11-17T10:20:00"),  # Bosnian: 3 days ago at a time
    ("tg", "3 марти 2024, 08:05", "2024-03-03T08:05:00"),  # Tajik: a case ending the CLDR lacks
])
def test_a_date_in_the_pages_language_is_read_with_its_cldr_words(lang: str, shown: str,
                                                                  expected: str) -> None:
    with page_language(lang):
        assert parse_date(shown, NOW) == expected


def test_without_a_page_language_only_the_built_in_words_read() -> None:
    assert parse_date("நவம்பர் 12, 2026", NOW) is None
    with page_language("ta"):
        assert parse_date("நவம்பர் 12, 2026", NOW) == "2026-11-12"
    assert current_language() is None  # the language is the block's only


def test_an_am_pm_marker_of_the_language_sets_the_half_of_the_day() -> None:
    assert to_english("12 نوفمبر 2026 8:40 م", "ar") == "12 november 2026 8:40 pm"
    with page_language("ko"):
        assert parse_date("2026년 11월 12일 오후 3:05", NOW) == "2026-11-12T15:05:00"


def test_english_unknown_codes_and_texts_without_date_words_give_nothing() -> None:
    assert to_english("November 12, 2026", "en") is None
    assert to_english("12 Novemba 2026", "xx") is None
    assert to_english("Karibu kwenye jukwaa", "sw") is None
    with page_language("sw"):
        assert parse_date("Karibu kwenye jukwaa", NOW) is None


def test_a_forum_in_a_language_no_table_names_a_month_of_is_dated() -> None:
    # Tamil: the posts' dates name a month no built-in table holds.
    posts = "".join(
        f'<div class="msg"><div class="who"><a href="/member/{name}">{name}</a></div>'
        f'<div class="when">{day} நவம்பர் 2026, {time}</div><div class="text">{words}</div></div>'
        for name, day, time, words in (
            ("kavin", 14, "09:10", "இந்த ஆண்டு மழை அதிகம். நெல் நடவு எப்போது தொடங்கலாம்?"),
            ("meena", 15, "18:40", "மழை நின்ற பிறகு ஒரு வாரம் காத்திருங்கள், நிலம் காயட்டும்."),
            ("kavin", 16, "07:05", "நன்றி, அடுத்த வாரம் தொடங்குகிறேன்."),
        )
    )
    html = (f'<html lang="ta"><head><title>நெல் நடவு</title></head><body><h1>நெல் நடவு</h1>{posts}'
            "</body></html>").encode()
    result = parse_page(html, url="http://vayal.example/thread/5", captured_at=NOW)
    assert result.page.page_type == "thread"
    got = [(p.author, p.posted_at) for p in result.records if p.kind == "post"]
    assert got == [("kavin", "2026-11-14T09:10:00"), ("meena", "2026-11-15T18:40:00"),
                   ("kavin", "2026-11-16T07:05:00")]


def test_a_topic_list_dated_in_the_pages_language_is_no_thread() -> None:
    # Swahili: each row a linked title heading, its starter and a date the CLDR words read.
    rows = "".join(
        f'<tr class="row"><td><h3><a href="/mada.php?id={n}">{title}</a></h3><p>{about}</p></td>'
        f'<td><a href="/profile.php?id={n + 40}">{name}</a></td><td>{n * 7} maoni</td>'
        f"<td>{n + 10} Novemba 2026 08:{n:02}</td></tr>"
        for n, title, about, name in (
            (1, "Kupanda mahindi mapema", "Mvua za vuli zimeanza", "baraka_m"),
            (2, "Mbolea ya samadi", "Kiasi gani kwa ekari moja", "zawadi.k"),
            (3, "Wadudu wa nyanya", "Majani yanageuka manjano", "juma_s"),
        )
    )
    html = (f'<html lang="sw"><head><title>Kilimo</title></head><body><h1>Kilimo</h1><table>{rows}</table>'
            "</body></html>").encode()
    result = parse_page(html, url="http://shamba.example/jukwaa.php?id=2", captured_at=NOW)
    assert result.page.page_type != "thread"
    assert not [r for r in result.records if r.kind == "post"]


def test_days_ago_with_a_time_gives_that_day_at_that_time() -> None:
    assert parse_date("2 days ago at 14:05", NOW) == "2026-11-18T14:05:00"
    assert parse_date("3 days ago", NOW) == "2026-11-17"


def test_a_day_with_a_two_digit_year_after_its_month_is_of_that_year() -> None:
    assert parse_date("12-Mar 04", NOW) == "2004-03-12"
    assert parse_date("3 May 26", NOW) == "2026-05-03"
    with page_language("mi"):
        assert parse_date("12-Māehe 04", NOW) == "2004-03-12"  # Māori, by the CLDR's month name


# A post's number before its relative time, in languages whose CLDR phrase writes nothing before
# the amount (Polish "{0} godziny temu", Russian "{0} минут назад").
_NUMBERED_PL = """<html lang="pl"><head><title>Nalewki</title></head><body>
<div class="post"><div class="autor"><a href="/uzytkownik/wisniowka">wisniowka</a></div>
 <div class="czas"><a href="#p1">#7</a> 3 godziny temu</div>
 <div class="tresc">Ile cukru dajecie na litr wiśni?</div></div>
<div class="post"><div class="autor"><a href="/uzytkownik/pigwa">pigwa</a></div>
 <div class="czas"><a href="#p2">#8</a> 15 minut temu</div>
 <div class="tresc">Pół kilo, a po miesiącu zlewam.</div></div>
</body></html>"""

_NUMBERED_RU = """<html lang="ru"><head><title>Квас</title></head><body>
<div class="msg"><div class="who"><a href="/user/kvasnik">kvasnik</a></div>
 <div class="when"><a href="#m1">№12</a> 2 часа назад</div>
 <div class="text">Сколько держать квас в тепле?</div></div>
<div class="msg"><div class="who"><a href="/user/hlebnyi">hlebnyi</a></div>
 <div class="when"><a href="#m2">№13</a> 5 минут назад</div>
 <div class="text">Сутки, потом в холодильник.</div></div>
</body></html>"""


def test_a_posts_number_before_its_relative_time_is_no_part_of_the_amount() -> None:
    assert to_english("#7 3 godziny temu", "pl") == "#7 3 hours ago"
    assert to_english("№12 15 минут назад", "ru") == "№12 15 minutes ago"
    for html in (_NUMBERED_PL, _NUMBERED_RU):
        result = parse_page(html.encode(), url="http://forum.example/t/3", captured_at="2026-11-20T12:00:00Z",
                            use_profiles=False)
        assert [r.posted_at for r in result.records if r.kind == "post"] == [
            "2026-11-20T09:00:00" if html is _NUMBERED_PL else "2026-11-20T10:00:00",
            "2026-11-20T11:45:00" if html is _NUMBERED_PL else "2026-11-20T11:55:00"]
