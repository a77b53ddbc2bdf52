"""Torrc files for the private lab network, and the safety check every one of them must pass.

Every tor process onionscope starts on a machine is a member of the lab network: its torrc sets
``TestingTorNetwork 1``, names only directory authorities on 127.0.0.1, binds every port to
127.0.0.1, forwards onion-service ports only to 127.0.0.1, and tor runs as
``tor --defaults-torrc /dev/null -f FILE``. :func:`safety_problems` is
checked before any tor starts, and by the tests.

    >>> text = render({"TestingTorNetwork": "1", "SocksPort": "127.0.0.1:9050",
    ...                "DirAuthority": "auth0 orport=1 v3ident=AA 127.0.0.1:2 BB"})
    >>> safety_problems(text)
    []
    >>> safety_problems(text + "HiddenServicePort 443 10.0.0.5:443\\n")
    ['HiddenServicePort 443 10.0.0.5:443 forwards outside 127.0.0.1']
    >>> safety_problems("SocksPort 9050\\n")
    ['TestingTorNetwork 1 is missing', 'no DirAuthority line: tor would use the public authorities', \
'SocksPort 9050 is not bound to 127.0.0.1']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

#: Options whose value starts with an address to listen on (or 0 to disable).
PORT_OPTIONS = ("SocksPort", "ControlPort", "ORPort", "DirPort", "HTTPTunnelPort", "TransPort",
                "DNSPort", "NATDPort", "ExtORPort", "MetricsPort")
_LOOPBACK = re.compile(r"^(127\.0\.0\.1|\[::1\]):\d+$")

#: Options every lab node carries, whatever its role (see ../shared/notes/tor-lab.md).
COMMON = {
    "TestingTorNetwork": "1",
    "UseDefaultFallbackDirs": "0",
    "PathsNeededToBuildCircuits": "0.67",
    "TestingDirAuthVoteExit": "*",
    "TestingDirAuthVoteHSDir": "*",
    "TestingDirAuthVoteGuard": "*",
    "TestingMinExitFlagThreshold": "0",
    "V3AuthNIntervalsValid": "2",
    "ShutdownWaitLength": "1",
    "SafeLogging": "0",
    "CookieAuthentication": "1",
    "RunAsDaemon": "0",
    "ClientUseIPv6": "0",
    "AvoidDiskWrites": "1",
    # Vanguards pin four second-hop relays; in a network of six, an onion's descriptor directories
    # then sometimes admit no valid path at all ("Failed to find node for hop #3") and a site
    # stays unreachable for minutes. The lab simulates sites, it does not defend them.
    "VanguardsLiteEnabled": "0",
}

RELAY = {
    "SocksPort": "0",
    "Address": "127.0.0.1",
    "ExitRelay": "0",
    "ExitPolicy": "reject *:*",
    "ServerDNSDetectHijacking": "0",
    "ServerDNSTestAddresses": "",
    "ServerDNSResolvConfFile": "/dev/null",
    "AssumeReachable": "1",
}

AUTHORITY = {
    "AuthoritativeDirectory": "1",
    "V3AuthoritativeDirectory": "1",
    "ContactInfo": "onionscope lab authority <lab@127.0.0.1>",
    "TestingV3AuthInitialVotingInterval": "5",
    "TestingV3AuthInitialVoteDelay": "2",
    "TestingV3AuthInitialDistDelay": "2",
    "V3AuthVotingInterval": "10",
    "V3AuthVoteDelay": "2",
    "V3AuthDistDelay": "2",
    # Without these no relay is Stable for minutes and clients sit at 95% bootstrap.
    "AuthDirVoteStableGuaranteeMinUptime": "0",
    "AuthDirVoteStableGuaranteeMTBF": "0",
}

Options = Mapping[str, str | Iterable[str]]


def render(*option_sets: Options) -> str:
    """Merge option mappings (later ones win) into torrc text; a list value repeats the option."""
    merged: dict[str, str | Iterable[str]] = {}
    for options in option_sets:
        merged.update(options)
    lines: list[str] = []
    for key, value in merged.items():
        values = [value] if isinstance(value, str) else list(value)
        lines.extend(f"{key} {v}".rstrip() for v in values)
    return "\n".join(lines) + "\n"


def safety_problems(text: str) -> list[str]:
    """Every way a torrc could make tor leave the private lab network; empty when it is safe."""
    problems: list[str] = []
    entries = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            key, _, value = line.partition(" ")
            entries.append((key.lower(), key, value.strip()))
    if ("testingtornetwork", "1") not in {(k, v) for k, _, v in entries}:
        problems.append("TestingTorNetwork 1 is missing")
    authorities = [v for k, _, v in entries if k in ("dirauthority", "alternatedirauthority")]
    if not authorities:
        problems.append("no DirAuthority line: tor would use the public authorities")
    for value in authorities:
        addresses = [tok for tok in value.split() if re.fullmatch(r"[\d.]+:\d+", tok)]
        if not addresses or any(not a.startswith("127.0.0.1:") for a in addresses):
            problems.append(f"DirAuthority {value!r} is not on 127.0.0.1")
        if any(tok.startswith("ipv6=") for tok in value.split()):
            problems.append(f"DirAuthority {value!r} names an IPv6 address")
    for k, key, value in entries:
        if k in ("fallbackdir", "bridge", "usebridges") and value not in ("0", ""):
            problems.append(f"{key} {value} points outside the lab")
        if k == "usedefaultfallbackdirs" and value != "0":
            problems.append("UseDefaultFallbackDirs must be 0")
        if k in (o.lower() for o in PORT_OPTIONS):
            address = value.split()[0] if value else ""
            if address not in ("0", "auto") and not _LOOPBACK.match(address):
                problems.append(f"{key} {value} is not bound to 127.0.0.1")
            if address == "auto":
                problems.append(f"{key} auto may bind outside 127.0.0.1")
        if k in ("address", "outboundbindaddress") and value not in ("127.0.0.1", ""):
            problems.append(f"{key} {value} is not 127.0.0.1")
        if k == "hiddenserviceport" and not _local_service_target(value):
            problems.append(f"{key} {value} forwards outside 127.0.0.1")
    return problems


def _local_service_target(value: str) -> bool:
    """``HiddenServicePort VIRTPORT [TARGET]``: no target, a bare port, a unix socket or a
    loopback address:port keep the service's traffic on this machine."""
    fields = value.split()
    if len(fields) == 1:
        return True  # tor forwards to 127.0.0.1:VIRTPORT
    if len(fields) != 2:
        return False
    target = fields[1]
    return target.isdigit() or target.startswith("unix:") or bool(_LOOPBACK.match(target))
