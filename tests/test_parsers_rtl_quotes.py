"""parsers.quotes' Persian and Arabic quote heads ("نقل قول از ann:", "اقتباس من ann:") and
parsers.post_notes' edit note under a post whose own words follow a quote box (the words after a
box left out are the post's, so the note can go). Small threads written here, in Persian and
Arabic, right to left."""

from __future__ import annotations

from parsers import parse_page

NOW = "2026-11-20T12:00:00Z"


def _posts(page: bytes) -> list[tuple[str | None, list[str], str | None]]:
    result = parse_page(page, url="http://x.onion/topic/7", captured_at=NOW, use_profiles=False)
    return [(p.author, p.quotes, p.body) for p in result.records if type(p).__name__ == "Post"]


def _persian() -> bytes:
    def post(name: str, date: str, words: str, note: str = "") -> str:
        return (f'<article class="k-post"><div class="k-who">'
                f'<a class="k-user" href="/member/{name}">{name}</a>'
                f'<span>پیام‌ها: ۱۲</span></div><div class="k-when">{date}</div>'
                f'<div class="k-neveshte">{words}</div>{note}'
                '<div class="k-sig">زنبور، دوست باغ</div></article>')
    return ('<html lang="fa" dir="rtl"><body><h1>کندو در زمستان</h1>'
            + post("zanbordar_tabriz", "2026/11/17 - 14:20", "کندوها را در زمستان کجا بگذارم؟ حیاط سرد است.")
            + post("asal_kohi", "2026/11/18 - 09:10",
                   '<div class="k-box"><b>نقل قول از zanbordar_tabriz:</b>'
                   " کندوها را در زمستان کجا بگذارم؟</div>"
                   "\nکنار دیوار جنوبی بگذارید و دریچه را تنگ کنید.",
                   '<div class="k-edit">آخرین ویرایش توسط asal_kohi؛ 2026/11/18 - 09:30</div>')
            + post("zanbordar_tabriz", "2026/11/19 - 08:00", "ممنون، همین کار را کردم.")
            + "</body></html>").encode()


def _arabic() -> bytes:
    def post(name: str, date: str, words: str, note: str = "") -> str:
        return (f'<div class="n-row"><p class="n-head"><a href="/u/{name}">{name}</a>'
                f" — <span>{date}</span></p>"
                f'<div class="n-words">{words}</div>{note}<div class="n-foot">النحل لا ينام</div></div>')
    return ('<html lang="ar" dir="rtl"><body><h1>خلايا النحل في الشتاء</h1>'
            + post("nahhal_jabali", "17/11/2026 14:20", "أين أضع الخلايا في الشتاء؟ الفناء بارد جدا.")
            + post("asal_sidr", "18/11/2026 09:10",
                   '<div class="n-cite"><strong>اقتباس من nahhal_jabali:</strong>'
                   " أين أضع الخلايا في الشتاء؟</div>"
                   "\nضعها بجانب الجدار الجنوبي وضيّق المدخل.",
                   '<div class="n-edit">آخر تعديل بواسطة asal_sidr؛ 18/11/2026 09:30</div>')
            + post("nahhal_jabali", "19/11/2026 08:00", "شكرا، فعلت ذلك.")
            + "</body></html>").encode()


def test_a_persian_quote_head_credits_the_quoted_member_and_leaves_the_reply_its_own_words() -> None:
    posts = _posts(_persian())
    assert posts[1] == ("asal_kohi", ["zanbordar_tabriz"], "کنار دیوار جنوبی بگذارید و دریچه را تنگ کنید.")
    assert [p[1] for p in posts] == [[], ["zanbordar_tabriz"], []]


def test_an_arabic_quote_head_credits_the_quoted_member_and_leaves_the_reply_its_own_words() -> None:
    posts = _posts(_arabic())
    assert posts[1] == ("asal_sidr", ["nahhal_jabali"], "ضعها بجانب الجدار الجنوبي وضيّق المدخل.")
    assert [p[1] for p in posts] == [[], ["nahhal_jabali"], []]
