"""The folder editor's ordering guarantees, with a session whose writes the test holds and releases.

The real round trip (UI → account data → other device) is covered against Synapse in
``test_organise.py``; what cannot be produced there on demand is the timing: a slow write while
the user keeps editing, and sync bringing back an older write after a newer one was made. The
session here is a stand-in for exactly that (its ``set_folders`` waits until the test lets it go).
"""

from __future__ import annotations

import asyncio
from typing import Any, cast

from PySide6.QtWidgets import QApplication

from messenger_desktop.api import UserId
from messenger_desktop.qt.folder_editor import FolderEditor
from messenger_desktop.qt.rooms_model import RoomsModel
from messenger_desktop.session.session import Session
from messenger_desktop.store.folders import Folder


class SlowServer:
    """``set_folders`` as a slow server answers: one write at a time, each let through by the test."""

    def __init__(self) -> None:
        self.written: list[tuple[Folder, ...]] = []
        self.arrived: asyncio.Queue[asyncio.Future[None]] = asyncio.Queue()
        self.answered: asyncio.Queue[None] = asyncio.Queue()
        self.busy = 0

    async def set_folders(self, folders: tuple[Folder, ...]) -> None:
        self.busy += 1
        assert self.busy == 1, "two writes at once could reach the server out of order"
        gate: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.arrived.put_nowait(gate)
        await gate
        self.written.append(tuple(folders))
        self.busy -= 1
        self.answered.put_nowait(None)


def _editor() -> tuple[FolderEditor, RoomsModel, SlowServer]:
    rooms = RoomsModel(UserId("@me:t"))
    server = SlowServer()
    errors: list[BaseException] = []
    editor = FolderEditor(cast(Session, server), rooms, errors.append)
    return editor, rooms, server


def _names(rooms: RoomsModel) -> list[str]:
    return [f.name for f in rooms.folders()]


async def _settle(server: SlowServer, writes: int) -> None:
    """Let ``writes`` writes through, one after the other."""
    for _ in range(writes):
        (await server.arrived.get()).set_result(None)
        await server.answered.get()


def test_a_run_of_edits_is_written_one_at_a_time_and_the_last_one_wins(
    qapp: QApplication, loop: asyncio.AbstractEventLoop
) -> None:
    editor, rooms, server = _editor()
    work = editor.create("Work", ["!a:t"])
    first_write = loop.run_until_complete(server.arrived.get())  # on its way, not answered yet
    editor.save(work, "Work stuff", ["!a:t"], [], False)
    editor.save(work, "Job", ["!a:t", "!b:t"], ["unread"], True)
    assert _names(rooms) == ["Job"]  # shown at once
    first_write.set_result(None)
    loop.run_until_complete(server.answered.get())
    loop.run_until_complete(_settle(server, 1))
    loop.run_until_complete(editor.wait_idle())
    # the middle state was superseded before it was sent: two writes, the newest last
    assert [[f.name for f in written] for written in server.written] == [["Work"], ["Job"]]
    (job,) = server.written[-1]
    assert (job.rooms, job.include, job.exclude_muted) == (("!a:t", "!b:t"), ("unread",), True)


def test_a_late_echo_of_an_older_write_does_not_bring_it_back(
    qapp: QApplication, loop: asyncio.AbstractEventLoop
) -> None:
    editor, rooms, server = _editor()
    work = editor.create("Work", [])
    loop.run_until_complete(_settle(server, 1))
    first: Any = server.written[0]
    editor.save(work, "Job", [], [], False)
    loop.run_until_complete(_settle(server, 1))
    second: Any = server.written[1]

    editor.synced(first)  # sync was behind: the echo of the first write
    assert _names(rooms) == ["Job"]
    editor.synced(second)
    assert _names(rooms) == ["Job"]

    other_device = (Folder(id="x", name="From the phone"),)
    editor.synced(other_device)  # not ours: another device changed them, and that shows
    assert _names(rooms) == ["From the phone"]
    editor.synced(first)  # a stale echo is no longer pending: applied as any remote change
    assert _names(rooms) == ["Work"]


def test_moving_and_membership(qapp: QApplication, loop: asyncio.AbstractEventLoop) -> None:
    editor, rooms, _ = _editor()
    a = editor.create("A", [])
    b = editor.create("B", ["!r:t"])
    editor.move(b, -1)
    assert _names(rooms) == ["B", "A"]
    editor.move(b, -5)  # already first
    assert _names(rooms) == ["B", "A"]
    editor.setMember("!r:t", a, True)
    editor.setMember("!r:t", b, False)
    assert [f.rooms for f in rooms.folders()] == [(), ("!r:t",)]
    assert editor.foldersOf("!r:t") == [
        {"id": b, "name": "B", "member": False},
        {"id": a, "name": "A", "member": True},
    ]
    assert editor.save("", "   ", [], [], False) == ""  # no name, no folder
    editor.remove(a)
    assert _names(rooms) == ["B"]
    loop.run_until_complete(editor.cancel())
