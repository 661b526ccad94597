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
from .translations import language_changes

log = logging.getLogger(__name__)

ROLE_NAMES = ("key", "label", "description", "kind", "choices", "value", "section", "shown")
ROLES = role_table(ROLE_NAMES)
VALUE = ROLE_NAMES.index("value")
SHOWN = ROLE_NAMES.index("shown")


def _tr(text: str) -> str:
    return QCoreApplication.translate("settings", text)


def visible_options() -> tuple[Option, ...]:
    """The options the window shows, section by section in :data:`SECTIONS` order."""
    order = {section.key: i for i, section in enumerate(SECTIONS)}
    shown = [option for option in OPTIONS if option.section]
    return tuple(sorted(shown, key=lambda option: order[option.section]))


def kind_of(option: Option) -> str:
    """The row's control: "toggle" for a bool, "choice" for one of ``choices``; a field for the
    rest: "secret" (a password), "number", "text"."""
    if option.choices:
        return "choice"
    if option.type is bool:
        return "toggle"
    if option.secret:
        return "secret"
    if option.type is int and option.bounds is not None:
        return "number"
    if option.type is str:
        return "text"
    raise ValueError(f"the Settings window has no control for {option.key} ({option.type.__name__})")


def shown(option: Option, settings: Settings) -> bool:
    """Whether the row is shown now (see :attr:`~.settings.Option.shown_when`)."""
    if option.shown_when is None:
        return True
    key, values = option.shown_when
    return settings.value(key) in values


def _row(option: Option, value: Any, visible: bool = True) -> ValuesRow:
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
            visible,
        )
    )


class SettingsRowsModel(RowListModel):
    """The visible options in window order; :attr:`sections` names the window's pages."""

    ROLE_NAMES = ROLE_NAMES

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        options = visible_options()
        self._rows: list[ValuesRow] = [
            _row(option, settings.value(option.key), shown(option, settings)) for option in options
        ]
        self._row_of = {option.key: i for i, option in enumerate(options)}
        self._dependents: dict[str, list[Option]] = {}
        for option in options:
            if option.shown_when:
                self._dependents.setdefault(option.shown_when[0], []).append(option)
        self._sections = [{"key": s.key, "label": s.label} for s in SECTIONS]
        settings.changed.connect(self._on_changed)
        # whenever the translators change: a later choice, and the system's language when it is set
        # up after this model (the rows were made in English then)
        language_changes().changed.connect(self._retranslate)

    def _get_sections(self) -> list[dict[str, str]]:
        return self._sections

    sections = QtProperty(list, _get_sections, constant=True)
    """[{key, label}] for the window's left column, in order; QML translates the labels (context
    "settings"), so a new language keeps the page shown."""

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

    @Slot()
    def _retranslate(self) -> None:
        """Labels, descriptions and choices again, in the language now shown."""
        options = visible_options()
        settings = self._settings
        self._rows = [_row(option, settings.value(option.key), shown(option, settings)) for option in options]
        if self._rows:
            changed = [ROLES[name] for name in ("label", "description", "choices")]
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), changed)

    @Slot(str)
    def _on_changed(self, key: str) -> None:
        for dependent in self._dependents.get(key, ()):
            self._set_column(self._row_of[dependent.key], SHOWN, shown(dependent, self._settings))
        row = self._row_of.get(key)
        if row is not None:
            self._set_column(row, VALUE, self._settings.value(key))

    def _set_column(self, row: int, column: int, value: Any) -> None:
        values = self._rows[row].values
        if values[column] == value and type(values[column]) is type(value):
            return
        self._rows[row] = ValuesRow((*values[:column], value, *values[column + 1 :]))
        index = self.index(row)
        self.dataChanged.emit(index, index, [ROLES[ROLE_NAMES[column]]])
