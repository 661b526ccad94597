"""One running instance per profile: a second launch hands its link over and exits.

Launching again with the same profile (or the desktop opening a ``matrix:`` link) must bring the
running window forward and open the link there, never start a second process on the same
database. Two things make that reliable:

* A **lock** on ``instance.lock`` in the profile directory (``flock`` / ``msvcrt.locking``) says
  who is the instance. The operating system drops it when the process dies, so a crash leaves
  nothing that blocks the next start, and two launches at the same moment cannot both win.
* A **local socket** (:class:`QLocalServer`) named from a hash of the user and the resolved profile
  path carries the hand-over. Only the lock holder listens, so it may first remove a socket file a
  crashed instance left behind. Another profile, or another user, gets another name.

The message is one line of JSON, ``{"v": 1, "link": "matrix:…", "token": "…"}``, at most
:data:`MAX_MESSAGE` bytes; the instance answers ``ok``. ``token`` is the activation token the
desktop gave the later launch (Wayland lets only a window holding one take the focus), passed on so
the running window may come forward. Anything else — too long, not JSON, an unknown version, a
link that is not a string — is dropped without a word: any local program can connect, and what it
sends is as untrusted as a link in a message.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import logging
import os
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from ..richtext.links import MAX_URL_LENGTH

log = logging.getLogger(__name__)

VERSION = 1
MAX_MESSAGE = 2 * MAX_URL_LENGTH
"""Bytes of one message, newline included: a link of the longest length the app reads, quoted."""
MAX_CLIENTS = 8
"""Connections served at once; more are closed at once (a local program hammering the socket)."""
CLIENT_TIMEOUT_MS = 3000
"""A client that has not sent its line by then is disconnected."""
HAND_OVER_TIMEOUT = 8.0
"""Seconds a second launch waits for the running instance (which may itself still be starting)."""
LOCK_NAME = "instance.lock"
_MAX_SOCKET_PATH = 100  # sockaddr_un holds 104 (macOS) or 108 (Linux) bytes
_TOKEN = re.compile(r"[\x21-\x7e]{1,512}\Z")
_TOKEN_VARIABLES = ("XDG_ACTIVATION_TOKEN", "DESKTOP_STARTUP_ID")


class NoAnswer(Exception):
    """The profile is in use by a running instance that did not take the hand-over."""


def server_name(profile_dir: Path, user: str | None = None) -> str:
    """The local socket's name for ``profile_dir``: the same for every launch of this user with
    this profile, different for another user or another profile (the path is resolved first, so
    ``~/p`` and ``/home/me/p`` agree). In the per-user runtime directory where there is one (a
    full path), else a bare name Qt places in the temporary directory or the pipe namespace."""
    who = user if user is not None else _user()
    # 96 bits: no collisions, and short (macOS's temporary directory is a long path already)
    digest = hashlib.sha256(f"{who}\0{profile_dir.resolve()}".encode()).hexdigest()[:24]
    name = f"messenger-desktop-{digest}"
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if sys.platform != "win32" and runtime and os.path.isdir(runtime):
        path = os.path.join(runtime, name)
        if len(path.encode()) <= _MAX_SOCKET_PATH:
            return path
    return name


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name (a container, an odd environment)
        return str(os.getuid()) if hasattr(os, "getuid") else ""


@dataclass(frozen=True)
class Handover:
    """What a later launch hands over."""

    link: str
    """A ``matrix:`` or matrix.to link as given ("" for none: only bring the window forward)."""
    token: str = ""
    """The desktop's activation token for the window to take the focus with ("" for none)."""


def activation_token() -> str:
    """The token the desktop started this process with (Wayland's, else X11's startup id)."""
    for variable in _TOKEN_VARIABLES:
        token = os.environ.get(variable, "")
        if _TOKEN.match(token):
            return token
    return ""


def encode_message(link: str, token: str = "") -> bytes:
    """The line a later launch sends."""
    message = {"v": VERSION, "link": link}
    if token:
        message["token"] = token
    return json.dumps(message, ensure_ascii=True).encode("ascii") + b"\n"


def decode_message(line: bytes) -> Handover | None:
    """The hand-over in one received line (without its newline), or None when the line is not a
    message this version understands."""
    if len(line) >= MAX_MESSAGE:
        return None
    try:
        message = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(message, dict):
        return None
    version = message.get("v")
    if isinstance(version, bool) or version != VERSION:  # True == 1 in Python, not in the format
        return None
    link, token = message.get("link", ""), message.get("token", "")
    if not isinstance(link, str) or len(link) > MAX_URL_LENGTH or "\x00" in link:
        return None
    if not isinstance(token, str) or (token and not _TOKEN.match(token)):
        return None
    return Handover(link, token)


# -- the lock --------------------------------------------------------------------------------------


class ProfileLock:
    """An exclusive lock on a file in the profile, released by the OS when the process ends."""

    def __init__(self, path: Path) -> None:
        self._fd: int | None = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)

    def try_lock(self) -> bool:
        assert self._fd is not None
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(self._fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the lock
            self._fd = None


# -- the running instance --------------------------------------------------------------------------


class InstanceServer(QObject):
    """Listens for later launches with this profile; :attr:`received` carries each hand-over."""

    received = Signal(str, str)
    """(link, activation token): a later launch handed over (see :class:`Handover`)."""

    def __init__(self, name: str, lock: ProfileLock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._lock = lock
        self._clients: dict[QObject, _Client] = {}
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.setMaxPendingConnections(MAX_CLIENTS)
        self._server.newConnection.connect(self._accept)
        # The lock is ours: a socket file still there is a crashed instance's.
        QLocalServer.removeServer(name)
        if not self._server.listen(name):
            log.warning(
                "cannot listen on %s (%s): later launches will not reach this window",
                name,
                self._server.errorString(),
            )

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    @property
    def address(self) -> str:
        """Where the socket is (a file path on Unix), for diagnostics and tests."""
        return self._server.fullServerName()

    def close(self) -> None:
        """Stop listening (the socket file goes) and release the profile."""
        for client in list(self._clients.values()):
            client.drop()
        self._server.close()
        self._lock.release()

    @Slot()
    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if len(self._clients) >= MAX_CLIENTS:
                socket.abort()
                socket.deleteLater()
                continue
            client = _Client(socket, self)
            client.finished.connect(self._finished)
            self._clients[client] = client
            client.start()

    @Slot(QObject, str, str, bool)
    def _finished(self, client: QObject, link: str, token: str, valid: bool) -> None:
        self._clients.pop(client, None)
        if valid:
            self.received.emit(link, token)


class _Client(QObject):
    """One connection: read one bounded line, answer, close."""

    finished = Signal(QObject, str, str, bool)
    """(self, link, token, whether the line was a valid message)."""

    def __init__(self, socket: QLocalSocket, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._socket = socket
        socket.setParent(self)
        self._buffer = b""
        self._done = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CLIENT_TIMEOUT_MS)
        self._timer.timeout.connect(self.drop)
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(self.drop)

    def start(self) -> None:
        self._timer.start()
        if self._socket.bytesAvailable() > 0:
            self._read()

    @Slot()
    def _read(self) -> None:
        if self._done:
            return
        self._buffer += bytes(self._socket.read(MAX_MESSAGE + 1 - len(self._buffer)).data())
        line, newline, _rest = self._buffer.partition(b"\n")
        if newline:
            handover = decode_message(line)
            if handover is not None:
                self._socket.write(b"ok\n")
                self._socket.flush()
            self._finish(handover)
        elif len(self._buffer) > MAX_MESSAGE:
            self._finish(None)

    @Slot()
    def drop(self) -> None:
        """Time is up, or the other side went away."""
        if self._done:  # the answer is out (or the line was refused): the connection is over
            self.deleteLater()
            return
        self._finish(None)

    def _finish(self, handover: Handover | None) -> None:
        self._done = True
        if handover is None:
            self.finished.emit(self, "", "", False)
            self._socket.abort()
            self.deleteLater()
        else:
            self.finished.emit(self, handover.link, handover.token, True)
            self._timer.start()  # an answer the other side never reads does not keep us
            self._socket.disconnectFromServer()  # once the answer is written; then drop()


# -- a later launch ---------------------------------------------------------------------------------


def hand_over(name: str, handover: Handover, timeout: float = HAND_OVER_TIMEOUT) -> bool:
    """Give ``handover`` to the instance listening on ``name``; True once it answered.

    Blocking on purpose: this runs before the window and before anything else needs the loop.
    The instance may have taken the lock but not be listening yet, so connecting is retried."""
    deadline = time.monotonic() + timeout
    socket = QLocalSocket()
    try:
        while True:
            socket.connectToServer(name)
            if socket.waitForConnected(_remaining_ms(deadline, 500)):
                break
            socket.abort()
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.1)
        socket.write(encode_message(handover.link, handover.token))
        if not socket.waitForBytesWritten(_remaining_ms(deadline)):
            return False
        reply = b""
        while b"\n" not in reply and len(reply) < 64:
            if not socket.waitForReadyRead(_remaining_ms(deadline)):
                break
            reply += bytes(socket.readAll().data())
        return reply.startswith(b"ok\n")
    finally:
        with contextlib.suppress(RuntimeError):
            socket.abort()


def _remaining_ms(deadline: float, cap: int | None = None) -> int:
    left = max(1, int((deadline - time.monotonic()) * 1000))
    return min(left, cap) if cap is not None else left


def claim(profile_dir: Path, link: str = "", *, timeout: float = HAND_OVER_TIMEOUT) -> InstanceServer | None:
    """Become the instance of ``profile_dir`` (the server is returned), or hand ``link`` to the
    running one (None: this launch is done). :class:`NoAnswer` when the profile is in use but its
    instance did not take the link."""
    lock = ProfileLock(profile_dir / LOCK_NAME)
    name = server_name(profile_dir)
    if lock.try_lock():
        return InstanceServer(name, lock)
    lock.release()
    if hand_over(name, Handover(link, activation_token()), timeout):
        return None
    raise NoAnswer(
        f"Messenger is already running with the profile {profile_dir}, but it does not answer. "
        "Close it (or end its process) and try again."
    )


__all__ = [
    "MAX_MESSAGE",
    "Handover",
    "InstanceServer",
    "NoAnswer",
    "ProfileLock",
    "activation_token",
    "claim",
    "decode_message",
    "encode_message",
    "hand_over",
    "server_name",
]
