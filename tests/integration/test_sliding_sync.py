"""Simplified sliding sync against a real Synapse: the list fills, live changes arrive, history
comes on demand, a restart resumes, a forgotten position starts over, and v2 still works."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from messenger_desktop.api import Credentials, RoomId, TxnId
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.session.profile import Profile
from messenger_desktop.session.session import Session
from messenger_desktop.session.sliding_sync_loop import FIRST_WINDOW, SlidingSyncLoop
from messenger_desktop.session.sync_choice import ENV
from messenger_desktop.session.sync_loop import SyncLoop
from messenger_desktop.store.database import get_meta, set_meta
from messenger_desktop.store.sliding_ingest import POS_KEY
from tests.support.core import api_for, bodies_in, login, open_session, until, until_async
from tests.support.synapse import UserFactory

pytestmark = pytest.mark.integration

ROOMS = 50
HISTORY = 40


async def _account_with_rooms(
    synapse: LocalSynapse, new_user: UserFactory
) -> tuple[Credentials, Credentials, list[RoomId], RoomId]:
    """Alice in :data:`ROOMS` named rooms (made four at a time), one with a long history, and a
    direct chat with Bob (unnamed: it is named from its hero)."""
    alice_id, alice_pw = new_user("alice", displayname="Alice")
    bob_id, bob_pw = new_user("bob", displayname="Bob Sliding")
    alice = await login(synapse.base_url, alice_id, alice_pw)
    bob = await login(synapse.base_url, bob_id, bob_pw)
    gate = asyncio.Semaphore(4)
    async with api_for(alice) as api, api_for(bob) as bob_api:

        async def make(i: int) -> RoomId:
            async with gate:
                return await api.create_room(name=f"Room {i:02d}", preset="private_chat")

        rooms = list(await asyncio.gather(*(make(i) for i in range(ROOMS - 1))))
        for n in range(HISTORY):
            await api.send(
                rooms[0], "m.room.message", TxnId(f"h{n}"), {"msgtype": "m.text", "body": f"old {n}"}
            )
        direct = await bob_api.create_room(
            invite=(alice.user_id,), is_direct=True, preset="trusted_private_chat"
        )
        await api.join(direct)
        await bob_api.send(direct, "m.room.message", TxnId("d1"), {"msgtype": "m.text", "body": "hi Alice"})
    return alice, bob, [*rooms, direct], direct


async def _names(session: Session) -> dict[RoomId, str]:
    return {r.room_id: r.name for r in await session.rooms() if r.membership == "join"}


def _sliding(session: Session) -> SlidingSyncLoop:
    loop = session.sync.loop
    assert isinstance(loop, SlidingSyncLoop), loop
    return loop


def test_the_list_fills_then_live_changes_arrive(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV, raising=False)

    async def scenario() -> None:
        alice_creds, bob_creds, rooms, direct = await _account_with_rooms(synapse, new_user)
        alice, log = await open_session(tmp_path / "alice", alice_creds)
        try:
            await until(lambda: isinstance(alice.sync.loop, SlidingSyncLoop) and alice.sync.loop.complete)
            # the first answer was the first screen only; the rest came behind it
            sizes = [len(c.rooms) for c in log.changes if c.rooms]
            assert sizes[0] == FIRST_WINDOW and sum(sizes) >= ROOMS
            names = await _names(alice)
            assert set(rooms) <= set(names)
            assert names[direct] == "Bob Sliding"  # from the hero
            assert names[rooms[7]] == "Room 07"
            direct_row = next(r for r in await alice.rooms() if r.room_id == direct)
            assert (direct_row.last_body, direct_row.notification_count) == ("hi Alice", 1)

            # a new message arrives live, and notifies
            async with api_for(bob_creds) as bob:
                await bob.send(
                    direct, "m.room.message", TxnId("live"), {"msgtype": "m.text", "body": "still there?"}
                )
            await until_async(lambda: _has_body(alice, direct, "still there?"), what="live message")
            await until(lambda: any(n.body == "still there?" for c in log.changes for n in c.notifications))
            # reading it clears the count the client keeps
            latest = (await alice.page(direct, limit=1)).rows[0]
            await alice.mark_read(direct, latest.event_id)
            await until_async(lambda: _count(alice, direct, 0), what="count cleared")

            # an invitation arrives
            async with api_for(bob_creds) as bob:
                party = await bob.create_room(name="Party", invite=(alice_creds.user_id,))
            await until_async(lambda: _membership(alice, party, "invite"), what="invitation")
            await alice.join(party)  # accepted: the room comes as a first sight, joined
            await until_async(lambda: _membership(alice, party, "join"), what="joined")
            assert (await _names(alice))[party] == "Party"

            # leaving moves a room out of the list
            await alice.leave(rooms[3])
            await until(lambda: any(rooms[3] in c.removed_rooms for c in log.changes), what="left")
            assert rooms[3] not in await _names(alice)
        finally:
            await alice.close()

    asyncio.run(scenario())


def test_opening_a_room_fetches_its_history_and_a_restart_resumes(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV, raising=False)

    async def scenario() -> None:
        alice_creds, bob_creds, rooms, direct = await _account_with_rooms(synapse, new_user)
        alice, _ = await open_session(tmp_path / "alice", alice_creds)
        try:
            await until(lambda: isinstance(alice.sync.loop, SlidingSyncLoop) and alice.sync.loop.complete)
            # the sync brought a few events; the first page brings the rest from prev_batch
            assert await bodies_in(alice, rooms[0]) == [f"old {n}" for n in range(HISTORY)]
        finally:
            await alice.close()

        async with api_for(bob_creds) as bob:
            await bob.send(
                direct, "m.room.message", TxnId("away"), {"msgtype": "m.text", "body": "while away"}
            )

        alice, log = await open_session(tmp_path / "alice", alice_creds)
        try:
            stored = alice.sync.token
            assert stored is not None and stored == await alice.db.run(get_meta, POS_KEY)
            await until_async(lambda: _has_body(alice, direct, "while away"), what="catch-up")
            assert _sliding(alice).complete
            # resumed from the position: only what changed came, not the list again
            assert sum(len(c.rooms) for c in log.changes if c.rooms) < 5
            assert (await bodies_in(alice, direct)).count("while away") == 1
        finally:
            await alice.close()

    asyncio.run(scenario())


def test_a_room_found_by_name_before_its_page_came_opens_with_its_history(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV, raising=False)

    async def scenario() -> None:
        alice_id, alice_pw = new_user("alice")
        creds = await login(synapse.base_url, alice_id, alice_pw)
        gate = asyncio.Semaphore(4)
        async with api_for(creds) as api:
            far = await api.create_room(name="Far away", preset="private_chat")
            for n in range(3):
                await api.send(
                    far, "m.room.message", TxnId(f"f{n}"), {"msgtype": "m.text", "body": f"far {n}"}
                )

            async def filler(i: int) -> RoomId:
                async with gate:
                    return await api.create_room(name=f"Newer {i}", preset="private_chat")

            await asyncio.gather(*(filler(i) for i in range(FIRST_WINDOW + 5)))
        alice = Session(Profile.at(tmp_path / "alice"), creds)
        await alice.open()  # syncing is driven by hand below, one answer at a time
        try:
            alice.sync.prefetch()  # as the app does for a fresh sign-in: choose, send the first request
            await until(lambda: isinstance(alice.sync.loop, SlidingSyncLoop), what="sliding sync chosen")
            await _sliding(alice).sync_once()  # the first screen: the newer rooms
            assert await alice.room(far) is None
            await _sliding(alice).sync_once()  # the index: every room by name, no timeline
            row = await alice.room(far)
            assert row is not None and (row.name, row.last_body) == ("Far away", "")
            # opened before its page came: its history comes from the server
            assert await bodies_in(alice, far) == ["far 0", "far 1", "far 2"]
        finally:
            await alice.close()

    asyncio.run(scenario())


def test_a_position_the_server_does_not_know_starts_the_list_over(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV, raising=False)

    async def scenario() -> None:
        alice_id, alice_pw = new_user("alice")
        creds = await login(synapse.base_url, alice_id, alice_pw)
        async with api_for(creds) as api:
            room = await api.create_room(name="Kept", preset="private_chat")
        alice, _ = await open_session(tmp_path / "alice", creds)
        await until(lambda: isinstance(alice.sync.loop, SlidingSyncLoop) and alice.sync.loop.complete)
        await alice.close()
        alice = Session(alice.profile, creds, poll_timeout_ms=500)
        await alice.open()
        stored = await alice.db.run(get_meta, POS_KEY)
        assert stored is not None
        # a connection number the server never gave (as after it dropped the connection)
        await alice.db.run(set_meta, POS_KEY, "99999/" + stored.split("/", 1)[1])
        await alice.sync.load_token()
        await alice.start()
        try:
            await until(lambda: _sliding(alice).complete and alice.sync.token != stored, what="fresh start")
            assert not (alice.sync.token or "").startswith("99999/")
            assert (await _names(alice))[room] == "Kept"
        finally:
            await alice.close()

    asyncio.run(scenario())


def test_v2_still_syncs_when_forced(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV, "v2")

    async def scenario() -> None:
        alice_creds, bob_creds, rooms, direct = await _account_with_rooms(synapse, new_user)
        alice, _ = await open_session(tmp_path / "alice", alice_creds)
        try:
            await alice.synced.wait()
            assert type(alice.sync.loop) is SyncLoop
            names = await _names(alice)
            assert set(rooms) <= set(names) and names[direct] == "Bob Sliding"
            async with api_for(bob_creds) as bob:
                await bob.send(
                    direct, "m.room.message", TxnId("v2"), {"msgtype": "m.text", "body": "over v2"}
                )
            await until_async(lambda: _has_body(alice, direct, "over v2"), what="live message over v2")
            assert await alice.db.run(get_meta, POS_KEY) is None
        finally:
            await alice.close()

    asyncio.run(scenario())


async def _has_body(session: Session, room: RoomId, body: str) -> bool:
    return body in await bodies_in(session, room)


async def _count(session: Session, room: RoomId, count: int) -> bool:
    summary = await session.room(room)
    return summary is not None and summary.notification_count == count


async def _membership(session: Session, room: RoomId, membership: str) -> bool:
    summary = await session.room(room)
    return summary is not None and summary.membership == membership
