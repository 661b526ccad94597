"""The arena cap and the mapping threshold are set where glibc runs (these machines), and are a
no-op elsewhere."""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

import pytest

from messenger_desktop import memory

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


@glibc_only
def test_a_picture_sized_block_gets_its_own_mapping_even_after_a_bigger_one_was_freed() -> None:
    """Unbounded, glibc would raise its threshold to the freed block's size and serve the next
    one from an arena, where its hole would stay resident once freed."""
    memory.tune_malloc()
    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    libc.malloc.restype = ctypes.c_void_p
    libc.malloc.argtypes = (ctypes.c_size_t,)
    libc.free.argtypes = (ctypes.c_void_p,)
    libc.mallinfo2.restype = _MallInfo2
    libc.free(libc.malloc(4 << 20))
    mapped = libc.mallinfo2().hblks
    block = libc.malloc(memory.MAPPED_FROM + 4096)
    try:
        assert libc.mallinfo2().hblks == mapped + 1
    finally:
        libc.free(block)
    assert libc.mallinfo2().hblks == mapped


def test_other_platforms_are_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    assert memory.tune_malloc() is False
