"""parsers.member_card: a forum member's profile read by its shape (one labelled post count, the
earliest labelled dated value as the join day, the name the title and the page both show), and a
market seller's page never taken for one. Invented templates in Finnish, Italian, Norwegian,
Romanian, Dutch and Swedish (a count labelled by a compound word, a heading holding the name)."""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.member_card import member_card, seller_signs

NOW = "2026-11-20T12:00:00Z"

# A Finnish board's profile: a definition list, the join label no vocabulary knows, the last visit
# written without a year, the avatar's text the member's name.
_FINNISH = """<html lang="fi"><head><title>Kalaverkko &ndash; Profiili: hauki_ukko</title></head><body>
<div class="top">
<a href="/">Kalaverkko</a> <a href="/keskustelut">Keskustelut</a> <a href="/jasenet">Jäsenet</a>
</div>
<div class="card"><img src="/kuvat/41.png" alt="hauki_ukko"><h2>hauki_ukko</h2><p>Kokenut kalastaja</p>
<dl><dt>Viestit:</dt><dd>877</dd><dt>Liittynyt foorumille:</dt><dd>9. helmikuuta 2022</dd>
<dt>Viimeksi paikalla:</dt><dd>tänään 08:15</dd><dt>Paikkakunta:</dt><dd>Kuopio</dd></dl>
<h3>Allekirjoitus</h3><p>Kireitä siimoja!</p>
<a href="/viestit/uusi?vastaanottaja=41">Lähetä yksityisviesti</a></div>
<div class="foot">Kalaverkko &copy; 2026</div></body></html>"""

# An Italian board's profile: a table of labelled rows, the title naming the member between the
# page's and the site's name, a menu entry "Messaggi" (no number) before the labelled count, a
# birthday-free card whose last visit names its year (later than the join day).
_ITALIAN = """<html lang="it"><head><title>Scheda utente » nebbia_bassa » Osteria dei Pescatori</title></head>
<body><ul class="menu"><li><a href="/">Osteria dei Pescatori</a></li><li>
<a href="/u/9/messaggi">Messaggi</a></li>
<li><a href="/cerca">Cerca</a></li></ul>
<table class="scheda"><tr><td rowspan="5"><img src="/av/9.jpg" alt=""><br><b>nebbia_bassa</b></td>
<td>Messaggi:</td><td>4.120</td></tr>
<tr><td>Data di adesione:</td><td>7 marzo 2019</td></tr>
<tr><td>Ultima visita:</td><td>18 novembre 2026, 21:40</td></tr>
<tr><td>Provenienza:</td><td>Chioggia</td></tr>
<tr><td>Reputazione:</td><td>+95</td></tr></table>
<p>Firma: Chi va piano va sano e va lontano.</p></body></html>"""

# A Norwegian seller's page: a post count and a join day like a member's, and a PGP key, sales
# and a rating: a vendor's page, no member's.
_NORWEGIAN_SELLER = """<html lang="no"><head><title>Fjellbutikken - Profil: nordlys_te</title></head><body>
<img src="/a/3.png" alt="nordlys_te"><h2>nordlys_te</h2>
<p>Innlegg: 41</p><p>Registreringsdato: 2. mai 2024</p><p>Salg: 388</p><p>Vurdering: 98,6 %</p>
<pre>-----BEGIN PGP PUBLIC KEY BLOCK-----
mDMEZb0AAhYJKwYBBAHaRw8BAQdAexampleexampleexampleexampleexample
-----END PGP PUBLIC KEY BLOCK-----</pre></body></html>"""

# A Romanian thread's two author panels: two post counts are two members, no profile.
_ROMANIAN_PANELS = """<html lang="ro"><head><title>Subiect: undiță nouă - Forum Pescari</title></head><body>
<div class="post"><b>crap_mare</b><p>Mesaje: 310</p><p>Alăturat la: 4 iunie 2021</p>
<p>Ce undiță să iau?</p></div>
<div class="post"><b>somn_batran</b><p>Mesaje: 1.204</p><p>Alăturat la: 1 mai 2018</p>
<p>Una de carbon.</p></div>
</body></html>"""


def test_a_finnish_profile_gives_its_member_with_a_join_day_no_vocabulary_names() -> None:
    doc = load(_FINNISH.encode(), url="http://kalaverkko.onion/jasen/41")
    author = member_card(doc, now=NOW)
    assert author is not None
    assert (author.name, author.post_count, author.joined) == ("hauki_ukko", 877, "2022-02-09")


def test_an_italian_profile_takes_the_earliest_dated_label_as_the_join_day() -> None:
    doc = load(_ITALIAN.encode(), url="http://osteria.onion/u/9")
    author = member_card(doc, now=NOW)
    assert author is not None
    assert (author.name, author.post_count, author.joined) == ("nebbia_bassa", 4120, "2019-03-07")


def test_the_page_reader_types_a_member_profile_as_a_profile_with_one_author() -> None:
    for html, url in ((_FINNISH, "http://kalaverkko.onion/jasen/41"), (_ITALIAN, "http://osteria.onion/u/9")):
        result = parse_page(html.encode(), url=url, captured_at=NOW, use_profiles=False)
        assert result.page.page_type == "profile"
        assert [r.kind for r in result.records] == ["author"]


def test_a_seller_page_with_a_post_count_and_a_join_day_is_no_member_profile() -> None:
    doc = load(_NORWEGIAN_SELLER.encode(), url="http://fjell.onion/profil/3")
    assert seller_signs(doc)
    assert member_card(doc, now=NOW) is None
    result = parse_page(_NORWEGIAN_SELLER.encode(), url="http://fjell.onion/profil/3", captured_at=NOW,
                        use_profiles=False)
    assert result.page.page_type != "profile"


def test_a_member_profile_shows_no_seller_signs() -> None:
    assert not seller_signs(load(_FINNISH.encode()))
    assert not seller_signs(load(_ITALIAN.encode()))


def test_two_labelled_post_counts_are_two_members_and_no_profile() -> None:
    doc = load(_ROMANIAN_PANELS.encode(), url="http://pescari.onion/subiect/12")
    assert member_card(doc, now=NOW) is None


def test_a_title_naming_no_one_leaves_the_name_to_the_pages_heading() -> None:
    html = _FINNISH.replace("Profiili: hauki_ukko", "Profiili")
    author = member_card(load(html.encode(), url="http://kalaverkko.onion/jasen/41"), now=NOW)
    assert author is not None and author.name == "hauki_ukko"


def test_a_page_naming_no_one_in_its_title_headings_or_avatar_gives_no_member() -> None:
    html = _FINNISH.replace("Profiili: hauki_ukko", "Profiili").replace("<h2>hauki_ukko</h2>", "")
    html = html.replace('alt="hauki_ukko"', 'alt=""')
    assert member_card(load(html.encode(), url="http://kalaverkko.onion/jasen/41"), now=NOW) is None


# A Dutch board's profile: the count's label a compound no vocabulary lists ("Forumberichten"),
# a rate below it ("Berichten per dag" 0,4) and the heading "Profiel van NAME" over a row
# showing the name alone.
_DUTCH = """<html lang="nl"><head><title>De Moestuin - Profiel van spitvork_jan</title></head><body>
<div class="kop"><a href="/">De Moestuin</a> <a href="/forum">Forum</a> <a href="/zoeken">Zoeken</a></div>
<h2>Profiel van spitvork_jan</h2>
<table class="gegevens">
<tr><td>Gebruikersnaam</td><td>spitvork_jan</td></tr>
<tr><td>Woonplaats</td><td>Zwolle</td></tr>
<tr><td>Lid sinds</td><td>04-06-2020, 19:12</td></tr>
<tr><td>Laatst ingelogd</td><td>19-11-2026, 22:05</td></tr>
<tr><td>Forumberichten</td><td>2.318 (1,7%) [ berichten tonen ]</td></tr>
<tr><td>Berichten per dag</td><td>0,4</td></tr>
</table>
<p class="voet">51.204 berichten in 7.310 onderwerpen, 1.022 leden</p></body></html>"""

# A Swedish board's profile: "Foruminlägg: 96" on one line, the join day a date the label
# vocabulary may not name, the title's part "Medlem: NAME" shown again as a heading of its own.
_SWEDISH = """<html lang="sv"><head><title>Svampforum | Visa medlem: kantarell_kajsa</title></head>
<body><nav><a href="/">Svampforum</a> · <a href="/amnen">Ämnen</a></nav>
<div class="profil"><h1>Visa medlem: kantarell_kajsa</h1><h3>kantarell_kajsa</h3>
<ul><li>Foruminlägg: 96</li><li>Blev medlem: 2023-08-17</li><li>Senast aktiv: i dag 09:12</li>
<li>Inlägg per dag: 0,2</li></ul></div></body></html>"""


def test_a_post_count_labelled_by_a_compound_word_is_read_and_its_rate_is_not() -> None:
    doc = load(_DUTCH.encode(), url="http://moestuin.example/index.php?mode=user&id=12")
    author = member_card(doc, now=NOW)
    assert author is not None
    assert (author.name, author.post_count, author.joined) == ("spitvork_jan", 2318, "2020-06-04")


def test_a_heading_holding_the_name_gives_way_to_the_name_shown_alone() -> None:
    doc = load(_SWEDISH.encode(), url="http://svamp.example/medlem/96")
    author = member_card(doc, now=NOW)
    assert author is not None
    assert (author.name, author.post_count, author.joined) == ("kantarell_kajsa", 96, "2023-08-17")


def test_compound_labelled_profiles_are_typed_profiles_with_one_author() -> None:
    for html, url in ((_DUTCH, "http://moestuin.example/index.php?mode=user&id=12"),
                      (_SWEDISH, "http://svamp.example/medlem/96")):
        result = parse_page(html.encode(), url=url, captured_at=NOW, use_profiles=False)
        assert result.page.page_type == "profile"
        assert [r.kind for r in result.records] == ["author"]
