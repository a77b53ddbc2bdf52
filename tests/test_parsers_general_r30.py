"""parsers.parse_page on round-30 generality pages (tests/data/general_r30): a fully BLIND held-out
set of FORUM-side pages as a crawl of onion forums returns them, in mixed languages (English on two
pages). Ten pages, all on the HOLDOUT side (no tune side: no rule was written for any of them), each
an engine, template or layout in no earlier round, written from memory of public descriptions of
their engines' markup (the project's reference search was asked for ZetaBoards' topic view and
Jitbit AspNetForum's messages.aspx and found neither; every custom forum here is invented), with
fictional names, words and dates put in. Five threads (two of engines no round used, three custom
onion-forum layouts), two member profiles, a forum index, a login page with a text captcha and a
"checking your connection" queue.

Every page is an engine, template or layout in none of rounds 3-29, tests/data/forums_general,
tests/data/markets_general, tests/data/board_posts or tests/data/poster_panels (round 31, built
at the same time by another helper, was neither read nor used): their directories were listed and
grepped for each page's names and class names, and none of zetaboards, c_username, c_postinfo,
c_sig, editby (ZetaBoards), AspNetForum, authorcell, messagecell, roundedborder (Jitbit
AspNetForum), nor the invented prefixes class="cl- (the English carding-style forum), sk- (the
Russian forum), fh- (the Swedish profile), kk- (the Hungarian profile), bl- (the Italian index),
co- (the Turkish login), sw- (the English queue), nor class="lq" / class="al" (the Finnish
board), nor the words "Crimson Ledger", Самовар, Lankakori, Fågelholken, Liutaio, "Çay Ocağı",
Regisztrált, Hozzászólások, Inlägg, Sezione or Doğrula is in them. Found and no sign of the same
template: quote_header (YaBB 2.5 in round 11 and ProBoards in round 21, as the heading of their
own quotes), Kertbarát (round 13's AsmBB login, "Kertbarátok fóruma"), Sawdust (a signature in
forums_general's vBulletin 5 thread), "Medlem sedan" (round 24's Swedish profile in MacRoman,
its own td.mr-k markup), kirjoitti (round 13's Finnish Kitto board), schrieb: (round 9's Vanilla
2), dijo: (round 9's Discourse), Цитата and
Регистрация: (rounds 8, 11 and 25 in their own markup), queue (rounds
3, 8 and 23's EndGame-style queues, not this one). The earlier rounds' docstrings name Simple:Press
(round 20), wpForo (7), ProBoards (21), YaBB (11), JForum (19) and Vanilla 2 (9) as used, which is
why this round's two engines are ZetaBoards and Jitbit AspNetForum, named by no round.
Languages: Spanish, German, English (twice), Russian, Finnish, Swedish, Hungarian, Italian and
Turkish, all used by earlier rounds on other templates.
One page is in windows-1251 (the Cyrillic code page old Russian forums kept): declared by
``<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">``; every letter one
byte (а 0xE0, я 0xFF, ё 0xB8), the dash — 0x97, » 0xBB.

threads (each has its posts in page order, dates, quotes, signatures, edit notes and the author
statistics the template shows)
  - a ZETABOARDS topic (Spanish, "El Bancal Compartido", saving tomato seeds), from memory:
    table.topic, a tr a header (td.c_username, td.c_postinfo with span.left the date and
    span.right "#N"), a tr of td.c_user (dl.user_info "Mensajes:" "1.482" with a dot between
    thousands, "Registrado:" "3 mar 2019") and td.c_post, a tr of td.c_sig, tr.c_postfoot;
    quotes div.quote_header "NAME @ DATE dijo:" over div.quote, NESTED once in the third post;
    div.editby an edit note; dates "15 nov 2026, 09:14", "Ayer, 21:37" and "Hoy, 10:25".
  - a JITBIT ASPNETFORUM thread (German, "Käsekeller Forum", a first camembert), from memory of
    messages.aspx: table.roundedborder.biglist, td.authorcell (a.username, span.gray
    "Beiträge: 4.876", "Registriert: 03.09.2011") and td.messagecell (div.gray "gepostet am
    16.11.2026 19:48" or "gepostet vor 5 Stunden", div.messagebody, div.signature, an edit note
    "zuletzt bearbeitet von ..."); the quote div.quote "NAME schrieb:"; "Nächste »" to page 2.
  - a custom CARDING-FORUM-STYLE layout (English, "Crimson Ledger", fountain pens: the layout of
    such boards, innocuous content), written from memory: aside.cl-user with a rank, stars, and
    dl.cl-ustats Posts "3,918", Reputation "+1,204", Joined "Jan 3, 2021"; span.cl-date shown
    "Yesterday at 9:12 AM" / "1 hour ago" with its UTC time in the title; blockquote "NAME said:",
    div.cl-edited, div.cl-sig; a balance and a mirror notice in the frame; "Next ›" to page 2.
  - a custom RUSSIAN forum (windows-1251, "Самоварный клуб", tinning a samovar), written from
    memory: a table, a header tr a post (a.sk-nik, "Отправлено: 14.11.2026 в 19:40", "вчера в
    11:05", "3 часа назад"), td.sk-info "Сообщений: 2 147" (a space between thousands),
    "Регистрация: 05.06.2014"; quotes div.sk-citata "Цитата (NAME)", NESTED once in the third
    post; signatures "____________" div.sk-podpis, an edit note div.sk-pravka.
  - a MINIMAL PHP board (Finnish, "Lankakori", wool socks), written from memory of one-file
    boards: div.v a post, the name in b, "(viestejä 1583, liittynyt 12.4.2015) · 13.11.2026
    klo 20.14" (a dot in the time), "eilen klo 17.52", "tänään klo 9.40"; the quote
    "NAME kirjoitti:" in div.lq; "-- " signatures (div.al); "Muokattu viimeksi ..." an edit note.
member profiles
  - a custom forum profile (Swedish, "Fågelholken", birds): h1 the name; a th/td table "Inlägg"
    "1 076 (0,54 per dag)", "Medlem sedan" "17 maj 2021", "Senast aktiv" "i dag 10:12"; a
    signature and three recent posts (links of the profile, not posts). The reader
    (gransangare, logged in) is not the member.
  - a custom forum profile (Hungarian, "Kertbarát Kör", gardening): dl "Felhasználónév:",
    "Regisztrált:" "2018. március 9." (year first), "Hozzászólások:" "2 904"; "Utoljára itt:"
    "tegnap 21:48" no joining; the reader hagymas_bori is not the member.
forum index
  - a custom board list (Italian, "La Bottega del Liutaio", violin making): three categories,
    five sections with topics, posts ("17.902") and last posts ("oggi alle 10:58", "25 minuti
    fa"), sub-sections, statistics: a forum_index, no records, no next page.
interstitials
  - a LOGIN page with a TEXT captcha (Turkish, "Çay Ocağı Forumu"): user name, password and the
    question "Yedi artı iki kaç eder?" (what is seven plus two?): a login, no records.
  - a "checking your connection" QUEUE (English, "Sawdust Circle"): "Your position: 14 of 41",
    the wait, a meta refresh every 30 seconds: a ddos_protection page, no records.

How close each page is to its source: no public file of these engines' markup was read for this
round; the class names, nesting and labels are written from memory of the engines' public
descriptions and of their pages, and may differ from any release. Page frames, translated
strings, dates and all content (names, posts, places) are invented for this round; sites and
addresses are fictional (.example hosts and made-up 56-character .onion names; www.w3.org appears
only in the German page's doctype and xmlns, never fetched).

Truth conventions, as rounds 24-29: a forum index carries no records; a login page and a queue
carry none; a post's quotes are the members it quotes, a nested quote's member too (outer first);
its body leaves out quotes, signatures and edit notes; an author record for every member whose
statistics the thread shows, once, in order of first post; relative dates resolve against NOW.

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (75a0156) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 30 --side holdout --misses``): those of 40476af (this session's start), of 6b37b71
(rounds 23 to 27 mended) and of 7d647b4 (rounds 28 and 29 mended too). None had seen this round's
pages; every helper who wrote those mends kept it out of every scan.

    template                 40476af  6b37b71  7d647b4
    liutaio_index_it           0.000    0.000    0.000  (a board list typed other)
    samovarklub_thread_ru      0.000    0.000    0.000  (no post found)
    kertbaratkor_profile_hu    0.000    1.000    1.000  (a member's profile by its shape)
    lankakori_board_fi         0.500    0.667    0.667  (join days for post dates; stats)
    aspnetforum_messages_de, cayocagi_login_tr, crimsonledger_thread_en, fagelholken_profile_sv,
    sawdustcircle_queue_en, zetaboards_topic_es 1.000
    overall                    0.781    0.831    0.831

The mends of rounds 23 to 27 carried to this never-seen round on a member's profile (read by its
shape, parsers.member_card) and a minimal board's posts (+0.050); those of rounds 28 and 29 added
nothing here. Blind scores of the rounds (3 to 30): 0.646, 0.778, 0.714, 0.946, 0.798, 0.699,
0.601, 0.750, 0.857, 0.466, 0.612, 0.538, 0.773, 0.313, 0.694, 0.684, 0.376, 0.578, 0.517, 0.514,
0.848, 0.777, 0.858, 0.406, 0.782, 0.902, 0.752 and here 0.831 (0.781 at this session's start).
KNOWN_MISSES holds every wrong value of 7d647b4. This round is BLIND: do not tune the parsers on
its pages; mend a miss only as a general mechanism, with test pages of its own, and say so here.

Mended after its blind measure, each miss by a general mechanism with test pages of its own
(881f3c5, a980441): runs of table rows told apart by their cells' positions, a run with a long cell
no index row (parsers.post_rows, parsers.post_gates); a quote box opening with its own header line
(parsers.quotes); a nested quote credits both members (parsers.post_read); a signature under a
line of underscores (parsers.post_parts); a poster's statistics as pieces of a line
(parsers.stat_pieces); repeated caption rows of a board list are headings (parsers.index_shape):
0.831 -> 1.000.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.general_rounds import NOW_TIME, Round, _author, _post, day_ago, shown_number, time_ago

DATA = Path(__file__).parent / "data" / "general_r30"

_BANCAL = "http://bancalcompartidoocsxk4pdxhcydgqfxjaluzqwdjeirw43wdvakqrd.onion"
_KAESE = "http://kaesekellerwrnj4qx3jqreto6l4bh2hibnlsya44w6fsyi2ujaodkyd.onion"
_CRIMSON = "http://crimsonldgrw2xbck3fio5kz6qar3iewyrq5yo5b2oca5gyflj2oq6wd.onion"
_SAMOVAR = "http://samovarklub6nivveahxw4zxid2jnr2houadgls4od4zmawh74bfymwd.onion"
_LANKA = "http://lankakorivehlibkyz6ss5mlaqalrrnnylyqkhln6lixn5skkmzdehld.onion"
_FAGEL = "http://fagelholken4q7uckyqpj7fyw4uacftmtstzixopbny6n6txbvwoz54d.onion"
_KERT = "http://kertbaratkork34fusrqmyrh56xfbujxlzduxq6oylfc3hvxcll77ljd.onion"
_LIUT = "http://bottegaliutaioydg6ziro6blwpuxybhafw7i7gtp2aqohfnxcs3z3zd.onion"
_CAY = "http://cayocagimqme5xndmpiw7zemmjmc2uhzgrh354tpc7frnp43rkqzl2id.onion"
_SAW = "http://sawdustcircle72ynjdx2u4jodpwwcofnfl2dimsslav6fqeza7n743d.onion"

#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {"holdout/samovarklub_thread_ru_cp1251.html": "windows-1251"}

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # ZetaBoards topic, Spanish: the h1 in the table's head the title; td.c_username the names;
    # span.left the dates ("Ayer, 21:37" yesterday, "Hoy, 10:25" today); div.quote_header "NAME @
    # DATE dijo:" a quote (the third post's nested: abuelo_semillero's quote holding
    # tomatera_de_vega's); td.c_sig and div.editby no body; dl.user_info "Mensajes:" /
    # "Registrado:" the statistics ("Miembro #1.041" a member number, no count). One page.
    "holdout/zetaboards_topic_es.html": {
        "template": "zetaboards_topic_es", "url": _BANCAL + "/topic/7734/1/", "type": "thread",
        "records": [
            {"type": "thread", "title": "Guardar semillas de tomate de un año para otro"},
            _post("tomatera_de_vega", "2026-11-15T09:14:00", 0,
                  "Este año el tomate corazón de buey me ha salido buenísimo y quiero guardar semillas.\n"
                  "¿Basta con secarlas sobre papel de cocina o hay que fermentarlas antes?", []),
            _post("abuelo_semillero", "2026-11-16T18:02:00", 1,
                  "Fermentarlas siempre: pulpa y semillas en un vaso con un poco de agua, tres días tapado "
                  "con una gasa.\n"
                  "Luego se lavan en un colador y se secan sobre un plato, nunca sobre papel porque se "
                  "pegan.",
                  ["tomatera_de_vega"]),
            _post("tomatera_de_vega", "2026-11-19T21:37:00", 2,
                  "Hecho. Al tercer día salió una capa de moho blanco encima, supongo que es normal.\n"
                  "Ya están secándose en un plato de loza junto a la ventana.",
                  ["abuelo_semillero", "tomatera_de_vega"]),
            _post("lechuga_trocadero", "2026-11-20T10:25:00", 3,
                  "Sí, el moho es normal y se va al lavarlas. Yo las guardo en sobres de papel con el nombre "
                  "y el año.", []),
            _author("tomatera_de_vega", 1482, "2019-03-03"),
            _author("abuelo_semillero", 9307, "2012-01-21"),
            _author("lechuga_trocadero", 64, "2025-09-08"),
        ],
    },
    # Jitbit AspNetForum thread, German: h1.inline the title; a.username the names; div.gray
    # "gepostet am DD.MM.YYYY HH:MM" / "gepostet vor 5 Stunden" the dates; "molke_matthias
    # schrieb:" a quote; div.signature and "zuletzt bearbeitet ..." no body; span.gray
    # "Beiträge:" / "Registriert:" the statistics ("Moderator" a title). "Nächste »" to page 2.
    "holdout/aspnetforum_messages_de.html": {
        "template": "aspnetforum_messages_de", "url": _KAESE + "/forum/messages.aspx?TopicID=4412",
        "type": "thread", "next": _KAESE + "/forum/messages.aspx?TopicID=4412&page=2",
        "records": [
            {"type": "thread", "title": "Erster Camembert: weiße Rinde bleibt aus"},
            _post("molke_matthias", "2026-11-16T19:48:00", 0,
                  "Mein erster Camembert liegt seit neun Tagen bei 12 Grad im Reifeschrank, aber von weißem "
                  "Schimmel ist nichts zu sehen.\n"
                  "Ich habe Penicillium candidum direkt in die Milch gegeben. Was mache ich falsch?", []),
            _post("sennerin_alma", "2026-11-17T08:05:00", 1,
                  "Das ist richtig so, aber 12 Grad sind zu warm und meist ist die Luft zu trocken.\n"
                  "Stell die Käse in eine Box mit Deckel, bei 10 bis 11 Grad und gut 90 Prozent "
                  "Luftfeuchte, und wende sie jeden Tag.", ["molke_matthias"]),
            _post("molke_matthias", "2026-11-20T07:00:00", 2,
                  "Danke! In der Box zeigt sich nach zwei Tagen der erste weiße Flaum.", []),
            _author("molke_matthias", 312, "2018-02-14"),
            _author("sennerin_alma", 4876, "2011-09-03"),
        ],
    },
    # Carding-forum-style layout, English: h1.cl-thread-title; a.cl-uname the names (ranks and
    # stars no names); span.cl-date's title (UTC) the times (shown "Nov 18, 2026 at 2:30 PM",
    # "Yesterday at 9:12 AM", "1 hour ago"); "inkblot_rook said:" a quote; div.cl-edited and
    # div.cl-sig no body; Posts / Joined the statistics (Reputation no count of posts); the
    # balance and the mirror notice belong to the frame. "Next ›" to page 2.
    "holdout/crimsonledger_thread_en.html": {
        "template": "crimsonledger_thread_en", "url": _CRIMSON + "/t/55120-best-budget-fountain-pen",
        "type": "thread", "next": _CRIMSON + "/t/55120-best-budget-fountain-pen?page=2",
        "records": [
            {"type": "thread", "title": "Best budget fountain pen for daily journaling?"},
            _post("inkblot_rook", "2026-11-18T14:30:00", 0,
                  "I write a page every evening and my cheap gel pens keep drying out.\n"
                  "Looking for a fountain pen under 30 USD that does not skip on regular notebook paper. "
                  "Fine nib preferred.", []),
            _post("quill_baron", "2026-11-19T09:12:00", 1,
                  "Get a steel fine nib from any of the big Japanese makers, they run a size finer than "
                  "European nibs.\n"
                  "Pair it with a well-behaved blue-black ink and 80 gsm paper and you will not see "
                  "feathering.", ["inkblot_rook"]),
            _post("margin_notes", "2026-11-20T10:47:00", 2,
                  "Seconding the Japanese fine nib. Mine has survived two years in a coat pocket.", []),
            _author("inkblot_rook", 847, "2023-08-12"),
            _author("quill_baron", 3918, "2021-01-03"),
            _author("margin_notes", 12, "2026-10-28"),
        ],
    },
    # Russian forum, windows-1251: h1.sk-tema the title; a.sk-nik the names; "Отправлено: ..."
    # the dates ("вчера в 11:05" yesterday, "3 часа назад" three hours ago); "Цитата (NAME)" a
    # quote (the third post's nested: mednik_petrovich's quote holding tulyak_1901's);
    # div.sk-podpis and div.sk-pravka no body; "Сообщений:" / "Регистрация:" the statistics
    # (Статус a title, Откуда a town). One page.
    "holdout/samovarklub_thread_ru_cp1251.html": {
        "template": "samovarklub_thread_ru", "url": _SAMOVAR + "/tema/1187", "type": "thread",
        "records": [
            {"type": "thread", "title": "Как лудить старый самовар?"},
            _post("tulyak_1901", "2026-11-14T19:40:00", 0,
                  "Купил на барахолке угольный самовар 1901 года, внутри полуда почти вся сошла.\n"
                  "Кто-нибудь лудил сам? Какое олово брать и чем чистить перед лужением?", []),
            _post("mednik_petrovich", "2026-11-19T11:05:00", 1,
                  "Только чистое пищевое олово, без свинца. Сначала отчистить старую полуду лимонной "
                  "кислотой и мелкой шкуркой.\n"
                  "Потом греть над горелкой, посыпать нашатырём и растирать олово паклей, пока не ляжет "
                  "ровно.", ["tulyak_1901"]),
            _post("kipyatok", "2026-11-20T09:00:00", 2,
                  "А где сейчас берут пищевое олово? В хозяйственном только припой со свинцом.",
                  ["mednik_petrovich", "tulyak_1901"]),
            _author("tulyak_1901", 2147, "2014-06-05"),
            _author("mednik_petrovich", 6590, "2010-01-22"),
            _author("kipyatok", 38, "2026-09-11"),
        ],
    },
    # Minimal PHP board, Finnish: h2 the title; b the names; "(viestejä N, liittynyt D.M.YYYY) ·
    # DATE" the statistics and dates ("eilen klo 17.52" yesterday, "tänään klo 9.40" today);
    # "puikkomummo kirjoitti:" a quote; div.al ("-- ") and "Muokattu viimeksi ..." no body.
    "holdout/lankakori_board_thread_fi.html": {
        "template": "lankakori_board_fi", "url": _LANKA + "/topic.php?t=318", "type": "thread",
        "records": [
            {"type": "thread", "title": "Villasukkien kantapää aina liian väljä"},
            _post("puikkomummo", "2026-11-13T20:14:00", 0,
                  "Neulon villasukkia 7 veljeksen langalla ja puikoilla 3,5, mutta kantapää jää aina "
                  "väljäksi ja sukka valuu kengässä.\n"
                  "Pitäisikö kantalapussa ottaa vähemmän silmukoita?", []),
            _post("lapasvelho", "2026-11-19T17:52:00", 1,
                  "Kokeile tiimalasikantapäätä tai tee kantalappu vahvistetulla neuleella, se kiristää.\n"
                  "Ja puikot 3 kantalappuun, sitten takaisin 3,5.", ["puikkomummo"]),
            _post("puikkomummo", "2026-11-20T09:40:00", 2,
                  "Vahvistettu kantalappu ja ohuemmat puikot auttoivat, nyt sukka pysyy jalassa. Kiitos!",
                  []),
            _author("puikkomummo", 1583, "2015-04-12"),
            _author("lapasvelho", 412, "2020-01-03"),
        ],
    },
    # Swedish profile: h1.fh-namn talltita_lena (gransangare logged in is the reader); "Inlägg"
    # "1 076" the posts; "Medlem sedan" "17 maj 2021" joined ("i dag 10:12" the last visit). The
    # signature and the recent posts are no records of this contract.
    "holdout/fagelholken_member_profile_sv.html": {
        "template": "fagelholken_profile_sv", "url": _FAGEL + "/medlem/talltita_lena", "type": "profile",
        "records": [_author("talltita_lena", 1076, "2021-05-17")],
    },
    # Hungarian profile: "Felhasználónév:" kovacs_paradicsom (hagymas_bori logged in is the
    # reader); "Hozzászólások:" "2 904" the posts; "Regisztrált:" "2018. március 9." joined.
    "holdout/kertbaratkor_adatlap_hu.html": {
        "template": "kertbaratkor_profile_hu", "url": _KERT + "/tag/kovacs_paradicsom", "type": "profile",
        "records": [_author("kovacs_paradicsom", 2904, "2018-03-09")],
    },
    # Italian board list: three categories, five sections with topics, posts and last posts: a
    # forum index, no records, no next page.
    "holdout/liutaio_forum_index_it.html": {
        "template": "liutaio_index_it", "url": _LIUT + "/", "type": "forum_index", "records": [],
    },
    # Turkish login with a text captcha ("Yedi artı iki kaç eder?"): a login, no records.
    "holdout/cayocagi_giris_captcha_tr.html": {
        "template": "cayocagi_login_tr", "url": _CAY + "/giris", "type": "login", "records": [],
    },
    # English queue "Checking your connection before you enter the forum": position 14 of 41, a
    # refresh every 30 seconds: a ddos_protection page, no records.
    "holdout/sawdustcircle_queue_en.html": {
        "template": "sawdustcircle_queue_en", "url": _SAW + "/", "type": "ddos_protection", "records": [],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers give on the holdout side where it differs from TRUTH: measured blind with the
# parsers of 7d647b4, re-recorded after the mends (a980441): none.
KNOWN_MISSES: dict[str, dict[str, Any]] = {}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(1.0)
_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)

_text = ROUND.page_text(ENCODINGS)
_posts = ROUND.records_of("post")
_authors = ROUND.author_stats
_NOW = NOW_TIME.replace(tzinfo=None)


def test_five_threads_two_profiles_an_index_a_login_and_a_queue_three_of_which_give_no_record() -> None:
    kinds = [t["type"] for t in TRUTH.values()]
    assert [kinds.count(k) for k in ("thread", "profile", "forum_index", "login", "ddos_protection")] == [
        5, 2, 1, 1, 1]
    assert {t["type"] for t in TRUTH.values() if not t["records"]} == {
        "forum_index", "login", "ddos_protection"}
    for page, truth in TRUTH.items():
        if truth["type"] == "thread":
            authors = [p["author"] for p in _posts(page)]
            # An author record for every poster, once, in order of first post.
            assert [a for a, _, _ in sorted(_authors(page), key=lambda s: authors.index(s[0]))] == list(
                dict.fromkeys(authors)), page


def test_two_pages_in_english_ten_in_nine_languages_and_one_in_a_cyrillic_code_page() -> None:
    langs = ROUND.page_langs(ENCODINGS)
    assert sorted(langs.values()) == ["de", "en", "en", "es", "fi", "hu", "it", "ru", "sv", "tr"]
    assert not any(' dir="rtl"' in _text(page) for page in TRUTH)
    assert set(ENCODINGS) == {page for page in TRUTH if "cp1251" in page}


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
test_every_post_body_is_written_on_its_page_line_by_line = ROUND.bodies_on_its_page(ENCODINGS)
test_every_address_of_the_truth_and_the_pages_is_a_fictional_host = ROUND.fictional_hosts(ENCODINGS)


def test_the_russian_thread_is_windows_1251_with_its_own_bytes() -> None:
    raw = (DATA / "holdout" / "samovarklub_thread_ru_cp1251.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'content="text/html; charset=windows-1251"' in raw and raw.count(b"charset=") == 1
    assert b"&#" not in raw
    # One byte a letter: а 0xE0, я 0xFF, ё (нашатырём) 0xB8; the dash — 0x97 and » 0xBB.
    assert ["а".encode("cp1251"), "я".encode("cp1251"), "ё".encode("cp1251")] == [b"\xe0", b"\xff", b"\xb8"]
    assert "Самоварный клуб".encode("cp1251") in raw and "нашатырём".encode("cp1251") in raw
    assert b" \x97 " in raw and b" \xbb " in raw
    assert raw.decode("cp1251") != raw.decode("koi8-r")


def test_the_zetaboards_topic_dates_stats_and_nested_quote_are_the_truths() -> None:
    page = "holdout/zetaboards_topic_es.html"
    text = _text(page)
    heads = re.findall(r'<td class="c_username"><a href="/profile/\d+/" class="member">([^<]+)</a></td>\s*'
                       r'<td class="c_postinfo"><span class="left">([^<]+)</span>', text)
    assert [h[0] for h in heads] == [p["author"] for p in _posts(page)]
    assert [h[1] for h in heads] == ["15 nov 2026, 09:14", "16 nov 2026, 18:02", "Ayer, 21:37", "Hoy, 10:25"]
    assert [p["posted_at"] for p in _posts(page)][2:] == [f"{day_ago(1)}T21:37:00", f"{day_ago(0)}T10:25:00"]
    stats = re.findall(r"<dt>Mensajes:</dt><dd>([\d.]+)</dd><dt>Miembro</dt><dd>#[\d.]+</dd>"
                       r"<dt>Registrado:</dt><dd>([^<]+)</dd>", text)
    assert stats[:2] + stats[3:] == [("1.482", "3 mar 2019"), ("9.307", "21 ene 2012"), ("64", "8 sep 2025")]
    months = {"ene": 1, "mar": 3, "sep": 9}
    joined = [f"{y}-{months[m]:02d}-{int(d):02d}" for _, j in stats for d, m, y in [j.split()]]
    assert {(h[0], shown_number(c, "."), j) for h, (c, _), j in zip(heads, stats, joined, strict=True)} == (
        _authors(page))
    third = text.split('href="/single/?p=8120588')[1].split('<td class="c_sig">')[0]
    quoted = re.findall(r'<div class="quote_header">(\S+) @ [^<]+ dijo:</div>', third)
    assert quoted == _posts(page)[2]["quotes"] == ["abuelo_semillero", "tomatera_de_vega"]
    assert text.count('<div class="editby">') == 1 and all("Editado" not in p["body"] for p in _posts(page))
    assert text.count('<td class="c_sig"><div class="signature">') == 3 and "next" not in TRUTH[page]


def test_the_aspnetforum_thread_dates_stats_quote_and_notes_are_the_truths() -> None:
    page = "holdout/aspnetforum_messages_de.html"
    text = _text(page)
    names = re.findall(r'<a class="username" href="viewprofile.aspx\?UserID=\d+">([^<]+)</a>', text)
    assert names == [p["author"] for p in _posts(page)]
    dates = re.findall(r'<div class="gray">gepostet (am (\d\d)\.(\d\d)\.(\d{4}) (\d\d:\d\d)|vor 5 Stunden)',
                       text)
    assert [f"{y}-{m}-{d}T{hm}:00" for _, d, m, y, hm in dates[:2]] == [
        p["posted_at"] for p in _posts(page)[:2]]
    assert dates[2][0] == "vor 5 Stunden" and _posts(page)[2]["posted_at"] == time_ago(hours=5)
    stats = re.findall(r"Beiträge: ([\d.]+)<br />Registriert: (\d\d)\.(\d\d)\.(\d{4})</span>", text)
    assert {(n, shown_number(c, "."), f"{y}-{m}-{d}")
            for n, (c, d, m, y) in zip(names, stats, strict=True)} == (
        _authors(page))
    assert "<b>molke_matthias schrieb:</b>" in text and _posts(page)[1]["quotes"] == ["molke_matthias"]
    assert text.count('<div class="signature">') == 3 and "zuletzt bearbeitet" in text
    assert all("Allgäu" not in p["body"] and "bearbeitet" not in p["body"] for p in _posts(page))
    assert '<a href="messages.aspx?TopicID=4412&amp;page=2">Nächste &raquo;</a>' in text


def test_the_carding_style_thread_times_ranks_and_reputation_are_the_truths() -> None:
    page = "holdout/crimsonledger_thread_en.html"
    text = _text(page)
    names = re.findall(r'<a class="cl-uname cl-rank-\w+" href="/u/\w+">([^<]+)</a>', text)
    assert names == [p["author"] for p in _posts(page)]
    times = re.findall(r'<span class="cl-date" title="(\d{4}-\d\d-\d\d) (\d\d:\d\d) UTC">([^<]+)</span>',
                       text)
    assert [f"{d}T{hm}:00" for d, hm, _ in times] == [p["posted_at"] for p in _posts(page)]
    assert [shown for *_, shown in times] == ["Nov 18, 2026 at 2:30 PM", "Yesterday at 9:12 AM", "1 hour ago"]
    age = _NOW - datetime.fromisoformat(_posts(page)[2]["posted_at"])
    assert int(age / timedelta(hours=1)) == 1
    stats = re.findall(r"<dt>Posts</dt><dd>([\d,]+)</dd><dt>Reputation</dt><dd [^>]+>([+\d,]+)</dd>"
                       r"<dt>Joined</dt><dd>([^<]+)</dd>", text)
    joined = [datetime.strptime(j, "%b %d, %Y").strftime("%Y-%m-%d") for *_, j in stats]
    assert {(n, shown_number(c, ","), j) for n, (c, _, _), j in zip(names, stats, joined, strict=True)} == (
        _authors(page))
    assert [r for _, r, _ in stats] == ["+112", "+1,204", "0"]
    assert '<div class="cl-quote-by">inkblot_rook said:</div>' in text
    assert all("Balance" not in p["body"] and "Last edited" not in p["body"] for p in _posts(page))
    assert '<a class="cl-next" href="/t/55120-best-budget-fountain-pen?page=2">Next ›</a>' in text


def test_the_russian_thread_dates_stats_and_nested_quote_are_the_truths() -> None:
    page = "holdout/samovarklub_thread_ru_cp1251.html"
    text = _text(page)
    names = re.findall(r'<a class="sk-nik" href="/profil/\w+">([^<]+)</a>', text)
    assert names == [p["author"] for p in _posts(page)]
    shown = re.findall(r"Отправлено: ([^<]+) <a", text)
    assert shown == ["14.11.2026 в 19:40", "вчера в 11:05", "3 часа назад"]
    assert [p["posted_at"] for p in _posts(page)][1:] == [f"{day_ago(1)}T11:05:00", time_ago(hours=3)]
    stats = re.findall(r"Сообщений: ([\d ]+)<br>Регистрация: (\d\d)\.(\d\d)\.(\d{4})", text)
    assert {(n, shown_number(c, " "), f"{y}-{m}-{d}")
            for n, (c, d, m, y) in zip(names, stats, strict=True)} == (
        _authors(page))
    third = text.split('id="s3">')[1]
    quoted = re.findall(r'<div class="sk-citata-zag">Цитата \((\w+)\)</div>', third)
    assert quoted == _posts(page)[2]["quotes"] == ["mednik_petrovich", "tulyak_1901"]
    assert text.count('<div class="sk-podpis">') == 2 and text.count('<div class="sk-pravka">') == 1
    assert all("____" not in p["body"] and "редактировалось" not in p["body"] for p in _posts(page))


def test_the_minimal_board_dates_stats_and_quote_are_the_truths() -> None:
    page = "holdout/lankakori_board_thread_fi.html"
    text = _text(page)
    heads = re.findall(r'<b>(\w+)</b> <span class="t">\(viestejä (\d+), liittynyt (\d+)\.(\d+)\.(\d{4})\) '
                       r"&middot; ([^<]+)</span>", text)
    assert [h[0] for h in heads] == [p["author"] for p in _posts(page)]
    assert [h[-1] for h in heads] == ["13.11.2026 klo 20.14", "eilen klo 17.52", "tänään klo 9.40"]
    assert [p["posted_at"] for p in _posts(page)][1:] == [f"{day_ago(1)}T17:52:00", f"{day_ago(0)}T09:40:00"]
    assert {(n, int(c), f"{y}-{int(m):02d}-{int(d):02d}") for n, c, d, m, y, _ in heads} == _authors(page)
    assert "<i>puikkomummo kirjoitti:</i>" in text and _posts(page)[1]["quotes"] == ["puikkomummo"]
    assert text.count('<div class="al">-- <br>') == 2 and "Muokattu viimeksi" in text
    assert all("Neulon, siis olen" not in p["body"] for p in _posts(page)) and "next" not in TRUTH[page]


def test_the_profiles_name_their_members_not_their_readers() -> None:
    sv = _text("holdout/fagelholken_member_profile_sv.html")
    facts = dict(re.findall(r"<tr><th>([^<]+)</th><td>([^<]+)", sv))
    assert facts["Inlägg"].strip() == "1 076" and facts["Medlem sedan"] == "17 maj 2021"
    assert _authors("holdout/fagelholken_member_profile_sv.html") == {("talltita_lena", 1076, "2021-05-17")}
    assert 'Inloggad som <a href="/medlem/gransangare">' in sv and sv.count("<h1") == 1
    hu = _text("holdout/kertbaratkor_adatlap_hu.html")
    data = dict(re.findall(r"<dt>([^<]+)</dt><dd>([^<]+)", hu))
    assert data["Felhasználónév:"] == "kovacs_paradicsom" and data["Regisztrált:"] == "2018. március 9."
    assert data["Hozzászólások:"].strip() == "2 904" and data["Utoljára itt:"] == "tegnap 21:48"
    assert _authors("holdout/kertbaratkor_adatlap_hu.html") == {("kovacs_paradicsom", 2904, "2018-03-09")}


def test_the_index_login_and_queue_are_pages_without_records() -> None:
    index = _text("holdout/liutaio_forum_index_it.html")
    assert index.count('<tr class="bl-categoria">') == 3 and index.count('<tr class="bl-sezione">') == 5
    assert "Sottosezioni:" in index and "25 minuti fa" in index
    login = _text("holdout/cayocagi_giris_captcha_tr.html")
    assert 'type="password"' in login and "Yedi artı iki kaç eder?" in login and "<img" not in login
    queue = _text("holdout/sawdustcircle_queue_en.html")
    assert '<meta http-equiv="refresh" content="30">' in queue and '<b id="sw-pos">14</b> of 41' in queue
    assert all(not TRUTH[p]["records"] and "next" not in TRUTH[p] for p in (
        "holdout/liutaio_forum_index_it.html", "holdout/cayocagi_giris_captcha_tr.html",
        "holdout/sawdustcircle_queue_en.html"))
