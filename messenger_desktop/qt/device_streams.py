"""Device streams created, stopped and freed on the one Qt thread their objects belong to.

The media engine starts and stops a call's devices from its own thread, but a QAudioSource or a
QCamera must be created, used and deleted on the Qt thread it belongs to, or it dies there with a
crash. So the engine holds :class:`HostedDevice` handles — plain Python objects — that only *ask* a
:class:`StreamHost` living on the right thread (queued signals) to open or close a stream. No Qt
object is touched, or freed, on any other thread; a handle dropped without ``stop`` still closes its
stream (the microphone must not stay open because an error path forgot it).
"""

from __future__ import annotations

import itertools
import logging
import threading
import weakref
from collections.abc import Callable
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")


class Stream(Protocol):
    """An open device: its Qt objects, parented to the host."""

    def close(self) -> None: ...


class StreamHost(QObject):
    """Opens and closes streams on its own thread; :meth:`open` and :meth:`close` are callable
    from any thread."""

    problem = Signal(str)
    """A device failed while in use: one sentence for the user."""

    _opening = Signal(int, object)
    _closing = Signal(int)
    _closing_all = Signal(bool)

    def __init__(self, thread: QThread | None = None) -> None:
        super().__init__()
        self._streams: dict[int, Stream] = {}
        self._keys = itertools.count(1)
        self._key_lock = threading.Lock()
        if thread is not None:
            self.moveToThread(thread)
        # Opening: direct on the host's thread, queued from any other. Closing one stream is
        # always queued: a ``stop`` from inside the stream's own callback (a deliver that ends
        # the call) must not delete the QAudioSource that is emitting.
        self._opening.connect(self._open)
        self._closing.connect(self._close, Qt.ConnectionType.QueuedConnection)
        self._closing_all.connect(self._close_all)

    def open(self, factory: Callable[[StreamHost], Stream]) -> int:
        """Open a stream with ``factory(host)`` on the host's thread; its key for :meth:`close`."""
        with self._key_lock:
            key = next(self._keys)
        self._opening.emit(key, factory)
        return key

    def close(self, key: int) -> None:
        self._closing.emit(key)

    def close_all(self, *, then_quit: bool = False) -> None:
        """Close every stream; with ``then_quit`` also end the host's thread's event loop
        (after the streams, in order)."""
        self._closing_all.emit(then_quit)

    @property
    def open_count(self) -> int:
        return len(self._streams)

    @Slot(int, object)
    def _open(self, key: int, factory: Callable[[StreamHost], Stream]) -> None:
        try:
            self._streams[key] = factory(self)
        except DeviceError as exc:
            log.warning("device not opened: %s", exc)
            self.problem.emit(str(exc))

    @Slot(int)
    def _close(self, key: int) -> None:
        stream = self._streams.pop(key, None)
        if stream is not None:
            stream.close()

    @Slot(bool)
    def _close_all(self, then_quit: bool) -> None:
        for key in list(self._streams):
            self._close(key)
        if then_quit:
            self.thread().quit()


class DeviceError(Exception):
    """A device could not be opened; the message is the sentence the user sees."""


class _Gate(Generic[T]):
    """Passes data on until shut: what a stream still captures after ``stop`` returned (its close
    is queued on another thread) must not reach the engine."""

    __slots__ = ("_deliver", "open")

    def __init__(self, deliver: Callable[[T], None]) -> None:
        self._deliver = deliver
        self.open = True

    def __call__(self, item: T) -> None:
        if self.open:
            self._deliver(item)


def _close_key(host: StreamHost, current: list[int]) -> None:
    if current:
        host.close(current.pop())


class HostedDevice(Generic[T]):
    """A capture device the engine starts and stops from any thread (an ``AudioInput`` or a
    ``VideoInput``); ``open_stream(host, deliver)`` runs on the host's thread."""

    def __init__(
        self,
        host: StreamHost,
        open_stream: Callable[[StreamHost, Callable[[T], None]], Stream],
        name: str,
    ) -> None:
        self.name = name
        self._host = host
        self._open_stream = open_stream
        self._gate: _Gate[T] | None = None
        self._current: list[int] = []
        self._lock = threading.Lock()
        weakref.finalize(self, _close_key, host, self._current)

    def start(self, deliver: Callable[[T], None]) -> None:
        with self._lock:
            self._stop()
            gate = self._gate = _Gate(deliver)
            open_stream = self._open_stream
            self._current.append(self._host.open(lambda host: open_stream(host, gate)))

    def stop(self) -> None:
        with self._lock:
            self._stop()

    def _stop(self) -> None:
        if self._gate is not None:
            self._gate.open = False
            self._gate = None
        _close_key(self._host, self._current)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"
