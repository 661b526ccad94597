"""The system-notification interface the Qt layer uses, whatever the desktop.

One notification per ``key`` (one per conversation): showing again for the same key *replaces* the
one on screen, never stacks. The user's answers come back as signals carrying that key.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Notifier(QObject):
    """Base of every platform's notifier. Subclasses override :meth:`show` and :meth:`withdraw`."""

    activated = Signal(str)  # key: the user clicked the notification (open that conversation)
    replied = Signal(str, str)  # key, text: an inline reply typed into the notification
    markedRead = Signal(str)  # key: "Mark as read" was chosen

    def available(self) -> bool:
        """Whether notifications shown here reach the user."""
        return False

    def show(self, key: str, title: str, body: str, *, can_reply: bool) -> None:
        """Show (or replace) the notification for ``key``; ``body`` is plain text."""
        raise NotImplementedError

    def withdraw(self, key: str) -> None:
        """Remove the notification for ``key`` if one is on screen (the conversation was read)."""
        raise NotImplementedError


class NullNotifier(Notifier):
    """For platforms without a notification service, and for tests: shows nothing."""

    def show(self, key: str, title: str, body: str, *, can_reply: bool) -> None:
        pass

    def withdraw(self, key: str) -> None:
        pass
