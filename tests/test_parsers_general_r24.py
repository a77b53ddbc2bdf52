"""parsers.parse_page on round-24 generality pages (tests/data/general_r24): a fully BLIND held-out
set shaped like the dark web the tool is for, in English and Western-European languages. Ten
pages, all on the HOLDOUT side (no tune side: no rule was written for any of them), each rebuilt
from a NAMED PUBLIC SOURCE of its engine's markup where one was found (read with the project's
reference search), else written from memory of public descriptions and said so, with fictional
names, words and prices put in. Five forum pages (three threads, a forum index and a member
profile) and five market pages (a grid of cards, two listings, a vendor with a real PGP key and a
vendor's feedback page).

Every page is an engine, template or layout in none of rounds 3-23, tests/data/forums_general or
tests/data/markets_general: their directories were listed and grepped for each template's names
and distinctive class names, and none of post-subject, post-name, reltime, post-quoters,
post-data (jschan), vote-number, post-update-info, js-editable-content (Askbot), updated-message,
post-related, pm-link, post-odd (PyBBM), nor the invented prefixes fl- (the Portuguese forum
index), mr- (the Swedish profile), ab- (the Abacus-style vendor), hz- (the Archetyp-style
listing), tn- (the WeTheNorth-style grid), bo- (the feedback page) or mi- (the Incognito-style
listing) is in them, nor the words jschan, Askbot, PyBBM / pybb, Archetyp, WeTheNorth, Incognito
or Abacus. Generic names shared with other engines were found and are no sign of the same
template: post-container (NodeBB), post-info (Discourse, vBulletin 5), post-message (Asgaros),
post-date, user-id, greentext (LynxChan, vichan), timeago, comment-body, reputation-score and
accepted-answer (Stack Exchange in round 18, Spirit, WordPress). The brief's other examples were
left out because earlier rounds have them: Question2Answer (round 12), Flarum (round 4's tune
side), Vanilla (rounds 3 and 9), vichan and LynxChan (rounds 13 and 23), an AlphaBay-style listing
(round 21) and a Versus-style page (round 22); the Q&A thread here is Askbot instead.
No round declared the Mac OS Roman code page: every charset the rounds' pages declare was grepped
(ISO-8859-1/2/13/15, windows-125x, KOI8-R, EUC-KR, TIS-620, UTF-8). The Swedish profile is in
MACINTOSH (Mac OS Roman, the WHATWG label "macintosh"), declared by its http-equiv meta: it writes
"ä" (0x8A), "å" (0x8C), "ö" (0x9A), "Ö" (0x85), "–" (0xD0), "”" (0xD3) and "»" (0xC8) with the
code page's own points, no numeric references; the same bytes mean other letters in ISO-8859-1
and windows-1252.

forums (thread pages; each has its posts in page order and, where the template shows them, dates,
quotes, signatures, edit notes, author statistics and a next page)
  - a JSCHAN thread (the Node.js imageboard engine several onion chans run), in Dutch:
    fatchan/jschan views/mixins/post.pug (read: div.anchor then div.post-container[.op] with
    data-post-id / data-name, div.post-info (input.post-check, span.post-subject, span.post-name,
    time.post-date.reltime with an ISO datetime and the server's toLocaleString, span.user-id),
    span.post-links ("No." + span.post-quoters), div.post-data (div.post-files, pre.post-message,
    small.edited "Last edited TIME by NAME", div.replies with a.quote backlinks)). The page frame
    (navbar, board header, thread stats, action and post forms), the Dutch strings ("Laatst
    bewerkt ... door", "Antwoorden:") and span.greentext are from memory. ">>N" links in the
    messages quote those posts' authors; the greentext repeats the quoted words; the backlinks
    under a post are no quotes.
  - an ASKBOT question page (the Django Q&A engine; a Hidden-Answers-like Q&A site), in Finnish:
    ASKBOT/askbot-devel askbot/templates/question/question_card.html (read: div.post.js-question
    > div.vote-buttons, div.post-content > h1 > div.js-editable-content (the title), the tags,
    div.post-body > div.post-update-info-container, then the body's div.js-editable-content,
    div.post-controls, the comments); the answer cards, div.post-update-info (p.tip "asked /
    answered" with abbr.timeago whose title is the exact time, a.user-name, span.reputation-score
    (karma, no post count)), div.comment > div.comment-body ("text — a.author (age)") and the
    sidebar are from memory. Relative ages ("3 päivää sitten", "eilen", "2 tuntia sitten") are
    shown; the abbr titles give the times, which agree with them at NOW.
  - a PYBBM topic (the Django forum app), in French: hovel/pybbm pybb/templates/pybb/
    post_template.html (read: div.post.post-odd/even > a[name=post-N] > div.inner > table > td.info
    (div.avatar, div.author, div.bottom with a.permalink "#" and span.updated, div.pm-link) and
    td.content (the body, div.signature, div.updated-message "Edited TIME", div.post-related
    "quote")). The topic frame (breadcrumb, h1 in div.topic, the pagination), the user-stats lines
    "Messages : 1 204" / "Inscrit : 3 mars 2023" (a space between thousands) and the quote markup
    "<blockquote><em>NAME a écrit :</em><br>..." are from memory. Dates as pybb_time writes them:
    absolute "12 novembre 2026 14:03", then "hier, 21:40", "aujourd'hui, 09:15" and "il y a 25
    minutes", which resolve against NOW (times in UTC). "Suivante »" to page 2.
  - a FORUM INDEX of a custom onion forum ("Fórum Lusitano"), in European Portuguese: written from
    memory of such hand-made PHP boards (the mirror line, the rules notice, categories with tables
    of forums, topic and message counts with dots between thousands ("12.877"), the last post "por
    NAME" "hoje às 10:12" / "ontem às 22:40" / "18/11/2026 09:30", the statistics). No records of
    this contract.
  - a MEMBER PROFILE of a custom onion forum ("Mörkrummet", analogue photography), in Swedish and
    Mac OS Roman: written from memory of old table-layout boards (the rank, "Inlägg: 1 318 (0,74 %
    av alla inlägg · 0,97 per dag)", "Medlem sedan: 4 mars 2023", "Senast aktiv: i går 23:10",
    reputation, about, signature, the latest threads as links). Its one record is the author's
    statistics.
markets (all written from memory of public descriptions of darknet-market layouts; every shop,
vendor, product, price and class name is invented; only innocuous goods: tea, books, crafts, food)
  - an ABACUS-STYLE vendor profile ("Tally Market"), in English: the rates bar, badges (vendor
    level, trust level), "Member since Mar 03, 2023", "Last seen 2 hours ago", "Sales 3,412",
    "Feedback 1,284 (98.7% positive)", the feedback summary table (1 / 6 / 12 months, all time:
    1,267 positive, 8 neutral, 9 negative), tabs, about and the armoured key in a textarea. The
    key is a REAL OpenPGP v4 public key (ed25519) generated for this round with gpg in a throwaway
    GnuPG home under /tmp that was deleted afterwards.
  - an ARCHETYP-STYLE listing ("Hansekontor", Monero only), in German: the category sidebar with
    counts, the path, h3 the title, the price box "0,0842 XMR" (a decimal comma) over "≈ 14,20
    €", a facts table (Verkäufer with "(412) · 99,3 % positiv", Kategorie, Versand von / nach,
    "Verkauft 1.037 mal seit 12.04.2024", Multisig), the shipping select with "+0,0031 XMR".
  - a WETHENORTH-STYLE search grid ("True North Trading Post"), in Canadian English, priced in
    CAD: the rates bar, the filter sidebar, four cards ("by NAME", level, "(1,102)", "Category:",
    "Ships from:" / "Ships to:", "CA$ 24.99" with the XMR conversion beside it; a wholesale case
    "CA$ 1,250.00"), the pager with "Next »". The footer says prices are set in Canadian dollars.
  - a vendor's FEEDBACK page ("Bottega Oscura"), in Italian: the breadcrumbs, the tabs, the
    filters, a table of ratings ("★★★★★ 5/5"), comments, items, masked buyers, amounts ("24,90 €",
    "1.120,00 €") and dates ("2 ore fa", "ieri", "3 giorni fa", "14/11/2026"), "Pagina 1 di 12",
    "Successiva ›". The feedback rows are reviews, not listings: the vendor's record, its name
    (the page shows no vendor summary).
  - an INCOGNITO-STYLE listing with several price options ("Mercado Incógnita"), in Spanish: the
    rates, the breadcrumbs, h1 the title, "Vendido por NAME", the primary price "12,50 USD" (por
    500 g) with "≈ 0,0541 XMR", a table of options (500 g 12,50 USD checked, 1 kg 23,00, 5 kg
    105,00, 25 kg 1.150,00 USD), a dl of Categoría / Envía desde / Envía a, the shipping select.
    The primary displayed price is the truth.

How close each page is to its source: the files named as read were read for this round (with the
project's reference search) and their markup followed (class names, nesting, order of labels and
values); the markup was written here, not copied. Page frames, translated strings, dates and all
content (names, posts, products, prices, places) are invented for this round; sites and addresses
are fictional (.example hosts and made-up 56-character .onion names; www.w3.org appears only in a
doctype's public id, never fetched).

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (270ecb4) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 24 --side holdout --misses``): those of 40476af (this session's start), of 1ba519e (round
23's market pages mended) and of 3c78571 (round 23 mended whole). None had seen this round's
pages; every helper who wrote those mends kept it out of every scan.

    template                   40476af  1ba519e  3c78571
    lusitano_index_pt            0.000    0.000    0.000  (a board list read as posts)
    morkrummet_profile_sv        0.000    0.000    0.000  (a member's profile typed vendor)
    bottega_feedback_it          0.125    0.125    0.125  (a page of reviews typed an index)
    askbot_question_fi           0.444    0.444    0.444  (answers and comments misaligned)
    jschan_thread_nl             0.872    0.872    0.923  ('>>N' quotes; greentext)
    abacusstyle_vendor_en        0.923    0.923    0.923  (member since)
    pybbm_topic_fr               0.967    0.967    0.967  (an edit note in a body)
    archetypstyle_listing_de, incognitostyle_listing_es, wethenorthstyle_grid_en 1.000
    overall                      0.770    0.770    0.777

Round 23's mends carried to this never-seen round in one place: the imageboard reader's '>>N'
quotes and greentext (parsers.board_refs) took the jschan thread from 0.872 to 0.923; the market
mends (places, breadcrumbs, a seller's share) added nothing here. Blind scores of the rounds (3 to
24): 0.646, 0.778, 0.714, 0.946, 0.798, 0.699, 0.601, 0.750, 0.857, 0.466, 0.612, 0.538, 0.773,
0.313, 0.694, 0.684, 0.376, 0.578, 0.517, 0.514, 0.848 and here 0.777 (0.770 at this session's
start). KNOWN_MISSES holds every wrong value of 3c78571. This round is BLIND: do not tune the
parsers on its pages; mend a miss only as a general mechanism, with test pages of its own, and
say so here.

Mended after its blind measure, each miss by a general mechanism with test pages of its own
(c4cf64a to 3626a41): a member's profile by its shape, a seller's signs kept apart
(parsers.member_card); an index's rows and a link every post repeats are no posts
(parsers.post_gates, parsers.generic_forum); a Q&A site's comments as posts (parsers.post_comments);
an edit note of a word and a date (parsers.post_notes); post numbers in data attributes and
anchors (parsers.board_refs); statistics laid out as a grid (parsers.stat_rows); a page of reviews
by its rows (parsers.review_rows): 0.777 -> 1.000; 0.996 once the feedback page's truth was
amended (below): its vendor's name is not read; 1.000 again once a page of reviews gives its
seller's record (parsers.feedback_vendor: the handle a link names in its heading or above the
page's address, the totals shown, the reviews of any run of rows on the page).

A feedback page's truth was amended after the round was built (this session, before any mend
of it): it carries its vendor's record, the name and the totals the page shows (has_pgp_key
unknown on such a page), as tests/test_parsers_markets_general.py's feedback page has always
carried its vendor (with the reviews as its feedback, which enrichment.demand reads); the
builders of rounds 24 and 27 to 29 had given it none.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.general_rounds import (
    NOW_TIME,
    Round,
    _author,
    _feedback_vendor,
    _listing,
    _post,
    _vendor,
    v4_fingerprint,
)

DATA = Path(__file__).parent / "data" / "general_r24"

_THEE = "http://theekranssazbf5k64r6zdefh5n3r2xqe7twgdnjsxugymf52rtxayn4.onion"
_KYSY = "http://kysyvastaa6pxkpqjq26dkmhautyzn4il7aqu4tx4deqjqvmme5p4erw.onion"
_ATELIER = "http://atelierzymlopifqyf7m2nxynj5lvff6uzcra3nxf5m5dwink4llchbk.onion"
_LUSO = "http://forumlusitanoa6nz7imcnak22rwkioa2sqkfovjt2wnxd6hk7uncz7n.onion"
_MORK = "http://morkrummetetrgev6ec77jopyk4oaebzgxjlnfwrexqi5nxaoyclesu4.onion"
_TALLY = "http://tallymkto44xrvc4yshhevgavsrgnti2cwjer7g4ka4qnyfyl6ezutmg.onion"
_HANSE = "http://hansemktlhca6qrakh7yh7z3z4vwddxs3js7zar7w6kiufsrt3k4kf5e.onion"
_NORTH = "http://northgridvgymigs53ycamwjk37xrd26qevdrbiefl7tms7dun5pyncr.onion"
_BOTTEGA = "http://bottegayq6ys3njbapk6zze46warm27425ckrszvwukleuwxil34xsh7.onion"
_INCOG = "http://incognitad6iu46wxn5aj7jopet7uergtmfyab5422ct6lhlt7yltcz4.onion"
_FINGERPRINT = "8F97152867C23853423155F761D85BA3C2661C23"

#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {"holdout/morkrummet_profile_sv_macroman.html": "macintosh"}

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # jschan thread, Dutch: the OP's span.post-subject is the title; span.post-name the names
    # ("Anoniem" is a poster's shown name); times from time.post-date (its datetime "...Z", shown
    # "18-11-2026 07:41:16"). "&gt;&gt;4120" etc. in pre.post-message quote those posts' authors;
    # the greentext "&gt;het water is altijd te heet" repeats the OP's words, a quote, not body;
    # "Laatst bewerkt ... door Bertus" is an edit note; "Antwoorden: >>N" backlinks, the file
    # name and IDs are not body. No statistics, no next page.
    "holdout/jschan_thread_nl.html": {
        "template": "jschan_thread_nl", "url": _THEE + "/thee/thread/4120.html", "type": "thread",
        "records": [
            {"type": "thread", "title": "Welke ketel voor groene thee?"},
            _post("Bertus", "2026-11-18T07:41:16", 0,
                  "Ik zet elke ochtend sencha maar het water is altijd te heet.\n"
                  "Welke ketel met temperatuurknop raden jullie aan, "
                  "liefst zonder plastic aan de binnenkant?", []),
            _post("Anoniem", "2026-11-18T09:03:52", 1,
                  "Neem een glazen ketel met standen van 70, 80 en 90 graden.\n"
                  "Voor sencha is 70 graden genoeg, dan wordt hij niet bitter.", ["Bertus"]),
            _post("Bertus", "2026-11-19T20:17:09", 2,
                  "Dank je, besteld. Blijft zo'n glazen ketel ook schoon bij kalkrijk water?", ["Anoniem"]),
            _post("Gerda", "2026-11-20T06:55:30", 3,
                  "Kook er eens per maand water met een scheut azijn in, dan blijft het glas helder.\n"
                  "Ik doe dat al jaren zo met mijn ketel in Utrecht.", ["Bertus"]),
        ],
    },
    # Askbot question, Finnish: the h1 is the title; the question, then every comment and answer in
    # page order (a comment is a member's message with its author and time); names from a.user-name
    # / a.author; times from the abbr.timeago titles ("2026-11-17 18:40:12 +0000"; the text shows
    # "3 päivää sitten" etc.). Karma ("1 204", "14 560"), votes, tags, "päivitetty" (updated) and
    # the related questions are not body or statistics. No quotes, no next page.
    "holdout/askbot_question_fi.html": {
        "template": "askbot_question_fi", "type": "thread",
        "url": _KYSY + "/kysymykset/3318/miten-sailytan-saunatuoksut-talven-yli/",
        "records": [
            {"type": "thread", "title": "Miten säilytän saunatuoksut talven yli?"},
            _post("kuusiniemi", "2026-11-17T18:40:12", 0,
                  "Kuivatin kesällä koivunlehtiä ja katajaa saunaan.\n"
                  "Nyt ne alkavat haista ummehtuneelta. Missä niitä kannattaa säilyttää, ettei tuoksu katoa?",
                  []),
            _post("lauteilla", "2026-11-17T20:05:44", 1,
                  "Onko ne kuivattu varjossa vai auringossa? Sillä on iso ero.", []),
            _post("vihtamestari", "2026-11-18T07:12:30", 2,
                  "Pellavapussiin ja pimeään kaappiin, ei muovirasiaan.\n"
                  "Kataja kestää kuivana vuoden, koivunlehdet noin puoli vuotta.", []),
            _post("kuusiniemi", "2026-11-19T16:48:05", 3,
                  "Kiitos! Siirsin ne pellavapussiin vaatekaappiin.", []),
            _post("Aino_P", "2026-11-20T10:02:51", 4,
                  "Ummehtunut haju lähtee usein, kun kuivaat ne vielä tunnin matalassa uunissa.", []),
        ],
    },
    # PyBBM topic, French: h1 the title; div.author the names; span.updated the dates ("hier,
    # 21:40" = 2026-11-19, "aujourd'hui, 09:15" = 2026-11-20, "il y a 25 minutes" = 11:35);
    # "Céleste_R a écrit :" / "Margaux_B a écrit :" blockquotes are quotes, not body; the
    # signature "— Céleste, relieuse amatrice depuis 2009" and "Modifié aujourd'hui, 08:02" are
    # not body; "Messages : 1 204" / "Inscrit : 3 mars 2023" the statistics. "Suivante »": page 2.
    "holdout/pybbm_topic_fr.html": {
        "template": "pybbm_topic_fr", "url": _ATELIER + "/forum/topic/612/", "type": "thread",
        "next": _ATELIER + "/forum/topic/612/?page=2",
        "records": [
            {"type": "thread", "title": "Restaurer une reliure en cuir ancienne"},
            _post("Céleste_R", "2026-11-12T14:03:00", 0,
                  "J'ai trouvé un vieux missel dont le dos en veau est tout sec et craquelé.\n"
                  "Quelle cire ou quel baume utilisez-vous pour nourrir le cuir sans le tacher ?", []),
            _post("Margaux_B", "2026-11-19T21:40:00", 1,
                  "Un baume à base de lanoline et de cire d'abeille, appliqué très finement au coton.\n"
                  "Testez d'abord sur le contreplat, le veau ancien fonce parfois d'un ton.", ["Céleste_R"]),
            _post("Céleste_R", "2026-11-20T09:15:00", 2,
                  "Merci, j'ai essayé sur le contreplat : il a foncé à peine, c'est joli.", ["Margaux_B"]),
            _post("Theo_relieur", "2026-11-20T11:35:00", 3,
                  "Pour les coins usés, un peu de colle d'amidon et du papier japon teinté "
                  "font des miracles.", []),
            _author("Céleste_R", 1204, "2023-03-03"),
            _author("Margaux_B", 87, "2025-06-14"),
            _author("Theo_relieur", 3, "2026-11-02"),
        ],
    },
    # Fórum Lusitano index, Portuguese: three categories, five forums with their topic and message
    # counts and last posts; no records of this contract.
    "holdout/lusitano_forum_index_pt.html": {
        "template": "lusitano_index_pt", "url": _LUSO + "/index.php", "type": "forum_index", "records": [],
    },
    # Mörkrummet member profile, Swedish, Mac OS Roman: "Profil för Lingonvisp"; "Inlägg: 1 318"
    # the post count (the share and the per-day rate beside it are not); "Medlem sedan: 4 mars
    # 2023" the join day ("Senast aktiv: i går 23:10" is the last visit); the latest threads are
    # links, not posts.
    "holdout/morkrummet_profile_sv_macroman.html": {
        "template": "morkrummet_profile_sv", "url": _MORK + "/profil.php?u=318", "type": "profile",
        "records": [_author("Lingonvisp", 1318, "2023-03-04")],
    },
    # Abacus-style vendor, English: h2 "Fernhill_Teas"; "Feedback 1,284 (98.7% positive)" the
    # number of feedback and the share (the summary's 1,267 / 8 / 9 add up to it; "Sales 3,412"
    # are not feedback; the "4.9 / 5" ratings are no percentage); "Member since Mar 03, 2023"
    # ("Last seen 2 hours ago" is the last visit); the armoured key's fingerprint.
    "holdout/abacusstyle_vendor_pgp_en.html": {
        "template": "abacusstyle_vendor_en", "url": _TALLY + "/vendor/Fernhill_Teas", "type": "vendor",
        "records": [_vendor("Fernhill_Teas", 1284, 98.7, "2023-03-03", _FINGERPRINT)],
    },
    # Archetyp-style listing, German: h3 the title; "0,0842 XMR" the price (the "≈ 14,20 €" a
    # conversion, "+0,0031 XMR" a shipping extra, the top bar's "168,60 €" a rate); "Verkäufer"
    # Buchbinderei_Hanse; "Kategorie: Bücher"; "Versand von: Deutschland"; "Versand nach:
    # Deutschland, Österreich, Schweiz".
    "holdout/archetypstyle_listing_xmr_de.html": {
        "template": "archetypstyle_listing_de", "url": _HANSE + "/angebot/20731", "type": "listing",
        "records": [_listing("Der Schimmelreiter, Nachdruck 1925, Leinen", 0.0842, "XMR",
                             "Buchbinderei_Hanse", "Bücher", "Deutschland",
                             ["Deutschland", "Österreich", "Schweiz"])],
    },
    # WeTheNorth-style search grid, Canadian English: four cards priced in CAD ("CA$ 24.99"; the
    # XMR beside each is a conversion); "by NAME" the vendor ("(1,102)" its feedback), "Category:"
    # the category, "Ships from:" / "Ships to:" the places. "Next »" to page 2.
    "holdout/wethenorthstyle_search_grid_cad_en.html": {
        "template": "wethenorthstyle_grid_en", "url": _NORTH + "/search?q=maple", "type": "listing_index",
        "next": _NORTH + "/search?q=maple&page=2",
        "records": [
            _listing("Pure maple syrup, amber rich taste, 540 ml", 24.99, "CAD", "SugarShack_QC",
                     "Food & Drink", "Canada", ["Canada"]),
            _listing("Maple leaf wool toque, hand knit", 38.0, "CAD", "PrairieKnits", "Clothing", "Canada",
                     ["Canada", "United States"]),
            _listing("Maple wood cutting board, end grain", 89.5, "CAD", "Muskoka_Woodshop", "Home & Kitchen",
                     "Canada", ["Canada"]),
            _listing("Maple syrup, wholesale case of 24 tins", 1250.0, "CAD", "SugarShack_QC", "Food & Drink",
                     "Canada", ["Canada"]),
        ],
    },
    # Bottega Oscura feedback page, Italian: "Feedback ricevuti da Sartoria_Ombra", a table of
    # five reviews (ratings, comments, the items reviewed, buyers, amounts, dates): its vendor's
    # record (the name, the totals shown; no key on this page: has_pgp_key unknown). "Successiva ›" to page 2.
    "holdout/bottega_vendor_feedback_it.html": {
        "template": "bottega_feedback_it", "url": _BOTTEGA + "/venditore/Sartoria_Ombra/feedback",
        "type": "feedback", "next": _BOTTEGA + "/venditore/Sartoria_Ombra/feedback?pagina=2",
        "records": [_feedback_vendor("Sartoria_Ombra", None, None)],
    },
    # Incognito-style listing, Spanish: h1 the title; the primary price "12,50 USD" (por 500 g;
    # the other options 23,00 / 105,00 / 1.150,00 USD, the XMR conversions and the shipping extras
    # are not it); "Vendido por" Yerbatera_Misiones; "Categoría: Té e infusiones"; "Envía desde:
    # Argentina"; "Envía a: Argentina, Uruguay, Chile".
    "holdout/incognitostyle_listing_options_es.html": {
        "template": "incognitostyle_listing_es", "url": _INCOG + "/anuncio/77120", "type": "listing",
        "records": [_listing("Yerba mate barbacuá, estacionada 24 meses", 12.5, "USD", "Yerbatera_Misiones",
                             "Té e infusiones", "Argentina", ["Argentina", "Uruguay", "Chile"])],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers give on the holdout side where it differs from TRUTH: measured blind with the
# parsers of 3c78571, re-recorded after the mends (3d0a60f) and after the feedback page's truth was
# amended (see the docstring).
KNOWN_MISSES: dict[str, dict[str, Any]] = {}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(1.000)
_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)

_text = ROUND.page_text(ENCODINGS)
_posts = ROUND.records_of("post")
_authors = ROUND.author_stats


def test_five_forum_pages_and_five_market_pages() -> None:
    kinds = [t["type"] for t in TRUTH.values()]
    assert kinds.count("thread") == 3 and kinds.count("forum_index") == 1 and kinds.count("profile") == 1
    assert kinds.count("listing") == 2 and kinds.count("listing_index") == 1
    assert kinds.count("vendor") == 1 and kinds.count("feedback") == 1
    assert {t["type"] for t in TRUTH.values() if not t["records"]} == {"forum_index"}


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
test_every_post_body_is_written_on_its_page_line_by_line = ROUND.bodies_on_its_page(ENCODINGS)
test_every_address_of_the_truth_and_the_pages_is_a_fictional_host = ROUND.fictional_hosts(ENCODINGS)


def _now() -> datetime:
    return NOW_TIME.replace(tzinfo=None)


def test_the_jschan_dates_names_and_quotes_are_the_truths() -> None:
    page = "holdout/jschan_thread_nl.html"
    text = _text(page)
    names = re.findall(r'<span class="post-name">([^<]+)</span>', text)
    assert names == [p["author"] for p in _posts(page)]
    # The datetime attribute (UTC) and the shown time agree, and are the truth's.
    shown = re.findall(r'<time class="post-date reltime" datetime="([^"]+)\.000Z">([^<]+)</time>', text)
    assert [iso for iso, _ in shown] == [p["posted_at"] for p in _posts(page)]
    assert [datetime.strptime(d, "%d-%m-%Y %H:%M:%S").isoformat() for _, d in shown] == [
        iso for iso, _ in shown]
    numbers = re.findall(r'data-post-id="(\d+)"', text)
    author_of = dict(zip(numbers, names, strict=True))
    messages = re.findall(r'<pre class="post-message">(.*?)</pre>', text, re.S)
    links = r'<a class="quote" [^>]+>&gt;&gt;(\d+)</a>'
    quoted = [[author_of[n] for n in re.findall(links, m)] for m in messages]
    assert quoted == [p["quotes"] for p in _posts(page)]
    assert f'<span class="post-subject">{TRUTH[page]["records"][0]["title"]}</span>' in text
    assert all("het water is altijd te heet" not in p["body"] or p["index"] == 0 for p in _posts(page))
    assert "Laatst bewerkt" in text and all("bewerkt" not in p["body"] for p in _posts(page))


def test_the_askbot_times_are_the_abbr_titles_and_agree_with_the_shown_ages() -> None:
    page = "holdout/askbot_question_fi.html"
    main = _text(page).split('<div id="ContentRight">')[0]
    # A question or answer: its first post-update-info (asked / answered, not "päivitetty");
    # a comment: its a.author and its age.
    heads = re.finditer(
        r'<p class="tip">(?:kysytty|vastattu) <abbr class="timeago" title="([^"]+) \+0000">'
        r'([^<]+)</abbr></p>\s*<img [^>]+>\s*<a class="user-name" [^>]+>([^<]+)</a>'
        r'|<a class="author" [^>]+>([^<]+)</a> <span class="age">\('
        r'<abbr class="timeago" title="([^"]+) \+0000">([^<]+)</abbr>\)', main)
    seen = [(m[3], m[1], m[2]) if m[3] else (m[4], m[5], m[6]) for m in heads]
    assert [(name, when.replace(" ", "T")) for name, when, _ in seen] == [
        (p["author"], p["posted_at"]) for p in _posts(page)]
    for _, when, age in seen:
        ago = _now() - datetime.strptime(when, "%Y-%m-%d %H:%M:%S")
        if age.endswith("tuntia sitten"):
            assert round(ago / timedelta(hours=1)) == int(age.split()[0])
        elif age == "eilen":
            assert (_now() - ago).date() == _now().date() - timedelta(days=1)
        else:
            assert age.endswith("päivää sitten") and round(ago / timedelta(days=1)) == int(age.split()[0])
    assert '<div class="js-editable-content">Miten säilytän saunatuoksut talven yli?</div>' in main


def test_the_pybbm_dates_counts_quotes_and_notes_are_the_truths() -> None:
    page = "holdout/pybbm_topic_fr.html"
    text = _text(page)
    shown = re.findall(r'<span class="updated">([^<]+)</span>', text)
    assert shown == ["12 novembre 2026 14:03", "hier, 21:40", "aujourd'hui, 09:15", "il y a 25 minutes"]
    today, yesterday = _now(), _now() - timedelta(days=1)
    assert [p["posted_at"] for p in _posts(page)] == [
        "2026-11-12T14:03:00", yesterday.strftime("%Y-%m-%dT21:40:00"), today.strftime("%Y-%m-%dT09:15:00"),
        (today - timedelta(minutes=25)).strftime("%Y-%m-%dT%H:%M:00")]
    authors = re.findall(r'<div class="author"><a [^>]+>([^<]+)</a></div>', text)
    assert authors == [p["author"] for p in _posts(page)]
    months = {"mars": 3, "juin": 6, "novembre": 11}
    stats = re.findall(r'<div class="author"><a [^>]+>([^<]+)</a></div>\s*<div class="user-stats">'
                       r"Messages : ([\d ]+)<br>Inscrit : (\d+) (\w+) (\d{4})</div>", text)
    assert {(n, int(c.replace(" ", "")), f"{y}-{months[m]:02}-{int(d):02}") for n, c, d, m, y in stats} == (
        _authors(page))
    cited = re.findall(r"<blockquote><em>([^<]+) a écrit :</em>", text)
    assert cited == [q for p in _posts(page) for q in p["quotes"]]
    assert all("Céleste, relieuse" not in p["body"] and "Modifié" not in p["body"] for p in _posts(page))
    assert '<li><a href="?page=2">Suivante &raquo;</a></li>' in text


def test_the_swedish_profile_is_mac_roman_with_its_own_points() -> None:
    page = "holdout/morkrummet_profile_sv_macroman.html"
    raw = (DATA / page).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'<meta http-equiv="Content-Type" content="text/html; charset=macintosh">' in raw
    assert raw.count(b"charset") == 1 and b"&#" not in raw
    # ä å ö Ö – ” » at Mac OS Roman's points (other letters in ISO-8859-1 / windows-1252).
    assert {b"\x8a", b"\x8c", b"\x9a", b"\x85", b"\xd0", b"\xd3", b"\xc8"} <= {bytes([b]) for b in raw}
    assert "Mörkrummet".encode("mac_roman") == b"M\x9arkrummet" and b"M\x9arkrummet" in raw
    facts = dict(re.findall(r'<td class="mr-k">([^<]+):</td><td class="mr-v">([^<]+)</td>', _text(page)))
    (author,) = TRUTH[page]["records"]
    assert facts["Inlägg"].startswith(f"{author['post_count']:,} ".replace(",", " "))
    assert facts["Medlem sedan"] == "4 mars 2023" and author["joined"] == "2023-03-04"


def test_the_market_prices_are_the_truths() -> None:
    grid = "holdout/wethenorthstyle_search_grid_cad_en.html"
    cad = re.findall(r'<span class="tn-cad">CA\$ ([\d,]+\.\d\d)</span>', _text(grid))
    assert [float(p.replace(",", "")) for p in cad] == [r["price"] for r in TRUTH[grid]["records"]]
    single = {
        "holdout/archetypstyle_listing_xmr_de.html": '<span class="hz-price">0,0842 XMR</span>',
        "holdout/incognitostyle_listing_options_es.html": '<span class="mi-precio">12,50 USD</span>',
    }
    for page, shown in single.items():
        assert shown in _text(page), page
        figure = re.sub(r"<[^>]+>", "", shown).split()[0].replace(",", ".")
        assert float(figure) == TRUTH[page]["records"][0]["price"], page


def test_the_incognito_primary_price_is_the_checked_option_of_four() -> None:
    page = "holdout/incognitostyle_listing_options_es.html"
    options = re.findall(r'<tr><td><input type="radio" name="opcion" value="\d"( checked)?></td>'
                         r"<td>([^<]+)</td><td>([\d.]+,\d\d) USD</td>", _text(page))
    assert len(options) == 4
    checked = [price for mark, _, price in options if mark]
    assert checked == ["12,50"] and options[0][2] == "12,50" and options[3][2] == "1.150,00"
    assert float(checked[0].replace(".", "").replace(",", ".")) == TRUTH[page]["records"][0]["price"]


def test_the_feedback_page_is_a_table_of_reviews_with_a_next_page() -> None:
    page = "holdout/bottega_vendor_feedback_it.html"
    text = _text(page)
    rows = re.findall(r'<tr class="bo-(pos|neu|neg)"><td>[★☆]+ (\d)/5</td>', text)
    assert [r for r, _ in rows] == ["pos", "pos", "neu", "pos", "pos"]
    assert TRUTH[page]["type"] == "feedback" and TRUTH[page]["records"][0]["name"] == "Sartoria_Ombra"
    nxt = re.search(r'<a href="([^"]+)">Successiva ›</a>', text)
    assert nxt is not None and _BOTTEGA + nxt.group(1) == TRUTH[page]["next"]


def test_the_vendor_page_carries_a_real_v4_key_whose_fingerprint_is_the_truth() -> None:
    page = "holdout/abacusstyle_vendor_pgp_en.html"
    block = re.search(r"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=[A-Za-z0-9+/]{4}\n"
                      r"-----END PGP PUBLIC KEY BLOCK-----</textarea>", _text(page), re.S)
    assert block is not None
    assert v4_fingerprint(block.group(1)) == _FINGERPRINT == TRUTH[page]["records"][0]["pgp_fingerprint"]
    stats = dict(re.findall(r'<span class="ab-stat-k">([^<]+)</span><span class="ab-stat-v">([^<]+)</span>',
                            _text(page)))
    vendor = TRUTH[page]["records"][0]
    assert stats["Member since"] == "Mar 03, 2023" and vendor["member_since"] == "2023-03-03"
    assert stats["Feedback"] == f"{vendor['feedback_count']:,} ({vendor['rating']}% positive)"
    # The all-time column of the summary adds up to the count and gives the share.
    row = r'<tr class="ab-(pos|neu|neg)"><td>\w+</td>(?:<td>[\d,]+</td>){3}<td>([\d,]+)</td></tr>'
    summary = re.findall(row, _text(page))
    assert [kind for kind, _ in summary] == ["pos", "neu", "neg"]
    all_time = [int(n.replace(",", "")) for _, n in summary]
    assert sum(all_time) == vendor["feedback_count"]
    assert round(100 * all_time[0] / sum(all_time), 1) == vendor["rating"]
