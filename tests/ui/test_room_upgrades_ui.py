"""A room upgraded on a real Synapse (``POST /upgrade``): its conversation says it was replaced
and offers the new one; one click joins and opens it, and the list follows to the successor."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from messenger_desktop.api import Credentials, RoomId, UserId
from messenger_desktop.api.routes import CLIENT_V3, path
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.qt.rooms_model import ROLES, RoomsModel
from messenger_desktop.store.rows import RoomSummary
from tests.support.core import api_for
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell
from tests.ui.test_room_admin_ui import _membership, _on_server, _open, _people, _say
from tests.ui.test_shell import _room_ids


async def _public_room(owner: Credentials, guest: Credentials, name: str) -> RoomId:
    async with api_for(owner) as api:
        room = await api.create_room(name=name, preset="public_chat")
    async with api_for(guest) as api:
        await api.join(room)
    return room


async def _upgrade(owner: Credentials, room: RoomId) -> RoomId:
    async with api_for(owner) as api:
        answer = await api.request(
            "POST", path(CLIENT_V3, "rooms", room, "upgrade"), body={"new_version": "12"}
        )
    return RoomId(answer["replacement_room"])


def _shown(app: Shell, name: str) -> bool:
    return bool(app.find(name).isVisible())


@pytest.mark.integration
def test_a_replaced_room_leads_to_its_successor_and_the_list_follows(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    p = _people(app, synapse, new_user, ("Alice", "Bob"))
    alice, bob = p["Alice"], p["Bob"]
    old = app.run(_public_room(bob, alice, "Garden club"))
    app.run(_say(bob, old, "moving to a newer room version"))
    _open(app, alice, old)
    assert _shown(app, "composer") and not _shown(app, "replacedBar")

    new = app.run(_upgrade(bob, old))
    app.wait(lambda: _shown(app, "replacedBar"), what="the replaced bar")
    assert not _shown(app, "composer")
    assert old in _room_ids(app) and new not in _room_ids(app)  # nothing joined by itself

    app.click("followReplacementButton")
    app.wait(lambda: app.session.property("currentRoomId") == new, what="the new conversation to open")
    _on_server(
        app, lambda: _membership(bob, new, alice.user_id), lambda m: m["membership"] == "join", "joined"
    )
    app.wait(lambda: old not in _room_ids(app), what="the old one to leave the list")
    assert new in _room_ids(app)
    assert _shown(app, "composer") and not _shown(app, "replacedBar")


def test_the_list_hides_a_replaced_room_once_its_successor_is_joined(qapp: QApplication) -> None:
    """From the cache at start-up as from sync: an invitation to the successor is not enough, and
    leaving the successor brings the old room back."""
    old = RoomSummary(RoomId("!old:t"), "join", "Club", replacement_room="!new:t", notification_count=3)
    invited = RoomSummary(RoomId("!new:t"), "invite", "Club")
    joined = dataclasses.replace(invited, membership="join")
    model = RoomsModel(UserId("@me:t"))
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.load([old, joined])
    assert _listed(model) == ["!new:t"]
    assert model.property("unreadTotal") == 0  # the hidden room's unread is not counted
    model.load([old, invited])
    assert sorted(_listed(model)) == ["!new:t", "!old:t"]
    model.apply([joined])
    assert _listed(model) == ["!new:t"]
    model.apply([], [RoomId("!new:t")])
    assert _listed(model) == ["!old:t"]
    assert model.property("unreadTotal") == 3


def _listed(model: RoomsModel) -> list[str]:
    return [model.data(model.index(i), ROLES["roomId"]) for i in range(model.rowCount())]
