"""Start-up milestones (``--trace-startup``), timed from the start of the *process*.

On Linux the process's start time comes from ``/proc/self/stat``, so interpreter start-up and
imports are counted too (as measures.md defines T_paint and T_ready); elsewhere the clock starts
when this module is first imported.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

_IMPORTED = time.perf_counter()


def _process_age() -> float | None:
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        return time.clock_gettime(time.CLOCK_BOOTTIME) - started
    except (OSError, ValueError, IndexError, AttributeError):
        return None


_AGE_AT_IMPORT = _process_age()


def since_start() -> float:
    """Seconds since the process started (or since this module was imported)."""
    base = _AGE_AT_IMPORT if _AGE_AT_IMPORT is not None else 0.0
    return base + (time.perf_counter() - _IMPORTED)


def tracer(enabled: bool) -> Callable[[str], None]:
    """A callback printing ``[   0.123 s] milestone`` to stderr, or doing nothing."""

    def trace(milestone: str) -> None:
        if enabled:
            print(f"[{since_start():8.3f} s] {milestone}", file=sys.stderr, flush=True)

    return trace
