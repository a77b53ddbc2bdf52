"""parsers.parse_page on round-23 generality pages (tests/data/general_r23): a fully BLIND held-out
set shaped like the dark web the tool is for. Ten pages, all on the HOLDOUT side (no tune side: no
rule was written for any of them), each rebuilt from a NAMED PUBLIC SOURCE of its engine's markup
where one was found (read with the project's reference search), else written from memory of
public descriptions and said so, with fictional names, words and prices put in. Five forum pages
(three threads, a DDoS-guard queue and a login with a text captcha) and five market pages (two
grids of cards, two listings, one vendor with a real PGP key).

Every page is an engine, template or layout in none of rounds 3-22, tests/data/forums_general or
tests/data/markets_general: their directories were listed and grepped for each template's names
and distinctive class names, and none of opCell, innerOP, postCell, labelCreated, linkName,
divMessage, quoteLink, greenText, labelSubject (LynxChan), replynum, replytext, postername,
allreplies (the Kareha-style textboard), nor the invented prefixes kd- (Kadhi Dare), qg- (the
queue), wl- (the Wolof login), em- (the Empire-style grid), hk- (the Cannazon-style grid), bz-
(the ToRReZ-style listing), gj- (the Dark0de-style listing) or mp- (the Monopoly-style vendor) is
in them, nor the words LynxChan, Kareha, Empire, ToRReZ, Cannazon, Dark0de or Monopoly. Generic
names shared with other engines were found and are no sign of the same template: thread, reply,
postcount (vichan, AsmBB, HN, Kunena), postInfo (forums_general/dread.html's post header, and
LynxChan's), imgLink (SMF 2), header, title, logo, on. forums_general/dread.html is a Dread page:
that is why this round has no Dread-like page (the brief's example), and a textboard instead.
Queue pages of other styles are in rounds 3 and 8 (EndGame), 11 (Bohemia's DDoS defender) and 20
(a waiting room): this round's queue shares no class name or wording with them.
tests/data/realpages_truth.json names a saved real Empire search page (in ../shared/realpages,
not a round; it was not opened for this round).
Eight languages none of rounds 3-22 used (Javanese, Guarani, Shona, Tongan, Wolof, Hawaiian,
Breton, Gujarati: their docstrings were grepped for each), plus English on two pages.
One page is in WINDOWS-1252 (Microsoft's Western code page): no round used it (the pages were
grepped for every declared charset; rounds 15 and 18 are ISO-8859-1 / ISO-8859-15, which differ
from it in 0x80-0x9F), declared by its http-equiv meta; its Breton page writes "€" (0x80), the
apostrophe "’" (0x92) of "Marc’had", the dash "–" (0x96) and "›" (0x9B) with the code page's own
points, no numeric references.

forums (thread pages; each has its posts in page order and, where the template shows them, dates,
quotes, author statistics and a next page)
  - a LYNXCHAN thread (the Node.js imageboard engine several onion chans run, e.g. Endchan),
    in Javanese: lleaff/LynxChanFront build/templates/cmp/op.html and cmp/post.html (read: the
    engine fills elements by class: deletionCheckBox, labelSubject, linkName, labelRole, spanId >
    labelId, labelCreated, linkSelf "No." + linkQuote, divMessage, labelLastEdit; divPosts after
    the OP) and an unnamed excerpt of a LynxChan front-end's thread.js found with the reference
    search (read: its postCellTemplate div.innerPost > div.postInfo.title, span.panelBacklinks,
    "noEmailName" added to linkName without an e-mail, the checkbox named BOARD-THREAD-POST, and
    formatDateToDisplay writing UTC "MM/DD/YYYY (Wkd) HH:MM:SS" with English weekdays). The
    page frame (div.opCell / div.postCell wrappers, div.innerOP, div.opHead, the upload cell, the
    nav and the deletion form) is from memory of LynxChan's default front-end; a.quoteLink
    "&gt;&gt;N" and span.greenText are from memory. Named posters (no "Anonymous" but "Anonim").
  - a KAREHA-STYLE TEXTBOARD thread (the 2channel-like text boards several onion services run),
    in Guarani: an unnamed excerpt of a Kareha-style textboard's thread template found with the
    reference search (read: div.thread > h2 > a rel=nofollow SUBJECT span.postcount "(N)";
    div.replies > div.allreplies > div.reply > h3 (span.replynum, "Name:", span.postername,
    span.postertrip, ": DATE"), div.replytext). The head, navigation, style switcher, the reply
    form and the "&gt;&gt;N" reply links are from memory of Kareha; the date "2026-11-17 18:40"
    (no seconds) is a choice here. The label "Name" is "Téra" here.
  - a custom PHP forum of a fictional carding/hacking community ("Kadhi Dare", Shona), written
    from memory of such boards (dark theme, mirror address in the top bar, the rules banner "no
    trading here, use PGP", a table per post with the nick, a rank badge, the avatar and a list of
    posts / reputation / joined, the cited block "NAME akanyora:" (NAME wrote:), an edit line, a
    signature). Its content is mundane: members discuss the site's new dark design. Dates are
    RELATIVE: "nezuro, 22:14" (yesterday), "nhasi, 08:05" (today) and "maawa maviri apfuura"
    (2 hours ago), which resolve against the capture time NOW; "Akapinda: 14 Kurume 2024"
    (joined, Shona month names) and "Zvinyorwa: 412" (posts). Every class name is invented.
forum interstitials (no records of this contract)
  - a DDoS-GUARD QUEUE in front of a fictional onion market ("Maketi Moana"), in Tongan: written
    from memory of such onion queue pages (no JavaScript; a meta refresh every 15 seconds, the
    position in the line "37 mei he 212", a bar, the estimated wait, the warning not to refresh,
    a ticket); the ASCII-art logo in a pre. Every class name is invented.
  - a LOGIN WITH A TEXT CAPTCHA ("Jàngu Bi", a fictional forum), in Wolof: written from memory
    (user name, password, a question to answer in letters "how much is five plus two?", its
    hidden question id and the two-minute validity, remember-me, the forgotten-password link).
markets (all written from memory of public descriptions of darknet-market layouts; every shop,
vendor, product, price and class name is invented; only innocuous goods: tea, books, crafts)
  - an EMPIRE-STYLE search grid ("Hearth Market"), in English: the rates bar, the account bar with
    the balance, the search sidebar with ships-from and sort, four cards (title, "Sold by NAME
    (527) 99.2%", category, ships from / to, "USD 18.50" with the XMR conversion "0.05291 XMR"
    beside it, escrow and level tags), the pager with "Next ›". The footer says the prices are SET
    in USD and converted: USD is the price a human reads. One card sells a bulk lot for
    "USD 1,240.00" (a comma between thousands).
  - a CANNAZON-STYLE category grid ("Mākeke ʻUlu"), in Hawaiian: h1 the category with the count,
    the sort links, three cards (h4 name, "na NAME" (by) with a star average, "Hoʻouna ʻia mai:"
    (shipped from), "0.00125 BTC" with "≈ $76.55" below), "ʻAoʻao 1 o 1" (page 1 of 1).
  - a TORREZ-STYLE listing ("Marc’had an Arvor"), in Breton and WINDOWS-1252: the breadcrumbs, h1
    the title, a facts table: "Priz" 0,1102 XMR (a decimal comma), "E euroioù" (in euros) "war-dro
    38,50 €" (about), "Gwerzher" (seller) with its count and share, "Rummad" (category), "Kaset
    eus" / "Kaset da" (shipped from / to), escrow, stock; the shipping select with "+0,0140 XMR".
  - a DARK0DE-STYLE listing ("કાપડ બજાર"), in Gujarati: the trail, h2 the title, the price box
    "0.00052 BTC" over "≈ ₹ 3,650", a dl of seller (level, "99% હકારાત્મક" positive), category,
    ships from / to, escrow and multisig, sales; the shipping select; the feedback table with
    relative times ("2 દિવસ પહેલાં", "ગઈકાલે", "3 કલાક પહેલાં").
  - a MONOPOLY-STYLE vendor page ("Quarry Market"), in English: the chips (trusted, escrow only,
    level), "Online: yesterday, 21:40" (the last visit), a table of "Member since: 14th March
    2024", completed orders, "Feedback received: 527", "Positive feedback: 99.2%", "Average stars:
    4.96 / 5" (no percentage), disputes, ships from; the tabs, the about text, the armoured key and
    the latest feedback. The key is a REAL OpenPGP v4 public key (ed25519) generated for this
    round with gpg in a throwaway GnuPG home under /tmp that was deleted afterwards.

How close each page is to its source: the files named as read were read for this round (with the
project's reference search) and their markup followed (class names, nesting, order of labels and
values); the markup was written here, not copied. Page frames, translated strings, dates and all
content (names, posts, products, prices, places) are invented for this round; sites and addresses
are fictional (.example hosts and made-up 56-character .onion names; www.w3.org appears only as a
vocabulary name in a doctype / xmlns, never fetched).

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (d3b1a11) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 23 --side holdout --misses``): those of b317820 (this session's start), of 52b0ffd
(rounds 17 and 18 mended), of a79b261 (dates read with the Unicode CLDR's words), of 130e59f
(round 19's runs of table rows), of d3b1a11 and f3b4dff (rounds 19 and 20 mended in part, then
whole) and of db6101f (rounds 21 and 22 mended too: this session's last). None had seen this
round's pages; every helper of this session kept it out of every scan.

    template                      b317820  a79b261  db6101f
    kareha_textboard_gn             0.000    0.000    0.000  (a textboard's posts: none found)
    kadhidare_thread_sn             0.067    0.723    0.824  (Shona dates by the CLDR; panels in bodies)
    torrezstyle_listing_br          0.667    0.667    0.857  (places by the CLDR's country names)
    darkodestyle_listing_gu         0.769    0.769    0.933  (the same)
    lynxchan_thread_jv              0.872    0.872    0.872  (">>N" quotes, greentext in bodies)
    cannazonstyle_category_grid     0.897    0.897    0.897  (places of the cards)
    empirestyle_search_grid_en, jangubi_login_wo, moanaguard_queue_to, monopolystyle_vendor_en 1.000
    overall                         0.725    0.809    0.848

The other sets: 52b0ffd 0.725, 130e59f 0.824, d3b1a11 0.828, f3b4dff 0.828. The mechanisms that
carried to this never-seen round are vocabularies drawn from a general source (the CLDR's month
names and relative days read a custom forum in Shona, its country names two listings' places)
and one structural reader (runs of table rows); the round-by-round mends of single templates
added little. Blind scores of the rounds (3 to 23): 0.646, 0.778, 0.714, 0.946, 0.798, 0.699,
0.601, 0.750, 0.857, 0.466, 0.612, 0.538, 0.773, 0.313, 0.694, 0.684, 0.376, 0.578, 0.517, 0.514
and here 0.848 (0.725 at this session's start). KNOWN_MISSES holds every wrong value of db6101f.
This round is BLIND: do not tune the parsers on its pages; mend a miss only as a general
mechanism, with test pages of its own, and say so here.

Mended after its blind measure, each miss by a general mechanism with test pages of its own
(next session, 01f0c1e to 3c78571): imageboards and textboards read as numbered posts with '>>N'
quotes and greentext (parsers.numbered_posts, parsers.board_refs), a poster's panel and a box
quoting 'NAME word:' known by their shape (parsers.poster_panels, parsers.named_boxes), a card's
places as CLDR countries or an origin-classed value (parsers.card_places), a category as a
breadcrumb's last step (parsers.crumb_trail), a seller as a link shown with its positive share
(parsers.stats_seller): 0.848 -> 0.996. Left: the third Kadhi Dare post's date, 'maawa maviri
apfuura' (two hours ago in words): Babel carries no spellout of number words.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.general_rounds import NOW_TIME, Round, _author, _listing, _post, _vendor, v4_fingerprint

DATA = Path(__file__).parent / "data" / "general_r23"

_TEH = "http://tehjawadicmyd7wpgmjilotl47zewwsm4z45jhed3eirn3hrfuc6xpvu.onion"
_KAA = "https://nheenga-kaa.example/ka/res/1763402400.html"
_KADHI = "http://kadhidareohzswktekiqmtial4uaxmp7rw4yla3ml3bjby7loerw5nik.onion"
_MOANA = "http://moanaqo237cg44wralvxrg53r5zl3r6tueuwh7j7jz5xre3ekjmgxtjc.onion"
_HEARTH = "http://hearthmruvg7kummtytqnp4vtpbdm2dycwor2cv3dlwcfr4yicbahxff.onion"
_ULU = "http://ulumkt5t5n5kqtofiiaxw24zwcqi6ryfa653ak7dhg3pepryhr7gehji.onion"
_ARVOR = "http://arvorqe3sqs5g6hnir54jgj3sgmybgovy65g4cbheivgezra4bkaftq5.onion"
_KAPAD = "http://kapadbzrxhyesle2rbqudliy4frfrazpannyl2bgfskbuko6ixed7ep5.onion"
_QUARRY = "http://quarrym4wqxlnefu3v3gjnfpdozc63ynkzyo4jfgcofjzpub36cmty5u.onion"
_FINGERPRINT = "B90BF8D26196EADE2B82D91B5428FBD46BC6BE50"

#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {"holdout/torrezstyle_listing_br_cp1252.html": "windows-1252"}

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # LynxChan thread, Javanese: the OP's span.labelSubject is the title; names in a.linkName
    # ("Anonim" is a poster's shown name); times from span.labelCreated (UTC, "11/18/2026 (Wed)
    # 07:41:16"). "&gt;&gt;2087" / "&gt;&gt;2091" are quotes of those posts' authors; the greentext
    # "&gt;seduhen sak teko gedhe saben esuk" repeats post 2091's words, a quote, not body; the
    # backlinks in the headers are no quotes. No statistics, no next page.
    "holdout/lynxchan_thread_jv.html": {
        "template": "lynxchan_thread_jv", "url": _TEH + "/teh/res/2087.html", "type": "thread",
        "records": [
            {"type": "thread", "title": "Teh tubruk utawa teh celup kanggo warung?"},
            _post("Mas Bagong", "2026-11-18T07:41:16", 0,
                  "Aku arep mbukak warung wedang cilik ing ngarep omah.\n"
                  "Luwih becik nganggo teh tubruk utawa teh celup supaya ora kesuwen ngladeni wong tuku?",
                  []),
            _post("Anonim", "2026-11-18T09:03:52", 1,
                  "Teh tubruk, nanging seduhen sak teko gedhe saben esuk.\n"
                  "Wong tuku mung ngenteni sak menit, rasane luwih kenthel.", ["Mas Bagong"]),
            _post("Mas Bagong", "2026-11-19T20:17:09", 2,
                  "Apik iki, matur nuwun. Tehe ora dadi pait yen didiamke nganti sore?", ["Anonim"]),
            _post("Mbok Darmi", "2026-11-20T06:55:30", 3,
                  "Pisahen ampase sawise setengah jam, dadi ora pait.\n"
                  "Aku wis dodolan teh limang taun kaya ngono.", ["Mas Bagong"]),
        ],
    },
    # Kareha-style textboard, Guarani: the h2's subject is the title ("(3)" the reply count);
    # span.postername the names; "2026-11-17 18:40" the dates; "&gt;&gt;1" / "&gt;&gt;2" quote
    # those replies' authors; the IDs are not body. No statistics, no next page.
    "holdout/kareha_textboard_read_gn.html": {
        "template": "kareha_textboard_gn", "url": _KAA, "type": "thread",
        "records": [
            {"type": "thread", "title": "Pohã ñana tereré-pe guarã"},
            _post("Karai Ñandu", "2026-11-17T18:40:00", 0,
                  "Mba'éichapa opavavépe. Mba'e pohã ñana pemoinge pende tereré-pe ára hakúpe?\n"
                  "Che aiporu kokũ ha menta, ha katu aheka ambue.", []),
            _post("Kuña Poty", "2026-11-18T10:22:00", 1,
                  "Eipuru cedrón ha burrito. Hyakuã porã ha ipiro'y.", ["Karai Ñandu"]),
            _post("Karai Ñandu", "2026-11-19T21:05:00", 2, "Aguyje! Ko'ẽrõ ajogua mercado-pe.",
                  ["Kuña Poty"]),
        ],
    },
    # Kadhi Dare (custom PHP forum), Shona, on an onion: h1.kd-ttl the title. "nezuro, 22:14" is
    # yesterday, "nhasi, 08:05" today, "maawa maviri apfuura" two hours before NOW. The second and
    # third posts cite Tsuro_Admin and mbada77 ("NAME akanyora:"); the edit line ("Yakagadziriswa
    # na ...") and the signatures are not body, nor ranks or reputation ("Mukurumbira: +35").
    # "Zvinyorwa" posts, "Akapinda" joined (Ndira = January, Kurume = March, Gunyana = September).
    # "Inotevera »" (next) to ?page=2.
    "holdout/kadhidare_thread_sn.html": {
        "template": "kadhidare_thread_sn", "url": _KADHI + "/t/5521", "type": "thread",
        "next": _KADHI + "/t/5521?page=2",
        "records": [
            {"type": "thread", "title": "Dhizaini itsva yesaiti — mafungiro enyu?"},
            _post("Tsuro_Admin", "2026-11-19T22:14:00", 0,
                  "Takachinja dhizaini yeforamu kuita yakasviba.\n"
                  "Taurai kana paine chisingaverengeke zvakanaka.", []),
            _post("mbada77", "2026-11-20T08:05:00", 1,
                  "Ndinoifarira. Asi mavara emazuva madiki zvikuru pafoni.", ["Tsuro_Admin"]),
            _post("nhunzi_dev", "2026-11-20T10:00:00", 2,
                  "Ndazvigadzirisa: mavara ave makuru pafoni.\n"
                  "Bvisai cache kana muchiri kuona ekare.", ["mbada77"]),
            _author("Tsuro_Admin", 3118, "2021-01-02"),
            _author("mbada77", 412, "2024-03-14"),
            _author("nhunzi_dev", 57, "2025-09-09"),
        ],
    },
    # The DDoS-guard queue, Tongan: "Kātaki ʻo tatali" (please wait), the place in the line, the
    # estimated wait, a 15-second refresh: the site holds the visitor back; no records.
    "holdout/moanaguard_queue_to.html": {
        "template": "moanaguard_queue_to", "url": _MOANA + "/", "type": "ddos_protection", "records": [],
    },
    # Jàngu Bi login, Wolof: user name, password and a question to answer ("Duggu", log in): a
    # login form (the text captcha is part of it); no records.
    "holdout/jangubi_login_textcaptcha_wo.html": {
        "template": "jangubi_login_wo", "url": "https://jangu-bi.example/login?next=/t/418",
        "type": "login", "records": [],
    },
    # Empire-style search grid, English: four cards, prices set in USD ("USD 18.50"; the XMR beside
    # each is a conversion); "Sold by NAME" the vendor ("(527) 99.2%" its feedback), "Category:"
    # the category, "Ships from:" / "Ships to:" the places ("United Kingdom, Ireland" two).
    # "Next ›" to page 2.
    "holdout/empirestyle_search_grid_en.html": {
        "template": "empirestyle_search_grid_en", "url": _HEARTH + "/search?q=tea", "type": "listing_index",
        "next": _HEARTH + "/search?q=tea&page=2",
        "records": [
            _listing("Darjeeling first flush, loose leaf, 100 g", 18.5, "USD", "Lantern_Teahouse", "Tea",
                     "United Kingdom", ["Worldwide"]),
            _listing("Hand-thrown tea bowl, celadon glaze", 42.0, "USD", "KilnAndLeaf", "Pottery",
                     "Netherlands", ["European Union"]),
            _listing("The Book of Tea (1906), clothbound reprint", 9.75, "USD", "OldPagesUK", "Books",
                     "United Kingdom", ["United Kingdom", "Ireland"]),
            _listing("Sencha sampler, 5 x 20 g", 1240.0, "USD", "Lantern_Teahouse", "Tea",
                     "United Kingdom", ["Worldwide"]),
        ],
    },
    # Cannazon-style category grid, Hawaiian: three cards in BTC ("≈ $76.55" below each is a
    # conversion); "na NAME" (by) the vendor; "Hoʻouna ʻia mai:" (shipped from) the place. The
    # cards name no category (the h1 "Nā Hana Lima" heads the page), no ships-to; one page only.
    "holdout/cannazonstyle_category_grid_haw.html": {
        "template": "cannazonstyle_category_grid_haw", "url": _ULU + "/category/hana-lima",
        "type": "listing_index",
        "records": [
            _listing("Pāpale lauhala, ulana lima", 0.00125, "BTC", "Puna_Ulana", None, "Hawaiʻi", None),
            _listing("Moena lauhala liʻiliʻi, 60 x 90 knm", 0.0021, "BTC", "Puna_Ulana", None, "Hawaiʻi",
                     None),
            _listing("Kapa kuiki uluʻulu, 1.5 mika", 0.0164, "BTC", "Kuiki_Hale", None, "Kaleponi", None),
        ],
    },
    # ToRReZ-style listing, Breton, windows-1252: h1 the title; "Priz: 0,1102 XMR" the price (the
    # euros "war-dro 38,50 €" a conversion, "+0,0140 XMR" a shipping extra, the footer's "349,41 €"
    # a rate); "Gwerzher" the vendor; "Rummad: Levrioù kozh" the category; "Kaset eus: Frañs"
    # ships from France; "Kaset da: Frañs, Belgia, Suis" ships to France, Belgium, Switzerland.
    "holdout/torrezstyle_listing_br_cp1252.html": {
        "template": "torrezstyle_listing_br", "url": _ARVOR + "/prod/31907", "type": "listing",
        "records": [_listing("Levr kozh: Barzaz Breiz, embannadur 1867", 0.1102, "XMR", "Levraoueg_Kemper",
                             "Levrioù kozh", "Frañs", ["Frañs", "Belgia", "Suis"])],
    },
    # Dark0de-style listing, Gujarati: h2 the title; "0.00052 BTC" the price ("≈ ₹ 3,650" a
    # conversion, the shipping "+0.00001 BTC" extras, the footer's BTC/INR a rate); "વિક્રેતા"
    # (seller) Patan_Vankar; "શ્રેણી" (category) "કાપડ" (textiles); "ક્યાંથી મોકલાય" (shipped from)
    # "ભારત" (India); "ક્યાં મોકલાય" (shipped to) India and "શ્રીલંકા" (Sri Lanka).
    "holdout/darkodestyle_listing_gu.html": {
        "template": "darkodestyle_listing_gu", "url": _KAPAD + "/listing/60412", "type": "listing",
        "records": [_listing("હાથવણાટ પટોળા દુપટ્ટો, રેશમ", 0.00052, "BTC", "Patan_Vankar", "કાપડ", "ભારત",
                             ["ભારત", "શ્રીલંકા"])],
    },
    # Monopoly-style vendor, English: h2 "Lantern_Teahouse"; "Feedback received: 527" the number of
    # feedback (also on the tab; "Completed orders: 2,318" are not); "Positive feedback: 99.2%" the
    # share (the "4.96 / 5" stars is no percentage); "Member since: 14th March 2024" ("Online:
    # yesterday, 21:40" is the last visit); the armoured key's fingerprint.
    "holdout/monopolystyle_vendor_pgp_en.html": {
        "template": "monopolystyle_vendor_en", "url": _QUARRY + "/vendor/Lantern_Teahouse", "type": "vendor",
        "records": [_vendor("Lantern_Teahouse", 527, 99.2, "2024-03-14", _FINGERPRINT)],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers give on the holdout side where it differs from TRUTH: measured blind with the
# parsers of db6101f, re-recorded after the mends (3c78571). Key: "kind[i].field" (or
# "page_type"); value: what the parsers gave.
KNOWN_MISSES: dict[str, dict[str, Any]] = {
    "holdout/kadhidare_thread_sn.html": {
        "post[2].posted_at": None,
    },
}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(0.996)
_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)


_text = ROUND.page_text(ENCODINGS)
_posts = ROUND.records_of("post")

_authors = ROUND.author_stats


def test_five_forum_pages_and_five_market_pages_of_which_two_are_interstitials() -> None:
    with_records = [p for p, t in TRUTH.items() if t["records"] and t["type"] in {
        "thread", "listing", "listing_index", "vendor"}]
    assert len(with_records) == 8
    kinds = [t["type"] for t in TRUTH.values()]
    assert kinds.count("thread") == 3 and kinds.count("listing_index") == 2
    assert kinds.count("listing") == 2 and kinds.count("vendor") == 1
    assert {t["type"] for t in TRUTH.values() if not t["records"]} == {"login", "ddos_protection"}


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
test_every_post_body_is_written_on_its_page_line_by_line = ROUND.bodies_on_its_page(ENCODINGS)
test_every_address_of_the_truth_and_the_pages_is_a_fictional_host = ROUND.fictional_hosts(ENCODINGS)


def test_the_lynxchan_dates_names_and_quotes_are_the_truths() -> None:
    page = "holdout/lynxchan_thread_jv.html"
    text = _text(page)
    names = re.findall(r'<a class="linkName noEmailName">([^<]+)</a>', text)
    assert names == [p["author"] for p in _posts(page)]
    shown = re.findall(r'<span class="labelCreated">([^<]+)</span>', text)
    assert [datetime.strptime(d, "%m/%d/%Y (%a) %H:%M:%S").strftime("%Y-%m-%dT%H:%M:%S") for d in shown] == [
        p["posted_at"] for p in _posts(page)]
    # Every post's number (its linkQuote), then each post's "&gt;&gt;N" links to those numbers.
    numbers = re.findall(r'<a class="linkQuote" href="[^"]+">(\d+)</a>', text)
    author_of = dict(zip(numbers, names, strict=True))
    messages = re.findall(r'<div class="divMessage">(.*?)</div>', text)
    links = r'class="quoteLink" [^>]+>&gt;&gt;(\d+)</a>'
    quoted = [[author_of[n] for n in re.findall(links, m)] for m in messages]
    assert quoted == [p["quotes"] for p in _posts(page)]
    assert f'<span class="labelSubject">{TRUTH[page]["records"][0]["title"]}</span>' in text


def test_the_textboard_dates_names_and_quotes_are_the_truths() -> None:
    page = "holdout/kareha_textboard_read_gn.html"
    text = _text(page)
    heads = re.findall(r'Téra : <span class="postername">([^<]+)</span> : (\d{4}-\d\d-\d\d \d\d:\d\d) ', text)
    assert [name for name, _ in heads] == [p["author"] for p in _posts(page)]
    assert [f"{d.replace(' ', 'T')}:00" for _, d in heads] == [p["posted_at"] for p in _posts(page)]
    replies = re.findall(r'<div class="replytext">(.*?)</div>', text, re.S)
    quoted = [[heads[int(n) - 1][0] for n in re.findall(r'#reply(\d+)" rel="nofollow">&gt;&gt;\d+</a>', r)]
              for r in replies]
    assert quoted == [p["quotes"] for p in _posts(page)]


def test_the_kadhidare_relative_dates_counts_and_citations_are_the_truths() -> None:
    page = "holdout/kadhidare_thread_sn.html"
    text = _text(page)
    shown = re.findall(r'<span class="kd-at">([^<]+)</span>', text)
    assert shown == ["nezuro, 22:14", "nhasi, 08:05", "maawa maviri apfuura"]
    yesterday, today = NOW_TIME.replace(tzinfo=None) - timedelta(days=1), NOW_TIME.replace(tzinfo=None)
    assert [p["posted_at"] for p in _posts(page)] == [
        yesterday.strftime("%Y-%m-%dT22:14:00"), today.strftime("%Y-%m-%dT08:05:00"),
        (today - timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:00")]
    months = {"Ndira": 1, "Kurume": 3, "Gunyana": 9}
    stats = re.findall(r'<a class="kd-nick[^"]*" href="[^"]+">([^<]+)</a>.*?'
                       r"Zvinyorwa: <b>([\d,]+)</b>.*?Akapinda: <b>(\d\d) (\w+) (\d{4})</b>", text, re.S)
    shown_stats = {(n, int(c.replace(",", "")), f"{y}-{months[m]:02}-{d}") for n, c, d, m, y in stats}
    assert len(stats) == 3 and shown_stats == _authors(page)
    cited = re.findall(r'<div class="kd-cite-by">([^<]+) akanyora:</div>', text)
    assert cited == [q for p in _posts(page) for q in p["quotes"]]
    assert all("Yakagadziriswa" not in p["body"] and "PGP" not in p["body"] for p in _posts(page))


def test_the_breton_page_is_windows_1252_with_its_own_points() -> None:
    raw = (DATA / "holdout" / "torrezstyle_listing_br_cp1252.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">' in raw
    assert raw.count(b"charset") == 1 and b"&#" not in raw
    # "€" and "’" are points ISO-8859-1 has no letter at (0x80-0x9F are its C1 controls).
    assert {b"\x80", b"\x92", b"\x96", b"\x9b"} <= {bytes([b]) for b in raw}
    assert "Marc’had".encode("cp1252") in raw and "38,50 €".encode("cp1252") in raw
    assert "Frañs".encode("cp1252") in raw and "Levrioù kozh".encode("cp1252") in raw


def test_the_market_prices_are_the_truths() -> None:
    grid = "holdout/empirestyle_search_grid_en.html"
    fiat = re.findall(r'<span class="em-fiat">USD ([\d,]+\.\d\d)</span>', _text(grid))
    assert [float(p.replace(",", "")) for p in fiat] == [r["price"] for r in TRUTH[grid]["records"]]
    grid = "holdout/cannazonstyle_category_grid_haw.html"
    coins = re.findall(r'<p class="hk-cost"><strong>([\d.]+) BTC</strong>', _text(grid))
    assert [float(p) for p in coins] == [r["price"] for r in TRUTH[grid]["records"]]
    single = {
        "holdout/torrezstyle_listing_br_cp1252.html": '<td class="bz-xmr">0,1102 XMR</td>',
        "holdout/darkodestyle_listing_gu.html": '<div class="gj-btc">0.00052 BTC</div>',
    }
    for page, shown in single.items():
        assert shown in _text(page), page
        figure = re.sub(r"<[^>]+>", "", shown).split()[0].replace(",", ".")
        assert float(figure) == TRUTH[page]["records"][0]["price"], page


def test_the_vendor_page_carries_a_real_v4_key_whose_fingerprint_is_the_truth() -> None:
    page = "holdout/monopolystyle_vendor_pgp_en.html"
    block = re.search(r"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=[A-Za-z0-9+/]{4}\n"
                      r"-----END PGP PUBLIC KEY BLOCK-----", _text(page), re.S)
    assert block is not None
    assert v4_fingerprint(block.group(1)) == _FINGERPRINT == TRUTH[page]["records"][0]["pgp_fingerprint"]
    stats = dict(re.findall(r'<td class="mp-k">([^<]+)</td><td class="mp-v">([^<]+)</td>', _text(page)))
    vendor = TRUTH[page]["records"][0]
    assert stats["Member since"] == "14th March 2024" and vendor["member_since"] == "2024-03-14"
    assert stats["Positive feedback"] == f"{vendor['rating']}%"
    assert stats["Feedback received"] == str(vendor["feedback_count"])
