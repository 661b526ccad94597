"""The open conversation's administration, as QML sees it: what the user's role allows (and why
not), roles, the levels each right needs, removing, banning and unbanning people, and cleaning up
after a spammer.

The answers come from :mod:`messenger_desktop.power` over the cached power levels, re-read when
sync brings new power levels or memberships; every change is a request whose effect shows when the
server's echo arrives. Slots return at once; requests run as tasks.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QObject, Signal, Slot

from ..api.ids import EventId, RoomId, UserId
from ..power import (
    RIGHTS,
    SIGNATURES_EVENT,
    PowerLevels,
    Refusal,
    can,
    is_channel,
    may_act,
    may_ban,
    may_change_right,
    may_change_user,
    may_kick,
    may_unban,
    may_use,
    right_level,
    role_of,
    signs_posts,
    user_level,
)
from ..power.levels import CREATOR_LEVEL
from ..power.rights import BY_KEY, ROLES
from ..power.roles import PRESETS
from ..session.changes import ChangeSet
from ..session.moderation import Banned, Knock
from ..session.room_state import state_content
from ..store.members import power_levels
from .formatting import tr, trn
from .tasks import CountedRequests, TaskGroup

log = logging.getLogger(__name__)


class AdminSession(Protocol):
    @property
    def db(self) -> Any: ...
    async def set_user_level(self, room_id: RoomId, user_id: UserId, level: int) -> object: ...
    async def set_right_level(self, room_id: RoomId, right: str, level: int) -> object: ...
    async def moderate(self, room_id: RoomId, action: str, user_id: UserId, reason: str = "") -> None: ...
    async def recent_messages(self, room_id: RoomId, sender: UserId) -> list[EventId]: ...
    async def banned(self, room_id: RoomId) -> list[Banned]: ...
    async def knocking(self, room_id: RoomId) -> list[Knock]: ...
    async def set_signs_posts(self, room_id: RoomId, sign: bool) -> object: ...
    async def invite(self, room_id: RoomId, user_id: UserId, reason: str | None = None) -> None: ...
    def redact(self, room_id: RoomId, event_id: EventId, reason: str | None = None) -> object: ...


@dataclass(frozen=True, slots=True)
class RoomRights:
    levels: PowerLevels
    joined: int
    signed: bool
    """A channel whose posts show their author (:data:`SIGNATURES_EVENT`)."""


def read_rights(conn: sqlite3.Connection, room_id: RoomId) -> RoomRights:
    (joined,) = conn.execute(
        "SELECT count(*) FROM members WHERE room_id = ? AND membership = 'join'", (room_id,)
    ).fetchone()
    signed = signs_posts(state_content(conn, room_id, SIGNATURES_EVENT))
    return RoomRights(power_levels(conn, room_id), int(joined), signed)


def refusal_text(refusal: Refusal | None) -> str:
    """Why a control is greyed out, in one sentence ("" when it is not)."""
    if refusal is None:
        return ""
    return {
        Refusal.NO_RIGHT: tr("Your role in this conversation does not allow this."),
        Refusal.OUTRANKED: tr("Their role is the same as yours or higher."),
        Refusal.ABOVE_OWN: tr("Nobody can give a role above their own."),
        Refusal.OWNER: tr("The owner of this conversation outranks everyone, for good."),
    }[refusal]


def right_refusal_text(refusal: Refusal | None) -> str:
    if refusal is Refusal.OUTRANKED:
        return tr("This needs a role above yours; only someone with it can change it.")
    return refusal_text(refusal)


def role_name(level: int, users_default: int = 0) -> str:
    role = role_of(level, users_default)
    return {
        "owner": tr("Owner"),
        "admin": tr("Admin"),
        "moderator": tr("Moderator"),
        "member": tr("Member"),
    }.get(role.key) or tr("Custom (%1)").replace("%1", str(level))


class RoomAdmin(QObject):
    changed = Signal()
    """The room, the power levels or the member count changed: re-read every answer."""
    bannedChanged = Signal()
    """The ban list or the requests to join (knocks) changed."""
    recentCounted = Signal(str, int)
    """``(user id, how many of their messages this device holds)``, for the confirmation."""
    busyChanged = Signal()
    noticeRequested = Signal(str)
    """A request finished (what was done) or failed (why): one sentence."""

    def __init__(
        self,
        session: AdminSession,
        own_user: str,
        describe: Callable[[BaseException], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._own = UserId(own_user)
        self._room: RoomId | None = None
        self._levels = PowerLevels({})
        self._joined = 0
        self._signed = False
        self._banned: list[Banned] = []
        self._knocks: list[Knock] = []
        self._loaded = False
        self._generation = 0
        self._tasks = TaskGroup()
        self._requests = CountedRequests(
            self._tasks, self.busyChanged.emit, self.noticeRequested.emit, describe
        )

    # -- life cycle (Python) ---------------------------------------------------------------------

    def setRoom(self, room_id: str | None) -> None:
        room = RoomId(room_id) if room_id else None
        if room == self._room:
            return
        self._room = room
        self._generation += 1
        self._levels, self._joined, self._banned, self._loaded = PowerLevels({}), 0, [], False
        self._signed = False
        self._knocks = []
        self.changed.emit()
        self.bannedChanged.emit()
        if room is not None:
            self._reload()

    def apply_changes(self, changes: ChangeSet) -> None:
        room = self._room
        if room is None:
            return
        rows = changes.appended.get(room, ())
        watched = ("m.room.power_levels", "m.room.member", SIGNATURES_EVENT)
        if any(r.state_key is not None and r.type in watched for r in rows):
            self._reload()

    async def wait_idle(self) -> None:
        await self._tasks.wait()

    async def aclose(self) -> None:
        self._generation += 1
        await self._tasks.cancel_all()

    def _reload(self) -> None:
        room, generation = self._room, self._generation
        if room is not None:
            self._tasks.spawn(self._load(room, generation), "admin-load")

    async def _load(self, room: RoomId, generation: int) -> None:
        rights: RoomRights = await self._session.db.run(read_rights, room)
        banned = await self._session.banned(room)
        knocks = await self._session.knocking(room)
        if generation != self._generation:
            return
        self._levels, self._joined, self._banned = rights.levels, rights.joined, banned
        self._signed = rights.signed
        self._knocks = knocks
        self._loaded = True
        self.changed.emit()
        self.bannedChanged.emit()

    # -- what the user may do (QML) --------------------------------------------------------------

    def _may(self, action: str) -> bool:
        return self._room is not None and can(self._levels, self._own, action)

    def _get_room(self) -> str:
        return self._room or ""

    roomId = QtProperty(str, _get_room, notify=changed)

    def _get_loaded(self) -> bool:
        return self._loaded

    loaded = QtProperty(bool, _get_loaded, notify=changed)
    """The room's levels have been read (until then everything answers as for a plain member who
    may post, so the composer does not flicker away and back)."""

    def _get_own_level(self) -> float:
        # a float: a v12 room's creator is above 2**53, and a hostile room may set any level
        return float(user_level(self._levels, self._own))

    ownLevel = QtProperty(float, _get_own_level, notify=changed)

    def _get_is_channel(self) -> bool:
        return self._room is not None and is_channel(self._levels)

    isChannel = QtProperty(bool, _get_is_channel, notify=changed)

    def _get_signs_posts(self) -> bool:
        return self._get_is_channel() and self._signed

    signsPosts = QtProperty(bool, _get_signs_posts, notify=changed)
    """A channel whose posts show who wrote them (otherwise they show as the channel's)."""

    def _get_signatures_reason(self) -> str:
        if self._room is None:
            return refusal_text(Refusal.NO_RIGHT)
        return refusal_text(may_act(self._levels, self._own, f"state:{SIGNATURES_EVENT}"))

    signaturesReason = QtProperty(str, _get_signatures_reason, notify=changed)
    """Why the user may not turn signed posts on or off ("" when they may)."""

    def _get_can_post(self) -> bool:
        return self._room is None or self._may("event:m.room.message")

    canPost = QtProperty(bool, _get_can_post, notify=changed)

    def _get_can_change_roles(self) -> bool:
        return self._room is not None and may_use(self._levels, self._own, ROLES) is None

    canChangeRoles = QtProperty(bool, _get_can_change_roles, notify=changed)

    def _get_can_moderate(self) -> bool:
        return self._may("kick") or self._may("ban")

    canModerate = QtProperty(bool, _get_can_moderate, notify=changed)

    def _get_joined(self) -> int:
        return self._joined

    joinedCount = QtProperty(int, _get_joined, notify=changed)

    def _get_rights(self) -> list[dict[str, Any]]:
        default = user_level(self._levels, "")
        rows = []
        for right in RIGHTS:
            level = right_level(self._levels, right)
            rows.append(
                {
                    "key": right.key,
                    "level": level,
                    "roleName": role_name(level, default),
                    "disabledReason": right_refusal_text(
                        may_change_right(self._levels, self._own, right, level)
                    ),
                }
            )
        return rows

    rights = QtProperty(list, _get_rights, notify=changed)

    def _get_banned(self) -> list[dict[str, Any]]:
        return [
            {
                "userId": b.user_id,
                "name": b.name,
                "reason": b.reason,
                "bannedBy": b.banned_by,
                "disabledReason": refusal_text(may_unban(self._levels, self._own, b.user_id)),
            }
            for b in self._banned
        ]

    banned = QtProperty(list, _get_banned, notify=bannedChanged)

    def _get_knocks(self) -> list[dict[str, Any]]:
        """Who asks to join, for those who may answer: Approve needs the right to invite, Deny
        the right to remove people."""
        if not (self._may("invite") or self._may("kick")):
            return []
        approve = refusal_text(may_act(self._levels, self._own, "invite"))
        return [
            {
                "userId": k.user_id,
                "name": k.name,
                "reason": k.reason,
                "approveReason": approve,
                "denyReason": refusal_text(may_kick(self._levels, self._own, k.user_id)),
            }
            for k in self._knocks
        ]

    knocks = QtProperty(list, _get_knocks, notify=bannedChanged)
    """People asking to join (knocks) — shown only to those who may let them in or turn them down."""

    def _get_busy(self) -> bool:
        return self._requests.busy

    busy = QtProperty(bool, _get_busy, notify=busyChanged)

    @Slot(str, result="QVariantMap")
    def memberActions(self, user_id: str) -> dict[str, Any]:
        """What the user may do to ``user_id``: each action's reason to be greyed out ("" when
        allowed), and the roles on offer with theirs."""
        if self._room is None or not user_id:
            return {}
        levels, own = self._levels, self._own
        level = user_level(levels, user_id)
        default = user_level(levels, "")
        roles = []
        for preset in PRESETS:
            refusal = may_change_user(levels, own, user_id, preset.level)
            roles.append(
                {
                    "level": preset.level,
                    "name": role_name(preset.level, default),
                    "disabledReason": refusal_text(refusal),
                }
            )
        # the fourth segment: the custom level someone has, or "Custom…" to give them one
        custom = all(preset.level != level for preset in PRESETS) and level < CREATOR_LEVEL
        roles.append(
            {
                "level": level if custom else -1,
                "name": role_name(level, default) if custom else tr("Custom…"),
                "custom": True,
                "disabledReason": "",
            }
        )
        redact = may_act(levels, own, "redact") if user_id != own else None
        return {
            "level": level,
            "roleName": role_name(level, default),
            "isOwn": user_id == own,
            "roles": roles,
            "roleReason": refusal_text(
                may_change_user(levels, own, user_id, min(level, user_level(levels, own)))
            ),
            "kickReason": refusal_text(may_kick(levels, own, user_id)) if user_id != own else "-",
            "banReason": refusal_text(may_ban(levels, own, user_id)) if user_id != own else "-",
            "deleteReason": refusal_text(redact),
        }

    @Slot(str, int, result=str)
    def roleRefusal(self, user_id: str, level: int) -> str:
        """Why ``user_id`` may not be given the custom ``level`` ("" when they may)."""
        if self._room is None:
            return ""
        return refusal_text(may_change_user(self._levels, self._own, user_id, level))

    @Slot(str, int, result=str)
    def rightRefusal(self, key: str, level: int) -> str:
        """Why the right ``key`` may not be set to the custom ``level`` ("" when it may)."""
        right = BY_KEY.get(key)
        if self._room is None or right is None:
            return ""
        return right_refusal_text(may_change_right(self._levels, self._own, right, level))

    # -- changes (QML) ---------------------------------------------------------------------------

    @Slot(str, int)
    def setRole(self, user_id: str, level: int) -> None:
        room = self._room
        if room is None:
            return

        self._requests.send(self._session.set_user_level(room, UserId(user_id), level), "set-role")

    @Slot(str, int)
    def setRightLevel(self, key: str, level: int) -> None:
        room = self._room
        if room is None or key not in BY_KEY:
            return

        self._requests.send(self._session.set_right_level(room, key, level), "set-right")

    @Slot(bool)
    def setSignsPosts(self, sign: bool) -> None:
        room = self._room
        if room is not None and sign != self._signed:
            self._requests.send(self._session.set_signs_posts(room, sign), "sign-posts")

    @Slot(str, str, str)
    def moderate(self, action: str, user_id: str, reason: str) -> None:
        """ "kick", "ban" or "unban" ``user_id``, with a reason the others read."""
        room = self._room
        if room is None or action not in ("kick", "ban", "unban"):
            return

        self._requests.send(self._session.moderate(room, action, UserId(user_id), reason), action)

    @Slot(str)
    def approve(self, user_id: str) -> None:
        """Let in someone who asked to join: an invitation, which their client accepts."""
        room = self._room
        if room is not None:
            self._requests.send(self._session.invite(room, UserId(user_id)), "approve-knock")

    @Slot(str)
    def deny(self, user_id: str) -> None:
        """Turn down someone who asked to join (the spec's answer to a knock is a kick)."""
        room = self._room
        if room is not None:
            self._requests.send(self._session.moderate(room, "kick", UserId(user_id), ""), "deny-knock")

    @Slot(str)
    def countRecent(self, user_id: str) -> None:
        room = self._room
        if room is None:
            return

        async def counting() -> None:
            found = await self._session.recent_messages(room, UserId(user_id))
            self.recentCounted.emit(user_id, len(found))

        self._requests.send(counting(), "count-recent")

    @Slot(str, str)
    def deleteRecent(self, user_id: str, reason: str) -> None:
        """Delete what ``user_id`` posted that this device holds (through the outbox, each
        deletion sent once)."""
        room = self._room
        if room is None:
            return

        async def deleting() -> None:
            found: Sequence[EventId] = await self._session.recent_messages(room, UserId(user_id))
            for event_id in found:
                self._session.redact(room, event_id, reason.strip() or None)
            if not found:
                self.noticeRequested.emit(tr("Nothing of theirs to delete"))
            elif len(found) == 1:
                self.noticeRequested.emit(tr("Deleting 1 message"))
            else:
                self.noticeRequested.emit(trn("Deleting %n message(s)", len(found)))

        self._requests.send(deleting(), "delete-recent")
