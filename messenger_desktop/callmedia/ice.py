"""ICE configuration: only the servers the homeserver hands out, never a library's public default."""

from __future__ import annotations

import threading
from collections.abc import Sequence

import aioice.ice
from aiortc import RTCIceServer

from ..api.client import TurnServers

IceServers = list[RTCIceServer]

_original_host_addresses = aioice.ice.get_host_addresses
_override: tuple[str, ...] | None = None
_lock = threading.Lock()


def ice_servers(turn: TurnServers | None) -> IceServers:
    """The homeserver's TURN/STUN list as aiortc wants it; an empty list (not ``None``, which makes
    aiortc ask a public STUN server) when there is none."""
    if turn is None or not turn.uris:
        return []
    stun = [uri for uri in turn.uris if uri.startswith("stun:")]
    relay = [uri for uri in turn.uris if not uri.startswith("stun:")]
    servers = []
    if relay:
        servers.append(RTCIceServer(urls=relay, username=turn.username, credential=turn.password))
    if stun:
        servers.append(RTCIceServer(urls=stun))
    return servers


def _host_addresses(use_ipv4: bool, use_ipv6: bool) -> list[str]:
    override = _override
    if override is None:
        return _original_host_addresses(use_ipv4, use_ipv6)
    return [a for a in override if (":" in a and use_ipv6) or (":" not in a and use_ipv4)]


def restrict_host_addresses(addresses: Sequence[str] | None) -> None:
    """Gather host candidates on these addresses only (``None``: every interface, aioice's own choice).

    aioice leaves loopback out of its host candidates, so two peers on one machine talking through
    a loopback-only homeserver (``--local``, the tests, the benchmarks) would find no path; this
    points discovery at ``127.0.0.1`` for them. It is process-wide, as aioice's discovery is.
    """
    global _override
    with _lock:
        _override = None if addresses is None else tuple(addresses)
        aioice.ice.get_host_addresses = _host_addresses
