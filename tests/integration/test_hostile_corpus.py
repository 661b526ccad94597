"""The project's corpus of attacks (tests/support/hostile/corpus.py) sent by a hostile member
through a real Synapse to a running client session: nothing crashes, every event is stored and
shown as something (a safe message, a one-line state change or a placeholder), pictures that are
bombs are refused, and names cannot pass for anyone else or reorder a line.

Headless: the session's cache is read through the timeline and conversation-list models, as the
window does (tests/ui/test_hostile_ui.py opens the same kind of room in the real window).
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from messenger_desktop.api.ids import EventId
from messenger_desktop.api.mxc import parse_mxc
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.media.image_guard import ImageRefused
from messenger_desktop.media.loader import MediaRequest
from messenger_desktop.qt.rooms_model import RoomsModel
from messenger_desktop.qt.timeline_model import TimelineModel
from messenger_desktop.qt.timeline_source import SessionSource
from messenger_desktop.session.session import Session
from tests.support.core import login, open_session, until, until_async
from tests.support.hostile import corpus
from tests.support.hostile.checks import assert_bidi_balanced
from tests.support.hostile.model_checks import check_rooms, check_timeline, rows_of
from tests.support.hostile.server import send_corpus
from tests.support.synapse import UserFactory

pytestmark = [
    pytest.mark.integration,
    pytest.mark.timeout(240),
    # the app ignores Pillow's warning (media/image_guard.py refuses bombs itself); pytest resets
    # warning filters for every test
    pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning"),
]


async def _stored(session: Session, event_ids: set[EventId]) -> bool:
    def present(conn: Any) -> set[str]:
        marks = ",".join("?" * len(event_ids))
        return {
            r[0]
            for r in conn.execute(f"SELECT event_id FROM events WHERE event_id IN ({marks})", [*event_ids])
        }

    return await session.db.run(present) == event_ids


async def _every_row(model: TimelineModel) -> list[dict[str, Any]]:
    while not model.property("atStart"):
        model.loadOlder()
        await model.wait_idle()
    return [model.row(i) for i in range(model.rowCount())]


def test_the_corpus_through_a_real_server_is_stored_and_shown_safely(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    async def scenario() -> None:
        troll_id, troll_pw = new_user("troll", displayname="Troll")
        alice_id, alice_pw = new_user("alice", displayname="Alice")
        troll = await login(synapse.base_url, troll_id, troll_pw)
        alice = await login(synapse.base_url, alice_id, alice_pw)
        room, sent = await send_corpus(troll, alice)

        session, _recorder = await open_session(tmp_path / "profile", alice)
        try:
            await until(lambda: session.synced.is_set(), what="the first sync")
            newest = next(reversed(sent))
            await until_async(lambda: _stored(session, {newest}), what="the newest event in the cache")

            # scrolling up to the start of the room fetches the rest (the first sync is limited)
            timeline = TimelineModel(SessionSource(session), session.user_id)
            timeline.open(room)
            await timeline.wait_idle()
            rows = {row["eventId"]: row for row in await _every_row(timeline)}
            check_timeline(timeline)
            await timeline.close()
            assert await _stored(session, set(sent))
            rooms = RoomsModel(session.user_id)
            rooms.load(await session.rooms())
            check_rooms(rooms)
            [listed] = [r for r in rows_of(rooms) if r["roomId"] == room]

            missing = [entry.name for event_id, (entry, _) in sent.items() if event_id not in rows]
            assert not missing, f"no row for {missing}"
            assert_bidi_balanced(listed["name"] + listed["lastBody"])
            for event_id, (entry, content) in sent.items():
                row = rows[event_id]
                assert_bidi_balanced(row["senderName"])
                if row["kind"] == "state":
                    assert_bidi_balanced(row["body"])
                if content.get("url") in corpus.TRAVERSAL_URIS:
                    assert row["media"]["source"] == row["media"]["full"] == "", entry.name

            # a picture that is a bomb is refused by the loader the image provider uses
            loader = session.media
            assert loader is not None
            for entry, content in sent.values():
                if "bomb" in entry.tags:
                    mxc = parse_mxc(content["url"])
                    assert mxc is not None
                    with pytest.raises(ImageRefused):
                        await loader.image(MediaRequest(mxc), 800, 600)
        finally:
            await session.close()

    asyncio.run(scenario())
