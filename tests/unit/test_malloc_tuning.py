"""The arena cap is set where glibc runs (these machines), and is a no-op elsewhere."""

from __future__ import annotations

import sys

import pytest

from messenger_desktop import memory


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc only")
def test_glibc_takes_the_arena_cap() -> None:
    assert memory.limit_malloc_arenas() is True


def test_other_platforms_are_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    assert memory.limit_malloc_arenas() is False
