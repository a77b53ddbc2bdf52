"""parsers.parse_page on round-52 generality pages (tests/data/general_r52): a fully BLIND held-out
set of a realistic onion CRAWL, five forum pages and five market pages, in ten languages none of
rounds 48-51 used (Italian, Albanian, Icelandic, Azerbaijani, Urdu, Filipino, Georgian, Amharic,
Ukrainian and Greek), in page layouts no earlier round used. Ten pages, all on the HOLDOUT side (no
tune side: no rule was written for any of them), each an engine, template or layout in no earlier
round, with fictional names, words, dates and prices put in. Two forum threads of public engines no
round used (a GAZELLE tracker's forum thread, a CARBON FORUM topic), the ANUBIS proof-of-work
challenge in front of a forum (a public engine no round used), an onion forum's thread whose posts
are DETAILS elements (a summary line of name, time and statistics over each body, the older replies
collapsed) and a member profile whose statistics are ONE HORIZONTAL TABLE (a head row of labels
over a body row of figures); a BIG CARTEL category page (the Luna theme: a single maker's store)
and an AIMEOS product page (its price list of quantity tiers with rebates, its supplier above the
name), public engines no round used, a vendor page whose feedback figures are drawn in an inline
SVG chart and whose member day is written in the ETHIOPIAN calendar, a feedback page whose totals
are the counts in its FILTER TABS (the "all" tab the total) beside a bar, and a listing whose facts
are a FAQ (each label a question, each value its answer, the price in a sentence with the
conversion and the postage). Numbers and dates as the pages write them: Gazelle's "3 giorni, 14 ore
fa" over a title's "Nov 16 2026, 21:04" (English month names on an Italian page), Carbon's
"4&nbsp;ditë më parë" and "40&nbsp;minuta më parë" (days only over a day), "16 noyabr 2026, 21:10",
"dünən, 18:40", "Mesaj: 2 406", "Qoşulub: 05.09.2014", "14 مارچ 2019", "₱1,250.00", "1 180,00 ₾"
with "120,00 ₾ ფასდაკლება" and "-9%", "ጥቅምት 5 ቀን 2014 ዓ.ም." (15 October 2021), "Усі (1 482)" and
"97,9 %", "38,00 € το τεμάχιο, περίπου 0,1182 XMR".

Every page is an engine, template or layout in none of rounds 3-51, tests/data/forums_general,
tests/data/markets_general or the other directories of tests/data (board_posts, card_chips,
card_handles, column_places, dash_pieces, date_slots, form_price, glued_labels, kind_shares,
list_rows, member_tiles, mend_forum_lists, mend_market_r38, note_tails, panel_cards, post_words,
poster_panels, profile_shapes, prose_profiles, since_line, solar_hijri, stat_lines, summed_posts,
thread_frames, thread_heads, topic_rows, vendor_figures, vendor_sections): their directories were
listed (the first word of every page name: no gazelle, carbonforum, anubis, ekinmeydani, chaupal,
bigcartel, aimeos, gebeyalelit, kovalnia or kandili) and the docstrings of rounds 3-51 read for
their layouts, and the pages and modules were grepped, with the parsers' test modules, for each
page's class names and words: none of Gazelle's colhead_dark, Carbon Forum's comment-item,
commonet-count and topic-title-date, Anubis's within.website paths and anubis_challenge, Big
Cartel's product-list-thumb, Aimeos's catalog-detail-basic, rebatepercent and supplier-name, nor
the invented prefixes class="ek- (the Azerbaijani thread), ch- (the Urdu profile), gb- (the Amharic
vendor), ko- (the Ukrainian feedback page) or ki- (the Greek listing), nor x-mac-cyrillic or an
Ethiopian month (ጥቅምት, ኅዳር, ዓ.ም.), nor the words Spartiteca, "Kuzhina e Gjyshes", fiqtë,
Hrafnaþing, "Ekin Meydanı", Göyçay, چوپال, نستعلیق, "Limbagang Alon", risograph, "Zine at Komiks",
მთვარის, მინანქარი, ጥበብ, ሸማ, Ковальня, Гуцульська, шкатулка, явір, Τήνο, γουδί, nor any member or
vendor name of this round is in them. Found and no sign of the same layout: forum_post (Zikula
Dizkus's class in round 47; Gazelle's table.forum_post here), quoteheader (SMF's and ElkArte's
div.quoteheader in rounds 4, 8, 9 and forums_general; Gazelle's strong.quoteheader here), post_id,
bar-inner and price-item (other engines' generic class names in rounds 9, 20, 25, 27, 37 and
forums_general), details and summary elements (round 51's feedback groups, round 24's jschan, round
21's Pleroma: never a forum post), inline SVG (icons and round 50's captcha: never figures), the
words "ገበያ" (the Amharic word for market, in round 18's EDD vendor page) and "різьб" (round 28's
Ukrainian carving thread). Names first chosen that earlier rounds used were changed before any
truth was written: the prefixes kv- (round 45's Ukrainian vendor page) and kd- (round 23), the
Greek listing's first product, a Sifnos clay jug in Κεραμικά (round 31's Greek cards hold one: now
a marble mortar from Tinos in "Είδη κουζίνας"), the Filipino store's cart "Bayong" (round 16's
Bagisto page: now "Kariton"). Round 53, built at the same time by another helper in the same
working tree, takes templates named N to Z and this round A to M; its pages were neither read nor
used, but its page names were read (as round 51 read round 50's): they show no language and no code
page of this round, and an auction listing with a buy-now price and a feedback page with a meter,
so, before this round was committed, its Greek listing (first a make-an-offer page whose buy-now
price stood in its button beside an offer form) was rewritten as the FAQ listing and its Ukrainian
page's meter made a plain bar (the same records, checked again against the new pages).
Languages: Italian, Albanian, Icelandic, Azerbaijani, Urdu (right to left), Filipino, Georgian,
Amharic, Ukrainian and Greek. One page is in X-MAC-CYRILLIC (the WHATWG label of the Mac OS
Ukrainian code page, which browsers decode and no earlier page declared; Python calls it
mac-cyrillic and knows no "x-mac-cyrillic" label): declared by ``<meta http-equiv="Content-Type"
content="text/html; charset=x-mac-cyrillic">``; every Cyrillic letter one byte, the Ukrainian і
(0xB4), є (0xB9) and ї (0xBB) at places windows-1251 and KOI8-U give other letters; the signs the
code page lacks written as entities (&middot; &raquo; &minus;).

forum pages
  - a GAZELLE forum thread (Italian, "Spartiteca", a tracker of public-domain sheet-music scans:
    what resolution to scan yellowed organ scores at), rebuilt from WhatCD/Gazelle
    sections/forums/thread.php (read: the h2 "Forums > FORUM > TITLE", the linkbox with the
    thread's report, subscribe and search links, one table.forum_post.box per post with
    important_user on the starter's posts, tr.colhead_dark holding "#ID", format_username's
    strong link, class and user title, time_diff's span and the "[Quote]" link, td.avatar,
    td.body div#contentID with the "Last edited by NAME TIME" note inside it, the breadcrumbs
    again and the quick reply), classes/class_time.php (read: time_diff, two levels, "N days, N
    hours ago" and "N hours and N mins ago" in a span whose title is date('M d Y, H:i')) and the
    quote case of Gazelle's text class as the reference search's string search found it in two
    copies whose repositories it does not name (read: a.QuoteJump around "<strong
    class="quoteheader">NAME</strong> wrote: " before a blockquote); the private header
    (userinfo, ratio, menu, searchbars) and footer from memory, the Italian strings as a fork's
    own, the times' titles in English as PHP writes them, the quick reply's hidden preview table
    (the reader's name, no post) as remembered, the header script's CDATA markers left out.
    Gazelle names allow no spaces. No statistics.
  - a CARBON FORUM topic (Albanian, "Kuzhina e Gjyshes", drying figs without flies), rebuilt from
    lincanbin/Carbon-Forum view/default/topic.php, view/default/layout.php, the FormatTime of its
    common.php, language/en/topic.php and static/js/default/topic.function.js (read: the first
    post in div.topic-title's h1 and "By NAME at TIME • N collector • N pageviews" over
    div.topic-content, the tags, the "N Replies | Last updated in TIME" title, one
    div.comment-item a reply with its avatar, name, FormatTime and "#N" floor, a guest's "log in
    to reply" box instead of the editor; FormatTime writes only rounded days, hours or minutes
    ago under thirty days; Quote() writes a blockquote opening "#N @NAME :"); the sider from
    memory, the Albanian strings written here (Carbon ships no Albanian), the footer's clear-web
    link made a local one. No statistics.
  - the ANUBIS proof-of-work CHALLENGE in front of an onion forum (Icelandic, "Hrafnaþing"),
    rebuilt from TecharoHQ/anubis web/index.templ at 75ac3a10 (read: the title and h1, the
    JSON scripts anubis_version, anubis_challenge and anubis_base_prefix, the pensive image,
    p#status, the module script, the progress bar, the details "why am I seeing this?" with its
    paragraphs and version, the noscript note, the footer) and lib/localization/locales/is.json
    (read: every string); the html lang set to "is" (the stored template writes "en"), templ's
    unspaced output, the footer's clear-web links removed (a mirror's operator's; this round's
    pages carry no real hosts). No form: the browser works the challenge out: ddos_protection.
  - an onion forum's THREAD whose posts are DETAILS elements ("Ekin Meydanı", Azerbaijani,
    protecting pomegranate trees from frost), this round's own markup: details.ek-ileti per
    post, its summary the head ("NAME", the rank, the time, "Mesaj: 2 406 · Qoşulub:
    05.09.2014", "#N"), the two middle replies collapsed (no open attribute) under "Köhnə
    cavablar yığılıb" (older replies folded); "dünən, 18:40" yesterday, "bu gün, 09:15" today; a
    blockquote "NAME yazıb:" a quote; div.ek-imza signatures and p.ek-duzelis edit notes.
  - a member PROFILE whose statistics are ONE HORIZONTAL TABLE ("چوپال", Urdu, right to left, a
    calligraphers' forum): table.ch-shumar, a thead row of five labels (پیغامات posts, موضوعات
    topics, پسندیدگیاں likes, رکنیت membership, آخری آمد last visit) over a tbody row of their
    figures ("3,218", "14 مارچ 2019", "آج، 10:42"); the about-me text's years and pens and the
    recent posts' dates no statistics; the reader raat.ki.rani in the top bar is no member of
    the page.

market pages (only innocuous goods: zines and comics, enamel jewellery, woven cloth, carved
wood, a marble mortar)
  - a BIG CARTEL category page (Filipino, "Limbagang Alon", a risograph press's store, category
    "Zine at Komiks", pesos), rebuilt from bigcartel-themes/luna source/products.html and
    source/layout.html (read: the announcement bar, the header nav, div.branding's
    div.store-header with the store's name, the category nav's nav-title and its list,
    h1.page-title.visually-hidden, div.product-list > div.product-list-thumb a card: a link
    titled "View NAME" around the image, product-list-thumb-name, product-list-thumb-price and
    product-list-thumb-status "Sold out" / "On sale" / "Coming soon", the pagination nav, the
    footer's categories and search) and bigcartel/bigcartel-currency-locales en-PH.yml (read:
    "%u%n", ₱, "," and "."); will_paginate's pagination markup and the Filipino theme text as
    remembered (a store's own text); the html lang added. Six cards, every card the store's
    vendor (the lead's convention for a shop front) and the category page's own category; no
    places shown; a status no part of a title; "Susunod →" to page 2.
  - an AIMEOS product page (Georgian, "მთვარის ბაზარი", lari), rebuilt from
    aimeos/ai-client-html templates/client/html/catalog/detail/body.php and
    common/partials/price.php (read: p.supplier's link above h1.name, the code, the rating, the
    short text, div.price-list with one div.price-item per quantity tier (its meta price and
    currency, "from N", span.value, span.rebate "N off", span.rebatepercent "-N%", span.costs
    "+ N/item", span.taxrate), the basket form, the tabs and table.attributes of td.name /
    td.value, the suggested products, the supplier information "NAME (CITY, CC)"); the stage
    breadcrumb ("You are here:") and page frame from memory, the Georgian strings written here.
    The price is the first tier's 1 180,00 ₾ (the two-piece tier's 1 120,00 ₾, the rebates, the
    shipping costs per item and the suggested products' prices no price); the supplier the
    vendor; the crumb before the product's own the category; the properties "გაგზავნის
    ქვეყანა" and "მიწოდების ქვეყნები" the places.
  - an Amharic VENDOR page ("ገበያ ሌሊት", TIBEB_ADDIS, woven cloth), this round's own markup: "አባል
    ከ፦ ጥቅምት 5 ቀን 2014 ዓ.ም." (Tikimt 5, 2014 of the ETHIOPIAN calendar: 15 October 2021), the
    feedback an inline SVG chart whose text elements carry the total "ጠቅላላ ግምገማዎች፦ 1,286" and
    the bars' counts 1,262 / 14 / 10, its figcaption the share "98.1% አዎንታዊ" (the sales 2,940
    and the about text's "1998 ዓ.ም." no figures of the record); "የጣት አሻራ፦" the fingerprint in
    groups of four over the armoured key in a pre; three products (links, not records) and
    three reviews dated ኅዳር / ጥቅምት 2019.
  - a Ukrainian FEEDBACK page in X-MAC-CYRILLIC ("Ковальня", Гуцульська Різьба, carved wood),
    this round's own markup: the counts only in the FILTER TABS "Усі (1 482)" (all: the total),
    "Позитивні (1 451)", "Нейтральні (12)", "Негативні (19)"; "97,9 %" beside a bar (the sales
    2 317 no count); five reviews with their sums in hryvnias; "Наступна »" to page 2.
  - a Greek LISTING whose facts are a FAQ ("Καντήλι", a marble mortar from Tinos), this round's
    own markup: a dl of QUESTIONS and answers, "Ποιος το πουλάει;" (who sells it?) over "Ο
    πωλητής marmaro.tinos, με 612 αξιολογήσεις", "Πόσο κοστίζει;" over the sentence "38,00 € το
    τεμάχιο, περίπου 0,1182 XMR με τη σημερινή ισοτιμία. Τα μεταφορικά είναι επιπλέον 6,50 €."
    (the price first; the conversion at the bar's "1 XMR = 321,40 €" and the postage no price),
    "Από πού αποστέλλεται;" Ελλάδα, "Πού παραδίδεται;" three places, "Σε ποια κατηγορία
    ανήκει;" Είδη κουζίνας; no crumbs, no price on the cart button; the seller's other items'
    prices no price.
The key is a REAL OpenPGP v4 public key (ed25519) generated for this round with gpg in a
throwaway GnuPG home under /tmp that was deleted afterwards.

How close each page is to a real site: the Gazelle, Carbon Forum, Anubis, Big Cartel and Aimeos
pages follow their engines' markup as read above (strings as the engines' language files write them
or translated as a site would); the other five are shaped from memory of onion forums and markets
(collapsible posts, one-row statistics tables, charts of feedback, local calendars, filter tabs
with counts, facts written as questions and answers). Page frames, strings and all content are
invented for this round; sites and addresses are fictional (made-up 56-character .onion names; the
Amharic key's user id an .example address, inside its base64; www.w3.org only in doctypes and the
XHTML and SVG namespaces and schema.org only in itemtypes, never fetched).

Truth conventions, as rounds 24-51: a post's body without quotes, signatures and edit notes; quotes
name the quoted members; a thread's posts in page order, collapsed ones too (a reader opens them);
relative dates resolve against the harness's NOW_TIME (2026-11-20 12:00), "N days ago" to a day
only, and where the page gives a relative time over a title with the exact one, the title's is the
truth; a date of another calendar is its Gregorian day; an author record for every poster whose
statistics the page shows, once, in order of first post (none where a page shows none); a profile
gives its member's record; a challenge page gives no records; a listing's price is the one a buyer
pays for one item (quantity tiers, rebates, conversions, postage and other items' prices no
price); the category is the last category crumb; a category page gives every card the category
it shows, a single store's page the store as every card's vendor; a vendor page's product links
give no listing records; a feedback page gives its vendor's record with the totals shown (the
positive share its rating, has_pgp_key None).

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (e7bbcd2) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py --round
52 --side holdout --misses``): those of 747bc53 (the last session's end), of 7dbbd68 (rounds 44 and
45 mended), of 01a5e67 (rounds 46 and 47 too), of 285cf77 (rounds 48 and 49 too) and of 3ee634f
(rounds 50 and 51 too). None had seen this round's pages; every helper who wrote those mends kept it
out of every scan.

    template                     747bc53  7dbbd68  01a5e67  285cf77  3ee634f
    gazelle_forum_thread_it        0.865    0.865    0.865    0.000    0.000  (read as no page kind)
    anubis_challenge_is            0.000    0.000    0.000    0.000    0.000  (a proof-of-work wall)
    chaupal_profile_ur             0.000    0.000    0.000    0.000    0.000  (stats in a table row)
    gebeyalelit_vendor_am          0.000    0.000    0.000    0.000    0.000  (read as cards; SVG)
    carbonforum_topic_sq           0.294    0.294    0.294    0.294    0.294  (posters; dates)
    kovalnia_feedback_uk           0.333    0.333    0.571    0.571    0.571  (totals on tabs)
    bigcartel_luna_category_fil    0.538    0.538    0.769    0.769    0.769  (the store; category)
    kandili_listing_faq_el         0.857    0.857    0.857    0.857    0.857  (vendor; category)
    aimeos_catalog_detail_ka       0.875    0.875    0.875    0.875    0.875  (the supplier)
    ekinmeydani_thread_az 1.000
    overall                        0.636    0.636    0.691    0.602    0.602

This round and round 53 are this session's last blind measure: the parsers of 747bc53 are the last
session's, those of 7dbbd68 carry this session's mends of rounds 44 and 45, those of 01a5e67 those
of rounds 46 and 47 too, those of 285cf77 those of rounds 48 and 49 too, those of 3ee634f those of
rounds 50 and 51 too. The mends of rounds 46 and 47 carried here on a feedback page's next page and
a store's card titles (+0.055: a pager known by its shape, a title by its link's title attribute);
those of rounds 48 and 49 cost the Gazelle thread, read since as no page kind (-0.089: found by
scoring the page at each commit, 6af1675, round 48's mend of a byline's bracketed asides in
parsers.post_dates), the first blind regression of a mend this session; those of rounds 50 and 51
nothing. Blind scores of the rounds (3 to 51): 0.646, 0.778, 0.714, 0.946, 0.798, 0.699, 0.601,
0.750, 0.857, 0.466, 0.612, 0.538, 0.773, 0.313, 0.694, 0.684, 0.376, 0.578, 0.517, 0.514, 0.848,
0.777, 0.858, 0.406, 0.782, 0.902, 0.752, 0.831, 0.738, 0.820, 0.891, 0.770, 0.942, 0.679, 0.736,
0.893, 0.837, 0.587, 0.741, 0.919, 0.667, 0.858, 0.710, 0.764, 0.720, 0.664, 0.543, 0.678, 0.559 and
here 0.602 (0.636 at this session's start). KNOWN_MISSES holds every wrong value of 3ee634f. This
round is BLIND: do not tune the parsers on its pages; mend a miss only as a general mechanism, with
test pages of its own, and say so here.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
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
    day_ago,
    shown_number,
    time_ago,
    v4_fingerprint,
)

DATA = Path(__file__).parent / "data" / "general_r52"

_SPAR = "http://spartiteca3bkssajdz2vo4yw5z4hiy7qx6aurzdxllun5gulbi4mxad.onion"
_KUZH = "http://kuzhinagjyshescmxpvraqg7mawuikt5swrdbdqazxe7dtytweu5lcsd.onion"
_HRAF = "http://hrafnathingrivlayt37g6ph2c3htrxv4r7bureauy6eo7hhbmbv462d.onion"
_EKIN = "http://ekinmeydaninfhrqavikwkfi4kv6g4jgzjsqbkpo3ib2fwou427eum6d.onion"
_CHAU = "http://chaupaly74abkly2y4zx5hliziw7xelnbc7iqn7rdxum22s6bivsn6ed.onion"
_LIMB = "http://limbagangalon6i2ts5t7ejk2k5p3pj3xnpqwvs2ta2p4bee2i4id2ed.onion"
_MTVA = "http://mtvarisbazaripw2f5kxqoo7dhfsi4g2d6btdxxegdfujczrhhc7i5jd.onion"
_GEBE = "http://gebeyalelitu3ka2yr2526viube6ui6tmvtcscty5cjwtnzyp2s6xfqd.onion"
_KOVA = "http://kovalniad3ddathe4yk5ibxz5xv7aqfy5jsqvxdqggva54n4uklfeo2d.onion"
_KAND = "http://kandili2z4dszkgm6wuauuvacn47jj4czqwd4chdynzz2egu2mj5pl3d.onion"
_FP_GEBE = "6084F1AA2B8E8A6BC9F884B7DBBE1D06B5BFF422"

_UKRAINIAN = "holdout/kovalnia_feedback_tabs_uk_maccyr.html"
#: Pages not in UTF-8, with the encoding they declare (x-mac-cyrillic, the WHATWG label of what
#: Python calls mac-cyrillic).
ENCODINGS = {_UKRAINIAN: "mac-cyrillic"}

#: Every card's vendor, category and places on the Big Cartel page: the store, its category, none.
_STORE = ("Limbagang Alon", "Zine at Komiks", None, None)

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # Gazelle forum thread, Italian: the h2's last part the title; the strong links the names;
    # the time spans' titles the times (the relative texts agree); "fagotto_rosso ha scritto:"
    # over a blockquote a quote; "Ultima modifica di" no body; the hidden reply preview (the
    # reader's name) no post; no statistics.
    "holdout/gazelle_forum_thread_it.html": {
        "template": "gazelle_forum_thread_it", "url": _SPAR + "/forums.php?action=viewthread&threadid=2207",
        "type": "thread",
        "records": [
            {"type": "thread", "title": "Quale risoluzione per scansionare partiture ingiallite?"},
            _post("AnselmiM", "2026-11-16T21:04:00", 0,
                  "Ho ereditato una cartella di partiture per organo stampate a Bergamo verso il 1890, "
                  "con la carta molto ingiallita.\n"
                  "Vorrei caricarle qui, ma non so se scansionarle a 300 o a 600 dpi, e se in scala di "
                  "grigi o a colori.", []),
            _post("fagotto_rosso", "2026-11-17T08:32:00", 1,
                  "Per l'archivio chiediamo almeno 400 dpi, meglio 600 se le note sono piccole.\n"
                  "Scansiona a colori e conserva il file originale: la conversione in bianco e nero si fa "
                  "dopo, e con la carta ingiallita il contrasto si regola molto meglio partendo dal "
                  "colore.", []),
            _post("LUCIA79", "2026-11-19T19:47:00", 2,
                  "Confermo, e aggiungo una cosa: metti un foglio nero dietro la pagina quando la "
                  "scansioni.\n"
                  "Così le note stampate sul retro non traspaiono e non devi ripulire ogni pagina a mano.",
                  ["fagotto_rosso"]),
            _post("AnselmiM", "2026-11-20T10:15:00", 3,
                  "Grazie a entrambi. Ho provato con il cartoncino nero a 600 dpi e la differenza si vede "
                  "subito, stasera carico il primo fascicolo.", []),
        ],
    },
    # Carbon Forum topic, Albanian: the h1 the title; the first post under it ("Nga NAME, 4 ditë më
    # parë"), the replies' comment-items; FormatTime's relative times ("N ditë" a day only, "5
    # orë", "40 minuta"); the blockquote "#1 @fiku_i_zi :" a quote; no statistics.
    "holdout/carbonforum_topic_sq.html": {
        "template": "carbonforum_topic_sq", "url": _KUZH + "/t/4127", "type": "thread",
        "records": [
            {"type": "thread", "title": "Si t'i thaj fiqtë në diell pa miza?"},
            _post("ArbenaK", day_ago(4), 0,
                  "Këtë vit pema e fikut dha shumë, rreth tridhjetë kilogramë.\n"
                  "I kam shtruar fiqtë në kallamishte në ballkon, por mizat nuk i lënë të qetë. Si i mbroni "
                  "ju?", []),
            _post("fiku_i_zi", day_ago(3), 1,
                  "Unë i mbuloj me tyl të hollë të mbështetur mbi dy kallama, që të mos prekë frutat.\n"
                  "Para se t'i shtroj, i zhys për një minutë në ujë të vluar me pak kripë; lëkura thahet më "
                  "shpejt dhe mizat i afrohen më pak.", []),
            _post("Drita88", time_ago(hours=5), 2,
                  "Edhe unë bëj njësoj me tylin.\n"
                  "Natën i fus brenda, sepse lagështia e mëngjesit i prish.", ["fiku_i_zi"]),
            _post("ArbenaK", time_ago(minutes=40), 3,
                  "Faleminderit! Sot i mbulova me tyl dhe deri tani asnjë mizë.", []),
        ],
    },
    # Anubis challenge, Icelandic: a proof-of-work script the browser runs before the forum shows;
    # no form, no records.
    "holdout/anubis_challenge_is.html": {
        "template": "anubis_challenge_is", "url": _HRAF + "/umraeda/1289", "type": "ddos_protection",
        "records": [],
    },
    # Azerbaijani thread of details elements: h1.ek-movzu-adi the title; each summary's b.ek-ad the
    # name, span.ek-vaxt the time ("dünən" yesterday, "bu gün" today), "Mesaj:" / "Qoşulub:" the
    # statistics; the collapsed replies are posts; "nargul83 yazıb:" a quote; div.ek-imza and
    # p.ek-duzelis no body.
    "holdout/ekinmeydani_thread_details_az.html": {
        "template": "ekinmeydani_thread_az", "url": _EKIN + "/movzu/883", "type": "thread",
        "records": [
            {"type": "thread", "title": "Nar ağaclarını qışda necə qorumalı?"},
            _post("Bağban Rauf", "2026-11-16T21:10:00", 0,
                  "Bağımda altı nar ağacı var, hamısı Göyçay sortudur.\n"
                  "Keçən qış şaxta iki ağacın budaqlarını qurutdu. Bu il onları necə qoruyum?", []),
            _post("nargul83", "2026-11-17T07:45:00", 1,
                  "Mən gövdənin dibini torpaqla təpələyirəm, təxminən otuz santimetr hündürlükdə.\n"
                  "Budaqları yerə əyib çiy kisə ilə bağlayıram, şaxta keçəndən sonra açıram.", []),
            _post("Elçin.Q", f"{day_ago(1)}T18:40:00", 2,
                  "Kisənin altına bir qat quru yarpaq da qoyun, isti saxlayır.\n"
                  "Yalnız polietilen işlətməyin, altında nəm yığılır və qabıq çürüyür.", ["nargul83"]),
            _post("Bağban Rauf", f"{day_ago(0)}T09:15:00", 3,
                  "Çox sağ olun! Şənbə günü hamısını təpələyib kisə ilə bağlayacağam.", []),
            _author("Bağban Rauf", 2406, "2014-09-05"),
            _author("nargul83", 147, "2024-01-22"),
            _author("Elçin.Q", 1056, "2017-06-30"),
        ],
    },
    # Urdu profile, one horizontal table: h1.ch-naam the member; the head row's پیغامات over 3,218
    # the posts and رکنیت over 14 مارچ 2019 joined (topics, likes, the last visit, the about text's
    # years and the recent posts' dates no statistics of the contract); raat.ki.rani the reader.
    "holdout/chaupal_profile_statrow_ur.html": {
        "template": "chaupal_profile_ur", "url": _CHAU + "/rukn/qalam-dawat", "type": "profile",
        "records": [_author("قلم دوات", 3218, "2019-03-14")],
    },
    # Big Cartel category page, Filipino: six product-list-thumb cards (the name, the price in
    # pesos; "Ubos na", "Naka-sale", "Malapit na" statuses no title); the store's name every card's
    # vendor; the nav title "Zine at Komiks" the category; no places; "Susunod" to page 2.
    "holdout/bigcartel_luna_category_php_fil.html": {
        "template": "bigcartel_luna_category_fil", "url": _LIMB + "/category/zine-at-komiks",
        "type": "listing_index", "next": _LIMB + "/category/zine-at-komiks?page=2",
        "records": [
            _listing("Alon at Buhangin — risograph zine, 24 pahina", 280.0, "PHP", *_STORE),
            _listing("Ang Huling Dyip, isyu 3 (komiks)", 350.0, "PHP", *_STORE),
            _listing("Tagpi-tagping Tula: koleksyon ng tula, 40 pahina", 420.0, "PHP", *_STORE),
            _listing("Mapa ng Kape: zine tungkol sa kape ng Batangas", 300.0, "PHP", *_STORE),
            _listing("Bundle: tatlong zine ng Alon", 1250.0, "PHP", *_STORE),
            _listing("Kuwaderno ng Guhit — A5 sketch zine", 195.0, "PHP", *_STORE),
        ],
    },
    # Aimeos product page, Georgian: h1.name; the first price tier's "1 180,00 ₾" the price (the
    # two-piece tier, the rebates, the shipping costs and the suggested products no price);
    # p.supplier the vendor; the crumb before the product's own the category; the properties
    # "გაგზავნის ქვეყანა" and "მიწოდების ქვეყნები" the places.
    "holdout/aimeos_catalog_detail_gel_ka.html": {
        "template": "aimeos_catalog_detail_ka", "url": _MTVA + "/shop/minanqris-sayureebi-da-gulsakidi~512",
        "type": "listing",
        "records": [_listing("მინანქრის საყურეები და გულსაკიდი „ვაზის ფოთოლი“, კომპლექტი", 1180.0, "GEL",
                             "სიღნაღის მინანქარი", "მინანქარი", "საქართველო",
                             ["საქართველო", "სომხეთი", "თურქეთი"])],
    },
    # Amharic vendor page: h1.gb-sim TIBEB_ADDIS (its level and trust badges no name); the SVG's
    # "ጠቅላላ ግምገማዎች፦ 1,286" the feedback, the figcaption's 98.1% the rating; "አባል ከ፦ ጥቅምት 5 ቀን
    # 2014 ዓ.ም." the Ethiopian day 2021-10-15; the key in pre.gb-qulf. The three products are
    # links, not records.
    "holdout/gebeyalelit_vendor_svg_pgp_am.html": {
        "template": "gebeyalelit_vendor_am", "url": _GEBE + "/shach/TIBEB_ADDIS", "type": "vendor",
        "records": [_vendor("TIBEB_ADDIS", 1286, 98.1, "2021-10-15", _FP_GEBE)],
    },
    # Ukrainian feedback page in x-mac-cyrillic: Гуцульська Різьба; the "Усі (1 482)" tab the total
    # and "97,9 %" the rating (the kinds' tabs, the sales and the reviews' sums no totals);
    # "Наступна »" to page 2.
    _UKRAINIAN: {
        "template": "kovalnia_feedback_uk", "url": _KOVA + "/prodavets/hutsulska-rizba/vidguky",
        "type": "feedback", "next": _KOVA + "/prodavets/hutsulska-rizba/vidguky?storinka=2",
        "records": [_feedback_vendor("Гуцульська Різьба", 1482, 97.9)],
    },
    # Greek FAQ listing: the h1; the answers of the dl: "Ποιος το πουλάει;" marmaro.tinos, "Πόσο
    # κοστίζει;" 38,00 € (the XMR conversion, the postage and the seller's other items no price),
    # "Από πού αποστέλλεται;", "Πού παραδίδεται;", "Σε ποια κατηγορία ανήκει;" the category.
    "holdout/kandili_listing_faq_eur_el.html": {
        "template": "kandili_listing_faq_el", "url": _KAND + "/aggelia/9921", "type": "listing",
        "records": [_listing("Μαρμάρινο γουδί με γουδοχέρι από την Τήνο, 12 εκ.", 38.0, "EUR",
                             "marmaro.tinos", "Είδη κουζίνας", "Ελλάδα",
                             ["Ελλάδα", "Κύπρος", "Ευρωπαϊκή Ένωση"])],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers gave on the holdout side where it differs from TRUTH, measured once, blind
# (parsers of 3ee634f). Key: "kind[i].field" (or "page_type"); value: what the parsers gave.
KNOWN_MISSES: dict[str, dict[str, Any]] = {
    "holdout/aimeos_catalog_detail_gel_ka.html": {
        "listing[0].vendor": 'წინა',
    },
    "holdout/anubis_challenge_is.html": {
        "page_type": 'other',
    },
    "holdout/bigcartel_luna_category_php_fil.html": {
        "listing[0].vendor": None,
        "listing[0].category": None,
        "listing[1].vendor": None,
        "listing[1].category": None,
        "listing[2].vendor": None,
        "listing[2].category": None,
        "listing[3].vendor": None,
        "listing[3].category": None,
        "listing[4].vendor": None,
        "listing[4].category": None,
        "listing[5].vendor": None,
        "listing[5].category": None,
    },
    "holdout/carbonforum_topic_sq.html": {
        "post[0].author": 'fiku_i_zi',
        "post[0].posted_at": '2026-11-17',
        "post[0].body": (
            'Unë i mbuloj me tyl të hollë të mbështetur mbi dy kallama, që të mos prekë frutat.\n'
            "Para se t'i shtroj, i zhys për një minutë në ujë të vluar me pak kripë; lëkura "
            'thahet më shpejt dhe mizat i afrohen më pak.'),
        "post[1].author": 'Drita88',
        "post[1].posted_at": '2026-11-20T07:00:00',
        "post[1].body": (
            'Edhe unë bëj njësoj me tylin.\nNatën i fus brenda, sepse lagështia e mëngjesit '
            'i prish.'),
        "post[1].quotes": ['fiku_i_zi'],
        "post[2].author": 'ArbenaK',
        "post[2].posted_at": '2026-11-20T11:20:00',
        "post[2].body": 'Faleminderit! Sot i mbulova me tyl dhe deri tani asnjë mizë.',
        "post[2].quotes": [],
        "post[3].author": None,
        "post[3].posted_at": None,
        "post[3].index": None,
        "post[3].body": None,
    },
    "holdout/chaupal_profile_statrow_ur.html": {
        "page_type": 'other',
        "author[0].name": None,
        "author[0].post_count": None,
        "author[0].joined": None,
    },
    "holdout/gazelle_forum_thread_it.html": {
        "page_type": 'other',
        "thread[0].title": None,
        "post[0].author": None,
        "post[0].posted_at": None,
        "post[0].index": None,
        "post[0].body": None,
        "post[1].author": None,
        "post[1].posted_at": None,
        "post[1].index": None,
        "post[1].body": None,
        "post[2].author": None,
        "post[2].posted_at": None,
        "post[2].index": None,
        "post[2].body": None,
        "post[2].quotes": None,
        "post[3].author": None,
        "post[3].posted_at": None,
        "post[3].index": None,
        "post[3].body": None,
    },
    "holdout/gebeyalelit_vendor_svg_pgp_am.html": {
        "page_type": 'listing_index',
        "vendor[0].name": None,
        "vendor[0].feedback_count": None,
        "vendor[0].rating": None,
        "vendor[0].member_since": None,
        "vendor[0].pgp_fingerprint": None,
        "vendor[0].has_pgp_key": None,
    },
    "holdout/kandili_listing_faq_eur_el.html": {
        "listing[0].vendor": None,
        "listing[0].category": None,
    },
    "holdout/kovalnia_feedback_tabs_uk_maccyr.html": {
        "vendor[0].name": None,
        "vendor[0].feedback_count": None,
        "vendor[0].rating": None,
    },
}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(0.602)
_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)

_text = ROUND.page_text(ENCODINGS)
_posts = ROUND.records_of("post")
_listings = ROUND.records_of("listing")
_authors = ROUND.author_stats
_NOW = NOW_TIME.replace(tzinfo=None)


def _found(pattern: str, text: str) -> str:
    """The first group of ``pattern``'s one match in ``text`` (a check of the page, not a parse)."""
    match = re.search(pattern, text, re.S)
    assert match is not None, pattern
    return match.group(1)




def test_five_forum_pages_and_five_market_pages() -> None:
    kinds = [t["type"] for t in TRUTH.values()]
    shown = ("thread", "ddos_protection", "profile", "listing", "listing_index", "vendor", "feedback")
    assert [kinds.count(k) for k in shown] == [3, 1, 1, 2, 1, 1, 1]
    for page, truth in TRUTH.items():
        if truth["type"] == "thread":
            authors = [p["author"] for p in _posts(page)]
            assert [p["index"] for p in _posts(page)] == list(range(len(authors)))
            # An author record for every poster whose statistics are shown, once, in order of
            # first post (only the Azerbaijani thread shows any); every thread quotes a member.
            names = [r["name"] for r in ROUND.records_of("author")(page)]
            assert names in ([], list(dict.fromkeys(authors))), page
            assert any(p["quotes"] for p in _posts(page)), page
        elif truth["type"] == "ddos_protection":
            assert truth["records"] == []
        else:
            assert truth["records"] and _posts(page) == [], page


def test_ten_languages_none_of_rounds_48_to_51_and_one_page_in_x_mac_cyrillic() -> None:
    langs = ROUND.page_langs(ENCODINGS)
    assert sorted(langs.values()) == ["am", "az", "el", "fil", "is", "it", "ka", "sq", "uk", "ur"]
    used = set()
    for path in (p for n in range(48, 52) for p in (DATA.parent / f"general_r{n}").glob("*/*.html")):
        found = re.search(rb'<html[^>]* lang="([a-zA-Z-]+)"', path.read_bytes())
        if found:
            used.add(found.group(1).decode().split("-")[0].lower())
    assert len(used) >= 30 and not set(langs.values()) & used
    assert set(ENCODINGS) == {page for page in TRUTH if "maccyr" in page}
    # No earlier page declared x-mac-cyrillic.
    earlier = [p for n in range(3, 52) for p in (DATA.parent / f"general_r{n}").glob("*/*.html")]
    assert earlier and not any(b"mac-cyrillic" in p.read_bytes().lower() for p in earlier)


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
test_every_post_body_is_written_on_its_page_line_by_line = ROUND.bodies_on_its_page(ENCODINGS)
test_every_address_of_the_truth_and_the_pages_is_a_fictional_host = ROUND.fictional_hosts(ENCODINGS)


def _gazelle_ago(when: str) -> str:
    """Gazelle's time_diff of ``when`` at two levels, as the Italian fork words it."""
    minutes = int((_NOW - datetime.fromisoformat(when)).total_seconds()) // 60
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    parts = [f"{days} giorn{'i' if days > 1 else 'o'}"] if days else []
    if hours:
        parts.append(f"{hours} or{'e' if hours > 1 else 'a'}")
    shown = ", ".join(parts[:2])
    if minutes and len(parts) < 2:
        shown += f" e {minutes} min" if shown else f"{minutes} min"
    return shown + " fa"


def test_the_gazelle_titles_give_the_times_and_the_relative_texts_agree() -> None:
    page = "holdout/gazelle_forum_thread_it.html"
    text = _text(page)
    posts = _posts(page)
    heads = re.findall(r'<a class="post_id" href="[^"]+">#\d+</a>\s*<strong><a href="user\.php\?id=\d+">'
                       r'(\w+)</a></strong>.*?<span class="time tooltip" title="(\w{3}) (\d\d) (\d{4}), '
                       r'(\d\d:\d\d)">([^<]+)</span>', text, re.S)
    months = {"Nov": 11}
    times = [f"{y}-{months[m]:02}-{d}T{t}:00" for _, m, d, y, t, _ in heads]
    assert [(n, w) for (n, *_), w in zip(heads, times, strict=True)] == [
        (p["author"], p["posted_at"]) for p in posts]
    assert [shown for *_, shown in heads] == [_gazelle_ago(w) for w in times]
    assert "<strong class=\"quoteheader\">fagotto_rosso</strong> ha scritto: </a><blockquote>" in text
    assert posts[2]["quotes"] == ["fagotto_rosso"]
    edit = _found(r'Ultima modifica di\s*<a href="[^"]+">fagotto_rosso</a> <span class="time tooltip" '
                  r'title="Nov (\d\d) 2026, (\d\d:\d\d)">', text)
    assert edit == "17" and all("Ultima modifica" not in p["body"] for p in posts)
    # The quick reply's hidden preview names the reader, who wrote no post.
    assert 'class="forum_post box vertical_margin hidden preview_wrap"' in text
    assert "corista_elena" in text and all(p["author"] != "corista_elena" for p in posts)
    title = " ".join(_found(r"<h2>(.*?)</h2>", text).split()).rsplit("&gt; ", 1)[1]
    assert title == TRUTH[page]["records"][0]["title"]
    assert ROUND.records_of("author")(page) == []


def test_the_carbon_topic_relative_times_are_rounded_units_and_the_first_post_heads_it() -> None:
    page = "holdout/carbonforum_topic_sq.html"
    text = _text(page)
    posts = _posts(page)
    # The first post's byline under the h1, then every reply's name and FormatTime.
    heads = re.findall(r'<div class="topic-title-date">\s*Nga <a href="/u/\w+">(\w+)</a>\s*,\s*'
                       r"(\d+)&nbsp;(\w+) më parë", text)
    heads += re.findall(r'<div class="float-left text-bold fs14"><a href="/u/\w+">(\w+)</a></div>\s*'
                        r'<span class="float-right grey fs12">\s*(\d+)&nbsp;(\w+) më parë', text)
    units = {"ditë": lambda n: day_ago(n), "orë": lambda n: time_ago(hours=n),
             "minuta": lambda n: time_ago(minutes=n)}
    assert [(n, units[u](int(c))) for n, c, u in heads] == [(p["author"], p["posted_at"]) for p in posts]
    assert re.search(r"3  Përgjigje  \|  Përditësuar së fundi  40&nbsp;minuta më parë", text)
    floors = re.findall(r'<span class="commonet-count">#(\d)</span>', text)
    assert floors == ["1", "2", "3"] and text.count('<div class="comment-item">') == 3
    assert '<blockquote><a href="/t/4127#Post18820">#1</a> @fiku_i_zi :<br />' in text
    assert posts[2]["quotes"] == ["fiku_i_zi"]
    assert _found(r"<h1>([^<]+)</h1>", text) == TRUTH[page]["records"][0]["title"]
    assert ROUND.records_of("author")(page) == []


def test_the_anubis_challenge_is_worked_out_by_the_browser_with_no_form() -> None:
    text = _text("holdout/anubis_challenge_is.html")
    challenge = json.loads(_found(r'<script id="anubis_challenge" type="application/json">(.*?)</script>',
                                  text))
    assert challenge["rules"]["difficulty"] == 4 and len(challenge["challenge"]) == 64
    assert _found(r"<title>([^<]+)</title>", text) == "Geng úr skugga um að þú sért ekki botti!"
    assert '<p id="status">Hleður...</p>' in text and "<noscript><p>Það er leiðinlegt" in text
    assert "<form" not in text and "<input" not in text
    assert re.findall(r'href="([^"]+)"', text) == ["/.within.website/x/xess/xess.min.css?cachebuster=v1.21.3",
                                                   "/.within.website/x/cmd/anubis/"]


def test_the_details_posts_summaries_give_names_times_and_stats() -> None:
    page = "holdout/ekinmeydani_thread_details_az.html"
    text = _text(page)
    posts = _posts(page)
    relative = {"dünən": day_ago(1), "bu gün": day_ago(0)}
    heads = re.findall(r'<details class="ek-ileti" id="m\d+"( open)?>\s*<summary class="ek-ileti-bas"[^>]*>'
                       r'<b class="ek-ad"><a href="[^"]+">([^<]+)</a></b> <span class="ek-rutbe">[^<]+'
                       r'</span> · <span class="ek-vaxt">([^<]+)</span> · <span class="ek-say">Mesaj: '
                       r'([\d ]+)</span> · <span class="ek-qosulma">Qoşulub: (\d\d)\.(\d\d)\.(\d{4})</span>',
                       text)

    def when(shown: str) -> str:
        exact = re.fullmatch(r"(\d+) noyabr (\d{4}), (\d\d:\d\d)", shown)
        if exact:
            return f"{exact.group(2)}-11-{int(exact.group(1)):02}T{exact.group(3)}:00"
        word, hour = shown.split(", ")
        return f"{relative[word]}T{hour}:00"

    assert [(n, when(w)) for _, n, w, *_ in heads] == [(p["author"], p["posted_at"]) for p in posts]
    assert {(n, int(shown_number(c, " ")), f"{y}-{m}-{d}") for _, n, _, c, d, m, y in heads} == _authors(page)
    # The two middle replies are folded; they are posts all the same.
    assert [bool(o) for o, *_ in heads] == [True, False, False, True]
    assert '<p class="ek-sitat-bas"><b>nargul83</b> yazıb:</p>' in text and posts[2]["quotes"] == ["nargul83"]
    assert text.count('<div class="ek-imza">') == 2 and "Son düzəliş: nargul83" in text
    assert all("Göyçaydan" not in p["body"] and "düzəliş" not in p["body"] for p in posts)


def test_the_urdu_profile_labels_its_figures_in_a_head_row() -> None:
    page = "holdout/chaupal_profile_statrow_ur.html"
    text = _text(page)
    head = re.findall(r"<th>([^<]+)</th>", _found(r"<thead>(.*?)</thead>", text))
    row = re.findall(r"<td>([^<]+)</td>", _found(r"<tbody>(.*?)</tbody>", text))
    facts = dict(zip(head, row, strict=True))
    assert list(facts) == ["پیغامات", "موضوعات", "پسندیدگیاں", "رکنیت", "آخری آمد"]
    months = {"مارچ": 3}
    day, month, year = facts["رکنیت"].split()
    shown = (_found(r'<h1 class="ch-naam">([^<]+)</h1>', text), int(shown_number(facts["پیغامات"], ",")),
             f"{year}-{months[month]:02}-{int(day):02}")
    assert {shown} == _authors(page)
    assert 'dir="rtl"' in text and "raat.ki.rani" in text and shown[0] != "raat.ki.rani"


def test_the_big_cartel_cards_are_the_stores_and_the_category_the_pages() -> None:
    page = "holdout/bigcartel_luna_category_php_fil.html"
    text = _text(page)
    store = _found(r'<div class="store-header">([^<]+)</div>', text)
    category = " ".join(_found(r'<div class="nav-title">(.*?)</div>', text).split())
    assert category == _found(r'<h1 class="page-title visually-hidden">([^<]+)</h1>', text)
    assert f'<li class="selected"><a href="/category/zine-at-komiks" title="{category}">' in text
    cards = re.findall(r'<div class="product-list-thumb-name">([^<]+)</div>\s*'
                       r'<div class="product-list-thumb-price">\s*₱([\d,.]+)\s*</div>', text)
    ROUND.check_listings([(t, shown_number(p, ","), "PHP", store, category, None, None)
                          for t, p in cards], page)
    statuses = re.findall(r'<div class="product-list-thumb-status">([^<]+)</div>', text)
    assert statuses == ["Ubos na", "Naka-sale", "Malapit na"]
    assert all(s not in r["title"] for s in statuses for r in _listings(page))
    nxt = TRUTH[page]["next"][len(_LIMB):]
    assert f'<a class="next_page" rel="next" href="{nxt}">Susunod &#8594;</a>' in text


def test_the_aimeos_price_is_the_first_tier_and_the_supplier_the_vendor() -> None:
    page = "holdout/aimeos_catalog_detail_gel_ka.html"
    text = _text(page)
    (listing,) = _listings(page)
    tiers = re.findall(r'<meta itemprop="price" content="([\d.]+)">.*?<meta itemprop="minValue" '
                       r'content="(\d)">.*?<span class="value">\s*([\d ,]+) ₾\s*</span>.*?'
                       r'<span class="rebate">\s*([\d ,]+) ₾ ფასდაკლება\s*</span>\s*'
                       r'<span class="rebatepercent">\s*-(\d+)%', text, re.S)
    assert len(tiers) == 2
    for content, _, shown, rebate, percent in tiers:
        value = shown_number(shown, " ", ",")
        assert float(content) == value
        off = shown_number(rebate, " ", ",")
        assert round(off * 100 / (value + off)) == int(percent)  # the rebate off the list price
    assert [int(q) for _, q, *_ in tiers] == [1, 2] and shown_number(tiers[1][2], " ", ",") < listing["price"]
    assert shown_number(tiers[0][2], " ", ",") == listing["price"] and listing["currency"] == "GEL"
    assert text.count('<meta itemprop="priceCurrency" content="GEL">') == 2
    supplier = _found(r'<p class="supplier">\s*<a href="[^"]+">(.*?)</a>', text)
    assert " ".join(supplier.split()) == listing["vendor"]
    crumbs = re.findall(r"<li>(?:<a [^>]+>)?([^<]+)", _found(r"<ol>(.*?)</ol>", text))
    assert crumbs[-1] == listing["title"] == _found(r'<h1 class="name" itemprop="name">([^<]+)</h1>', text)
    assert crumbs[-2] == listing["category"]
    facts = dict(re.findall(r'<td class="name">([^<]+)</td>\s*<td class="value">([^<]+)</td>', text))
    assert facts["გაგზავნის ქვეყანა"] == listing["ships_from"]
    assert facts["მიწოდების ქვეყნები"].split(", ") == listing["ships_to"]


_ETHIOPIAN_MONTHS = {"መስከረም": 1, "ጥቅምት": 2, "ኅዳር": 3}


def _ethiopian(day: int, month: int, year: int) -> date:
    """The Gregorian day of an Ethiopian (Amete Mihret) date: its Julian day number from the
    calendar's epoch, 1724221, thirty days a month and a leap day every fourth year."""
    jdn = 1724221 + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day - 1
    return date.fromordinal(jdn - 1721425)


def test_the_amharic_vendor_key_is_real_its_chart_the_figures_and_its_day_ethiopian() -> None:
    page = "holdout/gebeyalelit_vendor_svg_pgp_am.html"
    text = _text(page)
    (vendor,) = ROUND.records_of("vendor")(page)
    armour = _found(r"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=\S{4}\n"
                    r"-----END PGP PUBLIC KEY BLOCK-----", text)
    assert v4_fingerprint(armour) == _FP_GEBE == vendor["pgp_fingerprint"]
    shown = _found(r"የጣት አሻራ፦ <code>([0-9A-F ]+)</code>", text)
    assert shown.replace(" ", "") == _FP_GEBE and len(shown.split()) == 10
    svg = _found(r"(<svg.*?</svg>)", text)
    total = int(shown_number(_found(r"ጠቅላላ ግምገማዎች፦ ([\d,]+)</text>", svg), ","))
    bars = [int(shown_number(n, ",")) for n in re.findall(r'<text x="\d+" y="\d+">([\d,]+)</text>', svg)]
    assert sum(bars) == total == vendor["feedback_count"]
    share = shown_number(_found(r"<figcaption>([\d.]+)% አዎንታዊ</figcaption>", text), ",")
    assert share == round(100 * bars[0] / total, 1) == vendor["rating"]
    # The calendar: Meskerem 1, 2016 was 12 September 2023; the reviews' Hidar 9, 2019 is two days ago.
    assert _ethiopian(1, 1, 2016) == date(2023, 9, 12)
    assert _ethiopian(9, 3, 2019) == date.fromisoformat(day_ago(2))
    since = re.search(r"<li>አባል ከ፦ (\S+) (\d+) ቀን (\d{4}) ዓ\.ም\.</li>", text)
    assert since is not None
    month, day, year = since.groups()
    assert _ethiopian(int(day), _ETHIOPIAN_MONTHS[month], int(year)).isoformat() == vendor["member_since"]
    assert vendor["has_pgp_key"] is True and _listings(page) == [] and text.count('<a href="/eqa/') == 3


def test_the_ukrainian_page_is_x_mac_cyrillic_with_its_own_bytes() -> None:
    raw = (DATA / _UKRAINIAN).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'content="text/html; charset=x-mac-cyrillic"' in raw and raw.count(b"charset=") == 1
    # One byte a letter: Відгуки (В 0x82, і 0xB4), Різьба (Р 0x90), Усі, Позитивні.
    assert b"\x82\xb4\xe4\xe3\xf3\xea\xe8" in raw and b"\x90\xb4\xe7\xfc\xe1\xe0" in raw
    assert b"\x93\xf1\xb4 (1 482)" in raw
    # Read as windows-1251 or KOI8-U (the usual Ukrainian code pages) the same bytes are other letters.
    assert all("Різьба" not in raw.decode(other, "replace") for other in ("cp1251", "koi8_u"))


def test_the_filter_tabs_counts_are_the_totals_and_the_share_the_rating() -> None:
    text = _text(_UKRAINIAN)
    (vendor,) = ROUND.records_of("vendor")(_UKRAINIAN)
    tabs = dict(re.findall(r'<a (?:class="aktyvna" )?href="/prodavets/hutsulska-rizba/vidguky[^"]*">'
                           r"(\w+) \(([\d ]+)\)</a>", text))
    counts = {k: int(shown_number(v, " ")) for k, v in tabs.items()}
    assert list(counts) == ["Усі", "Позитивні", "Нейтральні", "Негативні"]
    assert counts["Усі"] == sum(v for k, v in counts.items() if k != "Усі") == vendor["feedback_count"]
    share = shown_number(_found(r"<b>([\d,]+) %</b> задоволених покупців", text), " ", ",")
    assert share == round(100 * counts["Позитивні"] / counts["Усі"], 1) == vendor["rating"]
    assert vendor["name"] == _found(r"<h1>Відгуки про продавця ([^<]+)</h1>", text)
    assert vendor["has_pgp_key"] is None
    nxt = TRUTH[_UKRAINIAN]["next"][len(_KOVA):]
    assert f'<a href="{nxt}">Наступна &raquo;</a>' in text


def test_the_faq_listing_answers_are_the_facts_and_the_price_the_first_sum_of_its_answer() -> None:
    page = "holdout/kandili_listing_faq_eur_el.html"
    text = _text(page)
    (listing,) = _listings(page)
    faq = dict(re.findall(r"<dt>([^<]+)</dt>\s*<dd>(.*?)</dd>", text, re.S))
    assert all(question.endswith(";") for question in faq)  # a semicolon, the Greek question mark
    cost = faq["Πόσο κοστίζει;"]
    sums = re.findall(r"([\d.]+,\d\d) €", cost)
    assert [shown_number(s, ".", ",") for s in sums] == [listing["price"], 6.5]
    assert listing["currency"] == "EUR"
    rate = shown_number(_found(r"1 XMR = ([\d.,]+) €", text), ".", ",")
    assert round(listing["price"] / rate, 4) == shown_number(_found(r"περίπου ([\d,]+) XMR", cost), ".", ",")
    assert _found(r'<a href="/politis/[\w.]+">([\w.]+)</a>', faq["Ποιος το πουλάει;"]) == listing["vendor"]
    assert faq["Από πού αποστέλλεται;"] == listing["ships_from"]
    assert faq["Πού παραδίδεται;"].split(", ") == listing["ships_to"]
    assert _found(r">([^<]+)</a>", faq["Σε ποια κατηγορία ανήκει;"]) == listing["category"]
    assert _found(r"<h1>([^<]+)</h1>", text) == listing["title"]
    # No crumbs and no price on the cart button; the seller's other items are links with theirs.
    assert "ki-psixoula" not in text and ">Προσθήκη στο καλάθι</button>" in text
    assert re.findall(r'<li><a href="/aggelia/\d+">[^<]+</a> — ([\d,]+) €</li>', text) == ["44,00", "26,00"]
