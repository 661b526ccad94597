"""Do not disturb: the arithmetic and wording behind the ``doNotDisturbUntil`` setting.

The setting stores one instant (milliseconds since 1970, as JavaScript's ``Date.now()``), not a
flag plus a duration: every part of the app (tray menu, notifications, settings page) then agrees
on "is it on?" by comparing with the clock, and a quiet time that ended while the app was closed
is simply over. Pure functions (no Qt objects), so they are tested without a display.

The labels are translated (:func:`.formatting.tr`) and their times, weekdays and months follow
the default locale, the language shown.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from .formatting import date_text, time_text, tr, weekday

HOUR_MS = 3_600_000
MORNING = time(8, 0)
""""Until tomorrow" ends at this local time the next day."""


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
    clock = time_text(until)
    days = (until.date() - now.date()).days
    if days == 0:
        return tr("Until %1").replace("%1", clock)
    if days == 1:
        return tr("Until tomorrow %1").replace("%1", clock)
    if days < 7:
        when = weekday(until.date())
    else:
        when = date_text(until.date(), tr("d MMMM") if until.year == now.year else tr("d MMMM yyyy"))
    # TRANSLATORS: %1 a weekday or a date, %2 a time: "Until Friday 08:00", "Until 3 March 08:00"
    return tr("Until %1 %2").replace("%1", when).replace("%2", clock)
