"""parsers.parse_page on round-37 generality pages (tests/data/general_r37): a fully BLIND held-out
set of a FORUM-heavy onion crawl, in ten languages (none of them English). Ten pages, all on the
HOLDOUT side (no tune side: no rule was written for any of them), each an engine, template or
layout in no earlier round, with fictional names, words, dates and prices put in. Six forum pages
of five engines no round used (Moodle, Redmine, HyperKitty, Liferay, DNN Active Forums): a topic
list, four threads (a mailing-list archive, relative dates, quotes of several members,
signatures and edit notes) and a member profile; and four market pages of invented layouts: a
listing in a legacy code page, a grid of cards, a vendor page with a real PGP key and a login
wall.

Every page is an engine, template or layout in none of rounds 3-35, tests/data/forums_general,
tests/data/markets_general, tests/data/board_posts, poster_panels, profile_shapes, glued_labels,
card_handles, dash_pieces, topic_rows or vendor_sections (round 36, built at the same time by
another helper, was neither read nor used: the greps of the last check left its directory out):
those directories were listed (no page name opens with moodle, redmine, hyperkitty, liferay or
activeforums) and grepped, and none of moodle, discussion-list, "Dodane przez", hyperkitty,
email-body, quoted-text, liferay, lfr-, thread-user, quote-title, afgrid, afpostsig, nor the
invented prefixes class="qm- (the Chinese listing), dg- (the Latvian cards), lz- (the Serbian
vendor) or yq- (the Arabic login wall), nor the words Encadernação, Krótkofal, mesinik,
Αστρονομ, Κρόνο, oyma, 山嵐, 烏龍, Dzintar, Ластав, Пирот, ћилим, الياسمين, big5, nor any member or
vendor name of this round is in them. Found and no sign of the same layout: forumpost (a class
of SMF, WBB, Discourse, NodeBB and others; Moodle's own posts are not on this round's page),
quote-content (round 5's IPB 4 and forums_general's ipb: Liferay's quote box is its own),
napisał (round 15's Misago and round 25's Polish thread: the common Polish quote word, here in
Redmine's "text_user_wrote"), kirjutas (poster_panels' Estonian forum: the common Estonian word,
here in a mail client's attribution line), Ahşap (round 9's OpenCart in Turkish), Mesajlar
(round 25's PHP-Fusion, round 33's board list and profile_shapes: the common Turkish word),
投稿数 (rounds 28 and 35: the common Japanese word). Prefixes first chosen that earlier rounds
used were changed before any truth was written: sl- (round 27), dz- (round 33) and ys- (round
29).
Languages: Brazilian Portuguese, Polish, Estonian, Greek, Turkish, Japanese, Traditional
Chinese, Latvian, Serbian in Cyrillic and Arabic (right to left). One page is in BIG5 (the
Traditional Chinese double-byte code page Taiwanese sites kept): declared by ``<meta
http-equiv="Content-Type" content="text/html; charset=big5">``; every Han character two bytes
(烏 0xAF 0x51, 龍 0xC0 0x73, 茶 0xAF 0xF9), none of them valid UTF-8.

forum pages (rebuilt from the engines' public templates, read through the reference search; the
strings in each language written for this round where the engine's own were not read)
  - a MOODLE forum's discussion list (Brazilian Portuguese, "Ateliê de Encadernação", a
    bookbinding course): table.discussion-list, one tr.discussion per topic (the pinned one
    first), "Iniciado por" and "Última mensagem" cells ("qui, 19 nov 2026, 21:40"), reply
    counts; five topics, one thread record each in page order; "Próximo" to page 2. Read:
    moodle/moodle mod/forum/templates/discussion_list.mustache (and forum_discussion_post
    .mustache for the engine's names).
  - a REDMINE forum message (Polish, "Klub Krótkofalowców SP-Nasłuch", a balcony aerial): h2 the
    subject, div.message and div.message.reply, "Dodane przez NAME 3 dni temu" where "3 dni" is
    a link whose title is the exact time ("2026-11-17 09:14"): RELATIVE dates ("1 dzień", "około
    5 godzin", "około godziny") with the minute in the title; "Tomasz Wrona napisał:" over a
    blockquote a quote. Read: redmine/redmine app/views/messages/show.html.erb and
    config/locales/pl.yml (label_added_time_by, the distance words, text_user_wrote).
  - a HYPERKITTY thread, a mailing-list archive (Estonian, "Mesinike postiloend", wintering
    bees): div.email per mail, span.name the sender, the day ("teisipäev, 17 november 2026";
    the replies' day only where it changes, HyperKitty's ifchanged: the last mail has none and
    is of the day before it) and div.time; a mail's quote is its attribution line ("T, 17. nov
    2026 kell 21:14 kirjutas Jaan Tamm:") over div.quoted-text; the "-- " signature no body; no
    statistics per sender (no author records). Read: hyperkitty/hyperkitty
    hyperkitty/templates/hyperkitty/thread.html, messages/message.html, ajax/replies.html and
    templatetags hk_generic.py's snip_quoted.
  - a LIFERAY 6.2 message-boards thread (Greek, "Λέσχη Ερασιτεχνών Αστρονόμων", an eyepiece for
    Saturn): table.thread-message-view per message, the user display's "Δημοσιεύσεις: 214" and
    "Ημερομηνία Εγγραφής: 14/3/2019" (day/month/year, no leading zeros), the times in a 12-hour
    clock ("17/11/2026 9:14 μμ" is 21:14, "πμ" before noon); the third message quotes TWO
    members (div.quote-title "NAME:" over div.quote); "Δημοσιεύτηκε ως απάντηση σε: NAME." (a
    reply's parent) no quote. Read: dinolupo/Liferay6.2-fixed portal-web/docroot/html/portlet/
    message_boards/view_thread_message.jsp and Liferay's BBCodeTranslatorImpl.handleQuote.
  - a DNN ACTIVE FORUMS topic (Turkish, "Ahşap Oyma Atölyesi", a first carved spoon): td
    .afpostinfo with the name and "Mesajlar:86" (no join day shown: joined None), td.afsubrow
    the time ("16.11.2026 19:30"), div.afpostbody the body, td.afpostsig the SIGNATURE and td
    .afposteditdate the EDIT NOTE ("Değiştiren: NAME - 17.11.2026 08:20") no body. Read:
    ActiveForums/ActiveForums config/templates/TopicView.txt and ProfileInfo.txt.
  - a DNN ACTIVE FORUMS member PROFILE (Japanese, "和紙の会", washi paper makers): "楮の山本" the
    member, "登録日: 2019/03/14" joined, "最終訪問: 2026/11/19 22:10" the last visit (no join
    day), "投稿数: 2318" the posts. Read: ActiveForums/ActiveForums config/templates/
    _UserProfile.txt.

market pages (written from memory of public descriptions of darknet-market layouts; every
market, vendor, product, price and class name is invented; only innocuous goods: tea, amber
beads, linen, a mug, a woollen blanket, kilims)
  - a Traditional Chinese LISTING in BIG5 ("山嵐市集"): h1.qm-title; "NT$ 1,280" the price (New
    Taiwan dollars; "約 0.2500 XMR" a conversion, the rates bar and the postage options no
    price); a th/td table 賣家 alishan_ming, 分類 茶葉, 出貨地 台灣, 配送至 "台灣、香港、澳門" (an
    ideographic comma between places).
  - a Latvian GRID OF CARDS ("Dzintara Tirgus", "Jaunumi"): four div.dg-karte with a category
    badge, a title, "Pārdevējs: VENDOR", "Nosūta no: FROM · Piegāde: TO" and "1 150,00 €" (a
    space between thousands, a decimal comma, the sign after); the sidebar's categories are no
    cards; "Nākamā »" to page 2.
  - a Serbian VENDOR page in Cyrillic ("Пијаца Ластавица"): h1 Пиротски_ћилим (its badge and
    level no name), "Члан од: 9. јун 2021.", "Оцене: 1.482 (98,7% позитивних)" (a dot between
    thousands; "Продаје: 2.306" are sales), "Отисак кључа:" the fingerprint in groups of four
    over the armoured key; the three offers are links, not records; two recent reviews.
  - an Arabic LOGIN WALL, right to left ("سوق الياسمين"): a product address sends a guest to
    "يجب تسجيل الدخول أولاً" with a user name, a password and "تسجيل الدخول"; no records.
The key is a REAL OpenPGP v4 public key (ed25519) generated for this round with gpg in a
throwaway GnuPG home under /tmp that was deleted afterwards.

How close each page is to a real site: the six forum pages follow their engines' public
templates as read (class names, element order, the engines' own quirks: Moodle's pinned row,
Redmine's titled ages, HyperKitty's ifchanged day and snipped quotes, Liferay's user display and
BBCode quote, Active Forums' table cells), with frames (theme, menus, footers) written from memory
of the engines' default themes; the four market pages are shaped from memory. Page frames,
strings and all content are invented for this round; sites and addresses are fictional (.example
hosts and made-up 56-character .onion names; no link to an engine's own site was kept).

Truth conventions, as rounds 24-35: a post's body without quotes, signatures and edit notes (a
mail's attribution line and its quoted lines are its quote, as round 22's pipermail); quotes name
the quoted members; a time the page shows only relative resolves against the harness's NOW_TIME
(2026-11-20 12:00), one that a title gives exactly is that time; an author record for every
poster whose statistics the page shows, once, in order of first post; a board's topic list
carries one {"type": "thread", "title"} per topic in page order; a listing's price is the one a
buyer pays (conversions and extras no price) in the currency shown; the category is the last
crumb or the labelled value; a vendor page's product links give no listing records; a login
page none.

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (7238575) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 37 --side holdout --misses``): those of 59fab6f (the last session's end) and of fcfbaef
(rounds 34 and 35 mended). None had seen this round's pages; every helper who wrote those mends
kept it out of every scan.

    template                  59fab6f  fcfbaef
    moodle_discussions_pt_br    0.000    0.000  (a discussion list read as a thread)
    activeforums_profile_ja     0.250    0.250  (the site's name for the member's)
    hyperkitty_thread_et        0.471    0.471  (a mail's attribution line; quotes)
    shanlan_listing_zh_hant     0.615    0.615  (NT$ read as USD; vendor; places)
    liferay_mb_thread_el        0.755    0.755  (join days for post dates; the title)
    dzintaratirgus_cards_lv     0.929    0.929  (the cards' vendors)
    redmine_message_pl          0.947    0.947  (a time in a link's title)
    activeforums_topic_tr, lastavica_vendor_sr, yasmin_login_ar 1.000
    overall                     0.736    0.736

This round and round 36 are the first blind measure of this session: the parsers of 59fab6f are
those of the last session's end, those of fcfbaef carry the mends of rounds 34 and 35 too (a
profile's statistics in tiles or in prose, a board list taken for posts, routes written as a
sentence, labelled places side by side, a shop front named by its heading). None of them carried
here (+0.000): this round's five forum engines (Moodle, Redmine, HyperKitty, Liferay, DNN Active
Forums) are new to every round. Blind scores of the rounds (3 to 36): 0.646, 0.778, 0.714, 0.946,
0.798, 0.699, 0.601, 0.750, 0.857, 0.466, 0.612, 0.538, 0.773, 0.313, 0.694, 0.684, 0.376, 0.578,
0.517, 0.514, 0.848, 0.777, 0.858, 0.406, 0.782, 0.902, 0.752, 0.831, 0.738, 0.820, 0.891, 0.770,
0.942, 0.679 and here 0.736 (0.736 at this session's start). KNOWN_MISSES holds every wrong value
of fcfbaef. This round is BLIND: do not tune the parsers on its pages; mend a miss only as a
general mechanism, with test pages of its own, and say so here.

Mended after its blind measure, each miss by a general mechanism with test pages of its own
(74fe5fa to 06dd417): zebra-striped post blocks one kind (parsers.post_blocks); a mail's
attribution line and signature (parsers.mail_quotes); a day's exact time in a title beside it and
a date as a text's short first line (parsers.post_dates); Greek day halves without dots
(parsers.times_of_day) and join labels; the heading the replies repeat is the title
(parsers.thread_title); a topic table's row heading cells and its last post's address
(parsers.index_shape); a linked logo is no avatar (parsers.member_card); a dollar sign with the
letters that say whose (parsers.cldr_currency); places in each script of the page's language
(parsers.cldr_places); a seller named by a rated link (parsers.rated_handle): 0.736 -> 1.000.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from tests.general_rounds import (
    NOW_TIME,
    Round,
    _author,
    _listing,
    _post,
    _vendor,
    shown_number,
    v4_fingerprint,
)

DATA = Path(__file__).parent / "data" / "general_r37"

_ATEL = "http://ateliedeencadernacao2ndsppfpkexjeaxok5buvo3eup77rcnzg2wd.onion"
_KROT = "http://krotkofalowcyynx7zrisd6wzbzj7msri5zpwxqnb5lyt5jlwwi24qmd.onion"
_MESI = "http://mesinikudearhiiv75gpurnvvfkwgpwdgqommfhs7ejl3tjkbied2zbd.onion"
_ASTR = "http://leschiastronomiasuaoe3twzmzdk6ir4d2q7fdymcsojvcxaf2s4z4d.onion"
_AHSAP = "http://ahsapoymaatolyesix57ll2k5zig7dbqxhg2udc4idovbgm7bzfdktdd.onion"
_WASHI = "http://washinokaiynxnsgbjct43eigj6t6ofw4vq2xp7lbauawhv2kx3omxhd.onion"
_SHAN = "http://shanlanshijinawrbvyn2kab675j53liajcwd6j4f7q3wxncba7dy6ud.onion"
_DZIN = "http://dzintaratirgus3nc25n56lyppdkhit7pnoqml7txlbx5rpfszab2xdd.onion"
_LAST = "http://lastavicapijacauzgqhvubdm4ihonrkce6hkewoxrbk6vgo34vyu6qd.onion"
_YASM = "http://souqalyasminudqx2c4hjdmfzh6c32dfcroaxdskub7otjukecnulukd.onion"
_FP_LAST = "F5F1DE5F6EE23DB6FC6ECD496A4E82528748F401"

#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {"holdout/shanlan_listing_twd_zh_hant_big5.html": "big5"}

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # Moodle discussion list, Brazilian Portuguese: five tr.discussion rows, the topic link of
    # th.topic the titles, one thread each in page order (starters, last posts and reply counts
    # no title); "Próximo" to page 2 (p=1).
    "holdout/moodle_discussion_list_pt_br.html": {
        "template": "moodle_discussions_pt_br", "url": _ATEL + "/mod/forum/view.php?id=42",
        "type": "forum_index", "next": _ATEL + "/mod/forum/view.php?id=42&p=1",
        "records": [
            {"type": "thread", "title": "Qual linha usar na costura copta?"},
            {"type": "thread", "title": "Cola PVA ou cola de amido para a lombada?"},
            {"type": "thread", "title": "Papel com a fibra na direção errada: ainda dá para aproveitar?"},
            {"type": "thread", "title": "Dúvida sobre o exercício 3 (caderno de bolso)"},
            {"type": "thread", "title": "Onde comprar papelão paraná em pequenas quantidades"},
        ],
    },
    # Redmine message, Polish: h2 the subject; "Dodane przez NAME AGE temu" the names, the age
    # link's title the exact time; "Tomasz Wrona napisał:" over a blockquote a quote. No
    # statistics: no author records.
    "holdout/redmine_board_message_pl.html": {
        "template": "redmine_message_pl", "url": _KROT + "/boards/3/topics/118", "type": "thread",
        "records": [
            {"type": "thread", "title": "Dipol na 40 m na balkonie – jaki balun?"},
            _post("Tomasz Wrona", "2026-11-17T09:14:00", 0,
                  "Mieszkam na czwartym piętrze i mam do dyspozycji balkon o szerokości około 6 metrów.\n"
                  "Chcę zawiesić skrócony dipol na pasmo 40 m. Czy wystarczy balun prądowy 1:1 na rdzeniu "
                  "FT240-43?", []),
            _post("Krzysztof Bednarz", "2026-11-19T08:30:00", 1,
                  "Balun 1:1 na FT240-43 wystarczy, nawiń kilkanaście zwojów kabla RG-58.\n"
                  "Przy skróconym dipolu ważniejsze będzie dobre strojenie cewek wydłużających.", []),
            _post("Agnieszka Sowa", "2026-11-20T07:02:00", 2,
                  "Tak, u mnie działa od dwóch lat bez problemu.\n"
                  "Zwróć tylko uwagę na regulamin wspólnoty mieszkaniowej, bo u nas sąsiedzi pytali o kable "
                  "na elewacji.", ["Tomasz Wrona"]),
            _post("Tomasz Wrona", "2026-11-20T10:48:00", 3,
                  "Dziękuję wszystkim, w weekend zamawiam rdzeń i dam znać, jak wyszło.", []),
        ],
    },
    # HyperKitty thread, Estonian: h3 the subject; span.name the senders; the day span (only
    # where it changes) and div.time the times; "DAY kell TIME kirjutas NAME:" over
    # div.quoted-text a quote; the "-- " signature no body. No statistics: no author records.
    "holdout/hyperkitty_thread_et.html": {
        "template": "hyperkitty_thread_et",
        "url": _MESI + "/hyperkitty/list/mesinikud@lists.taruleht.example/thread/"
                       "QF7ZK2MNVYH3TAXC4W6DJE5RLSB2PGUO/",
        "type": "thread",
        "records": [
            {"type": "thread", "title": "Kas talvel tohib tarusid avada?"},
            _post("Jaan Tamm", "2026-11-17T21:14:00", 0,
                  "Mul on aias neli tarru ja eile oli õues pea kümme kraadi sooja.\n"
                  "Kas sellise ilmaga tohib kaane korraks pealt tõsta, et toiduvarusid kontrollida?", []),
            _post("Mari Kask", "2026-11-18T09:12:00", 1,
                  "Lühidalt tohib, kui teed seda kiiresti ja raame välja ei tõsta.\n"
                  "Parem on aga taru tagumisest otsast kergitada ja kaaluda – raske taru tähendab, et toitu "
                  "on piisavalt.", ["Jaan Tamm"]),
            _post("Peeter Saar", "2026-11-20T08:47:00", 2,
                  "Mina panin sügisel tarude alla kaalud ja vaatan numbreid telefonist, nii ei pea talvel "
                  "midagi avama.", []),
            _post("Jaan Tamm", "2026-11-20T10:05:00", 3,
                  "Aitäh, kaalud tunduvad hea mõte. Proovin kevadeks ühe ära.", ["Peeter Saar"]),
        ],
    },
    # Liferay message boards, Greek: h3.header-title the subject; span.user-name the names;
    # "Δημοσιεύσεις:" / "Ημερομηνία Εγγραφής:" the statistics; "D/M/YYYY H:MM πμ|μμ" the times;
    # two div.quote-title in the third message; the reply-to line no quote.
    "holdout/liferay_mb_thread_el.html": {
        "template": "liferay_mb_thread_el",
        "url": _ASTR + "/web/leschi/syzitiseis/-/message_boards/view_message/40917", "type": "thread",
        "records": [
            {"type": "thread", "title": "Ποιο προσοφθάλμιο για τον Κρόνο;"},
            _post("Νίκος Παππάς", "2026-11-17T21:14:00", 0,
                  "Έχω ένα Dobson 8 ιντσών και μέχρι τώρα χρησιμοποιώ μόνο το προσοφθάλμιο των 25 mm που "
                  "είχε μαζί.\n"
                  "Για τον Κρόνο και τους δακτυλίους του τι θα μου προτείνατε;", []),
            _post("Ελένη Βλάχου", "2026-11-18T10:05:00", 1,
                  "Δοκίμασε ένα 9 mm ή ένα 10 mm, με το Dobson σου δίνει γύρω στις 120 φορές μεγέθυνση.\n"
                  "Πάνω από 200 φορές σπάνια βοηθάει η ατμόσφαιρα εδώ στην Αθήνα.", []),
            _post("Γιώργος Ζαχαρίου", "2026-11-19T23:40:00", 2,
                  "Ένα 10 mm είναι η καλύτερη αρχή, κατά τη γνώμη μου.\n"
                  "Συμφωνώ, τη διαίρεση του Κασσίνι τη βλέπω μόνο σε πολύ ήσυχες νύχτες.",
                  ["Νίκος Παππάς", "Ελένη Βλάχου"]),
            _post("Νίκος Παππάς", "2026-11-20T09:30:00", 3,
                  "Ευχαριστώ και τους δύο, παρήγγειλα ένα 10 mm και θα γράψω εντυπώσεις.", []),
            _author("Νίκος Παππάς", 214, "2019-03-14"),
            _author("Ελένη Βλάχου", 1386, "2015-09-02"),
            _author("Γιώργος Ζαχαρίου", 57, "2025-08-21"),
        ],
    },
    # Active Forums topic, Turkish: div.aftitlelg the title; a.af-profile-link the names;
    # "Mesajlar:N" the posts (no join day shown); td.afsubrow the times; td.afpostsig and
    # td.afposteditdate no body. No quotes.
    "holdout/activeforums_topic_tr.html": {
        "template": "activeforums_topic_tr", "url": _AHSAP + "/Forum/aff/12/aft/845/afv/topic",
        "type": "thread",
        "records": [
            {"type": "thread", "title": "Ihlamur mu, kayın mı? İlk kaşık için ağaç seçimi"},
            _post("oymaci_selim", "2026-11-16T19:30:00", 0,
                  "Yeni başlayanlar için ilk kaşıkta hangi ağacı önerirsiniz?\n"
                  "Elimde kurumuş kayın ve taze kesilmiş ıhlamur var.", []),
            _post("kasikci_ayse", "2026-11-17T08:05:00", 1,
                  "Kesinlikle taze ıhlamur. Yaşken çok kolay oyulur, yavaş kurutursan da çatlamaz.\n"
                  "Kayın kuruysa bıçağı çabuk köreltir.", []),
            _post("bicak_emre", "2026-11-19T22:50:00", 2,
                  "Ben de ıhlamurla başladım. Oyma bıçağını her akşam deri kayış üzerinde bilemeyi unutma.",
                  []),
            _post("oymaci_selim", "2026-11-20T09:10:00", 3,
                  "Teşekkürler, hafta sonu ıhlamurdan ilk kaşığı deneyeceğim.", []),
            _author("oymaci_selim", 86, None),
            _author("kasikci_ayse", 2417, None),
            _author("bicak_emre", 530, None),
        ],
    },
    # Active Forums profile, Japanese: span.af-profile-name 楮の山本; "登録日: 2019/03/14" joined
    # ("最終訪問" the last visit); "投稿数: 2318" the posts.
    "holdout/activeforums_profile_ja.html": {
        "template": "activeforums_profile_ja", "url": _WASHI + "/Forum/afv/profile/uid/92", "type": "profile",
        "records": [_author("楮の山本", 2318, "2019-03-14")],
    },
    # Traditional Chinese listing in Big5: h1.qm-title; "NT$ 1,280" the price (the XMR
    # conversion, the rates bar and postage no price); 賣家 alishan_ming; 分類 茶葉 (the last
    # crumb too); 出貨地 台灣; 配送至 three places.
    "holdout/shanlan_listing_twd_zh_hant_big5.html": {
        "template": "shanlan_listing_zh_hant", "url": _SHAN + "/shangpin/50317", "type": "listing",
        "records": [_listing("阿里山高山烏龍茶 150g 真空包", 1280.0, "TWD", "alishan_ming", "茶葉", "台灣",
                             ["台灣", "香港", "澳門"])],
    },
    # Latvian cards: four div.dg-karte; a.dg-nosaukums the title; span.dg-kat the category;
    # "Pārdevējs:" the vendor; "Nosūta no: FROM · Piegāde: TO"; "PRICE €". The sidebar's
    # categories are no cards; "Nākamā »" to page 2.
    "holdout/dzintaratirgus_cards_eur_lv.html": {
        "template": "dzintaratirgus_cards_lv", "url": _DZIN + "/jaunumi", "type": "listing_index",
        "next": _DZIN + "/jaunumi?lapa=2",
        "records": [
            _listing("Dzintara krelles, 45 cm", 38.0, "EUR", "Liepajas_dzintars", "Rotaslietas", "Latvija",
                     ["Eiropas Savienība"]),
            _listing("Lina dvieļu komplekts, 2 gab.", 24.5, "EUR", "Linu_darbnica", "Tekstils", "Latvija",
                     ["Baltijas valstis"]),
            _listing("Keramikas krūze ar pūces zīmējumu", 16.9, "EUR", "Podnieks_Janis", "Keramika",
                     "Latvija", ["Visa pasaule"]),
            _listing("Austs vilnas pleds, roku darbs", 1150.0, "EUR", "Aushanas_seta", "Tekstils", "Latvija",
                     ["Eiropas Savienība"]),
        ],
    },
    # Serbian vendor in Cyrillic: h1.lz-ime Пиротски_ћилим; "Оцене: 1.482 (98,7% позитивних)";
    # "Члан од: 9. јун 2021."; the key in pre.lz-kljuc. The three offers are links of this
    # page, not records of it.
    "holdout/lastavica_vendor_pgp_sr_cyrl.html": {
        "template": "lastavica_vendor_sr", "url": _LAST + "/prodavac/4471", "type": "vendor",
        "records": [_vendor("Пиротски_ћилим", 1482, 98.7, "2021-06-09", _FP_LAST)],
    },
    # Arabic login wall: a guest sent from a product to a user name, a password and "تسجيل
    # الدخول"; no records.
    "holdout/yasmin_login_wall_ar.html": {
        "template": "yasmin_login_ar", "url": _YASM + "/login?next=/product/7731", "type": "login",
        "records": [],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers give on the holdout side where it differs from TRUTH: measured blind with the
# parsers of 59fab6f and fcfbaef, re-recorded after the mends (5912397): none.
KNOWN_MISSES: dict[str, dict[str, Any]] = {}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(1.0)
_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)

_text = ROUND.page_text(ENCODINGS)
_posts = ROUND.records_of("post")
_listings = ROUND.records_of("listing")
_authors = ROUND.author_stats
_NOW = NOW_TIME.replace(tzinfo=None)




def test_six_forum_pages_and_four_market_pages() -> None:
    kinds = [t["type"] for t in TRUTH.values()]
    counts = [kinds.count(k) for k in ("thread", "forum_index", "profile", "listing", "listing_index",
                                       "vendor", "login")]
    assert counts == [4, 1, 1, 1, 1, 1, 1]
    for page, truth in TRUTH.items():
        if truth["type"] == "thread":
            authors = [p["author"] for p in _posts(page)]
            assert [p["index"] for p in _posts(page)] == list(range(len(authors)))
            # Every thread has a poster who posts twice: one author record each, in order.
            assert len(set(authors)) < len(authors), page
            named = [r["name"] for r in ROUND.records_of("author")(page)]
            assert named in ([], list(dict.fromkeys(authors))), page
        elif truth["type"] == "forum_index":
            assert {r["type"] for r in truth["records"]} == {"thread"}
        elif truth["type"] == "login":
            assert truth["records"] == []
        else:
            assert truth["records"] and _posts(page) == [], page
    # One thread quotes two members, two quote one, one quotes none.
    quoting = sorted(max(len(p["quotes"]) for p in _posts(page)) for page in TRUTH
                     if TRUTH[page]["type"] == "thread")
    assert quoting == [0, 1, 1, 2]


def test_ten_languages_none_english_one_right_to_left_and_one_in_big5() -> None:
    langs = ROUND.page_langs(ENCODINGS)
    assert sorted(langs.values()) == ["ar", "el-GR", "et", "ja-JP", "lv", "pl", "pt-br", "sr-Cyrl", "tr-TR",
                                      "zh-Hant"]
    assert not any(lang.startswith("en") for lang in langs.values())
    assert set(ENCODINGS) == {page for page in TRUTH if "big5" in page}
    assert '<html lang="ar" dir="rtl">' in _text("holdout/yasmin_login_wall_ar.html")


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
test_every_post_body_is_written_on_its_page_line_by_line = ROUND.bodies_on_its_page(ENCODINGS)
test_every_address_of_the_truth_and_the_pages_is_a_fictional_host = ROUND.fictional_hosts(ENCODINGS)


def test_the_chinese_listing_is_big5_with_its_own_bytes() -> None:
    raw = (DATA / "holdout" / "shanlan_listing_twd_zh_hant_big5.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'content="text/html; charset=big5"' in raw and raw.count(b"charset=") == 1
    # Two bytes a character: 烏 0xAF51, 龍 0xC073, 茶 0xAFF9; 配送至 (ships to) 0xB074 0xB065 0xA6DC.
    assert b"\xaf\x51\xc0\x73\xaf\xf9" in raw and b"\xb0\x74\xb0\x65\xa6\xdc" in raw
    assert "烏龍茶" not in raw.decode("latin-1")


def test_the_moodle_list_gives_its_topics_in_page_order_and_its_next_page() -> None:
    page = "holdout/moodle_discussion_list_pt_br.html"
    text = _text(page)
    rows = re.findall(r'<tr class="discussion[^"]*" data-region="discussion-list-item".*?'
                      r'<a class="w-100 h-100 d-block" href="[^"]+" title="([^"]+)"', text, re.S)
    assert rows == [r["title"] for r in TRUTH[page]["records"]]
    assert "Exibindo 5 de 13 tópicos de discussão" in text and 'title="Discussão fixada"' in text
    nexts = re.findall(r'<a href="([^"]+)" class="page-link">\s*<span aria-hidden="true">&raquo;</span>\s*'
                       r'<span class="sr-only">Próximo</span>', text)
    assert [n.replace("&amp;", "&") for n in nexts] == [TRUTH[page]["next"]]
    # The reply counts and last posts are cells of the rows, no titles.
    assert re.findall(r'<td class="p-0 text-center align-middle fit-content px-2">\s*<span>(\d+)</span>',
                      text) == ["4", "7", "2", "0", "12"]


def _pl_age(minutes: int) -> str:
    """Rails' distance_of_time_in_words in Redmine's Polish (config/locales/pl.yml), for the
    ranges this page uses: about an hour, about N hours, a day, N days."""
    if 45 <= minutes < 90:
        return "około godziny"
    if 90 <= minutes < 1440:
        return f"około {int(minutes / 60 + 0.5)} godzin"
    if 1440 <= minutes < 2520:
        return "1 dzień"
    assert 2520 <= minutes < 43200
    return f"{int(minutes / 1440 + 0.5)} dni"


def test_the_redmine_ages_are_relative_and_their_titles_the_truths_times() -> None:
    page = "holdout/redmine_board_message_pl.html"
    text = _text(page)
    shown = re.findall(r'Dodane przez <a class="user active" href="/users/\d+">([^<]+)</a> '
                       r'<a title="(\d{4}-\d\d-\d\d \d\d:\d\d)" href="[^"]+">([^<]+)</a> temu', text)
    posts = _posts(page)
    assert [(n, f"{t.replace(' ', 'T')}:00") for n, t, _ in shown] == [
        (p["author"], p["posted_at"]) for p in posts]
    # Each age is what Redmine writes for its title's time at the capture time.
    for _, title, age in shown:
        minutes = int((_NOW - datetime.strptime(title, "%Y-%m-%d %H:%M")).total_seconds() // 60)
        assert _pl_age(minutes) == age
    assert [age for *_, age in shown] == ["3 dni", "1 dzień", "około 5 godzin", "około godziny"]
    assert "<p>Tomasz Wrona napisał:</p>" in text and posts[2]["quotes"] == ["Tomasz Wrona"]
    assert all("napisał" not in p["body"] for p in posts) and not ROUND.records_of("author")(page)


_ET_MONTHS = {"november": 11}


def test_the_hyperkitty_days_carry_over_and_quotes_and_signatures_are_no_body() -> None:
    page = "holdout/hyperkitty_thread_et.html"
    text = _text(page)
    mails = text.split('class="email-header"')[1:]
    assert len(mails) == len(_posts(page)) == 4
    day, times = None, []
    for mail in mails:
        name = re.search(r'<span class="name">\s*<a [^>]*>([^<]+)</a>', mail).group(1)  # type: ignore[union-attr]
        found = re.search(r'<span class="date d-none d-sm-inline">\s*\w+, (\d+) (\w+)\s*(\d{4})?\s*</span>',
                          mail)
        if found:  # HyperKitty's ifchanged: the day is written only where it changes
            day = (int(found.group(3) or 2026), _ET_MONTHS[found.group(2)], int(found.group(1)))
        clock = re.search(r'<div class="time">\s*<span title="Saatja aeg: [^"]+">(\d\d:\d\d)</span>', mail)
        assert day is not None and clock is not None
        times.append((name, f"{day[0]}-{day[1]:02}-{day[2]:02}T{clock.group(1)}:00"))
    assert times == [(p["author"], p["posted_at"]) for p in _posts(page)]
    assert text.count('<span class="date d-none d-sm-inline">') == 3
    attributions = re.findall(r"kell \d\d:\d\d kirjutas ([^:<]+):\n<div class=\"quoted-switch\">", text)
    assert attributions == ["Jaan Tamm", "Peeter Saar"] == [q for p in _posts(page) for q in p["quotes"]]
    assert text.count("\n-- \nJaan Tamm\nTartumaa, Kambja mesila\n") == 2
    assert all("kirjutas" not in p["body"] and "Kambja" not in p["body"] for p in _posts(page))
    assert not ROUND.records_of("author")(page) and "Osalejad (3)" in text


def test_the_liferay_stats_twelve_hour_times_and_two_quotes_are_the_truths() -> None:
    page = "holdout/liferay_mb_thread_el.html"
    text = _text(page)
    stats = re.findall(r'<span class="user-name">([^<]+)</span>.*?<span>Δημοσιεύσεις:</span> (\d+).*?'
                       r"<span>Ημερομηνία Εγγραφής:</span> (\d+)/(\d+)/(\d{4})", text, re.S)
    assert {(n, int(c), f"{y}-{int(m):02}-{int(d):02}") for n, c, d, m, y in stats} == _authors(page)
    shown = re.findall(r"</div>\s*(\d+)/(\d+)/(\d{4}) (\d+):(\d\d) (πμ|μμ)\s", text)
    # A 12-hour clock: "μμ" (after noon) adds twelve hours, "12:xx πμ" is past midnight.
    times = [f"{y}-{int(m):02}-{int(d):02}T{int(h) % 12 + (12 if half == 'μμ' else 0):02}:{mi}:00"
             for d, m, y, h, mi, half in shown]
    assert times == [p["posted_at"] for p in _posts(page)]
    assert re.findall(r'<div class="quote-title">([^<]+):</div>', text) == _posts(page)[2]["quotes"]
    # A reply's parent is named, but that is no quote.
    assert text.count("Δημοσιεύτηκε ως απάντηση σε:") == 3
    assert [p["quotes"] for p in _posts(page)] == [[], [], ["Νίκος Παππάς", "Ελένη Βλάχου"], []]


def test_the_active_forums_topic_keeps_signatures_and_edit_notes_out_of_bodies() -> None:
    page = "holdout/activeforums_topic_tr.html"
    text = _text(page)
    boxes = re.findall(r'<a href="[^"]+" class="af-profile-link" rel="nofollow">([^<]+)</a>.*?'
                       r"\nMesajlar:(\d+)\n", text, re.S)
    assert {(n, int(c), None) for n, c in boxes} == _authors(page)
    times = re.findall(r'<td class="afsubrow"><a name="\d+"></a>(\d\d)\.(\d\d)\.(\d{4}) (\d\d:\d\d)</td>',
                       text)
    assert [(f"{y}-{m}-{d}T{t}:00") for d, m, y, t in times] == [p["posted_at"] for p in _posts(page)]
    sigs = re.findall(r'<td colspan="2" class="afpostsig">(.*?)</td>', text)
    edits = re.findall(r'<td colspan="2" class="afposteditdate" align="right">(.*?)</td>', text)
    assert [bool(s) for s in sigs] == [True, True, False, True]
    assert edits[1] == "Değiştiren: kasikci_ayse - 17.11.2026 08:20" and edits[3].startswith("Değiştiren:")
    assert all("sabır" not in p["body"] and "meditasyon" not in p["body"] and "Değiştiren" not in p["body"]
               for p in _posts(page))


def test_the_active_forums_profile_joined_is_its_registration_day_not_its_last_visit() -> None:
    page = "holdout/activeforums_profile_ja.html"
    text = _text(page)
    (member,) = ROUND.records_of("author")(page)
    assert f'<span class="af-profile-name">{member["name"]}</span>' in text
    y, m, d = re.search(r"登録日: (\d{4})/(\d\d)/(\d\d)<br />", text).groups()  # type: ignore[union-attr]
    assert f"{y}-{m}-{d}" == member["joined"]
    assert int(re.search(r"投稿数: (\d+)<br />", text).group(1)) == member["post_count"]  # type: ignore[union-attr]
    assert "最終訪問: 2026/11/19 22:10" in text and TRUTH[page]["type"] == "profile"


def test_the_chinese_listing_price_is_in_new_taiwan_dollars_and_its_conversion_no_price() -> None:
    page = "holdout/shanlan_listing_twd_zh_hant_big5.html"
    text = _text(page)
    (listing,) = _listings(page)
    price = shown_number(re.search(r'<span class="qm-price">NT\$ ([\d,]+)</span>', text).group(1), ",")  # type: ignore[union-attr]
    assert price == listing["price"] and listing["currency"] == "TWD"
    rate = shown_number(re.search(r"1 XMR = NT\$ ([\d,]+)", text).group(1), ",")  # type: ignore[union-attr]
    xmr = float(re.search(r'<span class="qm-conv">約 ([\d.]+) XMR</span>', text).group(1))  # type: ignore[union-attr]
    assert round(price / rate, 4) == xmr
    facts = dict(re.findall(r"<tr><th>([^<]+)</th><td>(?:<a [^>]+>)?([^<]+)", text))
    assert (facts["賣家"], facts["分類"], facts["出貨地"]) == (listing["vendor"], listing["category"],
                                                         listing["ships_from"])
    assert facts["配送至"].split("、") == listing["ships_to"]
    assert re.findall(r'<a href="/fenlei/[a-z/]+">([^<]+)</a>', text)[-1] == listing["category"]


def test_the_latvian_cards_are_the_truths_and_the_sidebar_no_cards() -> None:
    page = "holdout/dzintaratirgus_cards_eur_lv.html"
    text = _text(page)
    cards = re.findall(r'<span class="dg-kat">([^<]+)</span>\s*'
                       r'<a class="dg-nosaukums" href="[^"]+">([^<]+)</a>\s*'
                       r'<div class="dg-pardevejs">Pārdevējs: <a href="[^"]+">([^<]+)</a>.*?</div>\s*'
                       r'<div class="dg-marsruts">Nosūta no: (\S+) · Piegāde: ([^<]+)</div>\s*'
                       r'<div class="dg-cena">([\d ,]+) €</div>', text)
    ROUND.check_listings([(t, shown_number(p, " ", ","), "EUR", v, c, f, [to])
                          for c, t, v, f, to, p in cards], page)
    assert text.count('class="dg-karte"') == 4 and '<aside class="dg-sanu">' in text
    assert '<a class="dg-nakama" href="/jaunumi?lapa=2">Nākamā »</a>' in text
    assert TRUTH[page]["next"] == TRUTH[page]["url"] + "?lapa=2"


def test_the_serbian_vendor_key_is_real_and_its_fingerprint_the_one_shown() -> None:
    page = "holdout/lastavica_vendor_pgp_sr_cyrl.html"
    text = _text(page)
    # The base64 lines between the armour's blank line and its CRC line ("=+okz").
    armour = re.search(r'<pre class="lz-kljuc">-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=\S{4}\n'
                       r"-----END PGP PUBLIC KEY BLOCK-----", text, re.S).group(1)  # type: ignore[union-attr]
    assert v4_fingerprint(armour) == _FP_LAST
    shown = re.search(r"Отисак кључа: ([0-9A-F ]+)</p>", text).group(1)  # type: ignore[union-attr]
    assert shown.replace(" ", "") == _FP_LAST
    (vendor,) = ROUND.records_of("vendor")(page)
    assert f'<h1 class="lz-ime">{vendor["name"]}</h1>' in text
    count, pct = re.search(r"<td>Оцене:</td><td>([\d.]+) \(([\d,]+)% позитивних\)", text).groups()  # type: ignore[union-attr]
    assert int(count.replace(".", "")) == vendor["feedback_count"]
    assert shown_number(pct, ".", ",") == vendor["rating"]
    assert "<td>Члан од:</td><td>9. јун 2021.</td>" in text and vendor["member_since"] == "2021-06-09"
    assert "<td>Продаје:</td><td>2.306</td>" in text  # sales, not reviews
    assert vendor["has_pgp_key"] is True and _listings(page) == [] and text.count('href="/artikal/') == 3


def test_the_arabic_login_wall_asks_for_a_member_and_carries_no_records() -> None:
    page = "holdout/yasmin_login_wall_ar.html"
    text = _text(page)
    assert '<input id="yq-pass" name="password" type="password"' in text
    assert '<button type="submit" class="yq-btn">تسجيل الدخول</button>' in text
    assert "يجب تسجيل الدخول أولاً" in text and "/product/7731" in TRUTH[page]["url"]
    assert TRUTH[page]["records"] == [] and "next" not in TRUTH[page]
