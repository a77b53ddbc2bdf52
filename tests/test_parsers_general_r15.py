"""parsers.parse_page on round-15 generality pages (tests/data/general_r15): a fully BLIND held-out
set. Ten pages, all on the HOLDOUT side (no tune side: no rule was written for any of them), each
rebuilt from a NAMED PUBLIC SOURCE of its engine's, shop's or site's markup (template files, or,
for sites whose templates are not public, the page structure that public scrapers of them read),
with fictional names, words and prices put in. Every page is an engine, template or layout that is
in none of rounds 3-14, tests/data/forums_general or tests/data/markets_general (their directories
were listed and grepped for each template's distinctive class names: none of tgme_widget, athing,
comhead, commtext, misago-markup, quote-block, productView, card-figcaption, prcIsum, mbg-nw,
perctg, member_info, detailed-status, status__content, simple_form, Listing-Detailed-Price or
Store-Title is in them; "post-side" is a substring of class names on round 14's HaveFnuBB and
django-machina pages, other engines with other markup). Nine languages; one page in ISO-8859-1.

forums and discussions (thread pages; each has an absolute or relative date per post and, where the
template shows them, quotes, author statistics and a next page)
  - a Hacker News ITEM page (news.arc), in English: laarc/laarc news.arc (item-page: the item's
    display-item row, then display-item-text, the story's own text, in the row below; the comment
    form; display-subcomments -> display-comment-tree -> display-comment: a table row per comment
    whose first td is a spacer image of width indent*40 px, a votelinks td, then gen-comment-body:
    span.comhead with the user link and the age, the navs, a br, the comment's text, and a "reply"
    link in font size 1). The class names of the HN markup as served (tr.athing.comtr, td.ind with
    its indent attribute, td.votelinks, a.hnuser, span.age, div.commtext, div.toptext, span.navs
    with parent/next/prev links) are those of another Arc fork's news.arc in the reference index
    (display-1comment: tag (tr class "athing comtr" id c!id); display-comment: td class 'ind
    indent; gen-comment-body: div class (string "commtext " (comment-class c))) whose repository
    the search tool did not name. Ages are relative only ("3 hours ago", "2 hours ago", "1 hour
    ago", "47 minutes ago"): news.arc's text-age writes no exact time. The second comment is a
    REPLY nested one level (indent 1, spacer 40 px), not a quote: HN has no quote markup. No
    author statistics, no next page. The page frame and all words are written here.
  - a MASTODON status page with its replies (server-rendered, Mastodon 3.x public view), in
    German: mastodon/mastodon app/views/statuses/_status.html.haml (div.entry with the h-entry /
    h-cite, u-comment and entry-center / entry-successor classes, the centred status then the
    descendants, the "sign in to participate" entry), _detailed_status.html.haml (the centred
    status: div.detailed-status > .p-author.h-card > a.detailed-status__display-name with
    strong.display-name__html and span.display-name__account; div.status__content > div.e-content;
    div.detailed-status__meta with data.dt-published and a.detailed-status__datetime > time
    .formatted, then the reply / reblog / favourite counts) and _simple_status.html.haml (the
    replies: div.status > div.status__info with a.status__relative-time > time.time-ago, the
    author block; div.status__content; div.status__action-bar). The times' text is l(created_at),
    absolute ("17. Nov. 2026, 18:40"). The page frame (public-layout, the nav, the .grid with
    .activity-stream, the account card in the side column) is written here from memory of
    Mastodon 3's public pages: the stored statuses/show.html.haml is the 4.x one, which only
    mounts the web app. The display names are empty, so Mastodon shows the username as the name
    (display_name falls back to it). A status page has no title; no author statistics, no quote, no next page.
  - a TELEGRAM channel web preview (t.me/s/channel), in Ukrainian, typed as a thread whose posts
    are the channel's messages: the structure JustAnotherArchivist/snscrape
    snscrape/modules/telegram.py reads (div.tgme_widget_message[data-post] in page order; its
    div.tgme_widget_message_footer > a.tgme_widget_message_date > time[datetime]; the text in
    div.tgme_widget_message_text; the author links in tgme_widget_message_user /
    tgme_widget_message_author; a.tme_messages_more[data-before] for older messages; the channel's
    div.tgme_channel_info with tgme_channel_info_header_title > span, _username, _description and
    the tgme_channel_info_counter spans). The message wrapper, bubble, owner name link
    (a.tgme_widget_message_owner_name), the views span, the reply preview
    (a.tgme_widget_message_reply with the replied message's author and first words) and the
    header are written here from memory of Telegram's preview pages; the time's text is the hour
    only ("18:40"), the date is in the datetime attribute. The third message replies to the
    first: its reply preview is a quote of the channel's own message.
  - a MISAGO (Django forum) thread, in Polish: rafalp/Misago misago/templates/misago/thread/
    posts/post/index.html (li#post-N.post > div.post-border > div.post-body > div.panel.panel-
    post), posts/post/header.html (div.panel-heading.post-heading > .post-heading-container with
    a.item-title > span[itemprop=author], the rank label, a.posted-on > time[itemprop=
    datePublished] "posted on DATE", span.posted-on-compact, the link button), posts/post/body.html
    (div.panel-body[itemprop=articleBody] > article.misago-markup), posts/post/side.html (div
    .post-side > .media with the avatar, .media-heading a.item-title, span.user-title and
    span.user-postcount "N posts"; placed before the post body here), thread/header.html (h1 in
    the page header with the breadcrumbs) and thread/pagination.html (ul.pager: li.page "Page
    <strong>1</strong> of <strong>2</strong>" and a next link whose only content is a glyphicon
    chevron, its title "Go to next page"). The quote's markup (aside.quote-block > div.quote-
    heading "@name napisał:" + blockquote.quote-body) follows Misago's markup snapshot test
    (div class="quote-heading"), its aside written here; the post footer's buttons and the page
    frame are written here. Post counts are shown ("87 postów", "2 318 postów"), join dates not.
markets
  - an eBay CLASSIC item page (View Item, the 2015-2019 layout), in French and in ISO-8859-1: the
    ids and classes public scrapers read from it, mariajesusmayor/python_web web_EBAY_precio.py
    (h1.it-ttl, span.notranslate price, w2b-sgl) and the selectors of other scrapers in the
    reference index (h1#itemTitle with its hidden "Details about" span, span#prcIsum[itemprop=
    price], span#fshippingCost, meta[itemprop=price]); the seller box (span.mbg-nw name, span.mbg-l
    "(score)" and "N% positive feedback"), the item location and "Ships to" lines, the breadcrumb,
    the item specifics and the shipping table are written here from memory of that layout. A
    fictional eBay-like site ("eBrocante"); prices are written "EUR 24,90" as eBay.fr wrote them
    (no euro sign, which ISO-8859-1 lacks).
  - the same site's MEMBER PROFILE page (a vendor page), in French: eddsalkield/ebay-scraper
    ebay_scraper/ebay_scraper/ebay_scraper.py _parse_profile_page (h2.bio.inline_value; div#
    member_info with a "Member since:" span whose parent holds span.info with the date; span
    .mem_loc; div.perctg "N% positive feedback"). The name with its feedback score in parentheses,
    the feedback summary ("2 418 évaluations reçues" and the 1/6/12-month table), the detailed
    seller ratings, the recent feedback and the items-for-sale list are written here. No PGP key.
  - a BigCommerce CORNERSTONE product page, in Brazilian Portuguese: bigcommerce/cornerstone
    templates/components/products/product-view.html (div.productView with its data- attributes;
    section.productView-images; section.productView-details > .productView-product with h1
    .productView-title, h2.productView-brand, div.productView-price, .productView-rating, dl
    .productView-info with dt/dd pairs (SKU, condition, availability, weight, shipping); the
    options section with the cart form and stock; article.productView-description) and
    templates/components/products/price.html (the withoutTax price sections: rrp hidden,
    non-sale "Era: R$ 229,00", the price with the "Agora:" price-now-label "R$ 189,90" and its
    schema.org meta, the saving "(Você economiza R$ 39,10)"). The breadcrumbs (ol.breadcrumbs >
    li.breadcrumb, the last is-active), the two related-product cards, header and footer are
    written here. The brand is the maker, not a vendor.
  - a BigCommerce CORNERSTONE category GRID (listing_index), in Dutch: bigcommerce/cornerstone
    templates/components/products/card.html (article.card > figure.card-figure with img
    .card-image and figcaption with the quick-view, compare and add-to-cart / out-of-stock
    buttons; div.card-body with p.card-text brand, h4.card-title > a, p.card-text with the price
    partial) and price.html as above. The ul.productGrid > li.product wrapper, the category
    heading, the sidebar, the pagination (nav.pagination > ul.pagination-list with
    li.pagination-item--next "Volgende") and the frame are written here. Five cards in euros,
    one on sale ("Was: € 8,50", "Nu: € 6,95"), one out of stock ("Uitverkocht", its price still
    shown).
  - an OPENBAZAAR store listing as its public web gateway rendered it (a peer-to-peer crypto
    market), in Spanish: OpenBazaar/openbazaar.com views/store_listing.php (div.Listing-
    Breadcrumb with div.Store-Title "store name" and the "Go to store" link; div.Listing-Title;
    div.Listing-Detailed-Price "N BTC" with the pricing-currency amount in an HTML comment; the
    rating "⭐ 4.8 (37)"; the type / condition box; the tags; the Description, Reviews ("DATE GMT
    by NAME"), Shipping ("Ships from: LOCATION", then per shipping option a header row with the
    option's name and rows of services with delivery time and BTC prices), Return Policy, Terms of
    Service and "More by STORE" boxes). The header and footer are written here; the strings are
    translated. The shipping options are named after the places they serve ("España", "Unión
    Europea"), as the option names are the seller's.
interstitials
  - a Mastodon SIGN-IN page, in Japanese: mastodon/mastodon app/views/auth/sessions/new.html.haml
    (simple_form for the user: .fields-group with the e-mail input, .fields-group with the
    password input, .actions with the submit button; .form-footer with the auth links). The
    container-alt / logo frame and the Japanese strings are written here.

How close each page is to its source: the files named were read for this round (with the
project's reference search) and their markup followed (class names, nesting, order of labels and
values); the markup was written here, not copied. Where a source is a scraper (Telegram, eBay) the
page was built around the selectors it reads. Page frames, translated strings, dates and all content
(names, posts, products, prices, places) are invented for this round; sites and addresses are
fictional (.example hosts).

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (6782763) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 15 --side holdout --misses``): those of 8d38c73 (this session's start), of 9cfe261 (the
structural author reader added) and of 285204b (round 13's misses also mended). Not wholly blind
for 285204b: this round's pages were committed while round 13's misses were being mended, and
two helpers' before/after scans parsed them (neither looked at their markup or truth). One saw
the single-shop rule fire on cornerstone_category_grid_nl and then made it require that a logo
linking home name no shop (a reason general to every site, but found on a blind page); the other
saw post counts appear on misago_thread_pl. The cornerstone grid's lift (0.706 to 0.941) is
therefore not a blind figure.

    template                 8d38c73   9cfe261   285204b
    hn_item_en                 0.000     0.312     0.312  (nested comments by indent)
    telegram_channel_uk        0.000     0.966     0.966  (posts found by structure)
    openbazaar_listing_es      0.500     0.500     0.500
    ebay_classic_item_fr       0.615     0.615     0.615
    cornerstone_grid_nl        0.706     0.706     0.941  (not blind, see above)
    mastodon_status_de         0.741     0.741     0.741
    misago_thread_pl           0.889     0.889     0.889
    cornerstone_product_pt, ebay_profile_fr, mastodon_sign_in_ja        1.000
    overall                    0.630     0.734     0.773

The structural reader lifted the round by 0.104 (Telegram's channel preview from nothing to
0.966, Hacker News from nothing to 0.312).

Every miss was then mended (parsers of bdae70f) as a general mechanism with test pages of its
own (tests/test_parsers_forum_structure.py, tests/test_parsers_market_structure.py): comment
trees by nesting, a thread told from a topic list by its posts' words, an opening post's
unclassed text, dates in data attributes and in more languages' forms, reply previews as quotes,
prices spelt in pieces, sellers by the profile link nearest the item's heading, breadcrumbs by
their standard marks, places from shipping options, vendor statistic tiles. KNOWN_MISSES is now
empty and the round reads 1.000, no longer a blind figure. Round 16, blind, measured what these
mends carry to templates never seen: 0.008 (see its module).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.general_rounds import NOW, Round, _author, _listing, _post, _vendor

DATA = Path(__file__).parent / "data" / "general_r15"

_HN = "http://werkbank-news.example/item?id=41207"
_MASTODON = "https://beete.example/@ulla_gaertnert/109823400112"
_TELEGRAM = "https://t.example/s/balkonnyi_sad"
_MISAGO = "http://forum-pszczelarzy.example/t/jak-zimowac-ule-w-gorach/412/"
_EBAY = "http://www.ebrocante.example"
_GRID = "http://theehuis-delft.example/thee/groene-thee/"
_BAZAAR = "http://bazar-abierto.example/store/QmVt3kPz8Fq2LwX9cNbR4hYs7GdJ1mUe6TaKo5iBvWnHx3"
_CHANNEL = "Сад на балконі"

#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {"holdout/ebay_classic_item_fr_latin1.html": "iso-8859-1"}

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # Hacker News item, English: the titleline link is the title; the story's own text
    # (div.toptext) is the first post, by the subline's a.hnuser; ages against 12:00: "3 hours
    # ago" 09:00, "2 hours ago" 10:00, "1 hour ago" 11:00, "47 minutes ago" 11:13. "57 points",
    # "hide", "past", "favorite", "3 comments", the navs (parent / next / prev, "[–]") and "reply"
    # are not body. The second comment is nested under the first (a reply, not a quote). No
    # statistics, no next page.
    "holdout/hn_item_nested_en.html": {
        "template": "hn_item_en", "url": _HN, "type": "thread",
        "records": [
            {"type": "thread",
             "title": "How do you keep a workshop dry in winter without heating it all day?"},
            _post("sawdust_sam", "2026-11-20T09:00:00", 0,
                  "My workshop is an unheated brick shed. Every winter the cast-iron top of my table "
                  "saw rusts within a week, even with paste wax on it.\nRunning a heater all day "
                  "costs too much. What do you do to keep your tools from rusting?", []),
            _post("planehand", "2026-11-20T10:00:00", 1,
                  "The rust comes from condensation, not from the cold. When a mild damp day follows "
                  "a frosty night, the cold iron sweats.\nCover the saw with a fitted cloth cover "
                  "and put a small tub of silica gel under it. That kept mine clean for three "
                  "winters.", []),
            _post("sawdust_sam", "2026-11-20T11:00:00", 2,
                  "Condensation makes sense, it is always worse after a frosty night. I will try a "
                  "cover and silica gel this weekend.", []),
            _post("oldjoiner", "2026-11-20T11:13:00", 3,
                  "Wipe the top with camellia oil after each session as well. Wax wears off quickly "
                  "when you slide boards across it.", []),
        ],
    },
    # Mastodon status with replies, German: a status page has no title (the <title> is "name:
    # „first words…“", the og:title the account), so the thread's title is not shown. Authors are
    # the strong.display-name__html names (the usernames; "@name@host" is the account handle);
    # times from the time elements (UTC, their text the same); the reply / boost / favourite
    # counts, "Folgen" and "Melde dich an, um mitzumachen" are not body. No quote, no statistics,
    # no next page.
    "holdout/mastodon_status_replies_de.html": {
        "template": "mastodon_status_de", "url": _MASTODON, "type": "thread",
        "records": [
            {"type": "thread", "title": None},
            _post("ulla_gaertnert", "2026-11-17T18:40:00", 0,
                  "Meine Dahlienknollen liegen seit Oktober im Keller in Zeitungspapier. Jetzt sind "
                  "zwei davon schrumpelig geworden.\nZu trocken oder zu warm? Der Keller hat etwa "
                  "zwölf Grad.", []),
            _post("knollenkarl", "2026-11-19T21:15:00", 1,
                  "Zwölf Grad sind für Dahlien etwas zu warm, und Zeitungspapier zieht die "
                  "Feuchtigkeit aus den Knollen. Leg sie in eine Kiste mit leicht feuchtem Sand und "
                  "stell sie an die kälteste Stelle im Keller, fünf bis acht Grad sind ideal.", []),
            _post("ulla_gaertnert", "2026-11-20T08:02:00", 2,
                  "Danke! Die Knollen liegen jetzt in Sand unter der Kellertreppe, dort sind es "
                  "sieben Grad.", []),
        ],
    },
    # Mastodon sign-in, Japanese: e-mail, password and "ログイン"; nothing else to read.
    "holdout/mastodon_sign_in_ja.html": {
        "template": "mastodon_sign_in_ja", "url": "https://saien-don.example/auth/sign_in", "type": "login",
        "records": [],
    },
    # Telegram channel preview, Ukrainian: the channel's title is the thread's title and every
    # message's author (a.tgme_widget_message_owner_name); times from time[datetime] (UTC; the text
    # shows the hour only); views ("1.2K", "906"), the channel description and counters are not
    # body; the third message's reply preview (the channel's name and the first message's first
    # words) is a quote of the channel, not body. The hidden "older messages" link is not scored.
    "holdout/telegram_channel_preview_uk.html": {
        "template": "telegram_channel_uk", "url": _TELEGRAM, "type": "thread",
        "records": [
            {"type": "thread", "title": _CHANNEL},
            _post(_CHANNEL, "2026-11-17T18:40:00", 0,
                  "Як зберегти розсаду перцю на заскленому балконі взимку?\nУночі там буває до плюс "
                  "трьох, а вдень сонце нагріває повітря до двадцяти.", []),
            _post(_CHANNEL, "2026-11-19T21:15:00", 1,
                  "Наша порада: перенесіть горщики ближче до стіни будинку і поставте їх на "
                  "пінопласт, щоб коріння не мерзло. Поливайте лише зранку, теплою водою.", []),
            _post(_CHANNEL, "2026-11-20T08:02:00", 2,
                  "Оновлення від читачки Олени: після пінопласту й ранкового поливу перці на її "
                  "балконі пережили вже три морозні ночі.", [_CHANNEL]),
        ],
    },
    # Misago thread, Polish: the page header's h1; "napisano 17 listopada 2026 18:40" and the
    # time's datetime; "Moderatorka" is a rank; "Lubię to", "3 osoby lubią to", "Odpowiedz",
    # "Cytuj" and "Wyświetlenia: 1 284" are not body; the quote "@Bartek_z_pasieki napisał:" and
    # its blockquote are not body. "87 postów" / "2 318 postów" are post counts (no join date).
    # The pager's next link (a chevron only, title "Przejdź do następnej strony"): .../412/2/.
    "holdout/misago_thread_pl.html": {
        "template": "misago_thread_pl", "url": _MISAGO, "type": "thread", "next": _MISAGO + "2/",
        "records": [
            {"type": "thread", "title": "Jak zimować ule w górach?"},
            _post("Bartek_z_pasieki", "2026-11-17T18:40:00", 0,
                  "Mam sześć uli na wysokości 900 m. W zeszłym roku dwie rodziny osypały się w "
                  "lutym.\nCzy ocieplać ule styropianem, czy raczej przenieść je niżej na zimę?", []),
            _post("Stara_Pszczelarka", "2026-11-19T21:15:00", 1,
                  "Nie przenoś. Ociepl daszek od góry, zostaw otwartą dennicę osiatkowaną i zwęź "
                  "wylotek. Pszczoły giną od wilgoci, nie od mrozu.", ["Bartek_z_pasieki"]),
            _post("Bartek_z_pasieki", "2026-11-20T08:02:00", 2,
                  "Ociepliłem daszki i zwęziłem wylotki we wszystkich sześciu ulach. Dziękuję!", []),
            _author("Bartek_z_pasieki", 87, None),
            _author("Stara_Pszczelarka", 2318, None),
        ],
    },
    # eBay classic item, French, ISO-8859-1: h1#itemTitle without its hidden "Détails sur" span;
    # "Prix : EUR 24,90" (span#prcIsum, priceCurrency EUR; "EUR 6,50" / "EUR 9,80" are shipping);
    # the seller box's "atelier_lebrun" ("(2418)" its feedback score, "99,6 %" its positive
    # feedback); the category is the breadcrumb's last item, "Sécateurs" (the item is not in the
    # breadcrumb); "Lieu où se trouve l'objet : Thiers, France" ships from; "Livraison vers :
    # France, Belgique, Luxembourg" ships to.
    "holdout/ebay_classic_item_fr_latin1.html": {
        "template": "ebay_classic_item_fr", "type": "listing",
        "url": _EBAY + "/itm/Secateur-forge-lame-franche-21-cm/274120983615",
        "records": [_listing("Sécateur forgé à lame franche, 21 cm, main droite", 24.9, "EUR",
                             "atelier_lebrun", "Sécateurs", "Thiers, France",
                             ["France", "Belgique", "Luxembourg"])],
    },
    # eBay member profile, French: the name; "(2418)" the feedback score and "2 418 évaluations
    # reçues" the number of feedback; "99,6 % d'évaluations positives" the rating; "Membre
    # depuis : 12 mars 2016"; the 12-month table (412 / 3 / 1), the detailed ratings ("4,9"), the
    # recent feedback and "Abonnés : 146" are not the count; the items for sale are the
    # vendor's, not this page's subject. No PGP key.
    "holdout/ebay_member_profile_fr.html": {
        "template": "ebay_profile_fr", "url": _EBAY + "/usr/atelier_lebrun", "type": "vendor",
        "records": [_vendor("atelier_lebrun", 2418, 99.6, "2016-03-12", None)],
    },
    # Cornerstone product, Brazilian Portuguese: h1.productView-title; the price is the "Agora:"
    # price "R$ 189,90" (BRL; "Era: R$ 229,00" the old price, "R$ 39,10" the saving, the related
    # cards' prices are other products'); the brand "Serra Torra" is the maker, no vendor; the
    # category is the breadcrumb's item before the product, "Moedores"; "Frete: Calculado no
    # checkout" names no place.
    "holdout/cornerstone_product_pt_br.html": {
        "template": "cornerstone_product_pt", "url": "http://loja-cafe-serra.example/moedor-manual-de-cafe-ceramica/",
        "type": "listing",
        "records": [_listing("Moedor manual de café com mó de cerâmica", 189.9, "BRL", None, "Moedores", None,
                             None)],
    },
    # Cornerstone category grid, Dutch: five cards; prices span.price--withoutTax "€ 14,50",
    # "€ 6,95" ("Was: € 8,50" struck), "€ 11,25", "€ 7,80" (out of stock, "Uitverkocht"),
    # "€ 12,90"; the p.card-text brands are makers, not vendors. As for rounds 11-13's grids, no
    # card names its category, so none is expected. "Volgende": ?page=2.
    "holdout/cornerstone_category_grid_nl.html": {
        "template": "cornerstone_grid_nl", "url": _GRID, "type": "listing_index", "next": _GRID + "?page=2",
        "records": [
            _listing("Gyokuro Yame, 50 g", 14.5, "EUR", None, None, None, None),
            _listing("Genmaicha met matcha, 100 g", 6.95, "EUR", None, None, None, None),
            _listing("Longjing Drakenbron, 80 g", 11.25, "EUR", None, None, None, None),
            _listing("Hojicha geroosterde bancha, 150 g", 7.8, "EUR", None, None, None, None),
            _listing("Jasmijnparels, 100 g", 12.9, "EUR", None, None, None, None),
        ],
    },
    # OpenBazaar gateway listing, Spanish: div.Listing-Title; "0.00231 BTC" (the "185 EUR" is in
    # an HTML comment, not shown; shipping prices are not the price); the store "Forja del Norte"
    # is the vendor; tags are not a category, none shown; "Envía desde: Bilbao, España" ships
    # from; the shipping options "España" and "Unión Europea" are where it ships to; reviews
    # ("⭐ 4.8 (37)", "por Anónimo") are not records of this contract.
    "holdout/openbazaar_gateway_listing_es.html": {
        "template": "openbazaar_listing_es", "type": "listing",
        "url": _BAZAAR + "/cuchillo-de-cocina-de-acero-damasco-hoja-de-20-cm",
        "records": [_listing("Cuchillo de cocina de acero damasco, hoja de 20 cm", 0.00231, "BTC",
                             "Forja del Norte", None, "Bilbao, España", ["España", "Unión Europea"])],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers gave on the holdout side where it differs from TRUTH: measured once, blind
# (parsers of 285204b; see the module docstring), then every miss mended as a general mechanism.
KNOWN_MISSES: dict[str, dict[str, Any]] = {}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(1.0)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)


_text = ROUND.page_text(ENCODINGS)
_posts = ROUND.records_of("post")


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)


def test_the_hacker_news_ages_are_the_capture_time_less_the_age_each_comhead_shows() -> None:
    # Independent of the parsers: "N hours ago" / "N minutes ago" read against the harness's NOW.
    page = "holdout/hn_item_nested_en.html"
    ages = re.findall(r'<span class="age"><a href="item\?id=\d+">(\d+) (hour|minute)s? ago</a>', _text(page))
    now = datetime.strptime(NOW, "%Y-%m-%dT%H:%M:%SZ")
    expected = [(now - timedelta(**{unit + "s": int(n)})).strftime("%Y-%m-%dT%H:%M:%S") for n, unit in ages]
    assert expected == [p["posted_at"] for p in _posts(page)]


@pytest.mark.parametrize("page", ["holdout/mastodon_status_replies_de.html",
                                  "holdout/telegram_channel_preview_uk.html",
                                  "holdout/misago_thread_pl.html"])
def test_every_post_time_is_a_utc_datetime_attribute_on_its_page_in_page_order(page: str) -> None:
    stamps = re.findall(r'datetime="(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:Z|\+00:00)"', _text(page))
    assert stamps == [p["posted_at"] for p in _posts(page)]


def test_the_ebay_item_page_is_iso_8859_1_and_says_so() -> None:
    raw = (DATA / "holdout" / "ebay_classic_item_fr_latin1.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'content="text/html; charset=ISO-8859-1"' in raw
    assert "Sécateur forgé à lame franche".encode("iso-8859-1") in raw


def test_every_address_of_the_truth_and_the_pages_is_a_fictional_example_host() -> None:
    for page, truth in TRUTH.items():
        for url in [truth["url"], truth.get("next")]:
            if url:
                assert (urlsplit(url).hostname or "").endswith(".example"), (page, url)
        # http(s) and protocol-relative addresses; an app link (tg://resolve?...) names no host.
        hosts = set(re.findall(r'(?:https?:|(?<!:))//([^/"\'\s<>?#]+)', _text(page)))
        # schema.org is the microdata vocabulary (itemtype), named, never fetched.
        assert all(h.endswith(".example") or h == "schema.org" for h in hosts), (page, hosts)
