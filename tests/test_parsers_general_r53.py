"""parsers.parse_page on round-53 generality pages (tests/data/general_r53): a fully BLIND held-out
set of a realistic onion CRAWL, five forum pages and five market pages, in ten languages of which
none is in rounds 48-51 (Slovenian, Macedonian, Latvian, Yoruba, Marathi, Bulgarian, Thai,
Armenian, Catalan and Afrikaans), in page layouts no earlier round used. Ten pages, all on the
HOLDOUT side (no tune side: no rule was written for any of them), each an engine, template or
layout in no earlier round, with fictional names, words, dates and prices put in. Three forum
threads of public engines no round used (a Tiki Wiki CMS Groupware forum thread whose h1 is the
FORUM's name, a Slash story with its comments in a TREE whose page order is not the time order,
a PmWiki talk page whose comments are known only by the SIGNATURES at their ends, in sibling
paragraphs and indents with no element per comment), an onion site's GUESTBOOK shown NEWEST
FIRST with labelled rows per entry, and a member profile whose figures are in DEVANAGARI DIGITS,
the number before its word; a WP e-Commerce product page in euros with the LEVA shown beside
every price (Bulgaria's dual display, at the fixed rate), an AUCTION in Thai in WINDOWS-874 whose
price is the buy-now price over the latest bid, a vendor page whose IMPORTED reputation from two
other markets stands beside its own figures, a catalogue product's page listing the OFFERS of four
vendors (every row a listing of the product), and a feedback page whose rows are THUMBS emoji and
whose share is a meter. Numbers and dates as the pages write them: Tiki's "pon 16. nov. 2026
19:42"; Slash's "во петок 13 ноември, @21:05" (a story's time without its year) and "во среда 18
ноември, 2026 @20:40"; PmWiki's "2026-11-15 18:20" after the signer's link; Yoruba "Òní, 09:05",
"Àná, 18:30" and "17/11/2026, 21:14"; Marathi "१,७६४" and "९ एप्रिल २०१७"; "19,50 € (38,14 лв.)";
"฿2,400" over "฿1,350"; Armenian "412", "98,8 %" and "2024 թ. մարտի 5-ից"; Catalan "12,90 €" and
"99,2 % (1.204)"; Afrikaans "1 225", "👍 1 204 · 👎 21" and "98,3%".

Every page is an engine, template or layout in none of rounds 3-51, tests/data/forums_general,
tests/data/markets_general, board_posts, card_chips, card_handles, column_places, dash_pieces,
date_slots, form_price, glued_labels, kind_shares, list_rows, member_tiles, mend_forum_lists,
mend_market_r38, note_tails, panel_cards, post_words, poster_panels, profile_shapes,
prose_profiles, since_line, solar_hijri, stat_lines, summed_posts, thread_frames, topic_rows or
vendor_sections: their directories were listed (the first word of every page name: no tiki,
slash, pmwiki, yaraalejo, sahyadri, wpsc, talatpramoon, shukalusin, porxada or uilmark) and
grepped, with the round modules and the parsers' test modules, for each page's engine names and
class names, and none of Tiki's author_post_info, postbody-title and quotebody, Slash's
commentTop, commentlisting and commtree, PmWiki's wikitext and wikititle, WP e-Commerce's wpsc,
currentprice and pricedisplay, nor the invented prefixes class="oa- (the Yoruba guestbook), sy-
(the Marathi profile), rz- (the Thai auction), ls- (the Armenian vendor), xq- (the Catalan offers)
or ul- (the Afrikaans feedback page; the first choices pg-, px- and ug- were dropped: px- is a
Bootstrap spacing class of the NodeBB pages of round 8 and forums_general), nor the words
windows-874, Klekljanje, Idrij, ренде, Длето, Битола, krāsn, Ìwé Àlejò, Ilé Ìlù, सह्याद्री,
Троянск, Шарена, กระจูด, Dilijan, Sujukh, Tiramisu, Marmalade, Garrigues, Priorat, Garrotxa,
romaní, Uilmark, Pottebakkery, terugvoer, nor any member or vendor name of this round is in them.
Found and no sign of the same layout: Tiki's quoteheader (the quote head class of SMF and ElkArte
in rounds 4, 8 and 9 and forums_general, and of round 47's Zikula Dizkus: other engines' markup of
the same name), Slash's commentBody (the Dread page of forums_general: other markup; round 51's
Ploneboard has boardCommentBody), class='indent' (round 9's e107 forum: a reply's indent there, no
signature) and "👍" (round 16's Gitea reactions).
Names first chosen that earlier rounds used were changed before any truth was written: adire
cloth (round 19's Yoruba OXID page: the guestbook's site makes talking drums), mudmee silk from
Surin (round 45's Thai cards: the auction sells a krajood basket), Benjarong and Bo Sang (parsers'
tests and round 45), carpets (round 40's Armenian carpet weavers: the vendor, first Ani.Gorg, sells
dried fruit; its first key was thrown away and a new one made for the new name), thyme honey
(parsers' tests) and Montseny (two earlier pages). Round 52, built at the same time by another
helper in the same working tree, takes templates named A to M and this round N to Z; its page names
and their html lang attributes (read, not its pages' content nor its module) show pages in
Georgian, Icelandic, Ukrainian and Greek, a vendor page with an SVG and a Greek listing with an
offer: this round's Ukrainian Slash page, Georgian profile (its figures first drawn in an SVG
card), Icelandic feedback page and Greek offers page were then rewritten in Macedonian, Marathi
(figures in Devanagari digits, no SVG), Afrikaans and Catalan before any truth was written, so
that the two rounds share neither a language nor a layout.
Languages: Slovenian, Macedonian, Latvian, Yoruba, Marathi, Bulgarian, Thai, Armenian, Catalan
and Afrikaans. One page is in WINDOWS-874 (the Thai Windows code page; no earlier page declared
it, round 16's Thai issue is TIS-620): declared by ``<meta http-equiv="Content-Type"
content="text/html; charset=windows-874">``; its Thai letters are TIS-620's bytes, but its curly
quotes around the item's name (0x93, 0x94), bullets (0x95), dashes (0x96) and ellipsis (0x85)
are bytes TIS-620 leaves to control codes. Python names the code page cp874 (no codec answers to
"windows-874"): ENCODINGS reads it so.

forum pages
  - a TIKI WIKI CMS GROUPWARE forum thread (Slovenian, "Klekljarski kotiček", which thread for
    Idrija bobbin lace), rebuilt from tikiorg/tiki templates/tiki-view_forum_thread.tpl (read: the
    forum's name as the page's title, the t_navbar buttons, div#thread-breadcrumb "Forums > FORUM
    > THREAD", the prev/next topic links, the thread actions menu, article.top_post with
    comment.tpl first='y', the comments, the time_control form), templates/comment-header.tpl
    (read: header.panel-heading.postbody-title, the monitor button, h2.panel-title for the first
    post only), comment-body.tpl (read: div.content > div.author > span.author_info >
    span.author_post_info "on DATE, by NAME" with span.author_post_info_on and _by,
    span.author_posts "posts: N", the stars and online icons, then the parsed body, the
    attachments), comment-footer.tpl (read: the Reads of the first post, back-to-top, the Reply
    button), comments.tpl (read: the sort form, the post dialog) and
    lib/wiki-plugins/wikiplugin_quote.php (read: div.quoteheader "NAME wrote:" and
    div.quotebody); the fivealive frame, the Slovenian strings and the date format as remembered.
    The h1 is the forum "Klekljanje", the thread's title the first post's h2 and the crumbs' end;
    "objave: N" the posts (no join day shown).
  - a SLASH story with its comments (Macedonian, "Работилница „Длето“", saving an old wooden hand
    plane), rebuilt from jmcvetta/slashcode themes/slashcode/templates/dispComment;misc;default
    (read: li#tree_CID.comment, div.commentTop with div.title's h4 subject and "(Score:N,
    REASON)", div.details "by <a>NICK (UID)</a> on DATE (#CID)", div.commentBody with
    comment_body_CID and div.sig) and dispStory;misc;default (read: "posted by AUTHOR
    ATSTORYTIME", "from the DEPT dept.", the topic image, the introtext); the 2.x div layout of
    the story, ul#commentlisting with the replies in ul#commtree_CID, the comment control box and
    the slashboxes as remembered. The story is the first post, its "во петок 13 ноември, @21:05"
    without a year (Slash's story time leaves it out: 2026); the comments follow in the page's
    TREE order, so ОБЛАЧЕ's 11:02 reply under the anonymous comment comes before Горан
    Трајковски's 10:10 thanks; the number after a name is the member's user id, no count; an
    anonymous comment's author is the name shown ("Анонимен"); "Dimitar85 пишува:" over a
    div.quote is a quote; the subjects, scores and the signature are no body. No statistics.
  - a PMWIKI talk page (Latvian, "Krāsnsmūrnieku wiki", drying a new clay bread oven), written
    from memory of PmWiki's default skin (div#wikilogo, div#wikihead, table#wikimid with
    td#wikileft's sidebar and td#wikibody, div#wikicmds, div#wikititle with div.pagegroup and
    h1.pagetitle, div#wikitext, div#wikifoot with div.lastmod) and of its markup's output (p.vspace
    paragraphs, div.indent for "->" lines, "----" as hr, "~~~~" as the signer's Profiles link and
    the time): no element holds a comment; each ends with "-- NAME 2026-11-15 18:20" in its last
    paragraph or indent, replies are indents, a quote is a div.quote under "NAME rakstīja:". A
    comment is the run of lines up to its signature; its body without the signature.
  - an onion site's GUESTBOOK shown NEWEST FIRST ("Ilé Ìlù", Yoruba, a house of dùndún drum
    makers), this round's own markup: a sign form (name, place, message, a sum to answer), then
    one table.oa-akosile per entry, "Orúkọ:" the name, "Ọjọ́:" the time ("Òní" today, "Àná"
    yesterday, "17/11/2026, 21:14"), "Láti:" a town, "Nọ́mbà:" #57 down to #54, the message in a
    row of its own; "Ojú-ìwé tó kàn »" to page 2. A guestbook is a thread (the h1 its title), its
    entries posts in page order; no statistics.
  - a member PROFILE with DEVANAGARI DIGITS ("सह्याद्री भटकंती", Marathi, hill-fort trekkers),
    this round's own markup: h1 राजू पाटील, a rank, four li each a figure in b before its word
    ("१,७६४ पोस्ट", "८८ विषय", "३,२१५ आभार", "१४२ किल्ले सर"), "सदस्य <time
    datetime="2017-04-09">९ एप्रिल २०१७</time> पासून"; the last visit, the about text's years and
    the recent posts' dates no statistics.

market pages (only innocuous goods: a painted jug, a woven basket, dried fruit, honey, mugs)
  - a WP E-COMMERCE product page (Bulgarian, "Шарена стомна", a Troyan jug), rebuilt from
    wp-e-commerce/WP-e-Commerce wpsc-theme/wpsc-single_product.php (read: div#single_product_page_
    container, the breadcrumbs, div.single_product_display with div.imagecol and div.productcol,
    div.product_description, div.custom_meta's "<strong>NAME: </strong>VALUE<br />" facts, the
    variation fieldset, div.wpsc_product_price with the stock line, "Old Price:" span.oldprice,
    "Price:" span.currentprice, "You save:" span.yousave and "Shipping:" span.pp_price, the buy
    button) and wpsc-list_view.php (read, for the products page's classes); the Twenty Ten frame,
    the widgets, the breadcrumb markup and the Bulgarian strings as remembered. The price is the
    euros, "19,50 € (38,14 лв.)" (the leva in brackets at the fixed 1.95583, the old price, the
    saving and the shipping no price); "Продавач:", "Изпраща се от:", "Доставка до:" the vendor
    and places ("Майстор:" the potter, no vendor); the last category crumb Троянска керамика.
  - a Thai AUCTION in WINDOWS-874 ("ตลาดประมูลยามค่ำ", a krajood basket), this round's own
    markup: "ราคาประมูลล่าสุด: ฿1,350" (the latest of nine bids), "ราคาเริ่มต้น: ฿600" (the start),
    "ราคาซื้อทันที: ฿2,400" (buy now, "≈ 0.442 XMR" at the bar's rate) over its button, the bid
    history, the postage; the seller box "ผู้ขาย:", "ส่งจาก:", "ส่งถึง:"; the dates in the
    Buddhist era (2569). The price is the buy-now price, the one a buyer can pay for the item now
    (bids, the start and the postage no price).
  - an Armenian VENDOR page with IMPORTED reputation ("Շուկա Լուսին", Dilijan.Sujukh), this
    round's own markup: a dl of this market's figures ("Շուկայում է՝ 2024 թ. մարտի 5-ից",
    "Կարծիքներ՝ 412", "Դրական՝ 98,8 %", sales and disputes), a table of two other markets'
    figures the vendor proved by a PGP signature (3 870 at 97,9 %, 1 155 at 99,4 %; "not counted
    above"), the fingerprint in groups of four over the armoured key in a details element, three
    product links (no records), three recent reviews.
  - a Catalan catalogue product's OFFERS ("La Porxada", rosemary honey), this round's own markup:
    h1 the product, "Des de 12,90 €" (the lowest, no listing of its own), the crumbs' last Mel,
    a table of four vendors' offers sorted by price (Venedor, "Envia des de", "Envia a",
    Valoració "99,2 % (1.204)", Preu over "≈ N XMR" at the bar's rate); every row a listing of
    the product with its own vendor, places and price; the similar products no records.
  - an Afrikaans FEEDBACK page of THUMBS ("Uilmark", Pottebakkery Hettie), this round's own
    markup: a meter "98,3%" with "positief", "1 225 terugvoere altesaam · 👍 1 204 · 👎 21", the
    vendor's sales and join day, a table of reviews each rated by a thumb emoji; "Volgende ›" to
    page 2.
The key is a REAL OpenPGP v4 public key (ed25519) generated for this round with gpg in a
throwaway GnuPG home under /tmp that was deleted afterwards.

How close each page is to a real site: the Tiki, Slash and WP e-Commerce pages follow their
engines' markup as read above (strings as their language files write them or translated as a site
would); the PmWiki page follows PmWiki's skin and markup output as remembered; the other five are
shaped from memory of onion sites (guestbooks, profiles, auctions, imported reputations, catalogue
offers, feedback pages). Page frames, strings and all content are invented for this round; sites
and addresses are fictional (made-up 56-character .onion names; the Armenian key's user id an
.example address, inside its base64; www.w3.org only in doctypes and XHTML namespaces, never
fetched).

Truth conventions, as rounds 24-51: a post's body without quotes, signatures, edit notes,
attachment lists, a comment's own subject and score; quotes name the quoted members as the page
writes them; an article or story is the first post and its comments follow in page order (a tree
in its page order, a guestbook newest first as shown); relative dates resolve against the
harness's NOW_TIME (2026-11-20 12:00); a date shown without its year is of 2026; an author record
for every poster whose statistics the page shows, once, in order of first post (none where a page
shows none); a profile gives its member's record; a listing's price is the one a buyer pays for
one item now (conversions into another currency, old prices, savings, postage, bids and the start
of an auction, other items' and the catalogue's lowest price no price); the category is the last
category crumb; a page of one product's offers gives every offer the product's title and
category; a vendor page's product links give no listing records and its figures are this
market's; a feedback page gives its vendor's record with the totals shown (the positive share its
rating, has_pgp_key None).

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (553dd4b) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py --round
53 --side holdout --misses``): those of 747bc53 (the last session's end), of 7dbbd68 (rounds 44 and
45 mended), of 01a5e67 (rounds 46 and 47 too), of 285cf77 (rounds 48 and 49 too) and of 3ee634f
(rounds 50 and 51 too). None had seen this round's pages; every helper who wrote those mends kept it
out of every scan.

    template                 747bc53  7dbbd68  01a5e67  285cf77  3ee634f
    pmwiki_talk_lv             0.000    0.000    0.000    0.000    0.270  (comments end in signatures)
    sahyadri_profile_mr        0.000    0.000    0.000    0.000    0.000  (Devanagari figures)
    porxada_offers_ca          0.171    0.222    0.222    0.222    0.222  (offers as listings)
    uilmark_feedback_af        0.200    0.200    0.200    0.200    0.200  (read as cards)
    slash_story_comments_mk    0.229    0.229    0.229    0.229    0.229  (a comment tree)
    talatpramoon_auction_th    0.286    0.286    0.286    0.286    0.286  (an auction's buy-now)
    shukalusin_vendor_hy       0.769    0.769    0.857    0.857    0.857  (since)
    tiki_forum_thread_sl       0.818    0.818    0.818    0.818    0.818  (title; posters' stats)
    wpsc_single_product_bg     0.933    0.933    0.933    0.933    0.933  (vendor)
    yaraalejo_guestbook_yo     0.947    0.947    0.947    0.947    0.947  (a poster)
    overall                    0.492    0.498    0.504    0.504    0.518

This round and round 52 are this session's last blind measure: the parsers of 747bc53 are the last
session's, those of 7dbbd68 carry this session's mends of rounds 44 and 45, those of 01a5e67 those
of rounds 46 and 47 too, those of 285cf77 those of rounds 48 and 49 too, those of 3ee634f those of
rounds 50 and 51 too. The mends of rounds 44 and 45 carried here on the offers' category (+0.006),
those of rounds 46 and 47 on the vendor's feedback count (+0.006), those of rounds 48 and 49
nothing; those of rounds 50 and 51 on the PmWiki talk page, read as a thread since, its posts'
authors a post off (+0.014). Blind scores of the rounds (3 to 52): 0.646, 0.778, 0.714, 0.946,
0.798, 0.699, 0.601, 0.750, 0.857, 0.466, 0.612, 0.538, 0.773, 0.313, 0.694, 0.684, 0.376, 0.578,
0.517, 0.514, 0.848, 0.777, 0.858, 0.406, 0.782, 0.902, 0.752, 0.831, 0.738, 0.820, 0.891, 0.770,
0.942, 0.679, 0.736, 0.893, 0.837, 0.587, 0.741, 0.919, 0.667, 0.858, 0.710, 0.764, 0.720, 0.664,
0.543, 0.678, 0.559, 0.602 and here 0.518 (0.492 at this session's start). KNOWN_MISSES holds every
wrong value of 3ee634f. This round is BLIND: do not tune the parsers on its pages; mend a miss only
as a general mechanism, with test pages of its own, and say so here.
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

DATA = Path(__file__).parent / "data" / "general_r53"

_KLEK = "http://klekljarskikoticekavg4kv5b3f7kz3qupl6o63ncmlf7qzoxg3fttd.onion"
_DLET = "http://dletorabotilnica6rfgy356o7og422opxnyftdng3ab3nq37n3wpk3d.onion"
_KRAS = "http://krasnsmurniekijtegojdrwcowoexotwxo6pq5mjk6w6oqkwx5w75otd.onion"
_ILU = "http://ileiluyaraalejoo44xrvc4yshhevgavsrgnti2cwjer7g4ka4qnyfyd.onion"
_SAHY = "http://sahyadribhatkantiayh7o5xshjbbld5inouxjugn55bsrpwgliiejed.onion"
_SHAR = "http://sharenastomnayxp4qgc6qhax454gs7bcblgswmg55mhjnqd6xuxolqd.onion"
_TALA = "http://talatpramoonoih5ajjft34pr4kg6m4cfwkwbfbxswicjsgqgghu6p4d.onion"
_SHUK = "http://shukalusin7u3q7nh3ztsngoetvvr7whxkb673xldolyibkzdwyuknyd.onion"
_PORX = "http://porxada2ibyyurl7b6kj6hbijlvhkpo4drvaukvwzzutkw7r4f6qkksd.onion"
_UILM = "http://uilmarkxgb4lr2mkm4zi6ghpqzdty3lqib7cv5zkiju3oow7gspnrtdd.onion"
_FP_SHUK = "7C766F5A5418A45405738B0F7F3D0A0D66A95614"

_THAI = "holdout/talatpramoon_auction_buynow_thb_th_cp874.html"
#: Pages not in UTF-8, with the encoding they are read in: the Thai page declares windows-874,
#: which Python knows as cp874.
ENCODINGS = {_THAI: "cp874"}

_HONEY = "Mel de romaní de les Garrigues, 500 g"

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # Tiki forum thread, Slovenian: the h1 the FORUM (Klekljanje); the first post's h2 and the
    # crumbs' end the title; "dne DATE, avtor NAME" the heads; "objave: N" the posts (no join
    # day); "Marjeta Kavčič je napisal(a):" over div.quotebody a quote; the attachment no body.
    "holdout/tiki_forum_thread_sl.html": {
        "template": "tiki_forum_thread_sl",
        "url": _KLEK + "/tiki-view_forum_thread.php?comments_parentId=1184&forumId=3", "type": "thread",
        "records": [
            {"type": "thread", "title": "Kateri sukanec za idrijski ris?"},
            _post("Marjeta Kavčič", "2026-11-16T19:42:00", 0,
                  "Letos sem začela s tečajem idrijske čipke in učiteljica priporoča lanen sukanec.\n"
                  "V trgovini imajo le bombažnega številke 40, ali je ta primeren za ris?", []),
            _post("IdrijskaČipka", "2026-11-17T08:15:00", 1,
                  "Za ris je najboljši lanen sukanec številka 50 ali 60, bombaž je premehak in se vozla.\n"
                  "Če ga ne dobite v trgovini, ga lahko naročite pri čipkarski šoli.", ["Marjeta Kavčič"]),
            _post("tina.z", "2026-11-19T20:30:00", 2,
                  "Jaz delam z bombažnim sukancem že tri leta in nimam težav.\n"
                  "Pomembno je le, da so klekeljni dovolj težki.", []),
            _post("Marjeta Kavčič", "2026-11-20T09:05:00", 3,
                  "Hvala obema, v soboto grem v Idrijo po lanen sukanec.", []),
            _author("Marjeta Kavčič", 27, None),
            _author("IdrijskaČipka", 1486, None),
            _author("tina.z", 203, None),
        ],
    },
    # Slash story and comments, Macedonian: the story's h3 the title; the story the first post
    # ("објави NAME во петок 13 ноември, @21:05": 2026); the comments in TREE order ("од NICK
    # (UID) во DAY DATE, 2026 @TIME"; the UID no count); "Анонимен" an author; "Dimitar85
    # пишува:" over div.quote a quote; the h4 subjects, scores and div.sig no body.
    "holdout/slash_story_comments_mk.html": {
        "template": "slash_story_comments_mk", "url": _DLET + "/article.pl?sid=26/11/13/2105214",
        "type": "thread",
        "records": [
            {"type": "thread", "title": "Како да се спаси старо дрвено ренде"},
            _post("Горан Трајковски", "2026-11-13T21:05:00", 0,
                  "Минатата недела на бувлискиот пазар во Битола купив старо дрвено ренде за двесте денари.\n"
                  "Сечивото е ’рѓосано, а телото е напукнато кај клинот. Дали вреди да се спасува, или "
                  "подобро да барам друго?", []),
            _post("Dimitar85", "2026-11-18T20:40:00", 1,
                  "Сечивото потопете го во оцет едно деноноќие, а потоа поминете со ситна шмиргла.\n"
                  "Пукнатината кај клинот може да се стегне со две месингани шипки на епоксид.", []),
            _post("Ана Стојанова", "2026-11-19T07:55:00", 2,
                  "Само не држете го подолго од едно деноноќие, инаку оцетот ќе го изеде металот.\n"
                  "По оцетот веднаш намачкајте го сечивото со масло за да не ’рѓоса повторно.",
                  ["Dimitar85"]),
            _post("Анонимен", "2026-11-19T13:20:00", 3,
                  "Ако пукнатината е долга, полесно е да направите ново тело од габер.", []),
            _post("ОБЛАЧЕ", "2026-11-20T11:02:00", 4,
                  "Габерот е добар, но крушата полесно се обработува и помалку пука.", []),
            _post("Горан Трајковски", "2026-11-20T10:10:00", 5,
                  "Ви благодарам на сите! Сечивото е веќе во оцет, а шипките ги купив утрово.", []),
        ],
    },
    # PmWiki talk page, Latvian: h1.pagetitle the title; every comment the lines up to its
    # signature "-- NAME 2026-11-15 18:20" (a Profiles link and the time), replies indents;
    # "MĀRTIŅŠ rakstīja:" over div.quote a quote; the page's note above the first hr no post.
    "holdout/pmwiki_talk_signatures_lv.html": {
        "template": "pmwiki_talk_lv", "url": _KRAS + "/Krasnis/JaunasKrasnsZavesana-Talk", "type": "thread",
        "records": [
            {"type": "thread", "title": "Jaunas māla krāsns žāvēšana (diskusija)"},
            _post("Jānis Ozols", "2026-11-15T18:20:00", 0,
                  "Krāsni pabeidzu mūrēt pirms divām nedēļām, māls vēl ir tumšs un mitrs.\n"
                  "Kad drīkst iekurt pirmo reizi, un cik lielu uguni drīkst kurt sākumā?", []),
            _post("MĀRTIŅŠ", "2026-11-16T08:05:00", 1,
                  "Pirmās divas nedēļas kurini tikai ar sveci vai mazu spuldzi krāsns iekšā, durtiņas turi "
                  "vaļā.\n"
                  "Pēc tam katru dienu mazu uguni no sausām skaidām, ne ilgāk par stundu.", []),
            _post("IlzeK", "2026-11-18T21:15:00", 2,
                  "Sveci es neliktu, mums no tās uz velves palika kvēpu plankums.\n"
                  "Labāk ielikt bļodu ar karstām oglēm no plīts un aizvērt durtiņas uz pusi.", ["MĀRTIŅŠ"]),
            _post("agris.p", "2026-11-19T19:40:00", 3,
                  "Mēs žāvējām ar sildītāju, ko ieliek pa krāsns muti, tas aizņēma desmit dienas.", []),
            _post("Jānis Ozols", "2026-11-20T09:30:00", 4,
                  "Paldies! Sākšu ar oglēm un pēc nedēļas izmēģināšu pirmo maizi.", []),
        ],
    },
    # Yoruba guestbook, newest first: the h1 the title; one table per entry, "Orúkọ:" the name,
    # "Ọjọ́:" the time ("Òní" today, "Àná" yesterday); the town and number no body; "Ojú-ìwé tó
    # kàn »" to page 2.
    "holdout/yaraalejo_guestbook_newest_first_yo.html": {
        "template": "yaraalejo_guestbook_yo", "url": _ILU + "/yara-alejo", "type": "thread",
        "next": _ILU + "/yara-alejo?oju=2",
        "records": [
            {"type": "thread", "title": "Ìwé Àlejò"},
            _post("TOLU", f"{day_ago(0)}T09:05:00", 0,
                  "Mo ra ìlù gángan kékeré fún ọmọ mi, ó dé láìléwu.\n"
                  "Ohùn rẹ̀ dùn gan-an, ẹ ṣé o!", []),
            _post("kemi.oyo", f"{day_ago(1)}T18:30:00", 1,
                  "Ẹ jọ̀ọ́, ṣé ẹ máa ń ta awọ fún àtúnṣe ìlù dùndún?\n"
                  "Awọ ìlù bàbá mi ti ya lẹ́yìn ọdún mẹ́wàá.", []),
            _post("Adéwálé Ògúnbánjọ", "2026-11-17T21:14:00", 2,
                  "Iṣẹ́ ọwọ́ yín dára púpọ̀, mo rí ìlù yín níbi ayẹyẹ ní Ọ̀yọ́.\n"
                  "Ẹ máa bá iṣẹ́ rere yín lọ.", []),
            _post("Funmi2019", "2026-11-15T08:40:00", 3,
                  "Ojú-ìwé yìí ṣí kíákíá lórí Tor, ó yà mí lẹ́nu.", []),
        ],
    },
    # Marathi profile, Devanagari digits: h1 राजू पाटील (the rank no name); "१,७६४ पोस्ट" the
    # posts and "सदस्य ९ एप्रिल २०१७ पासून" joined (topics, thanks, forts climbed, the last
    # visit, the about text's years and the recent posts' dates no statistics of the contract).
    "holdout/sahyadri_profile_devanagari_digits_mr.html": {
        "template": "sahyadri_profile_mr", "url": _SAHY + "/members/1187", "type": "profile",
        "records": [_author("राजू पाटील", 1764, "2017-04-09")],
    },
    # WP e-Commerce product, Bulgarian: h1.entry-title and the last crumb the title; "Цена:
    # 19,50 € (38,14 лв.)" the price in euros (the leva a conversion; old price, saving and
    # shipping no price); the custom meta Продавач, Изпраща се от, Доставка до; the last
    # category crumb Троянска керамика.
    "holdout/wpsc_single_product_eur_bgn_bg.html": {
        "template": "wpsc_single_product_bg",
        "url": _SHAR + "/products-page/keramika/troyanska-keramika/troyanska-kana-paunovo-oko/",
        "type": "listing",
        "records": [_listing("Троянска кана с „пауново око“, 1 л", 19.5, "EUR", "TroyanskaKeramika",
                             "Троянска керамика", "България", ["България", "Европейски съюз"])],
    },
    # Thai auction in windows-874: h1.rz-title; "ราคาซื้อทันที: ฿2,400" the price (the latest bid
    # ฿1,350, the start ฿600, the XMR conversion and the postage no price); "ผู้ขาย:", "ส่งจาก:",
    # "ส่งถึง:" the seller box; the last crumb งานจักสาน.
    _THAI: {
        "template": "talatpramoon_auction_th", "url": _TALA + "/lot/88412", "type": "listing",
        "records": [_listing("กระเป๋าสานกระจูดทรงถัง “ทะเลน้อย” ขนาดกลาง", 2400.0, "THB", "krajood.pt",
                             "งานจักสาน", "ประเทศไทย", ["ทั่วโลก"])],
    },
    # Armenian vendor with imported reputation: h1.ls-anun Dilijan.Sujukh (its badges no name);
    # this market's "Կարծիքներ՝ 412", "Դրական՝ 98,8 %", "Շուկայում է՝ 2024 թ. մարտի 5-ից" (the
    # imported table's markets, sales and disputes no figures of it); the key in the details. The
    # three products are links, not records.
    "holdout/shukalusin_vendor_imported_rep_pgp_hy.html": {
        "template": "shukalusin_vendor_hy", "url": _SHUK + "/vendor/Dilijan.Sujukh", "type": "vendor",
        "records": [_vendor("Dilijan.Sujukh", 412, 98.8, "2024-03-05", _FP_SHUK)],
    },
    # Catalan offers of one catalogue product: every row a listing of the h1's product with its
    # vendor, "Envia des de", "Envia a" and Preu (the XMR conversions, "Des de 12,90 €" and the
    # similar products no price); the crumbs' last Mel the category.
    "holdout/porxada_product_offers_eur_ca.html": {
        "template": "porxada_offers_ca", "url": _PORX + "/cataleg/p/318", "type": "listing_index",
        "records": [
            _listing(_HONEY, 12.9, "EUR", "ABELLES DEL PRIORAT", "Mel", "Espanya", ["Espanya"]),
            _listing(_HONEY, 14.5, "EUR", "RuscDeLaGarrotxa", "Mel", "Espanya", ["Unió Europea"]),
            _listing(_HONEY, 16.0, "EUR", "Garrigues77", "Mel", "Andorra", ["Tot el món"]),
            _listing(_HONEY, 17.2, "EUR", "ruscs-prades", "Mel", "Espanya", ["Espanya", "Andorra"]),
        ],
    },
    # Afrikaans feedback of thumbs: Pottebakkery Hettie; "1 225 terugvoere altesaam" and the
    # meter's "98,3%" positief (the thumbs' counts, the sales and the join day no totals);
    # "Volgende ›" to page 2.
    "holdout/uilmark_feedback_thumbs_meter_af.html": {
        "template": "uilmark_feedback_af", "url": _UILM + "/verkoper/pottebakkery-hettie/terugvoer",
        "type": "feedback", "next": _UILM + "/verkoper/pottebakkery-hettie/terugvoer?bladsy=2",
        "records": [_feedback_vendor("Pottebakkery Hettie", 1225, 98.3)],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers gave on the holdout side where it differs from TRUTH, measured once, blind
# (parsers of 3ee634f). Key: "kind[i].field" (or "page_type"); value: what the parsers gave.
KNOWN_MISSES: dict[str, dict[str, Any]] = {
    "holdout/pmwiki_talk_signatures_lv.html": {
        "post[0].author": 'MĀRTIŅŠ',
        "post[0].posted_at": '2026-11-16T08:05:00',
        "post[0].body": (
            'Pēc tam katru dienu mazu uguni no sausām skaidām, ne ilgāk par stundu. -- 2026-11-16 '
            '08:05'),
        "post[1].author": 'IlzeK',
        "post[1].posted_at": '2026-11-18T21:15:00',
        "post[1].body": (
            'Labāk ielikt bļodu ar karstām oglēm no plīts un aizvērt durtiņas uz pusi. -- 2026-11-18 '
            '21:15'),
        "post[2].author": 'Jānis Ozols',
        "post[2].posted_at": '2026-11-20T09:30:00',
        "post[2].body": (
            'Paldies! Sākšu ar oglēm un pēc nedēļas izmēģināšu pirmo maizi. -- 2026-11-20 09:30'),
        "post[2].quotes": [],
        "post[3].author": None,
        "post[3].posted_at": None,
        "post[3].index": None,
        "post[3].body": None,
        "post[4].author": None,
        "post[4].posted_at": None,
        "post[4].index": None,
        "post[4].body": None,
    },
    "holdout/porxada_product_offers_eur_ca.html": {
        "page_type": 'listing',
        "listing[0].vendor": 'RuscDeLaGarrotxa',
        "listing[0].ships_from": None,
        "listing[0].ships_to": ['Valoració'],
        "listing[1].title": None,
        "listing[1].price": None,
        "listing[1].currency": None,
        "listing[1].vendor": None,
        "listing[1].category": None,
        "listing[1].ships_from": None,
        "listing[1].ships_to": None,
        "listing[2].title": None,
        "listing[2].price": None,
        "listing[2].currency": None,
        "listing[2].vendor": None,
        "listing[2].category": None,
        "listing[2].ships_from": None,
        "listing[2].ships_to": None,
        "listing[3].title": None,
        "listing[3].price": None,
        "listing[3].currency": None,
        "listing[3].vendor": None,
        "listing[3].category": None,
        "listing[3].ships_from": None,
        "listing[3].ships_to": None,
    },
    "holdout/sahyadri_profile_devanagari_digits_mr.html": {
        "page_type": 'forum_index',
        "author[0].name": None,
        "author[0].post_count": None,
        "author[0].joined": None,
    },
    "holdout/shukalusin_vendor_imported_rep_pgp_hy.html": {
        "vendor[0].member_since": '2026-03-05',
    },
    "holdout/slash_story_comments_mk.html": {
        "post[0].author": 'Благодарам',
        "post[0].posted_at": None,
        "post[0].body": (
            'Dimitar85 пишува:\nСечивото потопете го во оцет едно деноноќие\nСамо не држете '
            'го подолго од едно деноноќие, инаку оцетот ќе го изеде металот.\nПо оцетот веднаш '
            'намачкајте го сечивото со масло за да не ’рѓоса повторно.'),
        "post[1].author": 'Анкета',
        "post[1].posted_at": None,
        "post[1].body": 'Со што најчесто рендате?\nсо дрвено ренде\nсо метално ренде\nсо електрично ренде',
        "post[2].author": None,
        "post[2].posted_at": None,
        "post[2].index": None,
        "post[2].body": None,
        "post[2].quotes": None,
        "post[3].author": None,
        "post[3].posted_at": None,
        "post[3].index": None,
        "post[3].body": None,
        "post[4].author": None,
        "post[4].posted_at": None,
        "post[4].index": None,
        "post[4].body": None,
        "post[5].author": None,
        "post[5].posted_at": None,
        "post[5].index": None,
        "post[5].body": None,
    },
    "holdout/talatpramoon_auction_buynow_thb_th_cp874.html": {
        "listing[0].title": '¡ÃÐà»ëÒÊÒ¹¡ÃÐ¨Ù´·Ã§¶Ñ§ “·ÐàÅ¹éÍÂ” ¢¹Ò´¡ÅÒ§',
        "listing[0].price": 0.442,
        "listing[0].currency": 'XMR',
        "listing[0].category": '§Ò¹¨Ñ¡ÊÒ¹',
        "listing[0].ships_from": None,
        "listing[0].ships_to": [],
    },
    "holdout/tiki_forum_thread_sl.html": {
        "author[0].name": None,
        "author[0].post_count": None,
        "author[1].name": None,
        "author[1].post_count": None,
        "author[2].name": None,
        "author[2].post_count": None,
        "thread[0].title": 'Klekljanje',
    },
    "holdout/uilmark_feedback_thumbs_meter_af.html": {
        "page_type": 'listing_index',
        "vendor[0].name": None,
        "vendor[0].feedback_count": None,
        "vendor[0].rating": None,
    },
    "holdout/wpsc_single_product_eur_bgn_bg.html": {
        "listing[0].vendor": None,
    },
    "holdout/yaraalejo_guestbook_newest_first_yo.html": {
        "post[3].author": 'Abẹ́òkúta',
    },
}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(0.518)
_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)

_text = ROUND.page_text(ENCODINGS)
_posts = ROUND.records_of("post")
_listings = ROUND.records_of("listing")
_authors = ROUND.author_stats


def _found(pattern: str, text: str) -> str:
    """The first group of ``pattern``'s one match in ``text`` (a check of the page, not a parse)."""
    match = re.search(pattern, text, re.S)
    assert match is not None, pattern
    return match.group(1)




def test_five_forum_pages_and_five_market_pages() -> None:
    kinds = [t["type"] for t in TRUTH.values()]
    kinds_shown = ("thread", "profile", "listing", "listing_index", "vendor", "feedback")
    assert [kinds.count(k) for k in kinds_shown] == [4, 1, 2, 1, 1, 1]
    for page, truth in TRUTH.items():
        if truth["type"] == "thread":
            authors = [p["author"] for p in _posts(page)]
            assert [p["index"] for p in _posts(page)] == list(range(len(authors)))
            # An author record for every poster whose statistics are shown, once, in order of
            # first post (only the Tiki thread shows any).
            names = [r["name"] for r in ROUND.records_of("author")(page)]
            assert names in ([], list(dict.fromkeys(authors))), page
        else:
            assert truth["records"] and _posts(page) == [], page
    # Three of the four threads quote a member; a guestbook's entries quote nobody.
    quoting = [page for page in TRUTH if any(p["quotes"] for p in _posts(page))]
    assert len(quoting) == 3 and "guestbook" not in " ".join(quoting)


def test_ten_languages_none_of_rounds_48_to_51_and_one_page_in_windows_874() -> None:
    langs = ROUND.page_langs(ENCODINGS)
    assert sorted(langs.values()) == ["af", "bg", "ca", "hy", "lv", "mk", "mr", "sl", "th", "yo"]
    used = set()
    for path in (p for n in range(48, 52) for p in (DATA.parent / f"general_r{n}").glob("*/*.html")):
        found = re.search(rb'<html[^>]* lang="([a-zA-Z-]+)"', path.read_bytes())
        if found:
            used.add(found.group(1).decode().split("-")[0].lower())
    assert len(used) > 20 and not set(langs.values()) & used
    assert set(ENCODINGS) == {page for page in TRUTH if "cp874" in page}
    # No earlier page declared windows-874 (round 16's Thai issue is TIS-620).
    earlier = [p for n in range(3, 52) for p in (DATA.parent / f"general_r{n}").glob("*/*.html")]
    assert earlier and not any(b"windows-874" in p.read_bytes().lower() for p in earlier)


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
test_every_post_body_is_written_on_its_page_line_by_line = ROUND.bodies_on_its_page(ENCODINGS)
test_every_address_of_the_truth_and_the_pages_is_a_fictional_host = ROUND.fictional_hosts(ENCODINGS)


def test_the_thai_page_is_windows_874_with_its_own_bytes() -> None:
    raw = (DATA / _THAI).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'content="text/html; charset=windows-874"' in raw and raw.count(b"charset=") == 1
    # The title's curly quotes are bytes 0x93 and 0x94, the baht sign 0xDF, the bullets 0x95;
    # TIS-620 reads the quotes as C1 control codes, so only cp874 gives the title a human reads.
    title = TRUTH[_THAI]["records"][0]["title"]
    assert title.encode("cp874") in raw and b"\x93\xb7\xd0\xe0\xc5\xb9\xe9\xcd\xc2\x94" in raw
    assert raw.count(b"\xdf2,400") == 1 and raw.count(b"\x95 ") >= 6
    assert title not in raw.decode("tis-620") and "\x93" in raw.decode("tis-620")


def test_the_auction_price_is_the_buy_now_price_above_every_bid() -> None:
    text = _text(_THAI)
    (listing,) = _listings(_THAI)
    buy_now = shown_number(_found(r'ราคาซื้อทันที: <span class="rz-buynow">฿([\d,]+)</span>', text), ",")
    latest = shown_number(_found(r"ราคาประมูลล่าสุด:</td><td><b>฿([\d,]+)</b>", text), ",")
    start = shown_number(_found(r"ราคาเริ่มต้น:</td><td>฿([\d,]+)</td>", text), ",")
    bids = [shown_number(b, ",") for b in re.findall(r"<tr><td>\w\*\*\*\w</td><td>฿([\d,]+)</td>", text)]
    assert buy_now == listing["price"] and listing["currency"] == "THB"
    assert bids == sorted(bids, reverse=True) and bids[0] == latest and start < min(bids)
    assert max(latest, start) < buy_now
    rate = shown_number(_found(r"1 XMR &asymp; ฿([\d,]+)", text), ",")
    assert round(buy_now / rate, 3) == float(_found(r"\(&asymp; ([\d.]+) XMR\)", text))
    facts = dict(re.findall(r"<tr><td>([^<]+):</td><td>(?:<a [^>]+>)?([^<]+)", text))
    assert (facts["ผู้ขาย"], facts["ส่งจาก"], [facts["ส่งถึง"]]) == (
        listing["vendor"], listing["ships_from"], listing["ships_to"])
    trail = _found(r'<div class="rz-crumbs">(.*?)</div>', text)
    crumbs = re.findall(r'<a href="/c/[^"]+">([^<]+)</a>', trail)
    assert crumbs[-1] == listing["category"]
    assert _found(r'<h1 class="rz-title">([^<]+)</h1>', text) == listing["title"]


def test_the_tiki_heads_give_names_times_and_posts_and_the_h1_is_the_forum() -> None:
    page = "holdout/tiki_forum_thread_sl.html"
    text = _text(page)
    posts = _posts(page)
    heads = re.findall(r'dne <span class="author_post_info_on">(\w+) (\d+)\. nov\. (\d{4}) (\d\d:\d\d)'
                       r'</span>,\s*avtor <span class="author_post_info_by"><a class="userlink" '
                       r'href="[^"]+" title="[^"]+">([^<]+)</a></span>\s*</span>\s*'
                       r'<span class="author_posts">objave: (\d+)</span>', text)
    weekdays = {16: "pon", 17: "tor", 19: "čet", 20: "pet"}
    assert [weekdays[int(d)] for _, d, *_ in heads] == [w for w, *_ in heads]
    assert [(n, f"{y}-11-{int(d):02}T{t}:00") for _, d, y, t, n, _ in heads] == [
        (p["author"], p["posted_at"]) for p in posts]
    assert {(n, int(c), None) for *_, n, c in heads} == _authors(page)
    title = TRUTH[page]["records"][0]["title"]
    assert _found(r'<h2 class=" panel-title">([^<]+)</h2>', text) == title
    crumbs_end = _found(r'<div id="thread-breadcrumb" class="breadcrumb">.*&gt;\s*([^<&]+?)\s*</div>', text)
    assert crumbs_end == title
    assert _found(r'<h1 class="pagetitle"><a class="pagetitle" [^>]+>([^<]+)</a></h1>', text) == "Klekljanje"
    assert "<div class='quoteheader'>Marjeta Kavčič je napisal(a):</div><div class='quotebody'>" in text
    assert posts[1]["quotes"] == ["Marjeta Kavčič"] and "vzorec_ris_srcek.pdf" in text
    assert all("V trgovini" not in p["body"] for p in posts[1:])


def test_the_slash_tree_is_in_page_order_and_the_user_ids_are_no_counts() -> None:
    page = "holdout/slash_story_comments_mk.html"
    text = _text(page)
    posts = _posts(page)
    story = re.search(r'објави <a href="[^"]+">([^<]+)</a>\s*во петок (\d+) ноември, @(\d\d:\d\d)', text)
    assert story is not None and (story.group(1), f"2026-11-{story.group(2)}T{story.group(3)}:00") == (
        posts[0]["author"], posts[0]["posted_at"])
    heads = re.findall(r'<div class="details">\s*од\s*(?:<a href="/~[^"]+">([^<(]+) \((\d+)\)</a>|(\S+))\s*'
                       r"во \w+ (\d+) ноември, (\d{4}) @(\d\d:\d\d)", text)
    assert [(linked or bare, f"{y}-11-{d}T{t}:00") for linked, _, bare, d, y, t in heads] == [
        (p["author"], p["posted_at"]) for p in posts[1:]]
    # The numbers after the names are user ids (the story's poster's 58 on his comment), no counts.
    assert [int(uid) for _, uid, *_ in heads if uid] == [1204, 877, 2231, 58]
    assert ROUND.records_of("author")(page) == []
    # Tree order: a reply sits under its parent, so the page order is not the time order.
    assert [p["posted_at"] for p in posts] != sorted(p["posted_at"] for p in posts)
    assert text.index('id="tree_3022"') < text.index('id="tree_3020"')
    assert '<div id="comment_body_3015"><p>Dimitar85 пишува:</p><div class="quote">' in text
    assert "Рендам полека" in text and all("Рендам" not in p["body"] for p in posts)
    titles = re.findall(r'<h4><a name="\d+">([^<]+)</a></h4>', text)
    assert len(titles) == 5 and not any(t in p["body"] for t in titles for p in posts)


def test_the_pmwiki_signatures_end_the_comments_and_give_names_and_times() -> None:
    page = "holdout/pmwiki_talk_signatures_lv.html"
    text = _text(page)
    posts = _posts(page)
    wikitext = _found(r"<div id='wikitext'>(.*?)\n</div>\n\n", text)
    signed = re.findall(r"([^>]+) -- <a class='wikilink' href='/Profiles/[^']+'>([^<]+)</a> "
                        r"(\d{4}-\d\d-\d\d) (\d\d:\d\d)\n", wikitext)
    assert [(n, f"{d}T{t}:00") for _, n, d, t in signed] == [(p["author"], p["posted_at"]) for p in posts]
    # Each comment's last line is the words before its signature.
    assert [line for line, *_ in signed] == [p["body"].split("\n")[-1] for p in posts]
    # No element holds a comment: its lines are sibling paragraphs and indents.
    assert wikitext.count("<div class='indent'") == 6 and "<article" not in text and "<li" not in wikitext
    assert "MĀRTIŅŠ rakstīja:\n</div><div class='quote'" in wikitext and posts[2]["quotes"] == ["MĀRTIŅŠ"]
    assert ROUND.records_of("author")(page) == []
    assert _found(r"<h1 class='pagetitle'>([^<]+)</h1>", text) == TRUTH[page]["records"][0]["title"]


def test_the_guestbook_is_newest_first_and_its_relative_days_resolve() -> None:
    page = "holdout/yaraalejo_guestbook_newest_first_yo.html"
    text = _text(page)
    posts = _posts(page)
    rows = re.findall(r"<tr><th>Orúkọ:</th><td><b>([^<]+)</b></td><th>Ọjọ́:</th><td>([^<]+)</td></tr>\s*"
                      r"<tr><th>Láti:</th><td>[^<]+</td><th>Nọ́mbà:</th><td>#(\d+)</td></tr>", text)
    days = {"Òní": day_ago(0), "Àná": day_ago(1)}

    def when(shown: str) -> str:
        day, hour = shown.split(", ")
        if day in days:
            return f"{days[day]}T{hour}:00"
        d, m, y = day.split("/")
        return f"{y}-{m}-{d}T{hour}:00"

    assert [(n, when(s)) for n, s, _ in rows] == [(p["author"], p["posted_at"]) for p in posts]
    assert [int(n) for *_, n in rows] == [57, 56, 55, 54]
    times = [p["posted_at"] for p in posts]
    assert times == sorted(times, reverse=True)  # newest first, as shown
    assert "Àwọn ọ̀rọ̀ tuntun ló ń wá lókè" in text and 'type="password"' not in text
    nxt = TRUTH[page]["next"][len(_ILU):]
    assert f'<a class="oa-tokan" href="{nxt}">Ojú-ìwé tó kàn »</a>' in text
    assert ROUND.records_of("author")(page) == []


def test_the_marathi_profile_writes_its_figures_in_devanagari_digits() -> None:
    page = "holdout/sahyadri_profile_devanagari_digits_mr.html"
    text = _text(page)
    shown = re.findall(r"<li><b>([०-९,]+)</b> ([^<]+)</li>", text)
    figures = {word: int(n.replace(",", "")) for n, word in shown}
    assert figures == {"पोस्ट": 1764, "विषय": 88, "आभार": 3215, "किल्ले सर": 142}
    joined = _found(r'<p class="sy-sadasya">सदस्य <time datetime="([\d-]+)">९ एप्रिल २०१७</time> पासून</p>',
                    text)
    name = _found(r'<h1 class="sy-naav">([^<]+)</h1>', text)
    assert {(name, figures["पोस्ट"], joined)} == _authors(page)
    # No figure of the card is in ASCII digits.
    card = _found(r'<ul class="sy-aakde">(.*?)</ul>', text)
    assert not re.search(r"[0-9]", card)


def test_the_wpsc_price_is_the_euros_and_the_leva_a_fixed_conversion() -> None:
    page = "holdout/wpsc_single_product_eur_bgn_bg.html"
    text = _text(page)
    (listing,) = _listings(page)
    shown = re.findall(r'<span [^>]*class="(oldprice|currentprice pricedisplay)"[^>]*>'
                       r"([\d,]+) € \(([\d,]+) лв\.\)</span>", text)
    prices = {kind.split()[0]: (shown_number(eur, ".", ","), shown_number(bgn, ".", ","))
              for kind, eur, bgn in shown}
    for eur, bgn in prices.values():
        assert round(eur * 1.95583, 2) == bgn
    assert prices["currentprice"][0] == listing["price"] and listing["currency"] == "EUR"
    saved = _found(r'<span class="yousave" id="yousave_412">([\d,]+) €!', text)
    assert round(prices["oldprice"][0] - prices["currentprice"][0], 2) == shown_number(saved, ".", ",")
    facts = dict(re.findall(r"<strong>([^<]+): </strong>([^<]+)<br />", text))
    assert (facts["Продавач"], facts["Изпраща се от"]) == (listing["vendor"], listing["ships_from"])
    assert facts["Доставка до"].split(", ") == listing["ships_to"] and facts["Майстор"] != listing["vendor"]
    crumbs = re.findall(r'<a class="wpsc-crumb" id="wpsc-crumb-\d+" href="[^"]+">([^<]+)</a>', text)
    assert crumbs == ["Керамика", listing["category"]]
    assert _found(r'<h1 class="entry-title">([^<]+)</h1>', text) == listing["title"]


def test_the_imported_reputation_is_no_figure_of_this_market_and_the_key_is_real() -> None:
    page = "holdout/shukalusin_vendor_imported_rep_pgp_hy.html"
    text = _text(page)
    (vendor,) = ROUND.records_of("vendor")(page)
    armour = _found(r"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=\S{4}\n"
                    r"-----END PGP PUBLIC KEY BLOCK-----", text)
    assert v4_fingerprint(armour) == _FP_SHUK == vendor["pgp_fingerprint"]
    assert _found(r"Մատնահետք՝ <code>([0-9A-F ]+)</code>", text).replace(" ", "") == _FP_SHUK
    facts = dict(re.findall(r"<dt>([^<]+)՝</dt><dd>([^<]+)</dd>", text))
    assert int(facts["Կարծիքներ"]) == vendor["feedback_count"]
    assert shown_number(facts["Դրական"].removesuffix(" %"), " ", ",") == vendor["rating"]
    year, day = re.fullmatch(r"(\d{4}) թ\. մարտի (\d+)-ից", facts["Շուկայում է"]).groups()  # type: ignore[union-attr]
    assert f"{year}-03-{int(day):02}" == vendor["member_since"]
    imported = re.findall(r"<tr><td>([^<]+)</td><td>([\d ]+)</td><td>([\d,]+) %</td>", text)
    assert [m for m, *_ in imported] == ["Tiramisu Bazaar", "Marmalade Market"]
    assert all(int(shown_number(c, " ")) != vendor["feedback_count"] for _, c, _ in imported)
    assert f'<h1 class="ls-anun">{vendor["name"]}</h1>' in text and text.count('<a href="/item/') == 3


def test_every_offer_row_is_a_listing_of_the_catalogue_product() -> None:
    page = "holdout/porxada_product_offers_eur_ca.html"
    text = _text(page)
    product = _found(r'<h1 class="xq-nom">([^<]+)</h1>', text)
    trail = _found(r'<nav class="xq-molles">(.*?)</nav>', text)
    category = re.findall(r'<a href="/cataleg[^"]*">([^<]+)</a>', trail)[-1]
    rows = re.findall(r'<tr class="xq-oferta" id="offer-\d+">\s*<td><a href="/vendor/\d+">([^<]+)</a></td>\s*'
                      r"<td>([^<]+)</td>\s*<td>([^<]+)</td>\s*<td>[^<]+</td>\s*"
                      r'<td><span class="xq-preu">([\d,]+) €</span><br>'
                      r'<span class="xq-xmr">≈ ([\d,]+) XMR</span>', text)
    ROUND.check_listings([(product, shown_number(p, ".", ","), "EUR", v, category, f, t.split(", "))
                          for v, f, t, p, _ in rows], page)
    rate = shown_number(_found(r"1 XMR ≈ ([\d,]+) €", text), ".", ",")
    for *_, price, xmr in rows:  # the XMR a conversion at the bar's rate
        assert round(shown_number(price, ".", ",") / rate, 4) == shown_number(xmr, ".", ",")
    lowest = shown_number(_found(r"Des de <b>([\d,]+) €</b>", text), ".", ",")
    assert lowest == min(r["price"] for r in _listings(page)) and len(rows) == 4


def test_the_thumbs_add_up_to_the_total_and_round_to_the_share() -> None:
    page = "holdout/uilmark_feedback_thumbs_meter_af.html"
    text = _text(page)
    (vendor,) = ROUND.records_of("vendor")(page)
    total, up, down = re.search(r'([\d ]+) terugvoere altesaam · <span class="ul-duim">👍</span> ([\d ]+) '
                                r'· <span class="ul-duim">👎</span> (\d+)', text).groups()  # type: ignore[union-attr]
    counts = [int(shown_number(n, " ")) for n in (total, up, down)]
    assert counts[0] == counts[1] + counts[2] == vendor["feedback_count"]
    share = shown_number(_found(r"<b>([\d,]+)%</b> positief", text), " ", ",")
    assert round(100 * counts[1] / counts[0], 1) == share == vendor["rating"]
    assert float(_found(r'<meter class="ul-meter" [^>]*value="([\d.]+)">', text)) == share
    assert vendor["name"] == _found(r"<h1>Terugvoer: ([^<]+)</h1>", text) and vendor["has_pgp_key"] is None
    assert text.count('<td class="ul-duim">') == 4
    nxt = TRUTH[page]["next"][len(_UILM):]
    assert f'<a class="ul-volgende" href="{nxt}">Volgende ›</a>' in text
