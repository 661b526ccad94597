"""What the UI thread was doing when the loop stalled: a watchdog for ``looplag.LoopLagMonitor``.

    tracer = StallTracer(monitor, Path("stalls.txt"))   # after monitor.start()
    tracer.start()
    ...
    tracer.stop()          # writes one report per stall

A daemon thread looks at the monitor's pending wake-up every ``every`` seconds. While it is
overdue by more than ``threshold``, the tracer samples the UI thread's Python stack (the frames
Python sees: a stall inside Qt shows as the Python frame that called into Qt, or the loop's
``exec``) and, at the end of the stall, how much CPU each thread of the process used meanwhile
(``/proc/self/task/*/stat``) and how much the machine as a whole was busy (``/proc/stat``) — so a
stall reads as "the UI thread ran this", "it waited for the interpreter lock while thread X ran"
or "it waited for a core". Only for benchmarks (``media_scroll.py --trace-stalls``).
"""

from __future__ import annotations

import collections
import os
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TICKS = os.sysconf("SC_CLK_TCK")
SYSCALLS = {
    "0": "read",
    "1": "write",
    "7": "poll",
    "20": "writev",
    "46": "sendmsg",
    "47": "recvmsg",
    "202": "futex",
    "271": "ppoll",
    "232": "epoll_wait",
    "17": "pread64",
    "18": "pwrite64",
    "74": "fsync",
    "75": "fdatasync",
    "-1": "(none)",
    "running": "running",
}
"""x86-64 system call numbers of the calls a stalled UI thread is seen in."""


def thread_cpu() -> dict[str, tuple[float, float]]:
    """(seconds on a CPU, seconds runnable but waiting for one) per thread of this process, keyed
    "name (tid)" (``/proc/<pid>/task/<tid>/schedstat``, in nanoseconds)."""
    cpu = {}
    for task in Path("/proc/self/task").iterdir():
        try:
            name = (task / "comm").read_text().strip()
            ran, waited = (task / "schedstat").read_text().split()[:2]
        except OSError:  # the thread ended meanwhile
            continue
        cpu[f"{name} ({task.name})"] = (int(ran) / 1e9, int(waited) / 1e9)
    return cpu


def machine_busy() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine since boot."""
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]
    return (sum(fields) - idle) / TICKS, sum(fields) / TICKS


@dataclass
class Stall:
    began: float
    cpu_before: dict[str, tuple[float, float]]
    machine_before: tuple[float, float]
    stacks: collections.Counter[str] = field(default_factory=collections.Counter)
    waits: collections.Counter[str] = field(default_factory=collections.Counter)
    lasted: float = 0.0
    cpu: dict[str, tuple[float, float]] = field(default_factory=dict)
    machine: float = 0.0


class StallTracer:
    def __init__(self, monitor: Any, report: Path, threshold: float = 0.060, every: float = 0.010) -> None:
        self.monitor = monitor
        self.report = report
        self.threshold = threshold
        self.every = every
        self.stalls: list[Stall] = []
        self._main = threading.main_thread().ident
        self._quit = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="stall-tracer", daemon=True)
        self._cpu = thread_cpu()
        self._machine = machine_busy()

    def start(self) -> None:
        self._thread.start()

    def _watch(self) -> None:
        current: Stall | None = None
        while not self._quit.wait(self.every):
            due = self.monitor._due  # the monitor's pending wake-up
            now = time.perf_counter()
            late = due is not None and now - due > self.threshold
            if late and current is None:
                current = Stall(due, self._cpu, self._machine)
            if current is not None and late:
                frame = sys._current_frames().get(self._main)
                if frame is not None:
                    current.stacks["".join(traceback.format_stack(frame, limit=6))] += 1
                current.waits[self._blocked_in()] += 1
            elif current is not None:
                current.lasted = now - current.began
                cpu = thread_cpu()
                current.cpu = {
                    k: (
                        ran - current.cpu_before.get(k, (0.0, 0.0))[0],
                        waited - current.cpu_before.get(k, (0.0, 0.0))[1],
                    )
                    for k, (ran, waited) in cpu.items()
                }
                busy, total = machine_busy()
                span = total - current.machine_before[1]
                current.machine = (busy - current.machine_before[0]) / span if span else 0.0
                if current.lasted > 0.1:
                    self.stalls.append(current)
                current = None
            if current is None:  # the baseline for the next stall
                self._cpu, self._machine = thread_cpu(), machine_busy()

    def _blocked_in(self) -> str:
        """The UI thread's state, the system call it is in and the kernel function it sleeps in."""
        task = Path(f"/proc/self/task/{threading.main_thread().native_id}")
        try:
            state = (task / "stat").read_text().rsplit(")", 1)[1].split()[0]
            call = (task / "syscall").read_text().split()
            wchan = (task / "wchan").read_text()
        except OSError:
            return "?"
        name = SYSCALLS.get(call[0], call[0])
        return f"{state} {name} {wchan}" + (
            f" fd {int(call[1], 16)}"
            if name in ("read", "poll", "recvmsg", "ppoll", "writev", "sendmsg")
            else ""
        )

    def stop(self) -> None:
        self._quit.set()
        self._thread.join()
        lines = []
        for n, stall in enumerate(self.stalls, 1):
            lines.append(
                f"=== stall {n}: {stall.lasted * 1000:.0f} ms from {stall.began:.3f} (CLOCK_MONOTONIC), "
                f"machine {stall.machine:.0%} busy"
            )
            busy = sorted(stall.cpu.items(), key=lambda kv: -kv[1][0])
            lines.append(
                "threads ran / waited for a CPU: "
                + ", ".join(
                    f"{k} {ran * 1000:.0f}/{waited * 1000:.0f} ms" for k, (ran, waited) in busy if ran > 0.002
                )
            )
            lines.append("UI thread in: " + ", ".join(f"{k} ×{n}" for k, n in stall.waits.most_common()))
            for stack, hits in stall.stacks.most_common(2):
                lines.append(f"--- UI thread, {hits} samples:\n{stack}")
        self.report.write_text("\n".join(lines) + "\n")
