"""parsers.parse_page on round-9 generality pages (tests/data/general_r9): a fully BLIND held-out
set. Eleven pages, all on the HOLDOUT side (no tune side: no rule was written for any of them),
each rebuilt from a NAMED PUBLIC SOURCE of its engine's, market's or shop's real markup, with
fictional names, words and prices put in. Engines, markets and languages not in rounds 3-8,
forums_general or markets_general (or, where the engine is there, a version, language or encoding
that is not):

forums (thread pages)
  - Vanilla 2, in German: vanilla/vanilla applications/vanilla/views/discussion/helper_functions.php
    (writeComment, commit 0028c10d: li.Item.ItemComment#Comment_N > div.Comment >
    div.Item-Header.CommentHeader > div.AuthorWrap with span.Author a.Username and span.AuthorInfo
    (MItem AuthorTitle / AuthorLocation), div.Meta.CommentMeta span.MItem.DateCreated >
    a.Permalink, div.Item-BodyWrap > div.Item-Body > div.Message.userContent) and
    applications/vanilla/views/discussion/discussion.php (commit 01dd44b8: div#Discussion_N.Item
    .ItemDiscussion > div.Discussion-Header > div.Meta > span.Author + span.MItem.DateCreated, then
    div.Message). Gdn_Format::date's html form (<time title datetime> showing "17. Nov" or
    "08:02"), the Quotes plugin's blockquote.Quote.UserQuote, the numbered pager (a.Next rel=next
    "»") and the page frame are written here in the style of Vanilla 2's rendered pages.
  - phpBB 2.0 subSilver, in Russian and encoded KOI8-R (meta http-equiv only): rendix2/phpBB2-old
    templates/subSilver/viewtopic_body.tpl (commit 19528a4b: a.maintitle topic title and the
    pagination above; per post a row td.row1/row2 with span.name > b (no link), span.postdetails
    rank / "Зарегистрирован: 12.03.2019" / "Сообщения: 88" / "Откуда:", then span.postdetails
    "Добавлено: Вт Ноя 17, 2026 6:40 pm" (phpBB 2's default 'D M d, Y g:i a' with the Russian
    pack's day and month names), span.postbody and the signature after "_________________";
    "Предыдущая тема :: Следующая тема" link the previous and next TOPIC). The quote table of
    bbcode.tpl ("<b>name писал(а):</b>" over td.quote) is written from phpBB 2's rendered pages.
  - Discourse's first crawler view (2013), content in Spanish: discourse/discourse
    app/views/topics/show.html.erb (commit 00883842: h2 > topic link, per post div.creator "#N By:
    <b>full name</b>, November 17th, 2026 18:40" (to_formatted_s(:long_ordinal), English whatever
    the site's language) and div.post with the cooked HTML) and app/helpers/topics_helper.rb
    (render_topic_next_page_link: link_to("next page", url + "?page=N")). The cooked quote
    (aside.quote > div.title "lucia_ferrer dijo:" + blockquote: the USERNAME, where the byline
    shows the full name) and the frame are written here.
  - e107 0.7 forum, in Brazilian Portuguese: e107inc/e107 e107_plugins/forum/templates/
    forum_viewtopic_template.php (commit 05fd1e8f: $FORUMSTART with {NEXTPREV} previous/next topic,
    {THREADNAME} in div.captiontext and {GOTOPAGES}; $FORUMTHREADSTYLE: td.forumheader {POSTER} and
    {THREADDATESTAMP}, td.forumheader3 with span.smalltext {LEVEL} {MEMBERID} {JOINED} {LOCATION}
    {POSTS}, td.forumheader3 {POST} {SIGNATURE}; $FORUMEND). The shortcodes' output (the forum
    date format "%a %b %d %Y, %I:%M%p" in Portuguese, "Registrado:", "Mensagens:", the quote
    bbcode's div.indent "<em>name escreveu ...</em>", "Ir para página: [1] 2 Próxima »") is
    written here.
  - SMF 1.1 default theme, in Polish and encoded ISO-8859-2: SMF 1.1's
    Themes/default/Display.template.php (library id 413627563: per message a td.windowbg /
    windowbg2 table, the poster cell "<b><a>name</a></b><div class=smalltext>" with title, stars,
    "Wiadomości: 88" (no join date), div#subject_N, div.smalltext "&#171; <b>Odpowiedź #1 dnia:</b>
    <b>Wczoraj</b> o 21:15:00 &#187;", div.post, div.signature). The SMF quote
    (div.quoteheader "Cytat: name w date" + div.quote), "Strony: [1] 2" and the "« poprzedni
    następny »" previous/next TOPIC links are written from SMF 1.1's rendered pages.
markets
  - Agora (the 2014-15 dark-web market), vendor page with a FEEDBACK TABLE, in English: real saved
    Agora pages in ADA-2019/Project (commit 0545266f) data/agora/2014-04-06/vendor/drzheng (the
    feedback table: div.embedded-feedback-list > table rows of <strong>5/5</strong>, text, the
    item link, "6 days ago", "anon" with the buyer's span.gen-user-ratings) and .../vendor/smoor.be
    (i.fa-user + <strong>name</strong> + span.gen-user-ratings "~5/5, 6~10 deals",
    div.vendorbio-stats-online "Last seen ...", the key in span.pgptoken with <br/> line breaks,
    table.products-list, the "Send a message to" form). Logged in: "Welcome mudlark_77" and a
    wallet balance. The armoured key is a REAL OpenPGP v4 public key (ed25519) generated for this
    round with ``gpg --batch --quick-gen-key`` in a throwaway home; its fingerprint below is the
    key's own.
  - Agora category page (a listing index): the same repository's data/agora/2014-04-06/cat/
    AwtLFhnFK8/1 and cat/DkRTPKbZU1 (div#top-navigation crumbs, div#leftmenu categories with
    "(100+)" counts, the sorting form, div.product-list-pages "More: 1 2 3", table.products-list
    rows: td.column-name link + span.description-preview, "0.02940000 BTC", "From: <img flag>
    Netherlands" / "To: EU", and the vendor cell with the market's own self-closed
    <a class="gen-user-link" .../>name</a> and "4.91/5, 40~55 deals").
  - Shopify's Dawn theme, product page in French: Shopify/dawn snippets/price.liquid (commit
    040bd7ac, a store's copy; the page follows its stock branch: div.price.price--on-sale >
    div.price__container > div.price__regular + div.price__sale with s.price-item--regular and
    span.price-item--sale, small.unit-price, span.badge.price__badge-sale). The product section
    (div.product__title with its h1 and the hidden a.product__title > h2, div.product__tax,
    product-form, the recommendation cards) is written in the style of Dawn's main-product.liquid.
  - OpenCart product page, in Turkish: opencart/opencart upload/catalog/view/theme/default/
    template/product/product.twig (commit 02678f76, on the way from 3.0 to 4.0: ul.breadcrumb >
    li.breadcrumb-item, the tabs, h1, ul.list-unstyled with the manufacturer, model, reward and
    stock, the old price struck by an inline style, <h2> special price, tax, quantity discount,
    option values "(+45,00TL)"); Turkish strings, "Benzer Ürünler" thumbs and frame written here.
interstitials
  - Vanilla sign-in, in Italian: vanilla/vanilla applications/dashboard/views/entry/signin.php
    (commit 06a56f73: h1, div.Box > form#Form_User_SignIn with Email and Password, RememberMe,
    li.Buttons, a.ForgotPassword; the hidden form#Form_User_Password).
  - Cloudflare's captcha challenge, in Brazilian Portuguese: a saved Cloudflare "One more step"
    page (library id 3658934352: div#cf-wrapper, h1[data-translate=challenge_headline],
    span[data-translate=complete_sec_check] + host, div.cf-captcha-container > form#challenge-form
    to /cdn-cgi/l/chk_captcha with div.g-recaptcha and its noscript fallback, the "why a CAPTCHA"
    columns, the Ray ID footer), with Cloudflare's Portuguese strings.

How close each page is to its source: the files named were read for this round and their markup
followed (class names, nesting, order of labels and values); the markup was written here, not
copied. Page frames, translated strings and all content are written for this round.

The ground truth was written by hand from what a human reads on each page, and committed with
the pages (72dec15) BEFORE the parsers were run on them at all.

Blind measurement, once, with the parsers of commit 94703d7 (rounds 7 and 8 mended), no site
profiles (``benchmarks/score_general.py --round 9 --side holdout --misses``):

    e107_pt              0.000  (read as a forum index: no post found)
    opencart_tr          0.000  (read as an error page)
    cloudflare_pt_br     0.000  (typed captcha, the truth says ddos_protection)
    vanilla2_de          0.080  (read as a forum index: no post found)
    discourse2013_es     0.111  (read as "other": no post found)
    agora_category       0.810  (no ships-from/to from the route columns; no next page)
    smf11_pl_iso8859_2   0.850  ("Wczoraj"/"Dzisiaj" not resolved; a welcome line as the title)
    agora_vendor         0.889  (a feedback count from a range's neighbour)
    dawn_fr              0.889  ("retours" read as a destination)
    phpbb2_ru_koi8r, vanilla_login_it   1.000
    overall              0.601  (tp 67, fp 16, fn 73)

The lowest blind score of the rounds (3 to 9: 0.646, 0.778, 0.714, 0.946, 0.798, 0.699, 0.601):
mending each round's misses as general rules has not raised the next round's blind score.

Each miss was then mended as a general rule, with pages of its own (see KNOWN_MISSES, now
empty): 1.000, no longer a blind figure. Do not tune the parsers on these pages; mend a miss only
as a general rule and say so here.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.general_rounds import Round, _author, _listing, _post, _vendor, v4_fingerprint

DATA = Path(__file__).parent / "data" / "general_r9"

#: The v4 fingerprint of the armoured key on the Agora vendor page (generated for this round).
_FPR = "376E7B03ADCF412D4CB8B9F7A81F2203625F5460"

_VANILLA = "http://modellbahn-stammtisch.example/discussion/412/weichenantrieb-brummt-nach-dem-umbau-auf-digital"
_DISCOURSE = "http://foro-huerto.example/t/tomates-con-hojas-amarillas-en-la-parte-baja/318"
_E107 = "http://clube-aquarela.example/e107_plugins/forum/forum_viewtopic.php?2291"

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # Vanilla 2, German: h1 in div.PageTitle; the discussion (div#Discussion_412) is post 0, the
    # comments follow in ul.MessageList.Comments; each date a <time datetime="...+00:00"> whose
    # text is "17. Nov" (this year) or "08:02" (today); the first comment opens with a quote
    # "Spurweite_H0 schrieb:" (blockquote.Quote, not body); AuthorTitle "Stellwerksmeister" and
    # AuthorLocation "Kassel"/"Bremen" are not body; the panel "In dieser Diskussion" repeats names
    # and times. No author statistics. Pager "« 1 2 »": the next page is /p2.
    "holdout/vanilla2_discussion_de.html": {
        "template": "vanilla2_de", "url": _VANILLA, "type": "thread", "next": _VANILLA + "/p2",
        "records": [
            {"type": "thread", "title": "Weichenantrieb brummt nach dem Umbau auf Digital"},
            _post("Spurweite_H0", "2026-11-17T18:40:00", 0, "Seit dem Umbau auf Digital brummt der "
                  "Weichenantrieb an Weiche 7 ununterbrochen, auch wenn die Weiche längst umgestellt "
                  "ist.\nLiegt das am Magnetartikeldecoder oder am Antrieb selbst?", []),
            _post("Lokführer_Klaus", "2026-11-19T21:15:00", 1, "Das ist fast immer die Endabschaltung. "
                  "Prüf, ob der Antrieb in der Endlage wirklich abschaltet, sonst brennt dir irgendwann "
                  "die Spule durch.", ["Spurweite_H0"]),
            _post("Spurweite_H0", "2026-11-20T08:02:00", 2, "Danke, die Endabschaltung hing tatsächlich. "
                  "Jetzt ist Ruhe.", []),
            _post("Gleisbauer", "2026-11-20T10:30:00", 3, "Bei Magnetartikeldecodern lohnt sich auch ein "
                  "Blick auf die eingestellte Impulsdauer.", []),
        ],
    },
    # phpBB 2 subSilver, Russian, KOI8-R: a.maintitle "Пчёлы шумят в омшанике в ноябре"; names in
    # span.name > b (not links); "Добавлено: Вт Ноя 17, 2026 6:40 pm", "Чт Ноя 19, 2026 9:15 pm",
    # "Пт Ноя 20, 2026 8:02 am"; "Зарегистрирован: 12.03.2019" (dd.mm.yyyy), "Сообщения: 88";
    # ranks "Пчеловод"/"Модератор", "Откуда:" and the signatures after "_________________" are not
    # body; the quote "пасечник_Иван писал(а):" + td.quote. "На страницу 1, 2 След.": start=15.
    "holdout/phpbb2_viewtopic_ru_koi8r.html": {
        "template": "phpbb2_ru_koi8r", "url": "http://pchelovod-forum.example/viewtopic.php?t=2291",
        "type": "thread", "next": "http://pchelovod-forum.example/viewtopic.php?t=2291&start=15",
        "records": [
            {"type": "thread", "title": "Пчёлы шумят в омшанике в ноябре"},
            _post("пасечник_Иван", "2026-11-17T18:40:00", 0, "Поставил шесть семей в омшаник в конце "
                  "октября. Уже неделю слышу ровный, но громкий гул, несколько пчёл выползает на "
                  "прилётную доску.\nЭто нормально или пора что-то делать?", []),
            _post("Медовик", "2026-11-19T21:15:00", 1, "Громкий ровный гул обычно значит, что в омшанике "
                  "жарко или душно. Открой нижнюю и верхнюю продушины и держи там от нуля до плюс "
                  "четырёх, через пару дней семьи успокоятся.", ["пасечник_Иван"]),
            _post("пасечник_Иван", "2026-11-20T08:02:00", 2, "Открыл продушины, к утру гул стал тише. "
                  "Спасибо!", []),
            _author("пасечник_Иван", 88, "2019-03-12"),
            _author("Медовик", 1412, "2014-05-05"),
        ],
    },
    # Discourse's 2013 crawler view, Spanish content: h2 > a title; "#1 By: <b>Lucía Ferrer</b>,
    # November 17th, 2026 18:40" (the FULL NAME is the byline; English ordinal dates); div.post
    # paragraphs; post 2 opens with aside.quote "lucia_ferrer dijo:" (the quoted USERNAME, as the
    # quote shows it). No author statistics. "next page" links ?page=2.
    "holdout/discourse2013_crawler_es.html": {
        "template": "discourse2013_es", "url": _DISCOURSE, "type": "thread", "next": _DISCOURSE + "?page=2",
        "records": [
            {"type": "thread", "title": "Tomates con hojas amarillas en la parte baja"},
            _post("Lucía Ferrer", "2026-11-17T18:40:00", 0, "Las hojas de abajo de mis tomateras se están "
                  "poniendo amarillas y luego se secan. Las de arriba están verdes y ya hay frutos.\n¿Es "
                  "falta de abono o puede ser algún hongo?", []),
            _post("Tomás Aguilar", "2026-11-19T21:15:00", 1, "Si las manchas empiezan por abajo y tienen "
                  "anillos marrones, es alternaria. Quita las hojas afectadas, riega al pie sin mojar las "
                  "hojas y acolcha la tierra con paja.", ["lucia_ferrer"]),
            _post("Lucía Ferrer", "2026-11-20T08:02:00", 2, "Tienen anillos, sí. Hoy mismo quito las hojas "
                  "y pongo la paja. ¡Gracias!", []),
        ],
    },
    # e107 0.7 forum, Brazilian Portuguese: div.captiontext title; <a><b>name</b></a> in
    # td.forumheader; "ter nov 17 2026, 06:40PM", "qui nov 19 2026, 09:15PM", "sex nov 20 2026,
    # 08:02AM"; "Registrado: ter mar 12 2019, 07:20PM", "Mensagens: 88"; the level title
    # ("Aprendiz"), "ID: 5", "Local:" and the signature under the short <hr> are not body; the quote
    # div.indent "<em>pincel_seco escreveu ...</em>". "Ir para página: [1] 2 Próxima »" gives
    # ?2291.10; "<< Tópico anterior | Próximo tópico >>" are other topics.
    "holdout/e107_forum_viewtopic_pt.html": {
        "template": "e107_pt", "url": _E107, "type": "thread", "next": _E107 + ".10",
        "records": [
            {"type": "thread", "title": "Papel de aquarela ondulando depois de molhar"},
            _post("pincel_seco", "2026-11-17T18:40:00", 0, "Uso papel de 300 g, mas depois da primeira "
                  "aguada ele ondula todo e a tinta escorre para as dobras.\nPreciso esticar o papel antes "
                  "ou trocar de marca?", []),
            _post("aquarelista_bia", "2026-11-19T21:15:00", 1, "Estique sim: molhe a folha inteira, prenda "
                  "nas bordas com fita gomada numa prancha e deixe secar deitada. Depois de seco ele não "
                  "ondula mais, nem com aguadas fortes.", ["pincel_seco"]),
            _post("pincel_seco", "2026-11-20T08:02:00", 2, "Funcionou, a folha secou lisinha. Obrigado!", []),
            _author("pincel_seco", 88, "2019-03-12"),
            _author("aquarelista_bia", 1412, "2014-05-05"),
        ],
    },
    # SMF 1.1, Polish, ISO-8859-2 (meta http-equiv only): "dnia: 17 Listopad 2026, 18:40:00",
    # "<b>Wczoraj</b> o 21:15:00" (yesterday), "<b>Dzisiaj</b> o 08:02:00" (today); subjects "Odp:
    # ..." after the first; "Wiadomości: 1412" and no join date; the quote div.quoteheader "Cytat:
    # remont_pawel w 17 Listopad 2026, 18:40:00" + div.quote; the signature and "Zapisane" are not
    # body. "Strony: [1] 2" gives topic=731.15; "« poprzedni następny »" are other topics.
    "holdout/smf11_display_pl_iso8859_2.html": {
        "template": "smf11_pl_iso8859_2", "url": "http://remontujemy.example/index.php?topic=731.0",
        "type": "thread", "next": "http://remontujemy.example/index.php?topic=731.15",
        "records": [
            {"type": "thread", "title": "Pleśń na ścianie w łazience po remoncie"},
            _post("remont_pawel", "2026-11-17T18:40:00", 0, "Pół roku temu wyremontowałem łazienkę, a teraz "
                  "w rogu nad prysznicem znowu pojawiają się czarne plamy.\nCzy to wina farby, czy raczej "
                  "wentylacji?", []),
            _post("Majster_Bogdan", "2026-11-19T21:15:00", 1, "Prawie zawsze wentylacji. Sprawdź kartką "
                  "papieru, czy kratka w ogóle ciągnie, i zostawiaj po kąpieli uchylone drzwi. Plamy zmyj "
                  "preparatem z chlorem, dopiero potem maluj farbą do łazienek.", ["remont_pawel"]),
            _post("remont_pawel", "2026-11-20T08:02:00", 2, "Kratka rzeczywiście nie ciągnie, jutro "
                  "przeczyszczę kanał. Dzięki!", []),
            _author("remont_pawel", 88, None),
            _author("Majster_Bogdan", 1412, None),
        ],
    },
    # Agora vendor page, English, seen logged in ("Welcome mudlark_77"): <strong>lanternmoth</strong>
    # with "4.91/5, 40~55 deals" (a 5-point score, not a percentage: no rating; a RANGE of deals,
    # not a count: no feedback count); "Last seen 3 hours ago." (not membership: no date shown);
    # the feedback table's rows ("5/5", text, item, "2 days ago", buyer "anon ~5/5, 3~5 deals")
    # are reviews, not the vendor's figures; the armoured key in span.pgptoken with <br/> breaks.
    "holdout/agora_vendor_feedback.html": {
        "template": "agora_vendor", "url": "http://agoramkt7example.onion/vendor/lanternmoth",
        "type": "vendor",
        "records": [_vendor("lanternmoth", None, None, None, _FPR)],
    },
    # Agora category "Tea > Oolong", page 1 of 3 ("More: 1 2 3", the current one classed
    # current-page): four rows of table.products-list; price "0.02940000 BTC"; "From: <flag>
    # Netherlands" / "To: EU"; a row without "To:" ships to nothing shown; the vendor cell's
    # a.gen-user-link (a self-closed <a .../> followed by the name and </a>, as Agora served it)
    # then "4.91/5, 40~55 deals". Each card's category is not shown on the card (None).
    "holdout/agora_category_index.html": {
        "template": "agora_category", "url": "http://agoramkt7example.onion/cat/Tq3eLmPp0a/1",
        "type": "listing_index", "next": "http://agoramkt7example.onion/cat/Tq3eLmPp0a/2",
        "records": [
            _listing("High mountain oolong, 100g", 0.0294, "BTC", "lanternmoth", None, "Netherlands", ["EU"]),
            _listing("Matcha ceremonial grade 30g tin", 0.0186, "BTC", "gruener_kessel", None, "Germany",
                     ["World Wide"]),
            _listing("Pu-erh cake 357g (2016 harvest)", 0.0735, "BTC", "old_tea_horse", None, "UK", None),
            _listing("Earl Grey loose leaf, 500g bag", 0.03125, "BTC", "kettle_and_co", None, "USA",
                     ["USA", "CAN"]),
        ],
    },
    # Dawn product, French: h1 "Bougie parfumée Figuier sauvage, 200 g" (and the same title in the
    # hidden quick-add h2); div.price--on-sale: price__regular "24,90 €" (hidden by CSS on sale),
    # s "32,00 €" struck, span.price-item--sale "24,90 €", unit price "12,45 € / 100g", badge
    # "Promotion"; "Livraison offerte dès 60,00 €" in the announcement bar; recommendation cards
    # 28,00 / 9,50 €. No breadcrumb, no seller, no shipping places.
    "holdout/dawn_product_fr.html": {
        "template": "dawn_fr", "url": "http://atelier-mecheclaire.example/products/bougie-parfumee-figuier-sauvage",
        "type": "listing",
        "records": [_listing("Bougie parfumée Figuier sauvage, 200 g", 24.9, "EUR", None, None, None, None)],
    },
    # OpenCart, Turkish: breadcrumb "<home icon> / Mutfak / Kahve Takımları / <product>" (the
    # category is the last item before the product); old price "649,00TL" struck by an inline
    # style, the special price "<h2>519,00TL</h2>", "Vergiler Hariç: 432,50TL", "3 veya daha
    # fazlası 489,00TL", an option "(+45,00TL)", the header cart "0 ürün - 0,00TL", related thumbs
    # 389,00TL / 1.249,00TL; "Üretim yeri: Gaziantep" is where it is made, not shipped from.
    "holdout/opencart_product_tr.html": {
        "template": "opencart_tr",
        "url": "http://bakirci-ustasi.example/index.php?route=product/product&path=20_27&product_id=64",
        "type": "listing",
        "records": [_listing("Bakır Cezve, 4 Fincanlık", 519.0, "TRY", None, "Kahve Takımları", None, None)],
    },
    # Vanilla sign-in, Italian: h1 "Accedi", "Email o nome utente", "Password", "Ricordami su
    # questo computer", "Accedi →", "oppure Iscriviti", "Hai dimenticato la password?".
    "holdout/vanilla_signin_it.html": {
        "template": "vanilla_login_it", "url": "http://ciclismo-epoca.example/entry/signin?Target=discussions",
        "type": "login", "records": [],
    },
    # Cloudflare's captcha challenge, Brazilian Portuguese: <title>Atenção necessária! |
    # Cloudflare</title>, "Mais uma etapa", "Conclua a verificação de segurança para acessar
    # forum-pescadores.example", a reCAPTCHA form to /cdn-cgi/l/chk_captcha, "Por que tenho que
    # preencher um CAPTCHA?", the Ray ID. A front service's gate (as EndGame's captcha in round 3).
    "holdout/cloudflare_captcha_pt_br.html": {
        "template": "cloudflare_captcha_pt_br", "url": "http://forum-pescadores.example/",
        "type": "ddos_protection", "records": [],
    },
}


ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# Every blind miss (0.601, see the module docstring) was mended after the measurement as a general
# rule, none from these pages (tests/test_parsers_r9_forum_rules.py and
# tests/test_parsers_r9_market_rules.py hold pages of their own for each): posts laid out as runs
# of table rows; posts under a repeated byline with no member link (parsers.bylines); blocks with
# no words of their own lose to an equal set with words; member page scripts given a number; a
# quote box opened by an emphasised attribution; titles from <title> parts no link reads, never a
# guest greeting; "now" only as a whole word; "next" in more languages and a linked current page
# number; a status code is a whole number and an error mention loses to a price and a buy
# button; "From: / To:" pairs and From/To columns; a feedback count is one exact number (no range
# or score); returns lines name no place; a captcha in a front service's frame is DDoS protection.
KNOWN_MISSES: dict[str, dict[str, Any]] = {}


_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)


# 0.601 measured once, blind (see the module docstring); 1.000 after the general mends, not blind.
(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(1.0)


_ENCODINGS = {"holdout/phpbb2_viewtopic_ru_koi8r.html": "koi8-r",
              "holdout/smf11_display_pl_iso8859_2.html": "iso-8859-2"}
test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(_ENCODINGS)


def test_the_vendor_fingerprint_is_the_v4_fingerprint_of_the_armoured_key_on_its_page() -> None:
    # Agora breaks the armour's lines with <br/>.
    html = (DATA / "holdout" / "agora_vendor_feedback.html").read_text(encoding="utf-8")
    armour = re.search(r"-----BEGIN PGP PUBLIC KEY BLOCK-----<br/><br/>(.*?)<br/>=", html, re.S)
    assert armour is not None
    assert v4_fingerprint(armour.group(1)) == _FPR
    assert TRUTH["holdout/agora_vendor_feedback.html"]["records"][0]["pgp_fingerprint"] == _FPR


@pytest.mark.parametrize(("page", "encoding", "word"), [
    ("phpbb2_viewtopic_ru_koi8r.html", "koi8-r", "Пчёлы шумят в омшанике"),
    ("smf11_display_pl_iso8859_2.html", "iso-8859-2", "Pleśń na ścianie"),
])
def test_a_legacy_encoded_page_reads_only_in_the_encoding_it_declares(page: str, encoding: str,
                                                                      word: str) -> None:
    raw = (DATA / "holdout" / page).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert f"charset={encoding}".encode() in raw.lower()
    assert word in raw.decode(encoding)
    assert word not in raw.decode("cp1251" if encoding != "cp1251" else "latin-1")
