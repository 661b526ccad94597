"""The public room directory against a real Synapse: Bob publishes rooms, Alice (a Session with
its cache) finds them by searching, pages through them, joins one, joins another by its address,
asks to join one that lets people knock, and is told why she cannot join the others."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

import pytest

from messenger_desktop.api import MatrixApi, MatrixError, RoomId
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.session.directory import join_target, parse_address, refusal
from messenger_desktop.session.session import Session
from tests.support.core import api_for, login, open_session, until_async
from tests.support.synapse import UserFactory

pytestmark = pytest.mark.integration


async def publish(
    bob: MatrixApi, name: str, *, alias: str = "", rule: str = "public", topic: str = ""
) -> RoomId:
    """A room of Bob's in the server's directory (``rule``: its join rule)."""
    extra: dict[str, object] = {"topic": topic} if topic else {}
    if alias:
        extra["room_alias_name"] = alias
    if rule != "public":
        extra["initial_state"] = [
            {"type": "m.room.join_rules", "state_key": "", "content": {"join_rule": rule}}
        ]
    preset = "public_chat" if rule == "public" else "private_chat"
    return await bob.create_room(name=name, preset=preset, visibility="public", extra=extra)


async def joined(session: Session, room: RoomId) -> None:
    async def check() -> bool:
        summary = await session.room(room)
        return summary is not None and summary.membership == "join"

    await until_async(check, what=f"{room} joined")


def test_searching_the_directory_then_joining_a_room_and_paging_on(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    word = uuid.uuid4().hex[:10]

    async def scenario() -> None:
        bob = await login(synapse.base_url, *new_user("bob", displayname="Bob"))
        alice = await login(synapse.base_url, *new_user("alice", displayname="Alice"))
        async with api_for(bob) as bob_api:
            climbing = await publish(bob_api, f"Climbing {word}", topic="Ropes and rocks")
            others = [await publish(bob_api, f"Room {n} {word}") for n in range(4)]
        session, _log = await open_session(tmp_path / "alice", alice)
        try:
            await asyncio.wait_for(session.synced.wait(), 30)
            found = await session.public_rooms(search=f"climbing {word}")
            [room] = found.rooms
            assert (room.room.room_id, room.room.name, room.room.topic) == (
                climbing,
                f"Climbing {word}",
                "Ropes and rocks",
            )
            assert (room.room.num_joined_members, room.room.joined, room.join_rule) == (1, False, "public")

            target, via = join_target(room)
            assert await session.join(target, via) == climbing
            await joined(session, climbing)
            [again] = (await session.public_rooms(search=f"climbing {word}")).rooms
            assert again.room.joined and again.room.num_joined_members == 2

            # two at a time: every room once, then no token
            seen: list[str] = []
            since: str | None = None
            for _ in range(5):
                page = await session.public_rooms(search=word, since=since, limit=2)
                seen += [r.room.room_id for r in page.rooms]
                since = page.next_batch
                if since is None:
                    break
            assert sorted(seen) == sorted([climbing, *others])
            assert since is None
        finally:
            await session.close()

    asyncio.run(scenario())


def test_joining_by_address_asking_to_join_and_the_reasons_for_a_refusal(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    word = uuid.uuid4().hex[:10]

    async def scenario() -> None:
        bob_creds = await login(synapse.base_url, *new_user("bob", displayname="Bob"))
        alice = await login(synapse.base_url, *new_user("alice", displayname="Alice"))
        server = alice.user_id.split(":", 1)[1]
        async with api_for(bob_creds) as bob:
            lounge = await publish(bob, "Lounge", alias=f"lounge{word}")
            knock = await publish(bob, "Ask first", alias=f"knock{word}", rule="knock")
            closed = await publish(bob, "Closed", alias=f"closed{word}", rule="invite")
            banned = await publish(bob, "No Alice", alias=f"noalice{word}")
            await bob.moderate("ban", banned, alice.user_id, "spam")

            session, _log = await open_session(tmp_path / "alice", alice)
            try:
                await asyncio.wait_for(session.synced.wait(), 30)
                # by address: the summary describes the room, the join goes by the address
                address = parse_address(f"https://matrix.to/#/%23lounge{word}:{server}")
                assert address is not None
                room = await session.look_up_address(address)
                assert (room.room.room_id, room.room.name, room.join_rule) == (lounge, "Lounge", "public")
                assert await session.join(address.id, address.via) == lounge
                await joined(session, lounge)
                assert (await session.look_up_address(address)).room.joined

                # a knock room: joining is refused, asking reaches Bob
                knock_address = parse_address(f"#knock{word}:{server}")
                assert knock_address is not None
                ask = await session.look_up_address(knock_address)
                assert ask.may_knock and ask.room.room_id == knock
                await session.knock(knock_address.id, "I climb too")
                member = await bob.state_event(knock, "m.room.member", alice.user_id)
                assert (member["membership"], member.get("reason")) == ("knock", "I climb too")

                # invite only: found through its alias, refused with the reason
                closed_address = parse_address(f"#closed{word}:{server}")
                assert closed_address is not None
                hidden = await session.look_up_address(closed_address)
                assert hidden.room.room_id == closed
                with pytest.raises(MatrixError) as refused:
                    await session.join(closed_address.id)
                assert refusal(refused.value, hidden.join_rule) == "invite_only"

                with pytest.raises(MatrixError) as refused:
                    await session.join(f"#noalice{word}:{server}")
                assert refusal(refused.value) == "banned"

                nobody = parse_address(f"#nobody{word}:{server}")
                assert nobody is not None
                with pytest.raises(MatrixError) as refused:
                    await session.look_up_address(nobody)
                assert refusal(refused.value) == "not_found"
            finally:
                await session.close()

    asyncio.run(scenario())
