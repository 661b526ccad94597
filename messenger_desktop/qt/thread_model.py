"""One thread for the side panel: its root message first, then the replies, oldest first.

The user's own replies appear as local echoes in the same call that sends them and are replaced in
place by the server's events when sync brings them (matched by transaction id), as in the main
timeline. Consecutive replies of one sender within a few minutes are grouped under one name.
A picture, recording or file has the timeline's ``media`` map (:func:`.media_rows.media_view`), so
the panel shows it with the same component.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QModelIndex, QObject, Signal, Slot

from ..api.events import EventKind
from ..api.ids import EventId, TxnId
from ..store.rows import OutboxItem, TimelineRow
from .event_text import describe
from .formatting import avatar_color, initials, tr
from .media_images import avatar_url
from .media_rows import media_view
from .message_view import MessageView, view_message
from .row_model import RowListModel, role_table
from .search_model import when_text

GROUP_WINDOW_MS = 5 * 60 * 1000

ROLE_NAMES = (
    "eventId",
    "txnId",
    "sender",
    "senderName",
    "senderColor",
    "initials",
    "body",
    "timeText",
    "kind",
    "isOwn",
    "isRoot",
    "sendState",
    "grouped",
    "error",
    "html",
    "senderAvatar",
    "media",
)
ROLES = role_table(ROLE_NAMES)
_SEND_STATES = {"queued": "sending", "sending": "sending", "sent": "sent", "failed": "failed"}


def thread_of(content: dict[str, Any]) -> str:
    """The root a message's content puts it under (``rel_type: m.thread``), or ""."""
    relates = content.get("m.relates_to")
    if isinstance(relates, dict) and relates.get("rel_type") == "m.thread":
        root = relates.get("event_id")
        return root if isinstance(root, str) else ""
    return ""


@dataclass(slots=True)
class _Item:
    event_id: str
    txn_id: str
    sender: str
    ts: int
    kind: str
    body: str
    is_root: bool = False
    echo: bool = False
    send_state: str = ""
    error: str = ""
    html: str = ""
    event_type: str = "m.room.message"
    content: dict[str, Any] = field(default_factory=dict)
    local_file: bool = False
    """An echo whose file is still on this computer (its picture shows from there)."""
    values: tuple[Any, ...] = field(default=())


class ThreadModel(RowListModel):
    ROLE_NAMES = ROLE_NAMES

    stateChanged = Signal()

    def __init__(self, own_user: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._own = own_user
        self._rows: list[_Item] = []
        self._root = ""
        self._names: dict[str, str] = {}
        self._avatars: dict[str, str] = {}
        self._loading = False
        self._error = ""
        self._uploads: dict[str, float] = {}
        """How far the uploads of this thread's echoes are (txn id → 0..1)."""

    # -- properties for QML ----------------------------------------------------------------------

    def _get_root(self) -> str:
        return self._root

    rootEventId = QtProperty(str, _get_root, notify=stateChanged)

    def _get_loading(self) -> bool:
        return self._loading

    loading = QtProperty(bool, _get_loading, notify=stateChanged)

    def _get_error(self) -> str:
        return self._error

    error = QtProperty(str, _get_error, notify=stateChanged)

    def _get_count(self) -> int:
        return len(self._rows)

    count = QtProperty(int, _get_count, notify=stateChanged)

    def _get_replies(self) -> int:
        return sum(1 for r in self._rows if not r.is_root)

    replyCount = QtProperty(int, _get_replies, notify=stateChanged)

    @property
    def root_id(self) -> str:
        return self._root

    @property
    def failed(self) -> bool:
        return bool(self._error)

    def latest_event_id(self) -> str:
        """The newest event of the thread the server knows, the user's own delivered ones too
        (clients without threads show a reply as answering it)."""
        return next((r.event_id for r in reversed(self._rows) if r.event_id), "")

    def row(self, index: int) -> dict[str, Any]:
        return dict(zip(ROLE_NAMES, self._rows[index].values, strict=True))

    @Slot(str, result=int)
    def indexOf(self, event_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.event_id == event_id), -1)

    def item_content(self, event_id: str) -> tuple[str, dict[str, Any]] | None:
        """``(event type, content)`` of a message shown here (its file, to play or save)."""
        index = self.indexOf(event_id)
        if index < 0 or self._rows[index].kind != "message":
            return None
        return self._rows[index].event_type, self._rows[index].content

    # -- loading ---------------------------------------------------------------------------------

    def open(self, root: str) -> None:
        """Show thread ``root`` ("" for none): empty and loading until :meth:`load`."""
        self.beginResetModel()
        self._rows, self._root = [], root
        self.endResetModel()
        self._loading, self._error = bool(root), ""
        self.stateChanged.emit()

    def fail(self, sentence: str) -> None:
        self._loading, self._error = False, sentence
        self.stateChanged.emit()

    def load(
        self,
        root: TimelineRow | None,
        replies: Iterable[TimelineRow],
        pending: Iterable[OutboxItem] = (),
        names: Mapping[str, str] | None = None,
        avatars: Mapping[str, str] | None = None,
    ) -> None:
        if names is not None:
            self._names = dict(names)
        if avatars is not None:
            self._avatars = dict(avatars)
        items: list[_Item] = []
        if root is not None:
            item = self._item(root, is_root=True)
            if item is not None:
                items.append(item)
        for row in sorted(replies, key=lambda r: (r.ts, r.order)):
            if row.event_id != self._root and (item := self._item(row)) is not None:
                items.append(item)
        known = {i.txn_id for i in items if i.txn_id}
        items += [self._echo(p) for p in sorted(pending, key=lambda p: p.seq) if p.txn_id not in known]
        self.beginResetModel()
        self._rows = items
        for index in range(len(self._rows)):
            self._render(index)
        self.endResetModel()
        self._loading, self._error = False, ""
        self.stateChanged.emit()

    # -- live changes ----------------------------------------------------------------------------

    def belongs(self, row: TimelineRow) -> bool:
        return bool(self._root) and row.rel_type == "m.thread" and row.rel_event == self._root

    def add_rows(self, rows: Iterable[TimelineRow]) -> None:
        """New events from sync: this thread's replies are added (or replace their echo)."""
        changed = False
        for row in rows:
            if row.kind is EventKind.MEMBER and row.state_key:
                name = row.content.get("displayname")
                if isinstance(name, str) and name.strip():
                    self._names[row.state_key] = " ".join(name.split())[:255]
            if not self.belongs(row):
                continue
            # the echo is replaced even when its event id is known already (the server answered
            # the send before sync brought the event): the event has the file's address, the
            # echo only the copy on this computer, which goes once the message is delivered
            echo = next(
                (
                    i
                    for i, r in enumerate(self._rows)
                    if r.echo and ((row.txn_id and r.txn_id == row.txn_id) or r.event_id == row.event_id)
                ),
                -1,
            )
            if echo < 0 and self.indexOf(row.event_id) >= 0:
                continue
            item = self._item(row)
            if item is None:
                continue
            if echo >= 0:
                self._rows[echo] = item
                self._rerender(echo)
            else:
                # before the echoes still on their way, which stay last
                at = len(self._rows)
                while at > 0 and self._rows[at - 1].echo and not self._rows[at - 1].event_id:
                    at -= 1
                self._insert(at, item)
            changed = True
        if changed:
            self.stateChanged.emit()

    def upsert_echo(self, item: OutboxItem) -> None:
        """An own reply being sent (or its state changed)."""
        if not self._root or thread_of(item.content) != self._root:
            return
        index = next((i for i, r in enumerate(self._rows) if r.txn_id == item.txn_id), -1)
        if index >= 0:
            row = self._rows[index]
            if row.echo:
                row.send_state = _SEND_STATES.get(item.state, "sending")
                row.error = item.error
                row.event_id = item.event_id or row.event_id
                self._rerender(index)
            return
        self._insert(len(self._rows), self._echo(item))
        self.stateChanged.emit()

    def echo_removed(self, txn_id: TxnId, event_id: EventId | None) -> None:
        index = next((i for i, r in enumerate(self._rows) if r.echo and r.txn_id == txn_id), -1)
        if index < 0:
            return
        if event_id is None:
            self.beginRemoveRows(QModelIndex(), index, index)
            del self._rows[index]
            self.endRemoveRows()
            if index < len(self._rows):
                self._rerender(index)
            self.stateChanged.emit()
        else:
            row = self._rows[index]
            row.event_id, row.send_state, row.error = event_id, "sent", ""
            self._rerender(index)

    def apply_uploads(self, uploads: Mapping[TxnId, float]) -> None:
        """Upload progress of echoes: their rows' bars move."""
        for index, row in enumerate(self._rows):
            if row.echo and row.txn_id in uploads:
                self._uploads[row.txn_id] = uploads[TxnId(row.txn_id)]
                self._rerender(index)

    def redact(self, event_ids: Iterable[str]) -> None:
        gone = set(event_ids)
        for index, row in enumerate(self._rows):
            if row.event_id in gone and row.kind == "message":
                row.kind, row.body = "placeholder", tr("Message deleted")
                self._rerender(index)

    # -- building rows ---------------------------------------------------------------------------

    def _name_of(self, user_id: str) -> str:
        return self._names.get(user_id) or user_id

    def _item(self, row: TimelineRow, *, is_root: bool = False) -> _Item | None:
        described = describe(row, self._name_of)
        if described is None or described[0] == "state":
            return None
        kind, text = described
        own = row.sender == self._own
        rich = ""
        if kind == "message":
            view = self._view(row.content, row.sender, row.type)
            text, rich = view.body, view.html
        return _Item(
            event_id=row.event_id,
            txn_id=row.txn_id or "",
            sender=row.sender,
            ts=row.ts,
            kind=kind,
            body=text,
            html=rich,
            is_root=is_root,
            send_state="sent" if own and kind == "message" else "",
            event_type=row.type,
            content=row.content,
        )

    def _view(self, content: dict[str, Any], sender: str, event_type: str) -> MessageView:
        """Text and sanitised rich text, as the timeline shows them."""
        return view_message(
            content,
            event_type,
            self._name_of(sender),
            edit_content=None,
            own_user=self._own,
            own_name=self._names.get(self._own, ""),
            name_of=self._name_of,
        )

    def _echo(self, item: OutboxItem) -> _Item:
        view = self._view(item.content, self._own, item.event_type)
        if not item.uploading:
            self._uploads.pop(item.txn_id, None)
        return _Item(
            event_id=item.event_id or "",
            txn_id=item.txn_id,
            sender=self._own,
            ts=item.created_ts,
            kind="message",
            body=view.body,
            html=view.html,
            echo=True,
            send_state=_SEND_STATES.get(item.state, "sending"),
            error=item.error,
            event_type=item.event_type,
            content=item.content,
            local_file=item.attachment is not None,
        )

    def _insert(self, index: int, item: _Item) -> None:
        self.beginInsertRows(QModelIndex(), index, index)
        self._rows.insert(index, item)
        self._render(index)
        self.endInsertRows()
        if index + 1 < len(self._rows):
            self._rerender(index + 1)

    def _render(self, index: int) -> None:
        item = self._rows[index]
        previous = self._rows[index - 1] if index > 0 else None
        grouped = (
            previous is not None
            and not previous.is_root
            and not item.is_root
            and previous.sender == item.sender
            and previous.kind == item.kind == "message"
            and 0 <= item.ts - previous.ts <= GROUP_WINDOW_MS
        )
        name = self._name_of(item.sender)
        item.values = (
            item.event_id,
            item.txn_id,
            item.sender,
            name,
            avatar_color(item.sender),
            initials(name),
            item.body,
            when_text(item.ts),
            item.kind,
            item.sender == self._own,
            item.is_root,
            item.send_state,
            grouped,
            item.error,
            item.html,
            avatar_url(self._avatars.get(item.sender, "")),
            media_view(
                item.event_type,
                item.content,
                txn_id=item.txn_id,
                local_file=item.local_file,
                progress=self._uploads.get(item.txn_id, -1.0) if item.echo else -1.0,
            )
            if item.kind == "message"
            else {},
        )

    def _rerender(self, index: int) -> None:
        before = self._rows[index].values
        self._render(index)
        if self._rows[index].values != before:
            self.dataChanged.emit(self.index(index), self.index(index))


__all__ = ["ROLES", "ThreadModel", "thread_of"]
