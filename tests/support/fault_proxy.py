"""A TCP proxy on 127.0.0.1 that produces real network faults on demand.

Put it between the client under test and a server (usually the local Synapse) and
switch its :class:`Mode` while the test runs:

``pass``
    forward bytes both ways.
``refuse``
    reset every open connection and stop listening, so new connects are refused.
    Switching back re-listens on the same port.
``blackhole_responses``
    forward client→server bytes but drop server→client bytes: the server processes a
    request whose answer the client never sees (the "did my message get sent?" case).
``stall``
    accept and hold: new connections are accepted but not forwarded, open connections
    stop forwarding.  Nothing is lost — leaving ``stall`` resumes the flow.
``chaos``
    relay HTTP/1.1 request by request and give some requests a random, seeded fault (reset, 503,
    answer lost after the server acted, 502, latency): see :mod:`tests.support.chaos`.  Only
    connections opened in this mode are relayed this way.

:class:`FaultProxy` runs on the caller's running asyncio loop (``await start()`` /
``await stop()``), whatever loop that is (asyncio's own, qasync's).
:class:`ThreadedFaultProxy` runs the same proxy on its own loop in a daemon thread and
offers a blocking API, for tests that drive blocking code or subprocesses.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import socket
import struct
import threading
from collections.abc import Coroutine
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Self, TypeVar

from tests.support.chaos import Chaos

__all__ = ["Chaos", "FaultProxy", "Mode", "ProxyStats", "ThreadedFaultProxy"]

_LOOPBACK = "127.0.0.1"
_CHUNK = 65536
_T = TypeVar("_T")


class Mode(enum.StrEnum):
    PASS = "pass"
    REFUSE = "refuse"
    BLACKHOLE_RESPONSES = "blackhole_responses"
    STALL = "stall"
    CHAOS = "chaos"


@dataclass
class ProxyStats:
    """Counters a test can assert on (e.g. "the request reached the server")."""

    connections_accepted: int = 0
    bytes_to_server: int = 0
    bytes_to_client: int = 0
    bytes_dropped: int = 0


def _reset(writer: asyncio.StreamWriter | None) -> None:
    """Close with RST (SO_LINGER 0) so the peer sees a reset, not an orderly close."""
    if writer is None:
        return
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


@dataclass(eq=False)
class _Connection:
    client: asyncio.StreamWriter
    task: asyncio.Task[None] | None
    upstream: asyncio.StreamWriter | None = None
    closed: bool = field(default=False)

    def reset(self) -> None:
        self.closed = True
        _reset(self.client)
        _reset(self.upstream)


class FaultProxy:
    """Proxy ``127.0.0.1:<port>`` → ``target_host:target_port`` with switchable faults.

    ``listen_port=0`` picks a free port; :attr:`port` and :attr:`url` are valid after
    :meth:`start`.  Mode switches take effect immediately for open connections too.
    """

    def __init__(
        self,
        target_host: str,
        target_port: int,
        *,
        listen_port: int = 0,
        mode: Mode | str = Mode.PASS,
        chaos: Chaos | None = None,
    ) -> None:
        self.chaos = chaos or Chaos()
        """The fault rates and counters of ``chaos`` mode."""
        self.target_host = target_host
        self.target_port = target_port
        self._port = listen_port
        self._mode = Mode(mode)
        self._server: asyncio.Server | None = None
        self._connections: set[_Connection] = set()
        self._flowing = asyncio.Event()  # cleared while stalled
        self.stats = ProxyStats()

    # ----------------------------------------------------------------- public API

    @property
    def host(self) -> str:
        return _LOOPBACK

    @property
    def port(self) -> int:
        if not self._port:
            raise RuntimeError("the proxy has not been started")
        return self._port

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>`` — handy as a homeserver base URL."""
        return f"http://{_LOOPBACK}:{self.port}"

    @property
    def mode(self) -> Mode:
        return self._mode

    @property
    def active_connections(self) -> int:
        return len(self._connections)

    async def start(self) -> None:
        """Listen on 127.0.0.1 (unless the initial mode is ``refuse``)."""
        self._apply_flow()
        await self._listen()
        if self._mode is Mode.REFUSE:
            await self._unlisten()

    async def stop(self) -> None:
        """Stop listening and reset every connection (idempotent)."""
        await self._unlisten()
        await self.drop_connections()

    async def set_mode(self, mode: Mode | str) -> None:
        mode = Mode(mode)
        previous, self._mode = self._mode, mode
        self._apply_flow()
        if mode is Mode.REFUSE:
            await self._unlisten()
            await self.drop_connections()
        elif previous is Mode.REFUSE:
            await self._listen()

    async def drop_connections(self) -> None:
        """Reset every open connection (RST to both sides); the listener stays."""
        connections = list(self._connections)
        for conn in connections:
            conn.reset()
            if conn.task is not None and conn.task is not asyncio.current_task():
                conn.task.cancel()
        tasks = [c.task for c in connections if c.task is not None]
        if tasks:
            await asyncio.wait(tasks, timeout=5.0)

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    # ------------------------------------------------------------------ internals

    def _apply_flow(self) -> None:
        if self._mode is Mode.STALL:
            self._flowing.clear()
        else:
            self._flowing.set()

    async def _listen(self) -> None:
        if self._server is not None:
            return
        self._server = await asyncio.start_server(self._handle, _LOOPBACK, self._port, reuse_address=True)
        self._port = self._server.sockets[0].getsockname()[1]

    async def _unlisten(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.close()
            # On 3.12+ wait_closed() also waits for open connections; those are reset
            # by the caller right after, so do not block on them here.
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(server.wait_closed(), timeout=0.1)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn = _Connection(client=writer, task=asyncio.current_task())
        self._connections.add(conn)
        self.stats.connections_accepted += 1
        try:
            await self._flowing.wait()  # stall: accepted, held until the mode changes
            if self._mode is Mode.REFUSE:
                conn.reset()
                return
            try:
                up_reader, up_writer = await asyncio.open_connection(self.target_host, self.target_port)
            except OSError:
                conn.reset()
                return
            conn.upstream = up_writer
            if self._mode is Mode.CHAOS:
                await self.chaos.relay(reader, writer, up_reader, up_writer, conn.reset, self._count)
                return
            await asyncio.gather(
                self._pump(reader, up_writer, conn, to_server=True),
                self._pump(up_reader, writer, conn, to_server=False),
            )
        except asyncio.CancelledError:
            conn.reset()  # dropped: the task is cancelled on purpose, end quietly
        finally:
            self._connections.discard(conn)
            if not conn.closed:
                writer.close()
                if conn.upstream is not None:
                    conn.upstream.close()

    def _count(self, size: int, to_server: bool) -> None:
        if to_server:
            self.stats.bytes_to_server += size
        else:
            self.stats.bytes_to_client += size

    async def _pump(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        conn: _Connection,
        *,
        to_server: bool,
    ) -> None:
        try:
            while True:
                data = await reader.read(_CHUNK)
                if not data:
                    break
                await self._flowing.wait()
                if not to_server and self._mode is Mode.BLACKHOLE_RESPONSES:
                    self.stats.bytes_dropped += len(data)
                    continue
                if to_server:
                    self.stats.bytes_to_server += len(data)
                else:
                    self.stats.bytes_to_client += len(data)
                writer.write(data)
                await writer.drain()
            # Orderly end of one direction: pass the half-close on, except that a
            # blackholed client must not even learn that the server hung up.
            if to_server or self._mode is not Mode.BLACKHOLE_RESPONSES:
                with contextlib.suppress(OSError):
                    if writer.can_write_eof() and not writer.is_closing():
                        writer.write_eof()
        except OSError:
            conn.reset()  # one side reset: reset the other one too


class ThreadedFaultProxy:
    """:class:`FaultProxy` on its own event loop in a daemon thread, with a blocking API."""

    def __init__(
        self,
        target_host: str,
        target_port: int,
        *,
        listen_port: int = 0,
        mode: Mode | str = Mode.PASS,
        timeout: float = 10.0,
        chaos: Chaos | None = None,
    ) -> None:
        self._proxy = FaultProxy(target_host, target_port, listen_port=listen_port, mode=mode, chaos=chaos)
        self._timeout = timeout
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return self._proxy.port

    @property
    def host(self) -> str:
        return self._proxy.host

    @property
    def url(self) -> str:
        return self._proxy.url

    @property
    def mode(self) -> Mode:
        return self._proxy.mode

    @property
    def stats(self) -> ProxyStats:
        return self._proxy.stats

    @property
    def chaos(self) -> Chaos:
        return self._proxy.chaos

    @property
    def active_connections(self) -> int:
        return self._proxy.active_connections

    def start(self) -> None:
        if self._loop is not None:
            return
        loop = asyncio.new_event_loop()
        thread = threading.Thread(target=loop.run_forever, name="fault-proxy", daemon=True)
        thread.start()
        self._loop, self._thread = loop, thread
        try:
            self._call(self._proxy.start())
        except BaseException:
            self._shutdown_loop()
            raise

    def stop(self) -> None:
        if self._loop is None:
            return
        try:
            self._call(self._proxy.stop())
        finally:
            self._shutdown_loop()

    def set_mode(self, mode: Mode | str) -> None:
        self._call(self._proxy.set_mode(mode))

    def drop_connections(self) -> None:
        self._call(self._proxy.drop_connections())

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def _call(self, coro: Coroutine[Any, Any, _T]) -> _T:
        if self._loop is None:
            coro.close()
            raise RuntimeError("the proxy thread is not running")
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(self._timeout)

    def _shutdown_loop(self) -> None:
        loop, thread = self._loop, self._thread
        self._loop = self._thread = None
        if loop is None:
            return
        loop.call_soon_threadsafe(loop.stop)
        if thread is not None:
            thread.join(self._timeout)
        loop.close()
