"""parsers.parse_page on round-38 generality pages (tests/data/general_r38): a fully BLIND held-out
set of a realistic onion ECOSYSTEM in the languages most of the dark web is written in (English,
Russian, German, French, Spanish, Portuguese). Ten pages, all on the HOLDOUT side (no tune side: no
rule was written for any of them), each an engine, template or layout in no earlier round, with
fictional names, words, dates and prices put in. Five forum pages (a custom Russian forum thread in
KOI8-R, a Reddit-like board on the old open-source reddit code with nested comments and scores, an
ImperialBB thread with quotes and signatures, a German topic list and a French member profile) and
five market pages (a German listing with escrow and multisig notes, shipping options and a vendor
block; a Brazilian category grid of seven cards; a Russian vendor page with a feedback table and a
real PGP key; a Spanish vendor's feedback page with totals; an English market canary and news page
with no records).

Every page is an engine, template or layout in none of rounds 3-35, tests/data/forums_general,
tests/data/markets_general, board_posts, card_handles, dash_pieces, glued_labels, list_rows,
member_tiles, poster_panels, profile_shapes, prose_profiles, topic_rows or vendor_sections (rounds 36
and 37, built but not yet scored, and round 39, built at the same time by another helper, were
neither read nor used: their directories and modules were left out of every grep): their
directories were listed (the first word of every page name: no imperialbb, no r2 or reddit, no
polunochnik, burrow, funkloch, comptoirnocturne, irrlicht, lampiao, polyn, candil, thornfield) and
grepped for each page's names and class names, and none of ImperialBB's class="quotetable", "cell2",
"desc_row" or "Date Joined", old reddit's usertext-body, sitetable, nestedlisting, live-timestamp
or midcol, nor the invented prefixes class="zr- (the Russian thread), ej- (the German topic list),
yx- (the French profile), ux- (the German listing), gz- (the Brazilian grid), xv- (the Russian
vendor), mc- (the Spanish feedback page) or nq- (the English canary), nor the words Полуночник,
Полынь, Tinderbox, Burrow, Funkloch, Comptoir, Irrlicht, Lampião, Candil, Thornfield,
"lever-filler", Büttenpapier, "Спасибо сказали", Отредактировано, Angepinnt, "Sujets lancés",
"Entrega em", Satisfacción, "BEGIN PGP SIGNED MESSAGE", "warrant canary", nor any member or vendor
name of this round is in them. Found and no sign of the same layout: "пишет:" (round 11 and a rule
test: the common Russian quote word), class="score" (round 15's Hacker News and round 14's Lobsters:
a common class name; here r2's three spans of one score), "Letzter Beitrag" (round 27's My Little
Forum profile), "Inscrit le" (round 12's Phorum), "Versand nach" (rounds 7, 24 and 29: the common
German label), "Envia de" (round 31's Brazilian listing), "На площадке" (round 25's Russian shop
front), valoraciones (rounds 7 and 10), Отпечаток (a rule test), class="maintable" (round 19's
UseBB login: a name old PHP boards share), multisig, escrow and Treuhand (the common market words),
koi8-r (round 9's phpBB 2: here a custom engine). Names first chosen that earlier rounds used were
renamed before any truth was written: Stammtisch (round 9's Vanilla), Talavera (round 29) and
Torrefacao_Serra (round 5's Eckmar grid).
Languages: Russian (two pages), American and British English (three pages), German (two pages),
French, Spanish and Brazilian Portuguese. One page is in KOI8-R (the Cyrillic code page of old
Russian boards): declared by ``<meta http-equiv="Content-Type" content="text/html;
charset=koi8-r">``; every Cyrillic letter one byte, in KOI8-R's own order (С 0xF3, т 0xD4, а 0xC1:
not the order of Windows-1251 or ISO 8859-5), guillemets and dashes written as entities.

forum pages
  - a custom Russian forum ("Полуночник", PGP and mirror lists), in KOI8-R, written from memory of
    old Russian boards: div.zr-msg per post, a header bar "#N", the name and the time ("18.11.2026
    в 19:42", "вчера в 08:05" yesterday, "сегодня в 10:31" today); a left cell "Сообщений: 3 871"
    (a space between thousands), "Зарегистрирован: 09.10.2016" and "Спасибо сказали:" (thanks, no
    posts); div.zr-citata "NAME пишет:" a quote; div.zr-pravka ("Отредактировано ...") and
    div.zr-podpis no body.
  - a Reddit-like board ("The Burrow", b/privacy) on a fork of the old open-source reddit code:
    rebuilt from reddit-archive/reddit r2/r2/templates/printable.html, comment_skeleton.html and
    comment.html (the reference search's copies were read: div.thing.comment, div.midcol arrows,
    div.entry, p.tagline with a.author, three span.score (dislikes/unvoted/likes: a reader sees
    the unvoted one), time.live-timestamp with datetime and "N hours ago", form.usertext >
    div.usertext-body > div.md, ul.flat-list.buttons, div.child > div.sitetable nested), the link
    page around them (top-matter, tagline "submitted ... by", the sidebar) as remembered. Six posts:
    the submission and five comments in page (depth-first) order, replies no quotes; no member
    statistics shown, so no author records; a time.edited-timestamp "*" no body.
  - an ImperialBB 2.x topic ("Tinderbox Commons", fountain pens), rebuilt from CegepSTH/imperialbb
    templates/original/view_topic.tpl and page_header.tpl, view_topic.php (the date "D d M Y at h:i
    a" and the signature "<br /><br />----------<br />") and includes/functions.php (format_text's
    [quote=NAME] table.quotetable "Quote  Username: NAME"): b NAME, the rank, "Posts: 2318" and
    "Date Joined: Sat 19 Aug 2017" in td.cell2; the signature no body.
  - a German topic list ("Funkloch", "Technik & Basteln"), written from memory of forum layouts:
    seven li.ej-thema (one pinned, its badge "Angepinnt" no title), a.ej-titel the titles, one
    thread each in page order; the sub-forums above (Unterforen), the starters, the counts and
    the last posts no title; "Weiter »" to page 2.
  - a French member profile ("Le Comptoir Nocturne"), from memory: h1.yx-pseudo brume_de_loire
    (chat_de_gouttiere logged in is the reader); dl "Messages : 1 482" (a narrow no-break space
    between thousands; "par jour" and "% du total" no count; "Sujets lancés : 64" topics),
    "Inscrit le : 12 mars 2019".

market pages (written from memory of public descriptions of darknet-market layouts; every market,
vendor, product, price and class name is invented; only innocuous goods: paper, crafts, coffee,
books, honey, ceramics)
  - a German LISTING ("Irrlicht Markt"): "27,50 €" over "≈ 0,1604 XMR" (a conversion; the rates bar
    and the shipping options "(+1,80 €)" no price); a facts table Kategorie, "Versand aus",
    "Versand nach"; escrow, "2-von-3-Multisig" and auto-finalize notes; a vendor block with its
    reviews, level and join day (no record of a listing page).
  - a Brazilian CATEGORY GRID ("Mercado Lampião", "Casa, Cozinha & Artesanato"): seven
    article.gz-card with a chip (the category), a title, "por VENDOR" with a star average, "Envia
    de: FROM · Entrega em: TO" and "R$ 1.249,90" (a dot between thousands) over "≈ 1,3533 XMR";
    the sidebar's categories are no cards; "Próxima ›" to page 2.
  - a Russian VENDOR page ("Полынь"): h1.xv-imya Medovy_Khutor, "На площадке с 14 февраля 2021",
    "Отзывов: 1 284", "Положительных: 98,7 % (1 267 / 17)"; a table of the latest reviews (stars,
    goods, buyers) and three product links in roubles, none a record; "Отпечаток ключа:" the
    fingerprint in groups of four over the armoured key in a textarea.
  - a Spanish FEEDBACK page ("Mercado Candil"): its vendor Ceramica_Manises with the totals shown
    ("3.127 valoraciones en total", "Satisfacción: 97,9 %"; the breakdown by month and kind no
    total); five reviews with the price paid; "Siguiente ›" to page 2.
  - an English market CANARY and news page ("Thornfield Market"): a clearsigned warrant canary, the
    staff key, three announcements (maintenance, the vendor bond in XMR, two mirrors); a notice, no
    listing, vendor or thread: "other", no records.
The keys are REAL OpenPGP v4 public keys (ed25519) generated for this round with gpg in a throwaway
GnuPG home under /tmp (with faked creation times in 2023 and 2024), deleted afterwards; the canary is
really clearsigned by the market's key (signature time 2026-11-20 08:15 UTC).

How close each page is to a real site: the r2 and ImperialBB pages follow their engines' public
templates (read as named above; strings and content invented); the other eight are shaped from
memory (old Russian boards, topic rows, profile facts, escrow boxes, cards, review tables,
canaries). Sites and addresses are fictional (.example hosts and made-up 56-character .onion names;
www.w3.org appears only in doctypes and the r2 page's XHTML namespace, never fetched).

Truth conventions, as rounds 24-35: a post's body without quotes, signatures and edit notes; quotes
name the quoted members (a reply in a tree of comments quotes no one); relative dates resolve
against the harness's NOW_TIME (2026-11-20 12:00); an author record for every poster whose
statistics the page shows, once, in order of first post; a listing's price is the one a buyer pays
(conversions and extras no price); the category is the last crumb or the labelled value; a topic
list gives one thread per topic; a vendor page's product links give no listing records; a feedback
page gives its vendor with the totals shown; a notice page no records.

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (fcfbaef) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 38 --side holdout --misses``): those of 59fab6f (the last session's end), of fcfbaef
(rounds 34 and 35 mended) and of 5912397 (rounds 36 and 37 mended too). None had seen this round's
pages; every helper who wrote those mends kept it out of every scan.

    template                     59fab6f  fcfbaef  5912397
    thornfield_canary_en           0.000    0.000    0.000  (a signed canary read as a vendor's page)
    funkloch_topics_de             0.143    0.143    0.143  (a topic list read as cards)
    candil_feedback_es             0.750    0.750    0.750  (the feedback page's totals)
    polunochnik_thread_ru          0.875    0.875    0.875  (bodies: a quote's tail, an edit note)
    polyn_vendor_ru                0.923    0.923    0.923  (member since)
    lampiao_category_grid_pt       0.926    0.926    0.926  (the cards' categories)
    burrow_r2_comments_en, comptoirnocturne_profile_fr, imperialbb_topic_en, irrlicht_listing_de 1.000
    overall                        0.893    0.893    0.893

This round and round 39 measure, blind, whether this session's mends of rounds 34 to 37 carry:
the parsers of 59fab6f are the last session's, those of fcfbaef carry the mends of rounds 34 and
35, those of 5912397 those of rounds 36 and 37 too (calendars, quote heads of mails, currencies'
words, rated handles, profiles' counts by their rate per day, topic tables' heading cells). None
carried here (+0.000): this round's misses are of kinds those mends did not touch (a signed canary,
a topic list of rows with a price in a title, a feedback page's totals). Blind scores of the rounds
(3 to 37): 0.646, 0.778, 0.714, 0.946, 0.798, 0.699, 0.601, 0.750, 0.857, 0.466, 0.612, 0.538,
0.773, 0.313, 0.694, 0.684, 0.376, 0.578, 0.517, 0.514, 0.848, 0.777, 0.858, 0.406, 0.782, 0.902,
0.752, 0.831, 0.738, 0.820, 0.891, 0.770, 0.942, 0.679, 0.736 and here 0.893 (0.893 at this
session's start). KNOWN_MISSES holds every wrong value of 5912397. This round is BLIND: do not
tune the parsers on its pages; mend a miss only as a general mechanism, with test pages of its
own, and say so here.

Mended after its blind measure, each miss by a general mechanism with test pages of its own
(0383563 to 614cc73): a key whose user id names the site itself is no seller's (parsers.site_key); a
topic list wins over a market reader's few cards when one title names a price
(parsers.topic_rows.topics_over_cards); a poster's panel beside the words
(parsers.poster_panels.side_panel); totals written count first and a share under an unknown label
(parsers.kind_shares); a seller's join day written as a phrase (parsers.since_line); a card's
rubric read past a tag repeated in the card (parsers.card_rubric): 0.893 -> 1.000.
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

DATA = Path(__file__).parent / "data" / "general_r38"

_POLU = "http://polunochniklf3hurafxcjdkk3qpwxwoamt3hcnh5nun3e77uash7frd.onion"
_BURROW = "http://burrowboards5dmohx5wmfezmcghbhkke7cpxis62vx6jlrtuza27jjd.onion"
_TINDER = "http://tinderboxcommons7r6xwcxc54qgokolrggd3orm7b6x2c6iwm7xnayd.onion"
_FUNK = "http://funklochforumnwmi6jvlasfvjg5prjupqvekuw7souhlaaouv5cpfjd.onion"
_COMPT = "http://comptoirnocturnei6sffxrlzz73q7kivaibmlhmp3b3itsa6v7mrexd.onion"
_IRR = "http://irrlichtmarktsdjf4brg7cyie2yula3brvclgwoq4jitom6xp4lhwbd.onion"
_LAMP = "http://mercadolampiaocwpgv3okayl6rkfsgsfagpz2r73l2ae4evmvqgymtd.onion"
_POLYN = "http://rynokpolyni36cybjjohjtla2bcpvbp5f4k7ra27ejn57ab52wct4z6d.onion"
_CANDIL = "http://mercadocandilz34czt47pwmei7fgv2ty6hu5duu2pa5xvgsldxlkamd.onion"
_THORN = "http://thornfieldmarketyiaymby6phdlr7dnr7akhchbyfnjkimxsep4vikd.onion"
_FP_POLYN = "C1621BDD4BBBD024444659A31C7AB0A717BC91FE"
_FP_THORN = "FAC6B4184BBB34CE2524DACB49CB99680C4D2557"

#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {"holdout/polunochnik_thread_ru_koi8r.html": "koi8-r"}

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # Custom Russian forum, KOI8-R: h1.zr-zagolovok the title; span.zr-kto the names; span.zr-kogda
    # the times ("вчера в" yesterday, "сегодня в" today); "Сообщений:" / "Зарегистрирован:" the
    # statistics ("Спасибо сказали:" thanks); "tihiy_lis пишет:" a quote; div.zr-pravka and
    # div.zr-podpis no body.
    "holdout/polunochnik_thread_ru_koi8r.html": {
        "template": "polunochnik_thread_ru", "url": _POLU + "/tema/5512", "type": "thread",
        "records": [
            {"type": "thread", "title": "Как проверить PGP-подпись списка зеркал?"},
            _post("tihiy_lis", "2026-11-18T19:42:00", 0,
                  "Скачал со страницы форума список зеркал и файл подписи, но не понимаю, как сверить одно "
                  "с другим.\n"
                  "Какой командой это делается и где взять ключ администрации?", []),
            _post("Старый_Мельник", "2026-11-19T08:05:00", 1,
                  "Ключ администрации лежит на главной странице, сверь его отпечаток с тем, что публиковали "
                  "в старых темах.\n"
                  "Потом импортируй ключ и выполни gpg --verify mirrors.txt.asc, в ответе должно быть Good "
                  "signature.", ["tihiy_lis"]),
            _post("nord_veter", "2026-11-20T10:31:00", 2,
                  "Добавлю: если gpg пишет, что ключ не заверен доверенной подписью, это нормально.\n"
                  "Главное, чтобы отпечаток совпадал до последнего знака.", []),
            _author("tihiy_lis", 214, "2019-06-02"),
            _author("Старый_Мельник", 3871, "2016-10-09"),
            _author("nord_veter", 47, "2024-01-27"),
        ],
    },
    # Old-reddit (r2) board: p.title a.title the title; the submission then five comments in page
    # order, a.author the names, time[datetime] the times ("5 hours ago" ... "34 minutes ago");
    # replies quote no one; no statistics shown, no author records.
    "holdout/burrow_r2_comments_en.html": {
        "template": "burrow_r2_comments_en",
        "url": _BURROW + "/b/privacy/comments/8k2f1q/psa_check_the_signed_mirror_list/", "type": "thread",
        "records": [
            {"type": "thread", "title": "PSA: check the signed mirror list before you log in anywhere"},
            _post("quietmole", "2026-11-20T07:00:00", 0,
                  "Three phishing copies of the Burrow showed up this week, all with the same look and a "
                  "slightly different address.\n"
                  "The signed mirror list is pinned in the sidebar: import the staff key once, then verify "
                  "the list every time you come back.", []),
            _post("fernhollow", "2026-11-20T08:00:00", 1,
                  "Good reminder. Also bookmark the address you verified instead of searching for it each "
                  "time.", []),
            _post("quietmole", "2026-11-20T09:00:00", 2,
                  "Bookmarks help, but check the list again after any announced rotation.", []),
            _post("ashgrove_tea", "2026-11-20T10:00:00", 3,
                  "Is there a way to do this on Tails without setting up a persistent keyring?", []),
            _post("lanternfish", "2026-11-20T11:00:00", 4,
                  "For anyone new: the fingerprint on the list should match the one in the sidebar, all "
                  "forty characters.", []),
            _post("fernhollow", "2026-11-20T11:26:00", 5,
                  "And compare it from two different places, not just from the page you are already on.", []),
        ],
    },
    # ImperialBB topic, British English: the crumbs' last b the title; td.cell2's b the names;
    # "Posts:" / "Date Joined:" the statistics; "Wed 18 Nov 2026 at 07:42 pm" the times;
    # table.quotetable "Username: NAME" a quote; the signature after "----------" no body.
    "holdout/imperialbb_view_topic_en.html": {
        "template": "imperialbb_topic_en", "url": _TINDER + "/view_topic.php?tid=3187", "type": "thread",
        "records": [
            {"type": "thread", "title": "Replacing the ink sac on a 1950s lever-filler"},
            _post("inkwell_harry", "2026-11-18T19:42:00", 0,
                  "Picked up a 1950s lever-filler at a car boot sale and the sac has gone hard as a "
                  "biscuit.\n"
                  "What size sac should I order, and is shellac still the glue to use?", []),
            _post("maple_nib", "2026-11-19T08:05:00", 1,
                  "Measure the section nipple with calipers first; most pens of that era take a size 16 or "
                  "18.\n"
                  "Shellac is still the standard, give it a full day to cure before you put the pen back "
                  "together.", ["inkwell_harry"]),
            _post("quill_and_quire", "2026-11-20T10:31:00", 2,
                  "Seconding the full day. I rushed mine and the sac slipped off the nipple within a week.",
                  ["maple_nib"]),
            _author("inkwell_harry", 412, "2021-03-14"),
            _author("maple_nib", 2318, "2017-08-19"),
            _author("quill_and_quire", 57, "2024-02-12"),
        ],
    },
    # German topic list: seven li.ej-thema, a.ej-titel the titles, one thread each in page order
    # (the pinned badge, the sub-forums, starters, counts and last posts no title); "Weiter »".
    "holdout/funkloch_topic_list_de.html": {
        "template": "funkloch_topics_de", "url": _FUNK + "/bereich/technik", "type": "forum_index",
        "next": _FUNK + "/bereich/technik?seite=2",
        "records": [
            {"type": "thread", "title": "Forenregeln für diesen Bereich – bitte zuerst lesen"},
            {"type": "thread", "title": "Raspberry Pi als Tor-Relay: Erfahrungen mit Strom und Wärme?"},
            {"type": "thread", "title": "Welcher Passwortmanager für Einsteiger?"},
            {"type": "thread", "title": "Alte ThinkPads: X220 oder T430 für Linux?"},
            {"type": "thread", "title": "Backups verschlüsseln mit VeraCrypt – Container oder ganze Platte?"},
            {"type": "thread", "title": "Lötstation für Anfänger gesucht (bis 80 €)"},
            {"type": "thread", "title": "Linux Mint vom USB-Stick starten: Schritt für Schritt"},
        ],
    },
    # French profile: h1.yx-pseudo brume_de_loire (chat_de_gouttiere logged in is the reader);
    # "Messages : 1 482" the posts; "Inscrit le : 12 mars 2019" joined.
    "holdout/comptoirnocturne_member_profile_fr.html": {
        "template": "comptoirnocturne_profile_fr", "url": _COMPT + "/membre/brume_de_loire",
        "type": "profile",
        "records": [_author("brume_de_loire", 1482, "2019-03-12")],
    },
    # German listing in euros: h1.ux-titel; "27,50 €" the price ("≈ 0,1604 XMR" a conversion; the
    # rates bar and the shipping options no price); the vendor block's Papiermuehle_Lahn; Kategorie
    # Papierwaren (the last crumb too); "Versand aus" Deutschland; "Versand nach" three places.
    "holdout/irrlicht_listing_escrow_de.html": {
        "template": "irrlicht_listing_de", "url": _IRR + "/angebot/77120", "type": "listing",
        "records": [_listing("Handgeschöpftes Büttenpapier, 20 Bögen A4, 250 g/m²", 27.5, "EUR",
                             "Papiermuehle_Lahn", "Papierwaren", "Deutschland",
                             ["Deutschland", "Österreich", "Schweiz"])],
    },
    # Brazilian category grid: seven article.gz-card; h3.gz-nome the title; span.gz-chip the
    # category; "por VENDOR"; "Envia de: FROM · Entrega em: TO"; "R$ PRICE" in reais (the XMR
    # below a conversion). The sidebar's categories are no cards. "Próxima ›" to page 2.
    "holdout/lampiao_category_grid_brl_pt_br.html": {
        "template": "lampiao_category_grid_pt", "url": _LAMP + "/c/casa-cozinha-artesanato",
        "type": "listing_index", "next": _LAMP + "/c/casa-cozinha-artesanato?pagina=2",
        "records": [
            _listing("Rede de dormir artesanal de algodão, casal", 389.0, "BRL", "Redeiras_do_Ceara", "Redes",
                     "Brasil", ["Brasil"]),
            _listing("Café especial do Cerrado Mineiro, grão, 500 g", 74.9, "BRL", "Cafezal_Sul_de_Minas",
                     "Cafés", "Brasil", ["Brasil", "Portugal"]),
            _listing("Panela de barro capixaba, 3 litros", 215.0, "BRL", "Paneleiras_Goiabeiras", "Cerâmica",
                     "Brasil", ["Brasil"]),
            _listing("Faqueiro de madeira de reflorestamento, 24 peças", 1249.9, "BRL", "Marcenaria_Tiete",
                     "Utensílios", "Brasil", ["Mundo todo"]),
            _listing("Cuia de porongo com bomba de inox", 96.5, "BRL", "Gaucho_Artesao", "Utensílios",
                     "Brasil", ["Brasil", "Uruguai"]),
            _listing("Toalha de mesa em renda de bilro, 1,60 m", 680.0, "BRL", "Rendeiras_da_Lagoa",
                     "Têxteis", "Brasil", ["Brasil"]),
            _listing("Livro de receitas mineiras, capa dura, 1978", 142.0, "BRL", "Alfarrabista_do_Porto",
                     "Livros de cozinha", "Portugal", ["União Europeia", "Brasil"]),
        ],
    },
    # Russian vendor: h1.xv-imya Medovy_Khutor (its badge no name); "Отзывов: 1 284",
    # "Положительных: 98,7 %"; "На площадке с 14 февраля 2021"; the key in textarea.xv-klyuch. The
    # review table and the three product links are no records.
    "holdout/polyn_vendor_feedback_pgp_ru.html": {
        "template": "polyn_vendor_ru", "url": _POLYN + "/prodavets/Medovy_Khutor", "type": "vendor",
        "records": [_vendor("Medovy_Khutor", 1284, 98.7, "2021-02-14", _FP_POLYN)],
    },
    # Spanish feedback page: its vendor Ceramica_Manises with the totals shown ("3.127
    # valoraciones en total", "Satisfacción: 97,9 %"); five reviews; "Siguiente ›" to page 2.
    "holdout/candil_vendor_feedback_totals_es.html": {
        "template": "candil_feedback_es", "url": _CANDIL + "/vendedor/Ceramica_Manises/valoraciones",
        "type": "feedback", "next": _CANDIL + "/vendedor/Ceramica_Manises/valoraciones?pagina=2",
        "records": [_feedback_vendor("Ceramica_Manises", 3127, 97.9)],
    },
    # English canary and news: a signed notice, the staff key and announcements; no listing,
    # vendor, thread or login: "other", no records.
    "holdout/thornfield_canary_news_en.html": {
        "template": "thornfield_canary_en", "url": _THORN + "/canary", "type": "other", "records": [],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers give on the holdout side where it differs from TRUTH: measured blind with the
# parsers of 59fab6f, fcfbaef and 5912397, re-recorded after the mends (614cc73): none.
KNOWN_MISSES: dict[str, dict[str, Any]] = {}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(1.0)
_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)

_text = ROUND.page_text(ENCODINGS)
_posts = ROUND.records_of("post")
_listings = ROUND.records_of("listing")
_authors = ROUND.author_stats




def test_five_forum_pages_and_five_market_pages() -> None:
    kinds = [t["type"] for t in TRUTH.values()]
    counts = [kinds.count(k) for k in ("thread", "forum_index", "profile", "listing", "listing_index",
                                       "vendor", "feedback", "other")]
    assert counts == [3, 1, 1, 1, 1, 1, 1, 1]
    for page, truth in TRUTH.items():
        if truth["type"] == "thread":
            authors = [p["author"] for p in _posts(page)]
            assert [p["index"] for p in _posts(page)] == list(range(len(authors)))
            # An author record for every poster whose statistics are shown, once, in order of
            # first post: all of them but on the r2 board, which shows none.
            named = [r["name"] for r in ROUND.records_of("author")(page)]
            assert named == ([] if "r2" in page else list(dict.fromkeys(authors))), page
            # Every thread but the tree of comments quotes a member.
            assert any(p["quotes"] for p in _posts(page)) is ("r2" not in page), page
        elif truth["type"] == "forum_index":
            assert {r["type"] for r in truth["records"]} == {"thread"} and len(truth["records"]) == 7
        elif truth["type"] == "other":
            assert truth["records"] == []
        else:
            assert truth["records"] and _posts(page) == [], page


def test_six_languages_and_one_page_in_koi8_r() -> None:
    langs = ROUND.page_langs(ENCODINGS)
    assert sorted(langs.values()) == ["de", "de", "en", "en", "en-GB", "es", "fr", "pt-BR", "ru", "ru"]
    assert set(ENCODINGS) == {page for page in TRUTH if "koi8r" in page}


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
test_every_post_body_is_written_on_its_page_line_by_line = ROUND.bodies_on_its_page(ENCODINGS)
test_every_address_of_the_truth_and_the_pages_is_a_fictional_host = ROUND.fictional_hosts(ENCODINGS)


def _dmy(day: str, month: str, year: str) -> str:
    return f"{year}-{int(month):02}-{int(day):02}"


def _found(pattern: str, text: str, flags: int = 0) -> tuple[str, ...]:
    """The groups of ``pattern``'s first match in ``text`` (which must match)."""
    match = re.search(pattern, text, flags)
    assert match is not None, pattern
    return match.groups()


def _one(pattern: str, text: str) -> str:
    """The one group of ``pattern``'s first match in ``text``."""
    (value,) = _found(pattern, text)
    return value


def test_the_russian_thread_is_koi8_r_with_its_own_bytes() -> None:
    raw = (DATA / "holdout" / "polunochnik_thread_ru_koi8r.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'content="text/html; charset=koi8-r"' in raw and raw.count(b"charset=") == 1
    # One byte a letter in KOI8-R's order: Сообщений (С 0xF3, о 0xCF, б 0xC2), Старый (т 0xD4, а 0xC1).
    assert raw.count(b"\xf3\xcf\xcf\xc2\xdd\xc5\xce\xc9\xca:") == 3 and b"\xf3\xd4\xc1\xd2\xd9\xca_" in raw
    assert "Старый_Мельник" not in raw.decode("cp1251") and "Старый_Мельник" in raw.decode("koi8-r")


def test_the_russian_thread_stats_relative_days_and_quote_are_the_truths() -> None:
    page = "holdout/polunochnik_thread_ru_koi8r.html"
    text = _text(page)
    names = re.findall(r'<span class="zr-kto"><a href="[^"]+">([^<]+)</a></span>', text)
    counts = re.findall(r'<div class="zr-dan">Сообщений: ([\d ]+)</div>', text)
    joined = re.findall(r'<div class="zr-dan">Зарегистрирован: (\d\d)\.(\d\d)\.(\d{4})</div>', text)
    stats = zip(names, counts, joined, strict=True)
    assert {(n, int(shown_number(c, " ")), _dmy(*j)) for n, c, j in stats} == _authors(page)
    shown = re.findall(r'<span class="zr-kogda">(?:(\d\d)\.(\d\d)\.(\d{4})|(вчера|сегодня)) в '
                       r"(\d\d:\d\d)</span>", text)
    rel = {"вчера": day_ago(1), "сегодня": day_ago(0)}
    assert [f"{rel[w] if w else _dmy(d, m, y)}T{t}:00" for d, m, y, w, t in shown] == [
        p["posted_at"] for p in _posts(page)]
    assert '<div class="zr-citata-kto">tihiy_lis пишет:</div>' in text
    assert _posts(page)[1]["quotes"] == ["tihiy_lis"]
    assert "Отредактировано Старый_Мельник" in text and "Север помнит" in text
    assert all("Отредактировано" not in p["body"] and "Север" not in p["body"] for p in _posts(page))


def test_the_r2_board_times_are_its_datetimes_and_its_relative_ages() -> None:
    page = "holdout/burrow_r2_comments_en.html"
    text = _text(page)
    posted = [p["posted_at"] for p in _posts(page)]
    shown = re.findall(r'datetime="([^"]+)\+00:00" class="live-timestamp">(\d+) (hour|minute)s? ago</time>',
                       text)
    assert [when[:16] for when, _, _ in shown] == [when[:16] for when in posted]
    assert [time_ago(**{unit + "s": int(n)}) for _, n, unit in shown] == posted
    tagline_authors = re.findall(r'(?:by&#32;|</a>)<a href="[^"]+/user/[^"]+" class="author may-blank">'
                                 r'([^<]+)</a><span class="userattrs">', text)
    assert tagline_authors == [p["author"] for p in _posts(page)]
    # Old reddit writes every score three times (a reader sees the unvoted one): no counts of posts.
    assert '<span class="score unvoted" title="41">41 points</span>' in text and _authors(page) == set()
    assert text.count('class="edited-timestamp"') == 1


def test_the_imperialbb_times_stats_quotes_and_signatures_are_the_truths() -> None:
    page = "holdout/imperialbb_view_topic_en.html"
    text = _text(page)
    stats = re.findall(r"<b>([^<]+)</b><br /><br />.*?Posts: (\d+)<br />\s*"
                       r"Date Joined: (\w{3} \d\d \w{3} \d{4})<br />", text, re.S)
    assert {(n, int(c), f"{datetime.strptime(j, '%a %d %b %Y'):%Y-%m-%d}") for n, c, j in stats} == (
        _authors(page))
    dates = re.findall(r'<td height="20">(\w{3} \d\d \w{3} \d{4} at \d\d:\d\d [ap]m)</td>', text)
    assert [f"{datetime.strptime(d, '%a %d %b %Y at %I:%M %p'):%Y-%m-%dT%H:%M:00}" for d in dates] == [
        p["posted_at"] for p in _posts(page)]
    quoted = re.findall(r'class="quotetable"><tr><td width="100%" height="25"><b>Quote</b>'
                        r"&nbsp;&nbsp;Username: (\w+)</td>", text)
    assert quoted == [q for p in _posts(page) for q in p["quotes"]]
    assert text.count("<br /><br />\n----------<br />\n") == 3 and "Write slowly, blot often." in text
    assert all("blot" not in p["body"] and "appointment" not in p["body"] for p in _posts(page))


def test_the_topic_list_gives_one_thread_per_row_and_its_next_page() -> None:
    page = "holdout/funkloch_topic_list_de.html"
    text = _text(page)
    titles = re.findall(r'<a class="ej-titel" href="[^"]+">([^<]+)</a>', text)
    assert titles == [r["title"] for r in TRUTH[page]["records"]]
    assert text.count('<li class="ej-thema') == 7
    assert text.count('<span class="ej-marke">Angepinnt</span>') == 1
    assert f'<a href="{TRUTH[page]["next"]}">Weiter »</a>' in text
    # The sub-forums are boards, no topics.
    assert "Linux &amp; freie Software" in text and all("Linux &" not in t for t in titles)


def test_the_french_profile_counts_posts_and_its_join_day() -> None:
    page = "holdout/comptoirnocturne_member_profile_fr.html"
    text = _text(page)
    months = {"mars": 3}
    (count,) = _found(r"<dt>Messages :</dt><dd>([\d\u202f]+) <span", text)
    day, month, year = _found(r"<dt>Inscrit le :</dt><dd>(\d+) (\w+) (\d{4})</dd>", text)
    assert {("brume_de_loire", int(shown_number(count, "\u202f")), _dmy(day, str(months[month]), year))} == (
        _authors(page))
    assert '<h1 class="yx-pseudo">brume_de_loire</h1>' in text and "Connecté en tant que" in text


def test_the_german_listing_price_is_the_one_a_buyer_pays() -> None:
    page = "holdout/irrlicht_listing_escrow_de.html"
    text = _text(page)
    (listing,) = _listings(page)
    price = shown_number(_one(r'<span class="ux-preis">([\d.,]+) €</span>', text), ".", ",")
    assert price == listing["price"] and listing["currency"] == "EUR"
    rate = shown_number(_one(r"1 XMR = ([\d.,]+) €", text), ".", ",")
    xmr = shown_number(_one(r"≈ ([\d,]+) XMR", text), ".", ",")
    assert round(price / rate, 4) == xmr
    facts = dict(re.findall(r"<tr><td>([^<]+)</td><td>([^<]+)</td></tr>", text))
    assert (facts["Kategorie"], facts["Versand aus"]) == (listing["category"], listing["ships_from"])
    assert facts["Versand nach"].split(", ") == listing["ships_to"]
    assert re.findall(r'<a href="[^"]+/k/[a-z/-]+">([^<]+)</a>', text)[-1] == listing["category"]
    assert _found(r'class="ux-haendlername" href="[^"]+">([^<]+)</a>', text) == (listing["vendor"],)
    assert "2-von-3-Multisig" in text and "Treuhand (Escrow)" in text and text.count("<option ") == 3


def test_the_brazilian_cards_are_the_truths_and_the_sidebar_no_cards() -> None:
    page = "holdout/lampiao_category_grid_brl_pt_br.html"
    text = _text(page)
    cards = re.findall(r'<span class="gz-chip">([^<]+)</span>\s*'
                       r'<h3 class="gz-nome"><a href="[^"]+">([^<]+)</a></h3>\s*'
                       r'<p class="gz-vendedor">por <a href="[^"]+">([^<]+)</a>.*?</p>\s*'
                       r'<p class="gz-rota">Envia de: <b>([^<]+)</b> · Entrega em: <b>([^<]+)</b></p>\s*'
                       r'<div class="gz-preco">R\$ ([\d.,]+)</div>\s*'
                       r'<div class="gz-xmr">≈ ([\d,]+) XMR</div>', text)
    ROUND.check_listings([(t, shown_number(p, ".", ","), "BRL", v, c, f, to.split(", "))
                          for c, t, v, f, to, p, _ in cards], page)
    rate = shown_number(_one(r"1 XMR = R\$ ([\d.,]+)", text), ".", ",")
    assert all(round(shown_number(p, ".", ",") / rate, 4) == shown_number(x, ".", ",") for *_, p, x in cards)
    assert text.count('<article class="gz-card">') == 7 and '<aside class="gz-lateral">' in text
    assert f'<a href="{TRUTH[page]["next"]}" rel="next">Próxima ›</a>' in text


def test_the_vendor_page_key_is_real_and_its_fingerprint_the_one_shown() -> None:
    page = "holdout/polyn_vendor_feedback_pgp_ru.html"
    text = _text(page)
    # The base64 lines between the armour's blank line and its CRC line.
    (armour,) = _found(r'<textarea class="xv-klyuch"[^>]*>-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n'
                       r"(.*?)\n=\S{4}\n-----END PGP PUBLIC KEY BLOCK-----", text, re.S)
    assert v4_fingerprint(armour) == _FP_POLYN
    (shown,) = _found(r"Отпечаток ключа: <code>([0-9A-F ]+)</code>", text)
    assert shown.replace(" ", "") == _FP_POLYN
    (vendor,) = ROUND.records_of("vendor")(page)
    count = int(shown_number(_one(r"<li>Отзывов: ([\d ]+)</li>", text), " "))
    pct, plus, minus = _found(r"<li>Положительных: ([\d,]+) % \(([\d ]+) / (\d+)\)</li>", text)
    assert count == vendor["feedback_count"] == int(shown_number(plus, " ")) + int(minus)
    assert shown_number(pct, " ", ",") == vendor["rating"] == round(100 * shown_number(plus, " ") / count, 1)
    assert "На площадке с 14 февраля 2021" in text and vendor["member_since"] == "2021-02-14"
    assert vendor["has_pgp_key"] is True and _listings(page) == [] and text.count("/tovar/") == 3
    assert text.count('<td class="xv-zvezdy"') == 4


def test_the_feedback_page_gives_its_vendor_with_the_totals_shown() -> None:
    page = "holdout/candil_vendor_feedback_totals_es.html"
    text = _text(page)
    (vendor,) = ROUND.records_of("vendor")(page)
    total = shown_number(_one(r'<span class="mc-cifra">([\d.]+)</span> valoraciones en total', text), ".")
    pct = shown_number(_one(r"Satisfacción: <strong>([\d,]+) %</strong>", text), ".", ",")
    assert (int(total), pct) == (vendor["feedback_count"], vendor["rating"])
    rows = re.findall(r"<tr><td>(\w+)</td><td>\d+</td><td>\d+</td><td>([\d.]+)</td></tr>", text)
    kinds = {kind: shown_number(n, ".") for kind, n in rows}
    assert sum(kinds.values()) == total and round(100 * kinds["Positivas"] / total, 1) == pct
    assert vendor["has_pgp_key"] is None and vendor["member_since"] is None
    assert text.count('<div class="mc-valoracion') == 5
    assert f'<a href="{TRUTH[page]["next"]}">Siguiente ›</a>' in text


def test_the_canary_is_really_signed_by_the_staff_key_and_carries_no_records() -> None:
    page = "holdout/thornfield_canary_news_en.html"
    text = _text(page)
    (armour,) = _found(r"<pre>-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=\S{4}\n"
                       r"-----END PGP PUBLIC KEY BLOCK-----</pre>", text, re.S)
    assert v4_fingerprint(armour) == _FP_THORN
    (shown,) = _found(r"Staff key fingerprint: <code>([0-9A-F ]+)</code>", text)
    assert shown.replace(" ", "") == _FP_THORN
    assert "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256" in text
    assert "-----BEGIN PGP SIGNATURE-----" in text
    assert "renewed 20 November 2026" in text and "0.25 XMR" in text
    assert TRUTH[page]["records"] == [] and "next" not in TRUTH[page]
