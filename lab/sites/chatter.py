"""Forum chatter of the lab in five languages, and the clearly fictional placeholder "propaganda"
of an invented movement (the Ashen Lantern) that producer/consumer scoring is tested on.

    >>> "FICTIONAL PLACEHOLDER" in PROPAGANDA_BODY and len(SENTENCES) == 5
    True
"""

from __future__ import annotations

THREAD_TOPICS: dict[str, tuple[str, ...]] = {
    "en": (
        "Best way to store {x}?",
        "Review: {x} from a new vendor",
        "Anyone tried {x}?",
        "Weekly thread: {x}",
        "Help choosing {x}",
        "Guide: keeping {x} fresh",
    ),
    "ru": (
        "Как хранить {x}?",
        "Отзыв: {x} от нового продавца",
        "Кто пробовал {x}?",
        "Еженедельная тема: {x}",
        "Помогите выбрать {x}",
        "Гайд: {x}",
    ),
    "fr": (
        "Comment conserver {x} ?",
        "Avis : {x} d'un nouveau vendeur",
        "Quelqu'un a testé {x} ?",
        "Fil hebdo : {x}",
        "Aide pour choisir {x}",
        "Guide : {x}",
    ),
    "de": (
        "Wie lagert man {x}?",
        "Erfahrung: {x} vom neuen Händler",
        "Hat jemand {x} probiert?",
        "Wochenthread: {x}",
        "Hilfe bei der Wahl: {x}",
        "Anleitung: {x}",
    ),
    "es": (
        "¿Cómo guardar {x}?",
        "Reseña: {x} de un vendedor nuevo",
        "¿Alguien probó {x}?",
        "Hilo semanal: {x}",
        "Ayuda para elegir {x}",
        "Guía: {x}",
    ),
}

SENTENCES: dict[str, tuple[str, ...]] = {
    "en": (
        "I had a good experience with this one.",
        "Shipping took about a week to my place.",
        "Keep it in a dry, dark cupboard.",
        "Not sure it is worth the price though.",
        "The vendor answered my message within a day.",
        "Packaging was discreet and tidy.",
        "Has anyone compared it with the older batch?",
        "Thanks for the detailed write-up.",
    ),
    "ru": (
        "У меня остались хорошие впечатления.",
        "Доставка заняла примерно неделю.",
        "Храните в сухом тёмном месте.",
        "Не уверен, что цена оправдана.",
        "Продавец ответил на сообщение за день.",
        "Упаковка аккуратная и незаметная.",
        "Кто-нибудь сравнивал со старой партией?",
        "Спасибо за подробный обзор.",
    ),
    "fr": (
        "J'ai eu une bonne expérience avec celui-ci.",
        "La livraison a pris environ une semaine.",
        "À conserver au sec et à l'abri de la lumière.",
        "Je ne suis pas sûr que ça vaille le prix.",
        "Le vendeur a répondu en une journée.",
        "L'emballage était discret et soigné.",
        "Quelqu'un a comparé avec l'ancien lot ?",
        "Merci pour ce compte rendu détaillé.",
    ),
    "de": (
        "Ich habe gute Erfahrungen damit gemacht.",
        "Der Versand dauerte etwa eine Woche.",
        "Trocken und dunkel lagern.",
        "Ob es den Preis wert ist, weiß ich nicht.",
        "Der Händler hat innerhalb eines Tages geantwortet.",
        "Die Verpackung war diskret.",
        "Hat jemand mit der alten Charge verglichen?",
        "Danke für den ausführlichen Bericht.",
    ),
    "es": (
        "Tuve una buena experiencia con este.",
        "El envío tardó una semana más o menos.",
        "Guárdalo en un lugar seco y oscuro.",
        "No sé si vale lo que cuesta.",
        "El vendedor respondió en un día.",
        "El embalaje fue discreto y limpio.",
        "¿Alguien lo comparó con el lote anterior?",
        "Gracias por la reseña tan detallada.",
    ),
}

#: Clearly fictional placeholder "propaganda" of an invented movement, for producer/consumer tests.
PROPAGANDA_TITLES = (
    "[FICTIONAL PLACEHOLDER] Manifesto of the Ashen Lantern, part {n}",
    "[FICTIONAL PLACEHOLDER] Ashen Lantern bulletin no. {n}",
    "[FICTIONAL PLACEHOLDER] Recruitment poster pack {n} (lab text)",
)
PROPAGANDA_BODY = (
    "FICTIONAL PLACEHOLDER TEXT for the onionscope lab. The Ashen Lantern, an invented movement, "
    "calls on its imaginary followers to spread bulletin {n}. Share, repost, translate. "
    "This paragraph stands in for extremist propaganda and carries no real message."
)
CONSUMER_REPLIES = (
    "Reposted. (placeholder)",
    "Saved, thanks. (placeholder)",
    "Shared to my channel. (placeholder)",
    "Where is part {n}? (placeholder)",
    "Translated, see above. (placeholder)",
)
