"""parsers.parse_page: round 8's general forum and interstitial rules, each stated on small pages
written for it (never copies of the round's pages): waiting rooms in more languages and by their
shape, FUDforum's message tables, and a Reddit-like topic's own text as its opening post."""

from __future__ import annotations

import pytest

from parsers import parse_page
from parsers.classify import QUEUE_WORDS


def _wall(title: str, body: str) -> bytes:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode()


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Wachtrij", "<p>U bent in een wachtrij geplaatst. Even geduld alstublieft.</p>"),
        ("Kö", "<p>Du står i kö. Beräknad väntetid: 2 minuter.</p>"),
        ("Kø", "<p>Du er i kø. Vent venligst.</p>"),
        ("Jono", "<p>Olet jonossa, odota hetki.</p>"),
        ("Fronta", "<p>Jste ve frontě. Čekejte prosím.</p>"),
        ("Kolejka", "<p>Jesteś w kolejce. Szacowany czas oczekiwania: 4 minuty.</p>"),
        ("Fila", "<p>Você está na fila. Por favor aguarde.</p>"),
        ("Coda", "<p>Sei in coda. Tempo di attesa stimato: 3 minuti.</p>"),
        ("Sıra", "<p>Sıradasınız, lütfen bekleyin.</p>"),
        ("Черга", "<p>Ви в черзі. Зачекайте, будь ласка.</p>"),
    ],
)
def test_a_waiting_room_is_a_ddos_guard_in_many_languages(title: str, body: str) -> None:
    assert parse_page(_wall(title, body)).page.page_type == "ddos_protection"


def test_the_queue_word_table_covers_the_nordic_central_european_and_southern_languages() -> None:
    assert {"nl", "sv", "da", "no", "fi", "cs", "pl", "pt", "it", "tr", "uk"} <= set(QUEUE_WORDS)
    assert all(word == word.lower() for words in QUEUE_WORDS.values() for word in words)


def test_a_short_page_showing_a_queue_eta_is_a_waiting_room_whatever_its_words() -> None:
    # Words in no table (Estonian), but the shape of a waiting room: a logo, a line, an ETA.
    body = ('<div class="logo">Turuplats</div><p>Teid suunatakse varsti edasi.</p>'
            '<p class="lg">Ooteaeg <span class="eta">2 min</span></p>')
    assert parse_page(_wall("Turuplats", body)).page.page_type == "ddos_protection"


def test_a_short_page_with_a_form_or_without_a_number_is_not_taken_for_a_queue() -> None:
    form = ('<div class="queue-box"><form><input name="q"><button>Otsi</button></form>'
            '<p>3 tulemust</p></div>')
    no_number = '<p>Teid suunatakse varsti edasi.</p><span class="eta">varsti</span>'
    assert parse_page(_wall("Otsing", form)).page.page_type != "ddos_protection"
    assert parse_page(_wall("Turuplats", no_number)).page.page_type != "ddos_protection"
