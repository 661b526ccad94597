"""Scrolling back through a conversation of 500 photos in the real window (issue 5; docs/measures.md,
"Scrolling", "Responsiveness", "Memory").

    python bench/media_scroll.py [--runs 3] [--images 500] [--velocity 2500] [--duration 150]

- **The conversation:** ``bench/mediaroom.py``'s room: ``--images`` ``m.image`` events, each with
  its own ``mxc://`` URI and a full ``info`` (size, type, bytes, blurhash), alone or in bursts,
  with text between (about 1,050 events for 500 photos); ingested into a profile's cache with the
  store (``bigroom.prepare_profile``), copied afresh for each run: **the media cache starts
  empty**, so every picture is fetched, written to the disk cache and decoded during the run.
- **The server:** a stub homeserver on loopback (``mediaroom.MediaServer``) answers ``/sync``
  with nothing new and the authenticated media endpoints with real JPEGs: the 800×600 thumbnail
  the timeline asks for, made from twenty 1600 px photos as Synapse makes it (the members'
  avatars too).
- **The window and the flick:** as ``scroll.py`` (1280×800 under Xvfb, xcb,
  ``QT_QUICK_BACKEND=software``; the room opens at its newest message, whose pictures are loaded
  before the flick starts; the timeline is flicked towards older messages at ``--velocity``,
  renewed every 100 ms, the model paging 50 rows at a time). The flick ends at the last frame
  that moved once the room's first event is in view and the model has nothing older (after it
  nothing moves, so no frame is due), or after ``--duration`` s.
- **Figures** (``scroll.flick``): delivered / expected frames for a 60 Hz display, the UI
  thread's CPU time per frame (p50, p99, max), the frame intervals, the loop lag (``looplag.py``,
  p50, p99, max, stalls over 100 ms) during the flick; then the pictures the loader fetched and
  decoded (``session.media.fetches`` / ``decodes``: during the flick and in all), what the server
  sent, and the app process's memory: **peak RSS** is the kernel's high-water mark of its
  resident set (``VmHWM`` in ``/proc/<pid>/status``) over the whole run — start, opening the room,
  the flick, the loads it started —, read when they are done; the RSS then and before the flick
  beside it; child processes (an ingest worker, if one started) are reported apart. MB are MiB,
  as in ``startup.py``.
- **Looking closer:** ``BENCH_SMAPS=<prefix>`` copies the app's ``/proc/self/smaps`` to
  ``<prefix>-before`` (before the flick) and ``<prefix>-end``; ``BENCH_TRACE_STALLS=<file>``
  writes what each loop stall over 100 ms was made of (``stalltrace.py``).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import math
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import orjson
from appwindow import AppWindow, Runs, commit, run_app_child, start_xvfb
from bigroom import prepare_profile
from mediaroom import MediaServer, Photos, make_media_room_sync
from scroll import flick_timeline, report
from summary import add_json_option, context, emit, medians_of

ROWS = (
    ("delivered / expected frames", "ratio", "{:.3f}", "≥ 0.99"),
    ("delivered frames", "delivered", "{:.0f}", ""),
    ("expected frames (60 Hz)", "expected", "{:.0f}", ""),
    ("UI-thread CPU per frame p50", "cpu_p50", "{:.1f} ms", ""),
    ("UI-thread CPU per frame p99", "cpu_p99", "{:.1f} ms", "≤ 16 ms"),
    ("UI-thread CPU per frame max", "cpu_max", "{:.1f} ms", ""),
    ("frames over 16.7 ms of UI-thread CPU", "frames_over_16ms_cpu", "{:.0f}", ""),
    ("frame interval p50", "interval_p50", "{:.1f} ms", ""),
    ("frame interval p99", "interval_p99", "{:.1f} ms", ""),
    ("frame interval max", "interval_max", "{:.1f} ms", ""),
    ("loop lag p50", "lag_p50", "{:.1f} ms", ""),
    ("loop lag p99", "lag_p99", "{:.1f} ms", "≤ 16 ms"),
    ("loop lag max", "lag_max", "{:.1f} ms", ""),
    ("loop stalls over 100 ms", "stalls", "{:.0f}", "0"),
    ("peak RSS (VmHWM)", "rss_peak", "{:.0f} MB", "≤ 250 MB"),
    ("RSS before the flick", "rss_before", "{:.0f} MB", ""),
    ("RSS when the loads are done", "rss_end", "{:.0f} MB", ""),
    ("child processes' peak RSS, summed", "children_rss_peak", "{:.0f} MB", ""),
    ("decoded pictures the loader keeps", "pictures_held", "{:.0f}", ""),
    ("  their pixels", "pixels_held", "{:.0f} MB", ""),
    ("  the loader's budget for them", "pixels_budget", "{:.0f} MB", ""),
    ("flick duration", "seconds", "{:.1f} s", ""),
    ("reached the room's first event", "stopped", "{:.0f}", ""),
    ("distance scrolled", "px", "{:.0f} px", ""),
    ("average speed", "speed", "{:.0f} px/s", ""),
    ("rows scrolled past", "rows_passed", "{:.0f}", ""),
    ("rows paged in", "rows_loaded", "{:.0f}", ""),
    ("history page: asked → rows in, max", "page_latency_max", "{:.0f} ms", ""),
    ("shift of the row under reader, flick", "flick_shift_max", "{:.1f} px", "0"),
    ("pictures fetched before the flick", "fetches_before", "{:.0f}", ""),
    ("pictures fetched during the flick", "fetches_flick", "{:.0f}", ""),
    ("pictures decoded during the flick", "decodes_flick", "{:.0f}", ""),
    ("pictures fetched in all (loader)", "fetches", "{:.0f}", ""),
    ("pictures decoded in all (loader)", "decodes", "{:.0f}", ""),
    ("photo thumbnails the server sent", "served_photo_thumbnails", "{:.0f}", ""),
    ("  distinct photos among them", "photos_thumbnailed", "{:.0f}", ""),
    ("avatar thumbnails the server sent", "served_other_thumbnails", "{:.0f}", ""),
    ("originals the server sent", "served_downloads", "{:.0f}", ""),
    ("net references to None lost in the flick", "none_refs", "{:.0f}", ""),
)


def memory() -> dict[str, float]:
    """This process's resident set now and at its peak, and its children's peaks summed, in MB."""

    def status(pid: str) -> dict[str, float]:
        fields = {}
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                fields[key] = int(value.split()[0]) / 1024
        return fields

    own = status("self")
    children = [
        pid for task in Path("/proc/self/task").iterdir() for pid in (task / "children").read_text().split()
    ]
    peaks = []
    for pid in children:
        with contextlib.suppress(OSError):  # it ended meanwhile
            peaks.append(status(pid).get("VmHWM", 0.0))
    return {"rss": own["VmRSS"], "rss_peak": own["VmHWM"], "children_rss_peak": sum(peaks)}


async def measure(app: AppWindow, argv: list[str]) -> dict[str, Any]:
    parser = argparse.ArgumentParser()
    parser.add_argument("room")
    parser.add_argument("--velocity", type=float, required=True)
    parser.add_argument("--duration", type=float, required=True)
    args = parser.parse_args(argv)
    loader = app.session.session.media
    assert loader is not None
    view, model = app.find("timeline"), app.session.timeline
    await app.open_room(args.room)
    await asyncio.sleep(1.0)
    await asyncio.wait_for(loader.idle(), 60)  # the first screen's pictures are in
    await app.frames.settle()
    before = {"fetches": loader.fetches, "decodes": loader.decodes, "rss": memory()["rss"]}
    if os.environ.get("BENCH_SMAPS"):  # where the resident set is, mapping by mapping
        shutil.copyfile("/proc/self/smaps", os.environ["BENCH_SMAPS"] + "-before")

    last_y = [math.nan]

    def at_start() -> bool:
        """The room's first event is in view and the flick no longer moves it (``atYBeginning``
        alone is not enough: the view may rest a pixel off its origin)."""
        y = float(view.property("contentY"))
        still, last_y[0] = y == last_y[0], y
        near_top = y - float(view.property("originY")) < view.height()
        return still and near_top and bool(model.property("atStart"))

    result = await flick_timeline(app, args.velocity, args.duration, None, None, at_start)
    result.update(
        fetches_before=before["fetches"],
        fetches_flick=loader.fetches - before["fetches"],
        decodes_flick=loader.decodes - before["decodes"],
        rss_before=before["rss"],
    )
    await asyncio.wait_for(loader.idle(), 60)  # what the flick started, finished for the caches
    await app.frames.settle()
    used = memory()
    if os.environ.get("BENCH_SMAPS"):
        shutil.copyfile("/proc/self/smaps", os.environ["BENCH_SMAPS"] + "-end")
    result.update(
        fetches=loader.fetches,
        decodes=loader.decodes,
        rss_end=used["rss"],
        pixels_held=loader.memory.total_cost / (1 << 20),
        pictures_held=len(loader.memory),
        pixels_budget=loader.memory.budget / (1 << 20),
        rss_peak=used["rss_peak"],
        children_rss_peak=used["children_rss_peak"],
    )
    return result


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--images", type=int, default=500)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--velocity", type=float, default=2500.0, help="px/s")
    parser.add_argument("--duration", type=float, default=150.0, help="s, at most")
    add_json_option(parser)
    if sys.argv[1:2] == ["--child"]:
        run_app_child(sys.argv[2:], measure)
    args = parser.parse_args()
    photos = Photos(args.seed)
    sync = make_media_room_sync(photos, args.images, args.seed)
    xvfb, display = start_xvfb()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            sync_file, template = Path(tmp) / "mediaroom.json", Path(tmp) / "template"
            sync_file.write_bytes(orjson.dumps(sync))
            room = prepare_profile(sync_file, template)
            child = [room.room_id, "--velocity", str(args.velocity), "--duration", str(args.duration)]
            results = []
            servers: list[MediaServer] = []

            def server(token: str) -> MediaServer:
                servers.append(MediaServer(token, photos))
                return servers[-1]

            for run in range(args.runs):
                result = Runs(Path(__file__), template, room.token, display, child, stub=server).one()
                result.update(servers[-1].counts())
                results.append(result)
                print(
                    f"run {run + 1}: {result['ratio']:.3f} delivered, p99 {result['cpu_p99']:.1f} ms, "
                    f"lag p99 {result['lag_p99']:.1f} ms, peak RSS {result['rss_peak']:.0f} MB",
                    flush=True,
                )
    finally:
        xvfb.terminate()
        xvfb.wait()
    print(
        f"\nscrolling {args.images} photos (seed {args.seed}), commit {commit()}, {args.velocity:.0f} px/s "
        f"for at most {args.duration:.0f} s, {args.runs} runs (median; all runs in brackets)"
    )
    report(results, ROWS)
    for message in sorted({m for r in results for m in r.get("qt_messages", [])}):
        print(f"Qt: {message}")
    emit(args.json, {**context(), "runs": args.runs, "images": args.images, **medians_of(results)})
    return 0


if __name__ == "__main__":
    sys.exit(main())
