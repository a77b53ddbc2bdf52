"""crawler.pseudonymise.PseudonymisePipeline: non-target user names never leave the crawler in clear."""

from __future__ import annotations

from pathlib import Path

import pytest
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from crawler.pseudonymise import PseudonymisePipeline
from ethics.pseudonym import Pseudonymiser, load_pseudonym_key
from parsers.records import Author, Feedback, Page, Post, Vendor

ROOT = Path(__file__).resolve().parent.parent


def _crawler(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, personal_data: str | None,
             **settings: str) -> Crawler:
    monkeypatch.setenv("ONIONSCOPE_AUDIT_KEY", str(tmp_path / "keys" / "audit.key"))
    monkeypatch.setenv("ONIONSCOPE_PSEUDONYM_KEY", str(tmp_path / "keys" / "pseudonym.key"))
    text = (ROOT / "scopes" / "lab-demo.yaml").read_text()
    if personal_data:
        text = text.replace("personal_data:\n  pseudonymise_non_targets: false\n", personal_data)
        assert personal_data in text
    scope = tmp_path / "scope.yaml"
    scope.write_text(text)
    crawler = get_crawler(settings_dict={"SCOPE_FILE": str(scope), "ONIONSCOPE_HOME": str(tmp_path / "home"),
                                         **settings})
    crawler._apply_settings()
    return crawler


def test_a_scope_that_keeps_names_in_clear_disables_the_pipeline(tmp_path, monkeypatch) -> None:
    with pytest.raises(NotConfigured):
        PseudonymisePipeline.from_crawler(_crawler(tmp_path, monkeypatch, None))


def test_non_target_names_become_stable_reversible_pseudonyms(tmp_path, monkeypatch) -> None:
    crawler = _crawler(tmp_path, monkeypatch, "personal_data:\n  pseudonymise_non_targets: true\n"
                                              "  target_identifiers: [AshHerald]\n")
    pipeline = PseudonymisePipeline.from_crawler(crawler)
    post = pipeline.process_item(Post(author="quiet_reader", quotes=["AshHerald", "quiet_reader"], body="hi"))
    author = pipeline.process_item(Author(name="quiet_reader", post_count=3))
    target = pipeline.process_item(Post(author="AshHerald", body="manifesto"))
    vendor = pipeline.process_item(Vendor(name="NightOwl", feedback=[Feedback(buyer="buyer42", text="ok")]))
    page = Page(url="http://x.onion/", text="quiet_reader wrote")

    assert post.author != "quiet_reader" and post.author == author.name  # linkable across records
    assert post.quotes == ["AshHerald", post.author]  # the target stays in clear
    assert target.author == "AshHerald"
    assert vendor.name == "NightOwl" and vendor.feedback[0].buyer != "buyer42"
    assert pipeline.process_item(page) is page and page.text == f"{post.author} wrote"
    key = load_pseudonym_key()
    assert Pseudonymiser(key).reveal(post.author, "user") == "quiet_reader"
    assert crawler.stats.get_value("ethics/pseudonymised") == 4


def test_names_in_bodies_and_page_text_become_the_same_pseudonyms(tmp_path, monkeypatch) -> None:
    from crawler.context import CrawlContext
    from crawler.pseudonymise import remember_names

    crawler = _crawler(tmp_path, monkeypatch, "personal_data:\n  pseudonymise_non_targets: true\n"
                                              "  target_identifiers: [AshHerald]\n")
    pipeline = PseudonymisePipeline.from_crawler(crawler)
    # The spider registers a page's names before it yields the page, then the records.
    records = [
        Post(author="quiet_reader", body="AshHerald is right"),
        Post(author="night-owl.7", body="agree with Quiet_Reader and @someone_else; the rest is noise"),
    ]
    remember_names(CrawlContext.of(crawler), records)
    page = pipeline.process_item(Page(url="http://x.onion/t/1", text="quiet_reader\nnight-owl.7 replied"))
    first, second = (pipeline.process_item(r) for r in records)

    assert first.body == "AshHerald is right"  # the target stays in clear
    assert second.body.startswith(f"agree with {first.author} and @ps_")  # same pseudonym, any case
    assert second.body.endswith("; the rest is noise")  # ordinary words are left alone
    assert page.text == f"{first.author}\n{second.author} replied"
    assert "quiet_reader" not in page.text.casefold() and "someone_else" not in second.body


def test_a_resumed_crawl_knows_the_names_the_stopped_run_learnt(tmp_path, monkeypatch) -> None:
    import json

    from crawler.context import CrawlContext
    from crawler.pseudonymise import remember_names

    scope = "personal_data:\n  pseudonymise_non_targets: true\n  target_identifiers: [AshHerald]\n"
    first = _crawler(tmp_path, monkeypatch, scope, JOBDIR=str(tmp_path / "job"))
    pipeline = PseudonymisePipeline.from_crawler(first)
    post = Post(author="quiet_reader", body="hello")
    remember_names(CrawlContext.of(first), [post])
    pipeline.process_item(post)
    pipeline.close_spider()
    saved = tmp_path / "job" / "names.json"
    assert json.loads(saved.read_text()) == ["quiet_reader"] and (saved.stat().st_mode & 0o777) == 0o600

    second = _crawler(tmp_path, monkeypatch, scope, JOBDIR=str(tmp_path / "job"))  # a new process
    resumed = PseudonymisePipeline.from_crawler(second)
    mention = resumed.process_item(Post(author="AshHerald", body="ask quiet_reader"))
    assert "quiet_reader" not in mention.body and mention.body.startswith("ask ps_")


def test_the_saved_names_go_when_the_crawl_reaches_its_end_and_stay_when_it_was_stopped(
    tmp_path, monkeypatch
) -> None:
    from scrapy import signals

    scope = "personal_data:\n  pseudonymise_non_targets: true\n"
    crawler = _crawler(tmp_path, monkeypatch, scope, JOBDIR=str(tmp_path / "job"))
    pipeline = PseudonymisePipeline.from_crawler(crawler)
    pipeline.process_item(Post(author="quiet_reader", body="hello"))
    pipeline.close_spider()
    saved = tmp_path / "job" / "names.json"
    crawler.signals.send_catch_log(signals.spider_closed, spider=None, reason="shutdown")
    assert saved.exists()  # stopped: the resumed crawl needs them
    crawler.signals.send_catch_log(signals.spider_closed, spider=None, reason="finished")
    assert not saved.exists()


def test_bodies_lose_every_variant_of_a_name_under_its_one_pseudonym_and_keep_ordinary_words(
    tmp_path, monkeypatch
) -> None:
    from crawler.context import CrawlContext
    from crawler.pseudonymise import remember_names

    crawler = _crawler(tmp_path, monkeypatch, "personal_data:\n  pseudonymise_non_targets: true\n"
                                              "  target_identifiers: [AshHerald]\n")
    pipeline = PseudonymisePipeline.from_crawler(crawler)
    records = [
        Post(author="DarkVendor", body="restocked"),
        Post(author="vendor", body="hi all"),  # a user named like the word
        Post(author="quiet_reader", body="got mine from dark_vendor; @darkvendor is legit, Dark Vendor's "
                                         "stealth is good, the vendor shipped. Ash_Herald agrees"),
    ]
    remember_names(CrawlContext.of(crawler), records)
    seller, word, buyer = (pipeline.process_item(r) for r in records)

    ps = seller.author
    assert buyer.body == (f"got mine from {ps}; @{ps} is legit, {ps}'s stealth is good, the vendor shipped. "
                          "Ash_Herald agrees")  # the target's variant stays in clear too
    assert word.author != "vendor" and word.author not in buyer.body
