"""Making, changing, ordering and deleting the user's folders (the tabs over the conversation list).

Every change is shown at once (the list model takes the new folders) and then written to the
account data, which reaches the user's other devices. Writes are serialised and coalesced: while one
is on its way, further changes only replace what is written next, so a quick run of edits cannot
reach the server out of order and leave an older list there.

Each write comes back later through sync. The echo of an earlier write can arrive after the user
has changed the folders again; applying it would flash the older folders back, so echoes of
superseded writes are ignored. Anything else from sync is another device's change and is shown.
"""

from __future__ import annotations

import asyncio
import dataclasses
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Slot

from ..session.session import Session
from ..store.folders import INCLUDES, MAX_NAME, Folder
from .rooms_model import RoomsModel
from .tasks import TaskGroup


def clean_name(name: str) -> str:
    """One line, single spaces, at most the length the account data keeps."""
    return " ".join(name.split())[:MAX_NAME]


class FolderEditor(QObject):
    def __init__(
        self,
        session: Session,
        rooms: RoomsModel,
        on_error: Callable[[BaseException], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._rooms = rooms
        self._tasks = TaskGroup(on_error=on_error)
        self._next: tuple[Folder, ...] | None = None
        self._unechoed: list[tuple[Folder, ...]] = []
        """What this device wrote and sync has not brought back yet, oldest first."""
        self._writing: asyncio.Task[Any] | None = None

    async def cancel(self) -> None:
        await self._tasks.cancel_all()

    async def wait_idle(self) -> None:
        while self._writing is not None and not self._writing.done():
            await asyncio.wait({self._writing})

    # -- reading, for the folder dialog --------------------------------------------------------------

    @Slot(str, result="QVariantMap")
    def folder(self, folder_id: str) -> dict[str, Any]:
        """A custom folder as the dialog edits it; empty for an unknown id (a new folder)."""
        found = self._find(folder_id)
        if found is None:
            return {}
        return {
            "id": found.id,
            "name": found.name,
            "rooms": list(found.rooms),
            "include": list(found.include),
            "excludeMuted": found.exclude_muted,
        }

    @Slot(str, result="QVariantList")
    def foldersOf(self, room_id: str) -> list[dict[str, Any]]:
        """Every custom folder with whether the conversation was put in it by hand, for the
        conversation menu's "Add to folder"."""
        return [{"id": f.id, "name": f.name, "member": room_id in f.rooms} for f in self._rooms.folders()]

    # -- changing ------------------------------------------------------------------------------------

    @Slot(str, str, list, list, bool, result=str)
    def save(
        self, folder_id: str, name: str, rooms: list[str], include: list[str], exclude_muted: bool
    ) -> str:
        """Create (``folder_id`` "") or change a folder; returns its id ("" if the name is empty).
        A new folder's tab opens."""
        name = clean_name(name)
        if not name:
            return ""
        edited = Folder(
            id=folder_id,
            name=name,
            rooms=tuple(dict.fromkeys(str(r) for r in rooms)),
            include=tuple(i for i in INCLUDES if i in include),
            exclude_muted=bool(exclude_muted),
        )
        folders = self._rooms.folders()
        if self._find(folder_id) is None:
            edited = dataclasses.replace(edited, id=f"f{uuid.uuid4().hex[:12]}")
            self._write([*folders, edited])
            self._rooms.setProperty("folder", edited.id)
        else:
            self._write([edited if f.id == folder_id else f for f in folders])
        return edited.id

    @Slot(str, list, result=str)
    def create(self, name: str, rooms: list[str]) -> str:
        """A new folder of these conversations."""
        return self.save("", name, rooms, [], False)

    @Slot(str)
    def remove(self, folder_id: str) -> None:
        self._write([f for f in self._rooms.folders() if f.id != folder_id])

    @Slot(str, int)
    def move(self, folder_id: str, step: int) -> None:
        """Move a folder's tab ``step`` places (negative: to the left), within the custom ones."""
        folders = self._rooms.folders()
        at = next((i for i, f in enumerate(folders) if f.id == folder_id), None)
        if at is None:
            return
        to = max(0, min(len(folders) - 1, at + step))
        if to != at:
            folders.insert(to, folders.pop(at))
            self._write(folders)

    @Slot(str, str, bool)
    def setMember(self, room_id: str, folder_id: str, member: bool) -> None:
        """Put a conversation in a folder by hand, or take it out."""
        changed = []
        for f in self._rooms.folders():
            if f.id == folder_id and (room_id in f.rooms) != member:
                kept = tuple(r for r in f.rooms if r != room_id)
                f = dataclasses.replace(f, rooms=(*kept, room_id) if member else kept)
            changed.append(f)
        self._write(changed)

    def synced(self, folders: tuple[Folder, ...]) -> None:
        """The folders as sync brings them (an echo of a write of ours, or another device's)."""
        if folders in self._unechoed:
            at = self._unechoed.index(folders)
            del self._unechoed[: at + 1]
            if self._unechoed:
                return  # a later write of ours is still to come back: this one is stale
        else:
            self._unechoed.clear()
        self._rooms.set_folders(folders)

    # -- writing -------------------------------------------------------------------------------------

    def _find(self, folder_id: str) -> Folder | None:
        return next((f for f in self._rooms.folders() if f.id == folder_id), None)

    def _write(self, folders: list[Folder]) -> None:
        if tuple(folders) == tuple(self._rooms.folders()):
            return
        self._rooms.set_folders(folders)
        self._next = tuple(folders)
        self._unechoed = [*self._unechoed[-31:], self._next]
        if self._writing is None or self._writing.done():
            self._writing = self._tasks.spawn(self._flush(), name="folders")

    async def _flush(self) -> None:
        while self._next is not None:
            folders, self._next = self._next, None
            await self._session.set_folders(folders)
