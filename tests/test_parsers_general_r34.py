"""parsers.parse_page on round-34 generality pages (tests/data/general_r34): a fully BLIND held-out
set of the page KINDS that have proved hardest, forum and market pages together, in mixed
languages (English on one page). Ten pages, all on the HOLDOUT side (no tune side: no rule was
written for any of them), each a template or layout in no earlier round, with fictional names,
words, dates and prices put in. Two member profiles of different shapes (the figures in a
sentence of prose; figure tiles over their labels), a topic list of list items (no table), a
board list of divisions, a vendor page that lists the seller's items below the seller's
statistics, a single vendor's shop front, a vendor's feedback page with totals, a market's error
page and two forum threads.

Every page is a template or layout in none of rounds 3-33, tests/data/forums_general,
tests/data/markets_general, tests/data/board_posts, tests/data/poster_panels or
tests/data/profile_shapes (round 35, built at the same time by another helper, was not used;
its directory was listed only to keep this round's names apart: its Czech page is of a site
named zahradkari, so this round's Czech site, first named so, was renamed Zelená Vysočina
before any truth was written): their directories were grepped, and none of the class prefixes
class="fj- (the Italian profile), gx- (the Finnish profile), hq- (the Czech topic list), iw-
(the Hebrew board list), jb- (the German vendor), kz- (the Spanish shop front), nx- (the French
feedback page), oy- (the English error page), uy- (the Swedish thread) or yb- (the Dutch thread),
nor the words "Forum del Telaio", "Maestra d'ordito", "Iscritto il", Pilkkifoorumi, Kallave(si),
"Zelená Vysočina", Založil, Odpovědí, "כלי ושירה", Mondbazar, Kerzenzieherei, Fingerabdruck,
Händlerstufe, "Mercado Lucerna", Marmolada, "Sale de:", "Llega a:", "Marché des Savons",
Luberon, "Taux de satisfaction", Emberwick, "That item is gone", Svampkorgen, kantareller,
"Fietsmakers Onder Elkaar", "Naaf piept", nor any member or vendor name of this round is in
them. Found and no sign of the same layout: "Medlem sedan" (rounds 24, 30 and 31's Swedish
profiles and vendor, in other markup), "Lid sinds" (round 11's YaBB Dutch thread), "Bergabung"
(round 28's Indonesian thread and profile_shapes' Indonesian card profile "Forum Kopi
Nusantara": this round's Finnish profile was first an Indonesian coffee forum's card, rewritten
in Finnish on fishing when that test page was found), windows-1250 (round 19's UBB.threads
Bosnian thread: no round has a Czech page in it).
Languages: Italian, Finnish, Czech, Hebrew (right to left), German, Spanish, French, English,
Swedish and Dutch, all used by earlier rounds on other templates. One page is in windows-1250
(the Central European Windows code page old Czech boards kept): declared by
``<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">``; every Czech letter
one byte (ř 0xF8, ě 0xEC, Č 0xC8, ů 0xF9, š 0x9A where Latin-1 has a control).

forum pages
  - an Italian member PROFILE ("Forum del Telaio", weaving) whose figures are in a sentence of
    prose: "tessitrice_val è iscritta al forum dal 12/03/2016 e ha scritto finora 4.217
    messaggi (1,7 al giorno), aprendo 188 discussioni" (a dot between thousands; the rate and
    the topics no count); lana_grezza logged in is the reader; h2.fj-nick the member.
  - a Finnish member PROFILE card ("Pilkkifoorumi", ice fishing): tiles of a figure over its
    label, "1 893" over "Viestit" (a space between thousands; "Tykkäykset" likes and
    "Seuraajat" followers no posts); "Liittynyt 5.8.2019" joined.
  - a Czech board's TOPIC list in windows-1250 ("Zelená Vysočina", vegetables and herbs):
    ul.hq-temata, five li.hq-tema rows of divisions (title link, "Založil: NAME · DATE",
    "Odpovědí" / "Zobrazení" counts, the last post "dnes 09:12 od NAME »"); one thread record
    per topic in page order; "Další »" to page 2.
  - a Hebrew BOARD list, right to left ("כלי ושירה", amateur musicians): two categories of
    div.iw-board rows (board name, description, topics and posts in bdi, the last post "תגובה:
    ..." a link to a topic), sub-boards on one row; a board list carries no records.
  - a Swedish THREAD ("Svampkorgen", cooking chanterelles): div.uy-inlagg with a header line
    of name, "Inlägg: 1 204 · Medlem sedan: 2013-04-02" and the time ("16 november 2026 kl.
    19:40", "igår kl. 21:14" yesterday, "idag kl. 08:05" today); "skogsmulle_83 skrev:" a
    quote; div.uy-signatur and "Senast ändrad av ..." no body.
  - a Dutch THREAD ("Fietsmakers Onder Elkaar", bicycle repair): ol.yb-berichten of li posts,
    aside with the name, rank, "Berichten: 3.402", "Lid sinds: 14 januari 2015"; "#1 ·
    18-11-2026 om 19:42" the time; a blockquote with "trapper_tineke schreef:"; "Laatst bewerkt
    door ..." and a signature no body. The opening poster posts twice: one author record.

market pages (written from memory of public descriptions of darknet-market layouts; every
market, vendor, product, price and class name is invented; only innocuous goods: candles,
marbled paper, notebooks, a bookbinding press, soaps)
  - a German VENDOR page that lists the seller's items below the statistics ("Mondbazar"):
    tiles "2.381" Bewertungen, "99,1 %" positiv ("3.912" Verkäufe are sales), "3. März 2022"
    Mitglied seit; "Fingerabdruck:" in groups of four over the armoured key; below, "Angebote
    von Kerzenzieherei_Harz (3)": three item links with a title and an XMR price each. As rounds
    31 and 32 hold, the seller's products on a vendor page are links of it, not records of it:
    the truth is the vendor record alone (the rates bar no price either).
  - a Spanish single-vendor SHOP FRONT ("Mercado Lucerna"): h1 Papeleria_Marmolada, every
    card's vendor; four article.kz-pieza cards of a title, a category line, "Sale de: España"
    / "Llega a: ..." and a price in euros with a decimal comma ("1.120,00 €" a dot between
    thousands); the shop's facts line ("1.046 ventas · 4,9 ★") is no record.
  - a French vendor FEEDBACK page with totals ("Marché des Savons"): "Avis des acheteurs sur
    Savons_du_Luberon", tiles "Total des avis 3 412" (a space between thousands), "Positifs
    3 371", "Neutres 25", "Négatifs 16", "Taux de satisfaction 98,8 %" (positives of all); four
    reviews; "Suivant ›" to page 2.
  - an English market ERROR page ("Emberwick"): "Error 404" over "That item is gone", the
    listing withdrawn; an error, no records.
The key is a REAL OpenPGP v4 public key (ed25519) generated for this round with gpg in a
throwaway GnuPG home under /tmp that was deleted afterwards.

How close each page is to a real site: no engine's public markup was rebuilt for this round
(the reference search was not used: every page is a custom layout); all ten are shaped from
memory of public descriptions of onion forums and markets (prose profiles, figure tiles, topic
lists of list items, board lists of divisions, vendor pages with their items, shop fronts,
feedback totals, short error pages). Page frames, strings and all content are invented for this
round; sites and addresses are fictional (.example hosts and made-up 56-character .onion names).

Truth conventions, as rounds 24-33: a post's body without quotes, signatures and edit notes;
quotes name the quoted members; relative dates resolve against the harness's NOW_TIME
(2026-11-20 12:00); an author record for every poster whose statistics the page shows, once, in
order of first post; a board's topic list carries one {"type": "thread", "title"} per topic in
page order, a BOARD list none; a listing's price is the one a buyer pays; a shop front gives
every card the shop's vendor; a vendor's feedback page carries its vendor's record (the name and
the totals shown, has_pgp_key None: tests/general_rounds.py _feedback_vendor); a vendor page's
product links give no listing records; an error page has none.

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (61a52a5) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 34 --side holdout --misses``): those of 40476af (this session's start), of a980441
(rounds 23 to 31 mended) and of 0db562c (rounds 32 and 33 mended too). None had seen this round's
pages; every helper who wrote those mends kept it out of every scan.

    template                  40476af  a980441  0db562c
    kleyshira_boards_he         0.000    0.000    0.000  (a board list of divs read as posts)
    pilkkiforum_profile_fi      0.000    0.000    0.000  (a profile of figure tiles)
    telaio_profile_it           0.000    0.000    0.000  (a profile told in prose)
    marchesavons_feedback_fr    0.083    1.000    1.000  (a page of reviews and its vendor)
    zelenavysocina_topics_cs    0.222    0.222    0.308  (a topic list of list items)
    lucerna_shopfront_es        0.619    0.840    0.840  (a shop front's places)
    svampkorgen_thread_sv       0.800    0.875    0.875  (join days for post dates)
    mondbazar_vendor_de         0.857    1.000    1.000  (a vendor above its items)
    fietsmakers_thread_nl       0.952    0.952    0.952  (a quote in a body)
    emberwick_error_en 1.000
    overall                     0.603    0.776    0.770

This round and round 35 are the session's final blind measure: the parsers of 0db562c carry every
mend of rounds 23 to 33, the last of them made to take whole KINDS of page by the traits all their
examples share (a member's profile, a topic list in any rows, a vendor above its items). Those of
rounds 23 to 31 carried here on a page of reviews, a vendor above its items and a shop front
(+0.173); those of rounds 32 and 33 did not catch this round's two profiles (one of figure tiles,
one told in prose) nor its board list of divs, and read its topic list of list items one row off
(-0.006). Blind scores of the rounds (3 to 34): 0.646, 0.778, 0.714, 0.946, 0.798, 0.699, 0.601,
0.750, 0.857, 0.466, 0.612, 0.538, 0.773, 0.313, 0.694, 0.684, 0.376, 0.578, 0.517, 0.514, 0.848,
0.777, 0.858, 0.406, 0.782, 0.902, 0.752, 0.831, 0.738, 0.820, 0.891 and here 0.770 (0.603 at this
session's start). KNOWN_MISSES holds every wrong value of 0db562c. This round is BLIND: do not tune
the parsers on its pages; mend a miss only as a general mechanism, with test pages of its own, and
say so here.

Scored again with the parsers of 59fab6f (the end of the session that built it, nothing of this
round mended): 0.770, unchanged. Mended after that, each miss by a general mechanism with test
pages of its own (76af137 to e299808): a profile's statistics in tiles of a figure and its label
(parsers.figure_tiles), or told in a sentence (parsers.prose_stats); a board list in divisions
whose rows a post reader took for posts gives no records (parsers.topic_rows.rows_taken_for_posts);
a pinned row of a topic list grouped with the rest by its first class; a line of a poster's
statistics gives no post date (parsers.stat_pieces.only_stats); an edit note with one classed line
under it (parsers.post_notes); a card's labelled places side by side on one line
(parsers.pair_spans): 0.770 -> 1.000.
"""

from __future__ import annotations

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
from tests.parsers_scoring import CONTRACT_FIELDS

DATA = Path(__file__).parent / "data" / "general_r34"

_TELAIO = "http://forumdeltelaioq2qai6yv35fe6uyojwxxzbuzo362kmpdgq36zs33gd.onion"
_PILKKI = "http://pilkkifoorumiu5ezk3twd6ucvyq4ojxmxq2kpbhtkh7arn6ni7cbvad.onion"
_VYSO = "http://zelenavysocinazymlopifqyf7m2nxynj5lvff6uzcra3nxf5m5dwind.onion"
_KLEY = "http://klenyeshiray25kzs6onrtc4frvpmb2icmfecjd75yz6kar4t4gyknad.onion"
_MOND = "http://mondbazar66x3ljbqxlg4qx7yxarwog2y3e72bgadukqc5cn6maxperd.onion"
_LUCE = "http://mercadolucerna5f3czdeabdvgbdjasxaa2cqgdr3dnyoxwn5w7mksmd.onion"
_SAVON = "http://marchedesavonsracbcxig4hy7zearctkoeytu7rctxwxob6cfcd3xld.onion"
_EMBER = "http://emberwickcpwmmhgihwpxnokacwlk43aa5qomkt3lz7joycwovggkjhd.onion"
_SVAMP = "http://svampkorgeneamwsku2tg5rdei2qpd2qdfburzf5jhb2qg7sksugsvzd.onion"
_FIETS = "http://fietsmakersl4gen7im3rui2rdzjckxhnbyeofw474pmim6iog6iqkgd.onion"
_FP_MOND = "7803CA8ECF13EB07BA2C53CA15E43A0FCE6103B1"

#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {"holdout/zelenavysocina_topics_cs_cp1250.html": "cp1250"}

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # Italian profile: h2.fj-nick tessitrice_val (lana_grezza logged in is the reader); the
    # sentence "è iscritta al forum dal 12/03/2016 e ha scritto finora 4.217 messaggi" the facts.
    "holdout/telaio_member_profile_it.html": {
        "template": "telaio_profile_it", "url": _TELAIO + "/utente/tessitrice_val", "type": "profile",
        "records": [_author("tessitrice_val", 4217, "2016-03-12")],
    },
    # Finnish profile card: "@pilkki_pena" the member; the tile "1 893" over "Viestit" the posts
    # (likes and followers no posts); "Liittynyt 5.8.2019" joined.
    "holdout/pilkkiforum_member_tiles_fi.html": {
        "template": "pilkkiforum_profile_fi", "url": _PILKKI + "/jasen/pilkki_pena", "type": "profile",
        "records": [_author("pilkki_pena", 1893, "2019-08-05")],
    },
    # Czech topic list, windows-1250: five li.hq-tema rows, a.hq-nazev the titles, one thread
    # each in page order (starters, counts and last posts no title); "Další »" to page 2.
    "holdout/zelenavysocina_topics_cs_cp1250.html": {
        "template": "zelenavysocina_topics_cs", "url": _VYSO + "/sekce/zelenina", "type": "forum_index",
        "next": _VYSO + "/sekce/zelenina?strana=2",
        "records": [
            {"type": "thread", "title": "Kdy vysévat papriky na parapet?"},
            {"type": "thread", "title": "Ozimý česnek – sázet ještě v listopadu?"},
            {"type": "thread", "title": "Sušení máty a meduňky na půdě"},
            {"type": "thread", "title": "Kompost přes zimu zakrýt, nebo nechat?"},
            {"type": "thread", "title": "Odrůdy rajčat, které u nás dozrály"},
        ],
    },
    # Hebrew board list, right to left: four boards in two categories, their last posts
    # "תגובה: ..." links to topics; a board list carries no records.
    "holdout/kleyshira_board_list_he.html": {
        "template": "kleyshira_boards_he", "url": _KLEY + "/", "type": "forum_index",
        "records": [],
    },
    # German vendor with items: h2.jb-name Kerzenzieherei_Harz; tiles "2.381" Bewertungen,
    # "99,1 %" positiv, "3. März 2022" Mitglied seit; the key in pre.jb-schluessel. The three
    # items below are links of this page, not records of it.
    "holdout/mondbazar_vendor_items_pgp_de.html": {
        "template": "mondbazar_vendor_de", "url": _MOND + "/haendler/Kerzenzieherei_Harz", "type": "vendor",
        "records": [_vendor("Kerzenzieherei_Harz", 2381, 99.1, "2022-03-03", _FP_MOND)],
    },
    # Spanish shop front: h1 Papeleria_Marmolada every card's vendor; h4.kz-pieza-titulo the
    # titles; p.kz-pieza-cat the category; "Sale de:" / "Llega a:" the route; "PRICE €".
    "holdout/lucerna_shop_front_eur_es.html": {
        "template": "lucerna_shopfront_es", "url": _LUCE + "/tienda/Papeleria_Marmolada",
        "type": "listing_index",
        "records": [
            _listing("Pliegos de papel marmolado, 5 hojas 50 × 70", 18.5, "EUR", "Papeleria_Marmolada",
                     "Papelería", "España", ["Unión Europea"]),
            _listing("Cuaderno cosido con tapas marmoladas, A5", 24.0, "EUR", "Papeleria_Marmolada",
                     "Cuadernos", "España", ["Todo el mundo"]),
            _listing("Prensa de encuadernar de nogal, artesanal", 1120.0, "EUR", "Papeleria_Marmolada",
                     "Herramientas", "España", ["España", "Portugal"]),
            _listing("Guardas marmoladas para encuadernar, 10 hojas", 12.75, "EUR", "Papeleria_Marmolada",
                     "Papelería", "España", ["Unión Europea"]),
        ],
    },
    # French feedback page: its vendor Savons_du_Luberon with the totals shown ("Total des avis
    # 3 412", "Taux de satisfaction 98,8 %"); four reviews; "Suivant ›" to page 2.
    "holdout/marchesavons_vendor_feedback_fr.html": {
        "template": "marchesavons_feedback_fr", "url": _SAVON + "/vendeur/Savons_du_Luberon/avis",
        "type": "feedback", "next": _SAVON + "/vendeur/Savons_du_Luberon/avis?page=2",
        "records": [_feedback_vendor("Savons_du_Luberon", 3412, 98.8)],
    },
    # English error page: "Error 404", "That item is gone": an error, no records.
    "holdout/emberwick_error_removed_en.html": {
        "template": "emberwick_error_en", "url": _EMBER + "/listing/55102", "type": "error",
        "records": [],
    },
    # Swedish thread: h1.uy-rubrik the title; a.uy-namn the names; "Inlägg:" / "Medlem sedan:"
    # the statistics; the times ("igår kl. 21:14" yesterday, "idag kl. 08:05" today);
    # "skogsmulle_83 skrev:" a quote; div.uy-signatur and div.uy-andrad no body.
    "holdout/svampkorgen_thread_sv.html": {
        "template": "svampkorgen_thread_sv", "url": _SVAMP + "/trad/5120", "type": "thread",
        "records": [
            {"type": "thread", "title": "Torka eller frysa kantareller?"},
            _post("skogsmulle_83", "2026-11-16T19:40:00", 0,
                  "Fick ihop nästan fyra liter kantareller i helgen. Hur gör ni för att spara dem till "
                  "vintern?\n"
                  "Torkar ni eller steker och fryser?", []),
            _post("trattis_tova", "2026-11-19T21:14:00", 1,
                  "Kantareller blir sega av torkning. Stek dem torrt tills vätskan kokat bort, lite smör "
                  "på slutet, och frys i platta påsar.\n"
                  "Trattkantareller däremot torkar jag alltid.", ["skogsmulle_83"]),
            _post("Åsa_i_Skogen", "2026-11-20T08:05:00", 2,
                  "Tack för tipset! Jag har stekt och fryst i flera år och de håller sig fint till jul.", []),
            _author("skogsmulle_83", 1204, "2013-04-02"),
            _author("trattis_tova", 8771, "2009-09-14"),
            _author("Åsa_i_Skogen", 37, "2026-08-30"),
        ],
    },
    # Dutch thread: h2.yb-onderwerp the title; a.yb-nick the names; "Berichten:" / "Lid sinds:"
    # the statistics; "#N · DD-MM-YYYY om HH:MM" the times; "trapper_tineke schreef:" a quote;
    # div.yb-bewerkt and div.yb-handtekening no body.
    "holdout/fietsmakers_thread_nl.html": {
        "template": "fietsmakers_thread_nl", "url": _FIETS + "/onderwerp/901", "type": "thread",
        "records": [
            {"type": "thread", "title": "Naaf piept na regenrit"},
            _post("trapper_tineke", "2026-11-18T19:42:00", 0,
                  "Sinds een rit door de stromende regen piept mijn achternaaf bij elke omwenteling.\n"
                  "Het is een Shimano Nexus 7 van een jaar of zes oud. Moet die open, of kan ik eerst iets "
                  "anders proberen?", []),
            _post("oude_spaak", "2026-11-19T08:15:00", 1,
                  "Begin bij de remarm en de kettingkast, daar zit na regen vaak zand tussen.\n"
                  "Piept het daarna nog, dan de naaf eruit en een oliebad geven; dat is geen groot werk.",
                  ["trapper_tineke"]),
            _post("trapper_tineke", "2026-11-19T17:50:00", 2,
                  "Het was inderdaad zand bij de remarm. Schoongemaakt en gevet, en hij is weer stil. "
                  "Dank je!", []),
            _author("trapper_tineke", 3402, "2015-01-14"),
            _author("oude_spaak", 12088, "2010-03-02"),
        ],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers give on the holdout side where it differs from TRUTH: measured blind with the
# parsers of 0db562c and 59fab6f, re-recorded after the mends (fcfbaef): none.
KNOWN_MISSES: dict[str, dict[str, Any]] = {}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(1.0)
_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)

_text = ROUND.page_text(ENCODINGS)
_posts = ROUND.records_of("post")
_listings = ROUND.records_of("listing")
_authors = ROUND.author_stats


def test_two_profiles_two_forum_lists_a_vendor_a_shop_a_feedback_page_an_error_and_two_threads() -> None:
    kinds = [t["type"] for t in TRUTH.values()]
    assert [kinds.count(k) for k in ("profile", "forum_index", "vendor", "listing_index", "feedback",
                                     "error", "thread")] == [2, 2, 1, 1, 1, 1, 2]
    empty = {page for page, t in TRUTH.items() if not t["records"]}
    assert empty == {"holdout/kleyshira_board_list_he.html", "holdout/emberwick_error_removed_en.html"}
    for page, truth in TRUTH.items():
        if truth["type"] == "thread":
            authors = [p["author"] for p in _posts(page)]
            assert [p["index"] for p in _posts(page)] == list(range(len(authors)))
            # An author record for every poster, once, in order of first post.
            assert [r["name"] for r in ROUND.records_of("author")(page)] == list(dict.fromkeys(authors)), page
        elif truth["type"] == "forum_index":
            assert {r["type"] for r in truth["records"]} <= {"thread"}
        else:
            assert _posts(page) == [], page


def test_one_page_in_english_one_right_to_left_and_one_in_windows_1250() -> None:
    langs = ROUND.page_langs(ENCODINGS)
    assert sorted(langs.values()) == ["cs", "de", "en", "es", "fi", "fr", "he", "it", "nl", "sv"]
    assert sum(lang.startswith("en") for lang in langs.values()) == 1
    rtl = {page for page in TRUTH if ' dir="rtl"' in _text(page)}
    assert rtl == {"holdout/kleyshira_board_list_he.html"}
    assert set(ENCODINGS) == {page for page in TRUTH if "cp1250" in page}


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
test_every_post_body_is_written_on_its_page_line_by_line = ROUND.bodies_on_its_page(ENCODINGS)
test_every_address_of_the_truth_and_the_pages_is_a_fictional_host = ROUND.fictional_hosts(ENCODINGS)


def test_the_czech_topic_list_is_windows_1250_with_its_own_bytes() -> None:
    raw = (DATA / "holdout" / "zelenavysocina_topics_cs_cp1250.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'content="text/html; charset=windows-1250"' in raw and raw.count(b"charset=") == 1
    # One byte a letter: Založil (ž 0x9E), Odpovědí (ě 0xEC, í 0xED), Sušení (š 0x9A).
    assert raw.count(b"Zalo\x9eil:") == 5 and raw.count(b"Odpov\xecd\xed:") == 5 and b"Su\x9aen\xed" in raw
    assert "Založil" not in raw.decode("latin-1")


def test_the_czech_topic_list_gives_its_topics_in_page_order() -> None:
    page = "holdout/zelenavysocina_topics_cs_cp1250.html"
    text = _text(page)
    titles = re.findall(r'<a class="hq-nazev" href="/tema/\d+-[a-z-]+">([^<]+)</a>', text)
    assert titles == [r["title"] for r in TRUTH[page]["records"]]
    assert text.count('<li class="hq-tema') == 5 and "<table" not in text and "<tr" not in text
    assert [int(n) for n in re.findall(r"Odpovědí: (\d+)", text)] == [14, 9, 22, 6, 31]
    assert '<a class="hq-dalsi" href="/sekce/zelenina?strana=2">Další »</a>' in text
    assert TRUTH[page]["next"] == _VYSO + "/sekce/zelenina?strana=2"


def test_the_hebrew_board_list_has_boards_and_no_topics_of_its_own() -> None:
    page = "holdout/kleyshira_board_list_he.html"
    text = _text(page)
    assert '<html lang="he" dir="rtl">' in text
    boards = re.findall(r'<a class="iw-board-name" href="/forum/(\d+)">([^<]+)</a>', text)
    assert [b for b, _ in boards] == ["12", "13", "21", "22"]
    lasts = re.findall(r'<a href="/topic/\d+#last">(תגובה: [^<]+)</a>', text)
    assert len(lasts) == 4 and TRUTH[page]["records"] == [] and "next" not in TRUTH[page]
    assert "<table" not in text and text.count('<div class="iw-category">') == 2


def test_the_italian_profile_reads_its_figures_from_a_sentence_and_names_its_member() -> None:
    page = "holdout/telaio_member_profile_it.html"
    text = _text(page)
    name, day, month, year, count = re.search(  # type: ignore[union-attr]
        r'<p class="fj-presentazione">(\w+) è iscritta al forum dal (\d\d)/(\d\d)/(\d{4}) '
        r"e ha scritto finora ([\d.]+) messaggi \(1,7 al giorno\), aprendo 188 discussioni", text).groups()
    assert _authors(page) == {(name, int(count.replace(".", "")), f"{year}-{month}-{day}")}
    assert re.search(r'<h2 class="fj-nick">([^<]+)</h2>', text).group(1) == name  # type: ignore[union-attr]
    assert 'Ciao, <a href="/utente/lana_grezza">lana_grezza</a>' in text
    assert "<dl" not in text and "<table" not in text


def test_the_finnish_profile_tiles_put_each_figure_over_its_label() -> None:
    page = "holdout/pilkkiforum_member_tiles_fi.html"
    text = _text(page)
    tiles = dict((label, figure) for figure, label in re.findall(
        r'<div class="gx-tile"><strong>([\d ]+)</strong><span>([^<]+)</span></div>', text))
    assert tiles == {"Viestit": "1 893", "Tykkäykset": "412", "Seuraajat": "57"}
    day, month, year = re.search(r"Liittynyt (\d+)\.(\d+)\.(\d{4})", text).groups()  # type: ignore[union-attr]
    assert _authors(page) == {("pilkki_pena", int(tiles["Viestit"].replace(" ", "")),
                               f"{year}-{int(month):02}-{int(day):02}")}
    assert '<span class="gx-handle">@pilkki_pena</span>' in text


def _armoured(text: str) -> str:
    block = re.search(r"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=[A-Za-z0-9+/]{4}\n"
                      r"-----END PGP PUBLIC KEY BLOCK-----", text, re.S)
    assert block is not None
    return block.group(1)


def test_the_german_vendor_carries_a_real_v4_key_its_figures_and_its_items_as_links() -> None:
    page = "holdout/mondbazar_vendor_items_pgp_de.html"
    text = _text(page)
    (vendor,) = TRUTH[page]["records"]
    assert v4_fingerprint(_armoured(text)) == _FP_MOND == vendor["pgp_fingerprint"]
    shown = re.search(r"Fingerabdruck: <code>([0-9A-F ]+)</code>", text).group(1)  # type: ignore[union-attr]
    assert shown.replace(" ", "") == _FP_MOND and len(shown.split()) == 10
    tiles = dict((label, value) for value, label in re.findall(
        r'<span class="jb-wert">([^<]+)</span><span class="jb-etikett">([^<]+)</span>', text))
    assert int(tiles["Bewertungen"].replace(".", "")) == vendor["feedback_count"]
    assert shown_number(tiles["positiv"].rstrip(" %"), " ", ",") == vendor["rating"]
    assert tiles["Mitglied seit"] == "3. März 2022" and vendor["member_since"] == "2022-03-03"
    assert tiles["Verkäufe"] == "3.912"  # sales, no feedback count
    items = re.findall(r'<span class="jb-titel">([^<]+)</span>\s*<span class="jb-preis">([\d,]+) XMR</span>',
                       text)
    assert len(items) == 3 and "Angebote von Kerzenzieherei_Harz (3)" in text
    assert [r["type"] for r in TRUTH[page]["records"]] == ["vendor"]


def test_the_shop_front_names_its_one_vendor_for_every_card() -> None:
    page = "holdout/lucerna_shop_front_eur_es.html"
    text = _text(page)
    shop = re.search(r'<h1 class="kz-tienda-nombre">([^<]+)</h1>', text).group(1)  # type: ignore[union-attr]
    cards = re.findall(r'<h4 class="kz-pieza-titulo"><a href="/tienda/(\w+)/p/\d+">([^<]+)</a></h4>\s*'
                       r'<p class="kz-pieza-cat">([^<]+)</p>\s*'
                       r'<p class="kz-pieza-envio"><span>Sale de: ([^<]+)</span> '
                       r'<span>Llega a: ([^<]+)</span></p>\s*'
                       r'<p class="kz-pieza-precio">([\d.,]+) €</p>', text)
    assert {owner for owner, *_ in cards} == {shop}
    assert [(t, shown_number(p, ".", ","), "EUR", shop, c, f, to.split(", "))
            for _, t, c, f, to, p in cards] == [
        tuple(r[k] for k in CONTRACT_FIELDS["listing"]) for r in _listings(page)]
    assert "1.046 ventas" in text and text.count('<article class="kz-pieza">') == 4


def test_the_feedback_page_carries_its_vendor_and_the_totals_shown() -> None:
    page = "holdout/marchesavons_vendor_feedback_fr.html"
    text = _text(page)
    totals = dict(re.findall(r"<em>([^<]+)</em> <strong>([^<]+)</strong>", text))
    total, good, neutral, bad = (int(totals[k].replace(" ", "")) for k in (
        "Total des avis", "Positifs", "Neutres", "Négatifs"))
    assert good + neutral + bad == total == 3412
    (vendor,) = TRUTH[page]["records"]
    assert (vendor["name"], vendor["feedback_count"]) == ("Savons_du_Luberon", total)
    assert f"{round(100 * good / total, 1)}".replace(".", ",") + " %" == totals["Taux de satisfaction"]
    assert vendor["rating"] == 98.8 and vendor["has_pgp_key"] is None and vendor["member_since"] is None
    assert text.count('<div class="nx-avis ') == 4
    assert '<a class="nx-suivant" href="/vendeur/Savons_du_Luberon/avis?page=2">Suivant ›</a>' in text


def test_the_error_page_says_404_and_prices_nothing() -> None:
    text = _text("holdout/emberwick_error_removed_en.html")
    assert '<div class="oy-code">Error 404</div>' in text and "That item is gone" in text
    assert not re.search(r"[$€£]\s?\d|\d\s?(?:BTC|XMR)", text)


def test_the_swedish_thread_times_stats_and_quote_are_the_truths() -> None:
    page = "holdout/svampkorgen_thread_sv.html"
    text = _text(page)
    stats = re.findall(r'class="uy-namn" href="[^"]+">([^<]+)</a>\s*'
                       r'<span class="uy-fakta">Inlägg: ([\d ]+) · Medlem sedan: ([\d-]+)</span>', text)
    assert {(n, int(c.replace(" ", "")), j) for n, c, j in stats} == _authors(page)
    posts = _posts(page)
    shown = re.findall(r'<span class="uy-tid">([^<]+)</span>', text)
    assert shown == ["16 november 2026 kl. 19:40", "igår kl. 21:14", "idag kl. 08:05"]
    assert [p["posted_at"] for p in posts] == [
        "2026-11-16T19:40:00", f"{day_ago(1)}T21:14:00", f"{day_ago(0)}T08:05:00"]
    assert '<div class="uy-citat-av">skogsmulle_83 skrev:</div>' in text
    assert posts[1]["quotes"] == ["skogsmulle_83"]
    assert all("Plocka bara" not in p["body"] and "Senast ändrad" not in p["body"] for p in posts)


def test_the_dutch_thread_times_stats_and_quote_are_the_truths() -> None:
    page = "holdout/fietsmakers_thread_nl.html"
    text = _text(page)
    months = {"januari": 1, "maart": 3}
    stats = re.findall(r'class="yb-nick" href="[^"]+">([^<]+)</a>.*?<span>Berichten: ([\d.]+)</span>\s*'
                       r"<span>Lid sinds: (\d+) (\w+) (\d{4})</span>", text, re.S)
    assert {(n, int(c.replace(".", "")), f"{y}-{months[m]:02}-{int(d):02}") for n, c, d, m, y in stats} == (
        _authors(page))
    times = re.findall(r"#(\d) · (\d\d)-(\d\d)-(\d{4}) om (\d\d:\d\d)", text)
    assert [(int(i) - 1, f"{y}-{m}-{d}T{t}:00") for i, d, m, y, t in times] == [
        (p["index"], p["posted_at"]) for p in _posts(page)]
    assert "<cite>trapper_tineke schreef:</cite>" in text and _posts(page)[1]["quotes"] == ["trapper_tineke"]
    assert "Laatst bewerkt door oude_spaak" in text and "Een goed afgestelde fiets" in text
    assert all("bewerkt" not in p["body"] and "afgestelde" not in p["body"] for p in _posts(page))
