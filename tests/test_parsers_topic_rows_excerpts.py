"""parsers.topic_rows: a topic card's clipped preview of its first post ("...ban công hướng tây...")
is no words of the row's own: a card of a long preview is a topic row as its neighbours are,
while a thread's posts, whose words run to their end, stay no rows. Invented Turkish (divisions,
"…") and Vietnamese (list items, "...") topic lists."""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.topic_rows import listed_index

NOW = "2026-11-20T12:00:00Z"

_TR_CARDS = [
    ("5501", "Balkonda domates için hangi saksı?", "bahce_ayse",
     "Geçen yıl küçük saksılarda denedim ama meyveler çok küçük kaldı, bu yıl daha büyük bir saksı "
     "almayı düşünüyorum fakat balkonun taşıma kapasitesinden de emin değilim, önerisi olan var mı…"),
    ("5497", "Kompost kokusu nasıl giderilir", "toprak_mehmet", "Kova kapalı ama yine de koku var."),
    ("5490", "Fesleğen kışın içeride yaşar mı?", "yesil_elif", "Pencere önünde ışık yeterli olur mu?"),
]


def test_a_card_of_a_long_clipped_preview_is_a_topic_as_its_neighbours_are() -> None:
    cards = "".join(
        f'<div class="kart"><h3><a href="/konu/{key}">{title}</a></h3><p class="ozet">{preview}</p>'
        f'<div class="alt">yazan <a href="/uye/{who}">{who}</a> · 12 yanıt · 340 görüntüleme</div></div>'
        for key, title, who, preview in _TR_CARDS
    )
    page = f"""<html lang="tr"><head><title>Sebzeler - Bahçe Forumu</title></head><body>
    <h1>Sebzeler</h1><div class="liste">{cards}</div></body></html>""".encode()
    result = parse_page(page, url="http://bahce.onion/bolum/sebzeler", captured_at=NOW, use_profiles=False)
    assert result.page.page_type == "forum_index"
    assert [(t.title, t.thread_url) for t in result.records] == [
        (title, f"http://bahce.onion/konu/{key}") for key, title, _, _ in _TR_CARDS
    ]


def test_list_items_whose_previews_end_in_three_dots_give_every_topic() -> None:
    long = ("Nhà mình ở tầng năm, ban công hướng tây nên nắng chiều rất gắt, mình đã thử che lưới "
            "nhưng cây vẫn héo vào khoảng ba giờ chiều, mọi người có cách nào khác không...")
    items = "".join(
        f'<li class="chude"><a href="/bai/{n}">{title}</a><span>{preview}</span>'
        f'<em>bởi <a href="/thanhvien/{who}">{who}</a>, {n % 9 + 1} trả lời, 18/11/2026</em></li>'
        for n, title, who, preview in [
            (811, "Rau muống trồng thùng xốp", "co_ba_rau", "Đất nào tốt nhất?"),
            (807, "Cây ớt bị héo buổi chiều", "anh_tu_ot", long),
            (802, "Phân trùn quế mua ở đâu", "vuon_nho", "Ở Sài Gòn có chỗ nào bán không?"),
        ]
    )
    doc = load(f"<html><body><h1>Rau</h1><ul>{items}</ul></body></html>".encode(),
               url="http://vuon.onion/muc/rau")
    assert [t.title for t in listed_index(doc) or []] == [
        "Rau muống trồng thùng xốp", "Cây ớt bị héo buổi chiều", "Phân trùn quế mua ở đâu",
    ]


def test_a_threads_long_posts_opening_with_a_link_stay_no_topic_rows() -> None:
    said = ("Ben de aynı sorunu yaşadım ve sonunda saksıyı değiştirdim, toprağı da yeniledim, "
            "iki hafta içinde bitki toparlandı ve yeni yapraklar çıkardı, sabırlı olmak gerekiyor bence.")
    posts = "".join(
        f'<div class="mesaj"><a href="/konu/5501?m={n}">#{n}</a> <p>{said}</p>'
        f'<div>yazan <a href="/uye/{who}">{who}</a> 19.11.2026 10:0{n}</div></div>'
        for n, who in [(1, "bahce_ayse"), (2, "toprak_mehmet"), (3, "yesil_elif")]
    )
    doc = load(f"<html><body><h1>Balkonda domates</h1>{posts}</body></html>".encode(),
               url="http://bahce.onion/konu/5501")
    assert listed_index(doc) is None
