"""Files the way a user hands them to the window: chosen in Qt's file dialog, or dragged from a
file manager and dropped."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMetaObject, QMimeData, QObject, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

from tests.ui.shell import Shell


async def invoke_later(target: QObject, method: str) -> None:
    """Call ``method`` from the event queue, as a click's handler is: pressing Open closes and
    frees the dialog's window, which a synthesised click delivered right here would still be in."""
    QMetaObject.invokeMethod(target, method, Qt.ConnectionType.QueuedConnection)
    await asyncio.sleep(0.05)


def choose_file(app: Shell, dialog_name: str, path: Path) -> None:
    """In the open file dialog ``dialog_name``, go to ``path``'s folder, pick the file, press Open.

    The dialog (Qt's own, a window of its own) is driven through its properties and its accept
    from the event queue, as its file list and Open button do: mouse events synthesised into a
    second window crash Qt offscreen now and then."""
    assert not any(Path.cwd().iterdir()), "open file dialogs with the quiet_working_folder fixture"
    dialog = app.obj(dialog_name)
    app.wait(lambda: dialog.property("visible"), what="the file dialog")
    # the folder it opened on is listed before another is typed, as a person sees it: a folder
    # changed while the list still makes its rows has Qt warn "DelegateModel::cancel"
    app.wait(lambda: app.has("fileDialogListView"), what="the file list")
    app.run(asyncio.sleep(0.3))
    dialog.setProperty("currentFolder", QUrl.fromLocalFile(str(path.parent)))  # as typed in its path bar
    wanted = QUrl.fromLocalFile(str(path))

    def listed() -> bool:
        return any(i.property("file") == wanted for i in app.visual_children("fileDialogListView"))

    app.wait(listed, what=f"{path.name} in the file dialog")
    implementation = next(
        o
        for o in app.window.findChildren(QObject)
        if o.metaObject().className().startswith("FileDialog_") and o.property("visible")
    )
    implementation.setProperty("selectedFile", wanted)  # what clicking its entry does
    app.wait(lambda: dialog.property("selectedFiles") == [wanted], what=f"{path.name} selected")
    app.run(invoke_later(dialog, "accept"))  # its Open button
    app.wait(lambda: not dialog.property("visible"), what="the file dialog to close")
    app.window.requestActivate()  # the window manager's part: back to the main window
    app.wait(lambda: app.window.isActive(), what="the main window to be active again")


def drop_files(app: Shell, name: str, paths: list[Path]) -> None:
    """Drag files from a file manager and let go over the item ``name``."""

    async def dropping() -> None:
        target = app.find(name)
        point = target.mapToScene(QPointF(target.width() / 2, target.height() / 2)).toPoint()
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
        action = Qt.DropAction.CopyAction
        buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        for event in (
            QDragEnterEvent(point, action, data, buttons, mods),
            QDragMoveEvent(point, action, data, buttons, mods),
            QDropEvent(QPointF(point), action, data, buttons, mods),
        ):
            QCoreApplication.sendEvent(app.window, event)
            await asyncio.sleep(0.02)

    app.run(dropping())
