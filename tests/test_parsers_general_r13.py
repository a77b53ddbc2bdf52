"""parsers.parse_page on round-13 generality pages (tests/data/general_r13): a fully BLIND held-out
set. Ten pages, all on the HOLDOUT side (no tune side: no rule was written for any of them), each
rebuilt from a NAMED PUBLIC SOURCE of its engine's, shop's or market's real markup (but one, a
single-vendor shop with no framework, whose markup is this round's own), with fictional names,
words and prices put in. Every page is an engine, template or layout that is in none of rounds
3-12, tests/data/forums_general or tests/data/markets_general (their directories were listed and
grepped for each template's distinctive class names: none of board-post, userInformation,
user_pcnt, post_text, "post reply", ty-grid-list, itemDetail or publicKeyBox is in them;
nopCommerce's div.product-essential is also Magento 1's, on round 4's tune page
magento_product_quick_overview, and AsmBB's form.login-block shares its class with round 8's
NodeBB login, but the engines and the rest of their markup are others):

forums (thread pages; each has three posts, an absolute date, a quote of an earlier post, and,
where the template shows them, relative days, author statistics and a next page)
  - vichan (Tinyboard's successor) IMAGEBOARD thread, in Japanese: vichan-devel/vichan
    templates/post_thread.html (div.thread#thread_N > div.post.op: p.intro with the checkbox
    label, span.subject, then label.post-details with the time and the two a.post_no "No." /
    number links; div.body), templates/post_reply.html (div.post.reply#reply_N: p.intro with the
    label, time, a.post_no; div.body), templates/post/name.html (span.name, no tripcode here) and
    templates/post/time.html (<time datetime="Y-m-dTH:i:sZ"> with the board's date format). The
    OP is a named poster, one reply is "名無しさん" (the board's Anonymous); quotes are ">>48120"
    links (onclick highlightReply) and one greentext line (span.quote) that repeats a sentence of
    the OP. Times are absolute only (the board's own format "11/17/26 (火) 18:40:12"; vichan's
    relative times are made by script, not in the markup); no author statistics; a thread is one
    page (no next page). The page frame (boardlist, header, reply form, thread-interactions) and
    all words are written here.
  - AsmBB (the assembly-language forum engine), in Bulgarian: johnfound/asmbb
    www/templates/post_view.tpl (div.post > div.user_info with img.unread_icon, a.user_name,
    img.avatar, div.user_pcnt "Posts: N"; div.post_info with the "#id" anchor, the post time and
    the read count, div.edit_tools with the quote button; div.post_text). The source's label is
    "Last edited: [PostTime]"; here it reads "Публикувано:" (posted), and the times "17.11.2026
    18:40", "вчера 21:15" (yesterday), "днес 08:02" (today) are written here, as are the thread
    caption (h1.thread_title, tags), the page row with "Следваща >" (next) and the quote
    (blockquote > header "... написа:"). Post counts are shown ("Мнения: 37"), join dates not.
  - SilverStripe forum module, in Swedish: silverstripe-archive/silverstripe-forum
    templates/Layout/Forum_show.ss (table.forum-topics with td.page-numbers "Page:" and the page
    links, gotoButtonEnd, replyButton; tr.author with "Topic: title" and the views; the posts;
    the closing table whose page-numbers cell holds the prev link) and templates/Includes/
    SinglePost.ss (div.userInformation with a.authorTitle, img.userAvatar, span.rankingTitle,
    span.postCount "N posts"; div.posterContent with h4 a "$Title" and p.postDate "$Created.Long
    at $Created.Time"; div.postType). Forum_show.ss was read for its prev link (a.prev "Prev");
    the next link here (a.next "Nästa") is written after it. The outer div.singlePost, the Swedish
    strings, the dates ("17 november 2026 kl. 18:40", "igår kl. 21:15", "idag kl. 08:02"), the
    ForumHeader breadcrumb and the quote (blockquote.quote > span.quoteAuthor "... skrev:") are
    written here. Post counts are shown ("64 inlägg", "1 907 inlägg" with a space between
    thousands), join dates not.
  - KittoKittoKitto (a virtual-pet site's boards), in Finnish: OwlManAtt/kittokittokitto
    template/templates/boards/_post.tpl (div#post_N.board-post > div.post-userinfo > ul with
    li.username, the user title and "<strong>Posts</strong>: N", the avatar and the "[Quote]"
    link; div.post-content with p.post-content-header "Posted at DATE — Link", the message div
    #post-N-message and div.post-signature). The thread frame (breadcrumb, h2.thread-title, the
    "Sivu: 1 2 Seuraava »" pagination), the Finnish strings, the dates ("17.11.2026 klo 18.40",
    "eilen klo 21.15", "tänään klo 8.02") and the quote (blockquote.quote > cite "... kirjoitti:")
    are written here. Post counts are shown ("Viestejä: 4 512"), join dates not.
markets
  - nopCommerce product page, in Romanian: nopSolutions/nopCommerce
    src/Presentation/Nop.Web/Views/Product/ProductTemplate.Simple.cshtml (div.page.product-
    details-page > form#product-details-form > div[itemscope] > div.product-essential with the
    gallery and div.overview: div.product-name h1[itemprop=name], div.short-description, the SKU /
    stock / vendor partial, the review overview, the price partial, add-to-cart, the overview
    buttons; div.full-description; div.product-collateral with the specifications and the "also
    purchased" grid), _ProductBreadcrumb.cshtml (div.breadcrumb > ul > li with span.delimiter,
    the last li strong.current-item), _SKU_Man_Stock.cshtml (div.sku / div.stock /
    div.delivery-date / div.product-vendor, each span.label + span.value: nopCommerce is
    multi-vendor and the product's vendor is "Products.Vendor") and _ProductPrice.cshtml
    (div.prices[itemprop=offers] with div.old-product-price "Old price:" and div.product-price
    "Price:" span[itemprop=price], meta priceCurrency). The header, menus, footer, Romanian
    strings and all content are written here.
  - a CS-Cart category GRID (listing_index), in Greek: cs-market/smart
    design/themes/azure/templates/blocks/list_templates/grid_list.tpl (div.grid-list1 >
    div.ty-columnN > div.ty-grid-list__item with the product form, div.ty-grid-list__image,
    div.ty-grid-list__item-name > __inner > bdi, div.ty-grid-list__item-container with
    grid-list__sku, div.ty-grid-list__price, div.list-amount, qty-container and the add-to-cart
    control; pagination above and below) with the price captures of
    design/themes/rumba/templates/addons/amida/hooks/products/product_data.post.tpl in the same
    repository (div.ty-price-old > span.ty-strike for the list price; div.ty-price-update.ty-
    price-actual > span.ty-price for the price) and cscart/cscart-boilerplate
    templates/common/product_data.tpl (the product-title link, the out-of-stock text). Five
    cards in euros, one with a struck list price and a discount label, two out of stock
    ("Εκτός αποθέματος", their prices still shown). The price's inner bdi / span.ty-price-num
    markup, the stock spans, the pagination's a.ty-pagination__next "Επόμενη", the frame and the
    Greek words are written here.
  - a single-vendor ONION SHOP with no framework, in Turkish and in WINDOWS-1254: a plain table
    of products (name link, price in BTC, price in XMR, stock state, an order form or a dash when
    "Tükendi" (sold out)) under the shop's h1 name and a rate line; no public source: the markup
    is this round's own, as the brief for the round described such shops.
  - BitWasp (an early open-source Bitcoin marketplace for Tor), a LISTING, in Danish:
    Bit-Wasp/BitWasp-Historic application/views/items/individual.php (div#itemDetail.mainContent
    > div.itemInfo with h2 name, p.vendor "Vendor: <a>name</a> <span.rating>(<a>rating</a>)</span>
    | Message this vendor", div#main description, div.price "Price: <span.priceValue>price+symbol
    </span> | Purchase Item"; ul.itemImgs), in the frame of application/views/templates/
    buyerHeader.php (div#container > div#header h1 and ul#nav, div#main) and catSidebar.php
    (div#catSidebar list of categories, none marked as the item's). The Danish strings, the
    footer and all content are written here; the symbol is "฿" right after the number as the
    template writes price and symbol.
  - the same market's USER (vendor) page with a REAL PGP key, in Danish: Bit-Wasp/BitWasp-Historic
    application/views/user/individual.php (div#userPage.mainContent > h3 name, div#main "Date
    Registered: j / F / Y", "Rating: N", "Message this user"; "Public key for name:" and
    pre#publicKeyBox). The armoured key is a REAL OpenPGP v4 public key (ed25519) generated for
    this round with ``gpg --batch --quick-gen-key`` in a throwaway home under /work/scratch
    (deleted, its agent stopped); the fingerprint below is the key's own (checked with
    v4_fingerprint). No feedback count and no percentage are shown (the template has none).
interstitials
  - AsmBB's login page, in Hungarian: johnfound/asmbb www/templates/Dillo/form_login.tpl
    (div.login > div.ui link to the threads, form.login-block with h1, p.pi_nick username,
    p.pi_pass password, the hidden p.pi_tick backlink / ticket / submit.x / submit.y fields, the
    "persistent login" checkbox, input#submit; the article on cookies). Hungarian strings written
    here.

How close each page is to its source: the files named were read for this round (with the
project's reference search) and their markup followed (class names, nesting, order of labels and
values); the markup was written here, not copied. Page frames, translated strings, dates and all
content (names, posts, products, prices) are invented for this round.

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (05b97c8) BEFORE the parsers were run on them at all.

Blind measurement, once, no site profiles (``benchmarks/score_general.py --round 13 --side
holdout --misses``), with two sets of parsers: those of 8d38c73 (rounds 7 to 12 mended, the same
parsers as 05b97c8), and those of 9cfe261, which add one STRUCTURAL reader written this session
before anyone looked at these pages (parsers.post_names: a post's author found by aligning
dated repeated blocks, for pages no other reader took; developed on rounds 3 to 12 only):

    template                 8d38c73   9cfe261
    vichan_thread_ja           0.000     0.667  (posts found by structure; post 0 a quote, not a post)
    nopcommerce_product_ro     0.000     0.000  (typed "other", nothing read)
    asmbb_thread_bg            0.091     0.710  (posts found by structure; no author stats)
    cscart_grid_el             0.105     0.105  (no cards found: typed "other")
    bitwasp_item_da            0.444     0.444  (wrong vendor and category, no ships to)
    kittokittokitto_fi         0.545     0.545  (posts shifted by one, dates to the day)
    bitwasp_user_da            0.667     0.667  (a rating read from a score)
    silverstripe_forum_sv      0.722     0.722  (each post's subject line read as body)
    onion_shop_table_tr        0.867     0.867  (the shop's name not read as the vendor)
    asmbb_login_hu             1.000     1.000
    overall                    0.467     0.612

Blind scores of the rounds (3 to 13): 0.646, 0.778, 0.714, 0.946, 0.798, 0.699, 0.601, 0.750,
0.857, 0.466, and here 0.467 with the parsers that rounds 7 to 12 mended rule by rule, 0.612 with
the one structural reader added. It is the first evidence in these rounds that a reader built
on structure (not on any one template's markup or words) lifts pages of templates never seen:
two of the four forum templates went from nothing to most fields.

Every miss was then mended as a general mechanism with test pages of its own
(tests/test_parsers_forum_structure.py, tests/test_parsers_market_structure.py), none of them a
template's class names: a date or day word no reader knew keeps its post where the sibling posts
show dates at the same place, and dates and times in more forms ("klo 18.40", "14 / marts /
2024"); a subject line repeating the thread's title is frame; a number link to another post's
anchor (">>48120") quotes that post's author; a quote head naming a poster quotes them; the post
count is the column of one number per author in the authors' panels; the opening post's
subject is the title when the <title> holds it; cards found by the aligned title column, split
price elements, sold-out cards beside priced ones, and repeated priced blocks without a text
link; an item's own price box is no list of cards; a seller linked under a short label of any
language; an item page known by the heading the <title> repeats with a lone price below it; a
profile named by its heading, not its address's id; a single seller's shop named by its own
heading, <title> and copyright line. Also vocabulary of the languages (day words in Finnish and
Bulgarian, seller labels in eight languages, lei, лв and HUF). KNOWN_MISSES is now empty and the
round reads 1.000, no longer a blind figure.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.general_rounds import Round, _author, _listing, _post, _vendor, v4_fingerprint

DATA = Path(__file__).parent / "data" / "general_r13"

#: The v4 fingerprint of the armoured key on the BitWasp user page (generated for this round).
_FPR = "4A1A700AD87CEC406A699F0A5326EC640FC0F40B"

_VICHAN = "http://itakura-diy.example/diy/res/48120.html"
_ASMBB = "http://pchelari-forum.example/1024/"
_SS = "http://vedeldare.example/forum/vedspisar/show/3318"
_KITTO = "http://pelastakaa-kasvit.example/thread/5521/"
_CSCART = "http://elaiourgeio-kritis.example/elaiolado/"
_KERVAN = "http://kervanbaharat7example3tablezq4mwk2hpx6ybn5tgjc7rla5sveyd.onion"
_WASP = "http://hyggeligurt2example5bitwaspq7zk2mwd3hpx6ybn5tgjc7rla5sad.onion"

#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {"holdout/onion_shop_table_tr_cp1254.html": "cp1254"}

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # vichan, Japanese: the OP's span.subject is the title; names in span.name ("名無しさん" is
    # the board's Anonymous); times from <time> (UTC, the text says the same); "No.48120" and the
    # file line are not body; ">>48120" / ">>48127" are quotes of those posts' authors; the
    # greentext ">杉材で大丈夫？" repeats the OP's sentence, a quote, not body. No statistics, no
    # next page.
    "holdout/vichan_thread_ja.html": {
        "template": "vichan_thread_ja", "url": _VICHAN, "type": "thread",
        "records": [
            {"type": "thread", "title": "ベランダ用の棚を杉材で作りたい"},
            _post("木工初心者", "2026-11-17T18:40:12", 0,
                  "ベランダに鉢植え用の三段の棚を作りたいと思っています。\n"
                  "杉材で大丈夫？ 雨が直接かかる場所なので、"
                  "すぐ腐らないか心配です。", []),
            _post("名無しさん", "2026-11-19T21:15:40", 1,
                  "屋外なら杉でも作れるけど、防腐塗料を二度塗りして、"
                  "脚の下にレンガを置いて地面から離すといい。\n"
                  "五年くらいは持つよ。", ["木工初心者"]),
            _post("木工初心者", "2026-11-20T08:02:05", 2,
                  "ありがとう、レンガと二度塗りでやってみます。"
                  "週末にホームセンターへ行ってくる。", ["名無しさん"]),
        ],
    },
    # AsmBB, Bulgarian: h1.thread_title (the tags are not the title); "Публикувано: 17.11.2026
    # 18:40", "вчера 21:15", "днес 08:02"; "прочетено: 214 пъти" is a read count; "#5180" is not
    # body; "Мнения: 37" / "2318" are post counts (no join date); the quote "пчелар_Иван
    # написа:" is not body. "Следваща >": /1024/!1.
    "holdout/asmbb_thread_bg.html": {
        "template": "asmbb_thread_bg", "url": _ASMBB, "type": "thread", "next": _ASMBB + "!1",
        "records": [
            {"type": "thread", "title": "Как да зазимя кошера при минус петнайсет?"},
            _post("пчелар_Иван", "2026-11-17T18:40:00", 0,
                  "Имам четири кошера на двор в Родопите. Миналата зима при минус "
                  "петнайсет два от тях измряха.\nТрябва ли да ги увия с нещо, или "
                  "е по-добре да ги преместя в плевнята?", []),
            _post("Баба_Мария", "2026-11-19T21:15:00", 1,
                  "Не ги местете. Студът не убива пчелите, убива ги влагата. "
                  "Сложете възглавница от слама над рамките, стеснете входа и "
                  "оставете малък горен отвор за проветряване.", ["пчелар_Иван"]),
            _post("пчелар_Иван", "2026-11-20T08:02:00", 2,
                  "Сложих слама и горен отвор на всичките четири. Тази сутрин по "
                  "капака нямаше капки. Благодаря!", []),
            _author("пчелар_Иван", 37, None),
            _author("Баба_Мария", 2318, None),
        ],
    },
    # SilverStripe forum, Swedish: the title "Ämne: ..." (the h4 post titles "Re: ..." are not
    # body); p.postDate "17 november 2026 kl. 18:40", "igår kl. 21:15", "idag kl. 08:02";
    # span.postCount "64 inlägg" / "1 907 inlägg"; "Moderator" is a rank; "412 visningar" views;
    # the quote "Vedhuggar_Nils skrev:" is not body. "Nästa" (and page "2"): ?start=10.
    "holdout/silverstripe_forum_show_sv.html": {
        "template": "silverstripe_forum_sv", "url": _SS, "type": "thread", "next": _SS + "?start=10",
        "records": [
            {"type": "thread", "title": "Vedspisen ryker in när det blåser"},
            _post("Vedhuggar_Nils", "2026-11-17T18:40:00", 0,
                  "Vår gamla Husqvarna-spis ryker in i köket så fort det blåser "
                  "västlig vind. Annars drar den bra.\nSkorstenen sotades i "
                  "september. Vad kan det vara?", []),
            _post("Kakelugns_Karin", "2026-11-19T21:15:00", 1,
                  "Det låter som att skorstenen är för kort i förhållande till "
                  "taknocken, så vinden trycker ner röken. Prova en roterande "
                  "skorstenshuv, eller förläng pipan en halvmeter.", ["Vedhuggar_Nils"]),
            _post("Vedhuggar_Nils", "2026-11-20T08:02:00", 2,
                  "Sotaren satte upp en huv i morse, och nu blåser det rejält utan "
                  "att det ryker in. Tack!", []),
            _author("Vedhuggar_Nils", 64, None),
            _author("Kakelugns_Karin", 1907, None),
        ],
    },
    # KittoKittoKitto boards, Finnish: h2.thread-title; "Lähetetty 17.11.2026 klo 18.40", "eilen
    # klo 21.15", "tänään klo 8.02" (a dot between hours and minutes); user titles
    # ("Vasta-alkaja", "Kasvitohtori"), "[Lainaa]", "Linkki" and the signature are not body;
    # "Viestejä: 23" / "4 512" post counts (no join date); the quote "Ruukku_Riikka kirjoitti:" is
    # not body. "Seuraava »": /thread/5521/2.
    "holdout/kittokittokitto_board_post_fi.html": {
        "template": "kittokittokitto_fi", "url": _KITTO + "1", "type": "thread", "next": _KITTO + "2",
        "records": [
            {"type": "thread", "title": "Peikonlehden lehdet kellastuvat"},
            _post("Ruukku_Riikka", "2026-11-17T18:40:00", 0,
                  "Peikonlehteni alimmat lehdet kellastuvat yksi kerrallaan. "
                  "Kastelen kerran viikossa ja se seisoo pohjoisikkunan "
                  "vieressä.\nPitäisikö sitä lannoittaa talvella?", []),
            _post("Multasormi_Matti", "2026-11-19T21:15:00", 1,
                  "Ei kannata. Talvella pohjoisikkunalla kasvi kasvaa hitaasti, ja "
                  "kerran viikossa on liikaa vettä. Kastele vasta kun multa on "
                  "kuivunut kahden sentin syvyydeltä.", ["Ruukku_Riikka"]),
            _post("Ruukku_Riikka", "2026-11-20T08:02:00", 2,
                  "Multa oli vielä märkä pohjalta asti. Annan sen kuivua ja "
                  "kastelen harvemmin. Kiitos!", []),
            _author("Ruukku_Riikka", 23, None),
            _author("Multasormi_Matti", 4512, None),
        ],
    },
    # AsmBB login, Hungarian: a login form (username, password, "Belépés"), nothing else to read.
    "holdout/asmbb_login_hu.html": {
        "template": "asmbb_login_hu", "url": "http://kertbarat-forum.example/!login", "type": "login",
        "records": [],
    },
    # nopCommerce product, Romanian: h1[itemprop=name]; the price is div.product-price "52,90 lei"
    # (itemprop price, priceCurrency RON; "Preț vechi: 64,00 lei" is the old price, the "also
    # purchased" prices are other products'); "Vânzător: Stupina Dealul Mare" the vendor; the
    # category is the breadcrumb's item before the product, "Miere de salcâm"; "Data livrării"
    # is a delivery time, not a place; no shipping places shown.
    "holdout/nopcommerce_product_ro.html": {
        "template": "nopcommerce_product_ro", "url": "http://piata-apicultorilor.example/miere-de-salcam-cruda-950-g",
        "type": "listing",
        "records": [_listing("Miere de salcâm crudă, borcan 950 g", 52.9, "RON",
                             "Stupina Dealul Mare", "Miere de salcâm", None, None)],
    },
    # CS-Cart grid, Greek: five cards; prices span.ty-price "11,90 €", "12,60 €" (the struck
    # "14,00 €" is the list price, "10%" the discount), "46,00 €" (out of stock), "5,80 €",
    # "7,50 €" (out of stock); "Κωδικός: EL-301" SKUs and "14 τεμ." stock are not prices. As for
    # rounds 11 and 12's grids, no card names its category, so none is expected. "Επόμενη":
    # page-2/.
    "holdout/cscart_grid_list_el.html": {
        "template": "cscart_grid_el", "url": _CSCART, "type": "listing_index", "next": _CSCART + "page-2/",
        "records": [
            _listing("Εξαιρετικό παρθένο ελαιόλαδο Κορωνέικη, 1 λίτρο", 11.9, "EUR", None, None, None, None),
            _listing("Βιολογικό αγουρέλαιο, 500 ml", 12.6, "EUR", None, None, None, None),
            _listing("Ελαιόλαδο σε τενεκέ, 5 λίτρα", 46.0, "EUR", None, None, None, None),
            _listing("Ελιές Καλαμών σε άλμη, 400 g", 5.8, "EUR", None, None, None, None),
            _listing("Σαπούνι ελαιολάδου, 3 τεμάχια", 7.5, "EUR", None, None, None, None),
        ],
    },
    # single-vendor onion shop, Turkish, windows-1254: four rows; the first price column is BTC
    # (primary), the second XMR; "Tükendi" is sold out (its price still shown); the rate line
    # "1 BTC = 196,0 XMR" is not a product. The vendor is the shop, "Kervan Baharat" (as round
    # 5's single-shop page hydra_like_shop_ru has it); no category or shipping places shown.
    "holdout/onion_shop_table_tr_cp1254.html": {
        "template": "onion_shop_table_tr", "url": _KERVAN + "/", "type": "listing_index",
        "records": [
            _listing("Isot biberi, Urfa, 250 g", 0.00021, "BTC", "Kervan Baharat", None, None, None),
            _listing("Sumak, 500 g", 0.00018, "BTC", "Kervan Baharat", None, None, None),
            _listing("Safran, İran, 5 g", 0.00095, "BTC", "Kervan Baharat", None, None, None),
            _listing("Pul biber, Maraş, 1 kg", 0.00034, "BTC", "Kervan Baharat", None, None, None),
        ],
    },
    # BitWasp item, Danish: h2 name; "Pris: 0.0042฿" (BTC); "Sælger: hyggelig_urt" ("(4.9)" is
    # the vendor's rating); the sidebar lists all categories, none marked: no category; no
    # shipping places.
    "holdout/bitwasp_item_da.html": {
        "template": "bitwasp_item_da", "url": _WASP + "/item/c41f09ab27", "type": "listing",
        "records": [_listing("Kamilleblomster, tørrede, 200 g", 0.0042, "BTC", "hyggelig_urt", None, None,
                             None)],
    },
    # BitWasp user page, Danish: h3 name; "Registreret: 14 / marts / 2024"; "Bedømmelse: 4.9" is
    # a score, not a percentage (no rating, as rounds 3 and 9 have it); no feedback count shown;
    # the key in pre#publicKeyBox.
    "holdout/bitwasp_user_pgp_da.html": {
        "template": "bitwasp_user_da", "url": _WASP + "/user/9b1e77a0d2", "type": "vendor",
        "records": [_vendor("hyggelig_urt", None, None, "2024-03-14", _FPR)],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers gave on the holdout side where it differs from TRUTH: measured once, blind
# (parsers of 9cfe261; see the module docstring), then every miss mended as a general mechanism.
KNOWN_MISSES: dict[str, dict[str, Any]] = {}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(1.0)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)


_text = ROUND.page_text(ENCODINGS)


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)


def test_the_vendor_fingerprint_is_the_v4_fingerprint_of_the_armoured_key_on_its_page() -> None:
    # Independent of the parsers: tests.general_rounds.v4_fingerprint (RFC 4880 section 12.2).
    html = _text("holdout/bitwasp_user_pgp_da.html")
    armour = re.search(r"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=", html, re.S)
    assert armour is not None
    assert v4_fingerprint(armour.group(1)) == _FPR
    assert TRUTH["holdout/bitwasp_user_pgp_da.html"]["records"][0]["pgp_fingerprint"] == _FPR


def test_the_turkish_shop_page_is_windows_1254_and_says_so() -> None:
    raw = (DATA / "holdout" / "onion_shop_table_tr_cp1254.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'content="text/html; charset=windows-1254"' in raw
    assert "Safran, İran, 5 g".encode("cp1254") in raw


