"""The Settings window's rows: straight from the registry, every shown option named and placed,
and each row following its setting live."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from messenger_desktop.qt.settings import OPTIONS, SECTIONS, Settings
from messenger_desktop.qt.settings_rows import ROLES, SettingsRowsModel, kind_of


def _column(model: SettingsRowsModel, role: str) -> list[Any]:
    return [model.data(model.index(row), ROLES[role]) for row in range(model.rowCount())]


def test_every_shown_option_has_a_label_a_known_section_and_named_choices(qapp: QApplication) -> None:
    sections = [s.key for s in SECTIONS]
    assert len(set(sections)) == len(sections)
    for option in OPTIONS:
        if option.section:
            assert option.section in sections, option.key
            assert option.label, option.key
            assert len(option.choice_labels) == len(option.choices), option.key
            assert kind_of(option), f"{option.key} has no control"  # raises for none
        else:
            assert not option.label, f"{option.key} has a label but no section"


def test_rows_are_the_shown_options_section_by_section(qapp: QApplication, qtmodeltester: Any) -> None:
    model = SettingsRowsModel(Settings(None))
    qtmodeltester.check(model)
    shown = {o.key for o in OPTIONS if o.section}
    assert set(_column(model, "key")) == shown
    assert "recentEmoji" not in shown and "trayHintShown" not in shown
    order = [s.key for s in SECTIONS]
    assert _column(model, "section") == sorted(_column(model, "section"), key=order.index)
    assert [s["key"] for s in model.property("sections")] == order

    theme = _column(model, "key").index("theme")
    assert model.data(model.index(theme), ROLES["kind"]) == "choice"
    assert model.data(model.index(theme), ROLES["choices"]) == [
        {"value": "system", "label": "System"},
        {"value": "light", "label": "Light"},
        {"value": "dark", "label": "Dark"},
    ]
    preview = _column(model, "key").index("notificationPreview")
    assert model.data(model.index(preview), ROLES["kind"]) == "toggle"
    assert model.data(model.index(preview), ROLES["label"]) == "Show message content in notifications"
    assert model.data(model.index(preview), ROLES["description"])


def test_a_changed_setting_updates_only_its_row(qapp: QApplication, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.json")
    model = SettingsRowsModel(settings)
    changed: list[tuple[int, int, list[int]]] = []
    model.dataChanged.connect(lambda top, bottom, roles: changed.append((top.row(), bottom.row(), roles)))
    preview = _column(model, "key").index("notificationPreview")

    settings.set_value("notificationPreview", False)
    settings.set_value("recentEmoji", ["🙂"])  # not shown: no row changes

    assert changed == [(preview, preview, [ROLES["value"]])]
    assert model.data(model.index(preview), ROLES["value"]) is False


def test_set_value_from_qml_saves_and_refuses_bad_values_quietly(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    model = SettingsRowsModel(Settings(path))
    model.setValue("theme", "dark")
    model.setValue("theme", "purple")  # refused: logged, not raised into QML
    model.setValue("nope", True)
    assert json.loads(path.read_text()) == {"theme": "dark"}
    assert _column(model, "value")[_column(model, "key").index("theme")] == "dark"
