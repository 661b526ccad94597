"""T_usable after a fresh sign-in (measures.md), simplified sliding sync against v2 ``/sync``.

    .venv/bin/python bench/sliding_sync.py [--runs 3] [--profile large] [--modes sliding,v2]

- **The server:** a real local Synapse seeded once with the profile (``seed_synapse.py``: 1,000
  conversations for *large*) and restored from that snapshot for every run, so each run meets the
  same server with cold caches and no earlier connection.
- **The app:** a fresh child process per run under Xvfb (xcb, ``QT_QUICK_BACKEND=software``),
  built as ``messenger_desktop.app`` builds it, window 1280×800 already shown (the sign-in form
  was on screen). It signs in with the password (the CLI login); the clock starts when the login
  answers, and the credentials go to the app as the sign-in form hands them over.
- **T_usable** is the latest of three moments, each the first frame swapped after it:
  *first screen* — the list holds a screen of rows (20; whether they were right is checked at the
  end against the settled list); *all rooms* — the list holds every room of the account, so its
  filter finds any; *top room open* — the top room, opened as soon as the first screen showed,
  shows its timeline.
- Also: the UI loop's lag over the run (``looplag.py``), the sync requests made, and for sliding
  sync how many rooms each answer brought.
- **Memory** (measures.md): the app's peak RSS (``VmHWM``) when every room is in the list (the
  first sync; for sliding sync the list's pages go on filling in behind), then the list's first 10
  conversations are opened one after the other (each until its timeline shows) and after 10 s of
  settling its RSS and PSS, its peak over the whole run and its children's peak (the ingest worker)
  apart. ``--json FILE`` writes the medians for ``run_all.py``.

``MESSENGER_SYNC`` picks the mode in the child. The figures are medians of the runs.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from appwindow import RESULT_PREFIX, FrameLog, Messages, commit, run_child, start_xvfb, until  # noqa: E402
from seed_synapse import restore, seed_facts, snapshot  # noqa: E402
from summary import add_json_option, children_of, context, emit, memory_of, rss_pss  # noqa: E402

SCREEN = 20


def parent(args: argparse.Namespace) -> None:
    snap = snapshot(args.profile)
    facts = seed_facts(snap)
    xvfb, display = start_xvfb()
    results: dict[str, list[dict[str, Any]]] = {mode: [] for mode in args.modes}
    try:
        for run in range(args.runs):
            for mode in args.modes:
                result = one_run(snap, facts, mode, display)
                results[mode].append(result)
                print(f"run {run + 1} {mode}: {json.dumps(brief(result))}", flush=True)
    finally:
        xvfb.terminate()
    summary = {
        "date": time.strftime("%Y-%m-%d"),
        "commit": commit(),
        "profile": args.profile,
        "rooms": facts["rooms"],
        "runs": args.runs,
        "medians": {mode: medians(rs) for mode, rs in results.items()},
    }
    print(json.dumps(summary, indent=2))
    emit(args.json, {**context(), **summary})


def one_run(snap: Path, facts: dict[str, Any], mode: str, display: str) -> dict[str, Any]:
    from messenger_desktop.localserver import LocalSynapse

    with tempfile.TemporaryDirectory() as tmp:
        server = LocalSynapse(restore(snap, Path(tmp) / "server"))
        server.start()
        try:
            env = {
                **os.environ,
                "DISPLAY": display,
                "QT_QPA_PLATFORM": "xcb",
                "QT_QUICK_BACKEND": "software",
                "MESSENGER_SYNC": mode,
            }
            command = [
                sys.executable,
                __file__,
                "--child",
                str(Path(tmp) / "profile"),
                server.base_url,
                json.dumps(facts),
            ]
            done = subprocess.run(
                command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False
            )
        finally:
            server.stop()
        requests = sync_requests(server.log_path)
    for line in done.stdout.splitlines():
        if line.startswith(RESULT_PREFIX):
            result: dict[str, Any] = json.loads(line[len(RESULT_PREFIX) :])
            result["requests"] = requests
            return result
    raise RuntimeError(
        f"the run failed (exit {done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-5000:]}"
    )


_PROCESSED = re.compile(r'Processed request: ([\d.]+)sec/.* (\d+)B (\d+)!? "(\w+) ([^ ?]+)(?:\?([^ ]*))? ')


def sync_requests(log: Path) -> list[str]:
    """The server's own account of each sync request that did not wait for news (``timeout=0``):
    its time, the answer's size and status (from Synapse's access log)."""
    found = []
    for line in log.read_text(errors="replace").splitlines():
        match = _PROCESSED.search(line)
        if match is None or not match.group(5).endswith("/sync"):
            continue
        seconds, size, status, _method, _path, query = match.groups()
        if "timeout=0" in (query or "").split("&"):
            found.append(f"{float(seconds):.2f}s {int(size) // 1024}kB {status}")
    return found


FIGURES = (
    *("t_usable_s", "t_first_screen_s", "t_all_rooms_s", "t_top_room_s", "lag_p99_ms", "lag_max_ms"),
    *("peak_to_all_rooms_mb", "peak_mb", "children_peak_mb", "rss_10_open_mb", "pss_10_open_mb"),
)


def brief(result: dict[str, Any]) -> dict[str, Any]:
    return {k: result[k] for k in (*FIGURES, "first_screen_right", "requests")}


def medians(results: list[dict[str, Any]]) -> dict[str, Any]:
    summary: dict[str, Any] = {k: round(statistics.median(r[k] for r in results), 3) for k in FIGURES}
    summary["first_screen_right"] = all(r["first_screen_right"] for r in results)
    summary["requests"] = [r["requests"] for r in results]
    summary["milestones"] = results[0].get("milestones")
    summary["sync_mode"] = results[0]["sync_mode"]
    return summary


# -- the child: the app ------------------------------------------------------------------------------


def child(profile_dir: Path, homeserver: str, facts: dict[str, Any]) -> None:
    async def measure(messages: Messages) -> dict[str, Any]:
        import PySide6.QtQuick  # noqa: F401  (rootObjects() are QQuickWindows only with QtQuick imported)
        from looplag import LoopLagMonitor
        from PySide6.QtQuick import QQuickWindow
        from stalltrace import StallTracer

        from messenger_desktop.api.client import MatrixApi
        from messenger_desktop.api.transport import HttpxTransport
        from messenger_desktop.qt.app_controller import AppController
        from messenger_desktop.qt.engine import build_engine
        from messenger_desktop.qt.settings import Settings
        from messenger_desktop.session.profile import Profile

        profile = Profile.at(profile_dir)
        milestones: list[tuple[float, str]] = []
        controller = AppController(
            profile, Settings(profile.settings), trace=lambda m: milestones.append((time.perf_counter(), m))
        )
        engine = build_engine(controller)
        window = engine.rootObjects()[0]
        assert isinstance(window, QQuickWindow)
        window.resize(1280, 800)
        window.show()
        frames = FrameLog(window, messages)
        await frames.next(2)
        transport = HttpxTransport()
        try:
            credentials = await MatrixApi(homeserver, transport).login_password(
                facts["user_id"], facts["password"]
            )
        finally:
            await transport.aclose()
        logged: list[tuple[float, str]] = []

        class Collect(logging.Handler):
            def emit(self, record: logging.LogRecord) -> None:
                logged.append((time.perf_counter(), record.getMessage()))

        sync_log = logging.getLogger("messenger_desktop.session.sliding_sync_loop")
        sync_log.setLevel(logging.DEBUG)
        sync_log.addHandler(Collect())
        monitor = LoopLagMonitor()
        monitor.start()
        trace = os.environ.get("BENCH_TRACE_STALLS")  # a file for what stalled the loop
        tracer = StallTracer(monitor, Path(trace)) if trace else None
        if tracer is not None:
            tracer.start()
        start = time.perf_counter()
        await controller.start(credentials)
        session_controller = controller.session_controller
        assert session_controller is not None
        rooms, timeline = session_controller.rooms, session_controller.timeline
        expected = int(facts["rooms"])

        async def shown(predicate: Any, what: str) -> float:
            """Seconds from the start to the first frame swapped after ``predicate`` holds."""
            await until(predicate, timeout=300, what=what)
            await frames.next()
            return frames.frames[-1].swapped - start

        t_first = await shown(lambda: rooms.property("total") >= min(SCREEN, expected), "the first screen")
        first_rows = [(r.room_id, r.values) for r in rooms.all_rows()[:SCREEN]]
        top = first_rows[0][0]
        session_controller.openRoom(top)
        t_top = await shown(
            lambda: timeline.rowCount() > 0 and not timeline.property("loading"), "the top room's timeline"
        )
        t_all = await shown(lambda: rooms.property("total") >= expected, "every room")
        lag = monitor.stop()
        if tracer is not None:
            tracer.stop()
        at_all_rooms = memory_of(os.getpid())
        session = session_controller.session
        await asyncio.sleep(2.0)  # let anything still under way land, then compare the first screen
        settled = [(r.room_id, r.values) for r in rooms.all_rows()[:SCREEN]]
        memory = await ten_open(session_controller, rooms, timeline)
        memory["peak_to_all_rooms_mb"] = at_all_rooms["peak_mb"]
        result = {
            "sync_mode": session.sync.mode,
            "t_first_screen_s": round(t_first, 3),
            "t_top_room_s": round(t_top, 3),
            "t_all_rooms_s": round(t_all, 3),
            "t_usable_s": round(max(t_first, t_top, t_all), 3),
            "first_screen_right": _same_rows(first_rows, settled),
            "lag_p50_ms": round(lag.p50_ms, 1),
            "lag_p99_ms": round(lag.p99_ms, 1),
            "lag_max_ms": round(lag.max_ms, 1),
            "milestones": [f"{t - start:.3f} {m}" for t, m in sorted(milestones + logged) if t >= start],
            "top_room": top,
            "top_room_expected": facts["top_room"],
            **memory,
        }
        await controller.close()
        return result

    run_child(measure)


# -- memory: the first sync's peak, then 10 conversations opened (measures.md "Memory") ----------------


OPENED = 10
SETTLE_S = 10.0


async def ten_open(session_controller: Any, rooms: Any, timeline: Any) -> dict[str, Any]:
    """Open the list's first ``OPENED`` conversations one after the other (each until its timeline
    shows), settle ``SETTLE_S``, then the app's RSS/PSS and its peak so far (the first sync
    included: sliding sync keeps filling the list in the background meanwhile), and the peak of
    its children (the ingest worker) apart."""
    for row in rooms.all_rows()[:OPENED]:
        session_controller.openRoom(row.room_id)
        await until(
            lambda room=row.room_id: (
                timeline.property("roomId") == room
                and timeline.rowCount() > 0
                and not timeline.property("loading")
            ),
            timeout=120,
            what=f"the timeline of {row.room_id}",
        )
    await asyncio.sleep(SETTLE_S)
    now = memory_of(os.getpid())
    rss, pss = rss_pss(os.getpid())
    children = [memory_of(pid)["peak_mb"] for pid in children_of(os.getpid())]
    return {
        "rss_10_open_mb": round(rss, 1),
        "pss_10_open_mb": round(pss, 1),
        "peak_mb": now["peak_mb"],
        "children_peak_mb": max(children, default=0.0),
    }


def _same_rows(first: list[tuple[str, Any]], settled: list[tuple[str, Any]]) -> bool:
    """The first screen's rooms, names and previews as the settled list has them (unread counts
    may differ: the top room was opened and read in between)."""

    def key(rows: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
        return [(room, values[:7]) for room, values in rows]

    return key(first) == key(settled)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(Path(sys.argv[2]), sys.argv[3], json.loads(sys.argv[4]))
        return
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", default="large")
    parser.add_argument("--modes", type=lambda text: text.split(","), default=["sliding", "v2"])
    add_json_option(parser)
    parent(parser.parse_args())


if __name__ == "__main__":
    main()
