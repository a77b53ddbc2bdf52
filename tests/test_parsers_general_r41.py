"""parsers.parse_page on round-41 generality pages (tests/data/general_r41): a fully BLIND held-out
set of what a police analyst crawls most, ENGLISH-language and mixed-language dark-web markets and
forums with realistic market mechanics. Ten pages, all on the HOLDOUT side (no tune side: no rule
was written for any of them), each a template or layout in no earlier round, with fictional names,
words, dates and prices put in. Six market pages: a listing priced in dollars with BTC and XMR
conversions and shipping options that add prices, a listing priced per unit with quantity tiers
and a struck-through old price, a vendor page with a real PGP key and level, trust and XP badges
that are no feedback counts, a search result grid of eight div cards (paid placements first), a
vendor's feedback page with a 1-5 star column, and a bilingual market front page (news, featured
vendors: no listing). Four forum pages: a thread of twelve posts on page 1 of 2 with US dates
("11/14/2026 12:05 AM"), a German thread in WINDOWS-1252 whose quote nests twice, a Dread-like
board's front page of posts in five languages, and a login wall with a captcha image.

Every page is a template or layout in none of rounds 3-37, tests/data/forums_general,
tests/data/markets_general, board_posts, card_handles, dash_pieces, glued_labels, list_rows,
member_tiles, note_tails, poster_panels, profile_shapes, prose_profiles, stat_lines, topic_rows or
vendor_sections (rounds 38 and 39, not yet scored, and round 40, built at the same time by another
helper, were neither read nor used: every grep left their directories and modules out): those
directories were listed (no page name opens with any of this round's ten names) and grepped, and
none of the invented prefixes class="lfm- (the dollar listing), scb- (the tiered listing), gwm-
(the vendor), mse- (the search grid), btb- (the feedback page), tgm- (the front page), plf- (the
US thread), hdk- (the German thread), bwt- (the board front page) or pyn- (the login wall), nor
the words Lanternfish, Saltcellar, Greywether, Moonsedge, Blackthorn, Tollgate, Porchlight,
Heidekraut, Burrowtalk, Полынь, TeaHouse, Dibrugarh, Teedose, Flurschrank, Einmachglas, Yixing,
chasen, rooibos, "per candle", "Buy more", "wrote on", Sponsored, data-stars, "Featured vendors",
"Market news", "Related burrows", "Введите символы", "Запомнить меня", nor any member or vendor
name of this round is in them. Found and no sign of the same layout: Featured (round 27's
Hollowmere vendor, a badge), "Trust level" (round 24's Abacus-style vendor, round 32's Rookery
listing and markets_general: a common market badge; here a badge of its own class beside Level
and XP, and a line of the feedback page), "Mitglied seit" (rounds 33 and 34's German vendor
pages: the common German label),
skillet, beeswax, pu-erh, subscribers, "/b/" (a word and a path in pages of other shapes: an
IPB and a MyBB post, a XenForo thread, an Agora category, a Telegram preview, a vichan board),
ratings (a common word of market pages). Names first chosen that an earlier round used were
renamed before any truth was written: oven_mitt_olga (round 32's Korean board held oven_mitt)
and SMF's quote head "Quote from NAME on DATE" (round 4's ElkArte, forums_general's SMF) became
"NAME wrote on DATE:".
Languages: English (six pages), British English, American English, German and Russian; mixed on
the pages: the front page is bilingual English and Russian (lang="ru" spans), the feedback page's
comments are in English, German, Spanish, Russian and French, the board front page's posts are
titled in English, German, Spanish, Portuguese and Russian, the login wall is Russian with an
English line. One page is in WINDOWS-1252 (the Western Windows code page old German PHP boards
kept): declared by ``<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">``;
every letter one byte (ä 0xE4, ü 0xFC, ß 0xDF) and the signs Latin-1 lacks too: „ 0x84, “ 0x93,
– 0x96 and € 0x80 (control codes in Latin-1).

How the pages were made: the reference search (corpus code: "darknet market script blade
template vendor profile pgp key trust level", "dread forum clone subdread template posts list
html") found no public markup of these custom onion layouts (descriptions of markets, an Agora
scrape, Eckmar-fork READMEs, image-board templates: none a source of these pages), so all ten
are written from memory of public descriptions of darknet markets and onion forums (rates
tickers, shipping selects, tier tables, badges, fingerprints in groups of four over an armoured
key in a textarea, promoted cards, star columns, bilingual menus, Dread's boards of voted posts,
captcha login walls). Page frames, strings and all content are invented for this round; sites and
addresses are fictional (.example hosts and made-up 56-character .onion names; the German page's
doctype names no address). Only innocuous goods: tea, teaware, candles, notebooks, books, labels.

market pages
  - a LISTING priced in dollars ("Lanternfish Market"): "USD 18.50" over "0.00019471 BTC" and
    "0.1140 XMR" (conversions at the ticker's rates); a shipping select whose options ADD
    "+$2.00", "+$6.50", "+$21.00" (no price); a dl Vendor (its level and "(312) 99.1%" beside),
    "Ships from" India, "Ships to" three countries; the last crumb Black Tea.
  - a LISTING priced PER CANDLE ("Saltcellar Bazaar", British English): "£3.00" struck through
    (a del with line-through) before "£2.40 per candle"; a tier table "1 – 11 £2.40", "12 – 47
    £2.10", "48 or more £1.85"; the boxes' totals and the postage options no price; "Seller:",
    "Dispatched from:", "Delivers to:"; the last crumb Candles.
  - a VENDOR page ("Greywether"): badges "Level 6", "Trust 4", "XP 18,240" (no feedback count),
    tiles Sales 2,946, Feedback 1,734, Positive 98.9%; "Member since Feb 14, 2023"; the
    fingerprint in groups of four over the armoured key in a textarea; three product links (no
    records).
  - a SEARCH grid ("Moonsedge", results for "tea"): eight div.mse-card, the first two paid
    placements ("Sponsored", "Featured") with the rest in order; each a title, "in CATEGORY",
    "by VENDOR", "FROM → TO" (one ebook "Digital delivery": no places), "$PRICE" and its BTC
    conversion; the sidebar's filters no cards; "Next ›" to page 2.
  - a FEEDBACK page ("Blackthorn Bazaar"): "642 ratings · 97.8% positive · average 4.8 / 5", a
    table of stars per count, ten rows with a 1-5 star column (★★★★☆) in five languages; "Older
    »" to page 2.
  - a bilingual FRONT page ("Tollgate Market · Рынок «Застава»"): market news in English and
    Russian, four featured vendors with level, percentage and sales, categories with counts;
    no product card: a human reads a market's home, no listing index (type other, no records).
forum pages
  - an American forum thread ("Porchlight Commons", restoring a skillet), PAGE 1 OF 2: twelve
    div.plf-post, "Posts: 3,118" and "Joined: 01/19/2019" (reputation no count), times
    "11/14/2026 12:05 AM" (00:05) and "12:40 PM" (12:40); "NAME wrote on DATE:" over a quote;
    div.plf-edited and div.plf-sig no body; "Next »" to page 2.
  - a German thread in WINDOWS-1252 ("Heidekraut-Forum", keeping tea): table.hdk-beitrag,
    "Beiträge: 3.482" (a dot between thousands) and "Mitglied seit: 11.01.2012"; "Verfasst:
    17.11.2026 um 20:45 Uhr", "Gestern um" yesterday, "Heute um" today; "NAME schrieb:" quotes
    NESTED: the third post quotes the second with the first's quote in it, the fourth quotes the
    third with both inside (a quote nested twice); the signature and the edit note no body.
  - a Dread-like board's FRONT page ("Burrowtalk", /b/TeaHouse): ten voted posts (one pinned)
    "submitted N hours ago by /u/NAME", titled in five languages; a topic list, one thread per
    post title; "next ›" to page 2.
  - a Russian LOGIN wall ("Форум «Полынь»"): a members-only topic sends a guest to Логин, Пароль,
    a captcha image and its code box, "Войти": the page asks for a member's log-in (the captcha a
    field of that form): type login, no records.
The key is a REAL OpenPGP v4 public key (ed25519) generated for this round with gpg in a
throwaway GnuPG home under /tmp that was deleted afterwards.

Truth conventions, as rounds 24-37: a post's body without quotes, signatures and edit notes;
quotes name the quoted members, every one shown in the post's quote boxes (a nested quote's
authors too, outermost first); relative dates resolve against the harness's NOW_TIME (2026-11-20
12:00); an author record for every poster whose statistics the page shows, once, in order of
first post; a board's topic list carries one {"type": "thread", "title"} per topic in page order
(the pinned one first, as shown); a listing's price is the one a buyer pays for one unit in the
currency shown (conversions, struck old prices, tiers for more units, shipping extras no price);
the category is the last crumb or the labelled value; a card that shows no places has none; a
vendor page's product links give no listing records; a vendor's feedback page carries its
vendor's record (the name and the totals shown; has_pgp_key None); a market's front page, a
login page none.

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (df1d783) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 41 --side holdout --misses``): those of 59fab6f (the last session's end), of fcfbaef
(rounds 34 and 35 mended), of 5912397 (rounds 36 and 37 too) and of 614cc73 (rounds 38 and 39
too). None had seen this round's pages; every helper who wrote those mends kept it out of every
scan.

    template                        59fab6f  fcfbaef  5912397  614cc73
    heidekraut_thread_de              0.000    0.000    0.000    0.000  (a thread read as cards)
    burrowtalk_sub_front_en           0.036    0.036    0.036    0.036  (a board of posts read as a thread)
    blackthorn_feedback_stars_en      0.800    0.800    0.800    0.800  (the feedback count)
    saltcellar_listing_tiers_en_gb    0.875    0.875    0.875    0.875  (the struck price taken)
    porchlight_thread_en_us           0.973    0.973    0.973    0.973  (US month-first join days)
    greywether_vendor_en, lanternfish_listing_usd_en, moonsedge_search_grid_en, polyn_login_captcha_ru,
    tollgate_front_en_ru 1.000
    overall                           0.741    0.741    0.741    0.741

This round and round 40 measure, blind, whether this session's mends carry: the parsers of
59fab6f are the last session's, those of fcfbaef carry the mends of rounds 34 and 35, those of
5912397 those of rounds 36 and 37 too, those of 614cc73 those of rounds 38 and 39 too. None
carried here (+0.000): a thread whose posters' panels hold a price read as cards, a board's front
page of posts read as one thread, a feedback page's count, a struck price and US month-first
join days. Blind scores of the rounds (3 to 40): 0.646, 0.778, 0.714, 0.946, 0.798, 0.699, 0.601,
0.750, 0.857, 0.466, 0.612, 0.538, 0.773, 0.313, 0.694, 0.684, 0.376, 0.578, 0.517, 0.514, 0.848,
0.777, 0.858, 0.406, 0.782, 0.902, 0.752, 0.831, 0.738, 0.820, 0.891, 0.770, 0.942, 0.679, 0.736,
0.893, 0.837, 0.587 and here 0.741 (0.741 at this session's start). KNOWN_MISSES holds every wrong
value of 614cc73. This round is BLIND: do not tune the parsers on its pages; mend a miss only as
a general mechanism, with test pages of its own, and say so here.

Mended after its blind measure, each miss by a general mechanism with test pages of its own
(7472e6f to be54f82): a board's front page of voted posts is a topic list (parsers.topic_rows);
cards whose titles are posters' panels give way to the thread (parsers.panel_cards); a price a
post quotes is no shop's (parsers.post_gates); month-first dates where the page proves them or its
language's region writes them so (parsers.date_order); a count before a feedback word over a count
of sales (parsers.vendor_counts); classes struck through by the page's own style
(parsers.struck_styles): 0.741 -> 1.000.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pytest

from tests.general_rounds import (
    Round,
    _author,
    _feedback_vendor,
    _listing,
    _post,
    _vendor,
    day_ago,
    shown_number,
    v4_fingerprint,
)

DATA = Path(__file__).parent / "data" / "general_r41"

_LANT = "http://lanternfishmktyzz6smklliqkzhrzxrmkj2hjpiws2v6b5ydua25zxd.onion"
_SALT = "http://saltcellarbazaar2kgjh7ot37icssciwesmf6ke3lflyqv5nx22ejvd.onion"
_GREY = "http://greywethermarketawktzmmn4pkyb2ls4t5eicqdpthwjyecaqg4w2yd.onion"
_MOON = "http://moonsedgemarket3jykvid5dgq2aa3rsmfnezkqialuwa4lkqecz5jwd.onion"
_BLACK = "http://blackthornbazaar4aw3kmivm7hn5qylav5ekprh3rcd46gpnqbnogyd.onion"
_TOLL = "http://tollgatemarkettgznr4jzjuwxzjjfpwhq65ej3y4wmkjsxdmlyz4iid.onion"
_PORCH = "http://porchlightcommonscb3sogv5tz3nl4gnddlm4j6p7q24utbivzhofgd.onion"
_HEIDE = "http://heidekrautforumjupxpnqtr47eqe6w6pusopk6zore2aocyv4uw3jrd.onion"
_BURROW = "http://burrowtalkx7vzrwhtpv5keibiiabchquba4z7adhip46t6qvuj2vjwd.onion"
_POLYN = "http://polynforume4n7ie6s4p3n4mqyu2sqwowhatgkop3zgho5jjcuerhgbd.onion"
_FP_GREY = "16CD10AC623E2E0263DC04138A45D45B9BF79BA1"
_SKILLET = _PORCH + "/thread/6032-restoring-a-rusty-cast-iron-skillet"

#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {"holdout/heidekraut_thread_nested_quotes_de_cp1252.html": "windows-1252"}

_ASSAM = "Assam second-flush loose-leaf tea, 250 g"
_KARL = "Kräuterkarl"

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # Dollar listing: h1.lfm-title; "USD 18.50" the price (the BTC and XMR spans conversions, the
    # shipping select's "+$" options extras); dl "Vendor" BrahmaputraLeafCo (its level and rating
    # beside); "Ships from" India; "Ships to" three countries; the last crumb Black Tea.
    "holdout/lanternfish_listing_usd_en.html": {
        "template": "lanternfish_listing_usd_en", "url": _LANT + "/listing/8841", "type": "listing",
        "records": [_listing(_ASSAM, 18.5, "USD", "BrahmaputraLeafCo", "Black Tea", "India",
                             ["United States", "Canada", "United Kingdom"])],
    },
    # Per-unit listing, British English: h2.scb-name; "£2.40 per candle" the price of one ("£3.00"
    # struck through the old price; the tiers "£2.10" and "£1.85" for 12 and 48 or more; boxes'
    # totals and postage no price); "Seller:" Hivecroft_Chandlery; "Dispatched from:" United
    # Kingdom; "Delivers to:" two places; the last crumb Candles.
    "holdout/saltcellar_listing_tiers_gbp_en_gb.html": {
        "template": "saltcellar_listing_tiers_en_gb", "url": _SALT + "/item/2210", "type": "listing",
        "records": [_listing("Hand-dipped beeswax taper candles, 25 cm (price per candle)", 2.4, "GBP",
                             "Hivecroft_Chandlery", "Candles", "United Kingdom",
                             ["United Kingdom", "Ireland"])],
    },
    # Vendor: h1.gwm-vname Quillon_Bindery; the badges Level 6, Trust 4 and XP 18,240 no counts;
    # the tiles "1,734 Feedback" and "98.9% Positive" (2,946 are sales); "Member since Feb 14,
    # 2023"; the key in textarea.gwm-key. The three products are links, not records.
    "holdout/greywether_vendor_pgp_levels_en.html": {
        "template": "greywether_vendor_en", "url": _GREY + "/vendor/Quillon_Bindery", "type": "vendor",
        "records": [_vendor("Quillon_Bindery", 1734, 98.9, "2023-02-14", _FP_GREY)],
    },
    # Search grid: eight div.mse-card in page order (the two paid placements first, as shown);
    # a.mse-ttl the title; "in CATEGORY"; "by VENDOR"; "FROM → TO" (the ebook's "Digital
    # delivery" no places); "$PRICE" (the BTC amount a conversion). The filters are no cards.
    "holdout/moonsedge_search_grid_en.html": {
        "template": "moonsedge_search_grid_en", "url": _MOON + "/search?q=tea&sort=relevance",
        "type": "listing_index", "next": _MOON + "/search?q=tea&sort=relevance&page=2",
        "records": [
            _listing("Darjeeling first flush 2026, 100 g", 16.0, "USD", "Kurseong_Estate_Direct", "Black Tea",
                     "India", ["Worldwide"]),
            _listing("Yixing clay teapot, 150 ml", 74.0, "USD", "Purple_Sand_Studio", "Teaware", "China",
                     ["United States", "Canada"]),
            _listing("Sencha Asamushi, 200 g", 21.5, "USD", "Uji_Leaf_House", "Green Tea", "Japan",
                     ["Worldwide"]),
            _listing("The Tea Sommelier's Handbook (ebook, EPUB)", 7.99, "USD", "Lamplit_Books", "eBooks",
                     None, None),
            _listing("Rooibos vanilla blend, 500 g", 19.0, "USD", "Karoo_Bush_Traders", "Herbal Tea",
                     "South Africa", ["European Union"]),
            _listing("Bamboo tea whisk (chasen), 100 prongs", 12.5, "USD", "Uji_Leaf_House", "Teaware",
                     "Japan", ["Worldwide"]),
            _listing("Tea-tin label set, letterpress, 24 pcs", 9.0, "USD", "Oakgall_Press", "Stationery",
                     "United States", ["United States"]),
            _listing("Aged raw pu-erh cake (2005), 357 g", 1180.0, "USD", "Yunnan_Old_Tree", "Pu-erh",
                     "China", ["Worldwide"]),
        ],
    },
    # Feedback page: "Feedback for Smokehouse_Leaf"; "642 ratings", "97.8% positive" (4 or 5
    # stars); ten rows with a star column: its vendor's record (the name and the totals shown; no
    # key on this page: has_pgp_key unknown). "Older »" to page 2.
    "holdout/blackthorn_feedback_stars_en.html": {
        "template": "blackthorn_feedback_stars_en", "url": _BLACK + "/vendor/Smokehouse_Leaf/feedback",
        "type": "feedback", "next": _BLACK + "/vendor/Smokehouse_Leaf/feedback?page=2",
        "records": [_feedback_vendor("Smokehouse_Leaf", 642, 97.8)],
    },
    # Bilingual front page: news, featured vendors (links with level, percentage, sales) and
    # categories with counts, no product: a market's home as a human reads it, no records.
    "holdout/tollgate_front_page_en_ru.html": {
        "template": "tollgate_front_en_ru", "url": _TOLL + "/", "type": "other", "records": [],
    },
    # US thread, page 1 of 2: h1.plf-title; a.plf-user the names; "Posts:" / "Joined:" the
    # statistics (MM/DD/YYYY); span.plf-when the times (12-hour clock); "NAME wrote on DATE:" a
    # quote; div.plf-edited and div.plf-sig no body. "Next »" to page 2.
    "holdout/porchlight_thread_page1_en_us.html": {
        "template": "porchlight_thread_en_us", "url": _SKILLET, "type": "thread",
        "next": _SKILLET + "?page=2",
        "records": [
            {"type": "thread", "title": "Restoring a rusty cast-iron skillet from a yard sale"},
            _post("hollis_grange", "2026-11-13T19:15:00", 0,
                  "Picked up a 10-inch skillet at a yard sale for three dollars. It is covered in orange "
                  "rust and some old crusty seasoning.\nIs it worth saving or should I just toss it?", []),
            _post("skilletsmith_ray", "2026-11-13T20:02:00", 1,
                  "Always worth saving unless it is cracked or warped.\n"
                  "Set it on a flat counter and check that it does not rock.", ["hollis_grange"]),
            _post("maple_and_rust", "2026-11-13T21:47:00", 2,
                  "A vinegar and water soak, half and half, takes the rust off in a few hours. Do not "
                  "leave it overnight.", []),
            _post("potholder_olga", "2026-11-14T00:05:00", 3,
                  "Agreed on the time limit. Vinegar will start eating the iron itself once the rust is "
                  "gone.\nCheck it every hour.", ["maple_and_rust"]),
            _post("hollis_grange", "2026-11-14T10:31:00", 4,
                  "It does not rock, so it is flat. Starting the soak this afternoon.", []),
            _post("cornbread_dev", "2026-11-14T12:40:00", 5,
                  "For the old seasoning, a cycle in the self-cleaning oven strips everything to bare "
                  "metal.\nOpen a window, it smokes.", []),
            _post("skilletsmith_ray", "2026-11-14T13:15:00", 6,
                  "The oven cycle works but it can warp thin pans. A lye bath is gentler if you have the "
                  "patience.", ["cornbread_dev"]),
            _post("quiet_pantry", "2026-11-15T09:03:00", 7,
                  "What oil do people use for seasoning afterwards? I have heard flaxseed flakes off.", []),
            _post("potholder_olga", "2026-11-15T11:26:00", 8,
                  "Flaxseed does flake for a lot of people. Plain shortening or vegetable oil in very thin "
                  "coats is what I use.", ["quiet_pantry"]),
            _post("maple_and_rust", "2026-11-16T18:50:00", 9,
                  "Thin is the word. Wipe it on, then wipe it off as if you made a mistake, and bake it "
                  "upside down at 450 for an hour.", []),
            _post("hollis_grange", "2026-11-18T20:12:00", 10,
                  "Update: the rust is gone, three coats of seasoning are on, and it fried two eggs this "
                  "morning without sticking.\nThanks everyone.", []),
            _post("cornbread_dev", "2026-11-19T07:44:00", 11,
                  "Nice work. Post a picture when you bake the first cornbread in it.", ["hollis_grange"]),
            _author("hollis_grange", 412, "2022-06-02"),
            _author("skilletsmith_ray", 3118, "2019-01-19"),
            _author("maple_and_rust", 87, "2025-09-30"),
            _author("potholder_olga", 1506, "2020-11-11"),
            _author("cornbread_dev", 264, "2023-04-05"),
            _author("quiet_pantry", 45, "2026-08-21"),
        ],
    },
    # German thread, windows-1252: h2.hdk-thema the title; b.hdk-name the names; "Beiträge:" /
    # "Mitglied seit:" the statistics; "Verfasst:" the times ("Gestern um" yesterday, "Heute um"
    # today); "NAME schrieb:" quote heads, NESTED (every name in a post's quote boxes a quote);
    # div.hdk-signatur and div.hdk-bearbeitet no body.
    "holdout/heidekraut_thread_nested_quotes_de_cp1252.html": {
        "template": "heidekraut_thread_de", "url": _HEIDE + "/thema/318-tee-aufbewahren", "type": "thread",
        "records": [
            {"type": "thread", "title": "Tee aufbewahren – Blechdose oder Glas?"},
            _post("teetante_ilse", "2026-11-17T19:20:00", 0,
                  "Ich habe mir beim Teehändler 500 g Assam gekauft und frage mich jetzt, wie ich den am "
                  "besten lagere.\nReicht ein Einmachglas im Schrank oder brauche ich eine Blechdose?", []),
            _post(_KARL, "2026-11-17T20:45:00", 1,
                  "Glas nur, wenn der Schrank wirklich dunkel ist. Licht macht schwarzen Tee schneller "
                  "flach.\nMeine Dose mit Aromadeckel hat 12,90 € gekostet und hält seit Jahren.",
                  ["teetante_ilse"]),
            _post("ostfriese_jan", f"{day_ago(1)}T08:05:00", 2,
                  "Bei uns in Ostfriesland steht der Tee in der „Teedose“ neben dem Herd, aber nie direkt "
                  "darüber.\nWärme und Dampf sind schlimmer als Licht.", [_KARL, "teetante_ilse"]),
            _post("blattgruen_mia", f"{day_ago(0)}T09:12:00", 3,
                  "Das mit dem Dampf kann ich bestätigen, mein Tee neben dem Wasserkocher war nach zwei "
                  "Monaten muffig.\nSeitdem steht alles im Flurschrank.",
                  ["ostfriese_jan", _KARL, "teetante_ilse"]),
            _post("teetante_ilse", f"{day_ago(0)}T11:02:00", 4,
                  "Danke euch! Dann kommt der Assam in eine Dose in den Flurschrank.", []),
            _author("teetante_ilse", 214, "2021-05-02"),
            _author(_KARL, 1348, "2015-08-19"),
            _author("ostfriese_jan", 3482, "2012-01-11"),
            _author("blattgruen_mia", 96, "2024-06-27"),
        ],
    },
    # Dread-like board front page: ten div.bwt-item (the pinned rules first), a.bwt-headline the
    # titles in five languages: one thread record per post title, in page order. The sidebar's
    # boards are no topics. "next ›" to page 2.
    "holdout/burrowtalk_sub_front_page_en.html": {
        "template": "burrowtalk_sub_front_en", "url": _BURROW + "/b/TeaHouse", "type": "forum_index",
        "next": _BURROW + "/b/TeaHouse?p=2",
        "records": [{"type": "thread", "title": t} for t in (
            "Rules of /b/TeaHouse – read before you post",
            "Best water temperature for white tea? Mine keeps tasting flat",
            "Gaiwan vs. small teapot for a beginner",
            "Welcher Grüntee eignet sich für kalten Aufguss?",
            "¿Alguien ha probado el mate cocido con cáscara de naranja?",
            "Chá de hibisco: quanto tempo de infusão?",
            "Как хранить пуэр в городской квартире?",
            "Found my grandmother's tea caddy, how old is it?",
            "PSA: check the seller's PGP key before you message about a custom order",
            "Weekly brew log – what are you drinking this week?",
        )],
    },
    # Russian login wall: a members-only topic; Логин, Пароль, a captcha image and its code, "Войти":
    # the site wants a member to log in (the captcha is a field of the log-in form); no records.
    "holdout/polyn_login_captcha_ru.html": {
        "template": "polyn_login_captcha_ru", "url": _POLYN + "/login?redirect=/thread/5120", "type": "login",
        "records": [],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers give on the holdout side where it differs from TRUTH: measured blind with the
# parsers of 59fab6f to 614cc73, re-recorded after the mends (be54f82): none.
KNOWN_MISSES: dict[str, dict[str, Any]] = {}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(1.0)
_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)

_text = ROUND.page_text(ENCODINGS)
_posts = ROUND.records_of("post")
_listings = ROUND.records_of("listing")
_authors = ROUND.author_stats


def _found(pattern: str, text: str, flags: int = 0) -> re.Match[str]:
    match = re.search(pattern, text, flags)
    assert match is not None, pattern
    return match




def test_six_market_pages_and_four_forum_pages() -> None:
    kinds = sorted(t["type"] for t in TRUTH.values())
    assert kinds == sorted(["listing", "listing", "vendor", "listing_index", "feedback", "other",
                            "thread", "thread", "forum_index", "login"])
    for page, truth in TRUTH.items():
        if truth["type"] == "thread":
            authors = [p["author"] for p in _posts(page)]
            assert [p["index"] for p in _posts(page)] == list(range(len(authors)))
            # An author record for every poster, once, in order of first post.
            assert [r["name"] for r in ROUND.records_of("author")(page)] == list(dict.fromkeys(authors)), page
            # Every thread quotes a member.
            assert any(p["quotes"] for p in _posts(page)), page
        elif truth["type"] == "forum_index":
            assert {r["type"] for r in truth["records"]} == {"thread"}
        elif truth["type"] in ("login", "other"):
            assert truth["records"] == []
        else:
            assert truth["records"] and _posts(page) == [], page


def test_english_pages_mixed_languages_and_one_page_in_windows_1252() -> None:
    langs = ROUND.page_langs(ENCODINGS)
    assert sorted(langs.values()) == ["de", "en", "en", "en", "en", "en", "en", "en-GB", "en-US", "ru"]
    assert set(ENCODINGS) == {page for page in TRUTH if "cp1252" in page}
    # Mixed on the page: Russian spans on the English front page, and an English line on the
    # Russian login wall.
    front = _text("holdout/tollgate_front_page_en_ru.html")
    assert front.count('<span lang="ru">') >= 10 and front.count('<p lang="ru">') == 2
    assert "<small>This topic is for members only. Please sign in.</small>" in _text(
        "holdout/polyn_login_captcha_ru.html")


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
test_every_post_body_is_written_on_its_page_line_by_line = ROUND.bodies_on_its_page(ENCODINGS)
test_every_address_of_the_truth_and_the_pages_is_a_fictional_host = ROUND.fictional_hosts(ENCODINGS)


def test_the_dollar_listing_price_is_the_one_a_buyer_pays_and_the_coins_are_conversions() -> None:
    page = "holdout/lanternfish_listing_usd_en.html"
    text = _text(page)
    (listing,) = _listings(page)
    usd = float(_found(r'<span class="lfm-usd">USD ([\d.]+)</span>', text).group(1))
    assert (usd, "USD") == (listing["price"], listing["currency"])
    btc_rate, xmr_rate = (shown_number(r, ",") for r in _found(
        r"<span>BTC/USD ([\d,.]+)</span> <span>XMR/USD ([\d,.]+)</span>", text).groups())
    btc, xmr = re.findall(r'<span class="lfm-alt">([\d.]+) (?:BTC|XMR)</span>', text)
    assert f"{usd / btc_rate:.8f}" == btc and f"{usd / xmr_rate:.4f}" == xmr
    # The shipping options add to the price; none of them is it.
    extras = [float(x) for x in re.findall(r"\(\+\$([\d.]+)\)</option>", text)]
    assert extras == [2.0, 6.5, 21.0] and usd not in extras
    facts = dict(re.findall(r"<dt>([^<]+)</dt><dd>(?:<a [^>]+>)?([^<]+)", text))
    assert (facts["Vendor"], facts["Ships from"]) == (listing["vendor"], listing["ships_from"])
    assert facts["Ships to"].split(", ") == listing["ships_to"]
    assert re.findall(r'<li><a href="/c/[a-z/]+">([^<]+)</a></li>', text)[-1] == listing["category"]


def test_the_per_candle_listing_price_is_the_unit_price_not_the_struck_one_nor_a_tier() -> None:
    page = "holdout/saltcellar_listing_tiers_gbp_en_gb.html"
    text = _text(page)
    (listing,) = _listings(page)
    was = shown_number(_found(r'<span class="scb-was">£([\d.]+)</span>', text).group(1), ",")
    now = shown_number(_found(r'<span class="scb-now">£([\d.]+)</span> <span class="scb-unit">per candle'
                              r"</span>", text).group(1), ",")
    assert ".scb-was { text-decoration: line-through;" in text and round(1 - now / was, 2) == 0.20
    assert (now, "GBP") == (listing["price"], listing["currency"])
    tiers = re.findall(r"<tr><td>([^<]+)</td><td>£([\d.]+)</td></tr>", text)
    assert [float(p) for _, p in tiers] == [now, 2.10, 1.85] and tiers[0][0] == "1 &ndash; 11"
    assert "A box of 12 costs £25.20; a case of 48 costs £88.80." in text
    assert round(12 * 2.10, 2) == 25.20 and round(48 * 1.85, 2) == 88.80
    meta = dict(re.findall(r"<li>([A-Z][a-z ]+): (?:<a [^>]+>)?([^<]+)", text))
    assert (meta["Seller"], meta["Dispatched from"]) == (listing["vendor"], listing["ships_from"])
    assert meta["Delivers to"].split(", ") == listing["ships_to"]
    assert re.findall(r'<a href="/shop/[a-z/]+">([^<]+)</a>', _found(
        r'<div class="scb-path">.*?</div>', text).group(0))[-1] == listing["category"]


def test_the_vendor_key_is_real_and_the_badges_are_no_feedback_counts() -> None:
    page = "holdout/greywether_vendor_pgp_levels_en.html"
    text = _text(page)
    # The base64 lines between the armour's blank line and its CRC line ("=zaTE").
    armour = _found(r'<textarea class="gwm-key"[^>]*>-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=\S{4}\n'
                    r"-----END PGP PUBLIC KEY BLOCK-----</textarea>", text, re.S).group(1)
    assert v4_fingerprint(armour) == _FP_GREY
    assert _found(r"Fingerprint: <code>([0-9A-F ]+)</code>", text).group(1).replace(" ", "") == _FP_GREY
    (vendor,) = ROUND.records_of("vendor")(page)
    tiles = {label: n for n, label in re.findall(
        r'<span class="gwm-stat-n">([\d.,%]+)</span><span class="gwm-stat-l">(\w+)</span>', text)}
    assert shown_number(tiles["Feedback"], ",") == vendor["feedback_count"]
    assert float(tiles["Positive"].rstrip("%")) == vendor["rating"]
    pos, neu, neg = (shown_number(n, ",") for n in _found(
        r"([\d,]+) positive · (\d+) neutral · (\d+) negative", text).groups())
    assert pos + neu + neg == vendor["feedback_count"]
    assert round(100 * pos / (pos + neu + neg), 1) == vendor["rating"]
    badges = re.findall(r'<span class="gwm-badge gwm-badge-\w+"[^>]*>([^<]+)</span>', text)
    assert badges == ["Level 6", "Trust 4", "XP 18,240", "FE allowed"]
    assert shown_number(tiles["Sales"], ",") == 2946 != vendor["feedback_count"]
    assert "<td>Member since</td><td>Feb 14, 2023</td>" in text and vendor["member_since"] == "2023-02-14"
    assert vendor["has_pgp_key"] is True and _listings(page) == [] and text.count('href="/listing/') == 3


def test_the_search_cards_are_the_truths_paid_placements_first() -> None:
    page = "holdout/moonsedge_search_grid_en.html"
    text = _text(page)
    cards = re.findall(r'<div class="mse-card[^"]*">(?:\s*<span class="mse-flag">(\w+)</span>)?.*?'
                       r'<a class="mse-ttl" href="[^"]+">([^<]+)</a>\s*'
                       r'<div class="mse-cat">in <a href="[^"]+">([^<]+)</a></div>\s*'
                       r'<div class="mse-seller">by <a href="[^"]+">([^<]+)</a>.*?</div>\s*'
                       r'<div class="mse-route[^"]*">'
                       r"(?:([^&<]+) &rarr; ([^<]+)|Digital delivery[^<]*)</div>\s*"
                       r'<div class="mse-cost"><b>\$([\d,.]+)</b> <span>([\d.]+) BTC</span>', text, re.S)
    ROUND.check_listings([(html.unescape(t), shown_number(p, ","), "USD", v, c, f or None,
                           to.split(", ") if to else None) for _, t, c, v, f, to, p, _ in cards], page)
    assert [flag for flag, *_ in cards] == ["Sponsored", "Featured"] + [""] * 6
    assert text.count('class="mse-card mse-card--promo"') == 2 and text.count('class="mse-card') == 8
    rate = shown_number(_found(r'<span class="mse-rate">1 BTC = \$([\d,.]+)</span>', text).group(1), ",")
    assert [f"{shown_number(p, ',') / rate:.8f}" for *_, p, _ in cards] == [btc for *_, btc in cards]
    assert '<a class="mse-pg mse-pg--next" href="/search?q=tea&amp;sort=relevance&amp;page=2">' in text


def test_the_feedback_page_rating_is_the_positive_share_of_its_star_counts() -> None:
    page = "holdout/blackthorn_feedback_stars_en.html"
    text = _text(page)
    (vendor,) = ROUND.records_of("vendor")(page)
    total = int(_found(r'<span class="btb-total">(\d+) ratings</span>', text).group(1))
    shown = float(_found(r'<span class="btb-pos">([\d.]+)% positive</span>', text).group(1))
    assert (total, shown) == (vendor["feedback_count"], vendor["rating"])
    dist = dict(re.findall(r"<tr><td>(\d) stars?</td><td>(\d+)</td></tr>", text))
    counts = {int(k): int(v) for k, v in dist.items()}
    assert sum(counts.values()) == total
    assert round(100 * (counts[5] + counts[4]) / total, 1) == shown  # positive: 4 or 5 stars
    assert round(sum(k * v for k, v in counts.items()) / total, 1) == 4.8
    # The star column of the ten rows: 1-5 stars, drawn and in data-stars alike.
    rows = re.findall(r'<td class="btb-stars" data-stars="(\d)" title="\d of 5 stars">([★☆]{5})</td>', text)
    assert len(rows) == 10 and all(drawn.count("★") == int(n) for n, drawn in rows)
    assert vendor["has_pgp_key"] is None and vendor["member_since"] is None
    assert '<a href="/vendor/Smokehouse_Leaf/feedback?page=2">Older &raquo;</a>' in text


def test_the_front_page_shows_news_and_vendors_but_no_listing() -> None:
    page = "holdout/tollgate_front_page_en_ru.html"
    text = _text(page)
    assert text.count('<article class="tgm-note">') == 3 and text.count('<div class="tgm-vtile">') == 4
    # No product is shown: no price in a currency sign but the rates strip, no listing link.
    assert re.findall(r"\$[\d,.]+", text) == ["$95,012.40", "$162.35"]
    assert "/listing" not in text and "/item" not in text
    assert TRUTH[page]["type"] == "other" and TRUTH[page]["records"] == []


def _us_time(day: str, clock: str, half: str) -> str:
    month, mday, year = day.split("/")
    hour, minute = (int(x) for x in clock.split(":"))
    hour = hour % 12 + (12 if half == "PM" else 0)
    return f"{year}-{month}-{mday}T{hour:02}:{minute:02}:00"


def test_the_us_thread_times_stats_quotes_and_pager_are_the_truths() -> None:
    page = "holdout/porchlight_thread_page1_en_us.html"
    text = _text(page)
    stats = re.findall(r'<a class="plf-user" href="[^"]+">([^<]+)</a>.*?'
                       r"<li>Posts: ([\d,]+)</li><li>Joined: (\d\d/\d\d/\d{4})</li>", text, re.S)
    joined = {(n, int(shown_number(c, ",")), _us_time(j, "00:00", "AM")[:10]) for n, c, j in stats}
    assert joined == _authors(page)
    times = re.findall(r'<span class="plf-when">(\d\d/\d\d/\d{4}) (\d\d:\d\d) ([AP]M)</span>', text)
    assert [_us_time(*t) for t in times] == [p["posted_at"] for p in _posts(page)]
    assert ("11/14/2026", "12:05", "AM") in times and ("11/14/2026", "12:40", "PM") in times
    posts = re.split(r'<div class="plf-post" ', text)[1:]
    assert len(posts) == 12
    heads = [re.findall(r'<div class="plf-qhead">(\w+) wrote on [^<]+:</div>', p) for p in posts]
    assert heads == [p["quotes"] for p in _posts(page)]
    assert "Last edited by potholder_olga" in text and "seasoning pans since" in text
    assert all("edited" not in p["body"] and "squint" not in p["body"] for p in _posts(page))
    assert text.count(f'<a class="plf-next" href="{_SKILLET.removeprefix(_PORCH)}?page=2">') == 2
    assert "Page 1 of 2" in text and "17 replies" in text


def test_the_german_thread_is_windows_1252_with_its_own_bytes() -> None:
    raw = (DATA / "holdout" / "heidekraut_thread_nested_quotes_de_cp1252.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'content="text/html; charset=windows-1252"' in raw and raw.count(b"charset=") == 1
    # One byte a sign: „Teedose“ (0x84, 0x93), 12,90 € (0x80), the title's – (0x96), Beiträge (ä 0xE4).
    assert b"\x84Teedose\x93" in raw and b"12,90 \x80" in raw and b"aufbewahren \x96 Blechdose" in raw
    assert raw.count(b"Beitr\xe4ge:") == 5 and b"Kr\xe4uterkarl" in raw
    assert "„Teedose“" not in raw.decode("latin-1")


def test_the_german_thread_times_stats_and_nested_quotes_are_the_truths() -> None:
    page = "holdout/heidekraut_thread_nested_quotes_de_cp1252.html"
    text = _text(page)
    stats = re.findall(r'<b class="hdk-name">([^<]+)</b>.*?Beiträge: ([\d.]+)<br>'
                       r"Mitglied seit: (\d\d)\.(\d\d)\.(\d{4})</span>", text, re.S)
    assert {(n, int(c.replace(".", "")), f"{y}-{m}-{d}") for n, c, d, m, y in stats} == _authors(page)
    shown = re.findall(r"Verfasst: (?:(\d\d)\.(\d\d)\.(\d{4})|(Gestern|Heute)) um (\d\d:\d\d) Uhr", text)
    rel = {"Gestern": day_ago(1), "Heute": day_ago(0)}
    assert [f"{rel[w] if w else f'{y}-{m}-{d}'}T{t}:00" for d, m, y, w, t in shown] == [
        p["posted_at"] for p in _posts(page)]
    posts = re.split(r'<table class="hdk-beitrag" ', text)[1:]
    quoted = [re.findall(r'<div class="hdk-zitat-kopf">([^<]+) schrieb:</div>', p) for p in posts]
    assert quoted == [p["quotes"] for p in _posts(page)]
    # The fourth post's quote nests twice: three boxes, each inside the one before.
    assert re.search(r'<div class="hdk-zitat">[^\n]*ostfriese_jan schrieb:</div>\n\s*<div class="hdk-zitat">'
                     r'[^\n]*Kräuterkarl schrieb:</div>\n\s*<div class="hdk-zitat">[^\n]*teetante_ilse '
                     r"schrieb:</div>", posts[3])
    assert "Grüße aus dem Harz" in text and "Zuletzt bearbeitet von ostfriese_jan" in text
    assert all("Harz" not in p["body"] and "bearbeitet" not in p["body"] for p in _posts(page))


def test_the_board_front_page_topics_are_its_post_titles_in_five_languages() -> None:
    page = "holdout/burrowtalk_sub_front_page_en.html"
    text = _text(page)
    shown = re.findall(r'<a class="bwt-headline" href="/post/\w+">([^<]+)</a>', text)
    titles = [html.unescape(t) for t in shown]
    assert titles == [r["title"] for r in TRUTH[page]["records"]]
    assert text.count('<div class="bwt-item bwt-item--pinned">') == 1 and titles[0].startswith("Rules of")
    flairs = re.findall(r'<span class="bwt-flair">([^<]+)</span>', text)
    assert {"Deutsch", "Español", "Português", "Русский"} <= set(flairs)
    assert '<div class="bwt-more"><a href="/b/TeaHouse?p=2">next &rsaquo;</a></div>' in text


def test_the_login_wall_asks_for_a_member_with_a_captcha_and_carries_no_records() -> None:
    page = "holdout/polyn_login_captcha_ru.html"
    text = _text(page)
    assert '<input id="pyn-pass" name="password" type="password"' in text
    assert '<img src="/captcha/image?k=a83f21d0"' in text and 'name="captcha"' in text
    assert 'Войти</button>' in text and TRUTH[page]["records"] == [] and "next" not in TRUTH[page]
