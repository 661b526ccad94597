"""How the C allocator serves this process on glibc: fewer malloc arenas, big blocks given back.

- **Arenas.** glibc gives threads that allocate at the same moment arenas of their own (up to 8
  per core). Decoding pictures in the media executor while Qt and the loop allocate elsewhere
  spreads freed blocks over several arenas that are rarely returned to the system: scrolling 500
  photos grew the resident set by 85 MB with 32 MB of pictures held. Two arenas hold it to 65 MB.
- **Big blocks.** glibc serves a block of 128 KiB or more with its own mapping, returned to the
  system when freed — until the first such block is freed: then it raises that threshold (up to
  32 MiB) and serves pictures' pixels from the arenas, where the holes they leave stay resident.
  A fixed threshold gives picture-sized blocks mappings of their own (unless a freed block in an
  arena fits one); the same scroll then peaks about 10 MB lower (docs/benchmarks.md, "Scrolling
  500 photos").

Python's own small-object allocator is not affected.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys
from typing import Any

log = logging.getLogger(__name__)

M_MMAP_THRESHOLD = -3
M_ARENA_MAX = -8
"""``mallopt``'s parameter numbers (glibc's malloc.h)."""

ARENAS = 2
MAPPED_FROM = 256 * 1024
"""Blocks this big or bigger get a mapping of their own (a 256 × 256 picture's pixels)."""


def tune_malloc(arenas: int = ARENAS, mapped_from: int = MAPPED_FROM) -> bool:
    """Cap glibc's malloc arenas at ``arenas`` for arenas made from now on (call it before the
    worker threads start) and map blocks of ``mapped_from`` bytes or more on their own. True when
    both are set; elsewhere (macOS, Windows, musl) there is nothing to do."""
    mallopt = _glibc("mallopt")
    if mallopt is None:
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    done = bool(mallopt(M_ARENA_MAX, arenas)) and bool(mallopt(M_MMAP_THRESHOLD, mapped_from))
    if not done:
        log.info("malloc kept its settings")
    return done


def forget_module_sources() -> int:
    """Drop the source lines ``linecache`` holds, and hand the freed memory back; the number of
    files dropped.

    PySide's ``__feature__`` support reads the whole source of every module imported after
    PySide6 (``inspect.getsource``, to see whether it switches a feature on), and ``linecache``
    keeps those lines for the life of the process: 17 MB for this app's imports. The app puts a
    lighter check in its place (:mod:`messenger_desktop.qt.pyside_import_hook`); this lets go of
    what is left (modules imported before it, a warning's lines) and of start-up's freed heap."""
    import linecache

    dropped = len(linecache.cache)
    linecache.clearcache()
    trim = _glibc("malloc_trim")
    if trim is not None:
        trim.argtypes = (ctypes.c_size_t,)
        trim.restype = ctypes.c_int
        trim(0)
    return dropped


def _glibc(function: str) -> Any:
    """``function`` of the C library when it is glibc's (Linux); None elsewhere (macOS, Windows,
    musl, which has neither ``mallopt`` nor ``malloc_trim``)."""
    if not sys.platform.startswith("linux"):
        return None
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        return getattr(ctypes.CDLL(name), function)
    except (OSError, AttributeError):
        return None
