"""A room replaced by an upgrade (``m.room.tombstone``) names its successor in its summary, from
sync and, for caches from before, from the stored state; junk successors are ignored."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import orjson
import pytest

from messenger_desktop.api import RoomId
from messenger_desktop.store.database import connect
from messenger_desktop.store.schema import MIGRATIONS
from messenger_desktop.store.summaries import load_summaries, load_summary
from tests.support.sync_builder import ME, joined, member, message, state, sync
from tests.unit.store.conftest import ingest

OLD = RoomId("!old:hs")
NEW = "!new:hs"


def _tombstone(content: dict[str, Any]) -> dict[str, Any]:
    return state("m.room.tombstone", {"body": "This room has been replaced", **content})


def test_a_tombstone_names_the_successor(conn: sqlite3.Connection) -> None:
    result = ingest(conn, sync("s1", {OLD: joined([member(ME), message("before")])}))
    assert result.rooms[0].replacement_room == ""
    result = ingest(conn, sync("s2", {OLD: joined([_tombstone({"replacement_room": NEW})])}))
    assert [r.replacement_room for r in result.rooms] == [NEW]
    assert load_summary(conn, OLD).replacement_room == NEW  # type: ignore[union-attr]
    assert [r.replacement_room for r in load_summaries(conn)] == [NEW]


@pytest.mark.parametrize("successor", [None, 5, "", "new:hs", OLD, ["!new:hs"], "!" + "x" * 300])
def test_junk_successors_are_ignored(conn: sqlite3.Connection, successor: object) -> None:
    content = {} if successor is None else {"replacement_room": successor}
    result = ingest(conn, sync("s1", {OLD: joined([member(ME), _tombstone(content)])}))
    assert result.rooms[0].replacement_room == ""


def test_a_cache_from_before_finds_its_tombstones(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    raw = sqlite3.connect(path, isolation_level=None)
    for step in MIGRATIONS[:5]:
        for statement in step:
            raw.execute(statement)
    raw.execute("PRAGMA user_version=5")
    raw.execute("INSERT INTO meta (key, value) VALUES ('user_id', ?)", (ME,))
    for room, content in (
        (OLD, {"replacement_room": NEW}),
        ("!self:hs", {"replacement_room": "!self:hs"}),
        ("!broken:hs", None),
        ("!plain:hs", False),
    ):
        raw.execute("INSERT INTO rooms (room_id, membership, name) VALUES (?, 'join', ?)", (room, room))
        if content is False:
            continue
        text = "{not json" if content is None else orjson.dumps(content).decode()
        raw.execute(
            "INSERT INTO state (room_id, type, state_key, event_id, sender, content)"
            " VALUES (?, 'm.room.tombstone', '', ?, '@bob:hs', ?)",
            (room, f"${room}", text),
        )
    raw.close()
    conn = connect(path)
    found = {r.room_id: r.replacement_room for r in load_summaries(conn)}
    assert found == {OLD: NEW, "!self:hs": "", "!broken:hs": "", "!plain:hs": ""}
