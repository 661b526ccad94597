"""Ingest of a recorded initial /sync, as the app does it, with the UI loop's lag measured meanwhile.

    python bench/ingest.py /tmp/bench/large.json [--runs 3] [--mode process|thread|both]

End state (measures.md): typed rows committed, room summaries written and the conversation list's
rows loaded back (what the list model is filled from). ``process`` is what the app does for a big
body (a warm worker process parses and writes; the loop only awaits); ``thread`` parses and writes
on the store's writer thread, shown for comparison: it holds the GIL in long C calls.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from looplag import LagResult, LoopLagMonitor
from summary import add_json_option, context, emit

from messenger_desktop.api.ids import UserId
from messenger_desktop.session.ingest_worker import SyncIngestor
from messenger_desktop.store.database import Database, set_meta
from messenger_desktop.store.summaries import load_summaries

OWN_USER = UserId("@me:bench.local")


async def one_run(body: bytes, mode: str) -> tuple[float, int, int, LagResult]:
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(Path(tmp) / "cache.sqlite3")
        await db.open()
        await db.run(set_meta, "user_id", OWN_USER)
        ingestor = SyncIngestor(db, OWN_USER, threshold=0 if mode == "process" else 1 << 60)
        if mode == "process":
            ingestor.prewarm()  # the app starts it at sign-in, long before the first sync answers
            await asyncio.get_running_loop().run_in_executor(ingestor._ensure_pool(), time.sleep, 0)
        monitor = LoopLagMonitor()
        monitor.start()
        await asyncio.sleep(0.05)
        started = time.perf_counter()
        result = await ingestor.ingest(body)
        rooms = await db.run(load_summaries)
        elapsed = time.perf_counter() - started
        await asyncio.sleep(0.02)
        lag = monitor.stop()
        ingestor.close()
        await db.close()
        return elapsed, result.event_count, len(rooms), lag


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("file", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--mode", choices=("process", "thread", "both"), default="both")
    add_json_option(parser)
    args = parser.parse_args()
    summary: dict[str, object] = {**context(), "file": str(args.file), "bytes": 0, "runs": args.runs}
    body = args.file.read_bytes()
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()
    print(f"file {args.file} ({len(body) / 1e6:.1f} MB), commit {commit}, {args.runs} runs, medians")
    header = ("mode", "time s", "events", "ev/s", "rooms", "lag p50", "p99", "max ms", "stalls>100ms")
    print(" ".join(f"{h:>8}" for h in header))
    for mode in ("process", "thread") if args.mode == "both" else (args.mode,):
        runs = [asyncio.run(one_run(body, mode)) for _ in range(args.runs)]
        t = statistics.median(r[0] for r in runs)
        events = runs[0][1]
        lag_p50 = statistics.median(r[3].p50_ms for r in runs)
        lag_p99 = statistics.median(r[3].p99_ms for r in runs)
        lag_max = statistics.median(r[3].max_ms for r in runs)
        stalls = max(r[3].stalls for r in runs)
        cells = (
            mode,
            f"{t:.3f}",
            events,
            f"{events / t:.0f}",
            runs[0][2],
            f"{lag_p50:.1f}",
            f"{lag_p99:.1f}",
        )
        print(" ".join(f"{c:>8}" for c in (*cells, f"{lag_max:.1f}", stalls)))
        summary[mode] = {
            "seconds": round(t, 3),
            "events": events,
            "events_per_s": round(events / t),
            "rooms": runs[0][2],
            "lag_p50_ms": round(lag_p50, 1),
            "lag_p99_ms": round(lag_p99, 1),
            "lag_max_ms": round(lag_max, 1),
            "stalls": stalls,
        }
    summary["bytes"] = len(body)
    emit(args.json, summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
