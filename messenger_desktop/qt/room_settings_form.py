"""The open conversation's settings dialog, as QML sees it: the settings as the server last said,
whether the user's role may change each group of them (and why not), and one slot per change.

Nothing is shown changed before the server's echo: a change is a request, and the form re-reads
the cache when sync brings the new state. Slots return at once; requests run as tasks.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import Any, Protocol

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QObject, Signal, Slot

from ..api.ids import RoomId
from ..power import may_act, may_use
from ..power.rights import PROFILE, SETTINGS
from ..session.changes import ChangeSet
from ..session.room_settings import RoomSettings
from ..store.members import power_levels
from .room_admin import refusal_text
from .tasks import CountedRequests, TaskGroup

log = logging.getLogger(__name__)

_WATCHED = frozenset(
    {
        "m.room.name",
        "m.room.topic",
        "m.room.avatar",
        "m.room.join_rules",
        "m.room.history_visibility",
        "m.room.guest_access",
        "m.room.canonical_alias",
        "m.room.power_levels",
        "m.space.parent",
    }
)


class SettingsSession(Protocol):
    @property
    def db(self) -> Any: ...
    @property
    def user_id(self) -> str: ...
    async def read_room_settings(self, room_id: RoomId) -> RoomSettings: ...
    async def set_room_name(self, room_id: RoomId, name: str) -> object: ...
    async def set_topic(self, room_id: RoomId, topic: str) -> object: ...
    async def set_join_rule(self, room_id: RoomId, rule: str, spaces: tuple[RoomId, ...] = ()) -> object: ...
    async def set_history(self, room_id: RoomId, history: str) -> object: ...
    async def set_guests(self, room_id: RoomId, allowed: bool) -> object: ...
    async def add_alias(self, room_id: RoomId, alias: str) -> object: ...
    async def published(self, room_id: RoomId) -> bool: ...
    async def set_published(self, room_id: RoomId, public: bool) -> None: ...
    async def space_parent(self, room_id: RoomId) -> str: ...
    async def set_space_parent(self, room_id: RoomId, space_id: RoomId | None) -> None: ...


class RoomSettingsForm(QObject):
    changed = Signal()
    busyChanged = Signal()
    failed = Signal(str)
    """A change was refused or could not be sent: one sentence, shown in the dialog."""

    def __init__(
        self,
        session: SettingsSession,
        describe: Callable[[BaseException], str],
        parent: QObject | None = None,
        joined_spaces: Callable[[], list[tuple[str, str]]] = list,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._joined_spaces = joined_spaces
        """``(id, name)`` of the spaces the user is in, by name: where the room may go."""
        self._room: RoomId | None = None
        self._settings = RoomSettings()
        self._published = False
        self._profile_reason = self._settings_reason = self._space_reason = ""
        self._space = ""
        self._loaded = False
        self._generation = 0
        self._tasks = TaskGroup()
        self._requests = CountedRequests(self._tasks, self.busyChanged.emit, self.failed.emit, describe)

    # -- life cycle (Python) ---------------------------------------------------------------------

    def setRoom(self, room_id: str | None) -> None:
        room = RoomId(room_id) if room_id else None
        if room != self._room:
            self._room = room
            self._generation += 1
            self._settings, self._published, self._loaded = RoomSettings(), False, False
            self._space = ""
            self.changed.emit()

    def apply_changes(self, changes: ChangeSet) -> None:
        room = self._room
        if room is None or not self._loaded:
            return
        rows = changes.appended.get(room, ())
        if any(r.type in _WATCHED and (r.state_key == "" or r.type == "m.space.parent") for r in rows):
            self._spawn(self._load(room, self._generation, directory=False), "settings-reload")

    async def wait_idle(self) -> None:
        await self._tasks.wait()

    async def aclose(self) -> None:
        self._generation += 1
        await self._tasks.cancel_all()

    def _spawn(self, work: Coroutine[Any, Any, None], name: str) -> None:
        self._tasks.spawn(work, name)

    async def _load(self, room: RoomId, generation: int, *, directory: bool) -> None:
        settings = await self._session.read_room_settings(room)
        space = await self._session.space_parent(room)
        levels = await self._session.db.run(power_levels, room)
        published = self._published
        if directory:
            try:
                published = await self._session.published(room)
            except Exception as exc:  # the directory is optional: the rest of the form still works
                log.info("directory visibility of %s not available: %s", room, exc)
        if generation != self._generation:
            return
        own = self._session.user_id
        self._profile_reason = refusal_text(may_use(levels, own, PROFILE))
        self._settings_reason = refusal_text(may_use(levels, own, SETTINGS))
        self._space_reason = refusal_text(may_act(levels, own, "state:m.space.parent"))
        self._settings, self._published, self._loaded = settings, published, True
        self._space = space
        self.changed.emit()

    # -- what the dialog shows (QML) -------------------------------------------------------------

    @Slot()
    def load(self) -> None:
        """The dialog opened: read the settings (and the directory's listing) afresh."""
        if self._room is not None:
            self._spawn(self._load(self._room, self._generation, directory=True), "settings-load")

    def _get_loaded(self) -> bool:
        return self._loaded

    loaded = QtProperty(bool, _get_loaded, notify=changed)

    def _get_name(self) -> str:
        return self._settings.name

    name = QtProperty(str, _get_name, notify=changed)

    def _get_topic(self) -> str:
        return self._settings.topic

    topic = QtProperty(str, _get_topic, notify=changed)

    def _get_join_rule(self) -> str:
        return self._settings.join_rule

    joinRule = QtProperty(str, _get_join_rule, notify=changed)

    def _get_history(self) -> str:
        return self._settings.history

    history = QtProperty(str, _get_history, notify=changed)

    def _get_guests(self) -> bool:
        return self._settings.guests

    guests = QtProperty(bool, _get_guests, notify=changed)

    def _get_alias(self) -> str:
        return self._settings.alias

    alias = QtProperty(str, _get_alias, notify=changed)

    def _get_published(self) -> bool:
        return self._published

    published = QtProperty(bool, _get_published, notify=changed)

    def _get_profile_reason(self) -> str:
        return self._profile_reason

    profileReason = QtProperty(str, _get_profile_reason, notify=changed)
    """Why the name, topic and picture cannot be changed ("" when they can)."""

    def _get_settings_reason(self) -> str:
        return self._settings_reason

    settingsReason = QtProperty(str, _get_settings_reason, notify=changed)
    """Why who may join, history, guests and addresses cannot be changed ("" when they can)."""

    def _get_space(self) -> str:
        return self._space

    spaceParent = QtProperty(str, _get_space, notify=changed)
    """The space the conversation names as its own ("" for none)."""

    def _get_space_reason(self) -> str:
        return self._space_reason

    def _get_spaces(self) -> list[dict[str, Any]]:
        return [
            {"roomId": room_id, "name": name, "current": room_id == self._space}
            for room_id, name in self._joined_spaces()
            if room_id != self._room
        ]

    spaces = QtProperty(list, _get_spaces, notify=changed)
    """The spaces the conversation could belong to (those the user is in), the current one marked."""

    def _get_space_name(self) -> str:
        if not self._space:
            return ""
        return next((name for room_id, name in self._joined_spaces() if room_id == self._space), self._space)

    spaceParentName = QtProperty(str, _get_space_name, notify=changed)
    """The name of the conversation's space (its id when the user is not in it)."""

    spaceReason = QtProperty(str, _get_space_reason, notify=changed)
    """Why the conversation's space cannot be changed ("" when it can)."""

    def _get_busy(self) -> bool:
        return self._requests.busy

    busy = QtProperty(bool, _get_busy, notify=busyChanged)

    # -- changes (QML) ---------------------------------------------------------------------------

    @Slot(str, str)
    def saveProfile(self, name: str, topic: str) -> None:
        """Send what changed of the name and the topic."""
        room = self._room
        if room is None:
            return
        if " ".join(name.split()) != self._settings.name:
            self._requests.send(self._session.set_room_name(room, name), "set-name")
        if topic.strip() != self._settings.topic:
            self._requests.send(self._session.set_topic(room, topic), "set-topic")

    @Slot(str)
    def setJoinRule(self, rule: str) -> None:
        if self._room is not None and rule != self._settings.join_rule:
            self._requests.send(
                self._session.set_join_rule(self._room, rule, self._settings.spaces), "join-rule"
            )

    @Slot(str)
    def setHistory(self, history: str) -> None:
        if self._room is not None and history != self._settings.history:
            self._requests.send(self._session.set_history(self._room, history), "history")

    @Slot(bool)
    def setGuests(self, allowed: bool) -> None:
        if self._room is not None and allowed != self._settings.guests:
            self._requests.send(self._session.set_guests(self._room, allowed), "guests")

    @Slot(str)
    def addAlias(self, alias: str) -> None:
        if self._room is not None and alias.strip():
            self._requests.send(self._session.add_alias(self._room, alias), "alias")

    @Slot(str)
    def setSpaceParent(self, space_id: str) -> None:
        """Make ``space_id`` the conversation's space ("" for none); the space lists it too when
        the user's role there allows."""
        if self._room is not None and space_id != self._space:
            target = RoomId(space_id) if space_id else None
            self._requests.send(self._session.set_space_parent(self._room, target), "space-parent")

    @Slot(bool)
    def setPublished(self, public: bool) -> None:
        room = self._room
        if room is None or public == self._published:
            return

        async def publishing() -> None:
            try:
                await self._session.set_published(room, public)
            finally:  # no sync event says where it stands: read it back
                await self._load(room, self._generation, directory=True)

        self._requests.send(publishing(), "publish")
