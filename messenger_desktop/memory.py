"""How the C allocator serves this process: fewer malloc arenas on glibc.

glibc gives threads that allocate at the same moment arenas of their own (up to 8 per core).
Decoding pictures in the media executor while Qt and the loop allocate elsewhere spreads freed
blocks over several arenas that are rarely returned to the system: scrolling 500 photos grew the
resident set by 85 MB with 32 MB of pictures held. Two arenas hold it to 65 MB
(docs/benchmarks.md, "Scrolling 500 photos"); Python's own small-object allocator is not affected.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys

log = logging.getLogger(__name__)

M_ARENA_MAX = -8
"""``mallopt``'s parameter number for the arena limit (glibc's malloc.h)."""

ARENAS = 2


def limit_malloc_arenas(count: int = ARENAS) -> bool:
    """Cap glibc's malloc arenas at ``count`` for arenas made from now on (call it before the
    worker threads start). True when the cap is set; elsewhere (macOS, Windows, musl) nothing to do."""
    if not sys.platform.startswith("linux"):
        return False
    name = ctypes.util.find_library("c")
    if name is None:
        return False
    try:
        libc = ctypes.CDLL(name)
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # not glibc (musl has no mallopt)
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    done = bool(mallopt(M_ARENA_MAX, count))
    if not done:
        log.info("malloc kept its arena limit")
    return done
