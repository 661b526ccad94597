"""The file of a message being sent is kept with the message: after a restart the outbox still
knows the file, and a video's thumbnail beside it; rows written before thumbnails existed load."""

from __future__ import annotations

import sqlite3

import orjson

from messenger_desktop.api import RoomId, TxnId
from messenger_desktop.store import outbox
from messenger_desktop.store.rows import Attachment

ROOM = RoomId("!room:example.org")


def test_a_video_and_its_thumbnail_are_found_again_after_a_restart(conn: sqlite3.Connection) -> None:
    video = Attachment("/p/files/t1/clip.mp4", "clip.mp4", "video/mp4", 1234, "/p/files/t1/t.jpg")
    song = Attachment("/p/files/t2/song.ogg", "song.ogg", "audio/ogg", 99)
    outbox.enqueue(conn, TxnId("t1"), ROOM, "m.room.message", {"msgtype": "m.video"}, 5, video)
    outbox.enqueue(conn, TxnId("t2"), ROOM, "m.room.message", {"msgtype": "m.audio"}, 6, song)

    first, second = outbox.load(conn)

    assert first.attachment == video and first.attachment.thumbnail.endswith("t.jpg")
    assert second.attachment == song and second.attachment.thumbnail == ""
    stored = conn.execute("SELECT attachment FROM outbox WHERE txn_id = 't2'").fetchone()[0]
    assert "thumbnail" not in orjson.loads(stored)  # nothing written for files without one


def test_a_row_written_before_thumbnails_existed_still_loads(conn: sqlite3.Connection) -> None:
    outbox.enqueue(conn, TxnId("t1"), ROOM, "m.room.message", {"msgtype": "m.file"}, 5)
    old = orjson.dumps({"path": "/p/f/t1/a.pdf", "name": "a.pdf", "mime": "application/pdf", "size": 3})
    conn.execute("UPDATE outbox SET attachment = ? WHERE txn_id = 't1'", (old.decode(),))

    (item,) = outbox.load(conn)

    assert item.attachment == Attachment("/p/f/t1/a.pdf", "a.pdf", "application/pdf", 3)
