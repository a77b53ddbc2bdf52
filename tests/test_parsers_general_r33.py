"""parsers.parse_page on round-33 generality pages (tests/data/general_r33): a fully BLIND held-out
set of forum and market pages in the dark web's largest language communities beside English
(Russian, Chinese, Persian, Vietnamese, Turkish, Brazilian Portuguese, Spanish, French, Arabic and
German; no page in English). Ten pages, all on the HOLDOUT side (no tune side: no rule was written
for any of them), each a layout in no earlier round, written from memory of public descriptions of
forum and market layouts (no public source of these sites' markup exists to read: every forum and
market here is invented) with fictional names, words and prices put in. Four forum threads (custom
layouts, each with a quote, signatures, an edit note and relative dates in its language), a forum's
board list, a member profile, two listing pages, a grid of cards and a vendor page with a real PGP
key.

Every page is a layout in none of rounds 3-31, tests/data/forums_general, tests/data/markets_general,
tests/data/board_posts, tests/data/poster_panels or tests/data/glued_labels (round 32, built at the
same time by another helper, was neither read nor used): their directories and the rounds' modules
were grepped for each page's names and class names, and none of the invented prefixes class="rx-
(the Russian thread), zq- (the Chinese thread), pf- (the Persian thread), lv- (the Vietnamese
thread), tb- (the Turkish board list), ak- (the Portuguese profile), mx- (the Spanish listing), ng-
(the French listing), dz- (the Arabic cards) or wq- (the German vendor), nor the words "Чайная
беседка", "Последний раз редактировалось", 竹林茶话, 发帖时间, 最后编辑, 的发言, "Cà Phê
Phin", "Kitap Kulübü", "Son mesaj", Bölüm, "Oficina dos Fios", "Mercado Jacaranda", Destinos,
"Marché du Héron", "Expédié depuis", "Vendu par", "سوق النجوم", Bernsteinwerk, "Mitglied seit",
PGP-Schlüssel, "Zuletzt online", windows-1256, cp1256, nor any member or vendor name of this round is
in them. Found, and renamed or no sign of the same layout: "انجمن باغبانان" (round 5's phpBB Persian
forum: this round's Persian forum first had the name and was renamed "انجمن گلخانه سبز"), "Marché
Brume" (round 7's Eckmar sign-in: renamed "Marché du Héron"), "Mercado Lunar" (glued_labels'
Spanish shop: "Mercado Luna" renamed "Mercado Jacaranda"), 发表于 and "本帖最后由 ... 编辑" (round 3's
Discuz thread: this round's Chinese thread first used Discuz's wording and was reworded
"发帖时间：", "最后编辑：NAME · DATE", "引用 NAME 的发言："), 引用 (round 25's Chinese quotes "引用 FLOOR
NAME 于 DATE 发表的：", another wording), نقل قول and آخرین ویرایش (round 27's XOOPS newbb Persian
topic and round 5's phpBB), "đã viết" and "Sửa lần cuối" (round 27's quantradem and round 16's
ExiteCMS Vietnamese threads), "Membro desde" (round 31's Brazilian vendor box), "Livraison vers"
(round 15's eBay item), البائع (round 29's Arabic listing), دول الخليج العربي and جميع أنحاء العالم
(round 29's Arabic listing's places: words, not layout), گلخانه (a word of round 16's Gitea issue),
"писал(а)" (the Russian quote head of round 7's MyBB and round 9's phpBB 2: a common wording, here
in a custom layout).
Languages: Russian, Simplified Chinese, Persian (right to left), Vietnamese, Turkish, Brazilian
Portuguese, Spanish, French, Arabic (right to left) and German, all used by earlier rounds on other
templates.
One page is in windows-1256 (the Arabic Windows code page old Arabic PHP shops kept): declared by
``<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">``; every Arabic letter
one byte (ب 0xC8, ر 0xD1), the Arabic comma 0xA1, the tanwin 0xF0, the separator · 0xB7 and the
arrow ‹ 0x8B. No round used windows-1256 before (the charsets of every earlier page were counted:
round 25's phpwind thread is GBK, so this round's Chinese thread, first written in GBK, was turned
to UTF-8 and the legacy code page given to the Arabic cards).

forums (written from memory of public descriptions of forum layouts; every forum, member, post and
class name is invented; only mundane posts: tea, teapots, houseplants, coffee, books, knitting)
  - a Russian tea forum's thread ("Чайная беседка", article.rx-soob): "15.11.2026, 18:40", "вчера,
    21:15", "2 часа назад"; "samovarov_ivan писал(а):" a quote in a blockquote; div.rx-podpis
    signatures and "Последний раз редактировалось baikal_chai вчера, 21:20" no body; "Сообщений: 1
    204" (a space between thousands) / "Зарегистрирован: 03.05.2019" the statistics (Знаток,
    Модератор ranks).
  - a Chinese tea-ware forum's thread ("竹林茶话", a table a floor): "发帖时间：2026-11-18
    09:30", "昨天 20:05" (yesterday), "3 小时前" (three hours ago); "引用 青山听雨 的发言：" a quote;
    "最后编辑：老茶客 · 昨天 20:10" and div.zq-qianming no body; "帖子: 4,092" / "注册时间: 2013-2-5"
    the statistics (版主 a rank, "1#" a floor number).
  - a Persian gardening forum's thread ("انجمن گلخانه سبز", right to left): "2026/11/17 - 14:20",
    "دیروز ساعت 19:45" (yesterday), "۴۵ دقیقه پیش" (45 minutes ago, Persian digits); "نقل قول از
    golkar_shiraz:" a quote; "آخرین ویرایش توسط ..." and div.pf-emza no body; "پست‌ها: ۲٬۴۱۵"
    (Persian digits and the Arabic thousands separator) / "عضویت: 2016/09/30" the statistics.
  - a Vietnamese coffee forum's thread ("Diễn đàn Cà Phê Phin"): "17/11/2026 lúc 08:15", "Hôm qua
    lúc 16:40" (yesterday), "5 giờ trước" (five hours ago); "phin_sai_gon đã viết:" a quote; "Sửa
    lần cuối bởi ..." and div.lv-chuky no body; "Bài viết: 2.418" / "Tham gia: 09/03/2018".
  - a Turkish book club's BOARD list ("Kitap Kulübü Forumu"): two categories, five boards with
    topics, messages and last messages (members named as last posters): a forum index, no records.
  - a Brazilian knitting forum's member PROFILE ("Oficina dos Fios"): h1.ak-apelido
    tricoteira_mineira (linha_e_agulha, logged in, is the reader), "Mensagens 3.162", "Membro desde
    14 de agosto de 2017" ("hoje às 09:58" the last visit, "+418" reputation no count).
markets (written from memory of public descriptions of darknet-market layouts; innocuous goods)
  - a Mexican listing ("Mercado Jacaranda"): crumbs Inicio / Hogar / Cerámica (the last the
    category), "$ 1.450,00 MXN" (a dot between thousands; the dollar sign is the peso's) over "≈
    0,00087 BTC"; a dl Vendedor (its sales and share no record), Origen México, Destinos three
    countries; shipping extras in a select.
  - a French listing ("Marché du Héron"): "Prix : 0,0781 XMR (environ 24,90 €)" (the coin the price,
    the euros a conversion); li "Vendu par :", "Catégorie :", "Expédié depuis :", "Livraison vers :"
    (a space before each colon, as French writes it), "Vendus : 1 037".
  - an Arabic market's category as a GRID OF CARDS ("سوق النجوم", right to left, windows-1256):
    four div.dz-bitaqa with a title link, a category, "البائع: VENDOR", "من: FROM · إلى: TO" and a
    BTC price; the sidebar's categories are no cards; "التالي ‹" to page 2.
  - a German VENDOR page ("Bernsteinwerk Markt"): h1.wq-name Bernsteinwerk_Kiel (its "Stufe 5"
    badge no name), th/td "Mitglied seit 2. Februar 2021", "Bewertungen 2.406", "Positiv 98,9 %",
    the armoured key in a pre; its offers and latest reviews are no records of this contract.
The key is a REAL OpenPGP v4 public key (ed25519) generated for this round with gpg in a throwaway
GnuPG home under /tmp that was deleted afterwards.

How close each page is to a real site: no public source of these layouts was read; the pages are
shaped from memory of public descriptions of forums (floors, quotes, signatures, edit notes, ranks)
and onion markets (labelled facts, conversions, escrow, levels). Page frames, strings and all
content are invented for this round; sites and addresses are fictional (.example hosts and made-up
56-character .onion names).

Truth conventions, as rounds 24-31: a thread's posts carry their bodies without quotes, signatures
or edit notes, their quoted members, and relative dates resolved against NOW; an author record per
poster, once, in order of first post; a forum's board list carries no records; a profile carries
its member (not the reader); a listing's price is the one a buyer pays (conversions and shipping
extras no price); the category is the last crumb or the labelled value; a vendor page carries its
vendor (its offers no records).

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (3fab2d1) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 33 --side holdout --misses``): those of 40476af (this session's start), of 7d647b4
(rounds 23 to 29 mended) and of a980441 (rounds 30 and 31 mended too, topic lists give their
topics). None had seen this round's pages; every helper who wrote those mends kept it out of
every scan.

    template                   40476af  7d647b4  a980441
    bernsteinwerk_vendor_de      0.000    1.000    1.000  (a vendor named by its heading)
    nujoom_cards_ar              0.605    0.553    0.667  (a vendor taken for category, then places)
    golkhane_thread_fa           0.780    0.927    0.927  (a quote)
    zhulinchahua_thread_zh       0.829    0.829    0.810  (a post's date line in its body; a quote twice)
    caphephin_thread_vi          0.829    1.000    1.000  (quotes; edit notes)
    chaybesedka_thread_ru        0.857    1.000    1.000  (signatures; edit notes)
    jacaranda_listing_es         0.875    0.875    0.875  ('$ ... MXN' read as USD)
    heron_listing_fr             0.933    0.933    1.000  (category)
    kitapkulubu_index_tr, oficinafios_profile_pt_br 1.000
    overall                      0.752    0.873    0.891

This round and round 32 are the session's last blind measure: the parsers of a980441 carry every
mend of rounds 23 to 31, each a general mechanism with test pages of its own. Here the mends of
rounds 23 to 27 carried most (+0.121 by 7d647b4: a vendor named by its heading, signatures a
poster repeats, edit notes, quotes), those of rounds 28 to 31 a little more (+0.018); one mend
took a card's one-word rubric, here the vendor's name, for its category (nujoom, -0.052 at
7d647b4), a regression measured blind and recorded here. Blind scores of the rounds (3 to 33):
0.646, 0.778, 0.714, 0.946, 0.798, 0.699, 0.601, 0.750, 0.857, 0.466, 0.612, 0.538, 0.773, 0.313,
0.694, 0.684, 0.376, 0.578, 0.517, 0.514, 0.848, 0.777, 0.858, 0.406, 0.782, 0.902, 0.752, 0.831,
0.738, 0.820 and here 0.891 (0.752 at this session's start). KNOWN_MISSES holds every wrong value
of a980441. This round is BLIND: do not tune the parsers on its pages; mend a miss only as a
general mechanism, with test pages of its own, and say so here.

Mended after its blind measure, each miss by a general mechanism with test pages of its own
(33a9d92 to 0db562c): a card's rubric is no handle nor seller (parsers.card_rubric); sellers'
labels in Arabic, Persian, Hebrew and Hindi (parsers.label_words); 'next' in more languages and
right-to-left arrows (parsers.pagination); countries' short names from pycountry's catalogues
(parsers.cldr_places); an ISO code after the amount over a shared sign before it
(parsers.prices); a quote box inside its header's element (parsers.quotes); a date line and a
leading edit note out of the words (parsers.post_mend, parsers.post_notes); quote heads in
Persian and Arabic: 0.891 -> 1.000.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from tests.general_rounds import (
    Round,
    _author,
    _listing,
    _post,
    _vendor,
    day_ago,
    shown_number,
    time_ago,
    v4_fingerprint,
)
from tests.parsers_scoring import CONTRACT_FIELDS

DATA = Path(__file__).parent / "data" / "general_r33"

_CHAY = "http://chaybesedkakor6lu64set2t7d3ruphdusnexhupruawtzylhcxhejfd.onion"
_ZHU = "http://zhulinchahuahuad2rwmmy56w5t7ea6yyxhpa4uk76cfs5r32q66ybzd.onion"
_GOL = "http://golkhanesabzijp7dxfdrujhwbpbwjupbg6qwerrd6y2iwui26qkqyjd.onion"
_PHIN = "http://caphephinbba7svuivgvy74rmfmiqgl2ii655upabbfjvlxqpta74ysd.onion"
_KITAP = "http://kitapkuluburocskzbwfhmyvpycpikye7mm3ssyt3py54zgx4krncgkd.onion"
_FIOS = "http://oficinafioslyv6l3ipgi2jfzg4yag47ntl3s5p2qatk6tattmt4cpqd.onion"
_JACA = "http://jacarandap774sgckv64e7ixurjb7hg6ih5xpam64cu6mb4ozbmuq7ud.onion"
_HERON = "http://marcheheronbtcbwvw46bwi6s7ozdfcqsf5sgqxjkid3svuxm3ekeshd.onion"
_NUJOOM = "http://najmbazaarniynyehebucflb3aqsagz6ar5ygzrqwxrq7uaehcle7kfd.onion"
_BERN = "http://bernsteinwerkemwjrmpghx2idgb3zvqxywohvykgbtqbl634zr7fmzd.onion"
_FP_BERN = "EDF71E085315DCCBF7CF4E06C305CA2D3992295D"

#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {"holdout/nujoom_cards_grid_ar_cp1256.html": "windows-1256"}

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # Russian tea forum: h1.rx-tema the title; a.rx-nik the names; div.rx-vremya the dates ("вчера,
    # 21:15" yesterday, "2 часа назад" two hours ago); "samovarov_ivan писал(а):" a quote;
    # div.rx-pravka and div.rx-podpis no body; "Сообщений:" / "Зарегистрирован:" the statistics
    # (Знаток, Модератор ranks). One page.
    "holdout/chaybesedka_thread_quotes_ru.html": {
        "template": "chaybesedka_thread_ru", "url": _CHAY + "/tema/4471", "type": "thread",
        "records": [
            {"type": "thread", "title": "Пуэр: как хранить дома?"},
            _post("samovarov_ivan", "2026-11-15T18:40:00", 0,
                  "Купил блин шу пуэра 2015 года, 357 граммов.\n"
                  "Где его лучше хранить в квартире, чтобы не набрал запахов с кухни?", []),
            _post("baikal_chai", "2026-11-19T21:15:00", 1,
                  "В картонной коробке или глиняном горшке, подальше от кухни и от солнца.\n"
                  "Влажность около 65 процентов, проветривать раз в неделю.", ["samovarov_ivan"]),
            _post("samovarov_ivan", "2026-11-20T10:00:00", 2,
                  "Спасибо, переложил в коробку и убрал в шкаф в комнате.", []),
            _author("samovarov_ivan", 1204, "2019-05-03"),
            _author("baikal_chai", 5873, "2012-11-21"),
        ],
    },
    # Chinese tea-ware forum, a table a floor: h2.zq-biaoti the title; a.zq-ming the names;
    # "发帖时间：" the dates ("昨天 20:05" yesterday, "3 小时前" three hours ago); "引用 青山听雨 的发言："
    # a quote; "最后编辑：..." and div.zq-qianming no body; "帖子:" / "注册时间:" the statistics.
    "holdout/zhulinchahua_thread_zh.html": {
        "template": "zhulinchahua_thread_zh", "url": _ZHU + "/tiezi/20931", "type": "thread",
        "records": [
            {"type": "thread", "title": "紫砂壶开壶要不要煮？"},
            _post("青山听雨", "2026-11-18T09:30:00", 0,
                  "新买了一把朱泥小壶，一百五十毫升。\n"
                  "卖家说开壶要用清水煮一个小时，真的有必要吗？", []),
            _post("老茶客", "2026-11-19T20:05:00", 1,
                  "不用煮，用开水里外烫几遍就行。\n"
                  "第一次泡茶的茶汤倒掉，以后专泡一种茶。", ["青山听雨"]),
            _post("青山听雨", "2026-11-20T09:00:00", 2, "明白了，那我就专门泡凤凰单丛。", []),
            _author("青山听雨", 356, "2021-07-14"),
            _author("老茶客", 4092, "2013-02-05"),
        ],
    },
    # Persian gardening forum, right to left: h1.pf-onvan the title; a.pf-nam the names;
    # div.pf-zaman the dates ("دیروز ساعت 19:45" yesterday, "۴۵ دقیقه پیش" 45 minutes ago);
    # "نقل قول از golkar_shiraz:" a quote; div.pf-virayesh and div.pf-emza no body; "پست‌ها:" (Persian
    # digits) / "عضویت:" the statistics.
    "holdout/golkhane_thread_fa.html": {
        "template": "golkhane_thread_fa", "url": _GOL + "/mozu/618", "type": "thread",
        "records": [
            {"type": "thread", "title": "گلدان شمعدانی زرد شده"},
            _post("golkar_shiraz", "2026-11-17T14:20:00", 0,
                  "برگ‌های پایینی شمعدانی من زرد شده و می‌ریزد.\n"
                  "هفته‌ای دو بار آب می‌دهم و گلدان کنار پنجره است.", []),
            _post("narges_dehghan", "2026-11-19T19:45:00", 1,
                  "شمعدانی آب زیاد دوست ندارد. بگذارید خاک کاملا خشک شود و بعد آب بدهید.",
                  ["golkar_shiraz"]),
            _post("golkar_shiraz", "2026-11-20T11:15:00", 2,
                  "ممنون، آبیاری را کم کردم و برگ‌های زرد را چیدم.", []),
            _author("golkar_shiraz", 873, "2020-02-11"),
            _author("narges_dehghan", 2415, "2016-09-30"),
        ],
    },
    # Vietnamese coffee forum: h1.lv-chude the title; a.lv-ten the names; div.lv-ngay the dates
    # ("Hôm qua lúc 16:40" yesterday, "5 giờ trước" five hours ago); "phin_sai_gon đã viết:" a
    # quote; div.lv-sua and div.lv-chuky no body; "Bài viết:" / "Tham gia:" the statistics.
    "holdout/caphephin_thread_vi.html": {
        "template": "caphephin_thread_vi", "url": _PHIN + "/chu-de/pha-phin-chay-nhanh.3390",
        "type": "thread",
        "records": [
            {"type": "thread", "title": "Pha phin bị chảy quá nhanh"},
            _post("phin_sai_gon", "2026-11-17T08:15:00", 0,
                  "Mình dùng phin nhôm, 20 gam cà phê, nhưng nước chảy hết chỉ trong hai phút.\n"
                  "Cà phê pha ra rất nhạt. Có cách nào cho chảy chậm hơn không?", []),
            _post("ca_phe_trung", "2026-11-19T16:40:00", 1,
                  "Bạn xay mịn hơn một chút và nén nắp gài chặt hơn.\n"
                  "Nhớ ủ cà phê với ít nước nóng khoảng 30 giây trước khi rót đầy.", ["phin_sai_gon"]),
            _post("phin_sai_gon", "2026-11-20T07:00:00", 2,
                  "Đã thử, giờ chảy khoảng năm phút và đậm hơn nhiều. Cảm ơn bạn!", []),
            _author("phin_sai_gon", 2418, "2018-03-09"),
            _author("ca_phe_trung", 615, "2022-07-22"),
        ],
    },
    # Turkish book club's board list: two categories, five boards with topics, messages and last
    # posters: a forum index, no records, no next page.
    "holdout/kitapkulubu_board_list_tr.html": {
        "template": "kitapkulubu_index_tr", "url": _KITAP + "/", "type": "forum_index", "records": [],
    },
    # Brazilian knitting forum's profile: h1.ak-apelido tricoteira_mineira (linha_e_agulha logged in
    # is the reader; "Veterana" a rank); "Mensagens" "3.162" the posts; "Membro desde" "14 de agosto
    # de 2017" joined ("hoje às 09:58" the last visit, "+418" reputation). The signature and recent
    # posts are no records of this contract.
    "holdout/oficinafios_member_profile_pt_br.html": {
        "template": "oficinafios_profile_pt_br", "url": _FIOS + "/perfil/tricoteira_mineira",
        "type": "profile",
        "records": [_author("tricoteira_mineira", 3162, "2017-08-14")],
    },
    # Mexican listing: h1.mx-nombre the title; "$ 1.450,00 MXN" the price in pesos ("≈ 0,00087 BTC"
    # and the shipping extras no price); Vendedor BarroNegro_Coyotepec; the last crumb Cerámica;
    # Origen México; Destinos three countries.
    "holdout/jacaranda_listing_es.html": {
        "template": "jacaranda_listing_es", "url": _JACA + "/p/55210", "type": "listing",
        "records": [_listing("Juego de tazas de barro de Oaxaca, 4 piezas", 1450.0, "MXN",
                             "BarroNegro_Coyotepec", "Cerámica", "México",
                             ["México", "Estados Unidos", "Canadá"])],
    },
    # French listing: the h1 the title; "0,0781 XMR" the price ("environ 24,90 €" a conversion);
    # "Vendu par :" Savonnerie_Vercors (its level no record); "Catégorie :" Savons; "Expédié depuis :"
    # France; "Livraison vers :" three countries.
    "holdout/heron_listing_fr.html": {
        "template": "heron_listing_fr", "url": _HERON + "/article/8813", "type": "listing",
        "records": [_listing("Savon artisanal au lait d'ânesse, lot de 3", 0.0781, "XMR",
                             "Savonnerie_Vercors", "Savons", "France", ["France", "Belgique", "Suisse"])],
    },
    # Arabic category, windows-1256, right to left, a grid of cards: a.dz-ism the title; div.dz-qism the
    # category; "البائع: VENDOR"; "من: FROM · إلى: TO"; div.dz-thaman the BTC price. The sidebar's
    # categories are no cards. "التالي ‹" to page 2.
    "holdout/nujoom_cards_grid_ar_cp1256.html": {
        "template": "nujoom_cards_ar", "url": _NUJOOM + "/qism/bukhur", "type": "listing_index",
        "next": _NUJOOM + "/qism/bukhur?safha=2",
        "records": [
            _listing("بخور عود كمبودي، 50 غرام", 0.0021, "BTC", "Dar_AlOud", "بخور",
                     "الإمارات العربية المتحدة", ["دول الخليج العربي"]),
            _listing("ماء ورد طائفي، 250 مل", 0.00045, "BTC", "Ward_Taif", "ماء الورد", "السعودية",
                     ["جميع أنحاء العالم"]),
            _listing("مبخرة نحاسية منقوشة يدويًا", 0.0013, "BTC", "Nahhas_Dimashq", "مباخر", "الأردن",
                     ["الأردن"]),
            _listing("دهن عود هندي، 3 مل", 0.0058, "BTC", "Dar_AlOud", "بخور", "الإمارات العربية المتحدة",
                     ["جميع أنحاء العالم"]),
        ],
    },
    # German vendor: h1.wq-name Bernsteinwerk_Kiel ("Stufe 5" a badge); "Mitglied seit 2. Februar
    # 2021"; "Bewertungen 2.406"; "Positiv 98,9 %"; the armoured key in a pre. Its offers and latest
    # reviews are links and lines of this page, not records of it.
    "holdout/bernsteinwerk_vendor_pgp_de.html": {
        "template": "bernsteinwerk_vendor_de", "url": _BERN + "/haendler/Bernsteinwerk_Kiel",
        "type": "vendor",
        "records": [_vendor("Bernsteinwerk_Kiel", 2406, 98.9, "2021-02-02", _FP_BERN)],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers give on the holdout side where it differs from TRUTH: measured blind with the
# parsers of a980441, re-recorded after the mends (0db562c): none.
KNOWN_MISSES: dict[str, dict[str, Any]] = {}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(1.0)
_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)

_text = ROUND.page_text(ENCODINGS)
_posts = ROUND.records_of("post")
_listings = ROUND.records_of("listing")
_authors = ROUND.author_stats
_THREADS = ["holdout/chaybesedka_thread_quotes_ru.html", "holdout/zhulinchahua_thread_zh.html",
            "holdout/golkhane_thread_fa.html", "holdout/caphephin_thread_vi.html"]


def test_four_threads_a_board_list_a_profile_two_listings_a_grid_and_a_vendor() -> None:
    kinds = [t["type"] for t in TRUTH.values()]
    assert [kinds.count(k) for k in ("thread", "forum_index", "profile", "listing", "listing_index",
                                     "vendor")] == [4, 1, 1, 2, 1, 1]
    assert {p for p, t in TRUTH.items() if t["type"] == "thread"} == set(_THREADS)
    assert {t["type"] for t in TRUTH.values() if not t["records"]} == {"forum_index"}
    for page in _THREADS:
        authors = [p["author"] for p in _posts(page)]
        assert len(authors) == 3 and sum(bool(p["quotes"]) for p in _posts(page)) == 1, page
        # An author record for every poster, once, in order of first post.
        assert [a for a, _, _ in sorted(_authors(page), key=lambda s: authors.index(s[0]))] == list(
            dict.fromkeys(authors)), page


def test_ten_languages_none_english_two_right_to_left_and_one_page_in_windows_1256() -> None:
    langs = ROUND.page_langs(ENCODINGS)
    assert sorted(langs.values()) == ["ar", "de", "es", "fa", "fr", "pt-BR", "ru", "tr", "vi", "zh-CN"]
    rtl = {page for page in TRUTH if ' dir="rtl"' in _text(page)}
    assert rtl == {"holdout/golkhane_thread_fa.html", "holdout/nujoom_cards_grid_ar_cp1256.html"}
    assert set(ENCODINGS) == {page for page in TRUTH if "cp1256" in page}


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
test_every_post_body_is_written_on_its_page_line_by_line = ROUND.bodies_on_its_page(ENCODINGS)
test_every_address_of_the_truth_and_the_pages_is_a_fictional_host = ROUND.fictional_hosts(ENCODINGS)


def _digits(shown: str) -> int:
    """A count as written, in any script's digits (Persian ۲٬۴۱۵), its separators dropped."""
    return int("".join(str(unicodedata.digit(c)) for c in shown if unicodedata.digit(c, None) is not None))


def _between(text: str, start: str, end: str) -> list[str]:
    return [part.split(end)[0] for part in text.split(start)[1:]]


def test_the_arabic_cards_are_windows_1256_with_their_own_bytes() -> None:
    raw = (DATA / "holdout" / "nujoom_cards_grid_ar_cp1256.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'content="text/html; charset=windows-1256"' in raw and raw.count(b"charset=") == 1
    assert b"&#" not in raw
    # One byte a letter: ب 0xC8, ر 0xD1, the Arabic comma 0xA1, the tanwin of يدويًا 0xF0; the
    # separator · 0xB7 and the arrow ‹ 0x8B (where ISO-8859-6 has no point for them).
    assert [c.encode("cp1256") for c in "بر،ً·‹"] == [
        b"\xc8", b"\xd1", b"\xa1", b"\xf0", b"\xb7", b"\x8b"]
    assert "سوق النجوم".encode("cp1256") in raw and raw.count(b"\xa1") == 3 and b" \xb7 " in raw
    assert b"\x8b</a>" in raw and raw.decode("cp1256") != raw.decode("iso-8859-6", "replace")


def test_the_thread_dates_are_the_truths_relative_ones_against_now() -> None:
    shown = {
        "holdout/chaybesedka_thread_quotes_ru.html": (
            r'<div class="rx-vremya">([^<]+)</div>',
            ["15.11.2026, 18:40", "вчера, 21:15", "2 часа назад"],
            ["2026-11-15T18:40:00", f"{day_ago(1)}T21:15:00", time_ago(hours=2)]),
        "holdout/zhulinchahua_thread_zh.html": (
            r'<div class="zq-shijian">发帖时间：([^<]+?) <span',
            ["2026-11-18 09:30", "昨天 20:05", "3 小时前"],
            ["2026-11-18T09:30:00", f"{day_ago(1)}T20:05:00", time_ago(hours=3)]),
        "holdout/golkhane_thread_fa.html": (
            r'<div class="pf-zaman">([^<]+)</div>',
            ["2026/11/17 - 14:20", "دیروز ساعت 19:45", "۴۵ دقیقه پیش"],
            ["2026-11-17T14:20:00", f"{day_ago(1)}T19:45:00", time_ago(minutes=45)]),
        "holdout/caphephin_thread_vi.html": (
            r'<div class="lv-ngay">([^<]+)</div>',
            ["17/11/2026 lúc 08:15", "Hôm qua lúc 16:40", "5 giờ trước"],
            ["2026-11-17T08:15:00", f"{day_ago(1)}T16:40:00", time_ago(hours=5)]),
    }
    assert set(shown) == set(_THREADS)
    for page, (pattern, written, resolved) in shown.items():
        assert re.findall(pattern, _text(page)) == written, page
        assert [p["posted_at"] for p in _posts(page)] == resolved, page


def test_the_thread_statistics_are_the_truths() -> None:
    ru = re.findall(r'<a class="rx-nik" [^>]+>([^<]+)</a>.*?Сообщений: ([\d ]+)<br>'
                    r"Зарегистрирован: (\d\d)\.(\d\d)\.(\d{4})", _text(_THREADS[0]), re.S)
    zh = re.findall(r'<a class="zq-ming" [^>]+>([^<]+)</a>.*?<p>帖子: ([\d,]+)</p>'
                    r"<p>注册时间: (\d{4})-(\d+)-(\d+)</p>", _text(_THREADS[1]), re.S)
    fa = re.findall(r'<a class="pf-nam" [^>]+>([^<]+)</a>\s*<span class="pf-amar">پست‌ها: ([^<]+)</span> '
                    r'<span class="pf-amar">عضویت: (\d{4})/(\d\d)/(\d\d)</span>', _text(_THREADS[2]))
    vi = re.findall(r'<a class="lv-ten" [^>]+>([^<]+)</a>\s*<ul class="lv-so"><li>Bài viết: ([\d.]+)</li>'
                    r"<li>Tham gia: (\d\d)/(\d\d)/(\d{4})</li>", _text(_THREADS[3]))
    assert [len(rows) for rows in (ru, zh, fa, vi)] == [3, 3, 3, 3]
    assert {(n, _digits(c), f"{y}-{m}-{d}") for n, c, d, m, y in ru} == _authors(_THREADS[0])
    assert {(n, _digits(c), f"{y}-{int(m):02}-{int(d):02}") for n, c, y, m, d in zh} == _authors(_THREADS[1])
    assert {(n, _digits(c), f"{y}-{m}-{d}") for n, c, y, m, d in fa} == _authors(_THREADS[2])
    assert {(n, _digits(c), f"{y}-{m}-{d}") for n, c, d, m, y in vi} == _authors(_THREADS[3])
    assert [c for _, c, *_ in fa] == ["۸۷۳", "۲٬۴۱۵", "۸۷۳"]  # Persian digits, the Arabic separator
    assert [c for _, c, *_ in ru][1] == "5 873" and [c for _, c, *_ in zh][1] == "4,092"


def test_quotes_signatures_and_edit_notes_are_no_part_of_the_bodies() -> None:
    frames = {  # the quote's box and its head naming its member, the signature's box, the note's box
        _THREADS[0]: ('<blockquote class="rx-citata">', "</blockquote>",
                      r'<div class="rx-citata-kto">(\S+) писал\(а\):</div>', '<div class="rx-podpis">',
                      '<div class="rx-pravka">'),
        _THREADS[1]: ('<div class="zq-yinyong">', "</div>\n",
                      r'<div class="zq-yinyong-tou">引用 (\S+) 的发言：</div>', '<div class="zq-qianming">',
                      '<div class="zq-bianji">'),
        _THREADS[2]: ('<div class="pf-naghl">', "</div>", r'<b>نقل قول از (\S+):</b>',
                      '<div class="pf-emza">', '<div class="pf-virayesh">'),
        _THREADS[3]: ('<div class="lv-trich">', "</div>\n", r'<div class="lv-trich-ten">(\S+) đã viết:</div>',
                      '<div class="lv-chuky">', '<div class="lv-sua">'),
    }
    for page, (box_start, box_end, head, signature, note) in frames.items():
        text, posts = _text(page), _posts(page)
        (quoting,) = [p for p in posts if p["quotes"]]
        (box,) = _between(text, box_start, box_end)
        assert re.findall(head, box) == quoting["quotes"], page
        words = [w for w in (" ".join(s.split()) for s in re.sub(r"<[^>]+>", "\n", box).split("\n")) if w]
        assert words[-1] not in quoting["body"] and words[-1] in posts[0]["body"], page  # quoted, not said
        boxes = _between(text, signature, "</div>") + _between(text, note, "</div>")
        assert len(boxes) == 4, page  # a signature under every post, one edit note
        for line in boxes:
            assert all(line.strip() not in p["body"] for p in posts), (page, line)
        assert quoting["author"] in _between(text, note, "</div>")[0], page  # the note of the quoting post


def test_the_board_list_names_boards_and_last_posters_but_no_thread() -> None:
    page = "holdout/kitapkulubu_board_list_tr.html"
    text = _text(page)
    boards = re.findall(r'<tr><td><a href="/bolum/[a-z-]+">([^<]+)</a>', text)
    assert boards == ["Roman", "Şiir", "Çocuk kitapları", "Ayın kitabı", "Kitap takası"]
    assert text.count('<div class="tb-kategori">') == 2 and "/konu/" not in text
    assert TRUTH[page]["records"] == [] and "next" not in TRUTH[page]


def test_the_profile_names_its_member_not_its_reader() -> None:
    page = "holdout/oficinafios_member_profile_pt_br.html"
    text = _text(page)
    (author,) = TRUTH[page]["records"]
    assert re.search(r'<h1 class="ak-apelido">([^<]+)</h1>', text).group(1) == author["name"]  # type: ignore[union-attr]
    assert "Olá, <a href=\"/perfil/linha_e_agulha\">linha_e_agulha</a>" in text
    facts = dict(re.findall(r"<tr><td>([^<]+)</td><td>([^<]+)</td></tr>", text))
    assert _digits(facts["Mensagens"]) == author["post_count"] and facts["Mensagens"] == "3.162"
    day, _, month, _, year = facts["Membro desde"].split()
    assert month == "agosto" and f"{year}-08-{int(day):02}" == author["joined"]


def test_the_mexican_listing_is_priced_in_pesos_and_its_bitcoin_a_conversion() -> None:
    page = "holdout/jacaranda_listing_es.html"
    text = _text(page)
    (listing,) = _listings(page)
    price = re.search(r'<div class="mx-precio"><strong>\$ ([\d.,]+) MXN</strong>', text).group(1)  # type: ignore[union-attr]
    assert shown_number(price, ".", ",") == listing["price"] and listing["currency"] == "MXN"
    btc = shown_number(re.search(r"≈ ([\d,]+) BTC", text).group(1), ".", ",")  # type: ignore[union-attr]
    rate = shown_number(re.search(r"1 BTC = \$ ([\d.]+) MXN", text).group(1), ".", ",")  # type: ignore[union-attr]
    assert round(listing["price"] / rate, 5) == btc
    crumbs = re.findall(r'<a href="/c/[a-z]+">([^<]+)</a>', text)
    assert crumbs == ["Hogar", listing["category"]]
    facts = dict(re.findall(r"<dt>([^<]+)</dt><dd>(?:<a [^>]+>)?([^<]+)", text))
    assert (facts["Vendedor"], facts["Origen"]) == (listing["vendor"], listing["ships_from"])
    assert facts["Destinos"].split(", ") == listing["ships_to"]


def test_the_french_listing_is_priced_in_monero_and_its_euros_a_conversion() -> None:
    page = "holdout/heron_listing_fr.html"
    text = _text(page)
    (listing,) = _listings(page)
    xmr, eur = re.search(r"Prix : <span>([\d,]+) XMR</span> <em>\(environ ([\d,]+) €\)</em>", text).groups()  # type: ignore[union-attr]
    assert (shown_number(xmr, " ", ","), listing["currency"]) == (listing["price"], "XMR")
    rate = shown_number(re.search(r"1 XMR ≈ ([\d,]+) €", text).group(1), " ", ",")  # type: ignore[union-attr]
    assert round(listing["price"] * rate, 2) == shown_number(eur, " ", ",")
    facts = dict(re.findall(r"<li><b>([^<]+?) :</b> (?:<a [^>]+>)?([^<]+)", text))
    assert (facts["Vendu par"], facts["Catégorie"], facts["Expédié depuis"]) == (
        listing["vendor"], listing["category"], listing["ships_from"])
    assert facts["Livraison vers"].split(", ") == listing["ships_to"]


def test_the_arabic_cards_are_the_truths_and_the_sidebar_is_no_card() -> None:
    page = "holdout/nujoom_cards_grid_ar_cp1256.html"
    text = _text(page)
    cards = re.findall(r'<a class="dz-ism" href="[^"]+">([^<]+)</a>\s*'
                       r'<div class="dz-qism">([^<]+)</div>'
                       r'<div class="dz-baai">البائع: <a [^>]+>([^<]+)</a></div>\s*'
                       r'<div class="dz-shahn">من: ([^<]+) · إلى: ([^<]+)</div>\s*'
                       r'<div class="dz-thaman">([\d.]+) BTC</div>', text)
    assert [(t, float(p), "BTC", v, c, f, [to]) for t, c, v, f, to, p in cards] == [
        tuple(r[k] for k in CONTRACT_FIELDS["listing"]) for r in _listings(page)]
    assert text.count('<div class="dz-bitaqa">') == 4 and '<aside class="dz-aqsam">' in text
    assert '<a href="/qism/bukhur?safha=2">التالي ‹</a>' in text
    assert TRUTH[page]["next"] == _NUJOOM + "/qism/bukhur?safha=2"


def test_the_german_vendor_carries_a_real_v4_key_and_its_feedback_figures() -> None:
    page = "holdout/bernsteinwerk_vendor_pgp_de.html"
    text = _text(page)
    (vendor,) = TRUTH[page]["records"]
    block = re.search(r"<pre>-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=[A-Za-z0-9+/]{4}\n"
                      r"-----END PGP PUBLIC KEY BLOCK-----</pre>", text, re.S)
    assert block is not None and v4_fingerprint(block.group(1)) == _FP_BERN == vendor["pgp_fingerprint"]
    facts = dict(re.findall(r"<tr><th>([^<]+)</th><td>([^<]+)</td></tr>", text))
    assert (_digits(facts["Bewertungen"]), shown_number(facts["Positiv"].rstrip(" %"), ".", ",")) == (
        vendor["feedback_count"], vendor["rating"])
    day, month, year = facts["Mitglied seit"].split()
    assert (month, f"{year}-02-{int(day.rstrip('.')):02}") == ("Februar", vendor["member_since"])
    assert re.search(r'<h1 class="wq-name">(\S+) <span', text).group(1) == vendor["name"]  # type: ignore[union-attr]
    assert vendor["has_pgp_key"] is True and len(TRUTH[page]["records"]) == 1
