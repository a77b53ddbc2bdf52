"""parsers.dated_elements and parsers.post_dates on a post's date written as the first line of a
longer text ("18/11/2026 10:05" over "Posted as a reply to: ann." in one text node, Liferay's
message boards' way), with each poster's panel showing a labelled join date first: the posts are
aligned on those dates and dated by them, not by the join days. Pages of this module's own
(Dutch and Czech), none a round's; and the Greek join label "Ημερομηνία Εγγραφής"."""

from __future__ import annotations

from parsers import parse_page
from parsers.labels import LABELS
from parsers.post_dates import first_line

_NOW = "2026-11-20T12:00:00Z"


def _post(name: str, joined: str, date: str, reply: str, words: str, *, lang: str) -> str:
    join_label, reply_label = {"nl": ("Lid sinds:", "Geplaatst als antwoord op:"),
                               "cs": ("Registrován:", "Odesláno jako odpověď na:")}[lang]
    answer = f"\n\n\t\t\t\t\t\t{reply_label} {reply}." if reply else ""
    return f"""<div class="bericht">
<table class="berichtweergave"><tr>
<td class="gebruiker"><a href="/web/{name.lower().replace(' ', '.')}"><span class="naam">{name}</span></a>
<div class="gegevens"><div class="datum-lid"><span>{join_label}</span> {joined}</div></div></td>
<td><div class="kop"><a href="#m"><strong>Bericht</strong></a><br /><div class="vlag">Antwoord</div>
\t\t\t\t\t{date}{answer}
\t\t\t\t</div><div class="tekst">{words}</div></td></tr></table></div>"""


def _thread(lang: str, posts: list[tuple[str, str, str, str, str]]) -> bytes:
    body = "\n".join(_post(*p, lang=lang) for p in posts)
    return (f"<html><head><title>Onderwerp</title></head><body><h3>Onderwerp</h3>{body}"
            f"</body></html>").encode()


def _dates(page: bytes, url: str) -> list[tuple[str | None, str | None]]:
    records = parse_page(page, url=url, captured_at=_NOW, use_profiles=False).records
    return [(r.author, r.posted_at) for r in records if r.kind == "post"]


def test_a_posts_date_over_a_reply_line_in_one_text_is_its_date_not_the_join_day() -> None:
    dutch = _thread("nl", [
        ("Anke de Vries", "3-4-2017", "17-11-2026 21:14", "", "Welke oculair voor Saturnus met mijn Dobson?"),
        ("Bram Smit", "9-2-2012", "18-11-2026 10:05", "Anke de Vries",
         "Probeer een oculair van tien millimeter, dat geeft genoeg vergroting."),
        ("Anke de Vries", "3-4-2017", "19-11-2026 23:40", "Bram Smit",
         "Dank je wel, ik bestel er morgen een bij de winkel."),
    ])
    assert _dates(dutch, "http://sterren.example/web/club/-/message_boards/view_message/17") == [
        ("Anke de Vries", "2026-11-17T21:14:00"), ("Bram Smit", "2026-11-18T10:05:00"),
        ("Anke de Vries", "2026-11-19T23:40:00")]
    czech = _thread("cs", [
        ("Jana Novak", "14.3.2019", "17.11.2026 09:30", "", "Jaký okulár na Saturn a jeho prstence?"),
        ("Petr Dvorak", "2.9.2015", "18.11.2026 18:45", "Jana Novak",
         "Zkus okulár deset milimetrů, s dobsonem je to akorát zvětšení."),
    ])
    assert _dates(czech, "http://hvezdy.example/web/klub/-/message_boards/view_message/4") == [
        ("Jana Novak", "2026-11-17T09:30:00"), ("Petr Dvorak", "2026-11-18T18:45:00")]


def test_only_a_short_first_line_opening_with_a_digit_is_taken_from_a_long_text() -> None:
    assert first_line("\n\t\t18/11/2026 10:05\n\t\tPosted as a reply to: ann.\n") == "18/11/2026 10:05"
    assert first_line("Posted on\n18/11/2026 10:05 as a reply to ann") is None
    long_first = "18 eggs, flour and a long line of words that runs well past sixty characters\nmore"
    assert first_line(long_first) is None


def test_the_greek_registration_date_label_names_a_join_date() -> None:
    assert LABELS["member_since"].match("Ημερομηνία Εγγραφής: 14/3/2019")
