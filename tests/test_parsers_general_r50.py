"""parsers.parse_page on round-50 generality pages (tests/data/general_r50): a fully BLIND held-out
set of a typical police CRAWL of ONE dark-web ecosystem, "Kittiwake": its market, its forum and its
old forum's archive, in ten mid-sized languages (Swedish, Tamil, Czech, Danish, Romanian, Malay,
Hungarian, Hebrew, Persian and Bengali), none of which rounds 44-49 used. Ten pages, all on the
HOLDOUT side (no tune side: no rule was written for any of them), each an engine, template or
layout in no earlier round, with fictional names, words, dates and prices put in. Five forum pages:
two topics, a member profile and a board's topic list of the Kittiwake Forum, which runs FLASKBB
(a public engine no round used) with a theme of its own, and a thread of the OLD forum's static
archive; five market pages of Kittiwake Market, a multilingual market of its own markup: a grid of
cards, a listing, a vendor page with a real PGP key, a feedback page and the captcha at its gate.
Numbers and dates as the pages write them: FlaskBB's strftime dates in English on pages of other
languages ("11 November 2026 - 19:42", "Joined"'s "Mar 02 2021"), its Babel relative times ("för 2
dagar sedan", "3 மணிநேரம் முன்", "for 18 minutter siden"), raw post counts ("2417"), a profile's
"873 posts" and unlabelled "Oct 05 2020"; "14.03.2022, 19:40" and "mesaje: 1.204"; "RM 1,250.00",
"Dari RM 24.00", "12&nbsp;900 Ft" split over two spans, "14 במרץ 2021", Persian digits "۲٬۳۱۸" and
"۹۷٫۴٪".

Every page is an engine, template or layout in none of rounds 3-49, tests/data/forums_general,
tests/data/markets_general or the other directories of tests/data (board_posts, card_chips,
card_handles, column_places, dash_pieces, form_price, glued_labels, kind_shares, list_rows,
member_tiles, mend_forum_lists, mend_market_r38, note_tails, panel_cards, post_words,
poster_panels, profile_shapes, prose_profiles, since_line, solar_hijri, stat_lines, summed_posts,
thread_frames, topic_rows, vendor_figures, vendor_sections): their directories were listed (the
first word of every page name: no flaskbb, no kittiwake) and grepped, with the round modules and
the parsers' test modules, for each page's class names and words, and none of FlaskBB's post-row,
author-registered, topic-panel, forum-row, topic-last-post, profile-sidebar-stats, profile-date
or flaskbb-breadcrumb, nor the invented prefixes class="kw- (the market: kw-barang, kw-laluan,
kw-ar__szam, kw-tenyek, kw-monim, kw-maftea, kw-kholaseh, kw-dwar...) or ah- (the archive: ah-cap,
ah-autor, ah-citat, ah-modif, ah-semn), nor ISO-8859-16,
nor the words Kittiwake, Korongos, teáskanna, kobalt, Krkonoš, Labu Sayong, songket, Wau_Kelantan,
Tembikar, Dapur_Nyonya, Kebun_Teh, "tanah tinggi", Kadrut, Meybod, کاشی, מאז, ক্যাপচা, যাচাই,
kolam, thenkoodu, malligai, tekopp, kanelbulle, fjallsippa, lakrids, havtorn, aebleskive, oglind,
corb_de, tei_batran, Forumkategorier, Sprogfora, "Language boards", nor any member or vendor name
of this round is in them. Found and no sign of the same layout: FlaskBB's author-posts and
post-signature (generic class names of round 7's wpForo, round 14's Machina, round 18's
StackExchange and round 26's Drupal advanced forum pages), "Medlem sedan" (rounds 24, 30 and
34's Swedish boards: the common Swedish label, here FlaskBB's own sv_SE string), Emne (round 40's
Inyoka list in Nynorsk: the common Norwegian and Danish word), "posts</div>" (round 28's Codoforum
list). Names first chosen that earlier rounds or the parsers' tests used were renamed before any
truth was written: Cameron Highlands (the parsers' tests: "tanah tinggi" instead), Jizerské hory
(round 43: Krkonoše instead), rugbrød (the parsers' tests: aebleskive_ole), Kashan (the parsers'
tests: Meybod), Umeå (round 39: Luleå), the prefix vh- (round 31: ah- instead). Round 51, built at
the same time by another helper in the same working tree, takes templates named N to Z and this
round A to M; its pages were neither read nor used.
Languages: Swedish, Tamil, Czech, Danish, Romanian, Malay, Hungarian, Hebrew, Persian and Bengali.
One page is in ISO-8859-16 (the South-Eastern European ISO code page, made for Romanian, which no
round declared): declared by ``<meta http-equiv="Content-Type" content="text/html;
charset=iso-8859-16">``; every Romanian letter one byte, and its comma-below ș (0xBA) and ț (0xFE)
where ISO-8859-2 and windows-1250 have the cedilla forms ş and ţ at those places; „ (0xA5) and ”
(0xB5) too; the signs the code page lacks written as entities (&ndash; &raquo; &middot;).

forum pages (the Kittiwake Forum runs FlaskBB 2.0.2, rebuilt from its templates as the PyPI wheel
FlaskBB-2.0.2 ships them, read: layout.html's flaskbb-header, navbar and footer; forum/topic.html's
div.topic-panel > div.row.post-row per post with div.author (div.author-name h4 a, author-online /
author-offline, div.author-title h5 the group, div.author-registered "Joined: %b %d %Y",
div.author-posts "Posts: N"), div.post-meta (the post link, "#N"), div.post-content and
div.post-signature after an hr; forum/topic_controls.html and macros.html's render_pagination
"Pages:" and topic_pages; forum/forum.html's div.forum-row with topic-name, topic-author "by",
topic-stats and topic-last-post's time_since; user/profile_layout.html and profile.html's
profile-sidebar with profile-groupname, profile-online, "N posts" and the unlabelled
date_joined|format_date('%b %d %Y'), the Info and Signature panels), utils/helpers.py
(format_date is strftime, so dates come in English whatever the language; time_since is Babel's
format_timedelta in the reader's language; format_quote writes "**[NAME](/user/NAME) wrote:**" over
the quoted lines, the "wrote:" never translated) and markup.py (mistune with hard_wrap: a post's
lines broken by <br>, @NAME linked to the member's profile); the strings as FlaskBB 2.0.2's
sv_SE and da catalogues and FlaskBB's Weblate ta catalogue write them (read; the Danish catalogue
translates a few strings only, "Emne", "Søg", "Forum": the rest stays English as FlaskBB shows
it; the Czech catalogue of FlaskBB is empty, so the forum's own Czech strings are written for this
round). The forum's theme ("kittiwake", written from memory of onion FlaskBB boards) sets the
html lang to the reader's language, drops the remote fonts and emoji script and the footer's
clearnet links, writes a post younger than a week with time_since (older ones keep FlaskBB's
strftime "%d %B %Y - %H:%M") and the edit note with the translatable "Last modified: %(date)s by
<a>%(user)s</a>" of FlaskBB's later templates (no sv_SE string: English; the ta string drops
"by"). The crawl's account (mistlur_k, in the navbar) had the UI language of each board.
  - a FlaskBB TOPIC (Swedish, board "Svenska": how long a teapot from a Hungarian vendor of the
    market takes to Sweden): "11 November 2026 - 19:42", "för 2 dagar sedan" (a day only), "för
    5 timmar sedan", "för 25 minuter sedan"; "Medlem sedan: Mar 02 2021", "Inlägg: 312"; a quote
    "tekopp_lina wrote:" over a blockquote; the English edit note and a signature no body.
  - a FlaskBB TOPIC (Tamil, board "தமிழ்": making a PGP key): "12 November 2026 - 21:05", "1
    நாளுக்கு முன்" (a day only), "3 மணிநேரம் முன்", "40 நிமிடங்களுக்கு முன்"; "இணைந்தது: Feb 11
    2020", "இடுகைகள்: 1532"; a quote, a Tamil edit note ("கடைசியாக மாற்றியமைக்கப்பட்ட:..."), a
    signature; a post opening with "@kolam_priya" (a mention linked to a profile, no quote).
  - a FlaskBB member PROFILE (Czech: sklar_jirka, a glass vendor of the market): "873 posts" and
    "Oct 05 2020" unlabelled in the sidebar, "offline" with its last seen "před 3 hodinami" in a
    title; his notes name a topic of 112 posts (no count of his); the reader in the navbar.
  - a FlaskBB board's TOPIC LIST (Danish, "Dansk"): six forum-rows (an important one starred, a
    locked one), "by NAME", the posts and views, the last post's "for 18 minutter siden" ... "by
    NAME"; topic_pages' "[1 2 3]" links no topics; "Pages: 1 2 3 »" to page 2.
  - a thread of the OLD FORUM's static ARCHIVE in ISO-8859-16 (Romanian, "Cum recunoașteți o
    oglindă falsă a pieței", 2022), this round's own markup of an old table board's archive: a
    full-width row "#N NAME · 14.03.2022, 19:40" over the author cell ("Moderator", "mesaje:
    1.204", "înscris: 02.11.2019") and the text; div.ah-citat "NAME a scris:" a quote;
    p.ah-modif "Ultima modificare: ..." and div.ah-semn no body; "Subiectul următor »" the next
    topic, no next page.

market pages (Kittiwake Market's own markup, written from memory of public descriptions of
darknet markets: a rates strip, a language menu, the reader's balance, signed mirrors and a
canary in the footer; every vendor, product and price invented; only innocuous goods: batik,
tea, kites, ceramics, a cookery book, a teapot, pottery, tiles)
  - a GRID of six cards (Malay, "Barangan baharu", ringgit): article.kw-barang, a "#Tekstil"
    hashtag the category, "oleh @VENDOR" with its stars, "Dari Malaysia ke Seluruh dunia" the
    route (two places joined by "dan"), "RM 185.00" in a data element ("≈ 0.1412 XMR" a
    conversion at the strip's rate; "Dari RM 24.00", a price from, the card's price; "RM 1,250.00"
    a comma between thousands; a sold-out card still a listing); the week's shop banner and the
    sidebar no cards; "Seterusnya ›" to page 2.
  - a LISTING (Hungarian, forints): "12&nbsp;900" and "Ft" in two spans ("≈ 0,1021 XMR" a
    conversion; the postage radios' "+1&nbsp;490 Ft", the vendor's other items no price); facts
    "Feladás helye" Magyarország and "Szállítás ide" three places; the seller's aside; the last
    crumb Kerámia.
  - a VENDOR page (Hebrew, right to left): a table "חוות דעת" 1,284, "חיוביות" 98.6%, "חבר מאז" "14
    במרץ 2021" (the month with its prefix ב); "טביעת אצבע:" the fingerprint in gpg's groups over the
    armoured key; the three products (shekel prices) and recent reviews are links, not records.
  - a FEEDBACK page (Persian, Persian digits): "۲٬۳۱۸ نظر", "۹۷٫۴٪ رضایت" over "مثبت: ۲٬۲۵۸ ·
    خنثی: ۳۷ · منفی: ۲۳"; sales and disputes no count; four reviews dated in the Solar Hijri
    calendar with their items' toman prices; "صفحهٔ بعد ›" to page 2.
  - the CAPTCHA at the market's gate (Bengali): an inline SVG of distorted strokes, a six-letter
    box "ক্যাপচা" and "যাচাই করুন"; the site wants a human; no records.
The key is a REAL OpenPGP v4 public key (ed25519) generated for this round with gpg in a
throwaway GnuPG home under /tmp that was deleted afterwards.

How close each page is to a real site: the four FlaskBB pages follow FlaskBB 2.0.2's templates,
helpers and catalogues as read above (the theme's changes from memory of onion boards); the
archive and the five market pages are shaped from memory (old table boards' static archives,
multilingual markets with hashtag categories, split price spans, RTL vendor tables, Persian
digits, SVG captchas). Page frames, strings and all content are invented for this round; sites
and addresses are fictional (made-up 56-character .onion names; the key's user id an .example
address inside its base64; www.w3.org only in the archive's doctype and the captcha's SVG
namespace, never fetched).

Truth conventions, as rounds 24-49: a post's body without quotes, signatures and edit notes (a
mention is body); quotes name the quoted members; relative dates resolve against the harness's
NOW_TIME (2026-11-20 12:00), "N days ago" to a day only; an author record for every poster whose
statistics the page shows, once, in order of first post; a profile gives its member's record; a
topic list one thread record per topic; a listing's price is the one a buyer pays (conversions,
postage and other items' prices no price; a card's "from" price is its price); the category is
the last crumb or the card's hashtag; a vendor page's product links give no listing records; a
feedback page gives its vendor's record with the totals shown (the positive share its rating,
has_pgp_key None); a captcha page no records.

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (b947282) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 50 --side holdout --misses``): those of 747bc53 (the last session's end), of 7dbbd68
(rounds 44 and 45 mended), of 01a5e67 (rounds 46 and 47 too) and of 285cf77 (rounds 48 and 49 too).
None had seen this round's pages; every helper who wrote those mends kept it out of every scan.

    template               747bc53  7dbbd68  01a5e67  285cf77
    flaskbb_profile_cs       0.000    0.000    0.000    0.000  (a profile read as a vendor's)
    kittiwake_archive_ro     0.000    0.000    0.000    0.000  (an archive's thread: no posts)
    kittiwake_feedback_fa    0.200    0.200    0.200    0.200  (read as cards)
    flaskbb_topic_ta         0.510    0.510    0.510    0.510  (dates; posters; title)
    kittiwake_grid_ms        0.684    0.841    0.841    0.841  (hashtag categories)
    flaskbb_topic_sv         0.868    0.868    0.868    0.868  (title; a poster; stats)
    kittiwake_listing_hu     0.933    0.933    0.933    0.933  (vendor)
    flaskbb_forum_da, kittiwake_captcha_bn, kittiwake_vendor_he 1.000
    overall                  0.628    0.678    0.678    0.678

This round and round 51 are this session's third blind measure: the parsers of 747bc53 are the last
session's, those of 7dbbd68 carry this session's mends of rounds 44 and 45, those of 01a5e67 those
of rounds 46 and 47 too, those of 285cf77 those of rounds 48 and 49 too. The mends of rounds 44 and
45 carried here on the cards' places (+0.050: routes as the sentence every card writes alike); the
later ones nothing. Blind scores of the rounds (3 to 49): 0.646, 0.778, 0.714, 0.946, 0.798, 0.699,
0.601, 0.750, 0.857, 0.466, 0.612, 0.538, 0.773, 0.313, 0.694, 0.684, 0.376, 0.578, 0.517, 0.514,
0.848, 0.777, 0.858, 0.406, 0.782, 0.902, 0.752, 0.831, 0.738, 0.820, 0.891, 0.770, 0.942, 0.679,
0.736, 0.893, 0.837, 0.587, 0.741, 0.919, 0.667, 0.858, 0.710, 0.764, 0.720, 0.664, 0.543 and here
0.678 (0.628 at this session's start). KNOWN_MISSES held every wrong value of 285cf77 (empty since
the mends below). This round is BLIND: do not tune the parsers on its pages; mend a miss only as a
general mechanism, with test pages of its own, and say so here.

Mended after its blind measure, each miss by a general mechanism with test pages of its own
(bb63d94 to 3ee634f): a poster's panel cell holding a join day is no post's date
(parsers.dated_elements); a post block naming one member by an @mention stays one post, and a
breadcrumb's unlinked last step beats a header naming the site (parsers.post_split,
parsers.path_end); an exchange rate in a script's own digits is no card (parsers.market_prices);
hashtag categories and places joined by the language's word for 'and' (parsers.cards,
parsers.list_words); a seller's name beside a short badge (parsers.boxed_seller); a profile's
count and join day with no labels, and its name from a member's address (parsers.bare_stats,
parsers.member_card): 0.678 -> 1.000.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from babel.dates import format_timedelta

from tests.general_rounds import (
    NOW_TIME,
    Round,
    _author,
    _feedback_vendor,
    _listing,
    _post,
    _vendor,
    day_ago,
    shown_number,
    time_ago,
    v4_fingerprint,
)

DATA = Path(__file__).parent / "data" / "general_r50"

_MKT = "http://kittiwakemarketegy5mxxsewvsx3uksmrjtwshfmv7ovbswg3ehbsmd.onion"
_FORUM = "http://kittiwakeforumlgoojisxttfdl7lcycbtdpx3rg65cavowwfnqktcbd.onion"
_FP_KADRUT = "DE88D5F0542CE7ACF72E4B59895748111E97E176"

_ARCHIVE = "holdout/kittiwake_archive_thread_ro_iso8859_16.html"
#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {_ARCHIVE: "iso-8859-16"}

_WORLD = ("Malaysia", ["Seluruh dunia"])

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # FlaskBB topic, Swedish: div.topic-head the title; div.author-name the names; the post links
    # the times ("11 November 2026 - 19:42"; "för 2 dagar sedan" a day only; "för 5 timmar sedan",
    # "för 25 minuter sedan"); "Medlem sedan:" / "Inlägg:" the statistics; "tekopp_lina wrote:" a
    # quote; the English edit note and div.post-signature no body.
    "holdout/flaskbb_topic_relative_sv.html": {
        "template": "flaskbb_topic_sv", "url": _FORUM + "/topic/4117-leveranstid-for-keramik-fran-ungern",
        "type": "thread",
        "records": [
            {"type": "thread", "title": "Leveranstid för keramik från Ungern?"},
            _post("tekopp_lina", "2026-11-11T19:42:00", 0,
                  "Jag har beställt en handdrejad tekanna från Korongos_Bea på marknaden.\n"
                  "Hon skickar från Ungern. Hur lång tid brukar det ta till Sverige?", []),
            _post("kanelbulle_ake", day_ago(2), 1,
                  "Min beställning från henne tog elva dagar, inklusive helgen.\n"
                  "Hon packar väldigt noga med wellpapp och halm, så inget gick sönder.", ["tekopp_lina"]),
            _post("tekopp_lina", time_ago(hours=5), 2,
                  "Paketet kom i dag! Tio dagar från Budapest till Luleå.\n"
                  "Tekannan är hel och glasyren är ännu finare i verkligheten.", []),
            _post("fjallsippa", time_ago(minutes=25), 3,
                  "Skönt att höra! Jag tänkte beställa muggar från samma säljare till jul.", []),
            _author("tekopp_lina", 312, "2021-03-02"),
            _author("kanelbulle_ake", 2417, "2019-08-19"),
            _author("fjallsippa", 46, "2024-01-07"),
        ],
    },
    # FlaskBB topic, Tamil: the same engine and theme; "1 நாளுக்கு முன்" a day only; "இணைந்தது:" /
    # "இடுகைகள்:" the statistics; "thenkoodu_ravi wrote:" a quote; the Tamil edit note and the
    # signature no body; "@kolam_priya" a mention in the body, no quote.
    "holdout/flaskbb_topic_quotes_ta.html": {
        "template": "flaskbb_topic_ta", "url": _FORUM + "/topic/4123-pgp-vicaiyai-eppati-uruvakkuvatu",
        "type": "thread",
        "records": [
            {"type": "thread", "title": "PGP விசையை எப்படி உருவாக்குவது?"},
            _post("kolam_priya", "2026-11-12T21:05:00", 0,
                  "சந்தையில் விற்பனையாளருக்கு முகவரி அனுப்ப PGP விசை வேண்டும் என்று சொல்கிறார்கள்.\n"
                  "நான் லினக்ஸ் பயன்படுத்துகிறேன். எங்கிருந்து தொடங்குவது?", []),
            _post("thenkoodu_ravi", day_ago(1), 1,
                  "முனையத்தில் gpg --full-generate-key என்று தட்டச்சு செய்யுங்கள்.\n"
                  "விசை வகைக்கு ECC தேர்ந்தெடுத்து, வலுவான கடவுச்சொற்றொடர் கொடுங்கள்.", []),
            _post("kolam_priya", time_ago(hours=3), 2,
                  "நன்றி! விசை உருவாகிவிட்டது.\n"
                  "பொது விசையை என் சுயவிவரத்தில் ஒட்டிவிட்டேன்.", ["thenkoodu_ravi"]),
            _post("malligai_selvi", time_ago(minutes=40), 3,
                  "@kolam_priya தனிப்பட்ட விசையை யாருக்கும் அனுப்ப வேண்டாம், பொது விசை மட்டும் போதும்.", []),
            _author("kolam_priya", 128, "2022-06-23"),
            _author("thenkoodu_ravi", 1532, "2020-02-11"),
            _author("malligai_selvi", 9, "2025-09-30"),
        ],
    },
    # FlaskBB profile, Czech: the panel head the name; "873 posts" the posts and the unlabelled
    # "Oct 05 2020" the join day (the last seen in a title no statistic; the 112 posts of a topic
    # in his notes no count of his; the reader mistlur_k in the navbar no member of the page).
    "holdout/flaskbb_profile_cs.html": {
        "template": "flaskbb_profile_cs", "url": _FORUM + "/user/sklar_jirka", "type": "profile",
        "records": [_author("sklar_jirka", 873, "2020-10-05")],
    },
    # FlaskBB topic list, Danish: six div.forum-row, div.topic-name's link the titles, one thread
    # each in page order (the starred and the locked one too; the topic_pages links no topics);
    # "Pages: 1 2 3 »" to page 2.
    "holdout/flaskbb_forum_topics_da.html": {
        "template": "flaskbb_forum_da", "url": _FORUM + "/forum/14-dansk", "type": "forum_index",
        "next": _FORUM + "/forum/14-dansk?page=2",
        "records": [
            {"type": "thread", "title": "Velkommen til det danske forum – læs reglerne først"},
            {"type": "thread", "title": "Hvor lang tid tager forsendelse fra Tjekkiet?"},
            {"type": "thread", "title": "Anmeldelse: glasskåle fra sklar_jirka"},
            {"type": "thread", "title": "Hvordan fungerer escrow, når pakken er forsinket?"},
            {"type": "thread", "title": "Dansk oversættelse af markedets FAQ"},
            {"type": "thread", "title": "Bedste te til vinteren? Tips modtages"},
        ],
    },
    # The old forum's archive, Romanian in ISO-8859-16: h1.ah-titlu the title; tr.ah-cap's b the
    # names and "DD.MM.YYYY, HH:MM" the times; td.ah-autor "mesaje:" / "înscris:" the statistics;
    # div.ah-citat "NAME a scris:" quotes; p.ah-modif and div.ah-semn no body.
    _ARCHIVE: {
        "template": "kittiwake_archive_ro", "url": _FORUM + "/arhiva/ro/subiect-1187.html", "type": "thread",
        "records": [
            {"type": "thread", "title": "Cum recunoașteți o oglindă falsă a pieței"},
            _post("corb_de_munte", "2022-03-14T19:40:00", 0,
                  "Au apărut din nou linkuri false ale pieței pe forumuri publice și în grupuri de chat.\n"
                  "Verificați întotdeauna semnătura PGP a listei de oglinzi înainte să vă autentificați.",
                  []),
            _post("ciocarlia_ana", "2022-03-14T21:05:00", 1,
                  "Unde găsesc cheia publică a administratorilor?\n"
                  "Am căutat în pagina de ajutor și nu am găsit-o.", ["corb_de_munte"]),
            _post("corb_de_munte", "2022-03-15T08:12:00", 2,
                  "Cheia este în subsolul fiecărei pagini, la „Oglinzi semnate”.\n"
                  "O importați o singură dată și apoi verificați lista de fiecare dată.", ["ciocarlia_ana"]),
            _post("tei_batran", "2022-03-16T17:55:00", 3,
                  "Mulțumesc, am verificat și am găsit o oglindă falsă în favorite. Am șters-o imediat.", []),
            _author("corb_de_munte", 1204, "2019-11-02"),
            _author("ciocarlia_ana", 87, "2021-06-19"),
            _author("tei_batran", 3518, "2019-04-27"),
        ],
    },
    # Kittiwake grid, Malay: six article.kw-barang, h3.kw-nama the titles, the data elements the
    # prices in ringgit ("Dari RM 24.00" a price from; the XMR conversions no price), "@VENDOR"
    # the vendors, the hashtags the categories, "Dari FROM ke TO" the routes; the banner and the
    # sidebar no cards; "Seterusnya ›" to page 2.
    "holdout/kittiwake_grid_myr_ms.html": {
        "template": "kittiwake_grid_ms", "url": _MKT + "/ms/baharu", "type": "listing_index",
        "next": _MKT + "/ms/baharu?halaman=2",
        "records": [
            _listing("Kain batik lukis tangan, 2 meter", 185.0, "MYR", "Batik_Terengganu", "Tekstil",
                     *_WORLD),
            _listing("Teh hitam tanah tinggi, 500 g", 32.5, "MYR", "Kebun_Teh_Tanah_Rata", "Teh", "Malaysia",
                     ["Asia Tenggara"]),
            _listing("Set wau bulan mini (hiasan dinding)", 68.0, "MYR", "Wau_Kelantan", "Kraf tangan",
                     *_WORLD),
            _listing("Pinggan seramik Labu Sayong", 24.0, "MYR", "Tembikar_Sayong", "Seramik", "Malaysia",
                     ["Malaysia"]),
            _listing("Selendang songket tenunan Terengganu", 1250.0, "MYR", "Batik_Terengganu", "Tekstil",
                     *_WORLD),
            _listing("Buku resipi kuih tradisional (edisi kulit keras)", 59.9, "MYR", "Dapur_Nyonya", "Buku",
                     "Malaysia", ["Malaysia", "Singapura"]),
        ],
    },
    # Kittiwake listing, Hungarian: h1.kw-cim; "12 900" + "Ft" the price (the XMR conversion,
    # postage and other items no price); the seller's aside Korongos_Bea; the last crumb Kerámia;
    # "Feladás helye" / "Szállítás ide" the places.
    "holdout/kittiwake_listing_huf_hu.html": {
        "template": "kittiwake_listing_hu", "url": _MKT + "/hu/termek/21107", "type": "listing",
        "records": [_listing("Kézzel korongozott teáskanna, 0,8 l, kobaltkék máz", 12900.0, "HUF",
                             "Korongos_Bea", "Kerámia", "Magyarország",
                             ["Európai Unió", "Svájc", "Norvégia"])],
    },
    # Kittiwake vendor, Hebrew: h1.kw-hanut__shem the name; "חוות דעת" 1,284, "חיוביות" 98.6%, "חבר
    # מאז" 14 March 2021; the key in pre.kw-maftea__guf. The products are links, not records.
    "holdout/kittiwake_vendor_pgp_he.html": {
        "template": "kittiwake_vendor_he", "url": _MKT + "/he/hanut/Kadrut_Yafo", "type": "vendor",
        "records": [_vendor("Kadrut_Yafo", 1284, 98.6, "2021-03-14", _FP_KADRUT)],
    },
    # Kittiwake feedback, Persian: its vendor Kashi_Meybod with the totals shown ("۲٬۳۱۸ نظر",
    # "۹۷٫۴٪ رضایت"; sales and disputes no count); "صفحهٔ بعد ›" to page 2.
    "holdout/kittiwake_feedback_fa.html": {
        "template": "kittiwake_feedback_fa", "url": _MKT + "/fa/forushgah/Kashi_Meybod/nazarat",
        "type": "feedback", "next": _MKT + "/fa/forushgah/Kashi_Meybod/nazarat?safhe=2",
        "records": [_feedback_vendor("Kashi_Meybod", 2318, 97.4)],
    },
    # Kittiwake gate, Bengali: an SVG captcha, a box and "যাচাই করুন"; no records.
    "holdout/kittiwake_captcha_bn.html": {
        "template": "kittiwake_captcha_bn", "url": _MKT + "/bn/dwar?return=/bn/notun", "type": "captcha",
        "records": [],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers give on the holdout side where it differs from TRUTH: nothing since the mends
# (parsers of 3ee634f; blind, 285cf77 gave the values the docstring counts).
# Key: "kind[i].field" (or "page_type"); value: what the parsers gave.
KNOWN_MISSES: dict[str, dict[str, Any]] = {}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(1.0)
_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)

_text = ROUND.page_text(ENCODINGS)
_posts = ROUND.records_of("post")
_listings = ROUND.records_of("listing")
_authors = ROUND.author_stats
_NOW = NOW_TIME.replace(tzinfo=None)
_BABEL = {"sv": "sv_SE", "ta": "ta", "da": "da", "cs": "cs"}




def test_five_forum_pages_and_five_market_pages_of_one_ecosystem() -> None:
    kinds = [t["type"] for t in TRUTH.values()]
    counts = [kinds.count(k) for k in ("thread", "profile", "forum_index", "listing_index", "listing",
                                       "vendor", "feedback", "captcha")]
    assert counts == [3, 1, 1, 1, 1, 1, 1, 1]
    for page, truth in TRUTH.items():
        # The forum's pages on the forum's host, the market's on the market's.
        assert truth["url"].startswith(_FORUM if "flaskbb" in page or page == _ARCHIVE else _MKT), page
        if truth["type"] == "thread":
            authors = [p["author"] for p in _posts(page)]
            assert [p["index"] for p in _posts(page)] == list(range(len(authors)))
            # An author record for every poster, once, in order of first post.
            assert [r["name"] for r in ROUND.records_of("author")(page)] == list(dict.fromkeys(authors)), page
            # Every thread quotes a member.
            assert any(p["quotes"] for p in _posts(page)), page
        elif truth["type"] == "captcha":
            assert truth["records"] == []
        else:
            assert truth["records"] and _posts(page) == [], page
    # The market's pages link the forum and the forum's posts name the market's vendors.
    assert all(_FORUM in _text(p) for p in TRUTH if p.startswith("holdout/kittiwake_") and p != _ARCHIVE
               and "captcha" not in p)
    assert "Korongos_Bea" in _text("holdout/flaskbb_topic_relative_sv.html")
    assert "sklar_jirka" in _text("holdout/flaskbb_forum_topics_da.html")


def test_ten_mid_sized_languages_and_one_page_in_iso_8859_16() -> None:
    langs = ROUND.page_langs(ENCODINGS)
    assert sorted(langs.values()) == ["bn", "cs", "da", "fa", "he", "hu", "ms", "ro", "sv", "ta"]
    assert set(ENCODINGS) == {page for page in TRUTH if "iso8859_16" in page}
    # No earlier page declared ISO-8859-16.
    earlier = [p for n in range(3, 50) for p in (DATA.parent / f"general_r{n}").glob("*/*.html")]
    assert earlier and not any(b"iso-8859-16" in p.read_bytes().lower() for p in earlier)


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
test_every_post_body_is_written_on_its_page_line_by_line = ROUND.bodies_on_its_page(ENCODINGS)
test_every_address_of_the_truth_and_the_pages_is_a_fictional_host = ROUND.fictional_hosts(ENCODINGS)


def _flaskbb_times(page: str) -> list[str]:
    """What a FlaskBB topic writes in each post-meta link: its date or its relative time."""
    return [" ".join(t.split()) for t in re.findall(
        r'<a href="/post/\d+">\s*([^<]+?)\s*</a>(?:\s*<small>|\s*</div>)', _text(page))]


def _babel_ago(lang: str, **delta: int) -> str:
    """What FlaskBB's time_since writes for a post ``delta`` before the capture."""
    return format_timedelta(-timedelta(**delta), add_direction=True, locale=_BABEL[lang])


def test_the_archive_is_iso_8859_16_with_its_own_bytes() -> None:
    raw = (DATA / _ARCHIVE).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'content="text/html; charset=iso-8859-16"' in raw and raw.count(b"charset=") == 1
    # One byte a letter: recunoașteți (ș 0xBA, ț 0xFE), oglindă (ă 0xE3), pieței.
    assert b"recunoa\xbate\xfei o oglind\xe3 fals\xe3 a pie\xfeei" in raw
    assert b"\xa5Oglinzi semnate\xb5" in raw  # „Oglinzi semnate”
    # Read as ISO-8859-2 (or windows-1250) the comma-below letters come out with cedillas.
    assert "recunoaşteţi" in raw.decode("iso-8859-2") and "recunoașteți" not in raw.decode("iso-8859-2")
    assert "recunoașteți" in _text(_ARCHIVE)


def test_the_archive_times_stats_quotes_and_notes_are_the_truths() -> None:
    text = _text(_ARCHIVE)
    posts = _posts(_ARCHIVE)
    heads = re.findall(r'<span class="ah-nr">#(\d)</span> <b>([^<]+)</b> &middot; (\d\d)\.(\d\d)\.(\d{4}), '
                       r"(\d\d:\d\d)</td>", text)
    assert [(int(n) - 1, a, f"{y}-{m}-{d}T{t}:00") for n, a, d, m, y, t in heads] == [
        (p["index"], p["author"], p["posted_at"]) for p in posts]
    boxes = re.findall(r'<b>([^<]+)</b> &middot;.*?<td class="ah-autor"[^>]*>[^<]+<br>\n'
                       r"mesaje: ([\d.]+)<br>\nînscris: (\d\d)\.(\d\d)\.(\d{4})</td>", text, re.S)
    assert {(n, int(shown_number(c, ".")), f"{y}-{m}-{d}") for n, c, d, m, y in boxes} == _authors(_ARCHIVE)
    quoted = re.findall(r'<p class="ah-sursa">([^<]+) a scris:</p>', text)
    assert [[q] for q in quoted] == [p["quotes"] for p in posts if p["quotes"]]
    assert "Ultima modificare: 15.03.2022, 08:30 de corb_de_munte." in text and "Încet, dar sigur." in text
    assert all("Ultima" not in p["body"] and "Încet" not in p["body"] for p in posts)
    assert "Subiectul următor &raquo;</a>" in text and "next" not in TRUTH[_ARCHIVE]


def test_the_swedish_topic_dates_relative_times_and_stats_are_the_truths() -> None:
    page = "holdout/flaskbb_topic_relative_sv.html"
    text = _text(page)
    posts = _posts(page)
    shown = _flaskbb_times(page)
    # An older post keeps FlaskBB's strftime date (English month names); the theme writes the
    # others with time_since, as Babel words it in Swedish.
    assert shown == ["11 November 2026 - 19:42", _babel_ago("sv", days=2), _babel_ago("sv", hours=5),
                     _babel_ago("sv", minutes=25)]
    assert shown[1:] == ["för 2 dagar sedan", "för 5 timmar sedan", "för 25 minuter sedan"]
    assert datetime.strptime(shown[0], "%d %B %Y - %H:%M").isoformat() == posts[0]["posted_at"]
    assert [p["posted_at"] for p in posts[1:]] == [day_ago(2), time_ago(hours=5), time_ago(minutes=25)]
    boxes = re.findall(r'<div class="author-name"><h4><a href="/user/\w+">(\w+)</a></h4></div>.*?'
                       r'<div class="author-registered">Medlem sedan: (\w{3} \d\d \d{4})</div>\s*'
                       r'<div class="author-posts">Inlägg: (\d+)</div>', text, re.S)
    assert [b[0] for b in boxes] == [p["author"] for p in posts]
    assert {(n, int(c), datetime.strptime(j, "%b %d %Y").strftime("%Y-%m-%d")) for n, j, c in boxes} == (
        _authors(page))
    assert '<p><strong><a href="/user/tekopp_lina">tekopp_lina</a> wrote:</strong></p>' in text
    assert "Last modified: 20 November 2026 - 07:20 by" in text and "Blommor, te och tålamod." in text
    assert all("modified" not in p["body"] and "Blommor" not in p["body"] for p in posts)


def test_the_tamil_topic_relative_times_quote_mention_and_notes_are_the_truths() -> None:
    page = "holdout/flaskbb_topic_quotes_ta.html"
    text = _text(page)
    posts = _posts(page)
    shown = _flaskbb_times(page)
    assert shown == ["12 November 2026 - 21:05", _babel_ago("ta", days=1), _babel_ago("ta", hours=3),
                     _babel_ago("ta", minutes=40)]
    assert datetime.strptime(shown[0], "%d %B %Y - %H:%M").isoformat() == posts[0]["posted_at"]
    assert [p["posted_at"] for p in posts[1:]] == [day_ago(1), time_ago(hours=3), time_ago(minutes=40)]
    boxes = re.findall(r'<div class="author-registered">இணைந்தது: (\w{3} \d\d \d{4})</div>\s*'
                       r'<div class="author-posts">இடுகைகள்: (\d+)</div>', text)
    names = re.findall(r'<div class="author-name"><h4><a href="/user/\w+">(\w+)</a></h4></div>', text)
    assert names == [p["author"] for p in posts]
    assert {(n, int(c), datetime.strptime(j, "%b %d %Y").strftime("%Y-%m-%d"))
            for n, (j, c) in zip(names, boxes, strict=True)} == _authors(page)
    assert '<a href="/user/thenkoodu_ravi">thenkoodu_ravi</a> wrote:</strong>' in text
    assert posts[2]["quotes"] == ["thenkoodu_ravi"] and "ECC" not in posts[2]["body"]
    # A mention links a profile inside the body: no quote.
    assert "<p><a href='/user/kolam_priya'>@kolam_priya</a> " in text and posts[3]["quotes"] == []
    assert "கடைசியாக மாற்றியமைக்கப்பட்ட:20 November 2026 - 09:12" in text and "பொறுமை கடலினும் பெரிது" in text
    assert all("பொறுமை" not in p["body"] and "மாற்றியமைக்கப்பட்ட" not in p["body"] for p in posts)


def test_the_czech_profile_posts_and_unlabelled_join_day_are_the_truths() -> None:
    page = "holdout/flaskbb_profile_cs.html"
    text = _text(page)
    ((name, posts, joined),) = _authors(page)
    head = re.search(r'<div class="panel-heading page-head">\s*<a href="/user/(\w+)">\1</a>', text)
    assert head and head.group(1) == name
    assert int(re.search(r'<div class="profile-posts">\s*(\d+) posts\s*</div>', text).group(1)) == posts  # type: ignore[union-attr]
    shown = re.search(r'<div class="profile-date">\s*(\w{3} \d\d \d{4})\s*</div>', text).group(1)  # type: ignore[union-attr]
    assert datetime.strptime(shown, "%b %d %Y").strftime("%Y-%m-%d") == joined
    # The last seen is a relative time in a title; the notes' 112 posts are a topic's.
    assert f'title="{_babel_ago("cs", hours=3)}"' in text and "(je tam 112 příspěvků)" in text
    assert '<span class="fa fa-user fa-fw"></span> mistlur_k' in text and name != "mistlur_k"


def test_the_danish_rows_are_the_threads_and_the_pager_leads_to_page_two() -> None:
    page = "holdout/flaskbb_forum_topics_da.html"
    text = _text(page)
    rows = re.findall(r'<div class="topic-name">\s*<a href="/topic/\d+-[\w-]+">([^<]+)</a>', text)
    assert rows == [r["title"] for r in TRUTH[page]["records"]]
    assert text.count('<div class="row forum-row hover clearfix">') == 6
    assert "topic-starred-read" in text and "topic-locked" in text
    # The last posts' relative times are what Babel writes in Danish; "Emne" is the da catalogue's.
    lasts = re.findall(r'<a href="/post/\d+">([^<]+)</a><br />', text)
    assert lasts[1:4] == [_babel_ago("da", minutes=18), _babel_ago("da", hours=3), _babel_ago("da", days=2)]
    assert '<div class="col-md-5 col-sm-5 col-xs-8 topic-name">Emne</div>' in text
    nxt = TRUTH[page]["next"][len(_FORUM):]
    assert f'<li><a href="{nxt}">&raquo;</a></li>' in text
    # topic_pages' links lead into topics, not to other topics.
    assert '[\n            <a href="/topic/4096-anmeldelse-glasskale-fra-sklar_jirka?page=1">1</a>' in text


def test_the_malay_cards_are_the_truths_and_the_banner_no_card() -> None:
    page = "holdout/kittiwake_grid_myr_ms.html"
    text = _text(page)
    rate = shown_number(re.search(r"1 XMR = RM ([\d,.]+)", text).group(1), ",")  # type: ignore[union-attr]
    cards = re.findall(r'<a class="kw-tanda" href="[^"]+">#([^<]+)</a>\s*'
                       r'<h3 class="kw-nama"><a href="[^"]+">([^<]+)</a></h3>\s*'
                       r'<p class="kw-kedai">oleh <a href="[^"]+">@(\w+)</a>.*?</p>\s*'
                       r'<p class="kw-laluan">Dari <b>([^<]+)</b> ke (.+?)</p>\s*'
                       r'<p class="kw-harga">(?:Dari )?<data value="([\d.]+)">RM ([\d,.]+)</data> '
                       r"<small>([^<]+)</small>", text)
    rows = []
    for category, title, vendor, frm, to, value, shown, small in cards:
        assert float(value) == shown_number(shown, ",")
        if small.startswith("≈"):  # a conversion at the strip's rate
            assert f"{float(value) / rate:.4f}" == small.split()[1]
        rows.append((title, float(value), "MYR", vendor, category, frm, re.findall(r"<b>([^<]+)</b>", to)))
    ROUND.check_listings(rows, page)
    assert "Dari <data" in text and '<span class="kw-habis">Habis dijual</span>' in text
    assert text.count('<article class="kw-barang"') == 6 and '<aside class="kw-iklan">' in text
    nxt = TRUTH[page]["next"][len(_MKT):]
    assert f'<a class="kw-seterusnya" href="{nxt}" rel="next">Seterusnya ›</a>' in text


def test_the_hungarian_price_is_split_over_two_spans_and_is_the_one_a_buyer_pays() -> None:
    page = "holdout/kittiwake_listing_huf_hu.html"
    text = _text(page)
    (listing,) = _listings(page)
    whole = re.search(r'<span class="kw-ar__szam">([\d&nbsp;]+)</span> '
                      r'<span class="kw-ar__penznem">Ft</span>', text).group(1)  # type: ignore[union-attr]
    price = shown_number(whole, "&nbsp;")
    assert price == listing["price"] and listing["currency"] == "HUF"
    rate = shown_number(re.search(r"1 XMR = ([\d&nbsp;]+) Ft", text).group(1), "&nbsp;")  # type: ignore[union-attr]
    conversion = re.search(r'<span class="kw-ar__xmr">≈ ([\d,]+) XMR</span>', text).group(1)  # type: ignore[union-attr]
    assert f"{price / rate:.4f}" == conversion.replace(",", ".")
    facts = dict(re.findall(r"<li><span>([^<]+)</span><strong>([^<]+)</strong></li>", text))
    assert facts["Feladás helye"] == listing["ships_from"]
    assert facts["Szállítás ide"].split(", ") == listing["ships_to"]
    assert re.findall(r'<a href="/hu/kategoriak/[a-z/]+">([^<]+)</a>', text)[-1] == listing["category"]
    assert f'<a href="/hu/bolt/{listing["vendor"]}">{listing["vendor"]}</a>' in text
    assert "(+1&nbsp;490 Ft)" in text and "5&nbsp;400 Ft" in text


def test_the_hebrew_vendor_key_is_real_and_its_table_the_record() -> None:
    page = "holdout/kittiwake_vendor_pgp_he.html"
    text = _text(page)
    armour = re.search(r'<pre class="kw-maftea__guf" dir="ltr">-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n'
                       r"(.*?)\n=\S{4}\n-----END PGP PUBLIC KEY BLOCK-----</pre>", text, re.S).group(1)  # type: ignore[union-attr]
    assert v4_fingerprint(armour) == _FP_KADRUT
    shown = re.search(r'טביעת אצבע: <code dir="ltr">([0-9A-F ]+)</code>', text).group(1)  # type: ignore[union-attr]
    assert shown.replace(" ", "") == _FP_KADRUT and "  " in shown  # gpg's groups, a wider gap midway
    (vendor,) = ROUND.records_of("vendor")(page)
    table = dict(re.findall(r"<tr><th>([^<]+)</th><td>([^<]+)</td></tr>", text))
    assert int(shown_number(table["חוות דעת"], ",")) == vendor["feedback_count"]
    assert float(table["חיוביות"].removesuffix("%")) == vendor["rating"]
    kinds = [int(shown_number(n, ",")) for n in re.findall(r"[\d,]+", table["פילוח"])]
    assert sum(kinds) == vendor["feedback_count"]
    assert round(100 * kinds[0] / sum(kinds), 1) == vendor["rating"]
    day, month, year = table["חבר מאז"].split()
    assert month == "במרץ" and f"{year}-03-{int(day):02}" == vendor["member_since"]
    assert vendor["has_pgp_key"] is True and _listings(page) == []
    assert text.count('<li><a href="/he/mutzar/') == 3


def test_the_persian_totals_in_persian_digits_add_up_and_are_the_vendors_record() -> None:
    page = "holdout/kittiwake_feedback_fa.html"
    text = _text(page)
    (vendor,) = ROUND.records_of("vendor")(page)
    latin = str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")

    def number(shown: str) -> float:
        return shown_number(shown.translate(latin), "٬", "٫")

    count = number(re.search(r'<div class="kw-kholaseh__adad"><span>([۰-۹٬]+)</span> نظر</div>',  # type: ignore[union-attr]
                             text).group(1))
    share = number(re.search(r'<div class="kw-kholaseh__reza"><span>([۰-۹٫]+)٪</span> رضایت</div>',  # type: ignore[union-attr]
                             text).group(1))
    assert (count, share) == (vendor["feedback_count"], vendor["rating"]) and vendor["has_pgp_key"] is None
    kinds = [number(n) for n in re.findall(r"<li>(?:مثبت|خنثی|منفی): ([۰-۹٬]+)</li>", text)]
    assert sum(kinds) == count and round(100 * kinds[0] / count, 1) == share
    assert text.count('<td class="kw-tarikh">') == 4 and "فروش موفق: ۳٬۹۰۵" in text
    nxt = TRUTH[page]["next"][len(_MKT):]
    assert f'<a class="kw-badi" href="{nxt}" rel="next">صفحهٔ بعد ›</a>' in text


def test_the_captcha_gate_wants_a_human_and_carries_no_records() -> None:
    page = "holdout/kittiwake_captcha_bn.html"
    text = _text(page)
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in text and text.count("<path ") == 4
    assert '<input id="captcha" name="captcha" type="text" maxlength="6"' in text
    assert "যাচাই করুন</button>" in text
    assert TRUTH[page]["records"] == [] and "next" not in TRUTH[page]
