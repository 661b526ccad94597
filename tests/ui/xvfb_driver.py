"""Run as a subprocess by ``test_xvfb_smoke.py``: open the real window on the X server named by
``DISPLAY`` (the xcb platform), sign in with the credentials in ``argv[2]``, wait for the
conversation list, save a screenshot to ``argv[3]``, print the platform name."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from messenger_desktop.api.client import Credentials
from messenger_desktop.qt.loop import EventLoop
from tests.ui.shell import Shell


def main() -> int:
    profile_dir, creds_file, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    app = QApplication(sys.argv[:1])
    loop = EventLoop(app)
    asyncio.set_event_loop(loop)
    shell = Shell(loop, profile_dir)
    shell.window.resize(1280, 800)
    shell.window.show()
    shell.start(Credentials(**json.loads(creds_file.read_text())))
    shell.wait(lambda: shell.session.rooms.rowCount() > 0, timeout=60, what="the conversation list")
    shell.grab(out)
    print(QGuiApplication.platformName(), flush=True)
    shell.close()
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.run_until_complete(loop.shutdown_default_executor())
    asyncio.set_event_loop(None)
    loop.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
