"""A fake ``org.freedesktop.Notifications`` server for tests, on the session bus it is started with.

It runs in its **own process** (``python -m tests.support.notification_server LOG``): QtDBus makes its
calls with the GIL held, so a server inside the test process could never answer them. It is written
with jeepney (pure-Python D-Bus) so that every reply and signal carries the exact signature of the
specification (``u`` ids, not ``i``), as a real GDBus/KDE server would insist on.

Every method call it receives is appended to ``LOG`` as one JSON line, hints included (byte arrays,
such as the pixels of an ``image-data`` hint, as base64 text: :func:`pixels` reads them). Commands
arrive as JSON lines on stdin: ``{"signal": "ActionInvoked", "id": 1, "arg": "default"}`` (or
``NotificationReplied`` with the text, ``NotificationClosed`` with the reason). Use
:class:`FakeNotificationServer` from a test.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
CAPABILITIES = ["body", "actions", "inline-reply", "body-markup"]

INTROSPECTION = f"""<!DOCTYPE node PUBLIC "-//freedesktop//DTD D-BUS Object Introspection 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/introspect.dtd">
<node>
 <interface name="org.freedesktop.DBus.Introspectable">
  <method name="Introspect"><arg name="xml" type="s" direction="out"/></method>
 </interface>
 <interface name="{SERVICE}">
  <method name="GetCapabilities"><arg type="as" direction="out"/></method>
  <method name="Notify">
   <arg name="app_name" type="s" direction="in"/>
   <arg name="replaces_id" type="u" direction="in"/>
   <arg name="app_icon" type="s" direction="in"/>
   <arg name="summary" type="s" direction="in"/>
   <arg name="body" type="s" direction="in"/>
   <arg name="actions" type="as" direction="in"/>
   <arg name="hints" type="a{{sv}}" direction="in"/>
   <arg name="expire_timeout" type="i" direction="in"/>
   <arg name="id" type="u" direction="out"/>
  </method>
  <method name="CloseNotification"><arg name="id" type="u" direction="in"/></method>
  <method name="GetServerInformation">
   <arg name="name" type="s" direction="out"/>
   <arg name="vendor" type="s" direction="out"/>
   <arg name="version" type="s" direction="out"/>
   <arg name="spec_version" type="s" direction="out"/>
  </method>
  <signal name="ActionInvoked"><arg name="id" type="u"/><arg name="action_key" type="s"/></signal>
  <signal name="NotificationReplied"><arg name="id" type="u"/><arg name="text" type="s"/></signal>
  <signal name="NotificationClosed"><arg name="id" type="u"/><arg name="reason" type="u"/></signal>
 </interface>
</node>
"""

SIGNAL_SIGNATURES = {"ActionInvoked": "us", "NotificationReplied": "us", "NotificationClosed": "uu"}


def _plain(value: Any) -> Any:
    """jeepney gives variants as (signature, value) tuples; JSON wants lists (and text for bytes)."""
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def serve(log_path: Path) -> None:  # pragma: no cover - runs in the child process
    from jeepney import DBusAddress, HeaderFields, MessageType, new_error, new_method_return, new_signal
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import open_dbus_connection

    conn = open_dbus_connection(bus="SESSION")
    send_lock = threading.Lock()
    reply = conn.send_and_get_reply(message_bus.RequestName(SERVICE, 4))  # DO_NOT_QUEUE
    if reply.body[0] != 1:
        sys.exit(f"could not own {SERVICE}: {reply.body}")
    emitter = DBusAddress(PATH, interface=SERVICE)
    next_id = 1
    open_ids: set[int] = set()

    def send(message: Any) -> None:
        with send_lock:
            conn.send(message)

    def commands() -> None:
        for line in sys.stdin:
            if not line.strip():
                continue
            command = json.loads(line)
            name = command["signal"]
            send(new_signal(emitter, name, SIGNAL_SIGNATURES[name], (command["id"], command["arg"])))
        os._exit(0)  # the test closed our stdin: it is done with us

    threading.Thread(target=commands, daemon=True).start()
    print("ready", flush=True)

    with log_path.open("a", encoding="utf-8") as log:
        while True:
            msg = conn.receive()
            if msg.header.message_type != MessageType.method_call:
                continue
            fields = msg.header.fields
            member = fields.get(HeaderFields.member)
            interface = fields.get(HeaderFields.interface)
            log.write(json.dumps({"member": member, "args": _plain(msg.body)}) + "\n")
            log.flush()
            if member == "Introspect":
                send(new_method_return(msg, "s", (INTROSPECTION,)))
            elif interface not in (SERVICE, None):
                send(new_error(msg, "org.freedesktop.DBus.Error.UnknownInterface", "s", (interface,)))
            elif member == "GetCapabilities":
                send(new_method_return(msg, "as", (CAPABILITIES,)))
            elif member == "GetServerInformation":
                send(new_method_return(msg, "ssss", ("fake", "tests", "1.0", "1.2")))
            elif member == "Notify":
                replaces_id = msg.body[1]
                if replaces_id in open_ids:
                    notification_id = replaces_id
                else:
                    notification_id, next_id = next_id, next_id + 1
                open_ids.add(notification_id)
                send(new_method_return(msg, "u", (notification_id,)))
            elif member == "CloseNotification":
                closed = msg.body[0]
                send(new_method_return(msg))
                if closed in open_ids:
                    open_ids.discard(closed)
                    send(new_signal(emitter, "NotificationClosed", "uu", (closed, 3)))
            else:
                send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod", "s", (member,)))


def pixels(image_data: list[Any]) -> tuple[int, int, Callable[[int, int], tuple[int, int, int, int]]]:
    """Width, height and a pixel reader (x, y → RGBA) of a recorded ``image-data`` hint's value
    (``["(iiibiiay)", [width, height, rowstride, has_alpha, bits, channels, base64]]``)."""
    signature, (width, height, stride, has_alpha, bits, channels, encoded) = image_data
    assert (signature, has_alpha, bits, channels) == ("(iiibiiay)", True, 8, 4)
    data = base64.b64decode(encoded)
    assert len(data) >= stride * (height - 1) + 4 * width

    def at(x: int, y: int) -> tuple[int, int, int, int]:
        start = y * stride + 4 * x
        red, green, blue, alpha = data[start : start + 4]
        return red, green, blue, alpha

    return width, height, at


class FakeNotificationServer:
    """Starts the server process on the current session bus; read its calls, make it emit signals."""

    def __init__(self, workdir: Path) -> None:
        self.log_path = workdir / "notification-calls.jsonl"
        self.log_path.touch()
        root = Path(__file__).resolve().parents[2]
        self._process = subprocess.Popen(
            [sys.executable, "-m", "tests.support.notification_server", str(self.log_path)],
            cwd=root,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._process.stdout is not None
        line = self._process.stdout.readline()  # one short wait at start-up, before the test runs
        if line.strip() != "ready":
            self.close()
            raise RuntimeError(f"fake notification server did not start: {line!r}")

    def calls(self, member: str | None = None) -> list[dict[str, Any]]:
        # The server may be half-way through writing a long line (an image hint): only lines that
        # end in a newline are whole.
        *lines, _partial = self.log_path.read_text(encoding="utf-8").split("\n")
        calls = [json.loads(line) for line in lines if line]
        return [call for call in calls if member is None or call["member"] == member]

    async def wait_for_calls(self, member: str, count: int, timeout: float = 5.0) -> list[dict[str, Any]]:
        deadline = time.monotonic() + timeout
        while len(calls := self.calls(member)) < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"server saw {len(calls)} {member} call(s), wanted {count}: {calls}")
            await asyncio.sleep(0.01)
        return calls

    def emit(self, signal: str, notification_id: int, arg: str | int) -> None:
        assert self._process.stdin is not None
        command = {"signal": signal, "id": notification_id, "arg": arg}
        self._process.stdin.write(json.dumps(command) + "\n")
        self._process.stdin.flush()

    def close(self) -> None:
        if self._process.stdin is not None:
            self._process.stdin.close()
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        if self._process.stdout is not None:
            self._process.stdout.close()


if __name__ == "__main__":
    serve(Path(sys.argv[1]))
