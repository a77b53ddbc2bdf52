"""parsers.cards / parsers.markets on market templates never tuned on (generic extractor, no profile).

Each page in tests/data/markets_general is SYNTHESIZED: it copies the structure (tags, classes,
label wording) of a real saved page of another market, with fictional titles, prices and names.
The real source is named next to each test so the structure can be re-checked.
"""

from __future__ import annotations

from pathlib import Path

import parsers
from parsers.dom import load
from parsers.markets import extract_market, looks_like_market

DATA = Path(__file__).parent / "data" / "markets_general"


def _parse(name: str, url: str):
    return parsers.parse_page((DATA / name).read_bytes(), url=url, use_profiles=False)


def test_a_grid_of_cards_laid_out_in_several_rows_yields_every_card():
    # Structure of ht-weng/darknet-market-scraper data/cypher-market/page-downloads/2020-09-17/
    # page0-10.html (commit a177156c): Bootstrap rows of three cards; each card has an h4 title
    # link, "From: <strong>25 $</strong> - Category -" and a vendor badge link to /vendor/<uuid>.
    result = _parse("grid_rows_of_cards.html", "http://example.onion/category/1")
    assert result.page.page_type == "listing_index"
    got = [(r.title, r.price, r.currency, r.vendor) for r in result.records]
    assert got == [
        ("Alpha Widget Sample Pack", 25.0, "USD", "vendorone"),
        ("Beta Gadget 10 units", 61.0, "USD", "vendortwo"),
        ("Gamma Item Deluxe", 140.0, "USD", "vendorone"),
        ("Delta Thing Bundle", 9.0, "USD", "vendorthree"),
        ("Epsilon Kit", 33.0, "USD", "vendortwo"),
        ("Zeta Package", 72.0, "USD", "vendorfour"),
    ]


def test_a_category_packed_between_dashes_in_a_card_line_is_read_when_the_site_lists_it():
    # Same source: the card line "From: 25 $ - Fraud - " carries the category between dashes;
    # the sidebar's /category/ links say which words are category names.
    result = _parse("grid_rows_of_cards.html", "http://example.onion/category/1")
    assert [r.category for r in result.records] == [
        "Guides", "Fraud", "Software", "Other Listings", "Digital Goods", "Hacking",
    ]


def test_cards_with_posted_by_vendor_and_optional_ships_from_line():
    # Structure of ht-weng/darknet-market-scraper data/blackry.html (commit 7a353323): cards in
    # rows of three, "Posted by <a class=badge href=/vendor/..>", an optional
    # "<p>Ships from <strong>Country</strong></p>" and "From: <strong>7.00 $</strong> - Hash -".
    result = _parse("grid_cards_posted_by.html", "http://example.onion/category/1")
    assert result.page.page_type == "listing_index"
    got = [(r.title, r.price, r.currency, r.vendor, r.category, r.ships_from)
           for r in result.records]
    assert got == [
        ("Sample Herb One", 7.0, "USD", "sellerone", "Cannabis", None),
        ("Sample Herb Two", 15.0, "USD", "sellerone", "Cannabis", None),
        ("Sample Resin", 5.0, "USD", "sellerone", "Hash", None),
        ("Sample Flower Big", 300.0, "USD", "sellertwo", "Cannabis", "Germany"),
        ("Sample Flower Small", 120.0, "USD", "sellertwo", "Cannabis", "Germany"),
        ("Sample Edible", 42.5, "USD", "sellerthree", "Edibles", "Netherlands"),
    ]


def test_a_detail_page_whose_title_holds_the_separator_and_whose_labels_sit_in_small_bold_spans():
    # Structure of magnublo/msc-darkweb-scraping tests/apollon/html_files/listings/listing_0
    # (commit 3d9014f5): "<title>Name - Part Two - Market</title>", the name as a link in a table
    # cell, "<a href=user.php?u_id=..><b>seller (100%)</b></a>", "<b>Origin Country : </b>",
    # "<b>Ship to : </b>" on the next line, "Sale Price : 4.00 <b>USD</b> / 0.00042 <b>BTC</b>";
    # a balance "USD 0" in the navbar and exchange rates in the sidebar come first.
    result = _parse("detail_panel_labels_in_small_bold.html", "http://example.onion/listing.php?ls_id=1001")
    assert result.page.page_type == "listing"
    (listing,) = result.records
    assert (listing.title, listing.price, listing.currency, listing.vendor) == (
        "Sample Blotter 100ug - Forest Batch", 6.0, "USD", "acidvendor",
    )
    assert (listing.ships_from, listing.ships_to) == ("Canada", ["Canada"])
    assert listing.category is None  # "Product class : Physical Package" is a kind of delivery


def test_search_rows_with_the_currency_in_its_own_element_and_category_links_in_each_row():
    # Structure of magnublo/msc-darkweb-scraping tests/apollon/html_files/search_results/
    # search_result_0 (commit ab6bb25b): one table row per listing, "Sale Price : <br>58.05
    # <b>USD</b>", "Item #n -|- Created <i>date</i> -|- <a href=home.php?cid=2>Drugs</a> /
    # <a href=home.php?cid=2&csid=77>Opiates</a> -|- <a href=user.php?u_id=..>", and a search
    # form with price inputs and country options in the sidebar.
    result = _parse("search_rows_item_line.html", "http://example.onion/home.php?cid=2")
    assert result.page.page_type == "listing_index"
    got = [(r.title, r.price, r.currency, r.vendor, r.category) for r in result.records]
    assert got == [
        ("Sample Tablets 30mg x 40", 58.05, "USD", "sellerone", "Opiates"),
        ("Sample Paper Tabs 25x", 18.99, "USD", "seller-two", "Psychedelic"),
        ("Sample Software Licence", 1250.0, "USD", "ThirdSeller", "Software"),
    ]


def test_a_profile_named_only_by_its_url_counts_feedback_from_its_positive_neutral_negative_breakdown():
    # Structure of magnublo/msc-darkweb-scraping tests/apollon/html_files/sellers/seller_0
    # (commit 2fcd5418): "<h3>User Profile : </h3>", the name in "<a href=''><b>name (100%)</b>",
    # "Positive Feedback : (100%)", "Member since : Dec 05, 2019", "Sales : 91", buttons
    # "Positive : 43" / "Neutral : 0" / "Negative : 0", a navbar badge "Orders 0", and the key in
    # a <pre> with a blank line after every armor line. (The key here is a fresh fictional one.)
    result = _parse("profile_panel_user_profile_heading.html", "http://example.onion/user.php?u_id=green-grocer&tab=6")
    assert result.page.page_type == "vendor"
    (vendor,) = result.records
    assert (vendor.name, vendor.feedback_count, vendor.rating, vendor.member_since) == (
        "green-grocer", 45, 98.0, "2019-12-05",
    )
    assert vendor.has_pgp_key is True
    assert vendor.pgp_fingerprint == "C10F97834A027D1E42AE92B347BCB6FD98B1C53D"


def test_a_profile_feedback_tab_is_a_feedback_page_whose_rows_take_the_tab_heading_rating():
    # Structure of magnublo/msc-darkweb-scraping tests/apollon/html_files/feedbacks/
    # positive_feedback_0 (commit e1e47155): the profile header, then "<h4>Positive Feedback : </h4>",
    # "Total Positive Feedback : 433" and a table headed "# | Feedback | Buyer | Price | Date Time"
    # whose comment cell is "comment<br><sub>item title</sub>" and date cell "date<br>View Item".
    result = _parse("profile_tab_feedback_table.html", "http://example.onion/user.php?u_id=green-grocer&tab=2")
    assert result.page.page_type == "feedback"
    (vendor,) = result.records
    assert (vendor.name, vendor.feedback_count, vendor.rating) == ("green-grocer", 45, 98.0)
    got = [(f.rating, f.text, f.listing, f.buyer, f.date) for f in vendor.feedback]
    assert got[:2] == [
        ("positive", "fast and tidy, fictional comment one", "Sample Product A 1g", "a...1",
         "2020-02-03T02:59:00"),
        ("positive", "No Comment", "Sample Product B 7g", "b...2", "2020-02-02T03:49:00"),
    ]
    assert len(vendor.feedback) == 4


def test_a_detail_page_with_label_divs_a_logo_heading_and_an_origin_to_destination_route():
    # Structure of magnublo/msc-darkweb-scraping tests/cryptonia/html_files/listings/
    # saved_cryptonia_listing_0 (commit 94409950): "<title>Market - Product Details</title>", a logo
    # "<h1><a href=/>MARKET</a></h1>", the name in an <h2>, "<div class=product_data><label>Sold
    # by:</label><a href=/user/x>", "Price: 485.00 USD/112g", "In stock: 17 112g",
    # "Ships from: United States &rarr; United States", a feedback table and a footer of rates.
    doc = load((DATA / "detail_label_divs_arrow_route.html").read_bytes(), url="http://example.onion/product/10001")
    kind, (listing,) = extract_market(doc)
    assert kind == "listing"
    assert (listing.title, listing.price, listing.currency, listing.vendor, listing.category) == (
        "112g Sample Flower GREENHOUSE", 485.0, "USD", "HillsideFarm", "Weed",
    )
    assert (listing.ships_from, listing.ships_to, listing.stock) == ("United States", ["United States"], 17)


def test_a_detail_page_with_a_logged_in_user_link_and_dated_feedback_is_not_a_thread():
    result = _parse("detail_label_divs_arrow_route.html", "http://example.onion/product/10001")
    assert result.page.page_type == "listing"


def test_a_profile_with_label_divs_names_its_owner_in_a_heading_with_the_sales_count():
    # Structure of magnublo/msc-darkweb-scraping tests/cryptonia/html_files/users/
    # saved_cryptonia_user_profile_0 (commit 94409950): "<title>Market - name Profile</title>",
    # "<h2><span class=icono-user></span>&nbsp;name<span>&nbsp;(1490)</span> LEVEL 1 VERIFIED</h2>",
    # "<div><label>Positive:</label><span>96.87%</span></div>", "Member since: 2019-04-15 13:19:58",
    # a balance in BTC and USD, the key in a <textarea>. (The key here is a fresh fictional one.)
    result = _parse("profile_label_divs_name_heading.html", "http://example.onion/user/hillsidefarm")
    assert result.page.page_type == "vendor"
    (vendor,) = result.records
    assert (vendor.name, vendor.feedback_count, vendor.rating, vendor.member_since) == (
        "hillsidefarm", 1490, 96.87, "2019-04-15",
    )
    assert vendor.pgp_fingerprint == "C10F97834A027D1E42AE92B347BCB6FD98B1C53D"


def test_result_rows_read_their_price_column_from_a_header_row_of_plain_cells_and_a_route_line():
    # Structure of magnublo/msc-darkweb-scraping tests/cryptonia/html_files/search_results/
    # saved_cryptonia_search_result_in_category_0 (commit 94409950): a table whose first row is
    # "<tr class=gridhdr><td>PRODUCT</td><td>PRICE</td><td>VENDOR</td>", rows with "US &rarr; US",
    # a "Bulk prices start at ..." line before the price cell, "Buy 1 For 1795.00 USD/1LB", and a
    # vendor cell with "(1383)", "Positive Feedback: 99.34%" and "Member since: 2019-05-16".
    doc = load((DATA / "table_rows_header_in_td_route.html").read_bytes(), url="http://example.onion/products/all/Weed")
    kind, records = extract_market(doc)
    assert kind == "listing_index"
    got = [(r.title, r.price, r.currency, r.vendor, r.ships_from, r.ships_to) for r in records]
    assert got == [
        ("448g Sample Haze GREENHOUSE", 1795.0, "USD", "HillsideFarm", "US", ["US"]),
        ("3.5G SAMPLE BUD. READY!", 19.41, "USD", "BookNook", "GB", ["GB"]),
        ("Sample Kush *Bio* 20g", 290.21, "USD", "GreenMeadow", "DE", ["AT", "BE", "FR", "DE"]),
    ]
    # Category pages' cards do not name their category: left empty, as the lab's truth has it.
    assert {r.category for r in records} == {None}


def test_result_rows_with_a_vendor_link_and_member_since_date_each_are_not_a_thread():
    result = _parse("table_rows_header_in_td_route.html", "http://example.onion/products/all/Weed")
    assert result.page.page_type == "listing_index"


def test_a_russian_shop_item_reads_its_price_under_a_column_header_and_a_shop_name_with_spaces():
    # Rendered from the templates of a Russian shop market's leaked source (D4RK-R4BB1T/
    # Dark-Web-Archives "Marketplaces - Archive/Solaris DNM/mm-shop/resources/views/shop/
    # good.blade.php", layouts/components/block-shop.blade.php, layouts/navbar/user-right.blade.php;
    # commit be8913b5): a navbar menu of rates ("1 BTC = 3 412 345 руб."), the seller panel
    # "Продавец" over a /shop/ link with the shop's name, the packages panel "Фасовка | Стоимость"
    # whose rows are "50 г." "1 500 руб." "0.00044 BTC", the name in an <h3> the <title> repeats.
    result = _parse("ru_shop_good_packages.html", "http://example.onion/shop/sample-tea-house/goods/101?city=1")
    assert result.page.page_type == "listing"
    (listing,) = result.records
    assert (listing.title, listing.price, listing.currency, listing.vendor) == (
        "Образец Чай Улун 50 г", 1500.0, "RUB", "Образцовый Чайный Дом",
    )
    assert listing.alt_prices == {"BTC": 0.00044}
    assert listing.stock is None  # "Количество отзывов о товаре: 12" counts reviews, not stock


def test_russian_catalog_cards_with_opaque_links_take_the_heading_title_and_the_shop_beside_a_user_icon():
    # Rendered from D4RK-R4BB1T/Dark-Web-Archives "Marketplaces - Archive/Solaris DNM/mm-catalog/
    # resources/views/layouts/components/component-card.blade.php" and catalog/index.blade.php
    # (commit be8913b5): cards in rows of two, every link an opaque "/catalog/jump/<token>", the
    # name in an <h4>, the shop in an <h5> beside "<i class='glyphicon glyphicon-user'>", the
    # category linked as "/catalog?category=5", and a price button "от 1 500 руб. до 2 800 руб.".
    result = _parse("ru_catalog_cards_icons.html", "http://example.onion/catalog")
    assert result.page.page_type == "listing_index"
    got = [(r.title, r.price, r.currency, r.vendor, r.category) for r in result.records]
    assert got == [
        ("Образец Чай Улун", 1500.0, "RUB", "Образцовый Чайный Дом", "Чай"),
        ("Пробный Кофе Арабика", 900.0, "RUB", "Кофейня Пример", "Кофе"),
        ("Тестовые Специи", 350.0, "RUB", "Лавка Специй", "Специи"),
        ("Демо Мёд Липовый", 1100.0, "RUB", "Пасека Демо", "Мёд"),
    ]


def test_a_detail_page_with_a_grid_of_the_vendors_other_listings_is_still_one_listing():
    # Rendered from D4RK-R4BB1T/Dark-Web-Archives "Marketplaces - Archive/CannaHome/www/html/
    # application/views/browse/listing.php" (commit be8913b5): "<h2>name</h2><a href=/v/alias/>",
    # "<span class=big>€21.50 / gram</span> <span class=small>0.00231 BTC</span>", an "Order
    # Product" button, "<label>Ships from:</label><label><span>Germany, Europe</span></label>", and
    # below it "Other listings by the vendor": a grid of four priced cards.
    result = _parse("detail_with_related_listings_grid.html", "http://example.onion/i/x9/")
    assert result.page.page_type == "listing"
    (listing,) = result.records
    assert (listing.title, listing.price, listing.currency, listing.vendor, listing.ships_from) == (
        "Sample Haze 10g", 21.5, "EUR", "green-cottage", "Germany",
    )


def test_a_vendor_page_with_a_key_and_a_grid_of_listings_is_a_vendor_page_with_its_rating_count():
    # Rendered from the same source's views/browse/vendor.php: "<h2>alias</h2>", a 5-star average
    # "[4.85](23 ratings)" (not a positive percentage, so no rating), "Last Seen", the key in a
    # <textarea>, and a grid of the vendor's listings. (The key here is a fresh fictional one.)
    result = _parse("vendor_box_with_listings_grid.html", "http://example.onion/v/green-cottage/")
    assert result.page.page_type == "vendor"
    (vendor,) = result.records
    assert (vendor.name, vendor.feedback_count, vendor.rating, vendor.member_since) == (
        "green-cottage", 23, None, None,
    )
    assert vendor.pgp_fingerprint == "C10F97834A027D1E42AE92B347BCB6FD98B1C53D"


def test_feedback_rows_without_a_date_column_take_the_date_and_masked_buyer_from_another_cell():
    # Same source as the label-div profile above: a table headed "| FEEDBACK |" (empty header
    # cells), each row "<span class=rating_product>item</span><p>comment</p>" then a cell of
    # "<span>2019-10-27</span><span>0.231 BTC</span><span>g***s</span>".
    result = _parse("profile_label_divs_name_heading.html", "http://example.onion/user/hillsidefarm")
    (vendor,) = result.records
    got = [(f.text, f.listing, f.date, f.buyer) for f in vendor.feedback]
    assert got == [
        ("lovely, fictional", "Sample Flower 448g", "2019-10-27", "g***s"),
        ("No feedback left.", "Sample Flower 28g", "2019-10-26", "p***a"),
        ("Excellent product, fictional", "Sample Resin 28g", "2019-10-26", "v***n"),
    ]


def test_a_detail_page_named_by_a_span_with_a_heading_class_under_a_title_that_is_the_site_name():
    # Synthesized from the selectors of MeghanaKodali11/Darkmarket-Scrapers-Parsers parser_liberty.py
    # (commit 01e28717; no saved page there): the name in "<span class='text-left h3'>", the <title>
    # and a home link both only the site's name, the seller "<a class='font-weight-bold ...'>", and
    # two "table table-sm" of "<th>label</th><td>value</td>" rows ("45.00$", "Ships from", ...).
    result = _parse("detail_title_span_h3_th_tables.html", "http://example.onion/listing/301")
    assert result.page.page_type == "listing"
    (listing,) = result.records
    assert (listing.title, listing.price, listing.currency, listing.vendor, listing.category) == (
        "Sample Capsules 20mg x 30", 45.0, "USD", "meadowlark", "Pharmacy",
    )
    assert (listing.ships_from, listing.ships_to) == ("Netherlands", ["Europe", "Worldwide"])


def test_a_bulma_detail_page_reads_label_and_tag_list_items():
    # Synthesized from the selectors of MeghanaKodali11/Darkmarket-Scrapers-Parsers parser_darkfox.py
    # (commit e6a21a76; no saved page there, so the label words are assumed): "<h1>" name, the
    # vendor in "<h3> ... <a>", the price in the first "<strong>", and "ul.has-text-left.m-l-md"
    # items "label <span class='tag is-dark'>value</span>".
    result = _parse("bulma_detail_tags.html", "http://example.onion/product/55")
    assert result.page.page_type == "listing"
    (listing,) = result.records
    assert (listing.title, listing.price, listing.currency, listing.vendor, listing.category) == (
        "Sample Resin 5g", 38.5, "USD", "hilltop", "Hash",
    )
    assert (listing.ships_from, listing.ships_to, listing.stock) == ("Spain", ["Worldwide"], 40)


def test_a_bulma_profile_reads_values_pulled_right_of_their_labels():
    # Same source (vendor profile: values in "<font class='is-pulled-right'>" on the label's row,
    # the join date, a "Vendor Level" tag, completed orders, disputes won/lost).
    result = _parse("bulma_profile_pulled_right.html", "http://example.onion/vendor/hilltop")
    assert result.page.page_type == "vendor"
    (vendor,) = result.records
    assert (vendor.name, vendor.feedback_count, vendor.rating, vendor.member_since) == (
        "hilltop", 312, 98.7, "2020-05-12",
    )
    assert vendor.has_pgp_key is True


def test_product_cards_whose_class_lists_differ_card_by_card_are_one_grid_titled_by_their_heading():
    # Structure of ../shared/realpages markets/digital-thrift-shop/digital-thrift-shop1.html (a
    # WooCommerce shop; in the shared folder but never annotated nor tuned on): "<li class='product
    # type-product post-2044 ... first instock product_tag-x ...'>" (classes differ per card), a
    # link wrapping image, "<h2>title</h2>", star rating <div> and "<span>$</span>4.00", an "Add to
    # cart" link, and a sidebar widget of three other priced products.
    result = _parse("woocommerce_products_varying_classes.html", "http://example.onion/product-category/samples/")
    assert result.page.page_type == "listing_index"
    got = [(r.title, r.price, r.currency) for r in result.records]
    assert got == [
        ("Sample Leak One", 4.0, "USD"),
        ("Sample Dump Two", 5.0, "USD"),
        ("Sample Accounts Three", 1.0, "USD"),
        ("Sample Guide Four", 3.0, "USD"),
    ]


def test_tabular_rows_read_origin_and_destination_from_elements_classed_from_and_to():
    # Rendered from D4RK-R4BB1T/Dark-Web-Archives "Marketplaces - Archive/CannaHome/www/html/
    # application/views/catalog/listings.php" (commit be8913b5): "<ul class='row listings tabular'>"
    # rows with "<a class=name>", "<div class=shipping-info><div class=from>Germany</div><div
    # class=to>Europe</div></div>" (no label words), "<a class=vendor href=/v/alias/>", the price
    # in "<span class=big>€21.50</span>", and a "View Details" button link.
    result = _parse("tabular_listing_rows_from_to.html", "http://example.onion/listings/")
    assert result.page.page_type == "listing_index"
    got = [(r.title, r.price, r.currency, r.vendor, r.ships_from, r.ships_to) for r in result.records]
    assert got == [
        ("Sample Haze 10g", 21.5, "EUR", "green-cottage", "Germany", ["Europe"]),
        ("Sample Resin 5g", 30.0, "EUR", "dutch-sample", "Netherlands", ["Europe"]),
        ("Sample Edible x10", 12.0, "EUR", "sunny-kitchen", "Spain", ["Europe"]),
    ]


def test_a_vendors_ratings_list_without_a_table_is_a_feedback_page_with_its_dated_items():
    # Rendered from D4RK-R4BB1T/Dark-Web-Archives "Marketplaces - Archive/CannaHome/www/html/
    # application/views/browse/vendor_comments.php" (commit be8913b5): "<h2><span>alias</span>",
    # a stars-percentage summary table, then "<ul class='row list-ratings'>" items of stars,
    # "<date>2 weeks ago</date>", "<small><a href=/i/..>item</a></small>" and the comment.
    body = (DATA / "vendor_ratings_list_items.html").read_bytes()
    result = parsers.parse_page(body, url="http://example.onion/v/green-cottage/comments/",
                                captured_at="2021-03-15T00:00:00Z", use_profiles=False)
    assert result.page.page_type == "feedback"
    (vendor,) = result.records
    assert vendor.name == "green-cottage"
    got = [(f.text, f.date[:10], f.listing) for f in vendor.feedback]
    assert got == [
        ("Smooth and fast, fictional.", "2021-03-01", "Sample Haze 10g"),
        ("Good stealth, fictional.", "2021-03-01", "Sample Hash 5g"),
        ("Fictional comment without an item.", "2021-02-11", None),
    ]


def test_looks_like_market_flags_the_pages_a_thread_reader_takes_and_no_forum_page():
    # parsers.markets.looks_like_market is offered to parsers.page, whose generic thread reader
    # runs before market extraction and reads the two pages above as threads.
    def flag(path: Path, url: str | None = None) -> bool:
        return looks_like_market(load(path.read_bytes(), url=url))

    assert flag(DATA / "detail_label_divs_arrow_route.html", "http://example.onion/product/10001")
    assert flag(DATA / "table_rows_header_in_td_route.html", "http://example.onion/products/all/Weed")
    forums = sorted((DATA.parent / "forums_general").glob("*.html"))
    assert forums and not any(flag(path) for path in forums)


def test_offer_rows_name_their_seller_by_a_member_link_and_show_a_route():
    # Structure of ../shared/realpages markets/dream/html_files/search_result/search_result_0.html
    # (the shared folder's seen market, but its search rows were never annotated): "<div
    # class=oVendor><a href='./contactMember?member=name'>", "&#3647;0.000523", "WW &rarr; WW".
    result = _parse("offer_rows_member_links_route.html", "http://example.onion/?category=104")
    assert result.page.page_type == "listing_index"
    got = [(r.title, r.price, r.currency, r.vendor, r.ships_from, r.ships_to) for r in result.records]
    assert got == [
        ("Sample Guide on Cards GOLD", 0.000523, "BTC", "SampleBoss", "WW", ["WW"]),
        ("Sample Prepaid Card Guide", 0.00076, "BTC", "SampleDobby", "DE", ["WW"]),
        ("Sample ID Template (fictional)", 0.00608, "BTC", "SampleBarry", "WW", ["WW"]),
    ]


def test_a_seller_named_only_by_its_elements_class_is_the_cards_vendor():
    # The same "oVendor"/"vendor" class naming (Dream rows, the leaked CannaHome views' "<a
    # class=vendor>") reduced to a seller in "<span class='vendor-name'>" with no link at all.
    result = _parse("result_items_vendor_class.html", "http://example.onion/search?q=sample")
    assert [(r.title, r.vendor) for r in result.records] == [
        ("Sample Teabags x20", "leafybrand"),
        ("Sample Coffee 250g", "beanhouse"),
        ("Sample Honey 500g", "hivegold"),
    ]
