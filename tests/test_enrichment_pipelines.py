"""Unit: enrichment per-record pipelines -- language, file type, normalisation, and their Scrapy wiring."""

from __future__ import annotations

import io

import pytest
from scrapy.utils.test import get_crawler

from enrichment import enrich_records, pipelines
from enrichment.countries import country_code, country_codes
from enrichment.errors import RateTableError, TaxonomyError
from enrichment.filetype import FileTypePipeline, declared_type, sniff
from enrichment.language import LanguagePipeline, detect_language
from enrichment.normalise import NormalisePipeline, normalise_unit, parse_quantity
from enrichment.rates import RateTable
from enrichment.taxonomy import Taxonomy
from parsers.records import Author, Listing, Page, Post, Vendor

TEXTS = {
    "en": "The parcel arrived quickly and the packaging was discreet, I will order again next month.",
    "de": "Das Paket kam schnell an und die Verpackung war unauffällig, ich bestelle nächsten Monat wieder.",
    "fr": "Le colis est arrivé rapidement et l'emballage était discret, je commanderai le mois prochain.",
    "es": "El paquete llegó rápido y el embalaje era discreto, volveré a pedir el mes que viene sin duda.",
    "ru": "Посылка пришла быстро, упаковка была незаметной, закажу снова в следующем месяце обязательно.",
}


# --- language ---------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_each_language_of_the_lab_is_detected(lang: str) -> None:
    assert LanguagePipeline().process_item(Post(body=TEXTS[lang])).lang == lang


def test_detection_is_deterministic_across_runs() -> None:
    from enrichment.language import _best_guess

    mixed = "ok merci thanks danke gracias спасибо super"
    results = set()
    for _ in range(5):
        _best_guess.cache_clear()  # detect afresh each time: the seed, not the cache, gives the answer
        results.add(_best_guess(mixed * 3))
    assert len(results) == 1 and detect_language(mixed * 3, min_chars=5) is not None


def test_short_text_takes_the_page_language() -> None:
    assert LanguagePipeline().process_item(Post(body="+1, ok"), page_lang="ru").lang == "ru"
    assert LanguagePipeline().process_item(Post(body="+1, ok")).lang is None


def test_in_a_crawl_records_take_the_language_of_their_page_record() -> None:
    pipe = LanguagePipeline()
    pipe.process_item(Page(url="http://x.onion/t/1", text=TEXTS["de"]))
    assert pipe.process_item(Post(url="http://x.onion/t/1", body="+1")).lang == "de"
    assert pipe.process_item(Post(url="http://x.onion/t/2", body="+1")).lang is None


def test_a_language_already_set_is_kept_and_authors_are_left_alone() -> None:
    assert LanguagePipeline().process_item(Post(body=TEXTS["de"], lang="fr")).lang == "fr"
    assert LanguagePipeline().process_item(Author(name="x")).lang is None


def test_urls_and_addresses_do_not_count_as_language() -> None:
    body = "http://" + "a" * 56 + ".onion/x mail@example.org ok"
    assert LanguagePipeline().process_item(Post(body=body), page_lang="es").lang == "es"


# --- file type --------------------------------------------------------------------------------
def test_png_served_as_html_is_a_mismatch() -> None:
    from lab.sites.files import png

    page = FileTypePipeline().process_item(Page(url="http://x.onion/img/1", content_type="text/html"),
                                           body=png(8, 8, (10, 200, 30)))
    assert (page.mime, page.mime_mismatch, page.size) == ("image/png", True, len(png(8, 8, (10, 200, 30))))
    assert page.sha256 and len(page.sha256) == 64


def test_html_error_behind_a_pdf_link_is_a_mismatch_and_real_html_is_not() -> None:
    html = b"<!DOCTYPE html><html><head><title>404</title></head><body>gone</body></html>"
    assert sniff(html, url="http://x.onion/files/catalogue.pdf").mismatch is True
    assert sniff(html, declared="text/html; charset=utf-8").mismatch is False


def test_zip_and_pdf_are_recognised_under_their_right_names() -> None:
    from lab.sites.files import pdf, zip_archive

    assert sniff(zip_archive({"a.txt": b"x"}), url="http://x.onion/a.zip").mismatch is False
    found = sniff(pdf("Catalogue"), declared="application/pdf")
    assert (found.mime, found.mismatch) == ("application/pdf", False)


def test_declared_type_prefers_the_header_over_the_extension() -> None:
    assert declared_type("image/JPEG", "http://x/a.png") == "image/jpeg"
    assert declared_type(None, "http://x/a.png") == "image/png"
    assert declared_type(None, "http://x/") is None


def test_page_body_is_read_back_from_its_warc_record(tmp_path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from lab.sites.files import png

    body = png(4, 4, (1, 2, 3))
    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        first = StatusAndHeaders("200 OK", [], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("http://x.onion/", "response",
                                                      payload=io.BytesIO(b"hi"), http_headers=first))
        offset = out.tell()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("http://x.onion/i.png", "response",
                                                      payload=io.BytesIO(body), http_headers=headers))
    page = Page(url="http://x.onion/i.png", content_type="text/html", warc_file=str(path), warc_offset=offset)
    FileTypePipeline().process_item(page)
    assert (page.mime, page.mime_mismatch, page.size) == ("image/png", True, len(body))


def test_a_mime_already_sniffed_by_the_crawler_is_compared_with_the_claims() -> None:
    page = FileTypePipeline().process_item(Page(url="http://x.onion/a.pdf", mime="text/html"))
    assert page.mime_mismatch is True
    same = FileTypePipeline().process_item(Page(url="http://x.onion/", content_type="text/html",
                                                mime="text/html"))
    assert same.mime_mismatch is False


def test_a_page_without_a_reachable_body_is_left_unchanged() -> None:
    page = FileTypePipeline().process_item(Page(url="http://x.onion/", warc_file="/nonexistent.warc",
                                                warc_offset=0))
    assert page.mime is None and page.mime_mismatch is None


# --- normalisation ----------------------------------------------------------------------------
def test_price_is_converted_at_the_rate_of_its_capture_date() -> None:
    table = RateTable({"EUR": {"2024-01-01": 1.10, "2025-01-01": 1.04}, "BTC": 50000})
    pipe = NormalisePipeline(rates=table)
    old = pipe.process_item(Listing(price=100, currency="eur", captured_at="2024-06-01T00:00:00Z"))
    new = pipe.process_item(Listing(price=100, currency="EUR", captured_at="2025-03-01"))
    before = pipe.process_item(Listing(price=100, currency="EUR", captured_at="2019-01-01"))
    assert (old.price_usd, new.price_usd, before.price_usd, old.currency) == (110.0, 104.0, 110.0, "EUR")
    alt = pipe.process_item(Listing(price=3, currency="ZZZ", alt_prices={"BTC": 0.001}))
    assert alt.price_usd == 50.0


def test_rate_table_file_is_configurable_through_scrapy_settings(tmp_path) -> None:
    rates = tmp_path / "rates.yaml"
    rates.write_text("rates:\n  XMR: {'2020-01-01': 200}\n", encoding="utf-8")
    pipe = NormalisePipeline.from_crawler(get_crawler(settings_dict={"ENRICH_RATES_FILE": str(rates)}))
    assert pipe.process_item(Listing(price=0.5, currency="XMR")).price_usd == 100.0
    assert pipe.process_item(Listing(price=10, currency="EUR")).price_usd is None


@pytest.mark.parametrize("content", ["rates: [1, 2]\n", "rates:\n  EUR: {'2024-01-01': -1}\n",
                                     "rates:\n  EUR: {'not a date': 1}\n", ": : :\n"])
def test_a_broken_rate_table_is_a_clear_error(tmp_path, content: str) -> None:
    path = tmp_path / "rates.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RateTableError):
        RateTable.load(path)


def test_a_missing_taxonomy_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(TaxonomyError):
        Taxonomy.load(tmp_path / "none.yaml")


@pytest.mark.parametrize(("label", "category"), [
    ("Tea & Herbs", "tea"), ("Чай и травы", "tea"), ("Tee & Kräuter", "tea"), ("Thé et tisanes", "tea"),
    ("Té e hierbas", "tea"), ("Software Licences", "software"), ("Лицензии ПО", "software"),
    ("Softwarelizenzen", "software"), ("Licences logicielles", "software"),
    ("Licencias de software", "software"),
    ("Drugs > Cannabis > Buds", "cannabis"), ("Наркотики / Стимуляторы", "stimulants"),
    ("Fraud » Carding", "carding"), ("Drucke & Kunst", "art"), ("Láminas y arte", "art"),
])
def test_market_labels_in_five_languages_map_to_one_taxonomy(label: str, category: str) -> None:
    assert Taxonomy.load().classify(label) == category


def test_english_the_is_not_french_tea() -> None:
    assert Taxonomy.load().classify("The best of the rest") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Premium oolong, 10 g", (10.0, "g")), ("Hash 1kg", (1000.0, "g")), ("Шишки 5 г", (5.0, "g")),
    ("Oil 30ml", (30.0, "ml")), ("XTC 100 pills", (100.0, "pill")), ("Kerzen 3 Stück", (3.0, "pcs")),
    ("Tea 2,5 g", (2.5, "g")), ("no quantity here", None), ("100 pills X Soma 350mg", (100.0, "pill")),
    ("Etizolam 50mg", (0.05, "g")),
])
def test_quantities_and_units_are_read_from_titles(text: str, expected: tuple[float, str] | None) -> None:
    assert parse_quantity(text) == expected


def test_shown_units_are_normalised() -> None:
    assert normalise_unit(2, "kg") == (2000, "g")
    assert normalise_unit(5, "tabs") == (5, "pill")
    assert normalise_unit(3, "bundles") == (3, "bundles")


@pytest.mark.parametrize(("name", "code"), [
    ("Germany", "DE"), ("Deutschland", "DE"), ("Allemagne", "DE"), ("Alemania", "DE"), ("Германия", "DE"),
    ("Österreich", "AT"), ("Niederlande", "NL"), ("United Kingdom", "GB"), ("UK", "GB"), ("USA", "US"),
    ("ES", "ES"), ("MEX", "MX"), ("Worldwide", "XW"), ("Weltweit", "XW"), ("WW", "XW"), ("EU", "EU"),
    ("Europe", "EU"), ("Россия", "RU"), ("Royaume-Uni", "GB"),
])
def test_country_names_in_five_languages_become_iso_codes(name: str, code: str) -> None:
    assert country_code(name) == code


def test_unknown_countries_are_dropped_and_lists_deduplicated() -> None:
    assert country_code("Atlantis") is None
    assert country_codes("Germany, Deutschland / Narnia; FR") == ["DE", "FR"]


def test_normalise_pipeline_fills_a_listing() -> None:
    item = NormalisePipeline().process_item(Listing(
        title="Vintage Grüntee, 100 g", price=15.0, currency="EUR", category="Tee & Kräuter",
        ships_from="Österreich", ships_to=["Deutschland", "Österreich"], captured_at="2026-02-01T00:00:00Z"))
    assert (item.price_usd, item.category_norm, item.quantity, item.unit) == (16.2, "tea", 100.0, "g")
    assert (item.ships_from, item.ships_to) == ("AT", ["DE", "AT"])


# --- wiring -----------------------------------------------------------------------------------
def test_every_pipeline_builds_from_a_scrapy_crawler_and_passes_other_items_through() -> None:
    crawler = get_crawler(settings_dict={"ENRICH_LANG_MIN_CHARS": 7})
    built = [type(p).from_crawler(crawler) for p in pipelines()]
    assert built[0].min_chars == 7
    other = {"not": "a record"}
    for pipe in built:
        assert pipe.process_item(other, spider=None) is other


def test_enrich_records_applies_every_step_and_passes_the_page_language_on() -> None:
    page = Page(url="http://x.onion/t", text=TEXTS["fr"] + " " + TEXTS["fr"])
    post = Post(url="http://x.onion/t", body="+1 merci")
    listing = Listing(title="Savon artisanal, 3 pcs", price=9, currency="USD", category="Savon artisanal",
                      description="paiement 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")
    vendor = Vendor(name="v", feedback=[])
    out = enrich_records([page, post, listing, vendor])
    assert [r.lang for r in out[:2]] == ["fr", "fr"]
    assert out[2].category_norm == "soap" and out[2].price_usd == 9.0
    assert out[2].entities[0].entity_type == "btc"


def test_scrapy_loads_the_item_pipelines_by_path_and_runs_an_item_through_them() -> None:
    import asyncio

    from scrapy import Spider
    from scrapy.pipelines import ItemPipelineManager

    from enrichment import ITEM_PIPELINES

    crawler = get_crawler(Spider, settings_dict={"ITEM_PIPELINES": ITEM_PIPELINES})
    manager = ItemPipelineManager.from_crawler(crawler)
    assert [type(p).__name__ for p in manager.middlewares] == [
        "LanguagePipeline", "FileTypePipeline", "EntityPipeline", "NormalisePipeline"]
    item = Listing(title="Oolong, 10 g", price=5.0, currency="USD", category="Tea & Herbs",
                   description=TEXTS["en"] + " BTC 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")
    crawler.spider = Spider(name="lab")
    done = asyncio.run(manager.process_item_async(item))
    assert (done.lang, done.category_norm, done.price_usd) == ("en", "tea", 5.0)
    assert [e.entity_type for e in done.entities] == ["btc"]
