"""parsers.parse_page on round-3 generality pages (tests/data/general_r3): market, forum and
interstitial templates never tuned on, split into a TUNE side and a HOLDOUT side.

Each page is SYNTHESIZED: it copies the structure (tags, classes, label wording, date and number
formats, language) of a real source named beside its expectation, with fictional names, prices
and words. Sides were fixed before any page was scored; the parsers' generic rules were improved
on the tune side only, and the holdout side measures how far those rules carry. Holdout tests
assert what the parsers really extract now; the ground truth stays in TRUTH, and the misses are
listed beside them. ``benchmarks/score_general.py`` prints the field F1 per side and template.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.general_rounds import Round, _listing, _post, _vendor

DATA = Path(__file__).parent / "data" / "general_r3"
# Per page: side (tune or holdout, fixed before any score was looked at), template family, URL,
# expected page type, and expected records in page order (contract fields; None = not shown).
_FPR = "C10F97834A027D1E42AE92B347BCB6FD98B1C53D"


TRUTH: dict[str, dict[str, Any]] = {
    # EndGame V3 (the onion anti-DDoS front): eckmar-official/EndGame-V3-Anti-DDoS-for-Tor-I2P-
    # resty/queue.html (commit b4562911): "<title>SITENAME Access Queue</title>", "You have been
    # placed in a queue, awaiting forwarding to the platform.", "Your estimated wait time is
    # <span class=eta>", "Please do not refresh the page"; the refresh is an HTTP header only.
    "tune/endgame_queue.html": {
        "template": "endgame", "url": "http://lanternfold7example.onion/", "type": "ddos_protection",
        "records": [],
    },
    # Same repository, resty/caphtml.lua (commit b4562911): "<title>DDOS Protection</title>", the
    # site's logo, tagline and "since" in div.left, "Select each text box and enter the letter or
    # number you see within the circle below.", form.ddos_form of six one-letter inputs c1..c6.
    "tune/endgame_captcha.html": {
        "template": "endgame", "url": "http://lanternfold7example.onion/", "type": "ddos_protection",
        "records": [],
    },
    # phpBB's visual confirmation (captcha_default) in the German language pack's wording, as kept
    # in a public phpBB extension's de language file (library id 28249492868): "Visuelle
    # Bestätigung", "Gib den Code genau so ein, wie du ihn siehst; Groß- und Kleinschreibung wird
    # nicht unterschieden, Null wird nicht verwendet."; the image is
    # "./...?mode=confirm&confirm_id=..&type=1", the input confirm_code: no "captcha" in any URL.
    "tune/captcha_de_visual_confirm.html": {
        "template": "phpbb_confirm_de", "url": "http://moosgrund.example/confirm.php", "type": "captcha",
        "records": [],
    },
    # FluxBB 1.5: fluxbb/fluxbb viewtopic.php (commit 018ba90b) and its header: div.blockpost#pN >
    # h2 "#n <a>Y-m-d H:i:s</a>" ("Today"/"Yesterday" + time), div.postleft dl (dt strong a
    # profile.php?id=, dd "Registered: Y-m-d", dd "Posts: 1,412"), div.postright h3 "Re: subject",
    # div.postmsg; quotes div.quotebox > cite "name wrote:" + blockquote; the signature
    # div.postsignature.postmsg after the message; ul.crumbs; "<a rel=next>Next</a>".
    "tune/fluxbb_viewtopic.html": {
        "template": "fluxbb", "url": "http://greenwood.example/viewtopic.php?id=214", "type": "thread",
        "next": "http://greenwood.example/viewtopic.php?id=214&p=2",
        "records": [
            {"type": "thread", "title": "Sharpening a drawknife"},
            _post("ashbodger", "2026-11-17T18:40:12", 0, "My old drawknife has a rounded bevel and tears "
                  "the ash instead of slicing it.\nShould I flatten the back first or start on the bevel?",
                  []),
            _post("froewright", "2026-11-19T21:15:40", 1,
                  "Flatten the back first, then hone the bevel on a slipstone held in the hand.",
                  ["ashbodger"]),
            _post("ashbodger", "2026-11-20T08:02:15", 2, "That worked, it slices cleanly now. Thanks.", []),
            {"type": "author", "name": "ashbodger", "post_count": 88, "joined": "2024-02-09"},
            {"type": "author", "name": "froewright", "post_count": 1412, "joined": "2019-05-30"},
        ],
    },
    # Tochka (Semantic UI), synthesized from the selectors of danieldp92/ANITA-Trend_Analysis_Tool
    # anita_scraping_tool/anita/MarketScraper/tochka.py (commit 514199f2; no saved page there, so
    # the label words around the values are assumed): the name in "h2.ui.dividing.header" with a
    # <span> label inside, the vendor "div.content.card-header" text after a leading "@", ships
    # from/to as the 2nd/3rd <span> of "table.ui.celled.table.fluid.inverted.green", the price as
    # quantity/price <td> pairs of "table.ui.very.basic.table" in the "Purchase" segment, and
    # "div.ui.comments > div.comment" reviews.
    "tune/semantic_listing_price_table.html": {
        "template": "tochka", "url": "http://example.onion/product/a3f9", "type": "listing",
        "records": [_listing("Sample Lemon Haze 1g-10g", 0.00061, "BTC", "meadowfarm", None, "Germany",
                             ["Worldwide"])],
    },
    # Same source, vendor page: "div.content.card-header" "@name", a 5-point score in
    # "div.ui.label.dark-green.tiny > span" (not a percentage: no rating), "div.date" "Registered
    # <date>" then "Last login: ...", an "About" header and an active "Reviews" menu item with its
    # count; no key ("v_pgp: None found").
    "tune/semantic_vendor_card_header.html": {
        "template": "tochka", "url": "http://example.onion/user/meadowfarm", "type": "vendor",
        "records": [_vendor("meadowfarm", 38, None, "2019-03-12", None)],
    },
    # Berlusconi (Bootstrap 3), synthesized from the selectors of the same repository's
    # MarketScraper/berlusconi.py (commit 514199f2): the title only as the 4th "ol.breadcrumb" item
    # (the 2nd and 3rd are the category path; <title> is the site name), a[href*=vendor], the
    # "div.col-sm-7" table of label/value cells (Product type, Ships from = td[7], Ships to =
    # td[9]), "div.listing-price > strong", "Buy Now", feedback rows "user (deals)" + "... UTC".
    "tune/breadcrumb_title_detail_table.html": {
        "template": "berlusconi", "url": "http://example.onion/listing/8812", "type": "listing",
        "records": [_listing("Sample Amnesia Buds 5g", 25.0, "EUR", "pianoverde", "Cannabis", "Italy",
                             ["Italy", "Germany", "France"])],
    },
    # Same source, vendor page: "<h1>name <span class='label label-primary'>Vendor</span>", three
    # "<strong style='font-size:15px;'>" counts beside thumbs-up / circle / thumbs-down icons
    # (positive, neutral, negative: 216 in all, no percentage shown), "fa-user" + "Registered on:
    # 2019-03-02 14:11:09" (the scraper cuts [15:25]), "fa-feed" + "Last login: ..." ([12:22]).
    "tune/breadcrumb_vendor_thumbs_counts.html": {
        "template": "berlusconi", "url": "http://example.onion/vendor/pianoverde", "type": "vendor",
        "records": [_vendor("pianoverde", 216, None, "2019-03-02", None)],
    },
    # Cannazon (Bootstrap 3), synthesized from the selectors of danieldp92/ANITA-Trend_Analysis_Tool
    # MarketScraper/cannazon.py (commit 514199f2): "h2.title.text-center" "Product Details" over
    # "div.product-information > h2" name, "p.price", and a vendor box whose one link
    # "a.vendor_rating" holds the name, "Shipping From:" / "Shipping To:" strings and the
    # destinations separated by "|"; the <title> is the site's name.
    "tune/vendor_rating_link_shipping_lists.html": {
        "template": "cannazon", "url": "http://example.onion/product/2231", "type": "listing",
        "records": [_listing("Sample Orange Bud 10g", 85.0, "EUR", "hanfhof", None, "Germany",
                             ["Germany", "Austria", "Switzerland"])],
    },
    # Same source, vendor page: "h2.title.text-center" "Vendor Profile", the name in
    # "div.vendor-box > h2", "span.badge.badge-positive" / "badge-negative" counts (316 in all),
    # "div.col-sm-6" strings [label, registration date, ..., sales], the key in the 4th div.content.
    "tune/vendor_box_badges.html": {
        "template": "cannazon", "url": "http://example.onion/vendor/hanfhof", "type": "vendor",
        "records": [_vendor("hanfhof", 316, None, "2018-11-02", _FPR)],
    },
    # DarkMarket (Bootstrap 4), synthesized from the selectors of the same repository's
    # MarketScraper/darkmarket.py (commit 514199f2): "div.col-md-5 > h2" name, the vendor in
    # "a.btn.btn-light.btn-sm > span", the price as "<li>1 g <strong>€ 9.50</strong>" items of
    # "div.col-md-12.text-center", "ol.breadcrumb" whose 4th item is the most precise category
    # (not a link), "cart" in "div.col-md-7"; no shipping fields ("Not present").
    "tune/bs4_breadcrumb_price_list.html": {
        "template": "darkmarket", "url": "http://example.onion/product/7781", "type": "listing",
        "records": [_listing("Sample Blue Dream", 9.5, "EUR", "bluefield", "Weed", None, None)],
    },
    # Same source, vendor page: "Vendor" in the breadcrumb, the name as "div.col-sm-5 > a", a
    # 5-point score "Rating (4.92)" (no rating), the month of registration in the 2nd
    # "span.font-weight-semibold" (the scraper prepends a day: "Jan 2019"), the key in <textarea>.
    "tune/bs4_vendor_semibold_textarea.html": {
        "template": "darkmarket", "url": "http://example.onion/vendor/bluefield", "type": "vendor",
        "records": [_vendor("bluefield", None, None, "2019-01", _FPR)],
    },
    # phpBB 2 (subSilver): rendix2/phpBB2-old templates/subSilver/viewtopic_body.tpl (commit
    # 19528a4b) and bbcode.tpl: one <tr> per post with "span.name > b" (the name is NOT a link;
    # the profile link is an icon in the next row), span.postdetails "Joined: 09 Feb 2024" /
    # "Posts: 88", "Posted: Tue Nov 17, 2026 6:40 pm", span.postbody; quotes are a table
    # "<b>name wrote:</b>" over td.quote; the signature is a second span.postbody after
    # "_________________"; a.maintitle; "Goto page 1, 2 Next"; <title> "Board :: View topic - T".
    "tune/phpbb2_subsilver_viewtopic.html": {
        "template": "phpbb2", "url": "http://oldkiln.example/viewtopic.php?t=214", "type": "thread",
        "next": "http://oldkiln.example/viewtopic.php?t=214&start=15",
        "records": [
            {"type": "thread", "title": "Crawling glaze on a bisque bowl"},
            _post("claywren", "2026-11-17T18:40:00", 0, "My celadon pulls away from the rim and leaves "
                  "bare patches after the glaze firing.\nIs the bisque too dusty or is the glaze too thick?",
                  []),
            _post("kilnkeeper", "2026-11-18T21:15:00", 1,
                  "Both cause it. Wipe the bisque with a damp sponge and thin the glaze a little.",
                  ["claywren"]),
            {"type": "author", "name": "claywren", "post_count": 88, "joined": "2024-02-09"},
            {"type": "author", "name": "kilnkeeper", "post_count": 1412, "joined": "2019-05-30"},
        ],
    },
    # A login form in Brazilian Portuguese, the wording of a public app's pt-BR language file
    # (library id 18675969447: 'login' => 'Entrar', 'password' => 'Senha', 'keep_logged_in' =>
    # 'Mantenha logado por <small>(%s dias)</small>'), "Usuário" as the user field's label.
    "tune/login_pt_senha.html": {
        "template": "login_pt", "url": "http://pracaverde.example/i/?c=auth&a=login", "type": "login",
        "records": [],
    },
    # Drugs & Medicine, synthesized from the selectors of danieldp92/ANITA-Trend_Analysis_Tool
    # MarketScraper/drugsmedicine.py (commit 514199f2): "div.content.grid-8-12 > h3" name,
    # "div.price_big_inner" whose first word is the amount, "div.prod_info", and a
    # "div.table_wrapper" table headed "Item info:" whose cells are label/value pairs (vendor link
    # td[1], ships from td[3], ships to td[5], category td[7] with line breaks around it).
    "tune/table_wrapper_item_info.html": {
        "template": "drugsmedicine", "url": "http://example.onion/item/813", "type": "listing",
        "records": [_listing("Sample MDMA Crystal 1g", 42.0, "EUR", "dutchlab", "Ecstasy", "Netherlands",
                             ["Europe"])],
    },
    # Same source, vendor page: "<h3>name", "table.msgtable" headed "Vendor stats:" (a 5-point
    # "4.87/5" at td[5]: no rating; "Sales" 1523 at td[7], the only count shown), the 2nd
    # "div.viewusercont" with "Registered" / "12&nbsp;Mar&nbsp;2019", and the key split over two
    # <p> of "div.container.container_large" (the scraper joins them). A fresh fictional key.
    "tune/msgtable_vendor_stats.html": {
        "template": "drugsmedicine", "url": "http://example.onion/vendor/dutchlab", "type": "vendor",
        "records": [_vendor("dutchlab", 1523, None, "2019-03-12", _FPR)],
    },
    # HOLDOUT ---------------------------------------------------------------------------------
    # githubniko/antibot templates/template.inc.php (commit 03934ecf): a Cloudflare-like browser
    # check in Russian: "<title>Один момент…</title>", meta refresh 390, "Проверяем, человек ли
    # вы. Это может занять несколько секунд.", "Подтвердите, что вы человек", "Сначала <host>
    # необходимо проверить безопасность вашего подключения.", a Ray ID footer.
    "holdout/antibot_ru.html": {
        "template": "antibot_ru", "url": "http://berezka7example.onion/", "type": "ddos_protection",
        "records": [],
    },
    # Discuz! X3 (Chinese): Discuz-X/DiscuzX template/default/forum/viewthread_node.htm (commit
    # 75d242df) and viewthread.htm: div#post_N > table.plhin#pidN, td.pls (div.authi >
    # a.xw1[href=home.php?mod=space&uid=], div.tns stats "86 帖子"), td.plc (em#authorpostonN
    # "发表于 2026-11-18 21:05" or "发表于 <span title=ISO>昨天 21:05</span>", td.t_f#postmessage_N);
    # quotes div.quote > blockquote with "<font color=#999999>name 发表于 date</font>"; the
    # signature div.sign in the next row; span#thread_subject; div#pt breadcrumb; a.nxt "下一页".
    "holdout/discuz_viewthread.html": {
        "template": "discuz", "url": "http://qingtai.example/forum.php?mod=viewthread&tid=5120",
        "type": "thread", "next": "http://qingtai.example/forum.php?mod=viewthread&tid=5120&extra=&page=2",
        "records": [
            {"type": "thread", "title": "阳台种番茄要不要打顶"},
            _post("番茄阿福", "2026-11-18T21:05:00", 0,
                  "阳台上的番茄已经长到一米多高了，还在不停往上长。\n"
                  "要不要把顶端掐掉？掐了会不会影响结果？", []),
            _post("老园丁", "2026-11-19T21:05:33", 1,
                  "长到第五穗花就可以打顶了，养分会集中到果实上。", ["番茄阿福"]),
            {"type": "author", "name": "番茄阿福", "post_count": 86, "joined": None},
            {"type": "author", "name": "老园丁", "post_count": 3851, "joined": None},
        ],
    },
    # Agartha (Bootstrap 3), synthesized from the selectors of danieldp92/ANITA-Trend_Analysis_Tool
    # MarketScraper/agartha.py (commit 514199f2): "<h2>" name, "<span style='font-size:95%;'>" whose
    # 2nd and 3rd words are the price, "<p><b>Ships From: </b>X</p>", "<p><b>Ships To: </b>X</p>",
    # "div.panel-body" whose first <p> is "Category: x" and first <a> the vendor, "a.btn.btn-link
    # .btn-xs" "Listings", "div.embedded-feedback-list" rows (score, comment, date, buyer + deals).
    "holdout/panel_listing_bold_labels.html": {
        "template": "agartha", "url": "http://example.onion/listing/4410", "type": "listing",
        "records": [_listing("Sample Cherry Kush 7g", 0.00412, "BTC", "tulipgarden", "Cannabis",
                             "Netherlands", ["Worldwide"])],
    },
    # Same source, vendor page: the name as the 2nd "a.btn.btn-link.btn-xs", "span.user-class-hint
    # > strong" "Vendor", "span.gen-user-ratings" "Rating 98.70 %" (2nd word, of 100) and "Total
    # sales: 1204", "div.vendorbio-stats-online" "Member since <date>. Last seen ...", the key in
    # "pre.small.pre-scrollable.pgpkeytoken" (a fresh fictional key), a "Feedback (27)" tab.
    "holdout/panel_vendor_bio_stats.html": {
        "template": "agartha", "url": "http://example.onion/user/tulipgarden", "type": "vendor",
        "records": [_vendor("tulipgarden", 27, 98.7, "2019-06-14", _FPR)],
    },
    # Silk Road 3, synthesized from the selectors of danieldp92/ANITA-Trend_Analysis_Tool
    # MarketScraper/silkroad3.py (commit 514199f2): the name in an inline-styled <div> ("text-align:
    # center; font-size:16px; ...font-weight:bold") > h3, a bold 12px <div> whose strings are
    # "Price:" / value, "Ships From:" / value and links (2nd = vendor, last = category),
    # "div#vp > h3" "Place Order"; the <title> is the site's name.
    "holdout/inline_styled_listing_place_order.html": {
        "template": "silkroad3", "url": "http://example.onion/item/55120", "type": "listing",
        "records": [_listing("Sample Northern Lights 3.5g", 0.00286, "BTC", "silkgrower", "Cannabis",
                             "United Kingdom", None)],
    },
    # Same source, vendor page: "div#cats > b" strings [name, "+123", "/", "-2"] (positive and
    # negative counts: 125 in all), "Last active" in a div[align=left], no key, no join date.
    "holdout/inline_styled_vendor_plus_minus.html": {
        "template": "silkroad3", "url": "http://example.onion/user/silkgrower", "type": "vendor",
        "records": [_vendor("silkgrower", 125, None, None, None)],
    },
    # Vanilla Forums 2/3: vanilla/vanilla applications/vanilla/views/discussion/helper_functions.php
    # (commit 0028c10d, writeComment) and discussion.php: li.Item.ItemComment#Comment_N > div.Comment >
    # div.Item-Header (span.Author > a.PhotoWrap + a.Username[href=/profile/name]), div.Meta >
    # span.MItem.DateCreated > a.Permalink > time[datetime][title], div.Item-Body >
    # div.Message.userContent; the discussion's own post in div.ItemDiscussion above the comments;
    # quotes blockquote.Quote.UserQuote > div.QuoteAuthor "<a>name</a> said:"; div.PageTitle > h1;
    # span.Breadcrumbs; a.Next "»"; no signatures or author stats.
    "holdout/vanilla_discussion.html": {
        "template": "vanilla",
        "url": "http://windowsill.example/discussion/912/overwintering-geraniums-in-a-cold-porch",
        "type": "thread",
        "next": "http://windowsill.example/discussion/912/overwintering-geraniums-in-a-cold-porch/p2",
        "records": [
            {"type": "thread", "title": "Overwintering geraniums in a cold porch"},
            _post("petalpress", "2026-11-17T18:40:00", 0, "My porch drops to four degrees at night.\n"
                  "Will the geraniums survive there until March if I keep them dry?", []),
            _post("rootbound", "2026-11-19T21:12:00", 1,
                  "They will if it stays above freezing. Cut them back by a third first.", ["petalpress"]),
            _post("petalpress", "2026-11-20T08:02:00", 2, "Thanks, I will trim them this weekend.", []),
        ],
    },
    # Discuz! X3 login page: Discuz-X/DiscuzX template/default/member/login.htm (commit e6f3dde7)
    # rendered with its zh-CN phrases ("用户登录"/"登录", "用户名", "密码:", "找回密码", "安全提问",
    # "自动登录", "没有帐号？立即注册"): no English word, no "login" in any visible text.
    "holdout/discuz_login_zh.html": {
        "template": "discuz", "url": "http://qingtai.example/member.php?mod=logging&action=login",
        "type": "login", "records": [],
    },
    # PunBB 1.4: punbb/punbb viewtopic.php (commit 06125458): div.post > div.posthead > h3.post-ident
    # (span.post-num, span.post-byline "Topic by <a>" / "Reply by <a>", span.post-link >
    # a.permalink "Y-m-d H:i:s" or "Yesterday ..."), div.postbody > div.post-author (ul.author-ident
    # li.username a, ul.author-info li "Registered: <strong>..</strong>", "Posts: <strong>..</strong>"),
    # div.post-entry (h4.entry-title "Topic: s" / "Re: s", div.entry-content with the message and
    # div.sig-content); quotes div.quotebox > cite "name wrote:" + blockquote; p.paging "Next".
    "holdout/punbb14_viewtopic.html": {
        "template": "punbb14", "url": "http://rivenwood.example/viewtopic.php?id=88", "type": "thread",
        "next": "http://rivenwood.example/viewtopic.php?id=88&p=2",
        "records": [
            {"type": "thread", "title": "Steaming ash for chair legs"},
            _post("bodgerfinch", "2026-11-17T18:40:12", 0, "How long should a 30 mm ash leg stay in the "
                  "steam box?\nMine cracked on the outside of the bend.", []),
            _post("wedgewright", "2026-11-19T21:15:40", 1,
                  "An hour per inch of thickness, and use a bending strap on the outside.", ["bodgerfinch"]),
            {"type": "author", "name": "bodgerfinch", "post_count": 64, "joined": "2024-02-09"},
            {"type": "author", "name": "wedgewright", "post_count": 2217, "joined": "2018-06-02"},
        ],
    },
}


ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py and the F1 test read


# What the parsers give on the holdout side where it differs from TRUTH, measured once after the
# tune-side work and left as it is (no rule was written for these pages). Key: "kind[i].field".
# Round 4 fixed the four templates missed here (Agartha's label words taken as names and its
# "Feedback (27)" tab, Discuz! X's member links and post markup, PunBB 1.4's author panel and entry
# title in the body, and the Silk Road 3 vendor page read as a listing index, a regression of this
# round) and moved them to ITS tune side (tests/test_parsers_general_r4.py): they were holdout
# here, measured at 0.750 overall, and now read fully, so no known miss is left.
KNOWN_MISSES: dict[str, dict[str, Any]] = {}


test_a_tune_page_gives_its_ground_truth, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = (
    ROUND.tests(KNOWN_MISSES)
)


def test_each_side_scores_its_field_f1() -> None:
    # Contract-field F1 as benchmarks/score_general.py prints it: the tune side is read
    # completely; the holdout side measures generality: 0.646 before this round's changes, 0.750
    # after (measured once); a change that lowers it loses generality. (Round 4 tuned on the
    # missed holdout templates, so this side no longer measures generality: it now reads 1.000.)
    assert overall("tune") == 1.0
    assert overall("holdout") >= 0.75
