"""Speaker into microphone through a real sound server, in a process of its own (QtMultimedia
connects to the server named by ``PULSE_SERVER`` once per process). Prints a JSON report for
:mod:`tests.ui.test_call_devices`.

A media thread plays a 440 Hz tone through the provider's speaker, 20 ms at a time, as the call
engine does; the sound server's null speaker is heard by its remapped microphone, whose PCM comes
back through the provider's microphone.
"""

from __future__ import annotations

import itertools
import json
import math
import re
import threading
import time
from array import array

from PySide6.QtCore import QEventLoop, QMessageLogContext, QThread, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication

from messenger_desktop.calls.devices import BYTES_PER_FRAME, SAMPLE_RATE, SAMPLES_PER_FRAME
from messenger_desktop.qt.call_devices import QtDeviceProvider

NOISE = re.compile(r"^Couldn't (load|resolve) .+ (library|symbols)$")
warnings: list[str] = []


def on_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if kind not in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg) and not NOISE.search(message):
        warnings.append(message)


def run_for(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def tone(stop: threading.Event, play: object) -> None:
    n = 0
    due = time.monotonic()
    while not stop.is_set():
        samples = array(
            "h",
            (
                int(8000 * math.sin(2 * math.pi * 440 * (n + i) / SAMPLE_RATE))
                for i in range(SAMPLES_PER_FRAME)
            ),
        )
        n += SAMPLES_PER_FRAME
        play(samples.tobytes())  # type: ignore[operator]
        due += 0.02
        time.sleep(max(0.0, due - time.monotonic()))


def main() -> None:
    qInstallMessageHandler(on_message)
    app = QGuiApplication([])
    provider = QtDeviceProvider()
    devices = provider.open(video=False)
    assert devices.microphone is not None and devices.speaker is not None, devices.notes
    heard: list[bytes] = []
    threads: set[str] = set()

    def deliver(pcm: bytes) -> None:
        heard.append(pcm)
        threads.add(QThread.currentThread().objectName() or threading.current_thread().name)

    devices.microphone.start(deliver)
    devices.speaker.start()
    speaker_buffer = devices.speaker.buffer  # type: ignore[attr-defined]
    stop = threading.Event()
    media = threading.Thread(target=tone, args=(stop, devices.speaker.play), name="media")
    media.start()
    buffered: list[int] = []
    sampler = QTimer()
    sampler.timeout.connect(lambda: buffered.append(len(speaker_buffer)))
    sampler.start(20)
    run_for(4.0)
    stop.set()
    media.join()
    devices.microphone.stop()
    devices.speaker.stop()
    count = len(heard)
    run_for(0.3)
    after_stop = len(heard) - count
    provider.close()
    del app

    samples = array("h", b"".join(heard[:count]))
    last_second = samples[-SAMPLE_RATE:]
    print(
        json.dumps(
            {
                "notes": devices.notes,
                "warnings": warnings,
                "delivered_on": sorted(threads),
                "seconds_heard": len(samples) / SAMPLE_RATE,
                "pitch": _pitch(last_second),
                "peak": max(last_second, default=0),
                "buffered_max_ms": max(buffered, default=0) * 20 / BYTES_PER_FRAME,
                "after_stop": after_stop,
            }
        )
    )


def _pitch(samples: array[int]) -> float:
    """The tone's frequency from the spacing of its rising zero crossings: the mean period of the
    ones within 20 % of the median, so a glitch of a busy machine (a dropout, a seam) does not
    count as extra cycles."""
    rising = [i for i, (a, b) in enumerate(itertools.pairwise(samples)) if a < 0 <= b]
    periods = [b - a for a, b in itertools.pairwise(rising)]
    if not periods:
        return 0.0
    middle = sorted(periods)[len(periods) // 2]
    steady = [p for p in periods if abs(p - middle) <= middle * 0.2]
    return SAMPLE_RATE / (sum(steady) / len(steady))


if __name__ == "__main__":
    main()
