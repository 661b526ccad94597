"""The one module that imports httpx. Replacing the HTTP library is a change to this file only.

httpx (with httpcore, h11 and the TLS set-up) costs a few hundred milliseconds to import and
initialise, so it is loaded on the first request rather than at start-up: the app paints its
cached conversation list before any of that is needed.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import AsyncIterator
from concurrent.futures import Future
from typing import TYPE_CHECKING

from .errors import CertificateRejected, ProxyFailed, RequestTimeout, ResponseTooLarge, TransportError
from .http import HttpRequest, HttpResponse, Progress
from .proxy import Proxy

if TYPE_CHECKING:
    import asyncio
    import ssl

    import httpx

# httpx's package imports its command-line tool when rich, click and pygments are installed (a
# development environment, or a bundle built in one): about 0.1 s and several MB at the first
# request, for a tool the app never runs. ``None`` in ``sys.modules`` makes that one import fail
# as it does where they are missing, which httpx expects.
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]


_tls_contexts: dict[bool, Future[ssl.SSLContext]] = {}
_tls_lock = threading.Lock()


def tls_context_soon(trust_env: bool) -> Future[ssl.SSLContext]:
    """The context that verifies servers' certificates, being made on a thread of its own.

    Reading the certificate authorities (certifi's bundle, or ``SSL_CERT_FILE``/``SSL_CERT_DIR``
    with ``trust_env``, as httpx would) takes 30–40 ms, and OpenSSL does it without the
    interpreter lock: started when a transport is made, it is ready by the first request instead
    of stalling the UI loop then, at sign-in and at every start. One per process and setting.
    """
    with _tls_lock:
        future = _tls_contexts.get(trust_env)
        if future is None:
            future = _tls_contexts[trust_env] = Future()
            threading.Thread(
                target=_make_tls_context, args=(future, trust_env), name="tls-context", daemon=True
            ).start()
    return future


def _make_tls_context(future: Future[ssl.SSLContext], trust_env: bool) -> None:
    try:
        import ssl

        cert_file, cert_dir = os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR")
        if trust_env and cert_file:
            context = ssl.create_default_context(cafile=cert_file)
        elif trust_env and cert_dir:
            context = ssl.create_default_context(capath=cert_dir)
        else:
            import certifi

            context = ssl.create_default_context(cafile=certifi.where())
    except BaseException as exc:  # handed to the request that needs it
        future.set_exception(exc)
    else:
        future.set_result(context)


class HttpxTransport:
    """A :class:`~messenger_desktop.api.http.Transport` over one pooled ``httpx.AsyncClient``.

    Redirects are not followed (a homeserver has no business redirecting API calls) and no
    environment proxies are picked up implicitly unless ``trust_env`` is set or the proxy is
    ``system``. :meth:`use_proxy` changes the proxy for new requests.
    """

    def __init__(self, *, trust_env: bool = False, proxy: Proxy | None = None) -> None:
        self._trust_env = trust_env
        self._proxy = proxy or Proxy()
        self._client: httpx.AsyncClient | None = None
        tls_context_soon(trust_env)  # the usual case; a "system" proxy asks for the other one
        self._in_flight: dict[httpx.AsyncClient, int] = {}
        """Requests under way per client; a client replaced by :meth:`use_proxy` closes when its
        last one ends."""

    def _ensure_client(self) -> httpx.AsyncClient:
        if not self._proxy.complete:
            raise ProxyFailed(f"no address is set for the {self._proxy.kind} proxy")
        if self._client is None:
            import httpx

            trust_env = self._trust_env or self._proxy.kind == "system"
            self._client = httpx.AsyncClient(
                # always verified: a homeserver holds the user's messages and password
                verify=tls_context_soon(trust_env).result(),
                trust_env=trust_env,
                proxy=_httpx_proxy(self._proxy),
                follow_redirects=False,
                limits=httpx.Limits(max_connections=20, max_keepalive_connections=10),
                headers={"User-Agent": "messenger-desktop"},
            )
            self._in_flight[self._client] = 0
        return self._client

    @property
    def proxy(self) -> Proxy:
        return self._proxy

    def use_proxy(self, proxy: Proxy) -> None:
        """New requests go through ``proxy``; those under way finish where they are (a long poll
        too), then their connections close."""
        if proxy == self._proxy:
            return
        self._proxy = proxy
        old, self._client = self._client, None
        if old is not None and self._in_flight.get(old) == 0:
            del self._in_flight[old]
            _close_later(old)

    async def send(self, request: HttpRequest) -> HttpResponse:
        client = self._ensure_client()
        self._in_flight[client] += 1
        try:
            return await self._send(client, request)
        finally:
            self._in_flight[client] -= 1
            if client is not self._client and self._in_flight[client] == 0:
                del self._in_flight[client]
                await client.aclose()

    async def _send(self, client: httpx.AsyncClient, request: HttpRequest) -> HttpResponse:
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
            if self._proxy.explicit and isinstance(exc, httpx.ConnectTimeout):
                raise ProxyFailed(f"the proxy {self._proxy.address} did not answer", url=request.url) from exc
            raise RequestTimeout(f"no answer within {request.timeout:g} s", url=request.url) from exc
        except (httpx.ConnectError, httpx.ProxyError) as exc:
            if _certificate_failed(exc):
                raise CertificateRejected(_describe(exc), url=request.url) from exc
            if self._proxy.explicit:  # the connection that failed is the one to the proxy
                reason = f"through the proxy {self._proxy.address}: {_describe(exc)}"
                raise ProxyFailed(reason, url=request.url) from exc
            raise TransportError(_describe(exc), url=request.url) from exc
        except httpx.HTTPError as exc:
            raise TransportError(_describe(exc), url=request.url) from exc
        except OSError as exc:
            raise TransportError(str(exc) or type(exc).__name__, url=request.url) from exc
        if response.status_code == 407 and self._proxy.explicit:
            reason = f"the proxy {self._proxy.address} refused the user name or password"
            raise ProxyFailed(reason, url=request.url)
        return HttpResponse(
            status=response.status_code,
            body=body,
            headers={k.lower(): v for k, v in response.headers.items()},
        )

    async def aclose(self) -> None:
        clients = list(self._in_flight)
        self._in_flight.clear()
        self._client = None
        for client in clients:
            await client.aclose()


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


def _httpx_proxy(proxy: Proxy) -> httpx.Proxy | None:
    import httpx

    if not proxy.explicit:
        return None
    return httpx.Proxy(proxy.url, auth=(proxy.username, proxy.password) if proxy.username else None)


def _close_later(client: httpx.AsyncClient) -> None:
    """Close a client no longer used, from a synchronous caller (on the running loop, if any)."""
    import asyncio

    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return  # no loop: nothing is open that a loop would have to close
    task = loop.create_task(client.aclose())
    _closing.add(task)
    task.add_done_callback(_closing.discard)


_closing: set[asyncio.Task[None]] = set()


def _certificate_failed(exc: BaseException) -> bool:
    """Whether a failed connection failed on the server's certificate (the ssl error is the
    cause or context somewhere down the chain httpcore and anyio wrap it in)."""
    import ssl

    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            return False
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _describe(exc: httpx.HTTPError) -> str:
    import httpx

    text = str(exc)
    if isinstance(exc, httpx.ConnectError):
        return f"could not connect: {text}" if text else "could not connect"
    return text or type(exc).__name__
