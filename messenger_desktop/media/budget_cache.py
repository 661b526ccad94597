"""An in-memory LRU bounded by a cost budget rather than a count: decoded images differ in size by a
thousand times (a 32 px avatar, a 4K photo), so "keep 500 of them" says nothing about memory.

Used on the event loop's thread only; no lock."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class BudgetCache(Generic[K, V]):
    """Values kept while their total ``cost`` fits ``budget``; the least recently used go first."""

    def __init__(self, budget: int, cost: Callable[[V], int]) -> None:
        self._budget = max(0, budget)
        self._cost = cost
        self._items: OrderedDict[K, tuple[V, int]] = OrderedDict()  # least recent first
        self._total = 0

    @property
    def budget(self) -> int:
        return self._budget

    @budget.setter
    def budget(self, budget: int) -> None:
        self._budget = max(0, budget)
        self._evict()

    @property
    def total_cost(self) -> int:
        return self._total

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def get(self, key: K) -> V | None:
        """The value for ``key``, now the most recently used; ``None`` when not kept."""
        item = self._items.get(key)
        if item is None:
            return None
        self._items.move_to_end(key)
        return item[0]

    def put(self, key: K, value: V) -> None:
        """Keeps ``value`` as the most recently used and evicts until the total fits. A value
        costing more than the whole budget is not kept (and ``key``'s old value goes too)."""
        self.discard(key)
        cost = self._cost(value)
        if cost > self._budget:
            return
        self._items[key] = (value, cost)
        self._total += cost
        self._evict()

    def discard(self, key: K) -> None:
        item = self._items.pop(key, None)
        if item is not None:
            self._total -= item[1]

    def clear(self) -> None:
        self._items.clear()
        self._total = 0

    def _evict(self) -> None:
        while self._total > self._budget and self._items:
            _, (_, cost) = self._items.popitem(last=False)
            self._total -= cost
