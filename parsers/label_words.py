"""The words pages label their fields with, per field and in many languages, and the words of
buy controls, feedback and sales: tables only; :mod:`parsers.labels` builds its patterns from them.

    >>> from parsers.label_words import LABEL_TABLE
    >>> "vendor" in LABEL_TABLE["vendor"], "продавец" in LABEL_TABLE["vendor"]
    (True, True)
"""

from __future__ import annotations

__all__ = ["BUY_WORDS", "CONTROL_WORDS", "FEEDBACK_WORDS", "LABEL_TABLE", "SALES_WORDS"]

#: The words of a buy or order control (a button, a link, a form's heading), in several languages:
#: a page that shows one sells the item it is about.
BUY_WORDS = (
    "add to cart", "add to basket", "buy now", "buy", "order now", "order product", "order item", "purchase",
    "place order", "checkout", "купить", "заказать", "в корзину", "in den warenkorb", "kaufen", "bestellen",
    "acheter", "commander", "ajouter au panier", "comprar", "añadir al carrito", "acquista",
    "aggiungi al carrello", "sepete ekle", "adicionar ao carrinho", "adicionar à sacola", "mua ngay",
    "thêm vào giỏ", "đặt hàng", "beli sekarang", "tambah ke keranjang", "satın al", "in de winkelwagen",
    "in winkelwagen", "toevoegen aan winkelwagen", "nu kopen", "dodaj do koszyka", "kup teraz", "do košíku",
    "lägg i varukorgen", "köp nu", "в кошик", "купити",
    # Malay, Swahili, Filipino, Serbian (Cyrillic and Latin), Croatian.
    "beli", "tambah ke troli", "nunua", "weka kwenye kikapu", "ongeza kwenye kikapu", "bilhin",
    "idagdag sa cart", "idagdag sa basket", "купи", "додај у корпу", "kupi", "dodaj u korpu",
    "dodaj u košaricu",
)

#: What a control says (buy, order, message, follow, log in... in several languages): such a word
#: standing alone is a button's or a form's, never a vendor's name ("<h3>Купить</h3>" over a
#: package table, "<a class=button>Contact</a>" beside a seller's card).
CONTROL_WORDS: frozenset[str] = frozenset(
    (
        *BUY_WORDS, "add to bag", "add to wishlist", "jetzt kaufen", "in den korb", "warenkorb", "kup",
        "kup teraz", "dodaj do koszyka", "do koszyka", "zamów", "koupit", "do košíku", "objednat", "kopen",
        "bestel", "in winkelwagen", "köp", "osta", "купити", "замовити", "в кошик", "оформить заказ",
        "achetez", "comprar ahora", "acquista ora", "ordina", "order",
        "contact", "message", "send message", "follow", "unfollow", "subscribe", "report",
        "login", "log in", "sign in", "register", "sign up", "написать", "написать сообщение",
        "связаться", "подписаться", "войти", "регистрация", "лс", "kontakt", "nachricht", "folgen",
        "anmelden", "contacter", "suivre", "connexion", "contactar", "seguir", "contatta", "segui",
    )
)

#: Labels of a count of feedback, and of a count of sales (a vendor's feedback count is either).
FEEDBACK_WORDS = (
    "feedback", "feedbacks", "reviews", "ratings", "total feedback", "feedback count", "отзывы",
    "отзывов", "количество отзывов", "bewertungen", "avis", "évaluations", "valoraciones",
    "reseñas", "opiniones", "recensioni", "opinie", "recenzje", "recenze", "hodnocení",
    "rezensionen",  # de: WooCommerce's and Dokan's German packs ("aus 1347 Rezensionen")
    "beoordelingen", "recensies", "avaliações", "відгуки",
    "відгуків",  # uk: the form a count takes ("2 731 відгуків", "Відгуків: 2 731"), as ru "отзывов"
    "yorumlar", "omdömen", "anmeldelser",
    "ulasan",  # ms, id
    "maoni",  # sw
    "утисци",  # sr
    "utisci",
    "recenzije",  # hr, sr, bs
    # Icelandic, Latvian, Lithuanian, Estonian, Finnish, Hungarian, Romanian, Greek.
    "umsagnir", "atsauksmes", "atsiliepimai", "arvustused", "arvostelut", "értékelések", "recenzii",
    "αξιολογήσεις",
    # Orders the buyer rated: one feedback each ("Pedidos valorados: 216", Eckmar's stats).
    "rated orders", "pedidos valorados", "bewertete bestellungen", "commandes évaluées",
    "ordini valutati", "оценённых заказов", "оцененных заказов",
)
SALES_WORDS = (
    "sales", "orders", "transactions", "продажи", "сделок", "verkäufe", "ventes", "ventas", "vendite",
)

#: Per field, the words that label it on a page (the start of a "label: value" line).
LABEL_TABLE: dict[str, tuple[str, ...]] = {
    "price": (
        "purchase price", "sale price", "our price", "listing price", "price", "unit price", "prix",
        "preis", "precio", "prezzo", "preço", "prijs", "cena", "цена", "стоимость", "cost",
        # Chinese: "本店售价" (this shop's price, beside a struck "市场价格" market price), "售价".
        "本店售价", "售价", "价格", "单价", "现价", "促销价", "価格", "販売価格", "amount", "kosten",
        # Vietnamese, Indonesian, Turkish.
        "giá", "giá bán", "harga", "fiyat", "fiyatı",
    ),
    "vendor": (
        "vendor", "seller", "sold by", "vendor name", "vendeur", "vendu par", "verkäufer",
        "verkauft von", "händler", "anbieter", "vendedor", "vendido por", "venditore", "venduto da",
        "verkoper", "sprzedawca", "продавец", "поставщик", "магазин", "shop", "store", "merchant",
        "dealer", "người bán", "nhà bán", "penjual", "satıcı",
        # Romanian, Danish, Norwegian, Swedish, Finnish, Greek, Czech, Slovak.
        "vânzător", "vanzator", "sælger", "selger", "säljare", "myyjä", "πωλητής", "prodejce",
        "predajca",
        # Arabic, Persian, Hebrew, Hindi ("البائع: Dar_AlOud").
        "البائع", "بائع", "فروشنده", "מוכר", "विक्रेता",
    ),
    "ships_from": (
        "ships from", "shipping from", "ship from", "shipped from", "sends from", "dispatch from",
        "dispatches from", "location", "expédié de", "expédie de", "envoi depuis", "versand aus",
        "versand von", "versendet aus", "envío desde", "envia desde", "envía desde",
        "enviado desde", "envíos desde", "spedito da", "spedizione da", "отправка из",
        "доставка из", "откуда", "страна отправки", "отправляется из", "wysyłka z", "wysyłane z",
        "enviado de", "envio de", "verzonden vanuit", "verzending vanuit", "verzonden uit",
        "odesláno z", "doprava z", "gửi từ", "giao từ", "dikirim dari", "item location",
        "lieu où se trouve l'objet", "localisation de l'objet", "artikelstandort",
        "ubicación del artículo", "posizione dell'oggetto", "gönderim yeri",
        # Turkish "dispatch" alone names the place sent from ("Gönderim: Türkiye"), its region
        # the places sent to ("Gönderim bölgesi", below).
        "gönderim",
    ),
    # Where the goods come from ("Origine: Lozère, France", "Herkunft: Kenia"): a product's
    # attribute, read as where it ships from only beside a shipping destination (markets label
    # the route "Origin country" / "Ship to"), see parsers.market_places.ships_from_value.
    "origin": (
        "origin country", "country of origin", "origin", "pays d'origine", "origine", "herkunft",
        "herkunftsland", "ursprungsland", "origen", "país de origen", "paese di origine",
        "origine del prodotto", "kraj pochodzenia", "pochodzenie", "origem", "país de origem",
        "herkomst", "land van herkomst", "země původu", "původ", "страна происхождения",
        "страна производства", "происхождение", "xuất xứ",
    ),
    "ships_to": (
        "ships to", "shipping to", "ship to", "shipped to", "envoyé vers", "versendet nach",
        "enviado a", "spedito in", "shipping destinations", "destination", "destinations",
        "delivers to", "ships worldwide to", "expédie vers", "livraison vers", "livraison",
        "expédié vers", "versand nach", "lieferung nach", "liefert nach", "envío a", "envíos a",
        "envia a", "envía a", "envío hacia", "spedizione verso", "spedisce in", "доставка в",
        "отправка в", "куда", "доставка", "wysyłka do", "gửi đến", "giao đến", "giao hàng đến",
        "dikirim ke", "gönderim bölgesi",
    ),
    "category": (
        "category", "categories", "catégorie", "kategorie", "categoría", "categoria", "категория",
        "раздел", "kategoria", "type", "danh mục", "kategori",
        # Japanese, Chinese, Korean, Persian, Arabic, Hebrew, Hindi, Thai, Ukrainian, Greek,
        # Hungarian, Dutch and Romanian (the words shops label it with).
        "カテゴリ", "カテゴリー", "分類", "ジャンル", "分类", "类别", "類別", "类目", "카테고리", "분류",
        "دسته‌بندی", "دسته بندی", "دسته", "الفئة", "التصنيف", "القسم", "קטגוריה", "श्रेणी",
        "หมวดหมู่", "категорія", "розділ", "κατηγορία", "kategória", "categorie", "categoria produs",
    ),
    "stock": (
        "in stock", "stock", "quantity left", "quantity available", "available", "qty available",
        "en stock", "lager", "auf lager", "bestand", "vorrat", "quantité", "existencia", "cantidad",
        "количество", "existencias", "disponible", "disponibles", "в наличии", "наличие", "остаток",
    ),
    "escrow": ("escrow", "payment", "treuhand", "séquestre", "depósito", "гарант", "эскроу"),
    "feedback_count": FEEDBACK_WORDS + SALES_WORDS,
    "rating": (
        "positive feedback", "positive bewertungen", "opiniones positivas", "avis positifs",
        "положительные отзывы", "positive", "rating", "rating:", "score", "trust", "рейтинг",
        "положительные", "положительных", "bewertung", "positiv", "note", "évaluation positive",
        "calificación", "valoración", "positivo", "positive rate",
    ),
    "member_since": (
        "member since", "joined", "join date", "registered", "registration date", "vendor since",
        # "Vendor since" as shops translate it (a seller's own join day on its store's head).
        "seller since", "verkäufer seit", "händler seit", "vendeur depuis", "vendedor desde",
        "venditore dal", "verkoper sinds", "sprzedawca od", "prodejce od",
        "since", "на сайте с", "регистрация", "зарегистрирован", "дата регистрации", "с нами с",
        # "Стаж" (ru, uk: how long one has been a member): phpBB 2's Russian heirs' join label,
        # its value a span ("11 лет 2 месяца") over the day itself.
        "стаж",
        "mitglied seit", "registriert", "registriert seit", "dabei seit", "membre depuis",
        "inscrit", "inscrit le", "inscription", "inscrit depuis", "miembro desde", "registrado",
        "fecha de registro", "membro dal", "iscritto", "lid sinds", "geregistreerd", "iscritto dal",
        "registrato", "membro desde", "anggota sejak", "bergabung sejak", "bergabung",
        "terdaftar sejak", "registrado em", "zarejestrowany", "zarejestrowana", "data rejestracji",
        "członek od", "registrován", "registrována", "datum registrace", "členem od",
        "зареєстрований", "дата реєстрації", "на сайті з", "kayıt tarihi", "üyelik tarihi",
        "تاریخ عضویت", "عضویت", "تاريخ التسجيل", "تاريخ الانضمام", "عضو منذ", "انضم", "انضم في",
        "اشترك في", "تاريخ الاشتراك", "entrou", "entrou em", "cadastrado em", "data de cadastro",
        # Forum engines' language packs (FUDforum's Czech "Registrován", phpBB's Swedish...).
        "registrován(a)", "registrace", "člen od",  # cs
        "registrovaný", "registrovaná", "registrácia", "členom od",  # sk
        "dołączył", "dołączyła", "dołączył(a)", "rejestracja",  # pl
        "lid geworden", "aangemeld",  # nl
        "cadastrado em", "entrou em",  # pt
        "medlem sedan", "registrerad", "gick med",  # sv
        "medlem siden", "tilmeldt", "registreret",  # da
        "registrert",  # no
        "liittynyt", "rekisteröitynyt", "jäsen alkaen",  # fi
        "katılım", "katılım tarihi",  # tr
        "зареєстрована", "реєстрація", "з нами з",  # uk
        "csatlakozott", "regisztrált", "regisztráció",  # hu
        "membru din", "înregistrat", "data înregistrării", "înscris", "înscrisă",  # ro
        "εγγραφή", "μέλος από", "ημερομηνία εγγραφής", "εγγράφηκε",  # el
        "登録日", "参加日",  # ja
        "가입일",  # ko
        "придружио се", "придружила се", "члан од", "регистрован", "регистрована",  # sr (Cyrillic)
        "pridružio se", "pridružila se", "član od", "registrovan", "registriran",  # sr, hr, bs
        "ahli sejak", "menyertai", "sumali", "miyembro mula", "alijiunga", "mwanachama tangu",  # ms, tl, sw
        "tham gia", "ngày tham gia", "gia nhập",  # vi
        # vBulletin's language packs: "Fecha de ingreso" (es), "Data de ingresso" (pt),
        # "Data registrazione" (it), "Date d'inscription" (fr), "Registriert seit" (de).
        "fecha de ingreso", "se unió", "data de ingresso", "data registrazione",
        "date d'inscription", "geregistreerd op", "lid geworden op",
        "միացել է", "գրանցվել է",  # Armenian
    ),
    "posts": (
        "posts", "post count", "total posts", "messages", "beiträge", "сообщений", "сообщения",
        "messages postés", "mensajes", "publicaciones", "messaggi", "berichten", "wiadomości",
        "posty", "帖子", "回帖", "發文",
        # Persian ("ارسال ها", with a space or a zero-width non-joiner) and Arabic.
        "ارسال ها", "ارسال\u200cها", "پست ها", "پست\u200cها", "المشاركات", "تعداد پست", "تعداد ارسال",
        "تعداد پست ها", "تعداد پست\u200cها", "تعداد ارسال ها", "تعداد ارسال\u200cها",
        "գրառումներ",  # Armenian
        "مشاركات", "عدد المشاركات",
        # Forum engines' language packs (FUDforum's Czech "Příspěvků", phpBB's Swedish "Inlägg"...).
        "příspěvků", "příspěvky", "počet příspěvků",  # cs
        "príspevkov", "príspevky", "počet príspevkov",  # sk
        "postów", "liczba postów",  # pl
        "mensagens", "postagens",  # pt
        "inlägg", "antal inlägg",  # sv
        "indlæg", "antal indlæg",  # da
        "innlegg", "antall innlegg",  # no
        "viestejä", "viestit", "viestejä yhteensä",  # fi
        "mesajlar", "mesaj sayısı", "toplam mesaj",  # tr
        "повідомлень", "повідомлення", "дописів", "дописи",  # uk
        "hozzászólások", "hozzászólás",  # hu
        "ziņas", "ziņojumi",  # lv
        "postime",  # sq
        "mesaje", "postări",  # ro
        "μηνύματα", "δημοσιεύσεις",  # el
        "投稿数", "投稿",  # ja
        "게시물", "글 수",  # ko
        "missatges",  # ca
        "pranešimai", "pranešimų",  # lt
        "prispevki", "prispevkov", "število prispevkov",  # sl
        "postova", "broj postova",  # hr, bs, sr
        "постова", "број постова",  # sr (Cyrillic)
        "postitusi", "postitused",  # et
        "הודעות",  # he
        "kiriman", "jumlah kiriman",  # id
        "bài viết", "số bài viết", "bài gửi",  # vi
    ),
    "last_seen": (
        "last seen", "last active", "last online", "last login", "zuletzt online",
        "dernière visite", "был в сети", "последний визит", "última conexión",
    ),
}
