"""Run a private Synapse homeserver as a child process.

:class:`LocalSynapse` owns one server directory (see :class:`.config.ServerPaths`):
it writes the config, spawns ``python -m synapse.app.homeserver``, waits until
``GET /health`` answers ``OK`` and stops the process again.  Everything is blocking;
async callers run it in an executor.

Robustness rules this module keeps:

* Only ``127.0.0.1`` is ever bound or contacted; HTTP proxies from the environment are
  ignored both here and in the child's environment.
* A free port is picked just before spawning; if another process grabs it before
  Synapse binds, the start is retried on a new port (or, for a pinned port, the same one
  a few times).  The last good port is kept in the state file and reused when free, so
  the ``--local`` demo server keeps a stable address between runs.
* A directory is locked (``flock``) while a server runs from it, so two app instances
  cannot run two servers on one database.  A Synapse orphaned by a crashed parent is
  found through our pid file and terminated before a new one starts.
* If Synapse exits during start-up, :class:`LocalSynapseError` carries the log tail.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import weakref
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Self

from .config import (
    RateLimits,
    ServerPaths,
    ServerSecrets,
    build_config,
    ensure_private_dir,
    prepare_server_dir,
    write_config,
    write_private_file,
)

if sys.platform != "win32":
    import fcntl

_LOOPBACK = "127.0.0.1"
_PORT_ATTEMPTS = 5
_PINNED_PORT_WAIT_SECONDS = 3.0
_HEALTH_POLL_SECONDS = 0.05
_LOG_TAIL_CHARS = 4000
_LOG_ROTATE_BYTES = 16 * 1024 * 1024  # the demo server's directory lives for months
_PROXY_ENV = ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY")

# A urllib opener that never consults *_proxy environment variables: the server is on
# loopback and nothing may be sent anywhere else.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class LocalSynapseError(RuntimeError):
    """The local server could not be started (the message includes the log tail)."""


class _PortInUseError(LocalSynapseError):
    """Synapse exited because its port was taken between choosing and binding it."""


def free_loopback_port() -> int:
    """Return a TCP port on 127.0.0.1 that was free a moment ago (racy by nature)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((_LOOPBACK, 0))
        port: int = sock.getsockname()[1]
        return port


def port_is_free(port: int) -> bool:
    """Whether a listener could bind ``127.0.0.1:port`` now.

    ``SO_REUSEADDR`` is set like Twisted does, so connections of a previous server that
    linger in TIME_WAIT do not count as "taken".
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((_LOOPBACK, port))
        except OSError:
            return False
        return True


def health_ok(base_url: str, timeout: float = 1.0) -> bool:
    """``True`` when ``GET {base_url}/health`` answers 200 with body ``OK``."""
    try:
        with _OPENER.open(f"{base_url}/health", timeout=timeout) as response:
            body: bytes = response.read()
            return response.status == 200 and body.strip() == b"OK"
    except (OSError, urllib.error.URLError):
        return False


def _child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _PROXY_ENV}
    env["no_proxy"] = "*"
    return env


def _process_alive(pid: int) -> bool:
    """Whether ``pid`` exists and is not a zombie."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        try:
            os.kill(pid, 0)
        except OSError:
            return False
        return True
    # Field 3 (after the parenthesised command name) is the state letter.
    return stat.rsplit(")", 1)[-1].split()[0] != "Z"


def _cmdline_mentions(pid: int, needle: str) -> bool:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return needle in raw.decode(errors="replace").split("\0")


class LocalSynapse:
    """A Synapse homeserver bound to ``127.0.0.1`` serving from ``server_dir``.

    The directory is created (0700) if needed and reused if it already holds a server:
    the data, secrets and signing key survive, and the previous port is reused when free.
    ``port`` pins the port instead (start fails if it stays taken).  ``overrides`` replace
    top-level config keys (see :func:`.config.build_config`).
    """

    def __init__(
        self,
        server_dir: str | os.PathLike[str],
        *,
        server_name: str = "localhost",
        rate_limits: RateLimits = "relaxed",
        overrides: Mapping[str, Any] | None = None,
        port: int | None = None,
        startup_timeout: float = 60.0,
        python: str = sys.executable,
    ) -> None:
        self.paths = ServerPaths(Path(server_dir).absolute())
        self.server_name = server_name
        self.rate_limits: RateLimits = rate_limits
        self.overrides: dict[str, Any] = dict(overrides or {})
        self.startup_timeout = startup_timeout
        self._python = python
        self._pinned_port = port
        self._port: int | None = port
        self._secrets: ServerSecrets | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None
        self._log_offset = 0
        self._lock: IO[bytes] | None = None

    # ----------------------------------------------------------------- properties

    @property
    def port(self) -> int:
        if self._port is None:
            raise LocalSynapseError("the server has not been started yet")
        return self._port

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>`` (no trailing slash)."""
        return f"http://{_LOOPBACK}:{self.port}"

    @property
    def registration_shared_secret(self) -> str:
        return self._load_secrets().registration_shared_secret

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    @property
    def is_running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    @property
    def log_path(self) -> Path:
        return self.paths.log

    # ---------------------------------------------------------------- life cycle

    def start(self) -> None:
        """Start the server and block until ``/health`` is OK (no-op if running)."""
        if self.is_running:
            return
        self._acquire_lock()
        try:
            prepare_server_dir(self.paths)
            self._load_state()
            self._reap_orphan()
            self._start_with_port_retries(pinned=self._pinned_port is not None)
        except BaseException:
            self._close_log()
            self._release_lock()
            raise

    def stop(self, timeout: float = 10.0) -> None:
        """SIGTERM the server, wait up to ``timeout`` s, then SIGKILL (idempotent)."""
        process = self._process
        if process is not None:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
            self._forget_process()
        self._close_log()
        self._release_lock()

    def restart(self) -> None:
        """Stop and start again on the same port with the same data."""
        port = self.port
        self.stop()
        self._acquire_lock()
        try:
            self._port = port
            self._start_with_port_retries(pinned=True)
        except BaseException:
            self._close_log()
            self._release_lock()
            raise

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def log_tail(self, chars: int = _LOG_TAIL_CHARS) -> str:
        """The end of the server log (for error messages and failing tests)."""
        try:
            with self.paths.log.open("rb") as handle:
                handle.seek(0, os.SEEK_END)
                size = handle.tell()
                handle.seek(max(self._log_offset, size - chars))
                return handle.read().decode(errors="replace")
        except OSError:
            return ""

    # ------------------------------------------------------------------ internals

    def _start_with_port_retries(self, *, pinned: bool) -> None:
        last_error: LocalSynapseError | None = None
        for _attempt in range(_PORT_ATTEMPTS):
            if pinned:
                port = self.port
                self._wait_for_free_port(port)
            elif self._port is not None and port_is_free(self._port):
                port = self._port
            else:
                port = free_loopback_port()
            try:
                self._spawn_and_wait(port)
            except _PortInUseError as error:
                last_error = error
                if pinned:
                    time.sleep(0.5)  # e.g. a previous listener still closing
                else:
                    self._port = None
                continue
            self._port = port
            self._save_state()
            return
        raise LocalSynapseError(f"no usable port after {_PORT_ATTEMPTS} attempts") from last_error

    def _wait_for_free_port(self, port: int) -> None:
        """Give a pinned port a moment to be released, then fail without spawning."""
        deadline = time.monotonic() + _PINNED_PORT_WAIT_SECONDS
        while not port_is_free(port):
            if time.monotonic() > deadline:
                raise LocalSynapseError(f"port {port} on {_LOOPBACK} is in use by another program")
            time.sleep(0.1)

    def _spawn_and_wait(self, port: int) -> None:
        config = build_config(
            self.paths,
            server_name=self.server_name,
            port=port,
            server_secrets=self._load_secrets(),
            rate_limits=self.rate_limits,
            overrides=self.overrides,
        )
        write_config(self.paths, config)
        log = self._open_log()
        self._log_offset = log.seek(0, os.SEEK_END)
        process = subprocess.Popen(
            [self._python, "-m", "synapse.app.homeserver", "-c", str(self.paths.config)],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=self.paths.root,
            env=_child_env(),
            umask=0o077,
            start_new_session=True,
        )
        self._process = process
        _RUNNING.add(self)
        write_private_file(self.paths.pid_file, f"{process.pid}\n")
        base_url = f"http://{_LOOPBACK}:{port}"
        deadline = time.monotonic() + self.startup_timeout
        while True:
            code = process.poll()
            if code is not None:
                self._forget_process()
                tail = self.log_tail()
                if "Address already in use" in tail or "CannotListenError" in tail:
                    raise _PortInUseError(f"port {port} was taken:\n{tail}")
                raise LocalSynapseError(f"synapse exited with code {code} during start:\n{tail}")
            if health_ok(base_url):
                return
            if time.monotonic() > deadline:
                self.stop()
                raise LocalSynapseError(
                    f"synapse not healthy after {self.startup_timeout:.0f}s:\n{self.log_tail()}"
                )
            time.sleep(_HEALTH_POLL_SECONDS)

    def _forget_process(self) -> None:
        self._process = None
        _RUNNING.discard(self)
        self.paths.pid_file.unlink(missing_ok=True)

    def _close_log(self) -> None:
        if self._log is not None:
            self._log.close()
            self._log = None

    def _open_log(self) -> IO[bytes]:
        """Open the log for appending; a log grown past the limit is moved to ``.1``."""
        if self._log is None:
            with contextlib.suppress(FileNotFoundError):
                if self.paths.log.stat().st_size > _LOG_ROTATE_BYTES:
                    os.replace(self.paths.log, self.paths.log.with_name(self.paths.log.name + ".1"))
            fd = os.open(self.paths.log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            self._log = os.fdopen(fd, "ab")
        return self._log

    def _load_secrets(self) -> ServerSecrets:
        if self._secrets is None:
            self._load_state()
        assert self._secrets is not None
        return self._secrets

    def _load_state(self) -> None:
        """Read (or create) the state file: server name, last port and secrets."""
        if self._secrets is not None:
            return
        try:
            state = json.loads(self.paths.state.read_text(encoding="utf-8"))
        except FileNotFoundError:
            ensure_private_dir(self.paths.root)
            self._secrets = ServerSecrets.generate()
            self._save_state()
            return
        if state.get("server_name") != self.server_name:
            raise LocalSynapseError(
                f"{self.paths.root} holds a server named {state.get('server_name')!r}, "
                f"not {self.server_name!r}; a Synapse database cannot change its name"
            )
        self._secrets = ServerSecrets(**state["secrets"])
        if self._port is None and isinstance(state.get("port"), int):
            self._port = state["port"]

    def _save_state(self) -> None:
        secrets = self._secrets
        assert secrets is not None
        state = {
            "server_name": self.server_name,
            "port": self._port,
            "secrets": {
                "registration_shared_secret": secrets.registration_shared_secret,
                "macaroon_secret_key": secrets.macaroon_secret_key,
                "form_secret": secrets.form_secret,
            },
        }
        write_private_file(self.paths.state, json.dumps(state, indent=2) + "\n")

    def _reap_orphan(self) -> None:
        """Terminate a Synapse left running from this directory by a crashed parent.

        Only called while we hold the directory lock, so any server still recorded in
        the pid file has lost its owner.  The pid is only trusted if its command line
        names our config file (pids get reused).
        """
        try:
            pid = int(self.paths.pid_file.read_text().strip())
        except (OSError, ValueError):
            return
        if _process_alive(pid) and _cmdline_mentions(pid, str(self.paths.config)):
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGTERM)
            deadline = time.monotonic() + 10.0
            while _process_alive(pid) and time.monotonic() < deadline:
                time.sleep(0.05)
            if _process_alive(pid):
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)
        self.paths.pid_file.unlink(missing_ok=True)

    def _acquire_lock(self) -> None:
        if self._lock is not None:
            return
        ensure_private_dir(self.paths.root)
        fd = os.open(self.paths.root / "localserver.lock", os.O_RDWR | os.O_CREAT, 0o600)
        handle = os.fdopen(fd, "r+b")
        if sys.platform != "win32":
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                handle.close()
                raise LocalSynapseError(f"{self.paths.root} is in use by another local server") from None
        self._lock = handle

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.close()  # closing the descriptor drops the flock
            self._lock = None


_RUNNING: weakref.WeakSet[LocalSynapse] = weakref.WeakSet()


@atexit.register
def _stop_all() -> None:
    """Do not leave servers behind when the interpreter exits normally."""
    for server in list(_RUNNING):
        with contextlib.suppress(Exception):
            server.stop(timeout=5.0)
