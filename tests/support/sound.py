"""A private PulseAudio for tests that need a real sound server (QtMultimedia connects to one)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

MIC_HEARS_SPEAKER = "module-remap-source master=speaker.monitor source_name=mic"
"""A microphone "mic" that hears what plays on the speaker."""


@contextmanager
def private_pulseaudio(folder: Path, *modules: str) -> Iterator[str]:
    """A PulseAudio of its own in ``folder`` with a null speaker and ``modules`` (``--load``
    arguments, e.g. a sine into the speaker or a microphone remapped from its monitor); yields the
    ``PULSE_SERVER`` address. Skips the test where PulseAudio is not installed."""
    if shutil.which("pulseaudio") is None:
        pytest.skip("PulseAudio is not installed (scripts/setup-system installs it)")
    socket = folder / "pulse.sock"
    env = {**os.environ, "HOME": str(folder), "XDG_RUNTIME_DIR": str(folder)}
    server = subprocess.Popen(
        [
            "pulseaudio",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "-n",
            "--load=module-null-sink sink_name=speaker",
            *(f"--load={module}" for module in modules),
            f"--load=module-native-protocol-unix socket={socket} auth-anonymous=1",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not socket.exists():
            assert server.poll() is None and time.monotonic() < deadline, "PulseAudio did not start"
            time.sleep(0.05)
        yield f"unix:{socket}"
    finally:
        server.terminate()
        server.wait(10)
