"""Sending files through a real Session to a real Synapse: each kind arrives with the content a
receiver needs, a photo's location never leaves the computer, and a message whose upload was cut
off by a crash is delivered exactly once after the restart."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from messenger_desktop.api import Credentials, MatrixApi, RoomId
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.session.attachments import OutgoingFile
from tests.support.core import download, login, open_session, until, until_async
from tests.support.fault_proxy import Mode, ThreadedFaultProxy
from tests.support.synapse import UserFactory

pytestmark = pytest.mark.integration

GPS = 34853
MAKE = 271


def _photo_with_location(path: Path, size: tuple[int, int] = (1200, 800)) -> Path:
    image = Image.new("RGB", size, (200, 60, 40))
    image.paste((20, 90, 200), (0, 0, size[0] // 2, size[1] // 2))
    exif = Image.Exif()
    exif[MAKE] = "PhoneMaker"
    exif[GPS] = {1: "N", 2: (52.0, 31.0, 12.0), 3: "E", 4: (13.0, 24.0, 36.0)}
    image.save(path, "JPEG", exif=exif.tobytes(), quality=92)
    return path


async def _events(creds: Credentials, room: RoomId) -> list[dict[str, Any]]:
    transport = HttpxTransport()
    try:
        api = MatrixApi(creds.homeserver, transport, access_token=creds.access_token)
        page = await api.messages(room, from_token=None, direction="b", limit=50)
        return [e for e in reversed(page.chunk) if e.get("type") == "m.room.message"]
    finally:
        await transport.aclose()


async def _room_of(creds: Credentials) -> RoomId:
    transport = HttpxTransport()
    try:
        return await MatrixApi(creds.homeserver, transport, access_token=creds.access_token).create_room(
            name="Media"
        )
    finally:
        await transport.aclose()


def test_each_kind_of_file_arrives_and_a_photo_keeps_no_location(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    photo = _photo_with_location(tmp_path / "holiday.jpeg")
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(2000))
    song = tmp_path / "song.ogg"
    song.write_bytes(b"OggS" + bytes(3000))
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping: bread, milk\n")
    fake = tmp_path / "not-a-picture.png"
    fake.write_text("<html>hello</html>")

    async def scenario() -> None:
        user_id, password = new_user("sender")
        creds = await login(synapse.base_url, user_id, password)
        room = await _room_of(creds)
        session, recorder = await open_session(tmp_path / "profile", creds)
        try:
            await until(lambda: session.synced.is_set(), what="the first sync")
            await session.send_file(room, OutgoingFile(photo, caption="The beach"))
            await session.send_file(room, OutgoingFile(clip))
            await session.send_file(room, OutgoingFile(song))
            await session.send_file(room, OutgoingFile(notes))
            await session.send_file(room, OutgoingFile(fake))
            await session.send_file(room, OutgoingFile(photo, as_file=True))

            async def all_there() -> bool:
                return len(await _events(creds, room)) == 6

            await until_async(all_there, what="six messages on the server")
            image, video, audio, text, html, as_file = [e["content"] for e in await _events(creds, room)]

            assert image["msgtype"] == "m.image"
            assert (image["body"], image["filename"]) == ("The beach", "holiday.jpeg")
            assert image["info"]["mimetype"] == "image/jpeg"
            assert (image["info"]["w"], image["info"]["h"]) == (1200, 800)
            assert image["info"]["xyz.amorgan.blurhash"]
            sent = await download(creds, image["url"])
            assert image["info"]["size"] == len(sent)
            with Image.open(io.BytesIO(sent)) as received:
                assert received.size == (1200, 800)
                assert GPS not in received.getexif() and MAKE not in received.getexif()

            assert (video["msgtype"], video["info"]["mimetype"]) == ("m.video", "video/mp4")
            assert (audio["msgtype"], audio["info"]["mimetype"]) == ("m.audio", "audio/ogg")
            assert (text["msgtype"], text["body"]) == ("m.file", "notes.txt")
            assert await download(creds, text["url"]) == notes.read_bytes()
            assert html["msgtype"] == "m.file"  # a lying extension is not taken for an image
            assert as_file["msgtype"] == "m.file"
            assert await download(creds, as_file["url"]) == photo.read_bytes()  # sent as it is

            assert any(c.uploads for c in recorder.changes)  # progress was reported
            await until(
                lambda: not any((tmp_path / "profile" / "outbox-files").iterdir()),
                what="the outbox's copies to be removed",
            )
        finally:
            await session.close()

    asyncio.run(scenario())


def test_a_crash_during_the_upload_still_delivers_exactly_once(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    big = tmp_path / "big.bin"
    big.write_bytes(bytes(range(256)) * 24_000)  # 6 MB: the upload outlasts the stall

    async def scenario() -> None:
        user_id, password = new_user("sender")
        creds = await login(synapse.base_url, user_id, password)
        room = await _room_of(creds)
        profile = tmp_path / "profile"
        with ThreadedFaultProxy("127.0.0.1", synapse.port) as proxy:
            session, recorder = await open_session(profile, creds, base_url=proxy.url)
            try:
                await until(lambda: session.synced.is_set(), what="the first sync")
                proxy.set_mode(Mode.STALL)
                await session.send_file(room, OutgoingFile(big))
                await until(lambda: any(c.uploads for c in recorder.changes), what="the upload to start")
            finally:
                await session.close()  # the process is gone: the message is on disk, not uploaded
        assert await _events(creds, room) == []

        session, _ = await open_session(profile, creds)
        try:

            async def delivered() -> bool:
                return len(await _events(creds, room)) >= 1

            await until_async(delivered, timeout=60, what="the message after the restart")
            await asyncio.sleep(1.5)  # anything sent twice would be there by now
            events = await _events(creds, room)
            assert len(events) == 1
            assert events[0]["content"]["filename"] == "big.bin"
            assert await download(creds, events[0]["content"]["url"]) == big.read_bytes()
        finally:
            await session.close()

    asyncio.run(scenario())


def test_cancelling_an_upload_removes_the_message_and_its_copy(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    big = tmp_path / "video.mp4"
    big.write_bytes(bytes(range(256)) * 24_000)

    async def scenario() -> None:
        user_id, password = new_user("sender")
        creds = await login(synapse.base_url, user_id, password)
        room = await _room_of(creds)
        with ThreadedFaultProxy("127.0.0.1", synapse.port) as proxy:
            session, recorder = await open_session(tmp_path / "profile", creds, base_url=proxy.url)
            try:
                await until(lambda: session.synced.is_set(), what="the first sync")
                proxy.set_mode(Mode.STALL)  # a slow connection: the upload hangs part way
                item = await session.send_file(room, OutgoingFile(big))
                await until(lambda: any(c.uploads for c in recorder.changes), what="the upload to start")
                assert await session.outbox.cancel(item.txn_id)
                await until(
                    lambda: any(item.txn_id in c.outbox_removed for c in recorder.changes),
                    what="the echo to go",
                )
                assert await session.pending(room) == []
                await until(
                    lambda: not any((tmp_path / "profile" / "outbox-files").iterdir()), what="the copy to go"
                )
                proxy.set_mode(Mode.PASS)
                await asyncio.sleep(1.5)
            finally:
                await session.close()
        assert await _events(creds, room) == []

    asyncio.run(scenario())
