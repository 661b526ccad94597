"""The typing notifier: few requests, one in flight per room, always a "false" at the end."""

from __future__ import annotations

import asyncio

from messenger_desktop.api import RoomId
from messenger_desktop.session.typing import TypingNotifier

A = RoomId("!a:hs")
B = RoomId("!b:hs")


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Server:
    """Records requests; each takes ``delay`` seconds; can fail."""

    def __init__(self, delay: float = 0.0, fail: bool = False) -> None:
        self.calls: list[tuple[RoomId, bool, int]] = []
        self.delay = delay
        self.fail = fail
        self.in_flight = 0
        self.max_in_flight = 0

    async def __call__(self, room: RoomId, typing: bool, timeout_ms: int) -> None:
        self.calls.append((room, typing, timeout_ms))
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            await asyncio.sleep(self.delay)
            if self.fail:
                raise OSError("offline")
        finally:
            self.in_flight -= 1


async def settle() -> None:
    for _ in range(5):
        await asyncio.sleep(0)


def test_keystrokes_send_true_once_then_refresh_after_twenty_seconds() -> None:
    async def scenario() -> None:
        server, clock = Server(), Clock()
        notifier = TypingNotifier(server, clock=clock, idle=60.0)
        for _ in range(10):
            notifier.changed(A, True)
            clock.now += 1.0
            await settle()
        assert server.calls == [(A, True, 30_000)]
        clock.now += 11.0  # 20 s after the first went out
        notifier.changed(A, True)
        await settle()
        assert server.calls == [(A, True, 30_000), (A, True, 30_000)]
        await notifier.close()

    asyncio.run(scenario())


def test_idle_composer_sends_false_after_the_idle_time() -> None:
    async def scenario() -> None:
        server = Server()
        notifier = TypingNotifier(server, idle=0.05)
        notifier.changed(A, True)
        await asyncio.sleep(0.02)
        notifier.changed(A, True)  # a keystroke restarts the idle timer
        await asyncio.sleep(0.04)
        assert [c[1] for c in server.calls] == [True]
        await asyncio.sleep(0.05)
        assert [c[1] for c in server.calls] == [True, False]
        await notifier.close()
        assert [c[1] for c in server.calls] == [True, False]  # nothing more to take back

    asyncio.run(scenario())


def test_emptied_composer_and_sending_stop_at_once() -> None:
    async def scenario() -> None:
        server = Server()
        notifier = TypingNotifier(server)
        notifier.changed(A, True)
        await settle()
        notifier.changed(A, False)  # emptied
        await settle()
        assert [c[1] for c in server.calls] == [True, False]
        notifier.changed(A, True)
        await settle()
        notifier.stop(A)  # sent
        await settle()
        assert [c[1] for c in server.calls] == [True, False, True, False]
        notifier.stop(A)  # again: nothing to say
        notifier.changed(B, False)  # never typed there: nothing to say
        await settle()
        assert len(server.calls) == 4
        await notifier.close()

    asyncio.run(scenario())


def test_typing_in_another_room_stops_the_first() -> None:
    async def scenario() -> None:
        server = Server()
        notifier = TypingNotifier(server)
        notifier.changed(A, True)
        await settle()
        notifier.changed(B, True)
        await settle()
        assert sorted(server.calls) == sorted([(A, True, 30_000), (A, False, 30_000), (B, True, 30_000)])
        await notifier.close()
        assert server.calls[-1] == (B, False, 30_000)

    asyncio.run(scenario())


def test_one_request_in_flight_per_room_and_only_the_latest_wish_follows() -> None:
    async def scenario() -> None:
        server = Server(delay=0.05)
        notifier = TypingNotifier(server)
        notifier.changed(A, True)
        await settle()
        for composing in (False, True, False, True, False):  # flapping while the first is on the wire
            notifier.changed(A, composing)
        await asyncio.sleep(0.2)
        assert server.max_in_flight == 1
        assert [c[1] for c in server.calls] == [True, False]
        await notifier.close()

    asyncio.run(scenario())


def test_failures_are_swallowed_and_not_retried_on_every_keystroke() -> None:
    async def scenario() -> None:
        server, clock = Server(fail=True), Clock()
        notifier = TypingNotifier(server, clock=clock)
        for _ in range(5):
            notifier.changed(A, True)
            await settle()
        assert len(server.calls) == 1
        notifier.changed(A, False)
        await settle()
        assert [c[1] for c in server.calls] == [True, False]
        await notifier.close()

    asyncio.run(scenario())


def test_disabled_sends_nothing_and_disabling_takes_typing_back() -> None:
    async def scenario() -> None:
        server = Server()
        notifier = TypingNotifier(server, enabled=False)
        notifier.changed(A, True)
        notifier.changed(A, False)
        await settle()
        assert server.calls == []
        notifier.enabled = True
        notifier.changed(A, True)
        await settle()
        notifier.enabled = False
        await settle()
        assert [c[1] for c in server.calls] == [True, False]
        notifier.changed(A, True)
        await settle()
        assert len(server.calls) == 2
        await notifier.close()

    asyncio.run(scenario())


def test_close_takes_typing_back() -> None:
    async def scenario() -> None:
        server = Server()
        notifier = TypingNotifier(server)
        notifier.changed(A, True)
        await settle()
        await notifier.close()
        assert [c[1] for c in server.calls] == [True, False]
        notifier = TypingNotifier(server)
        notifier.changed(B, True)
        await notifier.close()  # before the first request went out: nothing to take back
        assert len(server.calls) == 2

    asyncio.run(scenario())
