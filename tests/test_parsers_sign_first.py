"""parsers.sign_first: a share written with the percent sign first, in a language whose CLDR
percent pattern writes it so (Basque "% 97,6", Turkish "%98,4"), is read as any share: a feedback
page's positive share beside its counts by kind, a vendor profile's rating. Made-up pages here.
"""

from __future__ import annotations

from parsers import parse_page
from parsers.cldr_dates import page_language
from parsers.records import Vendor
from parsers.sign_first import sign_first_language, sign_last


def _vendors(html: str, url: str) -> tuple[str, list[Vendor]]:
    result = parse_page(html.encode(), url=url, captured_at="2026-11-20T12:00:00Z")
    return result.page.page_type, [r for r in result.records if isinstance(r, Vendor)]


def test_the_cldr_says_which_languages_write_the_sign_first() -> None:
    assert sign_first_language("eu") and sign_first_language("tr")
    assert not sign_first_language("de") and not sign_first_language("en")
    assert not sign_first_language("not a language")


def test_a_share_sign_first_is_turned_round_only_in_such_a_language() -> None:
    with page_language("tr"):
        assert sign_last(["%98,4 olumlu, %1,6 olumsuz", "5 % 20"]) == [
            "98,4 % olumlu, 1,6 % olumsuz", "5 % 20"]
    with page_language("en"):
        assert sign_last(["save % 20 today"]) == ["save % 20 today"]


def test_a_basque_feedback_pages_share_and_counts_by_kind_are_read() -> None:
    rows = "".join(
        f"<tr><td>{date}</td><td>{buyer}</td><td>{'★' * n}{'☆' * (5 - n)}</td><td>{text}</td>"
        f"<td><a href='/produktua/{len(text)}'>Txakoli botila</a></td></tr>"
        for n, text, buyer, date in [
            (5, "Ardo bikaina, eskerrik asko.", "p***o", "2026ko azaroaren 14a"),
            (5, "Oso azkar iritsi da etxera.", "n***e", "2026ko azaroaren 9a"),
            (2, "Botila bat hautsita iritsi zen.", "g***i", "2026ko azaroaren 2a"),
        ])
    page = f"""<html lang="eu"><head><title>Mahasti_Txiki - iritziak</title></head><body>
<p><a href="/saltzailea/Mahasti_Txiki">Mahasti_Txiki</a> › Iritziak</p>
<h1>Mahasti_Txiki saltzailearen iritziak</h1>
<p>% 96,5 positiboak</p>
<p>Onak: 412 · Neutroak: 9 · Txarrak: 6</p>
<table><tr><th>Data</th><th>Erosle</th><th>Balorazioa</th><th>Iruzkina</th></tr>{rows}</table>
</body></html>"""
    kind, vendors = _vendors(page, "http://ardoa.example/saltzailea/Mahasti_Txiki/iritziak")
    assert kind == "feedback"
    assert [(v.name, v.feedback_count, v.rating) for v in vendors] == [("Mahasti_Txiki", 427, 96.5)]


def test_a_turkish_feedback_pages_share_sign_first_is_its_rating() -> None:
    rows = "".join(
        f"<div class='yorum'><b>{'★' * n}{'☆' * (5 - n)}</b><p>{text}</p>"
        f"<small>{buyer} · {date}</small></div>"
        for n, text, buyer, date in [
            (5, "Çok güzel paketlenmiş, teşekkürler.", "a***y", "14.11.2026"),
            (4, "Kargo biraz geç geldi ama sorun yok.", "m***t", "10.11.2026"),
            (5, "Tekrar alırım, harika bir ürün.", "s***e", "02.11.2026"),
        ])
    page = f"""<html lang="tr"><head><title>Bakir_Usta - değerlendirmeler</title></head><body>
<p><a href="/satici/Bakir_Usta">Bakir_Usta</a> » Değerlendirmeler</p>
<h1>Bakir_Usta için değerlendirmeler</h1>
<p>Toplam değerlendirme: 318</p><p>Olumlu: %97,2</p>
<div class="liste">{rows}</div></body></html>"""
    kind, vendors = _vendors(page, "http://carsi.example/satici/Bakir_Usta/degerlendirmeler")
    assert kind == "feedback"
    assert [(v.name, v.feedback_count, v.rating) for v in vendors] == [("Bakir_Usta", 318, 97.2)]
