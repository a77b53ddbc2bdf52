"""parsers.label_words: the Persian "تعداد پست" / "تعداد ارسال" ("number of posts") label a
poster's post count on a thread page, its figure in Persian digits with the Arabic thousands
sign ("۱٬۲۳۴"). Pages of this module's own (a div-built and a table-built Persian board), none
a round's."""

from __future__ import annotations

from parsers import parse_page
from parsers.labels import LABELS

_NOW = "2026-11-20T12:00:00Z"


def _counts(page: str, url: str) -> dict[str | None, int | None]:
    records = parse_page(page.encode(), url=url, captured_at=_NOW, use_profiles=False).records
    return {r.name: r.post_count for r in records if r.kind == "author"}


def _div_post(name: str, count: str, when: str, words: str) -> str:
    return (f"<div class='payam'><div class='nevisande'><a href='/member/{name}'>{name}</a>"
            f"<div class='amar'>تعداد ارسال: {count}</div></div><div class='zaman'>{when}</div>"
            f"<div class='matn'>{words}</div></div>")


_DIVS = ("<html lang=fa dir=rtl><head><title>آبیاری گلدان‌ها در زمستان | باغچه</title></head><body>"
         "<h2>آبیاری گلدان‌ها در زمستان</h2>"
         + _div_post("baghban_ali", "۱٬۲۳۴", "2026-11-17 21:14",
                     "در زمستان گلدان‌ها را هفته‌ای یک بار آب می‌دهم.")
         + _div_post("golkar_mina", "۵۶", "2026-11-18 09:30", "من هر ده روز یک بار آب می‌دهم و کافی است.")
         + "</body></html>")


def _row(name: str, count: str, when: str, words: str) -> str:
    return (f"<tr><td class='karbar'><b><a href='/users/{name}'>{name}</a></b><br>"
            f"<span>تعداد پست: {count}</span></td><td><span class='tarikh'>{when}</span>"
            f"<p>{words}</p></td></tr>")


_TABLE = ("<html lang=fa dir=rtl><head><title>نان سنگک خانگی | آشپزخانه</title></head><body>"
          "<h3>نان سنگک خانگی</h3><table class='mozu'>"
          + _row("nanva_reza", "۴٬۵۰۷", "17.11.2026 08:05", "خمیر را شب قبل آماده کنید تا خوب ور بیاید.")
          + _row("ashpaz_sara", "۸۷", "18.11.2026 19:40", "من سنگ‌ریزه‌ها را در فر داغ می‌کنم و جواب می‌دهد.")
          + "</table></body></html>")


def test_a_persian_post_count_label_reads_the_posters_count_in_persian_digits() -> None:
    assert _counts(_DIVS, "http://baghche.example/topic/81") == {"baghban_ali": 1234, "golkar_mina": 56}
    table = _counts(_TABLE, "http://ashpaz.example/showthread.php?t=9")
    assert table == {"nanva_reza": 4507, "ashpaz_sara": 87}


def test_the_persian_labels_name_a_post_count() -> None:
    for label in ("تعداد پست: ۸۷", "تعداد ارسال: ۱٬۲۳۴", "تعداد پست‌ها: ۱۲"):
        assert LABELS["posts"].match(label)
