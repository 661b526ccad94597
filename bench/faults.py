"""Faults survived (issue 8): sends through random network faults, and kill -9 cycles.

    python bench/faults.py [--messages 1000] [--paced 300] [--paced-rate 5] [--rooms 10]
                           [--seed 0] [--kill-cycles 20] [--kill-faults] [--sync sliding|v2]
                           [--no-faults] [--skip-sends]

- **The set-up:** a local Synapse on loopback (relaxed rate limits) in a temporary directory; a
  fresh account. Nothing of the app's UI: a headless :class:`~messenger_desktop.session.session.Session`.
- **Sends through faults** (``tests/support/fault_scenarios.py: sends_through_faults``): every
  request of the session (sync, sends, back-pagination) goes through the chaos proxy
  (``tests/support/chaos.py``), which resets ~3 % of requests before the server sees them,
  answers ~3 % with a 503, lets the server act on ~5 % and then drops the answer (the connection
  is reset), answers ~3 % with a 502 after the server acted, and delays ~20 % by up to 0.25 s —
  drawn from ``random.Random(seed)``. Messages are written round-robin over ``--rooms`` new rooms
  (the composer's way: echo at once, persisted, sent by the room's queue, one at a time per room),
  twice: ``--messages`` all at once (throughput; their latency is mostly waiting in the queue),
  then ``--paced`` at ``--paced-rate`` per second, a load the server keeps up with (latency).
  Reported: sends/s (messages over the time from the first written to the last accepted by the
  server), the client's retried send requests, the send requests that failed, latency written →
  accepted (p50, p99, max), and — checked on the server — messages lost, duplicated and rooms
  whose order differs; then whether the cache, scrolled up to each room's start, equals the
  server. ``--no-faults`` runs the same without faults (the baseline).
- **kill -9 cycles** (``kill_cycles``): a session in a child process sends (three rooms) and
  syncs and is killed with SIGKILL at random points — one cycle in three while it starts, resumes
  and catches up, the others while it sends; each restart reports its view once caught up, which
  is checked against the server (nothing lost of what the killed process had saved, nothing
  doubled, order kept), its cache (equal to the server, outbox empty) and SQLite's
  ``PRAGMA integrity_check`` after every kill. Reported: cycles, messages on the server, time from
  a restart to caught-up (process start, cache open, outbox resumed, sync, rooms scrolled), errors.
  ``--kill-faults`` puts the chaos proxy between the child and the server as well.

The script exits non-zero when anything was lost, doubled, reordered or inconsistent.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summary import add_json_option, context, emit  # noqa: E402

from messenger_desktop.localserver import LocalSynapse  # noqa: E402
from tests.support.fault_scenarios import (  # noqa: E402
    TEST_CHAOS,
    chaos_with,
    kill_cycles,
    sends_through_faults,
)
from tests.support.synapse import running_synapse  # noqa: E402

_collected: list[dict[str, object]] = []
"""Every section's figures, for ``--json``."""


def _print(title: str, figures: dict[str, object]) -> None:
    _collected.append({"title": title, **figures})
    print(f"\n{title}")
    for key, value in figures.items():
        print(f"  {key:28} {json.dumps(value) if isinstance(value, dict | list) else value}")


async def _sends(
    server: LocalSynapse, folder: Path, args: argparse.Namespace, messages: int, rate: float, what: str
) -> bool:
    rates = {} if args.no_faults else TEST_CHAOS
    run = await sends_through_faults(
        server,
        folder,
        messages=messages,
        rooms=args.rooms,
        seed=args.seed,
        rate=rate,
        rates=rates,
        timeout=max(240.0, messages / 2),
    )
    figures = run.figures()
    figures["reordered_rooms"] = sum(
        run.server[r] != s and sorted(run.server[r]) == sorted(s) for r, s in run.sent.items()
    )
    figures["cache_equals_server"] = all(run.local[r] == run.server[r] for r in run.sent)
    figures["outbox_left"] = run.pending_left
    faults = "no faults" if args.no_faults else f"seeded faults, seed {args.seed}"
    _print(f"Sends through faults — {what} ({faults})", figures)
    delivered = all(run.server[r] == s for r, s in run.sent.items())
    return delivered and figures["cache_equals_server"] and not run.pending_left


async def _kills(server: LocalSynapse, folder: Path, args: argparse.Namespace) -> bool:
    chaos = chaos_with(args.seed, TEST_CHAOS) if args.kill_faults else None
    run = await kill_cycles(server, folder, cycles=args.kill_cycles, seed=args.seed, chaos=chaos)
    faults = ", with the network faults too" if chaos is not None else ""
    _print(f"kill -9 cycles (seed {args.seed}{faults})", run.figures())
    for error in run.errors:
        print(f"  ERROR {error}")
    return not run.errors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--rooms", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--paced", type=int, default=300, help="messages of the paced run (latency)")
    parser.add_argument("--paced-rate", type=float, default=5.0, help="messages written per second")
    parser.add_argument("--kill-cycles", type=int, default=20)
    parser.add_argument("--sync", choices=("sliding", "v2"), help="force a sync (default: the server's best)")
    parser.add_argument(
        "--no-faults", action="store_true", help="the baseline: the same sends without faults"
    )
    parser.add_argument("--skip-sends", action="store_true")
    parser.add_argument("--kill-faults", action="store_true", help="the kill cycles' network faults too")
    add_json_option(parser)
    args = parser.parse_args()
    if args.sync:
        os.environ["MESSENGER_SYNC"] = args.sync  # the kill cycles' child processes inherit it
    when = time.strftime("%Y-%m-%d %H:%M")
    print(f"faults bench: {when}, Python {sys.version.split()[0]}, sync {args.sync or 'default'}")
    ok = True
    with (
        tempfile.TemporaryDirectory(prefix="faults-bench-") as tmp,
        running_synapse(Path(tmp) / "synapse") as server,
    ):
        if not args.skip_sends and args.messages:
            folder = Path(tmp) / "burst"
            folder.mkdir()
            burst = f"{args.messages} written at once (throughput)"
            ok &= asyncio.run(_sends(server, folder, args, args.messages, 0.0, burst))
        if not args.skip_sends and args.paced:
            folder = Path(tmp) / "paced"
            folder.mkdir()
            paced = f"{args.paced} written at {args.paced_rate:g}/s (latency)"
            ok &= asyncio.run(_sends(server, folder, args, args.paced, args.paced_rate, paced))
        if args.kill_cycles:
            (Path(tmp) / "kills").mkdir()
            ok &= asyncio.run(_kills(server, Path(tmp) / "kills", args))
    print("\nOK: nothing lost, doubled or reordered" if ok else "\nFAILED: see above")
    emit(args.json, {**context(), "ok": ok, "seed": args.seed, "sections": _collected})
    return 0 if ok else 1


if __name__ == "__main__":  # the session's ingest worker is a spawned process: it re-imports this module
    sys.exit(main())
