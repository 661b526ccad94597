"""The quick switcher (Ctrl+K): fuzzy search over conversations and people.

With nothing typed it lists the conversations at the top of the list (the recent ones). Typing
scores every conversation and every person the user shares a conversation with
(:mod:`messenger_desktop.session.fuzzy`); a person who already has a direct chat is reached
through that chat, so each one appears once. A keystroke that extends the previous query only
rescans what matched before.
"""

from __future__ import annotations

import heapq
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QObject, Signal, Slot

from ..session.fuzzy import Prepared, fold, prepare, score_prepared
from ..store.people import Person
from .formatting import avatar_color, initials, tr
from .media_images import avatar_url
from .rooms_model import ROLE_NAMES as ROOM_ROLE_NAMES
from .rooms_model import RoomRow, RoomsModel
from .row_model import ReplacedRowListModel, role_table
from .tasks import TaskGroup

ROLE_NAMES = ("kind", "key", "name", "detail", "initials", "avatarColor", "unread", "avatarSource")
ROLES = role_table(ROLE_NAMES)
_AVATAR = ROOM_ROLE_NAMES.index("avatarSource")
MAX_RESULTS = 30
RECENT = 8


@dataclass(frozen=True, slots=True)
class Candidate:
    values: tuple[str, str, str, str, str, str, int, str]
    texts: tuple[Prepared, ...]
    """The texts a query is matched against (name, then user id or address), made ready."""
    order: int
    """Position in the conversation list (people after every conversation)."""


def _contains_in_order(query: str, text: str) -> bool:
    letters = iter(text)
    return all(char in letters for char in query)


def _best(query: str, candidate: Candidate) -> int | None:
    """The best score of the candidate's texts (a plain loop: this runs thousands of times per
    keystroke)."""
    best: int | None = None
    several = len(query) > 1
    for text in candidate.texts:
        if several and not _contains_in_order(query, text.text):
            continue
        value = score_prepared(query, text)
        if value is not None and (best is None or value > best):
            best = value
    return best


def room_candidate(row: RoomRow, order: int) -> Candidate:
    values = row.values
    detail = tr("Invitation") if values[8] else (tr("Group") if row.is_group else tr("Direct chat"))
    return Candidate(
        ("room", row.room_id, values[1], detail, values[2], values[3], int(values[7]), values[_AVATAR]),
        (prepare(values[1]),),
        order,
    )


def person_candidate(person: Person, order: int) -> Candidate:
    name = person.name or person.user_id
    return Candidate(
        (
            "person",
            person.user_id,
            name,
            person.user_id,
            initials(name),
            avatar_color(person.user_id),
            0,
            avatar_url(person.avatar_url),
        ),
        (prepare(name), prepare(person.user_id[1:])),
        order,
    )


class QuickSwitcherModel(ReplacedRowListModel):
    ROLE_NAMES = ROLE_NAMES

    queryChanged = Signal()
    roomChosen = Signal(str)
    personChosen = Signal(str)
    """A person without a direct chat was chosen: start one."""

    def __init__(
        self,
        rooms: RoomsModel,
        load_people: Callable[[], Awaitable[list[Person]]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._rooms_model = rooms
        self._load_people = load_people
        self._people: list[Person] = []
        self._candidates: list[Candidate] = []
        self._query = ""
        self._last: tuple[str, list[Candidate]] = ("", [])
        self._results: list[Candidate] = []
        self._tasks = TaskGroup()

    # -- QML -------------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Take the list as it is now (the switcher opens); people arrive from the cache shortly."""
        self._rebuild()

        async def people() -> None:
            self._people = await self._load_people()
            self._rebuild()

        self._tasks.spawn(people(), name="switcher-people")

    def _get_query(self) -> str:
        return self._query

    def _set_query(self, text: str) -> None:
        if text != self._query:
            self._query = text
            self._update()
            self.queryChanged.emit()

    query = QtProperty(str, _get_query, _set_query, notify=queryChanged)

    @Slot(int)
    def activate(self, row: int) -> None:
        if not 0 <= row < len(self._results):
            return
        kind, key = self._results[row].values[:2]
        if kind == "room":
            self.roomChosen.emit(key)
        else:
            self.personChosen.emit(key)

    async def wait_idle(self) -> None:
        await self._tasks.wait()

    async def aclose(self) -> None:
        await self._tasks.cancel_all()

    # -- matching --------------------------------------------------------------------------------

    def _rebuild(self) -> None:
        rows = self._rooms_model.all_rows()
        candidates = [room_candidate(row, i) for i, row in enumerate(rows)]
        listed = {row.room_id for row in rows}
        candidates += [
            person_candidate(p, len(rows) + i)
            for i, p in enumerate(self._people)
            if p.direct_room is None or p.direct_room not in listed
        ]
        self._candidates = candidates
        self._last = ("", [])
        self._update()

    def _update(self) -> None:
        query = fold(self._query.strip())
        if not query:
            results = [c for c in self._candidates if c.values[0] == "room"][:RECENT]
            self._show(results)
            return
        previous, matched = self._last
        pool = matched if previous and query.startswith(previous) else self._candidates
        scored = [(-s, c.order, c) for c in pool if (s := _best(query, c)) is not None]
        self._last = (query, [c for _, _, c in scored])
        top = heapq.nsmallest(MAX_RESULTS, scored, key=lambda item: (item[0], item[1]))
        self._show([c for _, _, c in top])

    def _show(self, results: Sequence[Candidate]) -> None:
        self._results = list(results)
        self.replace_rows(self._results)
