"""What the conversation list can be narrowed to: folder tabs above it and the space bar beside it.

Both are small lists rebuilt from the :class:`RoomsModel` whenever its unread totals, folders or
spaces change — a handful of rows, so a reset costs nothing and keeps them exactly in step.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot

from .formatting import avatar_color, initials, tr
from .media_images import avatar_url
from .rooms_model import BUILT_IN_FOLDERS, RoomsModel
from .row_model import ReplacedRowListModel, ValuesRow, role_table

TAB_ROLE_NAMES = ("key", "name", "unread", "custom")
TAB_ROLES = role_table(TAB_ROLE_NAMES)
SPACE_ROLE_NAMES = ("roomId", "name", "initials", "avatarColor", "unread", "avatarSource")
SPACE_ROLES = role_table(SPACE_ROLE_NAMES)


def _built_in_name(key: str) -> str:
    return {"all": tr("All"), "unread": tr("Unread"), "people": tr("People"), "groups": tr("Groups")}[key]


class FolderTabsModel(ReplacedRowListModel):
    """All, Unread, People, Groups, then the user's folders; each with its unread conversations."""

    ROLE_NAMES = TAB_ROLE_NAMES

    def __init__(self, rooms: RoomsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rooms_model = rooms
        rooms.unreadChanged.connect(self._rebuild)
        rooms.foldersChanged.connect(self._rebuild)
        rooms.countChanged.connect(self._rebuild)
        self._rebuild()

    @Slot()
    def _rebuild(self) -> None:
        rooms = self._rooms_model
        rows = [
            ValuesRow((key, _built_in_name(key), rooms.unread_in(key), False)) for key in BUILT_IN_FOLDERS
        ]
        rows += [ValuesRow((f.id, f.name, rooms.unread_in(f.id), True)) for f in rooms.folders()]
        self.replace_rows(rows)

    @Slot(str, result=int)
    def indexOf(self, key: str) -> int:
        return next((i for i, row in enumerate(self._rows) if row.values[0] == key), -1)


class SpacesModel(ReplacedRowListModel):
    """The joined spaces, for the space bar."""

    ROLE_NAMES = SPACE_ROLE_NAMES

    def __init__(self, rooms: RoomsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rooms_model = rooms
        rooms.spacesChanged.connect(self._rebuild)
        rooms.unreadChanged.connect(self._rebuild)
        rooms.countChanged.connect(self._rebuild)
        self._rebuild()

    @Slot()
    def _rebuild(self) -> None:
        rooms = self._rooms_model
        rows: list[ValuesRow] = []
        for space in rooms.spaces():
            name = space.name or space.room_id
            unread = rooms.unread_in_space(space.room_id)
            color = avatar_color(space.room_id)
            picture = avatar_url(space.avatar_url)
            rows.append(ValuesRow((space.room_id, name, initials(name), color, unread, picture)))
        self.replace_rows(rows)
