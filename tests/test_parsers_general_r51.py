"""parsers.parse_page on round-51 generality pages (tests/data/general_r51): a fully BLIND held-out
set of a realistic onion CRAWL, five forum pages and five market pages, in ten languages, nine of
them in no round of 44-49 (Polish, Dutch, Croatian, Swahili, Slovak, Norwegian Bokmål,
Lithuanian, Finnish and Estonian; Turkish had one page in round 45), in page layouts no earlier
round used. Ten pages, all on the HOLDOUT side (no tune side: no rule was written for any of
them), each an engine, template or layout in no earlier round, with fictional names, words, dates
and prices put in. Three forum threads of
public engines no round used (an Oxwall forum topic, a Ploneboard conversation, a Scoold question
with its answers), an onion forum's thread whose bylines and statistics stand BELOW the bodies,
and a member profile whose statistics are labelled by TOOLTIPS only (icons, a legend at the foot);
a Solidus product page (the starter frontend) and a TomatoCart product page (public engines no
round used), an X-Cart 4 category grid whose cards are spread over the ROWS of one table (a
names row, a codes row, an images row, a prices row, a buttons row: one card a column), a vendor
page written wholly in a TEXT-MODE pre (dotted leaders, an ASCII frame, the real key in it) and a
feedback page grouped by PRODUCT (a details box a product) with the totals at its foot. Numbers
and dates as the pages write them: Oxwall's "16 lis '26, 21:14" (a two-digit year), "wczoraj",
"dzisiaj"; Plone's raw DateTime "2026/11/17 21:30:00 UTC"; Scoold's "prije 3 dana" over a title's
"16 studenoga 2026, 21:30"; Swahili "15 Novemba 2026, 20:40", "jana", "leo"; Slovak "14. 3. 2016";
Money's "1.290,00 kr"; "1.450,00 TL" under a struck "1.690,00 TL"; Lithuanian "1 240,00 €" over
"(≈ 5,223 XMR)"; Finnish "1 842" and "98,7 %"; Estonian "1 276" and "1 256 (98,4 %)".

Every page is an engine, template or layout in none of rounds 3-49, tests/data/forums_general,
tests/data/markets_general, board_posts, card_chips, card_handles, column_places, dash_pieces,
date_slots, form_price, glued_labels, kind_shares, list_rows, member_tiles, mend_forum_lists,
mend_market_r38, note_tails, panel_cards, post_words, poster_panels, profile_shapes,
prose_profiles, since_line, solar_hijri, stat_lines, summed_posts, thread_frames, topic_rows or
vendor_sections: their directories were listed (the first word of every page name: no oxwall,
ploneboard, scoold, ukumbiwanyuki, starapivnica, solidus, tomatocart, xcart4, yomarkkinat or
ooturg) and grepped, with the round modules and the parsers' test modules, for each page's engine
names and class names, and none of Oxwall's ow_ipc, ow_quote, ow_forum_topic_posts and
ow_post_comment, Ploneboard's boardComment, boardCommentBody and boardCommentHeaderTitleBlock,
Scoold's smallpersonbox, viewbox and answers-head, Solidus's product-info__title,
product-variants__list and product-taxons, TomatoCart's productInfoPrice, productSpecialPrice and
moduleBox, X-Cart's products-table, product-name-row, product-cell and price-row, nor the invented
prefixes class="un- (the Swahili thread), zp- (the Slovak profile), jz- (the Finnish vendor) or ot-
(the Estonian feedback page; the first choices sp- and ym- were found in rounds 25 and 31 and
changed before any truth was written), nor the words Barnevelders, Langstroth, sisimizi,
pivnicny_duro, Villsau, Islender, Tokat, Yazmaci_Tokat, "Eski Bedesten", Kuusamon_Kehrääjä,
Hiiumaa_Vilt, Ööturg, Yömarkkinat, "Sodų mugė", verbos, Zakwasownia, Hoenderhof, "Pitaj Vrtlara",
maslinar, nor any member or vendor name of this round is in them. Found and no sign of the same
layout: postbox (round 17's Osimo thread and round 21's Isso comments: other markup), a Lithuanian
linen towel listing (round 29: the Lithuanian cards' first theme here was linen towels, changed to
straw gardens), Saaremaa and a juniper cutting board (parsers' tests: the Estonian vendor was
renamed Hiiumaa_Vilt), Kilimanjaro and Juma (the board_posts Swahili imageboard and parsers' tests:
the members were renamed nyuki_usambara and mfugaji_rehema), "z_modry" (round 40's Slovak member:
renamed pivnicny_duro), demlik (round 30's Turkish captcha and parsers' tests: the Turkish item is
a Tokat print scarf), hardanger (round 40's Nynorsk topic list) and Voss (round 35's Norwegian shop
front): the Norwegian vendor is Villsau_Vestland. Round 50, built at the same time by another
helper in the same working tree, takes templates named A to M and this round N to Z; its page names
(read, not its pages) show a Romanian page in ISO-8859-16: this round's Romanian TomatoCart page in
ISO-8859-16 was then rewritten in Turkish in ISO-8859-9 before any truth was written, so that the
two rounds share neither a language nor a code page.
Languages: Polish, Dutch, Croatian, Swahili, Slovak, Norwegian Bokmål, Turkish, Lithuanian,
Finnish and Estonian. One page is in ISO-8859-9 (Latin-5, the code page osCommerce-era Turkish
language packs declared; no earlier page declared it): declared by ``<meta
http-equiv="Content-Type" content="text/html; charset=iso-8859-9">``; every Turkish letter one
byte (ı 0xFD, ş 0xFE, ğ 0xF0, İ 0xDD) where Latin-1 has ý, þ, ð and Ý.

forum pages
  - an OXWALL forum topic (Polish, "Zakwasownia", a rye sourdough that smells of acetone),
    rebuilt from brindy/oxwall ow_plugins/forum/views/controllers/topic_index.html (read: the
    breadcrumb, div.ow_forum_topic_posts, a div.ow_box / ow_box_empty per post, the info string
    "NAME <span class="ow_tiny">DATE</span>" and the permalink "#N", div.post_content, the edit
    note div.ow_post_comment.ow_ic_edit, the add-post form and the "this topic" box), the 'ipc'
    decorator ow_system_plugins/base/decorators/ipc.html (read: ow_ipc_picture, ow_ipc_header,
    ow_ipc_content, ow_ipc_toolbar) and oxwall/forum views/components/forum_post_quote.html with
    the quote markup of its topic.js (read: blockquote.ow_quote, span.ow_author "QUOTE FROM
    <b>NAME</b>"); the Oxwall page frame, the Polish strings and the dates ("16 lis '26, 21:14",
    "wczoraj, 18:30", "dzisiaj, 09:05") as remembered. No statistics.
  - a PLONEBOARD conversation (Dutch, "Het Hoenderhof", hens that stopped laying in the moult),
    rebuilt from collective/Products.Ploneboard browser/templates/conversation_view.pt and
    skins/ploneboard_templates/comment_view.pt (read: h1.documentFirstHeading, the link-parent
    "Up to", div.boardConversation > div.boardComment, div.boardCommentHeaderTitleBlock with the
    comment's h3 title, "Posted by <a href="/author/ID">FULL NAME</a> at DATE" (the creation date
    written raw), div.boardCommentBody with the portrait and div.boardCommentContent, the reply
    button, fieldset.commentAttachments, the quick reply); the Plone 4 Sunburst frame and the
    recent-conversations portlet as remembered. The names are the members' full names (their ids
    in the links differ); a reply's "Joop van Dam schreef:" over a blockquote is a quote; the
    comments' own titles ("Re: ...") and the attachment list are no body. No statistics.
  - a SCOOLD question with its answers (Croatian, "Pitaj Vrtlara", when to prune olive trees),
    rebuilt from Erudika/scoold src/main/resources/templates/question.vm and macro.vm (read: the
    answered mark, div#post-title, #postbox (div.postbody, the votebox, "posts.posted" and
    #formatdate, which writes a relative "humantime" text in a span whose title is the exact
    time "dd MMMM yyyy, HH:mm" of the locale, "posts.edited", #smallpersonbox with the name and
    a reputation chip), the answers head with its count, the sidebar's views, answers, tags and
    similar posts) and lang_hr.properties (read: Objavljeno, Uređeno, Odgovori, Pregleda,
    Glasovi, Najnovije, humantime "prije {0} dana" / "prije {0} sati", Slične objave); the
    Materialize frame as remembered. The question is the first post; the answers follow in page
    order; the times are the titles' (the relative texts agree with them); a reply's
    "vrtlarica_mara je napisala:" over a blockquote is a quote; the reputation chips are no
    statistics of the contract.
  - an onion forum's THREAD whose bylines stand BELOW the bodies ("Ukumbi wa Nyuki", Swahili,
    ants in beehives), this round's own markup: each article.un-chapisho holds its number, the
    body, then a signature or an edit note, and last a footer "— NAME, DATE" over "Machapisho:
    1,204 · Alijiunga: 12 Machi 2019" (a comma between thousands); "jana" yesterday, "leo" today;
    a blockquote "NAME aliandika:" a quote.
  - a member PROFILE whose statistics are labelled by TOOLTIPS only ("Stará pivnica", Slovak, a
    home winemakers' forum), this round's own markup: five li with an icon and a figure, their
    labels in title attributes ("Príspevky" 2 318, "Založené témy" 127, "Poďakovania" 1 045,
    "Registrovaný" 14. 3. 2016, "Naposledy online" dnes 10:42), a legend of the icons at the
    foot; the about-me text's years and hectolitres and the recent posts' dates no statistics.

market pages (only innocuous goods: a wool sweater, a print scarf, straw mobiles and palms,
yarn, felt slippers)
  - a SOLIDUS product page (Norwegian, "Ullbua"), rebuilt from solidusio/solidus_starter_frontend
    app/views/spree/products/show.html.erb and the components products/_product_info,
    _product_price, _product_form, _product_variants, _product_taxons, products/_properties and
    navigation/_breadcrumbs (read: article.product-page, h1.product-info__title, the price span
    with itemprop price and content, the properties table, the variants' radio list with their
    "price diff" spans, the taxons "look for similar items", the breadcrumb list); the Norwegian
    strings, Money's "1.290,00 kr" (a dot between thousands, the sign after) and the header as
    remembered. The price is the master's 1.290,00 kr (the variants' differences, the data-price
    of the other sizes and the free-shipping threshold no price); "Selger", "Sendes fra",
    "Leveres til" the properties; the last crumb Gensere the category.
  - a TOMATOCART product page in ISO-8859-9 (Turkish, "Eski Bedesten"), rebuilt from
    tomatocart/TomatoCart-v1 templates/glass_gray/content/products/info.php (read: the h1,
    table#productInfo with td#productInfoPrice, the SKU and availability rows, the attributes'
    label rows, the average rating, the cart row, the short description; the tabs Description,
    Reviews(N), Quantity discount; dl.review rows); the glass_gray frame (header bar, breadcrumb,
    left boxes) and the special price's s / span.productSpecialPrice as remembered. The price is
    the special price 1.450,00 TL (the struck 1.690,00 TL, the quantity discounts and the new
    products box no price); the attributes Satıcı, Gönderim yeri, Teslimat bölgesi the vendor
    and places; the crumb before the product's own, "Yazma ve Eşarp", the category.
  - an X-CART 4 category GRID (Lithuanian, "Sodų mugė", straw gardens and Vilnius palms),
    rebuilt from tiwal/xcart skin/common_files/customer/main/products_t.tpl (read: one
    table.products-table, per row of three products a tr.product-name-row of a.product-title, a
    row of div.sku, a row of images, a row of div.price-row "lbl_our_price: <span
    class="price-value">" with the alternative currency in span.market-price and the market
    price "lbl_market_price ... lbl_save_price N%", a row of buy-now forms, a separator row);
    the light-and-lucid frame, #location's crumbs, the pager and the Lithuanian labels as
    remembered. Six cards; the category is the page's own (the h1, the last crumb); no vendor and
    no places shown; "≈ N XMR" a conversion at the bar's rate and the market prices no price;
    the bestsellers box no cards; "Kitas puslapis" to page 2.
  - a Finnish VENDOR page written wholly as TEXT in a pre ("Yömarkkinat", Kuusamon_Kehrääjä),
    this round's own markup in the shape of JavaScript-free onion markets: an ASCII frame, facts
    with dotted leaders ("Jäsen alkaen ....... 14.03.2021", "Palautteita .......... 1 842",
    "Positiivisia ......... 98,7 %"), the sales, the fingerprint in groups of four over the
    armoured key, three products in a text table (links, not records) and three recent reviews.
  - an Estonian FEEDBACK page grouped by PRODUCT ("Ööturg", Hiiumaa_Vilt), this round's own
    markup: a details box per product with its own count and share ("412 tagasisidet", "99,3 %
    positiivseid") and its reviews, "… ja veel 9 toodet, kokku 309 tagasisidet", then the
    totals at the foot ("Tagasisidet kokku 1 276", "Positiivseid 1 256 (98,4 %)"); the
    products' counts and shares no totals; "Järgmine ›" to page 2.
The key is a REAL OpenPGP v4 public key (ed25519) generated for this round with gpg in a
throwaway GnuPG home under /tmp that was deleted afterwards.

How close each page is to a real site: the Oxwall, Ploneboard, Scoold, Solidus, TomatoCart and
X-Cart pages follow their engines' markup as read above (strings as the engines' language files
write them or translated as a site would); the other four are shaped from memory of onion forums
and markets (bylines under posts, tooltip-only statistics, text-mode pages, feedback grouped by
product). Page frames, strings and all content are invented for this round; sites and addresses
are fictional (made-up 56-character .onion names; the Finnish key's user id an .example address,
inside its base64; www.w3.org only in doctypes and XHTML namespaces and schema.org only in
itemtypes, never fetched).

Truth conventions, as rounds 24-49: a post's body without quotes, signatures, edit notes,
attachment lists and a message's own title; quotes name the quoted members as the page writes
them (a full name where the board shows full names); a question is the first post and its
answers follow in page order; relative dates resolve against the harness's NOW_TIME (2026-11-20
12:00), and where the page gives a relative time over a title with the exact one, the title's is
the truth; a time written with its zone (UTC) is that time; an author record for every poster
whose statistics the page shows, once, in order of first post (none where a page shows none); a
profile gives its member's record; a listing's price is the one a buyer pays for one item
(struck prices, variant differences, quantity discounts, conversions, market prices and other
items' prices no price); the category is the last category crumb; a category page gives every
card the category it shows; a vendor page's product links give no listing records; a feedback
page gives its vendor's record with the totals shown (the positive share its rating, has_pgp_key
None).

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (fdbf297) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 51 --side holdout --misses``): those of 747bc53 (the last session's end), of 7dbbd68
(rounds 44 and 45 mended), of 01a5e67 (rounds 46 and 47 too) and of 285cf77 (rounds 48 and 49 too).
None had seen this round's pages; every helper who wrote those mends kept it out of every scan.

    template                    747bc53  7dbbd68  01a5e67  285cf77
    ploneboard_conversation_nl    0.000    0.000    0.000    0.000  (a thread: no posts)
    solidus_starter_product_nb    0.000    0.000    0.000    0.000  (read as a board list)
    starapivnica_profile_sk       0.000    0.000    0.000    0.000  (stats by icons)
    yomarkkinat_vendor_fi         0.000    0.000    0.000    0.000  (a vendor in one <pre>)
    xcart4_products_grid_lt       0.188    0.188    0.188    0.188  (cards as table columns)
    scoold_question_hr            0.294    0.294    0.294    0.294  (answers: posters, dates)
    ooturg_feedback_et            0.571    0.571    0.750    0.750  (totals at the foot)
    ukumbiwanyuki_thread_sw       0.868    0.929    0.929    0.929  (a byline below the post)
    oxwall_topic_pl, tomatocart_product_info_tr 1.000
    overall                       0.533    0.553    0.559    0.559

This round and round 50 are this session's third blind measure: the parsers of 747bc53 are the last
session's, those of 7dbbd68 carry this session's mends of rounds 44 and 45, those of 01a5e67 those
of rounds 46 and 47 too, those of 285cf77 those of rounds 48 and 49 too. The mends of rounds 44 and
45 carried here on the posters' post counts of a thread whose bylines stand below the posts
(+0.020), those of rounds 46 and 47 on the feedback page's next page (+0.006: a pager known by its
shape), those of rounds 48 and 49 nothing. Blind scores of the rounds (3 to 50): 0.646, 0.778,
0.714, 0.946, 0.798, 0.699, 0.601, 0.750, 0.857, 0.466, 0.612, 0.538, 0.773, 0.313, 0.694, 0.684,
0.376, 0.578, 0.517, 0.514, 0.848, 0.777, 0.858, 0.406, 0.782, 0.902, 0.752, 0.831, 0.738, 0.820,
0.891, 0.770, 0.942, 0.679, 0.736, 0.893, 0.837, 0.587, 0.741, 0.919, 0.667, 0.858, 0.710, 0.764,
0.720, 0.664, 0.543, 0.678 and here 0.559 (0.533 at this session's start). KNOWN_MISSES held every
wrong value of 285cf77 (empty since the mends below). This round is BLIND: do not tune the parsers
on its pages; mend a miss only as a general mechanism, with test pages of its own, and say so here.

Mended after its blind measure, each miss by a general mechanism with test pages of its own
(fb838e8 to 3ee634f): shop grids laid out in columns and a category page's heading as its cards'
category (parsers.column_cards, parsers.heading_crumb); topic-shaped links only in menus make no
topic list (parsers.menu_topics); counts with their own shares in brackets (parsers.kind_counts);
statistics labelled only by tooltips (parsers.tooltip_stats); a byline's date below the post and a
part few posts show left out of the words (parsers.edit_dates, parsers.lone_parts); groups of
countries by their CLDR codes (parsers.region_codes); a text-mode vendor page's dotted leaders,
its owner from the address, shares by kind (parsers.dot_leaders, parsers.address_handle,
parsers.kind_rows); a vote box is no opening post's words (parsers.post_blocks); member links by
the poster's picture, a date one word after the author's link (parsers.avatar_links,
parsers.post_dates): 0.559 -> 1.000.
"""

from __future__ import annotations

import re
from datetime import datetime
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
    day_ago,
    shown_number,
    v4_fingerprint,
)

DATA = Path(__file__).parent / "data" / "general_r51"

_ZAKW = "http://zakwasownia3vapxoas3xw3iclfoeeu64oagqum5vma3li2mlhanbkyd.onion"
_HOEN = "http://hoenderhoft4c7lj33ogjvbp6h6kyv3oq3amjzibfx5xpxxiugqmed3d.onion"
_PITAJ = "http://pitajvrtlara3i3ezljx3ilgx23cq7s3f3kmvplp2cbkakuuyv4ipdsd.onion"
_UKUM = "http://ukumbiwanyukioqta5swrxujsxnvyygg5e2pylnaghnaomocd3acqayd.onion"
_PIVN = "http://starapivnicaq4kfipo2hdrv5anmukhljpyhej3argoltbtcnftcizrd.onion"
_ULLB = "http://ullbuanorge54hdkgp4v6bhsycyl6pssgeg22uce6kym4j2kj5uf7hnd.onion"
_BEDE = "http://eskibedesten4egraenefbxkdjvqbyvhbht5wr53n6ecvu3q5omuxr2d.onion"
_SODU = "http://sodumugelewswcbh3t6zzuhradcz2a3hju4zbhv7faajgnzepxk4dykd.onion"
_YOMA = "http://yomarkkinat4qccxd3xg4thpuj5mh4zb4ywb4xnt3awsxyhqfs7do5zd.onion"
_OOTU = "http://ooturgviltnu5xrajfdi7d7pcdiehfsi47p7q67oz3gzfk6htu527rad.onion"
_FP_YOMA = "9ADF7DA2181CB70D14B1D87828915C947CB80BAB"

_TURKISH = "holdout/tomatocart_product_info_try_tr_latin5.html"
#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {_TURKISH: "iso-8859-9"}

_SODAI = "Šiaudiniai sodai ir verbos"

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # Oxwall forum topic, Polish: the h1 and the last crumb the title; the info strings' links the
    # names, span.ow_tiny the times ("wczoraj" yesterday, "dzisiaj" today, "'26" 2026); the
    # blockquote.ow_quote "Cytat od zakwasowa_ala" a quote; the edit note no body; no statistics.
    "holdout/oxwall_forum_topic_pl.html": {
        "template": "oxwall_topic_pl", "url": _ZAKW + "/forum/topic/1733", "type": "thread",
        "records": [
            {"type": "thread", "title": "Zakwas żytni pachnie acetonem i nie rośnie"},
            _post("zakwasowa_ala", "2026-11-16T21:14:00", 0,
                  "Mój zakwas żytni od tygodnia pachnie acetonem i prawie nie rośnie.\n"
                  "Dokarmiam go raz dziennie mąką typ 2000 i wodą w proporcji 1:1. Co robię źle?", []),
            _post("piekarz_marek", "2026-11-17T07:55:00", 1,
                  "Zapach acetonu to znak, że zakwas jest głodny.\n"
                  "Dokarmiaj go dwa razy dziennie i trzymaj w cieplejszym miejscu, około 26 stopni.", []),
            _post("chlebowy_tomek", f"{day_ago(1)}T18:30:00", 2,
                  "Spróbuj też dać trochę mniej wody, gęstszy zaczyn lepiej znosi chłodną kuchnię.\n"
                  "U mnie pomogło przestawienie słoika na lodówkę, tam jest najcieplej.", ["zakwasowa_ala"]),
            _post("zakwasowa_ala", f"{day_ago(0)}T09:05:00", 3,
                  "Dziękuję! Po dwóch dniach częstszego dokarmiania zakwas podwaja objętość w sześć godzin.",
                  []),
        ],
    },
    # Ploneboard conversation, Dutch: h1.documentFirstHeading the title; "Geplaatst door" the
    # members' full names (their ids in the links differ); "om" the raw DateTime in UTC; "Joop van
    # Dam schreef:" over a blockquote a quote; the h3 comment titles and the attachments no body.
    "holdout/ploneboard_conversation_nl.html": {
        "template": "ploneboard_conversation_nl",
        "url": _HOEN + "/forum/gezondheid/kippen-leggen-niet-meer-sinds-oktober", "type": "thread",
        "records": [
            {"type": "thread", "title": "Kippen leggen niet meer sinds oktober"},
            _post("Anneke Vos", "2026-11-17T21:30:00", 0,
                  "Mijn drie Barnevelders leggen sinds half oktober geen enkel ei meer.\n"
                  "Ze eten goed en zien er gezond uit, alleen verliezen ze veel veren.", []),
            _post("Joop van Dam", "2026-11-18T08:12:00", 1,
                  "Dat is gewoon de rui, in de herfst vernieuwen ze hun verenkleed.\n"
                  "Geef ze in die periode wat extra eiwit, bijvoorbeeld meelwormen of een beetje "
                  "kattenbrokjes.", []),
            _post("Marleen Bakker", "2026-11-19T19:45:00", 2,
                  "Klopt, en de dagen worden korter, dat scheelt ook.\n"
                  "Sommige mensen hangen een lamp in het hok, maar ik gun mijn kippen liever hun "
                  "winterrust.", ["Joop van Dam"]),
            _post("Anneke Vos", "2026-11-20T10:05:00", 3,
                  "Dank jullie wel, dan wacht ik rustig af tot het voorjaar.", []),
        ],
    },
    # Scoold question, Croatian: div#post-title the title; the question first, then the three
    # answers in page order; the userboxes' links the names (the chips reputation, no posts);
    # "Objavljeno" spans' titles the times (the relative texts agree); "vrtlarica_mara je
    # napisala:" over a blockquote a quote; "Uređeno" no body.
    "holdout/scoold_question_answers_hr.html": {
        "template": "scoold_question_hr", "url": _PITAJ + "/question/q_1764002/kada-orezati-masline-na-otoku",
        "type": "thread",
        "records": [
            {"type": "thread", "title": "Kada orezati masline na otoku?"},
            _post("maslinar_ivo", "2026-11-16T21:30:00", 0,
                  "Imam dvadesetak stabala maslina na Braču, stara su oko trideset godina.\n"
                  "Kada je najbolje vrijeme za orezivanje, odmah nakon berbe ili u proljeće?", []),
            _post("vrtlarica_mara", "2026-11-17T08:10:00", 1,
                  "Na otocima se orezuje u veljači i ožujku, kad prođu najjači mrazevi.\n"
                  "Nakon berbe stablo je iscrpljeno i rane sporije zacjeljuju.", []),
            _post("stari_uljar", "2026-11-18T09:40:00", 2,
                  "Slažem se, a grane deblje od palca premaži voskom za kalemljenje.\n"
                  "Izreži prvo suhe i unutarnje grane da sunce uđe u krošnju.", ["vrtlarica_mara"]),
            _post("maslinar_ivo", "2026-11-20T09:00:00", 3, "Hvala vam, pričekat ću veljaču i kupiti vosak.",
                  []),
        ],
    },
    # Swahili thread, bylines below the bodies: h1.un-kichwa the title; each footer's "— NAME,
    # DATE" ("jana" yesterday, "leo" today) and "Machapisho: N · Alijiunga: DAY" the statistics;
    # "mfugaji_rehema aliandika:" a quote; div.un-saini and div.un-hariri no body.
    "holdout/ukumbiwanyuki_thread_bylines_below_sw.html": {
        "template": "ukumbiwanyuki_thread_sw", "url": _UKUM + "/mada/4127", "type": "thread",
        "records": [
            {"type": "thread", "title": "Sisimizi wanashambulia mizinga yangu"},
            _post("mfugaji_rehema", "2026-11-15T20:40:00", 0,
                  "Mizinga yangu miwili ya Langstroth imeanza kushambuliwa na sisimizi.\n"
                  "Nimejaribu kuweka majivu chini ya miguu ya kiti cha mzinga lakini bado wanapanda.", []),
            _post("bibi_asali", "2026-11-17T07:15:00", 1,
                  "Weka miguu ya kiti ndani ya makopo yenye maji na mafuta kidogo ya kupikia.\n"
                  "Sisimizi hawawezi kuvuka maji, na mafuta yanazuia maji yasikauke haraka.", []),
            _post("nyuki_usambara", f"{day_ago(1)}T18:45:00", 2,
                  "Majivu yanafanya kazi wakati wa kiangazi tu, mvua ikinyesha yanaoshwa.\n"
                  "Mimi natumia grisi kwenye nguzo za kiti, ninaibadilisha kila mwezi.", ["mfugaji_rehema"]),
            _post("mfugaji_rehema", f"{day_ago(0)}T08:20:00", 3,
                  "Asanteni sana! Nimeweka makopo ya maji jana jioni na leo asubuhi hakuna sisimizi hata "
                  "mmoja.", []),
            _author("mfugaji_rehema", 86, "2025-02-03"),
            _author("bibi_asali", 1204, "2019-03-12"),
            _author("nyuki_usambara", 433, "2021-08-28"),
        ],
    },
    # Slovak profile, tooltip labels: h1.zp-meno pivnicny_duro (kvasinka_zuzka the reader); the
    # li titled "Príspevky" 2 318 the posts and "Registrovaný" 14. 3. 2016 joined (the topics,
    # thanks, last visit, about-me years and recent posts' dates no statistics of the contract).
    "holdout/starapivnica_profile_icons_sk.html": {
        "template": "starapivnica_profile_sk", "url": _PIVN + "/clen/pivnicny_duro", "type": "profile",
        "records": [_author("pivnicny_duro", 2318, "2016-03-14")],
    },
    # Solidus product, Norwegian: h1.product-info__title; the master's "1.290,00 kr" the price (the
    # variants' differences and the free-shipping threshold no price); the properties "Selger",
    # "Sendes fra", "Leveres til"; the last crumb Gensere.
    "holdout/solidus_starter_product_nok_nb.html": {
        "template": "solidus_starter_product_nb",
        "url": _ULLB + "/products/islender-genser-i-villsau-ull-str-l", "type": "listing",
        "records": [_listing("Islender-genser i villsau-ull, str. L", 1290.0, "NOK", "Villsau_Vestland",
                             "Gensere", "Norge", ["Norden", "EU"])],
    },
    # TomatoCart product, Turkish in ISO-8859-9: the h1; span.productSpecialPrice "1.450,00 TL" the
    # price (the struck 1.690,00 TL, the quantity discounts and the new products box no price); the
    # attribute rows Satıcı, Gönderim yeri, Teslimat bölgesi; the crumb before the product's own.
    _TURKISH: {
        "template": "tomatocart_product_info_tr", "url": _BEDE + "/products.php?412", "type": "listing",
        "records": [_listing("Tokat yazması el baskısı eşarp, 90 x 90 cm", 1450.0, "TRY", "Yazmaci_Tokat",
                             "Yazma ve Eşarp", "Türkiye", ["Türkiye", "Kıbrıs", "Avrupa Birliği"])],
    },
    # X-Cart 4 grid, Lithuanian: six cards spread over the rows of one table (a.product-title the
    # titles, span.price-value the prices, "≈ N XMR" and the market prices no price); the h1 and
    # last crumb the category; no vendor and no places shown; "Kitas puslapis" to page 2.
    "holdout/xcart4_products_grid_eur_lt.html": {
        "template": "xcart4_products_grid_lt", "url": _SODU + "/home.php?cat=248", "type": "listing_index",
        "next": _SODU + "/home.php?cat=248&page=2",
        "records": [
            _listing("Šiaudinis sodas „Saulutė“, 30 cm", 34.0, "EUR", None, _SODAI, None, None),
            _listing("Šiaudinis sodas su paukšteliais, 45 cm", 52.0, "EUR", None, _SODAI, None, None),
            _listing("Didelis vestuvinis sodas, 80 cm", 145.0, "EUR", None, _SODAI, None, None),
            _listing("Verba iš Vilniaus, 40 cm", 9.5, "EUR", None, _SODAI, None, None),
            _listing("Verbų puokštė (5 vnt.)", 42.0, "EUR", None, _SODAI, None, None),
            _listing("Šiaudinių sodų rinkinys mokyklai (20 vnt.)", 1240.0, "EUR", None, _SODAI, None, None),
        ],
    },
    # Finnish text-mode vendor: "Myyjä" Kuusamon_Kehrääjä (its level and badge no name);
    # "Palautteita" 1 842, "Positiivisia" 98,7 %, "Jäsen alkaen" 14.03.2021 (the sales and the
    # disputes no feedback); the key in the pre. The three products are links, not records.
    "holdout/yomarkkinat_vendor_textmode_pgp_fi.html": {
        "template": "yomarkkinat_vendor_fi", "url": _YOMA + "/myyja/Kuusamon_Kehraaja", "type": "vendor",
        "records": [_vendor("Kuusamon_Kehrääjä", 1842, 98.7, "2021-03-14", _FP_YOMA)],
    },
    # Estonian feedback grouped by product: Hiiumaa_Vilt; the foot's "Tagasisidet kokku" 1 276 and
    # "Positiivseid ... (98,4 %)" (the products' counts and shares, the sales no totals);
    # "Järgmine ›" to page 2.
    "holdout/ooturg_feedback_by_product_et.html": {
        "template": "ooturg_feedback_et", "url": _OOTU + "/myyja/Hiiumaa_Vilt/tagasiside", "type": "feedback",
        "next": _OOTU + "/myyja/Hiiumaa_Vilt/tagasiside?leht=2",
        "records": [_feedback_vendor("Hiiumaa_Vilt", 1276, 98.4)],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers give on the holdout side where it differs from TRUTH: nothing since the mends
# (parsers of 3ee634f; blind, 285cf77 gave the values the docstring counts).
# Key: "kind[i].field" (or "page_type"); value: what the parsers gave.
KNOWN_MISSES: dict[str, dict[str, Any]] = {}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(1.0)
_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)

_text = ROUND.page_text(ENCODINGS)
_posts = ROUND.records_of("post")
_listings = ROUND.records_of("listing")
_authors = ROUND.author_stats
_NOW = NOW_TIME.replace(tzinfo=None)


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
            # first post (only the Swahili thread shows any); every thread quotes a member.
            names = [r["name"] for r in ROUND.records_of("author")(page)]
            assert names in ([], list(dict.fromkeys(authors))), page
            assert any(p["quotes"] for p in _posts(page)), page
        else:
            assert truth["records"] and _posts(page) == [], page


def test_ten_languages_none_of_rounds_44_to_49_and_one_page_in_iso_8859_9() -> None:
    langs = ROUND.page_langs(ENCODINGS)
    assert sorted(langs.values()) == ["et", "fi", "hr", "lt", "nb", "nl", "pl", "sk", "sw", "tr"]
    used = set()
    for path in (p for n in range(44, 50) for p in (DATA.parent / f"general_r{n}").glob("*/*.html")):
        found = re.search(rb'<html[^>]* lang="([a-zA-Z-]+)"', path.read_bytes())
        if found:
            used.add(found.group(1).decode().split("-")[0].lower())
    # Of rounds 44-49's languages only Turkish (round 45's one page) comes again.
    assert used and {lang.split("-")[0] for lang in langs.values()} & used == {"tr"}
    assert set(ENCODINGS) == {page for page in TRUTH if "latin5" in page}
    # No earlier page declared ISO-8859-9 (round 30's Turkish captcha is windows-1254).
    earlier = [p for n in range(3, 50) for p in (DATA.parent / f"general_r{n}").glob("*/*.html")]
    assert earlier and not any(b"charset=iso-8859-9" in p.read_bytes().lower() for p in earlier)


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
test_every_post_body_is_written_on_its_page_line_by_line = ROUND.bodies_on_its_page(ENCODINGS)
test_every_address_of_the_truth_and_the_pages_is_a_fictional_host = ROUND.fictional_hosts(ENCODINGS)


def test_the_turkish_page_is_iso_8859_9_with_its_own_bytes() -> None:
    raw = (DATA / _TURKISH).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'content="text/html; charset=iso-8859-9"' in raw and raw.count(b"charset=") == 1
    # One byte a letter: Satıcı (ı 0xFD), Eşarp (ş 0xFE), bölgesi (ö 0xF6), Kıbrıs, İstek (İ 0xDD).
    assert b"Sat\xfdc\xfd:" in raw and b"Yazma ve E\xfearp" in raw and b"K\xfdbr\xfds" in raw
    assert b"\xddstek listesine ekle" in raw and b"Teslimat b\xf6lgesi:" in raw
    assert "Satıcı" not in raw.decode("latin-1") and "Eşarp" in raw.decode("cp1254")


def test_the_tomatocart_price_is_the_special_one_and_the_attributes_its_facts() -> None:
    text = _text(_TURKISH)
    (listing,) = _listings(_TURKISH)
    cell = _found(r'<td colspan="2" id="productInfoPrice">(.*?)</td>', text)
    struck, special = re.fullmatch(
        r'<s>([\d.,]+) TL</s> <span class="productSpecialPrice">([\d.,]+) TL</span>&nbsp;',
        cell).groups()  # type: ignore[union-attr]
    price = shown_number(special, ".", ",")
    assert price == listing["price"] and listing["currency"] == "TRY"
    assert shown_number(struck, ".", ",") > price
    discounts = [shown_number(p, ".", ",")
                 for p in re.findall(r"<td>\d adet ve üzeri</td><td>([\d.,]+) TL</td>", text)]
    assert discounts == [1380.0, 1290.0] and all(d < price for d in discounts)
    facts = dict(re.findall(r'<td class="label" valign="top">([^<]+):</td>\s*<td>([^<]+)</td>', text))
    assert (facts["Satıcı"], facts["Gönderim yeri"]) == (listing["vendor"], listing["ships_from"])
    assert facts["Teslimat bölgesi"].split(", ") == listing["ships_to"]
    crumbs = re.findall(r'<a href="[^"]+">([^<]+)</a>', _found(r'<div id="breadcrumb">(.*?)</div>', text))
    assert crumbs[-1] == listing["title"] == _found(r"<h1>([^<]+)</h1>", text)
    assert crumbs[-2] == listing["category"]


def test_the_oxwall_times_quote_and_edit_note_are_the_truths() -> None:
    page = "holdout/oxwall_forum_topic_pl.html"
    text = _text(page)
    posts = _posts(page)
    heads = re.findall(r'<div class="ow_left ow_superwide"><a href="/user/(\w+)">\1</a> '
                       r'<span class="ow_tiny">([^<]+)</span></div>', text)
    assert [n for n, _ in heads] == [p["author"] for p in posts]
    days = {"wczoraj": day_ago(1), "dzisiaj": day_ago(0)}

    def when(shown: str) -> str:
        exact = re.fullmatch(r"(\d+) lis '(\d\d), (\d\d:\d\d)", shown)
        if exact:
            return f"20{exact.group(2)}-11-{int(exact.group(1)):02}T{exact.group(3)}:00"
        word, hour = shown.split(", ")
        return f"{days[word]}T{hour}:00"

    assert [when(s) for _, s in heads] == [p["posted_at"] for p in posts]
    assert '<span class="ow_author">Cytat od <b>zakwasowa_ala</b></span>' in text
    assert posts[2]["quotes"] == ["zakwasowa_ala"] and "Dokarmiam go raz" not in posts[2]["body"]
    assert "Edytowany przez" in text and all("Edytowany" not in p["body"] for p in posts)
    assert ROUND.records_of("author")(page) == []


def test_the_ploneboard_names_are_full_names_and_the_times_utc() -> None:
    page = "holdout/ploneboard_conversation_nl.html"
    text = _text(page)
    posts = _posts(page)
    heads = re.findall(r'Geplaatst door\s*<a class="link-plain" href="/author/(\w+)">([^<]+)</a>\s*om\s*'
                       r"(\d{4})/(\d\d)/(\d\d) (\d\d:\d\d):00 UTC", text)
    assert [(n, f"{y}-{m}-{d}T{t}:00") for _, n, y, m, d, t in heads] == [
        (p["author"], p["posted_at"]) for p in posts]
    # The links name the members' ids, not the names shown.
    assert all(member_id != name for member_id, name, *_ in heads)
    assert "<p><em>Joop van Dam schreef:</em></p>\n<blockquote>" in text
    assert posts[2]["quotes"] == ["Joop van Dam"]
    titles = re.findall(r"<h3>([^<]+)</h3>", text)
    assert titles[0] == TRUTH[page]["records"][0]["title"] and titles[1:3] == [
        "Re: " + titles[0], "Re: Re: " + titles[0]]
    assert all("Re:" not in p["body"] and "hok-winter" not in p["body"] for p in posts)
    assert ROUND.records_of("author")(page) == []


def test_the_scoold_titles_give_the_times_and_the_relative_texts_agree() -> None:
    page = "holdout/scoold_question_answers_hr.html"
    text = _text(page)
    posts = _posts(page)
    shown = re.findall(r'<div>Objavljeno <span title="(\d+) studenoga (\d{4}), (\d\d:\d\d)">'
                       r"\s*(prije \d+ \w+)\s*</span>", text)
    times = [f"{y}-11-{int(d):02}T{t}:00" for d, y, t, _ in shown]
    assert times == [p["posted_at"] for p in posts]
    for when, (*_, relative) in zip(times, shown, strict=True):
        minutes = int((_NOW - datetime.fromisoformat(when)).total_seconds()) // 60
        days, hours = divmod(minutes // 60, 24)
        assert relative == (f"prije {days} dana" if days else f"prije {hours} sati")
    names = re.findall(r'<a href="/profile/u_\d+/[\w-]+" class="smallText">([^<]+)</a>', text)
    assert names == [p["author"] for p in posts]
    assert "<p>vrtlarica_mara je napisala:</p>\n<blockquote>" in text
    assert posts[2]["quotes"] == ["vrtlarica_mara"] and "Uređeno <span" in text
    assert '<h4 class="grey-text">Odgovori \t<small class="grey-text">3</small>' in text
    title = _found(r'<div id="post-title" class="largeText">([^<]+)</div>', text)
    assert title == TRUTH[page]["records"][0]["title"]
    assert ROUND.records_of("author")(page) == []


def test_the_swahili_bylines_below_the_bodies_give_names_times_and_stats() -> None:
    page = "holdout/ukumbiwanyuki_thread_bylines_below_sw.html"
    text = _text(page)
    posts = _posts(page)
    months = {"Februari": 2, "Machi": 3, "Agosti": 8, "Novemba": 11}
    relative = {"jana": day_ago(1), "leo": day_ago(0)}
    articles = re.findall(r'<article class="un-chapisho" id="c\d+">(.*?)</article>', text, re.S)
    assert len(articles) == len(posts)
    rows = []
    for article in articles:
        # The byline is the article's last part, after the body.
        assert article.index('class="un-maandishi"') < article.index('<footer class="un-sahihi">')
        name, shown, count, day, month, year = re.search(
            r'<a class="un-mwandishi" href="/mwanachama/\w+">(\w+)</a>,\s*'
            r'<span class="un-wakati">([^<]+)</span><br>\s*'
            r'<span class="un-takwimu">Machapisho: ([\d,]+) · Alijiunga: (\d+) (\w+) (\d{4})</span>',
            article).groups()  # type: ignore[union-attr]
        exact = re.fullmatch(r"(\d+) Novemba (\d{4}), (\d\d:\d\d)", shown)
        word, hour = shown.split(", ")
        when = (f"{exact.group(2)}-11-{int(exact.group(1)):02}T{exact.group(3)}:00" if exact
                else f"{relative[word]}T{hour}:00")
        joined = f"{year}-{months[month]:02}-{int(day):02}"
        rows.append((name, when, (name, int(shown_number(count, ",")), joined)))
    assert [(n, w) for n, w, _ in rows] == [(p["author"], p["posted_at"]) for p in posts]
    assert {s for *_, s in rows} == _authors(page)
    assert "<cite>mfugaji_rehema aliandika:</cite>" in text and posts[2]["quotes"] == ["mfugaji_rehema"]
    assert "Asali tamu" in text and "Imehaririwa na" in text
    assert all("Asali tamu" not in p["body"] and "Imehaririwa" not in p["body"] for p in posts)


def test_the_slovak_profile_labels_its_figures_only_by_tooltips() -> None:
    page = "holdout/starapivnica_profile_icons_sk.html"
    text = _text(page)
    figures = dict(re.findall(r'<li title="([^"]+)"><span class="zp-ikona" aria-hidden="true">[^<]+</span> '
                              r"([^<]+)</li>", text))
    assert list(figures) == ["Príspevky", "Založené témy", "Poďakovania", "Registrovaný", "Naposledy online"]
    day, month, year = figures["Registrovaný"].split(". ")
    shown = (_found(r'<h1 class="zp-meno">([^<]+)</h1>', text), int(shown_number(figures["Príspevky"], " ")),
             f"{year}-{int(month):02}-{int(day):02}")
    assert {shown} == _authors(page)
    # The figures' labels are written nowhere else on the page but in the legend's lower case.
    visible = re.sub(r'title="[^"]*"', "", text)
    assert "Príspevky" not in visible and "Registrovaný" not in visible
    assert "Vysvetlivky ikon: ✎ príspevky" in text and "kvasinka_zuzka" in text


def test_the_solidus_price_is_the_masters_and_the_variant_differences_add_up() -> None:
    page = "holdout/solidus_starter_product_nok_nb.html"
    text = _text(page)
    (listing,) = _listings(page)
    content, shown = re.search(
        r'<span itemprop="price" content="([\d.]+)" data-js="price">([\d.,]+) kr</span>',
        text).groups()  # type: ignore[union-attr]
    assert float(content) == shown_number(shown, ".", ",") == listing["price"]
    assert listing["currency"] == "NOK"
    assert '<span\n                itemprop="priceCurrency"\n                content="NOK"' in text
    variants = re.findall(r'data-price="([\d.,]+) kr" />\s*<label for="variant_id_\d+">\s*'
                          r"Størrelse: (\w+)\s*(?:<span class=\"price diff\">"
                          r"\((Trekk fra|Legg til): ([\d.,]+) kr\)</span>)?", text)
    for data_price, _, sign, diff in variants:
        step = shown_number(diff, ".", ",") if diff else 0.0
        step = step if sign == "Legg til" else -step
        assert shown_number(data_price, ".", ",") == listing["price"] + step
    assert [v[1] for v in variants] == ["L", "M", "XL"]
    facts = dict(re.findall(r"<tr>\s*<td>([^<]+)</td>\s*<td>([^<]+)</td>\s*</tr>", text))
    assert (facts["Selger"], facts["Sendes fra"]) == (listing["vendor"], listing["ships_from"])
    assert facts["Leveres til"].split(", ") == listing["ships_to"]
    crumbs = re.findall(r'<span itemprop="name">([^<]+)</span>', text)
    assert crumbs == ["Hjem", "Produkter", "Klær", listing["category"]]
    assert f'<a href="/t/categories/klaer/gensere">{listing["category"]}</a>' in text


def test_the_xcart_matrix_spreads_every_card_over_the_rows_of_one_table() -> None:
    page = "holdout/xcart4_products_grid_eur_lt.html"
    text = _text(page)
    category = _found(r"<h1>([^<]+)</h1>", text)
    assert _found(r'<span class="bread-crumb last-bread-crumb">([^<]+)</span>', text) == category
    titles = re.findall(r'class="product-title">([^<]+)</a>', text)
    prices = re.findall(r'<span class="price-value">([\d ,]+)&nbsp;€</span>\s*'
                        r'<span class="market-price">\(≈ ([\d,]+) XMR\)</span>', text)
    rate = shown_number(_found(r"1 XMR = ([\d ,]+) €", text), " ", ",")
    for euros, xmr in prices:  # the XMR a conversion at the bar's rate
        assert round(shown_number(euros, " ", ",") / rate, 3) == shown_number(xmr, " ", ",")
    markets = re.findall(r'<span class="price-value">([\d ,]+)&nbsp;€</span>[^€]*XMR\)</span>\s*'
                         r'</div>\s*<div class="market-price">\s*Rinkos kaina: <span '
                         r'class="market-price-value">([\d ,]+)&nbsp;€</span>\s*,\s*'
                         r'<span class="price-save">sutaupote (\d+)%</span>', text)
    assert len(markets) == 2
    for price, market, save in markets:
        assert round(100 - 100 * shown_number(price, " ", ",") / shown_number(market, " ", ",")) == int(save)
    # Names, codes, images, prices and buttons: five rows a row of three cards.
    assert text.count('<tr class="product-name-row') == 2 and text.count('<div class="sku">') == 6
    ROUND.check_listings([(t, shown_number(e, " ", ","), "EUR", None, category, None, None)
                          for t, (e, _) in zip(titles, prices, strict=True)], page)
    nxt = TRUTH[page]["next"][len(_SODU) + 1:].replace("&", "&amp;")
    arrow = f'<a class="right-arrow" href="{nxt}"><img src="skin/common_files/images/spacer.gif" alt="Kitas'
    assert text.count(arrow) == 2


def test_the_text_mode_vendor_key_is_real_and_its_dotted_facts_the_truths() -> None:
    page = "holdout/yomarkkinat_vendor_textmode_pgp_fi.html"
    text = _text(page)
    # The base64 lines between the armour's blank line and its CRC line ("=r9za").
    armour = _found(r"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=\S{4}\n"
                    r"-----END PGP PUBLIC KEY BLOCK-----", text)
    assert v4_fingerprint(armour) == _FP_YOMA
    shown = _found(r"Sormenjälki: ([0-9A-F ]+)\n", text)
    assert shown.replace(" ", "") == _FP_YOMA and len(shown.split()) == 10
    assert text.count("<pre") == 1 and _found(r"<body>\s*(<pre)", text) == "<pre"
    facts = dict(re.findall(r"^  (\w[\w ]*?) \.+ (.+)$", text, re.M))
    (vendor,) = ROUND.records_of("vendor")(page)
    assert facts["Myyjä"].split()[0] == vendor["name"]
    assert int(shown_number(facts["Palautteita"], " ")) == vendor["feedback_count"]
    shares = [shown_number(facts[k].removesuffix(" %"), " ", ",") for k in ("Positiivisia", "Neutraaleja",
                                                                          "Negatiivisia")]
    assert shares[0] == vendor["rating"] and round(sum(shares), 1) == 100.0
    day, month, year = facts["Jäsen alkaen"].split(".")
    assert f"{year}-{month}-{day}" == vendor["member_since"] and vendor["has_pgp_key"] is True
    assert _listings(page) == [] and text.count('<a href="/tuote/') == 3


def test_the_feedback_groups_are_products_and_the_totals_at_the_foot_add_up() -> None:
    page = "holdout/ooturg_feedback_by_product_et.html"
    text = _text(page)
    (vendor,) = ROUND.records_of("vendor")(page)
    totals = dict(re.findall(r"<dt>([^<]+)</dt><dd>([^<]+)</dd>", text))
    total = int(shown_number(totals["Tagasisidet kokku"], " "))
    kinds = {k: re.fullmatch(r"([\d ]+) \(([\d,]+) %\)", totals[k]).groups()  # type: ignore[union-attr]
             for k in ("Positiivseid", "Neutraalseid", "Negatiivseid")}
    counts = {k: int(shown_number(c, " ")) for k, (c, _) in kinds.items()}
    assert sum(counts.values()) == total == vendor["feedback_count"]
    for count, share in kinds.values():
        assert round(100 * shown_number(count, " ") / total, 1) == shown_number(share, " ", ",")
    assert shown_number(kinds["Positiivseid"][1], " ", ",") == vendor["rating"]
    assert vendor["has_pgp_key"] is None
    groups = [int(c) for c in re.findall(r'<span class="ot-arv">(\d+) tagasisidet</span>', text)]
    rest = int(_found(r"ja veel 9 toodet, kokku (\d+) tagasisidet", text))
    assert len(groups) == text.count('<details class="ot-toode"') == 4 and sum(groups) + rest == total
    assert text.index('<section class="ot-kokkuvote">') > text.rindex("</details>")
    nxt = TRUTH[page]["next"][len(_OOTU):]
    assert f'<a class="ot-jargmine" href="{nxt}">Järgmine ›</a>' in text
