"""lab.network and lab.control on the running session lab: safety, reachability, ground truth."""

from __future__ import annotations

import html
import json
import os
from pathlib import Path
from typing import Any

import pytest
import requests

from lab import torrc
from lab.sites import World

pytestmark = pytest.mark.lab


def _proxies(state: dict[str, Any], user: str = "test") -> dict[str, str]:
    return {"http": f"socks5h://{user}:x@127.0.0.1:{state['socks_port']}"}


def _socket_inodes(pid: int) -> set[str]:
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    return inodes


def test_every_torrc_the_lab_wrote_belongs_to_the_private_network(lab: dict[str, Any]) -> None:
    files = list(Path(lab["dir"]).rglob("torrc"))
    assert len(files) == len(lab["nodes"])
    for path in files:
        text = path.read_text()
        assert torrc.safety_problems(text) == [], path
        assert "TestingTorNetwork 1" in text.splitlines()
        authorities = [line for line in text.splitlines() if line.startswith("DirAuthority ")]
        assert authorities and all(" 127.0.0.1:" in line for line in authorities)


def test_every_tor_runs_with_no_default_config(lab: dict[str, Any]) -> None:
    for node in lab["nodes"]:
        argv = Path(f"/proc/{node['pid']}/cmdline").read_bytes().rstrip(b"\0").split(b"\0")
        assert [os.path.basename(argv[0]), *argv[1:]] == [
            b"tor", b"--defaults-torrc", b"/dev/null", b"-f", str(Path(node["directory"]) / "torrc").encode()]


def test_every_lab_socket_listens_on_loopback_only(lab: dict[str, Any]) -> None:
    inodes = set().union(*(_socket_inodes(pid) for pid in lab["pids"]))
    listening = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            local, state, inode = fields[1], fields[3], fields[9]
            if inode in inodes and state == "0A":  # LISTEN
                listening.append(local.split(":")[0])
    assert listening, "the lab listens on no socket?"
    assert set(listening) == {"0100007F"}  # 127.0.0.1, little-endian hex


def test_every_published_site_answers_through_tor_with_its_ground_truth(lab: dict[str, Any]) -> None:
    world = World(seed=lab["seed"], scale=lab["scale"])
    truth = [json.loads(line) for line in Path(lab["ground_truth"]).read_text().splitlines()]
    by_url = {t["url"]: t for t in truth}
    for site in lab["sites"]:
        if not site["published"]:
            continue
        response = requests.get(site["url"], proxies=_proxies(lab, site["name"]), timeout=60,
                                allow_redirects=False)
        expected = world.site(site["name"]).handle("GET", "/", {})
        assert response.status_code == expected.status
        page = by_url.get(site["url"])
        assert page is not None, f"no ground truth for {site['url']}"
        for record in page["records"]:
            for key in ("title", "name"):
                if record.get(key):
                    assert record[key] in html.unescape(response.text)


def test_a_dead_onion_fails_with_tors_descriptor_error_not_a_dns_lookup(lab: dict[str, Any]) -> None:
    dead = [s for s in lab["sites"] if not s["published"]]
    assert dead, "the lab lists a dead onion"
    with pytest.raises(requests.exceptions.ConnectionError) as info:
        requests.get(dead[0]["url"], proxies=_proxies(lab, "dead"), timeout=120)
    # SOCKS5 extended error 0xF0: onion service descriptor can not be found.
    assert "0xf0" in str(info.value).lower() or "0xf2" in str(info.value).lower()


def test_the_state_file_names_ports_auth_pids_and_sites(lab: dict[str, Any]) -> None:
    assert Path(lab["cookie_file"]).stat().st_size == 32
    assert len({c["socks_port"] for c in lab["clients"]}) == len(lab["clients"]) >= 1
    assert {s["kind"] for s in lab["sites"]} >= {"market", "forum", "directory"}
    assert Path(lab["ground_truth"]).exists() and Path(lab["access_dir"]).is_dir()
