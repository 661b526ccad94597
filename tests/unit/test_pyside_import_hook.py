"""PySide's import hook asks of every later import whether it mentions PySide6; ours answers as
PySide's own check does, without keeping every module's source lines in memory."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# A fresh process, as the app starts: the hook goes in, then the app's modules are imported.
_PROBE = textwrap.dedent(
    """
    import json, linecache, sys, types
    from messenger_desktop.qt import pyside_import_hook
    installed = pyside_import_hook.install()
    import messenger_desktop.app
    cached = len(linecache.cache)
    feature = sys.modules["PySide6.support.feature"]
    recorded = {name: value for name, value in feature.pyside_feature_dict.items() if isinstance(value, int)}
    modules = [m for m in list(sys.modules.values()) if isinstance(m, types.ModuleType)]
    ours = {m.__name__: pyside_import_hook.mentions_pyside(m) for m in modules}
    import inspect
    def pysides(module):  # what PySide6 6.11's hook does: inspect.getsource, then a substring test
        try:
            return "PySide6" in inspect.getsource(module)
        except (TypeError, OSError, SyntaxError):
            return False
    differ = sorted(m.__name__ for m in modules if ours[m.__name__] != pysides(m))
    print(json.dumps({"installed": installed, "cached": cached, "recorded": recorded, "ours": ours,
                      "differ": differ}))
    """
)


def _probe() -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True, cwd=ROOT, timeout=120
    )
    result: dict[str, object] = json.loads(out.stdout)
    return result


def test_the_app_imports_keep_no_source_lines_and_get_pysides_answers() -> None:
    probe = _probe()
    assert probe["installed"] is True, "this PySide6 has no such check: the hook is left as it is"
    assert isinstance(probe["cached"], int) and probe["cached"] < 5, f"{probe['cached']} files' lines kept"
    assert probe["differ"] == [], "answers that differ from PySide's own check"
    ours = probe["ours"]
    assert isinstance(ours, dict)
    assert ours["messenger_desktop.qt.rooms_model"] is True
    assert ours["json"] is False and ours["sys"] is False  # no PySide6 in it; built in, no file
    # the hook still records each answer it was asked for: 0 for a module that mentions PySide6
    recorded = probe["recorded"]
    assert isinstance(recorded, dict)
    assert recorded.get("messenger_desktop.qt.rooms_model") == 0
    assert recorded.get("messenger_desktop.store.database") == -1
