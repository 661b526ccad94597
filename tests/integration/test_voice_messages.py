"""Recordings between two people through real Sessions and a real Synapse: a voice message arrives
at the other person's cache as MSC3245 says (duration, waveform, the voice mark) with a file that
plays; a video arrives with its duration, size and an uploaded thumbnail; an audio file with its
duration — so the receiver lays each out before downloading anything."""

from __future__ import annotations

import asyncio
import contextlib
import io
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from messenger_desktop.api import Credentials, MatrixApi, RoomId
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.media.clips import probe
from messenger_desktop.session.attachments import CannotSend, OutgoingFile
from messenger_desktop.session.session import Session
from tests.support.core import download, login, open_session, until, until_async
from tests.support.recordings import song, tone, video
from tests.support.synapse import UserFactory

pytestmark = pytest.mark.integration


async def _shared_room(alice: Credentials, bob: Credentials) -> RoomId:
    transport = HttpxTransport()
    try:
        a = MatrixApi(alice.homeserver, transport, access_token=alice.access_token)
        b = MatrixApi(bob.homeserver, transport, access_token=bob.access_token)
        room = await a.create_room(name="Recordings", invite=(bob.user_id,), preset="private_chat")
        await b.join(room)
        return room
    finally:
        await transport.aclose()


async def _received(session: Session, room: RoomId, count: int) -> list[dict[str, Any]]:
    """The contents of the first ``count`` media messages in ``session``'s cache, oldest first."""

    async def media() -> list[dict[str, Any]]:
        page = await session.page(room, limit=50)
        return [
            r.content
            for r in reversed(page.rows)
            if r.type == "m.room.message" and r.content.get("msgtype") in ("m.audio", "m.video")
        ]

    async def enough() -> bool:
        return len(await media()) >= count

    await until_async(enough, timeout=60, what=f"{count} recordings in the receiver's cache")
    return (await media())[:count]


@contextlib.asynccontextmanager
async def _alice_to_bob(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> AsyncIterator[tuple[RoomId, Credentials, Session, Session]]:
    """Alice's and Bob's sessions, both synced, sharing a room: (room, Bob's credentials,
    Alice's session that sends, Bob's that receives)."""
    alice = await login(synapse.base_url, *new_user("alice"))
    bob = await login(synapse.base_url, *new_user("bob"))
    room = await _shared_room(alice, bob)
    sender, _ = await open_session(tmp_path / "alice", alice)
    receiver, _ = await open_session(tmp_path / "bob", bob)
    try:
        await until(lambda: sender.synced.is_set() and receiver.synced.is_set(), what="the first syncs")
        yield room, bob, sender, receiver
    finally:
        await sender.close()
        await receiver.close()


def test_a_voice_message_arrives_with_its_duration_and_waveform_and_plays(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    # two seconds of silence, then two of a tone: the waveform must show which is which
    recording = bytes(2 * 48_000 * 2) + tone(2.0, 440, amplitude=12_000)

    async def scenario() -> None:
        async with _alice_to_bob(synapse, new_user, tmp_path) as (room, bob, sender, receiver):
            with pytest.raises(CannotSend, match="Nothing was recorded"):
                await sender.send_voice(room, b"")
            echo = await sender.send_voice(room, recording)
            assert echo.content["org.matrix.msc3245.voice"] == {}  # the echo is a voice message at once

            (content,) = await _received(receiver, room, 1)
            assert content["msgtype"] == "m.audio" and content["body"] == "Voice message"
            assert "filename" not in content  # the body is no caption
            assert content["org.matrix.msc3245.voice"] == {}
            audio = content["org.matrix.msc1767.audio"]
            assert audio["duration"] == content["info"]["duration"] == 4000
            waveform = audio["waveform"]
            assert len(waveform) == 100 and all(isinstance(v, int) and 0 <= v <= 1024 for v in waveform)
            assert max(waveform[:48]) == 0 and min(waveform[52:]) > 700
            assert content["info"]["mimetype"] == "audio/ogg"
            data = await download(bob, content["url"])
            assert content["info"]["size"] == len(data)
            assert data.startswith(b"OggS") and abs(probe(data).duration_ms - 4000) < 50

            async def sent_once() -> bool:
                return not await sender.pending(room)

            await until_async(sent_once, what="the outbox to settle")
            page = await receiver.page(room, limit=50)
            voices = [r for r in page.rows if r.content.get("msgtype") == "m.audio"]
            assert len(voices) == 1  # exactly once

    asyncio.run(scenario())


def test_a_video_and_an_audio_file_arrive_with_their_duration_size_and_thumbnail(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    clip = tmp_path / "harbour.mp4"
    clip.write_bytes(video(2.0, (640, 360)))
    music = tmp_path / "chorus.ogg"
    music.write_bytes(song(3.0))

    async def scenario() -> None:
        async with _alice_to_bob(synapse, new_user, tmp_path) as (room, bob, sender, receiver):
            await sender.send_file(room, OutgoingFile(clip, caption="Boats leaving"))
            await sender.send_file(room, OutgoingFile(music))

            film, tune = await _received(receiver, room, 2)
            assert film["msgtype"] == "m.video" and film["body"] == "Boats leaving"
            info = film["info"]
            assert (info["mimetype"], info["w"], info["h"], info["duration"]) == ("video/mp4", 640, 360, 2000)
            assert await download(bob, film["url"]) == clip.read_bytes()
            assert info["thumbnail_info"]["mimetype"] == "image/jpeg"
            thumbnail = await download(bob, info["thumbnail_url"])
            assert info["thumbnail_info"]["size"] == len(thumbnail)
            with Image.open(io.BytesIO(thumbnail)) as still:
                assert still.size == (info["thumbnail_info"]["w"], info["thumbnail_info"]["h"]) == (640, 360)

            assert tune["msgtype"] == "m.audio" and "org.matrix.msc3245.voice" not in tune
            assert tune["info"]["mimetype"] == "audio/ogg"
            assert 2990 <= tune["info"]["duration"] <= 3020
            assert "w" not in tune["info"] and "thumbnail_url" not in tune["info"]
            assert await download(bob, tune["url"]) == music.read_bytes()

    asyncio.run(scenario())


def test_a_voice_message_can_answer_a_message(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with _alice_to_bob(synapse, new_user, tmp_path) as (room, bob, sender, receiver):
            question = await receiver.api.send(
                room, "m.room.message", "q-1", {"msgtype": "m.text", "body": "Coming tonight?"}
            )
            await sender.send_voice(room, tone(1.0, 440), reply_to=question, reply_sender=bob.user_id)
            (content,) = await _received(receiver, room, 1)
            assert content["org.matrix.msc3245.voice"] == {}
            assert content["m.relates_to"] == {"m.in_reply_to": {"event_id": question}}
            assert content["m.mentions"] == {"user_ids": [bob.user_id]}

    asyncio.run(scenario())
