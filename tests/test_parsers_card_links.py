"""parsers.cards and parsers.card_links: a card's price whose amount stands in an element of its own
and whose currency is the text right after it; a card's own item address known by its picture (the
card's first link holds an image, another link of words goes to the same address), whatever that
address's words say ("/shop/<slug>", "?category=3", "/store/..."), is the title link, and neither a
seller's link nor a category's. Made-up pages written here, in languages and markup of their own.
"""

from __future__ import annotations

from parsers import parse_page
from parsers.records import Listing


def _listings(html: str, url: str) -> tuple[str, list[Listing]]:
    result = parse_page(html.encode("utf-8"), url=url)
    return result.page.page_type, [r for r in result.records if isinstance(r, Listing)]


def _card(slug: str, name: str, amount: str, badge: str = "") -> str:
    # Finnish: the picture and the name both link to the product, whose address sits under
    # /kauppa/ (the shop) and carries the category it was listed under.
    ribbon = f"<i class='nauha'>{badge}</i>" if badge else ""
    return f"""<article class="tuote">
  <a class="kuva" href="/kauppa/{slug}?kategoria=7"><img src="/k/{slug}.webp" alt="">{ribbon}</a>
  <div class="tiedot"><h3 class="nimi"><a href="/kauppa/{slug}?kategoria=7">{name}</a></h3>
  <p class="hinta"><span class="luku">{amount}</span>&nbsp;€</p></div>
  <button class="osta">Lisää ostoskoriin</button></article>"""


_FINNISH_GRID = f"""<html lang="fi"><head><title>Kynttilät | Vahapaja</title></head><body>
<nav><a href="/kauppa">Kauppa</a> <a href="/kauppa/kategoria/kynttilat-7">Kynttilät</a>
<a href="/kauppa/kategoria/saippuat-8">Saippuat</a></nav>
<h1>Kynttilät</h1><div class="tuotteet">
{_card("mehilaisvahakynttila-2-kpl", "Mehiläisvahakynttilä, 2 kpl", "12,90")}
{_card("soijakynttila-lasissa", "Soijakynttilä lasissa", "18,50", "Ale")}
{_card("pylvaskynttila", "Pylväskynttilä, hajusteeton", "9,80")}
</div></body></html>"""


def test_a_finnish_grid_reads_every_card_by_its_pictured_item_link_and_its_tail_currency() -> None:
    kind, found = _listings(_FINNISH_GRID, "http://vahapaja.example/kauppa/kategoria/kynttilat-7")
    assert kind == "listing_index"
    assert [(r.title, r.price, r.currency, r.vendor, r.category) for r in found] == [
        ("Mehiläisvahakynttilä, 2 kpl", 12.9, "EUR", None, None),
        ("Soijakynttilä lasissa", 18.5, "EUR", None, None),
        ("Pylväskynttilä, hajusteeton", 9.8, "EUR", None, None),
    ]
    assert found[0].listing_url == "http://vahapaja.example/kauppa/mehilaisvahakynttila-2-kpl?kategoria=7"


_TURKISH_ROWS = """<html lang="tr"><head><title>Çaylar - Demlik Dükkanı</title></head><body>
<h2>Çaylar</h2><ul class="urunler">
<li class="urun"><a href="/store/rize-cayi?cat=3"><img src="/r/1.png"></a>
  <a class="ad" href="/store/rize-cayi?cat=3">Rize çayı, 500 g</a> <strong>85</strong> TL</li>
<li class="urun"><a href="/store/ada-cayi?cat=3"><img src="/r/2.png"></a>
  <a class="ad" href="/store/ada-cayi?cat=3">Ada çayı, 100 g</a> <strong>40</strong> TL</li>
<li class="urun"><a href="/store/ihlamur?cat=3"><img src="/r/3.png"></a>
  <a class="ad" href="/store/ihlamur?cat=3">Ihlamur, 100 g</a> <strong>55</strong> TL</li>
</ul></body></html>"""


def test_turkish_cards_whose_item_links_look_like_a_stores_are_items_not_sellers() -> None:
    kind, found = _listings(_TURKISH_ROWS, "http://demlik.example/store?cat=3")
    assert kind == "listing_index"
    assert [(r.title, r.price, r.currency, r.vendor, r.category) for r in found] == [
        ("Rize çayı, 500 g", 85.0, "TRY", None, None),
        ("Ada çayı, 100 g", 40.0, "TRY", None, None),
        ("Ihlamur, 100 g", 55.0, "TRY", None, None),
    ]


_SELLER_AVATAR_CARDS = """<html><head><title>Seeds</title></head><body><div class="list">
<div class="row"><a href="/vendor/greenthumb"><img src="/av/1.png"></a>
  <a href="/listing/41">Tomato seeds, 50 pcs</a> by <a href="/vendor/greenthumb">greenthumb</a> 4.50 USD</div>
<div class="row"><a href="/vendor/leafy"><img src="/av/2.png"></a>
  <a href="/listing/42">Basil seeds, 200 pcs</a> by <a href="/vendor/leafy">leafy</a> 3.00 USD</div>
<div class="row"><a href="/vendor/rooty"><img src="/av/3.png"></a>
  <a href="/listing/43">Carrot seeds, 500 pcs</a> by <a href="/vendor/rooty">rooty</a> 2.75 USD</div>
</div></body></html>"""


def test_a_sellers_avatar_and_name_linking_one_profile_leave_the_seller_a_seller() -> None:
    kind, found = _listings(_SELLER_AVATAR_CARDS, "http://seeds.example/search?q=seeds")
    assert kind == "listing_index"
    assert [(r.title, r.vendor) for r in found] == [
        ("Tomato seeds, 50 pcs", "greenthumb"), ("Basil seeds, 200 pcs", "leafy"),
        ("Carrot seeds, 500 pcs", "rooty"),
    ]


_WALLET_MENU = """<html><head><title>Account</title></head><body><nav class="purse">
<a href="/purse/xmr"><p>
Monero (XMR)</p>
ɱ0</a></nav><p>Welcome back.</p></body></html>"""


def test_a_zero_balance_after_a_words_element_is_no_cards_price() -> None:
    kind, found = _listings(_WALLET_MENU, "http://shop.example/account")
    assert kind != "listing_index"
    assert found == []


_ESTONIAN_GRID = """<html lang="et"><head><title>Mesi | Meepood</title></head><body><h1>Mesi</h1>
<section class="kaubad">
<div class="kaup"><h4><a href="/pood/metsamesi-500g?category=2">Metsamesi, 500 g</a></h4>
  <a href="/pood/metsamesi-500g?category=2"><img src="/p/1.jpg" alt=""></a><div><b>8,40</b> €</div></div>
<div class="kaup"><h4><a href="/pood/kanarbikumesi-250g?category=2">Kanarbikumesi, 250 g</a></h4>
  <a href="/pood/kanarbikumesi-250g?category=2"><img src="/p/2.jpg" alt=""></a><div><b>6,90</b> €</div></div>
<div class="kaup"><h4><a href="/pood/pärnaõiemesi-500g?category=2">Pärnaõiemesi, 500 g</a></h4>
  <a href="/pood/pärnaõiemesi-500g?category=2"><img src="/p/3.jpg" alt=""></a><div><b>9,10</b> €</div></div>
</section></body></html>"""


def test_an_estonian_grid_whose_picture_follows_the_name_reads_its_item_links() -> None:
    kind, found = _listings(_ESTONIAN_GRID, "http://meepood.example/pood?category=2")
    assert kind == "listing_index"
    assert [(r.title, r.price, r.currency, r.category) for r in found] == [
        ("Metsamesi, 500 g", 8.4, "EUR", None),
        ("Kanarbikumesi, 250 g", 6.9, "EUR", None),
        ("Pärnaõiemesi, 500 g", 9.1, "EUR", None),
    ]


def _wrapped(cards: str, lang: str) -> str:
    return f"""<html lang="{lang}"><head><meta charset="utf-8"><title>Yangi</title></head><body>
<div class="grid">{cards}</div></body></html>"""


def test_a_link_around_the_whole_card_gives_the_line_its_title_attribute_names() -> None:
    # Uzbek: each card one link around its picture, name, seller and price, the name in the
    # link's title too.
    card = """<div class="card"><a href="/p/{n}/" title="{t}"><div class="img"></div>
<div class="nomi">{t}</div><p class="sotuvchi">{s}</p>
<div class="narx"><strong>{p} UZS</strong></div></a></div>"""
    rows = [("Atlas ko‘ylak", "ipak_yoli", "450 000"), ("Do‘ppi, Chust", "chust_usta", "120 000"),
            ("Sopol kosa", "rishton_kulol", "85 000")]
    html = _wrapped("".join(card.format(n=n, t=t, s=s, p=p) for n, (t, s, p) in enumerate(rows)), "uz")
    kind, found = _listings(html, "http://bozor.example/yangi")
    assert kind == "listing_index"
    assert [(r.title, r.price) for r in found] == [
        ("Atlas ko‘ylak", 450000.0), ("Do‘ppi, Chust", 120000.0), ("Sopol kosa", 85000.0)]


def test_a_link_around_the_whole_card_without_a_title_gives_its_first_line_of_words() -> None:
    # Armenian: a discount badge of figures first, then the name, then the price.
    card = """<div class="card"><a href="/ap/{n}"><span class="zexch">{b}</span><div class="anun">{t}</div>
<div class="gin">{p} ֏</div></a></div>"""
    rows = [("-15%", "Գորգ, 120×180", "85 000"), ("", "Կավե կուժ", "12 000"),
            ("-10%", "Ծիրանի չիր, 1 կգ", "4 500")]
    html = _wrapped("".join(card.format(n=n, b=b, t=t, p=p) for n, (b, t, p) in enumerate(rows)), "hy")
    kind, found = _listings(html, "http://shuka.example/nor")
    assert kind == "listing_index"
    assert [(r.title, r.price, r.currency) for r in found] == [
        ("Գորգ, 120×180", 85000.0, "AMD"), ("Կավե կուժ", 12000.0, "AMD"), ("Ծիրանի չիր, 1 կգ", 4500.0, "AMD")]
