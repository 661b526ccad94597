"""Short texts derived from data: times, date labels, initials and avatar colours.

Pure functions (no Qt objects) so models precompute them once per row; the few words come
through ``QCoreApplication.translate`` so they are translatable like the QML strings.
"""

from __future__ import annotations

import zlib
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication

AVATAR_COLORS = (
    "#e17076",
    "#eda86c",
    "#a695e7",
    "#7bc862",
    "#6ec9cb",
    "#65aadd",
    "#ee7aae",
    "#c0a35a",
)
"""Saturated mid-tones that carry white initials in both themes (Telegram's palette family)."""


def tr(text: str) -> str:
    return QCoreApplication.translate("formatting", text)


def local_time(ts_ms: int) -> datetime:
    return datetime.fromtimestamp(ts_ms / 1000)


def clock(ts_ms: int) -> str:
    """``14:05`` — the time inside a bubble."""
    return local_time(ts_ms).strftime("%H:%M") if ts_ms > 0 else ""


def list_time(ts_ms: int, now: datetime | None = None) -> str:
    """The conversation list's time: clock today, weekday this week, date beyond."""
    if ts_ms <= 0:
        return ""
    now = now or datetime.now()
    when = local_time(ts_ms)
    if when.date() == now.date():
        return when.strftime("%H:%M")
    if now.date() - when.date() < timedelta(days=7):
        return tr(when.strftime("%a"))
    if when.year == now.year:
        return f"{when.day} {tr(when.strftime('%b'))}"
    return when.strftime("%d.%m.%y")


def day_label(day: date, today: date | None = None) -> str:
    """The date-separator pill: Today, Yesterday, a weekday within the week, a full date beyond."""
    today = today or date.today()
    if day == today:
        return tr("Today")
    if day == today - timedelta(days=1):
        return tr("Yesterday")
    if timedelta(0) < today - day < timedelta(days=7):
        return tr(day.strftime("%A"))
    if day.year == today.year:
        return f"{day.day} {tr(day.strftime('%B'))}"
    return f"{day.day} {tr(day.strftime('%B'))} {day.year}"


def members_text(count: int) -> str:
    """ "1 member", "12 members" (a group's header, a space's rooms)."""
    return tr("1 member") if count == 1 else tr("%1 members").replace("%1", str(count))


def initials(name: str) -> str:
    """Up to two letters for an avatar: "Alice Martin" → "AM", "@bob:x" → "B"."""
    words = [w for w in name.replace("@", " ").replace("_", " ").split() if w[:1].isalnum()]
    if not words:
        return "?"
    first = words[0].split(":", 1)[0]
    letters = first[:1] + (words[1][:1] if len(words) > 1 else "")
    return letters.upper() or "?"


def avatar_color(key: str) -> str:
    """A stable colour per id, so a person keeps their colour everywhere."""
    return AVATAR_COLORS[zlib.crc32(key.encode()) % len(AVATAR_COLORS)]
