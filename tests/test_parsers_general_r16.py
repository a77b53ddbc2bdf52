"""parsers.parse_page on round-16 generality pages (tests/data/general_r16): a fully BLIND held-out
set. Ten pages, all on the HOLDOUT side (no tune side: no rule was written for any of them), each
rebuilt from a NAMED PUBLIC SOURCE of its engine's, shop's or site's markup (template files read
with the project's reference search), with fictional names, words and prices put in. Every page is
an engine, template or layout that is in none of rounds 3-15, tests/data/forums_general or
tests/data/markets_general: their directories were listed and grepped for each template's
distinctive class names, and none of tbl_top_left, tbl_left_bottom, tbl-border, main-label,
capmain, commentmetadata, cite class="fn", time-since, render-content, "attached segment",
cart-wish-wrap, product-grid-3, "pagination shop", part-numbers, "prices clearfix", status_line,
"trust tip", "box comment" or "user signin" is in them. Generic names that several shops share
are there on other engines' pages: product-card (round 9's Dawn), product-information
(PrestaShop), special-price (Magento 2), product-heading (Bohemia, Shopware 6), "ui comments"
(Semantic UI pages); round 4's WooCommerce product pages list their REVIEWS with WordPress's
commentlist markup, while the WordPress page here is a blog post's comment thread. Nine languages
(Vietnamese, Icelandic, Persian, Thai, Serbian Cyrillic, Swahili, Malay, Filipino, Georgian); one
page in TIS-620.

forums and discussions (thread pages; each has a date per post and, where the template shows
them, quotes, author statistics and a next page)
  - an EXITECMS (PHP-Fusion fork) forum thread, in Vietnamese: ExiteCMS/ExiteCMS7
    includes/templates/forum.renderpost.tpl (per post: a spacer row td.tbl1 with the post_N
    anchor; a row of td.tbl_top_left with the "forumdate" date, td.tbl_top_mid with the post's
    subject link and, for a reply, "[Re: <a>name</a>]" naming the post replied to, td.tbl_top_right
    with the edit / reply / quote buttons; a row of td.tbl_left (the poster's profile link, rank
    span.small, "<span class='small'>Posts:</span> N", location, "Joined:" with the join date as
    %d.%m.%y) and the message td.tbl_right; a bottom row with the PM button and the signature
    after an hr). The quote's markup (div.quote with "<b>NAME đã viết:</b>"), the page frame,
    the breadcrumb and the "Trang 1 / 2 >" pagination are written here from memory of
    PHP-Fusion's forum; ExiteCMS's locale strings are translated here. Dates are absolute
    ("17-11-2026 18:40"): the forumdate format is the site's setting, this one written here.
  - the same site's FORUM INDEX, in Vietnamese: ExiteCMS/ExiteCMS7 includes/templates/
    forum.index.tpl (table.tbl-border; the header row Forum / Threads / Posts / Last post;
    td.main-label category rows; per forum the RSS and folder icons, the forum link with its
    span.small description and moderators, the thread and post counts and the last post's date
    "by NAME"; the legend, the "view new posts" button and the search form below).
  - a WORDPRESS blog post with its comment thread (the Cocoon theme), in Icelandic:
    xserver-inc/cocoon lib/comments.php (comment_custom_callback: li#comment-N with the comment
    classes > div.comment-body > div.comment-author.vcard with the avatar and "<cite class="fn">
    NAME</cite> <span class="says">says:</span>"; div.comment-meta.commentmetadata with a link
    whose text is "DATE at TIME" (here "19. nóvember 2026 kl. 21:15"); div.comment-content; div.reply
    with the reply link); nested replies in ul.children as wp_list_comments writes them. The
    article (h1.entry-title, time.entry-date, the author vcard, div.entry-content), breadcrumb,
    header, comment form and footer are written here from memory of Cocoon's single post.
  - a GITEA issue page with its comments (Gitea 1.10-era markup), in Persian (right to left):
    go-gitea/gitea templates/repo/issue/view_content/comments.tmpl (a comment of type 0:
    div.comment > a.avatar, div.content > div.ui.top.attached.header > span.text.grey with the
    poster link and "commented <a href="#issuecomment-N">TIME</a>", the poster / owner tag;
    div.ui.attached.segment > div.render-content.markdown with the rendered text and the hidden
    div.raw-content holding the markdown source; the reactions segment; a label event of type 7
    as div.event). The time is TimeSinceUnix's span.time-since, its text relative ("2 روز پیش",
    "11 ساعت پیش", "3 ساعت پیش", "47 دقیقه پیش") and its title the absolute time; the times were
    chosen so that both readings agree. The issue's own first comment, the title (h1 >
    span.index "#42" + span#issue-title), the open label and "opened ... · 3 comments" line, the
    `<ui class="ui comments">` wrapper, the sidebar and the page frame are written here from memory
    of Gitea 1.x.
  - an issue of a small Django / App Engine ISSUE TRACKER, in Thai and in TIS-620:
    scorpionx1025/gae-tracker atracker/templates/view.tpl (div#issue > img.avatar; div#body.box >
    p.meta "Reported by NAME on d.m.y; edit", div.description; ul.labels with label links;
    div#comments with, per comment, img.avatar and div.box.comment > p.meta "NAME commented on
    d.m.y" and the comment's text; div#addcomment with its form). The strings are translated; the
    page frame of base.tpl (header, menu, the h1 with the issue's summary) is written here.
    Dates are the date only, d.m.y with a two-digit year ("17.11.26").
markets
  - a SPREE product page (the spree_rdr_theme override of spree/products/show), in Swahili:
    spree-contrib/spree_rdr_theme app/overrides/replace_product_show.rb (div[data-hook=
    product_show] with the @body_id product-details; the :banner content, an h1 "Products" above
    the product, here "Bidhaa"; h2 the product's name; div#product-images with #main-image and
    #thumbnails; div#cart-form > form with dl.part-numbers, dl.prices (dt Price / dd span.price
    .discounted, then dt Sale Price / dd span.price.selling), dl.shipping "FREE", dl.stock and the
    add-to-cart button). The breadcrumbs (nav#breadcrumbs), the description, the taxon list and
    the frame are written here from memory of Spree 3's frontend.
  - a BAGISTO category GRID, in Malay: bagisto/bagisto packages/Webkul/Shop/src/Resources/views/
    products/list/card.blade.php (div.product-card with the div.sticker.new, div.product-image,
    div.product-information > div.product-name > a > span), products/price.blade.php
    (div.product-price: a plain span, or div.sticker.sale + span.regular-price + span.special-price)
    and products/add-buttons.blade.php (div.cart-wish-wrap > form with button.addtocart, the
    wishlist link). The category-container / category-block / top-toolbar / product-grid-3 /
    bottom-toolbar wrapper, the "pagination shop" links and the header and footer are written
    here from memory of Bagisto's default theme.
  - a BAGISTO product page, in Filipino: bagisto/bagisto packages/Webkul/Shop/src/Resources/
    views/products/view.blade.php (section.product-detail > div.layouter > product-view >
    div.form-container: the gallery, div.details > div.product-heading > span, the review summary,
    the price partial as above, the stock, div.description, the quantity control, the accordian
    description, attributes and reviews; the up-sells after it), with two up-sell cards of
    card.blade.php. The gallery, stock, attribute table, review markup and frame are written here.
  - a P2P crypto exchange's SELLER page on a fictional onion service (a vendor page), in Serbian
    Cyrillic: Sa7cez/exall seller.php (div.seller > div.info with the avatar, div.status, div.name
    > div.big the seller's name, div.status_line, div.rating.tip "+75" and div.trust.tip "D+",
    the table trade volume / trades / trade partners / trade amount; div.column.name ul.adds with
    the verified items, "joined – 10.10.15" and the country; the payment column; the trade
    button; div.feedbacks > div.big "Feedback" and div.review items (name, date, text); the "Load
    more" button). The exall site is a clear-web exchange template; no darknet-market clone not
    already used in rounds 3-15 was found in the reference index (the market projects it found
    were Agora's saved pages, a Hydra-like clone and design documents; stoqey/sslatt, an open
    Tor / Monero marketplace in Next.js, was found, but no vendor or listing view was among its
    stored src/components files), so this seller page stands in for a market vendor page. The
    PGP section (div.pgp with the armoured key in a pre) and the count in the feedback heading
    ("Утисци (148)") are written here, not in the source; the key is a REAL OpenPGP v4 public
    key (ed25519) generated for this round in a throwaway GnuPG home that was deleted afterwards.
interstitials
  - a GITEA SIGN-IN page, in Georgian: go-gitea/gitea templates/user/auth/signin_inner.tmpl
    (div.user.signin > div.ui.middle.very.relaxed.page.grid > form.ui.form with h3.ui.top
    .attached.header "Sign In", the user_name and password inline fields, the remember-me
    checkbox, the green button and forgot-password link, the sign-up link). The navbar and
    footer are written here.

How close each page is to its source: the files named were read for this round and their markup
followed (class names, nesting, order of labels and values); the markup was written here, not
copied. Page frames, translated strings, dates and all content (names, posts, products, prices,
places) are invented for this round; sites and addresses are fictional (.example hosts and one
made-up v3-looking .onion name).

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (25e509f) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 16 --side holdout --misses``): those of 8d38c73 (this session's start: rounds 7 to 12
mended rule by rule), of 9cfe261 (one structural reader added: parsers.post_names, a post's
author found by aligning dated repeated blocks), of 505c7c5 (round 13's misses also mended) and
of bdae70f (rounds 14 and 15's misses also mended, most of them as structural mechanisms: comment
trees by nesting, thread versus topic list, prices in pieces, sellers by profile links, shipping
options, vendor statistic tiles...). None of these parsers had seen this round's pages; the
helpers who wrote the mends kept this round out of every scan (one saw the commit message naming
its templates after its last parser commit).

    template               8d38c73  9cfe261  505c7c5  bdae70f
    exall_seller_sr          0.000    0.000    0.000    0.000  (typed a thread: its dated reviews)
    exitecms_index_vi        1.000    0.000    0.000    0.000  (a forum index typed a thread)
    gae_tracker_th           0.000    0.000    0.000    0.000  (TIS-620; no post found)
    spree_product_sw         0.000    0.000    0.000    0.000  (typed other)
    wordpress_cocoon_is      0.000    0.000    0.000    0.000  (no post found)
    exitecms_thread_vi       0.083    0.327    0.320    0.320  (posts found by structure, in part)
    bagisto_grid_ms          0.105    0.105    0.105    0.105  (no cards found)
    gitea_issue_fa           0.000    0.889    0.889    0.944  (posts found by structure)
    bagisto_product_tl, gitea_sign_in_ka                  1.000
    overall                  0.128    0.305    0.303    0.313

The same lesson as rounds 13 to 15, and its price: the structural reader lifted the round from
0.128 to 0.305 (Gitea's issue from nothing to 0.889, ExiteCMS's thread in part), and the mends of
rounds 13, 14 and 15 added 0.008 between them. But the structural reader also took two pages
that are no threads for threads: a forum index whose rows each show a date and a last poster,
and a seller's page whose reviews are dated and signed. Blind scores of the rounds (3 to 16):
0.646, 0.778, 0.714, 0.946, 0.798, 0.699, 0.601, 0.750, 0.857, 0.466, 0.467 (0.612 with the
structural reader), 0.538, 0.773, and here 0.313 (0.128 at this session's start).

Every miss was then mended as a general mechanism with test pages of its own
(tests/test_parsers_forum_structure.py, tests/test_parsers_market_structure.py). The structural
reader's false threads first: an index's rows (two bare counts beside a board or topic link in
most dated blocks) are no posts, and a page showing an armoured key or prices outside the posts'
bodies is no thread for it (over rounds 3 to 16 it now takes no other page for a thread, and
reads 0.883 of post fields alone, 0.812 before). Then: an article above its comment list is
post 0; a name that is the only changing word of each post's dated line; a "by" word before an
opening post's name; table posts whose date row comes before the poster's; a hidden copy of a
post's text is never its body; a seller's page known by a block repeating the <title> beside
its key; a feedback count on the reviews' heading; statistic tiles of value over caption; a sale
price by its label; an item page without a heading element; a buy form of one small number
field in any language; and vocabulary (currencies RM, TSh, KSh, дин and about 60 more signs and
codes; Icelandic months; labels in Vietnamese, Serbian, Croatian, Malay, Filipino, Swahili).
KNOWN_MISSES is now empty and the round reads 1.000, no longer a blind figure.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.general_rounds import NOW, Round, _author, _listing, _post, _vendor, v4_fingerprint

DATA = Path(__file__).parent / "data" / "general_r16"

_EXITE = "http://nuoiong-viet.example/forum/"
_WP = "https://hunangsdagbok.example/2026/11/vetra-bu/"
_GITEA = "https://git.baghbanan.example/golkhaneh/kontrol-nour/issues/42"
_ONION = "http://menjacx7k2qf4vbn3r5tywz6lpd2hs7cjmq4e5gk3nfa6xuvo2rbt7yd.onion"
_GRID = "https://kedai-runcit-nenek.example/minuman-sarapan"
_FINGERPRINT = "214C6FF602C924CBB44A8AF0772EF6206DE0802E"

#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {"holdout/gae_tracker_issue_th_tis620.html": "tis-620"}

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # ExiteCMS thread, Vietnamese: the title is the first post's subject (and the breadcrumb's
    # last item); "Re: ..." subjects, "[Re: NAME]" (the post replied to, not a quote), the
    # buttons, "Nhắn tin" and the signature after the hr are not body. The second post quotes
    # the first (div.quote "Minh_Tuan đã viết:"). Dates "DD-MM-YYYY HH:MM". Statistics:
    # "Bài viết: 215" / "1532" are post counts, "Tham gia: 12.03.19" the join date (%d.%m.%y),
    # "Nơi ở" the location. "Trang 1 / 2" with ">" to rowstart=20.
    "holdout/exitecms_forum_thread_vi.html": {
        "template": "exitecms_thread_vi", "url": _EXITE + "viewthread.php?forum_id=4&thread_id=812",
        "type": "thread", "next": _EXITE + "viewthread.php?forum_id=4&thread_id=812&rowstart=20",
        "records": [
            {"type": "thread", "title": "Cách chống kiến cho thùng ong mùa mưa"},
            _post("Minh_Tuan", "2026-11-17T18:40:00", 0,
                  "Mùa mưa năm nay kiến vàng bò lên chân kệ và vào cả ba thùng ong của tôi. Ong bỏ "
                  "cầu nhộng, đàn yếu đi rõ rệt.\nTôi đã thử rắc vôi quanh chân kệ nhưng mưa một "
                  "trận là trôi hết. Các bác có cách nào bền hơn không?", []),
            _post("Lan_Huong", "2026-11-19T21:15:00", 1,
                  "Đừng dùng vôi. Đặt mỗi chân kệ vào một lon sữa bò cũ đổ nhớt thải hoặc nước pha "
                  "xà phòng, kiến không qua được. Nhớ phát sạch cỏ quanh kệ để không có cành nào "
                  "chạm vào thùng.", ["Minh_Tuan"]),
            _post("Minh_Tuan", "2026-11-20T08:02:00", 2,
                  "Cảm ơn chị. Tôi đã đặt chân kệ vào lon nước xà phòng từ tối qua, sáng nay không "
                  "còn con kiến nào trên thùng.", []),
            _author("Minh_Tuan", 215, "2019-03-12"),
            _author("Lan_Huong", 1532, "2015-08-04"),
        ],
    },
    # ExiteCMS forum index, Vietnamese: two categories, four forums with their counts and last
    # posts; no records of this contract.
    "holdout/exitecms_forum_index_vi.html": {
        "template": "exitecms_index_vi", "url": _EXITE + "index.php", "type": "forum_index",
        "records": [],
    },
    # WordPress (Cocoon) post with comments, Icelandic: the article is the first post, by its
    # author vcard "Sigrún Hallsdóttir", at its time.entry-date datetime (the text shows the date
    # only); the comments follow in page order (the nested reply after its parent). "segir:",
    # "Svara", "Deila", the category link and the form are not body. No quote (the reply is a
    # nested comment), no statistics, no next page.
    "holdout/wordpress_cocoon_comments_is.html": {
        "template": "wordpress_cocoon_is", "url": _WP, "type": "thread",
        "records": [
            {"type": "thread", "title": "Að vetra býflugnabú á norðurlandi"},
            _post("Sigrún Hallsdóttir", "2026-11-17T18:40:00", 0,
                  "Í fyrra missti ég tvö af fimm búum í febrúar. Bæði voru sterk í september, og "
                  "nóg var af fóðri þegar ég opnaði þau í vor.\nÍ ár hef ég einangrað lokin með "
                  "ull og þrengt flugopin. Hvað gerið þið hin til að búin lifi af rakann í "
                  "norðlenskum vetri?", []),
            _post("Bjarni frá Hólum", "2026-11-19T21:15:00", 1,
                  "Ullin er góð en rakinn er verri óvinur en kuldinn. Settu þunnt lag af "
                  "viðarspæni ofan á rammana undir lokinu, það dregur í sig rakann sem "
                  "býflugurnar gefa frá sér.", []),
            _post("Sigrún Hallsdóttir", "2026-11-20T08:02:00", 2,
                  "Takk Bjarni! Ég setti spæni í öll fimm búin í morgun, þau eru nú öll þurr að "
                  "innan.", []),
            _post("Kolbrún", "2026-11-20T11:13:00", 3,
                  "Hjá mér lifa búin best þegar þau standa í skjóli við vegg sem snýr í suður.", []),
        ],
    },
    # Gitea issue, Persian: span#issue-title (without "#42"); the text is the first post;
    # the label event ("برچسب باگ را ... اضافه کرد") is not a post; the hidden raw-content
    # (markdown source) repeats each body and is not shown; "نویسنده" / "مالک" tags, reactions
    # ("👍 2") and the sign-in line are not body. Times: the relative texts against 12:00, equal
    # to the span titles. No quote, statistics or next page.
    "holdout/gitea_issue_comments_fa.html": {
        "template": "gitea_issue_fa", "url": _GITEA, "type": "thread",
        "records": [
            {"type": "thread", "title": "چراغ LED گلخانه پس از یک ساعت خاموش می‌شود"},
            _post("rezaei_mehdi", "2026-11-18T12:00:00", 0,
                  "چراغ رشد گیاه روی ESP32 با رله کنترل می‌شود. بعد از حدود یک ساعت روشن بودن، "
                  "رله خودبه‌خود قطع می‌شود و تا ریست برد دوباره وصل نمی‌شود.\nزمان‌بندی در فایل "
                  "تنظیمات روی چهارده ساعت است. آیا کسی همین مشکل را داشته؟", []),
            _post("sara_nouri", "2026-11-20T01:00:00", 1,
                  "شمارنده زمان در نسخه فعلی با میلی‌ثانیه در یک متغیر ۳۲ بیتی علامت‌دار نگه داشته "
                  "می‌شود و پس از حدود ۳۵ دقیقه در ضرب سرریز می‌کند. لطفاً شاخه fix-timer را "
                  "امتحان کنید.", []),
            _post("rezaei_mehdi", "2026-11-20T09:00:00", 2,
                  "با شاخه fix-timer چراغ سه ساعت است که بدون قطعی روشن مانده. ممنون!", []),
            _post("kamran.gh", "2026-11-20T11:13:00", 3,
                  "همین مشکل را با پمپ آبیاری هم داشتم؛ این اصلاح آن را هم حل کرد.", []),
        ],
    },
    # gae-tracker issue, Thai, TIS-620: the h1.summary is the title; the report is the first post
    # ("รายงานโดย NAME เมื่อ 17.11.26"), the comments follow ("NAME แสดงความคิดเห็นเมื่อ D.M.YY");
    # dates only, d.m.y with two-digit years. "แก้ไข", the labels and the form are not body.
    "holdout/gae_tracker_issue_th_tis620.html": {
        "template": "gae_tracker_th", "url": "http://suanphak-bannaa.example/?action=view&id=118",
        "type": "thread",
        "records": [
            {"type": "thread", "title": "ปั๊มน้ำหยดไม่ทำงานเมื่อแบตเตอรี่ต่ำกว่า 11 โวลต์"},
            _post("somchai.k", "2026-11-17", 0,
                  "ปั๊มน้ำหยดที่แปลงผักคะน้าหยุดทำงานทุกเช้ามืด เมื่อแรงดันแบตเตอรี่ลดลงต่ำกว่า 11 "
                  "โวลต์ ตัวควบคุมตัดไฟทั้งระบบ\nควรให้ตัวควบคุมตัดเฉพาะไฟส่องสว่างก่อน "
                  "แล้วปล่อยให้ปั๊มทำงานต่อได้หรือไม่", []),
            _post("malee_s", "2026-11-19", 1,
                  "ตั้งค่าตัวควบคุมให้ตัดโหลดเป็นสองระดับได้ครับ ไฟส่องสว่างตัดที่ 11.8 โวลต์ "
                  "ส่วนปั๊มตัดที่ 11.0 โวลต์ แบตเตอรี่จะยังพอให้ปั๊มรดน้ำรอบเช้าได้", []),
            _post("somchai.k", "2026-11-20", 2, "ตั้งค่าสองระดับแล้ว เช้านี้ปั๊มรดน้ำครบรอบ ขอบคุณมากครับ", []),
            _post("prasert99", "2026-11-20", 3, "ถ้าเพิ่มแผงโซลาร์อีกหนึ่งแผง แบตเตอรี่จะเต็มเร็วขึ้นในฤดูฝน", []),
        ],
    },
    # Gitea sign-in, Georgian: user name, password, "შესვლა"; nothing else to read.
    "holdout/gitea_sign_in_ka.html": {
        "template": "gitea_sign_in_ka", "url": "https://kodi.putkari.example/user/login", "type": "login",
        "records": [],
    },
    # Spree (rdr theme) product, Swahili: h2 the name (h1 "Bidhaa" is the banner's "Products");
    # the price is the "Bei ya Ofa" (sale) price "TSh 45,000.00", TZS ("TSh 54,000.00" the
    # undiscounted price); the category is the breadcrumb's item before the product, "Vyombo vya
    # Jikoni"; "Usafirishaji: BURE" names no place; no vendor.
    "holdout/spree_rdr_product_sw.html": {
        "template": "spree_product_sw", "type": "listing",
        "url": "http://duka-mama-zawadi.example/products/sufuria-ya-udongo-iliyochomwa-lita-3",
        "records": [_listing("Sufuria ya udongo iliyochomwa, lita 3", 45000.0, "TZS", None,
                             "Vyombo vya Jikoni", None, None)],
    },
    # Bagisto category grid, Malay: five cards, prices in ringgit (MYR): "RM 18.90", "RM 35.50"
    # (special price; "RM 42.00" the regular), "RM 24.00", "RM 16.80", "RM 12.90" ("RM 14.50"
    # regular). As for rounds 11-15's grids, no card names its category, so none is expected. The
    # next link (a#next) goes to ?page=2.
    "holdout/bagisto_category_grid_ms.html": {
        "template": "bagisto_grid_ms", "url": _GRID, "type": "listing_index", "next": _GRID + "?page=2",
        "records": [
            _listing("Teh tarik pracampur, 500 g", 18.9, "MYR", None, None, None, None),
            _listing("Kopi O kampung kisar kasar, 1 kg", 35.5, "MYR", None, None, None, None),
            _listing("Gula Melaka asli Lenggong, 800 g", 24.0, "MYR", None, None, None, None),
            _listing("Serbuk koko Pahang, 250 g", 16.8, "MYR", None, None, None, None),
            _listing("Kaya pandan dalam balang, 400 g", 12.9, "MYR", None, None, None, None),
        ],
    },
    # Bagisto product, Filipino: div.product-heading's span; the special price "₱1,480.00"
    # (PHP; "₱1,850.00" the regular price, the up-sell cards' prices are other products'); no
    # breadcrumb, so no category; no vendor, no places.
    "holdout/bagisto_product_view_tl.html": {
        "template": "bagisto_product_tl", "type": "listing",
        "url": "https://tindahan-ni-aling-nena.example/banig-na-tikog-basey",
        "records": [_listing("Banig na tikog mula sa Basey, 120 x 180 cm", 1480.0, "PHP", None, None, None,
                             None)],
    },
    # exall seller page, Serbian Cyrillic: div.big "Златна мењачница"; "Утисци (148)" the number
    # of feedback ("трговине 387" trades, "партнери 241" partners are not); "+212" is a rating
    # score and "A−" a trust grade, no positive percentage is shown, so no rating; "придружио се –
    # 03.06.21" the member-since date (dd.mm.yy); the armoured key's fingerprint.
    "holdout/exall_seller_pgp_sr.html": {
        "template": "exall_seller_sr", "url": _ONION + "/seller/4471", "type": "vendor",
        "records": [_vendor("Златна мењачница", 148, None, "2021-06-03", _FINGERPRINT)],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers gave on the holdout side where it differs from TRUTH: measured once, blind
# (parsers of bdae70f; see the module docstring), then every miss mended as a general mechanism.
KNOWN_MISSES: dict[str, dict[str, Any]] = {}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(1.0)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
test_every_post_body_is_written_on_its_page_line_by_line = ROUND.bodies_on_its_page(ENCODINGS)
test_every_address_of_the_truth_and_the_pages_is_a_fictional_host = ROUND.fictional_hosts(ENCODINGS)
_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)


_text = ROUND.page_text(ENCODINGS)
_posts = ROUND.records_of("post")


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)


def test_the_gitea_relative_times_and_their_titles_give_the_same_instants() -> None:
    # Independent of the parsers: "N روز/ساعت/دقیقه پیش" against the harness's NOW, and the
    # span's title, name the same time for every comment header (the "opened" line excepted).
    page = "holdout/gitea_issue_comments_fa.html"
    now = datetime.strptime(NOW, "%Y-%m-%dT%H:%M:%SZ")
    units = {"روز": "days", "ساعت": "hours", "دقیقه": "minutes"}
    spans = re.findall(r'<a href="#issue(?:comment)?-\d+"><span class="time-since" title="([^"]+) UTC">'
                       r'(\d+) (روز|ساعت|دقیقه) پیش</span>', _text(page))
    iso = "%Y-%m-%dT%H:%M:%S"
    relative = [(now - timedelta(**{units[unit]: int(n)})).strftime(iso) for _, n, unit in spans]
    titles = [datetime.strptime(t, "%a, %d %b %Y %H:%M:%S").strftime(iso) for t, _, _ in spans]
    assert relative == titles == [p["posted_at"] for p in _posts(page)]


def test_the_exitecms_dates_and_join_dates_are_the_ones_the_truth_gives() -> None:
    page = "holdout/exitecms_forum_thread_vi.html"
    text = _text(page)
    stamps = re.findall(r"class='tbl_top_left'[^>]*>\s*(\d\d)-(\d\d)-(\d{4}) (\d\d:\d\d)", text)
    assert [f"{y}-{m}-{d}T{hm}:00" for d, m, y, hm in stamps] == [p["posted_at"] for p in _posts(page)]
    joined = re.findall(r"Tham gia:</span> (\d\d)\.(\d\d)\.(\d\d)", text)
    assert sorted({f"20{y}-{m}-{d}" for d, m, y in joined}) == sorted(
        r["joined"] for r in TRUTH[page]["records"] if r["type"] == "author")


def test_the_tracker_dates_are_day_month_two_digit_year_in_page_order() -> None:
    page = "holdout/gae_tracker_issue_th_tis620.html"
    dates = re.findall(r'<p class="meta">[^<]*?(\d\d)\.(\d\d)\.(\d\d)', _text(page))
    assert [f"20{y}-{m}-{d}" for d, m, y in dates] == [p["posted_at"] for p in _posts(page)]


def test_the_wordpress_comment_times_are_the_dates_and_times_each_comment_shows() -> None:
    page = "holdout/wordpress_cocoon_comments_is.html"
    text = _text(page)
    article = re.findall(r'datetime="(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\+00:00"', text)
    comments = re.findall(r"(\d+)\. nóvember (\d{4}) kl\. (\d\d:\d\d)</a>", text)
    shown = article + [f"{y}-11-{int(d):02d}T{hm}:00" for d, y, hm in comments]
    assert shown == [p["posted_at"] for p in _posts(page)]


def test_the_seller_page_carries_a_real_v4_key_whose_fingerprint_is_the_truth() -> None:
    page = "holdout/exall_seller_pgp_sr.html"
    block = re.search(r"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=[A-Za-z0-9+/]{4}\n"
                      r"-----END PGP PUBLIC KEY BLOCK-----", _text(page), re.S)
    assert block is not None
    assert v4_fingerprint(block.group(1)) == _FINGERPRINT == TRUTH[page]["records"][0]["pgp_fingerprint"]


def test_the_tracker_page_is_tis_620_and_says_so() -> None:
    raw = (DATA / "holdout" / "gae_tracker_issue_th_tis620.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'content="text/html; charset=TIS-620"' in raw
    assert "ปั๊มน้ำหยด".encode("tis-620") in raw
