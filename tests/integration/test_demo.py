"""``--local``: the private server with demo people and conversations that already have history."""

from __future__ import annotations

import asyncio
import stat
from pathlib import Path

import pytest

from messenger_desktop.localserver.demo import start_demo
from messenger_desktop.session.profile import Profile
from messenger_desktop.session.session import Session
from tests.support.synapse import require_synapse

pytestmark = pytest.mark.integration


def test_demo_server_is_seeded_once_and_shared_by_a_second_person(tmp_path: Path) -> None:
    require_synapse()

    async def scenario() -> None:
        alice = await start_demo("alice", root=tmp_path / "server", profiles=tmp_path / "profiles")
        try:
            assert alice.server is not None and alice.base_url.startswith("http://127.0.0.1:")
            assert stat.S_IMODE((tmp_path / "server").stat().st_mode) == 0o700
            session = Session(Profile.at(alice.profile.path), alice.credentials, poll_timeout_ms=500)
            await session.open()
            await session.start()
            try:
                await asyncio.wait_for(session.synced.wait(), 60)
                rooms = {r.name: r for r in await session.rooms()}
                assert {
                    "Weekend trip",
                    "Book club",
                    "Bob Okafor",
                    "Carol Nguyen",
                    "Board games night",
                } <= set(rooms)
                assert rooms["Board games night"].membership == "invite"
                assert (await session.rooms())[0].name == "Board games night"  # invites on top
                bob_dm = rooms["Bob Okafor"]
                assert bob_dm.is_direct and bob_dm.last_body == "👍"
                assert rooms["Carol Nguyen"].is_direct  # both direct chats, not just the last seeded
                assert not rooms["Weekend trip"].is_direct
                # everyone and two groups have pictures; a direct chat shows the other person's
                assert all(rooms[n].avatar_url.startswith("mxc://") for n in ("Weekend trip", "Book club"))
                assert bob_dm.avatar_url.startswith("mxc://")
                assert bob_dm.avatar_url != rooms["Carol Nguyen"].avatar_url
                assert not rooms["Board games night"].avatar_url
                page = await session.page(bob_dm.room_id, limit=50)
                assert sum(1 for r in page.rows if r.type == "m.room.message") == 9
            finally:
                await session.close()

            # A second instance signs in as bob on the same running server, without re-seeding.
            bob = await start_demo("bob", root=tmp_path / "server", profiles=tmp_path / "profiles")
            assert bob.server is None
            assert bob.base_url == alice.base_url
            assert bob.credentials.user_id == "@bob:localhost"
            assert bob.profile.path != alice.profile.path
        finally:
            await asyncio.get_running_loop().run_in_executor(None, alice.stop)

    asyncio.run(scenario())


def test_unknown_demo_person_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no demo person called 'zoe'"):
        asyncio.run(start_demo("zoe", root=tmp_path / "server", profiles=tmp_path / "p"))
