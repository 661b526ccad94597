"""The media disk cache: real files in a real folder, evicted least recently used first, an order
that survives a restart, and a folder cleaned behind its back is only a miss."""

from __future__ import annotations

import hashlib
import shutil
import stat
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from messenger_desktop.media.disk_cache import DEFAULT_CAP, TEMP_PREFIX, DiskCache


def blob(char: str, size: int = 100) -> bytes:
    return char.encode() * size


def keys_in(cache: DiskCache, *keys: str) -> list[str]:
    return [key for key in keys if cache.get(key) is not None]


def files_on_disk(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.is_file())


def test_a_stored_file_comes_back_named_by_a_hash_in_a_private_folder(tmp_path: Path) -> None:
    folder = tmp_path / "media"
    cache = DiskCache(folder)
    key = "mxc://example.org/../../etc/passwd"  # a key is never a path, whatever it holds

    path = cache.put(key, b"hello")

    digest = hashlib.sha256(key.encode()).hexdigest()
    assert path == folder / digest[:2] / digest
    assert cache.get(key) == b"hello"
    assert cache.path_of(key) == path
    assert cache.get("mxc://example.org/other") is None
    assert (cache.count, cache.total_bytes, cache.cap_bytes) == (1, 5, DEFAULT_CAP)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert files_on_disk(folder) == [path]


def test_storing_a_key_again_replaces_its_file(tmp_path: Path) -> None:
    cache = DiskCache(tmp_path)
    cache.put("a", blob("a", 100))
    cache.put("a", blob("b", 30))

    assert cache.get("a") == blob("b", 30)
    assert (cache.count, cache.total_bytes) == (1, 30)


def test_the_least_recently_used_files_go_when_the_cap_is_passed(tmp_path: Path) -> None:
    cache = DiskCache(tmp_path, cap_bytes=300)
    for key in "abc":
        cache.put(key, blob(key))
    assert cache.get("a") == blob("a")  # a is now the most recent; b the least

    cache.put("d", blob("d"))

    assert keys_in(cache, "a", "b", "c", "d") == ["a", "c", "d"]
    assert (cache.count, cache.total_bytes) == (3, 300)
    assert len(files_on_disk(tmp_path)) == 3


def test_path_of_counts_as_a_use(tmp_path: Path) -> None:
    cache = DiskCache(tmp_path, cap_bytes=200)
    cache.put("a", blob("a"))
    cache.put("b", blob("b"))
    assert cache.path_of("a") is not None

    cache.put("c", blob("c"))

    assert cache.path_of("b") is None
    assert keys_in(cache, "a", "c") == ["a", "c"]


def test_the_cache_and_its_order_survive_a_restart(tmp_path: Path) -> None:
    cache = DiskCache(tmp_path, cap_bytes=400)
    for key in "abcd":
        cache.put(key, blob(key))
    cache.get("a")
    cache.get("b")  # order of use, oldest first: c d a b

    reopened = DiskCache(tmp_path, cap_bytes=400)
    assert (reopened.count, reopened.total_bytes) == (4, 400)
    reopened.put("e", blob("e"))
    reopened.put("f", blob("f"))

    assert keys_in(reopened, "a", "b", "c", "d", "e", "f") == ["a", "b", "e", "f"]


def test_a_smaller_cap_at_start_evicts_the_oldest(tmp_path: Path) -> None:
    cache = DiskCache(tmp_path)
    for key in "abc":
        cache.put(key, blob(key))
    cache.get("a")

    reopened = DiskCache(tmp_path, cap_bytes=200)

    assert keys_in(reopened, "a", "b", "c") == ["a", "c"]
    assert len(files_on_disk(tmp_path)) == 2


def test_a_new_cap_evicts_at_once(tmp_path: Path) -> None:
    cache = DiskCache(tmp_path)
    for key in "abcd":
        cache.put(key, blob(key))
    cache.get("a")

    cache.set_cap(250)

    assert (cache.count, cache.total_bytes, cache.cap_bytes) == (2, 200, 250)
    assert keys_in(cache, "a", "b", "c", "d") == ["a", "d"]
    assert len(files_on_disk(tmp_path)) == 2


def test_an_item_larger_than_the_cap_is_not_kept_and_evicts_nothing(tmp_path: Path) -> None:
    cache = DiskCache(tmp_path, cap_bytes=250)
    cache.put("a", blob("a"))
    cache.put("big", blob("b"))

    assert cache.put("big", blob("B", 251)) is None

    assert cache.get("big") is None  # its older, smaller value went too: it is stale
    assert keys_in(cache, "a") == ["a"]
    assert (cache.count, cache.total_bytes) == (1, 100)


def test_a_file_is_stored_as_a_copy(tmp_path: Path) -> None:
    cache = DiskCache(tmp_path / "media", cap_bytes=300)
    sent = tmp_path / "sent.bin"
    sent.write_bytes(blob("s", 200))

    path = cache.put_file("mxc://example.org/sent", sent)

    assert path is not None and path != sent
    sent.unlink()  # the outbox deletes its copy once the message is sent
    assert cache.get("mxc://example.org/sent") == blob("s", 200)
    assert cache.put_file("mxc://example.org/gone", sent) is None
    sent.write_bytes(blob("S", 301))
    assert cache.put_file("mxc://example.org/big", sent) is None
    assert (cache.count, cache.total_bytes) == (1, 200)
    assert not [p for p in files_on_disk(tmp_path / "media") if p.name.startswith(TEMP_PREFIX)]


def test_a_file_that_vanished_is_a_miss(tmp_path: Path) -> None:
    cache = DiskCache(tmp_path)
    path_a = cache.put("a", blob("a"))
    path_b = cache.put("b", blob("b"))
    assert path_a is not None and path_b is not None
    path_a.unlink()
    path_b.unlink()

    assert cache.get("a") is None
    assert cache.path_of("b") is None
    assert (cache.count, cache.total_bytes) == (0, 0)


def test_a_file_that_cannot_be_read_is_a_miss(tmp_path: Path) -> None:
    cache = DiskCache(tmp_path)
    path = cache.put("a", blob("a"))
    assert path is not None
    path.unlink()
    path.mkdir()  # reading it fails (IsADirectoryError), even for root

    assert cache.get("a") is None
    assert cache.count == 0


def test_a_removed_folder_is_a_miss_and_is_made_again_on_the_next_store(tmp_path: Path) -> None:
    folder = tmp_path / "media"
    cache = DiskCache(folder)
    cache.put("a", blob("a"))
    shutil.rmtree(folder)

    assert cache.get("a") is None
    assert cache.put("b", blob("b")) is not None
    assert cache.get("b") == blob("b")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_leftover_temporary_files_are_removed_and_foreign_files_left_alone(tmp_path: Path) -> None:
    cache = DiskCache(tmp_path)
    path = cache.put("a", blob("a"))
    assert path is not None
    leftover = path.parent / f"{TEMP_PREFIX}crashed"
    leftover.write_bytes(b"half a file")
    foreign = tmp_path / "README"
    foreign.write_text("not ours")
    misplaced = path.parent / "notahash"
    misplaced.write_text("not ours either")

    reopened = DiskCache(tmp_path)

    assert not leftover.exists()
    assert foreign.exists() and misplaced.exists()
    assert (reopened.count, reopened.total_bytes) == (1, 100)


def test_clear_deletes_every_file(tmp_path: Path) -> None:
    cache = DiskCache(tmp_path)
    for key in "abc":
        cache.put(key, blob(key))

    cache.clear()

    assert (cache.count, cache.total_bytes) == (0, 0)
    assert keys_in(cache, "a", "b", "c") == []
    assert files_on_disk(tmp_path) == []


def test_remove_forgets_one_key(tmp_path: Path) -> None:
    cache = DiskCache(tmp_path)
    cache.put("a", blob("a"))
    cache.put("b", blob("b"))

    cache.remove("a")
    cache.remove("never stored")

    assert keys_in(cache, "a", "b") == ["b"]
    assert (cache.count, cache.total_bytes) == (1, 100)


def test_threads_storing_and_reading_at_once_keep_the_books_right(tmp_path: Path) -> None:
    cache = DiskCache(tmp_path, cap_bytes=5_000)

    def work(n: int) -> None:
        key = f"mxc://example.org/{n % 40}"
        cache.put(key, blob(str(n % 10), 100 + n % 7))
        cache.get(f"mxc://example.org/{(n * 7) % 40}")
        if n % 13 == 0:
            cache.remove(key)

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(work, range(2_000)))

    on_disk = files_on_disk(tmp_path)
    assert cache.count == len(on_disk)
    assert cache.total_bytes == sum(path.stat().st_size for path in on_disk) <= 5_000
    assert not [path for path in on_disk if path.name.startswith(TEMP_PREFIX)]
