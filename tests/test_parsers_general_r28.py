"""parsers.parse_page on round-28 generality pages (tests/data/general_r28): a fully BLIND held-out
set of the KINDS of forum-side and vendor-side pages, in mixed languages (English on one page).
Ten pages, all on the HOLDOUT side (no tune side: no rule was written for any of them), written
from memory of public descriptions of their engines' markup (the project's reference search was
asked for esoTalk's member profile and Beehive Forum's messages view and found neither; no public
source of Talkyard, Codoforum or Web Wiz Forums markup was read), with fictional names, words and
prices put in. Eight forum pages (four threads, two member profiles and two forum indexes) and two
vendor pages (a vendor with a real PGP key and a vendor's feedback page).

Every page is an engine, template or layout in none of rounds 3-27, tests/data/forums_general,
tests/data/markets_general, tests/data/board_posts or tests/data/poster_panels: their directories
were listed and grepped for each template's names and distinctive class names, and none of beehive,
posttofrom, postbody_text, webtag, class="sig", "EDITED:" (Beehive Forum), talkyard, esP_By,
dw-p-bd, dw-ago (Talkyard), esotalk, memberProfile, "form statistics" (esoTalk), codoforum, codo_
(Codoforum), "Web Wiz", tableLedger, tableSubLedger (Web Wiz Forums), nor the invented prefixes
class="mh- (the Ukrainian forum), wk- (the Indonesian forum), tt- (the Japanese profile), ck- (the
Turkish vendor), nt- (the Polish feedback page), nor the words Moestuinkamer, "Oficina do
Serrote", "Lantern Room", "Coin des Aquarellistes", "Circolo degli Scacchi", 灯籠亭, 投稿数, 登録日,
"Warung Kopi", menulis:, Bergabung, "Nocny Targ", Pozytywnych, Herbaciarnia, Çarşı, Kandil, "Geri
bildirim", Iscritto, писав or Повідомлень is in them. Found and no sign of the same template:
"quotetext" (Vanilla's QuoteText, rounds 3 and 9), "smLink" (a market's class=smlink in
markets_general), "a écrit" (bbPress and PyBBM in French, rounds 10 and 24). The earlier rounds'
docstrings name Beehive Forum, Codoforum, Web Wiz Forums and Talkyard only as never used (round
27); esoTalk is named by none.
Languages: English, French, Ukrainian, Indonesian, Italian, Japanese, Dutch, Portuguese, Turkish
and Polish, all used by earlier rounds on other templates.
One page is in KOI8-U (the Cyrillic code page old Ukrainian forums kept): declared by
``<meta http-equiv="Content-Type" content="text/html; charset=koi8-u">``; every letter one byte
(і 0xA6, ї 0xA7, є 0xA4); no earlier round used the code page.

forums (each thread has its posts in page order, dates, quotes, signatures, edit notes and the
author statistics the template shows)
  - a BEEHIVE FORUM thread (English, "The Lantern Room", reviving a sourdough starter), from
    memory: one table.box a message, table.posthead with "From:" / "To:" rows (td.posttofrom, the
    logon linked to user_profile.php), the date in the top td.postinfo ("16 Nov 08:42": the
    current year left out, as Beehive does) and the message number "1.2 in reply to 1.1" below;
    td.postbody with the words, div.sig ("--") and an edit note "EDITED: 16 Nov 13:20 by
    MILLER_ODELL"; the quote as div.quotetext "quote: NAME" over div.quote. No statistics: no
    author records.
  - a TALKYARD topic (French, "Le Coin des Aquarellistes", stretching watercolour paper), from
    memory: div.dw-t > div.dw-p with div.dw-p-hd (a.dw-p-by.esP_By, the username in
    span.esP_By_U; span.dw-ago "il y a 3 jours" with its UTC time in the title; a "modifié" link
    to the edit history) and div.dw-p-bd > div.dw-p-bd-blk; the title as post 0's h1.dw-p-ttl;
    the quote "@NAME a écrit :" over a blockquote. No signatures, no statistics.
  - a custom forum layout (Ukrainian, KOI8-U, "Майстерня на горищі", a first knife for carving
    lime wood), written from memory of hand-made onion forums: div.mh-avtor with ul.mh-stat
    "Повідомлень: 1 204" (a space between thousands), "З нами з: 07.03.2020" (day first); dates
    "15.11.2026 о 10:05", "вчора о 18:20" (yesterday), "2 години тому", "10 хвилин тому"; a quote
    (blockquote "NAME писав:"), signatures (div.mh-pidpys), an edit note (div.mh-red).
  - a custom forum layout (Indonesian, "Warung Kopi Senja", a V60 coffee ratio): aside.wk-profil
    "Pesan: 3.210" (a dot between thousands), "Bergabung: 2 Jan 2021"; dates "17 Nov 2026,
    08:12", "Kemarin, 20:15" (yesterday), "5 jam yang lalu" (hours ago), "Hari ini, 11:40"
    (today); a quote ("NAME menulis:"), signatures (div.wk-tandatangan), an edit note
    ("Terakhir diubah oleh ..."); "Berikutnya »" to page 2.
forum profiles
  - an ESOTALK member page, its statistics tab (Italian, "Il Circolo degli Scacchi", chess), from
    memory: div#memberProfile with h1#memberName, the group and "Ultima attività" with a relative
    time; ul.form.statistics with label/div pairs "Messaggi" "1.274 (0,6 al giorno)", "Iscritto"
    "14 marzo 2022". The reader (cavallo_nero in the user menu) is not the member.
  - a custom forum profile (Japanese, "灯籠亭", crafts), written from memory: a th/td table
    ユーザー名, 投稿数 "2,318 件（1日あたり 1.4 件）", 登録日 "2022年4月9日", 最終ログイン "3時間前";
    the member's signature (署名) and her three recent posts (最近の投稿: titles, boards, dates),
    which are links of the profile, not posts of a thread.
forum indexes
  - a WEB WIZ FORUMS board list (Dutch, "De Moestuinkamer", vegetable gardening), from memory of
    default.asp: table.tableBorder, tr.tableLedger headings "Onderwerpen" / "Berichten" /
    "Laatste bericht", tr.tableSubLedger per category, tr.tableRow per forum with "Subforums:"
    links and the last post ("Door NAME", "Vandaag om 09:12"); the forum statistics below. A
    forum_index, no records, no next page.
  - a CODOFORUM category page listing a board's topics (Portuguese, "Oficina do Serrote",
    woodworking), from memory: div.codo_topic rows with the title, "iniciado por NAME há 2 dias",
    "14 respostas", "402 visualizações" and "última resposta por NAME" with its time; "Próxima »"
    to page 2. A forum_index, its five topics' Thread records.
vendor side (written from memory of public descriptions of darknet-market layouts; every shop,
vendor, product, price and class name is invented; only innocuous goods: books, tea, teaware)
  - a Turkish vendor page ("Çarşı"): a th/td table "Üye olma tarihi" "3 Mart 2024", "Geri
    bildirim" "874 (%97,9 olumlu)" (the percent sign first, a decimal comma), "+856 / 6 / -12",
    "Satış" "1.203"; three listings in lira (no records of this page); the armoured key in a
    read-only textarea.
  - a Polish vendor FEEDBACK page ("Nocny Targ"): "Opinie kupujących o sprzedawcy
    Herbaciarnia_Mazury", "Wszystkich opinii: 1 482", "Pozytywnych: 98,2%", the split 1 456 / 9 /
    17, five reviews (stars, text, product, buyer, sum in złoty, date); "Następna ›" to page 2.
The key is a REAL OpenPGP v4 public key (ed25519) generated for this round with gpg in a throwaway
GnuPG home under /tmp that was deleted afterwards.

How close each page is to its source: no public file of these engines' markup was read for this
round; the class names, nesting and labels are written from memory of the engines' public
descriptions and of their pages, and may differ from any release. Page frames, translated
strings, dates and all content (names, posts, products, prices, places) are invented for this
round; sites and addresses are fictional (.example hosts and made-up 56-character .onion names;
www.w3.org appears only as a vocabulary name in an xmlns, never fetched).

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (4484d29) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 28 --side holdout --misses``): those of 40476af (this session's start), of 3d0a60f
(rounds 23 to 26 mended) and of 6b37b71 (round 27 mended too). None had seen this round's pages;
every helper who wrote those mends kept it out of every scan.

    template               40476af  3d0a60f  6b37b71
    carsi_vendor_tr          0.000    0.833    0.833  (a vendor typed other; then its counts)
    nocnytarg_feedback_pl    0.091    0.571    1.000  (a page of reviews; its vendor)
    torotei_profile_ja       0.250    0.250    0.250  (the signature's label for the name)
    talkyard_topic_fr        0.789    0.789    0.789  (a byline in bodies)
    maisternia_thread_uk     0.821    0.821    0.929  (posts' hours)
    warungkopi_thread_id     0.862    0.897    0.966  (a signature in a body)
    beehive_messages_en      0.947    0.947    0.947  (a quote in a body)
    codoforum_category_pt, esotalk_member_it, webwiz_default_nl 1.000
    overall                  0.720    0.846    0.902

A feedback page's truth was amended after the round was built (this session, before any mend
of it): it carries its vendor's record, the name and the totals the page shows (has_pgp_key
unknown on such a page), as tests/test_parsers_markets_general.py's feedback page has always
carried its vendor (with the reviews as its feedback, which enrichment.demand reads); the
builders of rounds 24 and 27 to 29 had given it none. The table's figures are of the amended truth.

The mends of rounds 23 to 26 carried to this never-seen round on its vendor page (statistics in a
grid, a name by its heading's badges) and its page of reviews (+0.126), and round 27's on its
page of reviews (its vendor's record) and two threads (a name of one token, signatures a poster
repeats) (+0.056). Blind scores of the rounds (3 to 28): 0.646, 0.778, 0.714, 0.946, 0.798,
0.699, 0.601, 0.750, 0.857, 0.466, 0.612, 0.538, 0.773, 0.313, 0.694, 0.684, 0.376, 0.578, 0.517,
0.514, 0.848, 0.777, 0.858, 0.406, 0.782 and here 0.902 (0.720 at this session's start).
KNOWN_MISSES holds every wrong value of 6b37b71. This round is BLIND: do not tune the parsers on
its pages; mend a miss only as a general mechanism, with test pages of its own, and say so here.

Truth amended this session for the forum-index convention (topic lists carry their topics as
Thread records, as the lab's forum-index pages do; a board list carries none):
codoforum_category_topics_pt's five topics (the parsers already gave them). The held-out figure
and KNOWN_MISSES are of the amended truth.

Mended after its blind measure, each miss by a general mechanism with test pages of its own
(8dce6b4 to ec84cf1): an edit note names a poster whatever the letter case, a line dated by a year
alone is no edit note (parsers.post_notes); a bare count every post shows beside its controls is
frame (parsers.repeated_controls); a profile's heading before its rank badge names the member, the
title's name winning (parsers.member_card); a CLDR relative phrase takes no digits from before its
number (parsers.cldr_dates); shares written '%97,9' and 'count (share)' (parsers.stat_rows); a
topic list's rows give their topics whatever their addresses (parsers.index_shape): 0.902 -> 1.000.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.general_rounds import (
    NOW_TIME,
    Round,
    _author,
    _feedback_vendor,
    _post,
    _vendor,
    time_ago,
    v4_fingerprint,
)

DATA = Path(__file__).parent / "data" / "general_r28"

_LANT = "http://lanternrmwpr44243xq6nnrdl3iknrjg5sns55rsrps6cnholgpr5tnd.onion"
_AQUA = "http://aquarellevvskzh3i76g2uagdhq33vd6tausbgtky3jaqlmmqwktdqhd.onion"
_MAIS = "http://maisternia3sa6f5wfew3ui5mjyx7xgrifkmvezm4rdvjfd2uqwdsrkd.onion"
_WARU = "http://warungkopihdfx432ai5l2xmjgdndfwzug3gjiigsomkvkdmqnmcy5ad.onion"
_SCAC = "http://scacchi36avuqgriv6dsc6ohc2cuhcd7b6ece723lvkvdroeaskhsevd.onion"
_TORO = "http://toroteid2zydkkvnecvy4wwyfb2jk5awascilcktzzvwvzn23sau6xmd.onion"
_MOES = "http://moestuin6gre6monetjug2irrj7e7spkdzoef4a7faeqfga6wccnpd4d.onion"
_OFIC = "http://oficina65z5gsaafrhjkhn5dzz2yw52b3pk3faround4qxqutyxsnkbd.onion"
_CARS = "http://carsikandlywwwiueem7ijcyg45yscwos7pzwfk4m2msvescsmsavicd.onion"
_TARG = "http://targnocny6orthsnp33aibci44xvibl423lablim2abjp32vsbnn7dld.onion"
_FP_CARS = "6779EDFD93326F884A3FD954A1A46AF7C4EEB2B7"

#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {"holdout/maisternia_thread_uk_koi8u.html": "koi8-u"}

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # Beehive Forum thread, English: h1.thread_title; the "From:" logons the authors; the dates
    # in td.postinfo without a year ("16 Nov 08:42": the capture year, 2026); "quote:
    # miller_odell" over div.quote a quote (no body); div.sig and "EDITED: ..." no body. No
    # statistics, no next page.
    "holdout/beehive_messages_thread_en.html": {
        "template": "beehive_messages_en", "url": _LANT + "/forum/messages.php?webtag=LANTERN&msg=412.1",
        "type": "thread",
        "records": [
            {"type": "thread", "title": "Reviving a neglected sourdough starter"},
            _post("hattie_crumb", "2026-11-16T08:42:00", 0,
                  "I found a jar of rye starter at the back of the fridge, untouched since August.\n"
                  "It has a grey liquid on top and smells of nail varnish. Is it worth saving or should I "
                  "start again?", []),
            _post("miller_odell", "2026-11-16T13:05:00", 1,
                  "Worth saving. Pour off the liquid, keep one spoonful and feed it equal weights of flour "
                  "and water twice a day.\n"
                  "After three or four days it should double again between feeds.", []),
            _post("hattie_crumb", "2026-11-19T19:27:00", 2,
                  "Day four and it doubled in six hours. The first loaf is proving now, thank you!",
                  ["miller_odell"]),
            _post("quill_and_loaf", "2026-11-20T10:51:00", 3,
                  "A tip for next time: dry a spoonful of active starter on baking paper and keep the "
                  "flakes in a jar.\n"
                  "They wake up in two days.", []),
        ],
    },
    # Talkyard topic, French: h1.dw-p-ttl the title; span.esP_By_U the names; the dw-ago titles
    # (UTC) the times (shown "il y a 3 jours", "il y a 2 jours", "il y a 4 heures", "il y a 35
    # minutes"); "@atelier_ocre a écrit :" over a blockquote a quote; "modifié" no body. No
    # statistics, no signatures, no next page.
    "holdout/talkyard_topic_fr.html": {
        "template": "talkyard_topic_fr", "url": _AQUA + "/-218/tendre-le-papier-aquarelle",
        "type": "thread",
        "records": [
            {"type": "thread", "title": "Tendre le papier aquarelle sans qu'il gondole"},
            _post("lavis_bleu", "2026-11-17T09:40:00", 0,
                  "Mon papier 300 g gondole dès que je pose un lavis un peu mouillé.\n"
                  "Faut-il le tendre sur une planche avec du kraft gommé, ou est-ce inutile avec ce "
                  "grammage ?", []),
            _post("atelier_ocre", "2026-11-18T15:12:00", 1,
                  "Même en 300 g, je tends toujours : on mouille la feuille des deux côtés, on la pose sur "
                  "une planche et on colle les bords au kraft gommé.\n"
                  "Elle sèche à plat pendant la nuit et reste tendue jusqu'à la fin.", []),
            _post("lavis_bleu", "2026-11-20T07:55:00", 2,
                  "Essayé hier soir, la feuille est parfaitement plane ce matin. Merci beaucoup !",
                  ["atelier_ocre"]),
            _post("gouache_et_sel", "2026-11-20T11:25:00", 3,
                  "Autre astuce : des pinces à dessin sur une plaque de plexiglas, pour les petits "
                  "formats.", []),
        ],
    },
    # Custom forum, Ukrainian, KOI8-U: h1.mh-tema the title; a.mh-imia the names; span.mh-data
    # the times ("15.11.2026 о 10:05", "вчора о 18:20" yesterday, "2 години тому", "10 хвилин
    # тому" against NOW); "lypa_i_dub писав:" a quote; div.mh-pidpys and div.mh-red no body;
    # "Повідомлень: 1 204" / "З нами з: 07.03.2020" the statistics (Місто a town, no statistic).
    "holdout/maisternia_thread_uk_koi8u.html": {
        "template": "maisternia_thread_uk", "url": _MAIS + "/tema/2218", "type": "thread",
        "records": [
            {"type": "thread", "title": "Яким ножем почати різьблення по липі?"},
            _post("stolyar_taras", "2026-11-15T10:05:00", 0,
                  "Хочу спробувати різьблення по липі, почну з простої ложки.\n"
                  "Який ніж брати першим: косяк чи звичайний ніж різчика з прямим лезом?", []),
            _post("lypa_i_dub", "2026-11-19T18:20:00", 1,
                  "Для ложки почни з прямого ножа різчика, лезо 40-50 мм.\n"
                  "Косяк знадобиться пізніше, для дрібних деталей. І точи ніж частіше, ніж здається "
                  "потрібним.", []),
            _post("stolyar_taras", "2026-11-20T10:00:00", 2,
                  "Дякую! Замовив ніж з лезом 45 мм, на вихідних спробую.", ["lypa_i_dub"]),
            _post("rizbyar_olena", "2026-11-20T11:50:00", 3,
                  "Ще порада: заготовку для ложки краще брати трохи вологу, вона ріжеться легше.", []),
            _author("stolyar_taras", 1204, "2020-03-07"),
            _author("lypa_i_dub", 8731, "2016-10-21"),
            _author("rizbyar_olena", 56, "2026-08-30"),
        ],
    },
    # Custom forum, Indonesian: h1.wk-judul-topik the title; a.wk-nama the names; the <time>s
    # ("17 Nov 2026, 08:12", "Kemarin, 20:15" yesterday, "5 jam yang lalu", "Hari ini, 11:40"
    # today); "pak_roastery menulis:" a quote; div.wk-tandatangan and div.wk-diubah no body;
    # "Pesan: 3.210" / "Bergabung: 2 Jan 2021" the statistics. "Berikutnya »" to page 2.
    "holdout/warungkopi_thread_id.html": {
        "template": "warungkopi_thread_id", "url": _WARU + "/topik/7781", "type": "thread",
        "next": _WARU + "/topik/7781?hal=2",
        "records": [
            {"type": "thread", "title": "Rasio kopi dan air untuk V60?"},
            _post("seduh_pagi", "2026-11-17T08:12:00", 0,
                  "Saya baru beli V60 dan masih bingung soal takaran.\n"
                  "Kalian biasanya pakai rasio berapa? 1:15 atau 1:16?", []),
            _post("pak_roastery", "2026-11-19T20:15:00", 1,
                  "Mulai dari 1:15, misalnya 20 gram kopi untuk 300 ml air 92 derajat.\n"
                  "Kalau terasa terlalu pekat, naikkan ke 1:16.", []),
            _post("seduh_pagi", "2026-11-20T07:00:00", 2,
                  "Sudah dicoba pagi ini dengan kopi Gayo, hasilnya manis dan bersih. Terima kasih, Pak!",
                  ["pak_roastery"]),
            _post("gilingan_kasar", "2026-11-20T11:40:00", 3,
                  "Jangan lupa ukuran gilingan juga berpengaruh, untuk V60 sedang agak halus.", []),
            _author("seduh_pagi", 3210, "2021-01-02"),
            _author("pak_roastery", 12048, "2017-05-14"),
            _author("gilingan_kasar", 41, "2026-10-09"),
        ],
    },
    # esoTalk member statistics, Italian: h1#memberName torre_bianca (cavallo_nero in the user
    # menu is the reader); "Messaggi" "1.274" the posts; "Iscritto" "14 marzo 2022" joined
    # ("Ultima visita" / "Ultima attività" no joining).
    "holdout/esotalk_member_statistics_it.html": {
        "template": "esotalk_member_it", "url": _SCAC + "/member/statistics/9/torre_bianca",
        "type": "profile", "records": [_author("torre_bianca", 1274, "2022-03-14")],
    },
    # Custom forum profile, Japanese: ユーザー名 kohaku_neko (suzume_no_oyado logged in is the
    # reader); 投稿数 "2,318 件" the posts; 登録日 "2022年4月9日" joined. The signature and the
    # recent posts are no records of this contract.
    "holdout/torotei_member_profile_ja.html": {
        "template": "torotei_profile_ja", "url": _TORO + "/u/kohaku_neko", "type": "profile",
        "records": [_author("kohaku_neko", 2318, "2022-04-09")],
    },
    # Web Wiz Forums board list, Dutch: three categories, six forums (three with sub-forums) with
    # topics, posts and last posts: a forum index, no records, no next page.
    "holdout/webwiz_default_boards_nl.html": {
        "template": "webwiz_default_nl", "url": _MOES + "/forum/default.asp", "type": "forum_index",
        "records": [],
    },
    # Codoforum category page, Portuguese: five topics with starters, replies, views and last
    # posters: a forum index, its five topics' Thread records (truth amended for the convention).
    # "Próxima »" to page 2.
    "holdout/codoforum_category_topics_pt.html": {
        "template": "codoforum_category_pt", "url": _OFIC + "/category/marcenaria", "type": "forum_index",
        "next": _OFIC + "/category/marcenaria/2", "records": [
            {"type": "thread", "title": "Qual cola usar em cadeira de madeira maciça?"},
            {"type": "thread", "title": "Afiação de formões com pedra d'água"},
            {"type": "thread", "title": "Banquinho de pinus para iniciantes"},
            {"type": "thread", "title": "Acabamento com óleo de linhaça ou cera?"},
            {"type": "thread", "title": "Como evitar rachaduras ao secar tábuas"},
        ],
    },
    # Turkish vendor page: h1 "Kandil_Kitabevi" (its "Seviye 3" no name); "Geri bildirim 874
    # (%97,9 olumlu)"; "Üye olma tarihi 3 Mart 2024"; the armoured key in textarea.ck-pgp-key.
    # The listings are links of this page, not records of it.
    "holdout/carsi_vendor_pgp_tr.html": {
        "template": "carsi_vendor_tr", "url": _CARS + "/satici/Kandil_Kitabevi", "type": "vendor",
        "records": [_vendor("Kandil_Kitabevi", 874, 97.9, "2024-03-03", _FP_CARS)],
    },
    # Polish feedback page "Opinie kupujących o sprzedawcy Herbaciarnia_Mazury": a summary and
    # five reviews: its vendor's record (the name,
    # the totals shown; no key on this page: has_pgp_key unknown). "Następna ›" to page 2.
    "holdout/nocnytarg_vendor_opinie_pl.html": {
        "template": "nocnytarg_feedback_pl", "url": _TARG + "/sprzedawca/Herbaciarnia_Mazury/opinie",
        "type": "feedback",
        "next": _TARG + "/sprzedawca/Herbaciarnia_Mazury/opinie?strona=2",
        "records": [_feedback_vendor("Herbaciarnia_Mazury", 1482, 98.2)],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers give on the holdout side where it differs from TRUTH: measured blind with the
# parsers of 6b37b71, re-recorded after the mends (a980441): none.
KNOWN_MISSES: dict[str, dict[str, Any]] = {}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(1.0)
_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)

_text = ROUND.page_text(ENCODINGS)
_posts = ROUND.records_of("post")
_authors = ROUND.author_stats
_NOW = NOW_TIME.replace(tzinfo=None)


def test_eight_forum_pages_and_two_vendor_pages_one_of_which_gives_no_record() -> None:
    kinds = [t["type"] for t in TRUTH.values()]
    assert kinds.count("thread") == 4 and kinds.count("forum_index") == 2 and kinds.count("profile") == 2
    assert [kinds.count(k) for k in ("vendor", "feedback")] == [1, 1]
    assert [p for p, t in TRUTH.items() if not t["records"]] == ["holdout/webwiz_default_boards_nl.html"]
    assert {t["type"] for t in TRUTH.values() if not t["records"]} == {"forum_index"}


def test_one_page_in_english_ten_languages_and_one_in_a_ukrainian_code_page() -> None:
    langs = ROUND.page_langs(ENCODINGS)
    assert sum(lang == "en" for lang in langs.values()) == 1
    assert sorted(langs.values()) == ["en", "fr", "id", "it", "ja", "nl", "pl", "pt", "tr", "uk"]
    assert not any(' dir="rtl"' in _text(page) for page in TRUTH)


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
test_every_post_body_is_written_on_its_page_line_by_line = ROUND.bodies_on_its_page(ENCODINGS)
test_every_address_of_the_truth_and_the_pages_is_a_fictional_host = ROUND.fictional_hosts(ENCODINGS)


def _iso(day: datetime, hhmm: str) -> str:
    return f"{day:%Y-%m-%d}T{hhmm}:00"


def test_the_ukrainian_thread_is_koi8_u_with_its_own_bytes() -> None:
    raw = (DATA / "holdout" / "maisternia_thread_uk_koi8u.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'content="text/html; charset=koi8-u"' in raw and raw.count(b"charset=") == 1
    assert b"&#" not in raw
    # One byte a letter, the Ukrainian ones where KOI8-R has box lines: і 0xA6, ї 0xA7, є 0xA4.
    assert ["і".encode("koi8-u"), "ї".encode("koi8-u"), "є".encode("koi8-u")] == [b"\xa6", b"\xa7", b"\xa4"]
    assert "горищі".encode("koi8-u") in raw and "пам'ятає".encode("koi8-u") in raw
    assert raw.decode("koi8-u") != raw.decode("koi8-r")


def test_the_beehive_thread_dates_numbers_quote_and_notes_are_the_truths() -> None:
    page = "holdout/beehive_messages_thread_en.html"
    text = _text(page)
    heads = re.findall(r'<td width="1%" class="posttofromlabel" align="right">From:</td>\s*'
                       r'<td class="posttofrom" nowrap="nowrap"><a [^>]+>([^<]+)</a>.*?'
                       r'<span class="post_date">(\d\d) (Nov) (\d\d:\d\d)</span>', text, re.S)
    assert [h[0] for h in heads] == [p["author"] for p in _posts(page)]
    # No year on the page: Beehive leaves out the current one, the capture year.
    assert [f"{_NOW.year}-11-{d}T{hm}:00" for _, d, _, hm in heads] == [p["posted_at"] for p in _posts(page)]
    numbers = re.findall(r'<span class="post_number">(1\.\d)</span>'
                         r'(?: in reply to <a href="#a412_\d">(1\.\d)</a>)?', text)
    assert numbers == [("1.1", ""), ("1.2", "1.1"), ("1.3", "1.2"), ("1.4", "")]
    quoted = re.findall(r'<div class="quotetext" id="quote"><b>quote: </b>(\S+)</div>', text)
    assert quoted == [q for p in _posts(page) for q in p["quotes"]] == ["miller_odell"]
    assert text.count('<div class="sig">') == 3 and text.count('<div class="edit_text">') == 1
    assert all("slow conversation" not in p["body"] and "EDITED" not in p["body"] for p in _posts(page))
    assert ROUND.records_of("author")(page) == [] and "next" not in TRUTH[page]


def test_the_talkyard_topic_times_quote_and_edit_link_are_the_truths() -> None:
    page = "holdout/talkyard_topic_fr.html"
    text = _text(page)
    names = re.findall(r'<a class="dw-p-by esP_By" href="/-/users/[^"]+">'
                       r'<span class="esP_By_U">([^<]+)</span>', text)
    assert names == [p["author"] for p in _posts(page)]
    times = re.findall(r'<span class="dw-ago" title="(\d{4}-\d\d-\d\d) (\d\d:\d\d) UTC">([^<]+)</span>', text)
    assert [f"{d}T{hm}:00" for d, hm, _ in times] == [p["posted_at"] for p in _posts(page)]
    assert [shown for _, _, shown in times] == ["il y a 3 jours", "il y a 2 jours", "il y a 4 heures",
                                               "il y a 35 minutes"]
    ages = [_NOW - datetime.fromisoformat(p["posted_at"]) for p in _posts(page)]
    assert [round(a / timedelta(days=1)) for a in ages[:2]] == [3, 2]
    assert int(ages[2] / timedelta(hours=1)) == 4 and ages[3] == timedelta(minutes=35)
    assert '<a class="esMention" href="/-/users/atelier_ocre">@atelier_ocre</a> a écrit :</p>' in text
    assert text.count("<blockquote>") == 1 and _posts(page)[2]["quotes"] == ["atelier_ocre"]
    assert text.count('class="esP_viewHist') == 1 and all("modifié" not in p["body"] for p in _posts(page))
    assert ROUND.records_of("author")(page) == [] and "next" not in TRUTH[page]


def test_the_ukrainian_thread_dates_stats_quote_and_notes_are_the_truths() -> None:
    page = "holdout/maisternia_thread_uk_koi8u.html"
    text = _text(page)
    names = re.findall(r'<a class="mh-imia" href="[^"]+">([^<]+)</a>', text)
    assert names == [p["author"] for p in _posts(page)]
    shown = re.findall(r'<span class="mh-data">([^<]+)</span>', text)
    assert shown == ["15.11.2026 о 10:05", "вчора о 18:20", "2 години тому", "10 хвилин тому"]
    assert [p["posted_at"] for p in _posts(page)] == [
        "2026-11-15T10:05:00", _iso(_NOW - timedelta(days=1), "18:20"), time_ago(hours=2),
        time_ago(minutes=10)]
    stats = re.findall(r'<a class="mh-imia" href="[^"]+">([^<]+)</a>.*?<li>Повідомлень: ([\d ]+)</li>\s*'
                       r"<li>З нами з: (\d\d)\.(\d\d)\.(\d{4})</li>", text, re.S)
    assert {(n, int(c.replace(" ", "")), f"{y}-{m}-{d}") for n, c, d, m, y in stats} == _authors(page)
    quoted = re.findall(r"<cite>(\S+) писав:</cite>", text)
    assert quoted == [q for p in _posts(page) for q in p["quotes"]]
    assert text.count('<div class="mh-pidpys">') == 3 and text.count('<div class="mh-red">') == 1
    assert all("пам'ятає" not in p["body"] and "Відредаговано" not in p["body"] for p in _posts(page))


def test_the_indonesian_thread_dates_stats_quote_notes_and_pager_are_the_truths() -> None:
    page = "holdout/warungkopi_thread_id.html"
    text = _text(page)
    names = re.findall(r'<a class="wk-nama" href="[^"]+">([^<]+)</a>', text)
    assert names == [p["author"] for p in _posts(page)]
    shown = re.findall(r'<div class="wk-waktu"><time>([^<]+)</time>', text)
    assert shown == ["17 Nov 2026, 08:12", "Kemarin, 20:15", "5 jam yang lalu", "Hari ini, 11:40"]
    assert [p["posted_at"] for p in _posts(page)] == [
        "2026-11-17T08:12:00", _iso(_NOW - timedelta(days=1), "20:15"), time_ago(hours=5),
        _iso(_NOW, "11:40")]
    months = {"Jan": 1, "Mei": 5, "Okt": 10}
    stats = re.findall(r'<a class="wk-nama" href="[^"]+">([^<]+)</a>.*?'
                       r'<span class="wk-angka">Pesan: ([\d.]+)</span>\s*'
                       r'<span class="wk-angka">Bergabung: (\d{1,2}) (\w+) (\d{4})</span>', text, re.S)
    assert {(n, int(c.replace(".", "")), f"{y}-{months[m]:02}-{int(d):02}") for n, c, d, m, y in stats} == (
        _authors(page))
    quoted = re.findall(r'<div class="wk-kutipan-kepala">(\S+) menulis:</div>', text)
    assert quoted == [q for p in _posts(page) for q in p["quotes"]]
    assert text.count('<div class="wk-tandatangan">') == 3 and text.count('<div class="wk-diubah">') == 1
    assert all("pikiran jernih" not in p["body"] and "Terakhir diubah" not in p["body"] for p in _posts(page))
    assert '<a class="wk-lanjut" href="/topik/7781?hal=2">Berikutnya »</a>' in text
    assert TRUTH[page]["next"] == _WARU + "/topik/7781?hal=2"


def test_the_esotalk_statistics_are_the_truths() -> None:
    page = "holdout/esotalk_member_statistics_it.html"
    text = _text(page)
    fields = dict(re.findall(r"<li><label>([^<]+)</label> <div>(?:<span title='[^']+'>)?([^<]+)", text))
    (author,) = TRUTH[page]["records"]
    assert re.search(r"<h1 id='memberName'>([^<]+)</h1>", text).group(1) == author["name"]  # type: ignore[union-attr]
    assert fields["Messaggi"] == "1.274 " and author["post_count"] == 1274
    assert fields["Iscritto"] == "14 marzo 2022" and author["joined"] == "2022-03-14"
    assert "cavallo_nero" in text and author["name"] != "cavallo_nero"


def test_the_japanese_profile_fields_signature_and_recent_posts() -> None:
    page = "holdout/torotei_member_profile_ja.html"
    text = _text(page)
    fields = dict(re.findall(r"<tr><th>([^<]+)</th><td>([^<]+)</td></tr>", text))
    (author,) = TRUTH[page]["records"]
    assert fields["ユーザー名"] == author["name"]
    posts = re.fullmatch(r"([\d,]+) 件（1日あたり 1\.4 件）", fields["投稿数"])
    assert posts is not None and int(posts.group(1).replace(",", "")) == author["post_count"]
    year, month, day = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", fields["登録日"]).groups()  # type: ignore[union-attr]
    assert f"{year}-{int(month):02}-{int(day):02}" == author["joined"]
    assert text.count('<div class="tt-signature">') == 1
    recent = re.findall(r'<span class="tt-recent-date">(\d{4}/\d\d/\d\d \d\d:\d\d)</span>', text)
    assert len(recent) == 3 and _posts(page) == [] and len(TRUTH[page]["records"]) == 1


def test_the_board_list_has_forums_subforums_and_totals_but_no_post_and_no_next_page() -> None:
    page = "holdout/webwiz_default_boards_nl.html"
    text = _text(page)
    forums = re.findall(r'<td><div style="float:left"><a href="forum_topics.asp\?FID=\d+">([^<]+)</a>', text)
    assert len(forums) == 6 and text.count('<tr class="tableSubLedger">') == 3
    # Five sub-forum links and six last posters' links, in three "Subforums:" lines.
    assert text.count("Subforums: ") == 3 and text.count('class="smLink"') == 5 + 6
    counts = re.findall(r'<td width="6%" align="center">(\d+)</td>\s*'
                        r'<td width="6%" align="center">(\d+)</td>', text)
    assert sum(int(t) for t, _ in counts) == 930 and sum(int(p) for _, p in counts) == 8168
    assert "<strong>8168</strong> berichten geplaatst in <strong>930</strong> onderwerpen" in text
    assert "next" not in TRUTH[page] and TRUTH[page]["records"] == []


def test_the_topic_list_has_replies_views_last_posters_a_next_page_and_its_topics() -> None:
    page = "holdout/codoforum_category_topics_pt.html"
    text = _text(page)
    rows = re.findall(r'<div class="codo_topic_title"><a href="/topic/\d+">([^<]+)</a></div>.*?'
                      r'<span class="codo_topic_stat_num">(\d+)</span> respostas.*?'
                      r'<span class="codo_topic_stat_num">(\d+)</span> visualizações.*?'
                      r'última resposta por <a href="/user/profile/[^"]+">([^<]+)</a>', text, re.S)
    assert len(rows) == 5 and sum(int(r) for _, r, _, _ in rows) == 82
    assert [last for *_, last in rows] == ["formao_velho", "serrote_fino", "lixa_120", "verniz_dona_ana",
                                           "mestre_ipe"]
    assert '<a class="codo_next" href="/category/marcenaria/2">Próxima &raquo;</a>' in text
    assert TRUTH[page]["next"] == _OFIC + "/category/marcenaria/2"
    assert [t["title"] for t in TRUTH[page]["records"]] == [title for title, *_ in rows]


def _armoured(text: str) -> str:
    block = re.search(r"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=[A-Za-z0-9+/]{4}\n"
                      r"-----END PGP PUBLIC KEY BLOCK-----", text, re.S)
    assert block is not None
    return block.group(1)


def test_the_vendor_page_carries_a_real_v4_key_and_its_feedback_figures() -> None:
    page = "holdout/carsi_vendor_pgp_tr.html"
    text = _text(page)
    vendor = TRUTH[page]["records"][0]
    assert '<textarea class="ck-pgp-key" rows="12" readonly>-----BEGIN PGP PUBLIC KEY BLOCK-----' in text
    assert v4_fingerprint(_armoured(text)) == _FP_CARS == vendor["pgp_fingerprint"]
    facts = dict(re.findall(r"<tr><th>([^<]+)</th><td>([^<]*)", text))
    assert facts["Üye olma tarihi"] == "3 Mart 2024" and vendor["member_since"] == "2024-03-03"
    assert facts["Geri bildirim"] == "874 " and '<span class="ck-muted">(%97,9 olumlu)</span>' in text
    split = re.search(r'<span class="ck-pos">\+(\d+)</span> / <span class="ck-neu">(\d+)</span> / '
                      r'<span class="ck-neg">-(\d+)</span>', text)
    assert split is not None
    positive, neutral, negative = (int(n) for n in split.groups())
    assert positive + neutral + negative == vendor["feedback_count"] == 874
    assert round(100 * positive / vendor["feedback_count"], 1) == vendor["rating"] == 97.9
    assert facts["Satış"] == "1.203"


def test_the_feedback_page_lists_reviews_and_a_next_page_and_its_vendors_totals() -> None:
    page = "holdout/nocnytarg_vendor_opinie_pl.html"
    text = _text(page)
    stars = re.findall(r'<div class="nt-review__stars" title="(\d)/5">([★☆]{5})</div>', text)
    assert len(stars) == 5 and all(s.count("★") == int(n) for n, s in stars)
    dates = re.findall(r"<time>(\d\d)\.11\.2026</time>", text)
    assert dates == ["19", "18", "16", "14", "12"]
    assert "Wszystkich opinii: <strong>1 482</strong>" in text
    assert "Pozytywnych: <strong>98,2%</strong>" in text
    split = [int(n.replace(" ", "")) for n in re.findall(r"</a>: ([\d ]+)</li>", text)]
    assert sum(split) == 1482 and round(100 * split[0] / 1482, 1) == 98.2
    assert ('<a class="nt-pager__next" href="/sprzedawca/Herbaciarnia_Mazury/opinie?strona=2">Następna ›</a>'
            in text)
    assert TRUTH[page]["next"] == _TARG + "/sprzedawca/Herbaciarnia_Mazury/opinie?strona=2"
    (vendor,) = TRUTH[page]["records"]
    assert (vendor["feedback_count"], vendor["rating"]) == (1482, 98.2)
