"""Finding a homeserver from what the user typed: ``example.org``, ``@me:example.org`` or a URL.

Follows the spec's client discovery: ``/.well-known/matrix/client`` on the server name gives
``m.homeserver.base_url``; the result is accepted only when its ``/_matrix/client/versions``
answers like a Matrix server.
"""

from __future__ import annotations

from dataclasses import dataclass

import orjson

from .client import MatrixApi, Versions
from .errors import ApiError, BadResponse, CertificateRejected, ProxyFailed, TransportError
from .http import HttpRequest, Transport
from .routes import normalise_base_url


@dataclass(frozen=True, slots=True)
class Discovered:
    base_url: str
    versions: Versions


class DiscoveryError(ApiError):
    """No Matrix homeserver could be found at what the user typed; the message says why."""


async def discover_homeserver(text: str, transport: Transport, timeout: float = 15.0) -> Discovered:
    """Resolve user input to a verified homeserver base URL."""
    entered = text.strip()
    if entered.startswith("@") and ":" in entered:
        entered = entered.split(":", 1)[1]
    if not entered:
        raise DiscoveryError("Enter a homeserver address, for example matrix.org.")
    try:
        start = normalise_base_url(entered)
    except ValueError as exc:
        raise DiscoveryError(f"“{text.strip()}” is not a homeserver address.") from exc

    # An address typed with its scheme names the homeserver itself; a bare server name is
    # resolved through .well-known first (as the spec's discovery does for user ids).
    explicit = "://" in entered
    last_error: ApiError | None = None
    tried: set[str] = set()
    for step in ("direct", "well-known") if explicit else ("well-known", "direct"):
        base = start if step == "direct" else await _well_known(start, transport, timeout)
        if base is None or base in tried:
            continue
        tried.add(base)
        try:
            versions = await MatrixApi(base, transport, rate_limit_retries=1).versions()
        except ApiError as exc:
            last_error = exc
            continue
        return Discovered(base_url=base, versions=versions)
    if isinstance(last_error, CertificateRejected):
        raise DiscoveryError(
            f"The security certificate of {start} is not valid, so Messenger did not connect."
            " Check the address, or ask the server's administrator."
        )
    if isinstance(last_error, ProxyFailed):
        raise DiscoveryError(f"Could not reach {start} through the proxy. Check it in Settings, Network.")
    if isinstance(last_error, TransportError):
        raise DiscoveryError(f"Could not reach {start}. Check the address and your connection.")
    raise DiscoveryError(f"{start} does not look like a Matrix homeserver.")


async def _well_known(base: str, transport: Transport, timeout: float) -> str | None:
    try:
        response = await transport.send(
            HttpRequest("GET", base + "/.well-known/matrix/client", timeout=timeout)
        )
    except TransportError:
        return None
    if response.status != 200:
        return None
    try:
        data = orjson.loads(response.body)
        url = data["m.homeserver"]["base_url"]
        if not isinstance(url, str):
            raise BadResponse("base_url is not a string", status=200)
        return normalise_base_url(url)
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError, BadResponse):
        return None
