from __future__ import annotations

import sqlite3
from pathlib import Path

from messenger_desktop.api import EventId, RoomId
from messenger_desktop.store.database import connect
from messenger_desktop.store.drafts import Draft, load_draft, load_drafts, save_draft

ROOM, OTHER = RoomId("!r:hs"), RoomId("!o:hs")


def test_a_draft_round_trips_and_survives_a_restart(conn: sqlite3.Connection, tmp_path: Path) -> None:
    draft = Draft(ROOM, "half a thought", reply_to=EventId("$q"), thread_root=EventId("$root"))
    save_draft(conn, draft)
    save_draft(conn, Draft(OTHER, "", edit_of=EventId("$mine")))  # an edit just opened: kept
    assert load_draft(conn, ROOM) == draft
    conn.close()
    reopened = connect(tmp_path / "cache.sqlite3")
    assert load_drafts(reopened) == {ROOM: draft, OTHER: Draft(OTHER, "", edit_of=EventId("$mine"))}
    reopened.close()


def test_saving_again_replaces_and_an_empty_draft_deletes(conn: sqlite3.Connection) -> None:
    save_draft(conn, Draft(ROOM, "first"))
    save_draft(conn, Draft(ROOM, "second", reply_to=EventId("$x")))
    assert load_draft(conn, ROOM) == Draft(ROOM, "second", reply_to=EventId("$x"))
    save_draft(conn, Draft(ROOM, "  \n", thread_root=EventId("$root")))
    assert load_draft(conn, ROOM) is None
    assert load_drafts(conn) == {}
    save_draft(conn, Draft(OTHER, ""))  # deleting what is not there is fine
    assert load_draft(conn, OTHER) is None
