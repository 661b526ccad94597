"""Random, seeded faults per HTTP request, for :class:`~tests.support.fault_proxy.FaultProxy`'s
``chaos`` mode.

The proxy's other modes act on every byte at once (refuse, stall, blackhole); a flaky network or
reverse proxy fails *some* requests. In ``chaos`` mode the proxy reads HTTP/1.1 messages (keep-alive,
``Content-Length`` and chunked bodies) and, for each request, draws one of:

``reset``
    the connection is reset before the request is forwarded (the server never sees it);
``unavailable``
    a 503 from "the gateway" without forwarding (the server never sees it);
``drop``
    the request is forwarded, the server processes it and answers, and the answer is thrown away
    as the connection is reset: the client cannot know whether it was done;
``bad_gateway``
    as ``drop``, but the client gets a 502 instead of the server's answer;

and, independently, some added latency. Faults are drawn from ``random.Random(seed)``: the same
seed gives the same sequence of draws (which request gets which depends on the order in which
concurrent requests arrive). :class:`ChaosStats` counts what was done, so a test can show that its
faults really happened. ``bytes_per_second`` slows request bodies down (an upload that takes a
while, for a server to die in the middle of).
"""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field

__all__ = ["Chaos", "ChaosStats", "request_kind"]

_PIECE = 65536
_HEAD_END = b"\r\n\r\n"
_FAULTS = ("reset", "unavailable", "drop", "bad_gateway")


def request_kind(method: str, target: str) -> str:
    """A short name for what a Matrix client request does (for counting)."""
    path = target.split("?", 1)[0]
    if "/send/" in path or "/redact/" in path:
        return "send"
    if path.endswith("/sync"):
        return "sync"
    if "/media/" in path and "/upload" in path:
        return "upload"
    if path.endswith("/messages"):
        return "messages"
    return "other"


@dataclass
class ChaosStats:
    requests: Counter[str] = field(default_factory=Counter)
    """Requests seen, by :func:`request_kind`."""
    faults: Counter[str] = field(default_factory=Counter)
    """Faults done, by kind (``reset``, ``unavailable``, ``drop``, ``bad_gateway``, ``latency``)."""
    faults_by_kind: Counter[tuple[str, str]] = field(default_factory=Counter)
    """``(request kind, fault)`` → count."""

    @property
    def total_faults(self) -> int:
        return sum(n for fault, n in self.faults.items() if fault != "latency")


@dataclass
class Chaos:
    """Fault rates (each a probability per request) and the seed they are drawn with."""

    seed: int = 0
    reset: float = 0.0
    unavailable: float = 0.0
    drop: float = 0.0
    bad_gateway: float = 0.0
    latency: float = 0.0
    """Probability of a delay before the request is forwarded."""
    max_latency: float = 0.25
    """The delay is drawn uniformly up to this many seconds."""
    bytes_per_second: float | None = None
    """Forward request bodies no faster than this (None: as fast as they come)."""
    applies_to: Callable[[str, str], bool] = lambda method, target: True
    """Which requests may get a fault (``method``, ``target``); the others pass untouched."""
    stats: ChaosStats = field(default_factory=ChaosStats)

    def __post_init__(self) -> None:
        self._random = random.Random(self.seed)

    def draw(self, method: str, target: str) -> tuple[str | None, float]:
        """The fault for one request (or None) and the latency to add before it."""
        kind = request_kind(method, target)
        self.stats.requests[kind] += 1
        roll, delay_roll, delay = self._random.random(), self._random.random(), self._random.random()
        if not self.applies_to(method, target):
            return None, 0.0
        fault: str | None = None
        threshold = 0.0
        for name in _FAULTS:
            threshold += getattr(self, name)
            if roll < threshold:
                fault = name
                break
        wait = delay * self.max_latency if delay_roll < self.latency else 0.0
        if fault is not None:
            self.stats.faults[fault] += 1
            self.stats.faults_by_kind[(kind, fault)] += 1
        if wait:
            self.stats.faults["latency"] += 1
        return fault, wait

    async def relay(
        self,
        client_reader: asyncio.StreamReader,
        client_writer: asyncio.StreamWriter,
        server_reader: asyncio.StreamReader,
        server_writer: asyncio.StreamWriter,
        reset: Callable[[], None],
        count: Callable[[int, bool], None] = lambda n, to_server: None,
    ) -> None:
        """Relay requests and answers on one keep-alive connection until either side closes.
        ``reset`` resets both connections; ``count`` is told the bytes forwarded each way."""
        try:
            await self._relay(client_reader, client_writer, server_reader, server_writer, reset, count)
        except (OSError, EOFError, ValueError, asyncio.LimitOverrunError):
            reset()  # a side went away mid-message, or sent something that is not HTTP/1.1

    async def _relay(
        self,
        client_reader: asyncio.StreamReader,
        client_writer: asyncio.StreamWriter,
        server_reader: asyncio.StreamReader,
        server_writer: asyncio.StreamWriter,
        reset: Callable[[], None],
        count: Callable[[int, bool], None],
    ) -> None:
        while True:
            head = await _read_head(client_reader)
            if head is None:
                return  # the client closed its idle connection
            method, target, headers = _parse_head(head)
            fault, wait = self.draw(method, target)
            if wait:
                await asyncio.sleep(wait)
            if fault == "reset":
                reset()
                return
            if fault == "unavailable":
                async for _ in _body(client_reader, headers, request=True):
                    pass
                client_writer.write(_gateway_answer(503, "Service Unavailable"))
                await client_writer.drain()
                continue
            server_writer.write(head)
            count(len(head), True)
            async for piece in _body(client_reader, headers, request=True):
                server_writer.write(piece)
                count(len(piece), True)
                await server_writer.drain()
                if self.bytes_per_second:
                    await asyncio.sleep(len(piece) / self.bytes_per_second)
            await server_writer.drain()
            answer = await _read_head(server_reader)
            if answer is None:
                reset()  # the server went away without answering
                return
            status, answer_headers = _parse_status(answer)
            keep = fault is None
            if keep:
                client_writer.write(answer)
                count(len(answer), False)
            has_body = method != "HEAD" and status >= 200 and status not in (204, 304)
            if has_body:
                async for piece in _body(server_reader, answer_headers, request=False):
                    if keep:
                        client_writer.write(piece)
                        count(len(piece), False)
                        await client_writer.drain()
            if fault == "drop":
                reset()
                return
            if fault == "bad_gateway":
                client_writer.write(_gateway_answer(502, "Bad Gateway"))
            await client_writer.drain()
            if _closes(headers) or _closes(answer_headers) or not _framed(answer_headers, has_body):
                return


def _gateway_answer(status: int, reason: str) -> bytes:
    """What nginx says when its upstream fails: HTML, not a Matrix error."""
    body = f"<html><head><title>{status} {reason}</title></head><body><h1>{reason}</h1></body></html>"
    return (
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: text/html\r\nContent-Length: {len(body)}\r\n\r\n{body}"
    ).encode()


async def _read_head(reader: asyncio.StreamReader) -> bytes | None:
    """A message's start line and headers; None when the peer closed before sending any."""
    try:
        return await reader.readuntil(_HEAD_END)
    except asyncio.IncompleteReadError as exc:
        if exc.partial:
            raise ConnectionResetError("the connection ended inside a message head") from exc
        return None


def _headers(lines: list[bytes]) -> dict[str, str]:
    found: dict[str, str] = {}
    for line in lines:
        name, _, value = line.decode("latin-1").partition(":")
        found[name.strip().lower()] = value.strip()
    return found


def _parse_head(head: bytes) -> tuple[str, str, dict[str, str]]:
    first, *rest = head[: -len(_HEAD_END)].split(b"\r\n")
    method, target, _ = first.decode("latin-1").split(" ", 2)
    return method, target, _headers(rest)


def _parse_status(head: bytes) -> tuple[int, dict[str, str]]:
    first, *rest = head[: -len(_HEAD_END)].split(b"\r\n")
    return int(first.split(b" ", 2)[1]), _headers(rest)


def _closes(headers: dict[str, str]) -> bool:
    return "close" in headers.get("connection", "").lower()


def _framed(headers: dict[str, str], has_body: bool) -> bool:
    """The body's end is known without the connection closing."""
    return not has_body or "content-length" in headers or "chunked" in headers.get("transfer-encoding", "")


async def _body(
    reader: asyncio.StreamReader, headers: dict[str, str], *, request: bool
) -> AsyncIterator[bytes]:
    """The raw bytes of a message body (framing included), piece by piece."""
    if "chunked" in headers.get("transfer-encoding", "").lower():
        while True:
            line = await reader.readuntil(b"\r\n")
            size = int(line.split(b";", 1)[0].strip(), 16)
            if size == 0:
                trailer = line
                while (more := await reader.readuntil(b"\r\n")) != b"\r\n":
                    trailer += more
                yield trailer + b"\r\n"
                return
            yield line + await reader.readexactly(size + 2)
    elif "content-length" in headers:
        left = int(headers["content-length"])
        while left > 0:
            piece = await reader.readexactly(min(left, _PIECE))
            left -= len(piece)
            yield piece
    elif not request:  # an answer without a length ends when the server closes
        while piece := await reader.read(_PIECE):
            yield piece
