"""parsers.profiles: bundled YAML site profiles load, match their sites and take precedence;
bad profiles fail with one clear error; ``onionscope profile test`` checks a profile on saved pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from onionscope.cli import main
from parsers import parse_page
from parsers.dom import load
from parsers.errors import ProfileError
from parsers.profiles import Profile, get, load_profiles, match

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "realpages"


def test_bundled_profiles_load_one_per_lab_market_and_real_market() -> None:
    names = {p.name for p in load_profiles()}
    assert {"tessera", "kornblume", "sombra", "empire", "dream"} <= names


def test_each_lab_market_page_matches_its_profile() -> None:
    sites = pytest.importorskip("lab.sites")
    world = sites.World(seed=7)
    expected = {
        "tessera-market": "tessera",
        "tessera-mirror": "tessera",
        "kornblume-markt": "kornblume",
        "sombra-mercado": "sombra",
    }
    for name, profile in expected.items():
        site = world.site(name)
        body = site.handle("GET", "/", {}).body
        prof = match(site.base_url + "/", body)
        assert prof is not None and prof.name == profile
    forum = world.site("vorota-forum")
    assert match(forum.base_url + "/", forum.handle("GET", "/", {}).body) is None


def test_profile_values_take_precedence_and_generic_values_fill_gaps() -> None:
    prof = Profile.from_dict(
        {
            "name": "t",
            "match": {"markup": ["tea-shop"]},
            "page_types": [{"type": "listing", "when": "div.item"}],
            "records": {
                "listing": {
                    "on": ["listing"],
                    "fields": {
                        "title": "div.item .name",
                        "price": {"css": "div.item .cost", "transform": ["number"]},
                        "currency": {"const": "EUR"},
                    },
                }
            },
        }
    )
    html = (
        b"<html><body class='tea-shop'><div class='item'><h1>Wrong heading</h1>"
        b"<span class='name'>Sencha</span>"
        b"<span class='cost'>7,25</span><p>Vendor: leafy</p><p>Ships from: Japan</p></div></body></html>"
    )
    ptype, records = prof.apply(load(html))
    assert ptype == "listing" and (records[0].title, records[0].price, records[0].currency) == (
        "Sencha",
        7.25,
        "EUR",
    )


def test_named_profile_file_is_applied_by_parse_page(tmp_path: Path) -> None:
    path = tmp_path / "shop.yaml"
    path.write_text(
        "name: shop\nmatch: {hosts: ['*.shop.onion']}\npage_types:\n  - {type: vendor, when: 'h1.v'}\n"
        "records:\n  vendor:\n    on: [vendor]\n    fields:\n      name: 'h1.v'\n"
        "      member_since: {css: '.since', transform: [date]}\n",
        encoding="utf-8",
    )
    body = b"<html><body><h1 class='v'>leafy</h1><p class='since'>seit 3. M\xc3\xa4rz 2021</p></body></html>"
    result = parse_page(body, profile=str(path))
    assert result.page.page_type == "vendor" and result.page.engine == "shop"
    assert (result.records[0].name, result.records[0].member_since) == ("leafy", "2021-03-03")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- just a list", "name"),
        ("name: x\nrecords: {gadget: {fields: {a: b}}}", "unknown record kind"),
        ("name: x\nrecords: {listing: {fields: {title: {css: h1, bogus: 1}}}}", "unknown keys"),
        ("name: x\nmatch: {markup: ['(']}", "bad markup regex"),
        ("name: [unclosed", "bad.yaml"),
    ],
)
def test_bad_profiles_raise_profile_error(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "bad.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError, match=message):
        load_profiles([tmp_path])


def test_unknown_transform_is_reported() -> None:
    prof = Profile.from_dict(
        {
            "name": "t",
            "page_types": [{"type": "listing", "when": "h1"}],
            "records": {"listing": {"fields": {"title": {"css": "h1", "transform": ["nope"]}}}},
        }
    )
    with pytest.raises(ProfileError, match="unknown transform"):
        prof.apply(load(b"<h1>x</h1>"))


def test_get_returns_none_for_unknown_names() -> None:
    assert get("no-such-profile") is None


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/realpages is absent")
def test_profile_test_command_passes_on_real_market_pages() -> None:
    runner = CliRunner()
    for name, folder in (
        ("empire", "markets/empire/html_files/listings"),
        ("dream", "markets/dream/html_files/sellers"),
        ("empire", "markets/empire/html_files/users"),
    ):
        out = runner.invoke(main, ["profile", "test", name, str(REAL / folder)])
        assert out.exit_code == 0, out.output
        assert "records=" in out.output


def test_profile_list_names_bundled_profiles() -> None:
    out = CliRunner().invoke(main, ["profile", "list"])
    assert out.exit_code == 0 and "tessera" in out.output


def test_profiles_from_an_extra_folder_need_no_python(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "teashop.yaml").write_text(
        "name: teashop\nmatch: {markup: ['tea-card']}\nprecedence: generic\n"
        "page_types:\n  - {type: listing, when: 'div.tea-card'}\n"
        "records:\n  listing:\n    on: [listing]\n    fields:\n      category: {const: Tea}\n"
        "      title: {css: 'div.tea-card .short'}\n", encoding="utf-8")
    monkeypatch.setenv("ONIONSCOPE_PROFILES", str(tmp_path))
    loaded = load_profiles()
    assert "teashop" in {p.name for p in loaded} and "tessera" in {p.name for p in loaded}
    html = (b"<html><head><title>Sencha 100 g | Tea</title></head><body><div class='tea-card'>"
            b"<h1>Sencha 100 g</h1><b class='short'>Sencha</b><p>Price: 7,25 EUR</p><p>Vendor: leafy</p>"
            b"</div></body></html>")
    prof = match("http://t.onion/item/1", html, loaded)
    assert prof is not None and prof.name == "teashop" and prof.precedence == "generic"
    result = parse_page(html, url="http://t.onion/item/1", profile=prof.source)
    # Generic values win (title from the page heading), the profile fills what generic lacks.
    assert (result.records[0].title, result.records[0].category, result.records[0].price) == (
        "Sencha 100 g", "Tea", 7.25)


def test_missing_profile_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="does not exist"):
        load_profiles([tmp_path / "nope"])


def test_unknown_profile_name_is_noted_and_generic_extraction_still_runs() -> None:
    result = parse_page(b"<html><body><h1>Login</h1><form><input type=password></form></body></html>",
                        profile="no-such-profile")
    assert result.page.page_type == "login"
    assert result.page.error == "unknown profile 'no-such-profile'"
