"""parsers.parse_page on round-43 generality pages (tests/data/general_r43): a fully BLIND held-out
set of a realistic onion CRAWL whose pages are all rebuilt from the public template files of
open-source forum engines and shop software, each engine or layout in no earlier round, in ten
languages (none of them English). Ten pages, all on the HOLDOUT side (no tune side: no rule was
written for any of them), with fictional names, words, dates and prices put in. Four forum threads
(Kunena 6's Aurelia template, UseBB 1, AEF 1.0.9 and Discuz! X3.5's mobile "touch" view) and a
Discuz! member profile; a PrestaShop product page (the Hummingbird theme), an OpenMage (Magento 1)
category grid, a Dokan vendor page with a real PGP key, a MultiVendorX vendor-review page and an
osCommerce 2.2 table of search results.

Every page is an engine, template or layout in none of rounds 3-39, tests/data/forums_general,
tests/data/markets_general, board_posts, card_chips, card_handles, dash_pieces, glued_labels,
list_rows, member_tiles, note_tails, poster_panels, profile_shapes, prose_profiles, solar_hijri,
stat_lines, topic_rows or vendor_sections (rounds 40 and 41, not yet scored, and round 42, built at
the same time by another helper, were neither read nor used: their directories and modules were
left out of every grep). Their directories were listed (the first word of every page name: no
kunena6, usebb1 (round 19 has UseBB's LOGIN only), aef, discuzx, hummingbird, openmage, dokan,
multivendorx, oscommerce22_search) and grepped, with the parsers and their test modules, for each
page's class names and words, and none of Kunena Aurelia's kunena-topic-item, mykmsg-header or
topic-item-messages, UseBB's posternamecontainer, pagelinkstop or fieldset class="quote", AEF's
quoteblock, posterbg, pisub, pcbgl or specialrow, Discuz! touch's view_tit, mtit, mtime or
threadlist_foot, Discuz!'s profile u_profile, pf_l, pbbs or psts, Hummingbird's product__name,
product__price, product-infos-details or data-sheet, OpenMage's products-grid--max-4-col, Dokan's
dokan-store-info, profile-info-box, store-toc or seller-rating, MultiVendorX's mvx_vendor_rating,
mvx-heading or mvx_total_rating_number, osCommerce's productListing, nor the words Horgászpihenő,
feederezés, etetőanyag, "Stille Schuur", tafelblad, μπουζούκι, χορδές, τρίχορδο, กล้วยไม้, หวาย,
多肉花园, 肉肉控小王, "Lua Nova", Corticeira, cortiça, "Ay Işığı", Oyuncakci, "sallanan at", yapboz,
Eulenmarkt, Naehstube, Rhön, Fulda, "Mercado del Alba", Talabarteria, Tandil, Hradbami, korálky,
Jablonec, Jizerske_Perle, Vinutky, Rokajl, nor any member or vendor name of this round is in them.
Found and no sign of the same layout: profilebox and kmsgtext-quote (round 6's Kunena 3 Blue Eagle,
an older Kunena template: no kunena-topic-item, no mykmsg-header), class="postername" (round 23's
kareha and round 39's TinyIB), quotehead (SMF 1.1/2.0 and ElkArte pages, not AEF's quoteblock),
class="product-info", price-box, regular-price and special-price (Magento 2, Bagisto, Thelia,
Shopware and PrestaShop 1.7 pages: the words every shop's price box uses), comment_container
(WooCommerce's product reviews of round 4), product-manufacturer (round 8's PrestaShop 1.7).
Names first chosen that earlier rounds or the parsers' tests used were renamed before any truth
was written: kilim, Dokumaci, Ahşap (rounds 31 and 37, tests/test_parsers_post_rows.py), Sencha,
Čajovna, Lněný, Tkalcovna (rounds 23 and 29, tests/data/card_chips), werkbank (round 15),
κλάδεμα and Ελαιώνας (round 13, tests/test_parsers_greek_day_halves.py), yerba (the parsers'
tests), Allgäu (round 30), Sklarna_ (tests/test_parsers_kind_counts_signs.py).
Languages: Hungarian, Dutch, Greek, Thai, Simplified Chinese, European Portuguese, Turkish, German,
Argentine Spanish and Czech. One page is in WINDOWS-1253 (the Greek Windows code page; AEF sets
its charset from $globals['charset']): declared by ``<meta http-equiv="Content-Type"
content="text/html; charset=windows-1253" />``; every Greek letter one byte, and Ά 0xA2 where
ISO-8859-7 (round 27's Greek code page) has it at 0xB6 and a quotation mark at 0xA2.

forum pages (each rebuilt from the engine's public template files, read with the reference search;
the strings in each language and all content are written here)
  - a KUNENA 6 topic, Aurelia template (Hungarian, "Horgászpihenő", winter feeder fishing):
    Kunena/Kunena-Forum src/site/template/aurelia/layouts/topic/item/default.php (h1, the
    topic-item-messages wrapper), topic/item/message/default.php (div.row.message, the profile
    column on the left), message/item/default.php (small.float-end with the date span and "#id",
    div.mykmsg-header "NAME létrehozta a témát: / válaszolt a témára:", div.kmsg, div.ksig, the
    "last edited" alert, div.kmessage-thankyou), user/profile/default.php (ul.profilebox: name,
    avatar, "A téma szerzője", status, rank, personal text; the expandable part with thanks
    received and place, NO post count: no author records) and bbcode/quote/default.php (the
    blockquote with the post link "NAME írta:", its p left open as in the file). Dates as
    Kunena's "datetime_today" setting shows them ("Tegnap 07:15" yesterday, "Ma 10:03" today) with
    the full date in the span's title; KunenaDate's span and the Joomla/Cassiopeia frame are
    written from memory.
  - a USEBB 1 topic (Dutch, "De Stille Schuur", finishing an oak table top): usebb/UseBB
    templates/default/topic.tpl.php at cd9d2aa (UseBB 1.0: h3#forumname, p#pagelinkstop, a
    maintable of two rows a post: td.postername > div.posternamecontainer and td.postinfo with
    div.postdate; td.posterinfo with the rank, avatar and div.field "Lid sinds:", "Berichten:",
    "Woonplaats:"; td.postcontent > div.post) and templates/default/global.tpl.php (the 2005
    version read): sig_format (div.signature after underscores) and quote_format_named
    (fieldset.quote > legend); the edit note's div.editinfo is written from memory. "Volgende »" to page 2.
  - an AEF 1.0.9 topic in WINDOWS-1253 (Greek, "Φίλοι του Μπουζουκιού", strings for a
    three-course bouzouki): AEFGroup/Advanced-Electron-Forum themes/default/posts_theme.php
    (posts_theme: td.pcbg the title "(N απαντήσεις, διαβάστηκε N φορές)" on the first post,
    "Απ: ..." on the replies; td.posterbg the name; td.postdate the date and "| Αρ. δημοσίευσης:
    N"; td.posterinfo's div.pisub group, post group, "Δημοσιεύσεις:" and status, no join day;
    td.post the words, the edit line "Τελευταία επεξεργασία από" and the signature after a
    dashed line; the "users viewing" box) and main/functions/bbc_functions.php (parse_quote:
    div.quoteblock > div.quotehead "Quote From : NAME Post:N DATE", hard-coded English, and
    div.quote). Dates as AEF's datify gives them ("Χθες στις" yesterday, "Σήμερα στις" today);
    the header and footer frame are written from memory.
  - a DISCUZ! X3.5 thread in the mobile "touch" template (Thai, "ชมรมคนรักกล้วยไม้", yellowing
    Dendrobium leaves): jaideejung007/discuzth (the Thai fork of Discuz! X3.5)
    upload/template/default/touch/forum/viewthread.htm (div.view_tit the title; div.plc per post,
    ul.authi with li.mtit "N#" and the name, li.mtime the date; div.message; the point comments
    under a post, "ความเห็นย่อย", no posts; the support/against footer). Dates as Discuz!'s
    friendly format shows them ("3 วันก่อน", "เมื่อวาน 08:12", "1 ชั่วโมงก่อน") with the exact
    time in the span's title; the quote (div.quote > blockquote "NAME โพสต์เมื่อ DATE") and the
    edit note (i.pstatus "แก้ไขล่าสุดโดย ...") are Discuz!'s discuzcode output written from
    memory, the Thai strings ours.
  - a DISCUZ! X3.5 member PROFILE (Simplified Chinese, "多肉花园", succulents): the same fork's
    upload/template/default/home/space_profile.htm and space_profile_body.htm (h2.mbn the name and
    "(UID: N)"; the statistics line "回帖数 N | 主题数 N" among friends, diaries, albums and shares;
    ul#pbbs 注册时间, 最后访问, 上次发表时间; div#psts credits). The posts are the replies plus the
    threads shown: the template itself computes 回帖数 as the member's posts minus threads.

market pages (each rebuilt from the software's public template files, read with the reference
search; every market, vendor, product and price invented; only innocuous goods: a cork tea box,
wooden toys, cloth goods, leather belts and wallets, glass beads)
  - a PRESTASHOP product page in the HUMMINGBIRD theme (European Portuguese, "Praça da Lua Nova",
    euros): PrestaShop/hummingbird templates/catalog/product.tpl (h1.product__name, the
    accordion), _partials/product-prices.tpl (span.product__regular-price 34,90 € struck by
    "(Poupe 14%)", div.product__price 29,90 € the price, the tax label) and
    _partials/product-details.tpl (the product-infos-details list and the "Ficha técnica"
    dl.data-sheet: Vendedor, Enviado de, Envia para); "≈ 0,1873 XMR" a conversion at the header's
    "1 XMR = 159,63 €", the postage and the accessory's 12,50 € no price; the crumbs' last
    "Artigos de cortiça" the category. The breadcrumb, header and accessory card from memory.
  - an OPENMAGE (Magento 1, RWD theme) category GRID (Turkish, "Ay Işığı Pazarı", lira):
    OpenMage/magento-lts app/design/frontend/rwd/default/template/catalog/product/list.phtml
    (ul.products-grid, li.item, div.product-info, h2.product-name, the "name.after" blocks a
    marketplace hangs under the name: "Satıcı:" the vendor, "Gönderim:" where it ships from; every
    item "item last" because the template never counts $i). The price box (span.regular-price;
    p.old-price "Normal Fiyat:" struck by p.special-price "Özel Fiyat" ₺3.650,00), toolbar, pager
    ("Sonraki" to page 2) and layered navigation (price ranges and vendors, no cards) from memory.
    A category page's cards name no category (as rounds 6 and 11): category None.
  - a DOKAN vendor page, its "terms and conditions" tab (German, "Eulenmarkt"):
    getdokan/dokan templates/store-header.php (h1.store-name, ul.dokan-store-info: address, the
    seller rating "4.91 Bewertung aus 1347 Rezensionen" (%d: no thousands point), open/closed)
    and templates/store-toc.php (div#store-toc, whose text is printed with esc_html( nl2br() ):
    every line ends in a literal "&lt;br /&gt;", the armoured key's lines too, as that file
    does). The "Verkäufer seit 14. Juni 2021" line is the market's own, hung on
    dokan_store_header_info_fields. Only stars are shown: rating None (as round 21 and 23's
    "/ 5" stars). dokan_get_readable_seller_rating's markup as the function prints it (read).
  - a MULTIVENDORX vendor REVIEW page (Argentine Spanish, "Mercado del Alba", Talabarteria_Tandil):
    multivendorx/MultiVendorX templates/archive-vendor-info.php (template1: div.mvx-heading,
    div.mvx_vendor_rating), review/rating.php ("4.8" and " 2316 Reseñas", the count unformatted),
    review/review.php (li per review: the stars' title, strong author, time, div.description;
    the vendor's reply in ul.children) and review/mvx-vendor-review.php; the market's summary
    "Positivas: 2260 · Neutrales: 31 · Negativas: 25 · 97,6 % de opiniones positivas" on the
    mvx_after_vendor_information hook is ours. "Siguiente →" to page 2.
  - an OSCOMMERCE 2.2 table of SEARCH RESULTS (Czech, "Trh pod Hradbami", koruny, searching
    "korálky"): osCommerce/oscommerce2 catalog/includes/modules/product_listing.php (v1.44: the
    "Zobrazeno 1 až 4 (z 7 produktů)" bar with "[Další >>]" to page 2, a table whose headings
    are td.productListing-heading sort links, rows tr.productListing-odd/-even of
    td.productListing-data; a special price "<s>640,00 Kč</s> 520,00 Kč" in
    span.productSpecialPrice) and catalog/products_new.php; the manufacturer column renamed
    "Prodejce" (seller) in the language file, as a market on osCommerce names its vendors; the
    header, info boxes ("Novinky" with 210,00 Kč, no row) and footer from memory.
The key is a REAL OpenPGP v4 public key (ed25519) generated for this round with gpg in a
throwaway GnuPG home under /tmp that was deleted afterwards.

How close each page is to a real site: every page follows its engine's template files as read
above (the files named); page frames around them, strings in each language and all content are
written here. Sites and addresses are fictional (.example hosts and made-up 56-character .onion
names; www.w3.org appears only in doctypes and XHTML namespaces, schema.org only as vocabulary).

Truth conventions, as rounds 24-39: a post's body without quotes, signatures and edit notes;
quotes name the quoted members; relative dates resolve against the harness's NOW_TIME
(2026-11-20 12:00), a date's exact time in a title attribute where the page gives one; an author
record for every poster whose statistics the page shows, once, in order of first post (none for
Kunena's and the touch view's threads, which show no post counts); a profile's post count the
posts it shows, replies and threads together where the page splits them; a listing's price is the
one a buyer pays (a special price over the struck one; conversions, postage and other items' prices
no price); the category is the last crumb or the labelled value, else None; a vendor page's
stars give no positive share; a feedback page gives its vendor's record with the totals shown
(has_pgp_key None).

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (1f06b6b) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 43 --side holdout --misses``): those of 59fab6f (the last session's end), of fcfbaef
(rounds 34 and 35 mended), of 5912397 (rounds 36 and 37 too), of 614cc73 (rounds 38 and 39 too)
and of be54f82 (rounds 40 and 41 too). None had seen this round's pages; every helper who wrote
those mends kept it out of every scan.

    template                     59fab6f  fcfbaef  5912397  614cc73  be54f82
    discuzx_space_profile_zh       0.000    0.000    0.000    0.000    0.000  (a profile read as posts)
    multivendorx_reviews_es        0.062    0.062    0.062    0.062    0.062  (reviews read as posts)
    oscommerce22_search_cs         0.286    0.286    0.286    0.286    0.286  (a table's rows one off)
    dokan_store_toc_de             0.600    0.600    0.600    0.600    0.600  (the seller's name; counts)
    discuzx_touch_viewthread_th    0.647    0.647    0.647    0.647    0.647  (a comment read as a post)
    kunena6_aurelia_topic_hu       0.800    0.800    0.800    0.800    0.800  (bodies)
    openmage_rwd_category_tr       0.818    0.818    0.818    0.750    0.750  (a button for category)
    aef109_topic_el                0.927    0.927    0.927    0.927    0.927  (AEF's quote)
    hummingbird_product_pt         0.933    1.000    1.000    1.000    1.000  (category)
    usebb1_topic_nl 1.000
    overall                        0.671    0.676    0.676    0.667    0.667

This round and round 42 are this session's last blind measure: the parsers of 59fab6f are the
last session's; those of fcfbaef, 5912397, 614cc73 and be54f82 carry this session's mends of
rounds 34-35, 36-37, 38-39 and 40-41 in turn. Here they carried on one product page's category
(+0.005), and one mend of round 38 (a card's rubric read past a tag the card repeats) took an
add-to-cart button for the category of this round's Magento cards (-0.009), a regression measured
blind and recorded here. Blind scores of the rounds (3 to 42): 0.646, 0.778, 0.714, 0.946, 0.798,
0.699, 0.601, 0.750, 0.857, 0.466, 0.612, 0.538, 0.773, 0.313, 0.694, 0.684, 0.376, 0.578, 0.517,
0.514, 0.848, 0.777, 0.858, 0.406, 0.782, 0.902, 0.752, 0.831, 0.738, 0.820, 0.891, 0.770, 0.942,
0.679, 0.736, 0.893, 0.837, 0.587, 0.741, 0.919 and here 0.667 (0.671 at this session's start).
KNOWN_MISSES holds every wrong value of be54f82. This round is BLIND: do not tune the parsers on
its pages; mend a miss only as a general mechanism, with test pages of its own, and say so here.

Mended after its blind measure, each miss by a general mechanism with test pages of its own
(93cfe22 to 2070bd1): replies and topics counted apart summed for a member's posts, and posts dated
after the capture dropped (parsers.summed_posts, parsers.future_posts); a quote's header naming the
quoted post (parsers.quotes); a heading that links away gives way to the title's own line
(parsers.thread_title); a seller's reviews as a comment list (parsers.review_rows); striped rows of
one kind (parsers.row_parity); a control's words are no category (parsers.card_rubric, mending the
regression above); a store's owner not read off its menu (parsers.menu_pairs); 'vendor since' as
shops translate it; Turkish 'Gönderim': 0.667 -> 0.936. Left: Kunena 6's post headers and thanks
in the bodies; Discuz!'s point comment read as a post; AEF's edit note.
"""

from __future__ import annotations

import html
import math
import re
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

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

DATA = Path(__file__).parent / "data" / "general_r43"

_HORG = "http://horgaszpihenoera24lkbdg6zyp3e52dwdg44iu3jck5cqdn55op3n2d.onion"
_SCHUUR = "http://destilleschuursirf7yxaqofd23q63cx2klp2gluiehsye7aacf24kd.onion"
_BOUZ = "http://mpouzoukifiloivp6nxrpra4p2j2xott4ykeb77ta7rw6vdv75fty6od.onion"
_KLUAI = "http://kluaimaithai65a7w5ylcbis2zocu5j2jfbi26ytugrgurxjqgdo6lyd.onion"
_DUOROU = "http://duorouhuayuanyzwljmrymkyngov3iejov4o3r75z7a6bvjk3fae4hcd.onion"
_LUA = "http://pracaluanovab23fphfofchgj6cgrrxtv4cud5ledjkpdcw57tyyniod.onion"
_AYI = "http://ayisigipazaribemwnn4a5ie7auz3obx5efdmimjzlwcal7mzml7cqwd.onion"
_EULE = "http://eulenmarktiukqen6onek6avrekub4t2i4oiizcwyagzsmlyfjoxtk4d.onion"
_ALBA = "http://mercadodelalbajlvzerq4lwsta6cmovqqamjt4bha4c7ccnmoub5qid.onion"
_TRH = "http://trhpodhradbamiphcxxas56q4sancekbqzf44xyr443plz2w5slc2p3d.onion"
_FP_EULE = "8F3AA7E803F2AB0DB978CE08A20D8BD70F464F92"

_AEF = "holdout/aef109_topic_el_cp1253.html"

#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {_AEF: "windows-1253"}

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # Kunena 6 Aurelia topic, Hungarian: the h1 the title; div.mykmsg-header's first link the
    # names; span.kdate's title the times (shown "Tegnap" yesterday, "Ma" today); the blockquote
    # "csuka_laci írta:" a quote; div.ksig, the edit alert and the thank-you line no body. The
    # profile box shows thanks received, no post count: no author records.
    "holdout/kunena6_aurelia_topic_hu.html": {
        "template": "kunena6_aurelia_topic_hu",
        "url": _HORG + "/forum/teli-horgaszat/2291-teli-feederezes-folyovizen", "type": "thread",
        "records": [
            {"type": "thread", "title": "Téli feederezés folyóvízen: milyen etetőanyag?"},
            _post("csuka_laci", "2026-11-17T19:42:00", 0,
                  "Decemberben szeretnék a Tiszán feederezni, de a szokásos nyári etetőanyag hideg vízben "
                  "szétesik.\n"
                  "Ti mit kevertek télen, hogy a kosárban maradjon, de mégis dolgozzon?", []),
            _post("dévér_józsi", "2026-11-19T07:15:00", 1,
                  "Télen kevesebb, de ragadósabb etetőanyag kell: én fele-fele arányban keverem a barna "
                  "kenyérmorzsát és a földet.\n"
                  "A szúnyoglárvát csak a legvégén teszem bele, így a kosár lassan ürül.", ["csuka_laci"]),
            _post("keszegfogo_anna", "2026-11-20T10:03:00", 2,
                  "Érdemes kisebb kosárra váltani, és rövidebb időközönként bedobni.\n"
                  "Nálam a hideg vízben a keszeg csak a finom szemcséjű etetőanyagra jött.", []),
        ],
    },
    # UseBB 1 topic, Dutch: h3#forumname the title; div.posternamecontainer the names;
    # div.postdate the times; "Lid sinds:" / "Berichten:" the statistics; fieldset.quote
    # "houtworm_kees schreef:" a quote; div.signature and div.editinfo no body. "Volgende »".
    "holdout/usebb1_topic_nl.html": {
        "template": "usebb1_topic_nl", "url": _SCHUUR + "/topic.php?id=982", "type": "thread",
        "next": _SCHUUR + "/topic.php?id=982&page=2",
        "records": [
            {"type": "thread", "title": "Welke olie voor een eikenhouten tafelblad?"},
            _post("houtworm_kees", "2026-11-16T20:48:00", 0,
                  "Ik heb een tafelblad van massief eiken geschaafd en wil het nu afwerken.\n"
                  "Lijnolie of hardwax-olie, wat houdt beter bij dagelijks gebruik aan de keukentafel?", []),
            _post("eikenblad_mies", "2026-11-18T07:55:00", 1,
                  "Hardwax-olie, zonder twijfel: lijnolie blijft lang kleverig en wordt geel.\n"
                  "Breng drie dunne lagen aan en schuur tussendoor licht op met korrel 320.",
                  ["houtworm_kees"]),
            _post("schaafbank_ruud", "2026-11-19T22:31:00", 2,
                  "Vergeet de onderkant niet mee te behandelen, anders trekt het blad krom.", []),
            _author("houtworm_kees", 1204, "2015-02-03"),
            _author("eikenblad_mies", 3877, "2011-10-21"),
            _author("schaafbank_ruud", 42, "2024-06-09"),
        ],
    },
    # AEF 1.0.9 topic, Greek, windows-1253: the first td.pcbg the title (without its "(N
    # απαντήσεις, ...)"); td.posterbg the names; td.postdate the times ("Χθες" yesterday,
    # "Σήμερα" today); "Δημοσιεύσεις:" the posts (no join day shown); "Quote From :
    # stavros_tzouras" a quote; the edit line and the signature after dashes no body.
    _AEF: {
        "template": "aef109_topic_el", "url": _BOUZ + "/index.php?tid=711", "type": "thread",
        "records": [
            {"type": "thread", "title": "Ποιες χορδές για τρίχορδο μπουζούκι;"},
            _post("stavros_tzouras", "2026-11-18T20:14:00", 0,
                  "Αγόρασα ένα παλιό τρίχορδο μπουζούκι από έναν θείο μου στη Λάρισα.\n"
                  "Τι χορδές προτείνετε για να κρατάει το κούρδισμα Ρε-Λα-Ρε;", []),
            _post("eleni_baglamas", "2026-11-19T08:40:00", 1,
                  "Για τρίχορδο βάζω πάντα λεπτές χορδές, με διπλή τη χαμηλή Ρε σε οκτάβα.\n"
                  "Αν το καπάκι είναι παλιό, μην το σφίξεις πολύ από την πρώτη μέρα.", ["stavros_tzouras"]),
            _post("kostas_taximi", "2026-11-20T10:05:00", 2,
                  "Άλλαξε και τα κλειδιά αν γλιστράνε, αλλιώς καμία χορδή δεν θα μείνει κουρδισμένη.", []),
            _author("stavros_tzouras", 214, None),
            _author("eleni_baglamas", 1482, None),
            _author("kostas_taximi", 37, None),
        ],
    },
    # Discuz! X3.5 touch thread, Thai: div.view_tit the title; li.mtit's link the names; the
    # span titles in li.mtime the times (shown "3 วันก่อน", "เมื่อวาน", "1 ชั่วโมงก่อน"); the
    # blockquote "nong_wan โพสต์เมื่อ ..." a quote; i.pstatus (the edit note) no body; the point
    # comment under post 2 no post. No post counts shown: no author records.
    "holdout/discuzx_touch_viewthread_th.html": {
        "template": "discuzx_touch_viewthread_th",
        "url": _KLUAI + "/forum.php?mod=viewthread&tid=5120&mobile=2", "type": "thread",
        "records": [
            {"type": "thread", "title": "หวายใบเหลืองทั้งกอ ควรทำอย่างไรดี"},
            _post("nong_wan", "2026-11-17T20:31:00", 0,
                  "กล้วยไม้สกุลหวายที่แขวนไว้ใต้ชายคาใบเหลืองจากโคนขึ้นมาเกือบทั้งกอ\n"
                  "รดน้ำวันละครั้งตอนเช้า ไม่ทราบว่ารดน้ำมากไปหรือขาดปุ๋ยคะ", []),
            _post("lung_somchai", "2026-11-19T08:12:00", 1,
                  "ใบล่างเหลืองแล้วร่วงเป็นเรื่องปกติของหวายในหน้าหนาว ไม่ต้องตกใจครับ\n"
                  "ลองลดน้ำเหลือวันเว้นวัน แล้วให้ปุ๋ยสูตรเสมอเดือนละสองครั้ง", ["nong_wan"]),
            _post("mali_orchid", "2026-11-20T10:45:00", 2,
                  "ดูรากด้วยนะคะ ถ้ารากเน่าสีน้ำตาลต้องตัดออกแล้วเปลี่ยนเครื่องปลูกใหม่", []),
        ],
    },
    # Discuz! X3.5 profile, Simplified Chinese: h2.mbn the name; 回帖数 1186 + 主题数 97 the posts;
    # 注册时间 "2017-4-9 21:14" joined (最后访问 and 上次发表时间 other days).
    "holdout/discuzx_space_profile_zh.html": {
        "template": "discuzx_space_profile_zh", "url": _DUOROU + "/home.php?mod=space&uid=2046&do=profile",
        "type": "profile",
        "records": [_author("肉肉控小王", 1283, "2017-04-09")],
    },
    # PrestaShop Hummingbird product, European Portuguese: h1.product__name; div.product__price
    # "29,90 €" the price (the struck 34,90 €, the XMR conversion, postage and the accessory no
    # price); the data sheet's Vendedor, Enviado de, Envia para; the last crumb the category.
    "holdout/hummingbird_product_eur_pt.html": {
        "template": "hummingbird_product_pt",
        "url": _LUA + "/artigos-de-cortica/318-caixa-de-cortica-para-cha-12-compartimentos.html",
        "type": "listing",
        "records": [_listing("Caixa de cortiça para chá, 12 compartimentos", 29.9, "EUR", "Corticeira_Evora",
                             "Artigos de cortiça", "Portugal", ["União Europeia", "Suíça"])],
    },
    # OpenMage RWD category grid, Turkish: four li.item; h2.product-name the title; "Satıcı:" the
    # vendor; "Gönderim:" ships from; the last span.price the price (a special price over the
    # struck one); no category or destination on the cards. The layered navigation no cards.
    "holdout/openmage_rwd_category_grid_try_tr.html": {
        "template": "openmage_rwd_category_tr", "url": _AYI + "/tahta-oyuncaklar.html",
        "type": "listing_index",
        "next": _AYI + "/tahta-oyuncaklar.html?p=2",
        "records": [
            _listing("Tahta tren seti, 12 parça", 1450.0, "TRY", "Bolu_Tahta_Atolyesi", None, "Türkiye",
                     None),
            _listing("Ceviz sallanan at", 3650.0, "TRY", "Ceviz_Usta", None, "Türkiye", None),
            _listing("Tahta yapboz, Türkiye haritası", 385.0, "TRY", "Oyuncakci_Mehmet", None, "Türkiye",
                     None),
            _listing("Renkli tahta bloklar, 40 adet", 620.0, "TRY", "Bolu_Tahta_Atolyesi", None, "Almanya",
                     None),
        ],
    },
    # Dokan vendor page (terms tab), German: h1.store-name; "4.91 Bewertung aus 1347 Rezensionen"
    # (1347 reviews; the stars no share); "Verkäufer seit 14. Juni 2021"; the key and its
    # "Fingerabdruck:" in the escaped terms. No products on this tab.
    "holdout/dokan_store_toc_pgp_de.html": {
        "template": "dokan_store_toc_de", "url": _EULE + "/store/naehstube-rhoen/toc/", "type": "vendor",
        "records": [_vendor("Naehstube_Rhoen", 1347, None, "2021-06-14", _FP_EULE)],
    },
    # MultiVendorX vendor reviews, Argentine Spanish: div.mvx-heading the vendor; " 2316 Reseñas"
    # the feedback; "97,6 % de opiniones positivas" the share (2260 of 2316); five reviews and a
    # reply; "Siguiente →" to page 2.
    "holdout/multivendorx_vendor_reviews_es.html": {
        "template": "multivendorx_reviews_es", "url": _ALBA + "/tienda/talabarteria-tandil/resenas/",
        "type": "feedback", "next": _ALBA + "/tienda/talabarteria-tandil/resenas/page/2/",
        "records": [_feedback_vendor("Talabarteria_Tandil", 2316, 97.6)],
    },
    # osCommerce 2.2 search results, Czech: four tr.productListing-odd/-even; the name column the
    # title, "Prodejce" (the manufacturer column renamed) the vendor, "Cena" the price (the special
    # price over the struck one); no category or places. The "Novinky" box no row. "[Další >>]".
    "holdout/oscommerce22_search_results_czk_cs.html": {
        "template": "oscommerce22_search_cs",
        "url": _TRH + "/advanced_search_result.php?keywords=kor%C3%A1lky&search_in_description=1",
        "type": "listing_index",
        "next": _TRH + "/advanced_search_result.php?keywords=kor%C3%A1lky&search_in_description=1"
                       "&sort=2a&page=2",
        "records": [
            _listing("Skleněné korálky z Jablonce, mix barev, 250 g", 289.0, "CZK", "Jizerske_Perle", None,
                     None, None),
            _listing("Vinuté perle, sada 20 ks", 520.0, "CZK", "Vinutky_Pavla", None, None, None),
            _listing("Korálkový náhrdelník, modrý", 1190.0, "CZK", "Jizerske_Perle", None, None, None),
            _listing("Rokajl 10/0, 12 odstínů", 145.0, "CZK", "Bizuterie_Desna", None, None, None),
        ],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers give on the holdout side where it differs from TRUTH: measured blind with the
# parsers of 59fab6f to be54f82, re-recorded after the mends (2070bd1): those left (see above).
KNOWN_MISSES: dict[str, dict[str, Any]] = {
    "holdout/aef109_topic_el_cp1253.html": {
        "post[1].body": (
            'Για τρίχορδο βάζω πάντα λεπτές χορδές, με διπλή τη χαμηλή Ρε σε οκτάβα.\nΑν το '
            'καπάκι είναι παλιό, μην το σφίξεις πολύ από την πρώτη μέρα.\nΤελευταία επεξεργασία '
            'από eleni_baglamas : Χθες στις 08:52'),
    },
    "holdout/discuzx_touch_viewthread_th.html": {
        "post[2].author": 'nong_wan',
        "post[2].posted_at": '2026-11-19T09:02:00',
        "post[2].body": 'ขอบคุณค่ะ จะลองดูนะคะ',
    },
    "holdout/kunena6_aurelia_topic_hu.html": {
        "post[0].body": (
            'csuka_laci létrehozta a témát: Téli feederezés folyóvízen: milyen etetőanyag?\n'
            'Decemberben szeretnék a Tiszán feederezni, de a szokásos nyári etetőanyag hideg '
            'vízben szétesik.\nTi mit kevertek télen, hogy a kosárban maradjon, de mégis dolgozzon?\n'
            'Köszönöm'),
        "post[1].body": (
            'dévér_józsi válaszolt a témára: Téli feederezés folyóvízen: milyen etetőanyag?\n'
            'Télen kevesebb, de ragadósabb etetőanyag kell: én fele-fele arányban keverem a '
            'barna kenyérmorzsát és a földet.\nA szúnyoglárvát csak a legvégén teszem bele, '
            'így a kosár lassan ürül.\nKöszönet: csuka_laci, harcsa_bence'),
        "post[2].body": (
            'keszegfogo_anna válaszolt a témára: Téli feederezés folyóvízen: milyen etetőanyag?\n'
            'Érdemes kisebb kosárra váltani, és rövidebb időközönként bedobni.\nNálam a hideg '
            'vízben a keszeg csak a finom szemcséjű etetőanyagra jött.'),
    },
}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(0.936)
_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)

_text = ROUND.page_text(ENCODINGS)
_posts = ROUND.records_of("post")
_listings = ROUND.records_of("listing")
_authors = ROUND.author_stats




def test_four_threads_a_profile_a_listing_two_grids_a_vendor_and_a_feedback_page() -> None:
    kinds = [t["type"] for t in TRUTH.values()]
    counts = [kinds.count(k) for k in ("thread", "profile", "listing", "listing_index", "vendor", "feedback")]
    assert counts == [4, 1, 1, 2, 1, 1]
    for page, truth in TRUTH.items():
        if truth["type"] == "thread":
            authors = [p["author"] for p in _posts(page)]
            assert [p["index"] for p in _posts(page)] == list(range(len(authors)))
            # An author record for every poster whose statistics are shown, once, in order of
            # first post; Kunena's profile box and the touch view show none.
            names = [r["name"] for r in ROUND.records_of("author")(page)]
            assert names in ([], list(dict.fromkeys(authors))), page
            # Every thread quotes a member.
            assert any(p["quotes"] for p in _posts(page)), page
        else:
            assert truth["records"] and _posts(page) == [], page


def test_ten_languages_none_english_and_one_page_in_windows_1253() -> None:
    langs = ROUND.page_langs(ENCODINGS)
    assert sorted(langs.values()) == [
        "cs", "de-DE", "el", "es-AR", "hu-hu", "nl", "pt-PT", "th", "tr", "zh-CN"]
    assert not any(lang.startswith("en") for lang in langs.values())
    assert set(ENCODINGS) == {page for page in TRUTH if "cp1253" in page}


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
test_every_post_body_is_written_on_its_page_line_by_line = ROUND.bodies_on_its_page(ENCODINGS)
test_every_address_of_the_truth_and_the_pages_is_a_fictional_host = ROUND.fictional_hosts(ENCODINGS)


def test_the_greek_thread_is_windows_1253_with_its_own_bytes() -> None:
    raw = (DATA / _AEF).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'content="text/html; charset=windows-1253"' in raw and raw.count(b"charset=") == 1
    # One byte a letter: Δημοσιεύσεις (ύ 0xFD, ς 0xF2); Άλλαξε's Ά is 0xA2 in windows-1253,
    # where ISO-8859-7 has a quotation mark (its Ά is 0xB6).
    assert raw.count(b"\xc4\xe7\xec\xef\xf3\xe9\xe5\xfd\xf3\xe5\xe9\xf2:") == 3
    assert b"\xa2\xeb\xeb\xe1\xee\xe5" in raw and b"\xb6" not in raw
    assert "Άλλαξε" not in raw.decode("iso-8859-7")


def test_the_kunena_dates_are_the_span_titles_and_the_thanks_no_quotes() -> None:
    page = "holdout/kunena6_aurelia_topic_hu.html"
    text = _text(page)
    posts = _posts(page)
    heads = re.findall(r'<div class="mykmsg-header">\s*<a [^>]+>([^<]+)</a> '
                       r"(?:létrehozta a témát|válaszolt a témára):", text)
    assert heads == [p["author"] for p in posts]
    # The first date of every message (the second, after the edit icon, is the edit's).
    shown = re.findall(r'<i class="far fa-clock"></i>\s*<span class="kdate" data-bs-toggle="tooltip" '
                       r'title="(\d{4})\. nov\. (\d+)\. (\d\d:\d\d)">([^<]+)</span>', text)
    assert [f"{y}-11-{int(d):02}T{t}:00" for y, d, t, _ in shown] == [p["posted_at"] for p in posts]
    days = {"Tegnap": day_ago(1), "Ma": day_ago(0)}
    for (_, _, t, label), post in zip(shown[1:], posts[1:], strict=True):
        word, at = label.split()
        assert at == t and post["posted_at"] == f"{days[word]}T{t}:00"
    assert "csuka_laci írta: <i class" in text and posts[1]["quotes"] == ["csuka_laci"]
    thanks = re.search(r'<div class="kmessage-thankyou">(.*?)</div>', text, re.S)[1]  # type: ignore[index]
    assert re.findall(r">([^<]+)</a>", thanks) == ["csuka_laci", "harcsa_bence"]
    assert all("harcsa_bence" not in p["quotes"] for p in posts)
    # Thanks received, no post count: no author records.
    assert text.count("Kapott köszönetek") == 3 and ROUND.records_of("author")(page) == []
    assert "Fogd meg, fotózd le" in text and "Utoljára szerkesztve" in text
    assert all("Fogd" not in p["body"] and "szerkeszt" not in p["body"] for p in posts)


def test_the_usebb_statistics_dates_and_quote_are_the_truths() -> None:
    page = "holdout/usebb1_topic_nl.html"
    text = _text(page)
    months = {"feb": 2, "jun": 6, "okt": 10, "nov": 11}
    stats = re.findall(r'<div class="posternamecontainer"><a href="[^"]+">([^<]+)</a></div>.*?'
                       r'<div class="field">Lid sinds: (\d+) (\w+) (\d{4})</div>\s*'
                       r'<div class="field">Berichten: ([\d.]+)</div>', text, re.S)
    assert {(n, int(shown_number(c, ".")), f"{y}-{months[m]:02}-{int(d):02}") for n, d, m, y, c in stats} == (
        _authors(page))
    shown = re.findall(r'<div class="postdate"><a [^>]+>#</a> \w\w (\d+) (\w+) (\d{4}), (\d\d:\d\d)</div>',
                       text)
    assert [f"{y}-{months[m]:02}-{int(d):02}T{t}:00" for d, m, y, t in shown] == [
        p["posted_at"] for p in _posts(page)]
    assert '<fieldset class="quote"><legend>houtworm_kees schreef:</legend>' in text
    assert _posts(page)[1]["quotes"] == ["houtworm_kees"]
    assert "Meet twee keer" in html.unescape(text) and "Laatst bewerkt door" in text
    assert all("Meet" not in p["body"] and "bewerkt" not in p["body"] for p in _posts(page))
    assert '<a href="topic.php?id=982&amp;page=2">Volgende &raquo;</a>' in text
    assert urljoin(TRUTH[page]["url"], "topic.php?id=982&page=2") == TRUTH[page]["next"]


def test_the_aef_counts_days_and_english_quote_head_are_the_truths() -> None:
    text = _text(_AEF)
    posts = _posts(_AEF)
    names = re.findall(r'<td class="posterbg" width="22%">\s*<a style="color:[^"]*" href="[^"]+">'
                       r"\s*(\S+)\s*</a>", text)
    counts = re.findall(r'<div class="pisub">Δημοσιεύσεις: ([\d.]+)</div>', text)
    assert names == [p["author"] for p in posts]
    stats = {(n, int(shown_number(c, ".")), None) for n, c in zip(names, counts, strict=True)}
    assert stats == _authors(_AEF)
    shown = re.findall(r"#</a>\s*(?:(\d+) Νοεμβρίου (\d{4}), (\d\d:\d\d)|"
                       r"<b>(Χθες|Σήμερα)</b> στις (\d\d:\d\d))", text)
    days = {"Χθες": day_ago(1), "Σήμερα": day_ago(0)}
    assert [f"{y}-11-{int(d):02}T{t}:00" if d else f"{days[w]}T{at}:00" for d, y, t, w, at in shown] == [
        p["posted_at"] for p in posts]
    head = "Quote From : stavros_tzouras Post:4120 18 Νοεμβρίου 2026, 20:14"
    assert f'<div class="quotehead">{head}</div>' in text
    assert posts[1]["quotes"] == ["stavros_tzouras"]
    assert "Όποιος αγαπά το ταξίμι" in text and "Τελευταία επεξεργασία από" in text
    assert all("Όποιος" not in p["body"] and "επεξεργασία" not in p["body"] for p in posts)
    # The "users viewing" box names a member who did not post.
    assert "nikos_santouri" in text and "nikos_santouri" not in {p["author"] for p in posts}


def test_the_discuz_touch_dates_are_the_span_titles_and_the_point_comment_no_post() -> None:
    page = "holdout/discuzx_touch_viewthread_th.html"
    text = _text(page)
    posts = _posts(page)
    heads = re.findall(r'<li class="mtit">\s*<span class="y">\s*(\d+)#\s*</span>\s*<span class="z">\s*'
                       r'<a href="[^"]+">([^<]+)</a>', text)
    assert heads == [(str(p["index"] + 1), p["author"]) for p in posts]
    times = re.findall(r'<li class="mtime">\s*(?:<span class="y">.*?</span>\s*)?'
                       r'<span title="(\d{4}-\d\d-\d\d) (\d\d:\d\d)">([^<]+)</span>', text, re.S)
    assert [f"{d}T{t}:00" for d, t, _ in times] == [p["posted_at"] for p in posts]
    assert [s for _, _, s in times] == ["3&nbsp;วันก่อน", "เมื่อวาน&nbsp;08:12", "1&nbsp;ชั่วโมงก่อน"]
    assert posts[0]["posted_at"][:10] == day_ago(3) and posts[1]["posted_at"][:10] == day_ago(1)
    assert "nong_wan โพสต์เมื่อ 2026-11-17 20:31" in text and posts[1]["quotes"] == ["nong_wan"]
    assert '<i class="pstatus"> แก้ไขล่าสุดโดย lung_somchai' in text
    assert all("แก้ไขล่าสุด" not in p["body"] for p in posts)
    # nong_wan's thanks under post 2 is a point comment (ความเห็นย่อย), no post of the thread.
    assert 'id="commentdetail_3312"' in text and "ขอบคุณค่ะ" not in "".join(p["body"] for p in posts)
    assert ROUND.records_of("author")(page) == [] and "next" not in TRUTH[page]


def test_the_discuz_profile_counts_replies_and_threads_as_posts() -> None:
    page = "holdout/discuzx_space_profile_zh.html"
    text = _text(page)
    name = re.search(r'<h2 class="mbn">\s*(\S+)\s*<span class="xw0">\(UID: 2046', text)[1]  # type: ignore[index]
    replies = int(re.search(r">回帖数 (\d+)</a>", text)[1])  # type: ignore[index]
    threads = int(re.search(r">主题数 (\d+)</a>", text)[1])  # type: ignore[index]
    y, m, d = re.search(r"<li><em>注册时间</em>(\d{4})-(\d+)-(\d+) \d\d:\d\d</li>", text).groups()  # type: ignore[union-attr]
    assert {(name, replies + threads, f"{y}-{int(m):02}-{int(d):02}")} == _authors(page)
    # The template prints the member's posts minus threads as 回帖数 (replies).
    assert (replies, threads) == (1186, 97)
    assert "<li><em>上次发表时间</em>2026-11-19 22:05</li>" in text


def test_the_hummingbird_price_is_the_discounted_one_and_the_facts_are_the_data_sheet() -> None:
    page = "holdout/hummingbird_product_eur_pt.html"
    text = _text(page)
    (listing,) = _listings(page)
    price = shown_number(re.search(r'<span class="visually-hidden">Preço: </span>\s*([\d.,]+) €', text)[1],  # type: ignore[index]
                         ".", ",")
    regular = shown_number(re.search(r"Preço normal: </span>\s*([\d.,]+) €", text)[1], ".", ",")  # type: ignore[index]
    assert price == listing["price"] and listing["currency"] == "EUR" and regular == 34.9
    assert "(Poupe 14%)" in text and round((regular - price) / regular * 100) == 14
    assert '<meta property="product:price:amount" content="29.9">' in text
    rate = shown_number(re.search(r"1 XMR = ([\d.,]+) €", text)[1], ".", ",")  # type: ignore[index]
    xmr = shown_number(re.search(r"&asymp; ([\d,]+) XMR", text)[1], ".", ",")  # type: ignore[index]
    assert round(price / rate, 4) == xmr
    facts = dict(re.findall(r'<dt class="name">([^<]+)</dt>\s*<dd class="value">([^<]+)</dd>', text))
    assert (facts["Vendedor"], facts["Enviado de"]) == (listing["vendor"], listing["ships_from"])
    assert facts["Envia para"].split(", ") == listing["ships_to"]
    crumbs = re.findall(r'<li class="breadcrumb-item"><a href="[^"]+"><span>([^<]+)</span></a></li>', text)
    assert crumbs[-1] == listing["category"]
    assert '<span class="product-miniature__price">12,50 €</span>' in text


def test_the_openmage_cards_are_the_truths_and_the_filters_no_cards() -> None:
    page = "holdout/openmage_rwd_category_grid_try_tr.html"
    text = _text(page)
    cards = re.findall(r'<h2 class="product-name"><a href="[^"]+" title="[^"]+">([^<]+)</a></h2>\s*'
                       r'<p class="marketplace-vendor">Satıcı: <a href="[^"]+">([^<]+)</a></p>\s*'
                       r'<p class="marketplace-origin">Gönderim: ([^<]+)</p>\s*'
                       r'<div class="price-box">(.*?)</div>', text, re.S)
    # The last price of a box: the special price where one strikes the normal price.
    rows = [(t, shown_number(re.findall(r"₺([\d.,]+)", box)[-1], ".", ","), "TRY", v, None, f, None)
            for t, v, f, box in cards]
    ROUND.check_listings(rows, page)
    assert text.count('<li class="item last">') == 4 and text.count('class="old-price"') == 1
    assert '<a class="next i-next" href="/tahta-oyuncaklar.html?p=2" title="Sonraki">' in text
    assert urljoin(TRUTH[page]["url"], "/tahta-oyuncaklar.html?p=2") == TRUTH[page]["next"]


def test_the_dokan_key_is_real_though_its_line_breaks_are_escaped() -> None:
    page = "holdout/dokan_store_toc_pgp_de.html"
    text = _text(page)
    (vendor,) = ROUND.records_of("vendor")(page)
    terms = re.search(r'<div id="store-toc">.*?<div>\s*(.*?)\s*</div>', text, re.S)[1]  # type: ignore[index]
    # esc_html( nl2br() ): every line ends in a literal "<br />" the reader sees.
    assert terms.count("&lt;br /&gt;") == 14 and "<br" not in terms
    shown = html.unescape(terms).replace("<br />", "")
    armour = re.search(r"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=\S{4}\n"  # type: ignore[index]
                       r"-----END PGP PUBLIC KEY BLOCK-----", shown, re.S)[1]
    assert v4_fingerprint(armour) == _FP_EULE == vendor["pgp_fingerprint"] and vendor["has_pgp_key"] is True
    printed = re.search(r"Fingerabdruck: ([0-9A-F ]+)\n", shown)[1]  # type: ignore[index]
    assert printed.replace(" ", "") == _FP_EULE
    stars, reviews = re.search(r'<a href="[^"]+">([\d.]+) Bewertung aus (\d+) Rezensionen</a>', text).groups()  # type: ignore[union-attr]
    assert int(reviews) == vendor["feedback_count"] and stars == "4.91" and vendor["rating"] is None
    assert "Verkäufer seit 14. Juni 2021" in text and vendor["member_since"] == "2021-06-14"
    assert _listings(page) == [] and "woocommerce-LoopProduct-link" not in text


def test_the_review_page_counts_add_up_to_the_reviews_in_its_header() -> None:
    page = "holdout/multivendorx_vendor_reviews_es.html"
    text = _text(page)
    (vendor,) = ROUND.records_of("vendor")(page)
    assert re.search(r'<div class="mvx-heading">([^<]+)</div>', text)[1] == vendor["name"]  # type: ignore[index]
    count = int(re.search(r"</span>\s*(\d+) Reseñas\s*</a>", text)[1])  # type: ignore[index]
    split = [int(re.search(rf"{label}: (\d+)", text)[1]) for label in ("Positivas", "Neutrales", "Negativas")]  # type: ignore[index]
    assert count == sum(split) == vendor["feedback_count"]
    share = shown_number(re.search(r"([\d,]+) % de opiniones positivas", text)[1], ".", ",")  # type: ignore[index]
    assert share == vendor["rating"] == round(split[0] / count * 100, 1)
    assert vendor["has_pgp_key"] is None and vendor["member_since"] is None
    # Five reviews a page: 464 pages.
    assert text.count('itemprop="review"') == 5 and f"page/{math.ceil(count / 5)}/" in text
    assert '<a class="next page-numbers" href="/tienda/talabarteria-tandil/resenas/page/2/">' in text
    assert urljoin(TRUTH[page]["url"], "/tienda/talabarteria-tandil/resenas/page/2/") == TRUTH[page]["next"]


def test_the_oscommerce_rows_are_the_truths_and_the_boxes_no_rows() -> None:
    page = "holdout/oscommerce22_search_results_czk_cs.html"
    text = _text(page)
    rows = []
    for row in re.findall(r'<tr class="productListing-(?:odd|even)">(.*?)</tr>', text, re.S):
        _, name, seller, price, _ = re.findall(r'<td[^>]*class="productListing-data">(.*?)</td>', row)
        title = re.search(r">([^<]+)</a>", name)[1]  # type: ignore[index]
        vendor = re.search(r">([^<]+)</a>", seller)[1]  # type: ignore[index]
        paid = re.findall(r"([\d ]+,\d\d) Kč", price)[-1]  # the special price follows the struck one
        rows.append((title, shown_number(paid, " ", ","), "CZK", vendor, None, None, None))
    ROUND.check_listings(rows, page)
    assert "<s>640,00 Kč</s>" in text and 'class="productListing-heading">Prodejce</a>' in text
    # The "Novinky" (what's new) box's 210,00 Kč is no row.
    assert "Perleťové knoflíky, 12 ks</a><br>210,00 Kč" in text
    base = re.search(r'<base href="([^"]+)">', text)[1]  # type: ignore[index]
    nxt = re.search(r'<a href="([^"]+)" class="pageResults" title=" Další stránka ">', text)[1]  # type: ignore[index]
    assert urljoin(base, html.unescape(nxt)) == TRUTH[page]["next"]
