"""What the window says about the cache on disk (issue 8): a persistent strip while it cannot be
written or is damaged, and one sentence at start when a bad cache was set aside and rebuilt.

The strip stays until the fault is over (the store tries a small write now and then and clears it
itself), because a full disk is not something the user can dismiss away: until it ends, new
messages are refused rather than pretending to be sent.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..store.database import Database
from ..store.recovery import CORRUPT, FULL, READ_ONLY, Recovery


def _tr(text: str) -> str:
    return QCoreApplication.translate("StorageStatus", text)


def _trn(text: str, count: int) -> str:
    return QCoreApplication.translate("StorageStatus", text, None, count)


class StorageStatus(QObject):
    changed = Signal()

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fault = db.fault
        self._recovery = db.recovery
        self._unsubscribe: Callable[[], None] | None = db.subscribe_faults(self._fault_changed)

    def _fault_changed(self, fault: str | None) -> None:
        if fault != self._fault:
            self._fault = fault
            self.changed.emit()

    def _get_problem(self) -> bool:
        return self._fault is not None

    problem = QtProperty(bool, _get_problem, notify=changed)

    def _get_text(self) -> str:
        return fault_sentence(self._fault)

    text = QtProperty(str, _get_text, notify=changed)
    """One sentence for the strip ("" when the cache is fine)."""

    def recovery_notice(self) -> str:
        """The sentence for the start of the session, or "" when the cache opened as it was."""
        return recovery_sentence(self._recovery) if self._recovery is not None else ""

    def close(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None


def fault_sentence(fault: str | None) -> str:
    if fault is None:
        return ""
    if fault == FULL:
        return _tr("Messenger cannot save to disk: the disk is full. New messages wait until there is space.")
    if fault == READ_ONLY:
        return _tr("Messenger cannot save to disk: it is read-only. New messages wait until it can.")
    if fault == CORRUPT:
        return _tr("The saved conversations are damaged; restart Messenger to download them again.")
    return _tr("Messenger cannot save to disk. New messages wait until it can.")


def recovery_sentence(recovery: Recovery) -> str:
    """What happened, then what became of the unsent messages (a second sentence, only when
    there is something to say about them)."""
    if recovery.reason == "newer":
        what = _tr(
            "This cache was written by a newer version of Messenger: it was set aside, and your "
            "conversations are being downloaded again."
        )
    else:
        what = _tr("The saved conversations were damaged, so they are being downloaded again.")
    if recovery.lost:
        unsent = _trn("%n unsent message(s) could not be recovered.", recovery.lost)
    elif recovery.lost is None and recovery.salvaged:
        unsent = _trn("%n unsent message(s) were kept; others may have been lost.", recovery.salvaged)
    elif recovery.lost is None:
        unsent = _tr("Messages waiting to be sent, if there were any, could not be recovered.")
    elif recovery.salvaged:
        unsent = _trn("%n unsent message(s) were kept and will be sent.", recovery.salvaged)
    else:
        return what
    return f"{what} {unsent}"
