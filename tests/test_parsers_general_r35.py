"""parsers.parse_page on round-35 generality pages (tests/data/general_r35): a fully BLIND held-out
set of a realistic onion CRAWL, forum and market pages together, in mixed languages (English on one
page). Ten pages, all on the HOLDOUT side (no tune side: no rule was written for any of them), each
an engine, template or layout in no earlier round, with fictional names, words, dates and prices
put in. Four forum threads (two of engines no round used, mwForum and Nabble; two custom
onion-forum layouts), two market listings, two grids of cards (one a vendor's shop front), a
vendor page with a real PGP key and a login page.

Every page is an engine, template or layout in none of rounds 3-33, tests/data/forums_general,
tests/data/markets_general, tests/data/board_posts, tests/data/poster_panels, glued_labels,
card_handles or dash_pieces (round 34, built at the same time by another helper, was neither read
nor used): their directories were listed (the first word of every page name: no mwforum, no
nabble) and grepped for each page's names and class names, and none of mwForum's class="psl",
Nabble's classic-table, nor the invented prefixes class="bx- (the Czech thread), nv- (the Japanese
thread), qz- (the Italian listing), kp- (the English listing), gy- (the Spanish cards), ob- (the
Norwegian shop front), fq- (the French vendor) or tk- (the Turkish login), nor the words Kolibrie,
Norrsken, lovikka, 盆栽, 芽切り, "Mercato del Faro", Harrier, Tetsubin, Bruma, esparto, Nordlysbua,
Strikkestua, Mariusgenser, Lucioles, Atelier_Verdon, Cartoleria_Positano, "Lale Bahçesi", nor any
member or vendor name of this round is in them. Found and no sign of the same layout: quote-author
(round 7's wpForo and round 14's HavefnuBB, here Nabble's own quote class), "Berichten:" and "Lid
sinds" (round 11's Dutch YaBB 2.5), "napsal(a)" (round 8's FUDforum and round 26's Drupal advanced
forum in Czech: the common Czech quote words), inlägg (round 13's SilverStripe and round 30's
Swedish profile), "Kullanıcı adı" (round 4's phpBB and round 30's Turkish captcha: the common
Turkish user-name label), windows-1250 (round 19's Bosnian UBB.threads: no round for Czech in it).
Names first chosen that earlier rounds used were renamed before any truth was written: the
prefix lv- (round 33), Kestrel (round 10), Savonnerie (round 33), Cartiera (round 31) and "Çay
Ocağı" (round 30's Turkish forum).
Languages: Dutch, Swedish, Czech, Japanese, Italian, American English, Spanish, Norwegian Bokmål,
French and Turkish. One page is in WINDOWS-1250 (the Central European Windows code page old Czech
PHP boards kept): declared by ``<meta http-equiv="Content-Type" content="text/html;
charset=windows-1250">``; every Czech letter one byte (ř 0xF8, í 0xED, ů 0xF9, ž 0x9E) where
Latin-1 has other signs (ž 0x9E a control code there).

forum pages (written from memory of public descriptions of the engines and of onion forums; no
reference markup was read for want of time: mwForum's frm/hcl/ccl/bcl class names and Nabble's
classic-table, author-name, quote-author and message-text are kept as remembered)
  - an mwForum topic (Dutch, "Vogelwerkgroep De Kolibrie", feeding garden birds): div.frm.pst per
    post, its header "Door NAME Datum 18-11-2026 19:42" ("gisteren 08:05" yesterday, "vandaag
    10:31" today), "Berichten: 4.871 · Lid sinds: 17-09-2010" (a dot between thousands); a
    blockquote "NAME schreef:" a quote; p.sig and p.edt ("Laatst bewerkt door ...") no body.
  - a Nabble thread in its classic view (Swedish, "Stickcafé Norrsken", knitting mittens): the
    h1.post-title the title; div.author-name and "3 607 inlägg" (a space between thousands; no
    join day shown: joined None); "16 nov 2026 21:12" times; div.quote-author "NAME skrev" a
    quote; the signature and the edit note "[redigerat av ...]" no body.
  - a custom Czech forum in WINDOWS-1250 ("Zahrádkáři Na Svahu", currants), an old table layout:
    td.bx-autor "Příspěvky: 2 045", "Registrace: 14. 6. 2013"; "Vloženo: 18. 11. 2026, 20:05"
    ("včera v 18:40" yesterday, "dnes v 09:15" today); a table "NAME napsal(a):" a quote; the
    signature after underscores and "Naposledy upravil ..." no body.
  - a custom Japanese forum ("盆栽の縁側", bonsai): section.nv-res per post, dl 投稿数 "1,532" and
    登録日 "2018年5月20日"; time[datetime] ("昨日 07:50" yesterday, "今日 11:02" today);
    blockquote "NAME さんの投稿を引用:" a quote; div.nv-edit and div.nv-sig no body.

market pages (written from memory of public descriptions of darknet-market layouts; every
market, vendor, product, price and class name is invented; only innocuous goods: a notebook, a
teapot, soap, a cookery book, a basket, a shawl, knitwear)
  - an Italian listing in EUROS ("Mercato del Faro"): "€ 32,90" over "≈ 0,000412 BTC · ≈ 0,2026
    XMR" (conversions; the rates bar and postage options no price); a th/td table Venditore,
    "Spedito da", "Spedisce a"; the crumbs' last Cartoleria the category.
  - an American English listing priced in BTC ("Harrier Bazaar"): "0.0031 BTC" over "approx.
    $296.00 USD" (a conversion; shipping options in BTC no price); "Seller:" ironleaf_tea with
    its sales; "Origin country:" Netherlands; "Ships to:" Worldwide; the last crumb Teaware.
  - a Spanish GRID OF CARDS ("Mercadillo de la Bruma", "Novedades"): four div.gy-ficha with a
    category badge, a title, "por VENDOR", "Envío desde FROM a TO" and "1.250,00 €" (a dot
    between thousands, the sign after); the sidebar's categories are no cards; "Siguiente »".
  - a Norwegian vendor's SHOP FRONT ("Nordlysbua", Strikkestua_Voss's shop): three cards with
    no vendor line, every card the shop's vendor (the lead's convention); "Kategori: Luer";
    "Frakt fra Norge · Leveres til Norden"; "kr 1 890,00" (a space between thousands).
  - a French VENDOR page ("Marché des Lucioles"): "Membre depuis le 3 mars 2022", "Avis : 2 318
    (99,1 % positifs)"; "Empreinte :" the fingerprint in groups of four over the armoured key in
    a pre; the three products are links, not records.
and a Turkish LOGIN page ("Lale Bahçesi Forumu"): a user name, a password and "Giriş yap"; the
site wants a member; no records.
The key is a REAL OpenPGP v4 public key (ed25519) generated for this round with gpg in a
throwaway GnuPG home under /tmp that was deleted afterwards.

How close each page is to a real site: all ten are shaped from memory (engine class names as
remembered; author boxes, old table boards, rates bars, labelled facts, fingerprints in groups).
Page frames, strings and all content are invented for this round; sites and addresses are
fictional (.example hosts and made-up 56-character .onion names; www.w3.org appears only in the
Czech page's doctype, never fetched).

Truth conventions, as rounds 24-33: a post's body without quotes, signatures and edit notes;
quotes name the quoted members; relative dates resolve against the harness's NOW_TIME
(2026-11-20 12:00); an author record for every poster whose statistics the page shows, once, in
order of first post; a listing's price is the one a buyer pays (conversions and extras no price);
the category is the last crumb or the labelled value; a shop front gives every card the shop's
vendor; a vendor page's product links give no listing records; a login page no records.

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (20d6d81) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 35 --side holdout --misses``): those of 40476af (this session's start), of a980441
(rounds 23 to 31 mended) and of 0db562c (rounds 32 and 33 mended too). None had seen this round's
pages; every helper who wrote those mends kept it out of every scan.

    template                   40476af  a980441  0db562c
    marchelucioles_vendor_fr     0.000    1.000    1.000  (a vendor named by its title)
    nordlysbua_shopfront_nb      0.743    0.743    0.743  (a shop front's vendor and places)
    mwforum_topic_nl             0.756    0.851    0.851  (a poster's statistics in bodies; a date)
    mercadillobruma_cards_es     0.786    0.786    1.000  (cards' places)
    zahradkari_thread_cs         0.864    0.958    0.958  (a signature in a body)
    mercatodelfaro_listing_it    0.933    0.933    0.933  (destinations)
    bonsaiengawa_thread_ja, harrier_listing_en, lalebahcesi_login_tr, nabble_classic_sv 1.000
    overall                      0.825    0.904    0.942

This round and round 34 are the session's final blind measure: the parsers of 0db562c carry every
mend of rounds 23 to 33. Those of rounds 23 to 31 carried here on a vendor page (named by its title
part) and two threads (+0.079), those of rounds 32 and 33 on a grid of cards (a route written as a
sentence: +0.038). Blind scores of the rounds (3 to 35): 0.646, 0.778, 0.714, 0.946, 0.798, 0.699,
0.601, 0.750, 0.857, 0.466, 0.612, 0.538, 0.773, 0.313, 0.694, 0.684, 0.376, 0.578, 0.517, 0.514,
0.848, 0.777, 0.858, 0.406, 0.782, 0.902, 0.752, 0.831, 0.738, 0.820, 0.891, 0.770 and here 0.942
(0.825 at this session's start). KNOWN_MISSES holds every wrong value of 0db562c. This round is
BLIND: do not tune the parsers on its pages; mend a miss only as a general mechanism, with test
pages of its own, and say so here.

Scored again with the parsers of 59fab6f (the end of the session that built it, nothing of this
round mended): 0.942, unchanged. Mended after that, each miss by a general mechanism with test
pages of its own (ecd8180 to 24124d8): a route written as two pieces of one line
(parsers.route_sentence); a shop front named by its heading and title (parsers.shop_paths.titled_owner);
a date after a label styled apart (parsers.post_dates); a poster's statistics box and a bar of
repeated reply links out of the bodies (parsers.stat_pieces.stat_boxes,
parsers.repeated_controls); destinations after a labelled origin (parsers.cldr_places); a
signature above an edit note (parsers.post_notes): 0.942 -> 1.000.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.general_rounds import (
    Round,
    _author,
    _listing,
    _post,
    _vendor,
    day_ago,
    shown_number,
    v4_fingerprint,
)

DATA = Path(__file__).parent / "data" / "general_r35"

_KOLI = "http://kolibrievogelsvivjs3qdrxgxaag7xbv7dbpufkvke6xfskei47uzyd.onion"
_NORR = "http://stickcafenorrskencq5chv6geyzm4yaqoplbfghlbi7a5ks4zdyrkvd.onion"
_ZAHR = "http://zahradkarinasvahu6s7gwfw5ya45goxk5gpthp3d2w5blg7ugp4pjnd.onion"
_BONS = "http://bonsaiengawaznqoz4mj4g4naw2qomxxckd5ushfy6ddy3bwqaii57hd.onion"
_FARO = "http://mercatodelfarotv5zhbfjwscnv4wy3edhxecm3ofytewujq7rkm44xd.onion"
_HARR = "http://harrierbazaare6l7jx2j3ocnproalcs5lsu7c2tvq7xrllsiynnhfxd.onion"
_BRUMA = "http://mercadillobrumamlkjr74ivma65s2g62i5vsdi7pteeljxtbmempiwd.onion"
_NORD = "http://nordlysbuaqijau5qkd57zvyxqfb72rqxzfosw4fummzeb7imij4krnd.onion"
_LUCI = "http://marcheluciolesgtppqy53sngfvbuyiclu7k3lbjwyznrhiyvtckeamd.onion"
_LALE = "http://lalebahcesigkq2565qbndphl5nhb3xqbyfblbr5vbtpfxbb2abkxezd.onion"
_FP_LUCI = "49E070E976E2D5003A0ED8B7FCA14255E48AE66D"

#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {"holdout/zahradkari_thread_cs_cp1250.html": "windows-1250"}

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # mwForum topic, Dutch: the crumbs' last part and the topic bar the title; "Door NAME" the
    # names; "Datum" the times ("gisteren" yesterday, "vandaag" today); "Berichten:" / "Lid
    # sinds:" the statistics; "vinkenslag_joke schreef:" a quote; p.sig and p.edt no body.
    "holdout/mwforum_topic_nl.html": {
        "template": "mwforum_topic_nl", "url": _KOLI + "/mwf/topic_show.pl?tid=1733", "type": "thread",
        "records": [
            {"type": "thread", "title": "Welk voer voor de mezen in de winter?"},
            _post("vinkenslag_joke", "2026-11-18T19:42:00", 0,
                  "Sinds vorige week hangen er mezenbollen in de tuin, maar ze worden nauwelijks gegeten.\n"
                  "Moet ik overstappen op zonnebloempitten?", []),
            _post("roodborst_henk", "2026-11-19T08:05:00", 1,
                  "Zonnebloempitten zonder dop werken bij mij het best.\n"
                  "Hang ze wel uit de buurt van de struiken, dan kan de kat er niet bij.",
                  ["vinkenslag_joke"]),
            _post("ijsvogel_anouk", "2026-11-20T10:31:00", 2,
                  "Vergeet het drinkwater niet, bij vorst is dat voor de vogels net zo belangrijk als "
                  "voer.", []),
            _author("vinkenslag_joke", 312, "2021-04-02"),
            _author("roodborst_henk", 4871, "2010-09-17"),
            _author("ijsvogel_anouk", 58, "2025-01-11"),
        ],
    },
    # Nabble classic view, Swedish: h1.post-title the title; div.author-name the names; "N
    # inlägg" the posts (no join day shown); span.post-date the times; "ullnystan_maja skrev" a
    # quote; the signature and "[redigerat av ...]" no body.
    "holdout/nabble_thread_sv.html": {
        "template": "nabble_classic_sv", "url": _NORR + "/Monster-for-lovikkavantar-tp4411.html",
        "type": "thread",
        "records": [
            {"type": "thread", "title": "Mönster för lovikkavantar"},
            _post("ullnystan_maja", "2026-11-16T21:12:00", 0,
                  "Har någon ett mönster för lovikkavantar i storlek 8 år?\n"
                  "Jag har tre härvor Lovikkagarn kvar sedan förra vintern.", []),
            _post("stickan_berit", "2026-11-17T07:45:00", 1,
                  "Jag har ett som jag skrev av från min mormor, det går att räkna om för barnstorlek.\n"
                  "Slå upp 32 maskor på stickor nummer 6 och sticka tre varv resår.", ["ullnystan_maja"]),
            _post("garnkorg_lars", "2026-11-19T16:20:00", 2,
                  "Kom ihåg att borsta upp vantarna efteråt, det är det som gör dem varma.", []),
            _author("ullnystan_maja", 214, None),
            _author("stickan_berit", 3607, None),
            _author("garnkorg_lars", 48, None),
        ],
    },
    # Czech thread, windows-1250: h2.bx-tema the title; td.bx-autor's b the names; "Příspěvky:" /
    # "Registrace:" the statistics; "Vloženo:" the times ("včera v" yesterday, "dnes v" today);
    # "rybiz_z_vysociny napsal(a):" a quote; div.bx-podpis and div.bx-uprava no body.
    "holdout/zahradkari_thread_cs_cp1250.html": {
        "template": "zahradkari_thread_cs", "url": _ZAHR + "/tema.php?t=977", "type": "thread",
        "records": [
            {"type": "thread", "title": "Kdy přesadit rybíz?"},
            _post("rybiz_z_vysociny", "2026-11-18T20:05:00", 0,
                  "Mám na zahradě tři keře černého rybízu, které jsou ve stínu ořešáku.\n"
                  "Můžu je přesadit ještě teď v listopadu, nebo počkat na jaro?", []),
            _post("zahradnik_vaclav", "2026-11-19T18:40:00", 1,
                  "Rybíz klidně přesaď hned, dokud nezamrzne půda.\n"
                  "Keř zkrať asi o třetinu a dobře zalij.", ["rybiz_z_vysociny"]),
            _post("Růžena_K", "2026-11-20T09:15:00", 2,
                  "Já přesazovala na podzim a všechno se ujalo, jen jsem ke kořenům dala trochu "
                  "kompostu.", []),
            _author("rybiz_z_vysociny", 186, "2022-03-14"),
            _author("zahradnik_vaclav", 2045, "2013-06-14"),
            _author("Růžena_K", 731, "2019-10-02"),
        ],
    },
    # Japanese thread: h1.nv-sure-title the title; a.nv-user-name the names (常連 a rank, no
    # name); 投稿数 / 登録日 the statistics; the times (昨日 yesterday, 今日 today); "matsu_no_ki
    # さんの投稿を引用:" a quote; div.nv-edit and div.nv-sig no body.
    "holdout/bonsaiengawa_thread_ja.html": {
        "template": "bonsaiengawa_thread_ja", "url": _BONS + "/sure/2048", "type": "thread",
        "records": [
            {"type": "thread", "title": "黒松の芽切りの時期について"},
            _post("matsu_no_ki", "2026-11-17T21:30:00", 0,
                  "今年の春に黒松の素材を買いました。\n"
                  "芽切りは六月と聞きましたが、関東の平地でも同じでしょうか。", []),
            _post("bonsai_sensei_k", "2026-11-19T07:50:00", 1,
                  "関東の平地なら六月中旬から下旬が目安です。\n"
                  "弱い芽は一週間ほど遅らせて切ると、芽の大きさが揃います。", ["matsu_no_ki"]),
            _post("koke_dama", "2026-11-20T11:02:00", 2, "水やりを控えめにしすぎないことも大事ですよ。", []),
            _author("matsu_no_ki", 87, "2025-04-03"),
            _author("bonsai_sensei_k", 1532, "2018-05-20"),
            _author("koke_dama", 409, "2020-12-01"),
        ],
    },
    # Italian listing in euros: h1.qz-titolo; "€ 32,90" the price (BTC/XMR conversions, postage
    # and the rates bar no price); Venditore Cartoleria_Positano; the last crumb Cartoleria;
    # "Spedito da" Italia; "Spedisce a" two places.
    "holdout/mercatodelfaro_listing_eur_it.html": {
        "template": "mercatodelfaro_listing_it", "url": _FARO + "/prodotto/6120", "type": "listing",
        "records": [_listing("Quaderno in carta di Amalfi, 80 fogli", 32.9, "EUR", "Cartoleria_Positano",
                             "Cartoleria", "Italia", ["Italia", "Unione Europea"])],
    },
    # American English listing in BTC: h1.kp-name; "0.0031 BTC" the price ("approx. $296.00 USD"
    # a conversion; shipping options and the rate bar no price); "Seller:" ironleaf_tea; the last
    # crumb Teaware; "Origin country:" Netherlands; "Ships to:" Worldwide.
    "holdout/harrier_listing_btc_en.html": {
        "template": "harrier_listing_en", "url": _HARR + "/item/44107", "type": "listing",
        "records": [_listing("Tetsubin cast-iron teapot, 0.8 L", 0.0031, "BTC", "ironleaf_tea", "Teaware",
                             "Netherlands", ["Worldwide"])],
    },
    # Spanish cards: four div.gy-ficha; a.gy-nombre the title; span.gy-etiqueta the category;
    # "por VENDOR"; "Envío desde FROM a TO"; "PRICE €". The sidebar's categories are no cards.
    "holdout/mercadillobruma_cards_eur_es.html": {
        "template": "mercadillobruma_cards_es", "url": _BRUMA + "/novedades", "type": "listing_index",
        "next": _BRUMA + "/novedades?pagina=2",
        "records": [
            _listing("Jabón de aceite de oliva con lavanda, 3 uds.", 12.9, "EUR", "Jaboneria_del_Sur",
                     "Jabones", "España", ["Unión Europea"]),
            _listing("Libro de cocina andaluza, tapa dura", 24.5, "EUR", "Libreria_Alhambra", "Libros",
                     "España", ["España", "Portugal"]),
            _listing("Cesta de esparto tejida a mano", 38.0, "EUR", "Esparteria_Cieza", "Artesanía",
                     "España", ["Todo el mundo"]),
            _listing("Mantón de seda bordado a mano", 1250.0, "EUR", "Bordados_Sevilla", "Textiles",
                     "España", ["Unión Europea"]),
        ],
    },
    # Norwegian shop front: h1.ob-butikknavn Strikkestua_Voss the vendor of every card; three
    # div.ob-vare; "Kategori:" the category; "Frakt fra FROM · Leveres til TO"; "kr PRICE".
    "holdout/nordlysbua_shopfront_nok_nb.html": {
        "template": "nordlysbua_shopfront_nb", "url": _NORD + "/butikk/Strikkestua_Voss",
        "type": "listing_index",
        "records": [
            _listing("Strikket lue i norsk ull", 349.0, "NOK", "Strikkestua_Voss", "Luer", "Norge",
                     ["Norden"]),
            _listing("Mariusgenser, voksen str. M", 1890.0, "NOK", "Strikkestua_Voss", "Gensere", "Norge",
                     ["Europa"]),
            _listing("Votter med selbumønster", 420.0, "NOK", "Strikkestua_Voss", "Votter", "Norge",
                     ["Norden"]),
        ],
    },
    # French vendor: h1.fq-pseudo Atelier_Verdon (its badge no name); "Avis : 2 318 (99,1 %
    # positifs)"; "Membre depuis le 3 mars 2022"; the key in pre.fq-cle. The three products are
    # links of this page, not records of it.
    "holdout/marchelucioles_vendor_pgp_fr.html": {
        "template": "marchelucioles_vendor_fr", "url": _LUCI + "/vendeur/Atelier_Verdon", "type": "vendor",
        "records": [_vendor("Atelier_Verdon", 2318, 99.1, "2022-03-03", _FP_LUCI)],
    },
    # Turkish login: a user name, a password and "Giriş yap" to enter the forum; no records.
    "holdout/lalebahcesi_login_tr.html": {
        "template": "lalebahcesi_login_tr", "url": _LALE + "/giris?donus=/konu/2210", "type": "login",
        "records": [],
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


def test_four_threads_two_listings_two_card_grids_a_vendor_and_a_login() -> None:
    kinds = [t["type"] for t in TRUTH.values()]
    counts = [kinds.count(k) for k in ("thread", "listing", "listing_index", "vendor", "login")]
    assert counts == [4, 2, 2, 1, 1]
    for page, truth in TRUTH.items():
        if truth["type"] == "thread":
            authors = [p["author"] for p in _posts(page)]
            assert [p["index"] for p in _posts(page)] == list(range(len(authors)))
            # An author record for every poster, once, in order of first post.
            assert [r["name"] for r in ROUND.records_of("author")(page)] == list(dict.fromkeys(authors)), page
            # Every thread quotes a member.
            assert any(p["quotes"] for p in _posts(page)), page
        elif truth["type"] == "login":
            assert truth["records"] == []
        else:
            assert truth["records"] and _posts(page) == [], page


def test_one_page_in_english_and_one_in_windows_1250() -> None:
    langs = ROUND.page_langs(ENCODINGS)
    assert sorted(langs.values()) == ["cs", "en-US", "es", "fr", "it", "ja", "nb", "nl", "sv", "tr"]
    assert sum(lang.startswith("en") for lang in langs.values()) == 1
    assert set(ENCODINGS) == {page for page in TRUTH if "cp1250" in page}


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
test_every_post_body_is_written_on_its_page_line_by_line = ROUND.bodies_on_its_page(ENCODINGS)
test_every_address_of_the_truth_and_the_pages_is_a_fictional_host = ROUND.fictional_hosts(ENCODINGS)


def test_the_czech_thread_is_windows_1250_with_its_own_bytes() -> None:
    raw = (DATA / "holdout" / "zahradkari_thread_cs_cp1250.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'content="text/html; charset=windows-1250"' in raw and raw.count(b"charset=") == 1
    # One byte a letter: Příspěvky (ř 0xF8, í 0xED, ě 0xEC), Růžena (ů 0xF9, ž 0x9E), přesadit.
    assert raw.count(b"P\xf8\xedsp\xecvky:") == 3 and b"R\xf9\x9eena_K" in raw and b"p\xf8esadit" in raw
    assert "Růžena_K" not in raw.decode("latin-1")


def test_the_mwforum_times_stats_and_quote_are_the_truths() -> None:
    page = "holdout/mwforum_topic_nl.html"
    text = _text(page)
    stats = re.findall(r'<span class="htt">Door</span> <a href="[^"]+">([^<]+)</a>.*?'
                       r"Berichten: ([\d.]+) &middot; Lid sinds: (\d\d)-(\d\d)-(\d{4})", text, re.S)
    assert {(n, int(c.replace(".", "")), f"{y}-{m}-{d}") for n, c, d, m, y in stats} == _authors(page)
    shown = re.findall(r'<span class="htt">Datum</span> (\d\d-\d\d-\d{4}|gisteren|vandaag) (\d\d:\d\d)', text)
    days = {"gisteren": day_ago(1), "vandaag": day_ago(0)}
    assert [f"{days.get(d) or '-'.join(reversed(d.split('-')))}T{t}:00" for d, t in shown] == [
        p["posted_at"] for p in _posts(page)]
    assert '<span class="qtn">vinkenslag_joke schreef:</span>' in text
    assert "Groet uit de Peel" in text and "Laatst bewerkt door" in text
    assert all("Peel" not in p["body"] and "bewerkt" not in p["body"] for p in _posts(page))


def test_the_nabble_thread_counts_posts_and_shows_no_join_day() -> None:
    page = "holdout/nabble_thread_sv.html"
    text = _text(page)
    boxes = re.findall(r'<div class="author-name"><a href="[^"]+">([^<]+)</a></div>\s*'
                       r'<div class="post-count">([\d ]+) inlägg</div>', text)
    assert {(n, int(c.replace(" ", "")), None) for n, c in boxes} == _authors(page)
    months = {"nov": 11}
    times = re.findall(r'<span class="post-date" title="(\d+) (\w+) (\d{4}) (\d\d:\d\d)">', text)
    assert [f"{y}-{months[m]:02}-{int(d):02}T{t}:00" for d, m, y, t in times] == [
        p["posted_at"] for p in _posts(page)]
    assert 'font-weight: bold;">ullnystan_maja skrev</div>' in text
    assert "Berit i Kiruna" in text and "redigerat av garnkorg_lars" in text
    assert all("Kiruna" not in p["body"] and "redigerat" not in p["body"] for p in _posts(page))


def test_the_czech_thread_stats_relative_days_and_quote_are_the_truths() -> None:
    page = "holdout/zahradkari_thread_cs_cp1250.html"
    text = _text(page)
    stats = re.findall(r'<td class="bx-autor"[^>]*><b>([^<]+)</b><br>\s*<span class="bx-stat">'
                       r"Příspěvky: ([\d ]+)<br>Registrace: (\d+)\. (\d+)\. (\d{4})</span>", text)
    assert {(n, int(c.replace(" ", "")), f"{y}-{int(m):02}-{int(d):02}") for n, c, d, m, y in stats} == (
        _authors(page))
    shown = re.findall(r"Vloženo: (?:(\d+)\. (\d+)\. (\d{4}),|(včera|dnes) v) (\d\d:\d\d)", text)
    rel = {"včera": day_ago(1), "dnes": day_ago(0)}
    assert [f"{rel[w] if w else f'{y}-{int(m):02}-{int(d):02}'}T{t}:00" for d, m, y, w, t in shown] == [
        p["posted_at"] for p in _posts(page)]
    assert "<b>rybiz_z_vysociny napsal(a):</b>" in text and _posts(page)[1]["quotes"] == ["rybiz_z_vysociny"]
    assert "Naposledy upravil zahradnik_vaclav" in text and "Kdo sází stromy" in text


def test_the_japanese_thread_stats_relative_days_and_quote_are_the_truths() -> None:
    page = "holdout/bonsaiengawa_thread_ja.html"
    text = _text(page)
    stats = re.findall(r'class="nv-user-name" href="[^"]+">([^<]+)</a>.*?<dt>投稿数</dt><dd>([\d,]+)</dd>'
                       r"<dt>登録日</dt><dd>(\d{4})年(\d+)月(\d+)日</dd>", text, re.S)
    assert {(n, int(c.replace(",", "")), f"{y}-{int(m):02}-{int(d):02}") for n, c, y, m, d in stats} == (
        _authors(page))
    posts = _posts(page)
    assert re.findall(r'<time datetime="([^"]+)">', text) == [posts[0]["posted_at"][:16]]
    assert '<span class="nv-time">昨日 07:50</span>' in text
    assert posts[1]["posted_at"] == f"{day_ago(1)}T07:50:00"
    assert '<span class="nv-time">今日 11:02</span>' in text
    assert posts[2]["posted_at"] == f"{day_ago(0)}T11:02:00"
    assert "<cite>matsu_no_ki さんの投稿を引用:</cite>" in text and posts[1]["quotes"] == ["matsu_no_ki"]
    assert "一鉢一生" in text
    assert all("一鉢一生" not in p["body"] and "最終編集" not in p["body"] for p in posts)


def test_the_italian_listing_price_is_the_one_a_buyer_pays() -> None:
    page = "holdout/mercatodelfaro_listing_eur_it.html"
    text = _text(page)
    (listing,) = _listings(page)
    price = shown_number(re.search(r'<span class="qz-importo">€ ([\d,]+)</span>', text).group(1), ".", ",")  # type: ignore[union-attr]
    assert price == listing["price"] and listing["currency"] == "EUR"
    btc_rate, xmr_rate = (shown_number(r, ".", ",") for r in re.search(  # type: ignore[union-attr]
        r"1 BTC = ([\d.,]+) € · 1 XMR = ([\d.,]+) €", text).groups())
    btc, xmr = re.search(r"≈ ([\d,]+) BTC · ≈ ([\d,]+) XMR", text).groups()  # type: ignore[union-attr]
    assert round(price / btc_rate, 6) == shown_number(btc, ".", ",")
    assert round(price / xmr_rate, 4) == shown_number(xmr, ".", ",")
    facts = dict(re.findall(r"<tr><th>([^<]+)</th><td>(?:<a [^>]+>)?([^<]+)", text))
    assert (facts["Venditore"], facts["Spedito da"]) == (listing["vendor"], listing["ships_from"])
    assert facts["Spedisce a"].split(", ") == listing["ships_to"]
    assert re.findall(r'<a href="[^"]+/c/[a-z/]+">([^<]+)</a>', text)[-1] == listing["category"]


def test_the_english_listing_is_priced_in_btc_and_converted_to_dollars() -> None:
    page = "holdout/harrier_listing_btc_en.html"
    text = _text(page)
    (listing,) = _listings(page)
    btc = float(re.search(r'<div class="kp-price-main">([\d.]+) BTC</div>', text).group(1))  # type: ignore[union-attr]
    rate = shown_number(re.search(r"BTC/USD ([\d,.]+)", text).group(1), ",")  # type: ignore[union-attr]
    usd = float(re.search(r"approx\. \$([\d.]+) USD", text).group(1))  # type: ignore[union-attr]
    assert btc == listing["price"] and listing["currency"] == "BTC" and round(btc * rate, 0) == usd
    facts = dict(re.findall(r"<li><span>([^<]+):</span> (?:<a [^>]+>)?([^<]+)", text))
    assert (facts["Seller"], facts["Origin country"]) == (listing["vendor"], listing["ships_from"])
    assert [facts["Ships to"]] == listing["ships_to"]
    assert re.findall(r'<a href="[^"]+/cat/[a-z/]+">([^<]+)</a>', text)[-1] == listing["category"]


def test_the_spanish_cards_are_the_truths_and_the_sidebar_no_cards() -> None:
    page = "holdout/mercadillobruma_cards_eur_es.html"
    text = _text(page)
    cards = re.findall(r'<span class="gy-etiqueta">([^<]+)</span>\s*'
                       r'<a class="gy-nombre" href="[^"]+">([^<]+)</a>'
                       r'\s*<div class="gy-vendedor">por <a href="[^"]+">([^<]+)</a></div>'
                       r'\s*<div class="gy-envio">Envío desde (\S+) a ([^<]+)</div>'
                       r'\s*<div class="gy-precio">([\d.,]+) €</div>', text)
    ROUND.check_listings([(t, shown_number(p, ".", ","), "EUR", v, c, f, to.split(", "))
               for c, t, v, f, to, p in cards], page)
    assert text.count('class="gy-ficha"') == 4 and '<aside class="gy-lateral">' in text
    assert '<a href="' + _BRUMA + '/novedades?pagina=2">Siguiente »</a>' in text


def test_the_shop_front_gives_every_card_its_shops_vendor() -> None:
    page = "holdout/nordlysbua_shopfront_nok_nb.html"
    text = _text(page)
    (shop,) = re.findall(r'<h1 class="ob-butikknavn">([^<]+)</h1>', text)
    cards = re.findall(r'<a class="ob-varenavn" href="[^"]+">([^<]+)</a>\s*'
                       r'<span class="ob-kat">Kategori: ([^<]+)'
                       r'</span>\s*<div class="ob-frakt">Frakt fra (\S+) · Leveres til ([^<]+)</div>'
                       r'\s*<div class="ob-pris">kr ([\d ,]+)</div>', text)
    ROUND.check_listings([(t, shown_number(p, " ", ","), "NOK", shop, c, f, [to])
                          for t, c, f, to, p in cards], page)
    assert "ob-selger" not in text and text.count('class="ob-vare"') == 3 and "next" not in TRUTH[page]


def test_the_vendor_page_key_is_real_and_its_fingerprint_the_one_shown() -> None:
    page = "holdout/marchelucioles_vendor_pgp_fr.html"
    text = _text(page)
    # The base64 lines between the armour's blank line and its CRC line ("=QTgI").
    armour = re.search(r'<pre class="fq-cle">\s*-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=\S{4}\n'
                       r"-----END PGP PUBLIC KEY BLOCK-----", text, re.S).group(1)  # type: ignore[union-attr]
    assert v4_fingerprint(armour) == _FP_LUCI
    shown = re.search(r"Empreinte : ([0-9A-F ]+)</p>", text).group(1)  # type: ignore[union-attr]
    assert shown.replace(" ", "") == _FP_LUCI
    (vendor,) = ROUND.records_of("vendor")(page)
    avis, pct = re.search(r"Avis : ([\d ]+) \(([\d,]+) % positifs\)", text).groups()  # type: ignore[union-attr]
    assert int(avis.replace(" ", "")) == vendor["feedback_count"]
    assert shown_number(pct, " ", ",") == vendor["rating"]
    assert "Membre depuis le 3 mars 2022" in text and vendor["member_since"] == "2022-03-03"
    assert vendor["has_pgp_key"] is True and _listings(page) == [] and text.count("/produit/") == 3


def test_the_login_page_asks_for_a_member_and_carries_no_records() -> None:
    page = "holdout/lalebahcesi_login_tr.html"
    text = _text(page)
    assert '<input id="sifre" name="sifre" type="password">' in text and "Giriş yap</button>" in text
    assert TRUTH[page]["records"] == [] and "next" not in TRUTH[page]
