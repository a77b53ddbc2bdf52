"""parsers.item_category (through parsers.parse_page): an item page's category is a link to a
category's address after a short label of any language inside the element that holds the item's
heading; a category link in a menu, and a tag's link, are not. Made-up pages written here.
"""

from __future__ import annotations

from parsers import parse_page
from parsers.records import Listing


def _listing(html: str, url: str) -> tuple[str, Listing | None]:
    result = parse_page(html.encode("utf-8"), url=url)
    found = [r for r in result.records if isinstance(r, Listing)]
    return result.page.page_type, (found[0] if found else None)


# Icelandic: the category in the product block's last line, the menu's categories on the left.
_ICELANDIC = """<html lang="is"><head><title>Lopapeysa, handprjónuð - Ullarbúðin</title></head><body>
<aside><a href="/flokkur/vettlingar">Vettlingar</a> <a href="/flokkur/peysur">Peysur</a></aside>
<div class="vara"><h1>Lopapeysa, handprjónuð</h1><div class="verd">24.900 ISK</div>
<p>Prjónuð úr íslenskri ull.</p><button>Setja í körfu</button>
<div class="flokkun">Flokkur: <a href="/category/peysur">Peysur</a></div></div>
</body></html>"""

# Lao: the item's article files it under a category and tags it; the tag is no category.
_LAO = """<html lang="lo"><head><title>ກາເຟບໍລະເວນ 500 ກຣາມ | ຮ້ານກາເຟ</title></head><body>
<nav><a href="/product-category/tea">ຊາ</a></nav>
<article class="sinkha"><h2 class="sue">ກາເຟບໍລະເວນ 500 ກຣາມ</h2><p class="lakha">$12.00</p>
<button>ຊື້</button><p>ແທັກ: <a href="/tag/arabica" rel="tag">ອາຣາບິກາ</a></p>
<p>ໝວດໝູ່: <a href="/product-category/coffee" rel="tag">ກາເຟ</a></p></article></body></html>"""

# Only a menu links categories: the item files itself under none.
_MENU_ONLY = """<html lang="is"><head><title>Ullarsokkar - Ullarbúðin</title></head><body>
<div class="vara"><nav>Flokkar: <a href="/category/sokkar">Sokkar</a></nav>
<h1>Ullarsokkar</h1><div class="verd">3.900 ISK</div><button>Setja í körfu</button></div>
</body></html>"""


def test_an_icelandic_product_block_files_its_item_under_the_labelled_category_link() -> None:
    kind, found = _listing(_ICELANDIC, "http://ullarbudin.example/vara/lopapeysa")
    assert kind == "listing"
    assert found is not None
    assert (found.title, found.price, found.currency, found.category) == (
        "Lopapeysa, handprjónuð", 24900.0, "ISK", "Peysur")


def test_a_lao_article_reads_its_category_link_not_its_tag_nor_the_menus_category() -> None:
    kind, found = _listing(_LAO, "http://ran-kafe.example/item/boloven-500")
    assert kind == "listing"
    assert found is not None
    assert (found.title, found.price, found.category) == ("ກາເຟບໍລະເວນ 500 ກຣາມ", 12.0, "ກາເຟ")


def test_a_category_linked_only_in_a_menu_is_no_items_category() -> None:
    kind, found = _listing(_MENU_ONLY, "http://ullarbudin.example/vara/sokkar")
    assert kind == "listing"
    assert found is not None
    assert (found.title, found.category) == ("Ullarsokkar", None)
