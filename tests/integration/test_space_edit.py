"""Making and arranging a space against a real Synapse: Alice creates a space, adds rooms and a
sub-space, suggests one, removes one, and moves a room to another space; Bob, a member of the
space, may not change it (the server refuses, and the cache says so beforehand)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from messenger_desktop.api import MatrixError, RoomId
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.session.session import Session
from tests.integration.test_organise import summary_where
from tests.support.core import api_for, login, open_session, until_async
from tests.support.synapse import UserFactory

pytestmark = pytest.mark.integration


async def _state(session: Session, room: RoomId, etype: str, key: str) -> dict[str, Any]:
    try:
        return await session.api.state_event(room, etype, key)
    except MatrixError as exc:
        if exc.status == 404:
            return {}
        raise


def test_creating_a_space_and_arranging_its_rooms(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    async def scenario() -> None:
        alice_id, alice_pw = new_user("alice", displayname="Alice")
        bob_id, bob_pw = new_user("bob", displayname="Bob")
        alice_creds = await login(synapse.base_url, alice_id, alice_pw)
        bob_creds = await login(synapse.base_url, bob_id, bob_pw)
        alice, _ = await open_session(tmp_path / "alice", alice_creds, poll_ms=300)
        bob, _ = await open_session(tmp_path / "bob", bob_creds, poll_ms=300)
        server = alice_id.split(":", 1)[1]
        try:
            await asyncio.wait_for(asyncio.gather(alice.synced.wait(), bob.synced.wait()), 30)
            space = await alice.create_space("Climbers", "All about climbing", public=True)
            made = await summary_where(
                alice, space, lambda s: s.is_space and s.name == "Climbers" and s.topic, "the space"
            )
            assert made.name == "Climbers" and made.topic == "All about climbing"
            levels = await alice.api.state_event(space, "m.room.power_levels")
            assert levels["events_default"] == 100
            rules = await alice.api.state_event(space, "m.room.join_rules")
            assert rules["join_rule"] == "public"
            assert await alice.space_edit_refusal(space) == ""

            gear = await alice.create_group("Gear swap")
            trips = await alice.create_group("Trips")
            sub = await alice.create_space("Bouldering", public=False)
            for room in (gear, trips, sub):
                await summary_where(alice, room, lambda s: s.membership == "join", "the room")
                await alice.add_to_space(space, room)
            assert await _state(alice, space, "m.space.child", gear) == {"via": [server], "suggested": False}
            assert await _state(alice, gear, "m.space.parent", space) == {"via": [server], "canonical": True}
            await summary_where(alice, space, lambda s: len(s.children) == 3, "three children")
            rooms = await alice.space_hierarchy(space)
            assert {r.room_id for r in rooms} == {gear, trips, sub}
            assert [r.room_type for r in rooms if r.room_id == sub] == ["m.space"]

            # suggested: flipped on the server, first in the hierarchy
            await alice.set_suggested(space, trips, True)
            child = await _state(alice, space, "m.space.child", trips)
            assert child == {"via": [server], "suggested": True}
            rooms = await alice.space_hierarchy(space)
            assert (rooms[0].room_id, rooms[0].suggested) == (trips, True)
            assert not any(r.suggested for r in rooms[1:])

            # removing: both links emptied, the hierarchy forgets it
            await alice.remove_from_space(space, gear)
            assert await _state(alice, space, "m.space.child", gear) == {}
            assert await _state(alice, gear, "m.space.parent", space) == {}
            rooms = await alice.space_hierarchy(space)
            assert {r.room_id for r in rooms} == {trips, sub}

            # a room's own space, from the room's side: Trips moves to Bouldering
            await until_async(lambda: _parent_is(alice, trips, space), what="trips' parent in the cache")
            await alice.set_space_parent(trips, sub)
            assert await _state(alice, trips, "m.space.parent", sub) == {"via": [server], "canonical": True}
            assert await _state(alice, trips, "m.space.parent", space) == {}
            assert await _state(alice, space, "m.space.child", trips) == {}
            assert await _state(alice, sub, "m.space.child", trips) == {"via": [server], "suggested": False}
            await until_async(lambda: _parent_is(alice, trips, sub), what="the new parent in the cache")

            # Bob, a plain member of the public space, may not add his room
            await bob.join(space)
            await summary_where(bob, space, lambda s: s.membership == "join", "bob in the space")
            assert await bob.space_edit_refusal(space) == "no_right"
            his = await bob.create_group("Bob's room")
            with pytest.raises(MatrixError) as refused:
                await bob.add_to_space(space, his)
            assert refused.value.status == 403
            async with api_for(alice_creds) as api:
                with pytest.raises(MatrixError):
                    await api.state_event(space, "m.space.child", his)
        finally:
            await alice.close()
            await bob.close()

    asyncio.run(scenario())


async def _parent_is(session: Session, room: RoomId, space: RoomId) -> bool:
    return await session.space_parent(room) == space
