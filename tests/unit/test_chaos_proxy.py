"""The fault proxy's ``chaos`` mode relays HTTP/1.1 faithfully and does the faults it counts
(against a small HTTP server that records what it was asked)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import httpx
import pytest

from tests.support.chaos import Chaos, request_kind
from tests.support.fault_proxy import FaultProxy, Mode


class RecordingServer:
    """Answers ``/chunked`` with a chunked body and anything else with a ``Content-Length`` one
    echoing the request body; records every request it got (what "the server did")."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, bytes]] = []
        self.port = 0
        self._server: asyncio.Server | None = None

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except asyncio.IncompleteReadError:
                    return
                first, *lines = head.decode().split("\r\n")
                target = first.split(" ")[1]
                headers = {
                    k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines if line)
                }
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                self.seen.append((target, body))
                if target == "/chunked":
                    writer.write(
                        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                        b"5\r\nhello\r\n6;x=1\r\n world\r\n0\r\n\r\n"
                    )
                else:
                    answer = b"got " + body
                    writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(answer), answer))
                await writer.drain()
        except OSError:
            pass
        finally:
            writer.close()

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()


@asynccontextmanager
async def chaos_proxy(chaos: Chaos) -> AsyncIterator[tuple[RecordingServer, FaultProxy, httpx.AsyncClient]]:
    server = RecordingServer()
    await server.start()
    proxy = FaultProxy("127.0.0.1", server.port, mode=Mode.CHAOS, chaos=chaos)
    await proxy.start()
    client = httpx.AsyncClient(base_url=proxy.url, timeout=5)
    try:
        yield server, proxy, client
    finally:
        await client.aclose()
        await proxy.stop()
        await server.stop()


def run(test: Callable[[], Awaitable[None]]) -> None:
    async def main() -> None:
        await asyncio.wait_for(test(), timeout=30)

    asyncio.run(main())


def test_without_faults_requests_and_answers_pass_on_one_kept_alive_connection() -> None:
    async def scenario() -> None:
        async with chaos_proxy(Chaos()) as (server, proxy, client):
            assert (await client.put("/a", content=b"x" * 200_000)).content == b"got " + b"x" * 200_000
            assert (await client.get("/chunked")).content == b"hello world"
            assert (await client.post("/b", content=b"body")).content == b"got body"
            assert [t for t, _ in server.seen] == ["/a", "/chunked", "/b"]
            assert proxy.stats.connections_accepted == 1
            assert proxy.chaos.stats.requests["other"] == 3 and proxy.chaos.stats.total_faults == 0

    run(scenario)


def test_a_dropped_answer_was_acted_on_by_the_server() -> None:
    async def scenario() -> None:
        async with chaos_proxy(Chaos(drop=1.0)) as (server, proxy, client):
            with pytest.raises(httpx.TransportError):
                await client.put("/rooms/r/send/m.room.message/t1", content=b"hi")
            assert server.seen == [("/rooms/r/send/m.room.message/t1", b"hi")]
            assert proxy.chaos.stats.faults_by_kind[("send", "drop")] == 1

    run(scenario)


def test_bad_gateway_after_the_server_acted_and_unavailable_before() -> None:
    async def scenario() -> None:
        async with chaos_proxy(Chaos(bad_gateway=1.0)) as (server, _proxy, client):
            answer = await client.put("/x", content=b"1")
            assert answer.status_code == 502 and "text/html" in answer.headers["content-type"]
            assert len(server.seen) == 1
        async with chaos_proxy(Chaos(unavailable=1.0)) as (server, proxy, client):
            assert (await client.put("/x", content=b"1")).status_code == 503
            assert (await client.put("/x", content=b"2")).status_code == 503
            assert server.seen == []
            assert proxy.stats.connections_accepted == 1  # the connection stays usable

    run(scenario)


def test_a_reset_reaches_the_client_before_the_server_sees_anything() -> None:
    async def scenario() -> None:
        async with chaos_proxy(Chaos(reset=1.0)) as (server, _proxy, client):
            with pytest.raises(httpx.TransportError):
                await client.get("/_matrix/client/v3/sync?since=s1")
            assert server.seen == []

    run(scenario)


def test_the_same_seed_draws_the_same_faults() -> None:
    def draws(seed: int) -> list[tuple[str | None, float]]:
        chaos = Chaos(seed=seed, reset=0.1, unavailable=0.1, drop=0.1, bad_gateway=0.1, latency=0.5)
        return [chaos.draw("PUT", f"/send/{i}") for i in range(200)]

    assert draws(7) == draws(7) != draws(8)
    faults = [f for f, _ in draws(7)]
    assert {"reset", "unavailable", "drop", "bad_gateway", None} == set(faults)


def test_request_kinds() -> None:
    assert request_kind("PUT", "/_matrix/client/v3/rooms/!a:b/send/m.room.message/t") == "send"
    assert request_kind("GET", "/_matrix/client/v3/sync?since=x&timeout=0") == "sync"
    assert request_kind("POST", "/_matrix/media/v3/upload?filename=a") == "upload"
    assert request_kind("GET", "/_matrix/client/v3/rooms/!a:b/messages?dir=b") == "messages"
