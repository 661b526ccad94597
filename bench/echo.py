"""Enter → local echo in the real window (docs/measures.md, "Local echo").

    python bench/echo.py [--runs 3] [--sends 50] [--file /tmp/bench/bigroom.json]

- **The set-up:** the app's window under Xvfb with the xcb platform and
  ``QT_QUICK_BACKEND=software`` (``bench/appwindow.py``), on a profile holding
  ``bench/bigroom.py``'s 10,000-event conversation, opened at its newest message. A stub
  homeserver answers ``/sync`` with nothing new and each send with an event id.
- **One send:** a short message is typed into the composer (``TextArea`` "composer") with
  ``QKeyEvent``s, key by key, 20 ms apart, as a keyboard would deliver them; after a random pause
  (50–250 ms, seeded) Return is pressed. The clock starts just before the key press is delivered.
- **Where the echo is:** at every ``frameSwapped`` the timeline's row 0 is checked: the model's
  row 0 holds the message and the ``ListView``'s delegate for index 0 shows it (its ``body``),
  visible, inside the view. The first frame for which that holds is the echo's frame: frame 1
  is the next frame swapped after the key press (the goal), frame 2 the one after, and so on.
- **Also reported:** how many references to ``None`` the app loses per send and per second
  while idle with the room open (a PySide6 6.12.0 binding bug: see ``appwindow.run_child``).
- **Reported:** over all sends of a run, the median and the maximum of the echo's frame number
  and of the time from the key press to that frame's swap; the time the key press itself takes
  (Qt delivers it synchronously: the composer sends, the echo row is inserted); medians of the
  runs.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from appwindow import (
    AppWindow,
    Frame,
    Runs,
    commit,
    delegate,
    find,
    percentile,
    run_app_child,
    start_xvfb,
    until,
)
from bigroom import ensure_sync_file, prepare_profile
from summary import add_json_option, context, emit, medians_of

KEY_GAP = 0.02
IDLE = 10.0
WORDS = ["hello", "there", "lunch", "today", "ship", "it", "review", "done", "thanks", "later", "ok"]


def key_for(char: str) -> Any:
    from PySide6.QtCore import Qt

    if char == " ":
        return Qt.Key.Key_Space
    if char.isascii() and char.isalnum():
        return Qt.Key(ord(char.upper()))
    return Qt.Key.Key_unknown


def press(window: Any, key: Any, text: str) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(window, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def echo_on_screen(app: AppWindow, view: Any, text: str) -> bool:
    """Row 0 is the message, and its delegate shows it inside the view."""
    model = app.session.timeline
    if model.rowCount() == 0 or model.row(0)["body"] != text:
        return False
    item = delegate(view, 0, "body", text)
    if item is None or not item.isVisible():
        return False
    top = float(view.property("contentY"))
    return bool(item.y() + item.height() > top and item.y() < top + view.height())


async def one_send(app: AppWindow, view: Any, text: str, pause: float) -> dict[str, float]:
    from PySide6.QtCore import Qt

    for char in text:
        press(app.window, key_for(char), char)
        await asyncio.sleep(KEY_GAP)
    await asyncio.sleep(pause)
    seen: list[tuple[int, Frame]] = []
    before = len(app.frames.frames)

    def on_frame(frame: Frame) -> None:
        if not seen and echo_on_screen(app, view, text):
            seen.append((len(app.frames.frames) - before, frame))

    app.frames.on_frame.append(on_frame)
    pressed = time.perf_counter()
    cpu = time.thread_time()
    press(app.window, Qt.Key.Key_Return, "\r")
    handled, handled_cpu = time.perf_counter(), time.thread_time()
    try:
        await until(lambda: bool(seen), timeout=5.0, what="the echo on screen")
    finally:
        app.frames.on_frame.remove(on_frame)
    frame_number, frame = seen[0]
    model = app.session.timeline
    await until(lambda: model.row(0)["sendState"] in ("sent", "read"), timeout=10.0, what="the send")
    return {
        "frame": frame_number,
        "ms": (frame.swapped - pressed) * 1000,
        "key_ms": (handled - pressed) * 1000,
        "key_cpu_ms": (handled_cpu - cpu) * 1000,
    }


async def measure(app: AppWindow, argv: list[str]) -> dict[str, Any]:
    parser = argparse.ArgumentParser()
    parser.add_argument("room")
    parser.add_argument("--sends", type=int, required=True)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    await app.open_room(args.room)
    await asyncio.sleep(1.0)
    before = sys.getrefcount(None)
    await asyncio.sleep(IDLE)  # what the open app costs in references to None by itself
    idle_refs = before - sys.getrefcount(None)
    view, composer = app.find("timeline"), find(app.window, "composer")
    composer.forceActiveFocus()
    await until(lambda: composer.hasActiveFocus(), what="the composer's focus")
    sends = []
    before = sys.getrefcount(None)
    for number in range(args.sends):
        text = f"Echo {number} " + " ".join(rng.choices(WORDS, k=rng.randint(1, 4)))
        sends.append(await one_send(app, view, text, rng.uniform(0.05, 0.25)))
    send_refs = before - sys.getrefcount(None)
    frames = [s["frame"] for s in sends]
    ms = [s["ms"] for s in sends]
    keys = [s["key_ms"] for s in sends]
    return {
        "sends": len(sends),
        "frame_median": statistics.median(frames),
        "frame_max": max(frames),
        "next_frame_share": sum(1 for f in frames if f == 1) / len(frames),
        "ms_median": statistics.median(ms),
        "ms_p90": percentile(ms, 90),
        "ms_max": max(ms),
        "key_ms_median": statistics.median(keys),
        "key_ms_max": max(keys),
        "key_cpu_ms_median": statistics.median(s["key_cpu_ms"] for s in sends),
        "idle_none_refs_per_s": idle_refs / IDLE,
        "none_refs_per_send": send_refs / len(sends),
        "all_frames": frames,
        "all_ms": [round(m, 2) for m in ms],
    }


ROWS = (
    ("echo in frame no. (1 = next swapped), median", "frame_median", "{:.0f}", "1"),
    ("echo in frame no., max", "frame_max", "{:.0f}", "1"),
    ("sends with the echo in the next frame", "next_frame_share", "{:.0%}", "100%"),
    ("key press → echo frame swapped, median", "ms_median", "{:.1f} ms", ""),
    ("key press → echo frame swapped, p90", "ms_p90", "{:.1f} ms", ""),
    ("key press → echo frame swapped, max", "ms_max", "{:.1f} ms", ""),
    ("Return handled (synchronous), median", "key_ms_median", "{:.1f} ms", ""),
    ("Return handled (synchronous), max", "key_ms_max", "{:.1f} ms", ""),
    ("  UI-thread CPU of it, median", "key_cpu_ms_median", "{:.1f} ms", ""),
    ("net references to None lost per send", "none_refs_per_send", "{:.0f}", "0"),
    ("net references to None lost per s, idle", "idle_none_refs_per_s", "{:.1f}", "0"),
)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sends", type=int, default=50)
    parser.add_argument("--file", type=Path, default=Path("/tmp/bench/bigroom.json"))
    parser.add_argument("--events", type=int, default=10_000, help="when the file is made")
    add_json_option(parser)
    if sys.argv[1:2] == ["--child"]:
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
                child = [room.room_id, "--sends", str(args.sends), "--seed", str(run)]
                results.append(Runs(Path(__file__), template, room.token, display, child).one())
                last = results[-1]
                print(
                    f"run {run + 1}: frames {last['all_frames']}, median {last['ms_median']:.1f} ms, "
                    f"max {last['ms_max']:.1f} ms",
                    flush=True,
                )
    finally:
        xvfb.terminate()
        xvfb.wait()
    print(
        f"\nlocal echo, {args.file.name}, commit {commit()}, {args.sends} sends × {args.runs} runs "
        "(median of the runs; all runs in brackets)"
    )
    print(f"{'figure':46} {'median':>10}  {'goal':5} runs")
    for label, key, fmt, goal in ROWS:
        values = [float(r[key]) for r in results]
        listed = ", ".join(fmt.format(v).split(" ")[0] for v in values)
        print(f"{label:46} {fmt.format(statistics.median(values)):>10}  {goal:5} [{listed}]")
    pooled = [f for r in results for f in r["all_frames"]]
    pooled_ms = [m for r in results for m in r["all_ms"]]
    print(
        f"all {len(pooled)} sends: frame 1 in {sum(1 for f in pooled if f == 1)}, "
        f"worst frame {max(pooled)}; {statistics.median(pooled_ms):.1f} ms median, "
        f"{max(pooled_ms):.1f} ms max"
    )
    for message in sorted({m for r in results for m in r.get("qt_messages", [])}):
        print(f"Qt: {message}")
    worst = {"worst_frame": max(pooled), "sends_in_frame_1": sum(1 for f in pooled if f == 1)}
    emit(args.json, {**context(), "runs": args.runs, "sends": len(pooled), **worst, **medians_of(results)})
    return 0


if __name__ == "__main__":
    sys.exit(main())
