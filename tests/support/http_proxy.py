"""A small real proxy on 127.0.0.1 for tests: HTTP (forwarding ``GET http://…`` and tunnelling
``CONNECT``) and SOCKS5, on one port, optionally asking for a user name and password.

It counts what went through it (``requests``: HTTP requests forwarded, tunnels and SOCKS
connections opened, each with its target), so a test can show the app's traffic took the proxy.
Forwarded HTTP requests are sent upstream with ``Connection: close``: one request per connection,
so the proxy never parses a response, it only relays bytes.

Runs on the caller's asyncio loop (``await start()`` / ``await stop()``), like
:class:`~tests.support.fault_proxy.FaultProxy`.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import ipaddress
import struct
from dataclasses import dataclass, field
from urllib.parse import urlsplit

__all__ = ["ProxyHit", "TestProxy"]

_CHUNK = 65536


@dataclass(frozen=True)
class ProxyHit:
    kind: str  # "http" | "connect" | "socks5"
    target: str  # host:port, and for "http" the path too
    user: str = ""


@dataclass
class TestProxy:
    username: str = ""
    password: str = ""
    host: str = "127.0.0.1"
    port: int = 0
    requests: list[ProxyHit] = field(default_factory=list)
    refused: int = 0
    """Requests turned away for missing or wrong credentials."""

    _server: asyncio.Server | None = None
    _tasks: set[asyncio.Task[None]] = field(default_factory=set)

    __test__ = False  # not a pytest test class

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, self.host, self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    def hits(self, kind: str, target_part: str = "") -> list[ProxyHit]:
        return [hit for hit in self.requests if hit.kind == kind and target_part in hit.target]

    # -- serving ---------------------------------------------------------------------------------

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            first = await reader.readexactly(1)
            if first == b"\x05":
                await self._socks5(reader, writer)
            else:
                await self._http(first, reader, writer)
        except (asyncio.IncompleteReadError, ConnectionError, OSError, asyncio.CancelledError):
            pass  # a connection cut, or stop(): asyncio's stream callback must not see a cancelled task
        finally:
            self._tasks.discard(task)
            with contextlib.suppress(Exception):
                writer.close()

    def _authorised(self, user: str, password: str) -> bool:
        return not self.username or (user == self.username and password == self.password)

    async def _http(self, first: bytes, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = first + await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, version = lines[0].split(" ", 2)
        headers = [line for line in lines[1:] if line]
        user, password = _basic_auth(headers)
        if not self._authorised(user, password):
            self.refused += 1
            writer.write(
                b"HTTP/1.1 407 Proxy Authentication Required\r\n"
                b'Proxy-Authenticate: Basic realm="test"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'
            )
            await writer.drain()
            return
        if method == "CONNECT":
            host, port = _split_host_port(target, 443)
            upstream_reader, upstream_writer = await asyncio.open_connection(host, port)
            self.requests.append(ProxyHit("connect", f"{host}:{port}", user))
            writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
            await writer.drain()
            await _relay(reader, writer, upstream_reader, upstream_writer)
            return
        url = urlsplit(target)
        host, port = url.hostname or "", url.port or 80
        path = (url.path or "/") + (f"?{url.query}" if url.query else "")
        kept = [h for h in headers if not h.lower().startswith(("proxy-", "connection:", "keep-alive:"))]
        upstream_reader, upstream_writer = await asyncio.open_connection(host, port)
        self.requests.append(ProxyHit("http", f"{host}:{port}{path}", user))
        upstream_writer.write(
            "\r\n".join([f"{method} {path} {version}", *kept, "Connection: close", "", ""]).encode("latin-1")
        )
        await _relay(reader, writer, upstream_reader, upstream_writer)

    async def _socks5(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        count = (await reader.readexactly(1))[0]
        methods = await reader.readexactly(count)
        wanted = 0x02 if self.username else 0x00
        if wanted not in methods:
            self.refused += 1
            writer.write(b"\x05\xff")
            await writer.drain()
            return
        writer.write(bytes([5, wanted]))
        user = ""
        if wanted == 0x02:  # RFC 1929
            await reader.readexactly(1)
            user = (await reader.readexactly((await reader.readexactly(1))[0])).decode()
            password = (await reader.readexactly((await reader.readexactly(1))[0])).decode()
            ok = self._authorised(user, password)
            writer.write(b"\x01\x00" if ok else b"\x01\x01")
            if not ok:
                self.refused += 1
                await writer.drain()
                return
        _version, command, _reserved, kind = await reader.readexactly(4)
        if kind == 1:
            host = str(ipaddress.IPv4Address(await reader.readexactly(4)))
        elif kind == 4:
            host = str(ipaddress.IPv6Address(await reader.readexactly(16)))
        else:
            host = (await reader.readexactly((await reader.readexactly(1))[0])).decode()
        (port,) = struct.unpack("!H", await reader.readexactly(2))
        if command != 1:  # only CONNECT
            writer.write(b"\x05\x07\x00\x01" + bytes(6))
            await writer.drain()
            return
        upstream_reader, upstream_writer = await asyncio.open_connection(host, port)
        self.requests.append(ProxyHit("socks5", f"{host}:{port}", user))
        writer.write(b"\x05\x00\x00\x01" + bytes(6))
        await writer.drain()
        await _relay(reader, writer, upstream_reader, upstream_writer)


def _basic_auth(headers: list[str]) -> tuple[str, str]:
    for header in headers:
        name, _, value = header.partition(":")
        if name.strip().lower() == "proxy-authorization":
            scheme, _, encoded = value.strip().partition(" ")
            if scheme.lower() == "basic":
                user, _, password = base64.b64decode(encoded).decode().partition(":")
                return user, password
    return "", ""


def _split_host_port(target: str, default: int) -> tuple[str, int]:
    host, _, port = target.rpartition(":")
    return (host.strip("[]"), int(port)) if host else (target, default)


async def _relay(
    client_reader: asyncio.StreamReader,
    client_writer: asyncio.StreamWriter,
    upstream_reader: asyncio.StreamReader,
    upstream_writer: asyncio.StreamWriter,
) -> None:
    async def pump(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
        try:
            while data := await source.read(_CHUNK):
                sink.write(data)
                await sink.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            with contextlib.suppress(Exception):
                sink.close()

    try:
        await asyncio.gather(pump(client_reader, upstream_writer), pump(upstream_reader, client_writer))
    finally:
        with contextlib.suppress(Exception):
            upstream_writer.close()
