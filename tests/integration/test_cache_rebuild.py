"""A broken cache is rebuilt from a real Synapse (issue 8, faults survived): the user's rooms and
messages come back, and the unsent messages read out of the broken file are delivered exactly once
— also the one the server had already taken when the app died — and not again after a restart."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from messenger_desktop.api import Credentials, RoomId, TxnId
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.session.profile import Profile
from messenger_desktop.session.session import Session
from messenger_desktop.store import outbox
from messenger_desktop.store.database import open_cache
from tests.support.core import api_for, bodies_in, login, open_session, server_bodies, until_async
from tests.support.synapse import UserFactory

pytestmark = pytest.mark.integration

BEFORE = ["first", "second", "third"]
TAKEN = "the server took this one just before the crash"
WAITING = "this one never left the computer"


async def _room_with_messages(creds: Credentials) -> RoomId:
    async with api_for(creds) as api:
        room = await api.create_room(name="Kept on the server")
        for n, body in enumerate(BEFORE):
            await api.send(room, "m.room.message", TxnId(f"before{n}"), {"msgtype": "m.text", "body": body})
    return room


async def _rooms_back(session: Session, room: RoomId) -> bool:
    return (
        any(r.room_id == room for r in await session.rooms())
        and (await bodies_in(session, room))[:3] == BEFORE
    )


def test_a_cut_short_cache_is_rebuilt_from_the_server_and_its_unsent_messages_go_once(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    async def scenario() -> None:
        creds = await login(synapse.base_url, *new_user("rebuild"))
        room = await _room_with_messages(creds)
        profile = tmp_path / "profile"
        session, _ = await open_session(profile, creds)
        await until_async(lambda: _rooms_back(session, room), what="the first sync")
        await session.close()

        # Two messages in the outbox when the app died: the server had taken one already.
        path = Profile.at(profile).database
        conn = open_cache(path).conn
        for txn, body in (("taken", TAKEN), ("waiting", WAITING)):
            content = {"msgtype": "m.text", "body": body}
            outbox.enqueue(conn, TxnId(txn), room, "m.room.message", content, 1)
        outbox.update(conn, TxnId("taken"), outbox.SENDING, 1)
        conn.close()
        async with api_for(creds) as api:  # the same device and transaction id as the app's
            await api.send(room, "m.room.message", TxnId("taken"), {"msgtype": "m.text", "body": TAKEN})
        data = path.read_bytes()
        path.write_bytes(data[: len(data) - len(data) // 4])  # the disk gave up before the end

        session, _ = await open_session(profile, creds)
        try:
            recovery = session.db.recovery
            assert recovery is not None and recovery.reason == "corrupt"
            assert (recovery.salvaged, recovery.lost) == (2, 0)
            assert list(path.parent.glob("cache.sqlite3.corrupt-*"))
            await until_async(lambda: _rooms_back(session, room), timeout=60, what="the rebuilt cache")
            await session.outbox.wait_idle()

            async def delivered() -> bool:
                return WAITING in await server_bodies(synapse.base_url, creds, room)

            await until_async(delivered, what="the salvaged message on the server")
        finally:
            await session.close()

        session, _ = await open_session(profile, creds)  # a restart sends nothing again
        try:
            assert session.db.recovery is None
            await session.synced.wait()
            await session.outbox.wait_idle()
            assert await session.pending() == []
            shown = await bodies_in(session, room)
        finally:
            await session.close()
        on_server = await server_bodies(synapse.base_url, creds, room)
        assert on_server.count(TAKEN) == 1 and on_server.count(WAITING) == 1
        assert on_server[:3] == BEFORE
        assert sorted(shown) == sorted(on_server)

    asyncio.run(scenario())
