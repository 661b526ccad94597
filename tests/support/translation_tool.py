"""``scripts/translations.py`` (the translation workflow) as a module, for the tests that run its
check and its pseudo-translation."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "translations.py"
NAME = "messenger_translation_tool"


def translation_tool() -> ModuleType:
    if NAME in sys.modules:
        return sys.modules[NAME]
    spec = importlib.util.spec_from_file_location(NAME, SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[NAME] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def system_language() -> None:
    """The translators and formats of a fresh start again (translators belong to the application:
    a test that changed the language leaves it as the tests after it expect)."""
    from PySide6.QtCore import QLocale

    from messenger_desktop.qt.translations import apply, chosen_language, locale_for

    system = QLocale.system()
    code = chosen_language("system", system)
    apply(code, locale_for(code, system), SCRIPT.parents[1] / "resources" / "translations")
