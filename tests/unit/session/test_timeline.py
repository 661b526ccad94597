"""Timeline pages: the cache first, the server for gaps — and the cache alone when offline."""

from __future__ import annotations

import asyncio
from pathlib import Path

import orjson
import pytest

from messenger_desktop.api import MatrixApi, RoomId, TransportError, UserId, parse_sync
from messenger_desktop.session.timeline import load_page
from messenger_desktop.store.database import Database
from messenger_desktop.store.ingest import ingest_sync
from tests.support.fake_transport import ScriptedTransport, json_response
from tests.support.sync_builder import ME, joined, message, sync

ROOM = RoomId("!r:hs")


async def cached_room(tmp_path: Path) -> Database:
    db = Database(tmp_path / "c.db")
    await db.open()
    body = sync("s1", {ROOM: joined([message("newest", ts=5)], prev_batch="older-token")})
    await db.run(ingest_sync, parse_sync(orjson.dumps(body)), UserId(ME))
    return db


def test_offline_the_cached_rows_are_shown_and_the_gap_kept(tmp_path: Path) -> None:
    async def scenario() -> None:
        db = await cached_room(tmp_path)
        api = MatrixApi(
            "https://hs", ScriptedTransport().on("GET", "/", TransportError("down")), access_token="t"
        )
        page = await load_page(api, db, ROOM)
        assert [r.content["body"] for r in page.rows] == ["newest"]
        assert page.gap is not None and page.gap.prev_batch == "older-token"
        await db.close()

    asyncio.run(scenario())


def test_online_the_gap_is_filled_from_the_server(tmp_path: Path) -> None:
    async def scenario() -> None:
        db = await cached_room(tmp_path)
        older = json_response(200, {"chunk": [message("older", ts=1)], "start": "older-token"})
        transport = ScriptedTransport().on("GET", "/_matrix/client/v3/rooms/", older)
        page = await load_page(MatrixApi("https://hs", transport, access_token="t"), db, ROOM)
        assert [r.content["body"] for r in page.rows] == ["newest", "older"]
        assert page.at_start
        await db.close()

    asyncio.run(scenario())


def test_with_nothing_cached_an_offline_error_is_raised(tmp_path: Path) -> None:
    async def scenario() -> None:
        db = Database(tmp_path / "c.db")
        await db.open()
        body = sync("s1", {ROOM: joined([], prev_batch="older-token")})
        await db.run(ingest_sync, parse_sync(orjson.dumps(body)), UserId(ME))
        api = MatrixApi(
            "https://hs", ScriptedTransport().on("GET", "/", TransportError("down")), access_token="t"
        )
        with pytest.raises(TransportError):
            await load_page(api, db, ROOM)
        await db.close()

    asyncio.run(scenario())
