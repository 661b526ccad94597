"""The transport's proxy: HTTP (with a password) and SOCKS5 really carry the requests, the
environment's proxy is used only when asked for, a change applies to the next request, and a
proxy that is missing, unreachable or refuses the password fails fast with :class:`ProxyFailed`.
Against a real local HTTP server, through the real test proxy."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Awaitable, Callable

import pytest

from messenger_desktop.api.errors import ProxyFailed, TransportError
from messenger_desktop.api.http import HttpRequest
from messenger_desktop.api.proxy import Proxy
from messenger_desktop.api.transport import HttpxTransport
from tests.support.http_proxy import TestProxy


async def _hello(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await reader.readuntil(b"\r\n\r\n")
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello")
    await writer.drain()
    writer.close()


def _with_server(test: Callable[[str, TestProxy], Awaitable[None]], proxy: TestProxy | None = None) -> None:
    async def main() -> None:
        server = await asyncio.start_server(_hello, "127.0.0.1", 0)
        relay = proxy or TestProxy()
        await relay.start()
        try:
            await test(f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/x", relay)
        finally:
            await relay.stop()
            server.close()
            await server.wait_closed()

    asyncio.run(main())


async def _get(transport: HttpxTransport, url: str) -> bytes:
    return (await transport.send(HttpRequest("GET", url, timeout=5))).body


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_http_and_socks5_proxies_carry_the_requests_with_their_credentials() -> None:
    async def test(url: str, relay: TestProxy) -> None:
        transport = HttpxTransport(proxy=Proxy("http", "127.0.0.1", relay.port, "pat", "pa:ss word"))
        try:
            assert await _get(transport, url) == b"hello"
            assert [(h.kind, h.user) for h in relay.requests] == [("http", "pat")]
            transport.use_proxy(Proxy("socks5", "127.0.0.1", relay.port, "pat", "pa:ss word"))
            assert await _get(transport, url) == b"hello"
            assert [h.kind for h in relay.requests] == ["http", "socks5"]
            transport.use_proxy(Proxy("none"))
            assert await _get(transport, url) == b"hello"
            assert len(relay.requests) == 2  # straight to the server
        finally:
            await transport.aclose()

    _with_server(test, TestProxy(username="pat", password="pa:ss word"))


def test_a_refused_password_or_an_unreachable_proxy_fails_fast_with_proxy_failed() -> None:
    async def test(url: str, relay: TestProxy) -> None:
        for proxy, says in (
            (Proxy("http", "127.0.0.1", relay.port, "pat", "wrong"), "refused the user name or password"),
            (Proxy("socks5", "127.0.0.1", relay.port, "pat", "wrong"), "through the proxy"),
            (Proxy("http", "127.0.0.1", _closed_port()), "through the proxy"),
            (Proxy("socks5", "", 0), "no address is set"),  # chosen but not filled in: never direct
        ):
            transport = HttpxTransport(proxy=proxy)
            try:
                with pytest.raises(ProxyFailed, match=says):
                    await asyncio.wait_for(_get(transport, url), 5)
            finally:
                await transport.aclose()
        assert relay.requests == [] and relay.refused == 2

    _with_server(test, TestProxy(username="pat", password="right"))


def test_the_environments_proxy_only_for_system(monkeypatch: pytest.MonkeyPatch) -> None:
    async def test(url: str, relay: TestProxy) -> None:
        for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "HTTPS_PROXY", "https_proxy"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{relay.port}")
        direct = HttpxTransport(proxy=Proxy("none"))
        system = HttpxTransport(proxy=Proxy("system"))
        try:
            assert await _get(direct, url) == b"hello"
            assert relay.requests == []
            assert await _get(system, url) == b"hello"
            assert [h.kind for h in relay.requests] == ["http"]
        finally:
            await direct.aclose()
            await system.aclose()

    _with_server(test)


def test_proxy_addresses_and_no_secret_in_repr() -> None:
    assert Proxy("socks5", "::1").url == "socks5://[::1]:1080"
    assert Proxy("http", "proxy.lan", 3128).address == "proxy.lan:3128"
    assert Proxy("system").url == "" and not Proxy("system").explicit
    assert "hunter2" not in repr(Proxy("http", "h", 1, "u", "hunter2"))
    assert issubclass(ProxyFailed, TransportError)  # the sync loop retries it like any network fault
