"""Unit: enrichment.producers -- producer scores with reasons, producers above consumers."""

from __future__ import annotations

from enrichment.producers import is_file_link, score_authors
from parsers.records import Author, Post, Thread

BULLETIN = "Bulletin of the fictional movement, part {n}: " + "placeholder words " * 20


def _forum() -> tuple[list[Thread], list[Post], list[Author]]:
    threads, posts = [], []
    for t in range(6):
        url = f"http://f.onion/viewtopic.php?t={t}"
        threads.append(Thread(site="f", url=url, thread_url=url, title=f"Bulletin {t}", author="herald"))
        posts.append(Post(site="f", thread_url=url, index=0, author="herald", body=BULLETIN.format(n=t),
                          links=["http://f.onion/files/poster.pdf"]))
        for k, reader in enumerate(("reader1", "reader2", "reader3"), start=1):
            posts.append(Post(site="f", thread_url=f"{url}&start=10", index=k, author=reader,
                              body="Reposted.", quotes=["herald"] if k == 1 else []))
    authors = [Author(site="f", name="herald", post_count=3000)] + [
        Author(site="f", name=f"reader{i}", post_count=100 + i) for i in (1, 2, 3)]
    return threads, posts, authors


def test_a_prolific_producer_ranks_above_the_consumers_with_reasons() -> None:
    threads, posts, authors = _forum()
    scores = score_authors(threads, posts, authors)
    top = scores[0]
    assert top.name == "herald"
    assert top.role == "producer" and top.threads_started == 6 and top.files_shared == 6
    assert any("started 6 thread" in r for r in top.reasons)
    assert any("file link" in r for r in top.reasons)
    assert {s.role for s in scores[1:]} == {"consumer"}
    assert all(s.score < top.score for s in scores[1:])


def test_author_records_get_their_score_and_reasons() -> None:
    threads, posts, authors = _forum()
    score_authors(threads, posts, authors)
    assert authors[0].producer_score and authors[0].producer_reasons
    assert authors[1].producer_score is not None and authors[1].producer_score < authors[0].producer_score


def test_pages_of_one_thread_are_one_thread_and_duplicates_count_once() -> None:
    threads, posts, authors = _forum()
    scores = {s.name: s for s in score_authors(threads + threads, posts + posts, authors)}
    assert scores["herald"].threads_started == 6 and scores["reader1"].posts == 6


def test_the_thread_starter_is_taken_from_the_first_post_when_no_thread_record_says() -> None:
    posts = [Post(site="f", thread_url="/t/9", index=0, author="opener", body="Hello"),
             Post(site="f", thread_url="/t/9", index=1, author="other", body="Hi")]
    scores = {s.name: s for s in score_authors([], posts)}
    assert scores["opener"].threads_started == 1 and scores["opener"].replies_received == 1


def test_file_links_are_told_apart_from_pages() -> None:
    assert is_file_link("http://x.onion/a/poster.PDF") and is_file_link("http://x.onion/attachments/12")
    assert not is_file_link("http://x.onion/forum/thread-12")


def test_a_nested_reply_answers_its_parents_author_not_the_thread_starter() -> None:
    page = "http://f.onion/post/77"
    posts = [Post(site="f", url=page, thread_url=page, index=0, author="opener", body="A question"),
             Post(site="f", url=page, thread_url=page, index=1, author="expert", body="An answer"),
             Post(site="f", url=page, thread_url=page, index=2, author="fan", body="Thanks!", reply_to=1),
             Post(site="f", url=page, thread_url=page, index=3, author="fan2", body="Same", reply_to=1)]
    scores = {s.name: s for s in score_authors([], posts)}
    assert scores["expert"].replies_received == 2
    assert scores["opener"].replies_received == 1  # the expert's top-level answer
