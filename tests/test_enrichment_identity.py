"""Unit: enrichment.identity -- cross-market vendor linking with evidence and confidence."""

from __future__ import annotations

from enrichment.identity import handle_skeleton, link_vendors
from parsers.records import Entity, Listing, Vendor

FPR = "4C98DEDC1F05716A0B2DA72E569948EFF3380628"
BTC = "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"


def test_handle_skeleton_folds_case_separators_and_leetspeak() -> None:
    assert handle_skeleton("N1ght_0wl") == handle_skeleton("NightOwl") == handle_skeleton("night-owl")
    assert handle_skeleton("owl77") == handle_skeleton("OWL")
    assert handle_skeleton("SilverFern") != handle_skeleton("SilverFox")


def test_same_pgp_fingerprint_links_two_markets_with_evidence() -> None:
    a = Vendor(market="tessera", name="NightOwl", pgp_fingerprint=FPR)
    b = Vendor(market="kornblume", name="night_0wl", pgp_fingerprint=FPR.lower())
    [actor] = [x for x in link_vendors([a, b]) if len(x.aliases) > 1]
    assert actor.aliases == [("kornblume", "night_0wl"), ("tessera", "NightOwl")]
    [link] = actor.links
    assert any("PGP key" in e for e in link.evidence) and any("similar handles" in e for e in link.evidence)
    assert link.confidence > 0.97 and a.actor_id == b.actor_id == actor.actor_id


def test_a_shared_wallet_from_a_listing_links_vendors() -> None:
    a, b = Vendor(market="m1", name="alpha"), Vendor(market="m2", name="zeta")
    listing = Listing(market="m2", vendor="zeta", entities=[Entity(entity_type="btc", value=BTC)])
    actors = link_vendors([a, b], [listing], {("m1", "alpha"): [Entity(entity_type="btc", value=BTC)]})
    [linked] = [x for x in actors if len(x.aliases) == 2]
    assert linked.links[0].evidence == [f"shared btc wallet {BTC}"]
    assert 0.85 < linked.links[0].confidence < 0.95


def test_a_phone_shared_as_signal_and_as_phone_is_one_contact() -> None:
    a = Vendor(market="m1", name="aa", entities=[Entity(entity_type="signal", value="+12025550143")])
    b = Vendor(market="m2", name="bb", entities=[Entity(entity_type="phone", value="+12025550143")])
    assert len(link_vendors([a, b])) == 1


def test_similar_handles_alone_never_link() -> None:
    a, b = Vendor(market="m1", name="CopperKettle"), Vendor(market="m2", name="copper_kettle")
    actors = link_vendors([a, b])
    assert len(actors) == 2 and a.actor_id != b.actor_id


def test_an_identifier_shared_by_many_profiles_is_a_market_not_a_person() -> None:
    escrow = Entity(entity_type="btc", value=BTC)
    vendors = [Vendor(market="m", name=f"v{i}", entities=[escrow]) for i in range(25)]
    assert len(link_vendors(vendors)) == 25


def test_mirrors_and_repeated_profiles_collapse_into_one_alias() -> None:
    v1 = Vendor(market="m", site="a.onion", name="leafy", pgp_fingerprint=FPR)
    v2 = Vendor(market="m", site="b.onion", name="leafy", pgp_fingerprint=FPR)
    [actor] = link_vendors([v1, v2])
    assert actor.aliases == [("m", "leafy")] and actor.links == []


def test_links_are_transitive_into_one_actor() -> None:
    a = Vendor(market="m1", name="a", pgp_fingerprint=FPR)
    b = Vendor(market="m2", name="b", pgp_fingerprint=FPR,
               entities=[Entity(entity_type="xmpp", value="x@y.org")])
    c = Vendor(market="m3", name="c", entities=[Entity(entity_type="xmpp", value="x@y.org")])
    [actor] = link_vendors([a, b, c])
    assert actor.markets == ["m1", "m2", "m3"] and len(actor.links) == 2
    assert "pgp:" + FPR in actor.identifiers


def test_actor_ids_are_stable_between_runs() -> None:
    def run() -> str | None:
        a = Vendor(market="m1", name="a", pgp_fingerprint=FPR)
        b = Vendor(market="m2", name="b", pgp_fingerprint=FPR)
        link_vendors([b, a])
        return a.actor_id

    assert run() == run()


def test_mirror_onions_fold_into_one_market_for_records_that_name_none() -> None:
    main, mirror, other = "a" * 56 + ".onion", "b" * 56 + ".onion", "c" * 56 + ".onion"
    v1 = Vendor(site=main, name="NightOwl", pgp_fingerprint=FPR)
    v2 = Vendor(site=mirror, name="NightOwl", pgp_fingerprint=FPR)
    v3 = Vendor(site=other, name="night_0wl", pgp_fingerprint=FPR)
    unfolded = link_vendors([v1, v2, v3])
    assert len(unfolded[0].markets) == 3
    [actor] = link_vendors([v1, v2, v3], sites={mirror: main})
    assert actor.markets == sorted([main, other]) and len(actor.aliases) == 2
