"""The arena cap and the mapping threshold are set where glibc runs (these machines), and are a
no-op elsewhere."""

from __future__ import annotations

import ctypes
import subprocess
import sys
from pathlib import Path

import pytest

from messenger_desktop import memory

ROOT = Path(__file__).resolve().parents[2]
glibc_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc only")


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


@glibc_only
def test_glibc_takes_the_settings() -> None:
    assert memory.tune_malloc() is True


_PROBE = """
import ctypes, ctypes.util, sys
from messenger_desktop import memory
from tests.unit.test_malloc_tuning import _MallInfo2
if sys.argv[1] == "tuned":
    memory.tune_malloc()
libc = ctypes.CDLL(ctypes.util.find_library("c"))
libc.malloc.restype = ctypes.c_void_p
libc.malloc.argtypes = (ctypes.c_size_t,)
libc.free.argtypes = (ctypes.c_void_p,)
libc.mallinfo2.restype = _MallInfo2
libc.free(libc.malloc(4 << 20))
mapped = libc.mallinfo2().hblks
block = libc.malloc(memory.MAPPED_FROM + 4096)
print(libc.mallinfo2().hblks - mapped)
"""


def _new_mappings(mode: str) -> int:
    """Mappings a picture-sized block adds in a fresh process (this one's heap has free blocks of
    every size, which malloc reuses before it maps anything)."""
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, mode], capture_output=True, text=True, check=True, cwd=ROOT, timeout=60
    )
    return int(out.stdout)


@glibc_only
def test_a_picture_sized_block_gets_its_own_mapping_even_after_a_bigger_one_was_freed() -> None:
    """Left alone, glibc raises its threshold to the freed block's size and serves the next one
    from an arena, where its hole would stay resident once freed (the control)."""
    assert _new_mappings("tuned") == 1
    assert _new_mappings("untouched") == 0


def test_other_platforms_are_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    assert memory.tune_malloc() is False


def test_the_sources_pyside_read_at_import_are_let_go() -> None:
    import linecache

    import PySide6.QtCore  # noqa: F401 - PySide's import hook reads the sources of later imports

    import tests.unit.test_device_last_seen  # noqa: F401 - a module imported after PySide6

    assert linecache.cache, "PySide read no module source: the premise of forget_module_sources is gone"
    dropped = memory.forget_module_sources()
    assert dropped > 0
    assert linecache.cache == {}
