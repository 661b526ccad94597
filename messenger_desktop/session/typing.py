"""Typing notifications: few requests, never a stuck "is typing…".

Call :meth:`TypingNotifier.changed` on every keystroke with whether the composer has text. The
notifier sends ``typing: true`` (with a 30 s timeout) when typing starts and again at most every
``refresh`` seconds while it goes on, and ``typing: false`` after ``idle`` seconds without a
keystroke, when the composer is emptied, when the message is sent (:meth:`stop`) or when the
user types in another room. At most one request per room is in flight; a change that happens
meanwhile is sent after it (only the latest wish). Failures are logged, never raised: typing
notifications are a courtesy.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from ..api.ids import RoomId

log = logging.getLogger(__name__)

SendTyping = Callable[[RoomId, bool, int], Awaitable[None]]
"""``send(room_id, typing, timeout_ms)``."""

TIMEOUT_MS = 30_000
REFRESH = 20.0
IDLE = 5.0


@dataclass
class _Room:
    want: bool = False
    """What the server should believe."""
    sent: bool = False
    """What we last told it (whether or not that request succeeded: a failed "true" is retried
    at the next refresh, not on every keystroke)."""
    sent_at: float = -math.inf
    pending: bool = False
    task: asyncio.Task[None] | None = None
    idle: asyncio.TimerHandle | None = None


class TypingNotifier:
    def __init__(
        self,
        send: SendTyping,
        *,
        enabled: bool = True,
        refresh: float = REFRESH,
        idle: float = IDLE,
        timeout_ms: int = TIMEOUT_MS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._send = send
        self._enabled = enabled
        self._refresh = refresh
        self._idle = idle
        self._timeout_ms = timeout_ms
        self._clock = clock
        self._rooms: dict[RoomId, _Room] = {}
        self._current: RoomId | None = None
        self.requests = 0
        """Requests made (diagnostics, tests)."""

    @property
    def enabled(self) -> bool:
        """The ``send_typing`` setting. Turning it off tells the server we stopped."""
        return self._enabled

    @enabled.setter
    def enabled(self, value: bool) -> None:
        self._enabled = value
        if not value:
            self.stop_all()

    def changed(self, room_id: RoomId, composing: bool) -> None:
        """A keystroke in ``room_id``'s composer; ``composing`` is whether it holds any text."""
        if not composing:
            self.stop(room_id)
            return
        if not self._enabled:
            return
        if self._current is not None and self._current != room_id:
            self.stop(self._current)
        self._current = room_id
        room = self._rooms.setdefault(room_id, _Room())
        room.want = True
        if not room.sent or self._clock() - room.sent_at >= self._refresh:
            self._request(room_id, room)
        if room.idle is not None:
            room.idle.cancel()
        room.idle = asyncio.get_running_loop().call_later(self._idle, self.stop, room_id)

    def stop(self, room_id: RoomId) -> None:
        """Typing in ``room_id`` ended (sent, emptied, idle, left the room)."""
        if self._current == room_id:
            self._current = None
        room = self._rooms.get(room_id)
        if room is None:
            return
        if room.idle is not None:
            room.idle.cancel()
            room.idle = None
        room.want = False
        if room.sent or room.task is not None:
            self._request(room_id, room)
        else:
            del self._rooms[room_id]

    def stop_all(self) -> None:
        for room_id in list(self._rooms):
            self.stop(room_id)

    def _request(self, room_id: RoomId, room: _Room) -> None:
        room.pending = True
        if room.task is None:
            room.task = asyncio.get_running_loop().create_task(
                self._run(room_id, room), name=f"typing {room_id}"
            )

    async def _run(self, room_id: RoomId, room: _Room) -> None:
        try:
            while room.pending:
                room.pending = False
                want = room.want
                if not want and not room.sent:
                    continue  # the server never heard "true": nothing to take back
                if want:
                    room.sent_at = self._clock()
                room.sent = want
                self.requests += 1
                try:
                    await self._send(room_id, want, self._timeout_ms)
                except asyncio.CancelledError:
                    raise
                except Exception as exc:
                    log.info("typing notification for %s not sent: %s", room_id, exc)
        finally:
            room.task = None
            if not room.want and not room.sent and room.idle is None and self._rooms.get(room_id) is room:
                del self._rooms[room_id]

    async def close(self, timeout: float = 2.0) -> None:
        """Tell the server we stopped (briefly, best effort), then drop everything."""
        self.stop_all()
        tasks = [r.task for r in self._rooms.values() if r.task is not None]
        if tasks:
            _, late = await asyncio.wait(tasks, timeout=timeout)
            for task in late:
                task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.gather(*late, return_exceptions=True)
        for room in self._rooms.values():
            if room.idle is not None:
                room.idle.cancel()
        self._rooms.clear()
        self._current = None
