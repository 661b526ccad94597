"""A screen reader hears new messages in the open conversation, politely.

A sighted user sees a message arrive in the conversation they have open; a blind user would not
know without moving through the list. So each burst of messages from other people (one sync's
worth) becomes one polite announcement — "Bob: see you at 6", or "3 new messages from Bob and
Carol" — which the screen reader speaks when it has finished what it was saying. Only while one
of the app's windows is active: in the background the desktop notification tells it. Nothing is
said for the user's own messages or for history loaded by scrolling (the timeline model never
reports those).

The announcement goes through :meth:`ArrivalAnnouncer.announce`, which also emits
:attr:`ArrivalAnnouncer.announced` with what was sent, as Qt offers no way to watch accessibility
events from Python.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QGuiApplication

from .event_text import fill
from .formatting import trn
from .timeline_model import TimelineModel

MAX_SPOKEN = 160
"""Characters of a message read out; the rest is there in the conversation."""
MAX_NAMED = 3
"""People named in a burst's announcement; more are "and N others"."""


def arrival_sentence(arrivals: Sequence[Sequence[str]]) -> str:
    """What to say for ``arrivals`` (``[sender name, text]`` pairs, oldest first)."""
    if len(arrivals) == 1:
        name, text = arrivals[0]
        return fill("%1: %2", name, _shortened(text))
    names = list(dict.fromkeys(name for name, _ in arrivals))
    return trn("%n new message(s) from %1", len(arrivals)).replace("%1", _listed(names), 1)


def _shortened(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_SPOKEN else text[: MAX_SPOKEN - 1].rstrip() + "…"


def _listed(names: list[str]) -> str:
    """One name, "Bob and Carol", "Bob, Carol and Dave", "Bob, Carol, Dave and 2 others"."""
    if len(names) == 1:
        return names[0]
    if len(names) > MAX_NAMED:
        others = trn("%n other(s)", len(names) - MAX_NAMED)
        return fill("%1 and %2", ", ".join(names[:MAX_NAMED]), others)
    return fill("%1 and %2", ", ".join(names[:-1]), names[-1])


class ArrivalAnnouncer(QObject):
    """Speaks the open conversation's arrivals (see the module's docstring)."""

    announced = Signal(str, int)
    """(message, politeness as a ``QAccessible.AnnouncementPoliteness`` value) — sent."""

    def __init__(self, timeline: TimelineModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        timeline.othersArrived.connect(self._arrived)

    @Slot(list)
    def _arrived(self, arrivals: list[list[str]]) -> None:
        window = QGuiApplication.focusWindow()
        if window is None or not window.isVisible():  # in the background (or the tray): the
            return  # desktop notification says it
        self.announce(window, arrival_sentence(arrivals))

    def announce(self, target: QObject, message: str) -> None:
        """Say ``message`` politely, from ``target`` (an object with an accessible interface:
        an item or a window)."""
        event = QAccessibleAnnouncementEvent(target, message)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)
        self.announced.emit(event.message(), event.politeness().value)
