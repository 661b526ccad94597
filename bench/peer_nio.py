"""The same initial sync processed by the app and by matrix-nio, side by side (issue 8, measures.md "Peers").

    .venv/bin/python bench/peer_nio.py [--runs 5] [--profile large] [--record] [--synthetic] [--json FILE]

- **The bytes:** the *large* account of ``seed_synapse.py`` (1,001 conversations on a real local
  Synapse, restored from its snapshot), asked for its initial ``/sync`` once with the app's own
  filter (``SYNC_FILTER``: timeline 20, lazy-loaded members) and kept in
  ``/tmp/bench/peer-sync-<profile>.json`` (``--record`` asks again). It is asked in the spec's shape
  (without the MSC4222 ``use_state_after`` flag the app adds), because nio only reads ``state``:
  with ``state_after`` it would skip the rooms' state and do less. ``--synthetic`` uses
  ``synthetic_sync.py``'s recorded *large* file instead.
- **The server:** a stub on loopback (this process) that answers ``/versions`` and gives every
  ``/sync`` those same bytes, so both clients receive identical input and the figure is the
  client's own, not Synapse's 30 s of building the answer.
- **Each run:** two fresh child processes, one per client, one after the other (which goes first
  alternates). Imports, the HTTP connection (one ``/versions`` request) and — for the app — its
  ingest worker process (started at sign-in, long before the first sync answers) are warmed
  *before* the clock, for both. The clock then covers:
  - **the app:** ``SyncLoop.sync_once`` (the request, the body received, parsed and written by the
    worker process: typed rows, relations, room summaries, the token) and the conversation list's
    rows read back (``load_summaries``), where ``bench/ingest.py`` stops;
  - **nio:** ``AsyncClient.sync(timeout=0)``: the request, the body received, parsed (with its
    schema validation) into a ``SyncResponse`` and applied to its ``MatrixRoom`` objects
    (``receive_response``). nio keeps nothing on disk (no store; encryption is off: python-olm is
    not installed). The time to compute every room's ``display_name`` after that is shown beside.
- **Memory:** each child's RSS before the sync, its peak (``VmHWM``) and its RSS right after, with
  the rooms still held; for the app, its ingest worker's peak is shown separately (measures.md:
  children apart) and in a sum.

The ratio is the app's time over nio's, run by run (pair by pair) and of the medians. Goal ≤ 0.5.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from summary import add_json_option, context, emit, memory_of  # noqa: E402

RESULT = "RESULT "
FILTER_ID = "peer-filter"
TOKEN = "peer-bench-token"


# -- the bytes ---------------------------------------------------------------------------------------


def recorded_sync(profile: str, again: bool) -> tuple[Path, str, dict[str, Any]]:
    """(file, own user id, facts) of the seeded account's initial sync, recorded when missing."""
    target = Path(f"/tmp/bench/peer-sync-{profile}.json")
    facts_file = target.with_suffix(".facts.json")
    if again or not target.exists() or not facts_file.exists():
        facts = record(profile, target)
        facts_file.write_text(json.dumps(facts, indent=2))
    facts = json.loads(facts_file.read_text())
    return target, facts["user_id"], facts


def record(profile: str, target: Path) -> dict[str, Any]:
    """Ask a freshly restored copy of the seeded server for the account's initial sync, once."""
    import httpx
    from seed_synapse import restore, seed_facts, snapshot

    from messenger_desktop.localserver import LocalSynapse
    from messenger_desktop.session.sync_loop import SYNC_FILTER

    snap = snapshot(profile)
    facts = seed_facts(snap)
    print(f"recording the initial sync of {facts['user_id']} ({facts['rooms']} rooms) …", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        server = LocalSynapse(restore(snap, Path(tmp) / "server"))
        server.start()
        try:
            with httpx.Client(base_url=server.base_url, timeout=900.0) as http:
                login = http.post(
                    "/_matrix/client/v3/login",
                    json={
                        "type": "m.login.password",
                        "identifier": {"type": "m.id.user", "user": facts["user_id"]},
                        "password": facts["password"],
                    },
                ).json()
                auth = {"Authorization": f"Bearer {login['access_token']}"}
                user = login["user_id"]
                filter_id = http.post(
                    f"/_matrix/client/v3/user/{user}/filter", json=SYNC_FILTER, headers=auth
                ).json()["filter_id"]
                started = time.monotonic()
                answer = http.get(
                    "/_matrix/client/v3/sync", params={"filter": filter_id, "timeout": 0}, headers=auth
                )
                answer.raise_for_status()
                server_seconds = time.monotonic() - started
        finally:
            server.stop()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(answer.content)
    body = answer.json()
    return {
        "user_id": user,
        "profile": profile,
        "rooms": len(body.get("rooms", {}).get("join", {})),
        "bytes": len(answer.content),
        "server_seconds": round(server_seconds, 1),
        "recorded": time.strftime("%Y-%m-%d %H:%M"),
    }


def synthetic_sync() -> tuple[Path, str, dict[str, Any]]:
    from synthetic_sync import ME

    target = Path("/tmp/bench/large.json")
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                sys.executable,
                str(Path(__file__).with_name("synthetic_sync.py")),
                "--profile",
                "large",
                "--out",
                str(target),
            ],
            check=True,
        )
    return target, ME, {"user_id": ME, "profile": "large (synthetic_sync.py)", "bytes": target.stat().st_size}


# -- the stub server ---------------------------------------------------------------------------------


class Stub(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, body: bytes) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.body = body
        self.syncs = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    server: Stub
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _send(self, data: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        where = urlsplit(self.path).path
        if where == "/_matrix/client/v3/sync":
            self.server.syncs += 1
            self._send(self.server.body)
        elif where == "/_matrix/client/versions":
            self._send(b'{"versions": ["v1.11", "v1.12"]}')
        else:
            self._send(b"{}")

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self._send(json.dumps({"filter_id": FILTER_ID}).encode())


# -- the parent --------------------------------------------------------------------------------------


def one(side: str, url: str, user: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", side, url, user],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    for line in done.stdout.splitlines():
        if line.startswith(RESULT):
            result: dict[str, Any] = json.loads(line[len(RESULT) :])
            return result
    raise RuntimeError(f"the {side} run failed (exit {done.returncode}):\n{done.stderr[-4000:]}")


def median(runs: list[dict[str, Any]], key: str) -> float:
    return round(statistics.median(r[key] for r in runs), 3)


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        side, url, user = sys.argv[2:5]
        print(RESULT + json.dumps(child_ours(url, user) if side == "ours" else child_nio(url, user)))
        return 0
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", default="large", help="the seed_synapse.py profile")
    parser.add_argument("--record", action="store_true", help="ask the restored server for the sync again")
    parser.add_argument("--synthetic", action="store_true", help="synthetic_sync.py's large file instead")
    add_json_option(parser)
    args = parser.parse_args()
    where = context()
    file, user, facts = synthetic_sync() if args.synthetic else recorded_sync(args.profile, args.record)
    body = file.read_bytes()
    stub = Stub(body)
    threading.Thread(target=stub.serve_forever, daemon=True).start()
    print(f"peer: {file} ({len(body) / 1e6:.1f} MB, {facts.get('rooms', '?')} rooms), {args.runs} runs")
    print(f"  {where['date']}, {where['machine']}, commit {where['commit']}, load {where['load_average']}")
    ours: list[dict[str, Any]] = []
    nio: list[dict[str, Any]] = []
    try:
        for run in range(args.runs):
            order = ("ours", "nio") if run % 2 == 0 else ("nio", "ours")
            got = {side: one(side, stub.url, user) for side in order}
            ours.append(got["ours"])
            nio.append(got["nio"])
            print(
                f"  run {run + 1}: app {got['ours']['seconds']:.3f} s, nio {got['nio']['seconds']:.3f} s,"
                f" ratio {got['ours']['seconds'] / got['nio']['seconds']:.3f}"
                f" | rooms {got['ours']['rooms']} / {got['nio']['rooms']}"
                f" | peak RSS app {got['ours']['peak_mb']:.0f} (+ worker {got['ours']['worker_peak_mb']:.0f})"
                f" MB, nio {got['nio']['peak_mb']:.0f} MB",
                flush=True,
            )
    finally:
        stub.shutdown()
    pairs = [o["seconds"] / n["seconds"] for o, n in zip(ours, nio, strict=True)]
    summary: dict[str, Any] = {
        **where,
        "command": "bench/peer_nio.py " + " ".join(sys.argv[1:]),
        "sync": {**facts, "file": str(file), "bytes": len(body)},
        "runs": args.runs,
        "nio_version": nio[0]["version"],
        "app_seconds": median(ours, "seconds"),
        "nio_seconds": median(nio, "seconds"),
        "nio_display_names_seconds": median(nio, "display_names_seconds"),
        "ratio_of_medians": round(median(ours, "seconds") / median(nio, "seconds"), 3),
        "ratio_pairs": [round(p, 3) for p in pairs],
        "ratio": round(statistics.median(pairs), 3),
        "app_rooms": ours[0]["rooms"],
        "nio_rooms": nio[0]["rooms"],
        "app_events": ours[0]["events"],
        **{
            f"app_{k}": median(ours, k)
            for k in ("rss_before_mb", "peak_mb", "rss_after_mb", "worker_peak_mb", "worker_rss_after_mb")
        },
        **{f"nio_{k}": median(nio, k) for k in ("rss_before_mb", "peak_mb", "rss_after_mb")},
        "app_seconds_runs": [r["seconds"] for r in ours],
        "nio_seconds_runs": [r["seconds"] for r in nio],
    }
    summary["app_peak_with_worker_mb"] = round(summary["app_peak_mb"] + summary["app_worker_peak_mb"], 1)
    print(f"\nmedians of {args.runs} runs")
    print(f"  {'':34} {'the app':>10} {'matrix-nio':>12}")
    s = summary
    print(f"  {'time to process the initial sync':34} {s['app_seconds']:>9.3f}s {s['nio_seconds']:>11.3f}s")
    print(f"  {'RSS before the sync':34} {s['app_rss_before_mb']:>8.0f}MB {s['nio_rss_before_mb']:>10.0f}MB")
    print(f"  {'peak RSS (VmHWM)':34} {s['app_peak_mb']:>8.0f}MB {s['nio_peak_mb']:>10.0f}MB")
    print(f"  {'  + the ingest worker process peak':34} {s['app_worker_peak_mb']:>8.0f}MB")
    print(f"  {'  + the ingest worker, RSS after':34} {s['app_worker_rss_after_mb']:>8.0f}MB")
    print(f"  {'RSS after (rooms held)':34} {s['app_rss_after_mb']:>8.0f}MB {s['nio_rss_after_mb']:>10.0f}MB")
    print(f"  nio's display_name of every room after its sync: {summary['nio_display_names_seconds']:.3f} s")
    print(
        f"  ratio app / nio: {summary['ratio']:.3f} (median of the pairs {summary['ratio_pairs']}),"
        f" of the medians {summary['ratio_of_medians']:.3f}; goal ≤ 0.5"
    )
    emit(args.json, summary)
    return 0


# -- the children ------------------------------------------------------------------------------------


def child_ours(url: str, user: str) -> dict[str, Any]:
    import asyncio

    from messenger_desktop.api.client import MatrixApi
    from messenger_desktop.api.ids import UserId
    from messenger_desktop.api.transport import HttpxTransport
    from messenger_desktop.session.sync_loop import SyncLoop
    from messenger_desktop.store.database import Database, set_meta
    from messenger_desktop.store.summaries import load_summaries

    async def measure(folder: Path) -> dict[str, Any]:
        db = Database(folder / "cache.sqlite3")
        await db.open()
        await db.run(set_meta, "user_id", user)
        await db.run(set_meta, "filter_id", FILTER_ID)  # uploaded at sign-in, before the first sync
        transport = HttpxTransport()
        api = MatrixApi(url, transport, access_token=TOKEN)
        sync = SyncLoop(api, db, UserId(user), on_result=lambda r: None, on_connection=lambda s: None)
        await sync.load_token()
        pool = sync.ingestor._ensure_pool()
        sync.ingestor.prewarm()  # SyncLoop.run does this at sign-in, long before the answer
        await asyncio.get_running_loop().run_in_executor(pool, time.sleep, 0)
        await api.versions()  # the connection is open, as after sign-in
        before = memory_of(os.getpid())
        started = time.perf_counter()
        result = await sync.sync_once()
        rooms = await db.run(load_summaries)
        seconds = time.perf_counter() - started
        mine = memory_of(os.getpid())
        workers = [memory_of(pid) for pid in pool._processes]  # type: ignore[attr-defined]
        outcome = {
            "seconds": round(seconds, 4),
            "rooms": len(rooms),
            "events": result.event_count,
            "rss_before_mb": before["rss_mb"],
            "peak_mb": mine["peak_mb"],
            "rss_after_mb": mine["rss_mb"],
            "worker_peak_mb": max(w["peak_mb"] for w in workers),
            "worker_rss_after_mb": max(w["rss_mb"] for w in workers),
        }
        sync.close()
        await transport.aclose()
        await db.close()
        return outcome

    with tempfile.TemporaryDirectory() as tmp:
        return asyncio.run(measure(Path(tmp)))


def child_nio(url: str, user: str) -> dict[str, Any]:
    import asyncio
    from importlib.metadata import version

    from nio import AsyncClient, AsyncClientConfig, SyncResponse

    async def measure() -> dict[str, Any]:
        config = AsyncClientConfig(store_sync_tokens=False, encryption_enabled=False)
        client = AsyncClient(url, user, device_id="PEERBENCH", config=config)
        client.access_token = TOKEN
        client.user_id = user
        warm = await client.send("GET", "/_matrix/client/versions")  # the connection is open
        await warm.read()
        before = memory_of(os.getpid())
        started = time.perf_counter()
        response = await client.sync(timeout=0)
        seconds = time.perf_counter() - started
        if not isinstance(response, SyncResponse):
            raise RuntimeError(f"nio's sync failed: {response}")
        after = memory_of(os.getpid())
        named = time.perf_counter()
        names = [room.display_name for room in client.rooms.values()]
        naming = time.perf_counter() - named
        outcome = {
            "seconds": round(seconds, 4),
            "display_names_seconds": round(naming, 4),
            "rooms": len(client.rooms) + len(client.invited_rooms),
            "named": sum(1 for n in names if n),
            "rss_before_mb": before["rss_mb"],
            "peak_mb": after["peak_mb"],
            "rss_after_mb": after["rss_mb"],
            "version": version("matrix-nio"),
        }
        await client.close()
        return outcome

    return asyncio.run(measure())


if __name__ == "__main__":  # the app's ingest worker is a spawned process: it re-imports this module
    sys.exit(main())
