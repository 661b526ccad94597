"""Desktop notifications over org.freedesktop.Notifications, against a fake server on a private bus.

Run through ``scripts/with-secret-service`` (it starts a private D-Bus session bus); without a session
bus these tests are skipped (and fail in CI).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from messenger_desktop.qt.platform.freedesktop import FreedesktopNotifier
from messenger_desktop.qt.platform.notifier import NullNotifier
from tests.support.notification_server import FakeNotificationServer
from tests.ui.desktop_harness import require_session_bus


@pytest.fixture
def notifier(
    loop: asyncio.AbstractEventLoop, server: FakeNotificationServer
) -> Iterator[FreedesktopNotifier]:
    desktop = FreedesktopNotifier()
    assert loop.run_until_complete(desktop.start())
    yield desktop
    loop.run_until_complete(desktop.close())


async def _until(condition: Callable[[], Any], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)


def test_capabilities_are_asked_once(
    loop: asyncio.AbstractEventLoop, server: FakeNotificationServer, notifier: FreedesktopNotifier
) -> None:
    assert notifier.available()
    assert "inline-reply" in notifier.capabilities
    assert len(server.calls("GetCapabilities")) == 1


def test_same_key_replaces_and_actions_offer_reply(
    loop: asyncio.AbstractEventLoop, server: FakeNotificationServer, notifier: FreedesktopNotifier
) -> None:
    notifier.show("!room:a", "Alice", "first", can_reply=True)
    notifier.show("!room:a", "Alice", "second", can_reply=True)
    notifier.show("!other:a", "Bob", "hi", can_reply=False)
    loop.run_until_complete(notifier.wait_idle())

    first, second, other = server.calls("Notify")
    app_name, replaces_id, icon, summary, body, actions, hints, expire = first["args"]
    assert (app_name, replaces_id, icon, summary, body, expire) == ("Messenger", 0, "", "Alice", "first", -1)
    assert actions == ["default", "Open", "mark-read", "Mark as read", "inline-reply", "Reply"]
    assert hints == {
        "category": ["s", "im.received"],
        "desktop-entry": ["s", "messenger-desktop"],
        "x-kde-reply-placeholder-text": ["s", "Reply…"],
    }
    first_id = notifier._ids["!room:a"]
    assert second["args"][1] == first_id  # replaces, never stacks
    assert second["args"][4] == "second"
    assert notifier._ids["!room:a"] == first_id
    assert other["args"][1] == 0
    assert "inline-reply" not in other["args"][5]


def test_markup_in_the_body_is_escaped(
    loop: asyncio.AbstractEventLoop, server: FakeNotificationServer, notifier: FreedesktopNotifier
) -> None:
    notifier.show("!room:a", "<b>Eve</b>", "<a href='x'>1 & 2</a> > 0", can_reply=False)
    loop.run_until_complete(notifier.wait_idle())
    (call,) = server.calls("Notify")
    assert call["args"][3] == "<b>Eve</b>"  # the summary is never markup
    assert call["args"][4] == "&lt;a href='x'&gt;1 &amp; 2&lt;/a&gt; &gt; 0"


def test_server_signals_come_back_as_key_signals(
    loop: asyncio.AbstractEventLoop, server: FakeNotificationServer, notifier: FreedesktopNotifier
) -> None:
    events: list[tuple[str, ...]] = []
    notifier.activated.connect(lambda key: events.append(("activated", key)))
    notifier.replied.connect(lambda key, text: events.append(("replied", key, text)))
    notifier.markedRead.connect(lambda key: events.append(("markedRead", key)))
    notifier.show("!room:a", "Alice", "hi", can_reply=True)
    loop.run_until_complete(notifier.wait_idle())
    room_id = notifier._ids["!room:a"]

    server.emit("ActionInvoked", room_id, "default")
    server.emit("NotificationReplied", room_id, "on my way ą")
    server.emit("ActionInvoked", room_id, "mark-read")
    server.emit("ActionInvoked", room_id + 100, "default")  # someone else's notification
    loop.run_until_complete(_until(lambda: len(events) >= 3))
    loop.run_until_complete(asyncio.sleep(0.1))
    assert events == [
        ("activated", "!room:a"),
        ("replied", "!room:a", "on my way ą"),
        ("markedRead", "!room:a"),
    ]


def test_withdraw_closes_and_the_next_one_is_new(
    loop: asyncio.AbstractEventLoop, server: FakeNotificationServer, notifier: FreedesktopNotifier
) -> None:
    notifier.show("!room:a", "Alice", "hi", can_reply=False)
    loop.run_until_complete(notifier.wait_idle())
    room_id = notifier._ids["!room:a"]
    notifier.withdraw("!room:a")
    notifier.withdraw("!never-shown:a")  # nothing to close: no call
    loop.run_until_complete(notifier.wait_idle())
    assert [call["args"] for call in server.calls("CloseNotification")] == [[room_id]]

    notifier.show("!room:a", "Alice", "again", can_reply=False)
    loop.run_until_complete(notifier.wait_idle())
    assert server.calls("Notify")[-1]["args"][1] == 0


def test_closed_by_the_user_forgets_the_id(
    loop: asyncio.AbstractEventLoop, server: FakeNotificationServer, notifier: FreedesktopNotifier
) -> None:
    notifier.show("!room:a", "Alice", "hi", can_reply=False)
    loop.run_until_complete(notifier.wait_idle())
    server.emit("NotificationClosed", notifier._ids["!room:a"], 2)  # dismissed
    loop.run_until_complete(_until(lambda: "!room:a" not in notifier._ids))


def test_without_a_server_nothing_is_available(loop: asyncio.AbstractEventLoop) -> None:
    require_session_bus()
    desktop = FreedesktopNotifier()
    assert not loop.run_until_complete(desktop.start())
    desktop.show("!room:a", "Alice", "hi", can_reply=True)  # silently nothing
    loop.run_until_complete(desktop.close())


def test_without_a_session_bus_nothing_is_available_and_closing_is_clean(
    loop: asyncio.AbstractEventLoop, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A desktop with no D-Bus session (a bare window manager, a container) once crashed the app at
    start: the router that never opened was closed."""
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", "/nonexistent")
    desktop = FreedesktopNotifier()
    assert loop.run_until_complete(desktop.start()) is False
    loop.run_until_complete(desktop.close())


def test_null_notifier_does_nothing() -> None:
    null = NullNotifier()
    assert not null.available()
    null.show("k", "t", "b", can_reply=True)
    null.withdraw("k")
