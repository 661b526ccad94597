"""Replaces PyInstaller's own QtQml hook: collect only the QML modules the app imports.

PyInstaller's hook collects every QML module in the PySide6 wheel (WebEngine, Quick3D, Charts,
Location…) and with them the Qt libraries they link: hundreds of megabytes and minutes of
dependency analysis for modules the app never loads. Here the set starts from the ``import`` lines
of the app's QML files (``hooksconfig["PySide6.QtQml"]["app_qml"]``) plus the platform's default
Controls style (the stock dialogs' fallback UI imports plain ``QtQuick.Controls``), and follows
each module's ``qmldir`` (``depends``/``import``) and the imports of its own QML files. Style
variants (``+Material/`` and such file selectors) and Qt Design Studio's ``designer/`` files are
not followed.
"""

from __future__ import annotations

import re
from pathlib import Path

from PyInstaller.utils.hooks import get_hook_config
from PyInstaller.utils.hooks.qt import add_qt6_dependencies, pyside6_library_info

_IMPORT = re.compile(r"^\s*import\s+([A-Za-z_][\w.]*)", re.MULTILINE)
_DEFAULT_STYLES = {
    "linux": ["QtQuick.Controls.Fusion"],
    "win32": ["QtQuick.Controls.FluentWinUI3", "QtQuick.Controls.Windows", "QtQuick.NativeStyle"],
    "darwin": ["QtQuick.Controls.macOS", "QtQuick.Controls.iOS", "QtQuick.NativeStyle"],
}


def _imports(qml_file: Path) -> set[str]:
    return set(_IMPORT.findall(qml_file.read_text(encoding="utf-8", errors="replace")))


def _own_qml_files(module_dir: Path) -> list[Path]:
    """The module's QML files, leaving out nested modules, file selectors and designer files."""
    found = []
    for path in module_dir.rglob("*.qml"):
        parts = path.relative_to(module_dir).parts[:-1]
        if any(part.startswith("+") or part == "designer" for part in parts):
            continue
        if any((module_dir.joinpath(*parts[: i + 1]) / "qmldir").is_file() for i in range(len(parts))):
            continue
        found.append(path)
    return found


def module_closure(qml_root: Path, start: set[str]) -> set[str]:
    """Every QML module (dotted name) reachable from ``start`` that exists under ``qml_root``."""
    seen: set[str] = set()
    todo = sorted(start)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        module_dir = qml_root.joinpath(*name.split("."))
        if not (module_dir / "qmldir").is_file():
            continue
        seen.add(name)
        for line in (module_dir / "qmldir").read_text(encoding="utf-8").splitlines():
            words = line.split()
            if len(words) >= 2 and words[0] in ("depends", "import"):
                todo.append(words[1])
        for qml_file in _own_qml_files(module_dir):
            todo.extend(_imports(qml_file))
    return seen


def hook(hook_api):
    import sys

    hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
    hook_api.add_imports(*hiddenimports)
    hook_api.add_binaries(binaries)
    hook_api.add_datas(datas)

    app_qml = Path(get_hook_config(hook_api, "PySide6.QtQml", "app_qml"))
    start: set[str] = set()
    for qml_file in app_qml.glob("*.qml"):
        start |= _imports(qml_file)
    platform = "linux" if sys.platform.startswith("linux") else sys.platform
    start.update(_DEFAULT_STYLES.get(platform, []))

    location = pyside6_library_info.location
    qml_root = Path(location.get("QmlImportsPath") or location["Qml2ImportsPath"]).resolve()
    wanted = {Path(*name.split(".")) for name in module_closure(qml_root, start)}
    qml_binaries, qml_datas = pyside6_library_info.collect_qtqml_files()

    def module_of(src: str, dest: str) -> Path:
        """The QML module directory (relative to qml/) a collected file or folder belongs to."""
        relative = Path(dest).relative_to(Path(pyside6_library_info.qt_rel_dir) / "qml")
        return relative.parent if Path(src).is_dir() else relative

    hook_api.add_binaries([(src, dest) for src, dest in qml_binaries if module_of(src, dest) in wanted])
    hook_api.add_datas([(src, dest) for src, dest in qml_datas if module_of(src, dest) in wanted])
