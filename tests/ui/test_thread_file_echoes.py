"""The user's own file in the thread panel: its echo shows from this computer while it is sent, and
the server's event takes its place when sync brings it — also when the server named the event
before sync brought it, so the row ends up with the file's address (the copy on this computer
goes once the message is delivered). The next reply in the thread answers it."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from messenger_desktop.api.ids import EventId, TxnId
from messenger_desktop.qt.media_rows import media_view
from messenger_desktop.qt.thread_model import ThreadModel
from messenger_desktop.store.rows import Attachment, OutboxItem
from tests.ui.panels_harness import ME, ROOM, message, model_rows, now_ms

BOB = "@bob:example.org"
IN_THREAD = {
    "rel_type": "m.thread",
    "event_id": "$root",
    "is_falling_back": True,
    "m.in_reply_to": {"event_id": "$root"},
}
PHOTO = {
    "msgtype": "m.image",
    "body": "tent.jpg",
    "filename": "tent.jpg",
    "info": {"w": 800, "h": 600, "mimetype": "image/jpeg", "size": 4096},
    "m.relates_to": IN_THREAD,
}


def test_a_delivered_file_echo_becomes_the_servers_event_and_the_next_reply_answers_it(
    qtmodeltester: Any,
) -> None:
    model = ThreadModel(ME)
    qtmodeltester.check(model)
    model.open("$root")
    model.load(message("$root", BOB, "Which tent?", 1), [])
    sending = OutboxItem(
        1,
        TxnId("t1"),
        ROOM,
        "m.room.message",
        PHOTO,
        now_ms(),
        "queued",
        attachment=Attachment("/outbox/t1/tent.jpg", "tent.jpg", "image/jpeg", 4096),
    )
    model.upsert_echo(sending)
    assert model_rows(model)[-1]["media"] == media_view(
        "m.room.message", PHOTO, txn_id="t1", local_file=True, progress=-1.0
    )
    assert model.latest_event_id() == "$root"

    # the server names the event before sync brings it
    model.upsert_echo(replace(sending, state="sent", event_id=EventId("$tent")))
    assert model.latest_event_id() == "$tent"

    delivered = {**PHOTO, "url": "mxc://example.org/tent"}
    event = replace(message("$tent", ME, "", now_ms(), thread="$root", txn_id="t1"), content=delivered)
    model.add_rows([event])
    model.echo_removed(TxnId("t1"), EventId("$tent"))
    rows = model_rows(model)
    assert [r["eventId"] for r in rows] == ["$root", "$tent"]
    assert rows[1]["media"] == media_view("m.room.message", delivered)  # from the server now
    assert model.item_content("$tent") == ("m.room.message", delivered)  # plays and saves from there
    assert model.latest_event_id() == "$tent"
