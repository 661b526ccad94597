"""The fault proxy really produces the faults it promises (against a local echo server)."""

from __future__ import annotations

import asyncio
import socket
import socketserver
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager

import pytest

from tests.support.fault_proxy import FaultProxy, Mode, ThreadedFaultProxy

QUIET = 0.3  # how long "nothing arrives" is observed


class EchoServer:
    """Echoes every chunk back and records what it received (what the "server" saw)."""

    def __init__(self) -> None:
        self.received = bytearray()
        self.port = 0
        self._server: asyncio.Server | None = None

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                self.received += data
                writer.write(data)
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
async def echo_behind_proxy(mode: Mode = Mode.PASS) -> AsyncIterator[tuple[EchoServer, FaultProxy]]:
    echo = EchoServer()
    await echo.start()
    proxy = FaultProxy("127.0.0.1", echo.port, mode=mode)
    await proxy.start()
    try:
        yield echo, proxy
    finally:
        await proxy.stop()
        await echo.stop()


async def connect(proxy: FaultProxy) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    return await asyncio.open_connection("127.0.0.1", proxy.port)


async def roundtrip(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, payload: bytes) -> bytes:
    writer.write(payload)
    await writer.drain()
    return await asyncio.wait_for(reader.readexactly(len(payload)), timeout=5)


async def until(predicate: Callable[[], bool], timeout: float = 5.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise TimeoutError("condition not reached")
        await asyncio.sleep(0.01)


async def connection_is_dead(reader: asyncio.StreamReader) -> bool:
    """True if the peer reset or closed the connection (read fails or hits EOF)."""
    try:
        data = await asyncio.wait_for(reader.read(1), timeout=5)
    except (ConnectionResetError, BrokenPipeError):
        return True
    return data == b""


def run(test: Callable[[], Awaitable[None]]) -> None:
    async def main() -> None:
        await asyncio.wait_for(test(), timeout=30)

    asyncio.run(main())


def test_pass_forwards_both_ways() -> None:
    async def scenario() -> None:
        async with echo_behind_proxy() as (echo, proxy):
            reader, writer = await connect(proxy)
            assert await roundtrip(reader, writer, b"hello") == b"hello"
            assert echo.received == b"hello"
            assert proxy.stats.bytes_to_server == 5
            assert proxy.stats.bytes_to_client == 5
            assert proxy.stats.connections_accepted == 1
            writer.close()

    run(scenario)


def test_refuse_resets_open_connections_and_refuses_new_ones() -> None:
    async def scenario() -> None:
        async with echo_behind_proxy() as (_echo, proxy):
            reader, writer = await connect(proxy)
            assert await roundtrip(reader, writer, b"x") == b"x"
            port = proxy.port

            await proxy.set_mode(Mode.REFUSE)
            assert await connection_is_dead(reader)
            with pytest.raises(ConnectionRefusedError):
                await asyncio.open_connection("127.0.0.1", port)

            await proxy.set_mode(Mode.PASS)
            assert proxy.port == port
            reader2, writer2 = await connect(proxy)
            assert await roundtrip(reader2, writer2, b"back") == b"back"
            writer2.close()

    run(scenario)


def test_start_in_refuse_mode_does_not_listen() -> None:
    async def scenario() -> None:
        async with echo_behind_proxy(Mode.REFUSE) as (_echo, proxy):
            with pytest.raises(ConnectionRefusedError):
                await connect(proxy)
            await proxy.set_mode(Mode.PASS)
            reader, writer = await connect(proxy)
            assert await roundtrip(reader, writer, b"ok") == b"ok"
            writer.close()

    run(scenario)


def test_blackhole_delivers_requests_but_drops_responses() -> None:
    async def scenario() -> None:
        async with echo_behind_proxy(Mode.BLACKHOLE_RESPONSES) as (echo, proxy):
            reader, writer = await connect(proxy)
            writer.write(b"request")
            await writer.drain()
            await until(lambda: echo.received == b"request")  # the server saw it ...
            with pytest.raises(TimeoutError):  # ... the client never hears back
                await asyncio.wait_for(reader.read(1), timeout=QUIET)
            await until(lambda: proxy.stats.bytes_dropped == len(b"request"))

            await proxy.set_mode(Mode.PASS)  # the same connection recovers
            assert await roundtrip(reader, writer, b"again") == b"again"
            writer.close()

    run(scenario)


def test_stall_holds_new_and_open_connections_until_resumed() -> None:
    async def scenario() -> None:
        async with echo_behind_proxy() as (echo, proxy):
            open_reader, open_writer = await connect(proxy)
            assert await roundtrip(open_reader, open_writer, b"1") == b"1"

            await proxy.set_mode(Mode.STALL)
            open_writer.write(b"2")
            new_reader, new_writer = await connect(proxy)  # the connect itself succeeds
            new_writer.write(b"3")
            await asyncio.gather(open_writer.drain(), new_writer.drain())
            await until(lambda: proxy.active_connections == 2)
            await asyncio.sleep(QUIET)
            assert echo.received == b"1"  # nothing got through

            await proxy.set_mode(Mode.PASS)
            assert await asyncio.wait_for(open_reader.readexactly(1), 5) == b"2"
            assert await asyncio.wait_for(new_reader.readexactly(1), 5) == b"3"
            open_writer.close()
            new_writer.close()

    run(scenario)


def test_drop_connections_resets_everything_but_keeps_listening() -> None:
    async def scenario() -> None:
        async with echo_behind_proxy() as (_echo, proxy):
            reader, writer = await connect(proxy)
            assert await roundtrip(reader, writer, b"a") == b"a"
            await proxy.set_mode(Mode.STALL)
            stalled_reader, _stalled_writer = await connect(proxy)
            await until(lambda: proxy.active_connections == 2)

            await proxy.drop_connections()
            assert proxy.active_connections == 0
            assert await connection_is_dead(reader)
            assert await connection_is_dead(stalled_reader)

            await proxy.set_mode(Mode.PASS)
            reader2, writer2 = await connect(proxy)
            assert await roundtrip(reader2, writer2, b"b") == b"b"
            writer2.close()

    run(scenario)


def test_unreachable_target_closes_the_client() -> None:
    async def scenario() -> None:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            dead_port = sock.getsockname()[1]  # nothing listens here
        async with FaultProxy("127.0.0.1", dead_port) as proxy:
            reader, _writer = await connect(proxy)
            assert await connection_is_dead(reader)

    run(scenario)


def test_stop_stops_listening() -> None:
    async def scenario() -> None:
        async with echo_behind_proxy() as (_echo, proxy):
            port = proxy.port
        with pytest.raises(ConnectionRefusedError):
            await asyncio.open_connection("127.0.0.1", port)

    run(scenario)


# ------------------------------------------------------------------ threaded variant


class _EchoHandler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        while data := self.request.recv(65536):
            self.request.sendall(data)


@contextmanager
def threaded_echo() -> Iterator[int]:
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _EchoHandler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


def blocking_roundtrip(port: int, payload: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(payload)
        received = b""
        while len(received) < len(payload):
            chunk = sock.recv(65536)
            if not chunk:
                break
            received += chunk
        return received


def test_threaded_proxy_blocking_api() -> None:
    with threaded_echo() as echo_port, ThreadedFaultProxy("127.0.0.1", echo_port) as proxy:
        assert proxy.url == f"http://127.0.0.1:{proxy.port}"
        assert blocking_roundtrip(proxy.port, b"hello") == b"hello"

        proxy.set_mode("refuse")
        assert proxy.mode is Mode.REFUSE
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", proxy.port), timeout=5)

        proxy.set_mode(Mode.BLACKHOLE_RESPONSES)
        with socket.create_connection(("127.0.0.1", proxy.port), timeout=QUIET) as sock:
            sock.sendall(b"lost")
            with pytest.raises(TimeoutError):
                sock.recv(1)

        proxy.set_mode(Mode.PASS)
        proxy.drop_connections()
        assert blocking_roundtrip(proxy.port, b"fine") == b"fine"
        port = proxy.port
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=5)
