"""The preview an invite link opens (``session.linkPreview``): what the room is, and the way in.

A link to a room the user is in just opens it. Any other room link asks the server for the room's
summary and shows it — name, picture, topic, members — with the one action its join rule allows:
Join, Ask to join (a knock, with an optional message to the admins), or the reason there is none
(invite only, banned). Joining shows as under way until sync brings the room: only then is it in
the conversation list, and only then does the conversation open. A link never joins by itself.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QObject, Signal, Slot

from ..api.ids import RoomId
from ..richtext import parse_matrix_link
from ..session.changes import ChangeSet
from ..session.room_preview import RoomPreview, way_in
from ..session.session import Session
from ..session.spaces import SpaceRoom
from .formatting import avatar_color, initials, members_text
from .media_images import avatar_url
from .tasks import TaskGroup

log = logging.getLogger(__name__)

EMPTY = RoomPreview(
    SpaceRoom(
        RoomId(""), name="", topic="", canonical_alias="", num_joined_members=0, room_type="", joined=False
    ),
    join_rule="",
    membership="",
)


class LinkPreview(QObject):
    """One link at a time: ``show`` loads it, ``join`` / ``askToJoin`` act on it."""

    changed = Signal()
    openRoomRequested = Signal(str)
    """The room is in the list (joined now, or already): open it."""

    def __init__(
        self,
        session: Session,
        describe: Callable[[BaseException], str],
        listed: Callable[[str], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._describe = describe
        self._listed = listed
        self._target = ""
        self._via: tuple[str, ...] = ()
        self._preview = EMPTY
        self._state = ""
        self._error = ""
        self._action_error = ""
        self._pending = ""  # "", "joining" or "knocking"
        self._generation = 0
        self._tasks = TaskGroup()

    # -- properties ------------------------------------------------------------------------------

    def _get_active(self) -> bool:
        return bool(self._state)

    active = QtProperty(bool, _get_active, notify=changed)
    """A link is being shown (the dialog is open)."""

    def _get_state(self) -> str:
        return self._state

    state = QtProperty(str, _get_state, notify=changed)
    """"loading", "ready" or "error" ("" when no link is shown)."""

    def _get_error(self) -> str:
        return self._error

    error = QtProperty(str, _get_error, notify=changed)

    def _get_target(self) -> str:
        return self._target

    target = QtProperty(str, _get_target, notify=changed)
    """The address or room id the link names (shown while loading, and when it fails)."""

    def _get_room_id(self) -> str:
        return self._preview.room.room_id

    roomId = QtProperty(str, _get_room_id, notify=changed)

    def _get_name(self) -> str:
        room = self._preview.room
        return room.name or room.canonical_alias or room.room_id or self._target

    name = QtProperty(str, _get_name, notify=changed)

    def _get_alias(self) -> str:
        return self._preview.room.canonical_alias

    alias = QtProperty(str, _get_alias, notify=changed)

    def _get_topic(self) -> str:
        return self._preview.room.topic

    topic = QtProperty(str, _get_topic, notify=changed)

    def _get_members(self) -> str:
        return members_text(self._preview.room.num_joined_members) if self._state == "ready" else ""

    membersText = QtProperty(str, _get_members, notify=changed)

    def _get_initials(self) -> str:
        return initials(self._get_name())

    initials = QtProperty(str, _get_initials, notify=changed)

    def _get_avatar_color(self) -> str:
        return avatar_color(self._preview.room.room_id or self._target)

    avatarColor = QtProperty(str, _get_avatar_color, notify=changed)

    def _get_avatar_source(self) -> str:
        return avatar_url(self._preview.room.avatar_url)

    avatarSource = QtProperty(str, _get_avatar_source, notify=changed)

    def _get_is_space(self) -> bool:
        return self._preview.room.room_type == "m.space"

    isSpace = QtProperty(bool, _get_is_space, notify=changed)

    def _get_way_in(self) -> str:
        if self._state != "ready":
            return ""
        return self._pending or way_in(self._preview)

    wayIn = QtProperty(str, _get_way_in, notify=changed)
    """What the dialog offers: "open", "join", "knock", "invited", "requested", "banned",
    "closed" — or "joining" / "knocking" while that request runs."""

    def _get_action_error(self) -> str:
        return self._action_error

    actionError = QtProperty(str, _get_action_error, notify=changed)
    """Why the last Join / Ask to join failed, in one sentence."""

    # -- actions ---------------------------------------------------------------------------------

    def show(self, target: str, via: tuple[str, ...] = ()) -> None:
        """Preview the room ``target`` (an id or an address) names; a room in the list opens."""
        if self._listed(target):
            self.openRoomRequested.emit(target)
            return
        self._generation += 1
        self._target, self._via = target, via
        self._preview = EMPTY
        self._pending = self._action_error = self._error = ""
        self._state = "loading"
        self.changed.emit()
        self._tasks.spawn(self._load(self._generation, target, via), name="room-preview")

    @Slot(str, result=bool)
    def openLink(self, text: str) -> bool:
        """A link, ``matrix:`` URI or address typed or pasted by the user: preview the room it
        names. False when it names no room."""
        text = text.strip()
        target = parse_matrix_link(text)
        if target is None and text[:1] in ("#", "!"):
            target = parse_matrix_link("https://matrix.to/#/" + text)
        if target is None or target.kind not in ("room", "alias", "event"):
            return False
        self.show(target.id, target.via)
        return True

    @Slot()
    def retry(self) -> None:
        if self._target:
            self.show(self._target, self._via)

    @Slot()
    def join(self) -> None:
        if self._get_way_in() not in ("join", "invited"):
            return
        self._act("joining", self._session.join(self._preview.room.room_id, self._preview.via))

    @Slot(str)
    def askToJoin(self, reason: str) -> None:
        if self._get_way_in() != "knock":
            return
        self._act(
            "knocking", self._session.knock(self._preview.room.room_id, reason.strip(), self._preview.via)
        )

    @Slot()
    def openRoom(self) -> None:
        """The user is in the room already (the server says so): open it once it is listed."""
        room_id = self._preview.room.room_id
        if room_id and self._listed(room_id):
            self.openRoomRequested.emit(room_id)
            self.close()

    @Slot()
    def close(self) -> None:
        self._generation += 1
        self._state = ""
        self._pending = ""
        self.changed.emit()

    def apply_changes(self, changes: ChangeSet) -> None:
        """Sync brought the joined room (or the answer to a request): open it."""
        room_id = self._preview.room.room_id
        if not room_id or self._state != "ready":
            return
        for summary in changes.rooms:
            if summary.room_id != room_id:
                continue
            if summary.membership == "join" and self._pending == "joining":
                self.openRoomRequested.emit(room_id)
                self.close()
            elif summary.membership == "invite":  # a request to join was approved
                self._set_membership("invite")

    async def wait_idle(self) -> None:
        await self._tasks.wait()

    async def close_tasks(self) -> None:
        await self._tasks.cancel_all()

    # -- inside ----------------------------------------------------------------------------------

    async def _load(self, generation: int, target: str, via: tuple[str, ...]) -> None:
        try:
            preview = await self._session.preview_room(target, via)
        except Exception as exc:
            log.info("no preview of %s: %s", target, exc)
            if generation == self._generation:
                self._state, self._error = "error", self._describe(exc)
                self.changed.emit()
            return
        if generation != self._generation:
            return
        if preview.membership == "join" and self._listed(preview.room.room_id):
            self.openRoomRequested.emit(preview.room.room_id)
            self.close()
            return
        self._preview, self._state = preview, "ready"
        self.changed.emit()

    def _set_membership(self, membership: str) -> None:
        self._preview = dataclasses.replace(self._preview, membership=membership)
        self._pending = ""
        self.changed.emit()

    def _act(self, pending: str, work: Coroutine[Any, Any, Any]) -> None:
        generation = self._generation
        self._pending, self._action_error = pending, ""
        self.changed.emit()

        async def acting() -> None:
            try:
                await work
            except Exception as exc:
                log.info("%s failed: %s", pending, exc)
                if generation == self._generation:
                    self._pending, self._action_error = "", self._describe(exc)
                    self.changed.emit()
                return
            if generation == self._generation and pending == "knocking":
                self._set_membership("knock")

        self._tasks.spawn(acting(), name=pending)


__all__ = ["LinkPreview"]
