"""parsers.parse_page on round-5 generality pages (tests/data/general_r5): forum engines, shop
scripts, market layouts and interstitials not covered by rounds 1-4 (vBulletin 3.8, Discourse's
crawler view, phpBB in Persian and right to left, a Hydra-like shop, Eckmar's market script in
Portuguese, ECShop in Chinese, interstitials in Arabic, Persian and Japanese; on the holdout side
Invision Community 4, Lemmy, a Vietnamese market), split into a TUNE side and a HOLDOUT side.

Each page is SYNTHESIZED: it copies the structure (tags, classes, label wording, date and number
formats, language) of a real source named beside its expectation, with fictional names, prices
and words. Sides were fixed before any page was scored; the parsers' generic rules were improved
on the tune side only (rules about structure, labels, number formats and languages: no per-site
code, no profile), and the holdout side was scored once at the end. Holdout tests assert what the
parsers really extract; the ground truth stays in TRUTH and the misses are listed beside it.
``benchmarks/score_general.py --round 5`` prints the field F1 per side and template.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.general_rounds import Round, _author, _listing, _post
from tests.test_parsers_general_r4 import DATA as R4_DATA
from tests.test_parsers_general_r4 import TRUTH as R4_TRUTH

DATA = Path(__file__).parent / "data" / "general_r5"


# Per page: side (fixed before any score was looked at), template family, URL, expected page type,
# expected records in page order (contract fields; None = not shown) and, for threads, next page.
TRUTH: dict[str, dict[str, Any]] = {
    # vBulletin 3.8 (postbit_legacy): the rendered vB3 markup quoted in public scrapers of vB3 boards
    # (library ids 9189697924, 7793438969: "<a class=bigusername href=member.php?u=N>", "thead
    # items contain date and post sequence number", div#postmenu_N) and in a vB3 test fixture
    # (library id 40751429130): one table#postN.tborder per post inside div#edit_N; td.thead
    # "17-11-2026, 06:40 PM" or "Yesterday, 09:15 PM" beside "#1"; the user cell's div.smallfont
    # "Join Date: Feb 2024" / "Posts: 1,412"; div#post_message_N; quotes as a table under
    # "Quote:" with "Originally Posted by <strong>name</strong>"; the signature after
    # "__________________"; a[rel=next] "&gt;" in div.pagenav; the navbar's login form first.
    "tune/vbulletin38_showthread.html": {
        "template": "vbulletin38", "url": "http://coppersmiths.example/showthread.php?t=2291",
        "type": "thread",
        "next": "http://coppersmiths.example/showthread.php?t=2291&page=2",
        "records": [
            {"type": "thread", "title": "Re-tinning a copper saucepan"},
            _post("tinbath", "2026-11-17T18:40:00", 0, "The tin lining of my grandmother's copper saucepan "
                  "has worn through to the copper in the middle.\nIs wiping on new tin with a rag something "
                  "I can do at home, or does it need a proper tinsmith?", []),
            _post("wipingrag", "2026-11-19T21:15:00", 1, "You can, with a hot gas ring, flux and patience.\n"
                  "Clean the pan to bright copper first or the tin will bead up and run off.", ["tinbath"]),
            _author("tinbath", 88, "2024-02"),
            _author("wipingrag", 1412, "2019-05"),
        ],
    },
    # Discourse's server-rendered crawler view: discourse/discourse app/views/topics/show.html.erb as
    # rendered (library ids 57430333155, 57754611377, 63298582271): div#topic-title h1 > a,
    # div.topic-category badges, one div#post_N.topic-body.crawler-post per post with
    # div.crawler-post-meta (span.creator[itemprop=author] a[href=/u/name] span[itemprop=name],
    # span.crawler-post-infos time.post-time[datetime] "November 17, 2026,  6:40pm",
    # span[itemprop=position]), div.post[itemprop=text] (cooked HTML; a quote is
    # aside.quote[data-username] > div.title "name:" + blockquote), span.post-likes;
    # a[rel=next] "next page →"; meta generator "Discourse 3.2.1".
    "tune/discourse_crawler_topic.html": {
        "template": "discourse_crawler",
        "url": "http://crumbforum.example/t/sourdough-starter-smells-of-nail-varnish/88", "type": "thread",
        "next": "http://crumbforum.example/t/sourdough-starter-smells-of-nail-varnish/88?page=2",
        "records": [
            {"type": "thread", "title": "Sourdough starter smells of nail varnish"},
            _post("ryecrock", "2026-11-17T18:40:00", 0, "My rye starter has started to smell of nail "
                  "varnish remover a day after each feed.\nIs it dying, or just hungry? I feed it once a day "
                  "at one part starter to one part flour.", []),
            _post("levainlaura", "2026-11-19T21:15:00", 1, "Hungry. Feed it twice a day at one part starter "
                  "to five parts flour and water for a week.", ["ryecrock"]),
        ],
    },
    # phpBB 3.3 prosilver, right to left, in Persian: phpbb/phpbb phpBB/styles/prosilver/template/
    # viewtopic_body.html (div.post#pN > dl.postprofile with a.username / a.username-coloured,
    # dd.profile-posts "<strong>ارسال ها:</strong> <a>88</a>", dd.profile-joined "<strong>تاریخ
    # عضویت:</strong> date"; div.postbody p.author "توسط <strong><a>name</a></strong> » date",
    # div.content, div.signature; quotes blockquote > cite "name نوشته:"), with the Persian
    # language pack's words and date names (phpBB's datetime array: "سه‌شنبه", "نوامبر",
    # "ق.ظ"/"ب.ظ" for am/pm) in the default "D M d, Y g:i a" format; "بعدی" (next) in li.arrow.next.
    "tune/phpbb_prosilver_fa_rtl.html": {
        "template": "phpbb_fa_rtl", "url": "http://baghbanan.example/viewtopic.php?t=377", "type": "thread",
        "next": "http://baghbanan.example/viewtopic.php?t=377&start=15",
        "records": [
            {"type": "thread", "title": "هرس درخت انار در پاییز"},
            _post("anarbagh", "2026-11-17T18:40:00", 0, "درخت انار من پر از پاجوش شده و شاخه‌های داخلی به هم "
                  "پیچیده‌اند.\nآیا می‌توانم همین حالا در آبان هرسش کنم یا باید تا اسفند صبر کنم؟", []),
            _post("golnar", "2026-11-19T21:15:00", 1, "پاجوش‌ها را همین حالا از ته ببرید، ولی هرس اصلی را "
                  "بگذارید برای اواخر زمستان.", ["anarbagh"]),
            _author("anarbagh", 88, "2024-02-09"),
            _author("golnar", 1412, "2019-05-30"),
        ],
    },
    # A Hydra-like shop showcase in Russian: IvanGostev/SilvetFox resources/views/market/store/
    # show.blade.php (commit 950fefad), a clone of Hydra's shop page: div.header_shop h1.title.over
    # (the shop), "Оценка" stars and "1000+ сделок", nav Витрина / О магазине / Отзывы; goods as
    # div.tile__item[data-regions] > figure.img, div.title.over > a, div.text, ul.text-muted.i_location
    # li (the city the goods are in), span.price; the header's balance "0 ₽" first. Every card is the
    # shop's own: its vendor is the shop.
    "tune/hydra_like_shop_ru.html": {
        "template": "hydra_shop_ru", "url": "http://gidroponika.example/market/495", "type": "listing_index",
        "records": [
            _listing("Иван-чай ферментированный, 100 г", 450.0, "RUB", "Травяная Лавка", None, "Москва",
                     None),
            _listing("Чабрец горный, 50 г", 1250.0, "RUB", "Травяная Лавка", None, "Москва", None),
            _listing("Сбор «Таёжный», 200 г", 2900.0, "RUB", "Травяная Лавка", None, "Санкт-Петербург", None),
        ],
    },
    # Eckmar's marketplace script, product grid in Brazilian Portuguese: eckmar-community/eckmar
    # resources/views/includes/product/card.blade.php (commit 0768037e): div.card > h4.card-title in
    # a link, p.card-subtitle "From: <strong>price symbol</strong> - category - <span
    # class=badge>type</span>", p.card-text "Posted by <a href=/vendor/name>name</a>, <strong>N</strong>
    # left", "Buy now"; here translated ("A partir de", "Publicado por", "restantes", "Comprar agora")
    # with the local symbol "R$" and Brazilian number format; the navbar shows a zero balance and
    # the BTC rate first.
    "tune/eckmar_grid_pt_br.html": {
        "template": "eckmar_pt_br", "url": "http://mercado.example/products", "type": "listing_index",
        "records": [
            _listing("Amostra Café Especial Torrado 500 g", 49.9, "BRL", "torrefacao_serra", "Mercearia",
                     None, None),
            _listing("Amostra Erva-Mate para Chimarrão 1 kg", 32.5, "BRL", "gauchoverde", "Mercearia",
                     None, None),
            _listing("Amostra Curso de Fermentação Natural (PDF)", 1290.0, "BRL", "torrefacao_serra",
                     "Cursos", None, None),
        ],
    },
    # ECShop 2.7 (Chinese shop script) product page: ecshop themes/default/goods.dwt as sites render it:
    # div#ur_here "当前位置: 首页 > 茶叶 > <product>", div#goodsInfo div.textInfo with the name in
    # "p.f_l" (no heading; the <title> starts with it), li > dd "<strong>商品货号：</strong>",
    # "商品库存：86 件", "商品品牌：", "上架时间：", the reference price "市场价格：<font
    # class=market>￥1536元</font>" (struck through by the theme's CSS) before "本店售价：<font
    # class=shop>￥1280元</font>", images for the buy buttons; meta Generator "ECSHOP v2.7.3".
    "tune/ecshop_goods_zh.html": {
        "template": "ecshop_zh", "url": "http://chamaxiaopu.example/goods.php?id=24", "type": "listing",
        "records": [_listing("云南普洱熟茶饼 357克", 1280.0, "CNY", None, "茶叶", None, None)],
    },
    # An anti-bot gate in Arabic, shaped like the onion front gates of round 3 (EndGame: a captcha
    # image, one text input, a submit): "تحقق من أنك إنسان" (check that you are human), "رمز
    # التحقق" (verification code), "متابعة" (continue).
    "tune/captcha_ar_gate.html": {
        "template": "captcha_ar", "url": "http://wahamarket.example/gate", "type": "captcha", "records": [],
    },
    # phpBB 3.3 prosilver login in Persian: styles/prosilver/template/login_body.html with the
    # Persian pack's words ("ورود", "نام کاربری:", "کلمه عبور:", "کلمه عبورم را فراموش کرده‌ام",
    # "مرا به خاطر بسپار", "عضویت").
    "tune/phpbb_login_fa.html": {
        "template": "login_fa", "url": "http://baghbanan.example/ucp.php?mode=login", "type": "login",
        "records": [],
    },
    # Added to the tune side after the holdout was measured, for round 4's struck-price mend on
    # detail pages (the holdout pages have no sale). OpenCart 3's product.twig with a special
    # price: "<li><span style='text-decoration: line-through;'>{{ price }}</span></li>
    # <li><h2>{{ special }}</h2></li>", the old price first; else as tune/opencart_product_ru of
    # round 4.
    "tune/opencart_product_special_ru.html": {
        "template": "opencart_special_ru",
        "url": "http://chaynaya-lavka.example/index.php?route=product/product&path=20&product_id=58",
        "type": "listing",
        "records": [_listing("Габа улун, 50 г", 1450.0, "RUB", None, "Чай", None, None)],
    },
    # WooCommerce 8.3+ (Storefront) product on sale in Brazilian Portuguese: wc_format_sale_price()
    # prints "<del aria-hidden=true>old</del> <span class=screen-reader-text>Original price was:
    # old.</span><ins aria-hidden=true>new</ins><span class=screen-reader-text>Current price is:
    # new.</span>", here with the pt_BR strings ("O preço original era", "O preço atual é"), "R$"
    # and "Adicionar ao carrinho"; the address is /produto/...; the header cart "R$ 0,00" first.
    "tune/woocommerce_sale_pt_br.html": {
        "template": "woocommerce_sale_pt_br",
        "url": "http://casadobarista.example/produto/amostra-moedor-de-cafe-manual/", "type": "listing",
        "records": [_listing("Amostra Moedor de Café Manual", 149.9, "BRL", None, "Moedores", None, None)],
    },
    # HOLDOUT ---------------------------------------------------------------------------------
    # Invision Community 4.5+: the compiled forums/front/topics/postContainer template (library id
    # 35252899195) and a rendered topic (library id 28625252581): article#elComment_N.cPost.ipsComment
    # > div.cAuthorPane_mobile (phone copy of name and date), aside.cAuthorPane (h3 strong a[href=
    # /profile/N-name/], ul.cAuthorPane_info: group, photo, a post count "88"), div.ipsComment_content
    # > div.ipsComment_meta "Posted <time datetime title='11/17/26 06:40  PM'>November 17</time>",
    # div[data-role=commentContent]; quotes blockquote.ipsQuote[data-ipsquote-username] >
    # div.ipsQuote_citation "name said:"; h1.ipsType_pageTitle; li.ipsPagination_next a "Next".
    "holdout/ipb4_topic.html": {
        "template": "ipb4",
        "url": "http://beekeepers-hub.example/topic/88-treating-varroa-with-oxalic-acid-in-december/",
        "type": "thread",
        "next": "http://beekeepers-hub.example/topic/88-treating-varroa-with-oxalic-acid-in-december/page/2/",
        "records": [
            {"type": "thread", "title": "Treating varroa with oxalic acid in December"},
            _post("broodlesshive", "2026-11-17T18:40:00", 0, "I have three hives that are broodless now "
                  "after the cold snap. Is it worth trickling oxalic acid this month, or should I wait for "
                  "the new year?\nI have never treated in winter before.", []),
            _post("mitewatch", "2026-11-19T21:15:00", 1, "Yes, broodless is exactly when it works best. Five "
                  "millilitres per seam of bees, warmed syrup, on a still day.", ["broodlesshive"]),
            _author("broodlesshive", 88, None),
            _author("mitewatch", 1412, None),
        ],
    },
    # Lemmy (lemmy-ui's server-side render): LemmyNet/lemmy-ui src/shared/components/post/
    # post-listing.tsx and comment/comment-node.tsx as rendered: div.post-listing (h1.h5 > a title,
    # a.person-listing[href=/u/name], span.moment-time "3 days ago" with the full date only in
    # data-tippy-content, div.md-div#postContent), then ul.comments > li.comment > article.comment-node
    # (the same name link and moment-time, div.comment-content.md-div) with replies in a nested
    # ul.comments. No pagination, no author stats; a Markdown quote names nobody.
    "holdout/lemmy_post.html": {
        "template": "lemmy", "url": "http://allotment-commons.example/post/5121", "type": "thread",
        "records": [
            {"type": "thread", "title": "Which garlic varieties survive a wet clay winter?"},
            _post("cloveplanter", "2026-11-17T18:40:00", 0, "My softneck garlic rotted in the ground last "
                  "winter.\nAre there hardneck varieties that cope better with wet clay, or should I plant "
                  "in raised rows?", []),
            _post("wetsoilwill", "2026-11-19T21:15:00", 1, "Raised rows and a handful of grit under each "
                  "clove. Music and Chesnok Red came through fine for me on clay.", []),
            _post("cloveplanter", "2026-11-20T08:02:00", 2, "Thanks, I will order Music and try grit this "
                  "year.", []),
        ],
    },
    # A market listing in Vietnamese, laid out like the label-table markets of earlier rounds: h2
    # title, table.listing-info th/td "Người bán" (seller) "Danh mục" (category) "Gửi từ" (ships
    # from) "Gửi đến" (ships to) "Còn hàng" (stock) "Ký quỹ" (escrow), div.price-box "Giá:"
    # "1.250.000 ₫" (Vietnamese dong, dots between thousands) and a BTC amount, shipping options
    # "+30.000 ₫", "Mua ngay" (buy now); the header shows the balance and the BTC rate first.
    "holdout/market_listing_vi.html": {
        "template": "market_vi", "url": "http://chosen.example/san-pham/7731", "type": "listing",
        "records": [_listing("Hạt điều rang muối Bình Phước 500g", 1250000.0, "VND", "hatdieu_shop",
                             "Thực phẩm", "Việt Nam", ["Việt Nam"])],
    },
    # A login page in Japanese: laravel/breeze's resources/views/auth/login.blade.php with the
    # Japanese strings of laravel-lang ("メールアドレス", "パスワード", "ログイン状態を保持する",
    # "パスワードをお忘れですか？", "ログイン").
    "holdout/laravel_login_ja.html": {
        "template": "login_ja", "url": "http://sakura-shop.example/login", "type": "login", "records": [],
    },
}


# Round 4's holdout templates that round 4 missed (bbPress, OpenCart's category grid, WooCommerce
# with WC Vendors) were mended as general bugs after that round (tests/test_parsers_general_r4.py
# records their figures as measured); they join this round's TUNE side, so that this round's rules
# are checked against them. Their pages stay in tests/data/general_r4/holdout; their truth is
# round 4's.
_MOVED = ("bbpress", "opencart_category_ru", "woocommerce_wcvendors")


ROUND = Round(TRUTH, DATA)
ROUND.take_over(Round(R4_TRUTH, R4_DATA), _MOVED, "r4")
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py and the F1 test read


# What the parsers give on the holdout side where it differs from TRUTH, measured once after the
# tune-side work and left as it is (no rule was written for these pages). Key: "kind[i].field".
KNOWN_MISSES: dict[str, dict[str, Any]] = {
    # Lemmy: measured as a miss at the end of the round (the reply nested in ul.comments was not
    # read: its article's classes differ from its parent's by a margin class, "ms-1"; truth:
    # post[2] by cloveplanter at 2026-11-20T08:02, "Thanks, I will order Music and try grit this
    # year."), then mended in round 6, where this page joined the tune side, as a general rule:
    # a block that wraps a comment tree (a classed comment holding, nested, one of its own tag and
    # class) is split into its comments. No longer a miss. (Two more misses measured here were
    # mended after the round too: the full dates in data-tippy-content tooltips over relative
    # ones, "3 days ago", are the posts' dates.)
    # Vietnamese market: measured as a miss at the end of the round (the dong "₫" and the
    # Vietnamese labels were unknown; holdout F1 0.714), then mended by the lead as language
    # coverage, not for this page: the currency signs no other currency uses (₫ ₩ ₪ ₱ ₦ ₸ ₾) and
    # the market labels and buy words of Vietnamese, Indonesian and Turkish. No longer a miss.
}


test_a_tune_page_gives_its_ground_truth, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = (
    ROUND.tests(KNOWN_MISSES)
)


def test_each_side_scores_its_field_f1() -> None:
    # Contract-field F1 as benchmarks/score_general.py --round 5 prints it. Before this round's
    # changes (parsers of commit 53ade99, round 4's misses already mended): tune 0.787 (this
    # round's new tune pages 0.671, the three templates moved from round 4's holdout 1.000),
    # holdout 0.714 (IPB 4 1.000, Lemmy 0.667, the Vietnamese market 0.000, the Japanese login
    # 1.000). After: tune 1.000 (with the two sale pages added after the holdout was measured),
    # holdout 0.714 (measured once, unchanged by those two): the tune rules (currencies,
    # Persian and Arabic dates and labels, a shop's own heading, a header's quick login) did not
    # carry to the holdout's misses, which lie elsewhere (a currency and labels of a language no
    # tune page had, tooltip-only dates, nested replies), nor cost them anything.
    # Then the Vietnamese page and Lemmy's tooltip dates, mended after the measurement (see
    # KNOWN_MISSES): holdout 0.946; and Lemmy's nested reply, mended in round 6: 1.000.
    assert overall("tune") == 1.0
    assert overall("holdout") >= 0.94
