"""parsers.parse_page on round-49 generality pages (tests/data/general_r49): a fully BLIND held-out
set of a "typical crawl" in ten BIG languages (Korean, Simplified Chinese, French, Russian,
Spanish, Japanese, Brazilian Portuguese, Arabic, Hindi and Indonesian), five forum pages and five
market pages, in page layouts no earlier round used. Ten pages, all on the HOLDOUT side (no tune
side: no rule was written for any of them), each an engine, template or layout in no earlier
round, with fictional names, words, dates and prices put in. Four forum threads of four public
engines no round used (Rhymix, NexusPHP, SPIP, TorrentPier) and an onion forum's topic list with a
SHOUT BOX beside it; a Welcart product page (a public engine no round used), a market listing
written as an ORDER FORM (escrow, multisig, a vendor bond), a vendor page with a vendor bond, a
PGP-SIGNED vendor statement and a real key, a vendor's PRICE LIST (a table cut by category rows)
and a feedback page that gives stars and a share of positive reviews. Numbers and dates as the
pages write them: "2026.11.17 21:30", NexusPHP's "2天14时前" over a title's exact time, SPIP's
"18 novembre 20:05" with no year, TorrentPier's "17-Ноя-26 21:30" and its "Стаж: 11 лет 2 месяца"
over a title's join day, Levantine month names ("14 آذار 2021"), "0,8420 XMR" with "≈ R$ 1.310,00",
"¥4,180" beside a list price "¥4,950", "4,83 / 5" beside "Positif 96,4%".

Every page is an engine, template or layout in none of rounds 3-47, tests/data/forums_general,
tests/data/markets_general, board_posts, card_chips, card_handles, column_places, dash_pieces,
form_price, glued_labels, kind_shares, list_rows, member_tiles, mend_forum_lists, mend_market_r38,
note_tails, panel_cards, post_words, poster_panels, profile_shapes, prose_profiles, since_line,
solar_hijri, stat_lines, summed_posts, thread_frames, topic_rows or vendor_sections: their
directories were listed (the first word of every page name: no rhymix, nexusphp, spip,
torrentpier, sotano, welcart, vagalume, wahatallail, tarabazaar or pasarrembulan) and grepped, with
the round modules, for each page's class names and words, and none of Rhymix's fbItem, xe_content,
rhymix_content and read_header, NexusPHP's rowfollow and fieldset legend " 引用: NAME ",
TorrentPier's q-wrap, q-head, poster_info and posted_since, SPIP's forum-fil, forum-chapo and
blockquote.spip, Welcart's itempage, field_cprice, itemGpExp, item_custom_field and skuform, nor
the invented prefixes class="st- (the Spanish topic list), vg- (the Portuguese order form), wh-
(the Arabic vendor), tz- (the Hindi price list) or rb- (the Indonesian feedback page), nor the
words Стаж, "Multisig 2-de-3", آذار, "मूल्य सूची", "Espejos verificados", "Chat del Sótano",
Ригонда, 風呂敷, 藍染め, Chaiwala_Siliguri, Batik_Pekalongan, Sadaf_Dimashqi, nor any
member or vendor name of this round is in them. Found and no sign of the same layout: board_read
(round 23's kareha text board), post_body (MyBB pages of rounds 4, 6 and 7), 只看该作者 (round 3's
Discuz thread), "писал(а)" (round 7's MyBB and round 33's Russian thread: the common Russian
quote words), एस्क्रो (rounds 36 and 45's Hindi market pages), Berikutnya and Positif (round 14's
Indonesian market, round 28's Indonesian thread, French feedback pages). Names first chosen that
earlier rounds used were renamed before any truth was written: the vendor Nahhas_Dimashq (round
33's Arabic cards; its first key was thrown away and a new one made for the new name), the member
Паяльник_Петрович (round 10), the site name 다방 (round 39) and 찻잔 (round 36), the vendor name
Darjeeling (parsers' tests) and the product "rede de dormir" (round 38). Round 48, built at the
same time by another helper in the same working tree, takes templates named A to M and this round
N to Z; its page names (read, not its pages) show that it too made a forum index with a shout box
(in Arabic) and a listing with an order form (in English), a vendor bond page in Portuguese and an
ISO-2022-JP page: this round's shout box sits beside a topic list in Spanish, its order form is
in Portuguese and its legacy code page is ISO-8859-6, and its pages were drafted before those
names were seen.
Languages: Korean, Simplified Chinese, French, Russian, Spanish, Japanese, Brazilian Portuguese,
Arabic, Hindi and Indonesian. One page is in ISO-8859-6 (the ISO Arabic code page; rounds declared
windows-1256 but never ISO-8859-6): declared by ``<meta http-equiv="Content-Type"
content="text/html; charset=iso-8859-6">``; every Arabic letter one byte (ع 0xD9, ض 0xD6, و 0xE8)
where windows-1256 has other letters at those places.

forum pages
  - a RHYMIX board document (Korean, "다실 이야기", storing pu-erh tea) in the xedition board skin,
    rebuilt from rhymix/rhymix modules/board/skins/xedition/_read.html and _comment.html (read:
    div.board_read > div.read_header with h1's category link and title link, p.meta's
    span.author, span.time "Y.m.d H:i", span.read_count; div.read_body; div.read_footer with the
    tags, div.sign (the signature, no body) and btnArea; div.feedback#comment > ul.fbList >
    li.fbItem (replies li.fbItem.indent.indentN), div.fbMeta h3.author and p.time, p.action), the
    rendered contents' div.document_N_M / comment_N_M rhymix_content xe_content as remembered,
    and the xedition layout frame and the board list under the document written from memory. The
    document is the first post (posted at its meta time); the four comments follow in page order
    (two nested replies); no quotes, no statistics.
  - a NEXUSPHP forum topic (Simplified Chinese, "书音", a tracker of public-domain audiobooks:
    which microphone to record with), rebuilt from xiaomlove/nexusphp public/forums.php
    (viewtopic: h1's "SITE 论坛-->FORUM--><span id="top">TITLE</span>", per post a table#pidN
    with "#N", get_username's link, the time, 只看该作者 and "N楼", then table.main with
    td.rowfollow's avatar, class image and "帖子：N / 上传： / 下载： / 分享率：" and the body
    div#pidNbody with the edit note "最后被 NAME 编辑于 TIME"; the signature after
    "____________________"), lang/chs/lang_forums.php and lang_functions.php (the strings, 天/时/
    分钟/前) and a quote's ``<fieldset><legend> 引用: NAME </legend>`` as NexusPHP's
    format_comment writes it (read); gettime's relative "2天14时前" in a span whose title holds the
    exact time, and the frame (the reader's own ratio and upload in the info bar), as remembered.
    The posts' times are the titles' (the relative text agrees with them); the statistics give
    no join day.
  - a SPIP article with its FORUM (French, "Les Jardins du Lac", sowing old tomato varieties),
    rebuilt from denisbz/SPIP squelettes-dist/article.html and inc-forum.html (read: div#hierarchie,
    div.cartouche with h1.entry-title and abbr.published title="ISO" over the written day, "par"
    the vcard author; div.texte; h2 "4 messages"; ul.forum > li.forum-fil > div.forum-message >
    div.forum-chapo with strong.forum-titre and small "[affdate_jourcourt]&nbsp;HH:MM, par
    NAME", div.forum-texte; replies in a nested ul); the SPIP 2 frame as remembered. The article
    is the first post (at its abbr's time); the forum messages follow in page order. The short
    dates have no year (SPIP's affdate_jourcourt leaves out the current year: 2026); a reply's
    "Jacques B. a écrit&nbsp;:" over a blockquote.spip is a quote; the messages' own titles are
    no body.
  - a TORRENTPIER topic (Russian, "Ламповый звук", restoring a 1970 radiogram), rebuilt from
    torrentpier/torrentpier styles/templates/default/viewtopic.tpl (read: h1.maintitle a.tt-text,
    table.topic#topic_main, tbody#post_N, td.poster_info with p.nick, p.rank_txt, p.avatar,
    p.joined title="JOIN DAY" "Стаж: ..." (the member's longevity, its day in the title),
    p.posts "Сообщений:", p.from; td.message with div.post_head's "DATE | #N" and
    span.posted_since "(спустя ...)", div.post_body > div.post_wrap, div.signature,
    div.last_edited) and its bbcode quote template (div.q-wrap > div.q head="NAME", read); the
    quote head "<b>NAME</b> писал(а):" that the engine's bbcode script writes into the page is kept
    (the page as a browser saved it); dates "17-Ноя-26 21:30" (two-digit year) and the frame as
    remembered.
  - an onion forum's TOPIC LIST with a SHOUT BOX ("El Sótano", Spanish, board "Fermentados y
    conservas"), this round's own markup in the shape of such forums: a bar of verified mirrors
    with a PGP-signed list, a rules banner, a table of six topics (a pinned rules topic first),
    the "Chat del Sótano" shout box beside it (five timed lines by members: no topics, no posts),
    who is online; "Siguiente »" to page 2.

market pages (only innocuous goods: an indigo-dyed furoshiki, a clay water filter, inlaid wooden
boxes, tea and spices, batik cloth)
  - a WELCART product page (Japanese, "藍の工房", a WordPress shop), rebuilt from
    wp-plugins/usc-e-shop templates/single_item.php (read: div#itempage > form, div.itemimg, h3
    "NAME&nbsp; (CODE)", div.exp > div.field with div.field_name "定価（税込）" over
    div.field_cprice and "販売価格（税込）" over div.field_price, the stock field, the item's custom
    fields, the content; dl.itemGpExp, div.skuform with the quantity and the cart button,
    div.itemsubimg, div.assistance_item with the related items' prices) and usces_the_itemGpExp
    (the bulk discount list, read); the custom fields' ul.item_custom_field (出品者, 発送元,
    発送先) and the welcart_default theme frame (breadcrumb, sidebar widgets, the cart total ¥0)
    as remembered. The price is the selling price ¥4,180 (the list price ¥4,950, the bulk price
    ¥3,970 and the related items' prices no price).
  - a Brazilian Portuguese LISTING as an ORDER FORM ("Mercado Vagalume"), this round's own markup:
    "Preço unitário 0,8420 XMR" over "≈ R$ 1.310,00" (a conversion at the bar's "1 XMR = R$
    1.555,82"), the vendor line with level, share and sales and a paid vendor bond ("Caução de
    vendedor: 0,50 XMR"), "Envia de:" / "Envia para:", the form (quantity, shipping options with
    their XMR, escrow / "Multisig 2-de-3" / a disabled FE, an address box for PGP), the order's
    total 0,8740 XMR and the vendor's other items: only the unit price is the price.
  - an Arabic VENDOR page in ISO-8859-6 ("واحة الليل", Sadaf_Dimashqi), this round's own
    markup, right to left: "عضو منذ: 14 آذار 2021" (the Levantine month name for March),
    "التقييمات: 1284", "إيجابية: 97.8%", the sales, the last visit, a paid vendor bond "ضمان البائع:
    0.25 BTC"; a PGP-SIGNED statement of the vendor (a real clear-signed message), the
    fingerprint in groups of four and the armoured key; three products with BTC prices (links,
    not records) and three recent reviews.
  - a Hindi vendor's PRICE LIST ("तारा बाज़ार", Chaiwala_Siliguri's shop), this round's own
    markup: the shop's head (level, share, sales, "कहाँ से भेजता है: भारत", "कहाँ तक भेजता है:
    भारत, नेपाल, भूटान"), then one table whose category rows (th colspan=5: चाय, मसाले, बर्तन)
    cut six item rows (name link, pack size, the XMR price, "≈ ₹" at the bar's rate, an order
    link): every row the shop's vendor and places, the category row above it its category.
  - an Indonesian FEEDBACK page ("Pasar Rembulan", Batik_Pekalongan), this round's own markup: an
    average "4,83 / 5" of "2.318" reviews, "Positif 96,4%" (four and five stars), the count per
    star, a dispute note, four reviews in a table (items with rupiah prices, star marks, vendor
    replies, a resolved dispute badge; "Hari ini", "Kemarin" dates) and "Berikutnya ›" to page 2.
The key is a REAL OpenPGP v4 public key (ed25519) generated for this round with gpg in a
throwaway GnuPG home under /tmp that was deleted afterwards; the signed statement was signed with
it there (gpg --verify said "Good signature" over its UTF-8 text).

How close each page is to a real site: the Rhymix, NexusPHP, SPIP, TorrentPier and Welcart pages
follow their engines' markup as read above (strings as the engines' language files write them
or translated as a site would); the other five are shaped from memory of onion markets and forums
(mirror bars, rules banners, shout boxes, order forms with escrow and multisig, vendor bonds,
signed vendor statements, vendors' price lists, star summaries). Page frames, strings and all
content are invented for this round; sites and addresses are fictional (made-up 56-character
.onion names; the Arabic key's user id an .example address, inside its base64; www.w3.org only in
the NexusPHP and SPIP pages' doctypes and XHTML namespaces, never fetched).

Truth conventions, as rounds 24-47: a post's body without quotes, signatures, edit notes and a
message's own title; quotes name the quoted members; an article or a board document above its
comments is the first post; relative dates resolve against the harness's NOW_TIME (2026-11-20
12:00), and where the page gives a relative time or a longevity over a title with the exact one,
the title's is the truth; an author record for every poster whose statistics the page shows, once,
in order of first post; a topic list one thread record per topic (the pinned one too; shout box
lines no records); a listing's price is the one a buyer pays for one item (conversions, list
prices, bulk prices, shipping, order totals, bonds and other items' prices no price); the
category is the last category crumb or the category row; a vendor's shop gives every item the
shop's vendor and places; a vendor page's product links give no listing records; a feedback page
gives its vendor's record with the totals shown (the positive share its rating, has_pgp_key
None).

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (c1a4b06) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 49 --side holdout --misses``): those of 747bc53 (the last session's end), of 7dbbd68
(rounds 44 and 45 mended) and of 01a5e67 (rounds 46 and 47 too). None had seen this round's pages;
every helper who wrote those mends kept it out of every scan.

    template                   747bc53  7dbbd68  01a5e67
    nexusphp_topic_zh            0.000    0.000    0.000  (a thread read as no page kind)
    tarabazaar_price_list_hi     0.226    0.226    0.226  (a price list by category rows)
    torrentpier_topic_ru         0.314    0.314    0.314  (posters' names, stats; dates)
    spip_forum_fr                0.526    0.526    0.526  (posts a reply off; quotes)
    pasarrembulan_feedback_id    0.750    0.750    0.750  (totals by stars)
    welcart_item_ja              0.800    0.800    0.800  (a list price first; seller)
    wahatallail_vendor_ar        0.923    0.923    1.000  (a count)
    rhymix_read_ko, sotano_topics_es, vagalume_order_pt 1.000
    overall                      0.538    0.538    0.543

This round and round 48 are this session's second blind measure: the parsers of 747bc53 are the last
session's, those of 7dbbd68 carry this session's mends of rounds 44 and 45, those of 01a5e67 those
of rounds 46 and 47 too. The mends of rounds 44 and 45 carried nothing here; those of rounds 46 and
47 the vendor's count (+0.005: the count in the row before the vendor's single positive share).
Blind scores of the rounds (3 to 48): 0.646, 0.778, 0.714, 0.946, 0.798, 0.699, 0.601, 0.750, 0.857,
0.466, 0.612, 0.538, 0.773, 0.313, 0.694, 0.684, 0.376, 0.578, 0.517, 0.514, 0.848, 0.777, 0.858,
0.406, 0.782, 0.902, 0.752, 0.831, 0.738, 0.820, 0.891, 0.770, 0.942, 0.679, 0.736, 0.893, 0.837,
0.587, 0.741, 0.919, 0.667, 0.858, 0.710, 0.764, 0.720, 0.664 and here 0.543 (0.538 at this
session's start). KNOWN_MISSES held every wrong value of 01a5e67 (those left since the mends below).
This round is BLIND: do not tune the parsers on its pages; mend a miss only as a general mechanism,
with test pages of its own, and say so here.

Mended after its blind measure, each miss by a general mechanism with test pages of its own
(856986d to 285cf77): star levels and their counts (parsers.star_levels); TorrentPier's poster
panels, join days in title attributes, bracketed buttons, two-digit years with month words
(parsers.post_dates, parsers.forum_members, parsers.short_years); heads and words as siblings
(parsers.head_runs); a price list's category rows, price columns named by a currency, and the
shop's seller and route given to its items (parsers.table_groups, parsers.currency_columns,
parsers.shop_head); a price label's bracketed note (parsers.market_prices); messages nested in
lists of replies (parsers.nested_messages): 0.543 -> 0.997. Left: Welcart's seller, under a label
(出品者) no vocabulary holds and in no place a page's structure gives a seller.
"""

from __future__ import annotations

import re
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
    shown_number,
    v4_fingerprint,
)

DATA = Path(__file__).parent / "data" / "general_r49"

_DASIL = "http://rhymixdabangx6bxomfbbji5dqfijuovwx3fw62t2jy256ukcbybv36d.onion"
_SHUYIN = "http://shuyinptmqmzixmnhh54nnhnwbcossr425zjhpetyohtq55f4gsesspd.onion"
_JARDIN = "http://jardinsdulaclza7aejk5t7tdgp3w2twnmvyumtrvkfyldcrswpyiyid.onion"
_LAMPA = "http://lampovyzvukdvdec7qmdjvdgojj3tzaik5qtcrrevp4joapggpe4eq3d.onion"
_SOTANO = "http://sotanoforop5ntjkiutmcoxcj74iyy6pdlgi7eu4h7kp6zjt4pxtsbrd.onion"
_KOUBOU = "http://welcartkoubou4g5k5sdcf5lgfrp6o6esoa4hkscjlahmvf6ro2lqvyd.onion"
_VAGA = "http://vagalumemercadogkvnsevm6tdbeqtcy2eyt42dlhhkgwssosp4rdvad.onion"
_WAHA = "http://wahatallailybjji46c5zwgdvdbeat4ahbxojdislmkfiirqept5vkzd.onion"
_TARA = "http://tarabazaarkfqwtlomb2pl7fmsmu4kqc6j2x5skg2kgwbvvl66dmtk6d.onion"
_REMB = "http://pasarrembulanpn6cqvc37dpypbzmyk6abuu6latx76pzs6ne6bfhzwd.onion"
_FP_WAHA = "A869BC998F762E5CC3E9DEF0050CF4EF4335A796"

_ARABIC = "holdout/wahatallail_vendor_pgp_ar_iso8859_6.html"
#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {_ARABIC: "iso-8859-6"}

_TARA_ROUTE = ("भारत", ["भारत", "नेपाल", "भूटान"])

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # Rhymix xedition board, Korean: h1's second link the title (the category link "보이차" no
    # title); the document first (span.author, span.time), then the four comments in page order
    # (h3.author, p.time; two nested replies, no quotes); div.sign no body; no statistics.
    "holdout/rhymix_board_read_ko.html": {
        "template": "rhymix_read_ko", "url": _DASIL + "/tea/1877", "type": "thread",
        "records": [
            {"type": "thread", "title": "보이차 숙성, 집에서 어떻게 보관하세요?"},
            _post("찻잎소년", "2026-11-17T21:30:00", 0,
                  "작년에 운남 여행에서 숙차 한 편과 생차 두 편을 사 왔습니다.\n"
                  "아파트 베란다는 여름에 너무 덥고 겨울엔 건조해서, 집 안 어디에 두어야 할지 고민입니다.",
                  []),
            _post("녹차할매", "2026-11-18T08:15:00", 1,
                  "저는 유약 없는 옹기 항아리에 넣어 통풍 잘 되는 거실 장식장에 둡니다.\n"
                  "습도는 60퍼센트 안팎이 좋다고 들었어요.", []),
            _post("찻잎소년", "2026-11-18T09:02:00", 2,
                  "옹기 항아리 좋네요. 뚜껑은 꼭 닫아 두시나요, 아니면 조금 열어 두시나요?", []),
            _post("녹차할매", "2026-11-18T12:40:00", 3,
                  "한지로 입구를 한 번 싸고 뚜껑은 살짝 얹어만 둡니다.\n그래야 차가 숨을 쉬어요.", []),
            _post("다도_민수", "2026-11-19T22:10:00", 4,
                  "주방이나 냉장고 근처는 냄새가 배니까 꼭 피하세요.", []),
        ],
    },
    # NexusPHP topic, Simplified Chinese: span#top the title; the posters' links the names; the
    # span titles the times (the relative texts agree); "帖子：" the posts (no join day; the
    # upload, download and ratio no statistics of the contract); fieldset legends " 引用: NAME "
    # quotes; the edit note and the signature after underscores no body.
    "holdout/nexusphp_viewtopic_zh.html": {
        "template": "nexusphp_topic_zh", "url": _SHUYIN + "/forums.php?action=viewtopic&topicid=2317",
        "type": "thread",
        "records": [
            {"type": "thread", "title": "自己录公版书，用什么麦克风合适？"},
            _post("听雨轩", "2026-11-17T21:30:12", 0,
                  "想把家里几本公版的旧小说录成有声书，放到站里的公版区。\n"
                  "预算一千元以内，房间是普通卧室，没有做隔音。大家用的是动圈麦还是电容麦？", []),
            _post("老唱机", "2026-11-18T08:45:03", 1,
                  "没隔音的房间建议用动圈麦，电容麦会把窗外的车声全收进去。\n"
                  "我用的是一支入门级动圈麦加一个小声卡，录之前在身后挂一条厚毯子，效果就很干净了。", []),
            _post("蓝调书生", "2026-11-19T20:10:40", 2,
                  "同意楼上。另外记得加一个防喷罩，读到“破”“普”这些字的时候不会噗噗响。\n"
                  "录完用免费的剪辑软件降一点底噪就够了，不要降太多，人声会发闷。", ["老唱机"]),
            _post("听雨轩", "2026-11-20T11:02:55", 3,
                  "谢谢两位！动圈麦和防喷罩都下单了，第一章录好就发到公版区。", ["蓝调书生"]),
            _author("听雨轩", 58, None),
            _author("老唱机", 2416, None),
            _author("蓝调书生", 731, None),
        ],
    },
    # SPIP article and forum, French: h1.entry-title the title; the article first, by its vcard
    # author at abbr.published's time; then the forum messages in page order (replies nested);
    # "18 novembre 20:05" the current year's days; "Jacques B. a écrit :" a quote; the messages'
    # titles (strong.forum-titre) and "Répondre à ce message" no body.
    "holdout/spip_article_forum_fr.html": {
        "template": "spip_forum_fr", "url": _JARDIN + "/spip.php?article214", "type": "thread",
        "records": [
            {"type": "thread", "title": "Semer les tomates anciennes en godets"},
            _post("Hélène Marchal", "2026-11-14T17:30:00", 0,
                  "Chaque hiver, on me demande quand et comment semer les variétés anciennes que nous "
                  "échangeons à la grainothèque.\n"
                  "Je sème fin février, au chaud derrière une fenêtre, dans des godets de terreau fin tassé "
                  "à la main.", []),
            _post("Jacques B.", "2026-11-18T20:05:00", 1,
                  "Est-ce qu’un terreau maison, compost tamisé et sable, suffit pour les semis ?\n"
                  "L’an dernier la moitié de mes plants ont fondu au bout d’une semaine.", []),
            _post("Hélène Marchal", "2026-11-19T08:40:00", 2,
                  "C’est la fonte des semis : le compost de jardin est trop riche et garde trop d’eau.\n"
                  "Passez-le au four une demi-heure, mélangez-le moitié-moitié avec du sable, et arrosez "
                  "par le dessous.", ["Jacques B."]),
            _post("Sylvie de Thonon", "2026-11-19T18:12:00", 3,
                  "Les « Cœur de bœuf » de la grainothèque ont très bien levé chez moi l’an passé.", []),
            _post("Jacques B.", "2026-11-20T09:30:00", 4,
                  "Je vais suivre vos conseils et j’en rapporterai au printemps.", []),
        ],
    },
    # TorrentPier topic, Russian: h1.maintitle a.tt-text the title; p.nick the names; the post
    # heads' "DD-Ноя-26 HH:MM" the times ("(спустя ...)" no time); "Сообщений:" the posts and
    # p.joined's title the join day ("Стаж:" its longevity); div.q-head "NAME писал(а):" quotes;
    # div.signature and div.last_edited no body.
    "holdout/torrentpier_viewtopic_ru.html": {
        "template": "torrentpier_topic_ru", "url": _LAMPA + "/viewtopic.php?t=8812", "type": "thread",
        "records": [
            {"type": "thread", "title": "Восстановление «Ригонды-102»: чем заменить бумажные конденсаторы?"},
            _post("Канифоль_Петрович", "2026-11-17T21:30:00", 0,
                  "Достал с дачи «Ригонду-102» 1970 года, корпус целый, лампы живые.\n"
                  "Внутри стоят старые бумажные конденсаторы МБМ, половина уже течёт. На что их лучше "
                  "менять, чтобы не испортить звук?", []),
            _post("Радиолюбитель_Иван", "2026-11-18T08:15:00", 1,
                  "Я ставлю плёночные К73-17 на 630 вольт, они маленькие и служат десятилетиями.\n"
                  "Электролиты в фильтре питания меняй обязательно, даже если на вид целые.",
                  ["Канифоль_Петрович"]),
            _post("Светлана_Ламповая", "2026-11-19T19:40:00", 2,
                  "Перед первым включением подай сеть через лампу накаливания на 60 ватт, последовательно.\n"
                  "Если лампа горит в полный накал, значит где-то пробой, выключай сразу.", []),
            _post("Канифоль_Петрович", "2026-11-20T10:05:00", 3,
                  "Так и сделал, лампа вспыхнула и погасла, значит всё в порядке.\n"
                  "Радиола заиграла, спасибо всем!",
                  ["Светлана_Ламповая"]),
            _author("Канифоль_Петрович", 4812, "2015-09-12"),
            _author("Радиолюбитель_Иван", 937, "2021-03-04"),
            _author("Светлана_Ламповая", 208, "2023-07-22"),
        ],
    },
    # El Sótano topic list, Spanish: six td.st-col-tema links the topics (the pinned rules topic
    # too; "Fijo" and the page links no title); the shout box's lines, the mirrors and the rules
    # banner no topics; "Siguiente »" the next page.
    "holdout/sotano_topics_shoutbox_es.html": {
        "template": "sotano_topics_es", "url": _SOTANO + "/f/12", "type": "forum_index",
        "next": _SOTANO + "/f/12?pagina=2",
        "records": [
            {"type": "thread", "title": "Normas del subforo – léelas antes de publicar"},
            {"type": "thread", "title": "¿Cuánta sal para un chucrut casero?"},
            {"type": "thread", "title": "Kombucha: la madre se ha puesto marrón"},
            {"type": "thread", "title": "Mermelada de higos sin pectina: mi receta"},
            {"type": "thread", "title": "Pepinillos encurtidos al estilo alemán"},
            {"type": "thread", "title": "Vinagre de manzana casero: ¿cuándo se filtra?"},
        ],
    },
    # Welcart item, Japanese: h1.item_page_title the title; div.field_price "¥4,180" the price
    # (tax included; the list price, the bulk price and the related items' prices no price);
    # 出品者 the vendor, 発送元 / 発送先 the places; the breadcrumb's last category 布小物.
    "holdout/welcart_single_item_jpy_ja.html": {
        "template": "welcart_item_ja", "url": _KOUBOU + "/archives/318", "type": "listing",
        "records": [_listing("藍染め風呂敷 綿 70cm", 4180.0, "JPY", "藍染工房ゆう", "布小物", "日本",
                             ["日本国内", "台湾"])],
    },
    # Vagalume order form, Brazilian Portuguese: h1 the title; "Preço unitário 0,8420 XMR" the
    # price (the BRL conversion, shipping, the order total, the bond and other items no price);
    # "Vendido por" Barro_de_Minas; the last crumb Cerâmica; "Envia de:" / "Envia para:".
    "holdout/vagalume_order_form_xmr_pt_br.html": {
        "template": "vagalume_order_pt", "url": _VAGA + "/pedido/88217", "type": "listing",
        "records": [_listing("Filtro de barro tradicional, 6 litros, com 2 velas", 0.842, "XMR",
                             "Barro_de_Minas", "Cerâmica", "Brasil", ["Brasil", "Portugal"])],
    },
    # Wahat al-Layl vendor, Arabic in ISO-8859-6: h1.wh-ism the name; "التقييمات" 1284,
    # "إيجابية" 97.8%, "عضو منذ: 14 آذار 2021" (آذار is March); the key in pre.wh-miftah (the
    # signed statement's signature no key). The three products are links, not records.
    _ARABIC: {
        "template": "wahatallail_vendor_ar", "url": _WAHA + "/vendor/Sadaf_Dimashqi", "type": "vendor",
        "records": [_vendor("Sadaf_Dimashqi", 1284, 97.8, "2021-03-14", _FP_WAHA)],
    },
    # Tara Bazaar price list, Hindi: six item rows, the name link the title, the XMR cell the
    # price ("≈ ₹" a conversion), the category row above each its category; the shop's vendor
    # and its "कहाँ से / कहाँ तक" places every row's.
    "holdout/tarabazaar_price_list_xmr_hi.html": {
        "template": "tarabazaar_price_list_hi", "url": _TARA + "/vikreta/Chaiwala_Siliguri",
        "type": "listing_index",
        "records": [
            _listing("दार्जिलिंग फर्स्ट फ्लश चाय", 0.0215, "XMR", "Chaiwala_Siliguri", "चाय", *_TARA_ROUTE),
            _listing("असम सीटीसी चाय", 0.0124, "XMR", "Chaiwala_Siliguri", "चाय", *_TARA_ROUTE),
            _listing("हरी इलायची", 0.0098, "XMR", "Chaiwala_Siliguri", "मसाले", *_TARA_ROUTE),
            _listing("मसाला चाय मिश्रण", 0.0143, "XMR", "Chaiwala_Siliguri", "मसाले", *_TARA_ROUTE),
            _listing("पीतल की केतली", 0.1865, "XMR", "Chaiwala_Siliguri", "बर्तन", *_TARA_ROUTE),
            _listing("मिट्टी के कुल्हड़, 12 का सेट", 0.031, "XMR", "Chaiwala_Siliguri", "बर्तन", *_TARA_ROUTE),
        ],
    },
    # Pasar Rembulan feedback, Indonesian: its vendor Batik_Pekalongan with the totals shown
    # ("2.318" reviews, "Positif 96,4%"; the average 4,83 / 5 no share); four reviews (their
    # items' rupiah prices no vendor facts); "Berikutnya ›" to page 2.
    "holdout/pasarrembulan_feedback_stars_id.html": {
        "template": "pasarrembulan_feedback_id", "url": _REMB + "/penjual/Batik_Pekalongan/ulasan",
        "type": "feedback", "next": _REMB + "/penjual/Batik_Pekalongan/ulasan?halaman=2",
        "records": [_feedback_vendor("Batik_Pekalongan", 2318, 96.4)],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers give on the holdout side where it differs from TRUTH since the mends (parsers
# of 285cf77; blind, 01a5e67 gave the values the docstring counts).
# Key: "kind[i].field" (or "page_type"); value: what the parsers gave.
KNOWN_MISSES: dict[str, dict[str, Any]] = {
    "holdout/welcart_single_item_jpy_ja.html": {
        "listing[0].vendor": None,
    },
}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(0.997)
_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)

_text = ROUND.page_text(ENCODINGS)
_posts = ROUND.records_of("post")
_listings = ROUND.records_of("listing")
_authors = ROUND.author_stats
_NOW = NOW_TIME.replace(tzinfo=None)




def test_five_forum_pages_and_five_market_pages() -> None:
    kinds = [t["type"] for t in TRUTH.values()]
    kinds_shown = ("thread", "forum_index", "listing", "listing_index", "vendor", "feedback")
    counts = [kinds.count(k) for k in kinds_shown]
    assert counts == [4, 1, 2, 1, 1, 1]
    for page, truth in TRUTH.items():
        if truth["type"] == "thread":
            authors = [p["author"] for p in _posts(page)]
            assert [p["index"] for p in _posts(page)] == list(range(len(authors)))
            # An author record for every poster whose statistics are shown, once, in order of
            # first post (Rhymix and SPIP show none).
            names = [r["name"] for r in ROUND.records_of("author")(page)]
            assert names in ([], list(dict.fromkeys(authors))), page
        else:
            assert truth["records"] and _posts(page) == [], page


def test_ten_big_languages_and_one_page_in_iso_8859_6() -> None:
    langs = ROUND.page_langs(ENCODINGS)
    assert sorted(langs.values()) == ["ar", "es", "fr", "hi", "id", "ja", "ko", "pt-BR", "ru", "zh-CN"]
    assert set(ENCODINGS) == {page for page in TRUTH if "iso8859_6" in page}
    # No earlier page declared ISO-8859-6 (round 33's Arabic page is windows-1256).
    earlier = [p for n in range(3, 48) for p in (DATA.parent / f"general_r{n}").glob("*/*.html")]
    assert earlier and not any(b"charset=iso-8859-6" in p.read_bytes().lower() for p in earlier)


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
test_every_post_body_is_written_on_its_page_line_by_line = ROUND.bodies_on_its_page(ENCODINGS)
test_every_address_of_the_truth_and_the_pages_is_a_fictional_host = ROUND.fictional_hosts(ENCODINGS)


def test_the_arabic_vendor_page_is_iso_8859_6_with_its_own_bytes() -> None:
    raw = (DATA / _ARABIC).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'content="text/html; charset=iso-8859-6"' in raw and raw.count(b"charset=") == 1
    # One byte a letter: عضو منذ (ع 0xD9, ض 0xD6, و 0xE8), آذار (آ 0xC2, ذ 0xD0, ا 0xC7, ر 0xD1).
    assert b"\xd9\xd6\xe8 \xe5\xe6\xd0:" in raw and b"\xc2\xd0\xc7\xd1" in raw
    assert "عضو منذ" not in raw.decode("cp1256")


def test_the_vendor_key_is_real_its_fingerprint_shown_and_its_facts_the_truths() -> None:
    text = _text(_ARABIC)
    # The base64 lines between the armour's blank line and its CRC line ("=MLc+").
    armour = re.search(r'<pre class="wh-miftah">-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=\S{4}\n'
                       r"-----END PGP PUBLIC KEY BLOCK-----</pre>", text, re.S).group(1)  # type: ignore[union-attr]
    assert v4_fingerprint(armour) == _FP_WAHA
    shown = re.search(r'البصمة: <code>([0-9A-F ]+)</code>', text).group(1)  # type: ignore[union-attr]
    assert shown.replace(" ", "") == _FP_WAHA and len(shown.split()) == 10
    # The signed statement is a clear-signed message, its signature no key of the page.
    assert re.search(r'<pre class="wh-muwaqqa">-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n.+'
                     r"-----BEGIN PGP SIGNATURE-----\n\n.+-----END PGP SIGNATURE-----</pre>", text, re.S)
    (vendor,) = ROUND.records_of("vendor")(_ARABIC)
    facts = dict(re.findall(r"<li>([^<:]+): <b>([^<]+)</b>", text))
    assert int(facts["التقييمات"]) == vendor["feedback_count"]
    assert float(facts["إيجابية"].removesuffix("%")) == vendor["rating"]
    day, month, year = facts["عضو منذ"].split()
    levantine = {"كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4}
    assert f"{year}-{levantine[month]:02}-{int(day):02}" == vendor["member_since"]
    assert facts["ضمان البائع"] == "0.25 BTC" and vendor["has_pgp_key"] is True
    assert _listings(_ARABIC) == [] and text.count('<li><a href="/item/') == 3


def test_the_rhymix_document_and_comments_times_are_the_truths() -> None:
    page = "holdout/rhymix_board_read_ko.html"
    text = _text(page)
    posts = _posts(page)
    shown = [re.search(r'<span class="time">\s*<i class="xi-time"></i> ([\d.]+ [\d:]+)', text).group(1)]  # type: ignore[union-attr]
    shown += re.findall(r'<p class="time">([\d.]+ [\d:]+)</p>', text)
    times = [f"{d.replace('.', '-')}T{t}:00" for d, t in (s.split() for s in shown)]
    assert times == [p["posted_at"] for p in posts]
    names = [re.search(r'class="member_412 author"[^>]*>([^<]+)</a>', text).group(1)]  # type: ignore[union-attr]
    names += re.findall(r'<h3 class="author">\s*<a [^>]+>([^<]+)</a>', text)
    assert names == [p["author"] for p in posts]
    # Two nested replies; the category link is no part of the title; the signature no body.
    assert text.count('class="fbItem indent indent') == 2
    assert '<a href="/tea/category/1204" class="category">보이차</a>' in text
    assert "차 한 잔의 여유" in text and all("여유" not in p["body"] for p in posts)
    assert ROUND.records_of("author")(page) == []


def test_the_nexusphp_times_stats_quotes_and_relative_texts_are_the_truths() -> None:
    page = "holdout/nexusphp_viewtopic_zh.html"
    text = _text(page)
    posts = _posts(page)
    rows = re.findall(r"class='\w+_Name'><b>([^<]+)</b></a></span>&nbsp;&nbsp;<font color=\"gray\"></font>"
                      r'<span title="([\d-]+) ([\d:]+)">([^<]+)</span>', text)
    assert [(n, f"{d}T{t}") for n, d, t, _ in rows] == [(p["author"], p["posted_at"]) for p in posts]
    # The relative text agrees with the exact time in its title, as NexusPHP counts it.
    for _, d, t, shown in rows:
        mins = int((_NOW - NOW_TIME.fromisoformat(f"{d}T{t}")).total_seconds()) // 60
        days, hours, minutes = mins // 1440, mins // 60 % 24, mins % 60
        expect = (f"{days}天{hours}时前" if days
                  else f"{hours}时{minutes}分钟前" if hours else f"{minutes}分钟前")
        assert shown == expect
    counts = re.findall(r"&nbsp;&nbsp;帖子：(\d+)<br />", text)
    assert {(n, int(c), None) for (n, *_), c in zip(rows, counts, strict=True)} == _authors(page)
    heads = re.findall(r"<fieldset><legend> 引用: (\S+) </legend>", text)
    assert [[h] for h in heads] == [p["quotes"] for p in posts if p["quotes"]]
    assert "最后被" in text and "读书声里是吾家" in text
    assert all("吾家" not in p["body"] and "编辑于" not in p["body"] for p in posts)
    assert '<span id="top">' + TRUTH[page]["records"][0]["title"] + "</span>" in text


def test_the_spip_article_and_messages_times_and_quote_are_the_truths() -> None:
    page = "holdout/spip_article_forum_fr.html"
    text = _text(page)
    posts = _posts(page)
    published = re.search(r'<abbr class="published" title="([\dT:-]+)Z">samedi 14 novembre 2026</abbr>', text)
    assert published and f"{published.group(1)}" == posts[0]["posted_at"]
    author = re.search(r'<span class="vcard author"><a [^>]+>([^<]+)</a>', text).group(1)  # type: ignore[union-attr]
    shown = re.findall(r"<small>(\d+) novembre&nbsp;(\d\d:\d\d), par <span class=\"\">([^<]+)</span></small>",
                       text)
    # affdate_jourcourt leaves out the current year: the capture's.
    assert [(author, posts[0]["posted_at"])] + [
        (n, f"{NOW_TIME.year}-11-{int(d):02}T{t}:00") for d, t, n in shown] == [
        (p["author"], p["posted_at"]) for p in posts]
    assert "<p>Jacques B. a écrit&nbsp;:</p>\n<blockquote class=\"spip\">" in text
    assert posts[2]["quotes"] == ["Jacques B."] and "fondu" not in posts[2]["body"]
    # The messages' own titles are no body; two messages are replies in a nested list.
    assert text.count('<li class="forum-fil">') == 2 and "<h2>4\nmessages</h2>" in text
    assert all("Terreau maison" not in p["body"] for p in posts)


def test_the_torrentpier_dates_longevity_quotes_and_notes_are_the_truths() -> None:
    page = "holdout/torrentpier_viewtopic_ru.html"
    text = _text(page)
    posts = _posts(page)
    months = {"Ноя": 11}
    shown = re.findall(r'title="Ссылка на это сообщение">(\d\d)-(\w+)-(\d\d) (\d\d:\d\d)&nbsp;\|&nbsp;#\d',
                       text)
    assert [f"20{y}-{months[m]:02}-{d}T{t}:00" for d, m, y, t in shown] == [p["posted_at"] for p in posts]
    boxes = re.findall(r'<a href="#" onclick="return false;">([^<]+)</a>.*?'
                       r'<p class="joined" title="([\d-]+) [\d:]+"><em>Стаж:</em> (\d+) (?:лет|года?) (\d+) '
                       r'месяц\w*</p>\s*<p class="posts"><em>Сообщений:</em> (\d+)</p>', text, re.S)
    assert [b[0] for b in boxes] == [p["author"] for p in posts]
    assert {(n, int(c), j) for n, j, _, _, c in boxes} == _authors(page)
    # The longevity shown is the one from the join day to the capture.
    for _, joined, years, months_ in {b[:4] for b in boxes}:
        y, m, d = map(int, joined.split("-"))
        span = (_NOW.year - y) * 12 + _NOW.month - m - (_NOW.day < d)
        assert (int(years), int(months_)) == divmod(span, 12)
    heads = re.findall(r'<div class="q-head"><span><b>([^<]+)</b> писал\(а\):</span></div>\s*'
                       r'<div class="q" head="\1">', text)
    assert [[h] for h in heads] == [p["quotes"] for p in posts if p["quotes"]]
    assert "(спустя 10 часов)" in text and "Последний раз редактировалось: Светлана_Ламповая" in text
    assert all("фильтр." not in p["body"] and "комнату" not in p["body"] for p in posts)


def test_the_spanish_list_gives_its_topics_and_not_the_shout_box() -> None:
    page = "holdout/sotano_topics_shoutbox_es.html"
    text = _text(page)
    rows = re.findall(r'<td class="st-col-tema">(?:<span class="st-etiqueta">Fijo</span> )?'
                      r'<a href="/t/\d+">([^<]+)</a>', text)
    assert rows == [r["title"] for r in TRUTH[page]["records"]]
    assert text.count('<tr class="st-fijo">') == 1
    shouts = re.findall(r'<li><span class="st-hora">\[(\d\d/\d\d \d\d:\d\d)\]</span> <a class="st-quien"',
                        text)
    assert len(shouts) == 5 and "Chat del Sótano" in text
    assert f'<a class="st-siguiente" href="{TRUTH[page]["next"][len(_SOTANO):]}">Siguiente »</a>' in text


def test_the_welcart_price_is_the_selling_one_and_the_custom_fields_its_facts() -> None:
    page = "holdout/welcart_single_item_jpy_ja.html"
    text = _text(page)
    (listing,) = _listings(page)
    price = shown_number(re.search(r'<div class="field_price">¥([\d,]+)</div>', text).group(1), ",")  # type: ignore[union-attr]
    listed = shown_number(re.search(r'<div class="field_cprice">¥([\d,]+)</div>', text).group(1), ",")  # type: ignore[union-attr]
    bulk = shown_number(re.search(r"<span class='price'>¥([\d,]+)</span>", text).group(1), ",")  # type: ignore[union-attr]
    assert price == listing["price"] and listing["currency"] == "JPY" and listed > price > bulk
    fields = dict(re.findall(r"<li>(\S+) : ([^<]+)</li>", text))
    assert (fields["出品者"], fields["発送元"]) == (listing["vendor"], listing["ships_from"])
    assert fields["発送先"].split("、") == listing["ships_to"]
    trail = re.search(r'<div class="breadcrumb">(.*?)</div>', text).group(1)  # type: ignore[union-attr]
    crumbs = re.findall(r'<a href="[^"]+">([^<]+)</a>', trail)
    assert crumbs == ["ホーム", "商品", listing["category"]] and trail.endswith(" &gt; " + listing["title"])
    others = [shown_number(p, ",") for p in re.findall(r"<p>\n¥([\d,]+)<br />", text)]
    assert others == [1650.0, 2200.0] and '<span class="incart_price">¥0</span>' in text


def test_the_order_form_price_is_the_unit_price_and_the_total_adds_up() -> None:
    page = "holdout/vagalume_order_form_xmr_pt_br.html"
    text = _text(page)
    (listing,) = _listings(page)
    unit = shown_number(re.search(r'<span class="vg-xmr">([\d,]+) XMR</span>', text).group(1), ".", ",")  # type: ignore[union-attr]
    assert unit == listing["price"] and listing["currency"] == "XMR"
    rate = shown_number(re.search(r"1 XMR = R\$ ([\d.,]+)", text).group(1), ".", ",")  # type: ignore[union-attr]
    brl = shown_number(re.search(r'<span class="vg-brl">≈ R\$ ([\d.,]+)</span>', text).group(1), ".", ",")  # type: ignore[union-attr]
    assert round(unit * rate, 2) == brl
    postage = [shown_number(p, ".", ",") for p in re.findall(r"\+ ([\d,]+) XMR</label>", text)]
    total = shown_number(re.search(r"<td>Total do pedido</td><td>([\d,]+) XMR</td>", text).group(1), ".", ",")  # type: ignore[union-attr]
    assert postage == [0.032, 0.081] and round(unit + postage[0], 4) == total
    facts = dict(re.findall(r"<li><span>([^<]+):</span> ([^<]+)</li>", text))
    assert facts["Envia de"] == listing["ships_from"]
    assert facts["Envia para"].split(", ") == listing["ships_to"]
    assert f'Vendido por <a href="/v/{listing["vendor"]}">' in text and "Caução de vendedor: 0,50 XMR" in text
    assert re.findall(r'<a href="/c/[a-z/-]+">([^<]+)</a></div>', text) == [listing["category"]]
    assert "Multisig 2-de-3" in text and 'value="fe" disabled' in text


def test_the_price_list_rows_take_their_category_row_and_the_shops_vendor() -> None:
    page = "holdout/tarabazaar_price_list_xmr_hi.html"
    text = _text(page)
    vendor = re.search(r"<h1>(\S+) की दुकान</h1>", text).group(1)  # type: ignore[union-attr]
    ships_from = re.search(r"<b>कहाँ से भेजता है:</b> ([^<]+)</li>", text).group(1)  # type: ignore[union-attr]
    ships_to = re.search(r"<b>कहाँ तक भेजता है:</b> ([^<]+)</li>", text).group(1).split(", ")  # type: ignore[union-attr]
    rate = shown_number(re.search(r"1 XMR ≈ ₹ ([\d,]+)", text).group(1), ",")  # type: ignore[union-attr]
    rows, category = [], None
    for head, title, xmr, inr in re.findall(r'<tr class="tz-shreni"><th colspan="5">([^<]+)</th></tr>|'
                                            r'<tr><td><a href="/vastu/\d+">([^<]+)</a></td><td>[^<]+</td>'
                                            r"<td>([\d.]+)</td><td>₹ ([\d,]+)</td>", text):
        if head:
            category = head
            continue
        assert round(float(xmr) * rate, -1) == shown_number(inr, ",")  # the rupees a conversion
        rows.append((title, float(xmr), "XMR", vendor, category, ships_from, ships_to))
    ROUND.check_listings(rows, page)
    assert text.count('<tr class="tz-shreni">') == 3 and "next" not in TRUTH[page]


def test_the_feedback_totals_add_up_and_the_share_is_the_rating() -> None:
    page = "holdout/pasarrembulan_feedback_stars_id.html"
    text = _text(page)
    (vendor,) = ROUND.records_of("vendor")(page)
    total = int(shown_number(re.search(r"dari <b>([\d.]+)</b> ulasan", text).group(1), "."))  # type: ignore[union-attr]
    share = shown_number(re.search(r"Positif <b>([\d,]+)%</b>", text).group(1), ".", ",")  # type: ignore[union-attr]
    assert (total, share) == (vendor["feedback_count"], vendor["rating"])
    bars = re.findall(r"<tr><td>(\d) ★</td><td>.*?</td><td>([\d.]+)</td>", text)
    stars = {int(s): int(shown_number(c, ".")) for s, c in bars}
    assert sum(stars.values()) == total and round(100 * (stars[5] + stars[4]) / total, 1) == share
    average = shown_number(re.search(r'<span class="rb-angka">([\d,]+)</span>', text).group(1), ".", ",")  # type: ignore[union-attr]
    assert round(sum(s * c for s, c in stars.items()) / total, 2) == average
    assert text.count('<td class="rb-nilai">') == 4 and vendor["has_pgp_key"] is None
    # Four reviews a page: 2318 reviews fill 580 pages.
    assert f'ulasan?halaman={-(-total // 4)}">' in text
    nxt = TRUTH[page]["next"][len(_REMB):]
    assert f'<a class="rb-berikut" href="{nxt}">Berikutnya ›</a>' in text
