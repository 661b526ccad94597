"""Event-loop lag monitor (docs/measures.md, "Loop lag").

A task on the monitored asyncio loop sleeps 5 ms at a time and records how late it wakes up: the lag is
the time the loop was busy with something else (parsing, a blocking call, a long Qt slot) when the
monitor was due. Works on any running asyncio loop, including a qasync ``QEventLoop``.

    monitor = LoopLagMonitor()
    monitor.start()              # inside the loop (or pass loop=... before it runs)
    ...                          # the work being measured
    result = monitor.stop()      # LagResult: p50_ms, p99_ms, max_ms, stalls (> 100 ms), samples
    print(result)

or ``async with LoopLagMonitor() as monitor: ...`` and read ``monitor.result`` afterwards.
"""

from __future__ import annotations

import asyncio
import math
import time
from dataclasses import asdict, dataclass
from types import TracebackType


@dataclass(frozen=True)
class LagResult:
    """Summary of one monitoring window; all durations in milliseconds."""

    samples: int  # how many times the monitor ran
    p50_ms: float
    p99_ms: float
    max_ms: float
    stalls: int  # samples whose lag exceeded stall_threshold_ms
    stall_threshold_ms: float
    interval_ms: float
    duration_s: float

    def as_dict(self) -> dict[str, float | int]:
        return asdict(self)

    def __str__(self) -> str:
        return (
            f"loop lag p50 {self.p50_ms:.1f} ms, p99 {self.p99_ms:.1f} ms, "
            f"max {self.max_ms:.1f} ms, {self.stalls} stall(s) > {self.stall_threshold_ms:g} ms "
            f"({self.samples} samples over {self.duration_s:.1f} s)"
        )


def percentile(sorted_values: list[float], q: float) -> float:
    """Nearest-rank percentile (``q`` in 0..100) of an ascending list; 0.0 when empty."""
    if not sorted_values:
        return 0.0
    rank = max(1, math.ceil(q / 100 * len(sorted_values)))
    return sorted_values[min(rank, len(sorted_values)) - 1]


class LoopLagMonitor:
    """Samples the lateness of a task that wakes up every ``interval`` seconds."""

    def __init__(self, interval: float = 0.005, stall_threshold: float = 0.100) -> None:
        if interval <= 0:
            raise ValueError("interval must be positive")
        self.interval = interval
        self.stall_threshold = stall_threshold
        self.lags: list[float] = []  # seconds, one per wake-up
        self.result: LagResult | None = None
        self._task: asyncio.Task[None] | None = None
        self._due: float | None = None  # perf_counter() when the pending wake-up is due
        self._started = 0.0

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        """Start sampling on ``loop`` (default: the running loop)."""
        if self._task is not None:
            raise RuntimeError("monitor already started")
        loop = loop if loop is not None else asyncio.get_running_loop()
        self.lags = []
        self.result = None
        self._started = time.perf_counter()
        self._due = self._started + self.interval
        self._task = loop.create_task(self._run(), name="looplag-monitor")

    async def _run(self) -> None:
        while True:
            self._due = time.perf_counter() + self.interval
            await asyncio.sleep(self.interval)
            woke = time.perf_counter()
            # Timers may fire a fraction of a millisecond early; that is no lag.
            self.lags.append(max(0.0, woke - self._due))

    def stop(self) -> LagResult:
        """Stop sampling and summarise. Callable from inside or outside the loop.

        A wake-up that is overdue when ``stop`` is called (the loop was blocked right up to here)
        counts as a sample, so a stall just before ``stop`` is not lost.
        """
        if self._task is None:
            raise RuntimeError("monitor not started")
        now = time.perf_counter()
        if self._due is not None and not self._task.done() and now - self._due > 0:
            self.lags.append(now - self._due)
        self._task.cancel()
        self._task = None
        self._due = None
        self.result = self.summarise(now - self._started)
        return self.result

    def summarise(self, duration_s: float) -> LagResult:
        ordered = sorted(self.lags)
        return LagResult(
            samples=len(ordered),
            p50_ms=percentile(ordered, 50) * 1000,
            p99_ms=percentile(ordered, 99) * 1000,
            max_ms=(ordered[-1] if ordered else 0.0) * 1000,
            stalls=sum(1 for lag in ordered if lag > self.stall_threshold),
            stall_threshold_ms=self.stall_threshold * 1000,
            interval_ms=self.interval * 1000,
            duration_s=duration_s,
        )

    async def __aenter__(self) -> LoopLagMonitor:
        self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        task = self._task
        self.stop()
        if task is not None:
            # Let the cancellation land so the loop holds no pending monitor task.
            await asyncio.gather(task, return_exceptions=True)
