"""Avatars through a real Session and a real Synapse: the picture a user picks becomes a small
square on the server, and the other user's cache sees it — as the member's avatar, as the avatar
of their direct chat, and as a group's avatar — and sees it go when it is removed."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

import pytest
from PIL import Image

from messenger_desktop.api import Credentials, MatrixApi, RoomId
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.media.avatar_image import AVATAR_SIDE
from messenger_desktop.session.session import Session
from tests.support.core import download, login, open_session, until, until_async
from tests.support.synapse import UserFactory

pytestmark = pytest.mark.integration


def _photo(path: Path, size: tuple[int, int] = (900, 600)) -> Path:
    image = Image.new("RGB", size, (240, 200, 40))
    image.paste((30, 90, 200), (size[0] // 3, 0, 2 * size[0] // 3, size[1]))
    image.save(path, "JPEG", quality=90)
    return path


async def _group_and_direct(alice: Credentials, bob: Credentials) -> tuple[RoomId, RoomId]:
    transport = HttpxTransport()
    try:
        a = MatrixApi(alice.homeserver, transport, access_token=alice.access_token)
        b = MatrixApi(bob.homeserver, transport, access_token=bob.access_token)
        group = await a.create_room(name="Climbing", invite=(bob.user_id,), preset="private_chat")
        direct = await a.create_room(invite=(bob.user_id,), is_direct=True, preset="trusted_private_chat")
        for room in (group, direct):
            await b.join(room)
        return group, direct
    finally:
        await transport.aclose()


async def _member_avatar(session: Session, room: RoomId, user: str) -> str:
    return next((m.avatar_url for m in await session.members(room) if m.user_id == user), "")


async def _room_avatar(session: Session, room: RoomId) -> str:
    summary = await session.room(room)
    return summary.avatar_url if summary is not None else ""


def test_my_avatar_and_a_rooms_avatar_reach_the_other_user(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    photo = _photo(tmp_path / "me at the crag.jpg")
    wall = _photo(tmp_path / "wall.jpg", (400, 700))

    async def scenario() -> None:
        alice_id, alice_pw = new_user("alice", displayname="Alice")
        bob_id, bob_pw = new_user("bob", displayname="Bob")
        alice = await login(synapse.base_url, alice_id, alice_pw)
        bob = await login(synapse.base_url, bob_id, bob_pw)
        group, direct = await _group_and_direct(alice, bob)
        mine, _ = await open_session(tmp_path / "alice", alice)
        theirs, _ = await open_session(tmp_path / "bob", bob)
        try:
            await until(lambda: mine.synced.is_set() and theirs.synced.is_set(), what="the first syncs")
            assert await mine.own_avatar() == ""

            uri = await mine.set_avatar(photo)
            assert uri.startswith("mxc://") and await mine.own_avatar() == uri
            with Image.open(io.BytesIO(await download(bob, uri))) as sent:
                assert sent.size == (AVATAR_SIDE, AVATAR_SIDE)

            async def bob_sees_my_avatar() -> bool:
                return (
                    await _member_avatar(theirs, group, alice_id) == uri
                    and await _room_avatar(theirs, direct) == uri  # the direct chat shows me
                )

            await until_async(bob_sees_my_avatar, what="Alice's avatar in Bob's cache")
            assert await _room_avatar(theirs, group) == ""  # a group does not show a member's

            await mine.set_room_avatar(group, wall)

            async def bob_sees_the_group_avatar() -> bool:
                return (await _room_avatar(theirs, group)).startswith("mxc://")

            await until_async(bob_sees_the_group_avatar, what="the group's avatar in Bob's cache")
            group_uri = await _room_avatar(theirs, group)
            assert group_uri != uri
            with Image.open(io.BytesIO(await download(bob, group_uri))) as sent:
                assert sent.size == (400, 400)

            await mine.set_avatar(None)
            await mine.set_room_avatar(group, None)

            async def both_gone() -> bool:
                return (
                    await _member_avatar(theirs, group, alice_id) == ""
                    and await _room_avatar(theirs, direct) == ""
                    and await _room_avatar(theirs, group) == ""
                )

            await until_async(both_gone, what="the avatars gone from Bob's cache")
            assert await mine.own_avatar() == ""
        finally:
            await mine.close()
            await theirs.close()

    asyncio.run(scenario())
