"""parsers.parse_page on round-26 generality pages (tests/data/general_r26): a fully BLIND held-out
set of what an analyst meets on a real crawl of onion services, in mixed languages (English on
one page). Ten pages, all on the HOLDOUT side (no tune side: no rule was written for any of
them), each rebuilt from a NAMED PUBLIC SOURCE of its engine's markup where one was found (read
with the project's reference search), else written from memory of public descriptions and said
so, with fictional names, words and prices put in. Five forum pages (two threads, a "new posts"
list, a member profile and a seizure banner) and five market pages (a listing priced only in a
coin, a grid of cards laid out as tables, a vendor with feedback counted positive / neutral /
negative, a single-vendor shop with its PGP key in the footer, and a "listing removed" 404).

Every page is an engine, template or layout in none of rounds 3-25, tests/data/forums_general
or tests/data/markets_general: their directories were listed and grepped for each template's
names and distinctive class names, and none of forum-post-panel, author-pane, post-edited,
page-tracker, "Drupal 7" (Drupal's Advanced Forum and tracker), dis-post, dis-signature,
auth-count, dis-profile (MODX Discuss), nor the invented prefixes fd- (the Italian listing), km-
and km-card (the Japanese grid), ol-product (the tea shop), rn-error (the Russian 404), sz-banner
(the seizure banner), nor the words Kolárna, Nejnovější, Trastienda, "Cita de", "Registado em",
BESCHLAGNAHMT / Beschlagnahm, 出品者, 発送元, Értékel, pozitív, Piactér, "Spedisce da", Fondaco,
Oakleaf, "Товар удал", "не найден" or "Ships from United Kingdom" is in them. Found and no sign
of the same template: "posted-on" (round 15's Misago, a class of its own), class="pt- (Bootstrap's
padding classes pt-1.. of NodeBB, round 8 and forums_general), "napsal(a)" (round 8's FUDforum
in Czech), "Discuss" (as an English word in rounds 3-7). Drupal appears once before, round 21's
Drupal Commerce product page (a shop, no forum): this round has Drupal 7's forum with the
Advanced Forum module and its tracker, not that. FluxBB (round 3 tune, round 4), vBulletin 5,
Dread and Flarum (forums_general, round 4), ElkArte (round 4), e107, Phorum, YaBB, UBB, miniBB,
bbPress, NodeBB, Vanilla and WoltLab (earlier rounds) were checked first and left out for that.
Languages: Czech, Spanish, European Portuguese, German, Italian, Japanese, Hungarian, English and
Russian, all used by earlier rounds on other templates.
One page is in ISO-8859-2 (Latin-2, the Central European code page an old PHP shop would keep):
declared by ``<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2" />``; every
accented letter one byte (ő 0xF5, é 0xE9); round 9 used the code page for Polish SMF 1.1, no
round for Hungarian.

forums (each thread has its posts in page order, dates, quotes, signatures, edit notes and the
author statistics the template shows)
  - a DRUPAL 7 ADVANCED FORUM topic (Czech, "Kolárna", a forum on restoring old bicycles):
    drupal-ukraine/advanced_forum styles/boxy_stacked/advf-forum-post.tpl.php (read: the top
    post's div.top-post.forum-post, the replies' div.forum-post, div.post-info > div.posted-on
    and span.post-num, div.forum-post-wrapper > div.forum-post-panel-sub with the author pane,
    div.forum-post-panel-main > div.content, div.author-signature, div.forum-post-footer with
    the jump link). The author pane (div.author-pane-line.author-joined / .author-posts with
    span.author-pane-label, "Registrace: 14.03.2022", "Příspěvky: 1 204" with a space between
    thousands), the Drupal 7 field wrappers, the quote (div.bb-quote "Citace:" > blockquote >
    "NAME napsal(a):") and the edit note (div.post-edited "Naposledy upravil(a) NAME, Včera -
    22:05") are from memory. Dates in the site's format: "Po, 16.11.2026 - 19:05", "Včera - 21:40"
    (yesterday), "Dnes - 09:12" (today).
  - a MODX DISCUSS thread (Spanish, "La Trastienda", which e-reader for PDFs):
    modxcms/Discuss core/components/discuss/themes/modx/chunks/post/disthreadpost.chunk.tpl
    (read: li#dis-post-N > div.dis-post > div.dis-post-author > div.dis-author with a.auth-avatar,
    div.auth-count > div.post_icon (the post count), div.avatarHover with the title and the
    hidden div.dis-sig-ct > div.dis-signature; div.dis-post-content > h4.created "NAME Reply #N,
    AGO", div.dis-actions, the content, div.dis-post-footer > div.dis-post-ip >
    span.dis-post-editedon "Edited AGO by NAME"). Translated: "Respuesta n.º 2, hace 1 día, 2
    horas", "Editado hace 20 horas por ...". The quote (blockquote.dis-quote > cite "Cita de:
    NAME") is from memory. The template shows no join date (joined None).
forum index
  - the same Drupal forum's TRACKER ("Nejnovější obsah", the "new posts" list, /tracker), from
    memory of Drupal 7's tracker table (Typ, Příspěvek, Autor, Odpovědi, Poslední aktualizace with
    "před 2 hodiny 48 min") and its pager ("další ›"): a forum_index, its six topics' records.
forum profile
  - a MODX DISCUSS member page (European Portuguese, "A Oficina", a hobby metalworking forum),
    from memory: a th/td table "Mensagens: 2.406" (a dot between thousands), "Registado em: 12 de
    maio de 2021", "Último acesso: hoje às 10:42", the signature and recent posts.
other
  - a SEIZURE BANNER in German ("DIESE PLATTFORM WURDE BESCHLAGNAHMT") that replaced the forum
    "Werkbank", written from memory of such banners (seals, the notice that the data were
    secured, a contact form; no agency named): neither error nor login, page type "other".
markets (written from memory of public descriptions of darknet-market layouts; every shop, vendor,
product, price and class name is invented; only innocuous goods: art supplies, books, stationery,
tea)
  - an Italian market listing ("Il Fondaco") priced ONLY IN A COIN with a fiat approximation:
    "0,00214 BTC" (a decimal comma) over "(≈ 192,40 €)"; a td/td table Venditore, Categoria,
    "Spedisce da" (ships from) Italia, "Spedisce a" (to) "Unione Europea"; the rates ticker and
    the shipping options in BTC are no price.
  - a Japanese market's search results ("雲市場") as a GRID OF CARDS EACH A TABLE: th/td rows 出品者
    (seller, with its feedback count in brackets), 価格 (price, "$24.00" over "≈ 0.0613 XMR"),
    カテゴリ (category), 発送元 (shipped from).
  - a Hungarian market's vendor page ("Piactér"), in ISO-8859-2: "Tag: 2024. március 5. óta"
    (member since), "Értékelések (pozitív / semleges / negatív): 412 / 6 / 3" (421 in all, also
    on the tab), "97,9% pozitív, 1,4% semleges, 0,7% negatív", sales "1 530"; the armoured key.
  - a SINGLE-VENDOR SHOP ("Oakleaf Teas"), English: four product cards (title, category, "$18.00",
    one with a struck old price, "Ships from United Kingdom"); the footer carries the shop's
    fingerprint in groups of four and its armoured key.
  - a Russian market's "LISTING REMOVED" 404 ("Рынок": "Товар удалён или больше не продаётся"),
    styled by the market with its header, search and categories: page type "error".
Both keys are REAL OpenPGP v4 public keys (ed25519) generated for this round with gpg in
throwaway GnuPG homes under /tmp that were deleted afterwards.

How close each page is to its source: the files named as read were read for this round (with the
project's reference search) and their markup followed (class names, nesting, order of labels and
values); the markup was written here, not copied. Page frames, translated strings, dates and all
content (names, posts, products, prices, places) are invented for this round; sites and addresses
are fictional (.example hosts and made-up 56-character .onion names; www.w3.org appears only as a
vocabulary name in a doctype / xmlns, never fetched).

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (d7c976e) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 26 --side holdout --misses``): those of 40476af (this session's start), of 1ba519e (round
23's market pages mended) and of 3c78571 (round 23 mended whole). None had seen this round's
pages; every helper who wrote those mends kept it out of every scan.

    template                     40476af  1ba519e  3c78571
    discuss_profile_pt             0.000    0.000    0.000  (a member's profile typed vendor)
    modxdiscuss_thread_es          0.000    0.000    0.000  (a thread typed an index)
    oakleaf_shop_index_en          0.000    0.000    0.000  (a shop's index typed vendor)
    piacter_vendor_hu              0.000    0.000    0.000  (typed other)
    drupal_tracker_cs              0.125    0.125    0.125  (a tracker read as posts)
    drupal_advforum_topic_cs       0.488    0.488    0.488  (posts shifted by one)
    kumoichiba_table_cards_ja      0.810    0.810    0.810  (cards' facts in th/td cells)
    fondacostyle_listing_btc_it, rynok_removed_404_ru, seized_banner_de 1.000
    overall                        0.406    0.406    0.406

Round 23's mends carried nothing to this never-seen round (0.406 with every set): its misses are
of page kinds (a member's profile, a tracker of new posts, a single shop's index, a vendor page
typed other, a thread typed an index) and of two thread layouts. Blind scores of the rounds (3
to 26): 0.646, 0.778, 0.714, 0.946, 0.798, 0.699, 0.601, 0.750, 0.857, 0.466, 0.612, 0.538,
0.773, 0.313, 0.694, 0.684, 0.376, 0.578, 0.517, 0.514, 0.848, 0.777, 0.858 and here 0.406.
KNOWN_MISSES holds every wrong value of 3c78571. This round is BLIND: do not tune the parsers on
its pages; mend a miss only as a general mechanism, with test pages of its own, and say so here.

Mended after its blind measure, each miss by a general mechanism with test pages of its own
(84e91f1 to 3626a41): a member's profile by its shape (parsers.member_card); a tracker's rows
with a leading kind cell (parsers.index_shape); login paths under the members' path name no
member, a member folder given by query (parsers.forum_members); a time ago in several units
(parsers.dates); a byline atop the words (parsers.body_byline); a count named by its tooltip
(parsers.tooltip_counts); positive/neutral/negative counts (parsers.kind_breakdown); a shop front
of one seller (parsers.markets); card facts in th/td cells (parsers.card_facts): 0.406 -> 1.000.

Truth amended this session for the forum-index convention (topic lists carry their topics as
Thread records, as the lab's forum-index pages do; a board list carries none):
drupal_tracker_newposts_cs's six rows, each a page of its own with its author and replies.
The blind figures above are of the truth before this amendment.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.general_rounds import NOW_TIME, Round, _author, _listing, _post, _vendor, time_ago, v4_fingerprint

DATA = Path(__file__).parent / "data" / "general_r26"

_KOL = "http://kolarnaxx63yrik4fqinxnlxgw4sv44rmif3u5al347a3mdrv7v2xrzd.onion"
_TRAS = "http://trastiendasewzrqlecx5dvxrqagetzgm4y4uqpnnqi2flyteniqnepd.onion"
_OFIC = "http://oficinagbq46siw5t5d6ffpbev4iydhdo3lsq43abmmdrsmxqgi3sisd.onion"
_WERK = "http://werkbankmi6mhj2rxzze6jyfqfvqb32g2vnxvagvd2wgj5itkqnmxktd.onion"
_FOND = "http://fondacofcmwe7smzgn4ttwm5hfhp7q44wa6ubqg236p2bmww5xkzlgpd.onion"
_KUMO = "http://kumoichibarzphveiire4zpe2gn7lp3k3u7efvlka7ffnqqnwbfwwsid.onion"
_PIAC = "http://piacter3n2wfwbmixn7ykl2exweeikxzvmkih5jfjxpuaot2fdx65v6d.onion"
_OAK = "http://oakleafs275a6nekkdioi4w5w2hn7mf4sjjpixzjztmqalhoyscvv5bd.onion"
_RYNOK = "http://rynoknnd5eg3fnzmdlomq6slwlkqmbx35g564fycmmltb7enroarcnzd.onion"
_FP_PIAC = "F04BC03200807CDD0B1B93FCC4A74DD7B18A902E"
_FP_OAK = "A0C30B3094425016516BA8AEE534B3301502F593"

#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {"holdout/piacter_vendor_pgp_hu_latin2.html": "iso-8859-2"}

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # Drupal 7 Advanced Forum topic, Czech: h1#page-title the title; the author pane's a.username
    # the names; div.posted-on the times ("Po, 16.11.2026 - 19:05", "Včera - 21:40", "Dnes -
    # 09:12"); "jana_dratenice napsal(a):" a quote of jana_dratenice (its text no body); the
    # div.author-signature texts and "Naposledy upravil(a) ..." no body; "Registrace:" /
    # "Příspěvky:" the stats ("1 204", a space between thousands). One page.
    "holdout/drupal_advforum_topic_cs.html": {
        "template": "drupal_advforum_topic_cs", "url": _KOL + "/node/4412", "type": "thread",
        "records": [
            {"type": "thread", "title": "Výměna řetězu na starém kole Favorit"},
            _post("kolar_petr", "2026-11-16T19:05:00", 0,
                  "Mám staré kolo Favorit z osmdesátých let.\n"
                  "Jaký řetěz koupit, aby seděl na původní převodník?", []),
            _post("jana_dratenice", "2026-11-19T21:40:00", 1,
                  "Na Favorit stačí obyčejný řetěz 1/2 × 3/32 palce.\n"
                  "Nýtovač si půjč, nekupuj ho kvůli jedné výměně.", []),
            _post("stary_mechanik", "2026-11-20T09:12:00", 2,
                  "Souhlas. A zkontroluj i opotřebení pastorků,\n"
                  "jinak nový řetěz bude na kolečkách přeskakovat.", ["jana_dratenice"]),
            _author("kolar_petr", 1204, "2022-03-14"),
            _author("jana_dratenice", 356, "2019-09-02"),
            _author("stary_mechanik", 2871, "2016-05-30"),
        ],
    },
    # MODX Discuss thread, Spanish: h1.dis-thread-title; h4.created's first link the names; "hace
    # 2 días, 3 horas", "hace 1 día, 2 horas", "hace 45 minutos" the times (against NOW); "Cita de:
    # tinta_y_papel" a quote; the hidden div.dis-signature and "Editado hace 20 horas por ..." no
    # body. div.post_icon the post counts; no join date. lector_nocturno posts twice (one author).
    "holdout/modxdiscuss_thread_es.html": {
        "template": "modxdiscuss_thread_es", "url": _TRAS + "/foro/thread/?thread=918", "type": "thread",
        "records": [
            {"type": "thread", "title": "¿Qué lector de libros electrónicos para leer PDF?"},
            _post("lector_nocturno", "2026-11-18T09:00:00", 0,
                  "Leo sobre todo artículos y manuales en PDF, casi todos en A4.\n"
                  "¿Merece la pena una pantalla de 10 pulgadas o basta con una de 7?", []),
            _post("tinta_y_papel", "2026-11-19T10:00:00", 1,
                  "Para PDF en A4, de 10 pulgadas sin dudarlo.\n"
                  "En una de 7 tendrás que hacer zoom en cada página y acabarás harto.", []),
            _post("lector_nocturno", "2026-11-20T11:15:00", 2,
                  "Justo lo que me temía. Gracias, miraré modelos de 10 pulgadas con lápiz.",
                  ["tinta_y_papel"]),
            _author("lector_nocturno", 214, None),
            _author("tinta_y_papel", 1873, None),
        ],
    },
    # Drupal 7 tracker ("Nejnovější obsah", the new posts of the forum above): a list of topics, a
    # forum index; its six rows' Thread records (truth amended for the convention; the article's row
    # too, a page of its own with its replies); "další ›" to page 2.
    "holdout/drupal_tracker_newposts_cs.html": {
        "template": "drupal_tracker_cs", "url": _KOL + "/tracker", "type": "forum_index",
        "next": _KOL + "/tracker?page=1", "records": [
            {"type": "thread", "title": "Výměna řetězu na starém kole Favorit"},
            {"type": "thread", "title": "Lakování rámu doma"},
            {"type": "thread", "title": "Dynamo a světla z 60. let"},
            {"type": "thread", "title": "Kde sehnat originální blatníky Eska?"},
            {"type": "thread", "title": "Pravidla bazaru na fóru"},
            {"type": "thread", "title": "Centrování kola bez centrovací stolice"},
        ],
    },
    # MODX Discuss member page, European Portuguese: "Mensagens: 2.406" the posts ("Tópicos
    # iniciados: 87" are topics); "Registado em: 12 de maio de 2021" joined ("hoje às 10:42" the
    # last visit).
    "holdout/discuss_user_profile_pt.html": {
        "template": "discuss_profile_pt", "url": _OFIC + "/forum/user/?user=31", "type": "profile",
        "records": [_author("ferro_velho", 2406, "2021-05-12")],
    },
    # A seizure banner in German that replaced the forum "Werkbank": a human reads a notice, no
    # forum, no error of the site, no login: "other"; no records.
    "holdout/werkbank_seized_banner_de.html": {
        "template": "seized_banner_de", "url": _WERK + "/", "type": "other", "records": [],
    },
    # Italian listing priced only in BTC: h1.fd-title; "0,00214 BTC" the price, 0.00214 ("≈ 192,40
    # €" an approximation, the ticker and the shipping options no price); Venditore
    # Colori_di_Siena; Categoria "Belle arti"; "Spedisce da" Italia; "Spedisce a" "Unione Europea".
    "holdout/fondacostyle_listing_btc_it.html": {
        "template": "fondacostyle_listing_btc_it", "url": _FOND + "/annuncio/77341", "type": "listing",
        "records": [_listing("Set di pennelli da acquerello, 12 pezzi", 0.00214, "BTC", "Colori_di_Siena",
                             "Belle arti", "Italia", ["Unione Europea"])],
    },
    # Japanese search results, four cards each a table: td.km-name the title; 出品者 the vendor (its
    # "(412)" a feedback count); 価格 "$24.00" in US dollars ("≈ 0.0613 XMR" a conversion);
    # カテゴリ the category; 発送元 ships from; no ships-to; one page.
    "holdout/kumoichiba_table_cards_ja.html": {
        "template": "kumoichiba_table_cards_ja", "url": _KUMO + "/search?cat=12", "type": "listing_index",
        "records": [
            _listing("万年筆 細字 ブルーブラック", 24.0, "USD", "bunbougu_yamato", "文具", "日本", None),
            _listing("文庫本 夏目漱石 全十冊セット", 58.5, "USD", "furuhon_sora", "書籍", "日本", None),
            _listing("和紙ノート A5 3冊組", 9.8, "USD", "bunbougu_yamato", "文具", "日本", None),
            _listing("書道セット 初心者用", 31.25, "USD", "taiwan_brush", "書道用品", "台湾", None),
        ],
    },
    # Hungarian vendor, ISO-8859-2: h2 "teakert_bolt"; "412 / 6 / 3" positive / neutral / negative
    # feedback, 421 in all (the tab's "Értékelések (421)"); "97,9%" positive; "Tag: 2024. március
    # 5. óta" member since; the armoured key.
    "holdout/piacter_vendor_pgp_hu_latin2.html": {
        "template": "piacter_vendor_hu", "url": _PIAC + "/elado/teakert_bolt", "type": "vendor",
        "records": [_vendor("teakert_bolt", 421, 97.9, "2024-03-05", _FP_PIAC)],
    },
    # Single-vendor shop, English: four cards of "Oakleaf Teas" (the shop's name: every card's
    # vendor); h3 the titles; p.ol-cat the category; "$18.00" the price in US dollars (the struck
    # "$32.00" an old price); "Ships from United Kingdom"; no ships-to. The footer's key is the
    # shop's, not a record of this page.
    "holdout/oakleaf_shop_index_pgp_en.html": {
        "template": "oakleaf_shop_index_en", "url": _OAK + "/", "type": "listing_index",
        "records": [
            _listing("Darjeeling First Flush, 100 g", 18.0, "USD", "Oakleaf Teas", "Black tea",
                     "United Kingdom", None),
            _listing("Uji Sencha, 100 g", 21.5, "USD", "Oakleaf Teas", "Green tea", "United Kingdom", None),
            _listing("Bai Mu Dan white tea, 50 g", 14.75, "USD", "Oakleaf Teas", "White tea",
                     "United Kingdom", None),
            _listing("Porcelain gaiwan, 120 ml", 26.0, "USD", "Oakleaf Teas", "Teaware", "United Kingdom",
                     None),
        ],
    },
    # Russian market 404 "Товар удалён или больше не продаётся" (the listing was removed), in the
    # market's frame: an error page; no records.
    "holdout/rynok_listing_removed_404_ru.html": {
        "template": "rynok_removed_404_ru", "url": _RYNOK + "/item/88214", "type": "error", "records": [],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers give on the holdout side where it differs from TRUTH: measured blind with the
# parsers of 3c78571, re-recorded after the mends (3d0a60f): none.
KNOWN_MISSES: dict[str, dict[str, Any]] = {}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(1.0)
_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)

_text = ROUND.page_text(ENCODINGS)
_posts = ROUND.records_of("post")
_authors = ROUND.author_stats
_NOW = NOW_TIME.replace(tzinfo=None)


def test_five_forum_pages_and_five_market_pages_of_which_two_give_no_record() -> None:
    kinds = [t["type"] for t in TRUTH.values()]
    assert kinds.count("thread") == 2 and kinds.count("forum_index") == 1 and kinds.count("profile") == 1
    assert kinds.count("listing") == 1 and kinds.count("listing_index") == 2 and kinds.count("vendor") == 1
    assert {t["type"] for t in TRUTH.values() if not t["records"]} == {"other", "error"}
    assert sorted(kinds.count(k) for k in ("other", "error")) == [1, 1]


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
test_every_post_body_is_written_on_its_page_line_by_line = ROUND.bodies_on_its_page(ENCODINGS)
test_every_address_of_the_truth_and_the_pages_is_a_fictional_host = ROUND.fictional_hosts(ENCODINGS)


def _iso(day: datetime, hhmm: str) -> str:
    return f"{day:%Y-%m-%d}T{hhmm}:00"


def test_the_hungarian_vendor_is_latin2_with_its_own_bytes() -> None:
    raw = (DATA / "holdout" / "piacter_vendor_pgp_hu_latin2.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'content="text/html; charset=iso-8859-2"' in raw and raw.count(b"charset") == 1
    assert b"&#" not in raw
    # One byte a letter: ő is 0xF5 and é 0xE9 in Latin-2 (ő has no point in Latin-1).
    assert b"Ellen\xf5rz\xf6tt elad\xf3" in raw
    assert "Értékelések".encode("iso-8859-2") == b"\xc9rt\xe9kel\xe9sek"


def test_the_drupal_topic_dates_stats_quotes_and_notes_are_the_truths() -> None:
    page = "holdout/drupal_advforum_topic_cs.html"
    text = _text(page)
    names = re.findall(r'<div class="author-pane-line author-name"><a [^>]+class="username">([^<]+)</a>',
                       text)
    assert names == [p["author"] for p in _posts(page)]
    shown = re.findall(r'<div class="posted-on">([^<]+)</div>', text)
    assert shown == ["Po, 16.11.2026 - 19:05", "Včera - 21:40", "Dnes - 09:12"]
    assert [p["posted_at"] for p in _posts(page)] == [
        "2026-11-16T19:05:00", _iso(_NOW - timedelta(days=1), "21:40"), _iso(_NOW, "09:12")]
    stats = re.findall(r'class="username">([^<]+)</a>.*?Registrace:</span> (\d\d)\.(\d\d)\.(\d{4})</div>\s*'
                       r'<div class="author-pane-line author-posts"><span class="author-pane-label">'
                       r"Příspěvky:</span> ([\d ]+)</div>", text, re.S)
    assert {(n, int(c.replace(" ", "")), f"{y}-{m}-{d}") for n, d, m, y, c in stats} == _authors(page)
    quoted = re.findall(r'<div class="bb-quote-user">(\S+) napsal\(a\):</div>', text)
    assert quoted == [q for p in _posts(page) for q in p["quotes"]]
    assert text.count('<div class="author-signature">') == 2 and "Naposledy upravil(a)" in text
    assert all("rezaví" not in p["body"] and "sobotu" not in p["body"] and "upravil" not in p["body"]
               for p in _posts(page))


def test_the_discuss_thread_ages_counts_quotes_and_notes_are_the_truths() -> None:
    page = "holdout/modxdiscuss_thread_es.html"
    text = _text(page)
    heads = re.findall(r'<h4 class="created"><a [^>]+>([^<]+)</a> <a class="normal-type" [^>]+>'
                       r"Respuesta n\.º (\d), ([^<]+)</a></h4>", text)
    assert [n for n, _, _ in heads] == [p["author"] for p in _posts(page)]
    assert [int(i) - 1 for _, i, _ in heads] == [p["index"] for p in _posts(page)]
    assert [a for _, _, a in heads] == ["hace 2 días, 3 horas", "hace 1 día, 2 horas", "hace 45 minutos"]
    assert [p["posted_at"] for p in _posts(page)] == [
        time_ago(days=2, hours=3), time_ago(days=1, hours=2), time_ago(minutes=45)]
    counts = re.findall(r'alt="([^"]+)" /></a>\s*<div class="auth-count"><div class="post_icon" '
                        r'title="(\d+) mensajes">\2</div>', text)
    assert {(n, int(c), None) for n, c in counts} == _authors(page)
    quoted = re.findall(r"<cite>Cita de: (\S+)</cite>", text)
    assert quoted == [q for p in _posts(page) for q in p["quotes"]]
    assert 'Editado hace 20 horas por <a href="/foro/user?user=12">tinta_y_papel</a>' in text
    assert all("viajar" not in p["body"] and "Editado" not in p["body"] for p in _posts(page))


def test_the_tracker_lists_topics_as_threads_and_a_next_page_but_no_post() -> None:
    page = "holdout/drupal_tracker_newposts_cs.html"
    text = _text(page)
    rows = re.findall(r'<tr class="(?:odd|even)"><td>([^<]+)</td><td><a href="/node/\d+">([^<]+)</a>', text)
    assert len(rows) == 6 and sum(kind == "Téma fóra" for kind, _ in rows) == 5
    assert "Výměna řetězu na starém kole Favorit" in {title for _, title in rows}
    assert '<a title="Přejít na další stranu" href="/tracker?page=1">další ›</a>' in text
    assert TRUTH[page]["next"] == _KOL + "/tracker?page=1"
    assert [t["title"] for t in TRUTH[page]["records"]] == [title for _, title in rows]


def test_the_discuss_profile_fields_are_the_truths() -> None:
    page = "holdout/discuss_user_profile_pt.html"
    fields = dict(re.findall(r"<tr><th>([^<]+):</th><td>([^<]+)</td></tr>", _text(page)))
    (author,) = TRUTH[page]["records"]
    assert fields["Nome de utilizador"] == author["name"]
    assert int(fields["Mensagens"].replace(".", "")) == author["post_count"]
    day, month, year = re.fullmatch(r"(\d+) de (\w+) de (\d{4})", fields["Registado em"]).groups()  # type: ignore[union-attr]
    assert month == "maio" and f"{year}-05-{int(day):02}" == author["joined"]


def test_the_seizure_banner_and_the_removed_listing_are_notices_without_records() -> None:
    banner = _text("holdout/werkbank_seized_banner_de.html")
    assert '<h1>DIESE PLATTFORM WURDE BESCHLAGNAHMT</h1>' in banner and "<form" not in banner
    gone = _text("holdout/rynok_listing_removed_404_ru.html")
    assert '<div class="rn-error__code">404</div>' in gone
    assert "Товар удалён или больше не продаётся" in gone and "₽" not in gone
    assert not re.search(r"\d+(?:\.\d+)? XMR", gone.replace("0.00 XMR", ""))


def test_the_market_prices_are_the_truths() -> None:
    page = "holdout/fondacostyle_listing_btc_it.html"
    coin = re.search(r'<span class="fd-coin">([\d,]+) BTC</span>\s*'
                     r'<span class="fd-fiat">\(≈ ([\d,]+) €\)</span>', _text(page))
    assert coin is not None and coin.group(2) == "192,40"
    assert float(coin.group(1).replace(",", ".")) == TRUTH[page]["records"][0]["price"]
    grid = "holdout/kumoichiba_table_cards_ja.html"
    cells = re.findall(r'<tr><th>出品者</th><td><a [^>]+>([^<]+)</a>[^<]*</td></tr>\s*'
                       r'<tr><th>価格</th><td class="km-price">\$([\d.]+)<br>', _text(grid))
    assert [(v, float(p)) for v, p in cells] == [(r["vendor"], r["price"]) for r in TRUTH[grid]["records"]]
    places = re.findall(r"<tr><th>発送元</th><td>([^<]+)</td></tr>", _text(grid))
    assert places == [r["ships_from"] for r in TRUTH[grid]["records"]]
    shop = "holdout/oakleaf_shop_index_pgp_en.html"
    prices = re.findall(r'<p class="ol-price">\$([\d.]+)', _text(shop))
    assert [float(p) for p in prices] == [r["price"] for r in TRUTH[shop]["records"]]
    assert re.findall(r'<p class="ol-cat">([^<]+)</p>', _text(shop)) == [
        r["category"] for r in TRUTH[shop]["records"]]


def _armoured(text: str) -> str:
    block = re.search(r"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=[A-Za-z0-9+/]{4}\n"
                      r"-----END PGP PUBLIC KEY BLOCK-----", text, re.S)
    assert block is not None
    return block.group(1)


def test_the_vendor_page_carries_a_real_v4_key_and_counts_three_kinds_of_feedback() -> None:
    page = "holdout/piacter_vendor_pgp_hu_latin2.html"
    text = _text(page)
    vendor = TRUTH[page]["records"][0]
    assert v4_fingerprint(_armoured(text)) == _FP_PIAC == vendor["pgp_fingerprint"]
    counts = re.search(r'<span class="pt-poz">(\d+)</span> / <span class="pt-sem">(\d+)</span> / '
                       r'<span class="pt-neg">(\d+)</span>', text)
    assert counts is not None
    positive, neutral, negative = map(int, counts.groups())
    assert positive + neutral + negative == vendor["feedback_count"] == 421
    assert '<span class="pt-poz">97,9%</span> pozitív' in text
    assert round(100 * positive / vendor["feedback_count"], 1) == vendor["rating"]
    assert "<td>2024. március 5. óta</td>" in text and vendor["member_since"] == "2024-03-05"


def test_the_shop_footer_carries_a_real_v4_key_whose_fingerprint_it_prints() -> None:
    text = _text("holdout/oakleaf_shop_index_pgp_en.html")
    printed = re.search(r"<p>Fingerprint: ([0-9A-F ]+)</p>", text)
    assert printed is not None
    assert v4_fingerprint(_armoured(text)) == _FP_OAK == printed.group(1).replace(" ", "")
