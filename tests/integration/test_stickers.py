"""Stickers and image packs (MSC2545) between two real sessions on a real Synapse: a pack made in a
room reaches the other member, who sends one of its stickers back; a sticker someone sent goes
into the user's own pack without a second upload; a room's pack enabled everywhere is offered in
every room; a pack someone else wrote keeps what this app does not know when it is edited."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from messenger_desktop.api import Credentials, MatrixApi, RoomId
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.session.session import Session
from messenger_desktop.store.packs import ROOM_PACK_TYPE, USER_PACK_TYPE, ImagePack, PackKey
from tests.support.core import api_for, login, open_session, until_async
from tests.support.synapse import UserFactory

pytestmark = pytest.mark.integration


def _picture(size: tuple[int, int]) -> bytes:
    out = io.BytesIO()
    image = Image.new("RGBA", size, (0, 0, 0, 0))
    image.paste((40, 180, 90, 255), (size[0] // 4, size[1] // 4, 3 * size[0] // 4, 3 * size[1] // 4))
    image.save(out, "PNG")
    return out.getvalue()


async def _api_call(creds: Credentials, work: Any) -> Any:
    async with api_for(creds) as api:
        return await work(api)


async def _stickers_on_server(creds: Credentials, room: RoomId) -> list[dict[str, Any]]:
    async def read(api: MatrixApi) -> list[dict[str, Any]]:
        page = await api.messages(room, from_token=None, direction="b", limit=50)
        return [e for e in reversed(page.chunk) if e.get("type") == "m.sticker"]

    result: list[dict[str, Any]] = await _api_call(creds, read)
    return result


async def _pack_named(session: Session, room: str, name: str) -> ImagePack | None:
    return next((p for p in await session.packs.packs(room) if p.name == name), None)


def test_a_room_pack_reaches_the_other_member_who_sends_its_sticker(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    async def scenario() -> None:
        alice = await login(synapse.base_url, *new_user("alice"))
        bob = await login(synapse.base_url, *new_user("bob"))
        room: RoomId = await _api_call(
            alice, lambda api: api.create_room(name="Jokes", invite=(bob.user_id,))
        )
        await _api_call(bob, lambda api: api.join(room))
        alice_session, _ = await open_session(tmp_path / "alice", alice)
        bob_session, bob_changes = await open_session(tmp_path / "bob", bob)
        try:
            key = await alice_session.packs.create_room_pack(room, "Team jokes")
            await alice_session.packs.add_picture(
                key, _picture((1024, 800)), "Party Parrot.png", usage=["sticker"]
            )

            async def bob_has_it() -> bool:
                pack = await _pack_named(bob_session, room, "Team jokes")
                return pack is not None and len(pack.stickers()) == 1

            await until_async(bob_has_it, what="the pack at Bob's")
            pack = await _pack_named(bob_session, room, "Team jokes")
            assert pack is not None and pack.key == key
            (sticker,) = pack.stickers()
            assert sticker.shortcode == "party_parrot"
            assert (sticker.info["w"], sticker.info["h"], sticker.info["mimetype"]) == (512, 400, "image/png")
            assert any(c.packs_changed for c in bob_changes.changes)  # pickers were told
            assert await _pack_named(bob_session, "", "Team jokes") is None  # only in that room

            await bob_session.stickers.send(room, sticker)

            async def arrived() -> bool:
                return len(await _stickers_on_server(alice, room)) == 1

            await until_async(arrived, what="Bob's sticker")
            (event,) = await _stickers_on_server(alice, room)
            assert event["sender"] == bob.user_id
            assert event["content"] == {"body": "party_parrot", "url": sticker.url, "info": sticker.info}

            # Alice keeps it in her own pack: same picture, nothing uploaded again
            await alice_session.packs.add_image(PackKey(), sticker.url, "parrot", body="Party parrot")

            async def in_alice_pack() -> bool:
                own = next((p for p in await alice_session.packs.packs("") if p.key.is_user_pack), None)
                return own is not None and [i.url for i in own.images] == [sticker.url]

            await until_async(in_alice_pack, what="the sticker in Alice's own pack")

            # Bob enables the room's pack everywhere: it is offered with no room open
            await bob_session.packs.set_enabled(key, True)

            async def everywhere() -> bool:
                return await _pack_named(bob_session, "", "Team jokes") is not None

            await until_async(everywhere, what="the pack enabled everywhere")
        finally:
            await alice_session.close()
            await bob_session.close()

    asyncio.run(scenario())


def test_editing_a_pack_keeps_what_other_clients_wrote(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    async def scenario() -> None:
        alice = await login(synapse.base_url, *new_user("alice"))
        picture = await _api_call(alice, lambda api: api.upload(_picture((64, 64)), "image/png", "a.png"))
        foreign = {
            "pack": {"display_name": "Mine", "x.other.client": {"order": 3}},
            "images": {
                "old": {"url": picture, "body": "Old one", "x.other.client": True},
                "bad one": {"url": picture},  # a shortcode with a space: not offered, kept as it is
                "evil": {"url": "https://example.org/tracker.png"},
            },
        }
        await _api_call(alice, lambda api: api.set_account_data(alice.user_id, USER_PACK_TYPE, foreign))
        session, _ = await open_session(tmp_path / "alice", alice)
        try:

            async def synced() -> bool:
                return any(p.key.is_user_pack for p in await session.packs.packs())

            await until_async(synced, what="the pack to sync")
            (own,) = [p for p in await session.packs.packs() if p.key.is_user_pack]
            assert [i.shortcode for i in own.images] == ["old"]  # the unusable ones are not offered

            await session.packs.add_picture(PackKey(), _picture((100, 100)), "new.png")

            async def written() -> dict[str, Any] | None:
                data: dict[str, Any] | None = await _api_call(
                    alice, lambda api: api.account_data(alice.user_id, USER_PACK_TYPE)
                )
                return data if data and "new" in data.get("images", {}) else None

            await until_async(written, what="the new picture in the pack")
            data = await written()
            assert data is not None
            assert data["pack"] == foreign["pack"]
            assert data["images"]["old"] == foreign["images"]["old"]
            assert data["images"]["bad one"] == foreign["images"]["bad one"]

            await session.packs.remove_image(PackKey(), "old")

            async def removed() -> bool:
                data = await _api_call(alice, lambda api: api.account_data(alice.user_id, USER_PACK_TYPE))
                return "old" not in data["images"] and "new" in data["images"]

            await until_async(removed, what="the picture removed")
        finally:
            await session.close()

    asyncio.run(scenario())


def test_a_room_pack_state_event_is_the_packs_source(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    """A pack written by another client into the room's state shows, named after the room when
    the pack has no name."""

    async def scenario() -> None:
        alice = await login(synapse.base_url, *new_user("alice"))
        room: RoomId = await _api_call(alice, lambda api: api.create_room(name="Cats"))
        picture = await _api_call(alice, lambda api: api.upload(_picture((64, 64)), "image/png", "c.png"))
        content = {"images": {"cat": {"url": picture, "usage": ["emoticon"]}, "kitten": {"url": picture}}}
        await _api_call(alice, lambda api: api.send_state(room, ROOM_PACK_TYPE, "", content))
        session, _ = await open_session(tmp_path / "alice", alice)
        try:

            async def shown() -> bool:
                return bool(await session.packs.packs(room))

            await until_async(shown, what="the room's pack")
            (pack,) = await session.packs.packs(room)
            assert pack.name == "Cats"
            assert [i.shortcode for i in pack.stickers()] == ["kitten"]
            assert [i.shortcode for i in pack.emoticons()] == ["cat", "kitten"]
        finally:
            await session.close()

    asyncio.run(scenario())
