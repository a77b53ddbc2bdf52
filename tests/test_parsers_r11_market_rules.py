"""parsers.parse_page on market rules mended after round 11 (tests/test_parsers_general_r11.py):
small pages written for each rule, read as specifications.

- A rating badge ("97.8%" over "Positive", "4.9/5", a bare number or rating word) is never a
  vendor's name; a <title> part naming a profile's owner ("Market - leafy's Profile") is.
"""

from __future__ import annotations

from parsers import parse_page
from parsers.market_names import vendor_name
from parsers.records import Vendor

NOW = "2026-11-20T12:00:00Z"


def _vendors(html: str, url: str) -> list[Vendor]:
    result = parse_page(html.encode(), url=url, captured_at=NOW, use_profiles=False)
    return [r for r in result.records if isinstance(r, Vendor)]


def test_a_number_share_or_rating_word_is_never_a_vendor_name() -> None:
    for badge in ("97.8%Positive", "98%", "4.9/5", "1482", "★★★★☆", "Excellent", "Neutral"):
        assert vendor_name(badge) is None, badge


def test_a_handle_that_starts_with_digits_is_still_a_name() -> None:
    assert vendor_name("420stoner") == "420stoner"
    assert vendor_name("7seas (12)") == "7seas"


_BADGED_PROFILE = """<html><head><title>Kestrel Market - mossy_ridge's Profile</title></head><body>
<nav><a href="/">Home</a> <a href="/wallet.php">Wallet</a></nav>
<div class="profileHeader">
  <h1>mossy_ridge</h1><span class="badge">Level 3</span><span class="badge">Vendor</span><br>
  <span class="smalltext"><span class="user-percent">99.1%</span>Positive Feedback
  (Based on 88 ratings)</span>
  <br>Member Since: 2nd May 2023 | Last Seen: today
</div>
<ul class="tabs">
  <li><a href="/profile.php?id=mossy_ridge&amp;action=about">About</a></li>
  <li><a href="/profile.php?id=mossy_ridge&amp;action=keys">Keys</a></li>
</ul>
<div class="container-content"><p>No key uploaded yet.</p></div>
</body></html>"""


def test_a_profile_badge_under_the_vendor_word_is_not_taken_as_the_name() -> None:
    vendors = _vendors(_BADGED_PROFILE, "http://kestrel.example/profile.php?id=mossy_ridge&action=keys")
    assert [v.name for v in vendors] == ["mossy_ridge"]
    assert vendors[0].rating == 99.1
    assert vendors[0].member_since == "2023-05-02"
