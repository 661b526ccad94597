"""The JSON summary a bench writes with ``--json FILE`` (``-`` for stdout), and the machine record.

``bench/run_all.py`` runs each script with ``--json`` and reads the file back, so the scripts keep
their own human output and nothing parses it. A summary is a flat-ish dict of figures with the
script's own names; run_all knows which of them it tabulates and against which goal.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", metavar="FILE", default=None, help="also write the figures as JSON to FILE (- for stdout)"
    )


def emit(path: str | None, summary: dict[str, Any]) -> None:
    """Write ``summary`` where ``--json`` asked (nothing when it was not given)."""
    if path is None:
        return
    text = json.dumps(summary, indent=2, default=str)
    if path == "-":
        print(text, flush=True)
    else:
        Path(path).write_text(text + "\n")


def commit() -> str:
    """The short commit, with ``+`` when the working tree has changes (what was measured)."""
    head = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT, check=False
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    ).stdout.strip()
    return f"{head}+" if dirty else head


def machine() -> str:
    """CPU model, cores and memory, from /proc (e.g. "2 × Intel Xeon … , 23.5 GiB")."""
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = " ".join(line.split(":", 1)[1].split())
                break
        kib = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal:")
        )
        memory = f"{kib / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration, ValueError):
        memory = "unknown memory"
    return f"{os.cpu_count()} × {model}, {memory}"


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f}"


def context() -> dict[str, str]:
    """What a record needs besides its figures: when, where, which code, how busy."""
    return {
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "machine": machine(),
        "commit": commit(),
        "load_average": load_average(),
        "python": sys.version.split()[0],
    }


def memory_of(pid: int) -> dict[str, float]:
    """RSS now and its peak (VmHWM) of a process, in MB (MiB), from /proc/<pid>/status."""
    values: dict[str, float] = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0]) / 1024
    return {"rss_mb": round(values["VmRSS"], 1), "peak_mb": round(values["VmHWM"], 1)}


def rss_pss(pid: int) -> tuple[float, float]:
    """(RSS, PSS) in MB of a process, from /proc/<pid>/smaps_rollup (measures.md "Memory")."""
    values = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("Rss", "Pss"):
            values[key] = int(rest.split()[0]) / 1024
    return values["Rss"], values["Pss"]


def children_of(pid: int) -> list[int]:
    """The direct child processes of ``pid`` (every thread's ``children`` list)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            found.extend(int(c) for c in (task / "children").read_text().split())
        except OSError:
            continue
    return sorted(set(found))


def medians_of(runs: list[dict[str, Any]]) -> dict[str, float]:
    """The median of every numeric figure the runs share (what a script's table shows)."""
    import statistics

    first = runs[0] if runs else {}
    keys = [k for k, v in first.items() if isinstance(v, int | float) and not isinstance(v, bool)]
    found = {}
    for key in keys:
        values = [r[key] for r in runs if isinstance(r.get(key), int | float)]
        if len(values) == len(runs):
            found[key] = round(statistics.median(values), 4)
    return found
