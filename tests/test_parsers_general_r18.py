"""parsers.parse_page on round-18 generality pages (tests/data/general_r18): a fully BLIND held-out
set. Ten pages, all on the HOLDOUT side (no tune side: no rule was written for any of them), each
rebuilt from a NAMED PUBLIC SOURCE of its engine's or shop's markup where one was found (template
files read with the project's reference search), else written from memory and said so, with
fictional names, words and prices put in. Every page is an engine, template or layout in none of
rounds 3-17, tests/data/forums_general or tests/data/markets_general: their directories were listed
and grepped for each template's distinctive class names, and none of forumPostHdr, forumTime,
edd_download, oe_product_cart, s-prose, question-hyperlink or snitz is in them (the Magento pages
of rounds 4 and 6 are another shop engine, with other templates). Ten languages
none of rounds 3-17 used (Basque, Irish, Galician, Khmer, Nepali, Maltese, Mongolian, Welsh,
Sinhala, Amharic); one page in ISO-8859-15 (with a literal euro sign, byte 0xA4).

forums and discussions (thread pages; each has its posts in page order and, where the template
shows them, dates, quotes, author statistics and a next page)
  - a SNITZ FORUMS 2000 topic (the "speedball" skin, v3.4.07), in Basque and in ISO-8859-15:
    gavincox/snitz-speedball-pro topic.asp (div#pre-content with div.breadcrumbs.w50 whose last
    line is the topic's subject, div.actions.w50, div.maxpages with the "Next Page" link;
    table#content with th Author / th.fw Topic (the topic nav) / th.paging; per reply a row of
    td.poster (fsacc / ffacc alternating) with "<b><span class="smt">" and the profile link,
    span.rank, the stars, p.rank with the country and "N Posts", and td.post colspan=3 with the
    post icon, span.ffs "Replied:&nbsp;DATE", the profile / quote icons, hr.ffs, span.smt.msg
    with the formatted message, the signature (hr.ffs + span.ffc.smt) and the "Edited by - NAME
    on DATE" line (span.ffs.ffc); the bottom th row, div#post-content with the pager, actions and
    jump box). The first post's row (GetFirst, not read: its label "Posted" is "Bidalia" here)
    is written like the replies; the date format (dd/mm/yyyy&nbsp;-&nbsp;hh:mm:ss, Snitz's
    day-month-year setting), the quote's markup (formatStr's blockquote id="quote" with font and
    hr, "quote:" and an "Originally posted by NAME" line, here "Jatorriz NAME-k idatzia"), header
    and footer are written here from memory of Snitz; the strings are translated here.
  - a FOSSIL forum thread (chronological display, t=c), in Galician: drhsqlite/fossil-mirror
    src/forum.c, forum_display_post (a stored version read: per post div#forumN.forumTime, the
    first post's h1 with the thread's title, h3.forumPostHdr "(N) By NAME on YYYY-MM-DD
    HH:MM:SS", "in reply to <a>N</a>", the [link] and [source] links; the rendered post; the
    div.forumpost-single-controls form with the Reply button). The body's wrapper
    div.forumPostBody is the newer versions' (named in a public scraper of Fossil forums); the
    skin (header, nav.mainmenu, div.sectionmenu, footer) is written here from memory of Fossil's
    default skin. "By ... on" stays in English as Fossil prints it; the buttons are translated.
    Replies are "in reply to" links, not quotes: every quotes list is empty.
  - a STACK EXCHANGE question page, in Nepali. Stack Exchange's page templates are not public:
    the markup (div#question-header h1 > a.question-hyperlink; div.question.js-question and
    div.answer.js-answer with div.votecell, div.s-prose.js-post-body, div.post-signature >
    div.user-info with div.user-action-time "asked / answered <span title="...Z"
    class="relativetime">", div.user-details with the name and span.reputation-score; the
    answers' h2 count) is written here from memory of public Stack Exchange pages. No comments.
forum indexes and interstitials (no records of this contract)
  - a SNITZ forum index (default.asp), in Irish: the file was not read; it is written from memory
    of Snitz's category / forum table (Forum, Topics, Posts, Last Post with "by: NAME") in the
    speedball skin's classes seen in topic.asp (div#pre-content, table#content, fsacc / ffacc).
  - a FOSSIL sign-in page, in Khmer: Fossil's src/login.c (login_page) was not read; the form
    (table.login_out with td.form_label "User ID:" / "Password:", inputs u and p, "Remember me",
    the submit "Login") is written from memory, the strings translated here.
markets
  - an ODOO eCommerce category grid (website_sale, Odoo 17-era), in Maltese: the product card's
    markup was read in a stored Odoo website-builder test fixture that renders it (found with the
    reference search by its class o_wsale_product_information: section#o_wsale_products_grid
    .o_wsale_products_grid_table > div.oe_product > div.o_wsale_product_grid_wrapper >
    form.oe_product_cart > div.oe_product_image > a.oe_product_image_link;
    div.o_wsale_product_information > div.o_wsale_product_information_text >
    h6.o_wsale_products_item_title > a the name; div.o_wsale_product_sub > div.product_price >
    span.oe_currency_value). The monetary span with the symbol after the figure ("9.50&nbsp;EUR
    sign"), the struck base price (del), the hidden itemprop price / priceCurrency, the category
    rail, the pager (ul.pagination, the chevron "Li jmiss" = next) and the page frame are written
    here from memory of addons/website_sale/views/templates.xml (products, products_item), which
    was not read for this round.
  - an ODOO eCommerce product page, in Mongolian: written from memory of addons/website_sale/
    views/templates.xml (template "product": section#product_detail, ol.o_wsale_breadcrumb with
    "All Products" / the category / the product, div#product_details with h1[itemprop=name],
    div.product_price > h3.css_editable_mode_hidden > span.oe_price > span.oe_currency_value,
    the hidden list price, the quantity input and a#add_to_cart, div#o_product_terms_and_share);
    not read for this round. Price "18,500.00 tugrik sign" (MNT).
  - an EASY DIGITAL DOWNLOADS [downloads] grid, in Welsh: awesomemotive/easy-digital-downloads
    templates/shortcode-download.php (div.edd_download#edd_download_ID itemscope Product >
    div.edd_download_inner, the image, title, excerpt, price and buy-button parts in that order),
    templates/shortcode-content-title.php (h3[itemprop=name].edd_download_title > a[itemprop=url])
    and templates/shortcode-content-price.php (div[itemprop=offers] > div[itemprop=price]
    .edd_price with edd_price()). What edd_price() prints (span.edd_price#edd_price_ID "GBP sign
    4.50"), the excerpt and image parts, the purchase form, div.edd_downloads_list
    .edd_download_columns_3, the pagination (div#edd_download_pagination, a.next.page-numbers
    "Nesaf") and the WordPress frame are written here from memory.
  - an EASY DIGITAL DOWNLOADS single download page, in Sinhala: the price block follows
    templates/shortcode-content-price.php (read); the purchase form (form.edd_download_purchase_form
    with a.edd-add-to-cart "PRICE - Purchase", the no-js submit, the checkout link) is written from
    memory of edd_get_purchase_link in includes/template-functions.php (only its opening read);
    the theme's article.type-download, h1.entry-title and the footer's category link
    ("Category: <a rel=tag>") are written here. Price "Rs.1,500.00" written "රු.1,500.00" (LKR).
  - an EDD Frontend Submissions VENDOR page on a fictional onion service (a vendor page), in
    Amharic: no public source was read; the store title (h1.fes-vendor-store-title), bio, the
    statistics table (member since "2023-05-09", sales 310, positive feedback "97.4%", reviews
    "57"), the PGP section (pre.pgp-public-key with the armoured key) and the review list
    "ግምገማዎች (57)" are written here. No darknet-market clone not already used in rounds 3-17 was
    at hand, so a multi-vendor EDD shop stands in for a market. The key is a REAL OpenPGP v4
    public key (ed25519) generated for this round in a throwaway GnuPG home that was deleted
    afterwards.

How close each page is to its source: the files named as read were read for this round and their
markup followed (class names, nesting, order of labels and values); the markup was written here,
not copied. Page frames, translated strings, dates and all content (names, posts, products,
prices, places) are invented for this round; sites and addresses are fictional (.example hosts and
one made-up v3-looking .onion name; schema.org and www.w3.org appear only as vocabulary names in
itemtype / doctype, never fetched).

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (11b41fe) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 18 --side holdout --misses``): those of 8d38c73 (this session's start), of 9cfe261 (the
structural author reader added), of 8606904 (rounds 13 to 16 mended) and of 5cd51e5 (round 17
mended too). None had seen this round's pages; the helpers who wrote round 17's mends kept
this round out of every scan. (The older parsers were run with this session's test harness,
which only adds a check of the files.)

    template                  8d38c73  9cfe261  8606904  5cd51e5
    fossil_forumthread_gl       0.000    0.000    0.000    0.000  (no post found)
    snitz_default_ga            0.000    0.000    0.000    0.000  (a forum index typed other)
    edd_single_download_si      0.000    0.000    0.000    0.000  (typed other: "රු." no currency)
    odoo_product_mn             0.000    0.000    1.000    1.000  (an item page by its shape)
    odoo_shop_grid_mt           0.300    0.300    0.300    0.300  (cards in part)
    edd_fes_vendor_am           0.545    0.545    0.667    0.857  (a seller's statistics)
    snitz_topic_eu              0.824    0.824    0.824    0.824
    stackexchange_question_ne   0.833    0.833    0.833    0.833
    edd_downloads_grid_cy, fossil_login_km                        1.000
    overall                     0.600    0.600    0.667    0.684

Here the structural author reader added nothing (its forum pages were read or missed alike
without it); of the later mends, again the readers of a kind of page carried (an item page by
its shape: +0.067; a seller's statistics by the form of their values: +0.017), and round 17's
forum index by its table's shape did not catch this index. Blind scores of the rounds (3 to 18):
0.646, 0.778, 0.714, 0.946, 0.798, 0.699, 0.601, 0.750, 0.857, 0.466, 0.612, 0.538, 0.773,
0.313, 0.694, and here 0.684 (0.600 at this session's start). Every wrong value of 5cd51e5 is in
KNOWN_MISSES. This round is BLIND: do not tune the parsers on its pages; mend a miss only as a
general mechanism, with test pages of its own, and say so here.

Its forum misses were then mended as general mechanisms with test pages of their own (no longer
blind figures from here on):
  - posts known by a byline heading one to each post's own wrapper, the bylines alike across
    the wrappers and every wrapper holding one, the name after a "by" word of one of two dozen
    languages ("By NAME on DATE" in an h3 opening each division; a bracketed control link such
    as "[link]" is no name; a heading in the first post's wrapper over its byline is the title):
    parsers/bylines.py, tests/test_parsers_bylines.py. Reads the Fossil thread: 0.684 -> 0.798.
  - a forum index by its table's shape when each row opens with an icon's cell of no words and
    categories head the boards in rows of one cell spanning the table (parsers/index_shape.py,
    tests/test_parsers_index_shape.py); a next page known by its address, this address with its
    page number one higher, whatever words the link shows (parsers/pagination.py,
    tests/test_parsers_pagination.py); a post count on a line of its own in a panel's paragraph
    ("PLACE<br>57 WORD", parsers/post_columns.py, tests/test_parsers_post_columns.py). Read the
    Snitz index and the Snitz topic's next page and post counts: 0.798 -> 0.844.
  - a block of the posts' set that holds two or more posts, alike sibling blocks inside it each
    naming another member by address (the answers' wrapper beside the question), read as those
    posts (parsers/post_split.py, tests/test_parsers_post_split.py); a quote's head line of its
    own naming a poster of the page, whatever its verb, first or after a one-word label
    ("quote:" then "Originally posted by NAME"), also where another reader took the head for a
    name no poster has (parsers/post_columns.py named_quote, parsers/post_mend.py,
    tests/test_parsers_post_columns.py). Read the Stack Exchange page's third post and the Snitz
    quote: 0.967 -> 0.995 (measured on the committed parsers with these added).

Its market misses were mended as general mechanisms with test pages of their own too:
  - currency marks whose currency is the page's country's: "Rs" / "රු." / "रु" / "₨" and "kr" /
    "kr." named by the page's language (<html lang>, Content-Language), else its host's country
    domain, else its text's script (parsers/currency_marks.py, set once per page by parse_page);
    an amount glued to a mark that ends in a dot ("Rs.1,500.00") read from its first digit
    (parsers/prices.py); tests/test_parsers_currency_marks.py. Reads the Sinhala EDD download
    as an item page by its shape.
  - a card's price whose amount stands in an element and its currency in the text right after
    it ("<span>9.50</span>&nbsp;EUR sign", parsers/cards.py); a card's own item address known by
    its picture (the card's first link holds an image and its longest link of words goes to the
    same address), whatever its words say ("/shop/<slug>?category=3"), is its title link and
    neither a seller's nor a category's (parsers/card_links.py item_hrefs, parsers/card_fields.py);
    tests/test_parsers_card_links.py. Reads the Odoo grid's four cards.
  - a seller's heading of several words that the <title> repeats whole is the seller's name,
    whole; at a seller's address its join date read by the form of its value lets a heading name
    the seller with no key shown (parsers/vendor_page.py, tests/test_parsers_vendor_names.py).
    Reads the Amharic seller's name. Together: 0.844 -> 0.967 (measured on the committed
    parsers with these alone).
  - an item's category filed under it: a link to a category's address after a short label of
    any language ("කාණ්ඩය:") inside the element that holds the item's heading, not in a menu
    (parsers/item_category.py, tests/test_parsers_item_category.py). Reads the Sinhala
    download's category: 0.995 -> 1.000 (with the forum mends above; 0.967 -> 0.973 alone).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.general_rounds import Round, _author, _listing, _post, _vendor, v4_fingerprint

DATA = Path(__file__).parent / "data" / "general_r18"

_SNITZ = "http://erlezainak.example/foroa/"
_FOSSIL = "https://fossil.adegas-do-ribeiro.example/viticultura/"
_ODOO_MT = "https://hanut-ta-nanna.example/shop/category/ghasel-3"
_EDD_CY = "https://siop-gwlan-a-geiriau.example/siop/"
_ONION = "http://abebebunaq7xk3vn5r2wyzhf4l6pd2ms7cjqa4e5gk3nfb6xuvo2rbtd.onion"
_FINGERPRINT = "BA2F1F1C3A0F85130A245F9641AA116A87EBBB78"

#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {"holdout/snitz_topic_eu_latin9.html": "iso-8859-15"}

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # Snitz topic, Basque, ISO-8859-15: the subject is the breadcrumbs' last line (and the
    # <title>'s tail). Dates dd/mm/yyyy - hh:mm:ss ("Bidalia" posted, "Erantzuna" replied). The
    # second post quotes the first ("Jatorriz Ander_Z-k idatzia" in blockquote#quote); its
    # signature (the honey advert with the euro sign) is not body, nor the third post's "Ander_Z-k
    # editatua - ..." edit line. "57 Mezu" / "1204 Mezu" are post counts; the rank, stars and
    # province ("Bizkaia", "Gipuzkoa", the poster's country field) are not; no join date shown.
    # "Hurrengo orria" (next page) to whichpage=2.
    "holdout/snitz_topic_eu_latin9.html": {
        "template": "snitz_topic_eu", "url": _SNITZ + "topic.asp?TOPIC_ID=88", "type": "thread",
        "next": _SNITZ + "topic.asp?TOPIC_ID=88&whichpage=2",
        "records": [
            {"type": "thread", "title": "Erlauntzak neguan nola babestu"},
            _post("Ander_Z", "2026-11-16T19:05:00", 0,
                  "Aurten lehen aldiz bi erlauntz ditut mendi-hegalean.\nNeguan estalki gehigarririk jarri "
                  "behar diet, edo nahikoa da sarrera txikitzea?", []),
            _post("Miren_Etxe", "2026-11-18T10:30:00", 1,
                  "Sarrera txikitu eta erlauntzaren gainean isolatzaile mehe bat jarri. Ez ireki erlauntza "
                  "hotzetan.", ["Ander_Z"]),
            _post("Ander_Z", "2026-11-20T07:45:00", 2,
                  "Eskerrik asko, Miren! Gaur jarri ditut isolatzaileak.", []),
            _author("Ander_Z", 57, None),
            _author("Miren_Etxe", 1204, None),
        ],
    },
    # Snitz forum index, Irish: two categories, three forums with topic / post counts and last
    # posts; no records of this contract.
    "holdout/snitz_default_ga.html": {
        "template": "snitz_default_ga", "url": "http://gairneoiri.example/foram/default.asp",
        "type": "forum_index", "records": [],
    },
    # Fossil thread, Galician: the first post's h1 is the title (the header's h1 "Viticultura no
    # Ribeiro" is the repository's name). "(N) By NAME on YYYY-MM-DD HH:MM:SS"; "in reply to N",
    # [link], [source] and the Reply button are not body. Replies link their parent, no quote. No
    # statistics, no next page.
    "holdout/fossil_forumthread_gl.html": {
        "template": "fossil_forumthread_gl", "url": _FOSSIL + "forumthread/3f2a9c41d7?t=c", "type": "thread",
        "records": [
            {"type": "thread", "title": "Cando vendimar o albariño nun ano chuvioso"},
            _post("xoan.pereira", "2026-11-17T18:40:00", 0,
                  "Este outono choveu moito na ribeira e a uva aínda non ten o grao que quero.\nEspero unha "
                  "semana máis ou vendimo xa antes de que apareza a podremia?", []),
            _post("uxia.mosquera", "2026-11-19T21:15:00", 1,
                  "Se a podremia xa se ve nalgúns acios, non esperes. Vendima polas mañás, cando a uva está "
                  "seca, e separa os acios danados na mesa.", []),
            _post("xoan.pereira", "2026-11-20T08:02:00", 2,
                  "Grazas, Uxía. Mañá comezamos pola parcela de abaixo.", []),
        ],
    },
    # Fossil sign-in, Khmer: user name, password, remember me, "ចូល" (log in).
    "holdout/fossil_login_km.html": {
        "template": "fossil_login_km", "url": "http://fossil.sahakum-kasekam.example/krom/login",
        "type": "login", "records": [],
    },
    # Stack Exchange question, Nepali: the question and two answers are the posts, in page order.
    # The time is the relativetime span's title (UTC, "Z"): the text beside it is a Nepali
    # "Nov 17 at 18:40" / "today at 08:02" and the header's "2 days ago". Votes, tags, "share",
    # "follow", the accepted tick and the reputation / badge flair are not body; reputation is not
    # a post count, so no author statistics. No quotes, no next page.
    "holdout/stackexchange_question_ne.html": {
        "template": "stackexchange_question_ne", "type": "thread",
        "url": "https://bagaicha.stackexchange.example/questions/4127/gamala-ma-aduwa",
        "records": [
            {"type": "thread", "title": "गमलामा अदुवा कसरी रोप्ने?"},
            _post("सुमन श्रेष्ठ", "2026-11-17T18:40:00", 0,
                  "मसँग बालकोनीमा ठूला गमलाहरू छन्।\nअदुवा रोप्न कुन महिना उपयुक्त हुन्छ र माटो कस्तो चाहिन्छ?", []),
            _post("बिना गुरुङ", "2026-11-19T21:15:00", 1,
                  "फागुन–चैतमा रोप्नुहोस्। आधा बगैंचाको माटो, आधा कुहिएको मल मिसाउनुहोस् र गमलाको पिँधमा पानी "
                  "निस्कने प्वाल राख्नुहोस्।", []),
            _post("राजु थापा", "2026-11-20T08:02:00", 2,
                  "बीउ अदुवाको टुक्रामा कम्तीमा दुईवटा आँखा हुनुपर्छ। रोपेपछि गमलालाई छहारीमा राख्नुहोस्।", []),
        ],
    },
    # Odoo category grid, Maltese: four products in euro ("9.50 €"); the third shows "6.75 €" (the
    # price) and a struck "8.00 €" (the base price). As for rounds 11-17's grids, no card names its
    # category (the h1 "Għasel" heads the page, the rail lists all categories), so none is
    # expected. The pager's chevron "Li jmiss" (next) to /page/2.
    "holdout/odoo_shop_grid_mt.html": {
        "template": "odoo_shop_grid_mt", "url": _ODOO_MT, "type": "listing_index",
        "next": _ODOO_MT + "/page/2",
        "records": [
            _listing("Għasel tas-sagħtar, 250 g", 9.5, "EUR", None, None, None, None),
            _listing("Għasel tal-ħarrub, 500 g", 14.0, "EUR", None, None, None, None),
            _listing("Għasel tal-fjuri selvaġġi, 250 g", 6.75, "EUR", None, None, None, None),
            _listing("Għasel tal-ewkaliptu, 500 g", 12.4, "EUR", None, None, None, None),
        ],
    },
    # Odoo product, Mongolian: h1 the name; "18,500.00 ₮" the price, MNT (the hidden list price
    # is the same); the category "Цай ба кофе" (the breadcrumb's item before the product); no
    # vendor (the shop's own), no places ("Хүргэлт: 2-3 ажлын өдөр" is a delivery time).
    "holdout/odoo_product_mn.html": {
        "template": "odoo_product_mn", "type": "listing",
        "url": "https://talyn-amt.example/shop/suutei-tsainy-kholimog-500-gr-57",
        "records": [
            _listing("Сүүтэй цайны холимог, 500 гр", 18500.0, "MNT", None, "Цай ба кофе", None, None)],
    },
    # EDD grid, Welsh: four downloads in pounds ("£4.50"); no card names a category, a vendor or a
    # place. "Nesaf »" (a.next) to /siop/page/2/.
    "holdout/edd_downloads_grid_cy.html": {
        "template": "edd_downloads_grid_cy", "url": _EDD_CY, "type": "listing_index",
        "next": _EDD_CY + "page/2/",
        "records": [
            _listing("Patrwm gwau: siwmper Aran", 4.5, "GBP", None, None, None, None),
            _listing("Llyfr ryseitiau bara brith (PDF)", 6.0, "GBP", None, None, None, None),
            _listing("Cwrs sain: Cymraeg i ddechreuwyr", 12.99, "GBP", None, None, None, None),
            _listing("Patrwm gwau: sgarff blethog", 3.25, "GBP", None, None, None, None),
        ],
    },
    # EDD single download, Sinhala: h1 the name; "රු.1,500.00" (Sri Lankan rupees, LKR) in
    # span.edd_price and on the purchase button; the category "ආහාර පිසීම" (the footer's "කාණ්ඩය:"
    # link; the tag "වට්ටෝරු" is not it); the neighbours' names are other downloads; no vendor,
    # no places (a digital file).
    "holdout/edd_single_download_si.html": {
        "template": "edd_single_download_si", "type": "listing",
        "url": "https://digital-pothgula.example/downloads/gedara-kama-watoru-potha/",
        "records": [_listing("ගෙදර කෑම වට්ටෝරු පොත (PDF)", 1500.0, "LKR", None, "ආහාර පිසීම", None, None)],
    },
    # EDD FES vendor on an onion, Amharic: h1 "አበበ ቡና"; "ግምገማዎች፦ 57" and "ግምገማዎች (57)" the number
    # of feedback ("ሽያጮች፦ 310" sales are not); "አዎንታዊ ግብረ መልስ፦ 97.4%" the positive share;
    # "አባል የሆነው፦ 2023-05-09" member since; the armoured key's fingerprint.
    "holdout/edd_fes_vendor_pgp_am.html": {
        "template": "edd_fes_vendor_am", "type": "vendor", "url": _ONION + "/vendor/abebe-buna/",
        "records": [_vendor("አበበ ቡና", 57, 97.4, "2023-05-09", _FINGERPRINT)],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers gave on the holdout side where it differs from TRUTH, measured once, blind
# (parsers of 5cd51e5). Key: "kind[i].field" (or "page_type"); value: what the parsers gave.
KNOWN_MISSES: dict[str, dict[str, Any]] = {
}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(1.0)
_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)


_text = ROUND.page_text(ENCODINGS)
_posts = ROUND.records_of("post")


def _authors(page: str) -> set[tuple[str, int | None]]:
    return {(r["name"], r["post_count"]) for r in TRUTH[page]["records"] if r["type"] == "author"}


def test_at_least_seven_pages_carry_records_of_threads_or_market_pages() -> None:
    with_records = [p for p, t in TRUTH.items() if t["records"] and t["type"] in {
        "thread", "listing", "listing_index", "vendor"}]
    assert len(with_records) >= 7


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
test_every_post_body_is_written_on_its_page_line_by_line = ROUND.bodies_on_its_page(ENCODINGS)
test_every_address_of_the_truth_and_the_pages_is_a_fictional_host = ROUND.fictional_hosts(ENCODINGS)


def test_the_snitz_dates_and_post_counts_are_the_truths() -> None:
    page = "holdout/snitz_topic_eu_latin9.html"
    text = _text(page)
    shown = re.findall(r"(?:Bidalia|Erantzuna):&nbsp;(\d\d)/(\d\d)/(\d{4})&nbsp;-&nbsp;(\d\d:\d\d:\d\d)",
                       text)
    assert [f"{y}-{m}-{d}T{t}" for d, m, y, t in shown] == [p["posted_at"] for p in _posts(page)]
    rows = re.findall(r'title="Ikusi ([^"]+)-ren profila">[^<]+</a>.*?'
                      r'<p class="rank">\s*\w+<br>\s*(\d+) Mezu</p>', text, re.S)
    assert {(name, int(n)) for name, n in rows} == _authors(page)


def test_the_snitz_page_is_iso_8859_15_and_says_so() -> None:
    raw = (DATA / "holdout" / "snitz_topic_eu_latin9.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'content="text/html; charset=iso-8859-15"' in raw
    assert "8 € kiloa".encode("iso-8859-15") in raw  # 0xA4, which ISO-8859-1 reads as a currency sign


def test_the_fossil_headers_give_the_truths_authors_and_times() -> None:
    page = "holdout/fossil_forumthread_gl.html"
    headers = re.findall(r"<h3 class='forumPostHdr'>\((\d+)\)\n"
                         r"By (\S+) on (\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)", _text(page))
    assert [(int(n) - 1, who, f"{d}T{t}") for n, who, d, t in headers] == [
        (p["index"], p["author"], p["posted_at"]) for p in _posts(page)]


def test_the_stack_exchange_times_are_the_relativetime_titles() -> None:
    page = "holdout/stackexchange_question_ne.html"
    titles = re.findall(r'<span title="(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)Z" class="relativetime">',
                        _text(page))
    assert [f"{d}T{t}" for d, t in titles] == [p["posted_at"] for p in _posts(page)]
    assert all(r["type"] != "author" for r in TRUTH[page]["records"])  # reputation is no post count


def test_the_grid_prices_are_the_truths() -> None:
    odoo = re.findall(r'<span class="h6 mb-0" data-oe-type="monetary"[^>]*><span class="oe_currency_value">'
                      r"([\d.]+)</span>&nbsp;€", _text("holdout/odoo_shop_grid_mt.html"))
    edd = re.findall(r'<span class="edd_price" id="edd_price_\d+">&pound;([\d.]+)</span>',
                     _text("holdout/edd_downloads_grid_cy.html"))
    for page, prices in (("holdout/odoo_shop_grid_mt.html", odoo),
                         ("holdout/edd_downloads_grid_cy.html", edd)):
        assert [float(p) for p in prices] == [r["price"] for r in TRUTH[page]["records"]], page


def test_the_vendor_page_carries_a_real_v4_key_whose_fingerprint_is_the_truth() -> None:
    page = "holdout/edd_fes_vendor_pgp_am.html"
    block = re.search(r"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=[A-Za-z0-9+/]{4}\n"
                      r"-----END PGP PUBLIC KEY BLOCK-----", _text(page), re.S)
    assert block is not None
    assert v4_fingerprint(block.group(1)) == _FINGERPRINT == TRUTH[page]["records"][0]["pgp_fingerprint"]
    stats = dict(re.findall(r"<tr><th>([^<]+)</th><td>(?:<a [^>]+>)?([^<]+)", _text(page)))
    vendor = TRUTH[page]["records"][0]
    assert stats["አባል የሆነው፦"] == vendor["member_since"]
    assert float(stats["አዎንታዊ ግብረ መልስ፦"].rstrip("%")) == vendor["rating"]
    assert int(stats["ግምገማዎች፦"]) == vendor["feedback_count"]
