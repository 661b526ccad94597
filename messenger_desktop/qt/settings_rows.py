"""The rows of the Settings window, straight from the registry (:mod:`.settings`).

Every option with a section is a row; its control follows from its type (a switch for a bool, a
choice for an option with choices), so adding a row is adding an :class:`~.settings.Option`. A row's
value follows the setting live, whoever changes it (the window, the tray's menu, another module).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QCoreApplication, QObject, Slot

from .row_model import RowListModel, ValuesRow, role_table
from .settings import BY_KEY, OPTIONS, SECTIONS, Option, Settings

log = logging.getLogger(__name__)

ROLE_NAMES = ("key", "label", "description", "kind", "choices", "value", "section")
ROLES = role_table(ROLE_NAMES)
VALUE = ROLE_NAMES.index("value")


def _tr(text: str) -> str:
    return QCoreApplication.translate("settings", text)


def visible_options() -> tuple[Option, ...]:
    """The options the window shows, section by section in :data:`SECTIONS` order."""
    order = {section.key: i for i, section in enumerate(SECTIONS)}
    shown = [option for option in OPTIONS if option.section]
    return tuple(sorted(shown, key=lambda option: order[option.section]))


def kind_of(option: Option) -> str:
    """The row's control: "toggle" for a bool, "choice" for one of ``choices``."""
    if option.choices:
        return "choice"
    if option.type is bool:
        return "toggle"
    raise ValueError(f"the Settings window has no control for {option.key} ({option.type.__name__})")


def _row(option: Option, value: Any) -> ValuesRow:
    choices = [
        {"value": choice, "label": _tr(label)}
        for choice, label in zip(option.choices, option.choice_labels, strict=True)
    ]
    return ValuesRow(
        (
            option.key,
            _tr(option.label),
            _tr(option.description),
            kind_of(option),
            choices,
            value,
            option.section,
        )
    )


class SettingsRowsModel(RowListModel):
    """The visible options in window order; :attr:`sections` names the window's pages."""

    ROLE_NAMES = ROLE_NAMES

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        options = visible_options()
        self._rows: list[ValuesRow] = [_row(option, settings.value(option.key)) for option in options]
        self._row_of = {option.key: i for i, option in enumerate(options)}
        self._sections = [{"key": s.key, "label": _tr(s.label)} for s in SECTIONS]
        settings.changed.connect(self._on_changed)

    def _get_sections(self) -> list[dict[str, str]]:
        return self._sections

    sections = QtProperty(list, _get_sections, constant=True)
    """[{key, label}] for the window's left column, in order."""

    @Slot(str, "QVariant")
    def setValue(self, key: str, value: Any) -> None:
        """Change a setting from its row. A number from QML arrives as a float; an int option gets
        it back as an int. A value the registry refuses is logged and dropped, never raised into QML."""
        option = BY_KEY.get(key)
        if option is None:
            log.warning("no setting %r", key)
            return
        if option.type is int and isinstance(value, float) and value.is_integer():
            value = int(value)
        try:
            self._settings.set_value(key, value)
        except ValueError as exc:
            log.warning("setting not changed: %s", exc)

    @Slot(str)
    def _on_changed(self, key: str) -> None:
        row = self._row_of.get(key)
        if row is None:
            return
        values = self._rows[row].values
        self._rows[row] = ValuesRow((*values[:VALUE], self._settings.value(key), *values[VALUE + 1 :]))
        index = self.index(row)
        self.dataChanged.emit(index, index, [ROLES["value"]])
