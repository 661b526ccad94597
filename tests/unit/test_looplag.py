"""Behavioural self-test of bench/looplag.py: it sees a blocked loop and stays quiet on an idle one."""

from __future__ import annotations

import asyncio
import importlib.util
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any


def _load_looplag() -> ModuleType:
    # bench/ is a directory of scripts, not a package on sys.path: load the module from its file.
    path = Path(__file__).resolve().parents[2] / "bench" / "looplag.py"
    spec = importlib.util.spec_from_file_location("bench_looplag", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


looplag = _load_looplag()


def test_detects_a_blocking_sleep_on_the_loop() -> None:
    async def scenario() -> Any:
        monitor = looplag.LoopLagMonitor()
        monitor.start()
        await asyncio.sleep(0.05)  # let it take a few samples first
        time.sleep(0.15)  # noqa: ASYNC251 -- deliberately block the loop, as a sync parse would
        await asyncio.sleep(0.05)
        return monitor.stop()

    result = asyncio.run(scenario())
    assert result.samples > 0
    assert result.max_ms >= 100  # the 150 ms block shows up as one late wake-up
    assert result.stalls >= 1
    assert result.p50_ms < result.max_ms


def test_stall_right_before_stop_is_counted() -> None:
    async def scenario() -> Any:
        monitor = looplag.LoopLagMonitor()
        monitor.start()
        await asyncio.sleep(0.02)
        time.sleep(0.15)  # noqa: ASYNC251 -- deliberate block
        return monitor.stop()  # the monitor never got to run after the block

    result = asyncio.run(scenario())
    assert result.max_ms >= 100
    assert result.stalls >= 1


def test_idle_loop_has_no_stall() -> None:
    async def scenario() -> Any:
        async with looplag.LoopLagMonitor() as monitor:
            await asyncio.sleep(0.3)
        return monitor.result

    result = asyncio.run(scenario())
    assert result is not None
    assert result.samples >= 5
    assert result.stalls == 0
    assert result.max_ms < 100


def test_percentile_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert looplag.percentile(values, 50) == 50.0
    assert looplag.percentile(values, 99) == 99.0
    assert looplag.percentile(values, 100) == 100.0
    assert looplag.percentile([], 99) == 0.0
