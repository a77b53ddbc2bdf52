"""parsers.parse_page on round-42 generality pages (tests/data/general_r42): a fully BLIND held-out
set of a balanced "typical crawl", five forum pages and five market pages, in ten languages none
of which more than one earlier page used (no English page). Ten pages, all on the HOLDOUT side (no
tune side: no rule was written for any of them), each an engine, template or layout in no earlier
round, with fictional names, words, dates and prices put in. Two forum threads (one of an engine
no round used, AEF, with quotes, signatures and an edit note; one custom onion-forum layout with
relative dates), a member profile whose statistics are badges, a forum's topic list as cards and
a DDoS-guard queue; a market listing in a legacy code page, a search page of cards, a vendor page
with a real PGP key, a vendor's feedback page with totals and a seller's shop front.

Every page is an engine, template or layout in none of rounds 3-39, tests/data/forums_general,
tests/data/markets_general, board_posts, card_handles, dash_pieces, glued_labels, list_rows,
member_tiles, poster_panels, profile_shapes, prose_profiles, solar_hijri, stat_lines, topic_rows or
vendor_sections (rounds 40 and 41, not yet scored, and round 43, built at the same time by another
helper, were neither read nor used, their directories and modules left out of every grep): their
directories were listed (the first word of every page name: no aef, diestoep, gornikotspela,
roteirosape, bazarpurnama, suqtallejl, starachaarshija, hraunmarkadur, tianggesadilim, tregunates)
and grepped, with the round modules and the parsers' test modules, for each page's names and
class names, and none of AEF's posterbg, posterinfo, pisub, pcbg, ptcbg, specialrow, ptip, cbgbor,
quoteblock or "Advanced Electron", nor the invented prefixes class="wj- (the Afrikaans thread),
fz- (the Slovenian profile), jq- (the Galician topic list), zj- (the Malay queue), gq- (the Maltese
listing), jv- (the Macedonian cards), pq- (the Icelandic vendor), uv- (the Tagalog feedback) or yk-
(the Albanian shop front), nor the words Boletaires, Montseny, rovelló, pinatell, Viladrau,
beskuit, Karringmelk, "Die Stoep", Plasings, "Lid sedert", Graaff-Reinet, Špela, Kamnik, Všečki,
Grintovec, Roteiros, Muíños, Folón, Pindo, Fixado, Purnama, giliran, "Suq tal", Qolla, Jintbagħat,
Mdina, чаршија, ѓердан, srebro_kratovo, Hraunmarka, Hlidar, Jákvæðar, Fingrafar, Umsagnir,
Tiangge, Ilocos, Inabel, Negatibo, Tregu, Zejtari, Gjirokast, Vlerësime, gdhendur, Tavë, nor
ISO-8859-3, nor any member or vendor name of this round is in them. Found and no sign of the same
layout: quotehead (SMF's quoteheader in rounds 4, 8 and 9) and "Quote From" (SMF's "Quote from:"
in round 4 and the parsers' tests; here AEF's own English quote head on a Catalan board),
Missatges (round 14's Catalan HavefnuBB: the common Catalan "messages"), gelede (round 8's Dutch
"geleden"), Gister (the parsers' tests' Dutch), Prispevki and "Zadnji obisk" (the parsers'
tests' Slovenian labels), Kategorija (rounds 29 and 37's Lithuanian and Latvian labels), Seguinte
and Следна (the parsers' tests' "next"), "ден." (round 17's Macedonian VirtueMart shop), Sölur and
puna (the parsers' tests and round 23's Hawaiian grid), ajvar (tests/test_parsers_place_scripts.py,
in Latin letters; here Cyrillic ајвар). Names first chosen that earlier rounds or the parsers'
tests used were renamed before any truth was written: a Slovenian beekeeping forum (Čebelar,
kranjska in tests/test_parsers_generic_forum.py), Maltese lace and Għawdex
(tests/test_parsers_stats_seller.py), Ħarrub (round 18), lopapeysa (the parsers' tests), Karoo
(tests/test_parsers_market_letter_marks.py), Pazari (round 39 and the parsers' tests), Korçë
(round 17's Albanian Mahara page), Qali (round 20), grncar (round 17).
Languages: Catalan, Afrikaans, Slovenian, Galician, Malay, Maltese, Macedonian, Icelandic, Tagalog
and Albanian. One page is in ISO-8859-3 (Latin-3, the code page made for Maltese and Esperanto):
declared by ``<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-3">``; every
Maltese letter one byte (ħ 0xB1, ġ 0xF5, ż 0xBF, ċ 0xE5) where Latin-1 has other signs (±, õ, ¿,
å); the euro sign, which Latin-3 lacks, written &euro;.

forum pages
  - an AEF topic (Advanced Electron Forum 1.0.x, the PHP board), in Catalan ("Boletaires del
    Montseny", telling two milk-caps apart): AEFGroup/Advanced-Electron-Forum
    themes/default/posts_theme.php (read: every post a table, td.pcbg its title, "Re: ..." on
    replies and the topic's counts on the first; td.posterbg the name; td.postdate "#", the date
    and "Post: N"; td.posterinfo's div.pisub group, post group, posts and status; td.post the
    words, then "Edited by NAME : date" and the signature after a line of dashes; td.ptip and
    td.specialrow), themes/default/hf_theme.php (read: the header table, the quick login form,
    the footer's time line) and main/functions/bbc_functions.php (read: parse_quote's
    div.quoteblock > div.quotehead "Quote From : NAME Post:N date" + div.quote, English whatever
    the board's language). The Catalan strings and the dates in AEF's English default format
    ("November 18, 2026, 8:14 pm") are written here; the post counts raw ("2317"); no join day.
  - a custom Afrikaans forum ("Die Stoep", rusks): article.wj-plasing per post, a bar above the
    words with the name, rank, "Plasings: 1 287" (a space between thousands), "Lid sedert:
    14/03/2016" and RELATIVE times ("3 dae gelede" a day only, "gister om 21:40", "5 uur
    gelede", "25 minute gelede"); div.wj-aanhaling "NAME het gesê:" a quote; div.wj-gewysig and
    div.wj-handtekening no body. Written from memory of onion forums.
  - a Slovenian member PROFILE ("Gorniški kotiček", mountaineering): the statistics as BADGES
    under the name ("Prispevki 2.418", "Teme 147", "Všečki 5.302", "Fotografije 96": only the
    first the posts), the join day in a sidebar dl ("Član od" "3. 4. 2019"; "Osvojeni vrhovi"
    312 and the favourite peak's height no facts of the member's posts); the reader logged in
    (skalni_osat) in the header; the recent posts' table. Written from memory.
  - a Galician TOPIC LIST as cards ("Roteiros a pé", hiking): six div.jq-tema, h3.jq-titulo the
    titles, one thread each in page order (the "Fixado" badge, starters, dl counts and last
    posts no title; the subforums' chips above no topics); "Seguinte ›" to page 2. Written from
    memory.
  - a Malay DDoS-GUARD queue ("Bazar Purnama"): "Semakan keselamatan sambungan", position 18 of
    240, a refresh every 15 seconds and a retry button; no records. Written from memory.

market pages (written from memory of public descriptions of darknet-market layouts; every
market, vendor, product, price and class name is invented; only innocuous goods: a clay jug,
jewellery, a pepper relish, a baking dish, woollens, cups, woven textiles, woodwork, a felt cap)
  - a Maltese listing in ISO-8859-3 ("Is-Suq tal-Lejl"), an old table layout: "&euro;38.50" the
    price (a decimal point, the sign before) over "&asymp; 0.1162 XMR" (a conversion at the
    header's "1 XMR = &euro;331.30"; the postage options and another item's &euro;14.00 no
    price); "Jintbagħat minn:" / "Jintbagħat lejn:" in a table; the seller in a SIDEBAR box
    "Dwar il-bejjiegħ"; the crumbs' last Fuħħar the category.
  - a Macedonian SEARCH page of cards ("Стара чаршија", "рачна изработка"): four div.jv-karticka,
    the seller a BADGE "@NAME" over the picture, a category chip, "Македонија → TO" and "2.450
    ден." (a dot between thousands, the sign after; one card's struck "3.100 ден." and its
    "−21%" no price); the sidebar's categories and price ranges no cards; "Следна ›".
  - an Icelandic VENDOR page ("Hraunmarkaður"): a sidebar dl "Meðlimur síðan" "4. mars 2021",
    "Umsagnir" "1.204", "Jákvæðar" "98,7%" (Sölur 3.418 the sales); "Fingrafar:" in groups of
    four over the armoured key in a READONLY TEXTAREA; the three products and their "kr." prices
    are links, not records.
  - a Tagalog FEEDBACK page ("Tiangge sa Dilim", Habi_Ilocos): "Kabuuang puna 2,418" and
    "Positibo 99.2%" over "Positibo 2,399 / Neutral 12 / Negatibo 7"; four review cards (stars,
    a masked buyer, "Nob 18, 2026", the item and its "₱1,850.00"); "Susunod ›" to page 2.
  - an Albanian SHOP FRONT ("Tregu i Natës", Zejtari_Gjirokastra's shop): the seller's facts in
    a LEFT sidebar ("Vlerësime: 634 (97,9% pozitive)"), four rows with no seller line, every row
    the shop's vendor (the lead's convention); "Kategoria: X"; "Nga: Shqipëri · Për: TO"; "18 500
    lekë" (a space between thousands, the currency's word after).
The key is a REAL OpenPGP v4 public key (ed25519) generated for this round with gpg in a
throwaway GnuPG home under /tmp that was deleted afterwards.

How close each page is to a real site: the AEF topic follows its engine's markup as read above;
the other nine are shaped from memory (poster bars, profile badges, topic cards, queue pages, old
table shops, seller badges on cards, sidebars of facts, feedback summaries, shop sidebars). Page
frames, strings and all content are invented for this round; sites and addresses are fictional
(.example hosts and made-up 56-character .onion names; www.w3.org appears only in the AEF page's
doctype and xmlns, never fetched).

Truth conventions, as rounds 24-39: a post's body without quotes, signatures and edit notes;
quotes name the quoted members; relative dates resolve against the harness's NOW_TIME
(2026-11-20 12:00), "N days ago" to a day only (as round 16); an author record for every poster
whose statistics the page shows, once, in order of first post (AEF shows no join day: joined
None); a profile gives its member's record; a topic list one thread record per topic; a
listing's price is the one a buyer pays (conversions, struck prices, extras and other items'
prices no price); the category is the last crumb or the labelled value; a shop front gives every
card the shop's vendor; a vendor page's product links give no listing records; a feedback page
gives its vendor's record with the totals shown (has_pgp_key None); a DDoS-guard page no records.

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (9071ecf) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 42 --side holdout --misses``): those of 59fab6f (the last session's end), of fcfbaef
(rounds 34 and 35 mended), of 5912397 (rounds 36 and 37 too), of 614cc73 (rounds 38 and 39 too)
and of be54f82 (rounds 40 and 41 too). None had seen this round's pages; every helper who wrote
those mends kept it out of every scan.

    template                    59fab6f  fcfbaef  5912397  614cc73  be54f82
    gornikotspela_profile_sl      0.000    0.000    0.000    0.000    0.000  (a profile read as a vendor's)
    tregunates_shopfront_sq       0.000    0.000    1.000    1.000    1.000  (a shop front's unit word)
    roteirosape_topics_gl         0.267    1.000    1.000    1.000    1.000  (topic cards)
    diestoep_thread_af            0.912    0.912    0.912    0.912    0.912  (a quote read twice)
    aef_topic_ca                  0.920    0.920    0.920    0.920    0.920  (AEF's quotes)
    hraunmarkadur_vendor_is       0.923    0.923    0.923    0.923    0.923  (the feedback count)
    starachaarshija_cards_mk      0.929    0.929    0.929    0.929    0.929  (sellers as @handles)
    suqtallejl_listing_mt         0.933    0.933    0.933    0.933    0.933  (a seller in a sidebar)
    bazarpurnama_queue_ms, tianggesadilim_feedback_tl 1.000
    overall                       0.750    0.794    0.919    0.919    0.919

This round and round 43 are this session's last blind measure: the parsers of 59fab6f are the
last session's; those of fcfbaef, 5912397, 614cc73 and be54f82 carry this session's mends of
rounds 34-35, 36-37, 38-39 and 40-41 in turn. Here the mends of rounds 34 to 37 carried (+0.169:
topic cards, a currency's unit word for a shop front), those of rounds 38 to 41 nothing. Blind
scores of the rounds (3 to 41): 0.646, 0.778, 0.714, 0.946, 0.798, 0.699, 0.601, 0.750, 0.857,
0.466, 0.612, 0.538, 0.773, 0.313, 0.694, 0.684, 0.376, 0.578, 0.517, 0.514, 0.848, 0.777, 0.858,
0.406, 0.782, 0.902, 0.752, 0.831, 0.738, 0.820, 0.891, 0.770, 0.942, 0.679, 0.736, 0.893, 0.837,
0.587, 0.741 and here 0.919 (0.750 at this session's start). KNOWN_MISSES holds every wrong value
of be54f82. This round is BLIND: do not tune the parsers on its pages; mend a miss only as a
general mechanism, with test pages of its own, and say so here.

Mended after its blind measure, each miss by a general mechanism with test pages of its own
(93cfe22 to 2070bd1): forum language packs' words for a post count (parsers.label_words); a quote's
header naming the quoted post after its poster (parsers.quotes); sellers as @handle badges
(parsers.card_handles); a seller in a side box of its statistics (parsers.boxed_seller); words for
reviews in more languages: 0.919 -> 0.976. Left: AEF's edit note, loose text above the signature;
the Afrikaans thread's quote read twice and credited to the next post. Later, a signature one post
shows under its words (parsers.lone_parts): 0.976 -> 0.983.
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

DATA = Path(__file__).parent / "data" / "general_r42"

_BOLET = "http://boletairesmontsenywwxyvvvng2ddwao3yvag2q6oixj252hkbcpced.onion"
_STOEP = "http://diestoepforumz2z3jju6qp374vx45hg2elvmynysqsevbzhrsbiqyid.onion"
_GORNI = "http://gornikotspela6ycxr5uv6lxw3skyztoo5io3uh3qzm2fyacraxzncwd.onion"
_ROTE = "http://roteirosapemca5bl3lcehbg55u5edcfcx2n2zdm547de4nc3iflnqnd.onion"
_PURN = "http://bazarpurnama45rloibfvanp2sn3vp547k7dgkbm44wpxg6o7wzhk6od.onion"
_SUQ = "http://suqtallejlxtunl3v433fujqfkcxz4qdod2iirabtbgk5qitoqejp4zd.onion"
_STARA = "http://starachaarshijaxi3oo57wtrr2fud54q7m4qtwhvpdif6m3bjvmjq4d.onion"
_HRAUN = "http://hraunmarkadurecpr5codl3pi2ocqz5w5a2yk7hrtpaybmawd4abwmwd.onion"
_TIANG = "http://tianggesadilimcjvqimhyw3u3tlhnm24r57ytgwdhyoe5zloayrv6qd.onion"
_TREGU = "http://tregunateshktthq5ou5sajt27wokgca5qnuxzibufbzxd6wtwfrfqqd.onion"
_FP_HRAUN = "07DC89032FA262465303ABDC9D923DFF44934D0E"
# "рачна изработка" ("handmade"), the Macedonian search, as its links write it.
_QUERY = "q=%D1%80%D0%B0%D1%87%D0%BD%D0%B0+%D0%B8%D0%B7%D1%80%D0%B0%D0%B1%D0%BE%D1%82%D0%BA%D0%B0"

#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {"holdout/suqtallejl_listing_eur_mt_latin3.html": "iso-8859-3"}

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # AEF topic, Catalan: the <title>, the crumbs' last part and the first post's td.pcbg the
    # title ("Re: ..." the replies'); td.posterbg the names; td.postdate the dates (AEF's English
    # format); "Missatges:" the posts (no join day); div.quoteblock "Quote From : NAME" quotes;
    # "Editat per ..." and the signatures after the dashes no body.
    "holdout/aef_topic_ca.html": {
        "template": "aef_topic_ca", "url": _BOLET + "/index.php?tid=418", "type": "thread",
        "records": [
            {"type": "thread", "title": "Rovellons o pinatells: com els distingiu?"},
            _post("Pere_Boletaire", "2026-11-17T19:42:00", 0,
                  "Diumenge vaig trobar una colla de rovellons a la baixada de Sant Marçal, però un "
                  "company diu que alguns eren pinatells.\n"
                  "Com els distingiu vosaltres? Pel color de les làmines o per la llet?", []),
            _post("montsenyenc", "2026-11-18T20:14:00", 1,
                  "El rovelló treu una llet vermellosa fosca, gairebé com de vi.\n"
                  "El pinatell la treu de color taronja, i on el toques es torna verdós al cap d'una "
                  "estona.", ["Pere_Boletaire"]),
            _post("cistella_de_vimet", "2026-11-19T09:05:00", 2,
                  "Jo també miro on surten: el rovelló sol anar sota el pi roig i el pinatell sota el pi "
                  "blanc o la pinassa.\n"
                  "Tant se val, però: tots dos són boníssims a la brasa amb all i julivert.", []),
            _post("Pere_Boletaire", "2026-11-20T10:48:00", 3,
                  "Gràcies! Doncs eren pinatells: la llet era ben taronja i les làmines es van tornar "
                  "verdes.", ["montsenyenc"]),
            _author("Pere_Boletaire", 87, None),
            _author("montsenyenc", 2317, None),
            _author("cistella_de_vimet", 412, None),
        ],
    },
    # Afrikaans thread: h1.wj-onderwerp the title; a.wj-naam the names; "Plasings:" / "Lid
    # sedert:" the statistics; span.wj-wanneer the RELATIVE times ("3 dae gelede" a day only,
    # "gister om", "uur gelede", "minute gelede"); "tannie_marietjie het gesê:" a quote;
    # div.wj-gewysig and div.wj-handtekening no body.
    "holdout/diestoep_thread_relative_af.html": {
        "template": "diestoep_thread_af", "url": _STOEP + "/onderwerp/1930", "type": "thread",
        "records": [
            {"type": "thread", "title": "Karringmelkbeskuit wat nie klipkeihard word nie?"},
            _post("tannie_marietjie", day_ago(3), 0,
                  "My beskuit word elke keer so hard dat 'n mens dit skaars in die koffie kan doop.\n"
                  "Ek gebruik 'n kilogram bruismeel, 250 g botter en 500 ml karringmelk. Waar gaan ek "
                  "verkeerd?", []),
            _post("boerseun_koos", f"{day_ago(1)}T21:40:00", 1,
                  "Tannie, ek dink die oond is te warm wanneer Tannie die beskuit droog maak.\n"
                  "My ma het dit altyd oornag by 80 grade met die deur op 'n skrefie laat droog word.",
                  ["tannie_marietjie"]),
            _post("ouma_sannie", time_ago(hours=5), 2,
                  "Moenie die deeg te veel knie nie, net totdat dit bymekaar kom.\n"
                  "En sny die beskuit eers wanneer dit heeltemal afgekoel het, dan breek dit nie so "
                  "maklik nie.", []),
            _post("tannie_marietjie", time_ago(minutes=25), 3,
                  "Dankie julle! Die nuwe bak het oornag by 80 grade gedroog en is perfek bros.", []),
            _author("tannie_marietjie", 1287, "2016-03-14"),
            _author("boerseun_koos", 342, "2021-09-02"),
            _author("ouma_sannie", 5604, "2012-06-30"),
        ],
    },
    # Slovenian profile: h1.fz-ime planinka_Špela (skalni_osat logged in is the reader); the
    # badge "Prispevki 2.418" the posts (Teme, Všečki, Fotografije no posts); "Član od" "3. 4.
    # 2019" joined (the recent posts' dates and "Zadnji obisk" no join day).
    "holdout/gornikotspela_profile_badges_sl.html": {
        "template": "gornikotspela_profile_sl", "url": _GORNI + "/clan/planinka_%C5%A0pela",
        "type": "profile",
        "records": [_author("planinka_Špela", 2418, "2019-04-03")],
    },
    # Galician topic list: six div.jq-tema, h3.jq-titulo the titles, one thread each in page
    # order (the pinned badge, the subforums, starters, counts and last posts no title);
    # "Seguinte ›" to page 2.
    "holdout/roteirosape_topic_cards_gl.html": {
        "template": "roteirosape_topics_gl", "url": _ROTE + "/foros/rutas", "type": "forum_index",
        "next": _ROTE + "/foros/rutas?paxina=2",
        "records": [
            {"type": "thread", "title": "Normas do foro: lede antes de publicar"},
            {"type": "thread", "title": "Camiño de Inverno: albergues abertos en decembro?"},
            {"type": "thread", "title": "Ruta dos Muíños do Folón e do Picón con nenos"},
            {"type": "thread", "title": "Canóns do Sil en bici ou a pé? Experiencias"},
            {"type": "thread", "title": "Botas impermeables baratas que aguanten a choiva galega"},
            {"type": "thread", "title": "Subida ao Pindo: por onde se colle o camiño vello?"},
        ],
    },
    # Malay queue "Semakan keselamatan sambungan": position 18 of 240, a refresh every 15
    # seconds: a ddos_protection page, no records.
    "holdout/bazarpurnama_ddos_queue_ms.html": {
        "template": "bazarpurnama_queue_ms", "url": _PURN + "/", "type": "ddos_protection", "records": [],
    },
    # Maltese listing in ISO-8859-3: h1.gq-titlu; "&euro;38.50" the price (the XMR conversion,
    # the rates, the postage and the other item's &euro;14.00 no price); the sidebar's
    # Fuhhar_tal_Mdina the vendor; the last crumb Fuħħar; "Jintbagħat minn:" Malta;
    # "Jintbagħat lejn:" two places.
    "holdout/suqtallejl_listing_eur_mt_latin3.html": {
        "template": "suqtallejl_listing_mt", "url": _SUQ + "/prodott/5518", "type": "listing",
        "records": [_listing("Qolla tal-fuħħar miżbugħa bl-idejn, 2 litri", 38.5, "EUR", "Fuhhar_tal_Mdina",
                             "Fuħħar", "Malta", ["Malta", "L-Unjoni Ewropea"])],
    },
    # Macedonian search cards: four div.jv-karticka; h2.jv-ime the title; the badge "@NAME" the
    # seller; span.jv-kategorija the category; "FROM → TO"; b.jv-nova "PRICE ден." (the struck
    # old price no price). The sidebar's categories and price ranges are no cards. "Следна ›".
    "holdout/starachaarshija_search_cards_mkd_mk.html": {
        "template": "starachaarshija_cards_mk", "url": _STARA + "/prebaruvanje?" + _QUERY,
        "type": "listing_index", "next": _STARA + "/prebaruvanje?" + _QUERY + "&strana=2",
        "records": [
            _listing("Филигрански обетки од сребро", 2450.0, "MKD", "srebro_kratovo", "Накит", "Македонија",
                     ["Европа"]),
            _listing("Охридски бисер, ѓердан 45 cm", 4800.0, "MKD", "biser_ohrid", "Накит", "Македонија",
                     ["Цел свет"]),
            _listing("Домашен ајвар, 3 тегли по 550 g", 690.0, "MKD", "domashno_od_strumica", "Храна",
                     "Македонија", ["Балкан"]),
            _listing("Керамичка тава за тавче гравче", 1150.0, "MKD", "glina_od_veles", "Керамика",
                     "Македонија", ["Европа"]),
        ],
    },
    # Icelandic vendor: h1.pq-nafn Grjotkvorn_Hlidar (its badge and level no name); the sidebar
    # dl "Umsagnir" 1.204, "Jákvæðar" 98,7%, "Meðlimur síðan" 4. mars 2021; the key in a
    # readonly textarea. The three products are links of this page, not records of it.
    "holdout/hraunmarkadur_vendor_pgp_is.html": {
        "template": "hraunmarkadur_vendor_is", "url": _HRAUN + "/soluadili/Grjotkvorn_Hlidar",
        "type": "vendor",
        "records": [_vendor("Grjotkvorn_Hlidar", 1204, 98.7, "2021-03-04", _FP_HRAUN)],
    },
    # Tagalog feedback page: its vendor Habi_Ilocos with the totals shown ("Kabuuang puna 2,418",
    # "Positibo 99.2%"); four review cards (their items' prices no vendor facts); "Susunod ›".
    "holdout/tianggesadilim_feedback_totals_tl.html": {
        "template": "tianggesadilim_feedback_tl", "url": _TIANG + "/nagbebenta/Habi_Ilocos/mga-puna",
        "type": "feedback", "next": _TIANG + "/nagbebenta/Habi_Ilocos/mga-puna?pahina=2",
        "records": [_feedback_vendor("Habi_Ilocos", 2418, 99.2)],
    },
    # Albanian shop front: h1.yk-emri Zejtari_Gjirokastra in the left sidebar the vendor of every
    # row; four li.yk-artikull; "Kategoria:" the category; "Nga: FROM · Për: TO"; "PRICE lekë".
    "holdout/tregunates_shopfront_all_sq.html": {
        "template": "tregunates_shopfront_sq", "url": _TREGU + "/dyqani/Zejtari_Gjirokastra",
        "type": "listing_index",
        "records": [
            _listing("Kuti druri e gdhendur me dorë", 2400.0, "ALL", "Zejtari_Gjirokastra", "Dru", "Shqipëri",
                     ["Ballkani"]),
            _listing("Tavë balte për tavë kosi", 1850.0, "ALL", "Zejtari_Gjirokastra", "Qeramikë", "Shqipëri",
                     ["Evropa"]),
            _listing("Qilim i endur me dorë, 120×180 cm", 18500.0, "ALL", "Zejtari_Gjirokastra", "Tekstil",
                     "Shqipëri", ["Evropa"]),
            _listing("Plis i bardhë leshi", 3200.0, "ALL", "Zejtari_Gjirokastra", "Veshje", "Shqipëri",
                     ["Bota"]),
        ],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers give on the holdout side where it differs from TRUTH: measured blind with the
# parsers of 59fab6f to be54f82, re-recorded after the mends (2070bd1): those left (see above).
KNOWN_MISSES: dict[str, dict[str, Any]] = {
    "holdout/aef_topic_ca.html": {
        "post[2].body": (
            'Jo també miro on surten: el rovelló sol anar sota el pi roig i el pinatell sota '
            'el pi blanc o la pinassa.\nTant se val, però: tots dos són boníssims a la brasa '
            'amb all i julivert.\nEditat per cistella_de_vimet : November 19, 2026, 9:20 am'),
    },
    "holdout/diestoep_thread_relative_af.html": {
        "post[1].quotes": ['tannie_marietjie', 'tannie_marietjie'],
        "post[2].quotes": ['tannie_marietjie'],
    },
}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(0.983)
_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)

_text = ROUND.page_text(ENCODINGS)
_posts = ROUND.records_of("post")
_listings = ROUND.records_of("listing")
_authors = ROUND.author_stats




def test_five_forum_pages_and_five_market_pages() -> None:
    kinds = [t["type"] for t in TRUTH.values()]
    counts = [kinds.count(k) for k in ("thread", "profile", "forum_index", "ddos_protection", "listing",
                                       "listing_index", "vendor", "feedback")]
    assert counts == [2, 1, 1, 1, 1, 2, 1, 1]
    for page, truth in TRUTH.items():
        if truth["type"] == "thread":
            authors = [p["author"] for p in _posts(page)]
            assert [p["index"] for p in _posts(page)] == list(range(len(authors)))
            # An author record for every poster, once, in order of first post.
            assert [r["name"] for r in ROUND.records_of("author")(page)] == list(dict.fromkeys(authors)), page
            # Every thread quotes a member.
            assert any(p["quotes"] for p in _posts(page)), page
        elif truth["type"] == "ddos_protection":
            assert truth["records"] == []
        else:
            assert truth["records"] and _posts(page) == [], page


def test_ten_languages_no_english_and_one_page_in_latin_3() -> None:
    langs = ROUND.page_langs(ENCODINGS)
    assert sorted(langs.values()) == ["af", "ca", "gl", "is", "mk", "ms", "mt", "sl", "sq", "tl"]
    assert set(ENCODINGS) == {page for page in TRUTH if "latin3" in page}


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
test_every_post_body_is_written_on_its_page_line_by_line = ROUND.bodies_on_its_page(ENCODINGS)
test_every_address_of_the_truth_and_the_pages_is_a_fictional_host = ROUND.fictional_hosts(ENCODINGS)


def test_the_maltese_listing_is_latin_3_with_its_own_bytes() -> None:
    raw = (DATA / "holdout" / "suqtallejl_listing_eur_mt_latin3.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'content="text/html; charset=iso-8859-3"' in raw and raw.count(b"charset=") == 1
    # One byte a letter: fuħħar (ħ 0xB1), Artiġjanat (ġ 0xF5), miżbugħa (ż 0xBF), biċċiet (ċ 0xE5).
    assert b"fu\xb1\xb1ar" in raw and b"Arti\xf5janat" in raw and b"mi\xbfbug\xb1a" in raw
    assert b"bi\xe5\xe5iet" in raw and b"&euro;38.50" in raw
    assert "fuħħar" not in raw.decode("latin-1") and "fu±±ar" in raw.decode("latin-1")


def test_the_aef_dates_counts_quotes_and_signatures_are_the_truths() -> None:
    page = "holdout/aef_topic_ca.html"
    text = _text(page)
    names = re.findall(r'<td class="posterbg" width="22%">\s*<a style="[^"]+" href="[^"]+">'
                       r"\s*([^<\s]+)\s*</a>", text)
    counts = re.findall(r'<div class="pisub">Missatges: (\d+)</div>', text)
    assert {(n, int(c), None) for n, c in zip(names, counts, strict=True)} == _authors(page)
    assert names == [p["author"] for p in _posts(page)]
    shown = re.findall(r'<a href="index\.php\?tid=418#p\d">#</a>\s*(\w+ \d+, \d{4}, \d+:\d\d [ap]m)', text)
    assert [datetime.strptime(s, "%B %d, %Y, %I:%M %p").isoformat() for s in shown] == [
        p["posted_at"] for p in _posts(page)]
    heads = re.findall(r'<div class="quotehead">Quote From : (\S+) Post:(\d+) ', text)
    anchors = dict(zip(re.findall(r'<a name="p(\d+)"></a>', text), names, strict=True))
    assert [[anchors[pid]] for _, pid in heads] == [p["quotes"] for p in _posts(page) if p["quotes"]]
    assert [name for name, _ in heads] == [anchors[pid] for _, pid in heads]
    assert text.count("<br /><br />-----------------------<br />") == 4
    assert "Editat per <b>cistella_de_vimet</b>" in text
    assert all("Viladrau" not in p["body"] and "Editat" not in p["body"] and "pisca" not in p["body"]
               for p in _posts(page))


def test_the_afrikaans_relative_times_and_stats_are_the_truths() -> None:
    page = "holdout/diestoep_thread_relative_af.html"
    text = _text(page)
    stats = re.findall(r'<a class="wj-naam" href="[^"]+">([^<]+)</a>\s*<span class="wj-rang">[^<]+</span>\s*'
                       r'<span class="wj-stat">Plasings: ([\d ]+)</span>\s*'
                       r'<span class="wj-stat">Lid sedert: (\d\d)/(\d\d)/(\d{4})</span>', text)
    assert {(n, int(shown_number(c, " ")), f"{y}-{m}-{d}") for n, c, d, m, y in stats} == _authors(page)
    shown = re.findall(r'<span class="wj-wanneer">([^<]+)</span>', text)
    assert shown == ["3 dae gelede", "gister om 21:40", "5 uur gelede", "25 minute gelede"]
    assert [p["posted_at"] for p in _posts(page)] == [
        day_ago(3), f"{day_ago(1)}T21:40:00", time_ago(hours=5), time_ago(minutes=25)]
    assert '<div class="wj-aanhaling-kop">tannie_marietjie het gesê:</div>' in text
    assert _posts(page)[1]["quotes"] == ["tannie_marietjie"]
    assert "Laas gewysig deur ouma_sannie" in text and "Groete uit Graaff-Reinet" in text
    assert all("gewysig" not in p["body"] and "Graaff" not in p["body"] for p in _posts(page))


def test_the_slovenian_profile_badge_and_join_day_are_the_truths() -> None:
    page = "holdout/gornikotspela_profile_badges_sl.html"
    text = _text(page)
    ((name, posts, joined),) = _authors(page)
    assert f'<h1 class="fz-ime">{name}</h1>' in text
    badges = dict(re.findall(r'<span class="fz-znacka [^"]+">(\w+) <b>([\d.]+)</b></span>', text))
    assert list(badges) == ["Prispevki", "Teme", "Všečki", "Fotografije"]
    assert int(shown_number(badges["Prispevki"], ".")) == posts
    d, m, y = re.search(r"<dt>Član od</dt><dd>(\d+)\. (\d+)\. (\d{4})</dd>", text).groups()  # type: ignore[union-attr]
    assert f"{y}-{int(m):02}-{int(d):02}" == joined
    # The reader logged in is no member of this page.
    assert 'Prijavljen kot <a href="/clan/skalni_osat">skalni_osat</a>' in text and name != "skalni_osat"


def test_the_galician_topic_cards_are_the_threads_and_the_subforums_none() -> None:
    page = "holdout/roteirosape_topic_cards_gl.html"
    text = _text(page)
    titles = re.findall(r'<h3 class="jq-titulo"><a href="/tema/\d+-[a-z-]+">([^<]+)</a></h3>', text)
    assert titles == [r["title"] for r in ROUND.records_of("thread")(page)]
    assert text.count('class="jq-tema') == 6 and text.count('<span class="jq-insignia">Fixado</span>') == 1
    subforums = re.findall(r'<li><a href="/foros/[a-z-]+">([^<]+)</a> <span class="jq-conta-temas">', text)
    assert subforums == ["Camiño de Santiago", "Ribeira Sacra", "Illas Atlánticas"]
    assert f'<a class="jq-seguinte" href="{TRUTH[page]["next"]}">Seguinte ›</a>' in text


def test_the_malay_queue_wants_a_wait_and_carries_no_records() -> None:
    page = "holdout/bazarpurnama_ddos_queue_ms.html"
    text = _text(page)
    assert '<meta http-equiv="refresh" content="15;url=/?giliran=7f3a9c21">' in text
    assert "Kedudukan anda dalam giliran: <b>18</b> daripada <b>240</b>" in text and "DDoS" in text
    assert TRUTH[page]["records"] == [] and "next" not in TRUTH[page]


def test_the_maltese_listing_price_is_the_one_a_buyer_pays() -> None:
    page = "holdout/suqtallejl_listing_eur_mt_latin3.html"
    text = _text(page)
    (listing,) = _listings(page)
    price = float(re.search(r'<div class="gq-prezz">&euro;([\d.]+)</div>', text).group(1))  # type: ignore[union-attr]
    assert price == listing["price"] and listing["currency"] == "EUR"
    rate = shown_number(re.search(r"1 XMR = &euro;([\d.,]+)", text).group(1), ",")  # type: ignore[union-attr]
    xmr = float(re.search(r"&asymp; ([\d.]+) XMR", text).group(1))  # type: ignore[union-attr]
    assert round(price / rate, 4) == xmr
    facts = dict(re.findall(r'<tr><td class="gq-tikketta">([^<]+):</td><td>([^<]+)</td></tr>', text))
    assert facts["Jintbagħat minn"] == listing["ships_from"]
    assert facts["Jintbagħat lejn"].split(", ") == listing["ships_to"]
    assert re.search(r'class="gq-bejjiegh" href="[^"]+"><b>([^<]+)</b>', text).group(1) == listing["vendor"]  # type: ignore[union-attr]
    assert re.findall(r'<a href="/kategorija/[a-z/]+">([^<]+)</a>', text)[-1] == listing["category"]


def test_the_macedonian_cards_are_the_truths_and_the_struck_price_none() -> None:
    page = "holdout/starachaarshija_search_cards_mkd_mk.html"
    text = _text(page)
    cards = re.findall(r'<a href="/prodavac/[a-z_]+">@([a-z_]+)</a>.*?'
                       r'<span class="jv-kategorija">([^<]+)</span>\s*'
                       r'<h2 class="jv-ime"><a href="[^"]+">([^<]+)</a></h2>\s*'
                       r'<div class="jv-isporaka">(\S+) → ([^<]+)</div>\s*'
                       r'<div class="jv-cena">(?:<s class="jv-stara">[^<]+</s> )?'
                       r'<b class="jv-nova">([\d.]+) ден\.</b>', text, re.S)
    rows = [(t, shown_number(p, "."), "MKD", v, c, f, [to]) for v, c, t, f, to, p in cards]
    ROUND.check_listings(rows, page)
    old = shown_number(re.search(r'<s class="jv-stara">([\d.]+) ден\.</s>', text).group(1), ".")  # type: ignore[union-attr]
    assert round(100 * (1 - _listings(page)[0]["price"] / old)) == 21 and "−21%" in text
    assert text.count('class="jv-karticka"') == 4 and '<aside class="jv-filtri">' in text
    assert f'<a class="jv-sledna" href="{TRUTH[page]["next"][len(_STARA):]}">Следна ›</a>' in text.replace(
        "&amp;", "&")


def test_the_vendor_page_key_is_real_and_its_fingerprint_the_one_shown() -> None:
    page = "holdout/hraunmarkadur_vendor_pgp_is.html"
    text = _text(page)
    # The base64 lines between the armour's blank line and its CRC line ("=Zyvg").
    armour = re.search(r'<textarea class="pq-lykill"[^>]*readonly>-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n'
                       r"(.*?)\n=\S{4}\n-----END PGP PUBLIC KEY BLOCK-----</textarea>", text, re.S).group(1)  # type: ignore[union-attr]
    assert v4_fingerprint(armour) == _FP_HRAUN
    shown = re.search(r"Fingrafar: <code>([0-9A-F ]+)</code>", text).group(1)  # type: ignore[union-attr]
    assert shown.replace(" ", "") == _FP_HRAUN
    (vendor,) = ROUND.records_of("vendor")(page)
    facts = dict(re.findall(r"<dt>([^<]+)</dt><dd>([^<]+)</dd>", text))
    assert int(shown_number(facts["Umsagnir"], ".")) == vendor["feedback_count"]
    assert shown_number(facts["Jákvæðar"].rstrip("%"), ".", ",") == vendor["rating"]
    assert facts["Meðlimur síðan"] == "4. mars 2021" and vendor["member_since"] == "2021-03-04"
    assert vendor["has_pgp_key"] is True and _listings(page) == [] and text.count('href="/vara/') == 3


def test_the_feedback_totals_add_up_and_are_the_vendors_record() -> None:
    page = "holdout/tianggesadilim_feedback_totals_tl.html"
    text = _text(page)
    (vendor,) = ROUND.records_of("vendor")(page)
    total = re.search(r'Kabuuang puna</span>\s*<span class="uv-big">([\d,]+)</span>', text).group(1)  # type: ignore[union-attr]
    share = re.search(r'Positibo</span>\s*<span class="uv-big">([\d.]+)%</span>', text).group(1)  # type: ignore[union-attr]
    assert int(shown_number(total, ",")) == vendor["feedback_count"] and float(share) == vendor["rating"]
    kinds = dict(re.findall(r"<li class=\"uv-(?:pos|neu|neg)\">(\w+) <b>([\d,]+)</b></li>", text))
    counts = {k: int(shown_number(v, ",")) for k, v in kinds.items()}
    assert sum(counts.values()) == vendor["feedback_count"]
    assert round(100 * counts["Positibo"] / vendor["feedback_count"], 1) == vendor["rating"]
    assert text.count('<li class="uv-puna ') == 4 and vendor["has_pgp_key"] is None
    assert f'<a class="uv-susunod" href="{TRUTH[page]["next"][len(_TIANG):]}">Susunod ›</a>' in text


def test_the_shop_front_gives_every_row_its_shops_vendor() -> None:
    page = "holdout/tregunates_shopfront_all_sq.html"
    text = _text(page)
    (shop,) = re.findall(r'<h1 class="yk-emri">([^<]+)</h1>', text)
    rows = re.findall(r'<a class="yk-emertimi" href="[^"]+">([^<]+)</a>\s*'
                      r'<div class="yk-kat">Kategoria: ([^<]+)</div>\s*'
                      r'<div class="yk-dergesa">Nga: (\S+) · Për: ([^<]+)</div>\s*</div>\s*'
                      r'<div class="yk-cmimi">([\d ]+) lekë</div>', text)
    ROUND.check_listings([(t, shown_number(p, " "), "ALL", shop, c, f, [to]) for t, c, f, to, p in rows],
                         page)
    # No row names a seller: the shop's name is written only around the rows.
    (shelf,) = re.findall(r'<ul class="yk-artikuj">(.*?)</ul>', text, re.S)
    assert shop not in shelf and shelf.count('class="yk-artikull"') == 4 and "next" not in TRUTH[page]
    assert "Vlerësime: 634 (97,9% pozitive)" in text
