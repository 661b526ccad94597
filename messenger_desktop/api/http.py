"""The transport seam: every HTTP exchange of the api layer passes through :class:`Transport`.

Production uses :class:`messenger_desktop.api.transport.HttpxTransport`; tests pass their own
implementation (a scripted fake, or the real one pointed at a local Synapse). Nothing here knows
which HTTP library is used.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True, slots=True)
class HttpRequest:
    method: str
    url: str
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes | None = None
    timeout: float = 30.0


@dataclass(frozen=True, slots=True)
class HttpResponse:
    status: int
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    """Header names are lower-case."""


class Transport(Protocol):
    """Sends one request and returns the whole response.

    Raises :class:`~messenger_desktop.api.errors.TransportError` (or its subclass
    :class:`~messenger_desktop.api.errors.RequestTimeout`) when no HTTP response was received.
    """

    async def send(self, request: HttpRequest) -> HttpResponse: ...

    async def aclose(self) -> None: ...
