"""parsers.mail_quotes: a mail client's attribution line written as plain text just before the
quote block ("Am 17.11.2026 um 21:14 schrieb Hans Meyer:", "Le mar. 17 nov. 2026 à 09:05, Jeanne
Roux a écrit :") names the quoted and is no word of the post; the signature after a "-- " line
is cut. Pages of this module's own (German and French mailing-list archives), none a round's."""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.mail_quotes import text_heads, without_signature

_NOW = "2026-11-20T12:00:00Z"


def _mail(name: str, user: str, when: str, body: str) -> str:
    return (f"<article class='nachricht'><header><a href='/archiv/users/{user}/'>{name}</a> "
            f"<time datetime='{when}'>{when[:10]}</time></header>"
            f"<div class='inhalt'>\n{body}\n</div></article>")


_HEAD = "<html><head><title>Lauch im Frost - Gartenliste</title></head><body><h2>Lauch im Frost</h2>"
_GERMAN = _HEAD + "".join([
    _mail("Hans Meyer", "hm", "2026-11-17T21:14:00", "Übersteht Lauch den Frost im Beet, oder soll ich ihn "
          "jetzt ernten?\n-- \nHans Meyer\nKleingarten Süd"),
    _mail("Gisela Brandt", "gb", "2026-11-18T08:30:00",
          "Am 17.11.2026 um 21:14 schrieb Hans Meyer:\n"
          "<blockquote class='zitiert'>Übersteht Lauch den Frost im Beet?</blockquote>\n"
          "Ja, Lauch bleibt den ganzen Winter draußen, nur bei Kahlfrost mit Vlies abdecken."),
]) + "</body></html>"


def _posts(page: str, url: str) -> list[dict[str, object]]:
    records = parse_page(page.encode(), url=url, captured_at=_NOW, use_profiles=False).records
    return [{"author": r.author, "body": r.body, "quotes": r.quotes} for r in records if r.kind == "post"]


def test_a_mail_clients_attribution_line_before_a_quote_names_the_quoted_and_is_no_word() -> None:
    posts = _posts(_GERMAN, "http://garten.example/archiv/list/garten/thread/ABC/")
    words = "Ja, Lauch bleibt den ganzen Winter draußen, nur bei Kahlfrost mit Vlies abdecken."
    assert posts[1] == {"author": "Gisela Brandt", "quotes": ["Hans Meyer"], "body": words}


def test_a_mails_signature_after_its_dash_dash_line_is_cut() -> None:
    posts = _posts(_GERMAN, "http://garten.example/archiv/list/garten/thread/ABC/")
    assert posts[0]["body"] == "Übersteht Lauch den Frost im Beet, oder soll ich ihn jetzt ernten?"
    # A long run of lines after "--" is the post's words, no signature.
    words = "Erstens\n--\n" + "\n".join(f"Punkt {i}: mehr dazu" for i in range(6))
    assert without_signature(words) == words


def test_a_french_attribution_line_after_a_paragraph_names_the_quoted() -> None:
    doc = load("<div id=m><p>Bonjour à tous.</p>Le mar. 17 nov. 2026 à 09:05, Jeanne Roux a écrit :"
               "<blockquote>Faut-il pailler les fraisiers ?</blockquote>Oui, avec de la paille.</div>"
               .encode())
    quote = doc.root.find(".//blockquote")
    [(head, name)] = text_heads([quote], _NOW).values()
    assert (head.text, name) == ("Le mar. 17 nov. 2026 à 09:05, Jeanne Roux a écrit :", "Jeanne Roux")
    assert head.getnext() is quote and not doc.root.find(".//p").tail.strip()


def test_a_wordless_toggle_between_the_line_and_the_quote_is_passed_over() -> None:
    doc = load("<div id=m>Am 17.11.2026 um 21:14 schrieb Hans Meyer:<div class=umschalter><a href='#'>…</a>"
               "</div><div class=zitiert>Übersteht Lauch den Frost?</div>Ja.</div>".encode())
    toggle, quote = doc.root.get_element_by_id("m")
    heads = text_heads([toggle, quote], _NOW)
    assert list(heads) == [quote] and heads[quote][1] == "Hans Meyer"


def test_a_colon_line_without_a_day_before_a_quote_is_no_attribution() -> None:
    doc = load(b"<div id=m>Jeanne Roux a dit :<blockquote>Faut-il pailler ?</blockquote>Oui.</div>")
    assert text_heads([doc.root.find(".//blockquote")], _NOW) == {}
