"""A headless session that sends and syncs until it is killed (SIGKILL) — the child process of
:func:`tests.support.fault_scenarios.kill_cycles`.

    python -m tests.support.kill_worker --profile DIR --plan plan.json [--settle-only]  < credentials

The credentials come as one JSON line on stdin (never in a file: a profile must not hold a token).
On each start it does what the app does after a crash: opens the cache, resumes the outbox and
syncs. Once caught up (outbox empty, every room scrolled up to its start, gaps filled) it prints
one JSON line — its view of each room and what is left in the outbox — then, told to go on by
a line on stdin, sends the plan's
messages it has not saved yet (``[room, body]`` pairs, in order), one after the other, with short
pauses, until it is killed (or has sent them all, settled again and printed a second line).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import time
from pathlib import Path

from messenger_desktop.api import Credentials, DeviceId, RoomId, UserId
from messenger_desktop.session.profile import Profile
from messenger_desktop.session.session import Session
from tests.support.fault_scenarios import message_bodies, saved_bodies, scroll_to_start, settle_outbox


async def _report(session: Session, rooms: list[RoomId]) -> None:
    await asyncio.wait_for(session.synced.wait(), 60)
    await session.outbox.wait_idle()
    await settle_outbox(session, rooms, deadline=time.monotonic() + 30)
    local = {room: message_bodies(await scroll_to_start(session, room)) for room in rooms}
    pending = await session.pending()
    report = {
        "local": local,
        "pending": sum(i.state != "failed" for i in pending),
        "failed": sum(i.state == "failed" for i in pending),
    }
    sys.stdout.write(json.dumps(report) + "\n")
    sys.stdout.flush()


async def main(profile: Path, plan: list[tuple[RoomId, str]], send: bool) -> None:
    home, user, device, token = json.loads(sys.stdin.readline())
    creds = Credentials(home, UserId(user), DeviceId(device), token)
    session = Session(Profile.at(profile), creds, poll_timeout_ms=5000)
    rooms = list(dict.fromkeys(room for room, _ in plan))
    await session.open()
    try:
        await session.start()
        await _report(session, rooms)
        if not send:
            return
        # The parent reads the server's view before anything new goes out.
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
        saved = await session.db.run(saved_bodies, creds.user_id)
        rng = random.Random()
        for room, body in plan:
            if body in saved.get(room, ()):
                continue
            await session.outbox.send(room, "m.room.message", {"msgtype": "m.text", "body": body})
            await asyncio.sleep(rng.uniform(0.0, 0.04))
        await _report(session, rooms)
    finally:
        await session.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--profile", type=Path, required=True)
    parser.add_argument("--plan", type=Path, required=True)
    parser.add_argument("--settle-only", action="store_true")
    args = parser.parse_args()
    pairs = [(RoomId(r), b) for r, b in json.loads(args.plan.read_text())]
    asyncio.run(main(args.profile, pairs, send=not args.settle_only))
