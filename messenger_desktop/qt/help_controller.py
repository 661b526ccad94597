"""The Help menu: the keyboard shortcuts sheet, About, the log folder, and the diagnostics a bug
report needs (copied to the clipboard, never a token or a message)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import replace

import PySide6
from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QObject, QUrl, Slot, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication

from ..api.errors import ApiError
from ..diagnostics.licences import Licensed, app_licence, bundled
from ..diagnostics.redact import Redactor
from ..diagnostics.report import (
    Facts,
    ServerFacts,
    app_version,
    folder_size,
    format_report,
    os_description,
    project_url,
    python_description,
)
from ..session.profile import Profile
from .engine import resources_dir
from .formatting import tr
from .session_controller import SessionController
from .shortcut_table import sheet_rows
from .tasks import TaskGroup

VERSIONS_TIMEOUT = 10.0
"""Seconds to wait for the server's versions before copying without them."""


def _sticker_pack() -> Licensed | None:
    """The sticker pack drawn for the app, with the licence its pack file declares."""
    try:
        pack = json.loads((resources_dir() / "stickers" / "pack.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    licence = pack.get("licence") if isinstance(pack, dict) else None
    if not isinstance(licence, str):
        return None
    return Licensed(tr("“%1” stickers").replace("%1", str(pack.get("name", ""))), "", licence)


def _sizes(profile: Profile) -> dict[str, int]:
    """The profile's parts on disk (blocking: run off the UI thread)."""
    db = profile.database
    files = (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm"))
    return {
        "database": sum(p.stat().st_size for p in files if p.exists()),
        "media cache": folder_size(profile.path / "media-cache"),
        "logs": folder_size(profile.logs),
    }


class HelpController(QObject):
    """``app.help`` in QML. ``session`` gives the signed-in session's controller (or None)."""

    def __init__(
        self,
        profile: Profile,
        redactor: Redactor,
        session: Callable[[], SessionController | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._profile = profile
        self._redactor = redactor
        self._session = session
        self._tasks = TaskGroup()

    # -- About -----------------------------------------------------------------------------------

    # Read when About opens, not bound at start-up: package metadata costs a tenth of a second.

    @Slot(result="QVariantMap")
    def about(self) -> dict[str, str]:
        """``version``, ``licence`` (the app's own, SPDX) and ``projectUrl`` ("" when the
        installation does not say)."""
        return {"version": app_version(), "licence": app_licence(), "projectUrl": project_url()}

    @Slot(result="QVariantList")
    def components(self) -> list[dict[str, str]]:
        """What the app ships with and under which licence, read from the installation."""
        found = bundled()
        pack = _sticker_pack()
        if pack is not None:
            found.append(pack)
        return [{"name": c.name, "version": c.version, "licence": c.licence, "note": c.note} for c in found]

    # -- keyboard shortcuts ----------------------------------------------------------------------

    @Slot(result="QVariantList")
    def shortcuts(self) -> list[dict[str, object]]:
        """The sheet's rows, in the current language and the platform's key names."""
        return sheet_rows()

    # -- logs and diagnostics --------------------------------------------------------------------

    def _get_log_folder(self) -> str:
        return str(self._profile.logs)

    logFolder = QtProperty(str, _get_log_folder, constant=True)

    @Slot()
    def openLogFolder(self) -> None:
        """Show the folder in the desktop's file manager."""
        self._profile.logs.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._profile.logs))):
            self._tell(
                tr("The log folder could not be opened. It is %1").replace("%1", str(self._profile.logs))
            )

    @Slot()
    def copyDiagnostics(self) -> None:
        self._tasks.spawn(self._copy_diagnostics(), name="copy-diagnostics")

    async def _copy_diagnostics(self) -> None:
        text = format_report(await self.facts(), self._redactor)
        QGuiApplication.clipboard().setText(text)
        self._tell(tr("Diagnostics copied to the clipboard: paste them into your bug report."))

    async def facts(self) -> Facts:
        loop = asyncio.get_running_loop()
        sizes = await loop.run_in_executor(None, _sizes, self._profile)
        facts = Facts(
            app_version=app_version(),
            python=python_description(),
            qt=qVersion(),
            pyside=PySide6.__version__,
            os=os_description(),
            qt_platform=QGuiApplication.platformName(),
            sizes=sizes,
        )
        controller = self._session()
        if controller is None:
            return facts
        session = controller.session
        return replace(
            facts,
            server=await self._server(controller),
            sync_mode=session.sync.mode,
            connection=session.connection.state.value,
            room_count=len(await session.rooms()),
        )

    async def _server(self, controller: SessionController) -> ServerFacts:
        session = controller.session
        url = session.credentials.homeserver
        try:
            found = await asyncio.wait_for(session.api.versions(), VERSIONS_TIMEOUT)
        except (ApiError, TimeoutError) as exc:
            return ServerFacts(url, error=str(exc) or type(exc).__name__)
        return ServerFacts(url, found.versions, dict(found.unstable_features))

    def _tell(self, text: str) -> None:
        controller = self._session()
        if controller is not None:
            controller.show_notice(text)

    async def close(self) -> None:
        await self._tasks.cancel_all()
