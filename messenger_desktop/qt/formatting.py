"""Short texts derived from data: times, date labels, initials and avatar colours.

Pure functions (no Qt objects) so models precompute them once per row; the few words come
through ``QCoreApplication.translate`` so they are translatable like the QML strings, and times,
weekdays and months follow the default :class:`QLocale` (the language shown, see
:mod:`.translations`).

Every string the app shows from Python goes through :func:`tr` (or :func:`trn` for a count) with
a literal, so ``scripts/translations update`` finds it; a call with anything but a literal is
the translation of a string marked elsewhere (``QT_TRANSLATE_NOOP``).
"""

from __future__ import annotations

import zlib
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

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


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context`` where it is declared (a table), for the code
    that shows it to translate; PySide6's own is typed as returning ``object``."""
    return text


def trn(text: str, count: int) -> str:
    """``text`` with ``%n`` for ``count``, in the plural form the language needs ("%n member(s)")."""
    return QCoreApplication.translate("formatting", text, None, count)


def local_time(ts_ms: int) -> datetime:
    """``ts_ms`` in local time; the epoch for one no calendar holds (a server's ``origin_server_ts``
    can say the year 287396, and one such message must not stop the conversation list loading)."""
    try:
        return datetime.fromtimestamp(ts_ms / 1000)
    except (OverflowError, OSError, ValueError):
        return datetime.fromtimestamp(0)


def clock(ts_ms: int) -> str:
    """``14:05`` (``2:05 PM`` in the US) — the time inside a bubble."""
    return time_text(local_time(ts_ms)) if ts_ms > 0 else ""


def time_text(when: datetime) -> str:
    """Hours and minutes in the language's short form."""
    return QLocale().toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)


def weekday(day: date, short: bool = False) -> str:
    """The weekday's name on its own ("Monday"; "Mon" when ``short``)."""
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().standaloneDayName(day.isoweekday(), kind)


def date_text(day: date, pattern: str) -> str:
    """``day`` in ``pattern``, a Qt date format (month names in the language, declined as it
    needs: "3 марта")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def list_time(ts_ms: int, now: datetime | None = None) -> str:
    """The conversation list's time: clock today, weekday this week, date beyond."""
    if ts_ms <= 0:
        return ""
    now = now or datetime.now()
    when = local_time(ts_ms)
    if when.date() == now.date():
        return time_text(when)
    if now.date() - when.date() < timedelta(days=7):
        return weekday(when.date(), short=True)
    if when.year == now.year:
        # TRANSLATORS: a Qt date format (d day, MMM short month name) for a date this year
        return date_text(when.date(), tr("d MMM"))
    # TRANSLATORS: a Qt date format (dd day, MM month, yy year) for a date in another year
    return date_text(when.date(), tr("dd.MM.yy"))


def day_label(day: date, today: date | None = None) -> str:
    """The date-separator pill: Today, Yesterday, a weekday within the week, a full date beyond."""
    today = today or date.today()
    if day == today:
        return tr("Today")
    if day == today - timedelta(days=1):
        return tr("Yesterday")
    if timedelta(0) < today - day < timedelta(days=7):
        return weekday(day)
    if day.year == today.year:
        # TRANSLATORS: a Qt date format (d day, MMMM month name) for a date this year
        return date_text(day, tr("d MMMM"))
    # TRANSLATORS: a Qt date format (d day, MMMM month name, yyyy year) for a date in another year
    return date_text(day, tr("d MMMM yyyy"))


def members_text(count: int) -> str:
    """ "1 member", "12 members" (a group's header, a space's rooms)."""
    return trn("%n member(s)", count)


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
