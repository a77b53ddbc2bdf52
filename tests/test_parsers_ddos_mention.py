"""parsers.ddos_mention: a site's own captcha whose prose names DDoS attacks as the reason it
asks is a captcha; a wall that names itself a DDoS guard, or says it queues or checks the
browser, stays a DDoS guard's."""

from __future__ import annotations

from parsers import parse_page


def _gate(lang: str, title: str, heading: str, lines: list[str], field: str = "maxlength=5") -> bytes:
    said = "".join(f"<p>{line}</p>" for line in lines)
    return (f"<html lang={lang}><head><title>{title}</title></head><body><div class=box>"
            f"<h1>{heading}</h1>{said}<form method=post action='/check'>"
            f"<img src='/img/q.png?t=77ab' width=200 height=60><input name=answer {field}>"
            "<button>OK</button></form></div></body></html>").encode()


def test_a_catalan_captcha_that_names_ddos_attacks_in_a_sentence_is_a_captcha() -> None:
    body = _gate("ca", "Comprovació – Botiga del Vespre", "Botiga del Vespre", [
        "Per protegir la botiga dels robots i dels atacs DDoS us demanem que escriviu les lletres.",
        "Teniu tres intents.",
    ])
    assert parse_page(body, url="http://x.onion/check").page.page_type == "captcha"


def test_a_romanian_captcha_kept_from_autocomplete_that_names_anti_ddos_is_a_captcha() -> None:
    body = _gate("ro", "Verificare", "Piața de Noapte", [
        "Acest formular anti-DDoS ne ajută să ținem roboții departe de piață, vă mulțumim.",
    ], field="autocomplete=off")
    assert parse_page(body, url="http://x.onion/check").page.page_type == "captcha"


def test_a_captcha_titled_as_ddos_protection_stays_a_ddos_guard() -> None:
    body = _gate("en", "Night Bazaar - DDoS Protection", "Night Bazaar", [
        "Please type the characters you see in the picture below to go on to the market.",
    ])
    assert parse_page(body, url="http://x.onion/check").page.page_type == "ddos_protection"


def test_a_captcha_with_ddos_protection_on_a_line_of_its_own_stays_a_ddos_guard() -> None:
    body = _gate("de", "Nachtmarkt", "Nachtmarkt", [
        "DDoS-Schutz",
        "Bitte tippe die Zeichen aus dem Bild ab, dann geht es weiter zum Markt.",
    ])
    assert parse_page(body, url="http://x.onion/check").page.page_type == "ddos_protection"


def test_a_captcha_that_also_says_the_visitor_waits_in_a_queue_stays_a_ddos_guard() -> None:
    body = _gate("fr", "Marché du Soir", "Marché du Soir", [
        "Pour protéger le marché des attaques DDoS, vous êtes placé dans une file d'attente.",
        "Tapez les lettres de l'image pour entrer.",
    ])
    assert parse_page(body, url="http://x.onion/check").page.page_type == "ddos_protection"
