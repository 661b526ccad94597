"""The transport seam: every HTTP exchange of the api layer passes through :class:`Transport`.

Production uses :class:`messenger_desktop.api.transport.HttpxTransport`; tests pass their own
implementation (a scripted fake, or the real one pointed at a local Synapse). Nothing here knows
which HTTP library is used.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

Progress = Callable[[int, int], None]
"""Called with (bytes sent, bytes in all) as a request body goes out."""


@dataclass(frozen=True, slots=True)
class HttpRequest:
    method: str
    url: str
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes | None = None
    timeout: float = 30.0
    progress: Progress | None = None
    """For uploads: told how much of ``body`` has gone out (transports may call it only at the end)."""
    max_response_bytes: int | None = None
    """For downloads: a longer answer is abandoned (``errors.ResponseTooLarge``)."""


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
