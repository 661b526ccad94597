"""The composer of the open conversation: what it is doing (writing, replying, editing), the
draft of every room, slash commands, @-mention and command completion, typing notices.

Sending stays synchronous up to the local echo: the message (or the edit) is on screen in the
same frame as the key press; everything that needs the server runs as a task.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ..api.ids import EventId, RoomId, UserId
from ..richtext.bidi import strip_bidi_controls
from ..session.commands import complete_command
from ..session.session import Session
from ..store.drafts import Draft
from ..store.members import Member
from .formatting import avatar_color, initials, tr
from .tasks import TaskGroup
from .timeline_model import TimelineModel

log = logging.getLogger(__name__)

MAX_SUGGESTIONS = 8
AUTOSAVE_MS = 800


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


class ComposerController(QObject):
    modeChanged = Signal()
    textRestored = Signal(str)
    """Put this text into the field (a draft when switching rooms, the message when editing)."""
    membersChanged = Signal()

    def __init__(
        self,
        session: Session,
        timeline: TimelineModel,
        notify: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._timeline = timeline
        self._notify = notify
        self._room: RoomId | None = None
        self._mode = ""  # "" | "reply" | "edit"
        self._target = ""
        self._target_sender = ""
        self._target_text = ""
        self._target_user = ""
        self._edit_emote = False
        self._edit_mentions: tuple[str, ...] = ()
        self._waiting: tuple[str, str] | None = None
        """A draft's reply or edit target, set once the timeline has loaded its message."""
        self._text = ""
        self._members: list[Member] = []
        self._tasks = TaskGroup(on_error=lambda error: notify(str(error)))
        timeline.opened.connect(self._timeline_opened)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self._save_current)

    # -- the open room ---------------------------------------------------------------------------

    def set_room(self, room_id: RoomId | None) -> None:
        """Switch rooms: keep the old room's draft, bring back the new one's."""
        old = self._room
        self._autosave.stop()
        if old is not None:
            self._save(old)
            self._session.typing(old, False)
        self._room = room_id
        self._waiting = None
        self._set_mode("", "", "", "")
        self._text = ""
        self._members = []
        self.membersChanged.emit()
        self.textRestored.emit("")
        if room_id is not None:
            self._tasks.spawn(self._restore(room_id), name="restore-draft")
            self._tasks.spawn(self._load_members(room_id), name="composer-members")

    async def _restore(self, room_id: RoomId) -> None:
        draft = await self._session.draft(room_id)
        if draft is None or self._room != room_id or self._text:
            return
        self._text = draft.text  # first: the field's echo of it is not typing
        self.textRestored.emit(draft.text)
        target = draft.edit_of or draft.reply_to
        if target:
            mode = "edit" if draft.edit_of else "reply"
            if not self._begin(mode, target):
                self._waiting = (mode, target)

    @Slot()
    def _timeline_opened(self) -> None:
        waiting, self._waiting = self._waiting, None
        if waiting is not None and not self._mode:
            self._begin(*waiting)

    async def _load_members(self, room_id: RoomId) -> None:
        members = await self._session.members(room_id)
        if self._room == room_id:
            self._members = members
            self.membersChanged.emit()

    @Slot()
    def _save_current(self) -> None:
        if self._room is not None:
            self._save(self._room)

    def _save(self, room_id: RoomId) -> None:
        draft = Draft(
            room_id=room_id,
            text=self._text,
            reply_to=EventId(self._target) if self._mode == "reply" else None,
            edit_of=EventId(self._target) if self._mode == "edit" else None,
        )
        self._tasks.spawn(self._session.save_draft(draft), name="save-draft")

    async def close(self) -> None:
        self._autosave.stop()
        if self._room is not None:
            self._save(self._room)
        await self._tasks.wait()
        await self._tasks.cancel_all()

    async def wait_idle(self) -> None:
        await self._tasks.wait()

    # -- mode ------------------------------------------------------------------------------------

    def _get_mode(self) -> str:
        return self._mode

    mode = QtProperty(str, _get_mode, notify=modeChanged)

    def _get_target(self) -> str:
        return self._target

    targetId = QtProperty(str, _get_target, notify=modeChanged)

    def _get_target_sender(self) -> str:
        return self._target_sender

    targetSender = QtProperty(str, _get_target_sender, notify=modeChanged)

    def _get_target_text(self) -> str:
        return self._target_text

    targetText = QtProperty(str, _get_target_text, notify=modeChanged)

    def _set_mode(self, mode: str, target: str, sender: str, text: str) -> None:
        if (mode, target, sender, text) != (self._mode, self._target, self._target_sender, self._target_text):
            self._mode, self._target, self._target_sender, self._target_text = mode, target, sender, text
            self.modeChanged.emit()

    def _begin(self, mode: str, event_id: str) -> bool:
        index = self._timeline.indexOf(event_id)
        if index < 0:
            return False
        row = self._timeline.row(index)
        if row["kind"] != "message":
            return False
        text = " ".join(str(row["body"]).split())
        self._target_user = str(row["sender"])
        self._set_mode(mode, event_id, str(row["senderName"]), text[:200])
        return True

    @Slot(str)
    def startReply(self, event_id: str) -> None:
        self._begin("reply", event_id)

    @Slot(str, result=bool)
    def startEdit(self, event_id: str) -> bool:
        """Edit one of the user's messages: its text goes into the field."""
        index = self._timeline.indexOf(event_id)
        if index < 0 or not self._timeline.row(index)["canEdit"]:
            return False
        shown = self._timeline.item_content(event_id)
        body = _str(shown[1].get("body")) if shown else ""
        if not self._begin("edit", event_id):
            return False
        content = shown[1] if shown else {}
        self._edit_emote = content.get("msgtype") == "m.emote"
        mentioned = content.get("m.mentions")
        users = mentioned.get("user_ids") if isinstance(mentioned, dict) else None
        self._edit_mentions = tuple(u for u in users if isinstance(u, str)) if isinstance(users, list) else ()
        self._text = body
        self.textRestored.emit(body)
        return True

    def take_reply(self) -> tuple[EventId, UserId | None] | None:
        """The message the composer is answering (and its sender), for a file or a voice message
        sent instead of text: it answers it, and the reply bar goes (the text typed stays)."""
        if self._mode != "reply" or not self._target:
            return None
        reply = EventId(self._target), UserId(self._target_user) if self._target_user else None
        self._set_mode("", "", "", "")
        return reply

    @Slot(result=bool)
    def editLast(self) -> bool:
        """Up in an empty composer: edit the newest message the user may edit."""
        target = self._timeline.last_own_editable()
        return bool(target) and self.startEdit(target)

    @Slot()
    def cancel(self) -> None:
        """Esc: leave reply or edit mode (an edit's text leaves with it)."""
        if self._mode == "edit":
            self._text = ""
            self.textRestored.emit("")
        self._set_mode("", "", "", "")

    # -- typing and drafts -----------------------------------------------------------------------

    @Slot(str)
    def textEdited(self, text: str) -> None:
        if text == self._text:
            return
        self._text = text
        if self._room is not None:
            self._session.typing(self._room, bool(text.strip()))
            self._autosave.start()  # a pause in typing saves the draft (it survives a crash)

    # -- sending ---------------------------------------------------------------------------------

    @Slot(str, "QVariantMap", result=bool)
    def send(self, text: str, mentions: dict[str, Any]) -> bool:
        """Send what the field holds (a message, an edit, a reply or a command). True when the
        field should be cleared."""
        room = self._room
        body = text.strip("\n")
        if room is None or not body.strip():
            return False
        # the names the completer inserted (still in the text) → the user IDs they stand for
        names = {str(k): str(v) for k, v in (mentions or {}).items() if isinstance(v, str) and k in body}
        if self._mode != "edit" and body.startswith("/") and not body.startswith("//"):
            return self._command(room, body)
        if body.startswith("//"):
            body = body[1:]
        if self._mode == "edit":
            self._session.edit_message(
                room,
                EventId(self._target),
                body,
                mentions=names,
                previous_mentions=self._edit_mentions,
                emote=self._edit_emote,
            )
        else:
            reply = EventId(self._target) if self._mode == "reply" else None
            sender = UserId(self._target_user) if reply and self._target_user else None
            self._session.send_message(room, body, mentions=names, reply_to=reply, reply_sender=sender)
        self._after_send(room)
        return True

    def _after_send(self, room: RoomId) -> None:
        self._autosave.stop()
        self._set_mode("", "", "", "")
        self._text = ""
        self._session.typing(room, False)
        self._tasks.spawn(self._session.save_draft(Draft(room_id=room, text="")), name="clear-draft")

    def _command(self, room: RoomId, text: str) -> bool:
        async def run() -> None:
            outcome = await self._session.run_command(room, text)
            if isinstance(outcome, str) and outcome:
                self._notify(outcome)

        self._tasks.spawn(run(), name="command")
        self._after_send(room)
        return True

    # -- completion ------------------------------------------------------------------------------

    @Slot(str, result="QVariantList")
    def mentionSuggestions(self, prefix: str) -> list[dict[str, str]]:
        """Members whose name or ID starts a word with ``prefix`` (typed after "@")."""
        needle = prefix.casefold()
        found: list[dict[str, str]] = []
        for member in self._members:
            if member.user_id == self._session.user_id or member.membership != "join":
                continue
            name = strip_bidi_controls(member.name) or member.user_id
            words = [w.casefold() for w in name.split()] + [member.user_id[1:].casefold()]
            if needle and not any(w.startswith(needle) for w in words) and needle not in name.casefold():
                continue
            found.append(
                {
                    "userId": member.user_id,
                    "name": name,
                    "initials": initials(name),
                    "color": avatar_color(member.user_id),
                }
            )
            if len(found) >= MAX_SUGGESTIONS:
                break
        return found

    @Slot(str, result="QVariantList")
    def commandSuggestions(self, prefix: str) -> list[dict[str, str]]:
        """Slash commands starting with ``prefix`` (typed after "/")."""
        return [
            {
                "name": info.name,
                "hint": tr(info.hint) if info.hint else "",
                "description": tr(info.description),
            }
            for info in complete_command(prefix)
        ]


__all__ = ["ComposerController"]
