"""parsers.lone_parts: a signature one post shows in an element of its own under its words, which
no other post's block holds, is left out of the post's words; invented Italian and Turkish threads."""

from __future__ import annotations

from parsers import parse_page

NOW = "2026-11-20T12:00:00Z"

_ITALIAN = """<html lang="it"><head><title>Orto in città</title></head><body><h1>Pomodori sul balcone</h1>
<section class="msg"><div class="testo">Quale varietà di pomodoro cresce bene in vaso sul balcone?</div>
<p class="firma-riga">— <a href="/utente/gianna_orto">gianna_orto</a>, 14/11/2026 10:20</p></section>
<section class="msg">
<div class="testo">Io coltivo i ciliegini da anni, crescono bene anche in vasi piccoli.</div>
<div class="motto">Chi semina raccoglie, chi annaffia pure.</div>
<p class="firma-riga">— <a href="/utente/zappa_leo">zappa_leo</a>, 15/11/2026 08:05</p></section>
<section class="msg"><div class="testo">Grazie, proverò con i ciliegini la prossima primavera.</div>
<p class="firma-riga">— <a href="/utente/gianna_orto">gianna_orto</a>, 16/11/2026 19:40</p></section>
</body></html>"""

_TURKISH = """<html lang="tr"><head><title>Arıcılar</title></head><body><h1>Kışlık besleme</h1>
<div class="ileti"><div class="yazi">Kovanları kışa hazırlarken şurubu hangi oranda veriyorsunuz?</div>
<div class="alt">— <a href="/uye/kovanci_ali">kovanci_ali</a>, 10.11.2026 21:00</div></div>
<div class="ileti"><div class="yazi">Ben iki ölçü şekere bir ölçü su katıyorum, ekim sonuna kadar.</div>
<div class="alt">— <a href="/uye/bal_ayse">bal_ayse</a>, 11.11.2026 07:30</div></div>
<div class="ileti"><div class="yazi">Kekikli yöreden bildiriyorum: biz de aynı oranı kullanıyoruz.</div>
<div class="imza">Balın tadı emeğin tadıdır, arı dostu köyünden selamlar.</div>
<div class="alt">— <a href="/uye/petek_can">petek_can</a>, 12.11.2026 12:15</div></div>
</body></html>"""


def _bodies(html: str) -> list[str | None]:
    result = parse_page(html.encode(), url="http://example.onion/konu/4", captured_at=NOW, use_profiles=False)
    return [r.body for r in result.records if r.kind == "post"]


def test_an_italian_posts_motto_under_its_words_is_no_part_of_them() -> None:
    assert _bodies(_ITALIAN) == [
        "Quale varietà di pomodoro cresce bene in vaso sul balcone?",
        "Io coltivo i ciliegini da anni, crescono bene anche in vasi piccoli.",
        "Grazie, proverò con i ciliegini la prossima primavera.",
    ]


def test_a_turkish_posts_signature_no_other_post_shows_is_left_out() -> None:
    assert _bodies(_TURKISH) == [
        "Kovanları kışa hazırlarken şurubu hangi oranda veriyorsunuz?",
        "Ben iki ölçü şekere bir ölçü su katıyorum, ekim sonuna kadar.",
        "Kekikli yöreden bildiriyorum: biz de aynı oranı kullanıyoruz.",
    ]
