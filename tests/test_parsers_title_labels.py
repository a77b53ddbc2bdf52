"""parsers.title_labels and the vendor's name read from a <title> or a heading
(parsers.vendor_page): a label word matches whole words only, inflected too, and a title part or
heading that is only a label phrase ("Perfil del vendedor", "Vendedores", "Profil sprzedawcy",
"Prodejci") names nobody, so the name comes from where the page shows it. Made-up pages written
here, in Spanish, Polish, Czech and English.
"""

from __future__ import annotations

from parsers import parse_page
from parsers.records import Vendor
from parsers.title_labels import label_phrase, label_rest, label_word
from parsers.vendor_page import profile_heading

_HOST = "http://q3k7mxv2hd4twlqzn5c6pbrfe7yjag2usxoim4kdnlw3etvzq2hbcayd.onion"


def _vendors(html: str, path: str) -> tuple[str, list[Vendor]]:
    result = parse_page(html.encode("utf-8"), url=_HOST + path, captured_at="2026-11-20T12:00:00Z",
                        use_profiles=False)
    return result.page.page_type, [r for r in result.records if isinstance(r, Vendor)]


# Spanish: the <title> opens with the page's label, the seller's handle is a part of its own that
# a heading shows; the address holds an id the page never shows.
_SPANISH_PROFILE = """<html lang="es"><head><title>Perfil del vendedor | elsolar | Mercado Sol</title></head>
<body><nav><a href="/">Mercado Sol</a> <a href="/categorias">Categorías</a></nav>
<section class="ficha"><h2>elsolar</h2>
<ul class="datos"><li>Miembro desde: 12/03/2024</li><li>Valoraciones: 140</li>
<li>Positivas: 98%</li></ul>
<p>Envíos discretos a toda la península, de lunes a viernes.</p></section></body></html>"""

# Spanish: a page whose heading and first title part are the plural label "Vendedores".
_SPANISH_PLURAL = """<html lang="es"><head><title>Vendedores - Mercado Sol</title></head>
<body><h1>Vendedores</h1>
<div class="tarjeta"><b>elsolar</b><p>Miembro desde: 02/01/2025</p><p>Valoraciones: 31</p></div>
</body></html>"""

# Polish: "Profil sprzedawcy" (the label in the genitive) as a title part and as the heading.
_POLISH_PROFILE = """<html lang="pl">
<head><title>Profil sprzedawcy – zielony_kot – Rynek Północ</title></head>
<body><header><a href="/">Rynek Północ</a></header>
<main><h1>Profil sprzedawcy</h1><h3>zielony_kot</h3>
<table><tr><td>Członek od:</td><td>2023-05-17</td></tr><tr><td>Opinie:</td><td>77</td></tr></table>
<p>Wysyłka w ciągu 24 godzin.</p></main></body></html>"""

# Czech: the plural "Prodejci" (sellers) heads the page, the seller's name is a part of the title.
_CZECH_PROFILE = """<html lang="cs"><head><title>Prodejci | pivovar_u_mostu | Trh Vltava</title></head>
<body><div class="menu"><a href="/">Trh Vltava</a></div><h1>Prodejci</h1>
<h2>pivovar_u_mostu</h2><p>Členem od: 2022-09-30</p><p>Hodnocení: 58</p></body></html>"""

# English: "Seller profile" before the handle in the title, the handle under a heading.
_ENGLISH_PROFILE = """<html><head><title>Seller profile :: bluefin_42 :: Nightowl</title></head>
<body><h1>Seller profile</h1><h2>bluefin_42</h2><p>Member since: 2021-07-04</p>
<p>Feedback: 412</p></body></html>"""


def test_a_spanish_title_opening_with_perfil_del_vendedor_names_the_seller_its_heading_shows() -> None:
    kind, vendors = _vendors(_SPANISH_PROFILE, "/vendor/4471")
    assert kind == "vendor"
    assert [v.name for v in vendors] == ["elsolar"]
    assert vendors[0].member_since == "2024-03-12"


def test_the_plural_label_vendedores_is_no_vendor_named_es() -> None:
    kind, vendors = _vendors(_SPANISH_PLURAL, "/vendor/elsolar")
    assert kind == "vendor"
    assert [v.name for v in vendors] == ["elsolar"]


def test_a_polish_title_part_profil_sprzedawcy_names_nobody() -> None:
    kind, vendors = _vendors(_POLISH_PROFILE, "/vendor/9120")
    assert kind == "vendor"
    assert [v.name for v in vendors] == ["zielony_kot"]


def test_a_czech_plural_heading_prodejci_names_nobody() -> None:
    kind, vendors = _vendors(_CZECH_PROFILE, "/vendor/318")
    assert kind == "vendor"
    assert [v.name for v in vendors] == ["pivovar_u_mostu"]


def test_an_english_seller_profile_heading_names_nobody() -> None:
    kind, vendors = _vendors(_ENGLISH_PROFILE, "/vendor/77")
    assert kind == "vendor"
    assert [v.name for v in vendors] == ["bluefin_42"]


def test_a_label_word_matches_whole_words_whatever_their_ending() -> None:
    assert label_word("Vendedores") and label_word("sprzedawcy") and label_word("продавца")
    assert label_word("Verkäufers") and label_word("Shops")
    # A handle that runs on from a label word is a handle.
    assert not label_word("sellerbob") and not label_word("shopper") and not label_word("del")


def test_a_label_phrase_is_label_words_joined_by_short_words_only() -> None:
    for text in ("Seller profile", "Perfil del vendedor", "Profil sprzedawcy", "Profile of the seller",
                 "Профиль продавца", "Profil des Verkäufers", "Vendedores"):
        assert label_phrase(text), text
    for text in ("Perfil de bob", "Vendor profile: leafy", "leafy_99", "Golden Leaf", "Vendor 42"):
        assert not label_phrase(text), text


def test_the_rest_after_a_label_phrase_is_what_may_name_someone() -> None:
    assert label_rest("Perfil del vendedor elsolar") == " elsolar"
    assert label_rest("Profile of leafy") == " of leafy"
    assert label_rest("Vendorleafy") is None


def test_a_profile_heading_takes_the_name_after_the_whole_label_phrase() -> None:
    assert profile_heading("Perfil del vendedor elsolar") == "elsolar"
    assert profile_heading("Профиль продавца: медведь") == "медведь"
    assert profile_heading("Profil von leafy") == "leafy"
    assert profile_heading("Vendor profile: leafy") == "leafy"
    assert profile_heading("leafy's store") == "leafy"


def test_a_profile_heading_that_is_only_a_label_or_a_labels_title_part_names_nobody() -> None:
    for text in ("Perfil del vendedor | Mercado Sol", "Vendedores", "Vendedores - Mercado Sol",
                 "Profil sprzedawcy", "Seller profile", "Sellers | Nightowl", "Vendors's store"):
        assert profile_heading(text) is None, text
