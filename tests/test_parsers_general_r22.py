"""parsers.parse_page on round-22 generality pages (tests/data/general_r22): a fully BLIND held-out
set. Ten pages, all on the HOLDOUT side (no tune side: no rule was written for any of them), each
rebuilt from a NAMED PUBLIC SOURCE of its engine's or shop's markup where one was found (template
files read with the project's reference search), else written from memory and said so, with
fictional names, words and prices put in. Four forum pages (three threads, one login) and six
market pages (five with records, one captcha interstitial).

Every page is an engine, template or layout in none of rounds 3-21, tests/data/forums_general or
tests/data/markets_general: their directories were listed and grepped for each template's names
and distinctive class names, and none of quotetop, quotemain, postcolor, normalname (IPB 2),
class="zl", user-mention (the Zulip archive), beginarticle, "Messages sorted" (Pipermail),
tableinborder, tablea, l_username (Burning Board Lite), ajax_block_product, content_price,
heading-counter, cat-name (PrestaShop 1.6 default-bootstrap), uc-price, display-price, sell-price
(Ubercart), postingtitle, postingbody, mapaddress (the Craigslist-like ad), stats-grid,
profile-name (the Versus-style vendor) or a "tiles" grid is in them, nor the words Zulip, Pipermail,
Mailman, Ubercart, "Burning Board Lite", "Invision Power Board", Versus or craigslist. Generic
names shared with other engines were found and are no sign of the same template: pagecurrent
(IPB 2's and round 20's YAF.NET pager), product-name (PrestaShop's card title, also Shopware,
Sylius, Bagisto, Magento, nopCommerce), "IP.Board" (only in forums_general/ipb_3.html, IPB 3's
markup). Three names an earlier page also used were renamed on these pages so they are no clue:
round 3's Silk Road 3 page has class="price_big" (this round's Silk-Road-1-style listing says
item_price), rounds 5 and 21's gates post to /gate/verify (this round's gate posts to
/porter/check), rounds 10, 12 and 16 have class="pgp-key" (this round's vendor says armor-block).
Silk Road 3 (round 3) is another market's layout than the Silk Road 1 one written here.
Ten languages none of rounds 3-21 used (Kinyarwanda, Malagasy, Maori, Uyghur, Sindhi, Corsican,
Quechua, Oromo, Samoan, Cebuano: their docstrings were grepped for each, and for "Māori");
two of them right-to-left (Uyghur, Sindhi).
One page is in ISO-8859-13 (Latin-7, the Baltic Rim part of ISO 8859, which also holds the Maori
long vowels ā ē ī ō ū): no round used it (the pages were grepped for every declared charset;
round 17's Latvian page is windows-1257, Microsoft's own Baltic code page, which puts most
letters at the same points but is another encoding by name and in 0x80-0xBF), declared by its
http-equiv meta, its Maori written with the code page's own points, no numeric references.

forums and discussions (thread pages; each has its posts in page order and, where the template
shows them, dates, quotes, author statistics and a next page)
  - a ZULIP public-archive topic (the static site zulip-archive builds from a Zulip
    organisation's public streams), in Kinyarwanda: zulip/zulip-archive lib/html.py (read:
    topic_page_links writes "<h2>Stream: <a>NAME</a>" (the h2 left unclosed, as the code writes
    it), "<h3>Topic: <a>TOPIC</a></h3>", hr and a base href to the Zulip server; format_message
    writes per message an anchor <a name="ID">, then h4 with the a.zl "view this post on Zulip"
    image link and a link "NAME (DATE)", then a colon, then the message's HTML as Zulip rendered
    it) and lib/date_helper.py (read: format_date1 is strftime "%b %d %Y at %H:%M" in UTC, an
    English month abbreviation, e.g. "Nov 17 2026 at 18:40"); the footer "Last updated: ... UTC"
    from write_markdown. Zulip's own rendering of a quote (the p with span.user-mention.silent
    naming the quoted sender and a link "said" (here "yavuze"), then a blockquote) and of a
    mention (span.user-mention "@Name") is written from memory, as are the Jekyll page frame and
    all content. The second message quotes the first.
  - a PIPERMAIL message page (GNU Mailman 2's archive, one mail of a list), in Malagasy:
    terencehonles/mailman templates/en/article.html (read: HTML 3.2 doctype, TITLE, the LINK
    Index / made / Previous / Next, H1 the subject with the list's "[Fambolena]" tag, B the
    author's name, the mailto A with the obfuscated address "hery at vary-gasy.example", I the
    date, the UL of previous / next message and "Messages sorted by:" date / thread / subject /
    author, HR, <!--beginarticle--> body <!--endarticle-->, the UL again). The body is a PRE in
    which the archiver writes each quoted line as "&gt;<i> ...</I>" (from memory of archived
    pages); the date is the archiver's ctime-like "Wed Nov 18 14:05:33 UTC 2026" (English, with
    seconds). The list's labels are in Malagasy here (Mailman has no Malagasy catalogue: written
    here), the listinfo link at the bottom from memory of Mailman 2.1. One post: it quotes
    Razafy Voahangy (the attribution line "Tamin'ny ... i Razafy Voahangy no nanoratra:" and the
    quoted lines are the quote) and ends with a "-- " signature.
  - an INVISION POWER BOARD 2.x topic (IPB 2.1, the 2006 default skin), in Maori and in
    ISO-8859-13: written from memory. A code search found one unnamed excerpt of a converter
    that rewrites IPB 2's quotes ("<div class='quotetop'>QUOTE(NAME @ DATE) ...</div>" +
    div.quotemain), which confirmed the quote markup; the rest is from memory: div.borderwrap >
    div.maintitle with the title in bold and the topic's description after a comma; per post a
    table.ipbtable of a row2 header (span.normalname > a the author; span.postdetails with the
    date; "#N") and a post1/post2 row (span.postdetails with the group, "Karere: 57" posts,
    "I uru mai: 12-Māehe 04" joined (IPB 2's "Joined: 12-March 04", a two-digit year), place and
    member number; div.postcolor the message; the "--------------------" rule and
    div.signature); the quote comments <!--QuoteBegin-NAME+DATE--> and <!--QuoteEBegin-->;
    span.edit "Kua whakatikaina tēnei karere e ...: I tēnei rā, 10:41 AM" (This post has been
    edited by ...); the pager span.pagelink / span.pagecurrent with "&gt;" to &st=20. Dates are
    IPB 2's "Noema 17 2026, 06:40 PM" and its RELATIVE "Inanahi, 09:15 AM" (Yesterday) and
    "I tēnei rā, 10:30 AM" (Today), which resolve against the capture time NOW.
forum login (no records of this contract)
  - a WOLTLAB BURNING BOARD LITE 1.0 login page, in Uyghur (right to left): written from memory
    (no template of it was found): the logo row, the image links of the top menu, the
    table.tableinborder breadcrumbs "ئورمانچىلىق مۇنبىرى » كىرىش", the login table (td.tabletitle,
    td.tablea / td.tableb, inputs l_username and l_password, the forgotten-password link), the
    hidden send / sid / url fields, the submit and reset buttons and the cookie note.
markets
  - a PRESTASHOP 1.6 category page (the default-bootstrap theme, 2014-2016), in Corsican:
    PrestaShop/PrestaShop themes/default-bootstrap/product-list.tpl (read: ul.product_list.grid.row
    > li.ajax_block_product > div.product-container itemtype Product > div.left-block
    (div.product-image-container: a.product_img_link, the hover div.content_price with
    span.price.product-price, the priceCurrency meta and, on a reduction, span.old-price and
    span.price-percent-reduction; a.sale-box) and div.right-block (h5 itemprop=name >
    a.product-name; p.product-desc; div.content_price AGAIN, the same price a second time;
    div.button-container with ajax_add_to_cart_button and lnk_view; span.availability);
    div.functional-buttons with add_to_compare). The category page around it (breadcrumb,
    h1.page-heading.product-listing > span.cat-name + span.heading-counter, the sort form, the
    bottom pagination with li#pagination_next_bottom) is written from memory. Prices in euros
    the French way the Corsican locale formats them, "18,90 €" (a decimal comma, the symbol
    AFTER the figure, no-break spaces, "1 125,00 €" with one between thousands); the second card
    is reduced to "14,20 €" from "16,70 €" (-15%).
  - an UBERCART 3 product page (Drupal 7, the Bartik theme), in Quechua: written from memory (the
    Ubercart repositories the reference search holds are the Drupal 6 and Drupal 8 branches; an
    unnamed excerpt of a theme_uc_product_price override confirmed "product-info" + a class,
    span.uc-price-label and span.uc-price): h1#page-title, div.node-product, the
    div.product-info.display-price.uc-product-17 price, the body field, div.product-info.model
    (SKU), div.product-info.sell-price "Chanin:" (price) "S/ 145.00", the weight, a site field
    "Maymanta apachikun: Qusqu" (ships from Cusco), the taxonomy_catalog field "Katalogo:
    Awasqakuna" and the uc-product-add-to-cart-form-17. Price in Peruvian soles, "S/ 145.00".
  - a SILK-ROAD-1-STYLE listing on a fictional onion market ("Karaa Daakaa"), in Oromo: written
    from memory of public descriptions and archived screenshots of Silk Road's item page (2011-
    2013: the camel logo and "anonymous marketplace" line, the account bar with the balance, the
    "shop by category" sidebar with counts, the item image, the title, "price: ฿..." with the
    bitcoin sign BEFORE the figure, "seller: NAME (98)" (the score in brackets), "ships from",
    "ships to", the add-to-cart form with shipping options and the feedback table with relative
    times); every name, figure and class name is invented. The price is "฿0.0412" (BTC).
  - a VERSUS-STYLE vendor page on a fictional onion market ("Maketi Vaitele"), in Samoan: written
    from memory of public descriptions of Versus Market's vendor profile (the level and trust
    badges, FE share, last seen, the statistics grid, the tabs, the about text and the PGP key);
    every name, figure and class name is invented. The key is a REAL OpenPGP v4 public key
    (ed25519) generated for this round with gpg in a throwaway GnuPG home under /tmp that was
    deleted afterwards.
  - a CRAIGSLIST-LIKE classified ad ("Baligya Lista", a fictional classifieds site), in Cebuano:
    written from memory of Craigslist's posting page (ul.breadcrumbs of li.crumb area / section /
    category, p#display-date with time.date.timeago, h1.postingtitle > span.postingtitletext >
    span#titletextonly, span.price "₱18,500" (Philippine peso, the sign before the figure, a
    comma between thousands) and small "(Mandaue)", section.userbody, div.mapAndAttrs with
    div.mapaddress and p.attrgroup, section#postingbody with the print QR label,
    ul.notices, div.postinginfos "post id" and the relative "2 ka adlaw ang milabay" (2 days ago)).
forum and market interstitials (no records of this contract)
  - an IMAGE-GRID CAPTCHA in front of a fictional onion market ("سنڌو بازار"), in Sindhi (right to
    left): no public source; written here from memory of such gates (no JavaScript: nine
    image tiles, each a checkbox, "select all the images with a camel", a ticket, a new-images
    link, the five-minute validity and the lock-out warning).

How close each page is to its source: the files named as read were read for this round (with the
project's reference search) and their markup followed (class names, nesting, order of labels and
values); the markup was written here, not copied. Page frames, translated strings, dates and all
content (names, posts, products, prices, places) are invented for this round; sites and addresses
are fictional (.example hosts and made-up v3-looking .onion names; schema.org and www.w3.org
appear only as vocabulary names in itemtype / doctype / xmlns, never fetched).

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (7a4fe8c) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 22 --side holdout --misses``): those of b317820 (this session's start), of 7a4fe8c
(rounds 17 and 18 mended, reply_to, CLDR dates, round 19's and 20's forum threads mended in part)
and of a16edbe (rounds 19 and 20 mended). None had seen this round's pages; the helpers mending
rounds 19 and 20 kept it out of every scan.

    template                      b317820  7a4fe8c  a16edbe
    onionmarket_imagegrid_captcha   0.000    0.000    0.000  (a captcha of image tiles typed other)
    pipermail_message_mg            0.000    0.000    0.000  (a mailing list's message: no post)
    silkroad1style_listing_om       0.000    0.000    0.000  (an item page typed listing_index)
    zulip_archive_topic_rw          0.000    0.000    0.000  (no post found)
    ipb2_showtopic_mi               0.083    0.632    0.632  (posts as runs of table rows; stats)
    craigslistlike_classified_ceb   0.400    0.400    0.400  (an ad typed listing_index)
    versusstyle_vendor_sm           0.727    0.727    0.727  (a seller's statistics)
    ubercart_product_qu             0.909    0.909    0.909
    prestashop16_category_grid_co, wbblite_login_ug                    1.000
    overall                         0.403    0.514    0.514

One structural reader carried (round 19's posts as runs of table rows read IPB 2's topic); the
other mends of rounds 19 and 20 did not. Blind scores of the rounds (3 to 22): 0.646, 0.778,
0.714, 0.946, 0.798, 0.699, 0.601, 0.750, 0.857, 0.466, 0.612, 0.538, 0.773, 0.313, 0.694,
0.684, 0.376, 0.578, 0.517 and here 0.514 (0.403 at this session's start). KNOWN_MISSES holds
every wrong value of the latest set. This round is BLIND: do not tune the parsers on its pages;
mend a miss only as a general mechanism, with test pages of its own, and say so here.

Measured again, still blind, with the parsers of f3b4dff (rounds 19 and 20 fully mended by
helpers who never opened this round): 0.564 (more of IPB 2's topic read by the runs of table
rows). KNOWN_MISSES is now that set's.

Mended after scoring (market pages), as general mechanisms with test pages of their own:
parsers.card_regions (1a9a4e2): blocks a template names apart by their ids (topbar, wrapper,
footer) are a page's regions, never a grid's cards, and parsers.cldr_places reads the countries
as the CLDR spells them under labels of any language (Silk-Road-1-style 0.000 -> 1.000);
parsers.image_captcha (7a60568), wired in parsers.page: a form of four picture choices or more
of one name with no words is a captcha (0.000 -> 1.000); parsers.item_heading (b7495b9): a
heading holding the item's price in an element of its own after its name is an item's page, and
parsers.item_place reads a map's address mark (Craigslist-like 0.400 -> 1.000);
parsers.stat_rows.cell_rows (ca53230) reads a definition list of <div>-grouped rows (Versus-style
0.833 -> 0.923: the Samoan "3 Aperila 2023" stays unread, Samoan is no CLDR locale);
parsers.item_fields (9287ebf) reads a CMS field's machine name for the origin (Ubercart 0.909 ->
1.000). 0.755 at 9287ebf.

Mended after scoring (forum pages), as general mechanisms with test pages of their own:
parsers.mail_message (dfad39b), asked last among parsers.page's thread readers: one mail of a
list's archive is a thread of one post, its sender shown with an address and a date over the one
preformatted text, its "> " lines and their attribution line a quote of the name that line ends
on, its "-- " signature no words, its subject without the list's tag and "Re:" the title
(Pipermail 0.000 -> 1.000). 0.815 at dfad39b. parsers.bylines (763a7c2) reads messages rendered
as flat siblings: a heading's one link "NAME (DATE)", the paragraphs, quotes and lists up to the
next heading the words, a line naming a poster over a quote its head, the first heading an
unclosed <h2> swallowed read too; parsers.thread_title splits a <title> on a middle dot (Zulip
archive 0.000 -> 1.000). 0.949 at 763a7c2. parsers.post_columns (2637c09) reads a poster's
panel in any row of a post that is a table of rows of its own, and parsers.short_years writes out
a join day's two-digit year after its month ("12-Māehe 04"); parsers.thread_title (12112a2) takes
the bold part of a title bar that the <title> names (IPB 2 0.789 -> 1.000). 0.994 at 12112a2.
parsers.kin_months (b09554a) reads a month a letter off a kin language's on a page whose language
the CLDR gives no month names ("3 Aperila 2023", Samoan; versusstyle 0.923 -> 1.000). 1.000 at b09554a.
"""

from __future__ import annotations

import html
import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.general_rounds import NOW_TIME, Round, _author, _listing, _post, _vendor, v4_fingerprint

DATA = Path(__file__).parent / "data" / "general_r22"

_ZU = "https://ububiko.abahinzi.example/archive/stream/31-ubuhinzi/topic/Igihe.20cyo.20gutera.20ibishyimbo.html"
_PM = "https://lisitra.example/pipermail/fambolena/2026-November/000413.html"
_IPB = "https://huinga-maara.example/forum/index.php?showtopic=4127"
_WBB = "https://ormanchiliq.example/wbb/login.php?sid=4f8c21a9d0b7e3f6"
_SINDHU = "http://sindhevgk3rlcemwhnq7elbrg6nzwhlcpycnn7yd25qpohrekludb7kd.onion"
_PS = "https://butteca-paisana.example/12-salumi-e-casgi"
_KARAA = "http://karaaipb4lhwfordul3dbqt2mlhduvqlztjrrl3dvc2qs2zltxzbt33d.onion"
_VAITELE = "http://versuff4wg3zdmpzag5mkbywlvwm4ceimgdm2hj5ch7is66ewhqhblwd.onion"
_FINGERPRINT = "B93135AD9103974A4D3767F1D7CF08F12136FF26"

#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {"holdout/ipb2_showtopic_mi_iso8859_13.html": "iso-8859-13"}

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # Zulip archive topic, Kinyarwanda: the topic (h3 "Topic: ...") is the thread's title; the
    # stream "ubuhinzi" (farming) is where it is. Four messages in page order, dates "Nov 17 2026
    # at 18:40" (UTC). The second quotes Uwase Claudine (the mention "yavuze:" (said) line and
    # the blockquote are the quote); the third's "@Habimana Eric" is a mention its author wrote,
    # part of the body. No author statistics, no next page.
    "holdout/zulip_archive_topic_rw.html": {
        "template": "zulip_archive_topic_rw", "url": _ZU, "type": "thread",
        "records": [
            {"type": "thread", "title": "Igihe cyo gutera ibishyimbo"},
            _post("Uwase Claudine", "2026-11-17T18:40:00", 0,
                  "Imvura yatinze kugwa uyu mwaka.\n"
                  "Ntere ibishyimbo ubu cyangwa ntegereze ukwezi gutaha?", []),
            _post("Habimana Eric", "2026-11-18T09:15:00", 1,
                  "Tera ubu. Ubutaka buracyafite ubuhehere buhagije.", ["Uwase Claudine"]),
            _post("Mukamana Alice", "2026-11-19T20:05:00", 2,
                  "Nanjye ndemeranya na @Habimana Eric.\n"
                  "Umwaka ushize nateye mu mpera z'Ukwakira kandi umusaruro wari mwiza.", []),
            _post("Uwase Claudine", "2026-11-20T08:30:00", 3, "Murakoze mwese, ejo nzatangira gutera.", []),
        ],
    },
    # Pipermail message, Malagasy: the subject "[Fambolena] Re: Famafazana vary amin'ny ririnina"
    # is the list's tag, the reply marker and the thread's title. One post by the B author, dated
    # "Wed Nov 18 14:05:33 UTC 2026"; the attribution line and the "&gt;" lines quote Razafy
    # Voahangy; the "-- " signature ("Hery, Antsirabe", the motto) is not body. "Hafatra
    # manaraka" is the next MESSAGE of the list (another mail), not a next page of this one.
    "holdout/pipermail_message_mg.html": {
        "template": "pipermail_message_mg", "url": _PM, "type": "thread",
        "records": [
            {"type": "thread", "title": "Famafazana vary amin'ny ririnina"},
            _post("Rakotomalala Hery", "2026-11-18T14:05:33", 0,
                  "Afafazo izao. Tokony ho lena ny tany fa tsy tokony hisy rano mijanona.\n"
                  "Ny taona lasa dia nafafy tamin'ny faran'ny Oktobra aho ary tsara ny vokatra.",
                  ["Razafy Voahangy"]),
        ],
    },
    # IPB 2.x topic, Maori, ISO-8859-13: the maintitle's bold "Te whakatō kūmara i te kōanga" is
    # the title (", Āhea te wā tika?" is the topic's description). Dates "Noema 17 2026, 06:40 PM";
    # "Inanahi, 09:15 AM" is yesterday and "I tēnei rā, 10:30 AM" today (of NOW). The second post
    # quotes Hēmi_T (div.quotetop "TOHUTORO(Hēmi_T @ ...)"); the third's span.edit line and the
    # signatures are not body, nor groups ("Rōpū:"), places ("Wāhi:") or member numbers.
    # "Karere: 57" / "1,204" posts; "I uru mai: 12-Māehe 04" / "3-Hānuere 19" joined. The pager's
    # "&gt;" (Whārangi e whai ake nei, next page) to &st=20.
    "holdout/ipb2_showtopic_mi_iso8859_13.html": {
        "template": "ipb2_showtopic_mi", "url": _IPB, "type": "thread", "next": _IPB + "&st=20",
        "records": [
            {"type": "thread", "title": "Te whakatō kūmara i te kōanga"},
            _post("Hēmi_T", "2026-11-17T18:40:00", 0,
                  "I mahana te kōanga i tēnei tau, ā, kei te mahana tonu te oneone.\n"
                  "Me whakatō au i ngā kūmara ināianei, me tatari rānei ki a Tīhema?", []),
            _post("Mere Parata", "2026-11-19T09:15:00", 1,
                  "Whakatōngia ināianei. Kia 10 henimita te hōhonu o te rua.\n"
                  "Kaua e whakatō ki te oneone mākū rawa.", ["Hēmi_T"]),
            _post("Hēmi_T", "2026-11-20T10:30:00", 2, "Kia ora, Mere! Āpōpō ka tīmata au.", []),
            _author("Hēmi_T", 57, "2004-03-12"),
            _author("Mere Parata", 1204, "2019-01-03"),
        ],
    },
    # Burning Board Lite login, Uyghur: a user name and a password to enter the forum; no records.
    "holdout/wbblite_login_ug.html": {
        "template": "wbblite_login_ug", "url": _WBB, "type": "login", "records": [],
    },
    # The image-grid gate, Sindhi: "prove that you are human", nine tiles to tick ("select all the
    # images with a camel"): the site wants a human; no records.
    "holdout/onionmarket_imagegrid_captcha_sd.html": {
        "template": "onionmarket_imagegrid_captcha_sd", "url": _SINDHU + "/porter?return=/item/5512",
        "type": "captcha", "records": [],
    },
    # PrestaShop 1.6 category, Corsican: four cards in euros, the symbol after the figure ("18,90
    # €"); each price is written twice (the image's hover block and the right block), one price a
    # human reads; the second card's price is "14,20 €" (the "16,70 €" is its old price). The
    # cards name no category (the h1 "Salumi è casgi" heads the page), no vendor, no place.
    # "Seguente" (next) to ?p=2.
    "holdout/prestashop16_category_grid_co.html": {
        "template": "prestashop16_category_grid_co", "url": _PS, "type": "listing_index",
        "next": _PS + "?p=2",
        "records": [
            _listing("Coppa di Corsica, 400 g", 18.9, "EUR", None, None, None, None),
            _listing("Lonzu stagiunatu, 300 g", 14.2, "EUR", None, None, None, None),
            _listing("Brocciu passu, 500 g", 9.5, "EUR", None, None, None, None),
            _listing("Cestu di rigalu «Sapori di l'isula»", 1125.0, "EUR", None, None, None, None),
        ],
    },
    # Ubercart product, Quechua: h1 the name; "S/ 145.00" is 145 PEN (Peruvian soles); the
    # catalog term "Awasqakuna" (woven goods) the category; "Maymanta apachikun: Qusqu" where it
    # ships from; the shop's own product: no vendor; no ships-to shown.
    "holdout/ubercart_product_qu.html": {
        "template": "ubercart_product_qu", "type": "listing",
        "url": "https://awasqa-wasi.example/awasqakuna/awasqa-chumpi-2-metro",
        "records": [_listing("Awasqa chumpi, 2 metro", 145.0, "PEN", None, "Awasqakuna", "Qusqu", None)],
    },
    # Silk-Road-1-style listing, Oromo, on an onion: h2 the name; "gatii: ฿0.0412" the price in
    # BTC (the shipping options' "+฿0.0021" is an extra, the footer's "฿1 = $927.40" a rate);
    # "gurgurtaa: Qonnaan_Jimmaa (98)" the vendor (98 is a score); the breadcrumbs' last item
    # "Buna" (coffee) the category; "irraa ergama: Itoophiyaa" ships from Ethiopia, "itti ergama:
    # Itoophiyaa, Keeniyaa" ships to Ethiopia and Kenya.
    "holdout/silkroad1style_listing_btc_om.html": {
        "template": "silkroad1style_listing_om", "type": "listing",
        "url": _KARAA + "/items/4fd2c91a",
        "records": [_listing("Buna Jimmaa dheedhii, kg 1", 0.0412, "BTC", "Qonnaan_Jimmaa", "Buna",
                             "Itoophiyaa", ["Itoophiyaa", "Keeniyaa"])],
    },
    # Versus-style vendor, Samoan, on an onion: h2 "Tautua_Faatau"; "Numera o fa'amatalaga: 312"
    # the number of feedback (also on the tab; "Fa'atauga ua mae'a: 1,044" sales are not);
    # "Fa'amatalaga lelei: 98.6%" the positive share (the "4.9 / 5" average is no percentage, nor
    # "FE 50%"); "Ua auai talu mai: 3 Aperila 2023" member since ("2 itula talu ai" is the last
    # visit); the armoured key's fingerprint.
    "holdout/versusstyle_vendor_pgp_sm.html": {
        "template": "versusstyle_vendor_sm", "type": "vendor", "url": _VAITELE + "/vendor/Tautua_Faatau",
        "records": [_vendor("Tautua_Faatau", 312, 98.6, "2023-04-03", _FINGERPRINT)],
    },
    # Craigslist-like ad, Cebuano: span#titletextonly the title; "₱18,500" is 18500 PHP; the
    # breadcrumbs' last crumb "muwebles - tag-iya" (furniture, by owner) the category; the map's
    # address "Mandaue City, Sugbo" where it is (pick-up only: "dili mi mo-deliver", we do not
    # deliver, so no ships-to); the poster is not named: no vendor.
    "holdout/craigslistlike_classified_ceb.html": {
        "template": "craigslistlike_classified_ceb", "type": "listing",
        "url": "https://sugbo.baligya-lista.example/fua/d/mandaue-lamesa-nga-narra/7801234567.html",
        "records": [_listing("Lamesa nga narra, 6 ka lingkoranan", 18500.0, "PHP", None, "muwebles - tag-iya",
                             "Mandaue City, Sugbo", None)],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers give on the holdout side where it differs from TRUTH: nothing since the mends
# (parsers of b09554a; blind, a16edbe gave the values the docstring counts).
KNOWN_MISSES: dict[str, dict[str, Any]] = {}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(1.0)
_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)


_text = ROUND.page_text(ENCODINGS)
_posts = ROUND.records_of("post")

_authors = ROUND.author_stats


def test_at_least_seven_pages_carry_records_of_threads_or_market_pages() -> None:
    with_records = [p for p, t in TRUTH.items() if t["records"] and t["type"] in {
        "thread", "listing", "listing_index", "vendor"}]
    assert len(with_records) >= 7
    threads = [p for p, t in TRUTH.items() if t["type"] == "thread"]
    assert len(threads) == 3 and sum(1 for t in TRUTH.values() if not t["records"]) == 2


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
test_every_post_body_is_written_on_its_page_line_by_line = ROUND.bodies_on_its_page(ENCODINGS)
test_every_address_of_the_truth_and_the_pages_is_a_fictional_host = ROUND.fictional_hosts(ENCODINGS)


def test_the_zulip_dates_names_and_quote_are_the_truths() -> None:
    page = "holdout/zulip_archive_topic_rw.html"
    text = _text(page)
    heads = re.findall(r'<h4><a [^>]*class="zl">.*?</a> <a href="[^"]+">'
                       r"([^<(]+) \((\w{3} \d\d \d{4} at \d\d:\d\d)\)</a>:</h4>", text)
    assert [name for name, _ in heads] == [p["author"] for p in _posts(page)]
    assert [datetime.strptime(d, "%b %d %Y at %H:%M").strftime("%Y-%m-%dT%H:%M:%S") for _, d in heads] == [
        p["posted_at"] for p in _posts(page)]
    quoted = re.findall(r'<span class="user-mention silent" data-user-id="\d+">([^<]+)</span> '
                        r"<a [^>]+>yavuze</a>:</p>\n<blockquote>", text)
    assert quoted == [q for p in _posts(page) for q in p["quotes"]]
    assert f"<h3>Topic: <a href=\"{_ZU}\">{TRUTH[page]['records'][0]['title']}</a></h3>" in text


def test_the_pipermail_date_quote_and_signature_are_where_the_truth_says() -> None:
    page = "holdout/pipermail_message_mg.html"
    text = _text(page)
    shown = re.search(r"<I>(\w{3} \w{3} \d\d \d\d:\d\d:\d\d) UTC (\d{4})</I>", text)
    assert shown is not None
    when = datetime.strptime(f"{shown.group(1)} {shown.group(2)}", "%a %b %d %H:%M:%S %Y")
    assert when.strftime("%Y-%m-%dT%H:%M:%S") == _posts(page)[0]["posted_at"]
    article = text.split("<!--beginarticle-->")[1].split("<!--endarticle-->")[0]
    assert "i Razafy Voahangy no nanoratra:" in article and article.count("&gt;<i>") == 2
    quoted = re.findall(r"&gt;<i>([^\n]*)\n</I>", article)
    assert all(q.strip() not in _posts(page)[0]["body"] for q in quoted)
    assert "\n-- \nHery, Antsirabe" in article and "Hery, Antsirabe" not in _posts(page)[0]["body"]


def test_the_ipb_page_is_iso_8859_13_with_the_truths_dates_and_counts() -> None:
    raw = (DATA / "holdout" / "ipb2_showtopic_mi_iso8859_13.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'<meta http-equiv="content-type" content="text/html; charset=iso-8859-13" />' in raw
    assert raw.count(b"charset") == 1 and b"&#" not in raw
    assert "kūmara".encode("iso-8859-13") in raw and "Hēmi_T".encode("iso-8859-13") in raw
    page = "holdout/ipb2_showtopic_mi_iso8859_13.html"
    text = _text(page)
    shown = re.findall(r'style="padding-bottom:2px" /> ([^<]+)</span></div>', text)
    assert shown == ["Noema 17 2026, 06:40 PM", "Inanahi, 09:15 AM", "I tēnei rā, 10:30 AM"]
    yesterday, today = NOW_TIME - timedelta(days=1), NOW_TIME
    assert [p["posted_at"] for p in _posts(page)] == [
        "2026-11-17T18:40:00", yesterday.strftime("%Y-%m-%dT09:15:00"), today.strftime("%Y-%m-%dT10:30:00")]
    months = {"Māehe": 3, "Hānuere": 1}
    stats = set(re.findall(r"Karere: ([\d,]+)<br />\s*I uru mai: (\d+)-(\w+) (\d\d)<br />", text))
    assert {(int(c.replace(",", "")), f"20{y}-{months[m]:02}-{int(d):02}") for c, d, m, y in stats} == {
        (n, j) for _, n, j in _authors(page)}
    assert "TOHUTORO(Hēmi_T @ Noema 17 2026, 06:40 PM)" in text


def test_the_market_prices_are_the_truths() -> None:
    shown = re.findall(r'<span itemprop="price" class="price product-price">'
                       r"\s*([\d&nbsp;]+,\d\d)&nbsp;€\s*</span>",
                       _text("holdout/prestashop16_category_grid_co.html"))
    prices = [float(html.unescape(p).replace("\xa0", "").replace(",", ".")) for p in shown]
    assert prices[::2] == prices[1::2]  # every card writes its price twice
    assert prices[::2] == [r["price"] for r in TRUTH["holdout/prestashop16_category_grid_co.html"]["records"]]
    single = {
        "holdout/ubercart_product_qu.html": ('<span class="uc-price-label">Chanin:</span> '
                                             '<span class="uc-price">S/ 145.00'),
        "holdout/silkroad1style_listing_btc_om.html": '<td class="item_price">฿0.0412</td>',
        "holdout/craigslistlike_classified_ceb.html": '<span class="price">₱18,500</span>',
    }
    for page, text in single.items():
        assert text in _text(page), page
        figure = re.sub(r"<[^>]+>", "", text.split('price">', 1)[1])
        digits = re.sub(r"[^\d.]", "", figure.replace(",", ""))
        assert float(digits) == TRUTH[page]["records"][0]["price"], page


def test_the_vendor_page_carries_a_real_v4_key_whose_fingerprint_is_the_truth() -> None:
    page = "holdout/versusstyle_vendor_pgp_sm.html"
    block = re.search(r"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=[A-Za-z0-9+/]{4}\n"
                      r"-----END PGP PUBLIC KEY BLOCK-----", _text(page), re.S)
    assert block is not None
    assert v4_fingerprint(block.group(1)) == _FINGERPRINT == TRUTH[page]["records"][0]["pgp_fingerprint"]
    stats = dict(re.findall(r'<div class="stat"><dt>([^<]+)</dt><dd>(.*?)</dd></div>', _text(page)))
    vendor = TRUTH[page]["records"][0]
    assert stats["Ua auai talu mai"] == "3 Aperila 2023" and vendor["member_since"] == "2023-04-03"
    assert re.sub(r"<[^>]+>", "", stats["Fa'amatalaga lelei"]) == f"{vendor['rating']}%"
    assert stats["Numera o fa'amatalaga"] == str(vendor["feedback_count"])
