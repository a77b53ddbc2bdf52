"""parsers.post_dates.day_date: a post's date whose day's number carries a suffix written on it
(Persian's ordinal "17ام نوامبر") is read to the day, not the month alone, by the post readers
and parsers.dated_elements. Pages of this module's own (Persian), none copied from a generality
round."""

from __future__ import annotations

from parsers import parse_page
from parsers.cldr_dates import page_language
from parsers.post_dates import day_date

NOW = "2026-11-20T12:00:00Z"

_PERSIAN = """<html lang="fa" dir="rtl"><head><title>باغچه: کاشت سیر</title></head><body>
<h1>کاشت سیر</h1><ul class="nazarat">
<li class="nazar"><p class="sar"><b>مریم</b> · <span class="tarikh">17ام نوامبر 2026، 18:40</span></p>
  <p class="matn">امسال پاییز گرم بود. الان سیر بکارم یا صبر کنم؟</p></li>
<li class="nazar"><p class="sar"><b>رضا</b> · <span class="tarikh">18ام نوامبر 2026، 09:15</span></p>
  <p class="matn">همین حالا بکار، پیش از سرما ریشه می‌دهد.</p></li>
<li class="nazar"><p class="sar"><b>مریم</b> · <span class="tarikh">19ام نوامبر 2026، 20:05</span></p>
  <p class="matn">ممنون، فردا شروع می‌کنم.</p></li>
</ul></body></html>"""


def test_posts_dated_with_a_suffix_on_the_days_number_are_dated_to_the_minute() -> None:
    result = parse_page(_PERSIAN.encode(), url="http://baghche.example/mozu/12", captured_at=NOW,
                        use_profiles=False)
    posts = [r for r in result.records if r.kind == "post"]
    assert [(p.author, p.posted_at) for p in posts] == [
        ("مریم", "2026-11-17T18:40:00"), ("رضا", "2026-11-18T09:15:00"), ("مریم", "2026-11-19T20:05:00")]


def test_a_suffix_is_left_out_only_where_the_first_reading_gives_no_day() -> None:
    with page_language("fa"):
        assert day_date("17ام نوامبر 2026", NOW) == "2026-11-17"
        assert day_date("نوامبر 2026", NOW) == "2026-11"  # a month, no day to find
    assert day_date("17th November 2026", NOW) == "2026-11-17"
