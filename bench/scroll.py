"""Scrolling back through a 10,000-event conversation in the real window (docs/measures.md, "Scrolling").

    python bench/scroll.py [--runs 3] [--velocity 2500] [--duration 90] [--pages 5] [--baseline]
        [--file /tmp/bench/bigroom.json] [--cprofile /tmp/bench/scroll.prof] [--instrument]

- **The conversation:** ``bench/bigroom.py``'s room (10,000 events: plain and rich text, replies,
  reactions, edits, state changes), ingested into a profile's cache with the store, copied afresh
  for each run. A stub homeserver answers the session's ``/sync`` with nothing new.
- **The window:** the app's own, 1280×800, under Xvfb with the xcb platform and
  ``QT_QUICK_BACKEND=software`` (``bench/appwindow.py``). The room opens at its newest message.
  The X pointer rests where Xvfb puts it, in the middle of the screen, over the timeline (as a
  mouse user's pointer would be), so the hover bar follows the rows that pass under it.
- **The flick:** the timeline (``ListView`` "timeline", left as the app sets it up) is flicked
  towards older messages with ``flick(0, velocity)``; ``--velocity`` defaults to Flickable's
  maximum flick velocity, 2,500 px/s. A flick slows down to stop at the top of what is loaded,
  so it is renewed at the same velocity every 100 ms: the speed stays within a few per cent of
  ``--velocity`` for ``--duration`` s. The model pages 50 rows at a time as the view nears its
  top, as in the app.
- **Delivered / expected frames:** Xvfb has no vsync (Qt renders when its 16 ms animation step
  or an update asks for it), so frames are counted against a 60 Hz display (``QScreen`` reports
  60 Hz): every 1/60 s of the flick is one expected frame, delivered when at least one frame was
  swapped in it (``appwindow.delivered_frames``). Goal ≥ 0.99. ``--baseline`` runs the same flick
  on a plain ``ListView`` of 10,000 text bubbles in the same pipeline, for what it allows.
- **UI-thread time per frame:** the UI thread's CPU time between two consecutive
  ``frameSwapped`` (everything it did for that frame: events, the animation step with delegate
  creation, Python — the model's paging included —, QML bindings, polish, sync, render, flush;
  the software adaptation's render loop runs on that thread). p50 / p99 / max over the flick's
  frames; goal p99 ≤ 16 ms. The frame intervals (wall time) and the 5 ms loop-lag probe
  (``looplag.py``) are shown with it.
- **History inserted under the reader:** with the view at rest and its top 40 px above the point
  where it would ask for more, the item in the middle of the view is noted (its scene y), a page
  of history is loaded (``loadOlder()``, what the view calls near its top), and after two frames
  the same row's scene y is read again: the shift must be 0. ``--pages`` times per run. During
  the flick, at every history insert, the same row's y in the content is compared before the
  insert and at the next frame.

``--cprofile FILE`` profiles the UI thread's Python during the flick of the first run (the top
functions are printed); ``--instrument`` counts and times ``data()`` and the history inserts and
splits the frames by whether they bound a row to a delegate (it slows the run down a little:
not for the recorded figures).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import itertools
import os
import pstats
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from appwindow import (
    REFRESH_HZ,
    AppWindow,
    Frame,
    FrameLog,
    Messages,
    Runs,
    call,
    commit,
    delegate,
    delivered_frames,
    find,
    percentile,
    run_app_child,
    run_child,
    start_xvfb,
    until,
)
from bigroom import ensure_sync_file, prepare_profile
from looplag import LoopLagMonitor
from stalltrace import StallTracer
from summary import add_json_option, context, emit, medians_of

READER_MARGIN = 40.0
RENEW = 0.1
"""Seconds between two flicks at the same velocity (a flick slows down as it nears the top)."""
BASELINE_QML = b"""
import QtQuick
Window {
    width: 1280; height: 800; visible: true; color: "#f0f0f0"
    ListView {
        objectName: "timeline"
        anchors.fill: parent
        anchors.leftMargin: 320
        verticalLayoutDirection: ListView.BottomToTop
        reuseItems: true
        boundsBehavior: Flickable.StopAtBounds
        model: 10000
        delegate: Item {
            required property int index
            width: ListView.view.width
            height: bubble.height + 8
            Rectangle {
                id: bubble
                x: 16; y: 4; radius: 10; color: "white"
                width: Math.min(560, body.implicitWidth + 24); height: body.height + 16
                Text {
                    id: body
                    x: 12; y: 8; width: Math.min(536, implicitWidth)
                    wrapMode: Text.Wrap; font.pixelSize: 14
                    text: "Row " + index + " " + "lorem ipsum dolor sit amet ".repeat(1 + index % 7)
                }
            }
        }
    }
}
"""


def row_item(app: AppWindow, view: Any, index: int) -> Any | None:
    """The delegate of timeline row ``index``."""
    return delegate(view, index, "eventId", app.session.timeline.row(index)["eventId"])


def reader_index(view: Any) -> int:
    """The row in the middle of the view (what the reader is looking at)."""
    y = float(view.property("contentY")) + view.height() / 2
    return int(call(view, "indexAt", view.width() / 2, y, returns=int))


async def events_newer(app: AppWindow, index: int) -> int:
    """How many of the room's events (relations included) are newer than row ``index``."""
    event_id = str(app.session.timeline.row(index)["eventId"])

    def newer(conn: sqlite3.Connection) -> int:
        query = (
            "SELECT COUNT(*) FROM events e, events r WHERE r.event_id = ? AND e.room_id = r.room_id"
            " AND (e.chunk, e.pos) > (r.chunk, r.pos)"
        )
        return int(conn.execute(query, (event_id,)).fetchone()[0])

    return int(await app.session.session.db.run(newer))


def scene_y(item: Any) -> float:
    from PySide6.QtCore import QPointF

    return float(item.mapToScene(QPointF(0, 0)).y())


def instrument() -> dict[str, float]:
    """Count and time ``data()`` and the history inserts of the timeline model (bench-side only)."""
    from messenger_desktop.qt.timeline_model import TimelineModel

    stats = {"data_calls": 0.0, "data_s": 0.0, "pages": 0.0, "page_s": 0.0, "page_max_s": 0.0}
    data, append = TimelineModel.data, TimelineModel._append_oldest

    def timed_data(self: TimelineModel, *args: Any) -> Any:
        started = time.perf_counter()
        try:
            return data(self, *args)
        finally:
            stats["data_calls"] += 1
            stats["data_s"] += time.perf_counter() - started

    def timed_append(self: TimelineModel, items: Any) -> None:
        started = time.perf_counter()
        append(self, items)
        took = time.perf_counter() - started
        stats["pages"] += 1
        stats["page_s"] += took
        stats["page_max_s"] = max(stats["page_max_s"], took)

    TimelineModel.data = timed_data  # type: ignore[method-assign, assignment]
    TimelineModel._append_oldest = timed_append  # type: ignore[method-assign]
    return stats


async def flick(
    view: Any,
    frames: FrameLog,
    velocity: float,
    duration: float,
    profile: Path | None = None,
    counters: dict[str, float] | None = None,
    stop: Callable[[], bool] | None = None,
) -> dict[str, Any]:
    """Flick ``view`` towards older rows at ``velocity`` for ``duration`` seconds; the figures of
    the frames swapped meanwhile (with ``counters`` from :func:`instrument`: split by whether the
    frame bound rows to delegates). With ``stop`` (checked every :data:`RENEW` s), the flick ends
    when it holds, at the last frame that moved (the top of a room shorter than the flick: then
    nothing moves, so no frame is due)."""
    positions: list[tuple[float, float]] = []  # (swapped, contentY) per frame
    bound: dict[Frame, float] = {}  # data() calls so far, per frame

    def on_frame(frame: Frame) -> None:
        positions.append((frame.swapped, float(view.property("contentY"))))
        if counters is not None:
            bound[frame] = counters["data_calls"]

    frames.on_frame.append(on_frame)
    profiler = cProfile.Profile() if profile is not None else None
    monitor = LoopLagMonitor()
    monitor.start()
    trace = os.environ.get("BENCH_TRACE_STALLS")  # a file for what stalled the loop
    tracer = StallTracer(monitor, Path(trace)) if trace else None
    if tracer is not None:
        tracer.start()
    first = len(frames.frames)
    none_refs = sys.getrefcount(None)
    stops = 0
    started = time.perf_counter()
    if profiler is not None:
        profiler.enable()
    call(view, "flick", 0.0, velocity)
    stopped = False
    while time.perf_counter() - started < duration and not stopped:
        await asyncio.sleep(RENEW)
        stopped = stop is not None and stop()
        if abs(float(view.property("verticalVelocity"))) < velocity / 2:
            stops += 1
        call(view, "flick", 0.0, velocity)  # keep the speed: a flick slows down towards the top
    ended = time.perf_counter()
    if stopped:
        ended = max((b[0] for a, b in itertools.pairwise(positions) if b[1] != a[1]), default=ended)
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(str(profile))
    lag = monitor.stop()
    if tracer is not None:
        tracer.stop()
    none_refs -= sys.getrefcount(None)
    call(view, "cancelFlick")
    frames.on_frame.remove(on_frame)
    await frames.settle()

    swapped = [f for f in frames.frames[first:] if f.swapped <= ended]
    begin = swapped[0].swapped
    delivered, expected = delivered_frames([f.swapped for f in swapped], begin, ended)
    cpu = [(b.cpu - a.cpu) * 1000 for a, b in itertools.pairwise(swapped)]
    wall = [(b.swapped - a.swapped) * 1000 for a, b in itertools.pairwise(swapped)]
    moved = sum(abs(b[1] - a[1]) for a, b in itertools.pairwise(positions))
    qt = frames.render_breakdown(begin, ended)
    split: dict[str, float] = {}
    if counters is not None:
        pairs = [(bound[b] - bound[a], (b.cpu - a.cpu) * 1000) for a, b in itertools.pairwise(swapped)]
        binding = [c for calls, c in pairs if calls > 0]
        moving = [c for calls, c in pairs if calls == 0]
        split = {
            "binding_frames": len(binding),
            "binding_cpu_p50": percentile(binding, 50),
            "binding_cpu_p99": percentile(binding, 99),
            "other_frames": len(moving),
            "other_cpu_p50": percentile(moving, 50),
            "other_cpu_p99": percentile(moving, 99),
            "calls_per_binding_frame": statistics.median(calls for calls, _ in pairs if calls > 0),
        }
    return split | {
        "delivered": delivered,
        "expected": expected,
        "ratio": delivered / expected if expected else 0.0,
        "frames": len(swapped),
        "seconds": ended - begin,
        "cpu_p50": percentile(cpu, 50),
        "cpu_p99": percentile(cpu, 99),
        "cpu_max": max(cpu),
        "frames_over_16ms_cpu": sum(1 for c in cpu if c > 1000 / 60),
        "interval_p50": percentile(wall, 50),
        "interval_p99": percentile(wall, 99),
        "interval_max": max(wall),
        "missed_refreshes": sum(max(0, round(w * REFRESH_HZ / 1000) - 1) for w in wall),
        "ui_cpu_s": swapped[-1].cpu - swapped[0].cpu,
        "qt_polish_s": qt["polish"],
        "qt_sync_s": qt["sync"],
        "qt_render_s": qt["render"],
        "qt_swap_s": qt["swap"],
        "lag_p50": lag.p50_ms,
        "lag_p99": lag.p99_ms,
        "lag_max": lag.max_ms,
        "stalls": lag.stalls,
        "px": moved,
        "speed": moved / (ended - begin),
        "stops": stops,
        "stopped": stopped,
        "none_refs": none_refs,
    }


async def flick_timeline(
    app: AppWindow,
    velocity: float,
    duration: float,
    profile: Path | None,
    counters: dict[str, float] | None,
    stop: Callable[[], bool] | None = None,
) -> dict[str, Any]:
    """:func:`flick` on the app's timeline, watching the history pages that come meanwhile."""
    view, model = app.find("timeline"), app.session.timeline
    start_rows, start_reader = model.rowCount(), reader_index(view)
    start_events = await events_newer(app, start_reader)
    asked: list[float] = []
    latencies: list[float] = []
    shifts: list[float] = []
    watched: dict[str, Any] = {}

    def loading_changed() -> None:
        if model.property("loading"):
            asked.append(time.perf_counter())

    def before_insert(parent: Any, first: int, last: int) -> None:
        if first != model.rowCount():
            return
        if asked:  # history, appended at the visual top: how long since the view asked for it
            latencies.append(time.perf_counter() - asked.pop())
        index = reader_index(view)
        item = row_item(app, view, index) if index >= 0 and not watched else None
        if item is not None:
            watched.update(index=index, y=float(item.y()))

    def after_insert(frame: Frame) -> None:  # the reader's row, in content coordinates
        if watched:
            item = row_item(app, view, watched["index"])
            if item is not None:
                shifts.append(float(item.y()) - watched["y"])
            watched.clear()

    model.loadingChanged.connect(loading_changed)
    model.rowsAboutToBeInserted.connect(before_insert)
    app.frames.on_frame.append(after_insert)
    try:
        result = await flick(view, app.frames, velocity, duration, profile, counters, stop)
    finally:
        app.frames.on_frame.remove(after_insert)
        model.rowsAboutToBeInserted.disconnect(before_insert)
        model.loadingChanged.disconnect(loading_changed)
    end_reader = reader_index(view)
    result.update(
        rows_loaded=model.rowCount() - start_rows,
        rows_passed=end_reader - start_reader,
        events_passed=await events_newer(app, end_reader) - start_events,
        page_latency_p50=percentile(latencies, 50) * 1000,
        page_latency_max=max(latencies, default=0.0) * 1000,
        flick_shift_max=max((abs(s) for s in shifts), default=0.0),
        flick_inserts_checked=len(shifts),
    )
    return result


async def history_under_reader(app: AppWindow, pages: int) -> dict[str, Any]:
    view, model = app.find("timeline"), app.session.timeline
    shifts: list[float] = []
    for _ in range(pages):
        await wait_idle(app)
        # at rest, the view's top just above the point where it would load more by itself
        view.setProperty("contentY", float(view.property("originY")) + view.height() + READER_MARGIN)
        await app.frames.next(2)
        await wait_idle(app)
        index = reader_index(view)
        assert index >= 0, "no row in the middle of the view"
        before = scene_y(row_item(app, view, index))
        rows = model.rowCount()
        model.loadOlder()
        await until_rows(app, rows)
        await app.frames.next(2)
        await app.frames.settle(0.1)
        shifts.append(scene_y(row_item(app, view, index)) - before)
    return {"insert_shift_max": max(abs(s) for s in shifts), "insert_shifts": shifts}


async def wait_idle(app: AppWindow) -> None:
    model = app.session.timeline
    await until(lambda: not model.property("loading"), what="the history page")
    await app.frames.settle(0.1)


async def until_rows(app: AppWindow, rows: int, timeout: float = 10.0) -> None:
    model = app.session.timeline
    deadline = time.monotonic() + timeout
    while model.rowCount() <= rows or model.property("loading"):
        if time.monotonic() > deadline:
            raise TimeoutError("no page of history came")
        await asyncio.sleep(0.005)


async def measure(app: AppWindow, argv: list[str]) -> dict[str, Any]:
    parser = argparse.ArgumentParser()
    parser.add_argument("room")
    parser.add_argument("--velocity", type=float, required=True)
    parser.add_argument("--duration", type=float, required=True)
    parser.add_argument("--pages", type=int, required=True)
    parser.add_argument("--cprofile", type=Path)
    parser.add_argument("--instrument", action="store_true")
    args = parser.parse_args(argv)
    counters = instrument() if args.instrument else None
    await app.open_room(args.room)
    await asyncio.sleep(1.0)
    await app.frames.settle()
    result = await flick_timeline(app, args.velocity, args.duration, args.cprofile, counters)
    if counters is not None:
        result.update(counters)
    result.update(await history_under_reader(app, args.pages))
    return result


async def measure_baseline(messages: Messages, argv: list[str]) -> dict[str, Any]:
    """The same flick on a plain ``ListView`` of text bubbles: what the display pipeline allows."""
    import PySide6.QtQuick  # noqa: F401
    from PySide6.QtCore import QByteArray, QUrl
    from PySide6.QtQml import QQmlApplicationEngine

    parser = argparse.ArgumentParser()
    parser.add_argument("--velocity", type=float, required=True)
    parser.add_argument("--duration", type=float, required=True)
    args, _ = parser.parse_known_args(argv)
    engine = QQmlApplicationEngine()
    engine.loadData(QByteArray(BASELINE_QML), QUrl("baseline.qml"))
    window = engine.rootObjects()[0]
    frames = FrameLog(window, messages)
    try:
        await frames.next(2)
        await frames.settle()
        return await flick(find(window, "timeline"), frames, args.velocity, args.duration)
    finally:
        frames.detach()
        engine.deleteLater()


ROWS = (
    ("delivered / expected frames", "ratio", "{:.3f}", "≥ 0.99"),
    ("delivered frames", "delivered", "{:.0f}", ""),
    ("expected frames (60 Hz)", "expected", "{:.0f}", ""),
    ("frames swapped", "frames", "{:.0f}", ""),
    ("UI-thread CPU per frame p50", "cpu_p50", "{:.1f} ms", ""),
    ("UI-thread CPU per frame p99", "cpu_p99", "{:.1f} ms", "≤ 16 ms"),
    ("UI-thread CPU per frame max", "cpu_max", "{:.1f} ms", ""),
    ("frame interval p50", "interval_p50", "{:.1f} ms", ""),
    ("frame interval p99", "interval_p99", "{:.1f} ms", ""),
    ("frame interval max", "interval_max", "{:.1f} ms", ""),
    ("refreshes missed by long intervals", "missed_refreshes", "{:.0f}", ""),
    ("loop lag p50", "lag_p50", "{:.1f} ms", ""),
    ("loop lag p99", "lag_p99", "{:.1f} ms", "≤ 16 ms"),
    ("loop lag max", "lag_max", "{:.1f} ms", "≤ 100 ms"),
    ("UI thread CPU during flick", "ui_cpu_s", "{:.2f} s", ""),
    ("  of which Qt polish", "qt_polish_s", "{:.2f} s", ""),
    ("  of which Qt sync", "qt_sync_s", "{:.2f} s", ""),
    ("  of which Qt render", "qt_render_s", "{:.2f} s", ""),
    ("  of which Qt swap (flush)", "qt_swap_s", "{:.2f} s", ""),
    ("flick duration", "seconds", "{:.1f} s", ""),
    ("distance scrolled", "px", "{:.0f} px", ""),
    ("average speed", "speed", "{:.0f} px/s", ""),
    ("times found stopped (at the top)", "stops", "{:.0f}", ""),
    ("rows scrolled past", "rows_passed", "{:.0f}", ""),
    ("  events they hold (with relations)", "events_passed", "{:.0f}", ""),
    ("rows paged in", "rows_loaded", "{:.0f}", ""),
    ("history page: asked → rows in, p50", "page_latency_p50", "{:.0f} ms", ""),
    ("history page: asked → rows in, max", "page_latency_max", "{:.0f} ms", ""),
    ("shift of the row under reader, flick", "flick_shift_max", "{:.1f} px", "0"),
    ("  history inserts checked in the flick", "flick_inserts_checked", "{:.0f}", ""),
    ("shift of the row under reader, at rest", "insert_shift_max", "{:.1f} px", "0"),
    ("net references to None lost in the flick", "none_refs", "{:.0f}", ""),
    ("frames that bound rows (--instrument)", "binding_frames", "{:.0f}", ""),
    ("  their UI-thread CPU p50", "binding_cpu_p50", "{:.1f} ms", ""),
    ("  their UI-thread CPU p99", "binding_cpu_p99", "{:.1f} ms", ""),
    ("  data() calls in such a frame, median", "calls_per_binding_frame", "{:.0f}", ""),
    ("other frames", "other_frames", "{:.0f}", ""),
    ("  their UI-thread CPU p50", "other_cpu_p50", "{:.1f} ms", ""),
    ("  their UI-thread CPU p99", "other_cpu_p99", "{:.1f} ms", ""),
    ("data() calls", "data_calls", "{:.0f}", ""),
    ("data() total", "data_s", "{:.3f} s", ""),
    ("history inserts (pages)", "pages", "{:.0f}", ""),
    ("history insert total", "page_s", "{:.3f} s", ""),
    ("history insert max", "page_max_s", "{:.3f} s", ""),
)


def report(runs: list[dict[str, Any]], rows: tuple[tuple[str, str, str, str], ...] = ROWS) -> None:
    print(f"{'figure':40} {'median':>12}  {'goal':8} runs")
    for label, key, fmt, goal in rows:
        values = [float(r[key]) for r in runs if key in r]
        if not values:
            continue
        listed = ", ".join(fmt.format(v).split(" ")[0] for v in values)
        print(f"{label:40} {fmt.format(statistics.median(values)):>12}  {goal:8} [{listed}]")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--file", type=Path, default=Path("/tmp/bench/bigroom.json"))
    parser.add_argument("--events", type=int, default=10_000, help="when the file is made")
    parser.add_argument("--velocity", type=float, default=2500.0, help="px/s")
    parser.add_argument("--duration", type=float, default=90.0, help="s")
    parser.add_argument("--pages", type=int, default=5, help="history inserts checked at rest per run")
    parser.add_argument("--cprofile", type=Path, help="profile the first run's flick into this file")
    parser.add_argument("--instrument", action="store_true", help="count and time data() and inserts")
    parser.add_argument("--baseline", action="store_true", help="flick a plain ListView instead")
    add_json_option(parser)
    if sys.argv[1:2] == ["--child"]:
        if "--baseline" in sys.argv:
            run_child(lambda messages: measure_baseline(messages, sys.argv[4:]))
        run_app_child(sys.argv[2:], measure)
    args = parser.parse_args()
    ensure_sync_file(args.file, args.events, seed=0)
    xvfb, display = start_xvfb()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            template = Path(tmp) / "template"
            room = prepare_profile(args.file, template)
            results = []
            for run in range(args.runs):
                child = [room.room_id, "--velocity", str(args.velocity), "--duration", str(args.duration)]
                child += ["--pages", str(args.pages)]
                if args.cprofile is not None and run == 0:
                    child += ["--cprofile", str(args.cprofile)]
                if args.instrument:
                    child.append("--instrument")
                if args.baseline:
                    child.append("--baseline")
                runner = Runs(Path(__file__), template, room.token, display, child)
                results.append(runner.one())
                last = results[-1]
                print(
                    f"run {run + 1}: {last['ratio']:.3f} delivered, p99 {last['cpu_p99']:.1f} ms", flush=True
                )
    finally:
        xvfb.terminate()
        xvfb.wait()
    what = "a plain ListView (baseline)" if args.baseline else args.file.name
    print(
        f"\nscrolling {what}, commit {commit()}, {args.velocity:.0f} px/s for "
        f"{args.duration:.0f} s, {args.runs} runs (median; all runs in brackets)"
    )
    report(results)
    for message in sorted({m for r in results for m in r.get("qt_messages", [])}):
        print(f"Qt: {message}")
    emit(args.json, {**context(), "runs": args.runs, "baseline": args.baseline, **medians_of(results)})
    if args.cprofile is not None:
        print(f"\nUI thread's Python during the first flick ({args.cprofile}), by own time:")
        pstats.Stats(str(args.cprofile)).sort_stats("tottime").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
