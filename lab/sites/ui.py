"""Interface labels of the lab's sites in five languages, and pagination helpers."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "en": dict(price="Price", vendor="Vendor", stock="Stock", ships_from="Ships from", ships_to="Ships to",
               escrow="Escrow", yes="Yes", no="No (FE)", feedback="Feedback", rating="Positive feedback",
               member_since="Member since", search="Search", next="Next", prev="Previous",
               categories="Categories", reviews="Reviews", pgp="PGP public key", home="Home",
               results="Search results for", wallet="Wallet", contact="Contact", listings="Listings",
               page="Page", all_feedback="All feedback", category="Category", login="Login",
               username="Username", password="Password", positive="Positive", negative="Negative",
               buyer="Buyer", date="Date", item="Item", posts="Posts", joined="Joined",
               replies="Replies", author="Author", last="Last post", quote="wrote", members="Members"),
    "de": dict(price="Preis", vendor="Verkäufer", stock="Bestand", ships_from="Versand aus",
               ships_to="Versand nach", escrow="Treuhand", yes="Ja", no="Nein (FE)", feedback="Bewertungen",
               rating="Positive Bewertungen", member_since="Mitglied seit", search="Suche", next="Weiter",
               prev="Zurück", categories="Kategorien", reviews="Bewertungen", pgp="PGP-Schlüssel",
               home="Start", results="Suchergebnisse für", wallet="Wallet", contact="Kontakt",
               listings="Angebote", page="Seite", all_feedback="Alle Bewertungen", category="Kategorie",
               login="Anmelden", username="Benutzername", password="Passwort", positive="Positiv",
               negative="Negativ", buyer="Käufer", date="Datum", item="Artikel", posts="Beiträge",
               joined="Registriert", replies="Antworten", author="Autor", last="Letzter Beitrag",
               quote="schrieb", members="Mitglieder"),
    "es": dict(price="Precio", vendor="Vendedor", stock="Stock", ships_from="Envía desde", ships_to="Envía a",
               escrow="Depósito (escrow)", yes="sí", no="no (FE)", feedback="Opiniones",
               rating="Opiniones positivas", member_since="Miembro desde", search="Buscar",
               next="Siguiente", prev="Anterior", categories="Categorías", reviews="Opiniones",
               pgp="Clave PGP", home="Inicio", results="Resultados para", wallet="Monedero",
               contact="Contacto", listings="Anuncios", page="Página", all_feedback="Todas las opiniones",
               category="Categoría", login="Entrar", username="Usuario", password="Contraseña",
               positive="Positiva", negative="Negativa", buyer="Comprador", date="Fecha", item="Artículo",
               posts="Mensajes", joined="Registro", replies="Respuestas", author="Autor",
               last="Último mensaje", quote="escribió", members="Miembros"),
    "fr": dict(price="Prix", vendor="Vendeur", stock="Stock", ships_from="Expédié de", ships_to="Expédié vers",
               escrow="Séquestre", yes="Oui", no="Non (FE)", feedback="Avis", rating="Avis positifs",
               member_since="Membre depuis", search="Rechercher", next="Suivant", prev="Précédent",
               categories="Catégories", reviews="Avis", pgp="Clé PGP", home="Accueil",
               results="Résultats pour", wallet="Portefeuille", contact="Contact", listings="Annonces",
               page="Page", all_feedback="Tous les avis", category="Catégorie", login="Connexion",
               username="Identifiant", password="Mot de passe", positive="Positif", negative="Négatif",
               buyer="Acheteur", date="Date", item="Article", posts="Messages", joined="Inscrit",
               replies="Réponses", author="Auteur", last="Dernier message", quote="a écrit",
               members="Membres"),
    "ru": dict(price="Цена", vendor="Продавец", stock="В наличии", ships_from="Отправка из",
               ships_to="Доставка в", escrow="Гарант", yes="Да", no="Нет", feedback="Отзывы",
               rating="Положительные", member_since="На сайте с", search="Поиск", next="След.",
               prev="Пред.", categories="Категории", reviews="Отзывы", pgp="PGP ключ", home="Главная",
               results="Результаты поиска", wallet="Кошелёк", contact="Контакт", listings="Товары",
               page="Страница", all_feedback="Все отзывы", category="Категория", login="Вход",
               username="Имя пользователя", password="Пароль", positive="Положительный",
               negative="Отрицательный", buyer="Покупатель", date="Дата", item="Товар",
               posts="Сообщения", joined="Зарегистрирован", replies="Ответы", author="Автор",
               last="Последнее сообщение", quote="писал(а)", members="Пользователи"),
}


def pages(total_items: int, per_page: int) -> int:
    return max(1, -(-total_items // per_page))


def window(current: int, last: int) -> list[int]:
    """Page numbers a pager shows: first, last and two either side of the current page."""
    shown = {1, last, *range(max(1, current - 2), min(last, current + 2) + 1)}
    return sorted(shown)
