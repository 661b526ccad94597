"""What the sync loop tells the UI when the server is unreachable or ends the session."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from pathlib import Path

from messenger_desktop.api import MatrixApi, TransportError, UserId
from messenger_desktop.session.backoff import Backoff
from messenger_desktop.session.changes import Connection, ConnectionState
from messenger_desktop.session.sync_loop import SyncLoop
from messenger_desktop.store.database import Database
from tests.support.fake_transport import ScriptedTransport, json_response


async def run_loop(
    tmp_path: Path,
    transport: ScriptedTransport,
    until: int,
    prepare: Callable[[sqlite3.Connection], None] | None = None,
    or_when: Callable[[], bool] = lambda: False,
) -> list[ConnectionState]:
    db = Database(tmp_path / "c.db")
    await db.open()
    if prepare is not None:
        await db.run(prepare)
    states: list[ConnectionState] = []
    loop = SyncLoop(
        MatrixApi("https://hs", transport, access_token="t"),
        db,
        UserId("@me:hs"),
        on_result=lambda result: None,
        on_connection=states.append,
        backoff=Backoff(base=0.001, cap=0.001, jitter=0.0),
    )
    task = asyncio.get_running_loop().create_task(loop.run())
    while len(states) < until and not or_when() and not task.done():  # noqa: ASYNC110 - polls
        await asyncio.sleep(0.01)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    loop.close()
    await db.close()
    return states


def filter_route() -> ScriptedTransport:
    return ScriptedTransport().on("POST", "/_matrix/client/v3/user/", json_response(200, {"filter_id": "f"}))


def test_unreachable_server_is_reported_offline_with_a_reason_then_online(tmp_path: Path) -> None:
    transport = filter_route().on(
        "GET", "/_matrix/client/v3/sync", TransportError("refused"), json_response(200, {"next_batch": "s1"})
    )
    states = asyncio.run(run_loop(tmp_path, transport, until=2))
    assert states[0].state is Connection.OFFLINE
    assert states[0].reason == "Offline — reconnecting…"
    assert states[0].retry_in is not None
    assert states[1].state is Connection.ONLINE


def test_an_expired_token_is_a_soft_logout_that_keeps_local_data(tmp_path: Path) -> None:
    body = {"errcode": "M_UNKNOWN_TOKEN", "error": "expired", "soft_logout": True}
    transport = filter_route().on("GET", "/_matrix/client/v3/sync", json_response(401, body))
    [state] = asyncio.run(run_loop(tmp_path, transport, until=1))
    assert (state.state, state.keep_data) == (Connection.SIGNED_OUT, True)


def test_a_revoked_token_is_a_real_logout(tmp_path: Path) -> None:
    body = {"errcode": "M_UNKNOWN_TOKEN", "error": "revoked"}
    transport = filter_route().on("GET", "/_matrix/client/v3/sync", json_response(401, body))
    [state] = asyncio.run(run_loop(tmp_path, transport, until=1))
    assert (state.state, state.keep_data) == (Connection.SIGNED_OUT, False)


def test_a_sync_that_cannot_be_stored_is_retried_not_fatal_and_not_called_offline(tmp_path: Path) -> None:
    def break_the_cache(conn: sqlite3.Connection) -> None:
        # A real SQLite failure during ingest, as a full disk would give.
        conn.execute(
            "CREATE TRIGGER boom BEFORE INSERT ON meta WHEN NEW.key = 'next_batch' "
            "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"
        )

    transport = filter_route().on("GET", "/_matrix/client/v3/sync", json_response(200, {"next_batch": "s1"}))

    def syncs() -> int:
        return sum(r.url.split("?")[0].endswith("/sync") for r in transport.requests)

    states = asyncio.run(
        run_loop(tmp_path, transport, until=1, prepare=break_the_cache, or_when=lambda: syncs() >= 3)
    )
    assert syncs() >= 3  # it kept asking for the answer again
    # The disk, not the connection: the window's storage strip says what is wrong.
    assert [s for s in states if s.state is Connection.OFFLINE] == []
