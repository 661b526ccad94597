"""The launcher badge: Unity LauncherEntry ``Update`` signals, heard on the private session bus.

Run through ``scripts/with-secret-service`` (it starts a private D-Bus session bus); without a session
bus these tests are skipped (and fail in CI). The listener is a plain jeepney connection with a match
rule, as a dock would have.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest

from messenger_desktop.qt.platform.launcher import (
    APP_URI,
    INTERFACE,
    PATH,
    NullLauncher,
    QtLauncher,
    UnityLauncher,
    launcher_badge,
)
from tests.ui.desktop_harness import require_session_bus


class Dock:
    """Listens for the launcher signals on the session bus."""

    def __init__(self) -> None:
        from jeepney import MatchRule, message_bus
        from jeepney.io.blocking import open_dbus_connection

        self.connection = open_dbus_connection(bus="SESSION")
        self.rule = MatchRule(type="signal", interface=INTERFACE, member="Update")
        self.connection.send_and_get_reply(message_bus.AddMatch(self.rule))
        self._filter = self.connection.filter(self.rule)
        self.queue = self._filter.__enter__()

    def next_update(self, timeout: float = 5.0) -> Any:
        return self.connection.recv_until_filtered(self.queue, timeout=timeout)

    def nothing_more(self) -> bool:
        try:
            self.connection.recv_until_filtered(self.queue, timeout=0.2)
        except TimeoutError:
            return True
        return False

    def close(self) -> None:
        self._filter.__exit__(None, None, None)
        self.connection.close()


@pytest.fixture
def dock() -> Iterator[Dock]:
    require_session_bus()
    listener = Dock()
    yield listener
    listener.close()


def update(count: int, visible: bool, urgent: bool) -> tuple[str, dict[str, tuple[str, Any]]]:
    return (APP_URI, {"count": ("x", count), "count-visible": ("b", visible), "urgent": ("b", urgent)})


def test_counts_reach_the_dock(dock: Dock) -> None:
    from jeepney import HeaderFields

    launcher = UnityLauncher()
    launcher.set_count(3, False)
    message = dock.next_update()
    assert message.body == update(3, True, False)
    assert message.header.fields[HeaderFields.path] == PATH
    assert message.header.fields[HeaderFields.signature] == "sa{sv}"  # count is an int64, as docks expect

    launcher.set_count(3, False)  # unchanged: nothing sent
    launcher.set_count(4, True)  # a mention
    assert dock.next_update().body == update(4, True, True)
    launcher.set_count(0, True)  # all read: no count, and nothing urgent about nothing
    assert dock.next_update().body == update(0, False, False)
    assert dock.nothing_more()

    launcher.set_count(2, False)
    assert dock.next_update().body == update(2, True, False)
    launcher.close()  # the badge goes with the app
    assert dock.next_update().body == update(0, False, False)
    launcher.close()  # twice is fine
    assert dock.nothing_more()


def test_without_a_session_bus_nothing_breaks(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path}/no-bus-here")
    launcher = UnityLauncher()
    with caplog.at_level(logging.INFO, logger="messenger_desktop.qt.platform.launcher"):
        launcher.set_count(1, False)
        launcher.set_count(2, True)
    assert [record.getMessage().split(":")[0] for record in caplog.records] == [
        "no launcher badge (no session bus)"
    ]  # one line, one try
    launcher.close()


def test_the_platform_picks_the_implementation() -> None:
    assert isinstance(launcher_badge("linux"), UnityLauncher)
    for platform in ("win32", "darwin"):
        assert isinstance(launcher_badge(platform), QtLauncher)
    null = launcher_badge("sunos5")
    assert isinstance(null, NullLauncher)
    null.set_count(5, True)
    null.close()


def test_windows_and_macos_set_the_number_and_ask_for_attention_once_per_mention() -> None:
    numbers: list[int] = []
    alerts: list[str] = []
    launcher = QtLauncher(set_number=numbers.append, alert=lambda: alerts.append("alert"))
    launcher.set_count(3, False)
    launcher.set_count(3, False)  # unchanged: not sent again
    launcher.set_count(4, True)  # a mention: the taskbar flashes / the Dock bounces
    launcher.set_count(5, True)  # still the same mention state: no second alert
    launcher.set_count(-2, False)
    launcher.set_count(1, True)  # a new mention
    launcher.close()
    assert numbers == [3, 4, 5, 0, 1, 0]
    assert alerts == ["alert", "alert"]


def test_qts_own_badge_calls_are_accepted_on_this_platform(qapp: Any) -> None:
    """The real Qt calls, with a window to alert (a no-op offscreen, but they must exist and not
    raise)."""
    from PySide6.QtGui import QWindow

    window = QWindow()
    window.show()
    try:
        launcher = QtLauncher()
        launcher.set_count(7, True)
        launcher.set_count(0, False)
        launcher.close()
    finally:
        window.close()
