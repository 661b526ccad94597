"""The one module that imports httpx. Replacing the HTTP library is a change to this file only.

httpx (with httpcore, h11 and the TLS set-up) costs a few hundred milliseconds to import and
initialise, so it is loaded on the first request rather than at start-up: the app paints its
cached conversation list before any of that is needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import RequestTimeout, TransportError
from .http import HttpRequest, HttpResponse

if TYPE_CHECKING:
    import httpx


class HttpxTransport:
    """A :class:`~messenger_desktop.api.http.Transport` over one pooled ``httpx.AsyncClient``.

    Redirects are not followed (a homeserver has no business redirecting API calls) and no
    environment proxies are picked up implicitly unless ``trust_env`` is set.
    """

    def __init__(self, *, verify: bool = True, trust_env: bool = False) -> None:
        self._verify = verify
        self._trust_env = trust_env
        self._client: httpx.AsyncClient | None = None

    def _ensure_client(self) -> httpx.AsyncClient:
        if self._client is None:
            import httpx

            self._client = httpx.AsyncClient(
                verify=self._verify,
                trust_env=self._trust_env,
                follow_redirects=False,
                limits=httpx.Limits(max_connections=20, max_keepalive_connections=10),
                headers={"User-Agent": "messenger-desktop"},
            )
        return self._client

    async def send(self, request: HttpRequest) -> HttpResponse:
        client = self._ensure_client()
        import httpx

        try:
            response = await client.request(
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
        if self._client is not None:
            await self._client.aclose()
            self._client = None


def _describe(exc: httpx.HTTPError) -> str:
    import httpx

    text = str(exc)
    if isinstance(exc, httpx.ConnectError):
        return f"could not connect: {text}" if text else "could not connect"
    return text or type(exc).__name__
