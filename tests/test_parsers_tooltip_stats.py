"""parsers.tooltip_stats.tooltip_card: a member's profile whose statistics are labelled by their
tooltips only (an icon beside each figure, its word in the element's title), read by page."""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.tooltip_stats import tooltip_card

NOW = "2026-11-20T12:00:00Z"


def test_a_polish_profile_with_icon_stats_and_tooltips_gives_its_member() -> None:
    html = ("<html lang='pl'><head><title>Profil: grzybiarz_tomek - Leśne Forum</title></head><body>"
            "<nav><a href='/'>Leśne Forum</a> <a href='/uzytkownicy'>Użytkownicy</a></nav>"
            "<div class='card'><img src='/av/9.png' alt=''><h2>grzybiarz_tomek</h2>"
            "<div class='stats'><span title='Posty'><i class='ico-pen' aria-hidden='true'></i> 1 482</span>"
            "<span title='Tematy'><i class='ico-folder' aria-hidden='true'></i> 96</span>"
            "<span title='Dołączył'><i class='ico-cal' aria-hidden='true'></i> 02.09.2019</span>"
            "<span title='Ostatnio'><i class='ico-clock' aria-hidden='true'></i> dzisiaj 09:15</span>"
            "</div></div><p>Zbieram grzyby od dziecka, najchętniej prawdziwki.</p></body></html>")
    result = parse_page(html.encode(), url="http://lesne.onion/czlonek/grzybiarz_tomek", captured_at=NOW)
    assert result.page.page_type == "profile"
    author = result.records[0]
    assert (author.name, author.post_count, author.joined) == ("grzybiarz_tomek", 1482, "2019-09-02")


def test_a_turkish_profile_whose_icons_are_glyphs_in_the_text_gives_its_member() -> None:
    html = ("<html lang='tr'><head><title>kahveci_murat · Üye profili · Çay Ocağı</title></head><body>"
            "<header><a href='/'>Çay Ocağı</a></header><main><h1>kahveci_murat</h1>"
            "<ul class='u-nums'><li title='Mesajlar'>✉ 734</li><li title='Beğeniler'>♥ 210</li>"
            "<li title='Kayıt tarihi'>⌚ 21.06.2021</li></ul>"
            "<p class='legend'>✉ mesajlar · ♥ beğeniler · ⌚ kayıt</p></main></body></html>")
    doc = load(html.encode(), url="http://cay.onion/uye/kahveci_murat")
    author = tooltip_card(doc, now=NOW)
    assert author is not None
    assert (author.name, author.post_count, author.joined) == ("kahveci_murat", 734, "2021-06-21")


def test_a_single_tooltip_figure_is_no_members_statistics() -> None:
    html = ("<html><head><title>Haber</title></head><body><h1>Haber</h1>"
            "<span title='Okunma'>✉ 734</span><p>Bugün hava güzel.</p></body></html>")
    assert tooltip_card(load(html.encode(), url="http://x.onion/haber/1"), now=NOW) is None
