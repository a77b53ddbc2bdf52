"""parsers.parse_page on round-46 generality pages (tests/data/general_r46): a fully BLIND held-out
set of a balanced "typical crawl" in ten languages that earlier rounds used little or never, five
forum pages and five market pages. Ten pages, all on the HOLDOUT side (no tune side: no rule was
written for any of them), each an engine, template or layout in no earlier round, with fictional
names, words, dates and prices put in. Three forum threads with quotes and RELATIVE dates in their
own languages (one in ISO-8859-14, one with its poster box AFTER the body), a member profile and a
board's topic list; a market listing of a real shop engine (HikaShop, an engine no round used), a
listing priced in XMR, a grid of cards, a vendor page with a real PGP key in a textarea and a
vendor's feedback page with totals. Numbers and dates as the languages write them: a Swiss
apostrophe between thousands (1’386), CHF "89.–", a dot (1.376, 2.416, 4.750,00 ₺) or a comma
(3,118; 6,571) between thousands, Latin genitive months ("17 Novembris 2026"), Welsh month
abbreviations and dd/mm/yyyy, Romansh "ils 17 da favrer 2021", Cantonese 下晝 (afternoon) and 琴日
(yesterday), Scots "yestreen" and "the day", Luxembourgish "gëschter" and "virun 3 Stonnen".

Every page is an engine, template or layout in none of rounds 3-45, tests/data/forums_general,
tests/data/markets_general, board_posts, card_chips, card_handles, column_places, dash_pieces,
form_price, glued_labels, kind_shares, list_rows, member_tiles, mend_forum_lists, mend_market_r38,
note_tails, panel_cards, poster_panels, profile_shapes, prose_profiles, since_line, solar_hijri,
stat_lines, topic_rows or vendor_sections (round 47, built at the same time by another helper, was
neither read nor used: its directory and module were left out of every grep; this round took
templates named A to M, round 47 N to Z): their directories were listed (the first word of every
page name: no hikashop, grexapiariorum, cwlwmcrefft, chaanteng, bothyblether, kloenstuuv,
bazaraseve, marcadanotg, fouermaart or llumeferia) and grepped, with the round modules, the
parsers' test modules and parsers/ (the names of matching files only), for each page's names and
class names, and none of HikaShop's hikashop_product_page,
hikashop_product_price_main, hikashop_product_msrp_price or hikashop_product_custom_value, nor the
invented prefixes class="lx- (the Latin thread), cw- (the Welsh thread), ct- (the Cantonese
thread), bw- (the Scots profile), kn- (the Low German topic list), jw- (the Kurmanji cards), qn-
(the Romansh vendor), fm- (the Luxembourgish feedback page) or ll- (the Asturian listing), nor the
words Apiariorum, scripsit, Cwlwm, Dyfyniad, Golygwyd, Postiwyd, 茶餐廳, 年桔, 琴日, 下晝,
個鐘頭前, 嘅帖文, 發帖數, 加入日期, Bothy, Jined, yestreen, Klöönstuuv, Anpinnt, Neegste,
Lumbazaro, Vendisto, Bazara, Firoşkar, Rûpela, Marcà, Commembra, Valitaziuns, Impronta,
Fouermaart, Bewäertungen, gëschter, "Weider ›", Llume, Unvía, Madreñes, iso-8859-14, nor any
member or vendor name of this round is in them. Found and no sign of the same layout: Negeseuon
and Ymunodd (the common Welsh "messages" and "joined": poster_panels/tebot_cy.html, a div per post
with its poster box first, and the parsers' tests), lang="eo" (round 19's XMB thread), lang="lb"
(round 20's JTL shop grid), lang="cy" (round 18's EDD grid and poster_panels). IP.Board 3 was first
chosen for the Latin thread and dropped before any page was written: forums_general/ipb_3.html is
one. Figures first chosen that round 45 used were changed before any truth was written (1.204 and
87 posts: round 45's Japanese thread).
Languages: Latin, Welsh, Cantonese (Hong Kong, traditional characters), Scots, Low German,
Esperanto, Kurmanji Kurdish, Romansh, Luxembourgish and Asturian (no earlier page declared
``lang="la"``, "yue-HK", "sco", "nds", "ku", "rm" or "ast"; "eo", "lb" one page each, "cy" two).
One page is in ISO-8859-14 (Latin-8, the Celtic code page made for Welsh ŵ and ŷ; no round
declared it): declared by ``<meta http-equiv="Content-Type" content="text/html;
charset=iso-8859-14">``; ŵ and ŷ one byte each (0xF0, 0xFE) where Latin-1 has ð and þ.

forum pages (written from memory of public descriptions of onion forums; every layout, class name
and string is invented)
  - a Latin thread ("Grex Apiariorum", beekeepers feeding bees in winter): article.lx-epistula,
    a.lx-nomen the names, dl "Nuntia" "1.376" (a dot between thousands) and "Adscriptus" "17
    Septembris 2010" (a genitive month); "Scriptum: 17 Novembris 2026, 21:30", "heri, 08:05",
    "hodie, 10:31", "ante 40 minuta"; blockquote "NAME scripsit:" a quote; div.lx-mutatum
    ("Ultimum mutatum ab ...") and div.lx-subscriptio no body.
  - a Welsh thread in ISO-8859-14 ("Cwlwm Crefft", washing wool), an old table board: a bar
    "Neges #N · Postiwyd: 18 Tach 2026, 20:05" ("ddoe am 18:40" yesterday, "heddiw am 09:15"
    today), then the body, and the poster box AFTER it in a right-hand cell: "Negeseuon: 3,118",
    "Ymunodd: 30/08/2012"; a table "Dyfyniad gan NAME:" a quote; "Golygwyd ddiwethaf gan ..." and
    the signature after underscores no body.
  - a Cantonese thread ("茶餐廳夜話", potted kumquats): div.ct-tip, a.ct-mingzi the names;
    "發帖數：6,571" and "加入日期：2010年7月18日"; "發表於 前日 21:40" (the day before
    yesterday), "琴日 下晝3:15" (yesterday afternoon), "5 個鐘頭前", "半個鐘頭前" (half an hour);
    div.ct-jan "引用 NAME 嘅帖文：" a quote; the edit note and signature no body.
  - a Scots member PROFILE ("The Bothy Blether", hillwalking): h1.bw-name, a th/td table "Jined"
    "3 Mairch 2019", "Posts" "2,653" (Threids stairtit, Thenks gotten no posts), "Last seen"
    "yestreen at 9.40pm" (no join day); the latest posts' dates no join day; the reader logged in
    (dougie_glen) in the header.
  - a Low German TOPIC LIST ("De Klöönstuuv", board "Goorn un Tuun"): six li.kn-draad (a pinned
    rule topic first, "Anpinnt:"), a.kn-överschrift the title; "vun NAME", "Antwoorten: 9 · Leest:
    214" and the last post's "güstern, 18:40 vun NAME" no title; "Neegste Siet ›" the next page.

market pages (every market, vendor, product and price is invented; only innocuous goods: honey,
rugs, a copper teapot, books, felt, woollens, coffee, wooden clogs)
  - a HikaShop PRODUCT page (Esperanto, "Lumbazaro", Joomla with the protostar template),
    rebuilt from HikaShop 2.6.0's product views as stored in joomla/joomla-cms
    components/com_hikashop/views/product/tmpl: show.php (read: the page div
    hikashop_product_CODE_page, the previous/next product links, the form), show_default.php
    (read: the top, left and right parts, span#hikashop_product_name_main and
    hikashop_product_code_main in the h1, hikashop_product_vote_mini, hikashop_product_price_main,
    quantity and contact blocks, the description), listing_price.php (read: the MSRP
    "hikashop_product_msrp_price" before "hikashop_product_our_price_title", one
    span.hikashop_product_price_N a price, a price for at least 3 in
    hikashop_product_price_with_min_qty, "hikashop_product_price_per_unit") and
    show_block_custom_main.php (read: the custom fields' table, "Specifoj", where this shop keeps
    Vendisto, "Sendata el", "Sendata al"); the Joomla breadcrumbs, the vote stars, the quantity
    form and the related-products module as remembered. "24,90 €" the price (the MSRP "32,00 €",
    "22,50 €" from 3 pieces and the related products no price); the last crumb Mielo.
  - an Asturian LISTING priced in XMR ("Feria de la Llume"): "0,3850 XMR" over "≈ 61,20 €" (a
    conversion at the rates bar's "1 XMR = 158,96 €"; the postage options and the seller's other
    items no price); a th/td table Vendedor, "Unvía dende", "Unvía a"; the last crumb Calzáu.
  - a Kurmanji GRID OF CARDS ("Bazara Şevê", "Berhemên nû"): four div.jw-kart, a category chip,
    the title, "Firoşkar: VENDOR", "Ji FROM bo TO" and "4.750,00 ₺" (one card's struck "480,00 ₺"
    and "−15%" no price); the sidebar's categories and price ranges no cards; "Rûpela din ›".
  - a Romansh VENDOR page ("Marcà da la notg"): "Commembra dapi ils 17 da favrer 2021",
    "Valitaziuns 1’386" (a typographic apostrophe between thousands), "Positivas 98,6 %"
    ("Vendidas 2’940" no feedback count); "Impronta da la clav:" in groups of four over the
    armoured key in a read-only TEXTAREA; the three products and their CHF prices are links,
    not records.
  - a Luxembourgish FEEDBACK page ("Fouermaart", Kaffi_Uewersauer): "Bewäertungen insgesamt
    2.416" and "Positiv 97,9 %" over "Positiv: 2.365 / Neutral: 32 / Negativ: 19"; four review
    cards ("virun 3 Stonnen", "gëschter, 21:40", "16. November 2026"; the items' € prices no
    vendor facts); "Weider ›" to page 2.
The key is a REAL OpenPGP v4 public key (ed25519) generated for this round with gpg in a
throwaway GnuPG home under /tmp that was deleted afterwards.

How close each page is to a real site: the HikaShop page follows its engine's markup as read
above; the other nine are shaped from memory (floor-numbered posts, old table boards, poster
boxes, profile fact tables, topic rows, card grids, labelled fact tables, rates bars, key
fingerprints in groups, feedback summaries). Page frames, strings and all content are invented for
this round; sites and addresses are fictional (made-up 56-character .onion names; the Romansh
key's user id an .example address, inside its base64; schema.org appears only as the HikaShop
page's breadcrumb itemtypes, never fetched; no page names any other host).

Truth conventions, as rounds 24-45: a post's body without quotes, signatures and edit notes;
quotes name the quoted members; relative dates resolve against the harness's NOW_TIME
(2026-11-20 12:00); an author record for every poster whose statistics the page shows, once, in
order of first post; a profile gives its member's record; a topic list one thread record per topic
(a pinned topic too, as round 42's); a listing's price is the one a buyer pays for one piece
(conversions, MSRPs, struck prices, quantity prices, postage and other items' prices no price);
the category is the last crumb or the labelled value; a vendor page's product links give no
listing records; a feedback page gives its vendor's record with the totals shown (has_pgp_key
None).

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (f747937) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 46 --side holdout --misses``): those of 747bc53 (the last session's end) and of 7dbbd68
(rounds 44 and 45 mended). None had seen this round's pages; every helper who wrote those mends
kept it out of every scan.

    template                  747bc53  7dbbd68
    bothyblether_profile_sco    0.000    0.000  (a Scots profile)
    chaanteng_thread_yue        0.655    0.655  (dates; headers in bodies; join days)
    grexapiariorum_thread_la    0.655    0.655  (dates; headers in bodies; join days)
    bazaraseve_cards_ku         0.723    0.723  (sellers; places; next page)
    hikashop_product_eo         0.800    0.800  (a dearer price first; vendor)
    marcadanotg_vendor_rm       0.833    0.833  (a Swiss count; since)
    llumeferia_listing_ast      0.857    0.857  (places)
    fouermaart_feedback_lb      0.889    0.889  (next page)
    kloenstuuv_topics_nds       0.933    0.933  (next page)
    cwlwmcrefft_thread_cy 1.000
    overall                     0.764    0.764

This round and round 47 are this session's first blind measure: the parsers of 747bc53 are the last
session's, those of 7dbbd68 carry this session's mends of rounds 44 and 45. Those mends carried
nothing here. Most misses are of languages the CLDR has little or no data for (Latin, Scots): the
words of a post's header and of a poster's join day. Blind scores of the rounds (3 to 45): 0.646,
0.778, 0.714, 0.946, 0.798, 0.699, 0.601, 0.750, 0.857, 0.466, 0.612, 0.538, 0.773, 0.313, 0.694,
0.684, 0.376, 0.578, 0.517, 0.514, 0.848, 0.777, 0.858, 0.406, 0.782, 0.902, 0.752, 0.831, 0.738,
0.820, 0.891, 0.770, 0.942, 0.679, 0.736, 0.893, 0.837, 0.587, 0.741, 0.919, 0.667, 0.858, 0.710 and
here 0.764 (0.764 at this session's start). KNOWN_MISSES held every wrong value of 7dbbd68 (those
left since the mends below). This round is BLIND: do not tune the parsers on its pages; mend a miss
only as a general mechanism, with test pages of its own, and say so here.

Mended after its blind measure, each miss by a general mechanism with test pages of its own
(b09554a to 01a5e67): months of languages the CLDR lacks read as the CLDR's month names of every
language it describes (parsers.kin_months); a profile's figures under labels of a few words
(parsers.figure_rows); a pager known by its shape, the page count beside it or the current number
unlinked (parsers.counted_pager); the one place of every post whose text reads as dates in order
dates the posts when the thread's dates are plainly wrong, its unknown day words and units read as
the only value between the neighbouring posts' dates (parsers.date_slots, parsers.loose_dates,
parsers.cldr_pool); country names as glibc's locales write them (parsers.locale_countries);
sellers as handles after the same label on every card (parsers.labelled_handles); the lower of two
prices whose labels share a word (parsers.sale_price); a seller as a labelled handle among an
item's facts (parsers.facts_seller); routes as two labels of one stem (parsers.stem_route); a
vendor's count in the row before its single positive share (parsers.share_count): 0.764 -> 0.993.
Left: two Cantonese relative times whose hour word (鐘頭) no CLDR locale holds.
"""

from __future__ import annotations

import html
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
    time_ago,
    v4_fingerprint,
)

DATA = Path(__file__).parent / "data" / "general_r46"

_GREX = "http://grexapiariorum7jhgsl5vhclytsns4aqt5qb3p6bw6dg53i76qxli2d.onion"
_CWLWM = "http://cwlwmcrefftouxfqvqtb4kicd37vxwanblsteghebm7md7fwogcyck6d.onion"
_CHAAN = "http://chaantengyehwaciealt5v5zavyiynhqsrlkfgbxpln6eyr32szhuwod.onion"
_BOTHY = "http://bothybletherak5pe4dtvo5cp2jpvteeeqtnx7pkdl5kpj2zfnxk2w3d.onion"
_KLOEN = "http://kloenstuuvmq6k5fkrmtz6mtst2cwjrq7yaoi35oddzw7y44jwkoswpd.onion"
_LUMB = "http://lumbazarorgjekahbqfyzo7bashggx35xsnow5iwoagfdadd2ro5bkvd.onion"
_BAZAR = "http://bazaraseve6pdqbmxodqabxb6raehsxzke36z6qczv3v7vif462jy5id.onion"
_MARCA = "http://marcadanotgzbp7lvsiu77uy6hhip56ftq7disjfxcvnjwbq2xb2sc3d.onion"
_FOUER = "http://fouermaartptasjbdfvz32d5iorb4oynplwxfjx6buqwlqpzzaxymr3d.onion"
_LLUME = "http://llumeferiap6x4rvx4dmxe5gx5bfc57j4p5jl3mwbjqgezrhsflklk7d.onion"
_FP_MARCA = "4E2F724DC05EB047065B9B5166F8877B6B577970"

#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {"holdout/cwlwmcrefft_thread_cy_latin8.html": "iso-8859-14"}

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # Latin thread: h1.lx-titulus the title; a.lx-nomen the names; "Nuntia" / "Adscriptus" the
    # statistics; "Scriptum:" the times ("heri" yesterday, "hodie" today, "ante 40 minuta" 40
    # minutes ago); "NAME scripsit:" quotes; div.lx-mutatum and div.lx-subscriptio no body.
    "holdout/grexapiariorum_thread_la.html": {
        "template": "grexapiariorum_thread_la", "url": _GREX + "/filum/902", "type": "thread",
        "records": [
            {"type": "thread", "title": "Quomodo apes hieme alendae sunt?"},
            _post("melissa_vatia", "2026-11-17T21:30:00", 0,
                  "Tres alvos in horto habeo, sed mel autumno parum relictum est.\n"
                  "Num apes nunc syrupo alere debeo, an exspectare usque ad ver?", []),
            _post("apiarius_senex", f"{day_ago(1)}T08:05:00", 1,
                  "Nunc noli syrupum liquidum dare, nam frigore apes eum non iam coquunt.\n"
                  "Pastam sacchari super favos pone; ea per totam hiemem sufficit.", ["melissa_vatia"]),
            _post("cera_flava", f"{day_ago(0)}T10:31:00", 2,
                  "Etiam alvos ab humore defende: apes frigus bene ferunt, umorem non ferunt.", []),
            _post("melissa_vatia", time_ago(minutes=40), 3,
                  "Gratias vobis! Pastam hodie paravi et alvos tabulis texi.", ["cera_flava"]),
            _author("melissa_vatia", 93, "2025-04-03"),
            _author("apiarius_senex", 1376, "2010-09-17"),
            _author("cera_flava", 412, "2019-02-09"),
        ],
    },
    # Welsh thread, ISO-8859-14: h2.cw-testun the title; the bar's "Postiwyd:" the times ("ddoe
    # am" yesterday, "heddiw am" today); td.cw-awdur AFTER the body the names and "Negeseuon:" /
    # "Ymunodd:" the statistics (dd/mm/yyyy); "Dyfyniad gan Nia_Penllyn:" a quote; div.cw-golygu
    # and div.cw-llofnod no body.
    "holdout/cwlwmcrefft_thread_cy_latin8.html": {
        "template": "cwlwmcrefft_thread_cy", "url": _CWLWM + "/pwnc.php?t=814", "type": "thread",
        "records": [
            {"type": "thread", "title": "Sut mae golchi gwlân heb iddo grebachu?"},
            _post("Nia_Penllyn", "2026-11-18T20:05:00", 0,
                  "Mae gen i siwmper wlân a weodd fy mam-gu, ac mae arna i ofn ei golchi.\n"
                  "Y tro diwethaf, aeth pâr o sanau i hanner eu maint yn y peiriant.", []),
            _post("Mererid_Tŷ_Nant", f"{day_ago(1)}T18:40:00", 1,
                  "Golcha hi â llaw mewn dŵr llugoer, a phaid byth â'i rhwbio na'i gwasgu.\n"
                  "Gad iddi sychu'n fflat ar dywel, ymhell o'r tân.", ["Nia_Penllyn"]),
            _post("Dafydd_Gwehydd", f"{day_ago(0)}T09:15:00", 2,
                  "Mae'n bwysig rinsio mewn dŵr o'r un tymheredd hefyd, neu bydd y gwlân yn ffeltio.", []),
            _author("Nia_Penllyn", 163, "2021-05-22"),
            _author("Mererid_Tŷ_Nant", 3118, "2012-08-30"),
            _author("Dafydd_Gwehydd", 527, "2018-01-09"),
        ],
    },
    # Cantonese thread: h1.ct-tai the title; a.ct-mingzi the names; "發帖數：" / "加入日期：" the
    # statistics; "發表於" the times ("前日" two days ago, "琴日 下晝" yesterday afternoon, "個鐘頭
    # 前" hours ago, "半個鐘頭前" half an hour ago); "引用 NAME 嘅帖文：" quotes; div.ct-gaai and
    # div.ct-kimming no body.
    "holdout/chaanteng_thread_relative_yue.html": {
        "template": "chaanteng_thread_yue", "url": _CHAAN + "/tip/3307", "type": "thread",
        "records": [
            {"type": "thread", "title": "年桔點樣養先唔會甩葉？"},
            _post("gam_zai_yi", f"{day_ago(2)}T21:40:00", 0,
                  "年尾買咗盆年桔返屋企，點知擺咗一個禮拜就開始甩葉。\n係咪淋水淋得太多？", []),
            _post("hung_hom_gardener", f"{day_ago(1)}T15:15:00", 1,
                  "多數係淋水太多，或者擺得太暗。\n泥面乾咗先淋，每日攞出露台曬兩三個鐘太陽就得。",
                  ["gam_zai_yi"]),
            _post("ah_fai_plants", time_ago(hours=5), 2, "唔好放喺冷氣機隔籬，凍風一吹啲葉即刻黃晒。", []),
            _post("gam_zai_yi", time_ago(minutes=30), 3,
                  "多謝晒！原來真係擺咗喺冷氣機隔籬，而家搬咗去露台啦。", ["ah_fai_plants"]),
            _author("gam_zai_yi", 342, "2021-12-04"),
            _author("hung_hom_gardener", 6571, "2010-07-18"),
            _author("ah_fai_plants", 958, "2017-05-30"),
        ],
    },
    # Scots profile: h1.bw-name hillwalker_morag (dougie_glen logged in is the reader); "Posts"
    # 2,653 (Threids stairtit, Thenks gotten no posts); "Jined" "3 Mairch 2019" (the last visit
    # and the latest posts' dates no join day).
    "holdout/bothyblether_member_profile_sco.html": {
        "template": "bothyblether_profile_sco", "url": _BOTHY + "/member/hillwalker_morag", "type": "profile",
        "records": [_author("hillwalker_morag", 2653, "2019-03-03")],
    },
    # Low German topic list: six li.kn-draad, a.kn-överschrift the title (the pinned rules topic
    # a topic too; "vun NAME", the counts and the last post no title); "Neegste Siet ›" the next
    # page.
    "holdout/kloenstuuv_topics_nds.html": {
        "template": "kloenstuuv_topics_nds", "url": _KLOEN + "/bord/goorn-un-tuun", "type": "forum_index",
        "next": _KLOEN + "/bord/goorn-un-tuun?siet=2",
        "records": [
            {"type": "thread", "title": "Hier warrt nich över Politik snackt – Reegeln för de Klöönstuuv"},
            {"type": "thread", "title": "Wanneer schall ik de Rosen torüchsnieden?"},
            {"type": "thread", "title": "Mien Appelboom dreggt blots elk tweet Johr"},
            {"type": "thread", "title": "Tüffeln in'n Emmer – wat för Eerd?"},
            {"type": "thread", "title": "Snieglöckschen ünner de Eek planten"},
            {"type": "thread", "title": "Wat doot ji gegen Snecken in'n Salaat?"},
        ],
    },
    # HikaShop product, Esperanto: span#hikashop_product_name_main the title (the code no title);
    # "Nia prezo: 24,90 €" the price (the MSRP, the price from 3 pieces and the related products
    # no price); the custom fields Vendisto, "Sendata el", "Sendata al"; the last crumb Mielo.
    "holdout/hikashop_product_eur_eo.html": {
        "template": "hikashop_product_eo", "url": _LUMB + "/butiko/produkto/318-erika-mielo-500-g",
        "type": "listing",
        "records": [_listing("Erika mielo, 500 g (kruda, nefiltrita)", 24.9, "EUR", "Abelejo_Verda", "Mielo",
                             "Germanio", ["Eŭropa Unio"])],
    },
    # Kurmanji grid: four div.jw-kart; a.jw-nav the title; "Firoşkar: VENDOR"; span.jw-beş the
    # category; "Ji FROM bo TO"; "PRICE ₺" (the struck old price no price). The sidebar's
    # categories and price ranges are no cards. "Rûpela din ›".
    "holdout/bazaraseve_cards_try_ku.html": {
        "template": "bazaraseve_cards_ku", "url": _BAZAR + "/berhemen-nu", "type": "listing_index",
        "next": _BAZAR + "/berhemen-nu?rupel=2",
        "records": [
            _listing("Xalîçeya destçêkirî ya Colemêrgê, 120×180", 4750.0, "TRY", "Xalice_Colemerg", "Xalîçe",
                     "Tirkiye", ["Hemû cîhan"]),
            _listing("Çaydanka sifir a bi destan kutayî", 1250.0, "TRY", "Sifirkar_Merdin", "Sifir",
                     "Tirkiye", ["Ewropa"]),
            _listing("Çîrokên gelêrî yên Kurdî, 2 cild", 408.0, "TRY", "Weshanxane_Dicle", "Pirtûk",
                     "Tirkiye", ["Tirkiye"]),
            _listing("Kulava hiriyê ya şivanan", 2300.0, "TRY", "Kulavci_Wan", "Kulav", "Tirkiye",
                     ["Hemû cîhan"]),
        ],
    },
    # Romansh vendor: h1.qn-num Tessadra_Muster (its badge no name); "Valitaziuns" 1’386,
    # "Positivas" 98,6 %, "Commembra dapi ils 17 da favrer 2021"; the key in a textarea. The three
    # products are links of this page, not records of it.
    "holdout/marcadanotg_vendor_pgp_rm.html": {
        "template": "marcadanotg_vendor_rm", "url": _MARCA + "/venditur/Tessadra_Muster", "type": "vendor",
        "records": [_vendor("Tessadra_Muster", 1386, 98.6, "2021-02-17", _FP_MARCA)],
    },
    # Luxembourgish feedback page: its vendor Kaffi_Uewersauer with the totals shown
    # ("Bewäertungen insgesamt" 2.416, "Positiv" 97,9 %); four review cards (their items' prices
    # no vendor facts); "Weider ›" to page 2.
    "holdout/fouermaart_feedback_totals_lb.html": {
        "template": "fouermaart_feedback_lb", "url": _FOUER + "/hanneler/Kaffi_Uewersauer/bewaertungen",
        "type": "feedback", "next": _FOUER + "/hanneler/Kaffi_Uewersauer/bewaertungen?sait=2",
        "records": [_feedback_vendor("Kaffi_Uewersauer", 2416, 97.9)],
    },
    # Asturian listing in XMR: h1.ll-titulu; "0,3850 XMR" the price (the € conversion, the rates
    # bar, the postage and the seller's other items no price); Vendedor Madreneru_Teberga; the
    # last crumb Calzáu; "Unvía dende" Asturies; "Unvía a" Unión Europea.
    "holdout/llumeferia_listing_xmr_ast.html": {
        "template": "llumeferia_listing_ast", "url": _LLUME + "/productu/7730", "type": "listing",
        "records": [_listing("Madreñes de carbayu feches a mano, númberu 40", 0.385, "XMR",
                             "Madreneru_Teberga", "Calzáu", "Asturies", ["Unión Europea"])],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers give on the holdout side where it differs from TRUTH since the mends (parsers
# of 01a5e67; blind, 7dbbd68 gave the values the docstring counts).
# Key: "kind[i].field" (or "page_type"); value: what the parsers gave.
KNOWN_MISSES: dict[str, dict[str, Any]] = {
    "holdout/chaanteng_thread_relative_yue.html": {
        "post[2].posted_at": None,
        "post[3].posted_at": None,
    },
}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(0.993)
_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)

_text = ROUND.page_text(ENCODINGS)
_posts = ROUND.records_of("post")
_listings = ROUND.records_of("listing")
_authors = ROUND.author_stats




def test_five_forum_pages_and_five_market_pages() -> None:
    kinds = [t["type"] for t in TRUTH.values()]
    counts = [kinds.count(k) for k in ("thread", "profile", "forum_index", "listing", "listing_index",
                                       "vendor", "feedback")]
    assert counts == [3, 1, 1, 2, 1, 1, 1]
    for page, truth in TRUTH.items():
        if truth["type"] == "thread":
            authors = [p["author"] for p in _posts(page)]
            assert [p["index"] for p in _posts(page)] == list(range(len(authors)))
            # An author record for every poster, once, in order of first post.
            assert [r["name"] for r in ROUND.records_of("author")(page)] == list(dict.fromkeys(authors)), page
            # Every thread quotes a member.
            assert any(p["quotes"] for p in _posts(page)), page
        else:
            assert truth["records"] and _posts(page) == [], page


def test_ten_little_used_languages_and_one_page_in_iso_8859_14() -> None:
    langs = ROUND.page_langs(ENCODINGS)
    assert sorted(langs.values()) == ["ast", "cy", "eo", "ku", "la", "lb", "nds", "rm", "sco", "yue-HK"]
    assert set(ENCODINGS) == {page for page in TRUTH if "latin8" in page}


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
test_every_post_body_is_written_on_its_page_line_by_line = ROUND.bodies_on_its_page(ENCODINGS)
test_every_address_of_the_truth_and_the_pages_is_a_fictional_host = ROUND.fictional_hosts(ENCODINGS)


def test_the_welsh_thread_is_iso_8859_14_with_its_own_bytes() -> None:
    raw = (DATA / "holdout" / "cwlwmcrefft_thread_cy_latin8.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'content="text/html; charset=iso-8859-14"' in raw and raw.count(b"charset=") == 1
    # One byte a letter: ŵ 0xF0 (dŵr), ŷ 0xFE (Tŷ), â 0xE2 as in Latin-1 (gwlân).
    assert raw.count(b"d\xf0r") == 2 and raw.count(b"Mererid_T\xfe_Nant") == 2 and b"gwl\xe2n" in raw
    # Latin-1 reads them as ð and þ: only Latin-8 gives the member's name.
    assert "Mererid_Tþ_Nant" in raw.decode("latin-1") and "Mererid_Tŷ_Nant" not in raw.decode("latin-1")


def test_the_latin_thread_stats_times_and_quotes_are_the_truths() -> None:
    page = "holdout/grexapiariorum_thread_la.html"
    text = _text(page)
    months = {"Ianuarii": 1, "Februarii": 2, "Martii": 3, "Aprilis": 4, "Maii": 5, "Iunii": 6, "Iulii": 7,
              "Augusti": 8, "Septembris": 9, "Octobris": 10, "Novembris": 11, "Decembris": 12}
    stats = re.findall(r'<a class="lx-nomen" href="[^"]+">([^<]+)</a>\s*'
                       r'<span class="lx-gradus">[^<]+</span>\s*<dl class="lx-census">'
                       r"<dt>Nuntia</dt><dd>([\d.]+)</dd><dt>Adscriptus</dt>"
                       r"<dd>(\d+) (\w+) (\d{4})</dd>", text)
    assert len(stats) == 4
    assert {(n, int(shown_number(c, ".")), f"{y}-{months[m]:02}-{int(d):02}") for n, c, d, m, y in stats} == (
        _authors(page))
    shown = re.findall(r'<div class="lx-tempus"><a href="#ep-\d+">#\d</a> Scriptum: ([^<]+)</div>', text)
    assert shown == ["17 Novembris 2026, 21:30", "heri, 08:05", "hodie, 10:31", "ante 40 minuta"]
    d, m, y, hm = re.fullmatch(r"(\d+) (\w+) (\d{4}), (\d\d:\d\d)", shown[0]).groups()  # type: ignore[union-attr]
    assert [p["posted_at"] for p in _posts(page)] == [
        f"{y}-{months[m]:02}-{d}T{hm}:00", f"{day_ago(1)}T08:05:00", f"{day_ago(0)}T10:31:00",
        time_ago(minutes=40)]
    heads = re.findall(r"<cite>(\S+) scripsit:</cite>", text)
    assert [[h] for h in heads] == [p["quotes"] for p in _posts(page) if p["quotes"]]
    assert "Ultimum mutatum ab apiarius_senex" in text and "Festina lente, sed ante hiemem." in text
    assert all("mutatum" not in p["body"] and "Festina" not in p["body"] for p in _posts(page))


def test_the_welsh_poster_box_follows_the_body_and_its_stats_and_times_are_the_truths() -> None:
    page = "holdout/cwlwmcrefft_thread_cy_latin8.html"
    text = _text(page)
    blocks = re.findall(r'<div class="cw-neges" id="n\d+">(.*?)</table>\s*</div>', text, re.S)
    assert len(blocks) == 3
    stats = []
    for block, post in zip(blocks, _posts(page), strict=True):
        # The body's first line comes before the poster's name in the markup.
        assert block.index(post["body"].split("\n")[0][:30]) < block.index('<td class="cw-awdur"')
        stats += re.findall(r'<td class="cw-awdur"[^>]*><a href="[^"]+"><b>([^<]+)</b></a><br>\s*'
                            r'<font size="1">[^<]+<br>Negeseuon: ([\d,]+)<br>'
                            r"Ymunodd: (\d\d)/(\d\d)/(\d{4})",
                            block)
    assert {(n, int(shown_number(c, ",")), f"{y}-{m}-{d}") for n, c, d, m, y in stats} == _authors(page)
    shown = re.findall(r"&middot; Postiwyd: ([^<]+)</font>", text)
    assert shown == ["18 Tach 2026, 20:05", "ddoe am 18:40", "heddiw am 09:15"]
    assert [p["posted_at"] for p in _posts(page)] == [
        "2026-11-18T20:05:00", f"{day_ago(1)}T18:40:00", f"{day_ago(0)}T09:15:00"]
    assert "<b>Dyfyniad gan Nia_Penllyn:</b>" in text and _posts(page)[1]["quotes"] == ["Nia_Penllyn"]
    assert "Golygwyd ddiwethaf gan Mererid_Tŷ_Nant" in text and "phaned o de yn y tŷ" in text
    assert all("Golygwyd" not in p["body"] and "phaned" not in p["body"] for p in _posts(page))


def test_the_cantonese_relative_times_day_halves_stats_and_quotes_are_the_truths() -> None:
    page = "holdout/chaanteng_thread_relative_yue.html"
    text = _text(page)
    stats = re.findall(r'<a class="ct-mingzi" href="[^"]+">([^<]+)</a>.*?<li>發帖數：<b>([\d,]+)</b></li>\s*'
                       r"<li>加入日期：<b>(\d{4})年(\d+)月(\d+)日</b></li>", text, re.S)
    assert len(stats) == 4
    assert {(n, int(shown_number(c, ",")), f"{y}-{int(m):02}-{int(d):02}") for n, c, y, m, d in stats} == (
        _authors(page))
    shown = re.findall(r'<span class="ct-sigaan">發表於 ([^<]+)</span>', text)
    assert shown == ["前日 21:40", "琴日 下晝3:15", "5 個鐘頭前", "半個鐘頭前"]
    # 下晝 is the afternoon: 3:15 is 15:15.
    assert [p["posted_at"] for p in _posts(page)] == [
        f"{day_ago(2)}T21:40:00", f"{day_ago(1)}T15:15:00", time_ago(hours=5), time_ago(minutes=30)]
    heads = re.findall(r'<div class="ct-jan-tau">引用 (\S+) 嘅帖文：</div>', text)
    assert [[h] for h in heads] == [p["quotes"] for p in _posts(page) if p["quotes"]]
    assert "（最後編輯：琴日 下晝3:22）" in text and "種得好唔好，睇天食飯。" in text
    assert all("編輯" not in p["body"] and "睇天食飯" not in p["body"] for p in _posts(page))


def test_the_scots_profile_posts_and_join_day_are_the_truths() -> None:
    page = "holdout/bothyblether_member_profile_sco.html"
    text = _text(page)
    ((name, posts, joined),) = _authors(page)
    assert f'<h1 class="bw-name">{name}</h1>' in text
    facts = dict(re.findall(r"<tr><th>([^<]+)</th><td>([^<]+)</td></tr>", text))
    assert list(facts) == ["Jined", "Posts", "Threids stairtit", "Thenks gotten", "Bides in", "Last seen"]
    assert int(shown_number(facts["Posts"], ",")) == posts
    assert facts["Jined"] == "3 Mairch 2019" and joined == "2019-03-03"
    assert facts["Last seen"] == "yestreen at 9.40pm"
    # The reader logged in is no member of this page.
    assert 'Logged in as <a href="/member/dougie_glen">dougie_glen</a>' in text and name != "dougie_glen"


def test_the_low_german_list_gives_its_topics_and_not_their_posters_or_counts() -> None:
    page = "holdout/kloenstuuv_topics_nds.html"
    text = _text(page)
    rows = re.findall(r'<li class="kn-draad( kn-anpinnt)?">\s*(?:<span class="kn-teken">Anpinnt:</span>\s*)?'
                      r'<a class="kn-överschrift" href="/draad/\d+">([^<]+)</a>\s*'
                      r'<div class="kn-vun">vun <a href="[^"]+">([^<]+)</a>', text)
    assert [t for _, t, _ in rows] == [r["title"] for r in TRUTH[page]["records"]]
    assert [bool(p) for p, _, _ in rows] == [True, False, False, False, False, False]
    replies = [int(n) for n in re.findall(r"Antwoorten: (\d+) · Leest:", text)]
    assert replies == [0, 9, 14, 6, 3, 22]
    nxt = re.search(r'<a class="kn-neegst" href="([^"]+)">Neegste Siet ›</a>', text).group(1)  # type: ignore[union-attr]
    assert _KLOEN + nxt == TRUTH[page]["next"]


def test_the_hikashop_price_is_ours_and_not_the_msrp_nor_the_price_for_three() -> None:
    page = "holdout/hikashop_product_eur_eo.html"
    text = _text(page)
    (listing,) = _listings(page)
    name = re.search(r'<span id="hikashop_product_name_main" class="hikashop_product_name_main">'
                     r"\s*([^<]+?)\s*</span>", text).group(1)  # type: ignore[union-attr]
    assert name == listing["title"]
    prices = re.findall(r'<span class="hikashop_product_price hikashop_product_price_(\d)">([\d,]+) €</span>',
                        text)
    assert prices[:2] == [("0", "24,90"), ("1", "22,50")]
    assert shown_number(prices[0][1], ".", ",") == listing["price"] and listing["currency"] == "EUR"
    msrp = re.search(r'<span class="hikashop_product_msrp_price_title">\s*Rekomendita prezo:\s*</span>\s*'
                     r'<span class="hikashop_product_price">\s*([\d,]+) €', text).group(1)  # type: ignore[union-attr]
    assert shown_number(msrp, ".", ",") == 32.0 != listing["price"]
    fields = dict(re.findall(r'class="hikashop_product_custom_name">\s*([^<]+?)\s*</span>.*?'
                             r'class="hikashop_product_custom_value">\s*(?:<a [^>]+>)?([^<]+?)\s*<',
                             text, re.S))
    assert (fields["Vendisto"], fields["Sendata el"]) == (listing["vendor"], listing["ships_from"])
    assert [fields["Sendata al"]] == listing["ships_to"]
    crumbs = re.findall(r'class="pathway"><span itemprop="name">([^<]+)</span>', text)
    assert crumbs[-1] == listing["category"]


def test_the_asturian_price_in_xmr_is_the_one_a_buyer_pays() -> None:
    page = "holdout/llumeferia_listing_xmr_ast.html"
    text = _text(page)
    (listing,) = _listings(page)
    xmr = shown_number(re.search(r'<span class="ll-xmr">([\d,]+) XMR</span>', text).group(1), ".", ",")  # type: ignore[union-attr]
    rate = shown_number(re.search(r"1 XMR = ([\d.,]+) €", text).group(1), ".", ",")  # type: ignore[union-attr]
    eur = shown_number(re.search(r'<span class="ll-euros">≈ ([\d,]+) €</span>', text).group(1), ".", ",")  # type: ignore[union-attr]
    assert xmr == listing["price"] and listing["currency"] == "XMR" and round(xmr * rate, 2) == eur
    facts = dict(re.findall(r"<tr><th>([^<]+)</th><td>(?:<a [^>]+>)?([^<]+)", text))
    assert (facts["Vendedor"], facts["Unvía dende"]) == (listing["vendor"], listing["ships_from"])
    assert [facts["Unvía a"]] == listing["ships_to"]
    assert re.findall(r'<a href="/categoria/[a-z/]+">([^<]+)</a>', text)[-1] == listing["category"]
    # The postage and the seller's other items are no price of this one.
    extras = [shown_number(p, ".", ",") for p in re.findall(r"\(\+([\d,]+) XMR\)", text)]
    others = [shown_number(p, ".", ",") for p in re.findall(r"</a> — ([\d,]+) XMR</li>", text)]
    assert extras == [0.015, 0.042] and others == [0.24, 1.18] and listing["price"] not in extras + others


def test_the_kurmanji_cards_are_the_truths_and_the_struck_price_none() -> None:
    page = "holdout/bazaraseve_cards_try_ku.html"
    text = _text(page)
    cards = re.findall(r'<span class="jw-beş">([^<]+)</span>\s*'
                       r'<a class="jw-nav" href="[^"]+">([^<]+)</a>\s*'
                       r'<div class="jw-firoşkar">Firoşkar: <a href="[^"]+">([^<]+)</a></div>\s*'
                       r'<div class="jw-şandin">Ji (\S+) bo ([^<]+)</div>\s*'
                       r'<div class="jw-biha">(?:<s>[^<]+</s> )?([\d.,]+) ₺', text)
    ROUND.check_listings([(t, shown_number(p, ".", ","), "TRY", v, c, f, [to])
                          for c, t, v, f, to, p in cards], page)
    old = shown_number(re.search(r"<s>([\d.,]+) ₺</s>", text).group(1), ".", ",")  # type: ignore[union-attr]
    assert round(100 * (1 - _listings(page)[2]["price"] / old)) == 15 and "−15%" in text
    assert text.count('<div class="jw-kart">') == 4 and '<aside class="jw-kêlek">' in text
    assert f'<a class="jw-din" href="{TRUTH[page]["next"][len(_BAZAR):]}">Rûpela din ›</a>' in text


def test_the_romansh_vendor_key_is_real_and_its_fingerprint_the_one_shown() -> None:
    page = "holdout/marcadanotg_vendor_pgp_rm.html"
    text = _text(page)
    # The base64 lines between the armour's blank line and its CRC line, in a read-only textarea.
    armour = re.search(r'<textarea class="qn-pgp"[^>]*readonly>\s*-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n'
                       r"(.*?)\n=\S{4}\n-----END PGP PUBLIC KEY BLOCK-----\s*</textarea>",
                       text, re.S).group(1)  # type: ignore[union-attr]
    assert v4_fingerprint(armour) == _FP_MARCA
    shown = re.search(r'Impronta da la clav: <code class="qn-impronta">([0-9A-F ]+)</code>', text).group(1)  # type: ignore[union-attr]
    assert shown.replace(" ", "") == _FP_MARCA and len(shown.split()) == 10
    (vendor,) = ROUND.records_of("vendor")(page)
    facts = dict(re.findall(r'<li><span class="qn-label">([^<]+)</span> <strong>([^<]+)</strong></li>', text))
    assert int(shown_number(facts["Valitaziuns"], "’")) == vendor["feedback_count"]
    assert shown_number(facts["Positivas"].rstrip(" %"), "’", ",") == vendor["rating"]
    sold = facts["Vendidas"]
    assert sold == "2’940" and int(shown_number(sold, "’")) != vendor["feedback_count"]
    assert "Commembra dapi ils 17 da favrer 2021" in text and vendor["member_since"] == "2021-02-17"
    assert vendor["has_pgp_key"] is True and _listings(page) == [] and text.count('href="/artitgel/') == 3


def test_the_luxembourgish_totals_add_up() -> None:
    page = "holdout/fouermaart_feedback_totals_lb.html"
    text = _text(page)
    (vendor,) = ROUND.records_of("vendor")(page)
    figures = dict(re.findall(r'<div class="fm-zuel"><span>([^<]+)</span> <b>([^<]+)</b></div>', text))
    assert figures == {"Bewäertungen insgesamt": "2.416", "Positiv": "97,9 %"}
    assert int(shown_number(figures["Bewäertungen insgesamt"], ".")) == vendor["feedback_count"]
    assert shown_number(figures["Positiv"].rstrip(" %"), ".", ",") == vendor["rating"]
    shown = re.findall(r'<li class="fm-\w+">(\w+): ([\d.]+)</li>', text)
    kinds = {k: int(shown_number(v, ".")) for k, v in shown}
    assert sum(kinds.values()) == vendor["feedback_count"]
    assert round(100 * kinds["Positiv"] / vendor["feedback_count"], 1) == vendor["rating"]
    assert text.count('<article class="fm-bewäertung ') == 4 and vendor["has_pgp_key"] is None
    times = re.findall(r"<time>([^<]+)</time>", text)
    assert times == ["virun 3 Stonnen", "gëschter, 21:40", "16. November 2026", "14. November 2026"]
    nxt = html.unescape(re.search(r'<a class="fm-weider" href="([^"]+)">Weider ›</a>', text).group(1))  # type: ignore[union-attr]
    assert _FOUER + nxt == TRUTH[page]["next"]
