"""parsers.markets._item_page: an item's page whose price stands unlabelled beside its own buy
form (a quantity field, a post to a cart) is a listing, the seller's box beside it (feedback,
join date) no profile."""

from __future__ import annotations

from parsers import parse_page


def test_an_italian_item_with_a_seller_box_and_an_unlabelled_price_is_a_listing() -> None:
    html = ("<html><head><title>Tagliere in ulivo, 40 cm | Mercato Notturno</title></head><body>"
            "<div class=testa><a href='/'>Mercato Notturno</a> <a href='/carrello'>Carrello</a></div>"
            "<div class=scheda><h1>Tagliere in ulivo, 40 cm</h1><div class=prezzo>€ 34,00</div>"
            "<form action='/carrello/aggiungi' method=post><input type=hidden name=art value=77>"
            "<input type=number name=quantita value=1><button>Metti nel carrello</button></form>"
            "<p>Tagliere ricavato da un unico pezzo di ulivo, finito a olio.</p></div>"
            "<div class=venditore><h4>Venditore</h4><a href='/venditore/Legno_Puglia'>Legno_Puglia</a>"
            "<p>Recensioni: 842 (99,1% positive)</p><p>Membro dal: maggio 2022</p></div></body></html>")
    result = parse_page(html.encode(), url="http://x.onion/articolo/77")
    assert result.page.page_type == "listing"
    listing = result.records[0]
    assert (listing.title, listing.price, listing.currency) == ("Tagliere in ulivo, 40 cm", 34.0, "EUR")
    assert listing.vendor == "Legno_Puglia"


def test_a_polish_item_whose_buy_form_asks_a_quantity_is_a_listing_beside_its_sellers_stats() -> None:
    html = ("<html><head><title>Bursztynowy naszyjnik - Nocny Targ</title></head><body>"
            "<header><a href='/'>Nocny Targ</a></header><main><article>"
            "<h1>Bursztynowy naszyjnik</h1><strong>129,00 zł</strong>"
            "<form action='/koszyk' method=post><label>Ilość <input name=ilosc value=1></label>"
            "<input type=submit value='Do koszyka'></form></article>"
            "<aside><b>Sprzedawca</b> <a href='/sprzedawca/Bursztyn_Gdansk'>Bursztyn_Gdansk</a>"
            "<div>Oceny: 311 (98,4% pozytywnych)</div><div>Na rynku od: 03.2021</div></aside>"
            "</main></body></html>")
    result = parse_page(html.encode(), url="http://x.onion/produkt/5012")
    assert result.page.page_type == "listing"
    listing = result.records[0]
    assert (listing.price, listing.currency, listing.vendor) == (129.0, "PLN", "Bursztyn_Gdansk")


def test_a_sellers_profile_with_a_message_form_and_no_buy_form_stays_a_profile() -> None:
    html = ("<html><head><title>Legno_Puglia - Mercato Notturno</title></head><body>"
            "<h1>Legno_Puglia</h1><p>Recensioni: 842 (99,1% positive)</p><p>Membro dal: maggio 2022</p>"
            "<form action='/messaggi/nuovo' method=post><textarea name=testo></textarea>"
            "<button>Invia messaggio</button></form></body></html>")
    result = parse_page(html.encode(), url="http://x.onion/venditore/Legno_Puglia")
    assert result.page.page_type == "vendor"
