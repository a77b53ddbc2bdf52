"""parsers.parse_page forum rules mended after round 12: general structural rules for post blocks
and author records that unseen engines share (small pages written here, not round-12 pages)."""

from parsers import parse_page


def _authors(records):
    return {r.name: r for r in records if r.kind == "author"}


def test_an_author_shown_only_with_a_points_score_is_still_recorded_by_name():
    posts = "".join(
        f'<div class="answer"><div class="text">{body}</div>'
        f'<span class="meta">answered <time datetime="2026-11-1{i}T10:00:00">1{i} nov</time> by '
        f'<a href="/user/{name}">{name}</a> ({pts} points)</span></div>'
        for i, (name, pts, body) in enumerate(
            [("ann_q", "1.204", "How do I true a wheel at home?"),
             ("bob_a", "33", "Use a spoke key and go a quarter turn at a time."),
             ("ann_q", "1.204", "That worked, the wheel spins straight now.")]
        )
    )
    page = parse_page(
        f"<html><body><h1>Truing a wheel</h1>{posts}</body></html>".encode(),
        url="http://example.onion/q/1",
    )
    authors = _authors(page.records)
    assert set(authors) == {"ann_q", "bob_a"}
    assert authors["bob_a"].post_count is None and authors["bob_a"].joined is None
