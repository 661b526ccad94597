"""The system-notification interface the Qt layer uses, whatever the desktop.

One notification per ``key`` (one per conversation): showing again for the same key *replaces* the
one on screen, never stacks. The user's answers come back as signals carrying that key.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

CALL_KEY_PREFIX = "call:"
"""Keys of incoming-call notifications start so (``call:<call id>``); conversations' keys are room
IDs."""


class Notifier(QObject):
    """Base of every platform's notifier. Subclasses override :meth:`show` and :meth:`withdraw`."""

    activated = Signal(str)  # key: the user clicked the notification (open that conversation)
    replied = Signal(str, str)  # key, text: an inline reply typed into the notification
    markedRead = Signal(str)  # key: "Mark as read" was chosen
    callAnswered = Signal(str)  # key: "Accept" on an incoming call's notification
    callDeclined = Signal(str)  # key: "Decline" on an incoming call's notification

    def available(self) -> bool:
        """Whether notifications shown here reach the user."""
        return False

    def show(
        self, key: str, title: str, body: str, *, can_reply: bool, picture: QImage | None = None
    ) -> None:
        """Show (or replace) the notification for ``key``; ``body`` is plain text; ``picture`` (the
        conversation's avatar) stands for the app's icon where the desktop shows one."""
        raise NotImplementedError

    def withdraw(self, key: str) -> None:
        """Remove the notification for ``key`` if one is on screen (the conversation was read)."""
        raise NotImplementedError

    def show_call(self, key: str, title: str, body: str, *, picture: QImage | None = None) -> None:
        """An incoming call, until withdrawn. Where notifications have actions, Accept and
        Decline answer it (:attr:`callAnswered`, :attr:`callDeclined`); clicking it (elsewhere the
        only answer) brings the window up, where the call rings. ``picture``: the caller's avatar."""
        self.show(key, title, body, can_reply=False, picture=picture)


class NullNotifier(Notifier):
    """For platforms without a notification service, and for tests: shows nothing."""

    def show(
        self, key: str, title: str, body: str, *, can_reply: bool, picture: QImage | None = None
    ) -> None:
        pass

    def withdraw(self, key: str) -> None:
        pass
