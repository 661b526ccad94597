"""Fault scenarios against a real Synapse, shared by ``tests/integration/test_faults.py`` (which
asserts on what they return) and ``bench/faults.py`` (which prints their figures).

- :func:`sends_through_faults`: a headless session sends through the chaos proxy
  (:mod:`tests.support.chaos`) into several rooms; returns what was sent, what the server holds,
  what the client's cache shows after scrolling to the start, and the figures.
- :func:`kill_cycles`: a session in a child process (:mod:`tests.support.kill_worker`) sends and
  syncs and is killed with SIGKILL at random points; each restart settles and reports its view,
  compared with the server's and with what the killed process had saved.

Each message body is unique, so "on the server exactly once, in order" is a list comparison.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import signal
import sqlite3
import statistics
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from messenger_desktop.api import Credentials, MatrixApi, RoomId
from messenger_desktop.api.errors import MatrixError, TransportError
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.session.changes import ChangeSet
from messenger_desktop.session.session import Session
from messenger_desktop.store.rows import TimelineRow
from tests.support.chaos import Chaos, ChaosStats
from tests.support.core import login, open_session
from tests.support.fault_proxy import FaultProxy, Mode
from tests.support.synapse import UserFactory

ROOT = Path(__file__).resolve().parents[2]

# -- views of a room ---------------------------------------------------------------------------------


async def server_messages(base_url: str, creds: Credentials, room_id: RoomId) -> list[str]:
    """Every message body the server holds for the room, oldest first (all pages, straight to the
    server, never through a proxy)."""
    transport = HttpxTransport()
    try:
        api = MatrixApi(base_url, transport, access_token=creds.access_token)
        bodies: list[str] = []
        token: str | None = None
        while True:
            page = await api.messages(room_id, from_token=token, direction="b", limit=500)
            bodies.extend(
                e["content"].get("body", "")
                for e in page.chunk
                if e.get("type") == "m.room.message" and isinstance(e.get("content"), dict)
            )
            if not page.chunk or page.end is None:
                return bodies[::-1]
            token = page.end
    finally:
        await transport.aclose()


async def scroll_to_start(session: Session, room_id: RoomId, page_size: int = 50) -> list[TimelineRow]:
    """The room's whole timeline as the user sees it scrolling up page by page (the timeline
    model's way: each page before the oldest row so far, gaps filled from the server on the way),
    oldest first. A page the network refuses is asked for again, as a user scrolls again."""
    rows: list[TimelineRow] = []
    before: tuple[int, int] | None = None
    refusals = empty = 0
    while True:
        try:
            page = await session.page(room_id, before=before, limit=page_size)
        except (TransportError, MatrixError):
            refusals += 1
            if refusals > 50:
                raise
            await asyncio.sleep(0.2)
            continue
        rows.extend(page.rows)
        if page.rows:
            before, empty = page.rows[-1].order, 0
        if page.at_start:
            return rows[::-1]
        if not page.rows:
            empty += 1  # stopped at a gap whose page did not come: ask again
            if empty > 50:
                raise AssertionError(f"scrolling up {room_id} makes no progress")
            await asyncio.sleep(0.2)


def message_bodies(rows: Iterable[TimelineRow]) -> list[str]:
    return [r.content.get("body", "") for r in rows if r.type == "m.room.message"]


def saved_bodies(conn: sqlite3.Connection, user_id: str) -> dict[str, set[str]]:
    """What the profile has saved of the user's own messages, by room: still in the outbox, or
    stored as the server's event (the outbox row goes in the transaction that stores its echo,
    so nothing saved is ever in neither)."""
    found: dict[str, set[str]] = {}
    for room_id, content in conn.execute("SELECT room_id, content FROM outbox"):
        body = orjson.loads(content).get("body")
        if isinstance(body, str):
            found.setdefault(room_id, set()).add(body)
    query = "SELECT room_id, json FROM events WHERE sender = ? AND type = 'm.room.message'"
    for room_id, text in conn.execute(query, (user_id,)):
        body = orjson.loads(text).get("content", {}).get("body")
        if isinstance(body, str):
            found.setdefault(room_id, set()).add(body)
    return found


def integrity(path: Path) -> str:
    """``PRAGMA integrity_check`` of a cache no process is using ("ok" when sound)."""
    conn = sqlite3.connect(path)
    try:
        return "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()


async def make_rooms(base_url: str, creds: Credentials, count: int, name: str) -> list[RoomId]:
    transport = HttpxTransport()
    try:
        api = MatrixApi(base_url, transport, access_token=creds.access_token)
        return [await api.create_room(name=f"{name} {i}") for i in range(count)]
    finally:
        await transport.aclose()


def percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


# -- 1. sends through random faults ------------------------------------------------------------------


TEST_CHAOS = {"reset": 0.03, "unavailable": 0.03, "drop": 0.05, "bad_gateway": 0.03, "latency": 0.2}
"""Fault rates per request: about one request in seven fails, one in five is delayed (≤ 0.25 s)."""


def chaos_with(seed: int, rates: dict[str, float]) -> Chaos:
    """A :class:`Chaos` with these fault rates (names as its fields)."""
    chaos = Chaos(seed=seed)
    for name, rate in rates.items():
        if not isinstance(getattr(chaos, name, None), float):
            raise ValueError(f"no fault rate called {name!r}")
        setattr(chaos, name, rate)
    return chaos


@dataclass
class SendRun:
    sent: dict[RoomId, list[str]]
    """What the user sent, by room, in order."""
    server: dict[RoomId, list[str]]
    """What the server holds, by room, oldest first."""
    local: dict[RoomId, list[str]]
    """What the client shows scrolling each room up to its start (after catching up)."""
    pending_left: int
    """Outbox rows left once everything settled (should be none)."""
    seconds: float
    """From the first message written to the last one the server accepted."""
    retries: int
    """Send requests made again (after a failure whose echo had not come back meanwhile)."""
    latencies: list[float]
    """Per message: written → accepted by the server, seconds."""
    chaos: ChaosStats = field(default_factory=ChaosStats)

    @property
    def messages(self) -> int:
        return sum(len(b) for b in self.sent.values())

    @property
    def sends_per_second(self) -> float:
        return self.messages / self.seconds if self.seconds else 0.0

    def figures(self) -> dict[str, Any]:
        return {
            "messages": self.messages,
            "rooms": len(self.sent),
            "seconds": round(self.seconds, 2),
            "sends_per_s": round(self.sends_per_second, 1),
            "retries": self.retries,
            "failed_send_requests": sum(n for (k, f), n in self.chaos.faults_by_kind.items() if k == "send"),
            "latency_p50_s": round(percentile(self.latencies, 0.5), 3),
            "latency_p99_s": round(percentile(self.latencies, 0.99), 3),
            "latency_max_s": round(max(self.latencies, default=0.0), 3),
            "requests": dict(self.chaos.requests),
            "faults": dict(self.chaos.faults),
            "send_faults": {f: n for (k, f), n in self.chaos.faults_by_kind.items() if k == "send"},
            "lost": sum(len(set(s) - set(self.server[r])) for r, s in self.sent.items()),
            "duplicated": sum(len(b) - len(set(b)) for b in self.server.values()),
        }


class _Delivery:
    """Listens to the session: when the server accepted each message (its answer came, or — when
    the answer was lost — its echo came back through sync)."""

    def __init__(self) -> None:
        self.accepted: dict[str, float] = {}

    def __call__(self, changes: ChangeSet) -> None:
        now = time.monotonic()
        for item in changes.outbox:
            if item.state == "sent":
                self.accepted.setdefault(item.txn_id, now)
        for txn_id in changes.outbox_removed:
            self.accepted.setdefault(txn_id, now)


async def sends_through_faults(
    server: LocalSynapse,
    workdir: Path,
    *,
    messages: int,
    rooms: int = 10,
    seed: int = 0,
    rate: float = 60.0,
    rates: dict[str, float] | None = None,
    timeout: float = 240.0,
) -> SendRun:
    """``messages`` sends, round-robin over ``rooms`` new rooms, written at ``rate`` per second
    (0: all at once) by a headless session whose every request goes through the chaos proxy."""
    user_id, password = await asyncio.to_thread(UserFactory(server), "faults")
    creds = await login(server.base_url, user_id, password)
    room_ids = await make_rooms(server.base_url, creds, rooms, "Faults")
    chaos = chaos_with(seed, TEST_CHAOS if rates is None else rates)
    proxy = FaultProxy("127.0.0.1", server.port, mode=Mode.CHAOS, chaos=chaos)
    await proxy.start()
    delivery = _Delivery()
    session: Session | None = None
    try:
        session, _ = await open_session(workdir / "profile", creds, base_url=proxy.url, poll_ms=5000)
        session.subscribe(delivery)
        sent: dict[RoomId, list[str]] = {r: [] for r in room_ids}
        written: dict[str, float] = {}
        started = time.monotonic()
        for i in range(messages):
            room = room_ids[i % rooms]
            body = f"fault test {seed} · {i:04d} · room {i % rooms}"
            written[session.send_text(room, body).txn_id] = time.monotonic()
            sent[room].append(body)
            if rate > 0:
                await asyncio.sleep(max(0.0, started + (i + 1) / rate - time.monotonic()))
        deadline = time.monotonic() + timeout
        while len(delivery.accepted.keys() & written.keys()) < len(written):
            if time.monotonic() > deadline:
                break
            await asyncio.sleep(0.05)
        accepted = [delivery.accepted[t] for t in written if t in delivery.accepted]
        seconds = (max(accepted) if accepted else time.monotonic()) - started
        latencies = [delivery.accepted[t] - w for t, w in written.items() if t in delivery.accepted]
        await asyncio.wait_for(session.outbox.wait_idle(), 60)
        pending_left = await settle_outbox(session, room_ids, deadline=time.monotonic() + 30)
        local = {r: message_bodies(await scroll_to_start(session, r)) for r in room_ids}
        pending_left = await settle_outbox(session, room_ids, deadline=time.monotonic() + 10)
    finally:
        if session is not None:
            await session.close()
        await proxy.stop()
    server_view = {r: await server_messages(server.base_url, creds, r) for r in room_ids}
    return SendRun(
        sent=sent,
        server=server_view,
        local=local,
        pending_left=pending_left,
        seconds=seconds,
        retries=chaos.stats.requests["send"] - messages,
        latencies=latencies,
        chaos=chaos.stats,
    )


async def settle_outbox(session: Session, room_ids: Sequence[RoomId], *, deadline: float) -> int:
    """Until the outbox is empty (every echo back), scrolling the rooms up should an echo have
    landed in a gap a limited sync left; returns what is left at ``deadline``."""
    while True:
        await session.outbox.wait_idle()
        left = len(await session.pending())
        if left == 0 or time.monotonic() > deadline:
            return left
        await asyncio.sleep(0.5)
        if len(await session.pending()) == left:
            for room in room_ids:
                await scroll_to_start(session, room)


# -- 2. kill -9 cycles ---------------------------------------------------------------------------------


NO_CACHE = "no cache yet"


@dataclass
class CycleReport:
    cycle: int
    killed_after: float
    """Seconds after the process started (or after it reported settled) it was killed; 0: not killed."""
    killed_when: str
    """"starting" (before it had settled) or "sending"."""
    saved: dict[str, set[str]]
    """What the killed process had saved of its messages (read from its cache after the kill)."""
    integrity: str
    """``PRAGMA integrity_check`` right after the kill."""
    outbox: int
    """Messages in the outbox at the kill (saved, not yet known to be on the server)."""


@dataclass
class Settled:
    """What a restarted process reported once it had caught up."""

    local: dict[str, list[str]]
    pending: int
    failed: int
    server: dict[str, list[str]]
    seconds: float
    """From the (re)start to the report: resumed, caught up, outbox empty, rooms scrolled."""


@dataclass
class KillRun:
    plan: dict[str, list[str]]
    cycles: list[CycleReport]
    settled: list[Settled]
    final_integrity: str
    errors: list[str] = field(default_factory=list)
    """Every way a settled report disagreed with the server or with what had been saved."""

    def figures(self) -> dict[str, Any]:
        restarts = [s.seconds for s in self.settled[1:]]
        return {
            "cycles": len(self.cycles),
            "killed_starting": sum(c.killed_when == "starting" for c in self.cycles),
            "killed_sending": sum(c.killed_when == "sending" for c in self.cycles),
            "outbox_at_kills": [c.outbox for c in self.cycles],
            "messages_on_server": sum(len(b) for b in self.settled[-1].server.values())
            if self.settled
            else 0,
            "restart_to_settled_median_s": round(statistics.median(restarts), 2) if restarts else None,
            "restart_to_settled_max_s": round(max(restarts), 2) if restarts else None,
            "errors": len(self.errors),
        }


def _check_settled(
    report: Settled, plan: dict[str, list[str]], saved: dict[str, set[str]], label: str
) -> list[str]:
    errors = []
    for room, wanted in plan.items():
        on_server = report.server.get(room, [])
        if on_server != wanted[: len(on_server)]:
            errors.append(f"{label}: {room} on the server is not the plan's start in order: {on_server[-5:]}")
        if len(set(on_server)) != len(on_server):
            errors.append(f"{label}: {room} has duplicates on the server")
        missing = saved.get(room, set()) - set(on_server)
        if missing:
            errors.append(f"{label}: {room} lost {sorted(missing)[:5]} (saved before the kill)")
        if report.local.get(room, []) != on_server:
            errors.append(
                f"{label}: {room} cache {report.local.get(room, [])[-5:]} ≠ server {on_server[-5:]}"
            )
    if report.pending:
        errors.append(f"{label}: {report.pending} outbox rows left after settling")
    if report.failed:
        errors.append(f"{label}: {report.failed} messages failed")
    return errors


async def kill_cycles(
    server: LocalSynapse,
    workdir: Path,
    *,
    cycles: int,
    rooms: int = 3,
    per_room: int = 400,
    seed: int = 0,
    timeout: float = 90.0,
    chaos: Chaos | None = None,
) -> KillRun:
    """``cycles`` runs of a sending, syncing session in a child process, each killed (SIGKILL) at
    a random point — one in three (the first included) while it starts, resumes and catches up,
    the others while it sends — then one last run that only settles. After each restart the
    process reports its view once caught up; each report is checked against the server and
    against what had been saved. With ``chaos``, the network faults too."""
    rng = random.Random(seed)
    user_id, password = await asyncio.to_thread(UserFactory(server), "killed")
    creds = await login(server.base_url, user_id, password)
    room_ids = await make_rooms(server.base_url, creds, rooms, "Killed")
    plan = {r: [f"kill test {seed} · {r[1:7]} · {i:04d}" for i in range(per_room)] for r in room_ids}
    plan_file = workdir / "plan.json"
    interleaved = [(r, plan[r][i]) for i in range(per_room) for r in room_ids]
    plan_file.write_text(json.dumps(interleaved))
    profile = workdir / "profile"
    database = profile / "cache.sqlite3"
    async with contextlib.AsyncExitStack() as stack:
        worker_creds = creds
        if chaos is not None:  # the child's every request goes through the chaos proxy
            proxy = FaultProxy("127.0.0.1", server.port, mode=Mode.CHAOS, chaos=chaos)
            await stack.enter_async_context(proxy)
            worker_creds = Credentials(proxy.url, creds.user_id, creds.device_id, creds.access_token)
        run = KillRun(plan={str(k): v for k, v in plan.items()}, cycles=[], settled=[], final_integrity="")
        saved: dict[str, set[str]] = {}
        for cycle in range(cycles + 1):
            last = cycle == cycles
            worker = await _start_worker(
                worker_creds, profile, plan_file, workdir / f"worker-{cycle}.log", send=not last
            )
            started = time.monotonic()
            try:
                kill_early = not last and cycle % 3 == 0
                delay = rng.uniform(1.0, 4.0) if kill_early else rng.uniform(0.3, 2.5)
                if kill_early:
                    line = await _read_line(worker, delay)
                    killed_when = "starting" if line is None else "sending"
                else:
                    line = await _read_line(worker, timeout)
                    if line is None:
                        raise AssertionError(f"cycle {cycle}: no settled report in {timeout:g} s")
                if line is not None:
                    seconds = time.monotonic() - started
                    report = await _settled(line, server.base_url, creds, room_ids, seconds)
                    run.settled.append(report)
                    run.errors += _check_settled(report, run.plan, saved, f"restart {cycle}")
                    if not last:
                        assert worker.stdin is not None
                        worker.stdin.write(b"go\n")  # it may send now
                        await worker.stdin.drain()
                if last:
                    await asyncio.wait_for(worker.wait(), timeout)
                    if worker.returncode != 0:
                        run.errors.append(f"the last run exited with {worker.returncode}")
                    break
                if not kill_early:
                    killed_when = "sending"
                    await asyncio.sleep(delay)
                elif line is not None:
                    await asyncio.sleep(max(0.0, started + delay - time.monotonic()))
                worker.send_signal(signal.SIGKILL)
                await worker.wait()
            finally:
                if worker.returncode is None:
                    worker.kill()
                    await worker.wait()
            if not database.exists():  # killed before it had even opened its cache
                run.cycles.append(CycleReport(cycle, round(delay, 2), killed_when, saved, NO_CACHE, 0))
                continue
            check = await asyncio.to_thread(integrity, database)
            if check != "ok":
                run.errors.append(f"cycle {cycle}: integrity_check after the kill: {check}")
            conn = sqlite3.connect(database)
            try:
                saved = saved_bodies(conn, user_id)
                outbox = conn.execute("SELECT COUNT(*) FROM outbox").fetchone()[0]
            finally:
                conn.close()
            run.cycles.append(CycleReport(cycle, round(delay, 2), killed_when, saved, check, outbox))
    run.final_integrity = await asyncio.to_thread(integrity, database)
    if run.final_integrity != "ok":
        run.errors.append(f"integrity_check at the end: {run.final_integrity}")
    return run


async def _start_worker(
    creds: Credentials, profile: Path, plan: Path, log: Path, *, send: bool
) -> asyncio.subprocess.Process:
    args = [sys.executable, "-m", "tests.support.kill_worker", "--profile", str(profile), "--plan", str(plan)]
    if not send:
        args.append("--settle-only")
    with log.open("wb") as errors:
        worker = await asyncio.create_subprocess_exec(
            *args,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=errors,
            cwd=ROOT,
        )
    assert worker.stdin is not None
    # The token goes through a pipe: nothing on disk (the profile must never hold it).
    worker.stdin.write(
        json.dumps([creds.homeserver, creds.user_id, creds.device_id, creds.access_token]).encode() + b"\n"
    )
    await worker.stdin.drain()
    return worker


async def _read_line(worker: asyncio.subprocess.Process, timeout: float) -> str | None:
    assert worker.stdout is not None
    try:
        line = await asyncio.wait_for(worker.stdout.readline(), timeout)
    except TimeoutError:
        return None
    return line.decode() or None


async def _settled(
    line: str, base_url: str, creds: Credentials, room_ids: Sequence[RoomId], seconds: float
) -> Settled:
    data = json.loads(line)
    server_view = {str(r): await server_messages(base_url, creds, r) for r in room_ids}
    return Settled(data["local"], data["pending"], data["failed"], server_view, seconds)
