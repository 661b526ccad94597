"""A conversation's members for the side panel: joined first, then invited, with a filter.

Rows are precomputed tuples (``data()`` is an index). A reload after a member event, a presence
change or a new filter is applied as single removals, moves, insertions and ``dataChanged``
against the rows on screen, so the list keeps its scroll position and current item.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QModelIndex, QObject, Signal, Slot

from ..api.ids import UserId
from ..power import CREATOR_LEVEL, roles
from .formatting import avatar_color, initials, tr
from .media_images import avatar_url
from .row_model import Row, RowListModel, role_table

ROLE_NAMES = (
    "userId",
    "name",
    "initials",
    "avatarColor",
    "membership",
    "section",
    "powerLevel",
    "badge",
    "presence",
    "isOwn",
    "avatarSource",
)
ROLES = role_table(ROLE_NAMES)

ADMIN = roles.ADMIN.level
MODERATOR = roles.MODERATOR.level
SHOWN = ("join", "invite")
PRESENCE = ("online", "unavailable")
"""Presence values that show a dot; anything else (offline, unknown) shows none."""


class MemberLike(Protocol):
    """What the list needs of a member (``store.members.Member`` has these)."""

    @property
    def user_id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def membership(self) -> str: ...
    @property
    def power_level(self) -> int: ...
    @property
    def avatar_url(self) -> str: ...


QML_INT = 2**31 - 1
"""QML's ints are 32 bits; a level beyond (a v12 room's creator, a hostile room) is shown clamped."""


def badge(power_level: int) -> str:
    """The role shown next to a member: "Owner" (a v12 room's creator), "Admin" (100 and above),
    "Moderator" (50 and above)."""
    if power_level >= CREATOR_LEVEL:
        return tr("Owner")
    if power_level >= ADMIN:
        return tr("Admin")
    if power_level >= MODERATOR:
        return tr("Moderator")
    return ""


def section_title(membership: str) -> str:
    return tr("Invited") if membership == "invite" else tr("Joined")


@dataclass(frozen=True, slots=True)
class MemberRow:
    user_id: str
    sort_key: tuple[int, int, str, str]
    search_text: str
    values: tuple[Any, ...]

    @property
    def key(self) -> str:
        return self.user_id


def make_row(member: MemberLike, own_user: str, presence: str) -> MemberRow:
    name = " ".join((member.name or "").split())[:255] or member.user_id
    level = member.power_level if isinstance(member.power_level, int) else 0
    invited = member.membership == "invite"
    values = (
        member.user_id,
        name,
        initials(name),
        avatar_color(member.user_id),
        member.membership,
        section_title(member.membership),
        max(-QML_INT, min(level, QML_INT)),
        badge(level),
        presence if presence in PRESENCE else "",
        member.user_id == own_user,
        avatar_url(member.avatar_url),
    )
    sort_key = (1 if invited else 0, -level, name.casefold(), member.user_id)
    return MemberRow(member.user_id, sort_key, f"{name}\n{member.user_id}".casefold(), values)


class _Keyed(Row, Protocol):
    @property
    def key(self) -> Hashable: ...


R = TypeVar("R", bound=_Keyed)


def replace_rows(model: RowListModel, rows: list[R], wanted: Sequence[R]) -> None:
    """Turn ``rows`` (the model's own list) into ``wanted`` with fine-grained signals: removals,
    then moves and insertions in order, then ``dataChanged`` for rows whose values changed."""
    keep = {r.key for r in wanted}
    for i in range(len(rows) - 1, -1, -1):
        if rows[i].key not in keep:
            model.beginRemoveRows(QModelIndex(), i, i)
            del rows[i]
            model.endRemoveRows()
    for i, row in enumerate(wanted):
        if i < len(rows) and rows[i].key == row.key:
            if rows[i].values != row.values:
                rows[i] = row
                model.dataChanged.emit(model.index(i), model.index(i))
            continue
        at = next((j for j in range(i + 1, len(rows)) if rows[j].key == row.key), -1)
        if at >= 0:
            model.beginMoveRows(QModelIndex(), at, at, QModelIndex(), i)
            moved = rows.pop(at)
            rows.insert(i, moved)
            model.endMoveRows()
            if moved.values != row.values:
                rows[i] = row
                model.dataChanged.emit(model.index(i), model.index(i))
        else:
            model.beginInsertRows(QModelIndex(), i, i)
            rows.insert(i, row)
            model.endInsertRows()


class MembersModel(RowListModel):
    ROLE_NAMES = ROLE_NAMES

    filterTextChanged = Signal()
    countsChanged = Signal()
    loadingChanged = Signal()
    errorChanged = Signal()

    def __init__(self, own_user: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._own = own_user
        self._members: list[MemberLike] = []
        self._all: list[MemberRow] = []
        self._rows: list[MemberRow] = []
        self._presence: dict[str, str] = {}
        self._filter = ""
        self._loading = False
        self._loaded = False
        self._error = ""

    # -- properties for QML ----------------------------------------------------------------------

    def _get_filter(self) -> str:
        return self._filter

    def _set_filter(self, text: str) -> None:
        if text != self._filter:
            self._filter = text
            self._show()
            self.filterTextChanged.emit()

    filterText = QtProperty(str, _get_filter, _set_filter, notify=filterTextChanged)

    def _get_count(self) -> int:
        return len(self._rows)

    count = QtProperty(int, _get_count, notify=countsChanged)
    """Rows shown (after filtering)."""

    def _get_joined(self) -> int:
        return sum(1 for r in self._all if r.sort_key[0] == 0)

    joinedCount = QtProperty(int, _get_joined, notify=countsChanged)

    def _get_invited(self) -> int:
        return sum(1 for r in self._all if r.sort_key[0] == 1)

    invitedCount = QtProperty(int, _get_invited, notify=countsChanged)

    def _get_total(self) -> int:
        return len(self._all)

    total = QtProperty(int, _get_total, notify=countsChanged)

    def _get_loading(self) -> bool:
        return self._loading

    loading = QtProperty(bool, _get_loading, notify=loadingChanged)
    """True while the list is (re)loading and nothing is shown yet."""

    def _get_loaded(self) -> bool:
        return self._loaded

    loaded = QtProperty(bool, _get_loaded, notify=loadingChanged)

    def _get_error(self) -> str:
        return self._error

    error = QtProperty(str, _get_error, notify=errorChanged)

    @property
    def is_loaded(self) -> bool:
        return self._loaded

    @Slot(int, result="QVariantMap")
    def get(self, row: int) -> dict[str, Any]:
        """One row as ``{role: value}`` (the profile popup, tests)."""
        if not 0 <= row < len(self._rows):
            return {}
        return dict(zip(ROLE_NAMES, self._rows[row].values, strict=True))

    @Slot(str, result=int)
    def indexOf(self, user_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.user_id == user_id), -1)

    # -- applying data ---------------------------------------------------------------------------

    def clear(self) -> None:
        """Another conversation: forget everything (the one reset, like a new model)."""
        self.beginResetModel()
        self._members, self._all, self._rows = [], [], []
        self.endResetModel()
        self._filter_reset()
        self.set_state(loading=False, loaded=False, error="")
        self.countsChanged.emit()

    def _filter_reset(self) -> None:
        if self._filter:
            self._filter = ""
            self.filterTextChanged.emit()

    def load(self, members: Iterable[MemberLike]) -> None:
        """Show ``members`` (leave, ban and knock are not listed) with fine-grained updates."""
        self._members = [m for m in members if m.membership in SHOWN]
        self._rebuild()
        self.set_state(loading=False, loaded=True, error="")

    def apply_presence(self, presence: Mapping[UserId, str]) -> None:
        changed = False
        for user, state in presence.items():
            if self._presence.get(user) != state:
                self._presence[user] = state
                changed = True
        if changed and self._members:
            self._rebuild()

    def presence_of(self, user_id: str) -> str:
        state = self._presence.get(user_id, "")
        return state if state in PRESENCE else ""

    def set_state(self, *, loading: bool, loaded: bool | None = None, error: str | None = None) -> None:
        before = (self._loading, self._loaded)
        self._loading = loading
        if loaded is not None:
            self._loaded = loaded
        if (self._loading, self._loaded) != before:
            self.loadingChanged.emit()
        if error is not None and error != self._error:
            self._error = error
            self.errorChanged.emit()

    def _rebuild(self) -> None:
        rows = [make_row(m, self._own, self._presence.get(m.user_id, "")) for m in self._members]
        self._all = sorted({r.user_id: r for r in rows}.values(), key=lambda r: r.sort_key)
        self._show()

    def _show(self) -> None:
        needle = self._filter.strip().casefold()
        wanted = [r for r in self._all if not needle or needle in r.search_text]
        replace_rows(self, self._rows, wanted)
        self.countsChanged.emit()


__all__ = ["ROLES", "MemberLike", "MembersModel", "badge", "make_row", "replace_rows"]
