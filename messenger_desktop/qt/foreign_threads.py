"""Qt threads that call into Python keep one Python thread state for their whole life.

When a thread Python did not start (Qt's image-loading thread asking an image provider, a pool
thread) calls a Python override, the binding makes a Python thread state for the call and throws
it away afterwards. Throwing it away frees its frame stack with ``munmap`` while the thread still
holds the interpreter lock; on a virtual machine the TLB shoot-down that follows can wait for a
busy core for tens of milliseconds, and the UI thread waits for the lock all that time (up to
150 ms while scrolling a conversation of photos: docs/benchmarks.md, "Scrolling 500 photos").

:func:`keep_thread_state` takes one more reference to the current thread's state
(``PyGILState_Ensure``) and never gives it back, so the binding's own release leaves the state in
place and every later call reuses it.
"""

from __future__ import annotations

import ctypes
import threading

_kept = threading.local()


def keep_thread_state() -> None:
    """Keep the calling thread's Python thread state until the thread ends. Call it first thing in
    an override Qt calls from its own thread; cheap after the first call on a thread."""
    if getattr(_kept, "done", False):
        return
    ensure = ctypes.pythonapi.PyGILState_Ensure
    ensure.restype = ctypes.c_int
    ensure()  # this thread holds the lock already: only the state's reference count goes up
    _kept.done = True
