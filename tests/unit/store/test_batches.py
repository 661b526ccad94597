"""IN-lists cut to size: every value once, in order, no run over the size."""

from __future__ import annotations

from messenger_desktop.store.batches import batches, marks


def test_values_come_once_in_order_in_runs_of_the_size() -> None:
    values = [f"$e{i}" for i in range(1203)] + ["$e5", "$e7"]
    runs = batches(values, 500)
    assert [len(r) for r in runs] == [500, 500, 203]
    assert [v for run in runs for v in run] == values[:1203]
    assert batches([]) == []


def test_one_mark_per_value() -> None:
    assert marks(["a", "b", "c"]) == "?, ?, ?"
