"""parsers.parse_page on round-45 generality pages (tests/data/general_r45): a fully BLIND held-out
set of a balanced "typical crawl" in ten languages of ten scripts and both directions, five forum
pages and five market pages. Ten pages, all on the HOLDOUT side (no tune side: no rule was written
for any of them), each an engine, template or layout in no earlier round, with fictional names,
words, dates and prices put in. Three forum threads with quotes and RELATIVE dates in their own
languages (one in EUC-JP), a member profile and a board's topic list (Gnuboard 5, an engine no
round used); a market listing, a grid of cards, a vendor page with a real PGP key, a vendor's
feedback page with totals and a captcha page. Numbers and dates as the languages write them:
full-width digits (Japanese), Arabic-Indic digits with the Arabic separators ٬ ٫ ٪, Devanagari
digits in the Indian lakh grouping, Thai digits and the Buddhist year, genitive month names (Greek,
Ukrainian), 12-hour clocks with native day halves (午前/午後, 下午, μ.μ./π.μ., م); currencies as
signs or words (₹, रुपये, บาท, ر.س, грн).

Every page is an engine, template or layout in none of rounds 3-43, tests/data/forums_general,
tests/data/markets_general, board_posts, card_chips, card_handles, column_places, dash_pieces,
form_price, glued_labels, kind_shares, list_rows, member_tiles, mend_forum_lists, mend_market_r38,
note_tails, panel_cards, poster_panels, profile_shapes, prose_profiles, since_line, solar_hijri,
stat_lines, topic_rows or vendor_sections (round 44, built at the same time by another helper, was
neither read nor used: its directory and module were left out of every grep): their directories
were listed (the first word of every page name: no gnuboard, yogishanokai, jiyouyehua,
ebrusofrasi, fotoleschi, dukkanalfajr, raatkamela, talatnamyamduek, svitankovalavka or
mercatdenuech) and grepped, with the round modules and the parsers' test modules, for each page's
names and class names, and none of Gnuboard's bo_list, td_subject, sv_wrap, sv_member, cnt_cmt or
pg_wrap, nor the invented prefixes class="yg- (the Japanese thread), qy- (the Chinese thread), eb-
(the Turkish thread), xf- (the Greek profile), wg- (the Arabic feedback page), rm- (the Hindi
listing), iq- (the Thai cards), kv- (the Ukrainian vendor) or dq- (the Occitan captcha), nor the
words 夜汽車, 動力車, 投稿日, さんは書きました, 集邮, 邮票, 写道, Ebru, kitre, "dedi ki", "Mesaj:",
Θερμαϊκ, Καλαμαρ, Ευχαριστίες, "Τελευταία επίσκεψη", 실타래, 손뜨개, إجمالي, صابون, Sabun_Nablus,
Bhadohi, भदोही, कालीन, เบญจรงค์, บ่อสร้าง, ถัดไป, Mai_Surin, Kosivska, Косів, Відбиток, вересня,
"На майданчику", "Mercat de", Nuèch, Verificacion, sètz, Contunhar, nor any member or vendor name
of this round is in them. Found and no sign of the same layout: 登録日 (the common Japanese
"registered on": rounds 28, 29, 35 and 37), Katılım (round 25's Turkish PHP-Fusion: the common
Turkish "joined"), Εγγραφή (round 37's Greek Liferay thread) and Μηνύματα (the parsers' tests:
the common Greek labels), ر.س (the parsers' tests), ₹ (rounds 19, 20, 23 and 36), บาท (round
36's Thai vendor page and the parsers' tests). Names first chosen that earlier rounds used were
renamed before any truth was written: Opishnia (round 36's Ukrainian shop front: the vendor and
its key were made again as Kosivska_Polyva), the quote head "引用 NAME 的发言" (round 33's Chinese
thread; here "NAME 写道："), the numbers 2 418 and 1 287 (round 42).
Languages: Japanese, Chinese (simplified), Turkish, Greek, Korean, Arabic (right to left), Hindi,
Thai, Ukrainian and Occitan (no earlier page declared ``lang="oc"``). One page is in EUC-JP (the
Extended Unix Code old Japanese Perl CGI boards kept): declared by ``<META http-equiv=
"Content-Type" content="text/html; charset=EUC-JP">``; every kana, kanji and full-width digit two
bytes (投稿数 C5EA B9C6 BFF4, "１，２０４" A3B1 A1A4 A3B2 A3B0 A3B4) that Shift_JIS reads otherwise.

forum pages
  - a Japanese thread in EUC-JP ("夜汽車の会", model railways: cleaning an old motor car), an old
    Perl CGI board's tables written from memory (upper-case tags, FONT, one TABLE a message):
    B.yg-namae the names; "投稿数：１，２０４件" and "登録日：２０１９年４月３日" in FULL-WIDTH
    digits; "投稿日：２０２６年１１月１５日（日）午後１０時０５分" (午後 the afternoon), "昨日
    午前７時５０分", "３時間前", "２５分前"; DIV.yg-inyo "NAME さんは書きました：" and "&gt;" lines
    a quote; P.yg-henshu "［最終編集：...］" and DIV.yg-shomei after a rule no body.
  - a Chinese thread ("集邮夜话", stamps with yellowed gum), a custom onion-forum layout written
    from memory: article.qy-lou, a.qy-zuozhe the names; "帖子 3,204" and "注册于 2014年8月9日";
    "发表于 前天 21:40", "昨天 下午3:15" (下午 the afternoon), "5小时前", "半小时前" (half an
    hour); blockquote.qy-yinyong "NAME 写道：" a quote; the edit note and signature no body.
  - a Turkish thread ("Ebru Sofrası", paper marbling), written from memory: div.eb-ileti, a bar of
    the name, rank, "Mesaj: 2.046" (a dot between thousands), "Katılım: 9 Şubat 2017" and the
    RELATIVE times ("3 gün önce" a day only, its title "17.11.2026"; "Dün, 21:40"; "4 saat önce";
    "12 dakika önce"); div.eb-alinti "NAME dedi ki:" a quote; "Son düzenleme: ..." and the
    signature no body.
  - a Greek member PROFILE ("Φωτολέσχη Θερμαϊκού", photography), written from memory: h1.xf-onoma,
    a sidebar dl "Εγγραφή" "27 Σεπτεμβρίου 2015" (a genitive month), "Μηνύματα" "3.529" (the
    posts; Θέματα, Ευχαριστίες no posts), "Τελευταία επίσκεψη" "χθες, 9:40 μ.μ." (no join day);
    the recent posts' "18 Νοε 2026, 8:14 π.μ."; the reader logged in (nikos_thess) in the header.
  - a Korean TOPIC LIST of Gnuboard 5 (the PHP board most Korean sites run; "실타래 공방",
    knitting): rebuilt from gnuboard/gnuboard5 skin/board/basic/list.skin.php (read: div#bo_list,
    nav#bo_cate, the table's td.td_num "공지" on notices, td.td_subject with the category link
    a.bo_cate_link before the subject's link and the comment count inside it, td.td_name.sv_use,
    td.td_date, form#fboardlist, fieldset#bo_sch), view.skin.php and view_comment.skin.php (read,
    for the board's markup and words), and lib/common.lib.php's get_list and get_sideview (read
    in excerpts found by string search: the count as span.cnt_cmt; today's posts with a time,
    older ones a day; the name a.sv_member in span.sv_wrap with its menu span.sv, and a noscript
    copy of the menu as remembered); the theme's head
    (#hd, #tnb, #gnb) and get_paging's nav.pg_wrap (strong.pg_current, a.pg_page, "맨끝") as
    remembered. Six topics (a notice first), one thread record each; page 2 the next page.

market pages (written from memory of public descriptions of darknet-market layouts; every
market, vendor, product, price and class name is invented; only innocuous goods: soap, a carpet,
silk, a paper umbrella, cups, a cookery book, pottery)
  - an Arabic FEEDBACK page, right to left ("دكان الفجر", Sabun_Nablus): "إجمالي التقييمات"
    "٣٬١٥٦" and "٩٨٫٣٪" in Arabic-Indic digits with the Arabic thousands and decimal signs, over
    "إيجابي ٣٬١٠٢ / محايد ٣٥ / سلبي ١٩"; four review cards ("قبل ٣ ساعات", "أمس ٩:٤٠ م", "١٦
    نوفمبر ٢٠٢٦"; the items' "١٨٥٫٠٠ ر.س" no vendor facts); "التالي ›" to page 2.
  - a Hindi LISTING ("रात का मेला"): "₹ १,२४,५००" in Devanagari digits and the lakh grouping
    the price, over "≈ 0.01531 BTC" (a conversion at the bar's "1 BTC ≈ ₹81,32,000"; the
    postage in रुपये and the sidebar's other items no price); a th/td table विक्रेता, "कहाँ से
    भेजा जाएगा", "कहाँ तक भेजते हैं"; the crumbs' last कालीन the category.
  - a Thai GRID OF CARDS ("ตลาดน้ำยามดึก", "สินค้ามาใหม่"): four div.iq-sinkha, a category pill,
    a title, "โดย VENDOR", "ส่งจาก ไทย ไปยัง TO" and "๒,๔๕๐ บาท" in Thai digits (one card's
    struck "๑,๐๕๐" and "-๑๕%" no price; "ลงขาย ๑๘ พ.ย. ๒๕๖๙" in the Buddhist year); the sidebar's
    categories and price ranges no cards; "ถัดไป ›".
  - a Ukrainian VENDOR page ("Світанкова лавка"): "На майданчику з 17 вересня 2021 р." (a
    genitive month), "Відгуків 2 731" and "Позитивних 99,3 %" (no-break spaces), "Відбиток
    ключа:" in groups of four over the armoured key in a pre inside a closed details; the three
    products and their грн prices are links, not records.
and an Occitan CAPTCHA page ("Mercat de Nuèch"): "Verificacion de seguretat", an image of six
characters, an answer box and "Contunhar"; the site wants a human; no records.
The key is a REAL OpenPGP v4 public key (ed25519) generated for this round with gpg in a
throwaway GnuPG home under /tmp that was deleted afterwards.

How close each page is to a real site: the Gnuboard list follows its engine's markup as read
above; the other nine are shaped from memory (Perl CGI tables, floor-numbered posts, poster bars,
profile sidebars, RTL feedback summaries, labelled fact tables, card grids, key fingerprints in
groups, captcha boxes). Page frames, strings and all content are invented for this round; sites
and addresses are fictional (made-up 56-character .onion names; the Ukrainian key's user id an
.example address, inside its base64; no page names any other host).

Truth conventions, as rounds 24-43: a post's body without quotes, signatures and edit notes;
quotes name the quoted members; relative dates resolve against the harness's NOW_TIME
(2026-11-20 12:00), "N days ago" to a day only (as round 16); an author record for every poster
whose statistics the page shows, once, in order of first post; a profile gives its member's
record; a topic list one thread record per topic (a notice too, as round 42's pinned topic); a
listing's price is the one a buyer pays (conversions, struck prices, postage and other items'
prices no price); the category is the last crumb or the labelled value; a vendor page's product
links give no listing records; a feedback page gives its vendor's record with the totals shown
(has_pgp_key None); a captcha page no records.

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (d8340f9) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 45 --side holdout --misses``): those of 59fab6f (the last session's end), of be54f82
(rounds 34 to 41 mended), of 2070bd1 (rounds 42 and 43 too) and of 747bc53 (the end of that
session, measured at the next one's start: some refactors and speed changes later, every value
the same). None had seen this round's pages; every helper who wrote those mends kept it out of
every scan.

    template                   59fab6f  be54f82  2070bd1  747bc53
    mercatdenuech_captcha_oc     0.000    0.000    0.000    0.000  (a captcha read as a queue)
    svitankovalavka_vendor_uk    0.000    0.000    0.000    0.000  (a vendor over items read as cards)
    talatnamyamduek_cards_th     0.056    0.708    0.708    0.708  (Thai digits; places; categories)
    gnuboard5_list_ko            0.400    0.400    0.400    0.400  (a topic table)
    yogishanokai_thread_ja       0.724    0.724    0.724    0.724  (full-width times; bodies)
    jiyouyehua_thread_zh         0.741    0.741    0.741    0.741  (下午 times; bodies)
    dukkanalfajr_feedback_ar     0.750    0.750    0.750    0.750  (Arabic-Indic totals)
    ebrusofrasi_thread_tr        0.893    0.893    0.893    0.893  (relative dates; a body)
    raatkamela_listing_hi        0.933    0.933    0.933    0.933  (category)
    fotoleschi_profile_el 1.000
    overall                      0.622    0.710    0.710    0.710

This round and round 44 are this session's final blind measure: the parsers of 59fab6f are the last
session's, those of be54f82 carry this session's mends of rounds 34 to 41, those of 2070bd1 those of
rounds 42 and 43 too. The mends of rounds 34 to 41 carried here on the Thai cards, read as a forum's
topic list at the start and as cards since (+0.088); those of rounds 42 and 43 nothing. Blind scores
of the rounds (3 to 44): 0.646, 0.778, 0.714, 0.946, 0.798, 0.699, 0.601, 0.750, 0.857, 0.466,
0.612, 0.538, 0.773, 0.313, 0.694, 0.684, 0.376, 0.578, 0.517, 0.514, 0.848, 0.777, 0.858, 0.406,
0.782, 0.902, 0.752, 0.831, 0.738, 0.820, 0.891, 0.770, 0.942, 0.679, 0.736, 0.893, 0.837, 0.587,
0.741, 0.919, 0.667, 0.858 and here 0.710 (0.622 at this session's start). KNOWN_MISSES held every
wrong value of 2070bd1 (empty since the mends below). This round is BLIND: do not tune the parsers
on its pages; mend a miss only as a general mechanism, with test pages of its own, and say so here.

Mended after its blind measure, each miss by a general mechanism with test pages of its own
(34c082b to 7dbbd68): a vendor's tiles whose label runs into one value read as label and value, and
counts, shares and totals in a script's own digits (parsers.glued_labels, parsers.native_figures);
a captcha naming the DDoS attack in a sentence is no DDoS wall (parsers.ddos_mention); a topic
table's member menus and counted titles (parsers.member_menu, parsers.title_counts); a struck bare
old price, the counted category list beside the cards, cards' routes as the sentence every card
writes alike, a crumb path inside a nav (parsers.struck, parsers.facet_names,
parsers.aligned_route, parsers.crumb_trail); times as the CLDR's patterns sign them and its words
for the halves of the day, Chinese half units ago, dates above an edit note, full-width figures,
brackets around an edit note, one-word permalinks (parsers.times_of_day, parsers.dates,
parsers.edit_dates, parsers.poster_stats, parsers.post_notes, parsers.poster_panels): 0.710 ->
1.000.
"""

from __future__ import annotations

import html
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from tests.general_rounds import (
    Round,
    _author,
    _feedback_vendor,
    _listing,
    _post,
    _vendor,
    day_ago,
    shown_number,
    time_ago,
    v4_fingerprint,
)

DATA = Path(__file__).parent / "data" / "general_r45"

_YOGI = "http://yogishanokaibymilg5dov2xzs3r4zjutexqrzglcfrgy7jjrc37jrwd.onion"
_JIYOU = "http://jiyouyehua4u5avqw553ap2oddaru5bmkatsrihkr6b3gcuwo2xz2gwd.onion"
_EBRU = "http://ebrusofrasil7kibfbuewzagcukku72pzog4ki6qon2sdsiwzdjf6f5d.onion"
_FOTO = "http://fotoleschio3maaqyxx233u2t55p7azfypprvywgpjkuygcm4gcq4qad.onion"
_SILT = "http://siltaraegongbangw6xuzmycuira4chmdllhggtvevuklmtyguyorztd.onion"
_DUKK = "http://dukkanalfajrp5k62dpk3yeampqdyvt4f5da6ekrcdhnbkqweqofi3md.onion"
_RAAT = "http://raatkamelarlhcozrxkdd7ziaqxv6cxu2z7kaujfy5dzr3lsb3w3r2wd.onion"
_TALAT = "http://talatnamyamduek5h2px456hw2jd2tukiq4hsa7hbudwijgytqo3upid.onion"
_SVIT = "http://svitankovalavkap3k4ffxf5pnrmotp6fw5hvkk5wvsbd2jlqoa5rwpd.onion"
_NUECH = "http://mercatdenuechpprpdjh6socpjsd7ednmxjn52brrcj3sdkefcwxhvgd.onion"
_FP_SVIT = "88575ABBB84F704958FEC5A3DD5F7C6A36A1559E"

#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {"holdout/yogishanokai_thread_ja_eucjp.html": "euc-jp"}

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # Japanese thread, EUC-JP: the TITLE, the crumbs' last part and B.yg-sure the title;
    # B.yg-namae the names; "投稿数：" / "登録日：" the statistics in full-width digits; "投稿日："
    # the times (午後 afternoon, "昨日" yesterday, "時間前" hours ago, "分前" minutes ago);
    # "NAME さんは書きました：" quotes; P.yg-henshu and DIV.yg-shomei no body.
    "holdout/yogishanokai_thread_ja_eucjp.html": {
        "template": "yogishanokai_thread_ja", "url": _YOGI + "/patio.cgi?read=3318", "type": "thread",
        "records": [
            {"type": "thread", "title": "古い動力車の分解清掃について"},
            _post("yamanote_tetsu", "2026-11-15T22:05:00", 0,
                  "二十年ほど前に買った動力車が、最近ぎくしゃくと走るようになりました。\n"
                  "分解して清掃したいのですが、モーターの軸受けには何の油を差せばいいでしょうか。", []),
            _post("kiha58_fan", f"{day_ago(1)}T07:50:00", 1,
                  "軸受けには模型用の精密機械油を、ほんの一滴だけにしてください。\n"
                  "差しすぎると油が車輪に回って、かえって空転の原因になります。", ["yamanote_tetsu"]),
            _post("sl_momiji", time_ago(hours=3), 2,
                  "集電板の汚れも見てみてください。綿棒に無水アルコールを少し含ませて拭くだけで、"
                  "走りがずいぶん変わりますよ。", []),
            _post("yamanote_tetsu", time_ago(minutes=25), 3,
                  "ありがとうございます。集電板を拭いて油を一滴差したら、見違えるように滑らかに走りました。",
                  ["sl_momiji"]),
            _author("yamanote_tetsu", 1204, "2019-04-03"),
            _author("kiha58_fan", 2956, "2012-06-30"),
            _author("sl_momiji", 87, "2024-12-01"),
        ],
    },
    # Chinese thread: h1.qy-biaoti the title; a.qy-zuozhe the names; "帖子" / "注册于" the
    # statistics; "发表于" the times ("前天" two days ago, "昨天 下午" yesterday afternoon,
    # "小时前" hours ago, "半小时前" half an hour ago); "NAME 写道：" quotes; the edit note and
    # div.qy-qianming no body.
    "holdout/jiyouyehua_thread_relative_zh.html": {
        "template": "jiyouyehua_thread_zh", "url": _JIYOU + "/tiezi/5821", "type": "thread",
        "records": [
            {"type": "thread", "title": "T字头邮票的背胶泛黄还能救吗？"},
            _post("youpiao_laozhang", f"{day_ago(2)}T21:40:00", 0,
                  "前几年收的一套特种邮票，最近发现背胶有点泛黄。\n这种情况还能处理吗？会不会影响品相？", []),
            _post("jiyou_xiaoli", f"{day_ago(1)}T15:15:00", 1,
                  "背胶泛黄多半是受潮了，千万别用水泡。\n先放进密封袋，和干燥剂一起存放，再夹进护邮袋里避光保存。",
                  ["youpiao_laozhang"]),
            _post("lao_youdi", time_ago(hours=5), 2,
                  "同意楼上。另外邮册最好竖着放，不要平放压着，否则邮票容易粘在一起。", []),
            _post("youpiao_laozhang", time_ago(minutes=30), 3,
                  "谢谢各位！已经换了护邮袋，邮册也都竖起来放了。", ["lao_youdi"]),
            _author("youpiao_laozhang", 3204, "2014-08-09"),
            _author("jiyou_xiaoli", 12875, "2009-03-02"),
            _author("lao_youdi", 461, "2021-11-30"),
        ],
    },
    # Turkish thread: h1.eb-konu-baslik the title; a.eb-uye the names; "Mesaj:" / "Katılım:" the
    # statistics; span.eb-zaman the RELATIVE times ("3 gün önce" a day only, "Dün," yesterday,
    # "saat önce" hours ago, "dakika önce" minutes ago); "NAME dedi ki:" quotes;
    # div.eb-duzenleme and div.eb-imza no body.
    "holdout/ebrusofrasi_thread_relative_tr.html": {
        "template": "ebrusofrasi_thread_tr", "url": _EBRU + "/konu/1742", "type": "thread",
        "records": [
            {"type": "thread", "title": "Boya neden teknede dağılıp batıyor?"},
            _post("hezarfen_nur", day_ago(3), 0,
                  "Kitre ile hazırladığım teknede boyalar yüzeyde kalmıyor, hemen dağılıp batıyor.\n"
                  "Öd miktarını mı artırmam gerekiyor?", []),
            _post("usta_kagit", f"{day_ago(1)}T21:40:00", 1,
                  "Öd az gelmiş, her boyaya birkaç damla daha ekle ve önce küçük bir kâğıtta dene.\n"
                  "Kitrenin de en az bir gece dinlenmesi lazım, taze kitre boyayı tutmaz.", ["hezarfen_nur"]),
            _post("lale_desen", time_ago(hours=4), 2,
                  "Bir de teknenin oda sıcaklığında olmasına dikkat et. Soğuk odada boyalar hep daha kolay "
                  "batıyor.", []),
            _post("hezarfen_nur", time_ago(minutes=12), 3,
                  "Öd miktarını artırdım ve kitreyi bir gece beklettim, boyalar artık güzelce açılıyor. Çok "
                  "teşekkürler!", ["usta_kagit"]),
            _author("hezarfen_nur", 2046, "2017-02-09"),
            _author("usta_kagit", 7315, "2011-10-02"),
            _author("lale_desen", 318, "2023-04-23"),
        ],
    },
    # Greek profile: h1.xf-onoma marina_kalamaria (nikos_thess logged in is the reader);
    # "Μηνύματα" 3.529 the posts (Θέματα, Ευχαριστίες no posts); "Εγγραφή" "27 Σεπτεμβρίου
    # 2015" joined (the last visit and the recent posts' dates no join day).
    "holdout/fotoleschi_member_profile_el.html": {
        "template": "fotoleschi_profile_el", "url": _FOTO + "/melos/marina_kalamaria", "type": "profile",
        "records": [_author("marina_kalamaria", 3529, "2015-09-27")],
    },
    # Gnuboard 5 basic list, Korean: six td.td_subject, the subject's link the title (the
    # category link before it, the comment count and the new-post icon no title; the notice a
    # topic too); get_paging's page 2 the next page.
    "holdout/gnuboard5_basic_list_ko.html": {
        "template": "gnuboard5_list_ko", "url": _SILT + "/bbs/board.php?bo_table=knit", "type": "forum_index",
        "next": _SILT + "/bbs/board.php?bo_table=knit&page=2",
        "records": [
            {"type": "thread", "title": "손뜨개 게시판 이용 안내 (사진 올리는 법)"},
            {"type": "thread", "title": "대바늘 코 잡기가 자꾸 느슨해져요"},
            {"type": "thread", "title": "첫 스웨터 완성했어요! 라글란 소매"},
            {"type": "thread", "title": "울 실 세탁할 때 주의할 점 정리"},
            {"type": "thread", "title": "코바늘 5호로 목도리 뜨면 몇 타래 필요할까요?"},
            {"type": "thread", "title": "아이 겨울 모자랑 벙어리장갑 세트 떴습니다"},
        ],
    },
    # Arabic feedback page, right to left: its vendor Sabun_Nablus with the totals shown
    # ("إجمالي التقييمات" ٣٬١٥٦, "٩٨٫٣٪"); four review cards (their items' prices no vendor
    # facts); "التالي ›" to page 2.
    "holdout/dukkanalfajr_feedback_totals_ar.html": {
        "template": "dukkanalfajr_feedback_ar", "url": _DUKK + "/baai/Sabun_Nablus/taqyimat",
        "type": "feedback", "next": _DUKK + "/baai/Sabun_Nablus/taqyimat?safha=2",
        "records": [_feedback_vendor("Sabun_Nablus", 3156, 98.3)],
    },
    # Hindi listing: h1.rm-shirshak; "₹ १,२४,५००" the price (the BTC conversion, the rates bar,
    # the postage and the sidebar's items no price); विक्रेता Bhadohi_Bunkar; the last crumb
    # कालीन; "कहाँ से भेजा जाएगा" भारत; "कहाँ तक भेजते हैं" पूरी दुनिया.
    "holdout/raatkamela_listing_inr_hi.html": {
        "template": "raatkamela_listing_hi", "url": _RAAT + "/vastu/7731", "type": "listing",
        "records": [_listing("हाथ से बुना ऊनी कालीन, ४×६ फ़ुट", 124500.0, "INR", "Bhadohi_Bunkar", "कालीन",
                             "भारत", ["पूरी दुनिया"])],
    },
    # Thai grid: four div.iq-sinkha; a.iq-chue-sinkha the title; "โดย VENDOR"; span.iq-pai the
    # category; "ส่งจาก FROM ไปยัง TO"; "PRICE บาท" in Thai digits (the struck old price no
    # price). The sidebar's categories and price ranges are no cards. "ถัดไป ›".
    "holdout/talatnamyamduek_cards_thb_th.html": {
        "template": "talatnamyamduek_cards_th", "url": _TALAT + "/sinkha-mai", "type": "listing_index",
        "next": _TALAT + "/sinkha-mai?na=2",
        "records": [
            _listing("ผ้าไหมมัดหมี่ทอมือ", 2450.0, "THB", "Mai_Surin", "ผ้าทอ", "ไทย", ["ทั่วโลก"]),
            _listing("ร่มกระดาษสาบ่อสร้าง ลายดอกไม้", 890.0, "THB", "Bosang_Rom", "หัตถกรรม", "ไทย", ["เอเชีย"]),
            _listing("ชุดถ้วยกาแฟเบญจรงค์ ๒ ใบ", 3200.0, "THB", "Benjarong_Samut", "เครื่องเคลือบ", "ไทย",
                     ["ทั่วโลก"]),
            _listing("หนังสือสอนแกะสลักผักและผลไม้", 425.0, "THB", "Kaesalak_Book", "หนังสือ", "ไทย",
                     ["ภายในประเทศ"]),
        ],
    },
    # Ukrainian vendor: h1.kv-imya Kosivska_Polyva (its level badge no name); "Відгуків" 2 731,
    # "Позитивних" 99,3 %, "На майданчику з 17 вересня 2021 р."; the key in a pre inside a
    # details. The three products are links of this page, not records of it.
    "holdout/svitankovalavka_vendor_pgp_uk.html": {
        "template": "svitankovalavka_vendor_uk", "url": _SVIT + "/prodavets/Kosivska_Polyva",
        "type": "vendor",
        "records": [_vendor("Kosivska_Polyva", 2731, 99.3, "2021-09-17", _FP_SVIT)],
    },
    # Occitan captcha "Verificacion de seguretat": an image, an answer box and "Contunhar": a
    # captcha page, no records.
    "holdout/mercatdenuech_captcha_oc.html": {
        "template": "mercatdenuech_captcha_oc", "url": _NUECH + "/verificacion", "type": "captcha",
        "records": [],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers give on the holdout side where it differs from TRUTH: nothing since the mends
# (parsers of 7dbbd68; blind, 2070bd1 gave the values the docstring counts).
KNOWN_MISSES: dict[str, dict[str, Any]] = {}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(1.0)
_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)

_text = ROUND.page_text(ENCODINGS)
_posts = ROUND.records_of("post")
_listings = ROUND.records_of("listing")
_authors = ROUND.author_stats


def _ascii(shown: str) -> str:
    """``shown`` with every decimal digit of any script (full-width, Arabic-Indic, Devanagari,
    Thai) as its ASCII digit: for the checks of the truths' numbers against the pages."""
    return "".join(str(unicodedata.decimal(c)) if unicodedata.decimal(c, None) is not None else c
                   for c in shown)




def test_five_forum_pages_and_five_market_pages() -> None:
    kinds = [t["type"] for t in TRUTH.values()]
    counts = [kinds.count(k) for k in ("thread", "profile", "forum_index", "listing", "listing_index",
                                       "vendor", "feedback", "captcha")]
    assert counts == [3, 1, 1, 1, 1, 1, 1, 1]
    for page, truth in TRUTH.items():
        if truth["type"] == "thread":
            authors = [p["author"] for p in _posts(page)]
            assert [p["index"] for p in _posts(page)] == list(range(len(authors)))
            # An author record for every poster, once, in order of first post.
            assert [r["name"] for r in ROUND.records_of("author")(page)] == list(dict.fromkeys(authors)), page
            # Every thread quotes a member.
            assert any(p["quotes"] for p in _posts(page)), page
        elif truth["type"] == "captcha":
            assert truth["records"] == []
        else:
            assert truth["records"] and _posts(page) == [], page


def test_ten_languages_of_ten_scripts_one_right_to_left_and_one_page_in_euc_jp() -> None:
    langs = ROUND.page_langs(ENCODINGS)
    assert sorted(langs.values()) == ["ar", "el", "hi", "ja", "ko", "oc", "th", "tr", "uk", "zh-CN"]
    assert [p for p in TRUTH if re.search(r'<html lang="\w+" dir="rtl">', _text(p))] == [
        "holdout/dukkanalfajr_feedback_totals_ar.html"]
    assert set(ENCODINGS) == {page for page in TRUTH if "eucjp" in page}


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
test_every_post_body_is_written_on_its_page_line_by_line = ROUND.bodies_on_its_page(ENCODINGS)
test_every_address_of_the_truth_and_the_pages_is_a_fictional_host = ROUND.fictional_hosts(ENCODINGS)


def test_the_japanese_thread_is_euc_jp_with_its_own_bytes() -> None:
    raw = (DATA / "holdout" / "yogishanokai_thread_ja_eucjp.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'content="text/html; charset=EUC-JP"' in raw and raw.count(b"charset=") == 1
    # Two bytes a sign: 投稿数 (C5EA B9C6 BFF4), "１，２０４" in full-width digits and comma, 昨日.
    assert raw.count(b"\xc5\xea\xb9\xc6\xbf\xf4") == 4
    assert raw.count(b"\xa3\xb1\xa1\xa4\xa3\xb2\xa3\xb0\xa3\xb4") == 2 and b"\xba\xf2\xc6\xfc" in raw
    assert "投稿数" not in raw.decode("shift_jis", errors="replace")


def test_the_japanese_full_width_stats_and_dates_are_the_truths() -> None:
    page = "holdout/yogishanokai_thread_ja_eucjp.html"
    text = _text(page)
    stats = re.findall(r'<B class="yg-namae">([^<]+)</B><BR>\s*<FONT size="-1">[^<]+</FONT><BR>\s*'
                       r'<FONT size="-1">投稿数：([０-９，]+)件<BR>'
                       r"登録日：(\S+)年(\S+)月(\S+)日</FONT>", text)
    assert {(n, int(shown_number(_ascii(c), "，")), f"{_ascii(y)}-{int(_ascii(m)):02}-{int(_ascii(d)):02}")
            for n, c, y, m, d in stats} == _authors(page)
    shown = re.findall(r'<FONT size="-1" class="yg-hi">投稿日：([^<]+)</FONT>', text)
    assert shown == ["２０２６年１１月１５日（日）午後１０時０５分", "昨日 午前７時５０分",
                     "３時間前", "２５分前"]
    y, mo, d, half, h, mi = re.fullmatch(r"(\d+)年(\d+)月(\d+)日（日）(午前|午後)(\d+)時(\d+)分",
                                         _ascii(shown[0])).groups()  # type: ignore[union-attr]
    first = f"{y}-{int(mo):02}-{int(d):02}T{int(h) + 12 * (half == '午後'):02}:{mi}:00"
    h2, mi2 = re.fullmatch(r"昨日 午前(\d+)時(\d+)分", _ascii(shown[1])).groups()  # type: ignore[union-attr]
    assert [p["posted_at"] for p in _posts(page)] == [
        first, f"{day_ago(1)}T{int(h2):02}:{mi2}:00", time_ago(hours=3), time_ago(minutes=25)]
    heads = re.findall(r'<DIV class="yg-inyo"><B>(\S+) さんは書きました：</B>', text)
    assert [[h] for h in heads] == [p["quotes"] for p in _posts(page) if p["quotes"]]
    assert "［最終編集：kiha58_fan" in text and "キハ５８系をこよなく愛する者" in text
    assert all("最終編集" not in p["body"] and "愛する者" not in p["body"] for p in _posts(page))


def test_the_chinese_relative_times_day_halves_stats_and_quotes_are_the_truths() -> None:
    page = "holdout/jiyouyehua_thread_relative_zh.html"
    text = _text(page)
    stats = re.findall(r'<a class="qy-zuozhe" href="[^"]+">([^<]+)</a>.*?<li>帖子 <b>([\d,]+)</b></li>\s*'
                       r"<li>注册于 <b>(\d{4})年(\d+)月(\d+)日</b></li>", text, re.S)
    assert {(n, int(shown_number(c, ",")), f"{y}-{int(m):02}-{int(d):02}") for n, c, y, m, d in stats} == (
        _authors(page))
    shown = re.findall(r'<span class="qy-shijian">发表于 ([^<]+)</span>', text)
    assert shown == ["前天 21:40", "昨天 下午3:15", "5小时前", "半小时前"]
    assert [p["posted_at"] for p in _posts(page)] == [
        f"{day_ago(2)}T21:40:00", f"{day_ago(1)}T15:15:00", time_ago(hours=5), time_ago(minutes=30)]
    heads = re.findall(r'<div class="qy-yinyong-tou">(\S+) 写道：</div>', text)
    assert [[h] for h in heads] == [p["quotes"] for p in _posts(page) if p["quotes"]]
    assert "（已编辑：昨天 下午3:20）" in text and "一枚邮票，一段历史。" in text
    assert all("已编辑" not in p["body"] and "一段历史" not in p["body"] for p in _posts(page))


def test_the_turkish_relative_times_stats_and_quotes_are_the_truths() -> None:
    page = "holdout/ebrusofrasi_thread_relative_tr.html"
    text = _text(page)
    months = {"Ocak": 1, "Şubat": 2, "Mart": 3, "Nisan": 4, "Mayıs": 5, "Haziran": 6, "Temmuz": 7,
              "Ağustos": 8, "Eylül": 9, "Ekim": 10, "Kasım": 11, "Aralık": 12}
    stats = re.findall(r'<a class="eb-uye" href="[^"]+">([^<]+)</a>\s*<span class="eb-rutbe">[^<]+</span>\s*'
                       r'<span class="eb-sayi">Mesaj: ([\d.]+)</span>\s*'
                       r'<span class="eb-sayi">Katılım: (\d+) (\w+) (\d{4})</span>', text)
    assert {(n, int(shown_number(c, ".")), f"{y}-{months[m]:02}-{int(d):02}") for n, c, d, m, y in stats} == (
        _authors(page))
    shown = re.findall(r'<span class="eb-zaman"[^>]*>([^<]+)</span>', text)
    assert shown == ["3 gün önce", "Dün, 21:40", "4 saat önce", "12 dakika önce"]
    assert [p["posted_at"] for p in _posts(page)] == [
        day_ago(3), f"{day_ago(1)}T21:40:00", time_ago(hours=4), time_ago(minutes=12)]
    # The day-only time's tooltip is the same day.
    d, m, y = re.search(r'<span class="eb-zaman" title="(\d\d)\.(\d\d)\.(\d{4})">', text).groups()  # type: ignore[union-attr]
    assert f"{y}-{m}-{d}" == day_ago(3)
    heads = re.findall(r'<div class="eb-alinti-baslik">(\S+) dedi ki:</div>', text)
    assert [[h] for h in heads] == [p["quotes"] for p in _posts(page) if p["quotes"]]
    assert "Son düzenleme: usta_kagit" in text and "Sabır, ebrunun yarısıdır." in text
    assert all("düzenleme" not in p["body"] and "Sabır" not in p["body"] for p in _posts(page))


def test_the_greek_profile_posts_and_genitive_join_day_are_the_truths() -> None:
    page = "holdout/fotoleschi_member_profile_el.html"
    text = _text(page)
    ((name, posts, joined),) = _authors(page)
    assert f'<h1 class="xf-onoma">{name}</h1>' in text
    facts = dict(re.findall(r"<dt>([^<]+)</dt><dd>([^<]+)</dd>", text))
    assert list(facts) == ["Εγγραφή", "Μηνύματα", "Θέματα", "Ευχαριστίες", "Τοποθεσία", "Τελευταία επίσκεψη"]
    assert int(shown_number(facts["Μηνύματα"], ".")) == posts
    d, month, y = facts["Εγγραφή"].split()
    assert month == "Σεπτεμβρίου" and f"{y}-09-{int(d):02}" == joined
    assert facts["Τελευταία επίσκεψη"] == "χθες, 9:40 μ.μ."
    # The reader logged in is no member of this page.
    assert 'Συνδεδεμένος ως <a href="/melos/nikos_thess">nikos_thess</a>' in text and name != "nikos_thess"


def test_the_gnuboard_list_gives_its_topics_and_not_their_counts_or_categories() -> None:
    page = "holdout/gnuboard5_basic_list_ko.html"
    text = _text(page)
    rows = re.findall(r'<td class="td_subject">\s*<a href="[^"]+" class="bo_cate_link">([^<]+)</a>\s*'
                      r'<a href="[^"]+wr_id=\d+">\s*([^<]+?)\s*(?:<span class="sound_only">댓글</span>'
                      r'<span class="cnt_cmt">(\d+)</span><span class="sound_only">개</span>)?\s*</a>', text)
    assert [t for _, t, _ in rows] == [r["title"] for r in TRUTH[page]["records"]]
    assert [c for c, _, _ in rows] == ["정보", "질문", "자랑", "정보", "질문", "자랑"]
    assert [c for _, _, c in rows] == ["", "14", "27", "6", "3", "22"]
    assert text.count('<tr class="bo_notice">') == 1 and text.count('class="sv_member"') == 6
    pages = re.findall(r'<a href="([^"]+)" class="pg_page">2<span class="sound_only">페이지</span></a>', text)
    assert [html.unescape(p) for p in pages] == [TRUTH[page]["next"]]


def test_the_arabic_totals_in_arabic_indic_digits_add_up() -> None:
    page = "holdout/dukkanalfajr_feedback_totals_ar.html"
    text = _text(page)
    (vendor,) = ROUND.records_of("vendor")(page)
    total, share = re.findall(r'<div class="wg-raqm">([^<]+)</div>', text)
    assert (total, share) == ("٣٬١٥٦", "٩٨٫٣٪")
    assert int(shown_number(_ascii(total), "٬")) == vendor["feedback_count"]
    assert shown_number(_ascii(share).rstrip("٪"), "٬", "٫") == vendor["rating"]
    kinds = dict(re.findall(r'<li class="wg-\w+">(\w+): <b>([^<]+)</b></li>', text))
    counts = {k: int(shown_number(_ascii(v), "٬")) for k, v in kinds.items()}
    assert sum(counts.values()) == vendor["feedback_count"]
    assert round(100 * counts["إيجابي"] / vendor["feedback_count"], 1) == vendor["rating"]
    assert text.count('<article class="wg-taqyim ') == 4 and vendor["has_pgp_key"] is None
    assert f'<a class="wg-tali" href="{TRUTH[page]["next"][len(_DUKK):]}">التالي ›</a>' in text


def test_the_hindi_price_in_devanagari_lakhs_is_the_one_a_buyer_pays() -> None:
    page = "holdout/raatkamela_listing_inr_hi.html"
    text = _text(page)
    (listing,) = _listings(page)
    shown = re.search(r'<div class="rm-mulya">₹ ([^<]+)</div>', text).group(1)  # type: ignore[union-attr]
    assert shown == "१,२४,५००" and shown_number(_ascii(shown), ",") == listing["price"]
    assert listing["currency"] == "INR"
    rate = shown_number(re.search(r"1 BTC ≈ ₹([\d,]+)", text).group(1), ",")  # type: ignore[union-attr]
    btc = float(re.search(r'<div class="rm-badal">≈ ([\d.]+) BTC</div>', text).group(1))  # type: ignore[union-attr]
    assert rate == 8132000 and round(listing["price"] / rate, 5) == btc
    facts = dict(re.findall(r"<tr><th>([^<]+)</th><td>(?:<a [^>]+>)?([^<]+)", text))
    assert (facts["विक्रेता"], facts["कहाँ से भेजा जाएगा"]) == (listing["vendor"], listing["ships_from"])
    assert [facts["कहाँ तक भेजते हैं"]] == listing["ships_to"]
    assert re.findall(r'<a href="/shreni/[a-z/-]+">([^<]+)</a>', text)[-1] == listing["category"]
    # The postage (in रुपये) and the sidebar's other items are no price of this one.
    others = [shown_number(_ascii(p), ",") for p in re.findall(r"— ₹ ([^<]+)</li>", text)]
    postage = [shown_number(_ascii(p), ",") for p in re.findall(r"— ([^ ]+) रुपये</option>", text)]
    assert others == [3200, 48000] and postage == [950, 2400] and listing["price"] not in others + postage


def test_the_thai_cards_in_thai_digits_are_the_truths_and_the_struck_price_none() -> None:
    page = "holdout/talatnamyamduek_cards_thb_th.html"
    text = _text(page)
    cards = re.findall(r'<span class="iq-pai">([^<]+)</span>\s*'
                       r'<a class="iq-chue-sinkha" href="[^"]+">([^<]+)</a>\s*'
                       r'<div class="iq-phukhai">โดย <a href="[^"]+">([^<]+)</a></div>\s*'
                       r'<div class="iq-song">ส่งจาก (\S+) ไปยัง ([^<]+)</div>\s*'
                       r'<div class="iq-rakha">(?:<s>[^<]+</s> )?([๐-๙,]+) บาท', text)
    ROUND.check_listings([(t, shown_number(_ascii(p), ","), "THB", v, c, f, [to])
                          for c, t, v, f, to, p in cards], page)
    old = shown_number(_ascii(re.search(r"<s>([๐-๙,]+)</s>", text).group(1)), ",")  # type: ignore[union-attr]
    assert round(100 * (1 - _listings(page)[1]["price"] / old)) == 15 and "-๑๕%" in text
    # The Buddhist year: 2569 = 2026 + 543.
    assert {int(_ascii(y)) - 543 for y in re.findall(r"ลงขาย [๐-๙]+ พ\.ย\. ([๐-๙]{4})", text)} == {2026}
    assert text.count('<div class="iq-sinkha">') == 4 and '<aside class="iq-mod">' in text
    assert f'<a class="iq-thadpai" href="{TRUTH[page]["next"][len(_TALAT):]}">ถัดไป ›</a>' in text


def test_the_vendor_page_key_is_real_and_its_fingerprint_the_one_shown() -> None:
    page = "holdout/svitankovalavka_vendor_pgp_uk.html"
    text = _text(page)
    # The base64 lines between the armour's blank line and its CRC line ("=ETXV").
    armour = re.search(r'<details>\s*<summary>[^<]+</summary>\s*<pre class="kv-klyuch">'
                       r"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=\S{4}\n"
                       r"-----END PGP PUBLIC KEY BLOCK-----</pre>", text, re.S).group(1)  # type: ignore[union-attr]
    assert v4_fingerprint(armour) == _FP_SVIT
    shown = re.search(r'Відбиток ключа: <span class="kv-vidbytok">([0-9A-F ]+)</span>', text).group(1)  # type: ignore[union-attr]
    assert shown.replace(" ", "") == _FP_SVIT and len(shown.split()) == 10
    (vendor,) = ROUND.records_of("vendor")(page)
    facts = dict(re.findall(r'<div class="kv-fakt">([^<]+)<b>([^<]+)</b></div>', text))
    assert int(shown_number(html.unescape(facts["Відгуків"]), "\xa0")) == vendor["feedback_count"]
    assert shown_number(html.unescape(facts["Позитивних"]).rstrip("\xa0%"), "\xa0", ",") == vendor["rating"]
    assert "На майданчику з 17 вересня 2021 р." in text and vendor["member_since"] == "2021-09-17"
    assert vendor["has_pgp_key"] is True and _listings(page) == [] and text.count('href="/tovar/') == 3


def test_the_occitan_captcha_wants_a_human_and_carries_no_records() -> None:
    page = "holdout/mercatdenuech_captcha_oc.html"
    text = _text(page)
    assert '<img class="dq-imatge" src="/captcha.png?j=c41e9b07a2d85f36"' in text
    assert '<input id="dq-responsa" name="responsa" type="text" maxlength="6"' in text
    assert "<h2>Verificacion de seguretat</h2>" in text and "Contunhar</button>" in text
    assert TRUTH[page]["records"] == [] and "next" not in TRUTH[page]
