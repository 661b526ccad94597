"""Smoke test in a real X server (Xvfb) with Qt's xcb platform: the window opens, signs in, shows
the conversation list, and a screenshot of it is taken."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from messenger_desktop.api import MatrixApi
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.localserver import LocalSynapse
from tests.support.core import login
from tests.support.synapse import UserFactory

pytestmark = pytest.mark.integration


@pytest.fixture
def display(tmp_path: Path) -> str:
    if shutil.which("Xvfb") is None:
        if os.environ.get("CI"):
            pytest.fail("CI must have Xvfb (scripts/setup-system installs it)")
        pytest.skip("Xvfb is not installed")
    for number in range(90, 130):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            break
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        assert server.poll() is None, "Xvfb exited"
        assert time.monotonic() < deadline, "Xvfb did not start"
        time.sleep(0.05)
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def test_main_window_in_a_real_x_server(
    synapse: LocalSynapse, new_user: UserFactory, display: str, tmp_path: Path
) -> None:
    user_id, password = new_user("xvfb", displayname="Xavier")
    creds = asyncio.run(login(synapse.base_url, user_id, password))

    async def make_room() -> None:
        transport = HttpxTransport()
        try:
            api = MatrixApi(synapse.base_url, transport, access_token=creds.access_token)
            room = await api.create_room(name="Smoke test")
            await api.send(
                room, "m.room.message", "smoke-1", {"msgtype": "m.text", "body": "Hello from Xvfb"}
            )  # type: ignore[arg-type]
        finally:
            await transport.aclose()

    asyncio.run(make_room())
    creds_file = tmp_path / "creds.json"
    creds_file.write_text(
        json.dumps(
            {
                "homeserver": creds.homeserver,
                "user_id": creds.user_id,
                "device_id": creds.device_id,
                "access_token": creds.access_token,
            }
        )
    )
    shot = tmp_path / "main-window-xcb.png"
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.xvfb_driver", str(tmp_path / "profile"), str(creds_file), str(shot)],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=Path(__file__).parents[2],
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip().splitlines()[-1] == "xcb"
    warnings = [
        line for line in done.stderr.splitlines() if "qml" in line.lower() or "warning" in line.lower()
    ]
    assert warnings == [], warnings
    image = Image.open(shot)
    assert image.size[0] >= 640 and image.size[1] >= 400
    colours = image.convert("RGB").getcolors(maxcolors=1 << 16)
    assert colours is None or len(colours) > 20, "the window looks blank"
