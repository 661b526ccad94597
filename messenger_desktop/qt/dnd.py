"""Do not disturb: the arithmetic and wording behind the ``doNotDisturbUntil`` setting.

The setting stores one instant (milliseconds since 1970, as JavaScript's ``Date.now()``), not a
flag plus a duration: every part of the app (tray menu, notifications, settings page) then agrees
on "is it on?" by comparing with the clock, and a quiet time that ended while the app was closed
is simply over. Pure functions (no Qt), so they are tested without a display.

The labels are English like the rest of the UI; weekday and month names come from fixed tables
rather than ``strftime``, whose names follow the C locale Qt sets from the environment.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

HOUR_MS = 3_600_000
MORNING = time(8, 0)
""""Until tomorrow" ends at this local time the next day."""

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def dnd_active(until_ms: float, now_ms: float) -> bool:
    """Whether notifications are held back at ``now_ms`` (0, or any past instant, means off)."""
    return until_ms > now_ms


def one_hour_from(now_ms: float) -> float:
    """The end of "For 1 hour"."""
    return now_ms + HOUR_MS


def tomorrow_morning(now: datetime) -> float:
    """08:00 on the day after ``now``'s local date, in ms since 1970.

    A naive ``now`` is local time (``datetime.now()``); an aware one keeps its time zone. The wall
    clock time is what the user chose, so a daylight-saving change in between moves the instant,
    not the 08:00.
    """
    morning = datetime.combine(now.date() + timedelta(days=1), MORNING, tzinfo=now.tzinfo)
    return morning.timestamp() * 1000


def dnd_label(until_ms: float, now: datetime) -> str:
    """``Until 14:30``, ``Until tomorrow 08:00``, ``Until Friday 08:00``, ``Until 3 March 08:00``;
    ``""`` when Do not disturb is off at ``now`` (local time, naive or aware as for
    :func:`tomorrow_morning`)."""
    if not dnd_active(until_ms, now.timestamp() * 1000):
        return ""
    if now.tzinfo is None:
        until = datetime.fromtimestamp(until_ms / 1000)
    else:
        until = datetime.fromtimestamp(until_ms / 1000, tz=now.tzinfo)
    clock = f"{until.hour:02d}:{until.minute:02d}"
    days = (until.date() - now.date()).days
    if days == 0:
        return f"Until {clock}"
    if days == 1:
        return f"Until tomorrow {clock}"
    if days < 7:
        return f"Until {_WEEKDAYS[until.weekday()]} {clock}"
    year = f" {until.year}" if until.year != now.year else ""
    return f"Until {until.day} {_MONTHS[until.month - 1]}{year} {clock}"
