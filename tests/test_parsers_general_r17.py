"""parsers.parse_page on round-17 generality pages (tests/data/general_r17): a fully BLIND held-out
set. Ten pages, all on the HOLDOUT side (no tune side: no rule was written for any of them), each
rebuilt from a NAMED PUBLIC SOURCE of its engine's or shop's markup (template files read with the
project's reference search), with fictional names, words and prices put in. Every page is an
engine, template or layout that is in none of rounds 3-16, tests/data/forums_general or
tests/data/markets_general: their directories were listed and grepped for each template's
distinctive class names, and none of thread_post_content, tui_l, forum-post, posttime,
paging_left, forumtable, PricesalesPrice, productdetails-view or browse-view is in them (round 6's
Kunena and round 3's Discuz are other Joomla / PHP boards; round 12's Cotonti is Seditio's
later fork, with other templates). Ten languages (Armenian, Kazakh, Tamil, Albanian, Latvian, Urdu,
Bengali, Slovenian, Macedonian, Azerbaijani); one page in windows-1257.

forums and discussions (thread pages; each has its posts in page order and, where the template
shows them, dates, quotes, author statistics and a next page)
  - an OSIMO FORUM SYSTEM thread, in Armenian: meltingice/Osimo-Forum-System-v2
    os-content/themes/standard/thread.php (div#breadcrumb_trail; div.thread_title with h1 the
    thread's title and h2 its description; per post div.thread_post > div.thread_post_wrap >
    div.thread_post_header (the user icon and the poster's link), div.thread_post_info with
    div.thread_post_avatar and ul.thread_user_info ("<span class="tui_l">Posts:</span> <span
    class="tui_r">N</span>", "Joined:"), div#post_N.thread_post_content_wrap >
    div.thread_post_content with the formatted post; an empty div.thread_post_footer; the postbox
    after the posts). The template shows NO date for a post, so every posted_at is None. The
    quote's markup (div.bbcode_quote with a head "NAME գրել է՝" and a body; the theme links a
    bbcode_styles.css) is invented here, the join date's format (dd.mm.yyyy) chosen here; header,
    footer and postbox are written here.
  - a MAHARA group forum topic, in Albanian: MaharaProject/mahara htdocs/theme/raw/interaction/
    forum/templates/simplepost.tpl (per post a[name=postN]; div.media.forum-post >
    div.forumpostleft.media-left.metadata with the profile icon, div.poster with the profile link
    and div.postcount; div.postedits.media-body with div.forumsubject > h4.title (the subject,
    "Re: ..." on replies), p.posttime.detail with the time and the post's HTML; on an edited post
    div.editstopost with the editor and the edit's time). The nesting of replies (div.postdepth),
    the topic heading (h2.topic-title), the breadcrumb, the group heading, the reply buttons and
    the page frame are written here from memory of Mahara 16-era pages; the post count's text
    ("Postime: 37") and the time format ("17 nëntor 2026, 18:40") are translated / chosen here.
  - a SEDITIO forum thread (the "clouds" skin), in Latvian and in windows-1257: sedteam/Seditio
    skins/clouds/forums.posts.tpl (div#title_back > div#title with the path of links ending in the
    topic's title and span.desc, div#subtitle; table.paging with td.paging_left / paging_center /
    paging_right above and below the posts; table.cells, per post a row of a td rowspan=2 with the
    poster's name in strong, avatar, group, flag and stars, the online image, "N ziņas" (posts) and
    the website, and a right-aligned td "#<post id link> &nbsp; DATE &nbsp; ..."; a row with the
    text and div.signature; the new-post form and the jump box). What the tags expand to (the
    "#1041" post link, the date as Y-m-d H:i, the quote as blockquote with "#ID <strong>NAME
    :</strong><hr />", the page links) is written here from memory of Seditio's functions; the
    strings are translated here.
  - an nZEDb forum post page (the "alpha" theme), in Urdu (right to left): nZEDb/nZEDb
    www/themes/alpha/templates/frontend/forumpost.tpl (h3 linking the forum; h2 the first post's
    subject; table#forumtable with th By / Message; per post a td with the profile link, " on",
    "<span title="CREATEDDATE">DATE</span> (TIMEAGO)" and a td with the message, nl2br'd; the
    reply form). The date shown is Smarty's date_format default ("Nov 17, 2026", in English as
    Smarty gives it), the span's title the full time; the relative "(2 دن پہلے)" is translated.
    The navbar and footer are written here.
forum indexes and interstitials (no records of this contract)
  - nZEDb's FORUM topic list, in Bengali: nZEDb/nZEDb www/themes/alpha/templates/frontend/
    forum.tpl (h1 Forum; the "New Post" link; table.data.highlight#forumtable with Topic / Posted
    By / Last Update / Replies, per topic tr#guidN with the title link and div.hint excerpt, the
    poster with the date span and the relative hint, the last update link, the reply count; the
    new-post form). No pager is shown (one page).
  - an OSIMO forum view, in Tamil: meltingice/Osimo-Forum-System-v2 os-content/themes/standard/
    forum.php (div.category_title h1; table.forum_list with the forum_list_head row and per forum
    tr.forum_list_item (alt_forum on every other) with h1 link and description, "N Threads<br />N
    Posts", the last post's time and "In: <a>"; then "Threads" and table.thread_list with the
    started-by column and views / posts; the template's stray closing div is kept).
  - an OSIMO sign-in page, in Kazakh: meltingice/Osimo-Forum-System-v2 os-content/themes/
    standard/login.php (div#login_wrap > div#login_title h1 "Sign In", div#login_desc h2, form
    #login_form with p.login_label "username" / "password", the inputs and div#login_form_submit).
markets
  - a VIRTUEMART 2 category page, in Slovenian: microwises/virtuemart components/com_virtuemart/
    views/category/tmpl/default.php (div.category_description; form > div.browse-view with h1 the
    category's name, div.orderby-displaynumber and div#bottom-pagination; per product
    div.product.floatleft.width50 > div.spacer > div.width30 (img.browseProductImage, the stock
    icon) and div.width70 > h2 > a the product's name, p.product_s_desc, div.product-price#
    productPriceN with the createPriceDiv blocks, the a.product-details link; rows of two with
    div.horizontal-separator between). createPriceDiv's output (div.PricesalesPrice "Label:
    <span class="PricesalesPrice">3,90 €</span>") and Joomla's pagination list (li.pagination-next)
    are written here from memory; the Beez frame is written here.
  - a VIRTUEMART 2 product page, in Macedonian: microwises/virtuemart components/com_virtuemart/
    views/productdetails/tmpl/default_showprices.php (div.product-price#productPriceN with
    "<strong>Price: </strong>" and the createPriceDiv blocks, here the sales price and the tax
    amount) read; the rest of productdetails/tmpl/default.php (div.productdetails-view >
    div.product-neighbours, div.back-to-category with "Back to: CATEGORY", h1 the name, div.icons,
    div.product-short-description, div.width60 images / div.width40 > div.spacer-buy-area with
    the price, the add-to-cart form, availability and ask-a-question; div.product-description;
    the reviews) and Joomla's breadcrumb are written here from memory of VirtueMart 2.
  - a VIRTUEMART 2 VENDOR page on a fictional onion service (a vendor page), in Azerbaijani:
    microwises/virtuemart components/com_virtuemart/views/vendor/tmpl/details.php
    (div.vendor-details-view > h1 the store's name with div.vendor-image inside it;
    div.vendor-description with the store description and span.values.vm2-FIELD user fields
    each followed by br.clear; the terms-of-service and contact links). No darknet-market clone
    not already used in rounds 3-16 was found in the reference index (a search for market vendor
    profile templates found Agora's saved pages, already used, and articles), so a VirtueMart
    multi-vendor store stands in for a market. The statistics table (member since "14.03.2022",
    sales, "Müsbət rəylər: 98,9%"), the PGP section (pre.pgp-public-key with the armoured key)
    and the feedback list with its count "Rəylər (93)" are written here, not in the source; the
    key is a REAL OpenPGP v4 public key (ed25519) generated for this round in a throwaway GnuPG
    home that was deleted afterwards.

How close each page is to its source: the files named were read for this round and their markup
followed (class names, nesting, order of labels and values); the markup was written here, not
copied. Page frames, translated strings, dates and all content (names, posts, products, prices,
places) are invented for this round; sites and addresses are fictional (.example hosts and one
made-up v3-looking .onion name).

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (512af1f) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 17 --side holdout --misses``): those of 8d38c73 (this session's start), of 9cfe261 (the
structural author reader added), of bdae70f (rounds 13 to 15 mended) and of 8606904 (round 16
mended, the structural reader's false threads first). None had seen this round's pages.

    template               8d38c73  9cfe261  bdae70f  8606904
    mahara_topic_sq          0.000    0.000    0.000    0.000  (nested replies: no post found)
    nzedb_forum_bn           0.000    0.000    0.000    0.000  (a forum index typed other)
    osimo_forum_ta           0.000    0.000    0.000    0.000  (a forum index typed other)
    virtuemart_product_mk    0.000    0.000    0.000    1.000  (an item page by its shape)
    virtuemart_vendor_az     0.000    0.000    0.000    0.833  (a seller's page by its shape)
    nzedb_forumpost_ur       0.000    0.929    0.929    0.929  (posts found by structure)
    seditio_posts_lv         0.629    0.629    0.629    0.629  (windows-1257)
    osimo_thread_hy          0.688    0.688    0.688    0.688
    virtuemart_category_sl   0.929    0.929    0.929    0.929
    osimo_login_kk           1.000    1.000    1.000    1.000
    overall                  0.483    0.560    0.560    0.694

What carried this time were again readers of a page's shape, not fixes of one page: the
structural author reader (+0.077), and of round 16's mends the ones that are readers of a kind
of page (an item page known by the heading the <title> repeats with a lone price below it, a
seller's page known by a block repeating the <title> beside its key, and the guard that keeps a
seller's dated reviews from being read as posts): +0.134. Rounds 13 to 15's mends added nothing
here. Blind scores of the rounds (3 to 17): 0.646, 0.778, 0.714, 0.946, 0.798, 0.699, 0.601,
0.750, 0.857, 0.466, 0.612, 0.538, 0.773, 0.313, and here 0.694 (0.483 at this session's
start).

Its misses were then mended as general mechanisms with test pages of their own (parsers of
5cd51e5; tests/test_parsers_forum_structure.py, tests/test_parsers_market_structure.py): a forum
index known by its table's shape (rows opening with a linked title beside counts or a short
dated cell), posts lined up by their authors' join dates where no post shows a date, a title
that is not a heading linking a page above this one, the rows a poster's cell spans read as one
post, a seller's statistics by the form of their values (the earliest whole date, the one bare
percentage), a price after a discount or a percent-off badge, and vocabulary (Armenian, Latvian
and Albanian labels and months). The round reads 0.944 now, no longer a blind figure; the
values still wrong are in KNOWN_MISSES (Mahara's nested posts' bodies, a quote head in Armenian,
Seditio's last body and an author record). Round 18, blind, measured what these mends carry.

Mends made for round 18's misses, general mechanisms with test pages of their own, read one more
value here: a quote's head line of its own naming a poster of the page whatever its verb
(parsers/post_columns.py named_quote, tests/test_parsers_post_columns.py) reads Osimo's quote
"Aram_Petrosyan գրել է՝": 0.944 -> 0.949. Then a CSS framework's text utility class
("text-right" on the reply buttons' bar, "text-muted") is no post body's class
(parsers/post_parts.py), and a note under a post's words naming the member who changed it and
when, set apart (a classed element or one under a rule), is its frame (parsers/post_notes.py,
tests/test_parsers_post_notes.py): Mahara's three bodies, 0.949 -> 0.980. Of a post's parts as
deep and holding nearly as many words, the wordier is its words (parsers/post_parts.py
wordiest_part, tests/test_parsers_post_parts.py): Seditio's last body, not the panel's line of a
count and a home page's address, and with it Jānis_B's post count: 0.980 -> 1.000.

Truth amended this session for the forum-index convention (topic lists carry their topics as
Thread records, as the lab's forum-index pages do; a board list carries none): osimo_forum_ta's
topic table (its two threads, not its two sub-forums) and nzedb_forum_topics_bn's three topics.
The blind figures above are of the truth before this amendment.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.general_rounds import NOW, Round, _author, _listing, _post, _vendor, v4_fingerprint

DATA = Path(__file__).parent / "data" / "general_r17"

_SEDITIO = "http://darznieki.example/"
_NZEDB = "http://khabarnama.example/"
_VM_SL = "https://zeliscarna-pri-mojci.example/trgovina/caji-in-zelisca"
_ONION = "http://toxumbazarq5k3vn7r2wyzhf4l6pd2ms7cjqa4e5gk3nfb6xuvo2rbtd.onion"
_FINGERPRINT = "5A955124B1F136FA9615ED4D4509B89E15FCDE87"

#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {"holdout/seditio_forums_posts_lv_cp1257.html": "windows-1257"}

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # Osimo thread, Armenian: h1 the title (h2 is its description). No date is shown for any post
    # (the template has none), so posted_at is None throughout. The second post quotes the first
    # (div.bbcode_quote "Aram_Petrosyan գրել է՝"). Statistics: "Գրառումներ՝ 148" posts,
    # "Միացել է՝ 12.03.2019" joined (dd.mm.yyyy). No next page.
    "holdout/osimo_thread_hy.html": {
        "template": "osimo_thread_hy", "url": "http://aygegortsner.example/thread.php?id=214",
        "type": "thread",
        "records": [
            {"type": "thread", "title": "Ինչպես պահել խնձորը ձմռանը նկուղում"},
            _post("Aram_Petrosyan", None, 0,
                  "Անցյալ տարի նկուղում պահած խնձորների կեսը փտեց մինչև փետրվար։\nԱրկղերը դրել էի "
                  "իրար վրա, առանց օդափոխության։ Ի՞նչ եք խորհուրդ տալիս։", []),
            _post("Gayane_M", None, 1,
                  "Յուրաքանչյուր խնձոր փաթաթեք թղթի մեջ և արկղերի միջև թողեք բաց տարածություն։ "
                  "Ջերմաստիճանը պահեք երկուսից չորս աստիճանի սահմաններում։", ["Aram_Petrosyan"]),
            _post("Aram_Petrosyan", None, 2, "Շնորհակալություն, այսօր բոլոր արկղերը վերադասավորեցի։", []),
            _author("Aram_Petrosyan", 148, "2019-03-12"),
            _author("Gayane_M", 1032, "2015-08-04"),
        ],
    },
    # Osimo sign-in, Kazakh: user name, password, "Кіру".
    "holdout/osimo_login_kk.html": {
        "template": "osimo_login_kk", "url": "http://bau-baqsha.example/login.php", "type": "login",
        "records": [],
    },
    # Osimo forum view, Tamil: two sub-forums and two threads with their counts; the two threads are
    # its records (Thread, truth amended for the convention), the sub-forums none.
    "holdout/osimo_forum_ta.html": {
        "template": "osimo_forum_ta", "url": "http://thottam-manram.example/forum.php?id=2",
        "type": "forum_index", "records": [
            {"type": "thread", "title": "மாடியில் மண் தொட்டிகளின் எடை"},
            {"type": "thread", "title": "சொட்டு நீர்ப் பாசனக் குழாய் அடைப்பு"},
        ],
    },
    # Mahara topic, Albanian: h2.topic-title (the first post's subject is the same; h1 is the
    # group's name). "Re: ..." subjects, "Postime: N", the reply buttons and the edit list ("Ndryshime
    # në këtë postim", the editor and the edit's time 21:32) are not body, nor the post's date.
    # Replies are nested, not quoted. "Postime: 37" / "212" are post counts; no join date shown.
    "holdout/mahara_forum_topic_sq.html": {
        "template": "mahara_topic_sq", "type": "thread",
        "url": "https://portofoli.shkolla-korce.example/interaction/forum/topic.php?id=512",
        "records": [
            {"type": "thread", "title": "Grabitja e koshereve në vjeshtë"},
            _post("Arben Hoxha", "2026-11-17T18:40:00", 0,
                  "Këtë vjeshtë bletët e mia po grabitin koshere të dobëta.\nA duhet ta ngushtoj hyrjen e "
                  "koshereve apo t'i bashkoj familjet e dobëta?", []),
            _post("Drita Leka", "2026-11-19T21:15:00", 1,
                  "Ngushtoje hyrjen menjëherë në gjerësinë e një blete. Mos e lër shurupin jashtë "
                  "koshereve, se kjo i thërret grabitëset.", []),
            _post("Arben Hoxha", "2026-11-20T08:02:00", 2,
                  "Faleminderit, Drita! Sot në mëngjes grabitja pushoi.", []),
            _author("Arben Hoxha", 37, None),
            _author("Drita Leka", 212, None),
        ],
    },
    # Seditio thread, Latvian, windows-1257: the title is the last link of div#title's path;
    # "#1041" are post ids, not indexes; dates Y-m-d H:i. The second post quotes the first
    # (blockquote "#1041 Jānis_B :"). Signatures, "Ziņot", the group and "N ziņas" are not body;
    # "318 ziņas" / "1290 ziņas" are post counts, no join date shown. "Nākamā >" to d=15.
    "holdout/seditio_forums_posts_lv_cp1257.html": {
        "template": "seditio_posts_lv", "url": _SEDITIO + "forums.php?m=posts&q=77", "type": "thread",
        "next": _SEDITIO + "forums.php?m=posts&q=77&d=15",
        "records": [
            {"type": "thread", "title": "Ābeļu potēšana pavasarī"},
            _post("Jānis_B", "2026-11-17T18:40:00", 0,
                  "Man ir trīs vecas ābeles, kuras gribu pārpotēt uz ziemcietīgākām šķirnēm.\nVai potzarus "
                  "jāgriež jau decembrī, vai var pagaidīt līdz martam?", []),
            _post("Ilze_K", "2026-11-19T21:15:00", 1,
                  "Potzarus griez, kad koki ir miera stāvoklī, bet pirms lielā sala. Glabā tos pagrabā "
                  "mitrās smiltīs līdz potēšanai aprīlī.", ["Jānis_B"]),
            _post("Jānis_B", "2026-11-20T08:02:00", 2,
                  "Paldies! Rīt nogriezīšu potzarus un ielikšu smiltīs.", []),
            _author("Jānis_B", 318, None),
            _author("Ilze_K", 1290, None),
        ],
    },
    # nZEDb forum post, Urdu: h2 the subject. Each post shows "Nov 17, 2026" (date_format) with
    # the full time in the span's title and a relative "(2 دن پہلے)"; the truth takes the title's
    # time, which the date and the relative text agree with. " بتاریخ" ("on") and the form are not
    # body. No quote, statistics or next page.
    "holdout/nzedb_forumpost_ur.html": {
        "template": "nzedb_forumpost_ur", "url": _NZEDB + "forumpost/318", "type": "thread",
        "records": [
            {"type": "thread", "title": "بالکونی میں ٹماٹر اگانے کے لیے مٹی کا مرکب"},
            _post("faisal_r", "2026-11-17T18:40:00", 0,
                  "میں بالکونی میں گملوں میں ٹماٹر اگانا چاہتا ہوں۔\n"
                  "مٹی، کھاد اور ریت کا کیا تناسب بہتر رہے گا؟", []),
            _post("nadia.k", "2026-11-19T21:15:00", 1,
                  "آدھی باغ کی مٹی، ایک چوتھائی گلی سڑی کھاد اور ایک چوتھائی ریت ملائیں۔ گملے کے نیچے پانی "
                  "نکلنے کا سوراخ ضرور رکھیں۔", []),
            _post("faisal_r", "2026-11-20T08:02:00", 2, "شکریہ، آج شام ہی مٹی تیار کر لوں گا۔", []),
        ],
    },
    # nZEDb topic list, Bengali: three topics, their Thread records (truth amended for the
    # convention); no pager.
    "holdout/nzedb_forum_topics_bn.html": {
        "template": "nzedb_forum_bn", "url": "http://sangbadpata.example/forum", "type": "forum_index",
        "records": [
            {"type": "thread", "title": "ছাদবাগানে লাউ গাছের পাতা হলুদ হয়ে যাচ্ছে"},
            {"type": "thread", "title": "কেঁচো সার তৈরির সহজ পদ্ধতি"},
            {"type": "thread", "title": "টবে মরিচ গাছের জন্য কত বড় টব লাগে"},
        ],
    },
    # VirtueMart category, Slovenian: four products, prices in euro ("3,90 €"); the third shows
    # "Osnovna cena z DDV: 6,20 €" (base price), "Prodajna cena s popustom: 5,27 €", "Prodajna cena:
    # 5,27 €" (the sales price, primary) and "Popust: -0,93 €". As for rounds 11-16's grids, no
    # card names its category (the h1 "Čaji in zelišča" heads the page), so none is expected.
    # "Naprej" (li.pagination-next) to results,5-8.
    "holdout/virtuemart_category_sl.html": {
        "template": "virtuemart_category_sl", "url": _VM_SL, "type": "listing_index",
        "next": _VM_SL + "/results,5-8",
        "records": [
            _listing("Kamilični čaj, 50 g", 3.9, "EUR", None, None, None, None),
            _listing("Melisa, suha zel, 40 g", 4.5, "EUR", None, None, None, None),
            _listing("Lipov cvet, 30 g", 5.27, "EUR", None, None, None, None),
            _listing("Poprova meta, 50 g", 4.1, "EUR", None, None, None, None),
        ],
    },
    # VirtueMart product, Macedonian: h1 the name; "Продажна цена: 1.450,00 ден." the price, MKD
    # ("Износ на ДДВ: 221,19 ден." is the tax in it); the category "Керамика" (the back-to-category
    # link and the breadcrumb's item before the product); the neighbours' names are other products;
    # no vendor, no places ("Испорака за 3-5 работни дена" names none).
    "holdout/virtuemart_product_mk.html": {
        "template": "virtuemart_product_mk", "type": "listing",
        "url": "https://grncari-vevcani.example/prodavnica/keramika/gjume-za-voda-2-litri-detail",
        "records": [_listing("Керамичко ѓуме за вода, 2 литри", 1450.0, "MKD", None, "Керамика", None, None)],
    },
    # VirtueMart vendor on an onion, Azerbaijani: h1 "Yaşıl Vadi Toxumları"; "Rəylər (93)" the
    # number of feedback ("Satışlar: 412" sales are not); "Müsbət rəylər: 98,9%" the positive
    # share; "Üzv olub: 14.03.2022" member since (dd.mm.yyyy); the armoured key's fingerprint.
    "holdout/virtuemart_vendor_pgp_az.html": {
        "template": "virtuemart_vendor_az", "type": "vendor",
        "url": _ONION + "/index.php?option=com_virtuemart&view=vendor&layout=details&virtuemart_vendor_id=7",
        "records": [_vendor("Yaşıl Vadi Toxumları", 93, 98.9, "2022-03-14", _FINGERPRINT)],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers give on the holdout side where it differs from TRUTH: measured once, blind
# (parsers of 8606904; see the module docstring), then mended as general mechanisms; what the
# parsers of 5cd51e5 still give wrong. Key: "kind[i].field" (or "page_type").
KNOWN_MISSES: dict[str, dict[str, Any]] = {
}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(1.0)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
test_every_post_body_is_written_on_its_page_line_by_line = ROUND.bodies_on_its_page(ENCODINGS)
test_every_address_of_the_truth_and_the_pages_is_a_fictional_host = ROUND.fictional_hosts(ENCODINGS)
_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)


_text = ROUND.page_text(ENCODINGS)
_posts = ROUND.records_of("post")


def test_at_least_six_pages_carry_records_of_threads_or_market_pages() -> None:
    with_records = [p for p, t in TRUTH.items() if t["records"] and t["type"] in {
        "thread", "listing", "listing_index", "vendor"}]
    assert len(with_records) >= 6


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)


def test_the_osimo_thread_shows_no_post_date_and_its_statistics_are_the_truths() -> None:
    page = "holdout/osimo_thread_hy.html"
    text = _text(page)
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b|\d\d:\d\d", text)
    assert all(p["posted_at"] is None for p in _posts(page))
    stats = re.findall(r'Գրառումներ՝</span> <span class="tui_r">(\d+)</span></li>\s*<li><span class="tui_l">'
                       r'Միացել է՝</span> <span class="tui_r">(\d\d)\.(\d\d)\.(\d{4})</span>', text)
    shown = {(int(n), f"{y}-{m}-{d}") for n, d, m, y in stats}
    assert shown == {(r["post_count"], r["joined"]) for r in TRUTH[page]["records"] if r["type"] == "author"}


def test_the_mahara_post_times_are_the_ones_the_truth_gives_and_not_the_edit_time() -> None:
    page = "holdout/mahara_forum_topic_sq.html"
    times = re.findall(r'<p class="posttime detail">\s*(\d+) nëntor (\d{4}), (\d\d:\d\d)', _text(page))
    assert [f"{y}-11-{int(d):02d}T{hm}:00" for d, y, hm in times] == [p["posted_at"] for p in _posts(page)]


def test_the_seditio_dates_are_the_ones_the_truth_gives() -> None:
    page = "holdout/seditio_forums_posts_lv_cp1257.html"
    stamps = re.findall(r"</a> &nbsp;\s*(\d{4}-\d\d-\d\d) (\d\d:\d\d) &nbsp;", _text(page))
    assert [f"{d}T{hm}:00" for d, hm in stamps] == [p["posted_at"] for p in _posts(page)]


def test_the_nzedb_titles_dates_and_relative_times_agree_with_the_truth() -> None:
    # Independent of the parsers: the span's title, the date shown and "(N دن/گھنٹے پہلے)" against
    # the harness's NOW name the same instant (the relative text rounded down) for every post.
    page = "holdout/nzedb_forumpost_ur.html"
    now = datetime.strptime(NOW, "%Y-%m-%dT%H:%M:%SZ")
    rows = re.findall(r'<span title="([^"]+)">([A-Z][a-z]{2} \d+, \d{4})</span> \((\d+) (دن|گھنٹے) پہلے\)',
                      _text(page))
    assert [datetime.strptime(t, "%Y-%m-%d %H:%M:%S").strftime("%Y-%m-%dT%H:%M:%S") for t, *_ in rows] == [
        p["posted_at"] for p in _posts(page)]
    for title, shown, n, unit in rows:
        at = datetime.strptime(title, "%Y-%m-%d %H:%M:%S")
        assert datetime.strptime(shown, "%b %d, %Y").date() == at.date()
        ago = now - at
        assert (ago.days if unit == "دن" else ago.seconds // 3600) == int(n), (title, n, unit)
        assert unit == "دن" or ago < timedelta(days=1)


def test_the_vendor_page_carries_a_real_v4_key_whose_fingerprint_is_the_truth() -> None:
    page = "holdout/virtuemart_vendor_pgp_az.html"
    block = re.search(r"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=[A-Za-z0-9+/]{4}\n"
                      r"-----END PGP PUBLIC KEY BLOCK-----", _text(page), re.S)
    assert block is not None
    assert v4_fingerprint(block.group(1)) == _FINGERPRINT == TRUTH[page]["records"][0]["pgp_fingerprint"]


def test_the_seditio_page_is_windows_1257_and_says_so() -> None:
    raw = (DATA / "holdout" / "seditio_forums_posts_lv_cp1257.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'content="text/html; charset=windows-1257"' in raw
    assert "Ābeļu potēšana".encode("windows-1257") in raw
