"""Reopening the app: the list and recent messages come from the cache before the network answers;
with the server unreachable an offline banner shows, and the app catches up when it is back."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from messenger_desktop.api import Credentials
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.qt.rooms_model import ROLES as ROOM_ROLES
from tests.support.fault_proxy import FaultProxy, Mode
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell
from tests.ui.test_shell import _people, _room_ids, _room_with, _say

pytestmark = pytest.mark.integration


def test_reopening_offline_shows_the_cached_conversations_and_catches_up_later(
    loop: asyncio.AbstractEventLoop, tmp_path: Path, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    first = Shell(loop, tmp_path / "profile")
    alice, bob = _people(first, synapse, new_user)
    room = first.run(_room_with(bob, alice, "Book club", ("Chapter 3 tonight?", "Bring snacks")))
    proxy = FaultProxy("127.0.0.1", synapse.port)
    first.run(proxy.start())
    via_proxy = Credentials(proxy.url, alice.user_id, alice.device_id, alice.access_token)
    try:
        # A first run fills the cache, then the app is closed.
        first.start(via_proxy)
        first.wait(lambda: room in _room_ids(first), what="the room in the list")
        first.close()

        # The server becomes unreachable, and meanwhile Bob writes.
        first.run(proxy.set_mode(Mode.REFUSE))
        first.run(_say(bob, room, "Are you coming?"))

        second = Shell(loop, tmp_path / "profile")
        try:
            second.start(via_proxy)
            rooms = second.session.rooms
            second.wait(lambda: rooms.rowCount() == 1, what="the cached list")
            index = rooms.index(0)
            assert rooms.data(index, ROOM_ROLES["name"]) == "Book club"
            assert rooms.data(index, ROOM_ROLES["lastBody"]) == "Bring snacks"
            second.session.openRoom(room)
            timeline = second.session.timeline
            second.wait(lambda: timeline.rowCount() >= 2 and not timeline.property("loading"), what="history")
            assert [timeline.row(i)["body"] for i in range(2)] == ["Bring snacks", "Chapter 3 tonight?"]
            second.wait(
                lambda: second.prop("offlineBanner", "visible"), timeout=30, what="the offline banner"
            )

            # The network comes back: the banner goes and Bob's message arrives.
            second.run(proxy.set_mode(Mode.PASS))
            second.wait(lambda: not second.prop("offlineBanner", "visible"), timeout=60, what="online again")
            second.wait(lambda: timeline.row(0)["body"] == "Are you coming?", timeout=30, what="catch-up")
            assert rooms.data(rooms.index(0), ROOM_ROLES["lastBody"]) == "Are you coming?"
        finally:
            second.close()
    finally:
        first.run(proxy.stop())
