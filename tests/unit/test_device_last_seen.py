"""The "Last active" line under each device in Settings, Account: the server says when it last
heard from a device, and what it says is not checked by anyone before us."""

from __future__ import annotations

from datetime import datetime

from messenger_desktop.api.ids import DeviceId
from messenger_desktop.qt.account_controller import last_seen_text
from messenger_desktop.session.account import Device

NOW = datetime(2026, 11, 21, 18, 30)


def test_a_device_seen_today_says_today_with_its_time_and_address() -> None:
    seen = int(datetime(2026, 11, 21, 14, 5).timestamp() * 1000)
    text = last_seen_text(Device(DeviceId("D"), "Phone", seen, "192.0.2.1"), NOW)
    assert text.startswith("Last active: Today, ")
    assert "14" in text and "05" in text
    assert text.endswith(" · 192.0.2.1")


def test_a_last_seen_far_in_the_future_gives_a_line_not_an_error() -> None:
    # ms for the year 287396: datetime cannot hold it; the devices list must still show.
    text = last_seen_text(Device(DeviceId("D"), "Odd", 9_007_199_254_740_991, ""), NOW)
    assert text.startswith("Last active: ")


def test_a_device_the_server_says_nothing_about_has_no_line() -> None:
    assert last_seen_text(Device(DeviceId("D"), "", 0, ""), NOW) == ""
