"""parsers.parse_page on round-14 generality pages (tests/data/general_r14): a fully BLIND held-out
set. Ten pages, all on the HOLDOUT side (no tune side: no rule was written for any of them), each
rebuilt from a NAMED PUBLIC SOURCE of its engine's, shop's or market's real markup, with fictional
names, words and prices put in. Every page is an engine, template or layout that is in none of
rounds 3-13, tests/data/forums_general or tests/data/markets_general (their directories were listed
and grepped for each template's distinctive class names: none of post-sidebar, posts-count,
post-content-wrapper, member-ident, comment-username, comment_text, story_liner, prdocutname,
buy-box, product-details-grid or auth-captcha is in them, and no earlier page is in Korean,
Catalan, Lithuanian, Hebrew, Indonesian, Estonian, Croatian or Slovak; generic classes such as
div.postbody, div.post-content, div.product-price or ul.thumbnails are shared with other engines'
pages of earlier rounds, but the engines and the rest of their markup are others):

forums (thread pages; each has three posts, an absolute date or the exact time the template shows
in a title, a quote of an earlier post, and, where the template shows them, relative times, author
statistics and a next page)
  - django-machina (a Django forum framework), in Korean and in EUC-KR: ellmetha/django-machina
    machina/templates/machina/forum_conversation/topic_detail.html (h1 subject; the topic-actions
    and pagination blocks above and below; per post div#ID.panel.panel-default.post > div.panel-
    body > div.row > div.col-md-10.post-content-wrapper with div.post-controls, h4.subject with
    the "&#182;" link, p > small.text-muted "By: <a>name</a> on DATE", div.post-content, div.post-
    signature; div.col-md-2.post-sidebar with div.avatar, div.username and div.posts-count "<b>
    Posts:</b>&nbsp;N") and machina/templates/machina/partials/pagination.html (ul.pagination
    with li.prev, the numbers and li.next "&raquo;"). Django's Korean date format "2026년 11월
    17일 6:40 오후" (오후 = p.m., 오전 = a.m.), the board_base frame (navbar, breadcrumb), the
    Korean strings and the quote (blockquote > strong "... 님이 작성:") are written here. Post
    counts are shown ("게시물: 3,481"), join dates not; the template shows no relative time.
  - HaveFnuBB (a Jelix forum), in Catalan: havefnubb/havefnubb
    havefnubb/modules/havefnubb/templates/posts.view.tpl (div.breadcrumb > ol; div.buttons-bar;
    div.pager-posts "Page" + pagelinks; per post div.box > h3 with the status icon, "[status]" and
    the subject, div.box-content > div.postheading > p > a#pN with span.post-reply-idx "Reply #N"
    and the date, div.post-sidebar with the member profile zone, div.postbody, hr.postmembersig and
    the signature; div.postfoot.buttons-bar with the notify / subscribe / quote spans) and
    zone.memberprofile.tpl (div.post-author > ul.member-ident: li.user-name, the avatar li,
    li.user-town "Town : X", li.user-rank "Rank : X"; ul.member-info: li.user-posts "Messages: N",
    li.user-email). The pager's list markup (ul.pagelinks with li.pagelinks-next "&gt;"), the
    dates "17/11/2026 18:40", the Catalan strings, the frame and the quote (blockquote >
    p.quote-author "... va escriure:") are written here. Post counts are shown ("Missatges:
    2.315", a dot between thousands), join dates not; no relative times in the template.
  - Spirit (a Django forum), in Lithuanian: nitely/Spirit spirit/topic/templates/spirit/topic/
    detail.html (ul.nav breadcrumb of categories, h1.headline title, the comment list, div.container
    with the paginator and div.notify) and spirit/comment/templates/spirit/comment/_render_list.html
    (div.comments > div.comment#cN[data-number][data-pk] > div.comment-media > div.comment-img with
    img.comment-avatar, div.comment-body > div.comment-info > div.comment-username > a.username +
    span.comment-realname, ul.comment-date > li[title="full date"] with the short date; div.comment-
    text; ul.comment-actions; div.share). Spirit's shortnaturaltime (read in its template tags)
    shows "j M" for earlier days and "Nh" for hours; here "17 lap", "19 lap" and "3 val." (3
    hours), each li's title the full date ("2026 m. lapkričio 17 d. 18:40"). The paginator's
    markup (ul.paginator-pages, a.page-next "kitas"), the frame, the Lithuanian strings and the
    quote (blockquote > a.comment-mention "@name" "rašė:") are written here. No author statistics.
  - Lobsters (a link-aggregator's story and comments), in Hebrew, right to left: lobsters/lobsters
    app/views/stories/show.html.erb (ol.stories with the story, div.story_content > div.story_text,
    ol.comments.comments1 > li.comments_subtree#story_comments), app/views/stories/_listdetail.html.erb
    (li.story > div.story_liner.h-entry > div.voters, div.details > span.link > a.u-url title,
    span.tags, div.byline with the avatar, "authored by" / "via", a.u-author and the time label,
    span.comments_label) and app/views/comments/_comment.html.erb (input.comment_folder_button,
    div.comment#c_ID > div.voters with div.score, div.comment_parent_tree_line, div.details >
    div.byline with the avatar, the user link, the time label, "| link", span.reason; div.comment_
    text). The time labels are written as Rails' time_ago_in_words_label gives them (a span whose
    title is the exact time, its text "3 days ago"), in Hebrew ("לפני 3 ימים", "לפני יום אחד",
    "לפני שעתיים"); the nesting of replies (ol.comments inside the li), the frame, the Hebrew
    strings and the quote (a "@name כתבה:" line before a markdown blockquote) are written here.
    The story's own text is the first post. No author statistics; a story is one page.
markets
  - PlugZone (an open-source Laravel Monero marketplace script), a LISTING, in Indonesian:
    francesko004/PlugZone resources/views/products/show.blade.php (div.product-page > div.product-
    details-grid > div.product-images, div.product-info with the h1 name, the "Visit NAME's Store"
    link, "About this item", the customer reviews (percentage, count, review cards); div.buy-box
    with "BUY NEW", the dollar price, "≈ ɱN XMR", "✓ In Stock", "Ships from:" / "Ships to:",
    the delivery-option, quantity and bulk-discount selects, the wishlist and message buttons;
    the vendor policy card) in the frame of resources/views/layouts/app.blade.php (div.amazon-
    layout > navbar, div.content-wrapper > aside left bar, main.main-content; footer). The
    navbar, left bar and footer markup, the Indonesian strings and all content are written here.
  - the same market's PRODUCT GRID (listing_index), in Indonesian: resources/views/products/
    index.blade.php (the filter card: search, vendor, type, category and price-sort fields;
    "Showing A-B of N results"; the products component) and resources/views/components/
    products.blade.php (a CSS grid of div.card: the wishlist form, a link holding the image, h3
    name, the stars and "N%" or "New release", the price split into three spans "$" "24" "50",
    "Vendor:" and "Shipping:" (the product type: Cargo / Digital) rows; "View Details"). Five
    cards. The pagination is written after Laravel's default links view (ul.pagination, the next
    link a[rel=next] "&rsaquo;"), from memory, not read.
  - the same market's VENDOR page with a REAL PGP key, in Indonesian: resources/views/vendors/
    show.blade.php (div.breadcrumb "All Vendors › name"; the header card with h1 name, the
    "TRUSTED SELLER" badge and "Member since M Y"; Store Description; Available Products (here
    the empty state: the vendor has nothing on sale, so no listing is on the page); Vendor
    Policy; Customer Feedback cards and their pagination; the right column: Review Statistics
    (the positive percentage, Positive / Mixed / Negative counts, Total), Dispute History and
    "PGP Public Key" in a pre). The armoured key is a REAL OpenPGP v4 public key (ed25519)
    generated for this round with ``gpg --batch --quick-gen-key`` in a throwaway home under
    /work/scratch (deleted, its agent stopped); the fingerprint below is the key's own (checked
    with v4_fingerprint).
  - AbanteCart category GRID (listing_index), in Croatian: abantecart/abantecart-src
    public_html/storefront/view/default/template/pages/product/category.tpl (h1.heading1 >
    span.maintext, div.contentpanel with the description, the sorting well, the product listing
    and the pagination well) and product_listing.tpl (the SAME products twice, as AbanteCart
    renders them: div.thumbnails.grid with a.prdocutname (sic) in div.fixed, div.thumbnail with
    span.sale, the image, div.shortlinks, div.blurb, div.pricetag with span.nostock or
    a.productcart, div.price > div.oneprice or div.pricenew + div.priceold; then div.thumbnails.
    list, one row per product with the model in brackets). Five products in euros, one on sale
    (the struck "9,90 €" is the old price), two "Nema na zalihi" (out of stock, prices still
    shown). The header, category menu, breadcrumb, the bootstrap pagination's markup ("&gt;"
    next) and the Croatian words are written here.
  - AbanteCart PRODUCT page, in Slovak: public_html/storefront/view/default/template/pages/
    product/product.tpl, the storefront's later Bootstrap-5 version (the grid above follows the
    older product_listing.tpl of the same repository) (div#product_details: the thumbnails
    list and the easyzoom main image;
    div.product-page-preset-box with h1, div.blurb, div.product-price block: div.product-price
    with the special price and the tax note, span.product-old-price struck, the rating stars;
    div.quantitybox with the quantity-discount table "Order quantity / Price per item", the
    quantity field, the total-price holder, the add-to-cart and print buttons). The breadcrumb,
    the description tab with its product-info list, the frame and the Slovak words are written
    here.
interstitials
  - PlugZone's login page with its CAPTCHA field, in Estonian (another market of the same script):
    resources/views/auth/login.blade.php (div.auth-container > div.auth-card: div.auth-logo,
    h2.auth-title, the form with auth-form-group username / password, the CAPTCHA group
    div.auth-captcha-wrapper with img.auth-captcha-image and its text input, button.auth-submit-
    btn; div.auth-links). A login page: the captcha is one field of the login form.

How close each page is to its source: the files named were read for this round (with the
project's reference search) and their markup followed (class names, nesting, order of labels and
values); the markup was written here, not copied. Page frames, translated strings, dates and all
content (names, posts, products, prices, shops) are invented for this round.

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (b4ceaac) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 14 --side holdout --misses``): those of 8d38c73 (this session's start: rounds 7 to 12
mended rule by rule), of 9cfe261 (one structural reader added: parsers.post_names, a post's
author found by aligning dated repeated blocks), and of 285204b (round 13's misses also mended,
as general mechanisms). Neither the structural reader nor round 13's mends had seen these pages;
the helpers who wrote the mends kept this round out of every scan.

    template                 8d38c73   9cfe261   285204b
    lobsters_story_he          0.000     0.000     0.000  (typed a topic list; dates and tree)
    machina_topic_ko           0.000     0.000     0.083  (EUC-KR; typed a topic list)
    spirit_topic_lt            0.111     0.111     0.111  (Lithuanian dates not read: no post)
    havefnubb_ca               0.091     0.800     0.833  (posts found by structure)
    plugzone_grid_id           0.207     0.207     0.207  (prices split over three spans)
    plugzone_vendor_id         0.769     0.769     0.769
    abantecart_product_sk      0.800     0.800     0.800
    plugzone_product_id        0.923     0.923     0.923
    abantecart_grid_hr, plugzone_login_et        1.000
    overall                    0.422     0.528     0.538

The structural reader lifted the round by 0.106 (one forum template from nothing to most
fields), as it lifted round 13 by 0.145; round 13's mends, most of them structural too, added
0.010. Blind scores of the rounds (3 to 14): 0.646, 0.778, 0.714, 0.946, 0.798, 0.699, 0.601,
0.750, 0.857, 0.466, 0.467 (0.612 with the structural reader), and here 0.422 at this session's
start, 0.538 with round 13's mends.

Every miss was then mended (parsers of bdae70f) as a general mechanism with test pages of its
own (tests/test_parsers_forum_structure.py, tests/test_parsers_market_structure.py): comment
trees by nesting, a thread told from a topic list by its posts' words, an opening post's
unclassed text, dates in data attributes and in more languages' forms, reply previews as quotes,
prices spelt in pieces, sellers by the profile link nearest the item's heading, breadcrumbs by
their standard marks, places from shipping options, vendor statistic tiles. KNOWN_MISSES is now
empty and the round reads 1.000, no longer a blind figure. Round 16, blind, measured what these
mends carry to templates never seen: 0.008 (see its module).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.general_rounds import Round, _author, _listing, _post, _vendor, v4_fingerprint

DATA = Path(__file__).parent / "data" / "general_r14"

#: The v4 fingerprint of the armoured key on the PlugZone vendor page (generated for this round).
_FPR = "F75D4AF0760D86DA078E819B67B8875B2FFBD185"

_MACHINA = "http://gimjang-forum.example/forum/forum/gimjang-17/topic/gimchi-sieojyeoyo-5312/"
_HFNU = "http://fornersdecasa.example/forum/3-el-pa/214-el-pa-de-pages-em-surt-massa-dens"
_SPIRIT = "http://sodininku-klubas.example/topic/812/kaip-apsaugoti-jaunas-obelis/"
_LOBSTERS = "http://mafim.example/s/k3v9qa/lm_h_lh_shly_yvts_t_ybsh"
_PASAR = "http://pasarrempah4example6plugzoneq7zk2mwd3hpx6ybn5tgjc7rla5ab.onion"
_RABA = "http://rabaturg5example2plugzonelogin7mwk2hpx6ybn5tgjc7rla5svab.onion"
_SIRANA = "http://sirana-otok.example/index.php?rt=product/category&path=12"

#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {"holdout/machina_topic_ko_euckr.html": "euc-kr"}

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # django-machina, Korean, EUC-KR: the h1 is the title (the h4.subject "Re: ..." lines are not
    # body); "작성자: <a>name</a> 작성일 2026년 11월 17일 6:40 오후" (오후 = p.m.: 18:40; 오전 =
    # a.m.); "게시물: 12" / "3,481" post counts (no join date); the quote "배추도사 님이 작성:"
    # and the post-signature are not body. li.next "&raquo;": ?page=2.
    "holdout/machina_topic_ko_euckr.html": {
        "template": "machina_topic_ko", "url": _MACHINA, "type": "thread", "next": _MACHINA + "?page=2",
        "records": [
            {"type": "thread", "title": "김장 김치가 너무 빨리 시어져요"},
            _post("배추도사", "2026-11-17T18:40:00", 0,
                  "지난주에 배추 스무 포기로 김장을 했는데 벌써 신맛이 납니다. 김치냉장고는 표준 "
                  "모드로 두었어요.\n소금을 너무 적게 넣은 걸까요, 아니면 보관 온도 문제일까요?", []),
            _post("장독대_할매", "2026-11-19T21:15:00", 1,
                  "둘 다일 수 있어요. 김장 직후 하루는 실온에 두고, 그다음에는 김치냉장고를 강 "
                  "모드로 바꾸세요.\n통에 김치를 꽉 눌러 담고 위에 우거지를 덮어 공기를 막으면 "
                  "훨씬 천천히 익어요.", ["배추도사"]),
            _post("배추도사", "2026-11-20T08:02:00", 2,
                  "강 모드로 바꾸고 우거지도 덮었습니다. 오늘 아침 맛을 보니 어제보다 덜 시네요. "
                  "감사합니다!", []),
            _author("배추도사", 12, None),
            _author("장독대_할매", 3481, None),
        ],
    },
    # HaveFnuBB, Catalan: the title is the breadcrumb's last item and each box's h3 ("[obert]" is
    # the status; "Re: ..." h3s are not body); the date link "17/11/2026 18:40" ("Resposta #1" is
    # the reply number); "Missatges: 27" / "2.315" post counts (no join date); "Població : Vic"
    # and "Rang : Aprenent" are not counts; the quote "forner_Jordi va escriure:", the signature
    # and the footer links are not body. li.pagelinks-next "&gt;": ?page=25.
    "holdout/havefnubb_posts_view_ca.html": {
        "template": "havefnubb_ca", "url": _HFNU, "type": "thread", "next": _HFNU + "?page=25",
        "records": [
            {"type": "thread", "title": "El pa de pagès em surt massa dens"},
            _post("forner_Jordi", "2026-11-17T18:40:00", 0,
                  "Faig el pa amb massa mare, farina de força i un 65% d'aigua, però la molla em surt "
                  "densa i amb pocs forats.\nDeixo fermentar la massa quatre hores a la cuina. Què hi "
                  "faig malament?", []),
            _post("Iaia_Montserrat", "2026-11-19T21:15:00", 1,
                  "Al novembre la cuina és freda i quatre hores no n'hi ha prou. Deixa-la fermentar "
                  "fins que hagi doblat el volum, encara que siguin vuit hores.\nI puja l'aigua fins "
                  "al 72%: la massa serà més enganxosa però la molla més oberta.", ["forner_Jordi"]),
            _post("forner_Jordi", "2026-11-20T08:02:00", 2,
                  "Ahir la vaig deixar tota la nit i amb un 72% d'aigua. Aquest matí el pa ha sortit "
                  "amb una molla molt més oberta. Moltes gràcies!", []),
            _author("forner_Jordi", 27, None),
            _author("Iaia_Montserrat", 2315, None),
        ],
    },
    # Spirit, Lithuanian: h1.headline; the short dates "17 lap" / "19 lap" carry no time, their
    # li's title does ("2026 m. lapkričio 17 d. 18:40"): the title's time is taken; "3 val." (3
    # hours before 12:00) agrees with its title "... 20 d. 09:00". The quote "@Sodininkas_Petras
    # rašė:" is not body; "patinka (9)", "cituoti", "atsakyti" are buttons. No statistics.
    # a.page-next "kitas »": ?page=2.
    "holdout/spirit_topic_lt.html": {
        "template": "spirit_topic_lt", "url": _SPIRIT, "type": "thread", "next": _SPIRIT + "?page=2",
        "records": [
            {"type": "thread", "title": "Kaip apsaugoti jaunas obelis nuo kiškių žiemą?"},
            _post("Sodininkas_Petras", "2026-11-17T18:40:00", 0,
                  "Pavasarį pasodinau penkias jaunas obelis. Praėjusią žiemą kiškiai nugraužė žievę "
                  "kaimyno medeliams, ir du iš jų nudžiūvo.\nKuo geriausia apvynioti kamienus? Ar "
                  "tinka plastikinis tinklas?", []),
            _post("Močiutė_Ona", "2026-11-19T21:15:00", 1,
                  "Tinka, bet jis turi būti bent šešiasdešimties centimetrų aukščio, nes ant sniego "
                  "kiškiai pasiekia aukščiau.\nApačią įkaskite į žemę, kad pelės nepralįstų. Pavasarį "
                  "tinklą nuimkite, kad kamienas nepūtų.", ["Sodininkas_Petras"]),
            _post("Sodininkas_Petras", "2026-11-20T09:00:00", 2,
                  "Šiandien ryte apvyniojau visas penkias obelis aukštu tinklu ir apačią įkasiau. "
                  "Ačiū už patarimą!", []),
        ],
    },
    # Lobsters, Hebrew: the story's a.u-url is the title; its div.story_text is the first post,
    # by the byline's a.u-author; "לפני 3 ימים" (3 days ago, title 2026-11-17 12:00), "לפני יום
    # אחד" (a day ago), "לפני שעתיים" (two hours ago) against 12:00; scores, tags, "קישור"
    # (link) and "2 תגובות" are not body; the "@ofra_bakes כתבה:" line and the blockquote are
    # the quote. No statistics, no next page.
    "holdout/lobsters_story_he.html": {
        "template": "lobsters_story_he", "url": _LOBSTERS, "type": "thread",
        "records": [
            {"type": "thread", "title": "למה החלה שלי יוצאת יבשה?"},
            _post("ofra_bakes", "2026-11-17T12:00:00", 0,
                  "אני אופה חלה כל שישי לפי המתכון של אמא שלי: קילו קמח, שתי ביצים, כוס שמן וחצי כוס "
                  "סוכר.\nהבצק נראה טוב, אבל אחרי האפייה החלה יבשה ומתפוררת כבר למחרת. מה אני עושה "
                  "לא נכון?", []),
            _post("savta_rivka", "2026-11-19T12:00:00", 1,
                  "קילו קמח זה הרבה מדי לשתי ביצים. הוסיפי עוד ביצה וחצי כוס מים, ואל תוסיפי קמח "
                  "בזמן הלישה גם אם הבצק דביק.\nואל תאפי יותר מעשרים וחמש דקות: חלה ממשיכה להתייבש "
                  "בתנור גם אחרי שהיא כבר זהובה.", ["ofra_bakes"]),
            _post("ofra_bakes", "2026-11-20T10:00:00", 2,
                  "אפיתי הבוקר עם שלוש ביצים ועשרים וחמש דקות בדיוק. החלה רכה ונשארה רכה גם אחרי שש "
                  "שעות. תודה רבה!", []),
        ],
    },
    # PlugZone listing, Indonesian: h1 name; the buy box's "$18.50" (USD; "≈ ɱ0.1121 XMR" the
    # conversion; delivery-option and bulk prices are other amounts); the vendor from "Kunjungi
    # toko kotak_rempah" (Visit kotak_rempah's store); "Dikirim dari: Indonesia" ships from,
    # "Dikirim ke: Malaysia, Singapura, Brunei" ships to; no category shown (no breadcrumb).
    "holdout/plugzone_product_id.html": {
        "template": "plugzone_product_id", "url": _PASAR + "/products/kayu-manis-ceylon-batang-250-g",
        "type": "listing",
        "records": [_listing("Kayu manis Ceylon batang, 250 g", 18.5, "USD", "kotak_rempah", None,
                             "Indonesia", ["Malaysia", "Singapura", "Brunei"])],
    },
    # PlugZone grid, Indonesian: five cards; each price is three spans "$" "24" "50" = $24.50;
    # "Penjual:" the vendor; "Pengiriman: Cargo" is the product type, not a place; "96%" a
    # rating; the category select says "Semua Kategori" (all): no category. a[rel=next]:
    # /products?page=2.
    "holdout/plugzone_products_grid_id.html": {
        "template": "plugzone_grid_id", "url": _PASAR + "/products", "type": "listing_index",
        "next": _PASAR + "/products?page=2",
        "records": [
            _listing("Kayu manis Ceylon batang, 250 g", 18.5, "USD", "kotak_rempah", None, None, None),
            _listing("Cengkih kering Zanzibar, 100 g", 7.25, "USD", "bumbu_pulau", None, None, None),
            _listing("Buku resep rendang Padang (PDF)", 4.0, "USD", "dapur_minang", None, None, None),
            _listing("Vanili Bourbon, 10 polong", 24.5, "USD", "bumbu_pulau", None, None, None),
            _listing("Lada hitam Lampung, 500 g", 11.9, "USD", "kotak_rempah", None, None, None),
        ],
    },
    # PlugZone vendor, Indonesian: h1 name; "Anggota sejak Mar 2025" (member since, a month only,
    # written "2025-03" as round 3 writes a month-only date); "96.5%" "Umpan Balik Positif" (the
    # rating); "Total 143" of the review statistics (the feedback count; 138 / 3 / 2 are its
    # parts; "Total Kasus 1" counts disputes); the key in the pre. No product is on sale (the
    # empty state), so no listing; the two review cards name products, they are not listings.
    # The reviews' a[rel=next]: ?reviews_page=2.
    "holdout/plugzone_vendor_pgp_id.html": {
        "template": "plugzone_vendor_id", "url": _PASAR + "/vendors/kotak_rempah", "type": "vendor",
        "next": _PASAR + "/vendors/kotak_rempah?reviews_page=2",
        "records": [_vendor("kotak_rempah", 143, 96.5, "2025-03", _FPR)],
    },
    # PlugZone login, Estonian: username, password and a CAPTCHA field in one login form.
    "holdout/plugzone_login_captcha_et.html": {
        "template": "plugzone_login_et", "url": _RABA + "/login", "type": "login", "records": [],
    },
    # AbanteCart grid, Croatian: five products, each shown TWICE (the grid and the list view
    # of the same products, one hidden by CSS): five listings, not ten. Prices "18,90 €",
    # "8,40 €" (div.pricenew; "9,90 €" div.priceold is the old price), "32,00 €" (Nema na
    # zalihi: out of stock), "11,50 €", "14,70 €" (out of stock); "(SM-1000)" models are not
    # prices. As for rounds 11-13's grids, no card names its category, so none is expected.
    # The pager's "&gt;": &page=2.
    "holdout/abantecart_category_grid_hr.html": {
        "template": "abantecart_grid_hr", "url": _SIRANA, "type": "listing_index",
        "next": _SIRANA + "&page=2",
        "records": [
            _listing("Paški sir, zreli, 500 g", 18.9, "EUR", None, None, None, None),
            _listing("Škripavac, svježi, 400 g", 8.4, "EUR", None, None, None, None),
            _listing("Sir iz mišine, 1 kg", 32.0, "EUR", None, None, None, None),
            _listing("Livanjski sir, 300 g", 11.5, "EUR", None, None, None, None),
            _listing("Krčki sir s tartufima, 250 g", 14.7, "EUR", None, None, None, None),
        ],
    },
    # AbanteCart product, Slovak: h1; div.product-price "4,20 €" ("s DPH" = VAT included; the
    # struck "5,60 €" is the old price; "3,80 €" / "3,50 €" are quantity-discount prices); the
    # category is the breadcrumb's item before the product, "Bylinkové čaje"; single shop: no
    # vendor; no shipping places.
    "holdout/abantecart_product_sk.html": {
        "template": "abantecart_product_sk",
        "url": "http://bylinkaren-tatry.example/index.php?rt=product/product&product_id=318",
        "type": "listing",
        "records": [_listing("Lipový kvet, sušený, 100 g", 4.2, "EUR", None, "Bylinkové čaje", None, None)],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers gave on the holdout side where it differs from TRUTH: measured once, blind
# (parsers of 285204b; see the module docstring), then every miss mended as a general mechanism.
KNOWN_MISSES: dict[str, dict[str, Any]] = {}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(1.0)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)


_text = ROUND.page_text(ENCODINGS)


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)


def test_every_expected_post_body_is_written_on_its_page() -> None:
    # The truth's words, paragraph by paragraph, are on the page (not the parsers' output).
    for page, truth in TRUTH.items():
        text = " ".join(_text(page).replace("<br>", " ").split())
        for record in truth["records"]:
            if record["type"] == "post":
                for paragraph in record["body"].split("\n"):
                    assert " ".join(paragraph.split()) in text, (page, paragraph)


def test_the_vendor_fingerprint_is_the_v4_fingerprint_of_the_armoured_key_on_its_page() -> None:
    # Independent of the parsers: tests.general_rounds.v4_fingerprint (RFC 4880 section 12.2).
    html = _text("holdout/plugzone_vendor_pgp_id.html")
    armour = re.search(r"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=", html, re.S)
    assert armour is not None
    assert v4_fingerprint(armour.group(1)) == _FPR
    assert TRUTH["holdout/plugzone_vendor_pgp_id.html"]["records"][0]["pgp_fingerprint"] == _FPR


def test_the_korean_page_is_euc_kr_and_says_so() -> None:
    raw = (DATA / "holdout" / "machina_topic_ko_euckr.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'content="text/html; charset=euc-kr"' in raw
    assert "장독대_할매".encode("euc-kr") in raw


def test_the_abantecart_grid_shows_each_product_twice_but_the_truth_once() -> None:
    # The grid and the list view of the same five products: the truth counts products, not views.
    html = _text("holdout/abantecart_category_grid_hr.html")
    listings = TRUTH["holdout/abantecart_category_grid_hr.html"]["records"]
    assert len(listings) == 5
    for listing in listings:
        assert html.count(f">{listing['title']}<") + html.count(f">{listing['title']}\n") == 2
    assert html.count('<span class="nostock">') == 4  # two products out of stock, in both views


