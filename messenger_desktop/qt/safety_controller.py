"""Blocking people, reporting messages and people, and spam-like invitations, as QML sees them
(``session.safety``).

Blocking is the account's ``m.ignored_user_list``: a person counts as blocked when the server's
echo says so, not when the button is pressed; until the echo they are "pending". Reports go to
the server's admins; :attr:`SafetyController.reportState` walks the report dialog through
sending, done (its confirmation) or failed (why).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QObject, Signal, Slot

from ..api.ids import EventId, RoomId, UserId
from ..session.changes import ChangeSet
from ..session.session import Session
from .formatting import avatar_color, initials, tr
from .settings import Settings
from .tasks import TaskGroup

DECLINE_STRANGERS = "declineStrangerInvites"
"""The setting: only accept invitations from people the user shares a conversation with."""


class SafetyController(QObject):
    changed = Signal()
    """The blocked list, or what is waiting for the server's echo, changed."""
    reportChanged = Signal()

    def __init__(
        self,
        session: Session,
        current_room: Callable[[], RoomId | None],
        notify: Callable[[str], None],
        describe: Callable[[BaseException], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._room = current_room
        self._notify = notify
        self._describe = describe
        self._blocked: list[dict[str, str]] = []
        self._pending: dict[str, bool] = {}
        """user id → the ignore state asked for, until the echo brings it."""
        self._report_state = ""
        self._report_error = ""
        self._tasks = TaskGroup(on_error=lambda error: notify(describe(error)))
        self._unsubscribe_setting: Callable[[], None] | None = None

    # -- life cycle (Python) ---------------------------------------------------------------------

    def use_settings(self, settings: Settings) -> None:
        """Follow the "only accept invitations from people I know" setting."""
        self._session.safety.strangers_declined = bool(settings.value(DECLINE_STRANGERS))

        def follow(value: Any) -> None:
            self._session.safety.strangers_declined = bool(value)

        self._unsubscribe_setting = settings.subscribe(DECLINE_STRANGERS, follow)

    def start(self) -> None:
        self._tasks.spawn(self._load(), name="blocked-people")

    def apply_changes(self, changes: ChangeSet) -> None:
        if changes.ignored is None:
            return
        ignored = changes.ignored
        self._pending = {u: on for u, on in self._pending.items() if (u in ignored) != on}
        self._tasks.spawn(self._load(), name="blocked-people")

    async def wait_idle(self) -> None:
        await self._tasks.wait()

    async def close(self) -> None:
        if self._unsubscribe_setting is not None:
            self._unsubscribe_setting()
            self._unsubscribe_setting = None
        await self._tasks.cancel_all()

    async def _load(self) -> None:
        people = await self._session.blocked_people()
        self._blocked = [
            {
                "userId": user_id,
                "name": name or user_id,
                "initials": initials(name or user_id.lstrip("@")),
                "avatarColor": avatar_color(user_id),
            }
            for user_id, name in people
        ]
        self.changed.emit()

    # -- properties ------------------------------------------------------------------------------

    def _get_blocked(self) -> list[dict[str, str]]:
        return self._blocked

    blocked = QtProperty(list, _get_blocked, notify=changed)
    """[{userId, name, initials, avatarColor}] of the people the user blocked, by name."""

    def _get_blocked_ids(self) -> list[str]:
        return [p["userId"] for p in self._blocked]

    blockedIds = QtProperty(list, _get_blocked_ids, notify=changed)

    def _get_pending_ids(self) -> list[str]:
        return list(self._pending)

    pendingIds = QtProperty(list, _get_pending_ids, notify=changed)
    """People whose block or unblock was asked for and is not echoed yet."""

    def _get_report_state(self) -> str:
        return self._report_state

    reportState = QtProperty(str, _get_report_state, notify=reportChanged)
    """"" (nothing sent), "sending", "done" or "failed" (:attr:`reportError` says why)."""

    def _get_report_error(self) -> str:
        return self._report_error

    reportError = QtProperty(str, _get_report_error, notify=reportChanged)

    # -- blocking --------------------------------------------------------------------------------

    @Slot(str, bool)
    def setBlocked(self, user_id: str, on: bool) -> None:
        """Block (ignore) ``user_id``, or unblock them; their messages and invitations go (or come
        back) when the server's echo arrives, on every device."""
        user = user_id.strip()
        if not user or user == self._session.user_id or user in self._pending:
            return
        self._pending[user] = on
        self.changed.emit()

        async def send() -> None:
            try:
                await self._session.set_ignored(UserId(user), on)
            except BaseException:
                self._pending.pop(user, None)
                self.changed.emit()
                raise

        self._tasks.spawn(send(), name="block" if on else "unblock")

    # -- reporting -------------------------------------------------------------------------------

    @Slot()
    def resetReport(self) -> None:
        self._set_report("", "")

    @Slot(str, str)
    def reportMessage(self, event_id: str, reason: str) -> None:
        """Report a message of the open conversation to the server's admins."""
        room = self._room()
        if room is None or not event_id:
            return
        self._report(self._session.report_event(room, EventId(event_id), reason))

    @Slot(str, str)
    def reportUser(self, user_id: str, reason: str) -> None:
        """Report a person to the server's admins."""
        if user_id:
            self._report(self._session.report_user(UserId(user_id), reason))

    def _report(self, request: Any) -> None:
        if self._report_state == "sending":
            request.close()
            return
        self._set_report("sending", "")

        async def send() -> None:
            try:
                await request
            except Exception as exc:
                self._set_report("failed", tr("Not reported: %1").replace("%1", self._describe(exc)))
                return
            self._set_report("done", "")

        self._tasks.spawn(send(), name="report")

    def _set_report(self, state: str, error: str) -> None:
        if (state, error) != (self._report_state, self._report_error):
            self._report_state, self._report_error = state, error
            self.reportChanged.emit()

    # -- invitations -----------------------------------------------------------------------------

    @Slot(str)
    def revealInvite(self, room_id: str) -> None:
        """Show a collapsed (spam-like) invitation in full, so it can be joined."""
        if room_id:
            self._session.reveal_invite(RoomId(room_id))
