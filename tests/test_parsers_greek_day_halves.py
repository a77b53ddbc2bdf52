"""parsers.times_of_day: the Greek halves of the day written without their dots ("9:14 μμ",
"10:05 πμ", CLDR's narrow forms beside the abbreviated "μ.μ."/"π.μ."), after a date and on an
invented Greek thread page."""

from __future__ import annotations

from parsers.dates import parse_date
from parsers.page import parse_page
from parsers.records import Post
from parsers.times_of_day import time_after

NOW = "2026-11-20T12:00:00Z"

_PAGE = """<html lang="el"><head><title>Πότε κλαδεύουμε την ελιά; - Ελαιοκόμοι</title></head><body>
<h2>Πότε κλαδεύουμε την ελιά;</h2>
<ul class="replies">
 <li class="reply"><a href="/members/kostas_l">kostas_l</a> <span class="when">3/11/2026 8:20 μμ</span>
  <div class="words">Έχω είκοσι ελιές στη Μεσσηνία, πότε είναι η καλύτερη εποχή για κλάδεμα;</div></li>
 <li class="reply"><a href="/members/maria_e">maria_e</a> <span class="when">4/11/2026 7:05 πμ</span>
  <div class="words">Μετά τη συγκομιδή, Φεβρουάριο με Μάρτιο, πριν ανθίσουν.</div></li>
 <li class="reply"><a href="/members/kostas_l">kostas_l</a> <span class="when">4/11/2026 12:40 πμ</span>
  <div class="words">Ευχαριστώ, θα περιμένω λοιπόν.</div></li>
</ul></body></html>"""


def test_a_dotless_greek_afternoon_mark_moves_the_hour_past_noon() -> None:
    assert parse_date("17/11/2026 9:14 μμ", NOW) == "2026-11-17T21:14:00"
    assert parse_date("18/11/2026 10:05 πμ", NOW) == "2026-11-18T10:05:00"
    assert time_after("12:10 πμ", 0) == (0, 10, 0)  # midnight and ten minutes


def test_the_dotted_marks_still_read_and_a_greek_word_after_a_time_is_no_mark() -> None:
    assert parse_date("19/11/2026 11:40 μ.μ.", NOW) == "2026-11-19T23:40:00"
    assert time_after("11:40 μμμ", 0) == (11, 40, 0)
    assert time_after("9:14 μμέσως", 0) == (9, 14, 0)


def test_a_greek_thread_dated_with_dotless_marks_gives_its_posts_afternoon_times() -> None:
    result = parse_page(_PAGE.encode(), url="http://x.onion/t/5", captured_at=NOW, use_profiles=False)
    posts = [r for r in result.records if isinstance(r, Post)]
    assert [(p.author, p.posted_at) for p in posts] == [
        ("kostas_l", "2026-11-03T20:20:00"),
        ("maria_e", "2026-11-04T07:05:00"),
        ("kostas_l", "2026-11-04T00:40:00"),
    ]
