"""The sliding sync loop's requests (window, growth, long polling, a forgotten position) and the
choice between it and v2."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import orjson
import pytest

from messenger_desktop.api import HttpRequest, HttpResponse, MatrixApi, TransportError, UserId
from messenger_desktop.api.sliding_sync import FEATURE, INDEX, LIST, PATH
from messenger_desktop.session.backoff import Backoff
from messenger_desktop.session.sliding_sync_loop import FIRST_WINDOW, PAGE, WHOLE_LIST, SlidingSyncLoop
from messenger_desktop.session.sync_choice import ENV, ChosenSync
from messenger_desktop.session.sync_loop import SyncLoop
from messenger_desktop.store.database import Database, get_meta, set_meta
from messenger_desktop.store.rows import IngestResult
from tests.support.fake_transport import ScriptedTransport, json_response

ME = UserId("@me:hs")


class SlidingServer:
    """Answers sliding sync requests with a list of ``count`` rooms (no room data) and records them."""

    def __init__(self, count: int, forget: set[str] | None = None, placed: int | None = None) -> None:
        self.count = count
        self.forget = forget or set()
        self.placed = placed
        """Rooms the answer's SYNC operation places (none when None)."""
        self.seen: list[tuple[list[int], str | None, int]] = []
        self.indexed: list[bool] = []
        """Whether each request asked for the index too."""

    def __call__(self, request: HttpRequest) -> HttpResponse:
        query = parse_qs(urlsplit(request.url).query)
        pos = query.get("pos", [None])[0]
        body = orjson.loads(request.body or b"{}")
        self.seen.append((body["lists"][LIST]["ranges"][0], pos, int(query["timeout"][0])))
        self.indexed.append(INDEX in body["lists"])
        if pos in self.forget:
            return json_response(400, {"errcode": "M_UNKNOWN_POS", "error": "Unknown position"})
        listed: dict[str, object] = {"count": self.count}
        if self.placed is not None:
            ids = [f"!r{i}:hs" for i in range(self.placed)]
            listed["ops"] = [{"op": "SYNC", "range": [0, len(ids) - 1], "room_ids": ids}]
        return json_response(200, {"pos": f"p{len(self.seen)}", "lists": {LIST: listed}})


async def with_db(tmp_path: Path, work: Callable[[Database], Awaitable[None]]) -> None:
    db = Database(tmp_path / "c.db")
    await db.open()
    try:
        await work(db)
    finally:
        await db.close()


def make_loop(db: Database, transport: ScriptedTransport, results: list[IngestResult]) -> SlidingSyncLoop:
    return SlidingSyncLoop(
        MatrixApi("https://hs", transport, access_token="t"),
        db,
        ME,
        on_result=results.append,
        on_connection=lambda state: None,
        poll_timeout_ms=30_000,
        backoff=Backoff(base=0.001, cap=0.001, jitter=0.0),
    )


def test_first_screen_then_every_name_then_pages_until_the_list_is_known_then_long_polls(
    tmp_path: Path,
) -> None:
    server = SlidingServer(count=500)

    async def work(db: Database) -> None:
        results: list[IngestResult] = []
        loop = make_loop(db, ScriptedTransport().on("POST", PATH, server), results)
        await loop.load_token()
        try:
            for _ in range(6):
                await loop.sync_once()
        finally:
            loop.close()
        assert loop.complete and loop.count == 500 and len(results) == 6

    asyncio.run(with_db(tmp_path, work))
    first, second = FIRST_WINDOW, FIRST_WINDOW + PAGE
    assert server.seen == [
        ([0, first - 1], None, 0),
        ([0, first - 1], "p1", 0),  # the same screen, and the index of every room
        ([0, second - 1], "p2", 0),
        ([0, second + PAGE - 1], "p3", 0),
        ([0, WHOLE_LIST - 1], "p4", 0),  # the next page reaches the end: the rest at once
        ([0, WHOLE_LIST - 1], "p5", 30_000),  # every room known: long polling
    ]
    assert server.indexed == [False, True, False, False, False, False]


def test_a_short_list_is_complete_after_the_first_answer(tmp_path: Path) -> None:
    server = SlidingServer(count=7)

    async def work(db: Database) -> None:
        loop = make_loop(db, ScriptedTransport().on("POST", PATH, server), [])
        try:
            await loop.sync_once()
            assert loop.complete
            await loop.sync_once()
        finally:
            loop.close()

    asyncio.run(with_db(tmp_path, work))
    assert server.seen[1] == ([0, WHOLE_LIST - 1], "p1", 30_000)


def test_a_list_that_ends_before_its_count_is_complete(tmp_path: Path) -> None:
    """A server that says its list is huge but places only three rooms: the list has ended."""
    server = SlidingServer(count=2**31 - 1, placed=3)

    async def work(db: Database) -> None:
        loop = make_loop(db, ScriptedTransport().on("POST", PATH, server), [])
        try:
            await loop.sync_once()
        finally:
            loop.close()
        assert loop.complete

    asyncio.run(with_db(tmp_path, work))


def test_a_forgotten_position_starts_the_list_again(tmp_path: Path) -> None:
    server = SlidingServer(count=3, forget={"stale"})

    async def work(db: Database) -> None:
        await db.run(set_meta, "sliding_pos", "stale")
        loop = make_loop(db, ScriptedTransport().on("POST", PATH, server), [])
        assert await loop.load_token() == "stale"
        try:
            await loop.sync_once()
        finally:
            loop.close()
        assert loop.token == "p2"

    asyncio.run(with_db(tmp_path, work))
    assert server.seen == [([0, WHOLE_LIST - 1], "stale", 0), ([0, FIRST_WINDOW - 1], None, 0)]


# -- choosing between sliding sync and v2 ---------------------------------------------------------


def versions(*features: str) -> HttpResponse:
    return json_response(200, {"versions": ["v1.11"], "unstable_features": dict.fromkeys(features, True)})


async def loaded(db: Database, transport: ScriptedTransport) -> ChosenSync:
    """A choice over ``transport`` with its stored position loaded, as the session makes it."""
    choice = ChosenSync(
        MatrixApi("https://hs", transport, access_token="t"),
        db,
        ME,
        on_result=lambda result: None,
        on_connection=lambda state: None,
        backoff=Backoff(base=0.001, cap=0.001, jitter=0.0),
    )
    await choice.load_token()
    return choice


async def stop(task: asyncio.Task[None], choice: ChosenSync) -> None:
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    choice.close()


async def chosen(db: Database, transport: ScriptedTransport) -> ChosenSync:
    choice = await loaded(db, transport)
    task = asyncio.get_running_loop().create_task(choice.run())
    while not any("sync" in r.url for r in transport.requests):  # noqa: ASYNC110 - polls the transport
        await asyncio.sleep(0.01)
    await stop(task, choice)
    return choice


def v2_routes(transport: ScriptedTransport) -> ScriptedTransport:
    return transport.on("POST", "/_matrix/client/v3/user/", json_response(200, {"filter_id": "f"})).on(
        "GET", "/_matrix/client/v3/sync", json_response(200, {"next_batch": "s1"})
    )


@pytest.mark.parametrize(
    ("features", "env", "expected"),
    [
        ((FEATURE,), None, SlidingSyncLoop),
        ((), None, SyncLoop),
        ((FEATURE,), "v2", SyncLoop),
        ((), "sliding", SlidingSyncLoop),
    ],
)
def test_the_server_or_the_environment_chooses(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    features: tuple[str, ...],
    env: str | None,
    expected: type,
) -> None:
    if env is None:
        monkeypatch.delenv(ENV, raising=False)
    else:
        monkeypatch.setenv(ENV, env)
    transport = v2_routes(ScriptedTransport().on("GET", "/_matrix/client/versions", versions(*features)))
    transport.on("POST", PATH, SlidingServer(count=1))

    async def work(db: Database) -> None:
        choice = await chosen(db, transport)
        assert type(choice.loop) is expected

    asyncio.run(with_db(tmp_path, work))
    synced = [urlsplit(r.url).path for r in transport.requests if "sync" in r.url]
    assert synced[0] == (PATH if expected is SlidingSyncLoop else "/_matrix/client/v3/sync")


def test_offline_at_start_the_loop_with_a_stored_position_resumes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV, raising=False)
    server = SlidingServer(count=1)
    transport = ScriptedTransport().on("GET", "/_matrix/client/versions", TransportError("down"))
    transport.on("POST", PATH, server)

    async def work(db: Database) -> None:
        await db.run(set_meta, "sliding_pos", "p0")
        choice = await chosen(db, transport)
        assert isinstance(choice.loop, SlidingSyncLoop)

    asyncio.run(with_db(tmp_path, work))
    assert server.seen[0][1] == "p0"


class HeldVersions(ScriptedTransport):
    """``/versions`` answers only once ``release`` is set (a slow or distant server)."""

    def __init__(self) -> None:
        super().__init__()
        self.release = asyncio.Event()
        self.versions_asked = False

    async def send(self, request: HttpRequest) -> HttpResponse:
        if urlsplit(request.url).path == "/_matrix/client/versions":
            self.versions_asked = True
            await self.release.wait()
        return await super().send(request)


def test_a_start_with_a_stored_position_syncs_before_versions_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV, raising=False)
    server = SlidingServer(count=1)
    transport = HeldVersions()
    transport.on("GET", "/_matrix/client/versions", versions(FEATURE)).on("POST", PATH, server)

    async def work(db: Database) -> None:
        await db.run(set_meta, "sliding_pos", "p0")
        choice = await loaded(db, transport)
        task = asyncio.get_running_loop().create_task(choice.run())
        while not server.seen:  # noqa: ASYNC110 - polls the fake server
            await asyncio.sleep(0.01)
        assert transport.versions_asked, "/versions is asked beside the first sync"
        transport.release.set()  # the server says it still offers sliding sync: nothing changes
        while len(server.seen) < 2:  # noqa: ASYNC110 - polls the fake server
            await asyncio.sleep(0.01)
        assert isinstance(choice.loop, SlidingSyncLoop)
        await stop(task, choice)

    asyncio.run(with_db(tmp_path, work))
    assert server.seen[0][1] == "p0"  # resumed from the stored position, before /versions answered
    assert [pos for _, pos, _ in server.seen[:2]] == ["p0", "p1"]


def test_a_server_that_stopped_offering_sliding_sync_is_followed_with_v2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV, raising=False)
    server = SlidingServer(count=1)
    transport = HeldVersions()
    v2_routes(transport.on("GET", "/_matrix/client/versions", versions()).on("POST", PATH, server))

    async def work(db: Database) -> None:
        await db.run(set_meta, "sliding_pos", "p0")
        choice = await loaded(db, transport)
        task = asyncio.get_running_loop().create_task(choice.run())
        while not server.seen:  # noqa: ASYNC110 - polls the fake server
            await asyncio.sleep(0.01)
        transport.release.set()
        while not any(urlsplit(r.url).path == "/_matrix/client/v3/sync" for r in transport.requests):  # noqa: ASYNC110
            await asyncio.sleep(0.01)
        assert isinstance(choice.loop, SyncLoop)
        await stop(task, choice)
        # the next start goes to v2 at once: the sliding position is forgotten
        assert await db.run(get_meta, "sliding_pos") is None

    asyncio.run(with_db(tmp_path, work))


def test_a_loop_that_ends_before_versions_answers_ends_syncing_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The session expired: the loop stops, and syncing may be started again at once (after the
    password) rather than when a slow /versions finally answers."""
    monkeypatch.delenv(ENV, raising=False)
    transport = HeldVersions()
    expired = json_response(401, {"errcode": "M_UNKNOWN_TOKEN", "error": "expired", "soft_logout": True})
    transport.on("GET", "/_matrix/client/versions", versions(FEATURE)).on("POST", PATH, expired)

    async def work(db: Database) -> None:
        await db.run(set_meta, "sliding_pos", "p0")
        choice = await loaded(db, transport)
        await asyncio.wait_for(choice.run(), 5)  # /versions is never answered
        assert transport.versions_asked
        choice.close()

    asyncio.run(with_db(tmp_path, work))


def test_a_fresh_start_sends_its_first_request_before_syncing_starts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV, raising=False)
    server = SlidingServer(count=2)
    transport = (
        ScriptedTransport().on("GET", "/_matrix/client/versions", versions(FEATURE)).on("POST", PATH, server)
    )

    async def work(db: Database) -> None:
        results: list[IngestResult] = []
        choice = ChosenSync(
            MatrixApi("https://hs", transport, access_token="t"),
            db,
            ME,
            on_result=results.append,
            on_connection=lambda state: None,
            poll_timeout_ms=30_000,
        )
        await choice.load_token()
        choice.prefetch()  # as the session does when its cache is open, before the window is built
        while not server.seen:  # noqa: ASYNC110 - polls the fake server
            await asyncio.sleep(0.01)
        assert results == []  # asked, not yet ingested: that waits for syncing to start
        task = asyncio.get_running_loop().create_task(choice.run())
        while len(server.seen) < 2:  # noqa: ASYNC110 - polls the fake server
            await asyncio.sleep(0.01)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        choice.close()
        assert results and results[0].next_batch == "p1"

    asyncio.run(with_db(tmp_path, work))
    # the prefetched answer was used: the next request carries its position and long-polls
    assert server.seen[:2] == [([0, FIRST_WINDOW - 1], None, 0), ([0, WHOLE_LIST - 1], "p1", 30_000)]
    assert server.indexed[:2] == [False, False]  # two rooms: all on the first screen
