"""parsers.parse_page on round-36 generality pages (tests/data/general_r36): a fully BLIND held-out
set of a realistic onion CRAWL, MARKET-heavy, in ten languages the rounds used least (no English).
Ten pages, all on the HOLDOUT side (no tune side: no rule was written for any of them), each an
engine, template or layout in no earlier round, with fictional names, words, dates and prices put
in. Six market pages (a listing with a price table by quantity, a search page of cards, a category
page, a seller's shop front, a vendor page with a real PGP key, a vendor's feedback page) and four
forum pages (a Redmine board message, an engine no round used; a thread with NESTED quotes; a
member profile; a DDoS queue).

Every page is an engine, template or layout in none of rounds 3-35, tests/data/forums_general,
tests/data/markets_general, tests/data/board_posts, tests/data/poster_panels, glued_labels,
card_handles, dash_pieces, topic_rows, profile_shapes or vendor_sections (round 37, built at the
same time by another helper, was neither read nor used): their directories were listed (the first
word of every page name: no redmine) and grepped for each page's names and class names, and none
of Redmine's "message reply", label_added_time_by's "Ditambahkan oleh" or "Balasan (", nor the
invented prefixes class="hx- (the Romanian listing), sj- (the Korean search), cp- (the Thai
vendor), hb- (the Hindi feedback page), lp- (the Ukrainian shop front), vq- (the Vietnamese
category), zr- (the Persian thread), pc- (the Bulgarian profile) or bu- (the Hungarian queue),
nor the words Hanul, Livada, trandafir, 숲속, 우전, จันทร์เพ็ญ, ลายนิ้วมือ, हाट, प्रतिक्रिया,
Липовий, Opishnia, "Bến Sông", Sepeda, سفالگران, Дърводел, Bazárudvar, várólistán, windows-1258,
nor any member or vendor name of this round is in them. Found and no sign of the same layout:
"menulis:" (round 28's Indonesian coffee forum: the common Indonesian quote word, and Redmine's
own text_user_wrote), "نوشته:" and عضویت (phpBB's Persian words in round 5 and round 27's XOOPS),
"Мнения:" (round 13's AsmBB Bulgarian thread), "Danh mục", "Người bán" and "Gửi từ" (round 5's
Vietnamese listing and round 31's feedback totals: the common Vietnamese market words),
"Vânzător" and "Livrează" (rounds 13, 27 and 32 in Romanian), "Відправка" (round 25's Ukrainian
vendor). Names first chosen that earlier rounds used were renamed before any truth was written:
a coffee topic for the Redmine board (round 28's warungkopi), a beekeepers' forum for the
profile (round 13's Bulgarian thread), Masala_Ghar (round 20), Tra_Sen_Tay_Ho (round 27),
"Лавка ..." (rounds 5 and 25), ostad_yazdi (round 25 matched "yazdı"), the prefix sf- (round
19's OXID), and the Persian thread's first draft, whose pf-like div layout and class words
(zaman, matn, karbar, emza, virayesh) were round 33's golkhane thread: rewritten as a table.
Languages: Romanian, Korean, Thai, Hindi, Ukrainian, Vietnamese, Indonesian, Persian, Bulgarian
and Hungarian. One page is in WINDOWS-1258 (the Vietnamese Windows code page): declared by
``<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">``; every letter the
code page has is one byte (ư 0xFD, đ 0xF0, ă 0xE3, Đ 0xD0, ₫ 0xFE, where Latin-1 has ý, ð, ã, Ð,
þ); the toned letters it has no byte for (ờ, ộ, ạ, ế...) are numeric character references
(&#7901;), as editors that saved Vietnamese in it wrote them (not combining marks: the truth is
the composed text a reader sees).

forum pages
  - a REDMINE board message (Indonesian, project "Sepeda Bambu Nusantara", bamboo bicycle frames),
    rebuilt from redmine/redmine app/views/messages/show.html.erb (div.message, h2 the subject,
    p > span.author, div.wiki; div#replies with h3 "Balasan (3)", div.message.reply > h4.reply-header
    "RE: subject - authoring"), app/helpers/application_helper.rb's authoring and time_tag
    (label_added_time_by "Ditambahkan oleh AUTHOR AGE yang lalu", the age a link whose title is the
    time, format_time with id.yml's "%d-%m-%Y" and "%H:%M") and config/locales/id.yml (the
    Indonesian words, distance_in_words "3 hari", "sehari", "sekitar 3 jam", "40 menit",
    text_user_wrote "NAME menulis:" over a blockquote); the base layout (div#wrapper, #top-menu,
    #header with #quick-search and #main-menu, #main.nosidebar, #footer) from memory. The
    redmine.org links (help, footer) and the inline CDATA script were left out. Redmine shows no
    poster statistics: no author records.
  - a custom Persian thread, right to left, an old TABLE layout ("انجمن سفالگران", glaze
    crazing): td.zr-side "تعداد پست: ۱٬۲۳۴" (Persian digits, the Arabic thousands sign) and
    "تاریخ عضویت: ۱۳۹۸/۰۷/۱۲"; "چهارشنبه ۲۷ آبان ۱۴۰۵ - ۱۹:۴۲" (SOLAR HIJRI dates; "امروز"
    today); fieldset.zr-cite "NAME نوشته:" quotes, NESTED once in the third post; the signature
    after underscores and "ویرایش شده توسط ..." no body.
  - a Bulgarian member PROFILE ("Дърводелски клуб", woodworking): h2.pc-ime stoyan_rezbar (the
    reader petya_dar in the top bar is no member of the page); "Регистриран: 14 март 2019 г.",
    "Мнения: 3 152 (1,12 на ден)" (a space between thousands; topics and thanks no posts).
  - a Hungarian DDoS QUEUE in front of a market ("Bazárudvar"): "a 23. helyen áll (összesen 118
    látogató)", a refresh every 20 seconds, no form; no records.

market pages (written from memory of public descriptions of darknet-market layouts; every market,
vendor, product, price and class name is invented; only innocuous goods: rose jam, green tea,
tea ware, oolong, spices, pottery, coffee)
  - a Romanian listing with a PRICE TABLE BY QUANTITY ("Hanul Negustorilor"), in XMR with comma
    decimals: four tiers 1/3/6/12 jars, the checked radio "1 borcan 0,0950 XMR" the price (as
    round 29's packages: the selected one), "De plată: 0,0950 XMR (≈ 96,18 lei)" (a conversion);
    the postage "+0,0060 XMR" and the rates bar no price; dl "Categorie", "Expediat din",
    "Livrează în"; the last crumb the category too.
  - a Korean SEARCH page of cards ("숲속장터", "‘녹차’ 검색 결과 27건"): four li.sj-card with a
    category badge, "판매자 VENDOR", "대한민국 발송 · 배송지역: TO", "38,000원" (KRW, no decimals)
    over "≈ 0.00028952 BTC" (a conversion with 8 decimals); the filter sidebar no cards; "다음 ›"
    to page 2 (a percent-encoded query).
  - a Vietnamese CATEGORY page in WINDOWS-1258 ("Chợ Bến Sông", "Trà & Cà phê"): four li.vq-sp
    rows in an old table frame, "Danh mục:" the subcategory, "Người bán:", "Gửi từ: FROM — Giao
    đến: TO", "1.250.000 ₫" (dots between thousands) over "≈ 0,2033 XMR"; "Trang sau »".
  - a Ukrainian seller's SHOP FRONT ("Липовий двір", Opishnia_Hlyna's pottery): four cards with no
    vendor line, every card the shop's vendor; "Категорія:", "Відправка з:" / "Доставка:";
    "1 250,00 ₴" with NO-BREAK SPACES between thousands and before the sign, over "≈ ... BTC".
  - a Thai VENDOR page ("ตลาดจันทร์เพ็ญ"): "สมาชิกตั้งแต่ 12 มีนาคม 2565" (BUDDHIST ERA: 2022),
    "1,284 รีวิว (เชิงบวก 98.6%)" (sales 3,208 no reviews); the fingerprint in lower case without
    spaces over the armoured key in a read-only textarea; the three products links, not records.
  - a Hindi vendor FEEDBACK page ("हाट बाज़ार", Elaichi_Ghar): boxes "कुल प्रतिक्रियाएँ 2,876",
    "सकारात्मक दर 97.4%" and "कुल बिक्री 1,02,340" (sales in INDIAN grouping, a lakh: no feedback
    count); five review rows with amounts in BTC with 8 decimals; "अगला »" to page 2.
The key is a REAL OpenPGP v4 public key (ed25519) generated for this round with gpg in a
throwaway GnuPG home under /tmp that was deleted afterwards.

How close each page is to a real site: the Redmine message follows Redmine's view, helpers and
Indonesian locale as read (its layout from memory); the nine others are shaped from memory
(price tables by quantity, search grids with filters, old table frames, shop fronts, vendor facts
tables, feedback totals and rows, postbit tables, profile facts, queue pages). Page frames,
strings and all content are invented for this round; sites and addresses are fictional (.example
hosts and made-up 56-character .onion names; www.w3.org appears only in the Vietnamese page's
doctype, never fetched). Solar Hijri and Buddhist-era dates were converted with ICU's calendars
(node's Intl) and are converted again below from the Nowruz days of the years used.

Truth conventions, as rounds 24-35: a post's body without quotes, signatures, attachments and
edit notes; quotes name the quoted members, a nested quote's member too (outer first); relative
dates resolve against the harness's NOW_TIME (2026-11-20 12:00); a time a page shows only in a
title (Redmine's age links) is the time; an author record for every poster whose statistics the
page shows, once, in order of first post; a listing's price is the one a buyer pays for the
selected choice (conversions and extras no price); the category is the card's or the labelled
value, else the last crumb; a shop front gives every card the shop's vendor; a vendor page's
product links give no listing records; a feedback page carries its vendor's record (its name
and the totals shown, has_pgp_key unknown); a profile its member's author record; a queue page no
records.

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (0eac1a5) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 36 --side holdout --misses``): those of 59fab6f (the last session's end) and of fcfbaef
(rounds 34 and 35 mended). None had seen this round's pages; every helper who wrote those mends
kept it out of every scan.

    template                      59fab6f  fcfbaef
    anjomansofalgaran_thread_fa     0.000    0.000  (a thread in table rows, Solar Hijri dates)
    darvodelskiklub_profile_bg      0.000    0.000  (a member's profile)
    supsokjangteo_search_ko         0.556    0.556  (a BTC conversion for the KRW price; places)
    talatchanphen_vendor_th         0.667    0.667  (Buddhist-era year; feedback totals)
    lypovyidvir_shopfront_uk        0.723    0.926  (a shop front's origin)
    haatbazaar_feedback_hi          0.727    0.727  (a feedback page read as a vendor's)
    hanulnegustorilor_listing_ro    0.750    0.750  (a price table by quantity read as cards)
    chobensong_category_vi          0.786    0.786  (a route on one line after a dash)
    redmine_message_id              0.842    0.842  (the board's name for the title; a time)
    bazarudvar_queue_hu 1.000
    overall                         0.637    0.679

This round and round 37 are the first blind measure of this session: the parsers of 59fab6f are
those of the last session's end, those of fcfbaef carry the mends of rounds 34 and 35 too (a
profile's statistics in tiles or in prose, a board list taken for posts, routes written as a
sentence, labelled places side by side, a shop front named by its heading). Those mends carried
here on one shop front (+0.042); the two profiles of this round and round 37 are of yet other
shapes. Blind scores of the rounds (3 to 35): 0.646, 0.778, 0.714, 0.946, 0.798, 0.699, 0.601,
0.750, 0.857, 0.466, 0.612, 0.538, 0.773, 0.313, 0.694, 0.684, 0.376, 0.578, 0.517, 0.514, 0.848,
0.777, 0.858, 0.406, 0.782, 0.902, 0.752, 0.831, 0.738, 0.820, 0.891, 0.770, 0.942 and here 0.679
(0.637 at this session's start). KNOWN_MISSES holds every wrong value of fcfbaef. This round is
BLIND: do not tune the parsers on its pages; mend a miss only as a general mechanism, with test
pages of its own, and say so here.

Mended after its blind measure, each miss by a general mechanism with test pages of its own
(31a5227 to 5912397): Solar Hijri dates (parsers.solar_hijri, with jdatetime); Persian post count
labels; a box quoting a quote named by its own head (parsers.post_quotes); a relative age's exact
time in its link's title (parsers.post_dates); the heading the replies repeat is the title
(parsers.thread_title); a box of attached files out of a post's words (parsers.file_boxes); a
post count known by its rate per day (parsers.rated_count); a currency's unit word after the
amount (parsers.cldr_currency); a card line of labelled pieces between dashes
(parsers.dash_pieces); an origin above labelled destinations; a Buddhist-era year
(parsers.buddhist_era); a count and its share with words (parsers.stat_rows); review rows of
stars and a word (parsers.review_rows); a lone card holding the page's heading is the item
itself: 0.679 -> 1.000.
"""

from __future__ import annotations

import html
import re
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.general_rounds import (
    NOW_TIME,
    Round,
    _author,
    _feedback_vendor,
    _listing,
    _post,
    _vendor,
    day_ago,
    shown_number,
    v4_fingerprint,
)

DATA = Path(__file__).parent / "data" / "general_r36"

_HANUL = "http://hanulnegustorilor62huz53jtwna3ud52qc5oc6jspgcw3jo3bdtwsd.onion"
_SUPSOK = "http://supsokjangteozzivze7d64y7thton3msacr77mcmsoellhhwlfnvqbd.onion"
_TALAT = "http://talatchanphenmu7askc2nevcwtbt6yzjxj7s6e2dx7jvrstjmudxxsd.onion"
_HAAT = "http://haatbazaarsfmjqiqwmokolbc2l75se6zh6tj6gkvljeehoxo7ldyixd.onion"
_LYPOV = "http://lypovyidvirbdlqjwxfinhezvsqi6unhdxhrrtshwog5l4vo2u72sced.onion"
_BENSONG = "http://chobensongclt3cmxvhpxrrltzzilqkedfrctcv3tsdxmthkleoyqgsd.onion"
_BAMBU = "http://sepedabambulryq4o7cchwflx7q4p5tm6giwf44ickbqa53jgg7ujd2d.onion"
_SOFAL = "http://anjomansofalgaransxetlhagz2aedqtm4jzwezan3ykbwx3q5mgjktd.onion"
_DARVO = "http://darvodelskiklubldj7smkbhnhpm6eqipttxqnh5szt2yzrs54o32tvd.onion"
_BAZAR = "http://bazarudvarem4vv323vlmaerhbbxdz77ksxvqbyjkfsihthmkhgjhuvd.onion"
_FP_CHADOI = "3EC85E033328215F4E34E6F73E989D82814CFE91"
_GREEN_TEA = "/search?q=%EB%85%B9%EC%B0%A8"  # 녹차, percent-encoded as the page's links write it

#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {"holdout/chobensong_category_vnd_vi_cp1258.html": "windows-1258"}

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # Romanian listing, a price table by quantity: h1.hx-titlu; the checked tier "1 borcan 0,0950
    # XMR" the price (3/6/12 jars, "≈ 96,18 lei", the postage and the rates bar no price);
    # "Vânzător:" Livada_Bunicii; dl Categorie / "Expediat din" / "Livrează în" (two places).
    "holdout/hanulnegustorilor_listing_tiers_xmr_ro.html": {
        "template": "hanulnegustorilor_listing_ro", "url": _HANUL + "/produs/5581", "type": "listing",
        "records": [_listing("Dulceață de trandafiri de casă, borcan 350 g", 0.095, "XMR", "Livada_Bunicii",
                             "Dulcețuri și miere", "România", ["România", "Republica Moldova"])],
    },
    # Korean search page: four li.sj-card; span.sj-cat the category; a.sj-title the title; "판매자
    # VENDOR"; "FROM 발송 · 배송지역: TO"; "PRICE원" (KRW; "≈ ... BTC" a conversion). The filter
    # sidebar's categories are no cards. "다음 ›" to page 2.
    "holdout/supsokjangteo_search_cards_krw_ko.html": {
        "template": "supsokjangteo_search_ko", "url": _SUPSOK + _GREEN_TEA, "type": "listing_index",
        "next": _SUPSOK + _GREEN_TEA + "&page=2",
        "records": [
            _listing("보성 우전 녹차 50g", 38000.0, "KRW", "boseong_dawon", "녹차", "대한민국", ["전 세계"]),
            _listing("하동 세작 녹차 100g", 52000.0, "KRW", "hadong_chaban", "녹차", "대한민국", ["아시아"]),
            _listing("이천 백자 다관 세트 (다관·숙우·찻잔 2개)", 185000.0, "KRW", "icheon_doyo", "다기",
                     "대한민국", ["대한민국", "일본"]),
            _listing("제주 유기농 녹차 티백 40개입", 24500.0, "KRW", "jeju_dahyang", "녹차", "대한민국",
                     ["대한민국"]),
        ],
    },
    # Thai vendor: h1.cp-name ChaDoi_Lanna (its level and verified badges no name); "1,284 รีวิว
    # (เชิงบวก 98.6%)"; "สมาชิกตั้งแต่ 12 มีนาคม 2565" (Buddhist era 2565 = 2022); the key in
    # textarea.cp-key, its fingerprint in lower case. The three products are links, not records.
    "holdout/talatchanphen_vendor_pgp_th.html": {
        "template": "talatchanphen_vendor_th", "url": _TALAT + "/vendor/ChaDoi_Lanna", "type": "vendor",
        "records": [_vendor("ChaDoi_Lanna", 1284, 98.6, "2022-03-12", _FP_CHADOI)],
    },
    # Hindi feedback page: its vendor Elaichi_Ghar with the totals shown ("कुल प्रतिक्रियाएँ
    # 2,876", "सकारात्मक दर 97.4%"; "कुल बिक्री 1,02,340" is sales); five review rows, no records
    # of their own; "अगला »" to page 2.
    "holdout/haatbazaar_vendor_feedback_hi.html": {
        "template": "haatbazaar_feedback_hi", "url": _HAAT + "/vendor/Elaichi_Ghar/feedback",
        "type": "feedback",
        "next": _HAAT + "/vendor/Elaichi_Ghar/feedback?page=2",
        "records": [_feedback_vendor("Elaichi_Ghar", 2876, 97.4)],
    },
    # Ukrainian shop front: h1.lp-prodavets Opishnia_Hlyna the vendor of every card; four
    # article.lp-tovar; "Категорія:" the category; "Відправка з:" / "Доставка:"; "PRICE ₴" (no-break
    # spaces; "≈ ... BTC" a conversion). No next page ("Показано 4 з 4").
    "holdout/lypovyidvir_shopfront_uah_uk.html": {
        "template": "lypovyidvir_shopfront_uk", "url": _LYPOV + "/magazyn/Opishnia_Hlyna",
        "type": "listing_index",
        "records": [
            _listing("Глечик розписний, 1,5 л", 1250.0, "UAH", "Opishnia_Hlyna", "Глечики", "Україна",
                     ["Україна", "Польща"]),
            _listing("Миска з півником, Ø 18 см", 480.0, "UAH", "Opishnia_Hlyna", "Миски", "Україна",
                     ["країни ЄС"]),
            _listing("Горнятко з поливою, 350 мл", 320.0, "UAH", "Opishnia_Hlyna", "Чашки", "Україна",
                     ["Україна"]),
            _listing("Макітра для маку, 3 л", 2150.0, "UAH", "Opishnia_Hlyna", "Макітри", "Україна",
                     ["Весь світ"]),
        ],
    },
    # Vietnamese category, windows-1258: four li.vq-sp rows; a.vq-ten the title; "Danh mục:" the
    # category; "Người bán:" the vendor; "Gửi từ: FROM — Giao đến: TO"; "PRICE ₫" (VND; "≈ ... XMR"
    # a conversion). The sidebar's subcategories are no rows. "Trang sau »" to page 2.
    "holdout/chobensong_category_vnd_vi_cp1258.html": {
        "template": "chobensong_category_vi", "url": _BENSONG + "/danh-muc/tra-ca-phe",
        "type": "listing_index",
        "next": _BENSONG + "/danh-muc/tra-ca-phe?trang=2",
        "records": [
            _listing("Trà sen Tây Hồ ướp thủ công, hộp 100 g", 450000.0, "VND", "Sen_Ho_Tay", "Trà sen",
                     "Việt Nam", ["Toàn thế giới"]),
            _listing("Cà phê Robusta Buôn Ma Thuột rang mộc, 500 g", 185000.0, "VND", "Rang_Moc_DakLak",
                     "Cà phê hạt", "Việt Nam", ["Việt Nam", "Campuchia"]),
            _listing("Trà Shan tuyết cổ thụ Hà Giang, 200 g", 1250000.0, "VND", "Shan_Tuyet_HG", "Trà xanh",
                     "Việt Nam", ["Châu Á"]),
            _listing("Phin nhôm pha cà phê, bộ 2 cái", 65000.0, "VND", "Rang_Moc_DakLak", "Dụng cụ pha",
                     "Việt Nam", ["Việt Nam"]),
        ],
    },
    # Redmine board message, Indonesian: h2 the subject; "Ditambahkan oleh NAME AGE yang lalu" the
    # names, the age link's title the time; "Rudi Hartono menulis:" over a blockquote a quote; the
    # attachment no body. No poster statistics: no author records.
    "holdout/redmine_board_message_id.html": {
        "template": "redmine_message_id", "url": _BAMBU + "/boards/3/topics/118", "type": "thread",
        "records": [
            {"type": "thread", "title": "Lem epoksi atau serat rami untuk sambungan?"},
            _post("Rudi Hartono", "2026-11-17T20:15:00", 0,
                  "Kami sedang membuat rangka ketiga dari bambu petung.\n"
                  "Untuk sambungan di bottom bracket, mana yang lebih awet: lem epoksi dengan serat karbon "
                  "atau serat rami yang dililit?", []),
            _post("Sari Wulandari", "2026-11-18T21:05:00", 1,
                  "Kami pakai serat rami yang direndam epoksi, sudah dua tahun tidak ada retak.\n"
                  "Yang penting bambunya benar-benar kering, kadar airnya di bawah 12 persen.",
                  ["Rudi Hartono"]),
            _post("Agus Prasetyo", "2026-11-20T08:40:00", 2,
                  "Setuju, rami lebih mudah didapat dan lebih murah.\n"
                  "Jangan lupa amplas dulu permukaan bambunya supaya epoksinya menempel.", []),
            _post("Rudi Hartono", "2026-11-20T11:20:00", 3,
                  "Terima kasih semuanya, minggu ini kami coba rami dulu.", []),
        ],
    },
    # Persian thread, right to left, a table: th.zr-subject the title (after "موضوع:"); td.zr-side's
    # b the names; "تعداد پست:" / "تاریخ عضویت:" the statistics (Solar Hijri); span.zr-when the
    # times (Solar Hijri; "امروز" today); fieldset.zr-cite "NAME نوشته:" quotes, nested in the
    # third post; div.zr-footnote and div.zr-edited no body.
    "holdout/anjomansofalgaran_thread_quotes_fa.html": {
        "template": "anjomansofalgaran_thread_fa", "url": _SOFAL + "/mozu/3391", "type": "thread",
        "records": [
            {"type": "thread", "title": "ترک خوردن لعاب فیروزه‌ای بعد از پخت"},
            _post("kuzehgar_reza", "2026-11-18T19:42:00", 0,
                  "لعاب فیروزه‌ای روی کاسه‌ها بعد از پخت ترک‌های ریز برمی‌دارد.\n"
                  "دمای کوره را روی ۱۰۵۰ درجه گذاشته بودم. مشکل از لعاب است یا از بدنه؟", []),
            _post("golnaz_sofal", "2026-11-19T08:15:00", 1,
                  "به احتمال زیاد ضریب انبساط لعاب با بدنه جور نیست.\n"
                  "کمی سیلیس بیشتر به لعاب اضافه کن و دوباره یک کاسهٔ آزمایشی بپز.", ["kuzehgar_reza"]),
            _post("ostad_naeini", "2026-11-20T10:05:00", 2,
                  "حرف گلناز درست است.\n"
                  "سرد شدن کوره را هم آهسته‌تر کن و تا زیر ۲۰۰ درجه در کوره را باز نکن.",
                  ["golnaz_sofal", "kuzehgar_reza"]),
            _author("kuzehgar_reza", 87, "2023-02-22"),
            _author("golnaz_sofal", 1234, "2019-10-04"),
            _author("ostad_naeini", 4507, "2013-06-26"),
        ],
    },
    # Bulgarian profile: h2.pc-ime stoyan_rezbar (petya_dar, greeted in the top bar, is the
    # reader); "Мнения: 3 152" the posts (topics, thanks and posts a day no posts);
    # "Регистриран: 14 март 2019 г." joined. The recent posts are links, not records.
    "holdout/darvodelskiklub_member_profile_bg.html": {
        "template": "darvodelskiklub_profile_bg", "url": _DARVO + "/chlen/stoyan_rezbar", "type": "profile",
        "records": [_author("stoyan_rezbar", 3152, "2019-03-14")],
    },
    # Hungarian queue "Túl sok látogató — kérjük, várjon": position 23 of 118, a refresh every
    # 20 seconds: a ddos_protection page, no records.
    "holdout/bazarudvar_queue_hu.html": {
        "template": "bazarudvar_queue_hu", "url": _BAZAR + "/", "type": "ddos_protection", "records": [],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers give on the holdout side where it differs from TRUTH: measured blind with the
# parsers of 59fab6f and fcfbaef, re-recorded after the mends (5912397): none.
KNOWN_MISSES: dict[str, dict[str, Any]] = {}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(1.0)
_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)

_text = ROUND.page_text(ENCODINGS)
_posts = ROUND.records_of("post")
_listings = ROUND.records_of("listing")
_authors = ROUND.author_stats
_NBSP = "\u00a0"


def _found(pattern: str, text: str, flags: int = 0) -> re.Match[str]:
    match = re.search(pattern, text, flags)
    assert match is not None, pattern
    return match




def test_six_market_pages_and_four_forum_pages() -> None:
    kinds = sorted(t["type"] for t in TRUTH.values())
    assert kinds == sorted(["listing", "listing_index", "listing_index", "listing_index", "vendor",
                            "feedback", "thread", "thread", "profile", "ddos_protection"])
    for page, truth in TRUTH.items():
        if truth["type"] == "thread":
            authors = [p["author"] for p in _posts(page)]
            assert [p["index"] for p in _posts(page)] == list(range(len(authors)))
            # An author record for every poster whose statistics the page shows, once, in order
            # of first post: the Persian thread shows them, Redmine shows none.
            named = [r["name"] for r in ROUND.records_of("author")(page)]
            assert named == (list(dict.fromkeys(authors)) if "zr-stat" in _text(page) else []), page
            # Every thread quotes a member.
            assert any(p["quotes"] for p in _posts(page)), page
        elif truth["type"] == "ddos_protection":
            assert truth["records"] == []
        else:
            assert truth["records"] and _posts(page) == [], page


def test_ten_languages_no_english_and_one_page_in_windows_1258() -> None:
    langs = ROUND.page_langs(ENCODINGS)
    assert sorted(langs.values()) == ["bg", "fa", "hi", "hu", "id", "ko", "ro", "th", "uk", "vi"]
    assert set(ENCODINGS) == {page for page in TRUTH if "cp1258" in page}


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
test_every_post_body_is_written_on_its_page_line_by_line = ROUND.bodies_on_its_page(ENCODINGS)
test_every_address_of_the_truth_and_the_pages_is_a_fictional_host = ROUND.fictional_hosts(ENCODINGS)


def test_the_romanian_listing_price_is_the_checked_tier_of_its_table() -> None:
    page = "holdout/hanulnegustorilor_listing_tiers_xmr_ro.html"
    text = _text(page)
    (listing,) = _listings(page)
    tiers = re.findall(r'<td><input type="radio" name="treapta" value="(\d+)"( checked)?></td>'
                       r"<td>\d+ borcane?</td><td>([\d,]+) XMR</td><td>([\d,]+) XMR</td>", text)
    assert len(tiers) == 4
    for qty, _, each, total in tiers:
        assert round(int(qty) * shown_number(each, ".", ","), 4) == shown_number(total, ".", ",")
    (chosen,) = [each for _, checked, each, _ in tiers if checked]
    assert shown_number(chosen, ".", ",") == listing["price"] and listing["currency"] == "XMR"
    assert f"De plată: <strong>{chosen} XMR</strong>" in text
    rate = shown_number(_found(r"1 XMR = ([\d.,]+) lei", text).group(1), ".", ",")
    lei = shown_number(_found(r"\(≈ ([\d.,]+) lei\)", text).group(1), ".", ",")
    assert round(listing["price"] * rate, 2) == lei
    facts = dict(re.findall(r"<dt>([^<]+)</dt><dd>([^<]+)</dd>", text))
    assert (facts["Categorie"], facts["Expediat din"]) == (listing["category"], listing["ships_from"])
    assert facts["Livrează în"].split(", ") == listing["ships_to"]
    assert re.findall(r'<a href="/categorie/[a-z/-]+">([^<]+)</a>', text)[-1] == listing["category"]
    assert _found(r'Vânzător: <a href="/vanzator/(\w+)">\1</a>', text).group(1) == listing["vendor"]


def test_the_korean_search_cards_are_the_truths_and_their_btc_the_conversions() -> None:
    page = "holdout/supsokjangteo_search_cards_krw_ko.html"
    text = _text(page)
    cards = re.findall(r'<span class="sj-cat">([^<]+)</span>\s*'
                       r'<a class="sj-title" href="/item/\d+">([^<]+)</a>\s*'
                       r'<div class="sj-seller">판매자 <a href="/seller/\w+">(\w+)</a>.*?</div>\s*'
                       r'<div class="sj-ship">(\S+) 발송 · 배송지역: ([^<]+)</div>\s*'
                       r'<div class="sj-price"><strong>([\d,]+)원</strong> <small>≈ ([\d.]+) BTC</small>',
                       text)
    ROUND.check_listings([(t, shown_number(p, ","), "KRW", v, c, f, to.split(", "))
                          for c, t, v, f, to, p, _ in cards], page)
    rate = shown_number(_found(r"1 BTC = ₩([\d,]+)", text).group(1), ",")
    assert [f"{shown_number(p, ',') / rate:.8f}" for *_, p, _ in cards] == [btc for *_, btc in cards]
    assert text.count('class="sj-card"') == 4 and '<aside class="sj-filter">' in text
    nxt = _found(r'<a class="sj-next" href="([^"]+)">다음 ›</a>', text).group(1)
    assert _SUPSOK + html.unescape(nxt) == TRUTH[page]["next"]


_THAI_MONTHS = {m: i for i, m in enumerate([
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
    "ตุลาคม", "พฤศจิกายน", "ธันวาคม"], 1)}


def test_the_thai_vendor_key_is_real_and_its_member_day_in_the_buddhist_era() -> None:
    page = "holdout/talatchanphen_vendor_pgp_th.html"
    text = _text(page)
    # The base64 lines between the armour's blank line and its CRC line ("=NHFt").
    armour = _found(r'<textarea class="cp-key"[^>]*>\s*-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n'
                    r"(.*?)\n=\S{4}\n-----END PGP PUBLIC KEY BLOCK-----", text, re.S).group(1)
    assert v4_fingerprint(armour) == _FP_CHADOI
    assert _found(r"ลายนิ้วมือ: <code>([0-9a-f]{40})</code>", text).group(1).upper() == _FP_CHADOI
    (vendor,) = ROUND.records_of("vendor")(page)
    facts = dict(re.findall(r"<tr><th>([^<]+)</th><td>([^<]+)</td></tr>", text))
    day, month, year = facts["สมาชิกตั้งแต่"].split()
    assert f"{int(year) - 543}-{_THAI_MONTHS[month]:02}-{int(day):02}" == vendor["member_since"]
    reviews, positive = _found(r"([\d,]+) รีวิว \(เชิงบวก ([\d.]+)%\)", facts["รีวิวทั้งหมด"]).groups()
    assert (shown_number(reviews, ","), float(positive)) == (vendor["feedback_count"], vendor["rating"])
    assert facts["ยอดขายสำเร็จ"] == "3,208 ครั้ง" and facts["เข้าใช้งานล่าสุด"].startswith("วันนี้")
    assert vendor["has_pgp_key"] is True and _listings(page) == [] and text.count('href="/item/') == 3


def test_the_hindi_feedback_page_carries_its_vendor_and_the_totals_shown() -> None:
    page = "holdout/haatbazaar_vendor_feedback_hi.html"
    text = _text(page)
    (vendor,) = ROUND.records_of("vendor")(page)
    boxes = dict(re.findall(r'<span class="hb-label">([^<]+)</span> <span class="hb-num">([^<]+)</span>',
                            text))
    total = shown_number(boxes["कुल प्रतिक्रियाएँ"], ",")
    split = _found(r"सकारात्मक: ([\d,]+) · तटस्थ: ([\d,]+) · नकारात्मक: ([\d,]+)", text).groups()
    positive, neutral, negative = (shown_number(n, ",") for n in split)
    assert total == positive + neutral + negative == vendor["feedback_count"]
    assert float(boxes["सकारात्मक दर"].rstrip("%")) == vendor["rating"] == round(100 * positive / total, 1)
    # Sales in Indian grouping (a lakh, then thousands): no feedback count.
    assert boxes["कुल बिक्री"] == "1,02,340" and shown_number(boxes["कुल बिक्री"], ",") == 102340
    assert (vendor["name"], vendor["has_pgp_key"], vendor["member_since"]) == ("Elaichi_Ghar", None, None)
    assert text.count('<tr class="hb-') == 5 and len(re.findall(r"0\.\d{8} BTC", text)) == 5
    assert '<a class="hb-next" href="?page=2">अगला »</a>' in text
    assert TRUTH[page]["next"] == TRUTH[page]["url"] + "?page=2"


def test_the_ukrainian_shop_front_gives_every_card_its_shops_vendor() -> None:
    page = "holdout/lypovyidvir_shopfront_uah_uk.html"
    text = _text(page)
    (shop,) = re.findall(r'<h1 class="lp-prodavets">([^<]+)</h1>', text)
    cards = re.findall(r'<h3 class="lp-nazva"><a href="/tovar/\d+">([^<]+)</a></h3>\s*'
                       r'<div class="lp-kategoriia">Категорія: ([^<]+)</div>\s*'
                       r'<div class="lp-dostavka"><span>Відправка з: ([^<]+)</span> '
                       r'<span>Доставка: ([^<]+)</span></div>\s*'
                       r'<div class="lp-tsina">([\d\u00a0,]+)\u00a0₴ '
                       r'<span class="lp-btc">≈ ([\d.]+) BTC</span>',
                       text)
    ROUND.check_listings([(t, shown_number(p, _NBSP, ","), "UAH", shop, c, f, to.split(", "))
                          for t, c, f, to, p, _ in cards], page)
    rate = shown_number(_found(r"1 BTC = ([\d ,]+) ₴", text).group(1), " ", ",")
    assert [f"{shown_number(p, _NBSP, ',') / rate:.8f}" for *_, p, _ in cards] == [btc for *_, btc in cards]
    assert "1\u00a0250,00\u00a0₴" in text and "1 250,00" not in text  # no-break spaces only
    assert text.count('class="lp-tovar"') == 4 and "Продавець" not in text and "next" not in TRUTH[page]


def test_the_vietnamese_category_is_windows_1258_with_its_own_bytes() -> None:
    raw = (DATA / "holdout" / "chobensong_category_vnd_vi_cp1258.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'content="text/html; charset=windows-1258"' in raw and raw.count(b"charset=") == 1
    # One byte a letter the code page has (ư 0xFD, á 0xE1, Đ 0xD0, ă 0xE3, à 0xE0, ₫ 0xFE); the
    # toned letters it lacks as references: "Người bán" (ờ &#7901;), "Đăng nhập" (ậ &#7853;).
    assert raw.count(b"Ng\xfd&#7901;i b\xe1n:") == 4 and b"\xd0\xe3ng nh&#7853;p" in raw
    assert raw.count(b" \xfe <span") == 4 and b"To\xe0n th&#7871; gi&#7899;i" in raw
    assert "Người" not in html.unescape(raw.decode("latin-1"))
    assert "Người" in html.unescape(raw.decode("windows-1258"))


def test_the_vietnamese_rows_are_the_truths_and_their_xmr_the_conversions() -> None:
    page = "holdout/chobensong_category_vnd_vi_cp1258.html"
    text = html.unescape(_text(page))
    rows = re.findall(r'<a class="vq-ten" href="/san-pham/\d+">([^<]+)</a>\s*'
                      r'<div class="vq-dm">Danh mục: ([^<]+)</div>\s*'
                      r'<div class="vq-nb">Người bán: <a href="[^"]+">([^<]+)</a>[^<]*</div>\s*'
                      r'<div class="vq-vc">Gửi từ: (.+?) — Giao đến: ([^<]+)</div>\s*'
                      r'<div class="vq-gia">([\d.]+) ₫ <span class="vq-xmr">≈ ([\d,]+) XMR</span>', text)
    ROUND.check_listings([(t, shown_number(p, "."), "VND", v, c, f, to.split(", "))
                          for t, c, v, f, to, p, _ in rows], page)
    rate = shown_number(_found(r"1 XMR = ([\d.]+) ₫", text).group(1), ".")
    xmr = [f"{shown_number(p, '.') / rate:.4f}".replace(".", ",") for *_, p, _ in rows]
    assert xmr == [x for *_, x in rows]
    assert text.count('class="vq-sp"') == 4 and text.count("/danh-muc/tra-ca-phe/") == 4  # the sidebar
    assert '<a class="vq-sau" href="/danh-muc/tra-ca-phe?trang=2">Trang sau »</a>' in text


def _redmine_age(posted_at: str) -> str:
    """The words Redmine's time_tag writes for a time (Rails' distance_of_time_in_words, in
    config/locales/id.yml's words), for the ages this page shows."""
    minutes = round((NOW_TIME.replace(tzinfo=None) - datetime.fromisoformat(posted_at)).total_seconds() / 60)
    if minutes < 45:
        return f"{minutes} menit"
    if minutes < 1440:
        return "sekitar sejam" if minutes < 90 else f"sekitar {round(minutes / 60)} jam"
    return "sehari" if minutes < 2520 else f"{round(minutes / 1440)} hari"


def test_the_redmine_times_are_the_titles_and_agree_with_the_ages_shown() -> None:
    page = "holdout/redmine_board_message_id.html"
    text = _text(page)
    posts = _posts(page)
    shown = re.findall(r'Ditambahkan oleh <a class="user active" href="/users/\d+">([^<]+)</a> '
                       r'<a title="(\d\d)-(\d\d)-(\d{4}) (\d\d:\d\d)" href="[^"]+">([^<]+)</a> yang lalu',
                       text)
    assert [(n, f"{y}-{m}-{d}T{t}:00") for n, d, m, y, t, _ in shown] == [
        (p["author"], p["posted_at"]) for p in posts]
    assert [age for *_, age in shown] == [_redmine_age(p["posted_at"]) for p in posts]
    assert [age for *_, age in shown] == ["3 hari", "sehari", "sekitar 3 jam", "40 menit"]
    assert "<p>Rudi Hartono menulis:</p>\n<blockquote>" in text and posts[1]["quotes"] == ["Rudi Hartono"]
    assert "Balasan (3)" in text and len(posts) == 1 + 3
    assert "amplas-bambu.jpg" in text and all("amplas-bambu" not in p["body"] for p in posts)
    assert ROUND.records_of("author")(page) == []  # Redmine shows no poster statistics


_FA_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٬", "0123456789,")
_FA_MONTHS = {"آبان": 8}
#: 1 Farvardin (Nowruz) of each Solar Hijri year the Persian page shows, in the Gregorian calendar.
_NOWRUZ = {1392: date(2013, 3, 21), 1398: date(2019, 3, 21), 1401: date(2022, 3, 21), 1405: date(2026, 3, 21)}


def _gregorian(year: int, month: int, day: int) -> str:
    """A Solar Hijri day as a Gregorian one: months 1-6 have 31 days, 7-11 30."""
    before = (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return (_NOWRUZ[year] + timedelta(days=before + day - 1)).isoformat()


def test_the_persian_thread_dates_are_solar_hijri_and_its_truths_gregorian() -> None:
    page = "holdout/anjomansofalgaran_thread_quotes_fa.html"
    text = _text(page).translate(_FA_DIGITS)
    stats = re.findall(r'<b><a href="/karbar/\w+">(\w+)</a></b>.*?تعداد پست: ([\d,]+)</span><br>\s*'
                       r'<span class="zr-stat">تاریخ عضویت: (\d{4})/(\d\d)/(\d\d)</span>', text, re.S)
    assert len(stats) == 3
    assert {(n, int(c.replace(",", "")), _gregorian(int(y), int(m), int(d))) for n, c, y, m, d in stats} == (
        _authors(page))
    times = re.findall(r'<span class="zr-when">(?:\S+ (\d+) (\S+) (\d{4})|امروز) - (\d\d:\d\d)</span>', text)
    days = [_gregorian(int(y), _FA_MONTHS[m], int(d)) if y else day_ago(0) for d, m, y, _ in times]
    assert [f"{day}T{t}:00" for day, (*_, t) in zip(days, times, strict=True)] == [
        p["posted_at"] for p in _posts(page)]


def test_the_persian_nested_quote_credits_both_members_outer_first() -> None:
    page = "holdout/anjomansofalgaran_thread_quotes_fa.html"
    text = _text(page)
    legends = re.findall(r"<legend>(\w+) نوشته:</legend>", text)
    assert legends == ["kuzehgar_reza", "golnaz_sofal", "kuzehgar_reza"]
    assert [p["quotes"] for p in _posts(page)] == [[], ["kuzehgar_reza"], ["golnaz_sofal", "kuzehgar_reza"]]
    assert "گِل را باید شنید" in text and "ویرایش شده توسط ostad_naeini" in text
    assert all("گِل" not in p["body"] and "ویرایش" not in p["body"] and "نوشته" not in p["body"]
               for p in _posts(page))


_BG_MONTHS = {m: i for i, m in enumerate([
    "януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември",
    "декември"], 1)}


def test_the_bulgarian_profile_names_its_member_and_not_its_reader() -> None:
    page = "holdout/darvodelskiklub_member_profile_bg.html"
    text = _text(page)
    (author,) = TRUTH[page]["records"]
    assert _found(r'<h2 class="pc-ime">([^<]+)</h2>', text).group(1) == author["name"]
    assert 'Здравей, <a href="/chlen/petya_dar">petya_dar</a>' in text  # the reader, logged in
    facts = dict(re.findall(r"<dt>([^<]+):</dt><dd>([^<]+)</dd>", text))
    day, month, year = _found(r"^(\d+) (\S+) (\d{4}) г\.$", facts["Регистриран"]).groups()
    assert f"{year}-{_BG_MONTHS[month]:02}-{int(day):02}" == author["joined"]
    posts = _found(r"^([\d ]+) \(1,12 на ден\)$", facts["Мнения"]).group(1)
    assert shown_number(posts, " ") == author["post_count"]
    assert (facts["Теми"], facts["Получени благодарности"]) == ("187", "640")  # no posts
    assert author["type"] == "author" and "next" not in TRUTH[page]


def test_the_hungarian_queue_asks_to_wait_and_carries_no_records() -> None:
    page = "holdout/bazarudvar_queue_hu.html"
    text = _text(page)
    assert '<meta http-equiv="refresh" content="20">' in text
    place = _found(r"a <strong>(\d+)\.</strong> helyen áll \(összesen (\d+) látogató\)", text)
    assert place.groups() == ("23", "118")
    assert "<form" not in text and "<input" not in text
    assert TRUTH[page]["records"] == [] and "next" not in TRUTH[page]
