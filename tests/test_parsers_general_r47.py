"""parsers.parse_page on round-47 generality pages (tests/data/general_r47): a fully BLIND held-out
set of a "typical crawl" in ten languages no earlier round declared (two Italo-Romance regional
languages, a Sámi language, a Creole and a Pidgin, an Alemannic dialect, a Turkic language, an
Austronesian language, Sardinian and Judaeo-Spanish), five forum pages and five market pages.
Ten pages, all on the HOLDOUT side (no tune side: no rule was written for any of them), each an
engine, template or layout in no earlier round, with fictional names, words, dates and prices put
in. Three forum threads with quotes (a Zikula Dizkus topic, one in ISO-8859-10, one with RELATIVE
dates), a member profile and a board's topic list; two market listings (django-oscar, an engine no
round used, and a custom one), a grid of cards (Shuup, an engine no round used), a vendor page with
a real PGP key and a vendor's feedback page with totals. Numbers and dates as the pages write them:
Venetian and Sicilian month names, Norwegian-style "kl. 20.05" times, Papiamento "4 di mart 2016",
a right single quotation mark between thousands of Swiss francs (1’240.00 CHF), no-break spaces
between thousands of tenge, "Ar 45 000", dots between thousands of Turkish lira and euros.

Every page is an engine, template or layout in none of rounds 3-45, tests/data/forums_general,
tests/data/markets_general, board_posts, card_chips, card_handles, column_places, dash_pieces,
form_price, glued_labels, kind_shares, list_rows, member_tiles, mend_forum_lists, mend_market_r38,
note_tails, panel_cards, post_words, poster_panels, profile_shapes, prose_profiles, since_line,
solar_hijri, stat_lines, summed_posts, topic_rows or vendor_sections: their directories were
listed (the first word of every page name: no zikula, dizkus, oscar, shuup, nuorttanaste,
tavulata, trupial, wantokbung, varotraalina, nuraghemercadu or vyejocharshi) and grepped, with the
round modules, the parsers' test modules and parsers/, for each page's names and class names, and
none of Dizkus's dzk_ classes, BBCode's bbquoteheader and bbquotetext, Oscar's price_color,
product_pod and basket-mini, Shuup's supplier-info, detail-wrap and price-line, nor the invented
prefixes class="ns- (the Sámi thread), tl- (the Sicilian thread), tp- (the Papiamento profile),
wt- (the Tok Pisin topic list), va- (the Malagasy vendor), nm- (the Sardinian feedback page) or
vc- (the Judaeo-Spanish listing), nor the words Stärnenacht, Truckä, Verchäufer, MWST, Priis,
"Түнгі базар", Сырмақ, Тұскиіз, Lavanila, Hevitra, Mpivarotra, Tessidura, Samugheo, pibiones,
"Opiniones in totale", Djezve, Kovreros, Embiado, "Vyejo Charshi", Čállosat, čálii, guvssi,
Missaggi, Iscrittu, scrissi, mustarda, Mensahe, Registrá, kunuku, kaukau, "Narapela pes",
Messaji, Iscrito, inciostro, nor any member or vendor name of this round is in them. Found and no
sign of the same layout: star-rating (WooCommerce pages and the parsers' tests), product-card
(round 16's Bagisto and round 9's Dawn), original-price (round 7's Sylius: Shuup's struck price
has the same class name), "Versand vo" (round 24's German "Versand von"), lang="kk" (round 17's
Kazakh login page and the parsers' tests) and lang="mg" (the parsers' tests, never a round).
Prefixes first chosen that earlier rounds used were renamed before any truth was written: tv-
(round 32's Romanian vendor), wb- (round 32's Polish thread), vr- (panel_cards' Spanish page).
Round 46, built at the same time by another helper in the same working tree, takes templates
named A to M and this round N to Z; when its page names showed it had chosen Latin, Scots,
Kurmanji, Asturian and Romansh, the drafts of this round in those five languages were rewritten in
Venetian, Papiamento, Sicilian, Judaeo-Spanish and Swiss German before any truth was written
(round 46's pages were not read beyond their names and their ``<html lang>``).
Languages: Venetian, Northern Sámi, Sicilian, Papiamento, Tok Pisin, Swiss German (Alemannic),
Kazakh, Malagasy, Sardinian and Judaeo-Spanish (Ladino, in the Aki Yerushalayim spelling); only
Kazakh and Malagasy pages were seen before (a round-17 login page, a parsers' test). One page is
in ISO-8859-10 (Latin-6, the Nordic code page made for the Sámi and Greenlandic letters Latin-1
lacks; no earlier round declared it): declared by ``<meta http-equiv="Content-Type"
content="text/html; charset=iso-8859-10">``; every Sámi letter one byte (č 0xE8, đ 0xB9, ŋ 0xBF,
š 0xBA, Č 0xC8) where Latin-1 has other signs (è ¹ ¿ º È).

forum pages
  - a Zikula Dizkus topic (Venetian, "Scola de Note": iron-gall ink), rebuilt from
    zikula-modules/DizkusModule Resources/views/user/topic/view.tpl, user/post/single.tpl,
    user/header.tpl and user/navbar.tpl (read: div#dizkus, the dzk_navbar crumbs, h2 with the
    hidden span#topic_solved "[Risolto]" before span#topic_title, ul#dzk_postinglist, div.
    forum_post with div.post_author's strong name link and the ul of "Grado", "Iscrito", "Ultima
    visita" (a last visit, no join day) and "Messaji" (the raw count, no separator), div.postinfo
    "Postà: 16 novenbre 2026, 20:15", div.content, div.dzk_postSignature) and
    zikula-modules/BBCode lib/BBCode/Installer.php and lib/BBCode/Api/User.php (read: the quote
    as div.bbquoteheader holding the bare user name over blockquote.bbquotetext); the Zikula
    theme frame (Andreas08's theme_header, navigation bar) as remembered.
  - a Northern Sámi thread in ISO-8859-10 ("Nuorttanásti", carving a guksi, a birch cup), an old
    table layout written from memory: td.ns-čálli "Čállosat: 3 512" (a space between thousands)
    and "Searvan: 02.09.2011"; "Čállon: 18.11.2026 kl. 20.05", "ikte kl. 18.40" (yesterday),
    "odne kl. 09.15" (today); a table "NAME čálii:" a quote; "Rievdaduvvon maŋimuš háve: ..." and
    the signature after "--" no body.
  - a Sicilian thread ("Tavulata", must jelly), written from memory: article.tl-missaggiu,
    a.tl-nomu the names, "Missaggi: 5.906" (a dot between thousands), "Iscrittu: 3 frivaru
    2010"; the RELATIVE times "Ajeri, 21:40" (yesterday), "3 uri fa", "12 minuti fa"; div.tl-
    citazzioni-testa "NAME scrissi:" a quote; "Ùrtima canciata di ..." and the signature no body.
  - a Papiamento member PROFILE ("Trupial Forum"), written from memory: h1.tp-nòmber, a sidebar
    dl "Registrá" "4 di mart 2016", "Mensahe" "1.847" (the posts; "Tema kuminsá", "Danki
    risibí" no posts), a birthday without a year, "Último biaha aki" "Awe, 10:14" (no join day);
    the reader logged in (Yayo_Westpunt) in the header.
  - a Tok Pisin TOPIC LIST ("Wantok Bung", board "Gaden na Kaikai"), written from memory: two
    sub-boards in a table of their own (no topics), then six topics (a pinned one first) with
    "bilong NAME", replies, views and the last post; "Narapela pes ›" to page 2.

market pages (only innocuous goods: furniture, felt rugs and slippers, vanilla, weaving, a copper
coffee pot)
  - a django-oscar PRODUCT page (Swiss German, "Stärnenacht"), rebuilt from django-oscar/django-oscar
    src/oscar/templates/oscar/base.html, layout.html, partials/nav_accounts.html, nav_primary.html,
    brand.html and mini_basket.html, catalogue/detail.html, catalogue/partials/stock_record.html,
    gallery.html, add_to_basket_form.html and product.html, catalogue/reviews/partials/
    review_stars.html (read; the review partial as remembered): p.price_color "1’240.00 CHF"
    (Babel's Swiss grouping, U+2019), the information table's "Priis (ohni MWST)" 1’147.09, "Priis
    (mit MWST)" 1’240.00 and "MWST" 92.91, the product's attributes Verchäufer, "Versand vo",
    "Versand nach" as rows of that table; three reviews by customers and two recommended
    product_pods with prices (no price of this item); the crumbs' last category Truckä.
  - a Shuup CATEGORY page of cards (Kazakh, "Түнгі базар", category "Киіз бұйымдар"), rebuilt
    from shuup/shuup shuup/front/templates/shuup/front/base.jinja, product/category.jinja,
    macros/category.jinja, macros/product.jinja (product_box, render_product_price) and
    macros/general.jinja (breadcrumb, render_supplier_info: "Сатушы: <strong>NAME</strong>" for
    its "By <strong>...</strong>") (read; the navigation and footer as remembered, and the stock
    ``<html lang="en">`` written as the shop's "kk"): four div.product-card, "86 500,00 ₸" (no-break
    spaces), one struck "15 500,00 ₸" and its "-20%" badge no price; each card's short
    description "Қайдан: FROM · Қайда: TO" (from, to); the sidebar's categories and filters no
    cards; Shuup pages by script (no next page).
  - a Malagasy VENDOR page ("Varotra Alina"), written from memory: "Mpivarotra hatramin'ny 12
    Jona 2020", "Hevitra: 1 873", "Tsara: 98,6 %" ("Varotra vita" the sales, "Niditra farany:
    omaly" a last visit), "Marika famantarana ny lakile:" in groups of four over the armoured key
    in a pre; the three products and their Ariary prices are links, not records.
  - a Sardinian FEEDBACK page ("Mercadu de su Nuraghe", Tessidura_Samugheo), written from memory:
    "Opiniones in totale" "1.284" and "Positivas" "97,6 %" over "Positivas: 1.253 · Neutras: 19 ·
    Negativas: 12"; four reviews ("oe" today, "eris" yesterday; the items' euro prices no vendor
    facts); "Pàgina imbeniente ›" to page 2.
  - a Judaeo-Spanish LISTING in Turkish lira ("Vyejo Charshi"), written from memory: "1.450,00 ₺"
    over "≈ 0,00054 BTC" (a conversion at the bar's "1 BTC = 2.685.000,00 ₺"; the postage, the
    two-piece offer and the seller's other items no price); a dl Vendedor, "Embiado de", "Embiamos
    a"; the crumbs' last Kuzina the category.
The key is a REAL OpenPGP v4 public key (ed25519) generated for this round with gpg in a
throwaway GnuPG home under /tmp that was deleted afterwards.

How close each page is to a real site: the Dizkus topic, the Oscar product page and the Shuup
category follow their engines' markup as read above (strings translated as a site would); the other
seven are shaped from memory (old table boards, poster bars, profile sidebars, topic tables,
vendor heads with fingerprints in groups, feedback summaries, labelled fact lists). Page frames,
strings and all content are invented for this round; sites and addresses are fictional (made-up
56-character .onion names; the Malagasy key's user id an .example address, inside its base64;
www.w3.org only in the Dizkus page's doctype and XHTML namespace, never fetched).

Truth conventions, as rounds 24-45: a post's body without quotes, signatures and edit notes;
quotes name the quoted members; relative dates resolve against the harness's NOW_TIME
(2026-11-20 12:00); an author record for every poster whose statistics the page shows, once, in
order of first post; a profile gives its member's record; a topic list one thread record per topic
(a pinned one too); a listing's price is the one a buyer pays (tax included; conversions, struck
prices, postage, offers and other items' prices no price); the category is the last category crumb
or the labelled value (a grid's cards the category page's own); a vendor page's product links give
no listing records; a feedback page gives its vendor's record with the totals shown (has_pgp_key
None).

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (a70e694) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 47 --side holdout --misses``): those of 747bc53 (the last session's end) and of 7dbbd68
(rounds 44 and 45 mended). None had seen this round's pages; every helper who wrote those mends
kept it out of every scan.

    template                    747bc53  7dbbd68
    trupial_profile_pap           0.000    0.000  (a Papiamento profile)
    wantokbung_topics_tpi         0.400    0.400  (topic titles)
    shuup_category_kk             0.429    0.429  (a card's fields run together)
    zikuladizkus_topic_vec        0.604    0.604  (dates; headers in bodies; quotes)
    oscar_detail_gsw              0.800    0.800  (1’240.00 read 240; vendor)
    tavulata_thread_scn           0.800    0.800  (dates; headers in bodies; join days)
    varotraalina_vendor_mg        0.833    0.833  (a count; since)
    vyejocharshi_listing_lad      0.857    0.857  (places)
    nuorttanaste_thread_se, nuraghemercadu_feedback_sc 1.000
    overall                       0.720    0.720

This round and round 46 are this session's first blind measure: the parsers of 747bc53 are the last
session's, those of 7dbbd68 carry this session's mends of rounds 44 and 45. Those mends carried
nothing here. Most misses are of languages the CLDR has little or no data for (Papiamento, Tok
Pisin, Venetian): the words of a post's header, of a poster's join day and of a profile. Blind
scores of the rounds (3 to 46): 0.646, 0.778, 0.714, 0.946, 0.798, 0.699, 0.601, 0.750, 0.857,
0.466, 0.612, 0.538, 0.773, 0.313, 0.694, 0.684, 0.376, 0.578, 0.517, 0.514, 0.848, 0.777, 0.858,
0.406, 0.782, 0.902, 0.752, 0.831, 0.738, 0.820, 0.891, 0.770, 0.942, 0.679, 0.736, 0.893, 0.837,
0.587, 0.741, 0.919, 0.667, 0.858, 0.710, 0.764 and here 0.720 (0.720 at this session's start).
KNOWN_MISSES held every wrong value of 7dbbd68 (those left since the mends below). This round is
BLIND: do not tune the parsers on its pages; mend a miss only as a general mechanism, with test
pages of its own, and say so here.

Mended after its blind measure, each miss by a general mechanism with test pages of its own
(b09554a to 01a5e67): a profile's figures under labels of a few words and its join day labelled
with no colon (parsers.figure_rows); a topic table's member links by their shape
(parsers.index_shape); post dates by the one place of every post that reads as dates in order,
months one letter off the CLDR's, a poster's name above a quote box (parsers.date_slots,
parsers.loose_dates, parsers.month_spellings, parsers.name_heads); the Swiss apostrophe typed ’
(parsers.number_symbols); a seller as a labelled handle among an item's facts
(parsers.facts_seller); routes as two labels of one stem (parsers.stem_route); a vendor's count in
the row before its single positive share (parsers.share_count); a card's title by its link's title
attribute, sellers after one label on every card, route pieces after a description
(parsers.card_links, parsers.labelled_handles, parsers.dash_pieces): 0.720 -> 0.987. Left: the
Shuup cards' category, the category page's own name, which rounds 14 and 18 (pages of the same
shape) count as no card's category; a reader of it was written and dropped for that conflict.
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

DATA = Path(__file__).parent / "data" / "general_r47"

_SCOLA = "http://scoladenoteus72pb7e7rvjyfph23o444tf7zvghe6wmbc55zmrlovcd.onion"
_NUORT = "http://nuorttanaste7shg2dyxum3lhoifybommk2nilwed2wrgrcmvqp2sxdd.onion"
_TAVU = "http://tavulatargly5x56pduozsmzunemwutr63qkkahg5hh5tpny4kgusnnd.onion"
_TRUP = "http://trupialforumwlvvvuiv6jrjy6xml37hutdl4u7sgxl2yleu7atoqbud.onion"
_WANT = "http://wantokbungkqhqwixfxx5cey3iccohezgqtghpayu436fsroj42vemod.onion"
_STAER = "http://staernenachtpcqowdnkdlb3vuo42enmfql5x4fxga55hc3ju4ftebfd.onion"
_TUNGI = "http://tungibazarqk2s6z3xuos4izqj7p4ycvplvnxjncuinrrhi57vexcyud.onion"
_VARO = "http://varotraalina6swpttfej5fgop2k4aa6fhtreqoebbgwdwunpslmr2gd.onion"
_NURA = "http://nuraghemercadua2pimoetqqdpf6u2j77n3sd3zbipclprvv7s3q3x3d.onion"
_VYEJO = "http://vyejocharshir7utx4oojyblcqh5rw3ruc2voh5zjkkgwv3nbbt2bdmd.onion"
_FP_VARO = "7CD78EDB0189E17A9690CCC00DF0AE6D84708599"

_SAMI = "holdout/nuorttanaste_thread_se_latin6.html"
#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {_SAMI: "iso-8859-10"}

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # Zikula Dizkus topic, Venetian: span#topic_title the title ("[Risolto]" hidden, no title);
    # div.post_author's strong link the names; "Iscrito:" / "Messaji:" the statistics ("Ultima
    # visita" no join day); "Postà:" the times; div.bbquoteheader NAME a quote;
    # div.dzk_postSignature no body.
    "holdout/zikuladizkus_topic_vec.html": {
        "template": "zikuladizkus_topic_vec",
        "url": _SCOLA + "/index.php?module=Dizkus&type=user&func=viewtopic&topic=2207", "type": "thread",
        "records": [
            {"type": "thread", "title": "Inciostro co le gale de rovere: che dosi?"},
            _post("scrivan_trevisan", "2026-11-16T20:15:00", 0,
                  "Ciao a tuti! Vorìa far l'inciostro co le gale de rovere, par scriver le letare come na "
                  "volta.\nQuante gale e quanto vetriolo go da meter in un litro de acqua?", []),
            _post("maestro_de_pena", "2026-11-17T08:40:00", 1,
                  "Mi in un litro de acqua meto trenta grami de gale pestà e diese grami de vetriolo.\n"
                  "Lassa le gale in mojo par tre dì, dopo cola tuto e zonta un fià de goma arabica.",
                  ["scrivan_trevisan"]),
            _post("Lucia_pitora", "2026-11-19T18:05:00", 2,
                  "Sta tento a no tegner l'inciostro in un vaso de fero; el vero xe tanto mejo.\n"
                  "Mi ghe zonto anca un fià de vin bianco, cussì el dura de più e no fa la mufa.", []),
            _post("scrivan_trevisan", "2026-11-20T09:12:00", 3,
                  "Grassie a tuti! Lo tegno in na bozeta de vero e el xe za drio deventar nero.",
                  ["Lucia_pitora"]),
            _author("scrivan_trevisan", 47, "2025-03-03"),
            _author("maestro_de_pena", 3186, "2012-06-14"),
            _author("Lucia_pitora", 412, "2021-01-27"),
        ],
    },
    # Northern Sámi thread, ISO-8859-10: h2.ns-fáddá and the crumbs' last part the title;
    # td.ns-čálli's b the names; "Čállosat:" / "Searvan:" the statistics; "Čállon:" the times
    # ("ikte" yesterday, "odne" today, "kl." before the hour); "NAME čálii:" a quote;
    # p.ns-rievdaduvvon and div.ns-vuolláičála no body.
    _SAMI: {
        "template": "nuorttanaste_thread_se", "url": _NUORT + "/fadda.php?t=1409", "type": "thread",
        "records": [
            {"type": "thread", "title": "Makkár muorra lea buoremus guksii?"},
            _post("Máret_duodji", "2026-11-18T20:05:00", 0,
                  "Buorre beaivi! Mun áiggun dahkat guvssi dán dálvvi.\n"
                  "Makkár muorra lea buoremus, ja galgá go muorra goikadit ovdal go čuohpan?", []),
            _post("Niillas_Gáivuona", f"{day_ago(1)}T18:40:00", 1,
                  "Soahkemuorra lea buoremus.\n"
                  "Čuohpa guvssi dalle go muorra lea vel njuoskkas, ja bieja dan dasto goikat viđa vahku.",
                  ["Máret_duodji"]),
            _post("Ánde_Rávdná", f"{day_ago(0)}T09:15:00", 2,
                  "Muitte vuoidat guvssi oljuin go dat lea goikan.", []),
            _author("Máret_duodji", 186, "2022-03-14"),
            _author("Niillas_Gáivuona", 3512, "2011-09-02"),
            _author("Ánde_Rávdná", 648, "2019-10-21"),
        ],
    },
    # Sicilian thread: h1.tl-tìtulu the title; a.tl-nomu the names; "Missaggi:" / "Iscrittu:"
    # the statistics; span.tl-tempu the times (absolute, "Ajeri," yesterday, "uri fa" hours ago,
    # "minuti fa" minutes ago); "NAME scrissi:" quotes; div.tl-canciata and div.tl-firma no body.
    "holdout/tavulata_thread_relative_scn.html": {
        "template": "tavulata_thread_scn", "url": _TAVU + "/discursu/3307", "type": "thread",
        "records": [
            {"type": "thread", "title": "Mustarda di mostu: quantu amidu ci voli?"},
            _post("Ninfa_Zafferana", "2026-11-16T19:30:00", 0,
                  "Salutamu a tutti! Aju dui litri di mostu cottu di la vinnigna.\n"
                  "Quantu amidu ci voli pi fari la mustarda comu chidda di me nanna?", []),
            _post("zu_Turiddu", f"{day_ago(1)}T21:40:00", 1,
                  "Pi ogni litru di mostu cottu ci mettu centu grammi d'amidu.\n"
                  "Miscìa sempri cu la cucchiara di lignu, senza mai firmàriti, finu a quannu s'addensa.",
                  ["Ninfa_Zafferana"]),
            _post("Cuncetta_Modica", time_ago(hours=3), 2,
                  "Poi mèttila nta li formi di crita e làssala asciucari ô suli pi dui o tri jorna.", []),
            _post("Ninfa_Zafferana", time_ago(minutes=12), 3,
                  "Grazzi assai! Centu grammi pi litru e la mustarda vinni pirfetta.", ["zu_Turiddu"]),
            _author("Ninfa_Zafferana", 274, "2016-05-14"),
            _author("zu_Turiddu", 5906, "2010-02-03"),
            _author("Cuncetta_Modica", 1482, "2019-10-22"),
        ],
    },
    # Papiamento profile: h1.tp-nòmber Chichi_Kunuku (Yayo_Westpunt logged in is the reader);
    # "Mensahe" 1.847 the posts ("Tema kuminsá", "Danki risibí" no posts); "Registrá" "4 di mart
    # 2016" joined (the birthday, the last visit and the latest posts' dates no join day).
    "holdout/trupial_member_profile_pap.html": {
        "template": "trupial_profile_pap", "url": _TRUP + "/miembro/Chichi_Kunuku", "type": "profile",
        "records": [_author("Chichi_Kunuku", 1847, "2016-03-04")],
    },
    # Tok Pisin topic list: six td.wt-het-tok, the topic's link the title (the pinned one a topic
    # too; the "Pasim" mark and "[piksa]" no title); the two sub-boards no topics; "Narapela
    # pes ›" the next page.
    "holdout/wantokbung_topic_list_tpi.html": {
        "template": "wantokbung_topics_tpi", "url": _WANT + "/hap/gaden-na-kaikai", "type": "forum_index",
        "next": _WANT + "/hap/gaden-na-kaikai?pes=2",
        "records": [
            {"type": "thread", "title": "Ol lo bilong dispela hap – ritim pastaim"},
            {"type": "thread", "title": "Wanem taim long planim kaukau?"},
            {"type": "thread", "title": "Mi laik save long wokim kokonas wel"},
            {"type": "thread", "title": "Bilum mama bilong mi i wokim – lukim piksa"},
            {"type": "thread", "title": "Aibika i drai long san – mi mas mekim wanem?"},
            {"type": "thread", "title": "Mumu long Krismas: hamas ston yumi nidim?"},
        ],
    },
    # django-oscar product page, Swiss German: h1 the title; p.price_color "1’240.00 CHF" the
    # price (tax included; the price without tax, the tax, the recommended items' prices and the
    # basket total no price); the attribute rows Verchäufer Schriiner_Sent, "Versand vo" Schwiiz,
    # "Versand nach" Europa; the crumbs' last category Truckä (the product itself after it).
    "holdout/oscar_product_detail_chf_gsw.html": {
        "template": "oscar_detail_gsw", "url": _STAER + "/catalogue/arve-trucka-mit-schnitzereie-90-cm_417/",
        "type": "listing",
        "records": [_listing("Arve-Truckä mit Schnitzereie, 90 cm", 1240.0, "CHF", "Schriiner_Sent", "Truckä",
                             "Schwiiz", ["Europa"])],
    },
    # Shuup category, Kazakh: four div.product-card; div.name the title; "Сатушы: <strong>NAME"
    # the vendor; the strong price in tenge (the struck one no price); "Қайдан: FROM · Қайда: TO";
    # the category page's own name every card's category. No next page (pages by script).
    "holdout/shuup_category_grid_kzt_kk.html": {
        "template": "shuup_category_kk", "url": _TUNGI + "/c/1-kiiz-buiymdar/", "type": "listing_index",
        "records": [
            _listing("Сырмақ, 150×200 см", 86500.0, "KZT", "Oyu_Sheberkhana", "Киіз бұйымдар", "Қазақстан",
                     ["Бүкіл әлем"]),
            _listing("Киіз үй ойыншығы", 12400.0, "KZT", "Kiiz_Ustasy", "Киіз бұйымдар", "Қазақстан",
                     ["ТМД елдері"]),
            _listing("Тұскиіз, қолдан кестеленген", 145000.0, "KZT", "Oyu_Sheberkhana", "Киіз бұйымдар",
                     "Қазақстан", ["Бүкіл әлем"]),
            _listing("Киіз тәпішке, 38 өлшем", 9800.0, "KZT", "Tapishke_Almaty", "Киіз бұйымдар", "Қазақстан",
                     ["Қазақстан ішінде"]),
        ],
    },
    # Malagasy vendor: h1.va-mpivarotra Lavanila_Sava (its level badge no name); "Hevitra:" 1 873,
    # "Tsara:" 98,6 %, "Mpivarotra hatramin'ny 12 Jona 2020" (the last visit "omaly" no join day);
    # the key in pre.va-pgp. The three products are links of this page, not records of it.
    "holdout/varotraalina_vendor_pgp_mg.html": {
        "template": "varotraalina_vendor_mg", "url": _VARO + "/mpivarotra/Lavanila_Sava", "type": "vendor",
        "records": [_vendor("Lavanila_Sava", 1873, 98.6, "2020-06-12", _FP_VARO)],
    },
    # Sardinian feedback page: its vendor Tessidura_Samugheo with the totals shown ("Opiniones in
    # totale" 1.284, "Positivas" 97,6 %); four reviews (their items' euro prices no vendor facts);
    # "Pàgina imbeniente ›" to page 2.
    "holdout/nuraghemercadu_feedback_totals_sc.html": {
        "template": "nuraghemercadu_feedback_sc", "url": _NURA + "/bendidore/Tessidura_Samugheo/opiniones",
        "type": "feedback", "next": _NURA + "/bendidore/Tessidura_Samugheo/opiniones?pagina=2",
        "records": [_feedback_vendor("Tessidura_Samugheo", 1284, 97.6)],
    },
    # Judaeo-Spanish listing in lira: h1.vc-titolo; "1.450,00 ₺" the price (the BTC conversion,
    # the rates bar, the postage, the two-piece offer and the seller's other items no price);
    # Vendedor Kovreros_de_Balat; "Embiado de" Turkiya; "Embiamos a" Evropa; the last crumb Kuzina.
    "holdout/vyejocharshi_listing_try_lad.html": {
        "template": "vyejocharshi_listing_lad", "url": _VYEJO + "/produkto/7315", "type": "listing",
        "records": [_listing("Djezve de kovre echo a mano, 350 ml", 1450.0, "TRY", "Kovreros_de_Balat",
                             "Kuzina", "Turkiya", ["Evropa"])],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers give on the holdout side where it differs from TRUTH since the mends (parsers
# of 01a5e67; blind, 7dbbd68 gave the values the docstring counts).
# Key: "kind[i].field" (or "page_type"); value: what the parsers gave.
KNOWN_MISSES: dict[str, dict[str, Any]] = {
    "holdout/shuup_category_grid_kzt_kk.html": {
        "listing[0].category": None,
        "listing[1].category": None,
        "listing[2].category": None,
        "listing[3].category": None,
    },
}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(0.987)
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


def test_ten_languages_no_earlier_round_declared_and_one_page_in_iso_8859_10() -> None:
    langs = ROUND.page_langs(ENCODINGS)
    assert sorted(langs.values()) == ["gsw", "kk", "lad", "mg", "pap", "sc", "scn", "se", "tpi", "vec"]
    earlier = set()
    for n in range(3, 46):
        for path in (DATA.parent / f"general_r{n}").glob("*/*.html"):
            found = re.search(rb'<html[^>]* lang="([a-zA-Z-]+)"', path.read_bytes())
            if found:
                earlier.add(found.group(1).decode().lower())
    # Kazakh was declared once before (round 17's login page); none of the other nine ever.
    assert set(langs.values()) & earlier == {"kk"}
    assert set(ENCODINGS) == {page for page in TRUTH if "latin6" in page}
    modules = [Path(__file__).with_name(f"test_parsers_general_r{n}.py") for n in range(3, 46)]
    assert not any("8859-10" in m.read_text(encoding="utf-8") for m in modules if m.exists())


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
test_every_post_body_is_written_on_its_page_line_by_line = ROUND.bodies_on_its_page(ENCODINGS)
test_every_address_of_the_truth_and_the_pages_is_a_fictional_host = ROUND.fictional_hosts(ENCODINGS)


def test_the_sami_thread_is_iso_8859_10_with_its_own_bytes() -> None:
    raw = (DATA / _SAMI).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'content="text/html; charset=iso-8859-10"' in raw and raw.count(b"charset=") == 1
    # One byte a letter: Čállosat (Č 0xC8, á 0xE1), čálii (č 0xE8), maŋimuš (ŋ 0xBF, š 0xBA), viđa (đ 0xB9).
    assert raw.count(b"\xc8\xe1llosat:") == 3 and b"\xe8\xe1lii:" in raw
    assert b"ma\xbfimu\xba" in raw and b"vi\xb9a" in raw
    assert "Čállosat" not in raw.decode("latin-1") and "Čállosat" not in raw.decode("windows-1252")


def test_the_sami_stats_days_and_quote_are_the_truths() -> None:
    text = _text(_SAMI)
    stats = re.findall(r'<td class="ns-čálli"[^>]*><b>([^<]+)</b><br>\s*'
                       r'<span class="ns-stat"><font size="-1">Čállosat: ([\d ]+)<br>'
                       r"Searvan: (\d\d)\.(\d\d)\.(\d{4})</font>", text)
    assert {(n, int(shown_number(c, " ")), f"{y}-{m}-{d}") for n, c, d, m, y in stats} == _authors(_SAMI)
    shown = re.findall(r"Čállon: (\d\d\.\d\d\.\d{4}|ikte|odne) kl\. (\d\d)\.(\d\d)</font>", text)
    days = {"ikte": day_ago(1), "odne": day_ago(0)}
    assert [f"{days.get(d) or '-'.join(reversed(d.split('.')))}T{h}:{m}:00" for d, h, m in shown] == [
        p["posted_at"] for p in _posts(_SAMI)]
    assert "<b>Máret_duodji čálii:</b>" in text and _posts(_SAMI)[1]["quotes"] == ["Máret_duodji"]
    assert "Rievdaduvvon maŋimuš háve: Niillas_Gáivuona" in text and "Duodji lea eallin." in text
    assert all("Rievdaduvvon" not in p["body"] and "eallin" not in p["body"] for p in _posts(_SAMI))


def test_the_dizkus_stats_times_and_quotes_are_the_truths() -> None:
    page = "holdout/zikuladizkus_topic_vec.html"
    text = _text(page)
    months = {"genaro": 1, "marso": 3, "zugno": 6, "novenbre": 11}
    stats = re.findall(r'<strong><a title="Profilo de [^"]+" href="[^"]+">([^<]+)</a></strong>.*?'
                       r"<strong>Iscrito: </strong>(\d+) (\w+) (\d{4})</li>.*?"
                       r"<strong>Messaji: </strong>(\d+)</li>", text, re.S)
    assert {(n, int(c), f"{y}-{months[m]:02}-{int(d):02}") for n, d, m, y, c in stats} == _authors(page)
    times = re.findall(r"<strong>Postà: </strong>(\d+) (\w+) (\d{4}), (\d\d:\d\d)", text)
    assert [f"{y}-{months[m]:02}-{int(d):02}T{t}:00" for d, m, y, t in times] == [
        p["posted_at"] for p in _posts(page)]
    heads = re.findall(r'<div class="bbquoteheader">([^<]+)</div><blockquote class="bbquotetext">', text)
    assert [[h] for h in heads] == [p["quotes"] for p in _posts(page) if p["quotes"]]
    # The hidden "solved" mark is no part of the title; the last visit is no join day.
    assert re.search(r'<span id="topic_solved" class="z-hide">\s*\[Risolto\]', text)
    assert f'<span id="topic_title">{TRUTH[page]["records"][0]["title"]}</span>' in text
    assert text.count("<strong>Ultima visita: </strong>") == 4
    assert "Nissun dì sensa na riga." in text and "dzk_postSignature" in text
    assert all("riga" not in p["body"] for p in _posts(page))


def test_the_sicilian_relative_times_stats_and_quotes_are_the_truths() -> None:
    page = "holdout/tavulata_thread_relative_scn.html"
    text = _text(page)
    months = {"frivaru": 2, "maiu": 5, "uttùviru": 10}
    stats = re.findall(r'<a class="tl-nomu" href="[^"]+">([^<]+)</a>\s*<span class="tl-gradu">[^<]+</span>\s*'
                       r'<ul class="tl-nùmmari">\s*<li>Missaggi: ([\d.]+)</li>\s*'
                       r"<li>Iscrittu: (\d+) (\w+) (\d{4})</li>", text)
    assert {(n, int(shown_number(c, ".")), f"{y}-{months[m]:02}-{int(d):02}") for n, c, d, m, y in stats} == (
        _authors(page))
    shown = re.findall(r'<span class="tl-tempu"[^>]*>([^<]+)</span>', text)
    assert shown == ["16/11/2026 - 19:30", "Ajeri, 21:40", "3 uri fa", "12 minuti fa"]
    assert [p["posted_at"] for p in _posts(page)] == [
        "2026-11-16T19:30:00", f"{day_ago(1)}T21:40:00", time_ago(hours=3), time_ago(minutes=12)]
    heads = re.findall(r'<div class="tl-citazzioni-testa">(\S+) scrissi:</div>', text)
    assert [[h] for h in heads] == [p["quotes"] for p in _posts(page) if p["quotes"]]
    assert "Ùrtima canciata di zu_Turiddu" in text and "Cu mancia fa muddichi." in text
    assert all("canciata" not in p["body"] and "muddichi" not in p["body"] for p in _posts(page))


def test_the_papiamento_profile_posts_and_join_day_are_the_truths() -> None:
    page = "holdout/trupial_member_profile_pap.html"
    text = _text(page)
    ((name, posts, joined),) = _authors(page)
    assert f'<h1 class="tp-nòmber">{name}</h1>' in text
    facts = dict(re.findall(r"<dt>([^<]+)</dt><dd>([^<]+)</dd>", text))
    assert list(facts) == ["Registrá", "Mensahe", "Tema kuminsá", "Danki risibí", "Fecha di nasementu",
                           "Lugá", "Último biaha aki"]
    assert int(shown_number(facts["Mensahe"], ".")) == posts
    assert facts["Registrá"] == "4 di mart 2016" and joined == "2016-03-04"
    # The birthday has no year and the last visit is today: neither is the join day.
    assert facts["Fecha di nasementu"] == "12 di yüli" and facts["Último biaha aki"] == "Awe, 10:14"
    # The reader logged in is no member of this page.
    assert 'Bo ta drenta komo <a href="/miembro/Yayo_Westpunt">Yayo_Westpunt</a>' in text
    assert name != "Yayo_Westpunt"


def test_the_tok_pisin_list_gives_its_topics_and_not_its_sub_boards() -> None:
    page = "holdout/wantokbung_topic_list_tpi.html"
    text = _text(page)
    rows = re.findall(r'<td class="wt-het-tok">(?:<span class="wt-mak">Pasim</span> )?'
                      r'<a href="/toktok/\d+">([^<]+)</a>', text)
    assert rows == [r["title"] for r in TRUTH[page]["records"]]
    subs = re.findall(r'<td class="wt-liklik-nem"><a href="[^"]+">([^<]+)</a>', text)
    assert subs == ["Pis na Solwara", "Bilum na Wok Han"] and not set(subs) & set(rows)
    assert text.count('<tr class="wt-pasim">') == 1
    assert f'<a class="wt-bihain" href="{TRUTH[page]["next"][len(_WANT):]}">Narapela pes ›</a>' in text


def test_the_oscar_price_is_the_one_with_tax_and_the_attributes_its_facts() -> None:
    page = "holdout/oscar_product_detail_chf_gsw.html"
    text = _text(page)
    (listing,) = _listings(page)
    main = re.findall(r'<p class="price_color">\s*([\d’.]+) CHF\s*</p>', text)
    # The product's own price first, then the two recommended items' prices.
    assert [shown_number(p, "’") for p in main] == [listing["price"], 148.5, 386.0]
    table = dict(re.findall(r"<tr>\s*<th>([^<]+)</th>\s*<td>([^<]+)</td>\s*</tr>", text))
    excl, incl, tax = (shown_number(table[k].removesuffix(" CHF"), "’")
                       for k in ("Priis (ohni MWST)", "Priis (mit MWST)", "MWST"))
    assert incl == listing["price"] and round(excl + tax, 2) == incl and round(excl * 1.081, 2) == incl
    assert (table["Verchäufer"], table["Versand vo"]) == (listing["vendor"], listing["ships_from"])
    assert [table["Versand nach"]] == listing["ships_to"] and listing["currency"] == "CHF"
    crumbs = re.findall(r'<li class="breadcrumb-item"><a href="[^"]+">([^<]+)</a></li>', text)
    assert crumbs == ["Dehei", "Möbel", listing["category"]]
    assert f'<li class="breadcrumb-item active" aria-current="page">{listing["title"]}</li>' in text


def test_the_shuup_cards_are_the_truths_and_the_struck_price_none() -> None:
    page = "holdout/shuup_category_grid_kzt_kk.html"
    text = _text(page)
    (category,) = re.findall(r'<h1 class="page-header">([^<]+)</h1>', text)
    cards = re.findall(r'<div class="name">\s*([^<]+?)\s*</div>\s*'
                       r'<p class="supplier-info"><small>Сатушы: <strong>([^<]+)</strong></small></p>.*?'
                       r'<strong>([\d\xa0,]+)\xa0₸</strong>.*?'
                       r'<p class="description">[^<]*Қайдан: ([^<·]+) · Қайда: ([^<]+)</p>', text, re.S)
    ROUND.check_listings([(t, shown_number(p, "\xa0", ","), "KZT", v, category, f, [to])
                          for t, v, p, f, to in cards], page)
    struck = shown_number(re.search(r"<s>([\d\xa0,]+)\xa0₸</s>", text).group(1), "\xa0", ",")  # type: ignore[union-attr]
    assert round(100 * (1 - _listings(page)[1]["price"] / struck)) == 20 and ">-20%<" in text
    assert text.count('class="product-card product-card category-view box"') == 4
    assert 'id="pagination_page_2"' not in text and "next" not in TRUTH[page]


def test_the_vendor_page_key_is_real_and_its_fingerprint_the_one_shown() -> None:
    page = "holdout/varotraalina_vendor_pgp_mg.html"
    text = _text(page)
    # The base64 lines between the armour's blank line and its CRC line ("=ujg2").
    armour = re.search(r'<pre class="va-pgp">-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=\S{4}\n'
                       r"-----END PGP PUBLIC KEY BLOCK-----</pre>", text, re.S).group(1)  # type: ignore[union-attr]
    assert v4_fingerprint(armour) == _FP_VARO
    shown = re.search(r'ny lakile: <code class="va-marika">([0-9A-F ]+)</code>', text).group(1)  # type: ignore[union-attr]
    assert shown.replace(" ", "") == _FP_VARO and len(shown.split()) == 10
    (vendor,) = ROUND.records_of("vendor")(page)
    facts = dict(re.findall(r"<li>([^<:]+): <b>([^<]+)</b></li>", text))
    assert int(shown_number(facts["Hevitra"], " ")) == vendor["feedback_count"]
    assert shown_number(facts["Tsara"].removesuffix(" %"), " ", ",") == vendor["rating"]
    assert "Mpivarotra hatramin'ny 12 Jona 2020" in text and vendor["member_since"] == "2020-06-12"
    assert vendor["has_pgp_key"] is True and _listings(page) == [] and text.count('href="/entana/') == 3


def test_the_sardinian_totals_add_up_and_the_next_page_is_shown() -> None:
    page = "holdout/nuraghemercadu_feedback_totals_sc.html"
    text = _text(page)
    (vendor,) = ROUND.records_of("vendor")(page)
    total, share = re.findall(r'<span class="nm-nùmeru">([^<]+)</span>', text)
    assert int(shown_number(total, ".")) == vendor["feedback_count"]
    assert shown_number(share.removesuffix(" %"), ".", ",") == vendor["rating"]
    shown = re.findall(r'<li class="nm-\w+">(\w+): <b>([^<]+)</b>', text)
    kinds = {k: int(shown_number(v, ".")) for k, v in shown}
    assert sum(kinds.values()) == vendor["feedback_count"]
    assert round(100 * kinds["Positivas"] / vendor["feedback_count"], 1) == vendor["rating"]
    assert text.count('<article class="nm-opinione ') == 4 and vendor["has_pgp_key"] is None
    # Ten reviews a page: 1284 reviews fill 129 pages.
    assert f'opiniones?pagina={-(-vendor["feedback_count"] // 10)}">' in text
    nxt = TRUTH[page]["next"][len(_NURA):]
    assert f'<a class="nm-imbeniente" href="{nxt}">Pàgina imbeniente ›</a>' in text


def test_the_ladino_price_in_lira_is_the_one_a_buyer_pays() -> None:
    page = "holdout/vyejocharshi_listing_try_lad.html"
    text = _text(page)
    (listing,) = _listings(page)
    price = shown_number(re.search(r'<span class="vc-liras">([\d.,]+) ₺</span>', text).group(1), ".", ",")  # type: ignore[union-attr]
    assert price == listing["price"] and listing["currency"] == "TRY"
    rate = shown_number(re.search(r"1 BTC = ([\d.,]+) ₺", text).group(1), ".", ",")  # type: ignore[union-attr]
    btc = shown_number(re.search(r'<span class="vc-bitkoin">≈ ([\d,]+) BTC</span>', text).group(1), ".", ",")  # type: ignore[union-attr]
    assert round(price / rate, 5) == btc
    facts = dict(re.findall(r"<dt>([^<]+)</dt><dd>(?:<a [^>]+>)?([^<]+)", text))
    assert (facts["Vendedor"], facts["Embiado de"]) == (listing["vendor"], listing["ships_from"])
    assert [facts["Embiamos a"]] == listing["ships_to"]
    assert re.findall(r'<a href="/kategoria/[a-z/]+">([^<]+)</a>', text)[-1] == listing["category"]
    # The postage, the two-piece offer and the seller's other items are no price of this one.
    others = [shown_number(p, ".", ",") for p in re.findall(r"</a> ([\d.,]+) ₺</li>", text)]
    postage = [shown_number(p, ".", ",") for p in re.findall(r"\+([\d.,]+) ₺</option>", text)]
    offer = shown_number(re.search(r"Si merkas 2: ([\d.,]+) ₺", text).group(1), ".", ",")  # type: ignore[union-attr]
    assert others == [2180.0, 960.0] and postage == [180.0, 420.0] and offer == 2 * price - 150
    assert html.unescape(text).count(listing["title"]) == 2  # the h1 and the <title>
