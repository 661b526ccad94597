"""Do not disturb arithmetic and labels (messenger_desktop.qt.dnd)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from messenger_desktop.qt.dnd import HOUR_MS, dnd_active, dnd_label, one_hour_from, tomorrow_morning

WARSAW = ZoneInfo("Europe/Warsaw")


def ms(when: datetime) -> float:
    return when.timestamp() * 1000


def test_active_only_before_the_end() -> None:
    assert dnd_active(2000.0, 1000.0)
    assert not dnd_active(1000.0, 1000.0)  # ends exactly then
    assert not dnd_active(500.0, 1000.0)  # ended while the app was closed
    assert not dnd_active(0.0, 1000.0)  # off


def test_one_hour() -> None:
    assert one_hour_from(1_000.0) == 1_000.0 + HOUR_MS == 3_601_000.0


def test_tomorrow_morning_is_eight_the_next_local_day() -> None:
    evening = datetime(2025, 6, 10, 22, 15, tzinfo=WARSAW)
    assert tomorrow_morning(evening) == ms(datetime(2025, 6, 11, 8, 0, tzinfo=WARSAW))
    just_after_midnight = datetime(2025, 6, 11, 0, 5, tzinfo=WARSAW)
    assert tomorrow_morning(just_after_midnight) == ms(datetime(2025, 6, 12, 8, 0, tzinfo=WARSAW))
    new_year = datetime(2025, 12, 31, 9, 0, tzinfo=WARSAW)
    assert tomorrow_morning(new_year) == ms(datetime(2026, 1, 1, 8, 0, tzinfo=WARSAW))


def test_tomorrow_morning_keeps_eight_across_a_clock_change() -> None:
    # The night the clocks go forward in Poland: the night is one hour shorter, 08:00 stays 08:00.
    night = datetime(2025, 3, 29, 23, 0, tzinfo=WARSAW)
    morning = tomorrow_morning(night)
    assert datetime.fromtimestamp(morning / 1000, tz=WARSAW).hour == 8
    assert morning - ms(night) == 8 * HOUR_MS


def test_naive_now_is_local_time() -> None:
    now = datetime(2025, 6, 10, 13, 30)
    assert tomorrow_morning(now) == ms(datetime(2025, 6, 11, 8, 0))
    assert dnd_label(one_hour_from(ms(now)), now) == "Until 14:30"


@pytest.mark.parametrize(
    ("until", "label"),
    [
        (datetime(2025, 6, 10, 14, 30), "Until 14:30"),
        (datetime(2025, 6, 10, 23, 59), "Until 23:59"),
        (datetime(2025, 6, 11, 8, 0), "Until tomorrow 08:00"),
        (datetime(2025, 6, 13, 9, 5), "Until Friday 09:05"),
        (datetime(2025, 6, 16, 8, 0), "Until Monday 08:00"),
        (datetime(2025, 6, 17, 8, 0), "Until 17 June 08:00"),
        (datetime(2026, 1, 2, 8, 0), "Until 2 January 2026 08:00"),
    ],
)
def test_labels(until: datetime, label: str) -> None:
    now = datetime(2025, 6, 10, 13, 30, tzinfo=UTC)  # a Tuesday
    assert dnd_label(ms(until.replace(tzinfo=UTC)), now) == label


def test_no_label_when_off_or_over() -> None:
    now = datetime(2025, 6, 10, 13, 30, tzinfo=UTC)
    assert dnd_label(0.0, now) == ""
    assert dnd_label(ms(now - timedelta(minutes=1)), now) == ""
    assert dnd_label(ms(now), now) == ""


def test_label_in_the_users_zone() -> None:
    # 06:00 UTC is 08:00 in Warsaw in summer: the label is the user's wall clock.
    now = datetime(2025, 6, 10, 22, 0, tzinfo=WARSAW)
    until = datetime(2025, 6, 11, 6, 0, tzinfo=UTC)
    assert dnd_label(ms(until), now) == "Until tomorrow 08:00"
