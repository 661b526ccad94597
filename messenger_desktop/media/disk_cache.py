"""Downloaded media kept on disk, least recently used first out when the folder outgrows its cap.

Files are named by the sha256 of their key (an mxc URI, or one with a thumbnail size), never by
anything a server or sender wrote, and spread over 256 subfolders so no folder grows huge. A
file's mtime is its last use: touched on every hit, it survives a restart, so the index is
rebuilt from the folder itself and no separate database can disagree with it.

The methods are synchronous and block on disk I/O: the loader calls them in an executor thread,
so one lock guards the index. The cache is only a cache: a file that vanished or cannot be read
(someone cleaned the folder, a disk error) is a miss, never an exception."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import shutil
import tempfile
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

log = logging.getLogger(__name__)

DEFAULT_CAP = 1 << 30
"""The size cap setting's default: 1 GB."""
TEMP_PREFIX = ".tmp-"
"""Files being written; any left at start-up were cut off by a crash and are removed."""
_NAME_RE = re.compile(r"[0-9a-f]{64}\Z")
_SHARD_RE = re.compile(r"[0-9a-f]{2}\Z")


def file_name(key: str) -> str:
    """The name a key's file has: its sha256, hex."""
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


class DiskCache:
    """A folder of files keyed by strings, capped in total size. Construction reads the folder
    (one ``stat`` per file): build it off the UI thread too."""

    def __init__(self, folder: Path, cap_bytes: int = DEFAULT_CAP) -> None:
        self.folder = folder
        self._cap = max(0, cap_bytes)
        self._lock = threading.Lock()
        self._index: OrderedDict[str, int] = OrderedDict()  # name -> size, least recent first
        self._total = 0
        self._last_stamp = 0
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(folder, 0o700)  # mkdir's mode is masked by the umask, and an existing folder keeps its own
        self._scan()
        with self._lock:
            self._evict()

    @property
    def cap_bytes(self) -> int:
        return self._cap

    @property
    def total_bytes(self) -> int:
        return self._total

    @property
    def count(self) -> int:
        return len(self._index)

    def get(self, key: str) -> bytes | None:
        """The bytes stored for ``key``, now the most recently used; ``None`` on a miss."""
        name = file_name(key)
        with self._lock:
            if name not in self._index:
                return None
            self._touch(name)
        try:
            data = self._path(name).read_bytes()  # outside the lock: a big file must not hold up others
        except OSError:
            with self._lock:
                self._drop(name)
            return None
        return data

    def path_of(self, key: str) -> Path | None:
        """Where ``key``'s file is (for a player that opens files itself), now the most recently
        used; ``None`` on a miss. The file may still be evicted later by a ``put``."""
        name = file_name(key)
        with self._lock:
            if name not in self._index:
                return None
            path = self._path(name)
            if not path.is_file():
                self._drop(name)
                return None
            self._touch(name)
            return path

    def put(self, key: str, data: bytes) -> Path | None:
        """Stores ``data`` for ``key`` (replacing what was there) and evicts the least recently
        used files until the total fits the cap. ``None`` when nothing was kept: ``data`` alone is
        over the cap, or the disk refused it (full, read-only) — a cache that cannot write is
        just a cache that misses."""
        return self._store(key, len(data), lambda file: file.write(data))

    def put_file(self, key: str, source: Path) -> Path | None:
        """Stores a copy of the file ``source`` for ``key``, like :meth:`put` (a file this computer
        just uploaded, so nobody downloads it again); ``None`` also when ``source`` cannot be read."""
        try:
            size = source.stat().st_size
        except OSError:
            return None

        def copy(file: BinaryIO) -> None:
            with source.open("rb") as original:
                shutil.copyfileobj(original, file, 1 << 20)

        return self._store(key, size, copy)

    def _store(self, key: str, size: int, write: Callable[[BinaryIO], object]) -> Path | None:
        name = file_name(key)
        if size > self._cap:
            self.remove(key)  # its older value is stale
            return None
        path = self._path(name)
        try:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)  # someone may have removed it
            path.parent.mkdir(mode=0o700, exist_ok=True)
            fd, temp = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=path.parent)
        except OSError as error:
            log.warning("media cache: cannot write in %s: %s", path.parent, error)
            return None
        try:
            with os.fdopen(fd, "wb") as file:
                write(file)
                size = file.tell()  # a copied file may have changed since its stat
            if size > self._cap:
                os.unlink(temp)
                self.remove(key)
                return None
            with self._lock:
                os.replace(temp, path)  # a reader sees the old file or the new one, never half of one
                with contextlib.suppress(OSError):
                    self._stamp(path)
                self._total += size - self._index.pop(name, 0)
                self._index[name] = size
                self._evict()
        except OSError as error:
            log.warning("media cache: cannot store %s: %s", path, error)
            with contextlib.suppress(OSError):
                os.unlink(temp)
            return None
        return path

    def remove(self, key: str) -> None:
        with self._lock:
            self._drop(file_name(key))

    def set_cap(self, cap_bytes: int) -> None:
        """A new cap, applied at once: evicts until the files fit."""
        with self._lock:
            self._cap = max(0, cap_bytes)
            self._evict()

    def clear(self) -> None:
        """Deletes every file of the cache (files being written by a concurrent ``put`` land after)."""
        with self._lock:
            for name in list(self._index):
                self._drop(name)
            for shard in self._shards():
                for entry in _entries(shard):
                    if _NAME_RE.match(entry.name):
                        _unlink(Path(entry.path))

    def _path(self, name: str) -> Path:
        return self.folder / name[:2] / name

    def _touch(self, name: str) -> None:
        self._index.move_to_end(name)
        with contextlib.suppress(OSError):  # a vanished file is found out when it is read
            self._stamp(self._path(name))

    def _stamp(self, path: Path) -> None:
        """Sets ``path``'s mtime to now, later than any stamped before: the clock the file
        system reads ticks in milliseconds, and two uses in one tick must still keep their order
        after a restart."""
        self._last_stamp = max(time.time_ns(), self._last_stamp + 1)
        os.utime(path, ns=(self._last_stamp, self._last_stamp))

    def _drop(self, name: str) -> None:
        self._total -= self._index.pop(name, 0)
        _unlink(self._path(name))

    def _evict(self) -> None:
        while self._total > self._cap and self._index:
            self._drop(next(iter(self._index)))

    def _shards(self) -> list[Path]:
        return [Path(entry.path) for entry in _entries(self.folder) if _SHARD_RE.match(entry.name)]

    def _scan(self) -> None:
        """Indexes the files already there, oldest use first; removes temporary files a crash
        left behind. Other files are not ours and are left alone."""
        found: list[tuple[int, str, int]] = []
        for shard in self._shards():
            for entry in _entries(shard):
                if entry.name.startswith(TEMP_PREFIX):
                    _unlink(Path(entry.path))
                    continue
                if not (_NAME_RE.match(entry.name) and entry.name[:2] == shard.name):
                    continue
                try:
                    stat = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                if entry.is_file(follow_symlinks=False):
                    found.append((stat.st_mtime_ns, entry.name, stat.st_size))
        found.sort()
        with self._lock:
            for mtime, name, size in found:
                self._index[name] = size
                self._total += size
                self._last_stamp = max(self._last_stamp, mtime)


def _entries(folder: Path) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as entries:
            return list(entries)
    except OSError:
        return []


def _unlink(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        log.warning("media cache: cannot delete %s: %s", path, error)
