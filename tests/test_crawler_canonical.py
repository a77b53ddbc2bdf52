"""crawler.middlewares.canonical: session ids and tracking parameters never split a page in two."""

from __future__ import annotations

import pytest

from crawler.middlewares.canonical import canonicalise

BASE = "http://3zf5obm4ysmbjmgt5wbehheck5xh3dom2yfx5llpgotpljue5llf64qd.onion"


@pytest.mark.parametrize(
    "variant",
    [
        f"{BASE}/viewtopic.php?t=1&sid=0123456789abcdef0123456789abcdef",
        f"{BASE}/viewtopic.php?sid=feedfacefeedfacefeedfacefeedface&t=1",
        f"{BASE}/viewtopic.php?t=1&utm_source=forum&utm_medium=x",
        f"{BASE}/viewtopic.php?t=1#p17",
        f"{BASE.upper().replace('HTTP://', 'http://')}:80/viewtopic.php?t=1&PHPSESSID=abc",
    ],
)
def test_session_and_tracking_variants_collapse_to_one_url(variant):
    assert canonicalise(variant) == f"{BASE}/viewtopic.php?t=1"


def test_query_order_is_kept_because_sites_route_on_it():
    assert canonicalise(f"{BASE}/viewtopic.php?t=1&start=10") == f"{BASE}/viewtopic.php?t=1&start=10"


def test_path_session_tokens_are_removed():
    assert canonicalise(f"{BASE}/s/0123456789abcdef0123456789abcdef/index") == f"{BASE}/index"
    assert canonicalise(f"{BASE}/a;jsessionid=XYZ") == f"{BASE}/a"


def test_non_default_port_is_kept():
    assert canonicalise("http://x.onion:8080/") == "http://x.onion:8080/"
