"""The first request does not load httpx's command-line tool (rich, click, pygments) where those
happen to be installed: about 0.1 s and several MB the app never uses."""

from __future__ import annotations

import subprocess
import sys

import pytest

SCRIPT = """
import sys
from messenger_desktop.api.transport import HttpxTransport
HttpxTransport()._ensure_client()
print(sorted(name for name in ("rich", "click", "pygments", "httpx") if name in sys.modules))
"""


def test_the_http_client_starts_without_httpxs_command_line_tool() -> None:
    pytest.importorskip("rich")  # installed with the test tools; without it there is nothing to load
    pytest.importorskip("click")
    command = [sys.executable, "-c", SCRIPT]
    done = subprocess.run(command, capture_output=True, text=True, check=True, timeout=60)
    assert done.stdout.strip() == "['httpx']"
