"""A message is delivered exactly once across a lost answer, a killed process and a network outage."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from messenger_desktop.api import RoomId
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.store import outbox
from messenger_desktop.store.database import connect
from tests.support.core import login, server_bodies
from tests.support.fault_proxy import Mode, ThreadedFaultProxy
from tests.support.keyring_env import require_secret_service
from tests.support.synapse import UserFactory

pytestmark = [pytest.mark.integration]


def _cli(*args: str, stdin: str = "") -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "messenger_desktop", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )


def test_message_whose_answer_was_lost_is_delivered_once_after_kill_and_reconnect(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    require_secret_service()
    user_id, password = new_user("sender")
    creds = asyncio.run(login(synapse.base_url, user_id, password))
    from messenger_desktop.api import MatrixApi
    from messenger_desktop.api.transport import HttpxTransport

    async def make_room() -> RoomId:
        transport = HttpxTransport()
        try:
            return await MatrixApi(synapse.base_url, transport, access_token=creds.access_token).create_room(
                name="once"
            )
        finally:
            await transport.aclose()

    room = asyncio.run(make_room())
    profile = tmp_path / "profile"
    text = f"exactly once {time.time_ns()}"
    with ThreadedFaultProxy("127.0.0.1", synapse.port) as proxy:
        login_proc = _cli(
            "login",
            "--profile",
            str(profile),
            "--homeserver",
            proxy.url,
            "--user",
            user_id,
            "--password-stdin",
        )
        _, err = login_proc.communicate(password + "\n", timeout=120)
        assert login_proc.returncode == 0, err
        from messenger_desktop.session import credentials

        stored = credentials.load(str(profile.resolve()))
        assert stored is not None and stored.homeserver == proxy.url  # all traffic goes through the proxy

        # 1. The server gets the message but its answer never comes back; then the process dies.
        proxy.set_mode(Mode.BLACKHOLE_RESPONSES)
        sender = _cli("send", "--profile", str(profile), "--room", room, text)
        deadline = time.monotonic() + 60
        while asyncio.run(server_bodies(synapse.base_url, creds, room)).count(text) == 0:
            assert time.monotonic() < deadline, "the send never reached the server"
            assert sender.poll() is None, sender.communicate()
            time.sleep(0.2)
        sender.send_signal(signal.SIGKILL)
        sender.communicate(timeout=30)

        # The message is still in the profile's outbox, with its transaction id.
        conn = connect(profile / "cache.sqlite3")
        [pending] = outbox.load(conn)
        conn.close()
        assert pending.content["body"] == text

        # 2. Restart while the network is down, then bring it back.
        proxy.set_mode(Mode.REFUSE)
        runner = _cli("run", "--profile", str(profile), "--once")
        time.sleep(2.0)
        assert runner.poll() is None, runner.communicate()  # still trying
        proxy.set_mode(Mode.PASS)
        _, err = runner.communicate(timeout=120)
        assert runner.returncode == 0, err

    assert asyncio.run(server_bodies(synapse.base_url, creds, room)).count(text) == 1
    conn = connect(profile / "cache.sqlite3")
    try:
        assert outbox.load(conn) == []
        stored = conn.execute("SELECT COUNT(*) FROM events WHERE json LIKE ?", (f"%{text}%",)).fetchone()[0]
        assert stored == 1
    finally:
        conn.close()


def _children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_the_ingest_worker_does_not_outlive_a_killed_app(tmp_path: Path) -> None:
    script = (
        "import asyncio, sys, time\n"
        "from pathlib import Path\n"
        "from messenger_desktop.store.database import Database\n"
        "from messenger_desktop.session.ingest_worker import SyncIngestor\n"
        "async def main():\n"
        "    db = Database(Path(sys.argv[1]))\n"
        "    await db.open()\n"
        "    ingestor = SyncIngestor(db, '@me:hs')\n"
        "    ingestor.prewarm()\n"
        "    print('ready', flush=True)\n"
        "    await asyncio.sleep(600)\n"
        "asyncio.run(main())\n"
    )
    app = subprocess.Popen(
        [sys.executable, "-c", script, str(tmp_path / "c.db")], stdout=subprocess.PIPE, text=True
    )
    assert app.stdout is not None and app.stdout.readline().strip() == "ready"
    deadline = time.monotonic() + 30
    while not (workers := _children_of(app.pid)):
        assert time.monotonic() < deadline, "no worker process was started"
        time.sleep(0.1)
    app.send_signal(signal.SIGKILL)
    app.communicate(timeout=30)
    deadline = time.monotonic() + 15
    while any(_alive(w) for w in workers):
        assert time.monotonic() < deadline, "the worker outlived the app"
        time.sleep(0.2)
