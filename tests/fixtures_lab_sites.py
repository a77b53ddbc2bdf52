"""Session fixtures of the lab's simulated dark web, without Tor: the world, its ground truth, and
its sites served over plain HTTP on 127.0.0.1 (for parser, enrichment and crawler tests)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from lab.sites import World
from lab.sites.serve import start_servers


@pytest.fixture(scope="session")
def lab_world() -> World:
    """The default lab world (seed 7)."""
    return World(seed=7)


@pytest.fixture(scope="session")
def lab_ground_truth(lab_world: World) -> list[dict[str, Any]]:
    """Every page's ground-truth line of the default world."""
    return list(lab_world.ground_truth())


@pytest.fixture(scope="session")
def lab_sites_http(lab_world: World, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The published sites served on 127.0.0.1: ``{"world", "ports", "state_dir"}``; access logs in
    ``state_dir/access/<name>.jsonl``, ground truth in ``state_dir/groundtruth.jsonl``."""
    state = tmp_path_factory.mktemp("lab-sites")
    servers = start_servers(lab_world, state)
    servers.ground_truth_ready.wait(60)
    try:
        yield {"world": lab_world, "ports": dict(servers.ports), "state_dir": state}
    finally:
        servers.close()
