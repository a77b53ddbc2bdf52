"""parsers.parse_page on round-44 generality pages (tests/data/general_r44): a fully BLIND held-out
set of a typical police CRAWL of ONE dark-web ecosystem, a market, its community forum and the
partner forum of its Russian-speaking buyers, in English (half the pages), German, French,
Brazilian Portuguese, Spanish and Russian. Ten pages, all on the HOLDOUT side (no tune side: no
rule was written for any of them), each a layout in no earlier round, with fictional names, words,
dates and prices put in. Five market pages of "Sallowmere Market" (an item page with a seller's
block and postage options, a grid of seven cards, a vendor page with a real PGP key and feedback
totals, a vendor's feedback page with totals and a search that found nothing) and five forum pages
(a thread of the market's forum "Sallowmere Parlour" and one of the partner forum "Скворечник",
both custom onion-forum layouts with quotes, signatures, edit notes and relative dates; a Parlour
member profile, topic list and board list).

Every page is a layout in none of rounds 3-43, tests/data/forums_general, tests/data/markets_general
or the other directories of tests/data (board_posts, card_chips, card_handles, column_places,
dash_pieces, form_price, glued_labels, kind_shares, list_rows, member_tiles, mend_forum_lists,
mend_market_r38, note_tails, panel_cards, poster_panels, profile_shapes, prose_profiles, since_line,
solar_hijri, stat_lines, topic_rows, vendor_sections); round 45, built at the same time by another
helper, was neither read nor used (its directory and module left out of every grep). Their
directories were listed (the first word of every page name: no sallowmere, parlour, skvorechnik)
and grepped, with the round modules and the parsers' test modules, for each page's names and
class names, and none of the class prefixes smk- (the market's BEM-like smk-tile__name,
smk-seller__name, smk-cost__main, smk-fbsum__n...), plr- (the Parlour's plr-entry, plr-handle,
plr-echo__src, plr-row__title, plr-room__name...) or skv- (Скворечник's skv-lenta, skv-cifry,
skv-citata, skv-pravka, skv-podpis), nor ISO-8859-5, nor the words Sallowmere, Parlour,
Скворечник, gullprint, Oystercatcher, Godwit, Columbian, Somerset, Teehandel_Leer, Görlitz,
Lahntal, Merinowolle, Filzhausschuhe, Kannenwerk, Vogtland, Tiefdruckpresse, Weserbogen, Radierung,
Ostfriesische, Tisanerie_Morvan, verveine, tilleul, xilogravura, "marcador de livro", "Nenhum
anúncio", "Buscas populares", "avis reçus", greyboard, glassine, "Similar threads", "Likes
received", "Reading this thread", "Best answer", Subforos, Fijado, paspartú, налёт, "Лимонная
кислота", "Чайная комната", nor any member or vendor name of this round is in them. Found and no
sign of the same layout: "пишет:", "Сообщений:", "Регистрация:", "Откуда:" and "Последний раз
редактировалось" (the common Russian board labels, phpBB's and PunBB's in rounds 8, 11 and 38),
"said:" and "Edited by" (XenForo, IPB, Thredded and custom English boards), "yesterday at",
"Member since", "Ships from", "Sold by", "Fingerprint:", "Warrant canary" (round 38's canary page)
and "mirror list" (rounds 38 and 41), "positifs" (round 35's French vendor), "Suivant ›",
"Siguiente ›", Guthaben, Solde, Saldo, Trophies (the common words of markets and boards),
encuadernar (round 34's Spanish shop front), "Neu eingetroffen" (a parsers' test's sentence).
Names first chosen that earlier rounds or the parsers' tests used were renamed before any truth
was written: Coptic, quire_and_awl and quill_and_quire (rounds 27, 32 and 41's bookbinders: the
listing is a linocut instead), Heron and Curlew (tests/data/member_tiles, the parsers' tests),
saltmarsh (tests/data/forums_general), Teestube (round 41), Büttenpapier (round 38), Schafwolle and
Filzpantoffeln (the parsers' tests), Erzgebirge (round 31), marbled_end (round 27), gaiwan and
гайвань (rounds 26 and 41, the parsers' tests), aquarela (round 9), yerba (the parsers' tests),
Sencha (round 43).
Languages: British English (five pages), German, French, Brazilian Portuguese, Spanish and Russian.
One page is in ISO-8859-5 (the ISO Cyrillic code page, which no round used; rounds 7, 8, 11, 20
and 30 took windows-1251 and round 38 KOI8-R): declared by ``<meta http-equiv="Content-Type"
content="text/html; charset=iso-8859-5">``; every Cyrillic letter one byte (а 0xD0, Ё 0xA1, ё
0xF1) where windows-1251 has other letters (а 0xE0, ё 0xB8); the signs the code page lacks
written as entities (&laquo; &raquo; &mdash; &middot; &#8599;).

How close each page is to a real site: no page is of a public engine (the market and both forums
are custom onion layouts, as most markets and their forums are), so no reference markup exists to
read; all ten are written from memory of public descriptions of darknet markets and onion forums
(a rates strip, balance, notifications, language switch, footers of signed mirror lists and
warrant canaries; post headers of relative times; old table boards). Page frames, strings and all
content are invented for this round; sites and addresses are fictional (.example hosts and made-up
56-character .onion names).

forum pages
  - a Parlour THREAD (British English, "Posting art prints: tubes or flat mailers?"): article.plr-
    entry per post, a bar with a.plr-handle, the rank, "<b>2,318</b> posts · joined Apr 2, 2018"
    and RELATIVE times ("3 days ago" a day only, "yesterday at 9:14 PM", "5 hours ago", "18
    minutes ago"); div.plr-echo "NAME said:" a quote (the last post quotes two members);
    div.plr-entry__sig and p.plr-revised ("Edited by ... 4 hours ago: tube size") no body; the
    quick reply form and "Similar threads" no posts.
  - a Скворечник THREAD in ISO-8859-5 (Russian, cleaning an old teapot): an old table board,
    tr.skv-shapka the time ("17 ноября 2026, 20:31", "вчера в 22:47", "сегодня в 09:12", "35
    минут назад"), td.skv-avtor "Сообщений: 3 611" (a space between thousands) and "Регистрация:
    14.03.2016"; div.skv-citata "NAME пишет:" a quote; div.skv-pravka and div.skv-podpis no body.
  - a Parlour member PROFILE (foldline_mo): figures "2,318" Posts (Threads, Likes received and
    Best answers no posts), "Joined April 2, 2018"; the reader logged in (nightjar_reads) in the
    top bar; the recent activity's thread titles and dates no facts of the member.
  - a Parlour TOPIC LIST (Spanish, "Español"): six div.plr-row, a.plr-row__title the titles, one
    thread each in page order (the chips "Fijado", "Pregunta", "Anuncio" no part of a title; the
    subforums' links above no topics); "Siguiente ›" to page 2.
  - the Parlour BOARD LIST (English): thirteen boards in three groups with counts and last posts
    (the last posts' topic titles are links, no records); a board list carries no records.

market pages (every market, vendor, product and price invented; only innocuous goods: prints,
tea, paper, felt slippers, a teapot, a press, books, herbal teas)
  - an ITEM page in POUNDS (English): h1.smk-item__name; "£38.00" the price ("≈ 0.1479 XMR · ≈
    $48.26" conversions at the strip's XMR/GBP and GBP/USD rates; the postage radios' "+£" extras
    and the "More from" items' prices no price); the seller's block aside "Sold by"
    gullprint_studio with its ratings and sales; table "Ships from" / "Ships to"; the last crumb
    Linocuts the category.
  - a German GRID of seven cards ("Neu eingetroffen"): div.smk-tile, a chip the category, "von
    VENDOR" with its score "98,9 % (412)" (no price), "Deutschland → EU" the route, "12,90 €" (a
    dot between thousands: "1.180,00 €"; one card's struck "54,00 €" and "−11 %" no price; "≈
    0,0588 XMR" conversions); the sidebar's categories and filters no cards; "Weiter ›".
  - a VENDOR page (English, gullprint_studio): dl "Member since" "9 August 2021"; "99.3%
    positive over 1,284 ratings" over the table Positive 1,275 / Neutral 5 / Negative 4 / Total
    1,284 (Sales 1,912 no count); "Fingerprint:" in gpg's groups of four over the armoured key in
    pre.smk-keybox; the three listings and recent feedback are links, not records.
  - a vendor's FEEDBACK page (French, Tisanerie_Morvan): "98,6&nbsp;% d'avis positifs", "2&nbsp;046
    avis reçus" (no-break spaces) over "Positifs : 2 017 · Neutres : 18 · Négatifs : 11"; five
    reviews with the items' prices; "3 904 ventes" no count; "Suivant ›" to page 2.
  - a SEARCH that found nothing (Brazilian Portuguese, "marcador de livro em couro"): "0 resultados",
    "Nenhum anúncio encontrado", tips, popular searches and categories: a human reads the market's
    list of search results, empty: a listing index with no records.
The key is a REAL OpenPGP v4 public key (ed25519) generated for this round with gpg in a
throwaway GnuPG home under /tmp that was deleted afterwards.

Truth conventions, as rounds 24-43: a post's body without quotes, signatures and edit notes;
quotes name the quoted members; relative dates resolve against the harness's NOW_TIME
(2026-11-20 12:00), "N days ago" to a day only; an author record for every poster whose
statistics the page shows, once, in order of first post; a profile gives its member's record; a
topic list one thread record per topic; a board list no records; a listing's price is the one a
buyer pays (conversions, struck prices, extras and other items' prices no price); the category is
the last crumb or the card's chip; a vendor page's product links give no listing records; a
feedback page gives its vendor's record with the totals shown (has_pgp_key None). New here: a
search page that found nothing is a listing index with no records.

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (7cc7ca7) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 44 --side holdout --misses``): those of 59fab6f (the last session's end), of be54f82
(rounds 34 to 41 mended), of 2070bd1 (rounds 42 and 43 too) and of 747bc53 (the end of that
session, measured at the next one's start: some refactors and speed changes later, every value
the same). None had seen this round's pages; every helper who wrote those mends kept it out of
every scan.

    template                    59fab6f  be54f82  2070bd1  747bc53
    parlour_profile_en            0.000    1.000    1.000    1.000  (a profile)
    sallowmere_feedback_fr        0.074    0.074    0.074    0.074  (reviews read as cards)
    sallowmere_search_empty_pt    0.400    0.400    0.400    0.400  (a bell's count read as a card)
    sallowmere_grid_de            0.926    0.926    0.926    0.926  (the cards' categories)
    skvorechnik_thread_ru         0.931    0.931    0.931    0.931  (bodies)
    parlour_thread_en             0.945    0.945    0.945    0.945  (posters' post counts)
    parlour_boards_en, parlour_topics_es, sallowmere_listing_en, sallowmere_vendor_en 1.000
    overall                       0.831    0.858    0.858    0.858

This round and round 45 are this session's final blind measure: the parsers of 59fab6f are the last
session's, those of be54f82 carry this session's mends of rounds 34 to 41, those of 2070bd1 those of
rounds 42 and 43 too. The mends of rounds 34 to 41 carried here on the profile (+0.027); those of
rounds 42 and 43 nothing. Blind scores of the rounds (3 to 43): 0.646, 0.778, 0.714, 0.946, 0.798,
0.699, 0.601, 0.750, 0.857, 0.466, 0.612, 0.538, 0.773, 0.313, 0.694, 0.684, 0.376, 0.578, 0.517,
0.514, 0.848, 0.777, 0.858, 0.406, 0.782, 0.902, 0.752, 0.831, 0.738, 0.820, 0.891, 0.770, 0.942,
0.679, 0.736, 0.893, 0.837, 0.587, 0.741, 0.919, 0.667 and here 0.858 (0.831 at this session's
start). KNOWN_MISSES held every wrong value of 2070bd1 (empty since the mends below). This round is
BLIND: do not tune the parsers on its pages; mend a miss only as a general mechanism, with test
pages of its own, and say so here.

Mended after its blind measure, each miss by a general mechanism with test pages of its own
(34c082b to 7dbbd68): a review row's mark drawn by its first element of text, so reviews naming an
item and its price are feedback, not cards (parsers.review_rows); a price in the page's frame, a
notification bell beside the balance, makes no card (parsers.page_chrome); the category names of
the site's counted list beside the cards (parsers.facet_names); a poster's statistics set apart by
middle dots (parsers.poster_stats); a classed closing part of some posters' posts only is their
signature, and a note naming its poster with a year alone no edit note (parsers.poster_signatures,
parsers.post_notes): 0.858 -> 1.000.
"""

from __future__ import annotations

import re
from datetime import datetime
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
    time_ago,
    v4_fingerprint,
)

DATA = Path(__file__).parent / "data" / "general_r44"

_SALM = "http://sallowmeremkt7iiuqwnrlksfzvax7apzecfytzddnitgtds4qqry2cd.onion"
_PARL = "http://sallowmereparlourt5jfzp7ootk655za3ezwsgvndl5w45q4hnufpsd.onion"
_SKVO = "http://skvorechnikforumr24kpngobayszcjb4wibkpdvxd77gs2kx5t6ve3d.onion"
_CANARY = "http://sallowmerecanaryvc2ymrcpwituhzapeolqu3h3jkb4rhjaqrapw6cd.onion/canary.txt"
_FP_GULL = "0D2BCB45B7EE14E5E4C3C9879BCA8DDFD1EDE3B0"
_PRINT = "Oystercatchers at Low Tide – hand-pulled linocut, A3, signed"

#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {"holdout/skvorechnik_thread_quotes_ru_iso8859_5.html": "iso-8859-5"}

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # Item page in pounds: h1.smk-item__name; "£38.00" the price (the XMR and dollar conversions,
    # the postage radios' extras and the "More from" items no price); the "Sold by" block's
    # gullprint_studio; the last crumb Linocuts; "Ships from" / "Ships to" in a table.
    "holdout/sallowmere_listing_vendor_block_gbp_en.html": {
        "template": "sallowmere_listing_en", "url": _SALM + "/en/item/40517", "type": "listing",
        "records": [_listing(_PRINT, 38.0, "GBP", "gullprint_studio", "Linocuts", "United Kingdom",
                             ["United Kingdom", "Europe", "North America"])],
    },
    # German grid: seven div.smk-tile; a.smk-chip the category; h3.smk-tile__name the title; "von
    # VENDOR" (its score no price); "FROM → TO"; b the price (the struck s and the XMR no price).
    # The sidebar's categories are no cards; "Weiter ›" to page 2.
    "holdout/sallowmere_new_arrivals_grid_eur_de.html": {
        "template": "sallowmere_grid_de", "url": _SALM + "/de/neu", "type": "listing_index",
        "next": _SALM + "/de/neu?seite=2",
        "records": [
            _listing("Ostfriesische Blattmischung, 250 g", 12.9, "EUR", "Teehandel_Leer", "Tee",
                     "Deutschland", ["EU"]),
            _listing("Radierung „Hafen bei Nebel“, 30 × 40 cm", 48.0, "EUR", "Druckwerk_Görlitz", "Kunst",
                     "Deutschland", ["weltweit"]),
            _listing("Handgeschöpfte Papierbögen, 20 Stück A4", 23.5, "EUR", "Papierwerk_Lahntal", "Papier",
                     "Deutschland", ["EU"]),
            _listing("Filzhausschuhe aus Merinowolle, Gr. 38–39", 39.0, "EUR", "Filzwerk_Lüneburg",
                     "Handarbeit", "Deutschland", ["Deutschland", "Österreich"]),
            _listing("Gusseiserne Teekanne, 1,2 l", 64.95, "EUR", "Kannenwerk_Venlo", "Teezubehör",
                     "Niederlande", ["EU"]),
            _listing("Tiefdruckpresse aus Eiche, Tischmodell", 1180.0, "EUR", "Pressenbau_Vogtland",
                     "Werkzeug", "Deutschland", ["EU"]),
            _listing("Handbuch des Buchbindens, gebunden", 19.8, "EUR", "Antiquariat_Weserbogen", "Bücher",
                     "Deutschland", ["Deutschland"]),
        ],
    },
    # English vendor: h1.smk-shopfront__name gullprint_studio (its tags no name); "1,284"
    # ratings, "99.3%" positive (Sales 1,912 no count); "Member since" 9 August 2021; the key in
    # pre.smk-keybox. The three listings are links of this page, not records of it.
    "holdout/sallowmere_vendor_pgp_totals_en.html": {
        "template": "sallowmere_vendor_en", "url": _SALM + "/en/vendor/gullprint_studio", "type": "vendor",
        "records": [_vendor("gullprint_studio", 1284, 99.3, "2021-08-09", _FP_GULL)],
    },
    # French feedback page: its vendor Tisanerie_Morvan with the totals shown ("2 046 avis reçus",
    # "98,6 % d'avis positifs"; 3 904 ventes no count); five reviews; "Suivant ›" to page 2.
    "holdout/sallowmere_vendor_feedback_totals_fr.html": {
        "template": "sallowmere_feedback_fr", "url": _SALM + "/fr/vendeur/Tisanerie_Morvan/avis",
        "type": "feedback", "next": _SALM + "/fr/vendeur/Tisanerie_Morvan/avis?page=2",
        "records": [_feedback_vendor("Tisanerie_Morvan", 2046, 98.6)],
    },
    # Portuguese search that found nothing: "0 resultados", "Nenhum anúncio encontrado": the
    # market's (empty) list of results; filters, tips, popular searches and categories no records.
    "holdout/sallowmere_search_no_results_pt_br.html": {
        "template": "sallowmere_search_empty_pt", "url": _SALM + "/pt/busca?q=marcador+de+livro+em+couro",
        "type": "listing_index", "records": [],
    },
    # Parlour thread: h1.plr-headline the title; a.plr-handle the names; "N posts · joined DATE"
    # the statistics; span.plr-stamp the RELATIVE times ("3 days ago" a day only); div.plr-echo
    # "NAME said:" quotes (two in the last post); div.plr-entry__sig and p.plr-revised no body.
    "holdout/parlour_thread_relative_sigs_en.html": {
        "template": "parlour_thread_en", "url": _PARL + "/t/2291-posting-art-prints-tubes-or-flat-mailers",
        "type": "thread",
        "records": [
            {"type": "thread", "title": "Posting art prints: tubes or flat mailers?"},
            _post("inkwell_hattie", day_ago(3), 0,
                  "I sell A3 linocut prints on the market and have always posted them rolled in tubes.\n"
                  "A few buyers said the prints arrived curled and hard to flatten. Would a flat mailer "
                  "with board stiffeners be any better?", []),
            _post("foldline_mo", f"{day_ago(1)}T21:14:00", 1,
                  "Flat is better for anything up to A3.\n"
                  "Two sheets of greyboard cut 2 cm larger than the print, the print in a glassine sleeve "
                  "between them, and a do-not-bend sticker on both sides.", ["inkwell_hattie"]),
            _post("tubecap_gerald", time_ago(hours=5), 2,
                  "Tubes are fine if they are wide enough. Use a 76 mm tube, not the 50 mm ones, and roll "
                  "the print image side out.\n"
                  "It lies flat again after a day under a couple of books.", []),
            _post("inkwell_hattie", time_ago(minutes=18), 3,
                  "Thanks both. I will try the greyboard sandwich for the A3 edition and keep the wide "
                  "tubes for the A2 prints.", ["foldline_mo", "tubecap_gerald"]),
            _author("inkwell_hattie", 214, "2023-06-03"),
            _author("foldline_mo", 2318, "2018-04-02"),
            _author("tubecap_gerald", 967, "2020-11-30"),
        ],
    },
    # Parlour profile: h1.plr-card__name foldline_mo (nightjar_reads logged in is the reader);
    # the figure "2,318" over Posts (Threads, Likes received, Best answers no posts); "Joined"
    # April 2, 2018 (the activity's dates and "Last seen" no join day).
    "holdout/parlour_member_profile_en.html": {
        "template": "parlour_profile_en", "url": _PARL + "/u/foldline_mo", "type": "profile",
        "records": [_author("foldline_mo", 2318, "2018-04-02")],
    },
    # Parlour topic list, Spanish: six div.plr-row, a.plr-row__title the titles, one thread each
    # in page order (the chips Fijado, Pregunta, Anuncio no part of a title; the subforums' links
    # no topics); "Siguiente ›" to page 2.
    "holdout/parlour_topic_list_es.html": {
        "template": "parlour_topics_es", "url": _PARL + "/b/espanol", "type": "forum_index",
        "next": _PARL + "/b/espanol?pagina=2",
        "records": [
            {"type": "thread", "title": "Normas del subforo en español (leer antes de publicar)"},
            {"type": "thread", "title": "Tiempos de envío a Argentina en noviembre"},
            {"type": "thread", "title": "¿Qué hilo usáis para encuadernar cuadernos?"},
            {"type": "thread", "title": "Recomendaciones de té verde japonés en el mercado"},
            {"type": "thread", "title": "Traducción de la guía del mercado: se buscan voluntarios"},
            {"type": "thread", "title": "Grabados en linóleo: ¿enmarcar con o sin paspartú?"},
        ],
    },
    # Parlour board list: thirteen boards in three groups with counts and last posts (one a link
    # to the partner forum); a board list carries no records.
    "holdout/parlour_board_list_en.html": {
        "template": "parlour_boards_en", "url": _PARL + "/", "type": "forum_index", "records": [],
    },
    # Скворечник thread, ISO-8859-5: h1.skv-zagolovok the title; b.skv-nik the names; "Сообщений:"
    # / "Регистрация:" the statistics; span.skv-kogda the times ("вчера в" yesterday, "сегодня
    # в" today, "35 минут назад"); div.skv-citata "NAME пишет:" quotes; div.skv-pravka and
    # div.skv-podpis no body.
    "holdout/skvorechnik_thread_quotes_ru_iso8859_5.html": {
        "template": "skvorechnik_thread_ru", "url": _SKVO + "/tema/512", "type": "thread",
        "records": [
            {"type": "thread", "title": "Чем отмыть налёт в старом заварочном чайнике?"},
            _post("Тихий_Ёж", "2026-11-17T20:31:00", 0,
                  "Купил на барахолке старый фарфоровый чайник, внутри толстый коричневый налёт.\n"
                  "Чем его отмыть, чтобы не испортить роспись снаружи?", []),
            _post("Пуэрыч", f"{day_ago(1)}T22:47:00", 1,
                  "Лимонная кислота: столовая ложка на литр горячей воды, залить на ночь.\n"
                  "Утром промыть мягкой губкой, налёт сойдёт сам.", ["Тихий_Ёж"]),
            _post("Marina_Lis", f"{day_ago(0)}T09:12:00", 2,
                  "Ещё можно питьевой содой, но только изнутри и без жёсткой щётки.", []),
            _post("Тихий_Ёж", time_ago(minutes=35), 3, "Залил кислотой, утром отпишусь. Спасибо!",
                  ["Пуэрыч"]),
            _author("Тихий_Ёж", 57, "2025-09-02"),
            _author("Пуэрыч", 3611, "2016-03-14"),
            _author("Marina_Lis", 842, "2019-11-21"),
        ],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers give on the holdout side where it differs from TRUTH: nothing since the mends
# (parsers of 7dbbd68; blind, 2070bd1 gave the values the docstring counts).
KNOWN_MISSES: dict[str, dict[str, Any]] = {}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(1.0)
_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)

_text = ROUND.page_text(ENCODINGS)
_posts = ROUND.records_of("post")
_listings = ROUND.records_of("listing")
_threads = ROUND.records_of("thread")
_authors = ROUND.author_stats

_MARKET = [page for page in TRUTH if "/sallowmere_" in page]
_FORUM = [page for page in TRUTH if page not in _MARKET]




def test_five_market_pages_and_five_forum_pages() -> None:
    assert len(_MARKET) == len(_FORUM) == 5
    market = sorted(TRUTH[page]["type"] for page in _MARKET)
    forum = sorted(TRUTH[page]["type"] for page in _FORUM)
    assert market == ["feedback", "listing", "listing_index", "listing_index", "vendor"]
    assert forum == ["forum_index", "forum_index", "profile", "thread", "thread"]
    for page, truth in TRUTH.items():
        if truth["type"] == "thread":
            authors = [p["author"] for p in _posts(page)]
            assert [p["index"] for p in _posts(page)] == list(range(len(authors)))
            # An author record for every poster, once, in order of first post.
            assert [r["name"] for r in ROUND.records_of("author")(page)] == list(dict.fromkeys(authors)), page
            # Every thread quotes a member.
            assert any(p["quotes"] for p in _posts(page)), page
        elif page.endswith(("_board_list_en.html", "_search_no_results_pt_br.html")):
            assert truth["records"] == []
        else:
            assert truth["records"] and _posts(page) == [], page


def test_half_the_pages_english_and_one_in_iso_8859_5() -> None:
    langs = ROUND.page_langs(ENCODINGS)
    assert sorted(langs.values()) == ["de", *["en-GB"] * 5, "es", "fr", "pt-BR", "ru"]
    assert set(ENCODINGS) == {page for page in TRUTH if "iso8859_5" in page}


def test_one_ecosystem_every_page_links_its_canary_and_its_neighbours() -> None:
    for page in TRUTH:
        text = _text(page)
        assert f'<a href="{_CANARY}">' in text, page
        # The market's pages link the forum, the forums' pages the market.
        assert (_PARL if page in _MARKET else _SALM) + "/" in text, page
    assert f'<a class="plr-room__name" href="{_SKVO}/">' in _text("holdout/parlour_board_list_en.html")


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
test_every_post_body_is_written_on_its_page_line_by_line = ROUND.bodies_on_its_page(ENCODINGS)
test_every_address_of_the_truth_and_the_pages_is_a_fictional_host = ROUND.fictional_hosts(ENCODINGS)


def test_the_russian_thread_is_iso_8859_5_with_its_own_bytes() -> None:
    raw = (DATA / "holdout" / "skvorechnik_thread_quotes_ru_iso8859_5.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'content="text/html; charset=iso-8859-5"' in raw and raw.count(b"charset=") == 1
    # One byte a letter: Сообщений (С 0xC1, о 0xDE), Тихий_Ёж (Ё 0xA1), налёт (ё 0xF1).
    assert raw.count(b"\xc1\xde\xde\xd1\xe9\xd5\xdd\xd8\xd9:") == 4
    assert b"\xc2\xd8\xe5\xd8\xd9_\xa1\xd6" in raw and b"\xdd\xd0\xdb\xf1\xe2" in raw
    assert "Тихий_Ёж" not in raw.decode("cp1251") and "налёт" not in raw.decode("cp1251")
    # The signs the code page lacks are entities.
    assert b"&mdash;" in raw and b"&raquo;" in raw and b"&#8599;" in raw


def test_the_russian_thread_stats_relative_times_and_quotes_are_the_truths() -> None:
    page = "holdout/skvorechnik_thread_quotes_ru_iso8859_5.html"
    text = _text(page)
    stats = re.findall(r'<b class="skv-nik"><a href="[^"]+">([^<]+)</a></b>\s*<div class="skv-zvanie">[^<]+'
                       r'</div>\s*<div class="skv-cifry">Сообщений: ([\d ]+)<br>Регистрация: '
                       r"(\d\d)\.(\d\d)\.(\d{4})<br>", text)
    assert [n for n, *_ in stats] == [p["author"] for p in _posts(page)]
    assert {(n, int(shown_number(c, " ")), f"{y}-{m}-{d}") for n, c, d, m, y in stats} == _authors(page)
    shown = re.findall(r'<span class="skv-kogda">([^<]+)</span>', text)
    assert shown == ["17 ноября 2026, 20:31", "вчера в 22:47", "сегодня в 09:12", "35 минут назад"]
    assert [p["posted_at"] for p in _posts(page)] == [
        "2026-11-17T20:31:00", f"{day_ago(1)}T22:47:00", f"{day_ago(0)}T09:12:00", time_ago(minutes=35)]
    assert re.findall(r'<div class="skv-citata__kto">(\S+) пишет:</div>', text) == [
        q for p in _posts(page) for q in p["quotes"]]
    assert "Последний раз редактировалось Пуэрыч" in text and "пью чай с 2009 года" in text
    assert all("редактировалось" not in p["body"] and "Марина." not in p["body"] for p in _posts(page))


def test_the_parlour_thread_relative_times_stats_and_quotes_are_the_truths() -> None:
    page = "holdout/parlour_thread_relative_sigs_en.html"
    text = _text(page)
    bars = re.findall(r'<a class="plr-handle" href="/u/[^"]+">([^<]+)</a>\s*<span class="plr-role">[^<]+'
                      r'</span>\s*<span class="plr-counts"><b>([\d,]+)</b> posts · joined '
                      r'([A-Z][a-z]{2} \d+, \d{4})</span>\s*<span class="plr-stamp">([^<]+)</span>', text)
    assert [n for n, *_ in bars] == [p["author"] for p in _posts(page)]
    assert {(n, int(shown_number(c, ",")), datetime.strptime(j, "%b %d, %Y").strftime("%Y-%m-%d"))
            for n, c, j, _ in bars} == _authors(page)
    assert [s for *_, s in bars] == ["3 days ago", "yesterday at 9:14 PM", "5 hours ago", "18 minutes ago"]
    assert [p["posted_at"] for p in _posts(page)] == [
        day_ago(3), f"{day_ago(1)}T21:14:00", time_ago(hours=5), time_ago(minutes=18)]
    # Each quote names a member and links that member's post.
    ids = dict(zip(re.findall(r'<article class="plr-entry" id="(e-\d+)">', text), [n for n, *_ in bars],
                   strict=True))
    entries = text.split('<article class="plr-entry"')[1:]
    for entry, post in zip(entries, _posts(page), strict=True):
        quoted = re.findall(r'<a class="plr-echo__src" href="#(e-\d+)">([^<]+) said:</a>', entry)
        assert [name for _, name in quoted] == post["quotes"]
        assert all(ids[target] == name for target, name in quoted)
    assert "Edited by tubecap_gerald 4 hours ago: tube size" in text and "relief prints &amp; small" in text
    assert all("Edited" not in p["body"] and "relief prints" not in p["body"] and "fax era" not in p["body"]
               for p in _posts(page))


def test_the_profile_figure_and_join_day_are_the_truths_and_the_threads_stats() -> None:
    page = "holdout/parlour_member_profile_en.html"
    text = _text(page)
    ((name, posts, joined),) = _authors(page)
    assert f'<h1 class="plr-card__name">{name}</h1>' in text
    figures = dict((k, v) for v, k in re.findall(
        r'<span class="plr-figures__n">([\d,]+)</span><span class="plr-figures__k">([^<]+)</span>', text))
    assert list(figures) == ["Posts", "Threads", "Likes received", "Best answers"]
    assert int(shown_number(figures["Posts"], ",")) == posts
    (shown,) = re.findall(r"<tr><th>Joined</th><td>([^<]+)</td></tr>", text)
    assert datetime.strptime(shown, "%B %d, %Y").strftime("%Y-%m-%d") == joined
    # The reader logged in is no member of this page; the thread shows the same member's stats.
    assert '<a class="plr-me" href="/u/nightjar_reads">nightjar_reads</a>' in text
    assert name != "nightjar_reads"
    assert (name, posts, joined) in _authors("holdout/parlour_thread_relative_sigs_en.html")


def test_the_spanish_topic_rows_are_the_threads_and_their_chips_no_title() -> None:
    page = "holdout/parlour_topic_list_es.html"
    text = _text(page)
    titles = re.findall(r'<a class="plr-row__title" href="/t/\d+-[a-z0-9-]+">([^<]+)</a>', text)
    assert titles == [r["title"] for r in _threads(page)]
    assert len(re.findall(r'<div class="plr-row(?: plr-row--pinned)?">', text)) == 6
    chips = re.findall(r'<span class="plr-prefix[^"]*">([^<]+)</span>', text)
    assert chips == ["Fijado", "Pregunta", "Anuncio"] and not any(c in t for c in chips for t in titles)
    subforums = re.findall(r'<a href="/b/espanol-[a-z]+">([^<]+)</a> <span>\(\d+\)</span>', text)
    assert subforums == ["Argentina", "España", "México"]
    assert f'<a class="plr-pager__next" href="{TRUTH[page]["next"][len(_PARL):]}">Siguiente ›</a>' in text


def test_the_board_list_shows_boards_and_carries_no_records() -> None:
    page = "holdout/parlour_board_list_en.html"
    text = _text(page)
    boards = re.findall(r'<a class="plr-room__name" href="[^"]+">([^<]+)</a>', text)
    assert len(boards) == 13 and boards[-1] == "Русский → Скворечник"
    assert re.findall(r'<h2 class="plr-group__name">([^<]+)</h2>', text) == [
        "Sallowmere Market", "Community", "International"]
    # The last posts' topics are links of the board list, not records of it.
    assert "Posting art prints: tubes or flat mailers?</a><br>by" in text
    assert TRUTH[page]["records"] == [] and "next" not in TRUTH[page]


def test_the_listing_price_is_the_one_a_buyer_pays() -> None:
    page = "holdout/sallowmere_listing_vendor_block_gbp_en.html"
    text = _text(page)
    (listing,) = _listings(page)
    price = float(re.search(r'<div class="smk-cost__main">£([\d.]+)</div>', text).group(1))  # type: ignore[union-attr]
    assert price == listing["price"] and listing["currency"] == "GBP"
    rate = float(re.search(r"XMR/GBP ([\d.]+)", text).group(1))  # type: ignore[union-attr]
    usd_rate = float(re.search(r"GBP/USD ([\d.]+)", text).group(1))  # type: ignore[union-attr]
    xmr, usd = re.search(r"≈ ([\d.]+) XMR · ≈ \$([\d.]+)", text).groups()  # type: ignore[union-attr]
    assert round(price / rate, 4) == float(xmr) and round(price * usd_rate, 2) == float(usd)
    assert re.findall(r"<b>\+£([\d.]+)</b>", text) == ["4.20", "6.90", "14.50"]
    facts = dict(re.findall(r"<tr><th>([^<]+)</th><td>([^<]+)</td></tr>", text))
    assert facts["Ships from"] == listing["ships_from"]
    assert facts["Ships to"].split(", ") == listing["ships_to"]
    seller = re.search(r'<a class="smk-seller__name" href="[^"]+">([^<]+)</a>', text)
    assert seller is not None and seller.group(1) == listing["vendor"]
    assert re.findall(r'<a href="/en/browse/[a-z/]+">([^<]+)</a>', text)[-1] == listing["category"]
    assert f'<h1 class="smk-item__name">{listing["title"]}</h1>' in text and "£24.00" in text


def test_the_german_tiles_are_the_truths_and_the_struck_price_none() -> None:
    page = "holdout/sallowmere_new_arrivals_grid_eur_de.html"
    text = _text(page)
    tiles = re.findall(r'<a class="smk-chip" href="[^"]+">([^<]+)</a>\s*'
                       r'<h3 class="smk-tile__name"><a href="[^"]+">([^<]+)</a></h3>\s*'
                       r'<div class="smk-tile__who">von <a href="[^"]+">([^<]+)</a> '
                       r'<span class="smk-tile__score">[^<]+</span></div>\s*'
                       r'<div class="smk-tile__route">(\S+) → ([^<]+)</div>\s*'
                       r'<div class="smk-tile__cost">(?:<s>[\d.,]+ €</s> )?<b>([\d.,]+) €</b> '
                       r"<small>≈ ([\d,]+) XMR</small></div>", text)
    rows = [(t, shown_number(p, ".", ","), "EUR", v, c, f, to.split(", ")) for c, t, v, f, to, p, _ in tiles]
    ROUND.check_listings(rows, page)
    rate = shown_number(re.search(r"1 XMR = ([\d.,]+) €", text).group(1), ".", ",")  # type: ignore[union-attr]
    assert [round(shown_number(p, ".", ",") / rate, 4) for *_, p, _ in tiles] == [
        shown_number(x, ".", ",") for *_, x in tiles]
    old = shown_number(re.search(r"<s>([\d,]+) €</s>", text).group(1), ".", ",")  # type: ignore[union-attr]
    assert round(100 * (1 - _listings(page)[1]["price"] / old)) == 11 and "−11 %" in text
    assert text.count('<div class="smk-tile">') == 7 and '<aside class="smk-filter">' in text
    assert f'<a class="smk-pages__next" href="{TRUTH[page]["next"][len(_SALM):]}">Weiter ›</a>' in text


def test_the_vendor_page_key_is_real_and_its_totals_the_record() -> None:
    page = "holdout/sallowmere_vendor_pgp_totals_en.html"
    text = _text(page)
    # The base64 lines between the armour's blank line and its CRC line ("=v/wr").
    armour = re.search(r'<pre class="smk-keybox">-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=\S{4}\n'
                       r"-----END PGP PUBLIC KEY BLOCK-----</pre>", text, re.S).group(1)  # type: ignore[union-attr]
    assert v4_fingerprint(armour) == _FP_GULL
    shown = re.search(r"Fingerprint: <code>([0-9A-F ]+)</code>", text).group(1)  # type: ignore[union-attr]
    assert shown.replace(" ", "") == _FP_GULL and "  " in shown  # gpg's two halves
    (vendor,) = ROUND.records_of("vendor")(page)
    split = {k: int(shown_number(v, ",")) for k, v in re.findall(
        r"<tr(?: class=\"smk-score__total\")?><th>(\w+)</th><td>([\d,]+)</td></tr>", text)}
    assert split["Positive"] + split["Neutral"] + split["Negative"] == split["Total"]
    assert split["Total"] == vendor["feedback_count"]
    assert round(100 * split["Positive"] / split["Total"], 1) == vendor["rating"]
    assert f'<span class="smk-score__pct">{vendor["rating"]}%</span>' in text
    facts = dict(re.findall(r"<dt>([^<]+)</dt><dd>([^<]+)</dd>", text))
    assert datetime.strptime(facts["Member since"], "%d %B %Y").strftime("%Y-%m-%d") == vendor["member_since"]
    assert facts["Sales"] == "1,912" and vendor["has_pgp_key"] is True
    assert _listings(page) == [] and text.count('href="/en/item/') == 3
    # The listing page's seller block shows the same seller's totals.
    seller = _text("holdout/sallowmere_listing_vendor_block_gbp_en.html")
    assert "<li><b>99.3%</b> positive</li>" in seller and "<li><b>1,284</b> ratings</li>" in seller


def test_the_feedback_totals_add_up_and_are_the_vendors_record() -> None:
    page = "holdout/sallowmere_vendor_feedback_totals_fr.html"
    text = _text(page).replace("&nbsp;", " ")
    (vendor,) = ROUND.records_of("vendor")(page)
    total = re.search(r'<span class="smk-fbsum__n">([\d ]+)</span>\s*<span class="smk-fbsum__lbl">avis reçus',
                      text).group(1)  # type: ignore[union-attr]
    share = re.search(r'<span class="smk-fbsum__pct">([\d,]+) %</span>', text).group(1)  # type: ignore[union-attr]
    assert int(shown_number(total, " ")) == vendor["feedback_count"]
    assert shown_number(share, " ", ",") == vendor["rating"]
    kinds = {k: int(shown_number(v, " ")) for k, v in re.findall(
        r'<li class="is-(?:pos|neu|neg)">(\w+) : <b>([\d ]+)</b></li>', text)}
    assert list(kinds) == ["Positifs", "Neutres", "Négatifs"]
    assert sum(kinds.values()) == vendor["feedback_count"]
    assert round(100 * kinds["Positifs"] / vendor["feedback_count"], 1) == vendor["rating"]
    assert text.count('<li class="smk-fbrow">') == 5 and vendor["has_pgp_key"] is None
    assert "3 904 ventes" in text and vendor["member_since"] is None
    assert f'<a class="smk-pages__next" href="{TRUTH[page]["next"][len(_SALM):]}">Suivant ›</a>' in text


def test_the_search_page_found_nothing_and_carries_no_records() -> None:
    page = "holdout/sallowmere_search_no_results_pt_br.html"
    text = _text(page)
    query = "marcador de livro em couro"
    assert TRUTH[page]["url"].endswith("?q=" + query.replace(" ", "+"))
    assert f'<input type="search" name="q" value="{query}">' in text
    assert f"0 resultados para “{query}”" in text and "<h2>Nenhum anúncio encontrado</h2>" in text
    (shelf,) = re.findall(r'<section class="smk-shelf">(.*?)</section>', text, re.S)
    assert "R$" not in shelf and "smk-tile" not in shelf
    assert TRUTH[page]["records"] == [] and "next" not in TRUTH[page]
