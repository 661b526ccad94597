"""A lighter check in PySide's import hook.

PySide6 wraps ``__import__`` to support ``from __feature__ import snake_case``. For every module
imported after PySide6 it asks whether the module mentions PySide6, by ``inspect.getsource``: the
source is decoded, split into lines and kept in ``linecache`` for the life of the process (17 MB
for this app's imports, and time at every start). The same question is answered here from the
file's bytes, which are read, searched and let go.

Call :func:`install` before the app's Qt modules are imported (it imports PySide6 itself).
"""

from __future__ import annotations

import sys
from types import ModuleType


def mentions_pyside(module: ModuleType) -> bool:
    """Whether the module's source file contains "PySide6" (PySide's own test, without keeping
    the source). Modules without a Python source file (built in, extensions, zipped) do not."""
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None)
    if not isinstance(origin, str) or not origin.endswith(".py"):
        return False
    try:
        with open(origin, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def install() -> bool:
    """Import PySide6 and put :func:`mentions_pyside` in place of its check; False (nothing
    changed) when this PySide6 has no such check."""
    import PySide6.QtCore  # noqa: F401 - loads PySide's import hook, which is what changes here

    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    vars(feature)["_mod_uses_pyside"] = mentions_pyside
    return True
