"""The media loader: one fetch and one decode however many rows ask at once, the disk and memory
caches in front of the network, failures remembered for a while (briefly when they pass), a waiter
that leaves not cancelling the others, and no decoding on the loop's thread.

The network is a fake ``fetch`` (counting calls, optionally held on an event, failing for some
keys); the disk cache, the executor and the decoder are real."""

from __future__ import annotations

import asyncio
import gc
import io
import threading
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from messenger_desktop.api.errors import MatrixError, TransportError
from messenger_desktop.api.mxc import Mxc
from messenger_desktop.media import images
from messenger_desktop.media.disk_cache import DiskCache
from messenger_desktop.media.images import ImageRefused
from messenger_desktop.media.loader import (
    BRIEF_FAILURE,
    LASTING_FAILURE,
    MAX_LOCAL_BYTES,
    MediaLoader,
    MediaRequest,
    remembered_for,
)

AVATAR = MediaRequest(Mxc("example.org", "avatar"))
PHOTO = MediaRequest(Mxc("example.org", "photo"))
DAMAGED = MediaRequest(Mxc("example.org", "damaged"))


def png(width: int, height: int, colour: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "PNG")
    return out.getvalue()


class FakeNetwork:
    """The server: media by cache key, a count of downloads per key, a gate that holds every
    download until opened, and keys whose download fails."""

    def __init__(self) -> None:
        self.media: dict[str, bytes] = {
            AVATAR.key: png(16, 16),
            PHOTO.key: png(32, 24, (10, 120, 240)),
            AVATAR.mxc.__str__() + "#32x32-crop": png(32, 32),
            DAMAGED.key: png(64, 64)[:60],
        }
        self.calls: Counter[str] = Counter()
        self.errors: dict[str, Exception] = {}
        """Keys whose download fails, with what it raises."""
        self.gate = asyncio.Event()
        self.gate.set()
        self.started = asyncio.Event()

    async def fetch(self, request: MediaRequest) -> bytes:
        self.calls[request.key] += 1
        self.started.set()
        await self.gate.wait()
        if request.key in self.errors:
            raise self.errors[request.key]
        return self.media[request.key]


class Clock:
    """The loader's clock, moved on by the test."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def executor() -> Iterator[ThreadPoolExecutor]:
    with ThreadPoolExecutor(2, thread_name_prefix="media-test") as pool:
        yield pool


Scenario = Callable[[FakeNetwork, MediaLoader], Awaitable[None]]


def run(tmp_path: Path, executor: ThreadPoolExecutor, scenario: Scenario, **loader_options: Any) -> None:
    async def main() -> None:
        network = FakeNetwork()
        loader = MediaLoader(
            network.fetch, DiskCache(tmp_path / "media"), executor=executor, **loader_options
        )
        try:
            await scenario(network, loader)
        finally:
            loader.close()

    asyncio.run(main())


def test_the_cache_key_names_the_original_or_the_thumbnail() -> None:
    assert AVATAR.key == "mxc://example.org/avatar"
    assert MediaRequest(AVATAR.mxc, 320, 240).key == "mxc://example.org/avatar#320x240-scale"
    assert MediaRequest(AVATAR.mxc, 32, 32, "crop").key == "mxc://example.org/avatar#32x32-crop"
    with pytest.raises(ValueError, match="positive size"):
        MediaRequest(AVATAR.mxc, 32, 0)
    with pytest.raises(ValueError, match="method"):
        MediaRequest(AVATAR.mxc, 32, 32, "stretch")


def test_ten_rows_asking_for_one_avatar_make_one_fetch(tmp_path: Path, executor: ThreadPoolExecutor) -> None:
    async def scenario(network: FakeNetwork, loader: MediaLoader) -> None:
        network.gate.clear()
        rows = [asyncio.create_task(loader.data(AVATAR)) for _ in range(10)]
        await network.started.wait()
        network.gate.set()

        assert await asyncio.gather(*rows) == [network.media[AVATAR.key]] * 10
        assert network.calls == {AVATAR.key: 1}
        assert loader.fetches == 1

        assert await loader.data(AVATAR) == network.media[AVATAR.key]  # from the disk now
        thumbnail = MediaRequest(AVATAR.mxc, 32, 32, "crop")
        assert await loader.data(thumbnail) == network.media[thumbnail.key]  # another file
        assert network.calls == {AVATAR.key: 1, thumbnail.key: 1}

    run(tmp_path, executor, scenario)


def test_a_restarted_loader_reads_the_disk_instead_of_the_network(
    tmp_path: Path, executor: ThreadPoolExecutor
) -> None:
    async def first(network: FakeNetwork, loader: MediaLoader) -> None:
        await loader.data(PHOTO)

    async def second(network: FakeNetwork, loader: MediaLoader) -> None:
        assert await loader.data(PHOTO) == network.media[PHOTO.key]
        assert (loader.fetches, sum(network.calls.values())) == (0, 0)

    run(tmp_path, executor, first)
    run(tmp_path, executor, second)


def test_a_failed_fetch_reaches_every_waiter_and_is_tried_again_seconds_later(
    tmp_path: Path, executor: ThreadPoolExecutor
) -> None:
    clock = Clock()

    async def scenario(network: FakeNetwork, loader: MediaLoader) -> None:
        network.errors[PHOTO.key] = ConnectionError("the server dropped the photo")
        network.gate.clear()
        rows = [asyncio.create_task(loader.data(PHOTO)) for _ in range(3)]
        await network.started.wait()
        network.gate.set()

        results = await asyncio.gather(*rows, return_exceptions=True)
        assert [type(result) for result in results] == [ConnectionError] * 3
        assert network.calls[PHOTO.key] == 1

        # rows scrolling past meanwhile get the failure at once, without a download each
        clock.now += BRIEF_FAILURE - 1
        for _ in range(5):
            with pytest.raises(ConnectionError):
                await loader.data(PHOTO)
        assert network.calls[PHOTO.key] == 1

        clock.now += 1  # then it is tried again
        with pytest.raises(ConnectionError):
            await loader.data(PHOTO)
        assert network.calls[PHOTO.key] == 2

        network.errors.clear()  # the server is back
        clock.now += BRIEF_FAILURE
        assert await loader.data(PHOTO) == network.media[PHOTO.key]
        assert network.calls[PHOTO.key] == 3

    run(tmp_path, executor, scenario, clock=clock)
    assert DiskCache(tmp_path / "media").get(PHOTO.key) is not None


def test_media_the_server_does_not_have_is_not_asked_for_again_for_minutes(
    tmp_path: Path, executor: ThreadPoolExecutor
) -> None:
    clock = Clock()
    gone = MediaRequest(Mxc("example.org", "gone"))

    async def scenario(network: FakeNetwork, loader: MediaLoader) -> None:
        network.errors[gone.key] = MatrixError(status=404, errcode="M_NOT_FOUND", error="Not found")
        for _ in range(20):  # a row showing it scrolls in and out of view
            with pytest.raises(MatrixError, match="M_NOT_FOUND"):
                await loader.image(gone, 32, 32)
        assert network.calls[gone.key] == 1 and loader.fetches == 1

        clock.now += LASTING_FAILURE
        with pytest.raises(MatrixError):
            await loader.image(gone, 32, 32)
        assert network.calls[gone.key] == 2

        # the user sends that very file from this computer: it shows at once, no download
        local = tmp_path / "found.png"
        local.write_bytes(png(20, 20))
        loader.remember_file(gone, local)
        await loader.idle()
        assert (await loader.image(gone, 32, 32)).width == 20
        assert network.calls[gone.key] == 2

    run(tmp_path, executor, scenario, clock=clock)


def test_what_a_failure_says_decides_how_long_it_is_remembered() -> None:
    def matrix(status: int, errcode: str) -> MatrixError:
        return MatrixError(status=status, errcode=errcode, error="")

    assert remembered_for(matrix(404, "M_NOT_FOUND")) == LASTING_FAILURE
    assert remembered_for(matrix(403, "M_FORBIDDEN")) == LASTING_FAILURE
    assert remembered_for(matrix(413, "M_TOO_LARGE")) == LASTING_FAILURE
    assert remembered_for(ImageRefused("not a picture")) == LASTING_FAILURE
    assert remembered_for(matrix(401, "M_UNKNOWN_TOKEN")) == BRIEF_FAILURE  # being refreshed
    assert remembered_for(matrix(502, "M_UNKNOWN")) == BRIEF_FAILURE
    assert remembered_for(matrix(429, "M_LIMIT_EXCEEDED")) == BRIEF_FAILURE
    assert remembered_for(TransportError("connection refused")) == BRIEF_FAILURE
    assert BRIEF_FAILURE < LASTING_FAILURE


def test_a_row_that_scrolls_away_does_not_cancel_the_others(
    tmp_path: Path, executor: ThreadPoolExecutor
) -> None:
    async def scenario(network: FakeNetwork, loader: MediaLoader) -> None:
        network.gate.clear()
        leaving = asyncio.create_task(loader.data(AVATAR))
        staying = [asyncio.create_task(loader.data(AVATAR)) for _ in range(2)]
        await network.started.wait()

        leaving.cancel()
        await asyncio.sleep(0)
        network.gate.set()

        assert await asyncio.gather(*staying) == [network.media[AVATAR.key]] * 2
        assert leaving.cancelled()
        assert network.calls == {AVATAR.key: 1}

    run(tmp_path, executor, scenario)


def test_a_fetch_everyone_left_still_fills_the_cache(tmp_path: Path, executor: ThreadPoolExecutor) -> None:
    async def scenario(network: FakeNetwork, loader: MediaLoader) -> None:
        network.gate.clear()
        row = asyncio.create_task(loader.data(PHOTO))
        await network.started.wait()
        row.cancel()
        network.gate.set()
        await loader.idle()
        assert DiskCache(tmp_path / "media").get(PHOTO.key) is not None

        assert await loader.data(PHOTO) == network.media[PHOTO.key]
        assert network.calls == {PHOTO.key: 1}

    run(tmp_path, executor, scenario)


def test_a_failure_everyone_left_is_not_reported_as_never_retrieved(
    tmp_path: Path, executor: ThreadPoolExecutor
) -> None:
    reported: list[dict[str, Any]] = []

    async def scenario(network: FakeNetwork, loader: MediaLoader) -> None:
        asyncio.get_running_loop().set_exception_handler(lambda _loop, context: reported.append(context))
        network.errors.update(
            {k: ConnectionError(f"the server dropped {k}") for k in (PHOTO.key, AVATAR.key)}
        )
        network.gate.clear()
        rows = [asyncio.create_task(loader.data(PHOTO)), asyncio.create_task(loader.image(AVATAR))]
        await network.started.wait()
        for row in rows:
            row.cancel()
        network.gate.set()
        await loader.idle()
        assert network.calls == {PHOTO.key: 1, AVATAR.key: 1}
        del rows
        gc.collect()
        await asyncio.sleep(0)

    run(tmp_path, executor, scenario)
    gc.collect()
    assert reported == []


def test_many_rows_showing_one_image_share_one_decode(tmp_path: Path, executor: ThreadPoolExecutor) -> None:
    async def scenario(network: FakeNetwork, loader: MediaLoader) -> None:
        network.gate.clear()
        rows = [asyncio.create_task(loader.image(AVATAR)) for _ in range(10)]
        await network.started.wait()
        network.gate.set()

        decoded = await asyncio.gather(*rows)
        assert {(image.width, image.height) for image in decoded} == {(16, 16)}
        assert len(decoded[0].rgba) == 16 * 16 * 4
        assert (loader.fetches, loader.decodes) == (1, 1)

        assert await loader.image(AVATAR) is decoded[0]  # from memory
        assert loader.decodes == 1

        smaller = await loader.image(AVATAR, 8, 8)  # another size: another decode, same bytes
        assert (smaller.width, smaller.height) == (8, 8)
        assert (loader.fetches, loader.decodes) == (1, 2)

    run(tmp_path, executor, scenario)


def test_the_memory_budget_evicts_the_least_recently_used_image(
    tmp_path: Path, executor: ThreadPoolExecutor
) -> None:
    avatar_bytes = 16 * 16 * 4
    photo_bytes = 32 * 24 * 4

    async def scenario(network: FakeNetwork, loader: MediaLoader) -> None:
        await loader.image(AVATAR)
        await loader.image(PHOTO)
        assert loader.memory.total_cost == avatar_bytes + photo_bytes

        await loader.image(AVATAR, 8, 8)  # over the budget: the full-size avatar goes
        assert loader.memory.total_cost <= avatar_bytes + photo_bytes
        await loader.image(PHOTO)
        assert loader.decodes == 3

        await loader.image(AVATAR)  # decoded again from the disk, not fetched again
        assert (loader.decodes, loader.fetches) == (4, 2)

    run(tmp_path, executor, scenario, memory_budget=avatar_bytes + photo_bytes)


def test_nothing_is_read_or_decoded_on_the_loop_thread(
    tmp_path: Path, executor: ThreadPoolExecutor, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: dict[str, set[int]] = {"decode": set(), "disk": set()}
    real_decode = images.decode

    def decode(data: bytes, max_width: int = 0, max_height: int = 0) -> images.Decoded:
        threads["decode"].add(threading.get_ident())
        return real_decode(data, max_width, max_height)

    class WatchedDisk(DiskCache):
        def get(self, key: str) -> bytes | None:
            threads["disk"].add(threading.get_ident())
            return super().get(key)

        def put(self, key: str, data: bytes) -> Path | None:
            threads["disk"].add(threading.get_ident())
            return super().put(key, data)

    monkeypatch.setattr(images, "decode", decode)
    local = tmp_path / "photo.png"
    local.write_bytes(png(20, 10))

    async def main() -> None:
        network = FakeNetwork()
        loader = MediaLoader(network.fetch, WatchedDisk(tmp_path / "media"), executor=executor)
        await loader.image(PHOTO)
        await loader.image(AVATAR, 8, 8)
        await loader.local_image(local)
        loader.close()

    asyncio.run(main())
    assert len(threads["decode"]) >= 1 and len(threads["disk"]) >= 1
    assert threading.get_ident() not in threads["decode"] | threads["disk"]


def test_a_damaged_image_is_refused_and_not_decoded_again_for_minutes(
    tmp_path: Path, executor: ThreadPoolExecutor
) -> None:
    clock = Clock()

    async def scenario(network: FakeNetwork, loader: MediaLoader) -> None:
        rows = [asyncio.create_task(loader.image(DAMAGED)) for _ in range(3)]
        results = await asyncio.gather(*rows, return_exceptions=True)
        assert [type(result) for result in results] == [ImageRefused] * 3
        assert (loader.fetches, loader.decodes) == (1, 1)
        assert len(loader.memory) == 0

        with pytest.raises(ImageRefused):
            await loader.image(DAMAGED)
        assert (loader.fetches, loader.decodes) == (1, 1)  # the same bytes: refused again at once

        clock.now += LASTING_FAILURE
        with pytest.raises(ImageRefused):
            await loader.image(DAMAGED)
        assert (loader.fetches, loader.decodes) == (1, 2)  # the bytes stay on disk; decoded again

    run(tmp_path, executor, scenario, clock=clock)


def test_a_local_file_is_decoded_once_until_it_changes(tmp_path: Path, executor: ThreadPoolExecutor) -> None:
    local = tmp_path / "to-send.png"
    local.write_bytes(png(20, 10))

    async def scenario(network: FakeNetwork, loader: MediaLoader) -> None:
        first, second = await asyncio.gather(loader.local_image(local), loader.local_image(local))
        assert (first.width, first.height) == (20, 10)
        assert second is first
        assert await loader.local_image(local) is first
        assert loader.decodes == 1

        local.write_bytes(png(30, 10))  # edited (rotated, cropped) before sending
        changed = await loader.local_image(local)
        assert (changed.width, changed.height) == (30, 10)
        assert loader.decodes == 2

        with pytest.raises(FileNotFoundError):
            await loader.local_image(tmp_path / "gone.png")
        huge = tmp_path / "video-named.png"
        with huge.open("wb") as file:
            file.truncate(MAX_LOCAL_BYTES + 1)  # sparse: nothing written, the size is all that is seen
        with pytest.raises(ImageRefused):
            await loader.local_image(huge)
        assert loader.decodes == 2
        assert loader.fetches == 0

    run(tmp_path, executor, scenario)


def test_a_file_just_uploaded_is_not_downloaded_again(tmp_path: Path, executor: ThreadPoolExecutor) -> None:
    sent = tmp_path / "outbox-copy.png"
    sent.write_bytes(png(12, 12))
    uploaded = MediaRequest(Mxc("example.org", "just-sent"))

    async def scenario(network: FakeNetwork, loader: MediaLoader) -> None:
        loader.remember_file(uploaded, sent)
        decoded = await loader.image(uploaded)  # waits for the copy rather than racing it

        assert (decoded.width, decoded.height) == (12, 12)
        assert (loader.fetches, sum(network.calls.values())) == (0, 0)
        await loader.idle()
        sent.unlink()
        assert await loader.data(uploaded) == png(12, 12)

        loader.remember_file(MediaRequest(Mxc("example.org", "vanished")), tmp_path / "gone.png")
        await loader.idle()  # a file already swept away is simply not cached

    run(tmp_path, executor, scenario)


def test_closing_cancels_the_work_under_way(tmp_path: Path, executor: ThreadPoolExecutor) -> None:
    async def scenario(network: FakeNetwork, loader: MediaLoader) -> None:
        network.gate.clear()
        row = asyncio.create_task(loader.image(PHOTO))
        await network.started.wait()

        loader.close()

        with pytest.raises(asyncio.CancelledError):
            await row
        with pytest.raises(RuntimeError, match="closed"):
            await loader.data(PHOTO)

    run(tmp_path, executor, scenario)
