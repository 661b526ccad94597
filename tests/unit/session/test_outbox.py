"""The outbox against a scripted server: order, retries with the same id, failure and recovery."""

from __future__ import annotations

import asyncio
from pathlib import Path

import orjson

from messenger_desktop.api import MatrixApi, RoomId, TransportError
from messenger_desktop.api.http import HttpRequest, HttpResponse
from messenger_desktop.session.backoff import Backoff
from messenger_desktop.session.changes import ChangeSet
from messenger_desktop.session.outbox import Outbox
from messenger_desktop.store import outbox as rows
from messenger_desktop.store.database import Database
from tests.support.fake_transport import ScriptedTransport, json_response

ROOM = RoomId("!r:hs")


def no_wait() -> Backoff:
    return Backoff(base=0.001, cap=0.001, jitter=0.0)


async def make(
    tmp_path: Path, transport: ScriptedTransport, **kwargs: object
) -> tuple[Outbox, Database, list[ChangeSet]]:
    db = Database(tmp_path / "c.db")
    await db.open()
    changes: list[ChangeSet] = []
    box = Outbox(
        MatrixApi("https://hs", transport, access_token="t"), db, changes.append, backoff=no_wait, **kwargs
    )  # type: ignore[arg-type]
    box.set_ready()  # the session says so after its first sync
    return box, db, changes


def sent_bodies(transport: ScriptedTransport) -> list[str]:
    return [orjson.loads(r.body or b"{}")["body"] for r in transport.requests]


def test_messages_go_out_in_order_with_their_own_transaction_ids(tmp_path: Path) -> None:
    counter = iter(range(100))

    def accept(request: HttpRequest) -> HttpResponse:
        return json_response(200, {"event_id": f"$e{next(counter)}"})

    async def scenario() -> None:
        transport = ScriptedTransport().on("PUT", "/_matrix/client/v3/rooms/", accept)
        box, db, _ = await make(tmp_path, transport)
        for i in range(5):
            box.submit(ROOM, "m.room.message", {"msgtype": "m.text", "body": f"m{i}"})
        await box.wait_idle()
        assert sent_bodies(transport) == [f"m{i}" for i in range(5)]
        txns = [r.url.rsplit("/", 1)[1] for r in transport.requests]
        assert len(set(txns)) == 5
        assert {i.state for i in await db.run(rows.load)} == {"sent"}
        await db.close()

    asyncio.run(scenario())


def test_transient_failures_retry_with_the_same_transaction_id(tmp_path: Path) -> None:
    async def scenario() -> None:
        transport = ScriptedTransport().on(
            "PUT",
            "/_matrix/client/v3/rooms/",
            TransportError("reset"),
            json_response(502, {}),
            json_response(200, {"event_id": "$ok"}),
        )
        box, db, _ = await make(tmp_path, transport)
        box.submit(ROOM, "m.room.message", {"body": "x"})
        await box.wait_idle()
        urls = {r.url for r in transport.requests}
        assert len(transport.requests) == 3 and len(urls) == 1
        [item] = await db.run(rows.load)
        assert (item.state, item.event_id) == ("sent", "$ok")
        await db.close()

    asyncio.run(scenario())


def test_a_forbidden_message_fails_with_a_reason_and_later_ones_still_go(tmp_path: Path) -> None:
    def answer(request: HttpRequest) -> HttpResponse:
        if b"secret" in (request.body or b""):
            return json_response(403, {"errcode": "M_FORBIDDEN", "error": "no"})
        return json_response(200, {"event_id": "$fine"})

    async def scenario() -> None:
        transport = ScriptedTransport().on("PUT", "/_matrix/client/v3/rooms/", answer)
        box, db, _ = await make(tmp_path, transport)
        box.submit(ROOM, "m.room.message", {"body": "secret"})
        box.submit(ROOM, "m.room.message", {"body": "public"})
        await box.wait_idle()
        first, second = await db.run(rows.load)
        assert first.state == "failed"
        assert first.error == "Not sent: you are not allowed to post in this conversation."
        assert second.state == "sent"
        await db.close()

    asyncio.run(scenario())


def test_after_too_many_network_failures_it_fails_and_retry_sends_the_same_id(tmp_path: Path) -> None:
    async def scenario() -> None:
        transport = ScriptedTransport().on("PUT", "/_matrix/client/v3/rooms/", TransportError("down"))
        box, db, changes = await make(tmp_path, transport, max_attempts=3)
        item = box.submit(ROOM, "m.room.message", {"body": "hello"})
        await box.wait_idle()
        [failed] = await db.run(rows.load)
        assert failed.state == "failed" and "could not be reached" in failed.error
        assert len(transport.requests) == 3
        assert changes[-1].outbox[0].state == "failed"  # the UI was told

        transport.routes.clear()
        transport.on("PUT", "/_matrix/client/v3/rooms/", json_response(200, {"event_id": "$late"}))
        await box.retry(item.txn_id)
        await box.wait_idle()
        assert transport.requests[-1].url.endswith("/" + item.txn_id)
        [done] = await db.run(rows.load)
        assert (done.state, done.event_id) == ("sent", "$late")

        await box.delete(item.txn_id)
        assert await db.run(rows.load) == []
        assert changes[-1].outbox_removed == {item.txn_id: None}
        await db.close()

    asyncio.run(scenario())


def test_the_echo_is_announced_before_anything_is_written_or_sent(tmp_path: Path) -> None:
    async def scenario() -> None:
        transport = ScriptedTransport().on(
            "PUT", "/_matrix/client/v3/rooms/", json_response(200, {"event_id": "$e"})
        )
        box, db, changes = await make(tmp_path, transport)
        item = box.submit(ROOM, "m.room.message", {"body": "now"})
        assert changes and changes[0].outbox == (item,)
        assert transport.requests == []
        await box.wait_idle()
        await db.close()

    asyncio.run(scenario())


def test_items_left_by_a_crashed_run_are_resumed(tmp_path: Path) -> None:
    async def scenario() -> None:
        db = Database(tmp_path / "c.db")
        await db.open()
        await db.run(rows.enqueue, "txn-left", ROOM, "m.room.message", {"body": "left over"}, 1)
        await db.run(rows.update, "txn-left", rows.SENDING, 1)
        await db.close()
        transport = ScriptedTransport().on(
            "PUT", "/_matrix/client/v3/rooms/", json_response(200, {"event_id": "$e"})
        )
        box, db, _ = await make(tmp_path, transport)
        await box.start()
        await box.wait_idle()
        assert transport.requests[0].url.endswith("/send/m.room.message/txn-left")
        await db.close()

    asyncio.run(scenario())


def test_a_message_the_cache_cannot_store_is_shown_failed_and_retry_saves_and_sends_it(
    tmp_path: Path,
) -> None:
    import sqlite3

    async def scenario() -> None:
        transport = ScriptedTransport().on(
            "PUT", "/_matrix/client/v3/rooms/", json_response(200, {"event_id": "$e"})
        )
        db = Database(tmp_path / "c.db", busy_timeout=0.05)
        await db.open()
        changes: list[ChangeSet] = []
        api = MatrixApi("https://hs", transport, access_token="t")
        box = Outbox(api, db, changes.append, backoff=no_wait)
        box.set_ready()
        blocker = sqlite3.connect(tmp_path / "c.db", isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")  # another writer holds the cache (a big sync, say)
        item = box.submit(ROOM, "m.room.message", {"body": "keep me"})
        await box.wait_idle()
        failed = changes[-1].outbox[0]
        assert (failed.txn_id, failed.state) == (item.txn_id, "failed")
        assert "could not be saved" in failed.error
        assert transport.requests == []  # nothing went out unsaved

        blocker.execute("ROLLBACK")
        blocker.close()
        await box.retry(item.txn_id)
        await box.wait_idle()
        assert transport.requests[0].url.endswith("/" + item.txn_id)
        [stored] = await db.run(rows.load)
        assert (stored.state, stored.event_id) == ("sent", "$e")
        await db.close()

    asyncio.run(scenario())


def test_an_ended_session_leaves_messages_queued_for_the_next_one(tmp_path: Path) -> None:
    async def scenario() -> None:
        ended = json_response(401, {"errcode": "M_UNKNOWN_TOKEN", "error": "gone", "soft_logout": True})
        transport = ScriptedTransport().on("PUT", "/_matrix/client/v3/rooms/", ended)
        box, db, _ = await make(tmp_path, transport)
        box.submit(ROOM, "m.room.message", {"body": "one"})
        box.submit(ROOM, "m.room.message", {"body": "two"})
        await box.wait_idle()
        assert [i.state for i in await db.run(rows.load)] == ["queued", "queued"]
        assert len(transport.requests) == 1  # it stopped trying
        await db.close()

    asyncio.run(scenario())


def test_nothing_is_sent_before_the_session_has_caught_up(tmp_path: Path) -> None:
    async def scenario() -> None:
        transport = ScriptedTransport().on(
            "PUT", "/_matrix/client/v3/rooms/", json_response(200, {"event_id": "$e"})
        )
        db = Database(tmp_path / "c.db")
        await db.open()
        box = Outbox(
            MatrixApi("https://hs", transport, access_token="t"), db, lambda c: None, backoff=no_wait
        )
        box.submit(ROOM, "m.room.message", {"body": "wait for it"})
        await asyncio.sleep(0.2)
        assert transport.requests == []  # an echo of a pre-crash send may still be on its way
        box.set_ready()
        await box.wait_idle()
        assert len(transport.requests) == 1
        await db.close()

    asyncio.run(scenario())


def test_a_redaction_goes_out_with_put_redact_in_order_and_retries_with_the_same_id(tmp_path: Path) -> None:
    async def scenario() -> None:
        transport = (
            ScriptedTransport()
            .on("PUT", "/_matrix/client/v3/rooms/%21r%3Ahs/send/", json_response(200, {"event_id": "$msg"}))
            .on(
                "PUT",
                "/_matrix/client/v3/rooms/%21r%3Ahs/redact/",
                TransportError("reset"),
                json_response(200, {"event_id": "$redaction"}),
            )
        )
        box, db, _ = await make(tmp_path, transport)
        box.submit(ROOM, "m.room.message", {"msgtype": "m.text", "body": "oops"})
        item = box.submit(ROOM, "m.room.redaction", {"redacts": "$old", "reason": "typo"})
        await box.wait_idle()
        urls = [r.url for r in transport.requests]
        assert "/send/m.room.message/" in urls[0]
        redact_url = f"https://hs/_matrix/client/v3/rooms/%21r%3Ahs/redact/%24old/{item.txn_id}"
        assert urls[1:] == [redact_url, redact_url]  # the retry reuses the transaction id
        assert orjson.loads(transport.requests[-1].body or b"{}") == {"reason": "typo"}
        states = {i.txn_id: (i.state, i.event_id) for i in await db.run(rows.load)}
        assert states[item.txn_id] == ("sent", "$redaction")
        await db.close()

    asyncio.run(scenario())


def test_a_redaction_without_reason_sends_an_empty_body(tmp_path: Path) -> None:
    async def scenario() -> None:
        transport = ScriptedTransport().on(
            "PUT", "/_matrix/client/v3/rooms/", json_response(200, {"event_id": "$r"})
        )
        box, db, _ = await make(tmp_path, transport)
        box.submit(ROOM, "m.room.redaction", {"redacts": "$x"})
        await box.wait_idle()
        assert orjson.loads(transport.requests[0].body or b"") == {}
        await db.close()

    asyncio.run(scenario())


def test_a_refused_redaction_fails_with_its_own_sentence(tmp_path: Path) -> None:
    async def scenario() -> None:
        transport = ScriptedTransport().on(
            "PUT", "/_matrix/client/v3/rooms/", json_response(403, {"errcode": "M_FORBIDDEN"})
        )
        box, db, _ = await make(tmp_path, transport)
        box.submit(ROOM, "m.room.redaction", {"redacts": "$theirs"})
        box.submit(ROOM, "m.room.redaction", {"reason": "names nothing"})
        await box.wait_idle()
        first, second = await db.run(rows.load)
        assert (first.state, first.error) == (
            "failed",
            "Not removed: you are not allowed to remove this message.",
        )
        assert second.state == "failed" and second.error.startswith("Not removed:")
        assert len(transport.requests) == 1  # the second never went on the wire
        await db.close()

    asyncio.run(scenario())
