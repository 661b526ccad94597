"""The one list-model shape used here: every row is a precomputed tuple of values, role *i* is
value *i*, so ``data()`` is one index operation. PySide calls ``data()`` hundreds of times per
repaint, each call crossing into Python; nothing may be computed there."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, Protocol

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

FIRST_ROLE = int(Qt.ItemDataRole.UserRole) + 1

ModelIndex = QModelIndex | QPersistentModelIndex


def role_table(names: Sequence[str]) -> dict[str, int]:
    """role name → role number, in the order of the row's values."""
    return {name: FIRST_ROLE + i for i, name in enumerate(names)}


class Row(Protocol):
    @property
    def values(self) -> tuple[Any, ...]: ...


class RowListModel(QAbstractListModel):
    """Subclasses set :attr:`ROLE_NAMES` and keep their visible rows in ``self._rows``."""

    ROLE_NAMES: ClassVar[tuple[str, ...]] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[Row] = []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = int(Qt.ItemDataRole.DisplayRole)) -> Any:
        if not index.isValid() or not FIRST_ROLE <= role < FIRST_ROLE + len(self.ROLE_NAMES):
            return None
        return self._rows[index.row()].values[role - FIRST_ROLE]

    def roleNames(self) -> dict[int, QByteArray]:
        return {FIRST_ROLE + i: QByteArray(name.encode()) for i, name in enumerate(self.ROLE_NAMES)}


class ValuesRow:
    """A row that is only its values (for models whose rows need nothing else)."""

    __slots__ = ("values",)

    def __init__(self, values: tuple[Any, ...]) -> None:
        self.values = values


class ReplacedRowListModel(RowListModel):
    """A short list rebuilt whole on every change: :meth:`replace_rows` resets it (only when the
    values differ, so views keep their state otherwise) and keeps :attr:`count` for QML."""

    countChanged = Signal()

    def _get_count(self) -> int:
        return len(self._rows)

    count = QtProperty(int, _get_count, notify=countChanged)

    def replace_rows(self, rows: Sequence[Row]) -> bool:
        """Show ``rows``; whether anything changed."""
        if [r.values for r in rows] == [r.values for r in self._rows]:
            return False
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        self.countChanged.emit()
        return True
