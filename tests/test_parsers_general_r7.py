"""parsers.parse_page on round-7 generality pages (tests/data/general_r7): a fully BLIND held-out
set. Twelve pages, all on the HOLDOUT side (no tune side: no rule was written for any of them),
each rebuilt from a NAMED PUBLIC SOURCE of its engine's or shop's real markup, with fictional
names, words and prices put in. Engines and languages not in rounds 3-6, forums_general or
markets_general (or, where the engine is there, a language or encoding that is not):

forums (thread pages)
  - wpForo 1.x "classic" layout 1, in French: wordpree/jiangsu-association-org
    wp-content/plugins/wpforo/wpf-themes/classic/layouts/1/post.php (the same file as
    vncs1995/hackaton-uol-rememberthefuture wpf-themes/classic/layouts/1/post.php).
  - Postmill (the Symfony Reddit-like board, Dread/Lemmy-like), in Spanish: Mewgood/Postmill
    templates/_layouts/submission.html.twig and templates/_layouts/comment.html.twig.
  - phpBB 3.3 prosilver, in German: phpbb/phpbb phpBB/styles/prosilver/template/viewtopic_body.html
    (with the German language pack's strings).
  - MyBB 1.8 default theme, in Russian and encoded windows-1251: mybb/mybb
    install/resources/mybb_theme.xml (postbit, postbit_author_user, mycode_quote_post, multipage)
    and build_postbit in inc/functions_post.php, with the Russian pack's strings.
  - WoltLab Burning Board 5 (WoltLab Suite Forum), in German: WoltLab/WCF
    com.woltlab.wcf/templates/messageSidebar.tpl (aside.messageSidebar, div.userCredits dl) and
    com.woltlab.wcf/templates/moderationComment.tpl (article.message, messageHeader,
    messagePublicationTime, messageBody > messageText); article.wbbPost.message
    .messageSidebarOrientationLeft as in WBB's post-version list template (library id 57915752).
  - SMF 2.1, in Italian: SimpleMachines/SMF Themes/default/Display.template.php
    (template_single_post: div.windowbg#msgN > div.post_wrapper > div.poster, div.postarea >
    div.keyinfo > div.postinfo a.smalltext, div.post > div.inner, div.moderatorbar > div.signature).
markets
  - Sylius 1.x shop product page, in French: Sylius/Sylius src/Sylius/Bundle/ShopBundle/Resources/
    views/Product/Show/_header.html.twig, _price.html.twig (span#product-original-price > del,
    span#product-price), _breadcrumb.html.twig.
  - Shopware 6 storefront category listing, in German: shopware/shopware src/Storefront/Resources/
    views/storefront/component/product/card/box-standard.html.twig and price-unit.html.twig.
  - Eckmar (the open-source Laravel dark-web market), vendor profile in Spanish:
    eckmar-community/eckmar resources/views/master/vendor.blade.php, includes/vendor/card.blade.php,
    includes/vendor/feedback.blade.php, includes/vendor/stats.blade.php, master/main.blade.php,
    master/navbar.blade.php (logged in); the "Clave PGP" block under it is an addition in the
    style of the market's forks (Eckmar's stock profile shows no key).
  - Eckmar product page (its Delivery tab), in German: eckmar-community/eckmar
    resources/views/master/product.blade.php, product/delivery.blade.php, includes/currency.blade.php
    (the value, a newline, then the currency symbol).
interstitials
  - Eckmar sign-in with its captcha, in French: eckmar-community/eckmar
    resources/views/auth/signin.blade.php and includes/captcha.blade.php.
  - EndGame V3 anti-DDoS captcha, in German: eckmar-official/EndGame-V3-Anti-DDoS-for-Tor-I2P-
    resty/caphtml.lua (commit b4562911).

How close each page is to its source: the files named were read for this round and their markup
kept (class names, nesting, the order of labels and values), except phpBB 3.3 and MyBB 1.8, whose
post markup is written from those engines' rendered output as earlier rounds saw it (phpBB's
stored viewtopic_body.html, an older prosilver, was checked for p.author, div.content and
div.signature; MyBB's postbit as round 4's mybb18 page has it). Page frames (headers, menus,
sidebars, footers), translated strings (Postmill's "Enviado por" / "escribió", the French Eckmar,
the German EndGame and WBB 5 thread frame) and all content are written for this round.

The ground truth was written by hand from what a human reads on each page, before the pages were
parsed once. ``benchmarks/score_general.py --round 7 --side holdout --misses`` prints the field F1
per template and every wrong value.

Blind measurement, once, with the parsers of commit 9f2e254 (the last commit touching parsers/
when the pages and this truth were committed, 7de0de4, before any scoring), no site profiles:
contract-field F1 per page (each page is its own template)

    wpforo_fr            0.000  (page read as "other": no post container found)
    postmill_es          0.000  (page read as a forum index: no post found)
    sylius_fr            0.667  (the struck old price; "Origine" read as ships-from)
    shopware6_de         0.769  (the per-kilogram reference price read as the price)
    eckmar_vendor_es     0.800  (no feedback count; the shown fingerprint not read)
    eckmar_product_de    0.875  (a postage price read as the price)
    smf21_it             0.950  (quote name: "Citazione da:")
    phpbb33_de           0.955  (quote name: "hat geschrieben:")
    mybb18_ru_cp1251     1.000
    wbb5_de              1.000
    eckmar_login_fr      1.000
    endgame_captcha_de   1.000
    overall              0.798  (tp 99, fp 10, fn 40)

(earlier rounds' held-out sides scored 0.65-0.95). Each miss was then mended as a general rule,
with pages of its own (see KNOWN_MISSES, now empty): 1.000, no longer a blind figure. Do not tune
the parsers on these pages; mend a miss only as a general rule and say so here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.general_rounds import Round, _author, _listing, _post, _vendor

DATA = Path(__file__).parent / "data" / "general_r7"

_FPR = "6A1F0C3B9D2E47A58B1C3D4E5F60718293A4B5C6"

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, for threads with a further page, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # wpForo "classic" layout 1 (post.php above), French phrases: div.post-wrap#post-N >
    # div.wpforo-post > div.wpf-left (div.author-data: div.author-name a, div.author-title,
    # div.author-joined "Inscrit:3 mars 2023", div.author-posts "Messages: 88") and div.wpf-right
    # (div.wpforo-post-content-top span "17/11/2026 6:40 pm" = wpforo_date 'd/m/Y g:i a',
    # div.wpforo-post-content, div.wpforo-post-signature); a quote is wpForo's blockquote
    # [data-mention] > div.wpforo-post-quote-author "Posté par: @name"; h1#wpforo-title; "Page 1 / 1".
    "holdout/wpforo_classic_topic_fr.html": {
        "template": "wpforo_fr",
        "url": "http://atelier-velo.example/communaute/freinage/frein-a-disque-qui-siffle/",
        "type": "thread",
        "records": [
            {"type": "thread", "title": "Frein à disque qui siffle après le nettoyage"},
            _post("rayonfou", "2026-11-17T18:40:00", 0, "Mon frein arrière siffle depuis que j'ai nettoyé le "
                  "disque au dégraissant.\nFaut-il changer les plaquettes ou peut-on les poncer ?", []),
            _post("plaquettebleue", "2026-11-19T21:15:00", 1, "Ponce-les au papier 120 sur une surface "
                  "plane, puis nettoie le disque à l'alcool isopropylique.", ["rayonfou"]),
            _author("rayonfou", 88, "2023-03-03"),
            _author("plaquettebleue", 1412, "2019-05-30"),
        ],
    },
    # Postmill: article.submission (h1.submission__title a, p.submission__info "Enviado por
    # <a.submission__submitter><strong>name</strong></a> <time datetime title
    # class=relative-time>", div.submission__body), then article.comment (h1.comment__info
    # "<a><strong>name</strong></a> escribió <time datetime>hace 14 horas</time>",
    # div.comment__body) with the reply NESTED in div.comment__replies inside its parent article.
    # A reply is not a quote. No author statistics are shown, so no author is expected.
    "holdout/postmill_submission_es.html": {
        "template": "postmill_es",
        "url": "http://foro-huerto.example/f/huerto/4127/tomates-con-hojas-amarillas-desde-abajo",
        "type": "thread",
        "records": [
            {"type": "thread", "title": "Tomates con hojas amarillas desde abajo"},
            _post("semillero", "2026-11-17T18:40:00", 0, "Las hojas de abajo de mis tomateras se están "
                  "poniendo amarillas y luego se secan.\n¿Es falta de abono o es un hongo? Riego cada dos "
                  "días.", []),
            _post("abonoverde", "2026-11-19T21:15:00", 1, "Eso suele ser falta de magnesio. Riega con una "
                  "cucharada de sal de Epsom por litro una vez por semana.", []),
            _post("semillero", "2026-11-20T09:00:00", 2, "Gracias, lo probaré este fin de semana.", []),
        ],
    },
    # phpBB 3.3 prosilver (viewtopic_body.html), German: dl.postprofile (a.username /
    # a.username-coloured, dd.profile-posts "<strong>Beiträge:</strong> <a>1.412</a>" with the
    # German thousands dot, dd.profile-joined "<strong>Registriert:</strong> Do 30. Mai 2019,
    # 09:11"), p.author "von <strong>name</strong> » <time datetime>Mo 17. Nov 2026, 18:40</time>"
    # / "Gestern, 21:15" / "Heute, 08:02", div.content, div.signature; a quote is blockquote >
    # div > cite "<a>name</a> hat geschrieben: ↑<span>date</span>"; li.arrow.next a[rel=next]
    # "Nächste" (page 1 of 2).
    "holdout/phpbb33_prosilver_de.html": {
        "template": "phpbb33_de", "url": "http://imkerforum.example/viewtopic.php?t=3310",
        "type": "thread", "next": "http://imkerforum.example/viewtopic.php?t=3310&start=10",
        "records": [
            {"type": "thread", "title": "Varroa-Behandlung mit Oxalsäure im Winter"},
            _post("wabenwerner", "2026-11-17T18:40:00", 0, "Meine drei Völker sind jetzt brutfrei.\nSoll ich "
                  "die Oxalsäure träufeln oder verdampfen?", []),
            _post("drohnenrahmen", "2026-11-19T21:15:00", 1, "Träufeln reicht völlig: 50 ml pro Volk bei "
                  "starker Besetzung, an einem Tag über null Grad.", ["wabenwerner"]),
            _post("wabenwerner", "2026-11-20T08:02:00", 2, "Danke, dann träufle ich am Wochenende.", []),
            _author("wabenwerner", 88, "2024-02-09"),
            _author("drohnenrahmen", 1412, "2019-05-30"),
        ],
    },
    # MyBB 1.8 default postbit in Russian, served as windows-1251 (meta http-equiv only):
    # div.author_statistics "Сообщений: 1 412<br />Тем: 97<br />Регистрация: Май 2019",
    # span.post_date "17.11.2026, 18:40" / "<span title=19.11.2026>Вчера</span>, 21:15",
    # blockquote.mycode_quote > cite "<span> (date)</span>name писал(а):", div.signature,
    # a.pagination_next "Вперед »".
    "holdout/mybb18_ru_cp1251.html": {
        "template": "mybb18_ru_cp1251", "url": "http://rybaki-forum.example/showthread.php?tid=812",
        "type": "thread", "next": "http://rybaki-forum.example/showthread.php?tid=812&page=2",
        "records": [
            {"type": "thread", "title": "Какую леску взять на зимнюю удочку?"},
            _post("Окунятник", "2026-11-17T18:40:00", 0, "Собираюсь на окуня по первому льду.\nКакой "
                  "диаметр лески брать на мормышку, 0,1 или 0,12?", []),
            _post("Мормышкин", "2026-11-19T21:15:00", 1, "Бери 0,1 флюорокарбон: на прозрачной воде окунь "
                  "его не видит, а запаса прочности хватает.", ["Окунятник"]),
            _author("Окунятник", 88, "2024-02"),
            _author("Мормышкин", 1412, "2019-05"),
        ],
    },
    # WoltLab Burning Board 5: li#postN > article.wbbPost.message > aside.messageSidebar
    # (div.messageAuthor a.username span[itemprop=name], div.userCredits dl: dt "Reaktionen
    # erhalten" dd "3.870" BEFORE dt "Beiträge" dd "1.412"; no join date), div.messageContent >
    # header a.messagePublicationTime > time.datetime[datetime] "Gestern, 21:15",
    # div.messageBody > div.messageText, div.messageSignature; a quote is blockquote.quoteBox >
    # div.quoteBoxTitle "Zitat von name" + div.quoteBoxContent; h1.contentTitle; one page.
    "holdout/wbb5_thread_de.html": {
        "template": "wbb5_de",
        "url": "http://modellbahn-treff.example/forum/thread/2207-weichenantrieb-brummt-nach-dem-umbau-auf-digital/",
        "type": "thread",
        "records": [
            {"type": "thread", "title": "Weichenantrieb brummt nach dem Umbau auf Digital"},
            _post("gleisbauer", "2026-11-17T18:40:00", 0, "Seit dem Umbau auf Digital brummt der Antrieb "
                  "meiner Bogenweiche ständig, auch wenn sie gar nicht schaltet.\nLiegt das am Decoder oder "
                  "am Antrieb selbst?", []),
            _post("weichenwolf", "2026-11-19T21:15:00", 1, "Am Decoder: Stell die Schaltzeit im "
                  "Weichendecoder auf 200 ms, dann bekommt die Spule keinen Dauerstrom mehr.",
                  ["gleisbauer"]),
            _author("gleisbauer", 88, None),
            _author("weichenwolf", 1412, None),
        ],
    },
    # SMF 2.1 (Display.template.php), Italian strings: div.poster > h4 > a, ul.user_info
    # li.postcount "Messaggi: 1.412" (no join date shown), div.postinfo a.smalltext "17 Novembre
    # 2026, 18:40:00" / "<strong>Ieri</strong> alle 21:15:00" / "<strong>Oggi</strong> alle
    # 08:02:00", div.inner#msg_N, blockquote.bbc_standard_quote > cite "Citazione da: name il
    # date", div.signature in div.moderatorbar; page links "Pagine 1 2 ▶" (a.nav_page with
    # span.next_page) and link[rel=next] in the head.
    "holdout/smf21_display_it.html": {
        "template": "smf21_it", "url": "http://pizzaioli-forum.example/index.php?topic=5120.0",
        "type": "thread", "next": "http://pizzaioli-forum.example/index.php?topic=5120.15",
        "records": [
            {"type": "thread", "title": "Impasto a lunga lievitazione: quanta acqua?"},
            _post("lievitomadre", "2026-11-17T18:40:00", 0, "Voglio fare un impasto con 48 ore di frigo e "
                  "farina W320.\nChe idratazione mi consigliate per il forno a legna?", []),
            _post("fornaiolo", "2026-11-19T21:15:00", 1, "Stai sul 65 per cento: a 450 gradi un impasto più "
                  "idratato si attacca alla pala.", ["lievitomadre"]),
            _post("lievitomadre", "2026-11-20T08:02:00", 2, "Grazie, provo con il 65 per cento sabato.", []),
            _author("lievitomadre", 88, None),
            _author("fornaiolo", 1412, None),
        ],
    },
    # Sylius shop product page (Semantic UI): h1#sylius-product-name, span#product-original-price
    # > del "18,50 €" BEFORE span#product-price "14,90 €", a catalog promotion label, the header
    # cart "0,00 €", and "Produits similaires" cards (div.sylius-product-price 8,20 € / 6,50 €)
    # below. The breadcrumb is "Accueil / product" (no taxon), so no category is expected.
    "holdout/sylius_product_fr.html": {
        "template": "sylius_fr",
        "url": "http://epicerie-cevennes.example/fr_FR/products/miel-de-chataignier-500-g",
        "type": "listing",
        "records": [_listing("Miel de châtaignier 500 g", 14.9, "EUR", None, None, None, None)],
    },
    # Shopware 6 category listing: div.card.product-box.box-standard > a.product-name,
    # div.product-description, div.product-price-info with p.product-price-unit "Inhalt: 0.1
    # Kilogramm (99,00 €* / 1 Kilogramm)" (the reference price, FIRST) then p.product-price
    # "9,90 €*" (with span.list-price "22,00 €*" inside it when discounted), "1.149,00 €*"; a
    # price filter (min 5 / max 1149) in the sidebar. A category grid: no card names its category.
    "holdout/shopware6_listing_de.html": {
        "template": "shopware6_de", "url": "http://teeladen.example/Tee/Gruentee/",
        "type": "listing_index",
        "records": [
            _listing("Sencha Kagoshima, 100 g", 9.9, "EUR", None, None, None, None),
            _listing("Gyokuro Asahi, 50 g", 18.5, "EUR", None, None, None, None),
            _listing("Matcha Uji Zeremonie, 30 g", 24.9, "EUR", None, None, None, None),
            _listing("Kyusu Tokoname, 350 ml", 1149.0, "EUR", None, None, None, None),
        ],
    },
    # Eckmar vendor profile, Spanish, seen logged in (the navbar names the visitor "visitante88"):
    # card h4 > a name, "Nivel 7 (12.4k XP)", three sub-ratings (Calidad 4.83, Comunicación 4.90,
    # Envío 4.75; no overall rating is shown, so none is expected), "212 Positivas 3 Neutrales
    # 1 Negativas"; stats "Miembro desde: 12/03/2024 | Vendedor desde: 02/05/2024 | ... |
    # Pedidos completados: 241 | Pedidos valorados: 216" (216 = the feedback given); "Clave PGP"
    # with "Huella digital:" in groups of four and an armoured key.
    "holdout/eckmar_vendor_es.html": {
        "template": "eckmar_vendor_es", "url": "http://sombra7example.onion/vendor/hierbabuena",
        "type": "vendor",
        "records": [_vendor("hierbabuena", 216, None, "2024-03-12", _FPR)],
    },
    # Eckmar product page on its "Versand" (delivery) tab, German: breadcrumb "Produkte / Garten /
    # Saatgut" (the last item is the category), h2 title, offers "<strong>12.50\n€</strong> pro
    # Packung, ab mindestens 1 Produkt" then 11.00 € from 5, the seller card "samenkiste Level 5",
    # the logged-in visitor "gartenfreund21" in the navbar, "Versand nach: <em>Deutschland,
    # Österreich, Schweiz</em>", "Versand aus <strong>Niederlande", a table of postage prices.
    "holdout/eckmar_product_delivery_de.html": {
        "template": "eckmar_product_de", "url": "http://kiste7example.onion/product/4f1c2e/delivery",
        "type": "listing",
        "records": [_listing('Chili-Saatgut "Carolina Reaper", 20 Samen', 12.5, "EUR", "samenkiste",
                             "Saatgut", "Niederlande", ["Deutschland", "Österreich", "Schweiz"])],
    },
    # Eckmar sign-in, French: h2 "Connexion", inputs "Nom d'utilisateur" / "Mot de passe", the
    # captcha image and "Saisissez le captcha", "Se connecter", "Mot de passe oublié ?".
    "holdout/eckmar_signin_fr.html": {
        "template": "eckmar_login_fr", "url": "http://brume7example.onion/signin", "type": "login",
        "records": [],
    },
    # EndGame V3 captcha (caphtml.lua), German: <title>DDoS-Schutz</title>, "Wählen Sie jedes
    # Textfeld aus und geben Sie den Buchstaben oder die Ziffer ein, die Sie im Kreis darunter
    # sehen.", form.ddos_form with six one-letter inputs c1..c6, "Absenden".
    "holdout/endgame_captcha_de.html": {
        "template": "endgame_captcha_de", "url": "http://moorfeuer7example.onion/",
        "type": "ddos_protection", "records": [],
    },
}


ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# Every blind miss above was mended after the measurement as a general rule, none from these pages
# (tests/test_parsers_r7_forum_rules.py and tests/test_parsers_r7_market_rules.py hold pages of
# their own for each): wpForo's two-column posts (an engine spec, and a member link read from the
# post's author element on unseen engines); Reddit-like comment trees (parsers.comment_tree);
# quote attributions in a dozen languages (parsers.quotes: "hat geschrieben", "Citazione da: X
# il"); a lone struck or text-named old price; an origin attribute is a ships-from only beside a
# ships-to; per-kilogram/litre prices; an amount and its symbol across a line break; priced
# <option>s and postage tables; "<n> Positivas" breakdowns; a fingerprint shown under its label.
KNOWN_MISSES: dict[str, dict[str, Any]] = {}


_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)


# 0.798 measured once, blind (see the module docstring); 1.000 after the general mends, not blind.
(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(1.0)
test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(
    {"holdout/mybb18_ru_cp1251.html": "cp1251"})
