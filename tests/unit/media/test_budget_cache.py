"""The memory cache of decoded images: least recently used out first, bounded by cost, not count."""

from __future__ import annotations

from messenger_desktop.media.budget_cache import BudgetCache


def cache_of(budget: int) -> BudgetCache[str, bytes]:
    return BudgetCache(budget, len)


def test_values_come_back_and_are_costed() -> None:
    cache = cache_of(100)
    cache.put("a", b"x" * 10)
    cache.put("b", b"y" * 20)

    assert cache.get("a") == b"x" * 10
    assert cache.get("missing") is None
    assert (len(cache), cache.total_cost) == (2, 30)
    assert "b" in cache


def test_the_least_recently_used_go_first_when_over_budget() -> None:
    cache = cache_of(30)
    for key in "abc":
        cache.put(key, key.encode() * 10)
    cache.get("a")  # b is now the least recently used

    cache.put("d", b"d" * 10)

    assert [key for key in "abcd" if cache.get(key) is not None] == ["a", "c", "d"]
    assert cache.total_cost == 30


def test_one_big_value_evicts_as_many_as_it_needs() -> None:
    cache = cache_of(30)
    for key in "abc":
        cache.put(key, key.encode() * 10)

    cache.put("big", b"B" * 25)

    assert [key for key in ("a", "b", "c", "big") if key in cache] == ["big"]
    assert cache.total_cost == 25


def test_a_value_over_the_whole_budget_is_not_kept() -> None:
    cache = cache_of(30)
    cache.put("a", b"a" * 10)
    cache.put("huge", b"h" * 5)

    cache.put("huge", b"H" * 31)

    assert cache.get("huge") is None  # and its older value is gone: it was stale
    assert cache.get("a") == b"a" * 10
    assert (len(cache), cache.total_cost) == (1, 10)


def test_replacing_a_value_recosts_it() -> None:
    cache = cache_of(30)
    cache.put("a", b"a" * 10)
    cache.put("a", b"A" * 25)

    assert (len(cache), cache.total_cost) == (1, 25)


def test_a_smaller_budget_evicts_at_once_and_clear_empties() -> None:
    cache = cache_of(30)
    for key in "abc":
        cache.put(key, key.encode() * 10)

    cache.budget = 15
    assert [key for key in "abc" if key in cache] == ["c"]

    cache.clear()
    assert (len(cache), cache.total_cost) == (0, 0)
