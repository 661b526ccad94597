"""The privacy settings a session follows live: read receipts and typing notices.

"Send read receipts" off keeps the receipt private (``m.read.private``): the user's other devices
still see how far they read and clear the unread counts, nobody else does. "Send typing notices"
off sends no typing requests at all (and tells the server the user stopped, if they were typing).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..session.session import Session
from .settings import Settings

READ_RECEIPTS = "sendReadReceipts"
TYPING_NOTICES = "sendTypingNotices"


def receipt_type(send_read_receipts: bool) -> str:
    return "m.read" if send_read_receipts else "m.read.private"


def follow_privacy_settings(session: Session, settings: Settings) -> Callable[[], None]:
    """Apply both settings to ``session`` now and on every change; returns what stops following
    (call it before the session closes)."""

    def receipts(value: Any) -> None:
        session.read_receipt_type = receipt_type(bool(value))

    def typing(value: Any) -> None:
        session.typing_notifier.enabled = bool(value)

    receipts(settings.value(READ_RECEIPTS))
    typing(settings.value(TYPING_NOTICES))
    stops = (settings.subscribe(READ_RECEIPTS, receipts), settings.subscribe(TYPING_NOTICES, typing))

    def stop() -> None:
        for each in stops:
            each()

    return stop
