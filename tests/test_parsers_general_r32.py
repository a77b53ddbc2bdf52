"""parsers.parse_page on round-32 generality pages (tests/data/general_r32): a fully BLIND held-out
set of a MIXED crawl as an analyst meets it, forum and market pages together, in mixed languages
(English on one page). Ten pages, all on the HOLDOUT side (no tune side: no rule was written for
any of them), each an engine, template or layout in no earlier round, with fictional names, words,
dates and prices put in. Three forum threads (one of an engine no round used, mvnForum; two custom
onion-forum layouts), a board's topic list, a member profile, two market listings, a grid of
cards, a vendor page with a real PGP key and a vendor's feedback page.

Every page is an engine, template or layout in none of rounds 3-31, tests/data/forums_general,
tests/data/markets_general, tests/data/board_posts or tests/data/poster_panels (round 33, built at
the same time by another helper, was neither read nor used): their directories were listed (the
first word of every page name: no mvnforum) and grepped for each page's names and class names,
and none of mvnForum's messageTextBold, posttopic_, trow0, portlet-section-header, "mal angesehen",
nor the invented prefixes class="xk- (the Arabic thread), wb- (the Polish thread), jx- (the Korean
topic list), ua- (the Portuguese profile), rq- (the English listing), dv- (the Argentine listing),
lq- (the Danish cards), tv- (the Romanian vendor) or mw- (the Ukrainian feedback page), nor the
words Orchideenrunde, Phalaenopsis, "دار الخط", "اقتباس من", Pasieka, Zimowla, 도토리, 게시판,
Azulejo, Rookery, "Dispatched from", "Feria Austral", Lygtemarked, "Sendes fra", "Târgul de
Noapte", Amprentă, "Membru din", Evaluări, "Нічний ярмарок", "Відгуки про продавця", "Усього
відгуків", nor any member or vendor name of this round is in them. Found and no sign of the same
layout: class="memberName" (round 28's esoTalk member statistics), tborder (vBulletin 3.8 and
MyBB in rounds 4, 5 and 7), "Registriert:" (round 7's phpBB prosilver and round 30's AspNetForum),
"napisał(a)" (round 25's Polish onion forum, in other markup: phpBB's Polish quote words),
"Membro desde" (round 31's Brazilian listing's vendor box), Rubro (tests/data/glued_labels' Spanish
shop, no round), Pfeffermühle (round 12's Zen Cart: this round first had a my little forum
thread, dropped when round 27's Greek my little forum thread was found, and mvnForum written
instead), Yerbatera_Misiones (round 24's Spanish listing's vendor: this round's vendor renamed
Yerbal_de_Obera), iso-8859-2 (round 26's Hungarian vendor: no round for Polish or for a forum in
it). Prefixes first chosen that other pages used (pf-, rk-, dn- in rounds 7, 9, 10, 14 and
markets_general; zq- in round 33's pages) were renamed before any truth was written.
Languages: German, Arabic (right to left), Polish, Korean, European Portuguese, British English,
Argentine Spanish, Danish, Romanian and Ukrainian, all used by earlier rounds on other templates.
One page is in ISO-8859-2 (Latin-2, the Central European code page old Polish PHP boards kept):
declared by ``<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">``; every
Polish letter one byte (ą 0xB1, ł 0xB3, ż 0xBF, Ł 0xA3) where Latin-1 has other signs.

forum pages
  - an mvnForum thread (German, "Orchideenrunde", orchids), rebuilt from mvnForum's own view of a
    thread, mvnforum/src/main/webapp/mvnplugin/mvnforum/user/viewthread.jsp of the public
    khanhnguyenj/mvnForumJ repository (read through the project's reference search): one
    table.tborder per post, a td of 155 pixels with a.memberName, the member's title, country,
    "Registriert: <b>23.03.2015</b>" and "Beiträge: <b>1284</b>" (the German words written from
    memory of the engine's i18n bundles), span#posttopic_ID the post's subject ("Re: ..."), the
    body after an hr with <br/> for new lines, a signature and the edit note "[Bearbeitet 1 mal,
    zuletzt bearbeitet von ...]" each after a line of dashes (no body), and "[15.11.2026
    20:10:00]" the post's time in its second row.
  - a custom Arabic forum ("منتدى دار الخط", calligraphy), right to left: article.xk-post, an
    aside with the name, "المشاركات: 1,204" and "تاريخ التسجيل: 14 مارس 2019" in bdi; the time
    "17 نوفمبر 2026 - 20:20" ("أمس - 18:05" yesterday); a quote "اقتباس من مشاركة NAME"; a
    signature and an edit note no body.
  - a custom Polish forum in ISO-8859-2 ("Pasieka pod Lipami", beekeeping), an old table layout:
    td.wb-autor "Posty: 2 311" (a space between thousands), "Dołączył: 03.05.2014"; "Wysłany:
    17.11.2026 o 07:12" ("Dzisiaj o 10:05" today); "NAME napisał(a):" a quote; the signature
    after underscores and "Ostatnio zmieniony przez ..." no body.
  - a Korean board's TOPIC list ("도토리 베이킹 모임", baking): five rows of number, title with
    its comment count, writer, views and date ("오늘 09:12", "어제 22:40"); one thread record per
    topic in page order (the lead's convention since round 28's scoring), "다음 ›" to page 2.
  - a European Portuguese member profile ("Fórum Azulejo & Barro", pottery): h1.ua-nome
    olaria_do_minho (ceramista_lx logged in is the reader); "Mensagens 3.118" (a dot between
    thousands; "Tópicos iniciados 142" are topics); "Membro desde 7 de fevereiro de 2017"
    joined ("hoje às 09:12" the last visit).

market pages (written from memory of public descriptions of darknet-market layouts; every
market, vendor, product, price and class name is invented; only innocuous goods: a sketchbook,
yerba mate, candles, a lantern, a blanket, a candle holder, tea, embroidery)
  - an English listing priced in POUNDS ("Rookery Market"): "£24.50" over "≈ 0.00031 BTC ·
    ≈ 0.1908 XMR" (conversions; the rates bar and postage extras no price); "Offered by
    bindery_owl" with its trust level and reviews (no record here); the crumbs' last Notebooks;
    "Dispatched from" and "Delivers to".
  - an Argentine listing priced in XMR with a DECIMAL COMMA ("Feria Austral"): "0,1850 XMR" over
    "(≈ US$ 31,45)" a conversion; a dl Vendedor, Rubro, "Origen del envío", Destinos.
  - a Danish GRID OF CARDS ("Lygtemarkedet", "Nyheder"): four div.lq-kort with a badge of the
    category, a title, "af VENDOR" (Danish "by"), "Sendes fra FROM til TO" and "1.249,00 kr." (a
    dot between thousands); the sidebar's categories are no cards; "Næste ›" to page 2.
  - a Romanian VENDOR page ("Târgul de Noapte"): th/td facts "Membru din 14 septembrie 2023",
    "Evaluări 1.462 (98,6% pozitive)"; "Amprentă:" the fingerprint in groups of four over the
    armoured key in a pre; the vendor's three products are links, not records.
  - a Ukrainian vendor FEEDBACK page ("Нічний ярмарок"): "Відгуки про продавця Vyshyvanka_Lviv",
    totals "Усього відгуків: 1 208" (a space between thousands), "Позитивних: 1 190",
    "Нейтральних: 6", "Негативних: 12", "Рейтинг: 98,5%" (positives of all, neutrals counted);
    a table of five reviews; "Наступна →" to page 2.
The key is a REAL OpenPGP v4 public key (ed25519) generated for this round with gpg in a
throwaway GnuPG home under /tmp that was deleted afterwards.

How close each page is to a real site: the mvnForum thread follows the engine's public JSP (its
markup kept, its strings and content put in); the other nine are shaped from memory of public
descriptions of onion forums and markets (author boxes, old table boards, Korean board lists,
rates bars, labelled facts, fingerprints in groups, totals over review tables). Page frames,
strings and all content are invented for this round; sites and addresses are fictional
(.example hosts and made-up 56-character .onion names; www.w3.org appears only as the XHTML
namespace and doctype of the mvnForum page, never fetched).

Truth conventions, as rounds 24-31: a post's body without quotes, signatures and edit notes;
quotes name the quoted members; relative dates resolve against the harness's NOW_TIME
(2026-11-20 12:00); an author record for every poster whose statistics the page shows, once, in
order of first post; a board's topic list carries one {"type": "thread", "title"} per topic in
page order; a listing's price is the one a buyer pays (conversions and extras no price); the
category is the last crumb or the labelled value; a vendor's feedback page carries its vendor's
record (the name and the totals shown, has_pgp_key None: tests/general_rounds.py
_feedback_vendor); a vendor page's product links give no listing records.

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (3f0104c) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 32 --side holdout --misses``): those of 40476af (this session's start), of 7d647b4
(rounds 23 to 29 mended) and of a980441 (rounds 30 and 31 mended too, topic lists give their
topics). None had seen this round's pages; every helper who wrote those mends kept it out of
every scan.

    template                 40476af  7d647b4  a980441
    azulejo_profile_pt         0.000    0.000    0.000  (a member's profile typed other)
    targulnoapte_vendor_ro     0.000    0.000    0.000  (a vendor typed an index)
    yarmarok_feedback_uk       0.071    0.071    1.000  (a page of reviews and its vendor)
    dotori_topics_ko           0.444    0.444    0.444  (a topic list in divs: no topics)
    lygtemarked_cards_da       0.636    0.750    0.750  (cards' categories and places)
    mvnforum_viewthread_de     0.894    0.894    0.894  (a quote's head in bodies)
    feriaaustral_listing_es    0.933    0.933    0.933  (category)
    rookery_listing_en         0.933    0.933    0.933  (origin)
    pasieka_thread_pl          0.979    0.979    0.979  (one post's date)
    darulkhatt_thread_ar 1.000
    overall                    0.720    0.738    0.820

This round and round 33 are the session's last blind measure: the parsers of a980441 carry every
mend of rounds 23 to 31, each a general mechanism with test pages of its own. Here they carried
on a page of reviews (its vendor's record, review rows marked by their kind: +0.082) and a grid
of cards (+0.018); a member's profile, a vendor page and a topic list laid out in divs, kinds of
page mended in earlier rounds, were not caught. Blind scores of the rounds (3 to 32): 0.646,
0.778, 0.714, 0.946, 0.798, 0.699, 0.601, 0.750, 0.857, 0.466, 0.612, 0.538, 0.773, 0.313, 0.694,
0.684, 0.376, 0.578, 0.517, 0.514, 0.848, 0.777, 0.858, 0.406, 0.782, 0.902, 0.752, 0.831, 0.738
and here 0.820 (0.720 at this session's start). KNOWN_MISSES holds every wrong value of a980441.
This round is BLIND: do not tune the parsers on its pages; mend a miss only as a general
mechanism, with test pages of its own, and say so here.

Mended after its blind measure, each miss by a general mechanism with test pages of its own
(33a9d92 to 0db562c): a member's profile by the traits every profile of rounds 24-33 shares (one
labelled post count, one join day among the same statistics, the member's name shown again on its
own: parsers.member_card); topic rows in tables, lists or divs (parsers.topic_rows,
parsers.index_shape); spaced dots as title separators (parsers.market_names); a route written as a
sentence (parsers.route_sentence); a breadcrumb of nesting links (parsers.crumb_trail); an origin
and its label in cells of their own (parsers.market_places); a header line of labelled pieces
(parsers.labelled_line); a signature under a typed rule (parsers.typed_rule_tail); subject lines
in layout tables (parsers.post_columns): 0.820 -> 1.000.
"""

from __future__ import annotations

import re
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
    v4_fingerprint,
)

DATA = Path(__file__).parent / "data" / "general_r32"

_ORCH = "http://orchideenrundeo2o6zuexj45tdqxldneys2g5vsqnfognszhujcdbfd.onion"
_KHATT = "http://darulkhattiwoqyux5jjvy63gegdbz4iswtu2fka2vpfad5kjx2oug4d.onion"
_PASIEKA = "http://pasiekapodlipamisihr6ypawalfreasz2ykjwlvp3xxyal5vyxg7atd.onion"
_DOTORI = "http://dotoribbangjmhnmnj3btyoliqhcsdr4774a6huqqfyw2wy4usjbkhmd.onion"
_AZUL = "http://azulejoforumnb3wuvb2tn6kpsscxp6vahdhy7mhmiysiopxfarsoshd.onion"
_ROOK = "http://rookerymkteeky7tmqqvlazrnjufwchds75odoag4tlxx2hbqyvuszid.onion"
_FERIA = "http://feriaaustralqkuirb6dvxkizaqbqhv4u4irjqhulceozu72kojcys4d.onion"
_LYGTE = "http://lygtemarkedbiltudi36tpmuy2ml6c24w35gcw4qjzitcyko4nabwrdd.onion"
_TARG = "http://targulnoaptehuwvq4fjxpr7ytjo7rjwddqwn353gmdshro7yygxlbld.onion"
_YARM = "http://nichnyyarmarokbq3uenemgcc7dgg3tfso5qt3gdggbth34no7lfo74d.onion"
_FP_TARG = "07FD17A9048984D054E7C6EED9D78FC90A34170C"

#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {"holdout/pasieka_thread_pl_latin2.html": "iso-8859-2"}

_ORCH_TITLE = "Phalaenopsis bekommt gelbe Blätter"

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # mvnForum thread, German: the breadcrumb's last part and every span#posttopic_ the title
    # (replies "Re: ..."); a.memberName the names; "Registriert:" / "Beiträge:" the statistics;
    # "[DD.MM.YYYY HH:MM:SS]" the times; the signature and the edit note after dashes no body.
    "holdout/mvnforum_viewthread_de.html": {
        "template": "mvnforum_viewthread_de", "url": _ORCH + "/mvnforum/viewthread?thread=1203",
        "type": "thread",
        "records": [
            {"type": "thread", "title": _ORCH_TITLE},
            _post("gruene_daumen_gisela", "2026-11-15T20:10:00", 0,
                  "Meine Phalaenopsis steht am Ostfenster und bekommt seit zwei Wochen gelbe untere "
                  "Blätter.\n"
                  "Ich gieße einmal pro Woche durch Tauchen. Ist das zu viel?", []),
            _post("orchideen_otto", "2026-11-18T08:15:00", 1,
                  "Ein gelbes unteres Blatt im Herbst ist normal, die Pflanze zieht es ein.\n"
                  "Werden mehrere Blätter weich und gelb, schau dir die Wurzeln an: silbrig heißt trocken, "
                  "braun und matschig heißt zu nass.", []),
            _post("fensterbank_fritzi", "2026-11-19T21:37:45", 2,
                  "Bei mir war es zu kaltes Gießwasser. Seit ich zimmerwarmes Regenwasser nehme, kommen "
                  "keine gelben Blätter mehr.", []),
            _author("gruene_daumen_gisela", 1284, "2015-03-23"),
            _author("orchideen_otto", 6052, "2011-07-14"),
            _author("fensterbank_fritzi", 19, "2026-09-28"),
        ],
    },
    # Arabic thread, right to left: h1.xk-topic-title the title; a.xk-user-name the names;
    # "المشاركات:" / "تاريخ التسجيل:" the statistics; the times ("أمس - 18:05" yesterday);
    # "اقتباس من مشاركة qalam_baghdad" a quote; div.xk-sig and div.xk-edit no body.
    "holdout/darulkhatt_thread_ar.html": {
        "template": "darulkhatt_thread_ar", "url": _KHATT + "/mawdu/5501", "type": "thread",
        "records": [
            {"type": "thread", "title": "تجهيز قلم القصب لخط النسخ"},
            _post("qalam_baghdad", "2026-11-17T20:20:00", 0,
                  "السلام عليكم، اشتريت قصبًا جاويًا جديدًا وأريد بريه لخط النسخ.\n"
                  "ما هو عرض القطة المناسب، وهل يكون الشق في منتصف السن أم أقرب إلى الجهة اليمنى؟", []),
            _post("hibr_wa_waraq", "2026-11-18T09:45:00", 1,
                  "لخط النسخ اجعل عرض السن نحو مليمترين، والقطة مائلة قليلًا.\n"
                  "الشق في المنتصف تمامًا وطوله قريب من سنتيمتر، ثم جرّب على ورق مقهر قبل الكتابة.",
                  ["qalam_baghdad"]),
            _post("mudad_azraq", "2026-11-19T18:05:00", 2,
                  "شكرًا على الشرح، وأنصح بسكين بري حادة جدًا، فالسكين الكليلة تشقق القصب.", []),
            _author("qalam_baghdad", 1204, "2019-03-14"),
            _author("hibr_wa_waraq", 6890, "2012-01-02"),
            _author("mudad_azraq", 27, "2026-09-30"),
        ],
    },
    # Polish thread, ISO-8859-2: h2.wb-temat the title; td.wb-autor's b the names; "Posty:" /
    # "Dołączył:" the statistics; "Wysłany: DD.MM.YYYY o HH:MM" ("Dzisiaj o 10:05" today);
    # "miodek_z_kaszub napisał(a):" a quote; div.wb-podpis and div.wb-edycja no body. One page.
    "holdout/pasieka_thread_pl_latin2.html": {
        "template": "pasieka_thread_pl", "url": _PASIEKA + "/temat.php?t=1452", "type": "thread",
        "records": [
            {"type": "thread", "title": "Zimowla w ulu wielkopolskim"},
            _post("miodek_z_kaszub", "2026-11-17T07:12:00", 0,
                  "Mam pięć rodzin w ulach wielkopolskich na dziewięciu ramkach. Czy na zimę zostawiać "
                  "wszystkie ramki, czy zwężać gniazdo?\n"
                  "Pytam, bo w tamtym roku jedna rodzina osypała się w lutym.", []),
            _post("stary_pszczelarz", "2026-11-18T19:30:00", 1,
                  "Zwężać, zostaw tyle ramek, ile pszczoły obsiadają, i dołóż zatwór z ocieplinką.\n"
                  "Zapasu powinno być około 15 kg na rodzinę.", ["miodek_z_kaszub"]),
            _post("Ola_z_Łąki", "2026-11-20T10:05:00", 2,
                  "U mnie zwężenie do siedmiu ramek pomogło, wszystkie trzy rodziny przezimowały.", []),
            _author("miodek_z_kaszub", 2311, "2014-05-03"),
            _author("stary_pszczelarz", 8045, "2009-11-21"),
            _author("Ola_z_Łąki", 96, "2025-08-12"),
        ],
    },
    # Korean topic list: five td.jx-subject links, one thread each in page order (the "[12]"
    # comment counts, writers, views and dates no title); the menu's boards are no topics.
    "holdout/dotori_board_topics_ko.html": {
        "template": "dotori_topics_ko", "url": _DOTORI + "/board/bread", "type": "forum_index",
        "next": _DOTORI + "/board/bread?page=2",
        "records": [
            {"type": "thread", "title": "통밀 식빵이 자꾸 주저앉아요"},
            {"type": "thread", "title": "천연발효종 처음 만들기 7일차 기록"},
            {"type": "thread", "title": "가정용 오븐 온도계 추천 부탁드립니다"},
            {"type": "thread", "title": "단팥빵 앙금 직접 쑤는 법"},
            {"type": "thread", "title": "크루아상 버터 접기 온도 질문"},
        ],
    },
    # Portuguese profile: h1.ua-nome olaria_do_minho (ceramista_lx logged in is the reader);
    # "Mensagens" "3.118" the posts; "Membro desde" "7 de fevereiro de 2017" joined.
    "holdout/azulejo_member_profile_pt_pt.html": {
        "template": "azulejo_profile_pt", "url": _AZUL + "/membro/olaria_do_minho", "type": "profile",
        "records": [_author("olaria_do_minho", 3118, "2017-02-07")],
    },
    # English listing in pounds: h1.rq-title; "£24.50" the price (BTC/XMR conversions, postage and
    # the rates bar no price); "Offered by" bindery_owl; Category Notebooks (the last crumb);
    # "Dispatched from" United Kingdom; "Delivers to" three places.
    "holdout/rookery_listing_gbp_en.html": {
        "template": "rookery_listing_en", "url": _ROOK + "/item/88213", "type": "listing",
        "records": [_listing("Hand-bound linen sketchbook, A5, 120 pages", 24.5, "GBP", "bindery_owl",
                             "Notebooks", "United Kingdom", ["United Kingdom", "Ireland", "Europe"])],
    },
    # Argentine listing in XMR: h1.dv-nombre; "0,1850 XMR" the price ("≈ US$ 31,45" a
    # conversion; shipping extras no price); dl Vendedor, Rubro, "Origen del envío", Destinos.
    "holdout/feriaaustral_listing_xmr_es_ar.html": {
        "template": "feriaaustral_listing_es", "url": _FERIA + "/producto/5120", "type": "listing",
        "records": [_listing("Yerba mate orgánica con palo, 1 kg", 0.185, "XMR", "Yerbal_de_Obera",
                             "Infusiones", "Argentina", ["Argentina", "Uruguay", "Chile"])],
    },
    # Danish cards: four div.lq-kort; h3.lq-navn the title; span.lq-maerke the category; "af
    # VENDOR"; "Sendes fra FROM til TO"; "PRICE kr." in kroner. The sidebar's categories are no
    # cards. "Næste ›" to page 2.
    "holdout/lygtemarked_cards_dkk_da.html": {
        "template": "lygtemarked_cards_da", "url": _LYGTE + "/nyheder", "type": "listing_index",
        "next": _LYGTE + "/nyheder?side=2",
        "records": [
            _listing("Håndstøbt bivokslys, sæt af 4", 189.0, "DKK", "Lysstøberiet_Ærø", "Lys og lygter",
                     "Danmark", ["Norden"]),
            _listing("Stormlygte i messing, 32 cm", 1249.0, "DKK", "Fyrmester_Skagen", "Lys og lygter",
                     "Danmark", ["Europa"]),
            _listing("Strikket uldplaid i islandsk uld", 865.5, "DKK", "Uldstuen", "Tekstiler", "Island",
                     ["Hele verden"]),
            _listing("Drejet fyrfadsstage i ask", 145.0, "DKK", "Lysstøberiet_Ærø", "Træarbejde", "Danmark",
                     ["Danmark", "Sverige"]),
        ],
    },
    # Romanian vendor: h1.tv-nume Padurea_Ceaiului (its "Nivel 5" no name); "Evaluări" "1.462
    # (98,6% pozitive)"; "Membru din" "14 septembrie 2023"; the key in pre.tv-cheie. The three
    # products are links of this page, not records of it.
    "holdout/targulnoapte_vendor_pgp_ro.html": {
        "template": "targulnoapte_vendor_ro", "url": _TARG + "/vanzator/Padurea_Ceaiului", "type": "vendor",
        "records": [_vendor("Padurea_Ceaiului", 1462, 98.6, "2023-09-14", _FP_TARG)],
    },
    # Ukrainian feedback page: its vendor Vyshyvanka_Lviv with the totals shown ("Усього відгуків:
    # 1 208", "Рейтинг: 98,5%"); five reviews; "Наступна →" to page 2.
    "holdout/yarmarok_vendor_feedback_uk.html": {
        "template": "yarmarok_feedback_uk", "url": _YARM + "/prodavets/Vyshyvanka_Lviv/vidguky",
        "type": "feedback", "next": _YARM + "/prodavets/Vyshyvanka_Lviv/vidguky?storinka=2",
        "records": [_feedback_vendor("Vyshyvanka_Lviv", 1208, 98.5)],
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


def test_three_threads_a_topic_list_a_profile_two_listings_cards_a_vendor_and_a_feedback_page() -> None:
    kinds = [t["type"] for t in TRUTH.values()]
    assert [kinds.count(k) for k in ("thread", "forum_index", "profile", "listing", "listing_index",
                                     "vendor", "feedback")] == [3, 1, 1, 2, 1, 1, 1]
    assert all(t["records"] for t in TRUTH.values())
    for page, truth in TRUTH.items():
        if truth["type"] == "thread":
            authors = [p["author"] for p in _posts(page)]
            assert [p["index"] for p in _posts(page)] == list(range(len(authors)))
            # An author record for every poster, once, in order of first post.
            assert [r["name"] for r in ROUND.records_of("author")(page)] == list(dict.fromkeys(authors)), page
        elif truth["type"] == "forum_index":
            assert {r["type"] for r in truth["records"]} == {"thread"}
        else:
            assert _posts(page) == [], page


def test_one_page_in_english_one_right_to_left_and_one_in_latin_2() -> None:
    langs = ROUND.page_langs(ENCODINGS)
    assert sorted(langs.values()) == ["ar", "da", "de", "en-GB", "es-AR", "ko", "pl", "pt-PT", "ro", "uk"]
    assert sum(lang.startswith("en") for lang in langs.values()) == 1
    rtl = {page for page in TRUTH if ' dir="rtl"' in _text(page)}
    assert rtl == {"holdout/darulkhatt_thread_ar.html"}
    assert set(ENCODINGS) == {page for page in TRUTH if "latin2" in page}


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
test_every_post_body_is_written_on_its_page_line_by_line = ROUND.bodies_on_its_page(ENCODINGS)
test_every_address_of_the_truth_and_the_pages_is_a_fictional_host = ROUND.fictional_hosts(ENCODINGS)


def _dmy(shown: str) -> str:
    day, month, year = shown.split(".")
    return f"{year}-{int(month):02}-{int(day):02}"


def test_the_polish_thread_is_latin_2_with_its_own_bytes() -> None:
    raw = (DATA / "holdout" / "pasieka_thread_pl_latin2.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'content="text/html; charset=iso-8859-2"' in raw and raw.count(b"charset=") == 1
    # One byte a letter: Dołączył (ł 0xB3, ą 0xB1), Ola_z_Łąki (Ł 0xA3), zimę (ę 0xEA).
    assert raw.count(b"Do\xb3\xb1czy\xb3:") == 3 and b"Ola_z_\xa3\xb1ki" in raw and b"zim\xea" in raw
    assert "Ola_z_Łąki" not in raw.decode("latin-1")


def test_the_mvnforum_posts_times_and_member_boxes_are_the_truths() -> None:
    page = "holdout/mvnforum_viewthread_de.html"
    text = _text(page)
    boxes = re.findall(r'class="memberName">([^<]+)</a>\s*<br/>\s*(\w+)\s*<br/>.*?'
                       r"Registriert: <b>([\d.]+)</b><br/>\s*Beiträge: <b>(\d+)</b>", text, re.S)
    assert [(n, int(c), _dmy(j)) for n, _, j, c in boxes] == [
        (a["name"], a["post_count"], a["joined"]) for a in ROUND.records_of("author")(page)]
    assert [t for _, t, _, _ in boxes] == ["Stammgast", "Moderator", "Neuling"]  # titles, no names
    times = re.findall(r"\[(\d\d)\.(\d\d)\.(\d{4}) (\d\d:\d\d:\d\d)\]", text)
    assert [f"{y}-{m}-{d}T{t}" for d, m, y, t in times] == [p["posted_at"] for p in _posts(page)]
    topics = [" ".join(t.split()) for t in re.findall(r'<span id="posttopic_\d+">([^<]+)</span>', text)]
    assert topics == [_ORCH_TITLE, "Re: " + _ORCH_TITLE, "Re: " + _ORCH_TITLE]
    assert "[Bearbeitet 1 mal, zuletzt bearbeitet von" in text and "Jede Blüte braucht ihre Zeit." in text
    assert all("Jede Blüte" not in p["body"] and "Bearbeitet" not in p["body"] for p in _posts(page))
    assert "<font color=\"Aqua\">413</font> mal angesehen" in text and "next" not in TRUTH[page]


def test_the_arabic_thread_stats_yesterday_and_quote_are_the_truths() -> None:
    page = "holdout/darulkhatt_thread_ar.html"
    text = _text(page)
    assert '<html lang="ar" dir="rtl">' in text
    months = {"يناير": 1, "مارس": 3, "سبتمبر": 9}
    stats = re.findall(r'class="xk-user-name" href="[^"]+">([^<]+)</a>.*?المشاركات: <bdi>([\d,]+)</bdi>'
                       r".*?تاريخ التسجيل: <bdi>(\d+) (\S+) (\d{4})</bdi>", text, re.S)
    assert {(n, int(c.replace(",", "")), f"{y}-{months[m]:02}-{int(d):02}") for n, c, d, m, y in stats} == (
        _authors(page))
    posts = _posts(page)
    assert re.findall(r'<time datetime="([^"]+)">', text) == [p["posted_at"][:16] for p in posts[:2]]
    assert "<time>أمس - 18:05</time>" in text and posts[2]["posted_at"] == f"{day_ago(1)}T18:05:00"
    assert '<div class="xk-quote-by">اقتباس من مشاركة qalam_baghdad</div>' in text
    assert posts[1]["quotes"] == ["qalam_baghdad"] and "منتصف السن؟" not in posts[1]["body"]
    assert "الخط هندسة روحانية" not in "".join(p["body"] for p in posts)


def test_the_polish_thread_stats_today_and_quote_are_the_truths() -> None:
    page = "holdout/pasieka_thread_pl_latin2.html"
    text = _text(page)
    stats = re.findall(r"<b>([^<]+)</b><br><span class=\"wb-ranga\">[^<]+</span><br><br>"
                       r"Posty: ([\d ]+)<br>Dołączył: ([\d.]+)", text)
    assert {(n, int(c.replace(" ", "")), _dmy(j)) for n, c, j in stats} == _authors(page)
    shown = re.findall(r"Wysłany: (?:(\d\d\.\d\d\.\d{4})|Dzisiaj) o (\d\d:\d\d)", text)
    assert [f"{_dmy(d) if d else day_ago(0)}T{t}:00" for d, t in shown] == [
        p["posted_at"] for p in _posts(page)]
    assert "<b>miodek_z_kaszub napisał(a):</b>" in text and _posts(page)[1]["quotes"] == ["miodek_z_kaszub"]
    assert "Ostatnio zmieniony przez stary_pszczelarz" in text and "Pszczoła nie pyta o pogodę." in text


def test_the_korean_topic_list_gives_its_topics_in_page_order() -> None:
    page = "holdout/dotori_board_topics_ko.html"
    text = _text(page)
    rows = re.findall(r'<td class="jx-subject"><a href="/board/bread/\d+">([^<]+)</a> '
                      r'<span class="jx-cmt">\[(\d+)\]</span></td>', text)
    assert [t for t, _ in rows] == [r["title"] for r in TRUTH[page]["records"]]
    assert [int(c) for _, c in rows] == [12, 31, 8, 19, 5]
    assert text.count('<tr class="jx-row">') == 5 and '<ul class="jx-menu">' in text
    assert '<a class="jx-next" href="/board/bread?page=2">다음 ›</a>' in text
    assert TRUTH[page]["next"] == _DOTORI + "/board/bread?page=2"


def test_the_profile_names_its_member_not_its_reader() -> None:
    page = "holdout/azulejo_member_profile_pt_pt.html"
    text = _text(page)
    facts = dict(re.findall(r'<span class="ua-rotulo">([^<]+)</span><span class="ua-valor">([^<]+)', text))
    assert facts["Mensagens"] == "3.118" and facts["Membro desde"] == "7 de fevereiro de 2017"
    assert facts["Tópicos iniciados"] == "142" and facts["Última visita"] == "hoje às 09:12"
    assert _authors(page) == {("olaria_do_minho", 3118, "2017-02-07")}
    assert 'Sessão iniciada como <a href="/membro/ceramista_lx">' in text and text.count("<h1") == 1


def test_the_pound_listing_price_is_the_one_a_buyer_pays() -> None:
    page = "holdout/rookery_listing_gbp_en.html"
    text = _text(page)
    (listing,) = _listings(page)
    price = float(re.search(r'<span class="rq-price">£([\d.]+)</span>', text).group(1))  # type: ignore[union-attr]
    assert price == listing["price"] and listing["currency"] == "GBP"
    btc_rate, xmr_rate = (shown_number(r, ",") for r in re.search(  # type: ignore[union-attr]
        r"BTC/GBP ([\d,.]+) · XMR/GBP ([\d,.]+)", text).groups())
    btc, xmr = re.search(r"≈ ([\d.]+) BTC · ≈ ([\d.]+) XMR", text).groups()  # type: ignore[union-attr]
    assert (round(price / btc_rate, 5), round(price / xmr_rate, 4)) == (float(btc), float(xmr))
    facts = dict(re.findall(r"<tr><td>([^<]+)</td><td>([^<]+)</td></tr>", text))
    assert (facts["Category"], facts["Dispatched from"]) == (listing["category"], listing["ships_from"])
    assert facts["Delivers to"].split(", ") == listing["ships_to"]
    assert re.findall(r'<li><a href="/c/[a-z-]+">([^<]+)</a></li>', text)[-1] == listing["category"]
    assert 'Offered by <a href="/v/bindery_owl">bindery_owl</a>' in text


def test_the_argentine_listing_is_priced_in_xmr_with_a_decimal_comma() -> None:
    page = "holdout/feriaaustral_listing_xmr_es_ar.html"
    text = _text(page)
    (listing,) = _listings(page)
    xmr, usd = re.search(r"<b>([\d,]+) XMR</b> <small>\(≈ US\$ ([\d,]+)\)</small>", text).groups()  # type: ignore[union-attr]
    rate = shown_number(re.search(r"1 XMR = US\$ ([\d.,]+)", text).group(1), ".", ",")  # type: ignore[union-attr]
    assert shown_number(xmr, ".", ",") == listing["price"] and listing["currency"] == "XMR"
    assert round(listing["price"] * rate, 2) == shown_number(usd, ".", ",")
    facts = dict(re.findall(r"<dt>([^<]+)</dt><dd>(?:<a [^>]+>)?([^<]+)", text))
    assert (facts["Vendedor"], facts["Rubro"], facts["Origen del envío"]) == (
        listing["vendor"], listing["category"], listing["ships_from"])
    assert facts["Destinos"].split(", ") == listing["ships_to"]


def test_the_danish_cards_are_the_truths_and_the_sidebar_list_is_no_card() -> None:
    page = "holdout/lygtemarked_cards_dkk_da.html"
    text = _text(page)
    cards = re.findall(r'<span class="lq-maerke">([^<]+)</span>\s*'
                       r'<h3 class="lq-navn"><a href="[^"]+">([^<]+)</a></h3>\s*'
                       r'<div class="lq-af">af <a href="[^"]+">([^<]+)</a></div>\s*'
                       r'<div class="lq-fragt">Sendes fra (\w+) til ([^<]+)</div>\s*'
                       r'<div class="lq-pris">([\d.,]+) kr\.</div>', text)
    ROUND.check_listings([(t, shown_number(p, ".", ","), "DKK", v, c, f, to.split(", "))
               for c, t, v, f, to, p in cards], page)
    assert text.count('<div class="lq-kort">') == 4 and '<aside class="lq-side">' in text
    assert '<a class="lq-naeste" href="/nyheder?side=2">Næste ›</a>' in text
    assert TRUTH[page]["next"] == _LYGTE + "/nyheder?side=2"


def _armoured(text: str) -> str:
    block = re.search(r"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=[A-Za-z0-9+/]{4}\n"
                      r"-----END PGP PUBLIC KEY BLOCK-----", text, re.S)
    assert block is not None
    return block.group(1)


def test_the_romanian_vendor_carries_a_real_v4_key_and_its_feedback_figures() -> None:
    page = "holdout/targulnoapte_vendor_pgp_ro.html"
    text = _text(page)
    (vendor,) = TRUTH[page]["records"]
    assert v4_fingerprint(_armoured(text)) == _FP_TARG == vendor["pgp_fingerprint"]
    shown = re.search(r"Amprentă: <code>([0-9A-F ]+)</code>", text).group(1)  # type: ignore[union-attr]
    assert shown.replace(" ", "") == _FP_TARG and len(shown.split()) == 10
    facts = dict(re.findall(r"<tr><th>([^<]+)</th><td>([^<]+)</td></tr>", text))
    assert facts["Membru din"] == "14 septembrie 2023" and vendor["member_since"] == "2023-09-14"
    count, share = re.fullmatch(r"([\d.]+) \(([\d,]+)% pozitive\)", facts["Evaluări"]).groups()  # type: ignore[union-attr]
    assert (int(count.replace(".", "")), shown_number(share, " ", ",")) == (
        vendor["feedback_count"], vendor["rating"])
    assert re.search(r'<h1 class="tv-nume">([^<]+?) <span', text).group(1) == vendor["name"]  # type: ignore[union-attr]
    assert text.count('<li><a href="/produs/') == 3
    assert [r["type"] for r in TRUTH[page]["records"]] == ["vendor"]


def test_the_feedback_page_carries_its_vendor_and_the_totals_shown() -> None:
    page = "holdout/yarmarok_vendor_feedback_uk.html"
    text = _text(page)
    totals = dict(re.findall(r"<li>([^<:]+): <b>([^<]+)</b></li>", text))
    total, good, neutral, bad = (int(totals[k].replace(" ", "")) for k in (
        "Усього відгуків", "Позитивних", "Нейтральних", "Негативних"))
    assert good + neutral + bad == total == 1208
    (vendor,) = TRUTH[page]["records"]
    assert (vendor["name"], vendor["feedback_count"]) == ("Vyshyvanka_Lviv", total)
    assert f"{round(100 * good / total, 1)}".replace(".", ",") + "%" == totals["Рейтинг"]
    assert shown_number(totals["Рейтинг"].rstrip("%"), " ", ",") == vendor["rating"]
    assert vendor["has_pgp_key"] is None and vendor["member_since"] is None
    assert text.count('<tr class="mw-vidguk">') == 5
    assert TRUTH[page]["next"] == _YARM + "/prodavets/Vyshyvanka_Lviv/vidguky?storinka=2"
    assert '<a class="mw-dali" href="/prodavets/Vyshyvanka_Lviv/vidguky?storinka=2">Наступна →</a>' in text
