"""Unit: enrichment.entities -- validated wallets, onion names, PGP keys and contacts, on official vectors.

Vectors: BIP-173 and BIP-350 (reference tests of sipa/bech32), the Bitcoin genesis address, EIP-55's
own examples, Monero's documented standard and integrated addresses, Litecoin addresses from wallet
test suites, the Tor Project's published onion v3 addresses.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess

import pytest

from enrichment.entities import EntityPipeline, extract_entities
from enrichment.entities.bitcoin import validate_bitcoin
from enrichment.entities.codecs import b58check_decode, b58check_encode, bech32_decode, segwit_encode
from enrichment.entities.contacts import find_contacts, valid_email, valid_telegram
from enrichment.entities.ethereum import to_checksum_address, validate_ethereum
from enrichment.entities.keccak import keccak256, sponge256
from enrichment.entities.litecoin import validate_litecoin
from enrichment.entities.monero import validate_monero
from enrichment.entities.onion import find_onions
from enrichment.entities.pgp import find_pgp_keys
from parsers.records import Page, Vendor

# --- BIP-173 / BIP-350 -----------------------------------------------------------------------
VALID_BECH32 = ["A12UEL5L", "a12uel5l",
                "an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs",
                "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
                "11qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqc8247j",
                "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w", "?1ezyfcl"]
VALID_BECH32M = ["A1LQFN3A", "a1lqfn3a",
                 "an83characterlonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11sg7hg6",
                 "abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx",
                 "11llllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllludsr8",
                 "split1checkupstagehandshakeupstreamerranterredcaperredlc445v", "?1v759aa"]
INVALID_BECH32 = [" 1nwldj5", "\x7f1axkwrx", "\x801eym55h",
                  "an84characterslonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1569pvx",
                  "pzry9x0s0muk", "1pzry9x0s0muk", "x1b4n0q5v", "li1dgmt3", "de1lg7wt\xff", "A1G7SGD8",
                  "10a06t8", "1qzzfhee"]
INVALID_BECH32M = [" 1xj0phk", "\x7f1g6xzxy", "\x801vctc34",
                   "an84characterslonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11d6pts4",
                   "qyrz8wqd2c9m", "1qyrz8wqd2c9m", "y1b0jsk6g", "lt1igcx5c0", "in1muywd", "mm1crxm3i",
                   "au1s5cgom", "M1VUXWEZ", "16plkw9", "1p2gdwpf"]
VALID_SEGWIT = [("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", "mainnet", "p2wpkh"),
                ("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7", "testnet", "p2wsh"),
                ("bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y", "mainnet",
                 "segwit"),
                ("BC1SW50QGDZ25J", "mainnet", "segwit"),
                ("bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs", "mainnet", "segwit"),
                ("tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy", "testnet", "p2wsh"),
                ("tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c", "testnet", "p2tr"),
                ("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", "mainnet", "p2tr")]
INVALID_SEGWIT = ["tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut",
                  "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd",
                  "tb1z0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqglt7rf",
                  "BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL",
                  "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh",
                  "tb1q0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq24jc47",
                  "bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4",
                  "BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R",
                  "bc1pw5dgrnzv",
                  "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav",
                  "BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P",
                  "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq",
                  "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf",
                  "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vpggkg4j",
                  "bc1gmk9yu"]


@pytest.mark.parametrize("text", VALID_BECH32)
def test_bip173_valid_strings_decode_as_bech32(text: str) -> None:
    decoded = bech32_decode(text)
    assert decoded is not None and decoded[2] == "bech32"


@pytest.mark.parametrize("text", VALID_BECH32M)
def test_bip350_valid_strings_decode_as_bech32m(text: str) -> None:
    decoded = bech32_decode(text)
    assert decoded is not None and decoded[2] == "bech32m"


@pytest.mark.parametrize("text", VALID_BECH32 + VALID_BECH32M)
def test_one_flipped_checksum_character_breaks_a_valid_string(text: str) -> None:
    pos = text.rfind("1")
    flipped = text[:pos + 1] + chr(ord(text[pos + 1]) ^ 1) + text[pos + 2:]
    assert bech32_decode(flipped) is None


@pytest.mark.parametrize("text", INVALID_BECH32)
def test_bip173_invalid_strings_are_not_bech32(text: str) -> None:
    decoded = bech32_decode(text)
    assert decoded is None or decoded[2] != "bech32"


@pytest.mark.parametrize("text", INVALID_BECH32M)
def test_bip350_invalid_strings_are_not_bech32m(text: str) -> None:
    decoded = bech32_decode(text)
    assert decoded is None or decoded[2] != "bech32m"


@pytest.mark.parametrize(("address", "network", "kind"), VALID_SEGWIT)
def test_bip_valid_segwit_addresses_validate_with_network_and_kind(address: str, network: str,
                                                                  kind: str) -> None:
    details = validate_bitcoin(address)
    assert details is not None
    assert (details["network"], details["kind"]) == (network, kind)


@pytest.mark.parametrize("address", INVALID_SEGWIT)
def test_bip_invalid_segwit_addresses_are_rejected(address: str) -> None:
    assert validate_bitcoin(address) is None


def test_segwit_encoding_round_trips_the_bip173_program() -> None:
    program = bytes.fromhex("751e76e8199196d454941c45d1b3a323f1433bd6")
    assert segwit_encode("bc", 0, program) == "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"


# --- base58check Bitcoin ------------------------------------------------------------------------
def test_genesis_address_is_a_mainnet_p2pkh() -> None:
    assert validate_bitcoin("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa") == {"network": "mainnet", "kind": "p2pkh"}
    version, payload = b58check_decode("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa") or (None, b"")
    assert version == 0 and payload.hex() == "62e907b15cbf27d5425399ebf6f0fb50ebb88f18"


@pytest.mark.parametrize("address", [
    "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb",   # last character changed: checksum fails
    "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfN",    # truncated
    "1A1zP1eP5QGefi2DMPTfTL5SLmv7Divf0a",   # 0 is not base58
    "LXYx4j8PDGE8GEwDFnEQhcLyHFGsRxSJwt",   # valid base58check, Litecoin version byte
])
def test_bad_or_foreign_base58_strings_are_not_bitcoin(address: str) -> None:
    assert validate_bitcoin(address) is None


def test_p2sh_version_byte_gives_a_p2sh_address() -> None:
    address = b58check_encode(0x05, bytes(range(20)))
    assert address.startswith("3") and validate_bitcoin(address) == {"network": "mainnet", "kind": "p2sh"}


# --- Litecoin -------------------------------------------------------------------------------------
@pytest.mark.parametrize(("address", "kind"), [
    ("LXYx4j8PDGE8GEwDFnEQhcLyHFGsRxSJwt", "p2pkh"),
    ("LTVdcw8fdTTK4TcebTZ4jiiCbvTXaRxZNh", "p2pkh"),
    ("MEnuCzUGHaQx9fK5WYvLwR1NK4SAo8HmSr", "p2sh"),
    ("ltc1qx88q7zjd74lxwgkjmmwlqv5pd3vujuehexfttt", "p2wpkh"),
])
def test_litecoin_addresses_validate(address: str, kind: str) -> None:
    details = validate_litecoin(address)
    assert details is not None and details["kind"] == kind


@pytest.mark.parametrize("address", [
    "LXYx4j8PDGE8GEwDFnEQhcLyHFGsRxSJwu",            # checksum
    "ltc1qx88q7zjd74lxwgkjmmwlqv5pd3vujuehexfttq",   # bech32 checksum
    "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",    # Bitcoin hrp
    "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",            # Bitcoin version byte
])
def test_invalid_or_foreign_strings_are_not_litecoin(address: str) -> None:
    assert validate_litecoin(address) is None


# --- Keccak, Monero, Ethereum ---------------------------------------------------------------------
def test_keccak256_matches_the_known_empty_digest() -> None:
    assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"


@pytest.mark.parametrize("size", [0, 1, 135, 136, 137, 300])
def test_the_permutation_with_sha3_padding_equals_hashlib_sha3(size: int) -> None:
    data = bytes(range(256))[:size] * 1 if size <= 256 else bytes(i % 251 for i in range(size))
    assert sponge256(data, 0x06) == hashlib.sha3_256(data).digest()
    assert keccak256(data) != hashlib.sha3_256(data).digest()


MONERO_STANDARD = ("4AdUndXHHZ6cfufTMvppY6JwXNouMBzSkbLYfpAV5Usx3skxNgYeYTRj5UzqtReoS44qo9mtmXCqY45DJ852K5Jv2"
                   "684Rge")
MONERO_INTEGRATED = ("4LL9oSLmtpccfufTMvppY6JwXNouMBzSkbLYfpAV5Usx3skxNgYeYTRj5UzqtReoS44qo9mtmXCqY45DJ852K5J"
                     "v2bYXZKKQePHES9khPK")


def test_monero_docs_standard_address_decodes_to_its_documented_keys() -> None:
    details = validate_monero(MONERO_STANDARD)
    assert details is not None
    assert details["network"] == "mainnet" and details["kind"] == "standard"
    assert details["spend_key"] == "eda9fe8dfcdd25d5430ea64229d04f6b41b2e5a1587c29cd499a63eb79d11711"
    assert details["view_key"] == "3076a02b73d130fb904c9e91075fcd16f735c6850dfadb125eb826d96a113f09"


def test_monero_docs_integrated_address_carries_a_payment_id() -> None:
    details = validate_monero(MONERO_INTEGRATED)
    assert details is not None and details["kind"] == "integrated" and len(details["payment_id"]) == 16


@pytest.mark.parametrize("address", [
    MONERO_STANDARD[:-1] + ("f" if MONERO_STANDARD[-1] != "f" else "g"),  # checksum
    MONERO_STANDARD[:50] + MONERO_STANDARD[51] + MONERO_STANDARD[50] + MONERO_STANDARD[52:],  # swap
    MONERO_STANDARD[:-1],                                                  # 94 characters
    "4" + "0" * 94,                                                        # not base58
])
def test_mangled_monero_addresses_fail_the_checksum(address: str) -> None:
    assert validate_monero(address) is None


EIP55 = ["0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
         "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"]


@pytest.mark.parametrize("address", EIP55)
def test_eip55_examples_are_valid_and_reencode_to_themselves(address: str) -> None:
    assert validate_ethereum(address) == {"checksummed": True}
    assert to_checksum_address(address.lower()) == address


@pytest.mark.parametrize("address", [
    "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD",  # one letter's case flipped
    "0x5AAEB6053f3e94c9b9a09f33669435e7ef1beaed",  # wrong mixed case
    "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeA",    # 38 hex digits
    "0xZZAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",  # not hex
])
def test_bad_eip55_checksums_and_malformed_hex_are_rejected(address: str) -> None:
    assert validate_ethereum(address) is None


def test_all_lowercase_ethereum_addresses_are_kept_as_unchecksummed() -> None:
    [found] = extract_entities("send to 0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")
    assert found.value == EIP55[0] and found.details == {"checksummed": False}


# --- onion v3 -----------------------------------------------------------------------------------
TOR_ONIONS = ["2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid.onion",
              "duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion"]


@pytest.mark.parametrize("onion", TOR_ONIONS)
def test_published_v3_onions_are_found_with_their_key(onion: str) -> None:
    [found] = find_onions(f"Mirror: http://{onion.upper()}/index.html")
    assert found.value == onion and len(found.details["public_key"]) == 64


@pytest.mark.parametrize("onion", [
    "2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wie.onion",  # checksum / version
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.onion",
    "expyuzz4wqqyqhjn.onion",                                           # v2, retired
])
def test_invalid_and_v2_onions_are_not_entities(onion: str) -> None:
    assert find_onions(f"see {onion}") == []


# --- PGP ----------------------------------------------------------------------------------------
def test_armored_key_becomes_an_entity_with_fingerprint_key_id_date_and_user_ids() -> None:
    from lab.sites.pgp import public_key

    key = public_key("enrichment-test", "Leafy Shop (fictional) <leafy@example.org>")
    text = f"My key:\n{key.armored}\nthanks"
    [found] = find_pgp_keys(text)
    assert found.value == key.fingerprint
    assert found.details["key_id"] == key.key_id
    assert found.details["created"].startswith("2024-01-01")
    assert found.details["user_ids"] == ["Leafy Shop (fictional) <leafy@example.org>"]
    assert found.details["algorithm"] == "EdDSA"


@pytest.mark.skipif(shutil.which("gpg") is None, reason="gpg not installed")
def test_pgp_fingerprint_agrees_with_gpg(tmp_path) -> None:
    from lab.sites.pgp import public_key

    key = public_key("enrichment-gpg", "Tester <t@example.org>")
    out = subprocess.run(["gpg", "--homedir", str(tmp_path), "--with-colons", "--show-keys"],
                         input=key.armored.encode(), capture_output=True, check=True).stdout.decode()
    gpg_fprs = [line.split(":")[9] for line in out.splitlines() if line.startswith("fpr:")]
    assert find_pgp_keys(key.armored)[0].value == gpg_fprs[0]


def test_corrupted_armor_gives_no_pgp_entity() -> None:
    from lab.sites.pgp import public_key

    armored = public_key("enrichment-bad", "X").armored
    lines = armored.splitlines()
    lines[3] = lines[3][:-4] + ("AAAA" if not lines[3].endswith("AAAA") else "BBBB")
    assert find_pgp_keys("\n".join(lines)) == []


# --- contacts -------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "kind", "value"), [
    ("mail me: Leafy.Shop@protonmail.com", "email", "leafy.shop@protonmail.com"),
    ("call +44 20 7946 0958 anytime", "phone", "+442079460958"),
    ("Telegram: @leafy_shop", "telegram", "@leafy_shop"),
    ("https://t.me/LeafyShop", "telegram", "@leafyshop"),
    ("session: 05" + "a1" * 32, "session", "05" + "a1" * 32),
    ("Wickr me: leafy.shop", "wickr", "leafy.shop"),
    ("jabber: leafy@xmpp.example.net", "xmpp", "leafy@xmpp.example.net"),
    ("xmpp:leafy@example.org", "xmpp", "leafy@example.org"),
    ("leafy@exploit.im", "xmpp", "leafy@exploit.im"),
    ("Signal: +1 202 555 0143", "signal", "+12025550143"),
    ("signal username leafy.42", "signal", "leafy.42"),
])
def test_valid_contacts_are_found_with_their_kind(text: str, kind: str, value: str) -> None:
    found = [(e.entity_type, e.value) for e in find_contacts(text)]
    assert found == [(kind, value)]


@pytest.mark.parametrize("text", [
    "mail me: leafy..shop@protonmail.com",      # doubled dot
    "mail me: leafy@-proton.com",               # label starts with a hyphen
    "call +1 000 000 0000",                     # no numbering plan has it
    "call +999 123456789",                      # no such country code
    "Telegram: @abc",                           # too short
    "Telegram: @leafy_",                        # trailing underscore
    "session: 06" + "a1" * 32,                  # Session ids start with 05
    "session: 05" + "a1" * 31,                  # 64 hex digits, not 66
    "Wickr: abc",                               # too short
    "signal username leafy",                    # no discriminator
])
def test_invalid_contacts_are_rejected(text: str) -> None:
    assert find_contacts(text) == []


def test_email_and_telegram_rules_directly() -> None:
    assert valid_email("a.b@example.org") and not valid_email(".ab@example.org")
    assert valid_email("x@" + "a" * 63 + ".org") and not valid_email("x@" + "a" * 64 + ".org")
    assert valid_telegram("leafy_shop") and not valid_telegram("9leafy") and not valid_telegram("le__afy")


def test_every_entity_has_context_around_it() -> None:
    [found] = extract_entities("For orders send BTC to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa and wait for mail.")
    assert found.context is not None and "send BTC to" in found.context and "wait" in found.context


def test_entity_pipeline_fills_a_page_and_a_vendor_fingerprint() -> None:
    from lab.sites.pgp import public_key

    key = public_key("enrichment-vendor", "Vendor")
    page = EntityPipeline().process_item(Page(text=f"xmr: {MONERO_STANDARD} onion {TOR_ONIONS[0]}"))
    assert sorted(e.entity_type for e in page.entities) == ["onion", "xmr"]
    vendor = EntityPipeline().process_item(Vendor(name="v", pgp_key=key.armored))
    assert vendor.pgp_fingerprint == key.fingerprint and vendor.has_pgp_key is True


def test_the_same_entity_twice_in_a_text_is_reported_once() -> None:
    text = "BTC 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa again 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"
    assert len(extract_entities(text)) == 1


@pytest.mark.parametrize(("text", "value"), [
    ("PGP fingerprint: 4C98 DEDC 1F05 716A 0B2D A72E 5699 48EF F338 0628",
     "4C98DEDC1F05716A0B2DA72E569948EFF3380628"),
    ("fpr 4c98dedc1f05716a0b2da72e569948eff3380628", "4C98DEDC1F05716A0B2DA72E569948EFF3380628"),
])
def test_labelled_bare_fingerprints_are_pgp_entities(text: str, value: str) -> None:
    assert [(e.entity_type, e.value) for e in extract_entities(text)] == [("pgp", value)]


@pytest.mark.parametrize("text", [
    "sha1 4c98dedc1f05716a0b2da72e569948eff3380628",       # a hash, not labelled as a key
    "PGP fingerprint: 4C98DEDC1F05716A0B2DA72E569948EFF33806",  # 38 hex digits
])
def test_unlabelled_or_short_hex_is_not_a_fingerprint(text: str) -> None:
    assert extract_entities(text) == []
