"""parsers.vendor_page's keyed profile named by its <title>: a heading that shows the end or
the start of a title's part whose other words are one or two ("Säljare Fjallhonung",
"Fjallhonung shop") names the seller, as a heading showing the whole part does."""

from __future__ import annotations

from parsers import parse_page

_KEY = ("<pre>-----BEGIN PGP PUBLIC KEY BLOCK-----\nmDMEZ0000xYJKwYBBAHaRw8BAQdA\n=AbCd\n"
        "-----END PGP PUBLIC KEY BLOCK-----</pre>")


def test_a_swedish_profile_whose_title_says_seller_before_the_handle_is_that_sellers() -> None:
    items = "".join(f"<li><a href='/annons/{n}'>Honung {n} kg</a> — {n}90 kr</li>" for n in (1, 2))
    html = ("<html><head><title>Säljare Fjallhonung — Norrmarknad</title></head><body>"
            "<a href='/'>Norrmarknad</a><div class=p><h1>Fjallhonung</h1><span>Nivå 4</span></div>"
            f"<h2>Utvalda annonser</h2><ul>{items}</ul><h2>PGP-nyckel</h2>{_KEY}</body></html>")
    result = parse_page(html.encode(), url="http://x.onion/s/4471")
    assert result.page.page_type == "vendor"
    assert result.records[0].name == "Fjallhonung"


def test_a_turkish_profile_whose_title_puts_the_handle_before_its_shop_word_is_that_sellers() -> None:
    html = ("<html><head><title>bal_evi mağazası | Gece Pazarı</title></head><body>"
            "<header><a href='/'>Gece Pazarı</a></header><h2>bal_evi</h2>"
            f"<p>Karadeniz'den kestane balı ve propolis.</p>{_KEY}</body></html>")
    result = parse_page(html.encode(), url="http://x.onion/m/88")
    assert result.page.page_type == "vendor"
    assert result.records[0].name == "bal_evi"
