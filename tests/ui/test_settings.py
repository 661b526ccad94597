"""The settings registry: one table of options, persisted per profile, per-option notification."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from messenger_desktop.qt.settings import OPTIONS, Settings


def test_every_option_has_a_default_a_description_and_a_qml_property() -> None:
    settings = Settings(None)
    for option in OPTIONS:
        assert option.description
        assert option.accepts(option.default)
        assert settings.property(option.key) == option.default


def test_a_changed_option_is_saved_and_announced_alone(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(path)
    theme_changes: list[bool] = []
    enter_changes: list[bool] = []
    seen: list[object] = []
    settings.themeChanged.connect(lambda: theme_changes.append(True))
    settings.enterSendsChanged.connect(lambda: enter_changes.append(True))
    settings.subscribe("theme", seen.append)

    settings.setProperty("theme", "dark")
    settings.set_value("theme", "dark")  # unchanged: no second notification

    assert (theme_changes, enter_changes, seen) == ([True], [], ["dark"])
    assert json.loads(path.read_text()) == {"theme": "dark"}
    assert Settings(path).value("theme") == "dark"


def test_invalid_values_are_refused_and_a_broken_file_means_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(path)
    with pytest.raises(ValueError, match="not a valid value"):
        settings.set_value("theme", "purple")
    with pytest.raises(ValueError, match="not a valid value"):
        settings.set_value("enterSends", 1)
    with pytest.raises(KeyError):
        settings.set_value("nope", True)
    path.write_text('{"theme": 3, "enterSends": false, "unknown": 1}')
    assert (Settings(path).value("theme"), Settings(path).value("enterSends")) == ("system", False)
    path.write_text("{not json")
    assert Settings(path).value("theme") == "system"
