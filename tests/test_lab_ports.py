"""lab.network.free_ports and lab.control.wait_onions: ports no connection takes first; silent onions."""

from __future__ import annotations

import socket

import pytest

from lab import network


def test_ports_are_distinct_bindable_and_below_the_kernels_ephemeral_range() -> None:
    low, _high = network._ephemeral_range()
    ports = network.free_ports(12)
    assert len(set(ports)) == 12
    assert all(network.PORT_FLOOR <= p < low for p in ports)
    for port in ports:
        with socket.socket() as s:
            s.bind(("127.0.0.1", port))  # free right now


def test_a_port_in_use_is_never_handed_out(monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        taken = busy.getsockname()[1]
        # A small range that starts at the busy port: the others in it come back, never that one.
        monkeypatch.setattr(network, "PORT_FLOOR", taken)
        monkeypatch.setattr(network, "_ephemeral_range", lambda: (taken + 8, 60999))
        ports = network.free_ports(2)
    assert taken not in ports and len(set(ports)) == 2
    assert all(taken < p < taken + 8 for p in ports)


def test_without_room_below_the_ephemeral_range_the_kernel_picks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(network, "_ephemeral_range", lambda: (network.PORT_FLOOR + 1, 60999))
    ports = network.free_ports(3)
    assert len(set(ports)) == 3 and all(p > 0 for p in ports)


def test_an_onion_that_does_not_answer_gets_the_clients_renewed_then_a_one_line_error(monkeypatch) -> None:
    from lab import control
    from lab.errors import LabError

    monkeypatch.setattr(control, "RENEW_AFTER", 0.3)
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        closed = free.getsockname()[1]  # nothing answers there: every attempt fails at once
    renewals: list[float] = []
    with pytest.raises(LabError, match="did not answer through Tor within 2 s"):
        control.wait_onions(closed, ["http://a.onion/", "http://b.onion/"], 2.0,
                            renew=lambda: renewals.append(1.0))
    # Renewed every RENEW_AFTER seconds at most, however many onions wait.
    assert 3 <= len(renewals) <= 7
