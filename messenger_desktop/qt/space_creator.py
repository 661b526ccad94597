"""Creating a space from the space bar (``session.spaceBrowser.creator``).

The new space shows in the bar once sync brings it; until then the dialog shows the request under
way, and a refusal as one sentence in the dialog.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QObject, Signal, Slot

from ..session.session import Session
from .formatting import tr
from .tasks import TaskGroup

log = logging.getLogger(__name__)


class SpaceCreator(QObject):
    changed = Signal()
    created = Signal(str)
    """The server made the space (its id)."""

    def __init__(
        self, session: Session, describe: Callable[[BaseException], str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._describe = describe
        self._busy = False
        self._error = ""
        self._tasks = TaskGroup()

    def _get_busy(self) -> bool:
        return self._busy

    busy = QtProperty(bool, _get_busy, notify=changed)

    def _get_error(self) -> str:
        return self._error

    error = QtProperty(str, _get_error, notify=changed)

    @Slot()
    def reset(self) -> None:
        if not self._busy and self._error:
            self._error = ""
            self.changed.emit()

    @Slot(str, str, bool, bool)
    def create(self, name: str, topic: str, public: bool, announcements: bool = False) -> None:
        if self._busy or not name.strip():
            return
        self._busy, self._error = True, ""
        self.changed.emit()

        async def create() -> None:
            try:
                channel = tr("Announcements") if announcements else ""
                space = await self._session.create_space(name, topic, public=public, announcements=channel)
            except Exception as exc:
                log.info("creating a space failed: %s", exc)
                self._busy = False
                self._error = tr("Could not create the space: %1").replace("%1", self._describe(exc))
                self.changed.emit()
                return
            self._busy = False
            self.changed.emit()
            self.created.emit(space)

        self._tasks.spawn(create(), name="space-create")

    async def wait_idle(self) -> None:
        await self._tasks.wait()

    async def close(self) -> None:
        await self._tasks.cancel_all()


__all__ = ["SpaceCreator"]
