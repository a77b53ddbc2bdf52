"""parsers.parse_page on round-20 generality pages (tests/data/general_r20): a fully BLIND held-out
set. Ten pages, all on the HOLDOUT side (no tune side: no rule was written for any of them), each
rebuilt from a NAMED PUBLIC SOURCE of its engine's or shop's markup where one was found (template
files read with the project's reference search), else written from memory and said so, with
fictional names, words and prices put in. Every page is an engine, template or layout in none of
rounds 3-18, tests/data/forums_general or tests/data/markets_general: their directories were listed
and grepped for each template's distinctive class names, and none of spTopicPostSection,
spPostUserName, post-element, forum-post-date, class="postheader", UserBox, product-column,
campaign-price, productbox-inner, price_wrapper, vendure, sellix, a "waiting room" queue or a
Dream-Market-style vendorStats table is in them (the only "post-username" is round 6's Kunena
topic, another engine; the endgame queues of rounds 3 and 8 are another interstitial). Ten
languages none of rounds 3-18 used (Kannada, Zulu, Marathi, Burmese, Haitian Creole, Kyrgyz,
Luxembourgish, Malayalam, Hausa, Somali: their docstrings were grepped for each; "Luxembourg" is
only a place in round 15); one page in windows-1251, declared ONLY by its http-equiv meta, whose
Kyrgyz letters outside that code page (ө, ү, ң) are numeric character references, as legacy
Kyrgyz sites write them.

forums and discussions (thread pages; each has its posts in page order and, where the template
shows them, dates, quotes, author statistics and a next page)
  - a SIMPLE:PRESS topic view (the WordPress forum plugin, its default theme), in Kannada:
    written from memory. The repository Simple-Press/simple-press is stored, but its files listed
    with the reference tools are admin panels and libraries: no theme or topic-view template was
    found (its php files, an sp-themes folder, a code search for the class names), so the markup
    (div#spMainContainer, div#spBreadCrumbs, div.spTopicViewSection with h2.spHeaderName, the
    div.spPageLinks pager with a.spPageNext, per post div.spTopicPostSection (odd / even) with
    div.spUserSection (div.spPostUserName, rank, "ಪೋಸ್ಟ್‌ಗಳು: N" in div.spPostUserPosts, location)
    and div.spPostSection (span.spPostIndexNumber, span.spPostUserDate, the quote button,
    div.spPostContent, p.spEditPostText, div.spPostUserSignature); the quote as
    blockquote.spPostEmbedQuote with "<strong>NAME ಹೇಳಿದರು</strong>") is written here. Dates
    "ನವೆಂಬರ್ 17, 2026 - 6:40 pm" (Kannada month, 12-hour clock); the post count "1,386" with a
    comma.
  - an ASGAROS FORUM topic (WordPress), in Zulu: Asgaros/asgaros-forum includes/views/
    post-element.php (commit 021011fe, read: div.post-element (first-post) #postid-N >
    div.post-author with the avatar, div.post-author-block-name > span.post-username and the
    mention nice name, div.post-author-block-meta > small.post-counter "%s Posts" and
    small.topic-author, the usergroup tags; div.post-wrapper > div.forum-post-header >
    div.forum-post-date and the post menu; div.post-message opening with the HIDDEN
    div#post-quote-container-N (display: none) that holds a blockquote of the post itself ("Quote
    from NAME on DATE", the quote button's source), then the post's paragraphs; div.post-footer >
    div.post-meta with span.post-edit-date "Last edited on DATE by NAME" and the "#N" link;
    div.signature). The breadcrumbs, h1.main-title, the div.pages pager (?part=2, the chevron
    "Ikhasi elilandelayo" = next page), the statistics and the frame are written here from memory;
    a quote in a post is the same blockquote with div.quotetitle. Dates "14 Novemba 2026, 07:30";
    the post count "1 207" (a no-break space).
  - a YAF.NET (Yet Another Forum.NET, 1.9.x table layout, "cleanSlate" theme) topic, in Marathi:
    YAFNET/YAFNET yafsrc/YetAnotherForum.NET/controls/DisplayPost.ascx (a stored 1.9-era version,
    commit 006a70a2, read: tr.postheader with td.postUser (a name anchor and the UserProfileLink in
    <b>) and td.postPosted (div.leftItem.postedLeft "#N POSTED : DATE", div.rightItem.postedRight
    with the buttons); tr.post / tr.post_alt with td.UserBox (the UserBox control) and td.message >
    div.postdiv (the MessagePostData control); tr.postfooter; tr.postsep). What the UserBox and
    MessagePostData controls render (div.yafUserBox with div.section rows "सामील झाले:" joined /
    "पोस्ट:" posts, div.MessageContent, div.yafsignature, the quote as div.quote > span.quotetitle
    "NAME यांनी लिहिले:" + div.innerquote), the pager (div.yafpager with span.pagelinklast "पुढील
    पान" = next page), the page links and the menu are written here from memory. The third post's
    date is RELATIVE, "3 तासांपूर्वी" (3 hours ago), in a span.timeago without any machine-readable
    title: it resolves against the capture time NOW.
forum interstitials (no records of this contract)
  - a "waiting room" QUEUE in front of an onion forum (a kind not seen in rounds 3-18), in Burmese:
    no public source; written here (a meta refresh to /__waitroom/check with a ticket, the
    position "37 / 59", the estimated wait, a progress bar, a noscript note, a re-check form).
  - a YAF.NET sign-in page (login.aspx, the 1.9-era table layout), in Haitian Creole: not read;
    table.content.loginForm with td.header1 "Konekte", "Non itilizatè:" / "Modpas:" inputs, the
    remember-me box, the submit, the lost-password and register links, written from memory of
    YAF's login page, the strings translated here.
markets
  - a LITECART category page (default.catalog template), in Kyrgyz and in WINDOWS-1251:
    litecart/litecart public_html/includes/templates/default.catalog/views/
    listing_product_column.inc.php (read: article.product-column > a.link with data-id /
    data-sku / data-name / data-price, div.image-wrapper with the image and the sticker,
    div.info > h4.name, div.manufacturer-name (&nbsp; when none), div.price-wrapper with
    span.price, or del.regular-price + strong.campaign-price for a campaign; the preview button),
    box_category.inc.php (read: div.box#box-category > div.heading with nav.filter (sort buttons)
    and h1; div.content with the description and ul.listing-wrapper.products) and
    pagination.inc.php (read: ul.pagination of li (disabled / active) > a or span). The header,
    site menu, category tree, breadcrumbs and footer are written here from memory. Prices in
    Kyrgyz som, the symbol after the figure and a space between thousands ("8 900 сом"); the
    second card shows a struck "1 500 сом" and the campaign price "1 250 сом".
  - a JTL-SHOP 5 category grid (the NOVA template), in Luxembourgish: no JTL-Shop template was
    read; written from memory of NOVA's product list (div#result-wrapper, div.title > h1.h2,
    div.row.product-list.layout-gallery#product-list > div.product-wrapper > div.productbox
    .productbox-column > div.productbox-inner, div.productbox-title > a, div.price_wrapper >
    div.price.productbox-price > span "12,50 €" + span.footnote-reference "*", div.base_price
    (the price per kilogram), div.price-note with "amplaz <del>26,00 €</del>" (instead of), the
    delivery status; ul.pagination with li.page-item.next, JTL's "_s2" page address). Prices in
    euro with a decimal comma, a dot between thousands ("1.249,00 €").
  - a VENDURE storefront product page (the Remix starter's Tailwind markup), in Malayalam: no
    file read; written from memory of the public Remix storefront (h2.text-3xl the name, the
    collection breadcrumbs nav > ol, the image column, div.text-base.text-gray-700 the
    description, the add-to-cart form with p.text-3xl the price, the SKU and stock line, the
    "Shipping & Returns" section). Price "₹1,24,999.00": Indian rupees in the Indian grouping
    (lakh: 1,24,999).
  - a SELLIX-STYLE digital-product page of a one-seller shop on a fictional onion service, in
    Hausa: no public source (Sellix's storefront markup is not public); the navbar with the shop's
    name, the breadcrumbs, h1 the product, "Mai sayarwa:" (seller), the price "0.0850 XMR" (a
    Monero price) with "≈ $14.20" beside it, the meta list ("Rukuni:" category, "Hannun jari:"
    stock, "Isarwa:" delivery, "Biya:" payment), the buy form, the description and two feedback
    items with relative times are written here.
  - a DREAM-MARKET-STYLE vendor page on a fictional onion market ("Suuqa Riyo"), in Somali: written
    from memory of public descriptions and archived screenshots of Dream Market's vendor page
    (the header with the user's balance, the category sidebar with counts, the vendor box with
    name, level and trusted badge, the statistics table, the tabs About / Listings / Feedback /
    PGP, the about text, the PGP key in a read-only textarea); every name, figure and class name
    is invented. The key is a REAL OpenPGP v4 public key (ed25519) generated for this round with
    gpg in a throwaway GnuPG home under /tmp that was deleted afterwards.

How close each page is to its source: the files named as read were read for this round and their
markup followed (class names, nesting, order of labels and values); the markup was written here,
not copied. Page frames, translated strings, dates and all content (names, posts, products,
prices, places) are invented for this round; sites and addresses are fictional (.example hosts and
made-up v3-looking .onion names; schema.org and www.w3.org appear only as vocabulary names in
itemtype / xmlns / doctype, never fetched).

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (3d17a28) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 20 --side holdout --misses``): those of b317820 (this session's start) and of 9e45baf
(round 18's Fossil thread mended, posts' reply_to added). Neither had seen this round's pages;
the helpers mending round 18 kept this round out of every scan.

    template                  b317820  9e45baf
    yafnet_posts_mr             0.083    0.083  (no post found)
    simplepress_topic_kn        0.091    0.091  (no post found)
    asgaros_topic_zu            0.174    0.174  (a thread typed forum_index)
    vendure_remix_product_ml    0.800    0.800  (Indian digit grouping: 1.24)
    dreamstyle_vendor_so        0.833    0.833  (feedback count, member since)
    jtlshop_nova_grid_lb        0.875    0.875  (the category taken for each card's seller)
    sellixstyle_product_ha      0.909    0.909  (no seller)
    litecart_category_ky, waitroom_queue_my, yafnet_login_ht           1.000
    overall                     0.578    0.578

All three forum threads were missed (no post, or the thread taken for a topic list); the market
pages read well. Blind scores of the rounds (3 to 20): 0.646, 0.778, 0.714, 0.946, 0.798, 0.699,
0.601, 0.750, 0.857, 0.466, 0.612, 0.538, 0.773, 0.313, 0.694, 0.684, 0.376 and here 0.578.
KNOWN_MISSES holds every wrong value of the latest mend. This round is BLIND: do not tune the parsers on
its pages; mend a miss only as a general mechanism, with test pages of its own, and say so here.

Mended after scoring, as general mechanisms with test pages of their own (a79b261): dates read
in the page's language with the Unicode CLDR's words (parsers.cldr_dates: Kannada, Zulu and
Marathi month names, "3 hours ago" in Marathi): the three forum threads now give their posts
(0.578 -> 0.808). Amounts in the Indian digit grouping (lakh "1,24,999.00") read as one number
before the thousands form (parsers.prices, ce5b08e: the Vendure price) (0.808 -> 0.817). A
word's letters include its script's combining marks (parsers.post_parts.WORDY_RE, 911c148: the
Kannada posts are words enough to be posts, their "ಪೋಸ್ಟ್‌ಗಳು: 214" count lines read); an edit
note naming a poster of the page written out (parsers.post_notes, ba6e39d: Simple:Press's
"ಕೊನೆಯದಾಗಿ ಸಂಪಾದಿಸಿದ್ದು: ..."); header rows of a name and a date over rows that say more read as
runs of rows, a body wrapper giving way to the body inside it when all else it says is a user
panel or a signature, a run's panel read in any of its rows (parsers.generic_forum,
post_parts, post_columns, e028a19: YAF.NET's words, post counts and join days); a quote inside
an element the page hides is neither a quote nor words (parsers.post_read, ed1a5ce: Asgaros'
hidden quote containers) (0.817 -> 0.973: every forum page of the round gives its truth). The
tab leading to the vendor's feedback, known by its address, counts it whatever its words
(parsers.vendor_counts: the Somali "Faallooyinka (389)"); a one-seller shop's item names its
seller by a link home under a short label, its words a part of the <title>
(parsers.market_seller.home_seller: "Mai sayarwa: KanoDigital"); a copyright line names a shop as
a word of its own (parsers.card_fields.named_shop: the category "Kaffi" is no seller of
"Kaffisrëschterei") (3c2f3f9) (0.973 -> 1.000: no known miss left).
"""

from __future__ import annotations

import html
import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.general_rounds import NOW, Round, _author, _listing, _post, _vendor, v4_fingerprint

DATA = Path(__file__).parent / "data" / "general_r20"

_SP = "https://krushi-vedike.example/vedike/totagarike/tengina-sasi/"
_AF = "https://abalimi-bethekwini.example/inkundla/topic/ukutshala-ummbila/"
_YAF = "https://shetkari-katta.example/yaf/posts/"
_LC = "https://ala-too-kol-onor.example/kiyiz-buyumdar-c-4/"
_JTL = "https://kaffi-iechternach.example/Kaffi"
_QUEUE = "http://shwedagonl546x2kf5pn2nj64gk76c4dwnhfqjbt5pt5pcppssi3yskd.onion"
_SHOP = "http://kanodgtlq7m3ovbwuyq2e5ud6y4xiz2flh3kgrk6fxmbkzj6w5iqsnqd.onion"
_DREAM = "http://suuqariyoqumpmhs6pjarb7lmylvuhfq6nomefm4egnvfg5fgr4hwdzd.onion"
_FINGERPRINT = "96079465D7F769DC48A0AF2D66114268F366F090"

#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {"holdout/litecart_category_ky_cp1251.html": "windows-1251"}

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # Simple:Press topic, Kannada: the title is h2.spHeaderName (and the breadcrumbs' last item).
    # The second post quotes the first ("ಮಂಜುನಾಥ ಹೆಗಡೆ ಹೇಳಿದರು" in blockquote.spPostEmbedQuote);
    # signatures (div.spPostUserSignature) and the third post's "ಕೊನೆಯದಾಗಿ ಸಂಪಾದಿಸಿದ್ದು: ..." edit
    # line are not body. "ಪೋಸ್ಟ್‌ಗಳು: 214" / "1,386" are post counts; ranks and towns are not; no join
    # date shown. The pager's "›" (rel=next, "ಮುಂದಿನ ಪುಟ") to page-2/.
    "holdout/simplepress_topic_kn.html": {
        "template": "simplepress_topic_kn", "url": _SP, "type": "thread", "next": _SP + "page-2/",
        "records": [
            {"type": "thread", "title": "ಮಳೆಗಾಲದಲ್ಲಿ ತೆಂಗಿನ ಸಸಿ ನೆಡುವುದು"},
            _post("ಮಂಜುನಾಥ ಹೆಗಡೆ", "2026-11-17T18:40:00", 0,
                  "ನಮ್ಮ ತೋಟದಲ್ಲಿ ಹತ್ತು ಹೊಸ ತೆಂಗಿನ ಸಸಿಗಳನ್ನು ನೆಡಬೇಕಿದೆ.\nಮಳೆ ಇನ್ನೂ ಬರುತ್ತಿರುವಾಗ ನೆಡುವುದು ಸರಿಯೇ, "
                  "ಅಥವಾ ಮಳೆ ಮುಗಿಯುವವರೆಗೆ ಕಾಯಬೇಕೇ?", []),
            _post("ಸುಮಾ ಭಟ್", "2026-11-18T09:15:00", 1,
                  "ಹೌದು, ಮಳೆಯ ಕೊನೆಯ ವಾರಗಳೇ ಒಳ್ಳೆಯ ಸಮಯ. ಗುಂಡಿಯಲ್ಲಿ ನೀರು ನಿಲ್ಲದಂತೆ ಮಾತ್ರ ನೋಡಿಕೊಳ್ಳಿ.",
                  ["ಮಂಜುನಾಥ ಹೆಗಡೆ"]),
            _post("ಮಂಜುನಾಥ ಹೆಗಡೆ", "2026-11-19T20:05:00", 2,
                  "ಧನ್ಯವಾದಗಳು ಸುಮಾ ಅವರೇ, ನಾಳೆಯೇ ಗುಂಡಿ ತೋಡಲು ಶುರು ಮಾಡುತ್ತೇವೆ.", []),
            _author("ಮಂಜುನಾಥ ಹೆಗಡೆ", 214, None),
            _author("ಸುಮಾ ಭಟ್", 1386, None),
        ],
    },
    # Asgaros topic, Zulu: h1.main-title the title. Each post-message opens with the hidden
    # quote container (display: none: the post itself, for the quote button): not read by a human,
    # so neither a quote nor a second copy of the body. The second post quotes Sipho_M (the visible
    # blockquote, "Caphuna ku Sipho_M ngo ..."); its "Kuhlelwe okokugcina ..." edit line, the
    # signatures, "#N", the mention names, the usergroup tag and "Umqali wesihloko" (topic author)
    # are not body. "48 Okuthunyelwe" / "1 207 Okuthunyelwe" are post counts; no join date. The
    # chevron "Ikhasi elilandelayo" (next page) to ?part=2.
    "holdout/asgaros_topic_zu.html": {
        "template": "asgaros_topic_zu", "url": _AF, "type": "thread", "next": _AF + "?part=2",
        "records": [
            {"type": "thread", "title": "Ukutshala ummbila ngesikhathi sesomiso"},
            _post("Sipho_M", "2026-11-14T07:30:00", 0,
                  "Imvula ayikani kulo nyaka e-Mkhambathini.\nNgabe kufanele ngitshale ummbila manje noma "
                  "ngilinde kuze kufike izimvula zikaDisemba?", []),
            _post("Nomvula Dlamini", "2026-11-16T18:45:00", 1,
                  "Linda. Tshala ngemva kwemvula yokuqala enkulu, lapho umhlabathi usumanzi okungenani "
                  "ngo-30 cm.", ["Sipho_M"]),
            _post("Sipho_M", "2026-11-19T06:10:00", 2, "Ngiyabonga, Nomvula. Ngizolinda imvula.", []),
            _author("Sipho_M", 48, None),
            _author("Nomvula Dlamini", 1207, None),
        ],
    },
    # YAF.NET topic, Marathi: the title is span#TopicTitle (and the page links' last item).
    # "16 नोव्हेंबर 2026, 19:05"; the third post's "3 तासांपूर्वी" is 3 hours before NOW. The second
    # post quotes विजय_पाटील (div.quote, "... यांनी लिहिले:"); the signatures (div.yafsignature)
    # are not body, nor the rank, the place ("ठिकाण:") or the buttons. UserBox: "सामील झाले: 12
    # मार्च 2024" joined, "पोस्ट: 57" / "2,031" posts. The pager's "पुढील पान" (>) to t412p2.
    "holdout/yafnet_posts_mr.html": {
        "template": "yafnet_posts_mr", "url": _YAF + "t412-halad-lagvad.aspx", "type": "thread",
        "next": _YAF + "t412p2-halad-lagvad.aspx",
        "records": [
            {"type": "thread", "title": "पावसाळ्यानंतर हळद लागवड"},
            _post("विजय_पाटील", "2026-11-16T19:05:00", 0,
                  "यंदा पाऊस उशिरा थांबला आणि जमिनीत अजून ओलावा आहे.\nहळदीचे बेणे आत्ताच लावावे की माती थोडी "
                  "कोरडी होईपर्यंत थांबावे?", []),
            _post("स्नेहा कुलकर्णी", "2026-11-18T10:30:00", 1,
                  "थांबा. वाफसा आल्यावरच लावा, नाहीतर कंद सडण्याचा धोका असतो.\nलावण्यापूर्वी बेणे बुरशीनाशकाच्या "
                  "द्रावणात बुडवून घ्या.", ["विजय_पाटील"]),
            _post("विजय_पाटील", "2026-11-20T09:00:00", 2, "धन्यवाद ताई! पुढच्या आठवड्यात लागवड करतो.", []),
            _author("विजय_पाटील", 57, "2024-03-12"),
            _author("स्नेहा कुलकर्णी", 2031, "2019-01-03"),
        ],
    },
    # The waiting-room queue, Burmese: "ခဏစောင့်ပါ" (please wait), the position in the line, the
    # estimated wait, a 20-second refresh: the site holds the visitor back; no records.
    "holdout/waitroom_queue_my.html": {
        "template": "waitroom_queue_my", "url": _QUEUE + "/", "type": "ddos_protection", "records": [],
    },
    # YAF.NET sign-in, Haitian Creole: user name, password, "Konekte" (log in).
    "holdout/yafnet_login_ht.html": {
        "template": "yafnet_login_ht", "type": "login", "records": [],
        "url": "https://peche-jakmel.example/forum/login.aspx?ReturnUrl=%2fforum%2fposts%2ft77-filet-yo.aspx",
    },
    # LiteCart category, Kyrgyz, windows-1251: four products in som (KGS, "8 900 сом"); the
    # second's price is the campaign price "1 250 сом" (the struck "1 500 сом" is the regular
    # one). No card names a category (the h1 heads the page), a vendor (manufacturer-name is
    # empty) or a place. "Кийинки »" (next) to ?page=2.
    "holdout/litecart_category_ky_cp1251.html": {
        "template": "litecart_category_ky", "url": _LC, "type": "listing_index", "next": _LC + "?page=2",
        "records": [
            _listing("Шырдак, 120×180 см", 8900.0, "KGS", None, None, None, None),
            _listing("Кийиз тапочка, 38-өлчөм", 1250.0, "KGS", None, None, None, None),
            _listing("Ак калпак", 2400.0, "KGS", None, None, None, None),
            _listing("Кийиз куурчак «Айчүрөк»", 650.0, "KGS", None, None, None, None),
        ],
    },
    # JTL-Shop NOVA grid, Luxembourgish: four products in euro with decimal commas; the first's
    # "25,00 € pro 1 kg" is a base price, the second's "amplaz 26,00 €" the old one, the third
    # costs "1.249,00 €". No card names a category, vendor or place. The next-page chevron
    # ("Weider") and link rel=next to Kaffi_s2.
    "holdout/jtlshop_nova_grid_lb.html": {
        "template": "jtlshop_nova_grid_lb", "url": _JTL, "type": "listing_index", "next": _JTL + "_s2",
        "records": [
            _listing("Espresso Mëllerdall, 500 g", 12.5, "EUR", None, None, None, None),
            _listing("Filterkaffi Sauer, 1 kg", 22.9, "EUR", None, None, None, None),
            _listing("Siebträgermaschinn Duo", 1249.0, "EUR", None, None, None, None),
            _listing("Kaffisfilter aus Stoff, 3 Stéck", 8.4, "EUR", None, None, None, None),
        ],
    },
    # Vendure product, Malayalam: the h2 is the name (the header's h1 is the logo); "₹1,24,999.00"
    # is 124999 INR; the category is the breadcrumbs' last collection "സൈക്കിളുകൾ" (cycles); the
    # shop's own product: no vendor; "3-5 ... ഡെലിവറി" is a delivery time, no place.
    "holdout/vendure_remix_product_ml.html": {
        "template": "vendure_remix_product_ml", "type": "listing",
        "url": "https://chakram-store.example/products/kayal-plus",
        "records": [_listing("ഇ-സൈക്കിൾ കായൽ പ്ലസ്", 124999.0, "INR", None, "സൈക്കിളുകൾ", None, None)],
    },
    # Sellix-style product, Hausa, on an onion: h1 the name; the price "0.0850 XMR" (Monero; the
    # "≈ $14.20" beside it is a conversion); "Mai sayarwa: KanoDigital" the seller; "Rukuni:
    # Littattafan lantarki" the category; a digital file: no places ("Isarwa: Nan take" is an
    # instant delivery, not a place).
    "holdout/sellixstyle_product_xmr_ha.html": {
        "template": "sellixstyle_product_ha", "type": "listing",
        "url": _SHOP + "/product/littafin-girke-girken-kano",
        "records": [_listing("Littafin girke-girken Kano (PDF)", 0.085, "XMR", "KanoDigital",
                             "Littattafan lantarki", None, None)],
    },
    # Dream-Market-style vendor, Somali, on an onion: h2 "XaruntaQaxwo"; "(389 faallo)" the
    # number of feedback ("Faallooyinka (389)" on the tab; "Iibyo dhammaaday: 1,112" sales are
    # not); "Faallo togan: 98.2%" the positive share (the "4.96/5" star average is no percentage);
    # "Xubin tan iyo: 11 Febraayo 2024" member since ("2 saacadood ka hor" is the last visit); the
    # armoured key's fingerprint.
    "holdout/dreamstyle_vendor_pgp_so.html": {
        "template": "dreamstyle_vendor_so", "type": "vendor", "url": _DREAM + "/vendor/XaruntaQaxwo",
        "records": [_vendor("XaruntaQaxwo", 389, 98.2, "2024-02-11", _FINGERPRINT)],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers give on the holdout side where it differs from TRUTH: nothing now, every miss
# of the blind measurement mended (see the docstring).
KNOWN_MISSES: dict[str, dict[str, Any]] = {}

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


def test_the_simple_press_dates_and_post_counts_are_the_truths() -> None:
    page = "holdout/simplepress_topic_kn.html"
    text = _text(page)
    shown = re.findall(r'<span class="spPostUserDate">ನವೆಂಬರ್ (\d+), (\d{4}) - (\d+):(\d\d) ([ap]m)</span>',
                       text)
    assert [f"{y}-11-{int(d):02}T{int(h) % 12 + (12 if m == 'pm' else 0):02}:{mi}:00"
            for d, y, h, mi, m in shown] == [p["posted_at"] for p in _posts(page)]
    rows = re.findall(r'<div class="spPostUserName">([^<]+)</div>.*?'
                      r'<div class="spPostUserPosts">ಪೋಸ್ಟ್‌ಗಳು: ([\d,]+)</div>', text, re.S)
    assert {(name, int(n.replace(",", ""))) for name, n in rows} == _authors(page)


def test_the_asgaros_dates_are_the_truths_and_the_hidden_quote_copies_are_not_quotes() -> None:
    page = "holdout/asgaros_topic_zu.html"
    text = _text(page)
    shown = re.findall(r'<div class="forum-post-date">(\d+) Novemba (\d{4}), (\d\d:\d\d)</div>', text)
    assert [f"{y}-11-{int(d):02}T{t}:00" for d, y, t in shown] == [p["posted_at"] for p in _posts(page)]
    # Three hidden containers (one a post) and one visible quote: only the visible one is a quote.
    assert len(re.findall(r'<div id="post-quote-container-\d+" style="display: none;">', text)) == 3
    assert [p["quotes"] for p in _posts(page)] == [[], ["Sipho_M"], []]
    counts = re.findall(r'<small class="post-counter">([\d&nbsp;]+) Okuthunyelwe</small>', text)
    assert {int(html.unescape(c).replace("\xa0", "")) for c in counts} == {n for _, n in _authors(page)}


def test_the_yaf_relative_date_is_three_hours_before_the_capture_time() -> None:
    page = "holdout/yafnet_posts_mr.html"
    text = _text(page)
    assert '<span class="timeago">3 तासांपूर्वी</span>' in text
    assert "2026-11-20T09" not in text and "<abbr" not in text  # no machine-readable time beside it
    now = datetime.fromisoformat(NOW.replace("Z", "+00:00"))
    assert (now - timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M:%S") == _posts(page)[2]["posted_at"]
    joined = re.findall(r'<span class="YafUserBox_Joined">([^<]+)</span>', text)
    assert sorted(set(joined)) == ["12 मार्च 2024", "3 जानेवारी 2019"]
    posts = re.findall(r'<span class="YafUserBox_Posts">([\d,]+)</span>', text)
    assert {int(n.replace(",", "")) for n in posts} == {n for _, n in _authors(page)}


def test_the_litecart_page_is_windows_1251_declared_only_by_its_http_equiv_meta() -> None:
    raw = (DATA / "holdout" / "litecart_category_ky_cp1251.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">' in raw
    assert raw.count(b"charset") == 1
    assert "Шырдак".encode("windows-1251") in raw
    assert b"&#1257;" in raw  # the Kyrgyz letter o-barred, outside windows-1251


def test_the_grid_prices_are_the_truths() -> None:
    lc = re.findall(r'<(?:span class="price"|strong class="campaign-price")>([\d ]+) сом<',
                    _text("holdout/litecart_category_ky_cp1251.html"))
    jtl = re.findall(r'<div class="price productbox-price[^"]*"><span>([\d.,]+) €</span>',
                     _text("holdout/jtlshop_nova_grid_lb.html"))
    for page, prices in (("holdout/litecart_category_ky_cp1251.html", [p.replace(" ", "") for p in lc]),
                         ("holdout/jtlshop_nova_grid_lb.html",
                          [p.replace(".", "").replace(",", ".") for p in jtl])):
        assert [float(p) for p in prices] == [r["price"] for r in TRUTH[page]["records"]], page


def test_the_single_product_prices_are_the_truths() -> None:
    assert "<p class=\"text-3xl text-gray-900 mr-4\">₹1,24,999.00</p>" in _text(
        "holdout/vendure_remix_product_ml.html")
    assert TRUTH["holdout/vendure_remix_product_ml.html"]["records"][0]["price"] == 124999.0
    assert '<span class="price-crypto">0.0850 XMR</span>' in _text("holdout/sellixstyle_product_xmr_ha.html")
    assert TRUTH["holdout/sellixstyle_product_xmr_ha.html"]["records"][0]["price"] == 0.085


def test_the_vendor_page_carries_a_real_v4_key_whose_fingerprint_is_the_truth() -> None:
    page = "holdout/dreamstyle_vendor_pgp_so.html"
    block = re.search(r"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=[A-Za-z0-9+/]{4}\n"
                      r"-----END PGP PUBLIC KEY BLOCK-----", _text(page), re.S)
    assert block is not None
    assert v4_fingerprint(block.group(1)) == _FINGERPRINT == TRUTH[page]["records"][0]["pgp_fingerprint"]
    stats = dict(re.findall(r'<tr><td class="label">([^<]+)</td><td>(.*?)</td></tr>', _text(page)))
    vendor = TRUTH[page]["records"][0]
    assert stats["Xubin tan iyo:"] == "11 Febraayo 2024" and vendor["member_since"] == "2024-02-11"
    assert re.sub(r"<[^>]+>", "", stats["Faallo togan:"]) == f"{vendor['rating']}%"
    assert f"({vendor['feedback_count']} faallo)" in stats["Qiimeyn:"]
