"""Memory growth over a soak of continuous incoming traffic (issue 8; measures.md "Memory").

    .venv/bin/python bench/soak.py [--minutes 30] [--rooms 5] [--rate 1.0] [--sample 30] [--json FILE]

- **The server:** a local Synapse on loopback in a temporary directory (relaxed rate limits), two
  fresh accounts: the app's and a writer's, in ``--rooms`` shared rooms.
- **The app:** the real app in a child process under Xvfb (xcb, ``QT_QUICK_BACKEND=software``),
  built as ``messenger_desktop.app`` builds it (the window shown, 1280×800), signed in with the
  password; once the rooms are in its list it opens the first one, as a reader who leaves the app
  open on a conversation.
- **The traffic:** the writer sends ``--rate`` text messages a second, round-robin over the rooms,
  for ``--minutes``; the app receives them through its own sync (whichever the server offers).
- **Sampled:** the app process's RSS every ``--sample`` s (and its children's, the ingest worker,
  apart), from ``/proc``. Reported: RSS at the start of the traffic and at the end, the growth per
  10 minutes (end − start, scaled; the least-squares slope of all samples, which one noisy
  sample moves less; and the slope of the second half alone: the app's caches fill in the first
  minutes, what goes on growing after is what a long session would feel), and how many of the
  sent messages the app's cache holds.
- **Fails loudly** (exit 1) when the app received nothing, or less than 99 % of what was sent once
  the traffic has stopped and it had 60 s to catch up.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
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

from appwindow import RENDER_LOG_CATEGORY, RESULT_PREFIX, Messages, run_child, start_xvfb, until  # noqa: E402
from summary import add_json_option, children_of, context, emit, memory_of  # noqa: E402

PASSWORD = "soak-password"
STOP_FILE = "soak.stop"


# -- the parent: server, traffic, samples ------------------------------------------------------------


def received(profile: Path, writer: str) -> int:
    """The writer's messages in the app's cache (read-only: the app is still writing)."""
    database = profile / "cache.sqlite3"
    if not database.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5)
        try:
            row = conn.execute(
                "SELECT count(*) FROM events WHERE sender = ? AND type = 'm.room.message'", (writer,)
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return 0
    return int(row[0])


def slope_per_10_min(samples: list[tuple[float, float]]) -> float:
    """Least-squares slope of (seconds, MB), as MB per 10 minutes."""
    if len(samples) < 2:
        return 0.0
    xs, ys = [t for t, _ in samples], [m for _, m in samples]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    var = sum((x - mx) ** 2 for x in xs)
    return 0.0 if var == 0 else sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var * 600


def parent(args: argparse.Namespace) -> int:
    import asyncio

    from messenger_desktop.api.client import MatrixApi
    from messenger_desktop.api.ids import TxnId
    from messenger_desktop.api.transport import HttpxTransport
    from messenger_desktop.localserver import register_user
    from tests.support.synapse import running_synapse

    where = context()
    print(
        f"soak: {args.minutes:g} min, {args.rooms} rooms, {args.rate:g} messages/s,"
        f" sample every {args.sample:g} s"
    )
    print(f"  {where['date']}, {where['machine']}, commit {where['commit']}, load {where['load_average']}")
    with tempfile.TemporaryDirectory(prefix="soak-bench-") as tmp:
        folder = Path(tmp)
        with running_synapse(folder / "synapse") as server:
            me = register_user(server.base_url, server.registration_shared_secret, "soak-me", PASSWORD)
            writer = register_user(
                server.base_url, server.registration_shared_secret, "soak-writer", PASSWORD
            )

            async def traffic(app: subprocess.Popen[str], profile: Path) -> dict[str, Any]:
                transport = HttpxTransport()

                async def token(user: str) -> str:
                    """An access token that lasts the soak: no refresh token asked, so none that
                    expires after minutes (the writer is a tool, not the app)."""
                    body = {
                        "type": "m.login.password",
                        "identifier": {"type": "m.id.user", "user": user},
                        "password": PASSWORD,
                        "refresh_token": False,
                    }
                    login = MatrixApi(server.base_url, transport)
                    data = await login.request("POST", "/_matrix/client/v3/login", body=body, auth=False)
                    return str(data["access_token"])

                try:
                    api = MatrixApi(server.base_url, transport, access_token=await token(writer))
                    mine = MatrixApi(server.base_url, transport, access_token=await token(me))
                    rooms = []
                    for n in range(args.rooms):
                        room = await api.create_room(
                            name=f"Soak {n + 1}", invite=(me,), preset="private_chat"
                        )
                        await mine.join(room)
                        rooms.append(room)
                    (folder / "rooms.json").write_text(json.dumps(rooms))
                    await until(
                        lambda: (profile / "ready").exists() or app.poll() is not None, 180, "the app"
                    )
                    if app.poll() is not None:
                        raise RuntimeError("the app ended before it was ready")
                    await asyncio.sleep(10)  # settle after the first sync and opening the room
                    samples: list[tuple[float, float, float]] = []
                    start = time.monotonic()
                    sent = 0
                    next_sample = start
                    end = start + args.minutes * 60
                    while True:
                        now = time.monotonic()
                        if now >= next_sample:
                            mem = memory_of(app.pid)["rss_mb"]
                            kids = sum(memory_of(pid)["rss_mb"] for pid in children_of(app.pid))
                            samples.append((round(now - start, 1), mem, round(kids, 1)))
                            got = received(profile, writer)
                            print(
                                f"  {now - start:7.0f} s  RSS {mem:6.1f} MB  children {kids:6.1f} MB"
                                f"  sent {sent}  received {got}",
                                flush=True,
                            )
                            next_sample += args.sample
                        if now >= end:
                            break
                        body = {"msgtype": "m.text", "body": f"soak message {sent} at {time.time():.3f}"}
                        await api.send(
                            rooms[sent % len(rooms)], "m.room.message", TxnId(f"soak-{sent}"), body
                        )
                        sent += 1
                        await asyncio.sleep(max(0.0, start + sent / args.rate - time.monotonic()))
                    caught_up = time.monotonic()
                    # the app's cache is another process's file: polled, nothing to await
                    while received(profile, writer) < sent and time.monotonic() - caught_up < 60:  # noqa: ASYNC110
                        await asyncio.sleep(0.5)
                    return {"samples": samples, "sent": sent, "received": received(profile, writer)}
                finally:
                    await transport.aclose()

            xvfb, display = start_xvfb()
            profile = folder / "profile"
            env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "QT_QUICK_BACKEND": "software"}
            facts = {"user_id": me, "password": PASSWORD, "rooms": args.rooms}
            app = subprocess.Popen(
                [sys.executable, __file__, "--child", str(profile), server.base_url, json.dumps(facts)],
                cwd=ROOT,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            try:
                run = asyncio.run(traffic(app, profile))
                (profile / STOP_FILE).touch()
                out, err = app.communicate(timeout=120)
            finally:
                if app.poll() is None:
                    app.kill()
                xvfb.terminate()
    child = next(
        (
            json.loads(line[len(RESULT_PREFIX) :])
            for line in out.splitlines()
            if line.startswith(RESULT_PREFIX)
        ),
        {},
    )
    samples = run["samples"]
    start_mb, end_mb = samples[0][1], samples[-1][1]
    span = samples[-1][0] - samples[0][0]
    summary: dict[str, Any] = {
        **where,
        "command": "bench/soak.py " + " ".join(sys.argv[1:]),
        "minutes": args.minutes,
        "rooms": args.rooms,
        "rate_per_s": args.rate,
        "sent": run["sent"],
        "received": run["received"],
        "rss_start_mb": start_mb,
        "rss_end_mb": end_mb,
        "rss_max_mb": max(m for _, m, _ in samples),
        "growth_per_10_min_mb": round((end_mb - start_mb) / span * 600, 1) if span else 0.0,
        "slope_per_10_min_mb": round(slope_per_10_min([(t, m) for t, m, _ in samples]), 1),
        "late_slope_per_10_min_mb": round(
            slope_per_10_min([(t, m) for t, m, _ in samples if t >= samples[-1][0] / 2]), 1
        ),
        "children_rss_end_mb": samples[-1][2],
        "samples": samples,
        "sync_mode": child.get("sync_mode"),
        "refs_lost": child.get("refs_lost"),
    }
    print(
        f"\nRSS at the start {start_mb:.1f} MB, at the end {end_mb:.1f} MB (max {summary['rss_max_mb']:.1f})"
    )
    print(
        f"growth per 10 minutes: {summary['growth_per_10_min_mb']:+.1f} MB (end − start),"
        f" {summary['slope_per_10_min_mb']:+.1f} MB (slope of {len(samples)} samples),"
        f" {summary['late_slope_per_10_min_mb']:+.1f} MB (slope of the second half)"
    )
    print(
        f"messages sent {run['sent']}, in the app's cache {run['received']}; sync: {child.get('sync_mode')}"
    )
    emit(args.json, summary)
    if run["received"] == 0:
        print("FAILED: the app received none of the traffic", file=sys.stderr)
        return 1
    if run["received"] < 0.99 * run["sent"]:
        print(f"FAILED: the app received {run['received']} of {run['sent']} messages", file=sys.stderr)
        return 1
    if not child:
        print(f"FAILED: the app did not finish cleanly:\n{err[-3000:]}", file=sys.stderr)
        return 1
    return 0


# -- the child: the app ------------------------------------------------------------------------------


def child(profile_dir: Path, homeserver: str, facts: dict[str, Any]) -> None:
    import asyncio

    async def measure(messages: Messages) -> dict[str, Any]:
        import PySide6.QtQuick  # noqa: F401  (rootObjects() are QQuickWindows only with QtQuick imported)
        from PySide6.QtCore import QLoggingCategory
        from PySide6.QtQuick import QQuickWindow

        # The harness logs every frame's timings for the frame benches; kept for 30 minutes that
        # list would be the harness's growth, not the app's.
        QLoggingCategory.setFilterRules(f"{RENDER_LOG_CATEGORY}.debug=false")

        from messenger_desktop.api.client import MatrixApi
        from messenger_desktop.api.transport import HttpxTransport
        from messenger_desktop.qt.app_controller import AppController
        from messenger_desktop.qt.engine import build_engine
        from messenger_desktop.qt.settings import Settings
        from messenger_desktop.session.profile import Profile

        profile = Profile.at(profile_dir)
        controller = AppController(profile, Settings(profile.settings))
        engine = build_engine(controller)
        window = engine.rootObjects()[0]
        assert isinstance(window, QQuickWindow)
        window.resize(1280, 800)
        window.show()
        transport = HttpxTransport()
        try:
            credentials = await MatrixApi(homeserver, transport).login_password(
                facts["user_id"], facts["password"]
            )
        finally:
            await transport.aclose()
        await controller.start(credentials)
        session_controller = controller.session_controller
        assert session_controller is not None
        rooms = session_controller.rooms
        await until(lambda: rooms.property("total") >= facts["rooms"], timeout=120, what="the rooms")
        session_controller.openRoom(rooms.all_rows()[0].room_id)
        (profile_dir / "ready").touch()
        stop = profile_dir / STOP_FILE
        while not stop.exists():  # noqa: ASYNC110  (the parent's signal is a file)
            await asyncio.sleep(0.5)
        result = {"sync_mode": session_controller.session.sync.mode, "rooms": rooms.property("total")}
        await controller.close()
        return result

    run_child(measure)


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(Path(sys.argv[2]), sys.argv[3], json.loads(sys.argv[4]))
        return 0
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--rooms", type=int, default=5)
    parser.add_argument("--rate", type=float, default=1.0, help="messages a second, over all rooms")
    parser.add_argument("--sample", type=float, default=30.0, help="seconds between RSS samples")
    add_json_option(parser)
    return parent(parser.parse_args())


if __name__ == "__main__":  # the app's ingest worker is a spawned process: it re-imports this module
    sys.exit(main())
