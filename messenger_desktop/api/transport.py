"""The one module that imports httpx. Replacing the HTTP library is a change to this file only."""

from __future__ import annotations

import httpx

from .errors import RequestTimeout, TransportError
from .http import HttpRequest, HttpResponse


class HttpxTransport:
    """A :class:`~messenger_desktop.api.http.Transport` over one pooled ``httpx.AsyncClient``.

    Redirects are not followed (a homeserver has no business redirecting API calls) and no
    environment proxies are picked up implicitly unless ``trust_env`` is set.
    """

    def __init__(self, *, verify: bool = True, trust_env: bool = False) -> None:
        self._client = httpx.AsyncClient(
            verify=verify,
            trust_env=trust_env,
            follow_redirects=False,
            limits=httpx.Limits(max_connections=20, max_keepalive_connections=10),
            headers={"User-Agent": "messenger-desktop"},
        )

    async def send(self, request: HttpRequest) -> HttpResponse:
        try:
            response = await self._client.request(
                request.method,
                request.url,
                headers=dict(request.headers),
                content=request.body,
                timeout=httpx.Timeout(request.timeout, connect=min(request.timeout, 15.0)),
            )
        except httpx.TimeoutException as exc:
            raise RequestTimeout(f"no answer within {request.timeout:g} s", url=request.url) from exc
        except httpx.HTTPError as exc:
            raise TransportError(_describe(exc), url=request.url) from exc
        except OSError as exc:
            raise TransportError(str(exc) or type(exc).__name__, url=request.url) from exc
        return HttpResponse(
            status=response.status_code,
            body=response.content,
            headers={k.lower(): v for k, v in response.headers.items()},
        )

    async def aclose(self) -> None:
        await self._client.aclose()


def _describe(exc: httpx.HTTPError) -> str:
    text = str(exc)
    if isinstance(exc, httpx.ConnectError):
        return f"could not connect: {text}" if text else "could not connect"
    return text or type(exc).__name__
