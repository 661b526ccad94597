"""What the user sees of a broken cache or a full disk (issue 8, faults survived): a cache that is
garbage at start is set aside with one sentence in the window and the conversations come back from
the server; a message sent while the disk is full is shown unsent with the reason under a strip that
says so, and goes out by itself once there is space again."""

from __future__ import annotations

import contextlib
import logging
import secrets
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtQuick import QQuickItem

from messenger_desktop.api import Credentials, RoomId
from messenger_desktop.api.ids import TxnId
from messenger_desktop.localserver import LocalSynapse
from tests.support.core import api_for, server_bodies, until_async
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell
from tests.ui.test_conversations import _bodies, _open_and_load
from tests.ui.test_shell import _people, _room_ids, _room_with

pytestmark = pytest.mark.integration


async def _say(who: Credentials, room: RoomId, text: str) -> None:
    async with api_for(who) as api:
        await api.send(
            room, "m.room.message", TxnId(f"say-{secrets.token_hex(6)}"), {"msgtype": "m.text", "body": text}
        )


@contextlib.contextmanager
def _watching_sync_failures() -> Iterator[list[str]]:
    """The sync loop's word that an answer could not be stored, as it says it."""
    seen: list[str] = []

    class Handler(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.getMessage().startswith("sync answer not stored"):
                seen.append(record.getMessage())

    logger, handler = logging.getLogger("messenger_desktop.session.sync_loop"), Handler()
    logger.addHandler(handler)
    try:
        yield seen
    finally:
        logger.removeHandler(handler)


def _shown(shell: Shell, text: str) -> bool:
    """Some visible item in the window shows exactly ``text``."""
    stack: list[QQuickItem] = [shell.window.contentItem()]
    while stack:
        item = stack.pop()
        if not item.isVisible():
            continue
        if item.property("text") == text and item.width() > 0:
            return True
        stack.extend(item.childItems())
    return False


def test_a_garbage_cache_at_start_is_rebuilt_and_the_user_told(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    room = shell.run(_room_with(bob, alice, "Still here", ("Kept on the server",)))
    shell.profile.database.write_bytes(b"\x00garbage, not a database\xff" * 500)

    shell.start(alice)
    notice = shell.session.property("notice")
    assert notice.startswith("The saved conversations were damaged, so they are being downloaded again.")
    assert "could not be recovered" in notice  # nothing could be read: it does not pretend otherwise
    shell.wait(lambda: _shown(shell, notice), what="the sentence in the window")
    shell.wait(lambda: room in _room_ids(shell), timeout=30, what="the room back from the server")
    _open_and_load(shell, room)
    assert _bodies(shell) == ["Kept on the server"]
    aside = list(shell.profile.path.glob("cache.sqlite3.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"\x00garbage")


def _send_state(shell: Shell, body: str) -> tuple[str, str] | None:
    timeline = shell.session.timeline
    for i in range(timeline.rowCount()):
        row = timeline.row(i)
        if row["kind"] == "message" and row["body"] == body:
            return row["sendState"], row["error"]
    return None


def test_sending_on_a_full_disk_is_refused_visibly_and_goes_once_there_is_space(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    room = shell.run(_room_with(bob, alice, "Disk", ("Anything new?",)))
    shell.start(alice)
    _open_and_load(shell, room)
    db = shell.session.session.db
    db.probe_interval = 0.3

    async def fill_the_disk() -> None:  # SQLite's own "database or disk is full"
        pages = await db.run(lambda c: c.execute("PRAGMA page_count").fetchone()[0])
        await db.run(lambda c: c.execute(f"PRAGMA max_page_count={pages}"))

    shell.run(fill_the_disk())
    banner = shell.find("storageBanner")
    assert not banner.isVisible()
    text = "A long answer " + "that needs room on the disk " * 200
    shell.focus("composer")
    shell.type(text)
    shell.key(Qt.Key.Key_Return, text="\r")
    shell.wait(lambda: (_send_state(shell, text) or ("", ""))[0] == "failed", what="the refusal")
    _, error = _send_state(shell, text) or ("", "")
    assert "disk is full" in error
    shell.wait(lambda: banner.isVisible(), what="the strip")
    assert "the disk is full" in banner.property("text")
    assert shell.run(server_bodies(synapse.base_url, alice, room)) == ["Anything new?"]  # not sent
    asked = "Did it arrive? " * 2000
    with _watching_sync_failures() as failures:
        shell.run(_say(bob, room, asked))  # an answer that cannot be stored either
        shell.wait(lambda: bool(failures), what="a sync answer that could not be stored")
    assert not shell.session.property("offline"), "a full disk is not a lost connection"

    shell.run(db.run(lambda c: c.execute("PRAGMA max_page_count=1073741823")))  # space again
    shell.wait(lambda: not banner.isVisible(), what="the strip to go")
    shell.wait(lambda: (_send_state(shell, text) or ("", ""))[0] == "sent", timeout=30, what="the send")

    async def on_server() -> bool:
        return text in await server_bodies(synapse.base_url, alice, room)

    shell.run(until_async(on_server, what="the message on the server"))
    shell.run(shell.session.session.outbox.wait_idle())
    assert shell.run(server_bodies(synapse.base_url, alice, room)) == ["Anything new?", asked, text]  # once
    shown = lambda: [b for b in _bodies(shell) if b.startswith("Did it arrive?")]  # noqa: E731
    shell.wait(lambda: len(shown()) == 1, what="Bob's message, stored once there was space")
