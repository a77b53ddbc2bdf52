"""parsers.parse_page on round-48 generality pages (tests/data/general_r48): a fully BLIND held-out
set of a "typical crawl" in ten big languages (Spanish, German, Arabic, Japanese, Vietnamese,
British English, French, European Portuguese, Simplified Chinese and Russian), five forum pages and
five market pages, each in a page layout no earlier round used and shaped like the dark web's own
pages: a forum index whose side column is a SHOUT BOX with a rules box above the boards, a PGP
TWO-FACTOR login asking for the code inside a message encrypted to the member's key, a listing
with an ORDER FORM (quantity, postage, multisig escrow, a PGP-encrypted address), a market's home
page with a PGP-SIGNED MIRROR LIST, news of a new VENDOR BOND and featured cards, a vendor page
behind JS-free CSS tabs with its bond, and a feedback table whose every row names the ESCROW's
outcome. Ten pages, all on the HOLDOUT side (no tune side: no rule was written for any of them),
each an engine, template or layout in no earlier round, with fictional names, words, dates and
prices put in. Three forum threads (an Elgg group discussion with RELATIVE times, a glFusion forum
topic with its poster column to the right of the body, a Japanese CGI board in ISO-2022-JP), a
board index with a shout box and a PGP 2FA login; two market listings (a 1C-Bitrix catalog element,
an engine no round used, and a custom order form), a home page of featured cards, a vendor page
with a real PGP key and a vendor's feedback page with totals. Numbers as the pages write them:
"$34.00", "1 290 ₽" (a space between thousands, the sign as &#8381;), "1 249,00 €" (a narrow
no-break space), "1 204" (a no-break space) and "98,3 %", "2,361" and "97.6%", Arabic-Indic digits
"٢٠٬٦٨٨"; dates as "Oktober 29 2026 20:14" (glFusion's '%B %d %Y %H:%M %p' in a German locale,
which has no AM/PM), "Mitglied seit: 03/14/19" (month first, two-digit year), "2026/11/16(月)
21:04", "hace 3 días" over a datetime attribute.

Every page is an engine, template or layout in none of rounds 3-47, tests/data/forums_general,
tests/data/markets_general, board_posts, card_chips, card_handles, column_places, dash_pieces,
form_price, glued_labels, kind_shares, list_rows, member_tiles, mend_forum_lists, mend_market_r38,
note_tails, panel_cards, post_words, poster_panels, profile_shapes, prose_profiles, since_line,
solar_hijri, stat_lines, summed_posts, thread_frames, topic_rows, vendor_figures or
vendor_sections: their directories were listed (the first word of every page name: no elgg,
glfusion, bitrix, dahliz, koharubiyori, benthuyen, ironbridge, chouette, jangada or jinqiao) and
grepped, with the round modules 3-47 and parsers/ (names only, never read), for each page's names,
class names and words, and none of Elgg's elgg-image-block, elgg-subtext, elgg-list-entity or
data-role="discussion-reply-text", glFusion's pluginRow, pluginSolidOutline or "Mitglied seit:
MM/DD/YY", Bitrix's bx-catalog-element, product-item-detail-properties or bx-breadcrumb-item, nor
the invented prefixes class="dh- (the Arabic index), bv- (the Vietnamese login), ib- (the English
listing), cq- (the French home page), jg- (the Portuguese vendor) or jn- (the Chinese feedback
page; the Japanese board has bare tables and fonts), nor the words Feierabendwerkstatt,
Hartwachsöl, "Vecinos de la Red", الدهليز, "صندوق الدردشة", 梅干し, 小春日和, "Bến Thuyền",
"xác minh", Ironbridge, loomhouse, Chouette, Jangada, Olaria, "Impressão digital", Caução, 金桥,
景德镇, Туесок, Берестяная, Экономия, "Me gusta", iso-2022-jp, nor any member or vendor name of
this round is in them. Found and no sign of the same layout: class="quotemain" (round 22's IPB 2,
whose quote body has the same class name; glFusion's quote is its own div with an img and an
underlined head), "authorname" (a name in parsers/, unread), "Mitglied seit" (rounds 33, 34, 38
and 41: the common German label), "Zitat von" (rounds 7 and 11: the common German quote head),
投稿日 (round 45 and parsers/: the common Japanese label), 担保 and 好评率 (round 25's Chinese listing
and round 43's Discuz profile: the common Chinese market words), escribió (round 7 and
panel_cards: the common Spanish quote word), "Sold by" and "Finalize Early" (rounds 3, 11, 23, 38,
44 and markets_general: the common English market words). Bitrix's own bx- prefix is round 35's
invented Czech prefix too (bx-autor, bx-tema): other names, another layout. Names first chosen that
earlier pages used were changed before any truth was written: Marisol (panel_cards' Spanish
member Marisol_Tereré), a nukazuke thread (board_posts' Japanese textboard is about ぬか漬け: the
board talks of umeboshi instead), a Russian Иван-чай shop (rounds 5, 12 and 27 sell it: the Bitrix
shop sells birch bark), "Kaede" (a word of a parsers test) and the prefixes dz- (round 33), kd-
(round 23) and jq- (round 42).
Round 49, built at the same time by another helper in the same working tree, takes engines and
templates named N to Z and this round A to M; its pages were neither read nor used.
Languages: Spanish, German, Arabic, Japanese, Vietnamese, British English, French, European
Portuguese, Simplified Chinese and Russian. One page is in ISO-2022-JP (the 7-bit, stateful
Japanese encoding of old mail and CGI pages; no earlier round declared it): declared by ``<meta
http-equiv="Content-Type" content="text/html; charset=iso-2022-jp">``; every byte below 0x80, the
kanji and kana written as JIS X 0208 pairs between ESC $ B and ESC ( B, so the page reads as ASCII
garbage in UTF-8 or Shift_JIS.

forum pages
  - an Elgg 2.3 group discussion (Spanish, "Vecinos de la Red", group "Huertos y balcones": garlic
    in a pot), rebuilt from Elgg/Elgg mod/discussions/views/default/object/discussion.php and
    object/discussion_reply.php, views/default/page/elements/by_line.php, object/elements/
    summary.php and full.php and output/friendlytime.php (read: the topic's full view as an image
    block over div.elgg-output, the replies as li.elgg-item-object-discussion_reply with div.
    elgg-subtext "Por NAME <time title=... datetime=...>" and div[data-role=discussion-reply-text];
    the friendly times "hace 3 días", "ayer", "hace 2 horas", "hace 12 minutos" and, past a week,
    the date in "j F Y @ g:ia", whose month PHP writes in English); the page frame (topbar, site
    menu, breadcrumbs, the group's owner block) as remembered from Elgg 2's default theme. Names
    are display names ("Tomeu Amengual"), no statistics; a reply quotes in a CKEditor blockquote
    headed "NAME escribió:".
  - a glFusion forum topic (German, "Feierabendwerkstatt": oiling an oak worktop), rebuilt from
    glFusion/glfusion private/plugins/forum/templates/topic.thtml, public_html/forum/include/
    gf_showtopic.php and gf_format.php, private/plugins/forum/language/german_utf-8.php and the
    plugin's default configuration (its default_Topic_Datetime_format and quoteformat, found by the
    reference search's string search) (read: a table row "Von: NAME (offline) am DATE" over the body
    in the left cell and the rank, "Status:", "Mitglied seit: %m/%d/%y" and "Beiträge: N" in a
    cell to the RIGHT of the body; the quote as div.quotemain with img_quote.gif and the
    quoteformat's underlined head, here "Zitat von: NAME"; the signature after an hr in bold; the
    edit note "[Bearbeitet um ... von ...]" appended INSIDE the body's paragraph); the site frame
    as remembered. Every join day has its day above 12, so month-first reads one way only.
  - a Japanese CGI board in ISO-2022-JP ("小春日和の掲示板": drying umeboshi), written from
    memory of old Japanese CGI boards: one parent post and its "Re:" replies, each "投稿者：NAME
    投稿日：2026/11/16(月) 21:04 No.1821" over a blockquote body; names linked to mailto: or
    followed by a home-page icon; no statistics, no quotes; the reply form below.
  - an Arabic board INDEX with a SHOUT BOX ("منتدى الدهليز"), written from memory of onion forums:
    a rules box (five rules), three categories of boards in tables (topics, posts in Arabic-Indic
    digits, the last post), the shout box's seven "[١١:٥٨] NAME: words" lines in the side column,
    who is online and the totals; a board index carries no records (the shout box's lines are no
    thread's posts).
  - a Vietnamese PGP TWO-FACTOR login ("Diễn đàn Bến Thuyền"), written from memory of onion
    forums' 2FA: step 2 of 3, the member's name, the encrypted message in a readonly textarea, the
    key it was encrypted to, a field for the code and "Xác nhận": type login, no records.

market pages (only innocuous goods: linen, soap, stationery, honey, candles, an office-software
licence, faience, pottery, porcelain, birch-bark ware)
  - a 1C-Bitrix catalog.element page (Russian, "Берестяная лавка"), rebuilt from a public copy of
    Bitrix's catalog.element .default template (found by the reference search's string search, its
    repository unnamed; a customised copy in bravo-lexa/ik-opt was read too and not followed)
    (read: div.bx-catalog-element, h1.bx-title, dl.product-item-detail-properties of
    the DISPLAY_PROPERTIES with a multiple value joined by " / ", div.product-item-detail-price-old,
    -price-current and item_economy_price, the -13% ring, the quantity block, the buttons, the tab
    list and tab contents); bitrix:breadcrumb's bx-breadcrumb-item chain (the last crumb the
    product, the one before it the section), the eshop header and the related items' small cards
    as remembered. "1 290 ₽" the price ("1 490 ₽" struck, "Экономия 200 ₽" and the related items'
    prices no price); Продавец, "Отправка из", Доставка "Россия / Беларусь / Казахстан".
  - an English LISTING with an ORDER FORM ("Ironbridge Market"), written from memory: "$34.00"
    over "≈ 0.2106 XMR" at the ticker's rate; fieldsets Quantity, Postage (three options "+$4.50"
    ...), Payment (multisig escrow; Finalize Early disabled), Delivery address (PGP-encrypted);
    "Order total: $34.00 + postage"; a vendor aside with its bond badge, level and sales; the
    vendor's other items and recent feedback with their prices and dates no facts of this item.
  - a French market HOME page ("Marché de la Chouette"), written from memory: the team's news (a
    new vendor bond of 0,5 XMR), six featured cards (a category chip, a title, "par VENDOR · 97 %",
    "Expédié de FROM vers TO" or "Livraison numérique", "14,50 € ≈ 0,0951 XMR"), the categories
    with counts and the month's vendors in the side column, and the mirror list CLEARSIGNED by the
    market's key in a pre: a listing index of its six cards (no next page: "Voir toutes les
    nouveautés" is another list).
  - a Portuguese VENDOR page ("Mercado Jangada"), written from memory: "Caução de vendedor paga",
    a dl "Membro desde 14 de março de 2022", "Avaliações 1 204 (98,3 % positivas)", "Vendas
    concluídas 2 317"; four panes behind radio-button tabs (all in the markup): the products (links
    with prices, no records), "Impressão digital:" over the armoured key in a pre, the terms, the
    reviews' summary "Positivas: 1 184 · Neutras: 12 · Negativas: 8".
  - a Chinese FEEDBACK page ("金桥市场", the shop 景德镇瓷坊), written from memory: "累计评价 2,361",
    "好评率 97.6%", "好评 2,304 / 中评 38 / 差评 19"; five rows with the item, the amount in USDT,
    the escrow's outcome (released on receipt, auto-confirmed, finalized early, a dispute ruled),
    the masked buyer and the time ("今天 09:12", "昨天 21:40"); "下一页 ›" to page 2 of 473.
The keys are REAL OpenPGP v4 public keys (ed25519; the login's member key with a cv25519
encryption subkey) generated for this round with gpg in a throwaway GnuPG home under /tmp (with
faked creation times in 2022, 2023 and 2024) that was deleted afterwards; the mirror list is really
clearsigned by the French market's key (signature time 2026-11-20 07:40 UTC) and the login's
message really encrypted to the member's subkey.

How close each page is to a real site: the Elgg discussion, the glFusion topic and the Bitrix
element follow their engines' markup as read above (strings translated as a site would); the other
seven are shaped from memory (CGI boards, board indexes with shout boxes, 2FA challenges, order
forms, market home pages with signed mirrors, CSS-tab vendor pages, escrow feedback tables). Page
frames, strings and all content are invented for this round; sites and addresses are fictional
(.example hosts and made-up 56-character .onion names; www.w3.org only in doctypes and XHTML
namespaces and schema.org only as the Bitrix page's vocabulary, never fetched).

Truth conventions, as rounds 24-47: a post's body without quotes, signatures and edit notes;
quotes name the quoted members; relative dates resolve against the harness's NOW_TIME (2026-11-20
12:00), and where a time element carries the exact minute (Elgg's datetime) that minute is the
post's time; names as the page shows them (Elgg's display names); an author record for every
poster whose statistics the page shows, once, in order of first post (none on pages that show no
statistics); a board index, a login page no records; a listing's price is the one a buyer pays for
one unit (conversions, struck prices, savings, postage, totals and other items' prices no price);
the category is the last category crumb (the product's own crumb no category) or the card's chip;
a card that shows no places has none; a vendor page's product links give no listing records; a
feedback page gives its vendor's record with the totals shown (has_pgp_key None).

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (e3befb9) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 48 --side holdout --misses``): those of 747bc53 (the last session's end), of 7dbbd68
(rounds 44 and 45 mended) and of 01a5e67 (rounds 46 and 47 too). None had seen this round's pages;
every helper who wrote those mends kept it out of every scan.

    template                   747bc53  7dbbd68  01a5e67
    benthuyen_pgp2fa_vi          0.000    0.000    0.000  (a PGP two-factor login)
    dahliz_index_ar              0.000    0.000    0.000  (a shout box read as posts)
    koharubiyori_thread_ja       0.000    0.000    0.000  (ISO-2022-JP: read as a login)
    jinqiao_feedback_zh          0.105    0.105    0.105  (reviews read as cards)
    elgg_discussion_es           0.286    0.286    0.286  (dates a post off; quotes)
    chouette_home_fr             0.909    0.988    0.988  (categories; a digital item's places)
    glfusion_topic_de            0.912    0.912    0.912  (title; a date; a body)
    bitrix_catalog_element_ru, ironbridge_listing_en, jangada_vendor_pt 1.000
    overall                      0.636    0.664    0.664

This round and round 49 are this session's second blind measure: the parsers of 747bc53 are the last
session's, those of 7dbbd68 carry this session's mends of rounds 44 and 45, those of 01a5e67 those
of rounds 46 and 47 too. The mends of rounds 44 and 45 carried here on the featured cards of a
market's home page (+0.028: their categories, as the site's counted list of categories names them,
parsers.facet_names); those of rounds 46 and 47 nothing. Blind scores of the rounds (3 to 47):
0.646, 0.778, 0.714, 0.946, 0.798, 0.699, 0.601, 0.750, 0.857, 0.466, 0.612, 0.538, 0.773, 0.313,
0.694, 0.684, 0.376, 0.578, 0.517, 0.514, 0.848, 0.777, 0.858, 0.406, 0.782, 0.902, 0.752, 0.831,
0.738, 0.820, 0.891, 0.770, 0.942, 0.679, 0.736, 0.893, 0.837, 0.587, 0.741, 0.919, 0.667, 0.858,
0.710, 0.764, 0.720 and here 0.664 (0.636 at this session's start). KNOWN_MISSES held every wrong
value of 01a5e67 (those left since the mends below). This round is BLIND: do not tune the parsers on
its pages; mend a miss only as a general mechanism, with test pages of its own, and say so here.

Mended after its blind measure, each miss by a general mechanism with test pages of its own
(856986d to 285cf77): a login's second step by PGP, an armored message over a short posted field
(parsers.pgp_challenge); a chat log that is a small part of its page is no thread
(parsers.chat_log); the page's own words for its feedback kinds, learned from its counts by kind
beside the positive share (parsers.review_rows); a password field in a reply form is its delete
key, and posts headed by an author's label and a date (parsers.classify,
parsers.labelled_heads); a post's words after its byline in a media object (parsers.media_body);
the <title>'s part shown after a short label as the thread's title, bracketed asides in a byline,
an edit note run into the last paragraph (parsers.thread_title, parsers.post_dates,
parsers.note_lines); shipping words opening a phrase name no place (parsers.market_places): 0.664
-> 1.000.
"""

from __future__ import annotations

import base64
import html
import re
from datetime import date
from pathlib import Path
from typing import Any

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

DATA = Path(__file__).parent / "data" / "general_r48"

_ELGG = "http://elggvecinosfskufssgcuptjp6aes63rrhr2mbngpiagqytu4cvqclfd.onion"
_GLF = "http://glfusionwerkfzaforujfhvbfmpo27zwpp7sglo4im5mrt2umiwxx7dd.onion"
_DAHL = "http://dahlizalsaharomqair6zpyv4qyiitr463tj5v76odf5mgl2mzo5idwd.onion"
_KOHA = "http://koharubiyoribssdcklwq45tqhxn2hivd6e37vplqva7xghwbjdyyb5d.onion"
_BENT = "http://benthuyenmxnjcqpit7lii3cg3hgcmbezn6vakf7coalwp76onl5oiyd.onion"
_BERE = "http://berestmarket7o7g3hm25q3niv277fonzikqxprao2kloqsykwlv6bbd.onion"
_IRON = "http://ironbridgef52qkgd5nzflete3o73lj24l7lxgm2hf7no3hs3mx6kcad.onion"
_CHOU = "http://chouettemarchewslg6yltzly7b7ho2egsmnk5sn4xxerhqtz7zf76ud.onion"
_JANG = "http://jangadamercadorzk7osgj5i2mt5tzr2tpw7ooyjguderhhphvhxgg6d.onion"
_JINQ = "http://jinqiaoshichangqvdmulrguhdbd7cy2adturndpvj7dq4dxpxizkxud.onion"
_FP_JANG = "5318BED8AF240659E4F462F57A7E3DDB4E22D54D"
_FP_CHOU = "F2F2F451B19DCE56EAEA653C394EE64054D6069C"
_FP_BENT = "097855B9FE12D744772F64FF9F66BAB755EE019E"

_KOHARU = "holdout/koharubiyori_thread_ja_iso2022jp.html"
#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {_KOHARU: "iso-2022-jp"}

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # Elgg discussion, Spanish: h2.elgg-heading-main the title; div.elgg-subtext "Por NAME" the
    # display names; time[datetime] the times (the text "hace 3 días", "ayer", "hace 2 horas",
    # "hace 12 minutos"; the topic's own date past a week); a blockquote "NAME escribió:" a
    # quote; the likes no body. No statistics: no author records.
    "holdout/elgg_discussion_relative_es.html": {
        "template": "elgg_discussion_es", "type": "thread",
        "url": _ELGG + "/discussion/view/90417/cuando-plantar-ajos-en-maceta",
        "records": [
            {"type": "thread", "title": "¿Cuándo plantar ajos en maceta?"},
            _post("Maribel Ortigosa", "2026-11-12T19:42:00", 0,
                  "Tengo un balcón orientado al sur y quiero plantar ajos en una jardinera de sesenta "
                  "centímetros.\n¿Es tarde para hacerlo a mediados de noviembre o mejor espero a enero?", []),
            _post("Tomeu Amengual", "2026-11-17T09:15:00", 1,
                  "Todavía estás a tiempo: el ajo necesita frío para formar bien la cabeza.\n"
                  "Entierra los dientes a unos cinco centímetros, con la punta hacia arriba, y no riegues "
                  "en exceso.", []),
            _post("Lucía Ferrer", "2026-11-19T08:30:00", 2,
                  "Yo uso ajo morado de Las Pedroñeras y en maceta me va muy bien.\n"
                  "Eso sí, compra ajo de siembra; el del supermercado a veces viene tratado para que no "
                  "brote.", []),
            _post("Maribel Ortigosa", "2026-11-20T09:05:00", 3,
                  "¡Gracias! Los planté ayer por la tarde, doce dientes en la jardinera.\n"
                  "Os contaré en primavera cómo han salido.", ["Tomeu Amengual"]),
            _post("Quique Balcón", "2026-11-20T11:48:00", 4,
                  "Si la jardinera es de plástico oscuro, ponla sobre unos tacos de madera para que no se "
                  "encharque.", []),
        ],
    },
    # glFusion topic, German: "Betreff:" in the header row and the <title> the title; "Von: NAME"
    # the names; "am Oktober 29 2026 20:14" the times; the right-hand cell's "Mitglied seit:
    # MM/DD/YY" and "Beiträge:" the statistics; div.quotemain "Zitat von: NAME" a quote; the bold
    # signature after the hr and "[Bearbeitet um ...]" in the body's paragraph no body.
    "holdout/glfusion_forum_topic_de.html": {
        "template": "glfusion_topic_de", "url": _GLF + "/forum/viewtopic.php?showtopic=4391",
        "type": "thread",
        "records": [
            {"type": "thread", "title": "Welches Öl für eine Arbeitsplatte aus Eiche?"},
            _post("Hobelspan", "2026-10-29T20:14:00", 0,
                  "Ich baue gerade eine Küchenarbeitsplatte aus geölter Eiche, 40 mm stark.\n"
                  "Hartwachsöl oder reines Leinöl, was hält bei Wasser und Rotwein besser?", []),
            _post("Eichenmeister", "2026-10-30T07:52:00", 1,
                  "Für eine Küche nimm Hartwachsöl, reines Leinöl braucht Wochen zum Aushärten und bleibt "
                  "empfindlich.\nDrei dünne Schichten, jede nach zwanzig Minuten abwischen, dazwischen mit "
                  "Körnung 320 zwischenschleifen.", ["Hobelspan"]),
            _post("Leimzwinge_Ute", "2026-11-19T21:03:00", 2,
                  "Denk an die Unterseite und die Stirnkanten, sonst verzieht sich die Platte.\n"
                  "Ich öle die Unterseite immer genauso oft wie die Oberseite.", []),
            _post("Hobelspan", "2026-11-20T10:26:00", 3,
                  "Gut, dass du das sagst, die Unterseite hätte ich glatt vergessen.\n"
                  "Die erste Schicht Hartwachsöl ist drauf, morgen kommt die zweite.", ["Leimzwinge_Ute"]),
            _author("Hobelspan", 1287, "2019-03-14"),
            _author("Eichenmeister", 4816, "2012-10-27"),
            _author("Leimzwinge_Ute", 96, "2023-06-19"),
        ],
    },
    # Arabic board index: a rules box, six boards in three categories with counts and last posts,
    # a shout box of seven lines, who is online and the totals; a board index carries no records.
    "holdout/dahliz_index_shoutbox_ar.html": {
        "template": "dahliz_index_ar", "url": _DAHL + "/", "type": "forum_index", "records": [],
    },
    # Japanese CGI board, ISO-2022-JP: the parent post's title the thread's; "投稿者：" the names;
    # "投稿日：" the times; the blockquotes the bodies. No statistics, no quotes.
    _KOHARU: {
        "template": "koharubiyori_thread_ja", "url": _KOHA + "/keijiban.cgi?res=1821", "type": "thread",
        "records": [
            {"type": "thread", "title": "梅干しの土用干しは何日必要？"},
            _post("うめ吉", "2026-11-16T21:04:00", 0,
                  "今年の夏、初めて梅干しを漬けました。\n"
                  "土用干しは三日三晩と聞きましたが、雨で二日しか干せませんでした。\n"
                  "このまま保存しても大丈夫でしょうか。", []),
            _post("漬物名人", "2026-11-17T07:38:00", 1,
                  "二日でも表面がしっかり乾いていれば大丈夫です。\n"
                  "塩分が十八パーセント以上あれば、常温で何年も持ちますよ。", []),
            _post("こうじ屋", "2026-11-19T22:51:00", 2,
                  "うちは干した後に梅酢へ戻さず、そのまま瓶で保存しています。\n"
                  "瓶は焼酎で拭いておくと安心です。", []),
            _post("うめ吉", "2026-11-20T08:12:00", 3,
                  "皆さんありがとうございます。来年は晴れの日を選んで三日干してみます。", []),
        ],
    },
    # Vietnamese PGP 2FA: step 2 of the log-in asks for the code inside a message encrypted to the
    # member's key; the site wants a member: type login, no records.
    "holdout/benthuyen_pgp2fa_login_vi.html": {
        "template": "benthuyen_pgp2fa_vi", "url": _BENT + "/dang-nhap/xac-minh", "type": "login",
        "records": [],
    },
    # Bitrix catalog element, Russian: h1.bx-title; "1 290 ₽" the price (the struck "1 490 ₽",
    # "Экономия 200 ₽" and the related items' prices no price); Продавец; "Отправка из"; Доставка
    # "Россия / Беларусь / Казахстан"; the crumb before the product's own the category.
    "holdout/bitrix_catalog_element_rub_ru.html": {
        "template": "bitrix_catalog_element_ru", "type": "listing",
        "url": _BERE + "/catalog/posuda-iz-beresty/tuesok-iz-beresty-1l/",
        "records": [_listing("Туесок из бересты с крышкой, 1 л", 1290.0, "RUB", "Мастерская_Берестень",
                             "Посуда из бересты", "Россия", ["Россия", "Беларусь", "Казахстан"])],
    },
    # English listing with an order form: h1.ib-title; "$34.00" the price ("≈ 0.2106 XMR", the
    # postage options, the order total, the vendor's other items and the feedback no price);
    # "Sold by" loomhouse_wren; the last crumb Textiles; "Ships from:" / "Ships to:".
    "holdout/ironbridge_listing_orderform_usd_en.html": {
        "template": "ironbridge_listing_en", "url": _IRON + "/l/88214", "type": "listing",
        "records": [_listing("Indigo-dyed linen tea towels, set of 3", 34.0, "USD", "loomhouse_wren",
                             "Textiles", "United Kingdom", ["United Kingdom", "European Union"])],
    },
    # French home page: six article.cq-carte (span.cq-rubrique the category, h3 the title, "par
    # VENDOR · N %", "Expédié de FROM vers TO" or "Livraison numérique", "PRICE €"); the news, the
    # side column's categories and vendors and the signed mirror list no cards.
    "holdout/chouette_home_featured_eur_fr.html": {
        "template": "chouette_home_fr", "url": _CHOU + "/", "type": "listing_index",
        "records": [
            _listing("Savon d'Alep 200 g, lot de 2", 14.5, "EUR", "Atelier_Sapo", "Hygiène & soins", "France",
                     ["Union européenne"]),
            _listing("Carnet de croquis relié main, A5", 19.9, "EUR", "Reliure_Brochant", "Papeterie",
                     "Belgique", ["Europe"]),
            _listing("Miel de lavande de Provence, 500 g", 12.8, "EUR", "Rucher_du_Ventoux", "Épicerie",
                     "France", ["France"]),
            _listing("Bougies en cire d'abeille, lot de 4", 22.0, "EUR", "Cirerie_Alpine", "Maison", "Suisse",
                     ["Europe"]),
            _listing("Clé de licence, suite bureautique, 1 poste", 9.99, "EUR", "Logitheque_Nord",
                     "Logiciels", None, None),
            _listing("Service à thé en faïence de Quimper, 6 tasses", 1249.0, "EUR", "Faiencerie_Odet",
                     "Arts de la table", "France", ["Monde entier"]),
        ],
    },
    # Portuguese vendor: h1.jg-nome Olaria_Barcelos; "Avaliações" 1 204 (98,3 % positivas);
    # "Membro desde" 14 de março de 2022 ("Última visita" no join day); the key in pre.jg-chave.
    # The three products are links of this page, not records of it.
    "holdout/jangada_vendor_bond_pgp_pt.html": {
        "template": "jangada_vendor_pt", "url": _JANG + "/vendedor/Olaria_Barcelos", "type": "vendor",
        "records": [_vendor("Olaria_Barcelos", 1204, 98.3, "2022-03-14", _FP_JANG)],
    },
    # Chinese feedback page: its shop 景德镇瓷坊 with the totals shown ("累计评价" 2,361, "好评率"
    # 97.6%); five reviews (their items' USDT amounts no vendor facts); "下一页 ›" to page 2.
    "holdout/jinqiao_feedback_escrow_zh.html": {
        "template": "jinqiao_feedback_zh", "url": _JINQ + "/dianpu/jdzcifang/pingjia", "type": "feedback",
        "next": _JINQ + "/dianpu/jdzcifang/pingjia?ye=2",
        "records": [_feedback_vendor("景德镇瓷坊", 2361, 97.6)],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers give on the holdout side where it differs from TRUTH since the mends (parsers
# of 285cf77; blind, 01a5e67 gave the values the docstring counts).
# Key: "kind[i].field" (or "page_type"); value: what the parsers gave.
KNOWN_MISSES: dict[str, dict[str, Any]] = {}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(1.0)
_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)

_text = ROUND.page_text(ENCODINGS)
_posts = ROUND.records_of("post")
_listings = ROUND.records_of("listing")
_authors = ROUND.author_stats
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩٬", "0123456789,")




def test_five_forum_pages_and_five_market_pages() -> None:
    kinds = [t["type"] for t in TRUTH.values()]
    counts = [kinds.count(k) for k in ("thread", "forum_index", "login", "listing", "listing_index", "vendor",
                                       "feedback")]
    assert counts == [3, 1, 1, 2, 1, 1, 1]
    for page, truth in TRUTH.items():
        if truth["type"] == "thread":
            authors = [p["author"] for p in _posts(page)]
            assert [p["index"] for p in _posts(page)] == list(range(len(authors)))
            # An author record for every poster whose statistics the page shows (only glFusion's).
            stats = [r["name"] for r in ROUND.records_of("author")(page)]
            assert stats in ([], list(dict.fromkeys(authors))), page
        elif truth["type"] in ("forum_index", "login"):
            assert truth["records"] == [], page
        else:
            assert truth["records"] and _posts(page) == [], page
    assert sum(bool(ROUND.records_of("author")(p)) for p in TRUTH) == 1
    assert sum(any(q["quotes"] for q in _posts(p)) for p in TRUTH) == 2


def test_ten_big_languages_and_one_page_in_iso_2022_jp() -> None:
    langs = ROUND.page_langs(ENCODINGS)
    assert sorted(langs.values()) == ["ar", "de", "en-GB", "es", "fr", "ja", "pt-PT", "ru", "vi", "zh-CN"]
    assert set(ENCODINGS) == {page for page in TRUTH if "iso2022jp" in page}
    modules = [Path(__file__).with_name(f"test_parsers_general_r{n}.py") for n in range(3, 48)]
    assert not any("2022-jp" in m.read_text(encoding="utf-8").lower() for m in modules if m.exists())


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
test_every_post_body_is_written_on_its_page_line_by_line = ROUND.bodies_on_its_page(ENCODINGS)
test_every_address_of_the_truth_and_the_pages_is_a_fictional_host = ROUND.fictional_hosts(ENCODINGS)


def test_the_japanese_board_is_iso_2022_jp_with_its_own_escapes() -> None:
    raw = (DATA / _KOHARU).read_bytes()
    # Seven bits: every byte ASCII, the kanji and kana as JIS X 0208 pairs between escapes.
    assert max(raw) < 0x80
    assert b'content="text/html; charset=iso-2022-jp"' in raw and raw.count(b"charset=") == 1
    assert raw.count(b"\x1b$B") == raw.count(b"\x1b(B") > 50
    # 投稿者 is three two-byte JIS codes (0x45 0x6A, 0x39 0x46, 0x3C 0x54) inside the ESC $ B run that
    # opens on the full-width space before it; read as UTF-8 or Shift_JIS the page is ASCII with
    # escapes, none of its Japanese words.
    assert raw.count(b"\x1b$B!!Ej9F<T!'") == 4
    assert "投稿者" not in raw.decode("utf-8") and "投稿者" not in raw.decode("shift_jis")


def test_the_japanese_names_times_and_bodies_are_the_truths() -> None:
    text = _text(_KOHARU)
    heads = re.findall(r"投稿者：(?:<a href=\"[^\"]+\">)?<b>([^<]+)</b>.*?"
                       r"投稿日：(\d{4})/(\d\d)/(\d\d)\((.)\) (\d\d:\d\d)", text, re.S)
    days = "月火水木金土日"
    for _, y, m, d, wd, _t in heads:
        assert days[date(int(y), int(m), int(d)).weekday()] == wd
    assert [(n, f"{y}-{m}-{d}T{t}:00") for n, y, m, d, _, t in heads] == [
        (p["author"], p["posted_at"]) for p in _posts(_KOHARU)]
    titles = re.findall(r'<font color="#b05030"><b>([^<]+)</b></font>', text)
    title = TRUTH[_KOHARU]["records"][0]["title"]
    assert titles == [title] + [f"Re: {title}"] * 3
    assert text.count("mailto:") == 3 and "http://tsukemono.example/" in text


def test_the_elgg_times_are_the_datetimes_and_their_friendly_words() -> None:
    page = "holdout/elgg_discussion_relative_es.html"
    text = _text(page)
    times = re.findall(r'<div class="elgg-subtext">Por <a href="/profile/\w+">([^<]+)</a> '
                       r'<time title="([^"]+)" datetime="([^"]+)\+00:00">([^<]+)</time>', text)
    assert [(n, dt) for n, _, dt, _ in times] == [(p["author"], p["posted_at"]) for p in _posts(page)]
    assert [w for *_, w in times] == ["12 November 2026 @ 7:42pm", "hace 3 días", "ayer", "hace 2 horas",
                                      "hace 12 minutos"]
    # Elgg's friendly times floor the difference: 3 days, 1 day ("ayer"), 2 hours, 12 minutes.
    posted = [p["posted_at"] for p in _posts(page)]
    assert posted[1] == f"{day_ago(3)}T09:15:00" and time_ago(days=3, hours=2, minutes=45) == posted[1]
    assert posted[2] == time_ago(hours=27, minutes=30) and posted[3] == time_ago(hours=2, minutes=55)
    assert posted[4] == time_ago(minutes=12)
    assert "<strong>Tomeu Amengual escribió:</strong>" in text
    assert ROUND.records_of("author")(page) == [] and "Me gusta" in text


def test_the_glfusion_stats_times_quotes_and_edit_note_are_the_truths() -> None:
    page = "holdout/glfusion_forum_topic_de.html"
    text = _text(page)
    blocks = text.split("<!-- start topic.thtml -->")[1:]
    assert len(blocks) == 4
    months = {"Oktober": 10, "November": 11}
    stats, times = set(), []
    for block in blocks:
        name, month, day, year, hm = re.search(  # type: ignore[union-attr]
            r'Von:  <a href="[^"]+" class="authorname \d"><b>([^<]+)</b></a> \((?:on|off)line\)&nbsp;am&nbsp;'
            r"(\w+) (\d\d) (\d{4}) (\d\d:\d\d)", block).groups()
        times.append((name, f"{year}-{months[month]:02}-{day}T{hm}:00"))
        m, d, y, count = re.search(r"Mitglied seit: (\d\d)/(\d\d)/(\d\d)<br />\s*Beiträge: (\d+)<br />",  # type: ignore[union-attr]
                                   block).groups()
        assert int(d) > 12  # month first reads one way only
        stats.add((name, int(count), f"20{y}-{m}-{d}"))
    assert times == [(p["author"], p["posted_at"]) for p in _posts(page)]
    assert stats == _authors(page)
    heads = re.findall(r'<span style="text-decoration: underline;">Zitat von: ([^<]+)</span>', text)
    assert [[h] for h in heads] == [p["quotes"] for p in _posts(page) if p["quotes"]]
    assert "[Bearbeitet um 11/19/26 21:10 von Leimzwinge_Ute]" in text
    assert "<b>Gruß aus dem Spessart – Holz arbeitet immer.</b>" in text
    assert all("Bearbeitet" not in p["body"] and "Spessart" not in p["body"] for p in _posts(page))
    assert f'<b>Betreff: {TRUTH[page]["records"][0]["title"]}</b>' in text


def test_the_arabic_index_counts_add_up_and_its_shout_box_is_no_thread() -> None:
    page = "holdout/dahliz_index_shoutbox_ar.html"
    text = _text(page)
    rows = re.findall(r'<a class="dh-board__name" href="/f/\d+">[^<]+</a>'
                      r'<div class="dh-board__desc">[^<]+</div></td>\s*'
                      r"<td>([^<]+)</td><td>([^<]+)</td>", text)
    topics = [int(t.translate(_ARABIC_DIGITS).replace(",", "")) for t, _ in rows]
    posts = [int(p.translate(_ARABIC_DIGITS).replace(",", "")) for _, p in rows]
    assert len(rows) == 6 and sum(topics) == 1871 and sum(posts) == 20688
    totals = re.search(r"المواضيع ([٠-٩٬]+) · المشاركات ([٠-٩٬]+)", text).groups()  # type: ignore[union-attr]
    assert [int(t.translate(_ARABIC_DIGITS).replace(",", "")) for t in totals] == [1871, 20688]
    assert text.count('<li class="dh-shout__line">') == 7 and TRUTH[page]["records"] == []


def test_the_vietnamese_login_asks_for_a_code_from_a_real_encrypted_message() -> None:
    page = "holdout/benthuyen_pgp2fa_login_vi.html"
    text = _text(page)
    armour = re.search(r"-----BEGIN PGP MESSAGE-----\n\n(.*?)\n=\S{4}\n-----END PGP MESSAGE-----",  # type: ignore[union-attr]
                       text, re.S).group(1)
    data = base64.b64decode("".join(armour.split()))
    # The first packet is a v3 public-key encrypted session key (tag 1) to the subkey the page names.
    assert data[0] == 0x84 and data[2] == 3
    shown = re.search(r"khóa con <code>0x([0-9A-F]{16})</code>", text).group(1)  # type: ignore[union-attr]
    assert data[3:11].hex().upper() == shown
    primary = re.search(r'<code class="bv-fpr">([0-9A-F ]+)</code>', text).group(1)  # type: ignore[union-attr]
    assert primary.replace(" ", "") == _FP_BENT
    assert re.search(r'<input id="bv-code" [^>]*name="ma"', text) and 'type="password"' not in text
    assert TRUTH[page]["records"] == []


def test_the_bitrix_price_is_the_current_one_and_the_properties_its_facts() -> None:
    page = "holdout/bitrix_catalog_element_rub_ru.html"
    text = _text(page)
    (listing,) = _listings(page)

    def rub(cls: str) -> float:
        shown = re.search(rf'<div class="{cls}"[^>]*>\s*(?:Экономия )?([\d ]+) &#8381;', text).group(1)  # type: ignore[union-attr]
        return shown_number(shown, " ")

    current, old, saved = rub("product-item-detail-price-current"), rub("product-item-detail-price-old"), rub(
        "item_economy_price")
    assert current == listing["price"] and old - current == saved == 200.0
    assert f"<span>-{round(100 * saved / old)}%</span>" in text
    assert '<meta itemprop="price" content="1290" />' in text
    assert '<meta itemprop="priceCurrency" content="RUB" />' in text
    props = dict(re.findall(r"<dt>([^<]+)</dt>\s*<dd>([^<]+)</dd>", text))
    assert (props["Продавец"], props["Отправка из"]) == (listing["vendor"], listing["ships_from"])
    assert props["Доставка"].split(" / ") == listing["ships_to"]
    crumbs = re.findall(r'<span itemprop="name">([^<]+)</span>', text)
    assert crumbs == ["Главная", "Каталог", listing["category"]]
    assert f'<span>{listing["title"]}</span>\n\t\t\t</div><div style="clear:both"></div>' in text
    related = [shown_number(p, " ") for p in re.findall(r'_price">([\d ]+) &#8381;</span>', text)]
    assert related == [450.0, 4900.0, 320.0] and listing["price"] not in related


def test_the_english_price_converts_at_the_ticker_and_the_postage_is_no_price() -> None:
    page = "holdout/ironbridge_listing_orderform_usd_en.html"
    text = _text(page)
    (listing,) = _listings(page)
    usd = float(re.search(r'<span class="ib-price__usd">\$([\d.]+)</span>', text).group(1))  # type: ignore[union-attr]
    xmr = float(re.search(r'<span class="ib-price__xmr">≈ ([\d.]+) XMR</span>', text).group(1))  # type: ignore[union-attr]
    rate = float(re.search(r"1 XMR = \$([\d.]+)", text).group(1))  # type: ignore[union-attr]
    assert usd == listing["price"] and round(usd / rate, 4) == xmr
    postage = [float(p) for p in re.findall(r"\(\+\$([\d.]+)\)</option>", text)]
    assert postage == [4.5, 9.0, 14.0]
    facts = dict(re.findall(r"<li><b>([^<]+):</b> ([^<]+)</li>", text))
    assert facts["Ships from"] == listing["ships_from"]
    assert facts["Ships to"].split(", ") == listing["ships_to"]
    assert f'<p class="ib-vendor__name"><a href="/v/{listing["vendor"]}">' in text
    assert re.findall(r'<a href="/c/[^"]+">([^<]+)</a>', html.unescape(text))[-1] == listing["category"]
    assert "Vendor bond paid" in text and "2-of-3 multisig escrow" in text and "disabled" in text


def test_the_french_cards_are_the_truths_and_the_mirror_list_really_signed() -> None:
    page = "holdout/chouette_home_featured_eur_fr.html"
    text = html.unescape(_text(page))
    cards = re.findall(r'<span class="cq-rubrique">([^<]+)</span>\s*'
                       r'<h3 class="cq-titre"><a href="[^"]+">([^<]+)</a></h3>\s*'
                       r'<p class="cq-vendeur">par <a href="[^"]+">([^<]+)</a> · [^<]+</p>\s*'
                       r'<p class="cq-route">([^<]+)</p>\s*'
                       r'<p class="cq-prix">([\d\u202f,]+) € <small>≈ ([\d,]+) XMR', text)
    rows = []
    rate = shown_number(re.search(r"1 XMR = ([\d,]+) €", text).group(1), "\u202f", ",")  # type: ignore[union-attr]
    for category, title, vendor, route, price, xmr in cards:
        euros = shown_number(price, "\u202f", ",")
        assert round(euros / rate, 4) == shown_number(xmr, "\u202f", ",")
        places = re.fullmatch(r"Expédié de (.+) vers (.+)", route)
        ships = (places.group(1), [places.group(2)]) if places else (None, None)
        assert places or route == "Livraison numérique"
        rows.append((title, euros, "EUR", vendor, category, *ships))
    ROUND.check_listings(rows, page)
    signed = re.search(r'<pre class="cq-signe">-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n(.*?)\n'  # type: ignore[union-attr]
                       r"-----BEGIN PGP SIGNATURE-----\n\n(.*?)\n=\S{4}\n-----END PGP SIGNATURE-----</pre>",
                       text, re.S).groups()
    # The signature's issuer fingerprint (subpacket 33) is the market's key, written in the text too.
    assert bytes.fromhex(_FP_CHOU) in base64.b64decode("".join(signed[1].split()))
    shown = re.search(r"empreinte ([0-9A-F ]+)\)", signed[0]).group(1)  # type: ignore[union-attr]
    assert shown.replace(" ", "") == _FP_CHOU
    assert len(re.findall(r"[a-z2-7]{56}\.onion", signed[0])) == 3 and "0,5 XMR" in text
    assert "next" not in TRUTH[page]


def test_the_portuguese_key_is_real_and_the_figures_the_truths() -> None:
    page = "holdout/jangada_vendor_bond_pgp_pt.html"
    text = _text(page)
    armour = re.search(r'<pre class="jg-chave">-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=\S{4}\n'  # type: ignore[union-attr]
                       r"-----END PGP PUBLIC KEY BLOCK-----</pre>", text, re.S).group(1)
    assert v4_fingerprint(armour) == _FP_JANG
    shown = re.search(r"Impressão digital: <code>([0-9A-F ]+)</code>", text).group(1)  # type: ignore[union-attr]
    assert shown.replace(" ", "") == _FP_JANG and len(shown.split()) == 10
    (vendor,) = ROUND.records_of("vendor")(page)
    facts = dict(re.findall(r"<div><dt>([^<]+)</dt><dd>([^<]+)</dd></div>", text))
    count, share = re.fullmatch(r"([\d\xa0]+) \(([\d,]+)\xa0% positivas\)", facts["Avaliações"]).groups()  # type: ignore[union-attr]
    assert int(shown_number(count, "\xa0")) == vendor["feedback_count"]
    assert shown_number(share, "\xa0", ",") == vendor["rating"]
    assert facts["Membro desde"] == "14 de março de 2022" and vendor["member_since"] == "2022-03-14"
    shown = re.findall(r"(?:Positivas|Neutras|Negativas): ([\d\xa0]+)", text)
    kinds = [int(shown_number(n, "\xa0")) for n in shown]
    assert sum(kinds) == vendor["feedback_count"]
    assert round(100 * kinds[0] / sum(kinds), 1) == vendor["rating"]
    assert _listings(page) == [] and text.count('href="/anuncio/') == 3 and text.count('type="radio"') == 4


def test_the_chinese_totals_add_up_and_the_next_page_is_shown() -> None:
    page = "holdout/jinqiao_feedback_escrow_zh.html"
    text = _text(page)
    (vendor,) = ROUND.records_of("vendor")(page)
    total, share = re.findall(r'<span class="jn-num">([^<]+)</span>', text)
    assert int(shown_number(total, ",")) == vendor["feedback_count"]
    assert float(share.removesuffix("%")) == vendor["rating"]
    kinds = [int(shown_number(n, ",")) for n in re.findall(r"<li>[好中差]评 ([\d,]+)</li>", text)]
    assert sum(kinds) == vendor["feedback_count"]
    assert round(100 * kinds[0] / sum(kinds), 1) == vendor["rating"]
    assert text.count("<tr class=\"jn-") == 5 and vendor["has_pgp_key"] is None
    assert f'pingjia?ye={-(-vendor["feedback_count"] // 5)}">' in text
    assert f'<a class="jn-next" href="{TRUTH[page]["next"][len(_JINQ):]}">下一页 ›</a>' in text
