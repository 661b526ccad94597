"""Lists of values cut to fit an SQL ``IN (…)``: SQLite caps the parameters of one statement
(32,766 since 3.32, 999 before), and long lists are slower to plan than several short ones."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

BATCH = 500


def batches(values: Iterable[str], size: int = BATCH) -> list[Sequence[str]]:
    """``values`` without repeats, in order, in runs of at most ``size``."""
    unique = list(dict.fromkeys(values))
    return [unique[i : i + size] for i in range(0, len(unique), size)]


def marks(values: Sequence[object]) -> str:
    """``?, ?, ?`` — one placeholder per value."""
    return ", ".join("?" * len(values))
