"""Call set-up time and CPU during voice and video calls (issue 7; docs/measures.md conditions).

    python bench/call.py [--runs 3] [--seconds 15]

- **The set-up:** a local Synapse on loopback; two accounts in a direct chat. The caller is a
  :class:`~messenger_desktop.session.session.Session` in this process; the callee is another
  ``Session`` in a child process (``--callee``) that accepts every call as soon as it rings, with
  the same kind of call (voice, or video). ICE host candidates on 127.0.0.1. Devices are synthetic
  (``callmedia/synthetic.py``): a tone as microphone, a recorder as speaker, a moving pattern
  as camera (640×480 here); so the figures are the app's own work without device I/O or the UI.
- **Set-up time:** from ``start_call`` (the invite is built: offer, ICE gathering) to
  (a) the call's state CONNECTED on the caller and (b) the first audio frame decoded on the
  caller's side, i.e. media flowing from the callee to the caller (the callee's own audio
  starts at the same moment).
- **CPU:** the caller process's CPU time (all threads: the media thread, the loop, the sync) over
  ``--seconds`` of an established call, after 3 s to settle, as % of one core; sent and received
  frames over the same window are reported to show the media really flowed.
- **Reported:** per run and the median of runs, for a voice call and then a 640×480 video call
  (video both ways, sent at the engine's frame rate).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summary import add_json_option, context, emit, medians_of  # noqa: E402

from messenger_desktop.api import Credentials, DeviceId, MatrixApi, RoomId, UserId  # noqa: E402
from messenger_desktop.api.transport import HttpxTransport  # noqa: E402
from messenger_desktop.callmedia.synthetic import SyntheticDevices  # noqa: E402
from messenger_desktop.calls import CallState  # noqa: E402
from messenger_desktop.localserver import LocalSynapse, register_user  # noqa: E402
from messenger_desktop.session.profile import Profile  # noqa: E402
from messenger_desktop.session.session import Session  # noqa: E402

LOOPBACK = ("127.0.0.1",)
VIDEO = (640, 480)


async def login(base_url: str, user_id: str, password: str) -> Credentials:
    transport = HttpxTransport()
    try:
        return await MatrixApi(base_url, transport).login_password(user_id, password, device_name="bench")
    finally:
        await transport.aclose()


def credentials_json(creds: Credentials) -> str:
    return json.dumps([creds.homeserver, creds.user_id, creds.device_id, creds.access_token])


def credentials_from(text: str) -> Credentials:
    home, user, device, token = json.loads(text)
    return Credentials(home, UserId(user), DeviceId(device), token)


async def open_session(folder: Path, creds: Credentials) -> Session:
    session = Session(Profile.at(folder), creds, call_host_addresses=LOOPBACK)
    await session.open()
    await session.start()
    await asyncio.wait_for(session.synced.wait(), 60)
    return session


# --- the callee (child process) -----------------------------------------------------------------


async def callee(creds: Credentials, folder: Path) -> None:
    session = await open_session(folder, creds)
    session.calls.devices = SyntheticDevices(660, video_size=VIDEO)

    def answer(info: Any) -> None:
        if info.ringing:
            session.calls.accept(info.call_id, video=info.offered_video)

    session.calls.subscribe(answer)
    print("ready", flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)  # until the parent closes it
    await session.close()


# --- the caller (this process) ------------------------------------------------------------------


async def one_call(session: Session, room: RoomId, *, video: bool, seconds: float) -> dict[str, float]:
    started = time.perf_counter()
    info = await session.start_call(room, video=video)
    assert info is not None, "already in a call"
    call_id = info.call_id
    engine = await session.calls.engine()
    connected = media = None
    deadline = started + 60
    while media is None or connected is None:
        if time.perf_counter() > deadline:
            raise TimeoutError("the call did not connect")
        now_info = session.calls.info(call_id)
        if connected is None and now_info is not None and now_info.state is CallState.CONNECTED:
            connected = time.perf_counter() - started
        stats = engine.stats(call_id)
        if media is None and stats is not None and stats.audio_frames_received > 0:
            media = time.perf_counter() - started
        await asyncio.sleep(0.002)
    await asyncio.sleep(3)
    before, cpu_before = engine.stats(call_id), time.process_time()
    wall_before = time.perf_counter()
    await asyncio.sleep(seconds)
    after, cpu_after = engine.stats(call_id), time.process_time()
    wall = time.perf_counter() - wall_before
    assert before is not None and after is not None
    session.calls.hangup(call_id)
    await asyncio.sleep(1.5)
    return {
        "connected_ms": connected * 1000,
        "media_ms": media * 1000,
        "cpu_pct": (cpu_after - cpu_before) / wall * 100,
        "audio_in_fps": (after.audio_frames_received - before.audio_frames_received) / wall,
        "audio_out_fps": (after.audio_frames_sent - before.audio_frames_sent) / wall,
        "video_in_fps": (after.video_frames_received - before.video_frames_received) / wall,
        "video_out_fps": (after.video_frames_sent - before.video_frames_sent) / wall,
    }


async def joined(session: Session, room: RoomId) -> None:
    for _ in range(600):
        if len([m for m in await session.members(room) if m.membership == "join"]) == 2:
            return
        await asyncio.sleep(0.1)
    raise TimeoutError("the callee did not join")


async def run(args: argparse.Namespace) -> None:
    results: dict[str, list[dict[str, float]]] = {"voice": [], "video": []}
    with tempfile.TemporaryDirectory(prefix="bench-call-") as tmp:
        server = LocalSynapse(Path(tmp) / "synapse", rate_limits="relaxed")
        server.start()
        try:
            secret = server.registration_shared_secret
            alice_id = register_user(server.base_url, secret, "alice", "pw-alice-bench", displayname="Alice")
            bob_id = register_user(server.base_url, secret, "bob", "pw-bob-bench", displayname="Bob")
            alice = await open_session(
                Path(tmp) / "alice", await login(server.base_url, alice_id, "pw-alice-bench")
            )
            bob_creds = await login(server.base_url, bob_id, "pw-bob-bench")
            room = await alice.start_direct_chat(UserId(bob_id))
            bob_api = MatrixApi(server.base_url, HttpxTransport(), access_token=bob_creds.access_token)
            await bob_api.join(room)
            child = await asyncio.create_subprocess_exec(
                sys.executable, __file__, "--callee", credentials_json(bob_creds),
                "--folder", str(Path(tmp) / "bob"),
                stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
            )  # fmt: skip
            assert child.stdout is not None and child.stdin is not None
            assert (await child.stdout.readline()).strip() == b"ready"
            await joined(alice, room)
            alice.calls.devices = SyntheticDevices(440, video_size=VIDEO)
            await alice.calls.warm_up()
            for number in range(args.runs):
                for kind in ("voice", "video"):
                    figures = await one_call(alice, room, video=kind == "video", seconds=args.seconds)
                    results[kind].append(figures)
                    print(
                        f"run {number + 1} {kind}: " + ", ".join(f"{k} {v:.1f}" for k, v in figures.items())
                    )
            child.stdin.close()
            await asyncio.wait_for(child.wait(), 30)
            await alice.close()
        finally:
            server.stop()
    for kind, runs in results.items():
        keys = runs[0].keys()
        print(
            f"median {kind}: " + ", ".join(f"{k} {statistics.median(r[k] for r in runs):.1f}" for k in keys)
        )
    by_kind = {kind: medians_of(rs) for kind, rs in results.items()}
    emit(args.json, {**context(), "runs": args.runs, **by_kind})


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--callee", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    add_json_option(parser)
    args = parser.parse_args()
    if args.callee:
        asyncio.run(callee(credentials_from(args.callee), Path(args.folder)))
    else:
        asyncio.run(run(args))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
