"""parsers.parse_page on round-27 generality pages (tests/data/general_r27): a fully BLIND held-out
set of what a crawl of onion services returns most often, in mixed languages (English on two
pages). Ten pages, all on the HOLDOUT side (no tune side: no rule was written for any of them),
each rebuilt from a NAMED PUBLIC SOURCE of its engine's markup where one was found (read with the
project's reference search), else written from memory of public descriptions and said so, with
fictional names, words and prices put in. Six forum pages (four threads, a member profile and a
board list) and four market pages (a listing, a grid of cards, a vendor with a real PGP key and a
vendor's feedback page).

Every page is an engine, template or layout in none of rounds 3-26, tests/data/forums_general,
tests/data/markets_general, tests/data/board_posts or tests/data/poster_panels: their directories
were listed and grepped for each template's names and distinctive class names, and none of
thredded (Thredded), thread-posting, registered_user, class="ago", userdata, normaltab (My Little
Forum), comUserStat, xoopsQuote, ThreadUserName, index_category, forum_lastpost (XOOPS newbb), nor
the invented prefixes class="qtd- (the Vietnamese forum), pv- (the Romanian listing), sl- (the
Hebrew grid), hm- (the vendor), cr- (the Russian feedback page), nor the words Bindery, Κήπος,
επεξεργάστηκε, Funkecke, "Registriert seit", Forumsbeiträge, Tricoteuses, "Quán Trà", "Sửa lần
cuối", "Piața Veche", "Expediere din", "Livrare în", Ceainaria, שוק הלילה, "נשלח מ", Hollowmere,
Larchwood, "Чайный Ряд", "Отзывы о продавце" or Ivan_Chai is in them. Found and no sign of the
same template: "op-link" (OpenCart's option links, rounds 4, 5, 9, 11), "post_edit" (MyBB and
PHP-Fusion's edit notes, rounds 4, 6, 7, 25), "citation" (IPB's quote citations, round 5 and
forums_general), "đã viết" / "Tham gia" (round 16's ExiteCMS in Vietnamese), عضویت / "نوشته:"
(round 5's phpBB in Persian). Beehive Forum, Codoforum, Web Wiz Forums and Talkyard were also
never used; XOOPS, My Little Forum and Thredded were chosen for the public sources found.
Languages: English, Greek, Persian (right to left), Vietnamese, German, French, Romanian, Hebrew
(right to left) and Russian, all used by earlier rounds on other templates.
One page is in ISO-8859-7 (Latin/Greek, the code page an old PHP forum kept for Greek): declared by
``<meta http-equiv="content-type" content="text/html; charset=iso-8859-7" />``; every Greek letter
one byte (Κ 0xCA, ή 0xDE, » 0xBB); no earlier round used the code page.

forums (each thread has its posts in page order, dates, quotes, signatures, edit notes and the
author statistics the template shows)
  - a THREDDED topic (English, "Bindery Commons", thread for a long-stitch journal):
    thredded/thredded app/views/thredded/posts_common/_post.html.erb and _header.html.erb (read:
    article.thredded--post > header with img.thredded--post--avatar, h2.thredded--post--user and
    the created-at link holding time_ago's <time>; div.thredded--post--content). The page frame
    (breadcrumbs, topic header "Started ... by", the Quote / "Mark unread" actions, the Kaminari
    pager "Next ›" to page 2) and the quote as Thredded's markdown renders it ("@NAME said:" then a
    blockquote) are from memory. Times relative ("3 days ago", "about 15 hours ago"), their
    datetime attributes in UTC. No statistics, no signatures: no author records.
  - a MY LITTLE FORUM linear thread (Greek, ISO-8859-7, "Ο Κήπος στο Μπαλκόνι", tomatoes in
    pots): My-Little-Forum/mylittleforum themes/default/subtemplates/thread_linear.inc.tpl (read:
    div.thread-wrapper > article.thread-posting#pN > header.header with h1 (the opening post) or
    h2 (the replies' own subjects), p.author "από NAME, <time>" with span.ago, span.op-link "@
    NAME" (the post replied to) and span.edited; div.wrapper > div.body, div.signature "--";
    footer.posting-footer). The Greek strings and the quoted line (span.citation "» ...", the
    words of the post replied to) are from memory. No statistics: no author records.
  - a XOOPS NEWBB topic (Persian, right to left, "کارگاه دوخت", an old treadle sewing machine):
    XoopsModules25x/newbb templates/newbb_thread.tpl (read: one table.outer a post, th >
    div.ThreadUserName the name, div.comTitle the subject, div.ThreadTitle "#N"; td.odd with
    div.comUserRankText and the div.comUserStat lines "عضویت:" (joined, "2021/4/9") and "ارسال
    ها:" (posts); div.comText the words, div.post_ip "ارسال در: 2026/11/16 19:30", div.post_edit,
    div.signature). The theme frame, the topic title block and the quote (div.xoopsQuote >
    blockquote "NAME نوشته:") are from memory.
  - a custom forum layout (Vietnamese, "Quán Trà Đêm", scenting tea with lotus), written from
    memory of hand-made onion forums: aside.qtd-user with dl "Bài viết: 2.341" (a dot between
    thousands), "Tham gia: 12/05/2021" (day first); dates "14/11/2026 lúc 08:30", "Hôm qua lúc
    21:10" (yesterday), "3 giờ trước" and "25 phút trước" (hours, minutes ago); a quote
    (blockquote "NAME đã viết:"), signatures (div.qtd-chuky) and an edit note (div.qtd-sua).
forum profile
  - a MY LITTLE FORUM member profile (German, "Die Funkecke", old valve radios):
    themes/default/subtemplates/user_profile.inc.tpl (read: table.normaltab, td.c / td.d with
    p.userdata, "Registriert seit" (user_registered) "12.03.2019, 18:04", "Forumsbeiträge"
    (user_postings) "1482 (3,1%)", logins, per-day figures, the last posting). German labels from
    memory.
forum index
  - a XOOPS NEWBB board list (French, "Le Cercle des Tricoteuses"): templates/newbb_index.tpl
    (read: div.forum_header, table.index_category per category, the forums' rows with
    span.item's link and description, topics, posts and "DATE par NAME" with the last subject):
    a forum_index, no records, no next page.
markets (written from memory of public descriptions of darknet-market layouts; every shop, vendor,
product, price and class name is invented; only innocuous goods: tea, books, art supplies,
stationery, paper)
  - a Romanian listing ("Piața Veche"): "14,90 €" (a decimal comma) over "≈ 0,0871 XMR"; a td/td
    table Vânzător (with "(412 recenzii, 99,1%)"), Categorie, "Expediere din" România, "Livrare
    în" "Uniunea Europeană, Republica Moldova"; the shipping options and the seller's other
    products are no price.
  - a Hebrew market's search results ("שוק הלילה"), right to left: four cards, the price after its
    figure ("42.00 $") over "≈ 0.2455 XMR", "מוכר:" (seller), "נשלח מ:" (shipped from), a category
    badge; "הבא ›" to page 2.
  - a vendor page ("Hollowmere", English): "Member since 14 Feb 2024", "Feedback 1,206 (98.7%
    positive)" (+1,190 / 10 / -6), sales, "Last seen 3 hours ago"; featured listings with prices
    (no records of this page); the armoured key in a pre.
  - a Russian vendor FEEDBACK page ("Чайный Ряд"): "Отзывы о продавце Ivan_Chai_Altai", "Всего
    отзывов: 2 318" (a space between thousands), "Положительных: 97,4%", a table of five reviews
    (stars, text, item, buyer, sum in roubles, date); "Следующая →" to page 2.
The key is a REAL OpenPGP v4 public key (ed25519) generated for this round with gpg in a throwaway
GnuPG home under /tmp that was deleted afterwards.

How close each page is to its source: the files named as read were read for this round (with the
project's reference search) and their markup followed (class names, nesting, order of labels and
values); the markup was written here, not copied. Page frames, translated strings, dates and all
content (names, posts, products, prices, places) are invented for this round; sites and addresses
are fictional (.example hosts and made-up 56-character .onion names; www.w3.org appears only as a
vocabulary name in an xmlns, never fetched).

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (0fe0edd) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 27 --side holdout --misses``): those of 40476af (this session's start), of 3c78571 (round
23 mended) and of 3d0a60f (rounds 24 to 26 mended too). None had seen this round's pages; every
helper who wrote those mends kept it out of every scan.

    template                  40476af  3c78571  3d0a60f
    mylittleforum_profile_de    0.000    0.000    0.000  (a member's profile typed vendor)
    quantradem_thread_vi        0.000    0.000    0.000  (no post found)
    xoops_newbb_index_fr        0.400    0.400    0.400  (topics' last posts read as threads)
    chaynyryad_feedback_ru      0.727    0.727    0.727  (the positive count for the total; a key)
    shuklayla_cards_he          0.818    0.917    0.917  (cards' categories; places by the CLDR)
    xoops_newbb_topic_fa        0.900    0.900    0.900  (the board's name for the title; join days)
    mylittleforum_thread_el     0.919    0.919    0.919  (a quoted line '» ...' in a body)
    hollowmere_vendor_en        0.923    0.923    1.000  (member since, by a grid of statistics)
    piataveche_listing_ro, thredded_topic_en 1.000
    overall                     0.757    0.777    0.782

This round measures the mends of rounds 23 to 26, each a general mechanism with test pages of its
own: they carried to this never-seen round in two places, a card's places by the CLDR (+0.020) and
a seller's statistics laid out as a grid (+0.005). The readers of page kinds written for rounds
24-26 (a member's profile by its shape, a page of reviews by its rows, an index's rows) did not
catch this round's profile, feedback page and index, which are of the same kinds. Blind scores of
the rounds (3 to 27): 0.646, 0.778, 0.714, 0.946, 0.798, 0.699, 0.601, 0.750, 0.857, 0.466,
0.612, 0.538, 0.773, 0.313, 0.694, 0.684, 0.376, 0.578, 0.517, 0.514, 0.848, 0.777, 0.858,
0.406 and here 0.782 (0.757 at this session's start). KNOWN_MISSES holds every wrong value of
3d0a60f. This round is BLIND: do not tune the parsers on its pages; mend a miss only as a general
mechanism, with test pages of its own, and say so here.

A feedback page's truth was amended after the round was built (this session, before any mend
of it): it carries its vendor's record, the name and the totals the page shows (has_pgp_key
unknown on such a page), as tests/test_parsers_markets_general.py's feedback page has always
carried its vendor (with the reviews as its feedback, which enrichment.demand reads); the
builders of rounds 24 and 27 to 29 had given it none.

Mended after its blind measure, each miss by a general mechanism with test pages of its own
(f6a71e8 to 6b37b71): a member's profile's post count under a compound label and its name the
shortest title part shown (parsers.member_card); a board list's rows give no topics
(parsers.generic_forum); a name of one token is no sentence (parsers.post_name_column); a closing
part one poster repeats under two posts is a signature (parsers.post_signatures); a link to the
thread's folder's front page names a board (parsers.thread_title); year-first dates unpadded
(parsers.dates); quoted lines behind a mail mark (parsers.post_quotes); a search form's category
filter names the site's categories (parsers.filter_options); a feedback page's vendor with its
totals and reviews (parsers.review_rows, parsers.feedback_vendor): 0.782 -> 1.000.
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
    _listing,
    _post,
    _vendor,
    time_ago,
    v4_fingerprint,
)
from tests.parsers_scoring import CONTRACT_FIELDS

DATA = Path(__file__).parent / "data" / "general_r27"

_BIND = "http://bindery6rsmeeqvqxzlpp7ef32d4wa6qivojgztcfk5jqdla4jw2et4d.onion"
_KIP = "http://kipouros5waxkql6wdpkn7fvvdzvhtqft55shbsn6hadxmsgc325alwd.onion"
_KARG = "http://kargahamoymvyewclefsoi56goxrb7kt5n3tnjvdoh6fp3utcigzfxnd.onion"
_QUAN = "http://quantrakbl4d4dormg4xvnzmkawpmuy6vepedid7f4git7vyve7wx6td.onion"
_FUNK = "http://funkecke7mopowgtskz7r2qblh5cd4pqghjpt3qrcld5hfpvjhbobq7d.onion"
_ATEL = "http://atelierva3fbxsghljlbs7cxh7jv5vrmvqm25ie33zyv33kehi3mjs7d.onion"
_PIAT = "http://piatavcheyvlrvfge7k2baalq7bt6h72zyuupaqa4b3kydo2crmii7md.onion"
_SHUK = "http://shuklaylaa747mfykn6rpt52d7y4ngtrjdhhx526zo2jte5q37cc7a7d.onion"
_HOLL = "http://hollowmerefqlkr747y3g5p6b2ncyufqs7xp2gwnnyke6dodv7dd4jhd.onion"
_CHAY = "http://chaynaya73chp3wy64azhsya5smouh7gveh255mkieoaiorjmvfgeqjd.onion"
_THREAD = "/forum/sewing-structures/long-stitch-journal-which-thread"
_SEARCH = "/search?q=%D7%9E%D7%AA%D7%A0%D7%95%D7%AA"
_FP_HOLL = "2C1398954093BF1994CFBA2268350A10C1F36C9C"

#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {"holdout/mylittleforum_thread_el_iso8859_7.html": "iso-8859-7"}

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # Thredded topic, English: h1.thredded--topic-header--title; h2.thredded--post--user the
    # names; the created-at <time> datetimes (UTC; shown "3 days ago", "2 days ago", "about 15
    # hours ago", "about 1 hour ago"); "@quire_and_awl said:" over a blockquote is a quote of
    # quire_and_awl (neither is body). No statistics, no signatures. "Next ›" to page 2.
    "holdout/thredded_topic_en.html": {
        "template": "thredded_topic_en", "url": _BIND + _THREAD, "type": "thread",
        "next": _BIND + _THREAD + "/page-2",
        "records": [
            {"type": "thread", "title": "Long-stitch journal: which thread?"},
            _post("hollis_binder", "2026-11-17T09:14:00", 0,
                  "I am sewing my first long-stitch journal, six signatures of 90 gsm paper in a limp "
                  "leather cover.\n"
                  "Waxed linen or unwaxed? And which thickness goes through the leather without tearing "
                  "the holes?", []),
            _post("quire_and_awl", "2026-11-18T16:40:00", 1,
                  "Waxed linen, 4-ply, is what I use for long-stitch through leather.\n"
                  "Pre-punch the leather with an awl from the inside so the holes line up with the "
                  "signatures.", []),
            _post("hollis_binder", "2026-11-19T21:05:00", 2,
                  "That did it, thank you. The 4-ply linen sits nicely in the holes and nothing tore.",
                  ["quire_and_awl"]),
            _post("marbled_endpapers", "2026-11-20T10:32:00", 3,
                  "If the leather is thick, try a curved needle for the last signature.\n"
                  "It saves a lot of swearing when you reach into the spine.", []),
        ],
    },
    # My Little Forum linear thread, Greek, ISO-8859-7: the h1 (without its category "(Λαχανικά)")
    # is the title, the replies' h2 their own subjects (no body); span.author-name the names;
    # <time> the dates ("Τρίτη, 17.11.2026, 18:20", datetime in +00:00; span.ago "(πριν 3
    # ημέρες)"); "@ NAME" the post replied to (no quote by itself); the span.citation "» ..." in
    # post 2 quotes the post it replies to (eleni_vlastari); the div.signature texts and
    # "επεξεργάστηκε από ..." no body. No statistics, no next page.
    "holdout/mylittleforum_thread_el_iso8859_7.html": {
        "template": "mylittleforum_thread_el", "url": _KIP + "/index.php?mode=thread&id=4410",
        "type": "thread",
        "records": [
            {"type": "thread", "title": "Ντομάτες σε γλάστρα στο μπαλκόνι: ποια ποικιλία;"},
            _post("kipouros_nikos", "2026-11-17T18:20:00", 0,
                  "Έχω ένα μπαλκόνι με νότιο προσανατολισμό και τρεις μεγάλες γλάστρες.\n"
                  "Ποια ποικιλία ντομάτας αντέχει σε γλάστρα χωρίς να γίνει τεράστια;", []),
            _post("eleni_vlastari", "2026-11-18T09:05:00", 1,
                  "Δοκίμασε ντοματίνια τύπου cherry, μένουν μικρά και δίνουν πολύ καρπό.\n"
                  "Χρειάζονται όμως στήριγμα από καλάμι.", []),
            _post("kipouros_nikos", "2026-11-19T20:47:00", 2,
                  "Ευχαριστώ! Καλάμια έχω ήδη από πέρσι, θα φυτέψω cherry τον Μάρτιο.", ["eleni_vlastari"]),
            _post("giagia_roza", "2026-11-20T11:20:00", 3,
                  "Βάλε και λίγο βασιλικό στην ίδια γλάστρα, κρατάει μακριά τις μύγες.", []),
        ],
    },
    # XOOPS newbb topic, Persian, right to left: div.topic_title's h3 the title; div.ThreadUserName
    # the names; "ارسال در: 2026/11/16 19:30" the times; "ostad_jafar نوشته:" in div.xoopsQuote a
    # quote of ostad_jafar; div.signature and div.post_edit no body; "عضویت:" (year/month/day,
    # "2021/4/9") and "ارسال ها:" the statistics. No next page.
    "holdout/xoops_newbb_viewtopic_fa.html": {
        "template": "xoops_newbb_topic_fa", "url": _KARG + "/modules/newbb/viewtopic.php?topic_id=1893",
        "type": "thread",
        "records": [
            {"type": "thread", "title": "تعمیر چرخ خیاطی پایی قدیمی"},
            _post("khayat_maryam", "2026-11-16T19:30:00", 0,
                  "یک چرخ خیاطی پایی قدیمی از مادربزرگم به من رسیده است.\n"
                  "نخ بالا مدام پاره می شود. از کجا باید شروع کنم؟", []),
            _post("ostad_jafar", "2026-11-18T10:12:00", 1,
                  "اول کشش نخ بالا را شل کن و سوزن را عوض کن.\n"
                  "سوزن کج یا کند بیشترین دلیل پاره شدن نخ است.", []),
            _post("khayat_maryam", "2026-11-20T09:05:00", 2,
                  "حق با شما بود، سوزن کج شده بود. با سوزن نو مشکل حل شد.", ["ostad_jafar"]),
            _author("khayat_maryam", 642, "2021-04-09"),
            _author("ostad_jafar", 3517, "2015-12-01"),
        ],
    },
    # Custom forum, Vietnamese: h1.qtd-tieude the title; a.qtd-ten the names; span.qtd-ngay the
    # times ("14/11/2026 lúc 08:30", "Hôm qua lúc 21:10" yesterday, "3 giờ trước", "25 phút
    # trước" against NOW); "ong_lao_pha_tra đã viết:" a quote; div.qtd-chuky and div.qtd-sua no
    # body; "Bài viết: 2.341" / "Tham gia: 12/05/2021" (day first) the statistics. No next page.
    "holdout/quantradem_thread_vi.html": {
        "template": "quantradem_thread_vi", "url": _QUAN + "/chude/9931", "type": "thread",
        "records": [
            {"type": "thread", "title": "Ướp trà sen tại nhà: nên dùng trà Thái Nguyên loại nào?"},
            _post("tra_sen_hanoi", "2026-11-14T08:30:00", 0,
                  "Mình định tự ướp trà sen theo cách của bà ngoại.\n"
                  "Nên chọn trà Thái Nguyên búp nhỏ hay loại móc câu?", []),
            _post("ong_lao_pha_tra", "2026-11-19T21:10:00", 1,
                  "Loại móc câu là hợp nhất, cánh trà xoăn giữ hương sen lâu hơn.\n"
                  "Nhớ sao trà cho thật khô trước khi ướp.", []),
            _post("tra_sen_hanoi", "2026-11-20T09:00:00", 2,
                  "Cảm ơn bác! Cuối tuần này mình sẽ thử với 1 kg móc câu.", ["ong_lao_pha_tra"]),
            _post("mai_anh_tea", "2026-11-20T11:35:00", 3,
                  "Cho mình theo dõi với, năm sau mình cũng muốn ướp trà.", []),
            _author("tra_sen_hanoi", 2341, "2021-05-12"),
            _author("ong_lao_pha_tra", 15872, "2014-01-03"),
            _author("mai_anh_tea", 87, "2026-09-02"),
        ],
    },
    # My Little Forum member profile, German: "Benutzername" roehrenwilli (kondensator_kai in the
    # user menu is the reader); "Forumsbeiträge" "1482 (3,1%)" the posts; "Registriert seit
    # 12.03.2019, 18:04" joined ("Letzter Login" and the last posting no joining).
    "holdout/mylittleforum_user_profile_de.html": {
        "template": "mylittleforum_profile_de", "url": _FUNK + "/index.php?mode=user&show_user=31",
        "type": "profile", "records": [_author("roehrenwilli", 1482, "2019-03-12")],
    },
    # XOOPS newbb board list, French: three categories, seven forums with topics, posts and last
    # posts: a forum index, no records, no next page.
    "holdout/xoops_newbb_index_fr.html": {
        "template": "xoops_newbb_index_fr", "url": _ATEL + "/modules/newbb/index.php", "type": "forum_index",
        "records": [],
    },
    # Romanian listing: h1.pv-item-title; "14,90 €" the price in euros ("≈ 0,0871 XMR" a
    # conversion; shipping "+3,50 €" / "+7,00 €" and the other products no price); Vânzător
    # Ceainaria_Carpati; Categorie "Ceaiuri și infuzii"; "Expediere din" România; "Livrare în"
    # "Uniunea Europeană, Republica Moldova".
    "holdout/piataveche_listing_ro.html": {
        "template": "piataveche_listing_ro", "url": _PIAT + "/produs/60412", "type": "listing",
        "records": [_listing("Ceai de tei din Munții Apuseni, 250 g", 14.9, "EUR", "Ceainaria_Carpati",
                             "Ceaiuri și infuzii", "România", ["Uniunea Europeană", "Republica Moldova"])],
    },
    # Hebrew search results, right to left, four cards: h3.sl-card-title the titles; "מוכר:" the
    # vendor (its "(128 חוות דעת)" a feedback count); "42.00 $" in US dollars ("≈ 0.2455 XMR" a
    # conversion); span.sl-badge the category; "נשלח מ:" ships from; no ships-to. "הבא ›" to page 2.
    "holdout/shuklayla_search_cards_he.html": {
        "template": "shuklayla_cards_he", "url": _SHUK + _SEARCH, "type": "listing_index",
        "next": _SHUK + _SEARCH + "&page=2",
        "records": [
            _listing("ספר בישול ים-תיכוני, כריכה קשה", 42.0, "USD", "sfarim_ba_lev", "ספרים", "ישראל", None),
            _listing("סט צבעי שמן לאמנים, 24 גוונים", 36.5, "USD", "tzeva_vekav", "אמנות ויצירה", "ישראל",
                     None),
            _listing("קנקן תה מזכוכית עם מסננת", 19.9, "USD", "beit_hate", "כלי מטבח", "קפריסין", None),
            _listing("מחברת עור בעבודת יד, A5", 27.0, "USD", "sfarim_ba_lev", "כלי כתיבה", "ישראל", None),
        ],
    },
    # Vendor page, English: h1 "Larchwood_Paper" (its "Level 4 vendor" no name); "Feedback 1,206
    # (98.7% positive)"; "Member since 14 Feb 2024"; the armoured key in pre.hm-pgp. The featured
    # listings are links of this page, not records of it.
    "holdout/hollowmere_vendor_pgp_en.html": {
        "template": "hollowmere_vendor_en", "url": _HOLL + "/vendor/Larchwood_Paper", "type": "vendor",
        "records": [_vendor("Larchwood_Paper", 1206, 98.7, "2024-02-14", _FP_HOLL)],
    },
    # Russian feedback page "Отзывы о продавце Ivan_Chai_Altai": a summary and a table of five
    # reviews (stars, text, item, buyer, sum, date): its vendor's record (the name,
    # the totals shown; no key on this page: has_pgp_key unknown).
    # "Следующая →" to page 2.
    "holdout/chaynyryad_vendor_feedback_ru.html": {
        "template": "chaynyryad_feedback_ru", "url": _CHAY + "/shop/Ivan_Chai_Altai/reviews",
        "type": "feedback",
        "next": _CHAY + "/shop/Ivan_Chai_Altai/reviews?page=2",
        "records": [_feedback_vendor("Ivan_Chai_Altai", 2318, 97.4)],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers give on the holdout side where it differs from TRUTH: measured blind with the
# parsers of 3d0a60f, re-recorded after the mends (6b37b71): none.
KNOWN_MISSES: dict[str, dict[str, Any]] = {}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(1.0)
_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)

_text = ROUND.page_text(ENCODINGS)
_posts = ROUND.records_of("post")
_authors = ROUND.author_stats
_NOW = NOW_TIME.replace(tzinfo=None)


def test_six_forum_pages_and_four_market_pages_one_of_which_gives_no_record() -> None:
    kinds = [t["type"] for t in TRUTH.values()]
    assert kinds.count("thread") == 4 and kinds.count("forum_index") == 1 and kinds.count("profile") == 1
    assert [kinds.count(k) for k in ("listing", "listing_index", "vendor", "feedback")] == [1, 1, 1, 1]
    assert {t["type"] for t in TRUTH.values() if not t["records"]} == {"forum_index"}


def test_at_most_three_pages_in_english_two_right_to_left_and_one_in_a_greek_code_page() -> None:
    langs = ROUND.page_langs(ENCODINGS)
    assert sum(lang == "en" for lang in langs.values()) == 2
    assert {page for page in TRUTH if ' dir="rtl"' in _text(page)} == {
        "holdout/xoops_newbb_viewtopic_fa.html", "holdout/shuklayla_search_cards_he.html"}
    assert {langs[p] for p in TRUTH if ' dir="rtl"' in _text(p)} == {"fa", "he"}


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
test_every_post_body_is_written_on_its_page_line_by_line = ROUND.bodies_on_its_page(ENCODINGS)
test_every_address_of_the_truth_and_the_pages_is_a_fictional_host = ROUND.fictional_hosts(ENCODINGS)


def _iso(day: datetime, hhmm: str) -> str:
    return f"{day:%Y-%m-%d}T{hhmm}:00"


def test_the_greek_thread_is_iso_8859_7_with_its_own_bytes() -> None:
    raw = (DATA / "holdout" / "mylittleforum_thread_el_iso8859_7.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'content="text/html; charset=iso-8859-7"' in raw and raw.count(b"; charset=") == 1
    assert b"&#" not in raw
    # One byte a letter: Κ 0xCA, ή 0xDE, π 0xF0, ο 0xEF, ς 0xF2; the citation's » 0xBB.
    assert b"\xca\xde\xf0\xef\xf2" in raw and "Κήπος".encode("iso-8859-7") == b"\xca\xde\xf0\xef\xf2"
    assert b'<span class="citation">\xbb ' in raw


def test_the_thredded_topic_times_quote_and_pager_are_the_truths() -> None:
    page = "holdout/thredded_topic_en.html"
    text = _text(page)
    names = re.findall(r'<h2 class="thredded--post--user"><a href="[^"]+">([^<]+)</a></h2>', text)
    assert names == [p["author"] for p in _posts(page)]
    times = re.findall(r'class="thredded--link thredded--post--created-at"><time datetime="([^"]+)Z" '
                       r'title="[^"]+">([^<]+)</time>', text)
    assert [t for t, _ in times] == [p["posted_at"] for p in _posts(page)]
    assert [shown for _, shown in times] == ["3 days ago", "2 days ago", "about 15 hours ago",
                                            "about 1 hour ago"]
    # The words shown agree with the datetimes, against the capture time (Rails' rounding).
    ages = [_NOW - datetime.fromisoformat(t) for t, _ in times]
    assert [round(a / timedelta(days=1)) for a in ages[:2]] == [3, 2]
    assert [round(a / timedelta(hours=1)) for a in ages[2:]] == [15, 1]
    assert 'class="thredded--user-mention">@quire_and_awl</a> said:</p>\n          <blockquote>' in text
    assert text.count("<blockquote>") == 1 and _posts(page)[2]["quotes"] == ["quire_and_awl"]
    assert f'<a rel="next" href="{_THREAD}/page-2">Next &rsaquo;</a>' in text
    assert TRUTH[page]["next"] == _BIND + _THREAD + "/page-2" and ROUND.records_of("author")(page) == []


def test_the_greek_thread_dates_replies_citation_and_notes_are_the_truths() -> None:
    page = "holdout/mylittleforum_thread_el_iso8859_7.html"
    text = _text(page)
    heads = re.findall(r'<p class="author">από <a [^>]+><span class="author-name[^"]*"(?: title="[^"]+")?>'
                       r'([^<]+)</span></a>, <time datetime="([^"]+)\+00:00">[^,]+, (\d\d)\.(\d\d)\.(\d{4}), '
                       r'(\d\d:\d\d)</time> <span class="ago">\(([^)]+)\)</span>', text)
    assert [h[0] for h in heads] == [p["author"] for p in _posts(page)]
    posted = [p["posted_at"] for p in _posts(page)]
    assert [f"{y}-{m}-{d}T{hm}:00" for _, _, d, m, y, hm, _ in heads] == posted
    assert [h[1] for h in heads] == posted
    assert [h[6] for h in heads] == [
        "πριν 3 ημέρες", "πριν 2 ημέρες", "πριν 15 ώρες, 13 λεπτά", "πριν 40 λεπτά"]
    assert _posts(page)[2]["posted_at"] == time_ago(hours=15, minutes=13)
    assert _posts(page)[3]["posted_at"] == time_ago(minutes=40)
    replied = re.findall(r'<span class="op-link"><a href="#p\d+" title="[^"]+">@ (\S+)</a></span>', text)
    assert replied == ["kipouros_nikos", "eleni_vlastari", "kipouros_nikos"]
    assert text.count('<span class="citation">') == 1 and _posts(page)[2]["quotes"] == ["eleni_vlastari"]
    assert text.count('<div class="signature">') == 3 and text.count('<span class="edited">') == 1
    assert all("--" not in p["body"] and "τετραγωνικά" not in p["body"] and "επεξεργάστηκε" not in p["body"]
               for p in _posts(page))


def test_the_xoops_topic_dates_stats_quote_and_notes_are_the_truths() -> None:
    page = "holdout/xoops_newbb_viewtopic_fa.html"
    text = _text(page)
    names = re.findall(r'<div class="ThreadUserName"><a href="[^"]+">([^<]+)</a></div>', text)
    assert names == [p["author"] for p in _posts(page)]
    shown = re.findall(r'<div class="post_ip">\s*ارسال در: (\d{4})/(\d\d)/(\d\d) (\d\d:\d\d)</div>', text)
    assert [f"{y}-{m}-{d}T{hm}:00" for y, m, d, hm in shown] == [p["posted_at"] for p in _posts(page)]
    stats = re.findall(r'<div class="ThreadUserName"><a href="[^"]+">([^<]+)</a>.*?'
                       r'عضویت:</span><br>(\d{4})/(\d{1,2})/(\d{1,2})<br>.*?'
                       r'<span class="comUserStatCaption">ارسال ها:</span>\s*<a [^>]+>(\d+)</a>', text, re.S)
    assert {(n, int(c), f"{y}-{int(m):02}-{int(d):02}") for n, y, m, d, c in stats} == _authors(page)
    quoted = re.findall(r'<div class="xoopsQuote"><blockquote><strong>(\S+) نوشته:</strong>', text)
    assert quoted == [q for p in _posts(page) for q in p["quotes"]]
    assert text.count('<div class="signature">') == 3 and text.count('<div class="post_edit">') == 1
    assert all("صبر" not in p["body"] and "ویرایش" not in p["body"] for p in _posts(page))
    assert '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fa" lang="fa" dir="rtl">' in text


def test_the_vietnamese_thread_dates_stats_quote_and_notes_are_the_truths() -> None:
    page = "holdout/quantradem_thread_vi.html"
    text = _text(page)
    names = re.findall(r'<a class="qtd-ten" href="[^"]+">([^<]+)</a>', text)
    assert names == [p["author"] for p in _posts(page)]
    shown = re.findall(r'<span class="qtd-ngay">([^<]+)</span>', text)
    assert shown == ["14/11/2026 lúc 08:30", "Hôm qua lúc 21:10", "3 giờ trước", "25 phút trước"]
    assert [p["posted_at"] for p in _posts(page)] == [
        "2026-11-14T08:30:00", _iso(_NOW - timedelta(days=1), "21:10"), time_ago(hours=3),
        time_ago(minutes=25)]
    stats = re.findall(r'<a class="qtd-ten" href="[^"]+">([^<]+)</a>.*?<dt>Bài viết:</dt><dd>([\d.]+)</dd>\s*'
                       r"<dt>Tham gia:</dt><dd>(\d\d)/(\d\d)/(\d{4})</dd>", text, re.S)
    assert {(n, int(c.replace(".", "")), f"{y}-{m}-{d}") for n, c, d, m, y in stats} == _authors(page)
    quoted = re.findall(r"<cite>(\S+) đã viết:</cite>", text)
    assert quoted == [q for p in _posts(page) for q in p["quotes"]]
    assert text.count('<div class="qtd-chuky">') == 3 and text.count('<div class="qtd-sua">') == 1
    assert all("buổi sáng" not in p["body"] and "Sửa lần cuối" not in p["body"] for p in _posts(page))


def test_the_profile_fields_are_the_truths() -> None:
    page = "holdout/mylittleforum_user_profile_de.html"
    fields = dict(re.findall(r'<td class="c"><p class="userdata"><strong>([^<]+)</strong></p></td>\s*'
                             r'<td class="d"><p class="userdata">(?:<strong>)?([^<]+)', _text(page)))
    (author,) = TRUTH[page]["records"]
    assert fields["Benutzername"] == author["name"]
    posts = re.fullmatch(r"(\d+) \(3,1%\) &nbsp;", fields["Forumsbeiträge"])
    assert posts is not None and int(posts.group(1)) == author["post_count"]
    day, month, year = re.fullmatch(r"(\d\d)\.(\d\d)\.(\d{4}), 18:04", fields["Registriert seit"]).groups()  # type: ignore[union-attr]
    assert f"{year}-{month}-{day}" == author["joined"]


def test_the_board_list_has_forums_but_no_post_and_no_next_page() -> None:
    page = "holdout/xoops_newbb_index_fr.html"
    text = _text(page)
    forums = re.findall(r'<span class="item"><a href="/modules/newbb/viewforum.php\?forum=\d+">([^<]+)</a>',
                        text)
    assert len(forums) == 7 and text.count('<table class="index_category"') == 3
    counts = re.findall(r'<td class="even" align="center" valign="middle">\s*(\d+)\s*</td>\s*'
                        r'<td class="odd" align="center" valign="middle">\s*(\d+)\s*</td>', text)
    assert sum(int(t) for t, _ in counts) == 1386 and sum(int(p) for _, p in counts) == 12804
    assert "Sujets : 1386 | Messages : 12804" in text and "comText" not in text
    assert "next" not in TRUTH[page] and TRUTH[page]["records"] == []


def test_the_market_prices_and_places_are_the_truths() -> None:
    page = "holdout/piataveche_listing_ro.html"
    text = _text(page)
    price = re.search(r'<span class="pv-price">([\d,]+) €</span>\s*'
                      r'<span class="pv-price-xmr">≈ ([\d,]+) XMR', text)
    assert price is not None and price.group(2) == "0,0871"
    assert float(price.group(1).replace(",", ".")) == TRUTH[page]["records"][0]["price"]
    facts = dict(re.findall(r'<tr><td class="pv-k">([^<]+)</td><td class="pv-v">(?:<a [^>]+>)?([^<]+)', text))
    listing = TRUTH[page]["records"][0]
    assert (facts["Vânzător"], facts["Categorie"], facts["Expediere din"]) == (
        listing["vendor"], listing["category"], listing["ships_from"])
    assert facts["Livrare în"].split(", ") == listing["ships_to"]
    grid = "holdout/shuklayla_search_cards_he.html"
    cards = re.findall(r'<span class="sl-badge">([^<]+)</span>\s*'
                       r'<h3 class="sl-card-title"><a [^>]+>([^<]+)</a></h3>\s*'
                       r'<div class="sl-seller">מוכר: <a [^>]+>([^<]+)</a>.*?</div>\s*'
                       r'<div class="sl-from">נשלח מ: ([^<]+)</div>\s*'
                       r'<div class="sl-pricing"><span class="sl-price">([\d.]+) \$</span>', _text(grid))
    assert [(t, float(p), "USD", v, c, f, None) for c, t, v, f, p in cards] == [
        tuple(r[k] for k in CONTRACT_FIELDS["listing"]) for r in TRUTH[grid]["records"]]
    assert f'<a class="sl-next" href="{_SEARCH.replace("&", "&amp;")}&amp;page=2">הבא ›</a>' in _text(grid)


def _armoured(text: str) -> str:
    block = re.search(r"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=[A-Za-z0-9+/]{4}\n"
                      r"-----END PGP PUBLIC KEY BLOCK-----", text, re.S)
    assert block is not None
    return block.group(1)


def test_the_vendor_page_carries_a_real_v4_key_and_its_feedback_figures() -> None:
    page = "holdout/hollowmere_vendor_pgp_en.html"
    text = _text(page)
    vendor = TRUTH[page]["records"][0]
    assert v4_fingerprint(_armoured(text)) == _FP_HOLL == vendor["pgp_fingerprint"]
    stats = dict(re.findall(r'<span class="hm-stat-label">([^<]+)</span>'
                            r'<span class="hm-stat-value">([^<]+)', text))
    assert stats["Member since"] == "14 Feb 2024" and vendor["member_since"] == "2024-02-14"
    assert stats["Feedback"] == "1,206 " and '<small>(98.7% positive)</small>' in text
    split = re.search(r'<span class="hm-pos">\+([\d,]+)</span> <span class="hm-neu">(\d+)</span> '
                      r'<span class="hm-neg">-(\d+)</span>', text)
    assert split is not None
    positive, neutral, negative = (int(n.replace(",", "")) for n in split.groups())
    assert positive + neutral + negative == vendor["feedback_count"] == 1206
    assert round(100 * positive / vendor["feedback_count"], 1) == vendor["rating"] == 98.7


def test_the_feedback_page_lists_reviews_and_a_next_page_and_its_vendors_totals() -> None:
    page = "holdout/chaynyryad_vendor_feedback_ru.html"
    text = _text(page)
    rows = re.findall(r'<tr class="cr-fb cr-fb--(pos|neu|neg)">\s*'
                      r'<td class="cr-fb__rate" title="(\d) из 5">', text)
    assert len(rows) == 5 and {kind for kind, _ in rows} == {"pos", "neu"}
    assert "Всего отзывов: <b>2 318</b>" in text and "Положительных: <b>97,4%</b>" in text
    split = [int(n.replace(" ", "")) for n in re.findall(r"\?f=(?:pos|neu|neg)\">[^(]+\(([\d ]+)\)", text)]
    assert sum(split) == 2318 and round(100 * split[0] / 2318, 1) == 97.4
    assert '<a class="cr-pager__next" href="/shop/Ivan_Chai_Altai/reviews?page=2">Следующая →</a>' in text
    assert TRUTH[page]["next"] == _CHAY + "/shop/Ivan_Chai_Altai/reviews?page=2"
    (vendor,) = TRUTH[page]["records"]
    assert (vendor["feedback_count"], vendor["rating"]) == (2318, 97.4)
