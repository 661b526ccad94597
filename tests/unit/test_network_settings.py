"""The registry's typed rows (the proxy's): fields of the right kind, shown only when they mean
something, a port within bounds, and a password that is never written to settings.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from messenger_desktop.qt.settings import Settings
from messenger_desktop.qt.settings_rows import ROLES, SettingsRowsModel


def _role(model: SettingsRowsModel, key: str, role: str) -> Any:
    keys = [model.data(model.index(row), ROLES["key"]) for row in range(model.rowCount())]
    return model.data(model.index(keys.index(key)), ROLES[role])


def test_the_password_stays_in_memory_and_a_file_cannot_bring_one(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(path)
    settings.set_value("proxyUser", "pat")
    settings.set_value("proxyPassword", "hunter2")
    assert settings.value("proxyPassword") == "hunter2"
    assert json.loads(path.read_text()) == {"proxyUser": "pat"}
    path.write_text(json.dumps({"proxyUser": "pat", "proxyPassword": "from a file"}))
    assert Settings(path).value("proxyPassword") == ""


def test_the_port_is_a_number_within_bounds() -> None:
    settings = Settings(None)
    settings.set_value("proxyPort", 3128)
    for wrong in (70000, -1, "3128"):
        with pytest.raises(ValueError, match="not a valid value"):
            settings.set_value("proxyPort", wrong)


def test_proxy_rows_are_fields_shown_only_with_a_proxy(qapp: QApplication) -> None:
    settings = Settings(None)
    model = SettingsRowsModel(settings)
    kinds = {
        key: _role(model, key, "kind") for key in ("proxyMode", "proxyHost", "proxyPort", "proxyPassword")
    }
    assert kinds == {
        "proxyMode": "choice",
        "proxyHost": "text",
        "proxyPort": "number",
        "proxyPassword": "secret",
    }
    assert _role(model, "proxyMode", "shown") is True
    assert _role(model, "proxyHost", "shown") is False
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, roles: changed.append(top.row()))
    settings.set_value("proxyMode", "socks5")
    assert all(_role(model, key, "shown") for key in ("proxyHost", "proxyPort", "proxyUser", "proxyPassword"))
    assert len(changed) == 5  # four rows shown, and the choice itself
    model.setValue("proxyPort", 1080.0)  # a number from QML arrives as a float
    assert settings.value("proxyPort") == 1080
    assert _role(model, "spellLanguage", "shown") is True
    settings.set_value("spellCheck", False)
    assert _role(model, "spellLanguage", "shown") is False
