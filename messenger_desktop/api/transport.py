"""The one module that imports httpx. Replacing the HTTP library is a change to this file only.

httpx (with httpcore, h11 and the TLS set-up) costs a few hundred milliseconds to import and
initialise, so it is loaded on the first request rather than at start-up: the app paints its
cached conversation list before any of that is needed.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from .errors import RequestTimeout, ResponseTooLarge, TransportError
from .http import HttpRequest, HttpResponse, Progress

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

        headers = dict(request.headers)
        content: bytes | AsyncIterator[bytes] | None = request.body
        if request.body is not None and request.progress is not None:
            headers["Content-Length"] = str(len(request.body))
            content = _chunks(request.body, request.progress)
        try:
            async with client.stream(
                request.method,
                request.url,
                headers=headers,
                content=content,
                timeout=httpx.Timeout(request.timeout, connect=min(request.timeout, 15.0)),
            ) as response:
                body = await _read(response, request.max_response_bytes, request.url)
        except httpx.TimeoutException as exc:
            raise RequestTimeout(f"no answer within {request.timeout:g} s", url=request.url) from exc
        except httpx.HTTPError as exc:
            raise TransportError(_describe(exc), url=request.url) from exc
        except OSError as exc:
            raise TransportError(str(exc) or type(exc).__name__, url=request.url) from exc
        return HttpResponse(
            status=response.status_code,
            body=body,
            headers={k.lower(): v for k, v in response.headers.items()},
        )

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None


UPLOAD_CHUNK = 256 * 1024
"""Bytes handed to the connection at a time when an upload reports its progress."""


async def _chunks(body: bytes, progress: Progress) -> AsyncIterator[bytes]:
    total = len(body)
    progress(0, total)
    view = memoryview(body)
    for start in range(0, total, UPLOAD_CHUNK):
        chunk = view[start : start + UPLOAD_CHUNK]
        yield bytes(chunk)
        progress(min(start + UPLOAD_CHUNK, total), total)


async def _read(response: httpx.Response, limit: int | None, url: str) -> bytes:
    """The whole body, or :class:`ResponseTooLarge` as soon as it passes ``limit`` (a hostile server
    cannot make the app hold more than it asked for)."""
    if limit is None:
        return await response.aread()
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ResponseTooLarge(limit, url=url)
    parts: list[bytes] = []
    size = 0
    async for part in response.aiter_bytes():
        size += len(part)
        if size > limit:
            raise ResponseTooLarge(limit, url=url)
        parts.append(part)
    return b"".join(parts)


def _describe(exc: httpx.HTTPError) -> str:
    import httpx

    text = str(exc)
    if isinstance(exc, httpx.ConnectError):
        return f"could not connect: {text}" if text else "could not connect"
    return text or type(exc).__name__
