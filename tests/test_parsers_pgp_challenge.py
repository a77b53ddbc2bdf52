"""parsers.pgp_challenge: a login's second step by PGP (an armored message to decrypt and a
posted form with one short code field) is a login wall in any language; a thread quoting an
encrypted message beside its reply form, an order form asking for an encrypted address and a
search box are not. Pages of this module's own (a German market, a Brazilian forum, an English
thread and shop), none a round's."""

from __future__ import annotations

from parsers import parse_page
from parsers.classify import interstitial_type
from parsers.dom import load
from parsers.pgp_challenge import pgp_challenge

_MESSAGE = """-----BEGIN PGP MESSAGE-----

hQEMA9xQ2b1kVtQzAQf/Ur4m0Zc1k9aVJgY2m0qkq3dXc1yq0aT1d9uT6l3pQe7n
Wm8rQe0t1xYk2Vb5wJ0cTq9p5cR2hF7aD1sK3gL4mN6bV8xZ0cQ2eR4tY6uI8oP0
=Xq3L
-----END PGP MESSAGE-----"""

_GERMAN = f"""<html lang="de"><head><title>Anmeldung Schritt 2 - Kräutermarkt</title></head><body>
<div class="kopf"><a href="/">Kräutermarkt</a></div>
<h2>Zwei-Faktor-Bestätigung</h2>
<p>Entschlüssle die folgende Nachricht mit deinem privaten Schlüssel und gib den Code ein.</p>
<pre class="nachricht">{_MESSAGE}</pre>
<form action="/anmelden/zwei" method="POST">
  <input type="hidden" name="t" value="8f2c">
  Code: <input type="text" name="code" maxlength="10">
  <input type="submit" value="Bestätigen">
</form>
<p><a href="/anmelden">Zurück</a></p></body></html>"""

_PORTUGUESE = f"""<html lang="pt-BR"><head><title>Verificação - Fórum Varanda</title></head><body>
<header><a href="/">Fórum Varanda</a></header>
<section class="verificacao"><h3>Confirme que a chave é sua</h3>
<form method="post" action="/entrar/2fa">
  <textarea readonly rows="10">{_MESSAGE}</textarea>
  <label>Palavra decifrada <input name="resposta" autocomplete="off"></label>
  <button>Entrar</button>
</form></section></body></html>"""

# A thread whose post quotes an encrypted message, under its reply form (a text area to write in).
_THREAD = f"""<html><head><title>Is this message readable? - Privacy board</title></head><body>
<h1>Is this message readable?</h1>
<div class="post"><b>ann</b> <span>18 Nov 2026</span><pre>{_MESSAGE}</pre></div>
<div class="post"><b>bob</b> <span>19 Nov 2026</span><p>Yes, it decrypts fine with my key.</p></div>
<form method="post" action="/reply"><input name="subject" maxlength="60">
<textarea name="body"></textarea><button>Reply</button></form></body></html>"""

# A shop's order form: the buyer pastes an address encrypted by the vendor's key.
_ORDER = """<html><head><title>Order - Green tea</title></head><body><h1>Green tea</h1>
<p>Price: 12.50 EUR</p><form method="post" action="/order"><input name="qty" maxlength="3">
<textarea name="address" placeholder="-----BEGIN PGP MESSAGE-----"></textarea>
<button>Buy</button></form></body></html>"""


def test_a_german_pgp_second_step_with_a_short_code_field_is_a_login_wall() -> None:
    assert pgp_challenge(load(_GERMAN.encode()))
    result = parse_page(_GERMAN.encode(), url="http://kraeuter.onion/anmelden/zwei", use_profiles=False)
    assert result.page.page_type == "login"
    assert result.records == []


def test_a_message_in_a_readonly_text_area_beside_an_unremembered_field_is_a_login_wall() -> None:
    assert interstitial_type(load(_PORTUGUESE.encode())) == "login"


def test_a_thread_quoting_an_encrypted_message_beside_its_reply_form_is_no_wall() -> None:
    assert not pgp_challenge(load(_THREAD.encode()))
    assert interstitial_type(load(_THREAD.encode())) is None


def test_an_order_form_asking_for_an_encrypted_address_is_no_wall() -> None:
    assert not pgp_challenge(load(_ORDER.encode()))


def test_a_message_beside_a_search_box_sent_by_get_is_no_wall() -> None:
    page = _GERMAN.replace('method="POST"', 'method="get"')
    assert not pgp_challenge(load(page.encode()))


def test_a_code_field_of_no_set_length_that_the_browser_may_remember_is_no_code_field() -> None:
    page = _PORTUGUESE.replace(' autocomplete="off"', "")
    assert not pgp_challenge(load(page.encode()))
