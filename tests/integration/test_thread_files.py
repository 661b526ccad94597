"""A file sent into a thread through a real Session to a real Synapse keeps its thread relation
across a crash: the relation is part of the message the outbox saved before the network saw
it, so the message delivered after the restart is still in the thread, exactly once."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from messenger_desktop.api import EventId, MatrixApi
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.session.attachments import OutgoingFile
from tests.integration.test_send_media import _events, _room_of
from tests.support.core import login, open_session, until, until_async
from tests.support.fault_proxy import Mode, ThreadedFaultProxy
from tests.support.synapse import UserFactory

pytestmark = pytest.mark.integration


def test_a_file_for_a_thread_cut_off_by_a_crash_is_delivered_into_the_thread(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    notes = tmp_path / "route.txt"
    notes.write_bytes(b"north ridge, then the lake\n" * 200_000)  # 5 MB: the upload outlasts the stall

    async def scenario() -> None:
        user_id, password = new_user("sender")
        creds = await login(synapse.base_url, user_id, password)
        room = await _room_of(creds)
        transport = HttpxTransport()
        try:
            api = MatrixApi(creds.homeserver, transport, access_token=creds.access_token)
            root = await api.send(room, "m.room.message", "root", {"msgtype": "m.text", "body": "Route?"})
            latest = await api.send(
                room,
                "m.room.message",
                "latest",
                {
                    "msgtype": "m.text",
                    "body": "Which one?",
                    "m.relates_to": {
                        "rel_type": "m.thread",
                        "event_id": root,
                        "is_falling_back": True,
                        "m.in_reply_to": {"event_id": root},
                    },
                },
            )
        finally:
            await transport.aclose()
        profile = tmp_path / "profile"
        with ThreadedFaultProxy("127.0.0.1", synapse.port) as proxy:
            session, recorder = await open_session(profile, creds, base_url=proxy.url)
            try:
                await until(lambda: session.synced.is_set(), what="the first sync")
                proxy.set_mode(Mode.STALL)
                await session.send_file(
                    room, OutgoingFile(notes), thread_root=EventId(root), thread_latest=EventId(latest)
                )
                await until(lambda: any(c.uploads for c in recorder.changes), what="the upload to start")
            finally:
                await session.close()  # the process is gone: the message is on disk, not sent

        session, _ = await open_session(profile, creds)
        try:

            async def delivered() -> bool:
                return len(await _events(creds, room)) >= 3

            await until_async(delivered, timeout=60, what="the file after the restart")
            await asyncio.sleep(1.5)  # anything sent twice would be there by now
            files = [e for e in await _events(creds, room) if e["content"].get("msgtype") == "m.file"]
            assert len(files) == 1
            assert files[0]["content"]["filename"] == "route.txt"
            assert files[0]["content"]["m.relates_to"] == {
                "rel_type": "m.thread",
                "event_id": root,
                "is_falling_back": True,
                "m.in_reply_to": {"event_id": latest},
            }
        finally:
            await session.close()

    asyncio.run(scenario())
